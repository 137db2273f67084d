/**
 * `ApiV2Error`: an APIv2 answer that arrived (2xx) but says the call failed: `return_code` (the
 * request itself was refused: bad sign, bad field …) or `result_code` (the business operation failed:
 * ORDERNOTEXIST, NOTENOUGH …) is not SUCCESS, or a JSON answer's `retcode` is not 0.
 */
import type { AxiosResponse } from 'axios';
import { RequestError, type ResponseSummary, urlPath } from '../errors';

/** The parsed answer's fields a caller usually needs (all strings as WeChat Pay sends them). */
export interface ApiV2Answer {
  return_code?: unknown;
  return_msg?: unknown;
  result_code?: unknown;
  err_code?: unknown;
  err_code_des?: unknown;
  error_code?: unknown;
  [field: string]: unknown;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** The answer without its `sign`: once checked it has no use, and it is a digest keyed with the APIv2 key. */
function withoutSign(data: ApiV2Answer): ApiV2Answer {
  if (!data || typeof data !== 'object' || !('sign' in data)) return data;
  const { sign: _sign, ...rest } = data;
  return rest;
}

export class ApiV2Error extends RequestError {
  /** `return_code` of the answer (`FAIL`, or `SUCCESS` when only `result_code` failed). */
  readonly returnCode: string | undefined;
  /** `return_msg`: why the request was refused. */
  readonly returnMsg: string | undefined;
  /** `result_code` of the answer, when present. */
  readonly resultCode: string | undefined;
  /** `err_code` (or the bill downloads' `error_code`, or a JSON answer's `retcode`). */
  readonly errCode: string | undefined;
  /** `err_code_des` (or a JSON answer's `retmsg`). */
  readonly errCodeDes: string | undefined;
  /** True when the answer's sign was checked and matched before it was rejected (a `result_code` failure). */
  readonly verified: boolean;
  /** The whole parsed answer, without its `sign` (not enumerable: `err.code` and the fields above say what failed). */
  declare readonly data: ApiV2Answer;
  /** A plain copy of the HTTP response (`data` is the parsed answer, without its `sign`). */
  declare readonly response: ResponseSummary<ApiV2Answer>;

  constructor(data: ApiV2Answer, response: AxiosResponse | ResponseSummary, verified: boolean) {
    const returnCode = str(data.return_code);
    const resultCode = str(data.result_code);
    const errCode = str(data.err_code) ?? str(data.error_code) ?? str(data.retcode);
    const errCodeDes = str(data.err_code_des) ?? str(data.retmsg);
    const returnMsg = str(data.return_msg);
    const method = String(response.config?.method ?? '').toUpperCase();
    const target = urlPath(response.config?.url);
    const what =
      returnCode !== undefined && returnCode !== 'SUCCESS'
        ? `return_code ${returnCode}${returnMsg ? `: ${returnMsg}` : ''}${errCode ? ` (${errCode})` : ''}`
        : resultCode !== undefined
          ? `result_code ${resultCode}${errCode ? `, err_code ${errCode}` : ''}${errCodeDes ? `: ${errCodeDes}` : ''}`
          : `retcode ${errCode ?? '?'}${errCodeDes ? `: ${errCodeDes}` : ''}`;
    const answer = withoutSign(data);
    super(`APIv2 ${method} ${target} failed: ${what}`.replace(/\s+failed/, ' failed'), { response: { ...response, data: answer } });
    this.returnCode = returnCode;
    this.returnMsg = returnMsg;
    this.resultCode = resultCode;
    this.errCode = errCode;
    this.errCodeDes = errCodeDes;
    this.verified = verified;
    Object.defineProperty(this, 'data', { value: answer, enumerable: false, configurable: true });
  }

  /** The most specific code: `err_code`, else `return_code`. */
  get code(): string {
    return this.errCode ?? this.resultCode ?? this.returnCode ?? 'UNKNOWN';
  }

  protected override logFields(): Record<string, unknown> {
    return { code: this.code, ...super.logFields() };
  }
}

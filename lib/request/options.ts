/**
 * Request options: what a verb call accepts, and how the dispatcher splits it into path variables,
 * the client's own options and axios pass-through config. Unknown keys are refused by name.
 */
import type { Readable } from 'node:stream';
import type { AxiosRequestConfig } from 'axios';
import type { QueryValue } from './uri';
import type { RetryPolicy } from './retry-policy';

/** Deadlines and retries of one call (they win over the client's). */
export interface CallControls {
  /** Deadline of one attempt in ms, from connecting to the last byte of the answer (default 10 000; 0: none). */
  timeout?: number;
  /** Deadline for connecting (TLS handshake included) in ms (default 5 000). */
  connectTimeout?: number;
  /** Budget of the whole call in ms, across attempts and the waits between them (default 30 000). */
  totalTimeout?: number;
  /** `false`: send once. A policy merges over the client's (`{ idempotent: true }` for a POST carrying its own out_trade_no …). */
  retry?: RetryPolicy | false;
}

/** Axios request options a call may pass through, and the call's deadlines and retry policy. */
export type PassThroughConfig = CallControls &
  Pick<
    AxiosRequestConfig,
    | 'signal'
    | 'baseURL'
    | 'responseType'
    | 'responseEncoding'
    | 'maxContentLength'
    | 'maxBodyLength'
    | 'maxRedirects'
    | 'proxy'
    | 'httpAgent'
    | 'httpsAgent'
    | 'decompress'
    | 'onUploadProgress'
    | 'onDownloadProgress'
    | 'validateStatus'
    | 'timeoutErrorMessage'
    | 'maxRate'
    | 'insecureHTTPParser'
    | 'lookup'
    | 'family'
  >;

export const PASS_THROUGH_KEYS: ReadonlySet<string> = new Set([
  'timeout',
  'signal',
  'baseURL',
  'responseType',
  'responseEncoding',
  'maxContentLength',
  'maxBodyLength',
  'maxRedirects',
  'proxy',
  'httpAgent',
  'httpsAgent',
  'decompress',
  'onUploadProgress',
  'onDownloadProgress',
  'validateStatus',
  'timeoutErrorMessage',
  'maxRate',
  'insecureHTTPParser',
  'lookup',
  'family',
  'connectTimeout',
  'totalTimeout',
  'retry',
]);

/** Header values a call may pass. */
export type HeaderValues = Record<string, string | number | undefined>;

/** The options every verb accepts. Path variables are further keys named as in the template. */
export interface RequestOptions extends PassThroughConfig {
  /** Query parameters (serialised once, RFC 3986), or a ready query string. */
  query?: Record<string, QueryValue> | string;
  /** APIv3 JSON body (serialised once with JSON.stringify; those bytes are signed and sent). */
  json?: unknown;
  /** APIv2 XML body fields. */
  xml?: Record<string, unknown>;
  /** A raw body: sent and signed as given (a MediaUtil stream signs its `meta` JSON). */
  body?: string | Buffer | Readable;
  /** Extra headers; they win over the defaults (`Wechatpay-Serial` included). */
  headers?: HeaderValues;
  /** APIv2: send the merchant TLS client certificate. */
  security?: boolean;
  /** APIv2: do not add `nonce_str`. */
  nonceless?: boolean;
  /** Path variables by name. */
  [pathVariable: string]: unknown;
}

export const OWN_KEYS: ReadonlySet<string> = new Set(['query', 'json', 'xml', 'body', 'headers', 'security', 'nonceless']);

/** The options the flow handles itself; the rest of a call's axios options pass to the transport. */
const POLICY_KEYS = new Set(['baseURL', 'timeout', 'connectTimeout', 'totalTimeout', 'maxContentLength', 'retry', 'maxRedirects']);
export const NO_OPTIONS: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/** A call's axios options without those the flow handles (the common case, none, allocates nothing). */
export function axiosRest(options: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const key in options) {
    if (POLICY_KEYS.has(key)) continue;
    out ??= {};
    out[key] = options[key];
  }
  return out ?? NO_OPTIONS;
}

/** `url` with a trailing slash (a base URL that paths are resolved against). */
export function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

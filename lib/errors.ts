/**
 * Error types. Every error the library throws or rejects with is a {@link WechatpayError},
 * so `err instanceof WechatpayError` separates our failures from the caller's own.
 *
 * Every error is fit for logs: it holds no secret, no socket, no `ClientRequest` and no axios config
 * at any depth. Its enumerable fields are short and safe (what `JSON.stringify`, pino and winston
 * print); the bulky ones (`request`, `response`, an APIv2 answer's `data`) are plain, redacted copies
 * kept as non-enumerable properties, and a `cause` from another library is kept as a plain copy.
 */
import type { AxiosResponse } from 'axios';
import { inspect, type InspectOptions } from 'node:util';
import { getHeader } from './request/headers';
import { type RequestSummary, type ResponseSummary, summarizeRequest, summarizeResponse } from './redact';

export type { RequestSummary, ResponseSummary } from './redact';

/** What `toJSON()` gives: `name`, `message`, the error's own short fields, and its cause's. */
export interface WechatpayErrorJSON {
  name: string;
  message: string;
  code?: string;
  status?: number;
  requestId?: string;
  detail?: unknown;
  method?: string;
  url?: string;
  attempts?: number;
  reason?: string;
  cause?: WechatpayErrorJSON;
  [field: string]: unknown;
}

/** Hide the user and password of URLs (`redis://user:secret@host`) that other libraries put in their messages. */
function withoutCredentials(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^@/\s]*@/gi, '$1***@');
}

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol');
}

/** An error that holds only primitive data (a Node system error, a plain `new Error(…)`): safe to keep as it is. */
function alreadyPlain(error: Error, depth: number): boolean {
  if (depth > 8) return false;
  for (const key of Reflect.ownKeys(error)) {
    const d = Object.getOwnPropertyDescriptor(error, key);
    if (!d || !('value' in d)) return false;
    const value: unknown = d.value;
    if (key === 'cause') {
      if (!(isPrimitive(value) || value instanceof WechatpayError || (value instanceof Error && alreadyPlain(value, depth + 1)))) return false;
    } else if (!isPrimitive(value) || (typeof value === 'string' && withoutCredentials(value) !== value)) return false;
  }
  return true;
}

/**
 * A cause as an error may keep it: our own errors, and errors holding only primitive data, as they
 * are; any other error as a plain `Error` copy with its name, message, stack and primitive fields
 * (`code`, `errno`, `syscall`, `address`, `port` …) and its own cause treated the same way; an axios
 * error's `config`, `request` and `response` are left behind.
 */
function plainCause(cause: unknown, depth = 0): unknown {
  if (cause instanceof WechatpayError || isPrimitive(cause)) return cause;
  if (!(cause instanceof Error) || depth > 8) return undefined;
  if (alreadyPlain(cause, depth)) return cause;
  const copy = new Error(withoutCredentials(cause.message));
  Object.defineProperty(copy, 'name', { value: cause.name, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(copy, 'stack', {
    value: cause.stack === undefined ? undefined : withoutCredentials(cause.stack),
    writable: true,
    configurable: true,
    enumerable: false,
  });
  for (const key of Object.keys(cause)) {
    if (key === 'name' || key === 'message' || key === 'stack' || key === 'cause') continue;
    const value: unknown = (cause as unknown as Record<string, unknown>)[key];
    if (isPrimitive(value)) (copy as unknown as Record<string, unknown>)[key] = typeof value === 'string' ? withoutCredentials(value) : value;
    else if (Array.isArray(value) && key === 'errors') (copy as unknown as Record<string, unknown>)[key] = value.map((e) => plainCause(e, depth + 1));
    else if (Array.isArray(value) && value.every(isPrimitive)) (copy as unknown as Record<string, unknown>)[key] = [...(value as unknown[])];
  }
  if ('cause' in cause) {
    Object.defineProperty(copy, 'cause', { value: plainCause(cause.cause, depth + 1), writable: true, configurable: true, enumerable: false });
  }
  return copy;
}

function causeJSON(cause: unknown): WechatpayErrorJSON | undefined {
  if (cause instanceof WechatpayError) return cause.toJSON();
  if (!(cause instanceof Error)) return undefined;
  const out: WechatpayErrorJSON = { name: cause.name, message: cause.message };
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') out.code = String(code);
  const inner = causeJSON(cause.cause);
  if (inner) out.cause = inner;
  return out;
}

/** Base class of every error raised by wechatpay-chain. */
export class WechatpayError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options && 'cause' in options ? { cause: plainCause(options.cause) } : undefined);
    this.name = new.target.name;
  }

  /** Own enumerable fields (the short, log-safe ones), `undefined` ones left out; `code` defaults to `reason`. */
  protected logFields(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this)) if (value !== undefined && key !== 'name') out[key] = value;
    return out.code === undefined && typeof out.reason === 'string' ? { code: out.reason, ...out } : out;
  }

  /**
   * A plain object safe to log: `name`, `message`, the short fields (`code`, `status`, `requestId`,
   * `detail`, `method`, `url`, `attempts`, `reason` … as the class has them) and `cause` likewise.
   * `JSON.stringify(err)` uses it.
   */
  toJSON(): WechatpayErrorJSON {
    const out: WechatpayErrorJSON = { name: this.name, message: this.message, ...this.logFields() };
    const cause = causeJSON(this.cause);
    if (cause) out.cause = cause;
    return out;
  }

  /** `util.inspect` / `console.log`: the stack, the short fields, then one line per cause. */
  [inspect.custom](_depth: number, options: InspectOptions): string {
    const fields = this.logFields();
    let text = this.stack ?? `${this.name}: ${this.message}`;
    if (Object.keys(fields).length) text += ` ${inspect(fields, { ...options, depth: 3 })}`;
    let indent = '  ';
    for (let c = causeJSON(this.cause); c; c = c.cause, indent += '  ') {
      text += `\n${indent}[cause] ${c.name}${c.code ? ` [${c.code}]` : ''}: ${c.message}`;
    }
    return text;
  }
}

/** A `Builder.factory` option (or a per-request option) is missing or unusable. `option` names it. */
export class ConfigError extends WechatpayError {
  readonly option: string;
  constructor(option: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.option = option;
  }
}

/** An argument to a helper or a request option is invalid (nothing was sent). */
export class ArgumentError extends WechatpayError {}

/** A cryptographic operation failed (bad key, bad ciphertext, bad tag …). */
export class CryptoError extends WechatpayError {}

/** What a {@link RequestError} is built from: the axios answer or config (summarised, never kept). */
export interface RequestErrorSource {
  response?: AxiosResponse | ResponseSummary;
  config?: unknown;
}

/**
 * An error about one HTTP call (`ApiError`, `SignatureError`, `TransportError`, `ApiV2Error`). It
 * keeps `method`, `url` (no query), `status` and `requestId` when known, `attempts`, and plain,
 * redacted copies of the request and of the answer in `request` and `response`.
 */
export class RequestError extends WechatpayError {
  /** The request, redacted: method, URL without query, headers with the `Authorization` signature removed. */
  declare readonly request: RequestSummary | undefined;
  /** The answer (`status`, `statusText`, `headers`, `data`, `config`), detached from the connection. */
  declare readonly response: ResponseSummary | undefined;
  /** Upper-case HTTP method of the call. */
  readonly method: string | undefined;
  /** Origin and path of the call, without the query string. */
  readonly url: string | undefined;
  /** HTTP status of the answer, when one arrived. */
  readonly status: number | undefined;
  /** The answer's `Request-ID` header (quote it to WeChat Pay support). */
  readonly requestId: string | undefined;
  /** How many attempts were made before this error was raised (1 unless the call was retried). */
  attempts = 1;

  constructor(message: string, source: RequestErrorSource | undefined, options?: { cause?: unknown }) {
    super(message, options);
    const fromCause = source?.config ?? (options?.cause as { config?: unknown } | undefined)?.config;
    const request = summarizeRequest(source?.response?.config ?? fromCause);
    const response = summarizeResponse(source?.response, request);
    // Not enumerable: loggers that copy an error's fields print the short ones, not whole bodies.
    Object.defineProperty(this, 'request', { value: request, enumerable: false, configurable: true });
    Object.defineProperty(this, 'response', { value: response, enumerable: false, configurable: true });
    this.method = request?.method;
    this.url = request?.url;
    this.status = response?.status;
    this.requestId = response ? getHeader(response.headers, 'Request-ID') : undefined;
  }
}

/** Details WeChat Pay gives with an error answer (`detail` of the JSON body). */
export interface ApiErrorDetail {
  field?: string;
  value?: unknown;
  issue?: string;
  location?: string;
  [key: string]: unknown;
}

/**
 * The platform answered 4xx/5xx. Keeps the HTTP status, the platform's `code`, `message`, `detail`,
 * the `Request-ID` (quote it to WeChat Pay support) and a plain copy of the response.
 */
export class ApiError extends RequestError {
  declare readonly status: number;
  declare readonly response: ResponseSummary;
  readonly code: string;
  readonly detail: ApiErrorDetail | undefined;
  constructor(response: AxiosResponse | ResponseSummary, body: { code?: unknown; message?: unknown; detail?: unknown } | undefined, text: string) {
    const code = typeof body?.code === 'string' ? body.code : `HTTP_${response.status}`;
    const message = typeof body?.message === 'string' ? body.message : text.slice(0, 200) || `HTTP ${response.status}`;
    const requestId = getHeader(response.headers, 'Request-ID');
    const method = String(response.config?.method ?? '').toUpperCase();
    super(`${response.status} ${code}: ${message}${method ? ` (${method} ${requestTarget(response)})` : ''}${requestId ? ` [Request-ID ${requestId}]` : ''}`, {
      response,
    });
    this.code = code;
    this.detail = body?.detail && typeof body.detail === 'object' ? (body.detail as ApiErrorDetail) : undefined;
  }
  /** The platform's own message (`message` of the JSON body). */
  get platformMessage(): string {
    const data = this.response.data as { message?: unknown } | undefined;
    return typeof data?.message === 'string' ? data.message : '';
  }
  /** True for answers that the platform documents as safe to retry with the same parameters (429, 5xx). */
  get retryable(): boolean {
    return this.status === 429 || this.status >= 500 || this.code === 'FREQUENCY_LIMITED';
  }
}

/** Why an answer failed verification. */
export type SignatureFailure = 'MISSING_HEADER' | 'CLOCK_SKEW' | 'UNKNOWN_SERIAL' | 'BAD_SIGNATURE' | 'BAD_SIGNATURE_TYPE';

/**
 * A 2xx answer (or a notification) whose `Wechatpay-*` headers, timestamp, serial or signature do not
 * check out. Its data must not be trusted. `reason` says which check failed; `response` keeps a copy
 * of the answer (its `data` the raw bytes that failed).
 */
export class SignatureError extends RequestError {
  readonly reason: SignatureFailure;
  constructor(reason: SignatureFailure, message: string, response?: AxiosResponse | ResponseSummary, options?: { cause?: unknown }) {
    super(message, { response }, options);
    this.reason = reason;
  }
}

/** The request could not be sent or no answer arrived (DNS, TCP, TLS, timeout, abort). */
export class TransportError extends RequestError {
  readonly code: string | undefined;
  /** `cause` may be the axios error: its request config is summarised, the error itself copied plainly. */
  constructor(message: string, code: string | undefined, options?: { cause?: unknown; config?: unknown }) {
    super(message, { config: options?.config }, options && 'cause' in options ? { cause: options.cause } : undefined);
    this.code = code;
  }
}

function requestTarget(response: AxiosResponse | ResponseSummary): string {
  return urlPath(response.config?.url);
}

/** The path of a URL (for messages). */
export function urlPath(url: unknown): string {
  const text = String(url ?? '');
  try {
    return new URL(text).pathname;
  } catch {
    return text.split('?')[0] ?? text;
  }
}

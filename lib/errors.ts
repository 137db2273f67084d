/**
 * Error types. Every error the library throws or rejects with is a {@link WechatpayError},
 * so `err instanceof WechatpayError` separates our failures from the caller's own.
 */
import type { AxiosResponse } from 'axios';
import { getHeader } from './headers';

/** Base class of every error raised by wechatpay-chain. */
export class WechatpayError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
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
 * the `Request-ID` (quote it to WeChat Pay support) and the whole response.
 */
export class ApiError extends WechatpayError {
  readonly status: number;
  readonly code: string;
  readonly detail: ApiErrorDetail | undefined;
  readonly requestId: string | undefined;
  readonly response: AxiosResponse;
  constructor(response: AxiosResponse, body: { code?: unknown; message?: unknown; detail?: unknown } | undefined, text: string) {
    const code = typeof body?.code === 'string' ? body.code : `HTTP_${response.status}`;
    const message = typeof body?.message === 'string' ? body.message : text.slice(0, 200) || `HTTP ${response.status}`;
    const requestId = getHeader(response.headers, 'Request-ID');
    const method = String(response.config?.method ?? '').toUpperCase();
    super(`${response.status} ${code}: ${message}${method ? ` (${method} ${requestTarget(response)})` : ''}${requestId ? ` [Request-ID ${requestId}]` : ''}`);
    this.status = response.status;
    this.code = code;
    this.detail = body?.detail && typeof body.detail === 'object' ? (body.detail as ApiErrorDetail) : undefined;
    this.requestId = requestId;
    this.response = response;
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
export type SignatureFailure =
  | 'MISSING_HEADER'
  | 'CLOCK_SKEW'
  | 'UNKNOWN_SERIAL'
  | 'BAD_SIGNATURE'
  | 'BAD_SIGNATURE_TYPE';

/**
 * A 2xx answer (or a notification) whose `Wechatpay-*` headers, timestamp, serial or signature do not
 * check out. Its data must not be trusted. `reason` says which check failed; `response` keeps the answer.
 */
export class SignatureError extends WechatpayError {
  readonly reason: SignatureFailure;
  readonly response: AxiosResponse | undefined;
  constructor(reason: SignatureFailure, message: string, response?: AxiosResponse, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
    this.response = response;
  }
}

/** The request could not be sent or no answer arrived (DNS, TCP, TLS, timeout, abort). */
export class TransportError extends WechatpayError {
  readonly code: string | undefined;
  constructor(message: string, code: string | undefined, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

function requestTarget(response: AxiosResponse): string {
  const url = String(response.config?.url ?? '');
  try {
    const u = new URL(url);
    return u.pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}


/**
 * Request options: what a verb call accepts, and how the dispatcher splits it into path variables,
 * the client's own options and axios pass-through config. Unknown keys are refused by name.
 */
import type { Readable } from 'node:stream';
import type { AxiosRequestConfig } from 'axios';
import type { QueryValue } from './uri';

/** Axios request options a call may pass through. */
export type PassThroughConfig = Pick<AxiosRequestConfig,
  | 'timeout' | 'signal' | 'baseURL' | 'responseType' | 'responseEncoding' | 'maxContentLength' | 'maxBodyLength'
  | 'maxRedirects' | 'proxy' | 'httpAgent' | 'httpsAgent' | 'decompress' | 'onUploadProgress' | 'onDownloadProgress'
  | 'validateStatus' | 'timeoutErrorMessage' | 'maxRate' | 'insecureHTTPParser' | 'lookup' | 'family'>;

export const PASS_THROUGH_KEYS: ReadonlySet<string> = new Set([
  'timeout', 'signal', 'baseURL', 'responseType', 'responseEncoding', 'maxContentLength', 'maxBodyLength',
  'maxRedirects', 'proxy', 'httpAgent', 'httpsAgent', 'decompress', 'onUploadProgress', 'onDownloadProgress',
  'validateStatus', 'timeoutErrorMessage', 'maxRate', 'insecureHTTPParser', 'lookup', 'family',
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

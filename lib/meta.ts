/**
 * What the dispatcher tells the interceptors about a request. It travels on the axios config under
 * the `wechatpay` key (axios keeps unknown config keys), so each interceptor stays replaceable.
 */
import type { InternalAxiosRequestConfig } from 'axios';

export interface RequestMeta {
  protocol: 'v3' | 'v2';
  /** The chain's template, for error messages. */
  template: string;
  /** Bytes to sign instead of the body (the `meta` JSON of a multipart upload). */
  signBody?: string;
  /** Skip response verification (known unsigned download paths only). */
  unsigned?: boolean;
  /** Keep the body as bytes/stream instead of parsing it. */
  binary?: boolean;
}

export type ConfigWithMeta = InternalAxiosRequestConfig & { wechatpay?: RequestMeta };

export function metaOf(config: unknown): RequestMeta | undefined {
  return (config as { wechatpay?: RequestMeta } | undefined)?.wechatpay;
}

/** A body whose signed text differs from its bytes (MediaUtil's multipart stream) carries it here. */
export const SIGNED_BODY = Symbol.for('wechatpay-chain.signedBody');

export function signedBodyOf(body: unknown): string | undefined {
  if (body && typeof body === 'object' && SIGNED_BODY in body) {
    const v = (body as Record<symbol, unknown>)[SIGNED_BODY];
    return typeof v === 'function' ? String((v as () => unknown)()) : typeof v === 'string' ? v : undefined;
  }
  return undefined;
}

/**
 * What the dispatcher tells the interceptors about a request. It travels on the axios config under
 * the `wechatpay` key (axios keeps unknown config keys), so each interceptor stays replaceable.
 */
import type { InternalAxiosRequestConfig } from 'axios';

export interface RequestMeta {
  protocol: 'v3' | 'v2';
  /** The signed request target (path + query) when the dispatcher already computed it. */
  target?: string;
  /** The chain's template, for error messages. */
  template: string;
  /** Bytes to sign instead of the body (the `meta` JSON of a multipart upload). */
  signBody?: string;
  /** Skip response verification (known unsigned download paths only). */
  unsigned?: boolean;
  /** Keep the body as bytes/stream instead of parsing it. */
  binary?: boolean;
}

/**
 * Holder for {@link RequestMeta}. A class instance (not a plain object) so that axios passes it
 * through its config merge by reference instead of deep-copying it on every request.
 */
export class Meta implements RequestMeta {
  protocol: 'v3' | 'v2';
  template: string;
  target?: string;
  signBody?: string;
  unsigned?: boolean;
  binary?: boolean;
  constructor(init: RequestMeta) {
    this.protocol = init.protocol;
    this.template = init.template;
    this.target = init.target;
    this.signBody = init.signBody;
    this.unsigned = init.unsigned;
    this.binary = init.binary;
  }
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

/**
 * What a request is, as the steps of either protocol read it: one type for APIv3 and APIv2, with the
 * APIv2-only part in its own field. The {@link Call} implements it and travels on the axios config
 * under the `wechatpay` key (axios keeps unknown config keys), so each step stays replaceable.
 */
import type { InternalAxiosRequestConfig } from 'axios';

export interface RequestMeta {
  /** Which protocol's steps handle the request; `v2` is set exactly when this is `'v2'`. */
  protocol: 'v3' | 'v2';
  /** The chain's template, for error messages. */
  template: string;
  /** Skip the answer's signature check (APIv3 unsigned downloads, APIv2 unsigned answers); APIv2 still checks the codes. */
  unsigned?: boolean;
  /** The answer is a file (APIv3 download, APIv2 bill): kept as bytes/stream instead of parsed. */
  binary?: boolean;
  /** APIv3: the signed request target (path + query) when the dispatcher already computed it. */
  target?: string;
  /** APIv3: bytes to sign instead of the body (the `meta` JSON of a multipart upload). */
  signBody?: string;
  /** APIv2: the fields to sign and how they are sent and answered. */
  v2?: V2Part;
}

/**
 * The APIv2 part of {@link RequestMeta}. A class instance, so that axios's config merge passes it by
 * reference instead of deep-copying the fields; it is also on the config as `wechatpayV2`, where a
 * step placed before the signer (a `workwx_sign`) reads and extends the fields.
 */
export class V2Part {
  /** The fields to sign and send, as ordered `[name, text]` pairs; `undefined` for a raw `body` sent as given. */
  fields: Array<[string, string]> | undefined;
  /** Leave `nonce_str` out unless the caller gave one. */
  nonceless: boolean;
  /** Write the signed fields into the query (GET) instead of an XML body. */
  query: boolean;
  /** The endpoint answers in JSON. */
  json: boolean;
  constructor(init: { fields: Array<[string, string]> | undefined; nonceless: boolean; query: boolean; json: boolean }) {
    this.fields = init.fields;
    this.nonceless = init.nonceless;
    this.query = init.query;
    this.json = init.json;
  }
}

export type ConfigWithMeta = InternalAxiosRequestConfig & { wechatpay?: RequestMeta };

export function metaOf(config: unknown): RequestMeta | undefined {
  return (config as { wechatpay?: RequestMeta } | undefined)?.wechatpay;
}

/** The meta of an APIv2 request (with its `v2` part), else undefined. */
export function v2MetaOf(config: unknown): (RequestMeta & { protocol: 'v2'; v2: V2Part }) | undefined {
  const meta = metaOf(config);
  return meta?.protocol === 'v2' && meta.v2 ? (meta as RequestMeta & { protocol: 'v2'; v2: V2Part }) : undefined;
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

/**
 * Sign step (APIv2): fills `nonce_str`, computes `sign` over the fields, and writes them once as the
 * bytes that are sent: the XML body, or for GET the query. An axios request interceptor, so it can be
 * replaced (a remote signer) or preceded (an extra `workwx_sign`) like the APIv3 one.
 */
import type { InternalAxiosRequestConfig } from 'axios';
import { Formatter } from '../crypto/formatter';
import { buildQuery, field, setField, type Fields } from './fields';
import { signV2 } from './signature';
import { buildXml } from './xml-build';

/**
 * What the dispatcher hands the APIv2 interceptors, on the axios config under `wechatpayV2`. A class
 * instance, so axios's config merge passes it by reference instead of deep-copying the fields.
 */
export class V2Meta {
  /** The fields to sign and send; `undefined` for a raw `body` sent as given. */
  fields: Fields | undefined;
  /** Leave `nonce_str` out unless the caller gave one. */
  nonceless: boolean;
  /** Write the signed fields into the query (GET) instead of an XML body. */
  query: boolean;
  /** Skip the answer's sign check (endpoints that answer unsigned). */
  unsigned: boolean;
  /** A bill download (text or gzip on success). */
  bill: boolean;
  /** The endpoint answers in JSON. */
  json: boolean;
  constructor(init: { fields: Fields | undefined; nonceless: boolean; query: boolean; unsigned: boolean; bill: boolean; json: boolean }) {
    this.fields = init.fields;
    this.nonceless = init.nonceless;
    this.query = init.query;
    this.unsigned = init.unsigned;
    this.bill = init.bill;
    this.json = init.json;
  }
}

export type ConfigWithV2Meta = InternalAxiosRequestConfig & { wechatpayV2?: V2Meta };

export function v2MetaOf(config: unknown): V2Meta | undefined {
  return (config as { wechatpayV2?: V2Meta } | undefined)?.wechatpayV2;
}

/** The finished field list: nonce added (last) unless nonceless, `sign` set (last, or in place). */
export function signFields(fields: Fields, secret: string, nonceless: boolean, nonce: () => string = () => Formatter.nonce()): Fields {
  const out: Fields = fields.map(([k, v]) => [k, v]);
  if (!nonceless && !field(out, 'nonce_str')) setField(out, 'nonce_str', nonce());
  const type = field(out, 'sign_type') || 'MD5';
  setField(out, 'sign', signV2(out, type, secret));
  return out;
}

/** The APIv2 request interceptor for a client whose APIv2 key is `secret`. */
export function createV2SignInterceptor(secret: string): (config: InternalAxiosRequestConfig) => InternalAxiosRequestConfig {
  return function signer(config) {
    const meta = v2MetaOf(config);
    if (!meta?.fields) return config;
    const signed = signFields(meta.fields, secret, meta.nonceless);
    if (meta.query) {
      const url = String(config.url);
      config.url = `${url}${url.includes('?') ? '&' : '?'}${buildQuery(signed)}`;
    } else {
      config.data = Buffer.from(buildXml(new Map(signed)), 'utf8');
    }
    return config;
  };
}

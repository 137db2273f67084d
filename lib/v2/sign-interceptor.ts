/**
 * Sign step (APIv2): fills `nonce_str`, computes `sign` over the fields, and writes them once as the
 * bytes that are sent: the XML body, or for GET the query. An axios request interceptor, so it can be
 * replaced (a remote signer) or preceded (an extra `workwx_sign`) like the APIv3 one.
 */
import type { InternalAxiosRequestConfig } from 'axios';
import { Formatter } from '../crypto/formatter';
import { v2MetaOf } from '../request/meta';
import { buildQuery, field, setField, type Fields } from './fields';
import { signV2 } from './signature';
import { buildXml } from './xml-build';

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
    const v2 = v2MetaOf(config)?.v2;
    if (!v2?.fields) return config;
    const signed = signFields(v2.fields, secret, v2.nonceless);
    if (v2.query) {
      const url = String(config.url);
      config.url = `${url}${url.includes('?') ? '&' : '?'}${buildQuery(signed)}`;
    } else {
      config.data = Buffer.from(buildXml(new Map(signed)), 'utf8');
    }
    return config;
  };
}

/**
 * APIv2 operations the emulator keeps no state for answer the catalogue's sample (lib/openapi/samples.ts)
 * once the request passes the same checks a route makes (`readRequest`: merchant, nonce, `sign`; the TLS
 * client certificate where the platform requires one). The answer is the sample with the request's ids
 * echoed, a fresh `nonce_str` and a `sign` under the merchant's APIv2 key and the request's sign type —
 * unless the platform answers that operation unsigned or in JSON (lib/v2/endpoints.ts), or with a file.
 */
import { randomBytes } from 'node:crypto';
import { isJsonV2, isUnsignedV2, needsClientCertificate } from '../../v2/endpoints';
import { buildXml } from '../../v2/xml-build';
import type { RouteContext } from '../context';
import { v2Sample } from '../fallback';
import type { Reply } from '../router';
import { readRequest, refusal, requireClientCertificate, V2Refusal, v2Sign, type V2Request, type V2SignType } from './protocol';

/** Request fields copied into the answer where the operation's answer has them. */
const ECHOED = [
  'appid',
  'mch_id',
  'mchid',
  'sub_appid',
  'sub_mch_id',
  'wxappid',
  'mch_appid',
  'device_info',
  'combine_appid',
  'combine_mch_id',
  'out_trade_no',
  'out_refund_no',
  'partner_trade_no',
  'mch_billno',
];

export interface V2SampleSigning {
  /** The merchant's APIv2 key. */
  key: string;
  signType: V2SignType;
  /** The platform answers this operation unsigned: a sign only where the sample (its schema) has one. */
  unsigned?: boolean;
  /** A fixed `nonce_str` (tests); a fresh random one otherwise. */
  nonce?: string;
}

/**
 * The fields of a sample answer: `return_code` SUCCESS (`result_code` is the sample's: SUCCESS wherever
 * the schema allows it), indexed fields numbered from 0, the request's ids where the answer has them, a fresh `nonce_str`, and `sign`
 * (for an operation the platform answers unsigned, only where its sample has one). Throws when a
 * signed answer holds a nested value, which an APIv2 sign cannot cover (no catalogued one does).
 */
export function v2SampleFields(sample: Record<string, unknown>, request: Record<string, string>, signing: V2SampleSigning): Record<string, unknown> {
  const out: Record<string, unknown> = { return_code: 'SUCCESS' };
  // The documentation writes indexed fields as `coupon_type_$n` / `coupon_refund_id_$n_$m`; the platform
  // numbers them from 0, and `$` is no XML name character (such a field would not survive as itself).
  for (const [name, value] of Object.entries(sample)) out[name.replace(/\$[nm]/g, '0')] = value;
  out.return_code = 'SUCCESS';
  for (const name of ECHOED) {
    if (typeof out[name] === 'string' && request[name] !== undefined) out[name] = request[name];
  }
  // An operation the platform answers unsigned still carries a (correct) sign where its schema lists one.
  const signs = !signing.unsigned || 'sign' in out;
  delete out.sign;
  if (!signs) {
    if ('nonce_str' in out) out.nonce_str = signing.nonce ?? randomBytes(16).toString('hex');
    return out;
  }
  out.nonce_str = signing.nonce ?? randomBytes(16).toString('hex');
  const text: Record<string, string> = {};
  for (const [k, v] of Object.entries(out)) {
    if (typeof v !== 'string') throw new Error(`the sample answer's field ${k} is not text; an APIv2 sign covers flat text fields only`);
    text[k] = v;
  }
  out.sign = v2Sign(text, signing.key, signing.signType);
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * The catalogue answer for an APIv2 request no route took, or undefined when the catalogue has no
 * such operation (the emulator then answers 404/405). Refusals answer `return_code FAIL` unsigned.
 */
export function v2SampleReply(ctx: RouteContext): Reply | undefined {
  const sample = v2Sample(ctx.method, ctx.pathname);
  if (!sample) return undefined;
  let req: V2Request;
  try {
    if (ctx.parts)
      throw new V2Refusal(`${sample.key} has no emulator route: the catalogue fallback reads an XML body or a signed query, not a multipart upload`);
    req = readRequest(ctx);
    if (needsClientCertificate(ctx.pathname)) requireClientCertificate(ctx, req.merchant);
  } catch (err) {
    if (err instanceof V2Refusal) return refusal(err.message);
    throw err;
  }
  const status = sample.status;
  if (sample.binary) {
    const file = Buffer.from(`sample file for ${ctx.method} ${sample.key}\n`, 'utf8');
    return { status, body: file, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, unsigned: true };
  }
  if (!isRecord(sample.body)) return { status, unsigned: true };
  if (isJsonV2(ctx.pathname)) return { status, body: sample.body, unsigned: true };
  const unsigned = isUnsignedV2(ctx.pathname);
  const fields = v2SampleFields(sample.body, req.fields, { key: req.merchant.secret as string, signType: req.signType, unsigned });
  return { status, body: buildXml(fields), headers: { 'Content-Type': 'text/xml; charset=utf-8' }, unsigned: true };
}

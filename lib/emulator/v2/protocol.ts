/**
 * The APIv2 side of the emulator's gateway: read an XML request, find the merchant by `mch_id`,
 * check `sign` with its APIv2 key (the signing here is written from the protocol description with
 * node:crypto, not the client's signer, so the two cannot agree on a shared mistake), check the
 * TLS client certificate where the platform requires one, and answer in signed XML.
 *
 * Request problems answer `return_code FAIL` unsigned (as the platform does); business failures
 * answer `result_code FAIL` with `err_code`, signed.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual, X509Certificate } from 'node:crypto';
import { buildXml } from '../../v2/xml-build';
import { parseXml } from '../../v2/xml-parse';
import type { RouteContext } from '../context';
import type { MerchantState } from '../merchant';
import type { Reply, Route } from '../router';

export type V2SignType = 'MD5' | 'HMAC-SHA256';

/** The request was refused before any business logic: `return_code FAIL`. */
export class V2Refusal extends Error {}

/** The business operation failed: `result_code FAIL` with `err_code`/`err_code_des`. */
export class V2BusinessError extends Error {
  readonly code: string;
  constructor(code: string, description: string) {
    super(description);
    this.code = code;
  }
}

export interface V2Request {
  merchant: MerchantState;
  fields: Record<string, string>;
  signType: V2SignType;
}

/** A handler's answer that is not a signed field list (a bill file, its error XML). */
export class V2Raw {
  constructor(readonly reply: Reply) {}
}

/** What a v2 handler gives back: the answer's own fields (after the common ones), or a raw reply. */
export type V2Result = Record<string, string | undefined> | V2Raw;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function nonce(): string {
  let s = '';
  for (const b of randomBytes(32)) s += BASE62[b % 62];
  return s;
}

/** The APIv2 sign: sorted by name bytes, no `sign`, no empty values, `&key=` appended, upper-case hex. */
export function v2Sign(fields: Record<string, string>, secret: string, type: V2SignType): string {
  const text = Object.keys(fields)
    .filter((k) => k !== 'sign' && fields[k] !== '' && fields[k] !== undefined)
    .sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')))
    .map((k) => `${k}=${fields[k]}`)
    .join('&');
  const message = `${text}&key=${secret}`;
  const hex = type === 'MD5' ? createHash('md5').update(message, 'utf8').digest('hex') : createHmac('sha256', secret).update(message, 'utf8').digest('hex');
  return hex.toUpperCase();
}

function xmlReply(fields: Record<string, string>, status = 200): Reply {
  return { status, body: buildXml(fields), headers: { 'Content-Type': 'text/xml; charset=utf-8' }, unsigned: true };
}

/** An unsigned `return_code FAIL` answer. */
export function refusal(message: string, extra: Record<string, string> = {}): Reply {
  return xmlReply({ return_code: 'FAIL', return_msg: message, ...extra });
}

/** Parse and authenticate an APIv2 request; throws {@link V2Refusal}. */
export function readRequest(ctx: RouteContext): V2Request {
  let parsed;
  try {
    parsed = parseXml(ctx.method === 'GET' ? '<xml/>' : ctx.rawBody);
  } catch (err) {
    throw new V2Refusal(`XML格式错误: the body is not well-formed XML (${(err as Error).message})`);
  }
  const fields: Record<string, string> = {};
  if (ctx.method === 'GET') {
    for (const [k, v] of ctx.query) fields[k] = v;
  } else {
    if (parsed.root !== 'xml') throw new V2Refusal(`XML格式错误: the root element must be <xml>, got <${parsed.root}>`);
    for (const [k, v] of Object.entries(parsed.value)) {
      if (typeof v !== 'string') throw new V2Refusal(`XML格式错误: ${k} must be text, not nested elements or a repeated field`);
      fields[k] = v;
    }
  }
  const mchid = fields.mch_id ?? fields.mchid ?? fields.combine_mch_id;
  if (!mchid) throw new V2Refusal('mch_id参数格式错误: mch_id is required');
  const merchant = ctx.emulator.merchants.get(mchid);
  if (!merchant) throw new V2Refusal(`mch_id参数格式错误: merchant ${mchid} is not registered with the emulator`);
  if (!merchant.secret) throw new V2Refusal(`merchant ${mchid} has no APIv2 key (give \`secret\` in its emulator config)`);
  if (!fields.nonce_str) throw new V2Refusal('缺少参数nonce_str: nonce_str is required');
  if (fields.nonce_str.length > 32) throw new V2Refusal('nonce_str参数长度有误: at most 32 characters');
  const type = fields.sign_type || 'MD5';
  if (type !== 'MD5' && type !== 'HMAC-SHA256') throw new V2Refusal(`sign_type参数错误: ${type} is not MD5 or HMAC-SHA256`);
  if (!fields.sign) throw new V2Refusal('缺少参数sign: sign is required');
  const expected = Buffer.from(v2Sign(fields, merchant.secret, type));
  const given = Buffer.from(fields.sign);
  // Constant time, as the platform must: the sign is a MAC under the merchant's key.
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw new V2Refusal('签名错误: the sign does not match the fields and the APIv2 key');
  return { merchant, fields, signType: type };
}

/**
 * The TLS client certificate must be the merchant's API certificate: issued by the emulator's CA and
 * carrying the merchant's serial. Throws {@link V2Refusal} otherwise (including over plain HTTP).
 */
export function requireClientCertificate(ctx: RouteContext, merchant: MerchantState): void {
  const cert = ctx.clientCertificate;
  if (!cert || !cert.serialNumber) {
    throw new V2Refusal(
      '证书错误: this API needs the merchant API certificate as the TLS client certificate (call the emulator over HTTPS with `merchant: { cert, key }`)',
    );
  }
  const ca = new X509Certificate(ctx.emulator.ca);
  if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) throw new V2Refusal('证书错误: the client certificate was not issued by the emulator CA');
  if (cert.serialNumber.toUpperCase() !== merchant.serial.toUpperCase()) {
    throw new V2Refusal(
      `证书错误: the client certificate (serial ${cert.serialNumber}) is not merchant ${merchant.mchid}'s API certificate (serial ${merchant.serial})`,
    );
  }
  const now = ctx.now();
  if (Date.parse(cert.validFrom) > now || Date.parse(cert.validTo) < now) throw new V2Refusal('证书已过期: the client certificate is not valid now');
}

/** A signed success or business-failure answer. */
function answer(req: V2Request, own: Record<string, string | undefined>): Reply {
  const out: Record<string, string> = { return_code: 'SUCCESS', return_msg: 'OK' };
  for (const k of ['appid', 'mch_id', 'mchid', 'sub_appid', 'sub_mch_id', 'device_info']) {
    const v = req.fields[k];
    if (v !== undefined) out[k] = v;
  }
  out.nonce_str = nonce();
  for (const [k, v] of Object.entries(own)) if (v !== undefined) out[k] = v;
  out.sign = v2Sign(out, req.merchant.secret as string, req.signType);
  return xmlReply(out);
}

export interface V2RouteOptions {
  /** The platform requires the merchant's TLS client certificate. */
  certificate?: boolean;
  method?: 'GET' | 'POST';
}

/** Wrap an APIv2 handler: request checks first, then the handler, then the signed answer. */
export function v2Route(pattern: string, handler: (ctx: RouteContext, req: V2Request) => V2Result, options: V2RouteOptions = {}): Route {
  return {
    method: options.method ?? 'POST',
    pattern,
    auth: 'none',
    handler: (ctx) => {
      let req: V2Request;
      try {
        req = readRequest(ctx);
        if (options.certificate) requireClientCertificate(ctx, req.merchant);
      } catch (err) {
        if (err instanceof V2Refusal) return refusal(err.message);
        throw err;
      }
      try {
        const result = handler(ctx, req);
        if (result instanceof V2Raw) return result.reply;
        return answer(req, { result_code: 'SUCCESS', ...result });
      } catch (err) {
        if (err instanceof V2Refusal) return refusal(err.message);
        if (err instanceof V2BusinessError) return answer(req, { result_code: 'FAIL', err_code: err.code, err_code_des: err.message });
        throw err;
      }
    },
  };
}

/** Field checks that refuse the way the platform does (`return_code FAIL`, naming the field). */
export function required(fields: Record<string, string>, name: string, max = 256): string {
  const v = fields[name];
  if (v === undefined || v === '') throw new V2Refusal(`缺少参数${name}: ${name} is required`);
  if (v.length > max) throw new V2Refusal(`${name}参数长度有误: at most ${max} characters`);
  return v;
}

export function optional(fields: Record<string, string>, name: string, max = 256): string | undefined {
  const v = fields[name];
  if (v === undefined || v === '') return undefined;
  return required(fields, name, max);
}

export function amount(fields: Record<string, string>, name: string): number {
  const v = required(fields, name, 12);
  if (!/^[1-9]\d*$/.test(v) || Number(v) > 100_000_000_00) throw new V2Refusal(`${name}参数格式错误: a whole number of fen from 1, got "${v}"`);
  return Number(v);
}

/** China Standard Time pieces of a ms timestamp. */
export function cst(ms: number): { compact: string; spaced: string; date: string } {
  const iso = new Date(ms + 8 * 3_600_000).toISOString();
  return {
    compact: iso.slice(0, 19).replace(/[-T:]/g, ''),
    spaced: `${iso.slice(0, 10)} ${iso.slice(11, 19)}`,
    date: iso.slice(0, 10).replace(/-/g, ''),
  };
}

/** `yyyyMMddHHmmss` in China Standard Time → ms; undefined when malformed. */
export function parseCompactTime(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return undefined;
  const ms = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}+08:00`);
  return Number.isNaN(ms) ? undefined : ms;
}

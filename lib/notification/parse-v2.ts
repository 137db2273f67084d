/**
 * `Notification.parseV2`: APIv2 (XML) notifications. A payment notification is trusted only when
 * its `sign` (MD5 or HMAC-SHA256 with the APIv2 key) matches; a refund notification carries no
 * sign and is trusted only when its `req_info` decrypts (AES-256-ECB, key = md5 hex of the APIv2
 * key) and parses. Anything else is refused.
 */
import { AesEcb } from '../crypto/aes';
import { ConfigError } from '../errors';
import { Formatter, sortedEntries } from '../crypto/formatter';
import { Hash } from '../crypto/hash';
import { Transformer } from '../helpers/transformer';
import { NotificationError } from './errors';
import { rawBodyOf } from './input';

/** Options of `Notification.parseV2`. */
export interface ParseV2Options {
  /** The APIv2 key (32 characters). */
  secret: string;
}

/** A verified APIv2 payment-result notification (all values are strings, amounts in fen). */
export interface V2PaymentNotification {
  return_code: 'SUCCESS';
  return_msg?: string;
  appid: string;
  mch_id: string;
  nonce_str: string;
  sign: string;
  sign_type?: 'MD5' | 'HMAC-SHA256';
  result_code: 'SUCCESS' | 'FAIL' | string;
  err_code?: string;
  err_code_des?: string;
  openid: string;
  is_subscribe?: string;
  trade_type: string;
  bank_type: string;
  total_fee: string;
  settlement_total_fee?: string;
  fee_type?: string;
  cash_fee: string;
  cash_fee_type?: string;
  transaction_id: string;
  out_trade_no: string;
  attach?: string;
  time_end: string;
  device_info?: string;
  coupon_fee?: string;
  coupon_count?: string;
  /** `coupon_type_0`, `coupon_id_0`, `coupon_fee_0`, … */
  [coupon: `coupon_${string}`]: string | undefined;
}

/** The decrypted `req_info` of an APIv2 refund notification. */
export interface V2RefundInfo {
  transaction_id: string;
  out_trade_no: string;
  refund_id: string;
  out_refund_no: string;
  total_fee: string;
  settlement_total_fee?: string;
  refund_fee: string;
  settlement_refund_fee: string;
  /** SUCCESS, CHANGE (abnormal) or REFUNDCLOSE. */
  refund_status: 'SUCCESS' | 'CHANGE' | 'REFUNDCLOSE' | string;
  success_time?: string;
  refund_recv_accout: string;
  refund_account: string;
  refund_request_source: string;
}

/** A verified APIv2 refund notification: `req_info` is the decrypted, parsed object. */
export interface V2RefundNotification {
  return_code: 'SUCCESS';
  return_msg?: string;
  appid: string;
  mch_id: string;
  nonce_str: string;
  req_info: V2RefundInfo;
}

/** What `Notification.parseV2` resolves with; a refund has `req_info` (`'req_info' in n`). */
export type V2Notification = V2PaymentNotification | V2RefundNotification;

/** The APIv2 key, or a {@link ConfigError} naming `secret`. */
export function secretOf(secret: unknown): string {
  if (typeof secret !== 'string' || Buffer.byteLength(secret) !== 32) {
    throw new ConfigError(
      'secret',
      `\`secret\` (the APIv2 key) must be a 32-character string, got ${typeof secret === 'string' ? `${Buffer.byteLength(secret)} bytes` : secret === null ? 'null' : typeof secret}.`,
    );
  }
  return secret;
}

/** Flat string fields of an XML document, or a {@link NotificationError}. */
function fieldsOf(xml: Buffer | string, what: string): Record<string, string> {
  const data = Transformer.toArray(xml);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) {
    if (typeof v !== 'string') throw new NotificationError('V2_MALFORMED', `${what}: the element <${k}> is not plain text.`);
    out[k] = v;
  }
  if (Object.keys(out).length === 0)
    throw new NotificationError('V2_MALFORMED', `${what} is not well-formed XML with fields (DOCTYPE and entities are refused).`);
  return out;
}

/** Check `sign` of flat fields with the APIv2 key; the type comes from `sign_type`, else the sign's length. */
export function checkV2Sign(fields: Record<string, string>, secret: string): void {
  const sign = fields.sign;
  if (sign === undefined || sign === '') throw new NotificationError('V2_UNSIGNED', 'The APIv2 notification has no sign.');
  const type = fields.sign_type || (sign.length === 64 ? 'HMAC-SHA256' : 'MD5');
  if (type !== 'MD5' && type !== 'HMAC-SHA256') throw new NotificationError('V2_UNSIGNED', `Unsupported sign_type "${type}" (expected MD5 or HMAC-SHA256).`);
  const expected = Hash.sign(type, Formatter.queryStringLike(sortedEntries(fields)), secret);
  if (!Hash.equals(expected, sign.toUpperCase())) {
    throw new NotificationError(
      'V2_BAD_SIGN',
      `The APIv2 notification's ${type} sign does not match: check \`secret\` (the APIv2 key), or the message was altered.`,
    );
  }
}

/** The unauthenticated envelope fields kept beside an unsigned refund notification's `req_info`. */
const REFUND_ENVELOPE = ['return_msg', 'appid', 'mch_id', 'nonce_str'] as const;

/** The decrypted, parsed `req_info` of a refund notification. */
export function decryptReqInfo(reqInfo: string, secret: string): V2RefundInfo {
  let xml: string;
  try {
    xml = AesEcb.decrypt(reqInfo, Hash.md5(secret));
  } catch (err) {
    throw new NotificationError('DECRYPT_FAILED', 'req_info did not decrypt: check `secret` (the APIv2 key).', { cause: err });
  }
  let info: Record<string, string>;
  try {
    info = fieldsOf(xml, 'The decrypted req_info');
  } catch (err) {
    throw new NotificationError('RESOURCE_NOT_PARSABLE', (err as Error).message, { cause: err });
  }
  return info as unknown as V2RefundInfo;
}

/**
 * Verify an APIv2 notification (XML text or Buffer).
 *
 * @throws ConfigError when `secret` is not a 32-character APIv2 key.
 * @throws NotificationError `V2_MALFORMED`, `V2_NOT_SUCCESS`, `V2_UNSIGNED`, `V2_BAD_SIGN`,
 *   `DECRYPT_FAILED` or `RESOURCE_NOT_PARSABLE`.
 */
export async function parseV2(xml: string | Buffer, options: ParseV2Options): Promise<V2Notification> {
  const secret = secretOf((options ?? ({} as Partial<ParseV2Options>)).secret);
  const fields = fieldsOf(rawBodyOf(xml), 'The APIv2 notification');
  if (fields.return_code !== 'SUCCESS') {
    throw new NotificationError(
      'V2_NOT_SUCCESS',
      `The APIv2 notification has return_code "${fields.return_code ?? ''}"${fields.return_msg ? ` (${fields.return_msg})` : ''}; it carries nothing to act on.`,
    );
  }
  if (fields.req_info !== undefined) {
    // Refund notifications are not signed; a sign, if one is present, must still match.
    if (fields.sign !== undefined) {
      checkV2Sign(fields, secret);
      return { ...fields, req_info: decryptReqInfo(fields.req_info, secret) } as unknown as V2RefundNotification;
    }
    const info = decryptReqInfo(fields.req_info, secret);
    // Only req_info is authenticated (by decrypting with the key): pass on the envelope fields the
    // platform sends and nothing else, so a field added by someone in between cannot ride along.
    const out: Record<string, unknown> = { return_code: fields.return_code };
    for (const k of REFUND_ENVELOPE) if (fields[k] !== undefined) out[k] = fields[k];
    out.req_info = info;
    return out as unknown as V2RefundNotification;
  }
  checkV2Sign(fields, secret);
  return fields as unknown as V2PaymentNotification;
}

/**
 * A stand-in for the platform's notification sender, written against node:crypto directly (not the
 * library's helpers), so a shared mistake cannot make both sides agree.
 */
import { createCipheriv, randomBytes, randomUUID, sign, type KeyObject } from 'node:crypto';
import { KEYUTIL, KJUR } from 'jsrsasign';
import { APIV3_KEY, keyPair, PUB_KEY_ID } from '../support/keys';

export const PLATFORM_SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';

export interface Built {
  headers: Record<string, string>;
  body: string;
  envelope: Record<string, unknown>;
}

export interface BuildOptions {
  eventType?: string;
  resource?: Record<string, unknown> | string;
  id?: string;
  apiv3Key?: string;
  algorithm?: string;
  associatedData?: string;
  nonce?: string;
  /** Seconds since epoch; default now. */
  timestamp?: number | string;
  key?: KeyObject;
  serial?: string;
  /** Replace the signature (probes). */
  signature?: string;
  /** Sign with jsrsasign instead of node:crypto. */
  jsrsasign?: boolean;
  /** Change the envelope after encryption, before signing (a validly signed but odd notification). */
  mutate?: (envelope: { resource: Record<string, unknown> } & Record<string, unknown>) => void;
  /** Sign and send this body instead of an envelope. */
  rawBody?: string;
}

/** The platform's notification key pair (a WeChat Pay public key, `PUB_KEY_ID_…`). */
export function platformKey() {
  return keyPair('notification-platform');
}

export function gcmEncrypt(plaintext: string, key: string, nonce: string, aad: string): string {
  const c = createCipheriv('aes-256-gcm', Buffer.from(key), Buffer.from(nonce));
  c.setAAD(Buffer.from(aad));
  return Buffer.concat([c.update(plaintext, 'utf8'), c.final(), c.getAuthTag()]).toString('base64');
}

export function transactionResource(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    mchid: '1900000001',
    appid: 'wxd678efh567hg6787',
    out_trade_no: '1217752501201407033233368018',
    transaction_id: '4200000001201407033233368018',
    trade_type: 'NATIVE',
    trade_state: 'SUCCESS',
    trade_state_desc: '支付成功',
    bank_type: 'CMC',
    attach: '',
    success_time: '2018-06-08T10:34:56+08:00',
    payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
    amount: { total: 100, payer_total: 100, currency: 'CNY', payer_currency: 'CNY' },
    ...overrides,
  };
}

/** A signed, encrypted APIv3 notification as the platform sends it. */
export function build(o: BuildOptions = {}): Built {
  const nonce = o.nonce ?? randomBytes(6).toString('hex');
  const aad = o.associatedData ?? 'transaction';
  const resource = o.resource ?? transactionResource();
  const plaintext = typeof resource === 'string' ? resource : JSON.stringify(resource);
  const envelope = {
    id: o.id ?? randomUUID(),
    create_time: '2018-06-08T10:34:56+08:00',
    resource_type: 'encrypt-resource',
    event_type: o.eventType ?? 'TRANSACTION.SUCCESS',
    summary: '支付成功',
    resource: {
      original_type: 'transaction',
      algorithm: o.algorithm ?? 'AEAD_AES_256_GCM',
      ciphertext: gcmEncrypt(plaintext, o.apiv3Key ?? APIV3_KEY, nonce, aad),
      associated_data: aad,
      nonce,
    },
  };
  if (o.mutate) o.mutate(envelope as unknown as { resource: Record<string, unknown> } & Record<string, unknown>);
  const body = o.rawBody ?? JSON.stringify(envelope);
  const timestamp = String(o.timestamp ?? Math.floor(Date.now() / 1000));
  const sigNonce = randomBytes(16).toString('hex');
  const message = `${timestamp}\n${sigNonce}\n${body}\n`;
  const pair = platformKey();
  let signature: string;
  if (o.signature !== undefined) signature = o.signature;
  else if (o.jsrsasign) {
    const s = new KJUR.crypto.Signature({ alg: 'SHA256withRSA' });
    s.init(KEYUTIL.getKey(pair.privatePem));
    s.updateString(message);
    signature = Buffer.from(s.sign(), 'hex').toString('base64');
  } else signature = sign('sha256', Buffer.from(message), o.key ?? pair.privateKey).toString('base64');
  return {
    headers: {
      'Wechatpay-Timestamp': timestamp,
      'Wechatpay-Nonce': sigNonce,
      'Wechatpay-Signature': signature,
      'Wechatpay-Serial': o.serial ?? PUB_KEY_ID,
      'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
      'Request-ID': '08F78BB5AF0610D302E8A1F2BC021DF300000000',
      'Content-Type': 'application/json',
    },
    body,
    envelope,
  };
}

/** `certs` for the library: the platform public key under its id. */
export function certs(): Record<string, string> {
  return { [PUB_KEY_ID]: platformKey().publicPem };
}

/** A `WECHATPAY/SIGNTEST/` probe signature (random, so it never verifies). */
export function probeSignature(): string {
  return `WECHATPAY/SIGNTEST/${randomBytes(256).toString('base64')}`;
}

/** Verify a notification's signature with jsrsasign (independent of the library). */
export function jsrsasignVerifies(headers: Record<string, string | string[] | undefined>, body: string, publicPem: string): boolean {
  const h = (n: string): string => String(headers[n] ?? headers[n.toLowerCase()] ?? '');
  const v = new KJUR.crypto.Signature({ alg: 'SHA256withRSA' });
  v.init(KEYUTIL.getKey(publicPem));
  v.updateString(`${h('Wechatpay-Timestamp')}\n${h('Wechatpay-Nonce')}\n${body}\n`);
  return v.verify(Buffer.from(h('Wechatpay-Signature'), 'base64').toString('hex'));
}

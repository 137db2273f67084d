/**
 * `Notification.parse`: verify an APIv3 notification, then decrypt and parse its resource.
 * Order matters: nothing in the body is looked at before the signature over the raw bytes checks
 * out, and the resource is decrypted only after that.
 */
import { AesGcm } from '../crypto/aes';
import { ConfigError } from '../errors';
import { checkSignature } from '../request/verify';
import type { KeyStore } from '../crypto/keystore';
import { NotificationError } from './errors';
import { apiv3KeyOf, type CertsOption, headerOf, keystoreOf, type NotificationHeaders, rawBodyOf } from './input';
import type { EncryptedResource, NotificationEnvelope, NotificationEvent } from './types';

/** The algorithm every APIv3 notification resource uses. */
export const RESOURCE_ALGORITHM = 'AEAD_AES_256_GCM';

/** What arrived: headers and the raw body. */
export interface NotificationRequest {
  headers: NotificationHeaders;
  /** The raw body exactly as received: a string or a Buffer (never a parsed object). */
  body: string | Buffer | Uint8Array;
}

/** Options of `Notification.parse`. */
export interface ParseOptions {
  /**
   * Verification keys by platform certificate serial or `PUB_KEY_ID_…`: a plain object, a `Map`, or a
   * {@link KeyStore} — pass `client.getDriver().keystore` to share the client's store (and its refresher).
   */
  certs: CertsOption;
  /** The APIv3 key (32 bytes) that decrypts the resource. */
  apiv3Key: string | Buffer;
  /** Allowed |now − Wechatpay-Timestamp| in seconds. Default 300. */
  maxSkew?: number;
  /** Clock in ms since epoch (tests, replays of captured notifications). Default `Date.now`. */
  clock?: () => number;
}

/** Options after validation, reusable across calls (handlers prepare them once). */
export interface PreparedParseOptions {
  keystore: KeyStore;
  key: Buffer;
  maxSkew: number;
  clock: () => number;
}

/** Validate options once; throws `ConfigError` naming `certs`, `apiv3Key`, `maxSkew` or `clock`. */
export function prepareParseOptions(options: ParseOptions): PreparedParseOptions {
  const opts = (options ?? {}) as Partial<ParseOptions>;
  const key = apiv3KeyOf(opts.apiv3Key);
  const keystore = keystoreOf(opts.certs);
  const maxSkew = opts.maxSkew ?? 300;
  if (typeof maxSkew !== 'number' || !(maxSkew >= 0)) throw new ConfigError('maxSkew', '`maxSkew` must be a non-negative number of seconds.');
  const clock = opts.clock ?? Date.now;
  if (typeof clock !== 'function') throw new ConfigError('clock', '`clock` must be a function returning milliseconds since epoch.');
  return { keystore, key, maxSkew, clock };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The envelope, checked for the fields decryption needs. */
function envelopeOf(body: Buffer): NotificationEnvelope {
  let data: unknown;
  try {
    data = JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw new NotificationError('MALFORMED', 'The notification body is not JSON.', { cause: err });
  }
  if (!isObject(data)) throw new NotificationError('MALFORMED', 'The notification body is not a JSON object.');
  const bad: string[] = [];
  for (const k of ['id', 'event_type'] as const) if (typeof data[k] !== 'string' || !data[k]) bad.push(k);
  const resource = data.resource;
  if (!isObject(resource)) bad.push('resource');
  else for (const k of ['algorithm', 'ciphertext', 'nonce'] as const) if (typeof resource[k] !== 'string') bad.push(`resource.${k}`);
  if (isObject(resource) && resource.associated_data !== undefined && resource.associated_data !== null && typeof resource.associated_data !== 'string')
    bad.push('resource.associated_data');
  if (bad.length) throw new NotificationError('MALFORMED', `The notification envelope lacks or mistypes: ${bad.join(', ')}.`);
  return data as unknown as NotificationEnvelope;
}

/** Decrypt and parse the resource of a verified envelope. */
export function decryptResource(resource: EncryptedResource, key: Buffer): Record<string, unknown> {
  if (resource.algorithm !== RESOURCE_ALGORITHM) {
    throw new NotificationError('UNSUPPORTED_ALGORITHM', `resource.algorithm is "${resource.algorithm}"; only ${RESOURCE_ALGORITHM} is supported.`);
  }
  let plain: string;
  try {
    plain = AesGcm.decrypt(resource.ciphertext, key, resource.nonce, resource.associated_data ?? '');
  } catch (err) {
    throw new NotificationError(
      'DECRYPT_FAILED',
      'The resource did not decrypt: check `apiv3Key` (the APIv3 key set in the merchant platform, not the APIv2 key).',
      { cause: err },
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(plain);
  } catch (err) {
    throw new NotificationError('RESOURCE_NOT_PARSABLE', 'The decrypted resource is not JSON.', { cause: err });
  }
  if (!isObject(parsed)) throw new NotificationError('RESOURCE_NOT_PARSABLE', 'The decrypted resource is not a JSON object.');
  return parsed;
}

/** Verify, decrypt and parse with prepared options. Rejects with `SignatureError` or `NotificationError`. */
export async function parseWith(request: NotificationRequest, prepared: PreparedParseOptions): Promise<NotificationEvent> {
  if (!request || typeof request !== 'object') throw new NotificationError('BODY_NOT_RAW', 'Notification.parse expects { headers, body }.');
  const body = rawBodyOf(request.body);
  const h = request.headers;
  await checkSignature(
    {
      timestamp: headerOf(h, 'Wechatpay-Timestamp'),
      nonce: headerOf(h, 'Wechatpay-Nonce'),
      signature: headerOf(h, 'Wechatpay-Signature'),
      serial: headerOf(h, 'Wechatpay-Serial'),
      signatureType: headerOf(h, 'Wechatpay-Signature-Type'),
      body,
    },
    { keystore: prepared.keystore, now: prepared.clock(), maxSkew: prepared.maxSkew },
  );
  const envelope = envelopeOf(body);
  const resource = decryptResource(envelope.resource, prepared.key);
  const event: NotificationEvent = {
    id: envelope.id,
    create_time: envelope.create_time,
    event_type: envelope.event_type,
    resource_type: envelope.resource_type,
    ...(envelope.summary !== undefined ? { summary: envelope.summary } : {}),
    ...(envelope.resource.original_type !== undefined ? { original_type: envelope.resource.original_type } : {}),
    resource,
  };
  return event;
}

/**
 * Verify an APIv3 notification and return it with `resource` decrypted and parsed.
 *
 * Checks, in order: the four `Wechatpay-*` headers, the clock (±`maxSkew`), the serial (unknown →
 * the store's refresher once, then failure), the SHA256-RSA signature over the raw body (so a
 * `WECHATPAY/SIGNTEST/` probe simply fails), `resource.algorithm`, then decrypts with `apiv3Key`.
 *
 * @throws ConfigError when `certs` or `apiv3Key` is unusable (`option` names it).
 * @throws SignatureError for the header, clock, serial and signature checks (`reason` says which).
 * @throws NotificationError for a non-raw body, a malformed envelope, an unsupported algorithm,
 *   a failed decryption or an unparsable resource (`reason` says which).
 */
export async function parse(request: NotificationRequest, options: ParseOptions): Promise<NotificationEvent> {
  return parseWith(request, prepareParseOptions(options));
}

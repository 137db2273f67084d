/**
 * Signing of answers: `Wechatpay-Timestamp/Nonce/Signature/Serial/Signature-Type` over
 * `TIMESTAMP\nNONCE\nBODY\n`, with the key the merchant's mode (and the request's
 * `Wechatpay-Serial`) selects. The emulator signs on the libuv threadpool (crypto.sign's callback
 * form), so one RSA signature per answer does not hold up the event loop serving the others.
 */
import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { Formatter } from '../crypto/formatter';
import { AUTH_SCHEME } from './auth';
import type { PlatformIdentity } from './identity';
import type { SigningMode } from './merchant';

export interface AnswerKey {
  serial: string;
  key: KeyObject;
}

export class AnswerSigner {
  private readonly certificate: AnswerKey;
  private readonly publicKey: AnswerKey;

  constructor(platform: PlatformIdentity) {
    this.certificate = { serial: platform.serial, key: createPrivateKey(platform.certificateKey) };
    this.publicKey = { serial: platform.publicKeyId, key: createPrivateKey(platform.publicKeyKey) };
  }

  /**
   * The key for an answer: a `pubkey` merchant gets the public key, a `certificate` merchant the
   * platform certificate; with `both`, a request naming the certificate serial gets the certificate
   * and anything else the public key (the direction of the platform's migration).
   */
  choose(mode: SigningMode, requestedSerial: string | undefined): AnswerKey {
    if (mode === 'certificate') return this.certificate;
    if (mode === 'both' && requestedSerial !== undefined && requestedSerial.toUpperCase() === this.certificate.serial.toUpperCase()) {
      return this.certificate;
    }
    return this.publicKey;
  }

  /** The signature headers for `body` at `nowMs`, signed on the calling thread. */
  headers(key: AnswerKey, body: Buffer, nowMs: number): Record<string, string> {
    const { timestamp, nonce, message } = prepare(body, nowMs);
    return signed(key, timestamp, nonce, sign('sha256', message, key.key));
  }

  /** Like {@link AnswerSigner.headers}, signed on the libuv threadpool. */
  headersAsync(key: AnswerKey, body: Buffer, nowMs: number): Promise<Record<string, string>> {
    const { timestamp, nonce, message } = prepare(body, nowMs);
    return new Promise((resolve, reject) => {
      sign('sha256', message, key.key, (err, signature) => (err ? reject(err) : resolve(signed(key, timestamp, nonce, signature))));
    });
  }
}

function prepare(body: Buffer, nowMs: number): { timestamp: string; nonce: string; message: Buffer } {
  const timestamp = String(Math.floor(nowMs / 1000));
  const nonce = Formatter.nonce(32);
  return { timestamp, nonce, message: Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`, 'utf8'), body, Buffer.from('\n')]) };
}

function signed(key: AnswerKey, timestamp: string, nonce: string, signature: Buffer): Record<string, string> {
  return {
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Signature': signature.toString('base64'),
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Serial': key.serial,
    'Wechatpay-Signature-Type': AUTH_SCHEME,
  };
}

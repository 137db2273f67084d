/**
 * A registered merchant and everything the emulator keeps for it. All state lives here, so two
 * merchants never see each other's orders, and handlers reach it as `ctx.merchant`.
 */
import { createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import type { FaceCollection, Refund, Transaction } from './records';

/** Which key signs answers: the WeChat Pay public key (default, as for new merchants), the platform certificate, or both. */
export type SigningMode = 'pubkey' | 'certificate' | 'both';

/** A merchant as given to `Emulator.start({ merchants })`. */
export interface MerchantConfig {
  mchid: string;
  /** Merchant API certificate serial (hex). Default: read from `certificate`. */
  serial?: string;
  /** Merchant API certificate (PEM): its key verifies the merchant's requests. */
  certificate?: string | Buffer;
  /** Or the merchant's public key (PEM / KeyObject), when there is no certificate. `serial` is then required. */
  publicKey?: string | Buffer | KeyObject;
  /** The merchant's private key. Only kept to hand out ready-made client options (demo merchants). */
  privateKey?: string;
  /** APIv3 key (32 characters): encrypts platform certificates and notifications. */
  apiv3Key?: string;
  /** APIv2 key (32 characters). */
  secret?: string;
  /** Default `pubkey`. */
  mode?: SigningMode;
  /** App ids bound to the merchant; when given, orders with another appid are refused. */
  appids?: string[];
  /** Face collections to seed (default: a generated set for organization `DEMO_ORGANIZATION_ID`). */
  faceCollections?: FaceCollection[];
}

export class MerchantState {
  readonly mchid: string;
  readonly serial: string;
  /** Verifies the merchant's request signatures. */
  readonly verifyKey: KeyObject;
  readonly certificate: X509Certificate | undefined;
  readonly privateKey: string | undefined;
  readonly apiv3Key: string | undefined;
  readonly secret: string | undefined;
  mode: SigningMode;
  readonly appids: string[] | undefined;
  /** Orders by `${sub_mchid}|${out_trade_no}` (`sub_mchid` empty for direct merchants). */
  readonly transactions = new Map<string, Transaction>();
  /** Orders by `transaction_id` (set when paid). */
  readonly transactionsById = new Map<string, Transaction>();
  /** Refunds by `${sub_mchid}|${out_refund_no}`. */
  readonly refunds = new Map<string, Refund>();
  faceCollections: FaceCollection[];
  /** Nonces seen, with the time (ms) until which they are remembered. */
  readonly nonces = new Map<string, number>();
  /** Requests counted per rate window: key → { window start ms, count }. */
  readonly rate = new Map<string, { start: number; count: number }>();
  private readonly slots = new Map<string, unknown>();

  constructor(config: MerchantConfig, faceCollections: FaceCollection[]) {
    if (typeof config.mchid !== 'string' || !/^\d{1,32}$/.test(config.mchid)) {
      throw new Error(`Emulator: merchant mchid must be a string of digits, got ${JSON.stringify(config.mchid)}`);
    }
    this.mchid = config.mchid;
    if (config.certificate !== undefined) {
      this.certificate = new X509Certificate(config.certificate);
      this.verifyKey = this.certificate.publicKey;
      const fromCert = this.certificate.serialNumber.toUpperCase();
      if (config.serial !== undefined && config.serial.toUpperCase() !== fromCert) {
        throw new Error(`Emulator: merchant ${config.mchid}: serial ${config.serial} does not match its certificate's serial ${fromCert}`);
      }
      this.serial = fromCert;
    } else if (config.publicKey !== undefined) {
      if (!config.serial) throw new Error(`Emulator: merchant ${config.mchid}: a serial is required with publicKey`);
      this.verifyKey = typeof config.publicKey === 'string' || Buffer.isBuffer(config.publicKey) ? createPublicKey(config.publicKey) : config.publicKey;
      this.serial = config.serial.toUpperCase();
      this.certificate = undefined;
    } else {
      throw new Error(`Emulator: merchant ${config.mchid} needs a certificate (or a publicKey and serial) to check its signatures`);
    }
    for (const [name, key] of [
      ['apiv3Key', config.apiv3Key],
      ['secret', config.secret],
    ] as const) {
      if (key !== undefined && Buffer.byteLength(key) !== 32) throw new Error(`Emulator: merchant ${config.mchid}: ${name} must be 32 bytes`);
    }
    this.privateKey = config.privateKey;
    this.apiv3Key = config.apiv3Key;
    this.secret = config.secret;
    this.mode = config.mode ?? 'pubkey';
    if (!['pubkey', 'certificate', 'both'].includes(this.mode)) throw new Error(`Emulator: merchant ${config.mchid}: mode must be pubkey, certificate or both`);
    if (this.mode !== 'pubkey' && !this.apiv3Key)
      throw new Error(`Emulator: merchant ${config.mchid}: certificate mode needs an apiv3Key (platform certificates are encrypted with it)`);
    this.appids = config.appids;
    this.faceCollections = config.faceCollections ?? faceCollections;
  }

  /**
   * Per-merchant storage for other areas (bills, media, notifications …): the value under `name`,
   * created by `init` on first use.
   */
  slot<T>(name: string, init: () => T): T {
    if (!this.slots.has(name)) this.slots.set(name, init());
    return this.slots.get(name) as T;
  }

  /** Remember a nonce until `until` (ms); false if it was already remembered. Forgets expired ones. */
  useNonce(nonce: string, now: number, until: number): boolean {
    // Oldest first (insertion order is expiry order): drop the expired ones and stop at the first live
    // one, so a busy emulator does not walk every remembered nonce on each request.
    if (this.nonces.size > 10_000) {
      for (const [n, t] of this.nonces) {
        if (t >= now) break;
        this.nonces.delete(n);
      }
    }
    const seen = this.nonces.get(nonce);
    if (seen !== undefined && seen >= now) return false;
    // Re-inserted at the end, to keep the order by expiry.
    this.nonces.delete(nonce);
    this.nonces.set(nonce, until);
    return true;
  }
}

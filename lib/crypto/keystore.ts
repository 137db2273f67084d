/**
 * Per-client store of WeChat Pay verification keys, keyed by platform certificate serial or
 * `PUB_KEY_ID_…`. Read on every verification, so entries can be added or removed at runtime;
 * an optional refresher is called once (single-flight) when an unknown serial shows up.
 */
import { KeyObject, X509Certificate } from 'node:crypto';
import { type KeyLike, Rsa } from './rsa';
import { ConfigError } from '../errors';

export interface KeyEntry {
  serial: string;
  key: KeyObject;
  /** `publicKey` for a `PUB_KEY_ID_…` id, else `certificate`. */
  kind: 'publicKey' | 'certificate';
  /** Validity of a certificate entry (ms since epoch), when known. */
  notBefore?: number;
  notAfter?: number;
  /** Insertion order, for "newest" among equals. */
  order: number;
}

/** Called with an unknown serial; should add keys (e.g. download platform certificates). */
export type KeyRefresher = (serial: string) => Promise<void>;

export const PUBLIC_KEY_ID_PREFIX = 'PUB_KEY_ID_';

function validity(thing: KeyLike): { notBefore?: number; notAfter?: number } {
  let cert: X509Certificate | undefined;
  if (thing instanceof X509Certificate) cert = thing;
  else if (typeof thing === 'string' && thing.includes('-----BEGIN CERTIFICATE-----')) {
    try {
      cert = new X509Certificate(thing);
    } catch {
      cert = undefined;
    }
  }
  if (!cert) return {};
  return { notBefore: Date.parse(cert.validFrom), notAfter: Date.parse(cert.validTo) };
}

export class KeyStore {
  private readonly entries = new Map<string, KeyEntry>();
  private counter = 0;
  private refresher: KeyRefresher | undefined;
  private inflight: Promise<void> | undefined;
  /** preferred() is read on every request: cache it until the store changes or an entry expires. */
  private cached: { entry: KeyEntry | undefined; until: number } | undefined;

  constructor(initial?: Record<string, KeyLike> | Iterable<[string, KeyLike]>) {
    if (initial) {
      const list = Symbol.iterator in Object(initial) ? Array.from(initial as Iterable<[string, KeyLike]>) : Object.entries(initial);
      for (const [serial, key] of list) this.set(serial, key);
    }
  }

  /** Add or replace the key for `serial` (a certificate serial or a `PUB_KEY_ID_…`). */
  set(serial: string, key: KeyLike): this {
    if (typeof serial !== 'string' || !serial) throw new ConfigError('certs', 'certs: every entry needs a non-empty serial or PUB_KEY_ID_… as its key.');
    let loaded: KeyObject;
    try {
      loaded = Rsa.from(key, 'public');
    } catch (err) {
      throw new ConfigError('certs', `certs["${serial}"]: ${(err as Error).message}`, { cause: err });
    }
    const kind = serial.startsWith(PUBLIC_KEY_ID_PREFIX) ? 'publicKey' : 'certificate';
    this.entries.set(serial, { serial, key: loaded, kind, ...validity(key), order: this.counter++ });
    this.cached = undefined;
    return this;
  }

  delete(serial: string): boolean {
    this.cached = undefined;
    return this.entries.delete(serial);
  }
  has(serial: string): boolean {
    return this.entries.has(serial);
  }
  get(serial: string): KeyObject | undefined {
    return this.entries.get(serial)?.key;
  }
  entry(serial: string): KeyEntry | undefined {
    return this.entries.get(serial);
  }
  serials(): string[] {
    return Array.from(this.entries.keys());
  }
  get size(): number {
    return this.entries.size;
  }

  /**
   * The serial to send as `Wechatpay-Serial` (and to encrypt sensitive fields with): the newest
   * `PUB_KEY_ID_…` when there is one (the platform's direction of migration), else the certificate
   * that became valid last among those not expired at `now`.
   */
  preferred(now = Date.now()): KeyEntry | undefined {
    const c = this.cached;
    if (c && now < c.until) return c.entry;
    let best: KeyEntry | undefined;
    let until = Infinity;
    for (const e of this.entries.values()) {
      if (e.kind === 'certificate' && e.notAfter !== undefined) {
        if (e.notAfter < now) continue;
        until = Math.min(until, e.notAfter);
      }
      if (!best) {
        best = e;
        continue;
      }
      if (e.kind !== best.kind) {
        if (e.kind === 'publicKey') best = e;
        continue;
      }
      const a = e.notBefore ?? -Infinity;
      const b = best.notBefore ?? -Infinity;
      if (a > b || (a === b && e.order > best.order)) best = e;
    }
    this.cached = { entry: best, until };
    return best;
  }

  /** Install the function called when a serial is unknown (platform-certificate refresh). */
  setRefresher(refresher: KeyRefresher | undefined): void {
    this.refresher = refresher;
  }

  /** The key for `serial`, calling the refresher once (shared by concurrent callers) if it is unknown. */
  async resolve(serial: string): Promise<KeyObject | undefined> {
    const known = this.get(serial);
    if (known || !this.refresher) return known;
    if (!this.inflight) {
      this.inflight = this.refresher(serial).finally(() => {
        this.inflight = undefined;
      });
    }
    try {
      await this.inflight;
    } catch {
      /* a failed refresh keeps what we had; the caller reports the unknown serial */
    }
    return this.get(serial);
  }
}

/**
 * A refreshing platform-certificate store for one client: downloads the certificates on a timer and
 * when an answer (or a notification) names a serial it does not know, one download at a time for
 * all concurrent callers. New certificates are added, certificates still valid are kept through the
 * rotation overlap even when the list no longer names them, and a failed download changes nothing.
 */
import { ArgumentError } from '../errors';
import { type KeyStore, PUBLIC_KEY_ID_PREFIX } from '../crypto/keystore';
import { type ClientLike, driverOf } from '../download/stream';
import type { Driver } from '../request/driver';
import { type FetchCertificatesOptions, fetchCertificates, type PlatformCertificate } from './fetch';
import { certificateKeyStore, type DownloadCertificatesConfig, downloadCertificates } from './bootstrap';

/** Options of {@link PlatformCertificates.attach}. */
export interface AutoRefreshOptions extends FetchCertificatesOptions {
  /** Milliseconds between scheduled downloads (default 12 hours; 0 turns the timer off). */
  interval?: number;
  /** Least milliseconds between two downloads caused by unknown serials (default 60 s): forged serials cannot flood the platform. */
  minInterval?: number;
  /** Download once right away (default false: the store already holds the certificates). */
  immediate?: boolean;
  /** Told about every successful download. */
  onRefresh?: (result: RefreshResult) => void;
  /** Told about every failed download (the store keeps what it had). */
  onError?: (error: unknown) => void;
}

/** What one download changed. */
export interface RefreshResult {
  /** Why it ran: `timer`, `unknown-serial`, `manual` or `immediate`. */
  reason: RefreshReason;
  /** Serials downloaded (all of the list). */
  serials: string[];
  /** Serials that were new to the store. */
  added: string[];
  /** Expired certificates removed. */
  removed: string[];
  certificates: PlatformCertificate[];
}

export type RefreshReason = 'timer' | 'unknown-serial' | 'manual' | 'immediate';

const attached = new WeakMap<KeyStore, PlatformCertificates>();

const DEFAULT_INTERVAL = 12 * 3600 * 1000;

/** Keeps a client's platform certificates current. Create with {@link PlatformCertificates.attach}. */
export class PlatformCertificates {
  readonly keystore: KeyStore;
  private readonly driver: Driver;
  private readonly options: AutoRefreshOptions;
  private timer: NodeJS.Timeout | undefined;
  private inflight: Promise<RefreshResult> | undefined;
  private lastAttempt = 0;
  private stopped = false;
  /** Downloads started (successful or not). */
  attempts = 0;
  /** The last failure, cleared by the next success. */
  lastError: unknown;
  /** When the last successful download finished (ms since epoch). */
  lastRefreshed: number | undefined;

  private constructor(driver: Driver, options: AutoRefreshOptions) {
    this.driver = driver;
    this.keystore = driver.keystore;
    this.options = options;
  }

  /**
   * Start refreshing `client`'s key store (the same store answers and `Notification.parse({ certs:
   * client.getDriver().keystore })` use). Public-key mode needs none of this.
   */
  static attach(client: ClientLike, options: AutoRefreshOptions): PlatformCertificates {
    const driver = driverOf(client);
    if (attached.has(driver.keystore))
      throw new ArgumentError('PlatformCertificates.attach: this key store is already refreshed; stop() the first one before attaching again.');
    if (!options || Buffer.byteLength(options.apiv3Key ?? '') !== 32)
      throw new ArgumentError('PlatformCertificates.attach: apiv3Key (32 bytes) is required to decrypt the certificates.');
    const interval = options.interval ?? DEFAULT_INTERVAL;
    if (!(interval >= 0)) throw new ArgumentError('PlatformCertificates.attach: interval must be a non-negative number of milliseconds.');
    const store = new PlatformCertificates(driver, options);
    attached.set(driver.keystore, store);
    driver.keystore.setRefresher((serial) => store.onUnknownSerial(serial));
    if (interval > 0) {
      store.timer = setInterval(() => {
        store.refresh('timer').catch(() => undefined);
      }, interval);
      store.timer.unref();
    }
    if (options.immediate) store.refresh('immediate').catch(() => undefined);
    return store;
  }

  /** Download, decrypt and verify the certificates with the merchant's credentials (no client needed). */
  static download(config: DownloadCertificatesConfig): Promise<PlatformCertificate[]> {
    return downloadCertificates(config);
  }

  /** Download the certificates into a new key store for `Builder.factory({ certs })` (first start). */
  static keyStore(config: DownloadCertificatesConfig): Promise<KeyStore> {
    return certificateKeyStore(config);
  }

  /** The store attached to `client`'s key store, if any. */
  static of(client: ClientLike): PlatformCertificates | undefined {
    return attached.get(driverOf(client).keystore);
  }

  private async onUnknownSerial(serial: string): Promise<void> {
    // A public key cannot be downloaded; a storm of unknown serials triggers at most one download per minInterval.
    if (this.stopped || serial.startsWith(PUBLIC_KEY_ID_PREFIX)) return;
    if (!this.inflight && Date.now() - this.lastAttempt < (this.options.minInterval ?? 60_000)) return;
    await this.refresh('unknown-serial');
  }

  /** Download now (joins a download already running). Rejects on failure; the store is unchanged then. */
  refresh(reason: RefreshReason = 'manual'): Promise<RefreshResult> {
    if (!this.inflight) {
      this.inflight = this.run(reason).finally(() => {
        this.inflight = undefined;
      });
    }
    return this.inflight;
  }

  private async run(reason: RefreshReason): Promise<RefreshResult> {
    this.attempts += 1;
    this.lastAttempt = Date.now();
    let list: PlatformCertificate[];
    try {
      // the store tries again on its own schedule: one attempt per download unless told otherwise
      list = await fetchCertificates(this.driver, this.options.retry === undefined ? { ...this.options, retry: false } : this.options, this.keystore);
    } catch (err) {
      this.lastError = err;
      this.options.onError?.(err);
      throw err;
    }
    const result = this.merge(list, reason);
    this.lastError = undefined;
    this.lastRefreshed = Date.now();
    this.options.onRefresh?.(result);
    return result;
  }

  private merge(list: PlatformCertificate[], reason: RefreshReason): RefreshResult {
    const now = this.driver.settings.clock();
    const serials = list.map((c) => c.serial);
    const added = serials.filter((s) => !this.keystore.has(s));
    for (const c of list) this.keystore.set(c.serial, c.pem);
    const removed: string[] = [];
    for (const serial of this.keystore.serials()) {
      const e = this.keystore.entry(serial);
      // Only certificates the platform no longer lists and that have expired go; public keys stay.
      if (e && e.kind === 'certificate' && !serials.includes(serial) && e.notAfter !== undefined && e.notAfter < now) {
        this.keystore.delete(serial);
        removed.push(serial);
      }
    }
    return { reason, serials, added, removed, certificates: list };
  }

  /** Stop the timer and the refresh on unknown serials. The certificates stay in the store. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.keystore.setRefresher(undefined);
    attached.delete(this.keystore);
  }
}

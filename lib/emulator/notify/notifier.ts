/**
 * Notification delivery: the ledger hands over what a state change must notify (`send`); the
 * notifier POSTs it as a signed, encrypted APIv3 notification to the `notify_url`, the way the
 * platform does — re-signed on every attempt, re-delivered on failure at the platform's schedule
 * (scaled for tests), every attempt recorded. It can also send `WECHATPAY/SIGNTEST/` probes, which a
 * correct handler refuses.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { AesGcm } from '../../crypto/aes';
import { Formatter } from '../../crypto/formatter';
import { AnswerSigner } from '../answer';
import type { PlatformIdentity } from '../identity';
import type { MerchantState } from '../merchant';
import { rfc3339 } from '../records';
import { postNotification, refusedTarget } from './post';
import { PLATFORM_SCHEDULE_MS, type DeliveryAttempt, type DeliveryRecord, type NotifierHost, type NotifyOptions, type Outgoing } from './types';

const SUMMARY: Record<string, string> = {
  'TRANSACTION.SUCCESS': '支付成功',
  'REFUND.SUCCESS': '退款成功',
  'REFUND.ABNORMAL': '退款异常',
  'REFUND.CLOSED': '退款关闭',
};

const MAX_RECORDS = 1000;

export class Notifier {
  private settings: Required<NotifyOptions>;
  private signer: AnswerSigner | undefined;
  private signerIdentity: PlatformIdentity | undefined;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly aborts = new Set<AbortController>();
  private readonly waiters = new Set<() => void>();
  /** Scheduled rounds made per record (with duplicates, a round is several attempts). */
  private readonly rounds = new WeakMap<DeliveryRecord, number>();
  private closed = false;

  constructor(
    private readonly emulator: NotifierHost,
    options: NotifyOptions = {},
  ) {
    this.settings = Notifier.check({
      deliver: true,
      timeScale: 1,
      schedule: PLATFORM_SCHEDULE_MS,
      timeoutMs: 5000,
      probes: false,
      remote: false,
      duplicates: 1,
      ...options,
    });
  }

  private static check(s: Required<NotifyOptions>): Required<NotifyOptions> {
    if (typeof s.timeScale !== 'number' || !(s.timeScale >= 0)) throw new Error('Emulator notify: timeScale must be a non-negative number.');
    if (!Array.isArray(s.schedule) || s.schedule.some((d) => typeof d !== 'number' || !(d >= 0)))
      throw new Error('Emulator notify: schedule must be a list of delays in ms.');
    if (typeof s.timeoutMs !== 'number' || !(s.timeoutMs > 0)) throw new Error('Emulator notify: timeoutMs must be a positive number.');
    if (!Number.isInteger(s.duplicates) || s.duplicates < 1 || s.duplicates > 20)
      throw new Error('Emulator notify: duplicates must be a whole number from 1 to 20.');
    return s;
  }

  /** The current settings. */
  get options(): Readonly<Required<NotifyOptions>> {
    return this.settings;
  }

  /** Change settings while running (e.g. `{ timeScale: 0.001 }`, `{ probes: true }`). */
  configure(options: NotifyOptions): Readonly<Required<NotifyOptions>> {
    this.settings = Notifier.check({ ...this.settings, ...options });
    return this.settings;
  }

  /** Every notification record, oldest first (the same array as `emulator.notifications`). */
  get records(): DeliveryRecord[] {
    return this.emulator.notifications as DeliveryRecord[];
  }

  /** A record by notification id. */
  find(id: string): DeliveryRecord | undefined {
    return this.records.find((r) => r.id === id);
  }

  /** Notifications still waiting for a successful attempt. */
  pending(): DeliveryRecord[] {
    return this.records.filter((r) => r.status === 'pending');
  }

  /** Resolve once `test` holds for the records (checked after every attempt), or reject after `timeoutMs` (default 10 s). */
  waitFor(test: (records: DeliveryRecord[]) => boolean, timeoutMs = 10_000): Promise<DeliveryRecord[]> {
    return new Promise((resolve, reject) => {
      if (test(this.records)) {
        resolve(this.records);
        return;
      }
      const check = (): void => {
        if (!test(this.records)) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(this.records);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(
          new Error(
            `Emulator notify: condition not met within ${timeoutMs} ms; records: ${JSON.stringify(this.records.map((r) => ({ id: r.id, eventType: r.eventType, status: r.status, attempts: r.attempts })))}`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  /**
   * Build, record and deliver one notification (any event type: tests can send COMPLAINT.* or
   * others this way). Returns the record, which fills in as attempts happen.
   */
  send(outgoing: Outgoing, extra: { outTradeNo?: string; outRefundNo?: string } = {}): DeliveryRecord {
    const { merchant } = outgoing;
    const record = this.newRecord(outgoing, outgoing.url, false, extra);
    const { id } = record;
    this.keep(record);
    if (!merchant.apiv3Key) {
      record.status = 'failed';
      record.error = `merchant ${merchant.mchid} has no apiv3Key to encrypt notifications with`;
      this.changed();
      return record;
    }
    record.body = this.envelope(id, outgoing);
    if (!this.settings.deliver || this.closed) return record;
    const refused = refusedTarget(outgoing.url, this.settings.remote);
    if (refused) {
      record.status = 'failed';
      record.error = refused;
      this.changed();
      return record;
    }
    if (this.settings.probes) void this.probe(outgoing.url, merchant.mchid, outgoing);
    this.schedule(record, merchant, 0);
    return record;
  }

  /**
   * Send one `WECHATPAY/SIGNTEST/` probe: a well-formed, encrypted notification under a bad
   * signature. Returns its record; `accepted` true means the handler failed to verify.
   */
  async probe(url: string, mchid?: string, like?: Outgoing): Promise<DeliveryRecord> {
    const merchant = this.emulator.merchant(mchid);
    const outgoing: Outgoing = like ?? {
      merchant,
      url,
      eventType: 'TRANSACTION.SUCCESS',
      originalType: 'transaction',
      resource: {
        mchid: merchant.mchid,
        out_trade_no: `PROBE${Date.now()}`,
        trade_state: 'SUCCESS',
        amount: { total: 1, payer_total: 1, currency: 'CNY', payer_currency: 'CNY' },
      },
    };
    const record = this.newRecord(outgoing, url, true);
    const { id } = record;
    this.keep(record);
    if (!merchant.apiv3Key) {
      record.status = 'failed';
      record.error = `merchant ${merchant.mchid} has no apiv3Key`;
      this.changed();
      return record;
    }
    record.body = this.envelope(id, { ...outgoing, url });
    const refused = refusedTarget(url, this.settings.remote);
    if (refused) {
      record.status = 'failed';
      record.error = refused;
      this.changed();
      return record;
    }
    const attempt = await this.attempt(record, merchant, true);
    record.accepted = attempt.ok;
    record.status = attempt.ok ? 'delivered' : 'failed';
    this.changed();
    return record;
  }

  /** A pending record with a fresh id, not yet kept. */
  private newRecord(outgoing: Outgoing, url: string, probe: boolean, extra: { outTradeNo?: string; outRefundNo?: string } = {}): DeliveryRecord {
    return {
      id: randomUUID(),
      mchid: outgoing.merchant.mchid,
      url,
      eventType: outgoing.eventType,
      body: '',
      status: 'pending',
      attempts: 0,
      history: [],
      nextAttemptAt: undefined,
      resource: outgoing.resource,
      probe,
      ...extra,
    };
  }

  /** Send a notification again now, outside its schedule (same id and body, new signature). */
  async redeliver(id: string): Promise<DeliveryAttempt> {
    const record = this.find(id);
    if (!record) throw new Error(`Emulator notify: no notification ${id}`);
    const attempt = await this.attempt(record, this.emulator.merchant(record.mchid), record.probe);
    if (attempt.ok && record.status !== 'delivered' && !record.probe) {
      record.status = 'delivered';
      record.nextAttemptAt = undefined;
    }
    this.changed();
    return attempt;
  }

  /** Stop: cancel scheduled re-deliveries and abort attempts in flight. */
  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const a of this.aborts) a.abort();
    this.aborts.clear();
  }

  private keep(record: DeliveryRecord): void {
    const list = this.emulator.notifications;
    list.push(record);
    if (list.length > MAX_RECORDS) list.splice(0, list.length - MAX_RECORDS);
  }

  private changed(): void {
    for (const w of Array.from(this.waiters)) w();
  }

  private envelope(id: string, o: Outgoing): string {
    const nonce = Formatter.nonce(12);
    const ciphertext = AesGcm.encrypt(JSON.stringify(o.resource), o.merchant.apiv3Key as string, nonce, o.originalType);
    return JSON.stringify({
      id,
      create_time: rfc3339(this.emulator.now()),
      resource_type: 'encrypt-resource',
      event_type: o.eventType,
      summary: o.summary ?? SUMMARY[o.eventType] ?? o.eventType,
      resource: { original_type: o.originalType, algorithm: 'AEAD_AES_256_GCM', ciphertext, associated_data: o.originalType, nonce },
    });
  }

  /** Attempt `record` after `delay` ms (scaled), then re-schedule per the schedule on failure. */
  private schedule(record: DeliveryRecord, merchant: MerchantState, delay: number): void {
    const scaled = delay * this.settings.timeScale;
    record.nextAttemptAt = this.emulator.now() + scaled;
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (this.closed || record.status !== 'pending') return;
      void this.round(record, merchant).then((ok) => {
        if (record.status !== 'pending') return;
        const round = (this.rounds.get(record) ?? 0) + 1;
        this.rounds.set(record, round);
        if (ok) {
          record.status = 'delivered';
          record.nextAttemptAt = undefined;
        } else {
          const next = this.settings.schedule[round - 1];
          if (next === undefined || this.closed) {
            record.status = 'failed';
            record.nextAttemptAt = undefined;
          } else this.schedule(record, merchant, next);
        }
        this.changed();
      });
    }, scaled);
    t.unref();
    this.timers.add(t);
  }

  /** One scheduled round: `duplicates` POSTs at once; true when any was answered 2xx. */
  private async round(record: DeliveryRecord, merchant: MerchantState): Promise<boolean> {
    const n = this.settings.duplicates;
    if (n === 1) return (await this.attempt(record, merchant, false)).ok;
    const attempts = await Promise.all(Array.from({ length: n }, (_, copy) => this.attempt(record, merchant, false, copy)));
    return attempts.some((a) => a.ok);
  }

  /** One POST, signed now; recorded in the record's history. */
  private async attempt(record: DeliveryRecord, merchant: MerchantState, probe: boolean, copy?: number): Promise<DeliveryAttempt> {
    // a rotated platform certificate replaces the identity: sign with the current one
    if (!this.signer || this.signerIdentity !== this.emulator.platformIdentity) {
      this.signerIdentity = this.emulator.platformIdentity;
      this.signer = new AnswerSigner(this.signerIdentity);
    }
    const body = Buffer.from(record.body, 'utf8');
    const started = Date.now();
    const at = this.emulator.now();
    const headers = await this.signer.headersAsync(this.signer.choose(merchant.mode, undefined), body, at);
    if (probe) headers['Wechatpay-Signature'] = `WECHATPAY/SIGNTEST/${randomBytes(192).toString('base64')}`;
    const result = await postNotification(
      record.url,
      {
        ...headers,
        'Content-Type': 'application/json',
        'Content-Length': String(body.length),
        'Request-ID': randomBytes(16).toString('hex').toUpperCase(),
        'User-Agent': 'Mozilla/4.0 (wechatpay-chain emulator)',
      },
      body,
      this.settings.timeoutMs,
      this.aborts,
    );
    const attempt: DeliveryAttempt = {
      at,
      time: rfc3339(at),
      status: result.status,
      ok: result.status !== undefined && result.status >= 200 && result.status < 300,
      error: result.error,
      durationMs: Date.now() - started,
      timestamp: headers['Wechatpay-Timestamp'] as string,
      nonce: headers['Wechatpay-Nonce'] as string,
    };
    if (copy !== undefined) attempt.copy = copy;
    record.history.push(attempt);
    record.attempts = record.history.length;
    return attempt;
  }
}

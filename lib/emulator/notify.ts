/**
 * Notification delivery: on a paid order or a settled refund the emulator POSTs a signed,
 * encrypted APIv3 notification to the `notify_url`, the way the platform does — re-signed on every
 * attempt, re-delivered on failure at the platform's schedule (scaled for tests), every attempt
 * recorded. It can also send `WECHATPAY/SIGNTEST/` probes, which a correct handler refuses.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import * as http from 'node:http';
import * as https from 'node:https';
import { AesGcm } from '../crypto/aes';
import { Formatter } from '../crypto/formatter';
import { AnswerSigner } from './answer';
import type { Emulator, NotificationRecord } from './emulator';
import type { PlatformIdentity } from './identity';
import type { MerchantState } from './merchant';
import { notifyRoutes } from './notify/routes';
import { refundResource as refundQueryResource, rfc3339, transactionResource, type Refund } from './records';

/** The platform's re-delivery delays after a failed attempt: 15s/15s/30s/3m/10m/20m/30m/30m/30m/60m/3h/3h/3h/6h/6h. */
export const PLATFORM_SCHEDULE_MS: readonly number[] = [
  15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10800, 10800, 10800, 21600, 21600,
].map((s) => s * 1000);

export interface NotifyOptions {
  /** `false`: build and record notifications but send nothing. Default true. */
  deliver?: boolean;
  /** Factor on the re-delivery delays: 1 is the platform's pace, 0.001 turns 15 s into 15 ms. Default 1. */
  timeScale?: number;
  /** Re-delivery delays in ms (before scaling). Default {@link PLATFORM_SCHEDULE_MS}. */
  schedule?: readonly number[];
  /** How long one attempt may take before it counts as failed (the platform waits 5 s). Default 5000. */
  timeoutMs?: number;
  /** Send a `WECHATPAY/SIGNTEST/` probe before each notification. Default false. */
  probes?: boolean;
  /**
   * Also deliver to hosts that are not local (loopback, private or link-local addresses, `localhost`).
   * Default false, so an order's placeholder `notify_url` (e.g. example.com) never sends traffic out.
   */
  remote?: boolean;
  /**
   * Deliver every (re-)delivery this many times at once, each copy signed on its own, as the
   * platform's several servers sometimes do: a test of a handler's de-duplication. A round counts
   * as delivered when any copy is answered 2xx. Default 1.
   */
  duplicates?: number;
}

/** True for `localhost`, loopback, private and link-local IP literals (no DNS lookup). */
export function isLocalHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(h);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || h === '0.0.0.0';
  }
  return h === '::1' || /^f[cd][0-9a-f]{2}:/.test(h) || /^fe80:/.test(h) || /^::ffff:127\./.test(h);
}

/** One POST of a notification (or a probe). */
export interface DeliveryAttempt {
  /** Emulator time (ms) the attempt started. */
  at: number;
  /** The same as RFC 3339. */
  time: string;
  /** HTTP status answered; undefined when no answer came. */
  status: number | undefined;
  /** True for a 2xx answer. */
  ok: boolean;
  /** Why it failed: network error, timeout, or the start of the answer's body. */
  error: string | undefined;
  /** Real time the attempt took (ms). */
  durationMs: number;
  /** Wechatpay-Timestamp / -Nonce sent (each attempt is signed afresh). */
  timestamp: string;
  nonce: string;
  /** With `duplicates`: which copy of its round this POST was (0 …). */
  copy?: number;
}

/** A notification record as the emulator keeps it (`emulator.notifications`, `GET /__emulator/notifications`). */
export interface DeliveryRecord extends NotificationRecord {
  /** Every attempt, oldest first. */
  history: DeliveryAttempt[];
  /** Emulator time (ms) of the next scheduled attempt, while `pending`. */
  nextAttemptAt: number | undefined;
  /** The decrypted resource, for inspection. */
  resource: Record<string, unknown>;
  /** A `WECHATPAY/SIGNTEST/` probe (sent once, never retried). */
  probe: boolean;
  /** For probes: whether the merchant accepted it (2xx) — a correct handler does not. */
  accepted?: boolean;
  outTradeNo?: string;
  outRefundNo?: string;
}

const SUMMARY: Record<string, string> = {
  'TRANSACTION.SUCCESS': '支付成功', 'REFUND.SUCCESS': '退款成功', 'REFUND.ABNORMAL': '退款异常', 'REFUND.CLOSED': '退款关闭',
};

const MAX_RECORDS = 1000;

/** The REFUND.* notification resource (its field names differ from the refund query's). */
export function refundNotificationResource(merchant: MerchantState, rf: Refund): Record<string, unknown> {
  const q = refundQueryResource(rf);
  const amount = q.amount as Record<string, unknown>;
  const out: Record<string, unknown> = rf.subMchid ? { sp_mchid: merchant.mchid, sub_mchid: rf.subMchid } : { mchid: merchant.mchid };
  Object.assign(out, {
    out_trade_no: rf.outTradeNo, transaction_id: rf.transactionId, out_refund_no: rf.outRefundNo, refund_id: rf.refundId,
    refund_status: rf.status, user_received_account: q.user_received_account,
    amount: { total: amount.total, refund: amount.refund, payer_total: amount.payer_total, payer_refund: amount.payer_refund },
  });
  if (rf.successTime !== undefined) out.success_time = rfc3339(rf.successTime);
  return out;
}

/** What {@link Notifier.send} needs for one notification. */
export interface Outgoing {
  merchant: MerchantState;
  url: string;
  eventType: string;
  resource: Record<string, unknown>;
  /** `transaction`, `refund` … (also the GCM associated data). */
  originalType: string;
  summary?: string;
}

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

  constructor(private readonly emulator: Emulator, options: NotifyOptions = {}) {
    this.settings = Notifier.check({ deliver: true, timeScale: 1, schedule: PLATFORM_SCHEDULE_MS, timeoutMs: 5000, probes: false, remote: false, duplicates: 1, ...options });
    // Control routes; a test's own route with the same method and pattern (Emulator.start({ routes })) keeps winning.
    const taken = new Set(emulator.router.routes().map((r) => `${r.method} ${r.pattern}`));
    emulator.router.add(notifyRoutes.filter((r) => !taken.has(`${r.method} ${r.pattern}`)));
    emulator.on('transaction', ({ merchant, transaction, previous }) => {
      if (transaction.tradeState !== 'SUCCESS' || previous === 'SUCCESS' || !transaction.notifyUrl) return;
      this.send({ merchant, url: transaction.notifyUrl, eventType: 'TRANSACTION.SUCCESS', resource: transactionResource(transaction), originalType: 'transaction' }, { outTradeNo: transaction.outTradeNo });
    });
    emulator.on('refund', ({ merchant, refund, previous }) => {
      if (refund.status === 'PROCESSING' || previous === refund.status || !refund.notifyUrl) return;
      this.send({ merchant, url: refund.notifyUrl, eventType: `REFUND.${refund.status}`, resource: refundNotificationResource(merchant, refund), originalType: 'refund' }, { outTradeNo: refund.outTradeNo, outRefundNo: refund.outRefundNo });
    });
  }

  private static check(s: Required<NotifyOptions>): Required<NotifyOptions> {
    if (typeof s.timeScale !== 'number' || !(s.timeScale >= 0)) throw new Error('Emulator notify: timeScale must be a non-negative number.');
    if (!Array.isArray(s.schedule) || s.schedule.some((d) => typeof d !== 'number' || !(d >= 0))) throw new Error('Emulator notify: schedule must be a list of delays in ms.');
    if (typeof s.timeoutMs !== 'number' || !(s.timeoutMs > 0)) throw new Error('Emulator notify: timeoutMs must be a positive number.');
    if (!Number.isInteger(s.duplicates) || s.duplicates < 1 || s.duplicates > 20) throw new Error('Emulator notify: duplicates must be a whole number from 1 to 20.');
    return s;
  }

  /** The current settings. */
  get options(): Readonly<Required<NotifyOptions>> { return this.settings; }

  /** Change settings while running (e.g. `{ timeScale: 0.001 }`, `{ probes: true }`). */
  configure(options: NotifyOptions): Readonly<Required<NotifyOptions>> {
    this.settings = Notifier.check({ ...this.settings, ...options });
    return this.settings;
  }

  /** Every notification record, oldest first (the same array as `emulator.notifications`). */
  get records(): DeliveryRecord[] { return this.emulator.notifications as DeliveryRecord[]; }

  /** A record by notification id. */
  find(id: string): DeliveryRecord | undefined { return this.records.find((r) => r.id === id); }

  /** Notifications still waiting for a successful attempt. */
  pending(): DeliveryRecord[] { return this.records.filter((r) => r.status === 'pending'); }

  /** Resolve once `test` holds for the records (checked after every attempt), or reject after `timeoutMs` (default 10 s). */
  waitFor(test: (records: DeliveryRecord[]) => boolean, timeoutMs = 10_000): Promise<DeliveryRecord[]> {
    return new Promise((resolve, reject) => {
      if (test(this.records)) { resolve(this.records); return; }
      const check = (): void => {
        if (!test(this.records)) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(this.records);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`Emulator notify: condition not met within ${timeoutMs} ms; records: ${JSON.stringify(this.records.map((r) => ({ id: r.id, eventType: r.eventType, status: r.status, attempts: r.attempts })))}`));
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
    const id = randomUUID();
    const record: DeliveryRecord = {
      id, mchid: merchant.mchid, url: outgoing.url, eventType: outgoing.eventType, body: '', status: 'pending', attempts: 0,
      history: [], nextAttemptAt: undefined, resource: outgoing.resource, probe: false, ...extra,
    };
    this.keep(record);
    if (!merchant.apiv3Key) {
      record.status = 'failed';
      record.error = `merchant ${merchant.mchid} has no apiv3Key to encrypt notifications with`;
      this.changed();
      return record;
    }
    record.body = this.envelope(id, outgoing);
    if (!this.settings.deliver || this.closed) return record;
    const refused = this.refusedTarget(outgoing.url);
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
      merchant, url, eventType: 'TRANSACTION.SUCCESS', originalType: 'transaction',
      resource: { mchid: merchant.mchid, out_trade_no: `PROBE${Date.now()}`, trade_state: 'SUCCESS', amount: { total: 1, payer_total: 1, currency: 'CNY', payer_currency: 'CNY' } },
    };
    const id = randomUUID();
    const record: DeliveryRecord = {
      id, mchid: merchant.mchid, url, eventType: outgoing.eventType, body: '', status: 'pending', attempts: 0,
      history: [], nextAttemptAt: undefined, resource: outgoing.resource, probe: true,
    };
    this.keep(record);
    if (!merchant.apiv3Key) {
      record.status = 'failed';
      record.error = `merchant ${merchant.mchid} has no apiv3Key`;
      this.changed();
      return record;
    }
    record.body = this.envelope(id, { ...outgoing, url });
    const refused = this.refusedTarget(url);
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

  /** Why `url` is not delivered to, or undefined when it is. */
  private refusedTarget(url: string): string | undefined {
    let target: URL;
    try { target = new URL(url); } catch { return `not delivered: notify_url ${url} is not a URL`; }
    if (this.settings.remote || isLocalHost(target.hostname)) return undefined;
    return `not delivered: ${target.hostname} is not a local host (start the emulator with notify: { remote: true } to deliver anywhere)`;
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
    const result = await this.post(record.url, {
      ...headers,
      'Content-Type': 'application/json',
      'Content-Length': String(body.length),
      'Request-ID': randomBytes(16).toString('hex').toUpperCase(),
      'User-Agent': 'Mozilla/4.0 (wechatpay-chain emulator)',
    }, body);
    const attempt: DeliveryAttempt = {
      at, time: rfc3339(at), status: result.status, ok: result.status !== undefined && result.status >= 200 && result.status < 300,
      error: result.error, durationMs: Date.now() - started,
      timestamp: headers['Wechatpay-Timestamp'] as string, nonce: headers['Wechatpay-Nonce'] as string,
    };
    if (copy !== undefined) attempt.copy = copy;
    record.history.push(attempt);
    record.attempts = record.history.length;
    return attempt;
  }

  private post(url: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number | undefined; error: string | undefined }> {
    return new Promise((resolve) => {
      let target: URL;
      try { target = new URL(url); } catch { resolve({ status: undefined, error: `bad notify_url ${url}` }); return; }
      const abort = new AbortController();
      this.aborts.add(abort);
      const lib = target.protocol === 'https:' ? https : http;
      const done = (status: number | undefined, error: string | undefined): void => {
        clearTimeout(timer);
        this.aborts.delete(abort);
        resolve({ status, error });
      };
      const timer = setTimeout(() => abort.abort(), this.settings.timeoutMs);
      const req = lib.request(target, { method: 'POST', headers, signal: abort.signal, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => { if (size < 512) { chunks.push(c); size += c.length; } });
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString('utf8').slice(0, 200);
          done(status, status >= 200 && status < 300 ? undefined : text || `HTTP ${status}`);
        });
        res.on('error', (err) => done(res.statusCode, err.message));
      });
      req.on('error', (err) => done(undefined, abort.signal.aborted ? `no answer within ${this.settings.timeoutMs} ms` : err.message));
      req.end(body);
    });
  }
}

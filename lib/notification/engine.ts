/**
 * The framework-neutral core of every handler: verify (and decrypt), skip duplicates, run the
 * user's function, and turn the outcome into the platform's answer. Adapters only move bytes.
 */
import { ArgumentError, ConfigError } from '../errors';
import { runClaimed } from './claim-cycle';
import { DEFAULT_DEDUP_TTL, type DedupStore, isClaiming, MemoryDedupStore } from './dedup';
import { DedupError } from './dedup-error';
import { headerOf, type NotificationHeaders } from './input';
import { parseWith, type ParseOptions, prepareParseOptions } from './parse';
import { parseV2, type ParseV2Options, secretOf, type V2Notification } from './parse-v2';
import { failure, type NotificationReply, type Protocol, publicMessage, statusOf, success } from './reply';
import type { NotificationEvent } from './types';

/** Where a handler failed, as told to `onError`. */
export type FailureStage = 'verify' | 'handler' | 'dedup';

/** Options every handler takes besides the verification options. */
export interface HandlerCommonOptions {
  /** Largest body accepted, in bytes. Default 256 KiB (notifications are a few KiB). */
  limit?: number;
  /**
   * De-duplication store (notification `id` for APIv3): a repeat of a notification that was already
   * processed is acknowledged without calling your function. Default: an in-memory store; `false`
   * turns it off. With several processes, pass a shared store with claims ({@link RedisDedupStore}).
   */
  dedup?: DedupStore | false;
  /** How long processed ids are remembered, in ms. Default 25 h (the retry schedule spans ~24 h). */
  dedupTtl?: number;
  /**
   * With a claiming store: how long a delivery waits for another delivery of the same id (in this or
   * another process) to finish before answering failure, in ms. Keep it well inside the platform's
   * 5 s answer budget. Default 2000.
   */
  dedupWait?: number;
  /** Status of a success answer, 200 or 204 (both mean "received"). Default 200. */
  successStatus?: 200 | 204;
  /**
   * Told about every refused notification and every failure of your function (the library never
   * logs by itself). `status` is the HTTP status answered.
   */
  onError?: (error: unknown, info: { stage: FailureStage; status: number }) => void;
}

/** Context given to your function along with the notification. */
export interface NotificationContext {
  /** The `Request-ID` header, for logs and WeChat Pay support. */
  requestId: string | undefined;
}

/** Options of an APIv3 handler. */
export interface HandlerOptions extends ParseOptions, HandlerCommonOptions {
  protocol?: 'v3';
}

/** Options of an APIv2 (XML) handler. */
export interface V2HandlerOptions extends ParseV2Options, HandlerCommonOptions {
  protocol: 'v2';
  /**
   * The de-duplication key of a notification. Default: `transaction_id` for payments,
   * `refund_id` + `refund_status` for refunds.
   */
  dedupKey?: (notification: V2Notification) => string;
}

/** Your function for APIv3 notifications. Throw (or reject) to make the platform re-deliver. */
export type NotificationListener = (event: NotificationEvent, context: NotificationContext) => unknown;
/** Your function for APIv2 notifications. Throw (or reject) to make the platform re-deliver. */
export type V2NotificationListener = (notification: V2Notification, context: NotificationContext) => unknown;

/** What arrived, as adapters hand it to the engine. */
export interface IncomingNotification {
  headers: NotificationHeaders;
  body: unknown;
}

export interface Engine {
  readonly protocol: Protocol;
  readonly limit: number;
  /** Process a request and give the answer; never rejects. */
  process(input: IncomingNotification): Promise<NotificationReply>;
  /** The answer for a failure found by an adapter (reading the body, wrong method …). */
  refuse(error: unknown, stage?: FailureStage): NotificationReply;
  /** The answer for a wrong HTTP method. */
  methodNotAllowed(): NotificationReply;
}

/** A verified notification, its de-duplication key and the merchant it is for. */
interface Verified {
  value: NotificationEvent | V2Notification;
  key: string;
  merchant: string | undefined;
}

/** The merchant an APIv3 resource is for (direct merchants: `mchid`; partners: `sp_mchid`). */
function merchantOf(resource: unknown): string | undefined {
  const r = resource as { mchid?: unknown; sp_mchid?: unknown } | null;
  const m = r && typeof r === 'object' ? (r.mchid ?? r.sp_mchid) : undefined;
  return typeof m === 'string' && m !== '' ? m : undefined;
}

/** The platform's (short, secret-free) message for a de-duplication failure. */
function dedupMessage(error: unknown): string {
  return error instanceof DedupError && error.reason === 'BUSY' ? 'being processed by another delivery' : 'de-duplication store failed';
}

function defaultV2Key(n: V2Notification): string {
  return 'req_info' in n ? `refund:${n.req_info.refund_id}:${n.req_info.refund_status}` : `pay:${n.transaction_id ?? `out_trade_no:${n.out_trade_no}`}`;
}

/** Build the engine; throws `ConfigError`/`ArgumentError` at once for bad options. */
export function createEngine(options: HandlerOptions | V2HandlerOptions, listener: NotificationListener | V2NotificationListener): Engine {
  if (!options || typeof options !== 'object')
    throw new ArgumentError('A notification handler needs an options object ({ certs, apiv3Key } or { protocol: "v2", secret }).');
  if (typeof listener !== 'function') throw new ArgumentError('A notification handler needs your function as its second argument.');
  const protocol: Protocol = options.protocol === 'v2' ? 'v2' : 'v3';
  const limit = options.limit ?? 256 * 1024;
  if (!Number.isInteger(limit) || limit < 1) throw new ConfigError('limit', '`limit` must be a positive integer number of bytes.');
  const ttl = options.dedupTtl ?? DEFAULT_DEDUP_TTL;
  if (typeof ttl !== 'number' || !(ttl > 0)) throw new ConfigError('dedupTtl', '`dedupTtl` must be a positive number of milliseconds.');
  const store: DedupStore | undefined = options.dedup === false ? undefined : (options.dedup ?? new MemoryDedupStore());
  if (store && (typeof store.seen !== 'function' || typeof store.remember !== 'function'))
    throw new ConfigError('dedup', '`dedup` must have seen(id) and remember(id, ttl) methods, or be false.');
  const claimMethods = store ? (['claim', 'complete', 'release'] as const).filter((m) => typeof store[m] === 'function') : [];
  if (claimMethods.length > 0 && claimMethods.length < 3)
    throw new ConfigError('dedup', '`dedup` must implement all of claim, complete and release, or none of them.');
  const wait = options.dedupWait ?? 2000;
  if (typeof wait !== 'number' || !(wait >= 0)) throw new ConfigError('dedupWait', '`dedupWait` must be a non-negative number of milliseconds.');
  const okStatus = options.successStatus ?? 200;
  if (okStatus !== 200 && okStatus !== 204) throw new ConfigError('successStatus', '`successStatus` must be 200 or 204.');
  const onError = options.onError;

  let verify: (input: IncomingNotification) => Promise<Verified>;
  if (protocol === 'v2') {
    const v2 = options as V2HandlerOptions;
    const secret = secretOf(v2.secret);
    const keyOf = v2.dedupKey ?? defaultV2Key;
    verify = async (input) => {
      const value = await parseV2(input.body as string | Buffer, { secret });
      return { value, key: keyOf(value), merchant: typeof value.mch_id === 'string' ? value.mch_id : undefined };
    };
  } else {
    const prepared = prepareParseOptions(options as HandlerOptions);
    verify = async (input) => {
      const value = await parseWith({ headers: input.headers, body: input.body as string | Buffer }, prepared);
      return { value, key: value.id, merchant: merchantOf(value.resource) };
    };
  }

  const report = (error: unknown, stage: FailureStage, status: number): void => {
    if (!onError) return;
    try {
      onError(error, { stage, status });
    } catch {
      /* a failing logger must not change the answer */
    }
  };
  const refuse = (error: unknown, stage: FailureStage = 'verify'): NotificationReply => {
    const status = statusOf(error, protocol);
    report(error, stage, status);
    return failure(protocol, status, stage === 'verify' ? publicMessage(error) : stage === 'dedup' ? dedupMessage(error) : 'processing failed');
  };
  // Deliveries of one id that overlap share the first one's outcome instead of running twice.
  const inflight = new Map<string, Promise<NotificationReply>>();

  const run = async ({ value, key, merchant }: Verified, context: NotificationContext): Promise<NotificationReply> => {
    const work = async (): Promise<unknown> => (listener as (v: unknown, c: NotificationContext) => unknown)(value, context);
    if (store && isClaiming(store)) {
      const outcome = await runClaimed({ store, key, merchant, ttl, wait, work });
      if (!outcome.ok) {
        const reply = refuse(outcome.error, outcome.stage);
        for (const w of outcome.warnings) report(w, 'dedup', reply.status);
        return reply;
      }
      for (const w of outcome.warnings) report(w, 'dedup', okStatus);
      return success(protocol, okStatus);
    }
    try {
      if (store && (await store.seen(key, merchant))) return success(protocol, okStatus);
    } catch (err) {
      return refuse(err, 'dedup');
    }
    try {
      await work();
    } catch (err) {
      return refuse(err, 'handler');
    }
    try {
      if (store) await store.remember(key, ttl, merchant);
    } catch (err) {
      // The work is done; answering failure would only cause a re-delivery, so report and succeed.
      report(err, 'dedup', okStatus);
    }
    return success(protocol, okStatus);
  };

  return {
    protocol,
    limit,
    refuse,
    methodNotAllowed: () => failure(protocol, 405, 'method not allowed (POST only)'),
    async process(input) {
      let verified: Verified;
      try {
        verified = await verify(input);
      } catch (err) {
        return refuse(err, 'verify');
      }
      const { key } = verified;
      const context: NotificationContext = { requestId: headerOf(input.headers, 'Request-ID') };
      if (!store) return run(verified, context);
      const pending = inflight.get(key);
      if (pending) return pending;
      const p = run(verified, context).finally(() => inflight.delete(key));
      inflight.set(key, p);
      return p;
    },
  };
}

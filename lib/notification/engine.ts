/**
 * The framework-neutral core of every handler: verify (and decrypt), skip duplicates, run the
 * user's function, and turn the outcome into the platform's answer. Adapters only move bytes.
 */
import { ArgumentError, ConfigError } from '../errors';
import { DEFAULT_DEDUP_TTL, type DedupStore, MemoryDedupStore } from './dedup';
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
   * processed is acknowledged without calling your function. Default: an in-memory store; `false` turns it off.
   */
  dedup?: DedupStore | false;
  /** How long processed ids are remembered, in ms. Default 25 h (the retry schedule spans ~24 h). */
  dedupTtl?: number;
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

function defaultV2Key(n: V2Notification): string {
  return 'req_info' in n ? `refund:${n.req_info.refund_id}:${n.req_info.refund_status}` : `pay:${n.transaction_id ?? `out_trade_no:${n.out_trade_no}`}`;
}

/** Build the engine; throws `ConfigError`/`ArgumentError` at once for bad options. */
export function createEngine(options: HandlerOptions | V2HandlerOptions, listener: NotificationListener | V2NotificationListener): Engine {
  if (!options || typeof options !== 'object') throw new ArgumentError('A notification handler needs an options object ({ certs, apiv3Key } or { protocol: "v2", secret }).');
  if (typeof listener !== 'function') throw new ArgumentError('A notification handler needs your function as its second argument.');
  const protocol: Protocol = options.protocol === 'v2' ? 'v2' : 'v3';
  const limit = options.limit ?? 256 * 1024;
  if (!Number.isInteger(limit) || limit < 1) throw new ConfigError('limit', '`limit` must be a positive integer number of bytes.');
  const ttl = options.dedupTtl ?? DEFAULT_DEDUP_TTL;
  if (typeof ttl !== 'number' || !(ttl > 0)) throw new ConfigError('dedupTtl', '`dedupTtl` must be a positive number of milliseconds.');
  const store: DedupStore | undefined = options.dedup === false ? undefined : options.dedup ?? new MemoryDedupStore();
  if (store && (typeof store.seen !== 'function' || typeof store.remember !== 'function')) throw new ConfigError('dedup', '`dedup` must have seen(id) and remember(id, ttl) methods, or be false.');
  const okStatus = options.successStatus ?? 200;
  if (okStatus !== 200 && okStatus !== 204) throw new ConfigError('successStatus', '`successStatus` must be 200 or 204.');
  const onError = options.onError;

  let verify: (input: IncomingNotification) => Promise<{ value: NotificationEvent | V2Notification; key: string }>;
  if (protocol === 'v2') {
    const v2 = options as V2HandlerOptions;
    const secret = secretOf(v2.secret);
    const keyOf = v2.dedupKey ?? defaultV2Key;
    verify = async (input) => {
      const value = await parseV2(input.body as string | Buffer, { secret });
      return { value, key: keyOf(value) };
    };
  } else {
    const prepared = prepareParseOptions(options as HandlerOptions);
    verify = async (input) => {
      const value = await parseWith({ headers: input.headers, body: input.body as string | Buffer }, prepared);
      return { value, key: value.id };
    };
  }

  const report = (error: unknown, stage: FailureStage, status: number): void => {
    if (!onError) return;
    try { onError(error, { stage, status }); } catch { /* a failing logger must not change the answer */ }
  };
  const refuse = (error: unknown, stage: FailureStage = 'verify'): NotificationReply => {
    const status = statusOf(error, protocol);
    report(error, stage, status);
    return failure(protocol, status, stage === 'verify' ? publicMessage(error) : stage === 'dedup' ? 'de-duplication store failed' : 'processing failed');
  };
  // Deliveries of one id that overlap share the first one's outcome instead of running twice.
  const inflight = new Map<string, Promise<NotificationReply>>();

  const run = async (value: NotificationEvent | V2Notification, key: string, context: NotificationContext): Promise<NotificationReply> => {
    try {
      if (store && await store.seen(key)) return success(protocol, okStatus);
    } catch (err) {
      return refuse(err, 'dedup');
    }
    try {
      await (listener as (v: unknown, c: NotificationContext) => unknown)(value, context);
    } catch (err) {
      return refuse(err, 'handler');
    }
    try {
      if (store) await store.remember(key, ttl);
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
      let verified: { value: NotificationEvent | V2Notification; key: string };
      try {
        verified = await verify(input);
      } catch (err) {
        return refuse(err, 'verify');
      }
      const { value, key } = verified;
      const context: NotificationContext = { requestId: headerOf(input.headers, 'Request-ID') };
      if (!store) return run(value, key, context);
      const pending = inflight.get(key);
      if (pending) return pending;
      const p = run(value, key, context).finally(() => inflight.delete(key));
      inflight.set(key, p);
      return p;
    },
  };
}

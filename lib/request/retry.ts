/**
 * Retries (the built-in `retry` hook around each call). Each attempt is signed afresh (new nonce and
 * timestamp) over the same bytes; nothing about the request changes between attempts. By default:
 *
 * - any method is sent again when it provably never reached the server (connection refused, DNS
 *   failure, connect timeout, TLS handshake failure);
 * - GET, PUT and DELETE are also sent again when a reused keep-alive socket was reset before any byte
 *   of the answer (the server closed it as we reused it), and on 429 and 5xx answers, after an
 *   exponential backoff with jitter that honours `Retry-After` up to `maxDelay`;
 * - POST and PATCH, which may have reached the server, are sent once, unless the caller says the call
 *   is idempotent (`retry: { idempotent: true }`: it carries its own out_trade_no / out_refund_no …,
 *   which the platform de-duplicates).
 *
 * A stream body is never sent twice (it cannot be replayed). Attempt deadlines and the overall
 * budget (`timeout`, `totalTimeout`) bound the whole.
 */
import type { Call } from './call';
import { Attempt, runAttempt, type Settle } from './attempt';
import { ApiError, ArgumentError, ConfigError, TransportError } from '../errors';
import type { Failover } from './failover';
import { getHeader } from './headers';
import { type AttemptListener, attemptEvent, debugEnabled, emit } from './observe';
import { Readable } from 'node:stream';
import type { WechatpayResponse } from './response';
import type { ResolvedRetry, RetryPolicy } from './retry-policy';

export type { RetryPolicy, ResolvedRetry } from './retry-policy';

export const DEFAULT_RETRY: ResolvedRetry = Object.freeze({
  retries: 2,
  idempotent: false,
  statuses: Object.freeze([429, 500, 502, 503, 504]),
  minDelay: 200,
  maxDelay: 5_000,
});

const KEYS = new Set(['retries', 'idempotent', 'statuses', 'minDelay', 'maxDelay']);

/**
 * Merge `option` (client or call level) over `base`. `false` turns retries off; `undefined` keeps
 * `base`. `where` names the option in errors (`Builder.factory` or the call).
 */
export function resolveRetry(option: unknown, base: ResolvedRetry | false, where: 'factory' | string): ResolvedRetry | false {
  if (option === undefined) return base;
  if (option === false) return false;
  const bad = (msg: string): never => {
    if (where === 'factory') throw new ConfigError('retry', `Builder.factory: ${msg}`);
    throw new ArgumentError(`${where}: ${msg}`);
  };
  if (option === true) return base === false ? DEFAULT_RETRY : base;
  if (option === null || typeof option !== 'object' || Array.isArray(option))
    return bad(`\`retry\` must be false or a policy { retries, idempotent, statuses, minDelay, maxDelay }, got ${option === null ? 'null' : typeof option}.`);
  const o = option as RetryPolicy;
  for (const key of Object.keys(o)) if (!KEYS.has(key)) bad(`unknown retry option \`${key}\` (expected retries, idempotent, statuses, minDelay, maxDelay).`);
  const out: ResolvedRetry = { ...(base === false ? DEFAULT_RETRY : base) };
  const count = (name: 'retries' | 'minDelay' | 'maxDelay') => {
    const v = o[name];
    if (v === undefined) return;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) bad(`\`retry.${name}\` must be a non-negative number, got ${String(v)}.`);
    out[name] = name === 'retries' ? Math.floor(v as number) : (v as number);
  };
  count('retries');
  count('minDelay');
  count('maxDelay');
  if (o.idempotent !== undefined) {
    if (typeof o.idempotent !== 'boolean') bad('`retry.idempotent` must be true or false.');
    out.idempotent = o.idempotent;
  }
  if (o.statuses !== undefined) {
    if (!Array.isArray(o.statuses) || o.statuses.some((s) => !Number.isInteger(s) || s < 400 || s > 599))
      bad('`retry.statuses` must be an array of 4xx/5xx status codes.');
    out.statuses = [...o.statuses];
  }
  return out;
}

/** Methods that the HTTP semantics make idempotent. */
function idempotentMethod(method: string): boolean {
  return method === 'GET' || method === 'PUT' || method === 'DELETE';
}

/**
 * Why `error` (from attempt `call.attempt`) may be sent again, or `undefined`. Pure: the delay and the
 * attempt count are checked by the caller.
 */
export function retryReason(error: unknown, call: Call, policy: ResolvedRetry): string | undefined {
  if (call.data instanceof Readable) return undefined;
  const safe = policy.idempotent || idempotentMethod(call.method);
  if (error instanceof TransportError) {
    if (error.code === 'ERR_CANCELED') return undefined;
    if (!call.reached) return `not sent: ${error.code ?? 'connection failed'}`;
    if (safe && call.reused && !call.answered && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) return 'stale keep-alive socket';
    return undefined;
  }
  if (error instanceof ApiError && safe && policy.statuses.includes(error.status)) return `${error.status} ${error.code}`;
  return undefined;
}

/** `Retry-After` in ms (seconds or an HTTP date), or undefined. */
export function retryAfter(error: unknown, now: number = Date.now()): number | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const value = getHeader(error.response.headers, 'Retry-After');
  if (value === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with jitter for retry number `n` (1-based): between half and all of min(max, min·2ⁿ⁻¹). */
export function backoff(n: number, policy: ResolvedRetry, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelay, policy.minDelay * 2 ** (n - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new TransportError('The call was canceled while waiting to retry.', 'ERR_CANCELED'));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new TransportError('The call was canceled while waiting to retry.', 'ERR_CANCELED'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Whether a failure is at the connection level (a failover reason): no answer arrived and it was not ours. */
function connectionFailure(error: unknown, call: Call): boolean {
  if (!(error instanceof TransportError) || error.code === 'ERR_CANCELED') return false;
  // a reset of a pooled socket is a pooling race, not a sign that the host is down
  return !(call.reused && !call.answered && (error.code === 'ECONNRESET' || error.code === 'EPIPE'));
}

/** Record the attempt count on the final error (shown in its summary). */
function countAttempts(error: unknown, attempts: number): void {
  if (error && typeof error === 'object') {
    try {
      (error as { attempts?: number }).attempts = attempts;
    } catch {
      /* frozen: leave it */
    }
  }
}

/** What the built-in `retry` hook needs from the driver. */
export interface RetryContext {
  readonly failover: Failover | undefined;
  readonly listeners: readonly AttemptListener[];
}

export type Next = (call: Call) => Promise<WechatpayResponse>;

/**
 * The built-in `retry` hook: attempts, backoff, failover and the per-attempt event. The first attempt
 * is chained directly (no async frame: most calls end with it); a failure enters the retry loop.
 */
export function createRetryHook(ctx: RetryContext) {
  const succeeded = (call: Call): void => {
    if (ctx.listeners.length || debugEnabled()) emit(ctx.listeners, attemptEvent(call, undefined, undefined, undefined, undefined));
  };

  /** After a failed attempt: decide, wait, send again, until an answer or a final error. */
  async function recover(call: Call, next: Next, primaryUrl: string, failed: unknown): Promise<WechatpayResponse> {
    const failover = ctx.failover;
    let error = failed;
    for (;;) {
      const switched = failover && connectionFailure(error, call) ? failover.failed(call.url) : undefined;
      const policy = call.retry;
      let reason = policy && call.attempt <= policy.retries ? retryReason(error, call, policy) : undefined;
      let delay = 0;
      if (reason !== undefined && policy) {
        if (reason !== 'stale keep-alive socket') {
          delay = backoff(call.attempt, policy);
          const after = retryAfter(error);
          if (after !== undefined) delay = Math.min(policy.maxDelay, Math.max(delay, after));
        }
        // no time left for the wait and a useful attempt: give up with this error
        if (call.remaining() - delay < 50) reason = undefined;
      }
      if (ctx.listeners.length || debugEnabled()) emit(ctx.listeners, attemptEvent(call, error, reason, reason === undefined ? undefined : delay, switched));
      if (reason === undefined) {
        countAttempts(error, call.attempt);
        throw error;
      }
      if (delay > 0) await wait(delay, call.signal);
      if (failover) route(call, failover.route(primaryUrl));
      try {
        const response = await next(call);
        succeeded(call);
        return response;
      } catch (err) {
        error = err;
      }
    }
  }

  /**
   * Around one call: route it, run the first attempt (`first`, which reports to its callback), and on
   * a failure enter the retry loop, whose further attempts go through `next`.
   */
  const around = (call: Call, next: Next, first: (settle: Settle) => void, settle: Settle): void => {
    const primaryUrl = call.url;
    if (ctx.failover) route(call, ctx.failover.route(primaryUrl));
    first((failed, result) => {
      if (!failed) {
        succeeded(call);
        settle(false, result);
        return;
      }
      recover(call, next, primaryUrl, result).then(
        (response) => settle(false, response),
        (err: unknown) => settle(true, err),
      );
    });
  };

  /** The hook run without promises, when it is the only hook (the default): attempts report by callback. */
  const direct: DirectHook = (call, settle) => around(call, runAttempt, (done) => new Attempt(call, done).run(), settle);

  const retry = function retry(call: Call, next: Next): Promise<WechatpayResponse> {
    return new Promise<WechatpayResponse>((resolve, reject) =>
      around(
        call,
        next,
        (done) => {
          let first: Promise<WechatpayResponse>;
          try {
            // a hook further in may hand back any thenable (or a value): take it as a promise
            first = Promise.resolve(next(call));
          } catch (err) {
            first = Promise.reject(err);
          }
          first.then(
            (response) => done(false, response),
            (err: unknown) => done(true, err),
          );
        },
        (failed, result) => (failed ? reject(result) : resolve(result as WechatpayResponse)),
      ),
    );
  };
  Object.defineProperty(retry, DIRECT, { value: direct });
  return retry;
}

/** A hook's form without promises: it runs the attempts itself and reports to `settle`. */
export type DirectHook = (call: Call, settle: Settle) => void;

const DIRECT = Symbol('wechatpay-chain.directHook');

/** The form without promises of the built-in `retry` hook, when `hook` is it. */
export function directHookOf(hook: unknown): DirectHook | undefined {
  return typeof hook === 'function' ? (hook as { [DIRECT]?: DirectHook })[DIRECT] : undefined;
}

/** Point the call at `url` (its signed target follows when the path differs). */
function route(call: Call, url: string): void {
  if (url === call.url) return;
  call.url = url;
  const u = new URL(url);
  call.location = u;
  if (call.target !== undefined) call.target = `${u.pathname}${u.search}`;
}

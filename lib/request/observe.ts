/**
 * One event per attempt, for logs and metrics: what was sent (method, URL without its query), what
 * came back (status, Request-ID) or why not, how long it took, and whether a retry or a failover
 * follows. Nothing secret is in it: no headers, no query (APIv2 GETs carry `sign` there, downloads a
 * token), no body. `NODE_DEBUG=wechatpay` prints one line per attempt through `util.debuglog`.
 */
import { debuglog } from 'node:util';
import type { Call } from './call';
import { ApiError, WechatpayError } from '../errors';
import { getHeader } from './headers';

export interface AttemptEvent {
  protocol: 'v3' | 'v2';
  method: string;
  /** Origin and path of the attempt, without the query. */
  url: string;
  /** The chain's template (`v3/pay/transactions/id/{transaction_id}`). */
  template: string;
  /** 1 for the first try. */
  attempt: number;
  /** Milliseconds from the start of the attempt to its end. */
  duration: number;
  /** HTTP status of the answer, when one arrived. */
  status?: number;
  /** The answer's `Request-ID`. */
  requestId?: string;
  /** The error's class when the attempt failed (`TransportError`, `ApiError`, `SignatureError` …). */
  error?: string;
  /** The error's code (`ECONNREFUSED`, `ETIMEDOUT`, `SYSTEM_ERROR` …). */
  code?: string;
  /** Why another attempt follows; absent when this was the last. */
  retry?: string;
  /** Milliseconds waited before the next attempt. */
  delay?: number;
  /** The base URL the next attempts go to, when this failure switched hosts. */
  failover?: string;
}

export type AttemptListener = (event: AttemptEvent) => void;

const debug = debuglog('wechatpay');
/** NODE_DEBUG is read once, when the process starts: ask once, not on every call. */
const DEBUG = debug.enabled;

function stripQuery(url: string): string {
  const i = url.indexOf('?');
  return i < 0 ? url : url.slice(0, i);
}

/** Describe the attempt that just ended. */
export function attemptEvent(call: Call, error: unknown, retry: string | undefined, delay: number | undefined, failover: string | undefined): AttemptEvent {
  const response = call.response ?? (error instanceof ApiError ? error.response : (error as { response?: Call['response'] } | undefined)?.response);
  const event: AttemptEvent = {
    protocol: call.protocol,
    method: call.method,
    url: stripQuery(call.url),
    template: call.template,
    attempt: call.attempt,
    duration: Date.now() - call.attemptStarted,
  };
  if (response) {
    event.status = response.status;
    const id = getHeader(response.headers, 'Request-ID');
    if (id !== undefined) event.requestId = id;
  }
  if (error !== undefined) {
    event.error = error instanceof Error ? error.name : typeof error;
    const code = (error as { code?: unknown }).code ?? (error instanceof WechatpayError ? (error as { reason?: unknown }).reason : undefined);
    if (typeof code === 'string') event.code = code;
  }
  if (retry !== undefined) {
    event.retry = retry;
    event.delay = delay ?? 0;
  }
  if (failover !== undefined) event.failover = failover;
  return event;
}

/** Whether anyone listens: the driver skips building events when nobody does. */
export function debugEnabled(): boolean {
  return DEBUG;
}

/** Hand the event to the listeners (a throwing listener never breaks the call) and to NODE_DEBUG. */
export function emit(listeners: readonly AttemptListener[], event: AttemptEvent): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch {
      /* a logger's failure must not fail a payment call */
    }
  }
  if (debug.enabled) {
    debug(
      '%s %s attempt %d %s %dms%s%s%s%s',
      event.method,
      event.url,
      event.attempt,
      event.status ?? event.code ?? event.error ?? '-',
      event.duration,
      event.requestId ? ` Request-ID ${event.requestId}` : '',
      event.status !== undefined && event.code ? ` ${event.code}` : '',
      event.retry ? ` → retry (${event.retry}) in ${event.delay}ms` : '',
      event.failover ? ` → failover to ${event.failover}` : '',
    );
  }
}

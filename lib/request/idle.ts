/**
 * Closing pooled keep-alive sockets that sit idle, without a timer on each socket.
 *
 * node:http's own way, the agent's `timeout` option, gives every pooled socket an inactivity timer
 * that stays on while it carries the next request: each read and write re-arms it and each request
 * adds and removes a `timeout` listener, on every call. Here a socket is only stamped when it goes
 * back to the pool, and one sweep per agent, a few times a second while any socket is free, closes
 * those idle too long. A server's `Keep-Alive: timeout=N` hint shortens the limit, as node:http does.
 */
import type * as http from 'node:http';
import type { Socket } from 'node:net';

/** How often the sweep runs while sockets are free (ms); a socket closes at most this late. */
export const SWEEP_EVERY = 250;

/** node:http's margin under a server's `Keep-Alive: timeout` hint (ms). */
const HINT_MARGIN = 1_000;

const CLOSE_AT = Symbol('wechatpay-chain.idleCloseAt');

type Pooled = Socket & { [CLOSE_AT]?: number; _httpMessage?: { res?: { headers: Record<string, string | string[] | undefined> } } };

/** The idle time a socket may spend in the pool (ms): `limit`, or less if its server said so; 0: do not keep it. */
function idleLimit(socket: Pooled, limit: number): number {
  const hint = socket._httpMessage?.res?.headers['keep-alive'];
  const seconds = typeof hint === 'string' ? /^timeout=(\d+)/.exec(hint)?.[1] : undefined;
  if (seconds === undefined) return limit;
  return Math.max(0, Math.min(limit, Number(seconds) * 1000 - HINT_MARGIN));
}

/**
 * Make `agent` (a keep-alive agent made without `timeout`) close a pooled socket after `limit` ms of
 * idleness (at most {@link SWEEP_EVERY} later). Returns the agent.
 */
export function closeWhenIdle<A extends http.Agent>(agent: A, limit: number): A {
  let sweeper: NodeJS.Timeout | undefined;
  const sweep = (): void => {
    const now = Date.now();
    let left = 0;
    const free = agent.freeSockets as NodeJS.ReadOnlyDict<Pooled[]>;
    for (const name in free) {
      for (const socket of free[name] ?? []) {
        if ((socket[CLOSE_AT] ?? 0) <= now) socket.destroy();
        else left += 1;
      }
    }
    if (left === 0 && sweeper !== undefined) {
      clearInterval(sweeper);
      sweeper = undefined;
    }
  };
  agent.keepSocketAlive = (socket: Pooled): boolean => {
    const allowed = idleLimit(socket, limit);
    if (allowed === 0) return false;
    socket.setKeepAlive(true, (agent as { keepAliveMsecs?: number }).keepAliveMsecs ?? 1000);
    socket.unref();
    // a timer a request left on the socket (a streamed answer's) must not follow it into the next one
    if (socket.timeout) socket.setTimeout(0);
    socket[CLOSE_AT] = Date.now() + allowed;
    if (sweeper === undefined) {
      sweeper = setInterval(sweep, SWEEP_EVERY);
      sweeper.unref();
    }
    return true;
  };
  return agent;
}

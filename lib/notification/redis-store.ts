/**
 * `RedisDedupStore`: the claim cycle on Redis, so several processes (or machines) behind a load
 * balancer run your function once per notification. Every operation is one Lua script (atomic on
 * the server; `SET … NX PX` claims), and a claim's random token fences it: a process whose lease ran
 * out can neither complete nor release the claim another process has taken since.
 *
 * You pass your own client — ioredis or node-redis (v4+) — so no Redis client is a dependency of
 * this package.
 */
import { createHash } from 'node:crypto';
import { claimToken, type ClaimingDedupStore, type DedupClaim, leaseOf } from './dedup';
import { DedupError } from './dedup-error';

/** The part of an ioredis client (`new Redis()`, ioredis 4+) the store uses. */
export interface IoRedisLike {
  evalsha(sha1: string, numkeys: number, ...args: Array<string | number>): Promise<unknown>;
  eval(script: string, numkeys: number, ...args: Array<string | number>): Promise<unknown>;
}

/** The part of a node-redis client (`createClient()`, v4+, connected) the store uses. */
export interface NodeRedisLike {
  sendCommand(args: string[]): Promise<unknown>;
}

/** An ioredis or node-redis client. */
export type RedisClientLike = IoRedisLike | NodeRedisLike;

export interface RedisDedupStoreOptions {
  /** Key prefix; keys are `PREFIX<merchant>:<id>` (`-` for an unknown merchant). Default `wechatpay:notify:`. */
  prefix?: string;
  /** How long a claim holds an id, in ms: longer than your function ever runs. Default 20 000. */
  lease?: number;
  /** Longest wait for one Redis answer, in ms, before the store fails with `STORE_TIMEOUT`. Default 2000. */
  timeout?: number;
}

const DONE = 'done';

// KEYS[1] the id's key; ARGV[1] token, ARGV[2] lease (ms).
const CLAIM = `
if redis.call('SET', KEYS[1], 'claim:' .. ARGV[1], 'NX', 'PX', ARGV[2]) then return {'claimed'} end
local v = redis.call('GET', KEYS[1])
if v == '${DONE}' then return {'done'} end
return {'busy', redis.call('PTTL', KEYS[1])}`;

// ARGV[1] token, ARGV[2] ttl (ms). 1: our claim became done; 0: the lease had run out (marked done
// when nobody else holds the id; left alone when another claim or a completion is there).
const COMPLETE = `
local v = redis.call('GET', KEYS[1])
if v == 'claim:' .. ARGV[1] then redis.call('SET', KEYS[1], '${DONE}', 'PX', ARGV[2]) return 1 end
if not v then redis.call('SET', KEYS[1], '${DONE}', 'PX', ARGV[2]) end
return 0`;

// ARGV[1] token. 1: released; 0: the claim was no longer ours.
const RELEASE = `
if redis.call('GET', KEYS[1]) == 'claim:' .. ARGV[1] then redis.call('DEL', KEYS[1]) return 1 end
return 0`;

const SEEN = `if redis.call('GET', KEYS[1]) == '${DONE}' then return 1 end return 0`;

// ARGV[1] ttl (ms).
const REMEMBER = `redis.call('SET', KEYS[1], '${DONE}', 'PX', ARGV[1]) return 1`;

interface Script {
  source: string;
  sha: string;
}
function script(source: string): Script {
  return { source, sha: createHash('sha1').update(source).digest('hex') };
}
const SCRIPTS = { claim: script(CLAIM), complete: script(COMPLETE), release: script(RELEASE), seen: script(SEEN), remember: script(REMEMBER) };
type Op = keyof typeof SCRIPTS;

type Runner = (s: Script, key: string, args: string[]) => Promise<unknown>;

function isNoScript(err: unknown): boolean {
  return err instanceof Error && /NOSCRIPT/.test(err.message);
}

/** One function that runs a script on whichever client was given (cached by SHA, loaded on NOSCRIPT). */
function runnerFor(redis: unknown): Runner {
  const c = redis as Partial<IoRedisLike & NodeRedisLike> | null;
  // ioredis names the command `evalsha`; node-redis has `EVALSHA` / `evalSha` and `sendCommand(args[])`.
  if (c && typeof c.evalsha === 'function' && typeof c.eval === 'function') {
    const io = c as IoRedisLike;
    return async (s, key, args) => {
      try {
        return await io.evalsha(s.sha, 1, key, ...args);
      } catch (err) {
        if (!isNoScript(err)) throw err;
        return io.eval(s.source, 1, key, ...args);
      }
    };
  }
  if (c && typeof c.sendCommand === 'function') {
    const node = c as NodeRedisLike;
    return async (s, key, args) => {
      try {
        return await node.sendCommand(['EVALSHA', s.sha, '1', key, ...args]);
      } catch (err) {
        if (!isNoScript(err)) throw err;
        return node.sendCommand(['EVAL', s.source, '1', key, ...args]);
      }
    };
  }
  throw new TypeError('RedisDedupStore: pass an ioredis client (new Redis(…)) or a connected node-redis v4+ client (createClient(…)).');
}

/** A store error's message without credentials a connection URL may carry. */
function safeMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/(\w+:\/\/)[^@/\s]*@/g, '$1***@').slice(0, 300);
}

/**
 * De-duplication on Redis with claims: pass it as `dedup` to any notification handler.
 *
 * @example
 * import Redis from 'ioredis';                      // or: import { createClient } from 'redis'
 * const dedup = new RedisDedupStore(new Redis(process.env.REDIS_URL), { prefix: 'shop:wxpay:', lease: 20_000 });
 * http.createServer(Notification.handler({ certs, apiv3Key, dedup }, fn));
 */
export class RedisDedupStore implements ClaimingDedupStore {
  /** Key prefix. */
  readonly prefix: string;
  /** How long a claim holds an id, in ms. */
  readonly lease: number;
  /** Longest wait for one Redis answer, in ms. */
  readonly timeout: number;
  private readonly run: Runner;

  constructor(redis: RedisClientLike, options: RedisDedupStoreOptions = {}) {
    this.run = runnerFor(redis);
    this.prefix = options.prefix ?? 'wechatpay:notify:';
    if (typeof this.prefix !== 'string') throw new TypeError('RedisDedupStore: prefix must be a string.');
    this.lease = leaseOf(options.lease, 'RedisDedupStore');
    this.timeout = options.timeout ?? 2000;
    if (typeof this.timeout !== 'number' || !(this.timeout > 0)) throw new RangeError('RedisDedupStore: timeout must be a positive number of milliseconds.');
  }

  /** The Redis key of `id` for `merchant`. */
  key(id: string, merchant?: string): string {
    return `${this.prefix}${merchant || '-'}:${id}`;
  }

  async seen(id: string, merchant?: string): Promise<boolean> {
    return Number(await this.call('seen', id, merchant, [])) === 1;
  }

  async remember(id: string, ttl: number, merchant?: string): Promise<void> {
    await this.call('remember', id, merchant, [String(Math.ceil(ttl))]);
  }

  async claim(id: string, merchant?: string): Promise<DedupClaim> {
    const token = claimToken();
    const late = (reply: unknown): void => {
      // Claimed after we stopped waiting: give it back at once rather than holding it for a whole lease.
      if (Array.isArray(reply) && String(reply[0]) === 'claimed') void this.release(id, token, merchant).catch(() => undefined);
    };
    const reply = await this.call('claim', id, merchant, [token, String(this.lease)], late);
    const [state, ttl] = Array.isArray(reply) ? reply : [];
    if (String(state) === 'claimed') return { state: 'claimed', token };
    if (String(state) === 'done') return { state: 'done' };
    if (String(state) === 'busy') return { state: 'busy', expiresIn: Number(ttl) };
    throw new DedupError('STORE_FAILED', id, `RedisDedupStore: unexpected claim reply ${JSON.stringify(reply)}.`);
  }

  async complete(id: string, token: string, ttl: number, merchant?: string): Promise<boolean> {
    return Number(await this.call('complete', id, merchant, [token, String(Math.ceil(ttl))])) === 1;
  }

  async release(id: string, token: string, merchant?: string): Promise<boolean> {
    return Number(await this.call('release', id, merchant, [token])) === 1;
  }

  /** Run one script with a timeout; every failure becomes a {@link DedupError} naming the operation. */
  private call(op: Op, id: string, merchant: string | undefined, args: string[], afterTimeout?: (reply: unknown) => void): Promise<unknown> {
    const key = this.key(id, merchant);
    return new Promise((resolve, reject) => {
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        reject(new DedupError('STORE_TIMEOUT', id, `RedisDedupStore: ${op} of ${key} got no answer from Redis within ${this.timeout} ms.`));
      }, this.timeout);
      let pending: Promise<unknown>;
      try {
        pending = this.run(SCRIPTS[op], key, args);
      } catch (err) {
        pending = Promise.reject(err);
      }
      pending.then(
        (reply) => {
          clearTimeout(timer);
          if (timedOut) afterTimeout?.(reply);
          else resolve(reply);
        },
        (err: unknown) => {
          clearTimeout(timer);
          if (!timedOut) reject(new DedupError('STORE_FAILED', id, `RedisDedupStore: ${op} of ${key} failed: ${safeMessage(err)}`, { cause: err }));
        },
      );
    });
  }
}

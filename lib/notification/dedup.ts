/**
 * De-duplication of notifications. The platform re-delivers (on failure, and sometimes from
 * several servers within seconds), so a handler remembers the ids it has processed and
 * acknowledges a repeat without running the user's code again.
 *
 * Two protocols:
 * - `seen` / `remember`: enough for one process (and kept for existing stores);
 * - `claim` → `complete` / `release`: a store shared by several processes hands each id to one
 *   process at a time under a lease, so two processes never run the user's code for one id at once.
 */
import { randomBytes } from 'node:crypto';

/** What {@link DedupStore.claim} found. */
export type DedupClaim =
  /** The id is now ours until the lease passes; `token` proves it to `complete` / `release`. */
  | { state: 'claimed'; token: string }
  /** The id was processed successfully (and is still remembered). */
  | { state: 'done' }
  /** Another delivery holds the id; its lease passes in `expiresIn` ms (unknown: -1). */
  | { state: 'busy'; expiresIn: number };

/**
 * A store of processed notification ids. Methods may be synchronous or return promises.
 *
 * `merchant` is the merchant id the notification is for (`mchid`, `sp_mchid` or APIv2 `mch_id`),
 * or undefined when the notification does not say; shared stores use it to namespace their keys.
 *
 * A store that implements `claim`, `complete` and `release` (all three) is used through them;
 * `seen` and `remember` then serve only callers of their own.
 */
export interface DedupStore {
  /** True when `id` was processed successfully and is still remembered. */
  seen(id: string, merchant?: string): boolean | Promise<boolean>;
  /** Remember `id` as processed for `ttl` milliseconds. */
  remember(id: string, ttl: number, merchant?: string): void | Promise<void>;
  /**
   * Atomically: when `id` is neither done nor claimed, claim it for the store's lease and return a
   * fresh token; otherwise say which it is.
   */
  claim?(id: string, merchant?: string): DedupClaim | Promise<DedupClaim>;
  /**
   * Mark `id` done for `ttl` ms, if the claim `token` still holds it (or nobody does: the lease ran
   * out but no one else claimed it). Resolves false when the lease had run out before — the work
   * took longer than the lease, so another delivery may have run it too.
   */
  complete?(id: string, token: string, ttl: number, merchant?: string): boolean | Promise<boolean>;
  /** Drop the claim `token` on `id` (the work failed), so the next delivery runs it. False when the claim was no longer ours. */
  release?(id: string, token: string, merchant?: string): boolean | Promise<boolean>;
}

/** A {@link DedupStore} that implements the claim cycle. */
export type ClaimingDedupStore = DedupStore & Required<Pick<DedupStore, 'claim' | 'complete' | 'release'>>;

/** True when `store` implements the whole claim cycle. */
export function isClaiming(store: DedupStore): store is ClaimingDedupStore {
  return typeof store.claim === 'function' && typeof store.complete === 'function' && typeof store.release === 'function';
}

/** The platform's retry schedule spans about 24 h 4 min; remember ids a little longer by default. */
export const DEFAULT_DEDUP_TTL = 25 * 60 * 60 * 1000;

/**
 * Default claim lease: longer than any function that answers within the platform's 5 s, and
 * shorter than the 30 s after which the platform's third re-delivery comes, so the work of a
 * process that died is picked up by an early re-delivery.
 */
export const DEFAULT_DEDUP_LEASE = 20_000;

/** A fresh, unguessable claim token. */
export function claimToken(): string {
  return randomBytes(12).toString('hex');
}

/** Checks a lease option (a positive whole number of ms); `where` names the caller in the message. */
export function leaseOf(lease: unknown, where: string): number {
  const value = lease ?? DEFAULT_DEDUP_LEASE;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new RangeError(`${where}: lease must be a positive whole number of milliseconds, got ${String(lease)}.`);
  }
  return value;
}

export interface MemoryDedupStoreOptions {
  /** Most ids kept; the oldest are dropped first (claims in progress are kept). Default 10 000. */
  max?: number;
  /** How long a claim holds an id, in ms. Default {@link DEFAULT_DEDUP_LEASE}. */
  lease?: number;
  /** Clock in ms since epoch. Default `Date.now`. */
  clock?: () => number;
}

interface Entry {
  until: number;
  /** Undefined once done. */
  token: string | undefined;
}

/** In-memory {@link DedupStore} with expiry, a bounded size and the claim cycle (one process only). */
export class MemoryDedupStore implements ClaimingDedupStore {
  private readonly entries = new Map<string, Entry>();
  private readonly max: number;
  private readonly clock: () => number;
  /** How long a claim holds an id, in ms. */
  readonly lease: number;

  constructor(options: MemoryDedupStoreOptions = {}) {
    this.max = options.max ?? 10_000;
    if (!Number.isInteger(this.max) || this.max < 1) throw new RangeError('MemoryDedupStore: max must be a positive integer.');
    this.lease = leaseOf(options.lease, 'MemoryDedupStore');
    this.clock = options.clock ?? Date.now;
  }

  // One process holds one merchant's notifications or several: ids are unique across merchants, so `merchant` is not needed here.
  seen(id: string, _merchant?: string): boolean {
    const e = this.live(id);
    return e !== undefined && e.token === undefined;
  }

  remember(id: string, ttl: number, _merchant?: string): void {
    this.set(id, { until: this.clock() + ttl, token: undefined });
  }

  claim(id: string, _merchant?: string): DedupClaim {
    const e = this.live(id);
    if (e && e.token === undefined) return { state: 'done' };
    if (e) return { state: 'busy', expiresIn: e.until - this.clock() };
    const token = claimToken();
    this.set(id, { until: this.clock() + this.lease, token });
    return { state: 'claimed', token };
  }

  complete(id: string, token: string, ttl: number, _merchant?: string): boolean {
    const e = this.live(id);
    if (e && e.token !== token) return false;
    this.set(id, { until: this.clock() + ttl, token: undefined });
    return e !== undefined;
  }

  release(id: string, token: string, _merchant?: string): boolean {
    const e = this.live(id);
    if (!e || e.token !== token) return false;
    this.entries.delete(id);
    return true;
  }

  /** Number of ids kept, done or claimed (an expired id is dropped when looked up or evicted). */
  get size(): number {
    return this.entries.size;
  }

  private live(id: string): Entry | undefined {
    const e = this.entries.get(id);
    if (e && e.until <= this.clock()) {
      this.entries.delete(id);
      return undefined;
    }
    return e;
  }

  private set(id: string, entry: Entry): void {
    // Re-insert so the Map's order stays oldest-first for eviction.
    this.entries.delete(id);
    this.entries.set(id, entry);
    if (this.entries.size > this.max) this.prune();
  }

  private prune(): void {
    // Insertion order is oldest-first, so dropping from the front keeps the most recent ids.
    // A claim in progress is kept: dropping it would let a second delivery run at the same time.
    for (const [id, e] of this.entries) {
      if (this.entries.size <= this.max) break;
      if (e.token === undefined) this.entries.delete(id);
    }
  }
}

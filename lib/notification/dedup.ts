/**
 * De-duplication of notifications. The platform re-delivers (on failure, and sometimes from
 * several servers within seconds), so a handler remembers the ids it has processed and
 * acknowledges a repeat without running the user's code again. Plug in a shared store (Redis,
 * a database table) when several processes receive notifications.
 */

/** A store of processed notification ids. Methods may be synchronous or return promises. */
export interface DedupStore {
  /** True when `id` was processed successfully and is still remembered. */
  seen(id: string): boolean | Promise<boolean>;
  /** Remember `id` as processed for `ttl` milliseconds. */
  remember(id: string, ttl: number): void | Promise<void>;
}

/** The platform's retry schedule spans about 24 h 4 min; remember ids a little longer by default. */
export const DEFAULT_DEDUP_TTL = 25 * 60 * 60 * 1000;

export interface MemoryDedupStoreOptions {
  /** Most ids kept; the oldest are dropped first. Default 10 000. */
  max?: number;
  /** Clock in ms since epoch. Default `Date.now`. */
  clock?: () => number;
}

/** In-memory {@link DedupStore} with expiry and a bounded size (one process only). */
export class MemoryDedupStore implements DedupStore {
  private readonly expiries = new Map<string, number>();
  private readonly max: number;
  private readonly clock: () => number;

  constructor(options: MemoryDedupStoreOptions = {}) {
    this.max = options.max ?? 10_000;
    if (!Number.isInteger(this.max) || this.max < 1) throw new RangeError('MemoryDedupStore: max must be a positive integer.');
    this.clock = options.clock ?? Date.now;
  }

  seen(id: string): boolean {
    const until = this.expiries.get(id);
    if (until === undefined) return false;
    if (until <= this.clock()) { this.expiries.delete(id); return false; }
    return true;
  }

  remember(id: string, ttl: number): void {
    // Re-insert so the Map's order stays oldest-first for eviction.
    this.expiries.delete(id);
    this.expiries.set(id, this.clock() + ttl);
    if (this.expiries.size > this.max) this.prune();
  }

  /** Number of ids kept (an expired id is dropped when looked up or evicted). */
  get size(): number { return this.expiries.size; }

  private prune(): void {
    // Insertion order is oldest-first, so dropping from the front keeps the most recent ids.
    for (const id of this.expiries.keys()) {
      if (this.expiries.size <= this.max) break;
      this.expiries.delete(id);
    }
  }
}

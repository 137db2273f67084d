// What a retry policy says (the option callers write, the resolved form the retry hook reads), apart from
// the hook so the call and the options can name it without importing the retry step.
/** `retry` in `Builder.factory` and per call. */
export interface RetryPolicy {
  /** Attempts after the first (default 2: three in all; a 500 may be a configuration fault, so few). */
  retries?: number;
  /**
   * The call carries its own idempotency key (`out_trade_no`, `out_refund_no`, `out_batch_no` …),
   * so POST and PATCH are retried like GET. Default false.
   */
  idempotent?: boolean;
  /** Answer statuses that are retried (default 429, 500, 502, 503, 504). */
  statuses?: number[];
  /** First backoff in ms (default 200); it doubles with each retry, with jitter. */
  minDelay?: number;
  /** The longest wait between attempts, `Retry-After` included (ms, default 5 000). */
  maxDelay?: number;
}

/** A policy with every field filled. */
export interface ResolvedRetry {
  retries: number;
  idempotent: boolean;
  statuses: readonly number[];
  minDelay: number;
  maxDelay: number;
}

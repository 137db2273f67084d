/**
 * Why de-duplication could not give a clear answer. Handlers report it through `onError` with
 * stage `dedup`; the platform is answered failure (so it re-delivers) unless your function had
 * already succeeded.
 */
import { WechatpayError } from '../errors';

export type DedupFailure =
  /** The store failed (Redis unreachable, a script error …); `cause` holds the store's error. */
  | 'STORE_FAILED'
  /** The store did not answer within its timeout. */
  | 'STORE_TIMEOUT'
  /** Another delivery of the same id was still running when this one stopped waiting. */
  | 'BUSY'
  /** Your function finished after its claim's lease ran out: the lease is shorter than the work. */
  | 'LEASE_EXPIRED';

/** A de-duplication store failure or an outcome that could not be settled. */
export class DedupError extends WechatpayError {
  readonly reason: DedupFailure;
  /** The notification id concerned. */
  readonly id: string;
  constructor(reason: DedupFailure, id: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
    this.id = id;
  }
}

/**
 * The rate limit: requests counted per merchant and `METHOD route` in fixed windows of emulator
 * time; past the limit the gateway answers 429 RATE_LIMITED.
 */
import { Failure } from '../failure';
import type { RateLimit } from '../faults';
import type { MerchantState } from '../merchant';

/** Count this request; throws 429 when it is over `limit`. `key` is the route pattern (or the path when none matched). */
export function checkRate(limit: RateLimit | undefined, merchant: MerchantState, method: string, key: string, pathname: string, now: number): void {
  if (!limit) return;
  if (limit.path !== undefined && !(typeof limit.path === 'string' ? pathname.startsWith(limit.path) : limit.path.test(pathname))) return;
  const windowMs = limit.windowMs ?? 1000;
  const slot = `${method} ${key}`;
  const entry = merchant.rate.get(slot);
  if (!entry || now - entry.start >= windowMs || now < entry.start) {
    merchant.rate.set(slot, { start: now, count: 1 });
    return;
  }
  entry.count += 1;
  if (entry.count > limit.limit) {
    throw new Failure(429, 'RATE_LIMITED', `More than ${limit.limit} requests to ${method} ${key} within ${windowMs} ms; lower the rate and retry.`);
  }
}

/**
 * Running your function under a claim, for stores shared by several processes:
 *
 *   claim ─ done ──────────────────────────────→ success, function not run
 *         ─ busy → wait (poll) until done / free, at most `wait` ms → else failure (platform re-delivers)
 *         ─ claimed → run ─ resolves → complete → success
 *                         ─ throws   → release  → failure (the re-delivery runs it again)
 *
 * A store failure before your function ran is answered failure, never success.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { ClaimingDedupStore, DedupClaim } from './dedup';
import { DedupError } from './dedup-error';

/** What the engine gives the cycle for one delivery. */
export interface ClaimCycle {
  store: ClaimingDedupStore;
  key: string;
  merchant: string | undefined;
  /** How long a done id is remembered, in ms. */
  ttl: number;
  /** Longest wait for another delivery's outcome, in ms. */
  wait: number;
  /** Runs your function (rejects when it throws). */
  work: () => Promise<unknown>;
}

/** How the cycle ended. */
export type CycleOutcome =
  /** Answer success: done before, or your function resolved (`warnings` to report, the answer stays success). */
  | { ok: true; ran: boolean; warnings: DedupError[] }
  /** Answer failure: `stage` says whose (`handler`: your function threw). */
  | { ok: false; stage: 'dedup' | 'handler'; error: unknown; warnings: DedupError[] };

/** A store's own error, wrapped so `onError` says which step failed; our own errors pass through. */
export function storeError(err: unknown, key: string, step: string): DedupError {
  if (err instanceof DedupError) return err;
  const text = err instanceof Error ? err.message : String(err);
  return new DedupError('STORE_FAILED', key, `De-duplication store: ${step} of notification ${key} failed: ${text}`, { cause: err });
}

/** Claim `key`, waiting (polling) while another delivery holds it, up to `wait` ms. */
async function claimWithin(c: ClaimCycle): Promise<DedupClaim | DedupError> {
  const deadline = Date.now() + c.wait;
  let pause = 10;
  for (;;) {
    let claim: DedupClaim;
    try {
      claim = await c.store.claim(c.key, c.merchant);
    } catch (err) {
      return storeError(err, c.key, 'claim');
    }
    if (claim.state !== 'busy') return claim;
    const left = deadline - Date.now();
    if (left <= 0) {
      return new DedupError(
        'BUSY',
        c.key,
        `Notification ${c.key} is being processed by another delivery (its claim ends in ${claim.expiresIn} ms); answered failure so the platform re-delivers.`,
      );
    }
    // Poll sooner when the other claim is about to run out (its process may have died).
    const until = claim.expiresIn >= 0 ? claim.expiresIn + 1 : pause;
    await sleep(Math.max(1, Math.min(pause, left, until)));
    pause = Math.min(pause * 2, 100);
  }
}

/** One delivery through the claim cycle. Never rejects. */
export async function runClaimed(c: ClaimCycle): Promise<CycleOutcome> {
  const warnings: DedupError[] = [];
  const claim = await claimWithin(c);
  if (claim instanceof DedupError) return { ok: false, stage: 'dedup', error: claim, warnings };
  if (claim.state === 'done') return { ok: true, ran: false, warnings };
  if (claim.state !== 'claimed')
    return {
      ok: false,
      stage: 'dedup',
      error: new DedupError('STORE_FAILED', c.key, `De-duplication store: claim of ${c.key} gave an unknown state.`),
      warnings,
    };
  const { token } = claim;
  const started = Date.now();
  try {
    await c.work();
  } catch (error) {
    // Free the id before answering, so the platform's re-delivery can run it at once.
    try {
      await c.store.release(c.key, token, c.merchant);
    } catch (err) {
      warnings.push(storeError(err, c.key, 'release'));
    }
    return { ok: false, stage: 'handler', error, warnings };
  }
  try {
    const held = await c.store.complete(c.key, token, c.ttl, c.merchant);
    if (!held) {
      warnings.push(
        new DedupError(
          'LEASE_EXPIRED',
          c.key,
          `Notification ${c.key}: your function took ${Date.now() - started} ms, longer than the claim's lease, so another delivery may have run it too; make the lease longer than your function ever runs.`,
        ),
      );
    }
  } catch (err) {
    // The work is done: answering failure would only make the platform re-deliver it.
    warnings.push(storeError(err, c.key, 'complete'));
  }
  return { ok: true, ran: true, warnings };
}

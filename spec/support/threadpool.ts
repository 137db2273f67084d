/**
 * Fill every libuv threadpool thread with a known stretch of work (PBKDF2, calibrated here), so a
 * spec can tell work that runs on the threadpool (it has to wait for a free thread) from work on
 * the main thread (it does not).
 */
import { pbkdf2, pbkdf2Sync } from 'node:crypto';
import { performance } from 'node:perf_hooks';

/** Threads in the pool: UV_THREADPOOL_SIZE, 4 by default. */
export const THREADPOOL_SIZE = Number(process.env.UV_THREADPOOL_SIZE ?? 4) || 4;

/** Iterations of PBKDF2-SHA256 that take about `ms` on this machine. */
function iterationsFor(ms: number): number {
  const probe = 20_000;
  const t0 = performance.now();
  pbkdf2Sync('calibrate', 'salt', probe, 32, 'sha256');
  const took = Math.max(performance.now() - t0, 0.5);
  return Math.max(probe, Math.round((probe * ms) / took));
}

/**
 * Occupy all threadpool threads for about `ms`; resolves with `performance.now()` when the first
 * thread is free again.
 */
export function occupyThreadpool(ms = 300): Promise<number> {
  const iterations = iterationsFor(ms);
  return new Promise((resolve, reject) => {
    let first: number | undefined;
    for (let i = 0; i < THREADPOOL_SIZE; i += 1) {
      pbkdf2(`busy${i}`, 'salt', iterations, 32, 'sha256', (err) => {
        if (err) {
          reject(err);
          return;
        }
        if (first === undefined) {
          first = performance.now();
          resolve(first);
        }
      });
    }
  });
}

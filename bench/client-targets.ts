/**
 * bench:client's closing lines: issue 12's targets, checked against the figures of one run.
 *
 * "Today's" in the targets is the client as it was when the issue was filed: with BENCH_BEFORE that
 * build runs in the same rounds (variant `before`) and the main-thread and event-loop targets are
 * checked against it; without it they fall back to today's client with a main-thread `signer`
 * (every later trim included, so a far stricter baseline), and say so.
 */
import { ratio, type Result } from './client-stats';

const check = (ok: boolean): string => (ok ? 'met' : 'NOT MET');
// three decimals: a ratio that rounds to the limit may still miss it (the check uses the exact median)
const x = (v: number): string => `${v.toFixed(3)}×`;

export function printTargets(r16: Result, r64: Result, before: string | undefined, r1?: Result): void {
  // alone, a call is signed and verified on the calling thread: its floor is the synchronous one
  const cpu1 = r1 ? ratio(r1, 'chain', 'floor-sync', (s) => s.cpu) : undefined;
  const cpu16 = ratio(r16, 'chain', 'floor-pool', (s) => s.cpu);
  const cpu64 = ratio(r64, 'chain', 'floor-pool', (s) => s.cpu);
  const cpuSync = ratio(r16, 'chain-sync', 'floor-sync', (s) => s.cpu);
  const mainPool = ratio(r16, 'chain', 'floor-pool', (s) => s.main);
  const mainPoolSign = ratio(r16, 'chain', 'floor-pool-sign', (s) => s.main);
  const rpsPool = ratio(r64, 'chain', 'floor-pool', (s) => s.rps);
  const rpsPlugin = ratio(r64, 'chain', 'plugin', (s) => s.rps);
  // the baseline "today's": the build the issue was filed against, else today's client with a main-thread signer
  const base = before ? 'before' : 'chain-sync';
  const baseName = before
    ? `the client at ${before} (variant "before")`
    : 'the main-thread signer (no BENCH_BEFORE: a stricter stand-in for the original client)';
  const mainToday = ratio(r16, 'chain', base, (s) => s.main);
  const eld = ratio(r64, 'chain', base, (s) => s.eld);
  const eldFloor = ratio(r64, 'floor-pool', base, (s) => s.eld);
  const eldSyncFloor = ratio(r64, 'chain', 'floor-sync', (s) => s.eld);
  console.log(`\ntargets (wechatpay-chain with its defaults; "today's" = ${baseName}):`);
  console.log(
    `  client CPU per call vs the floor of the same signing mode ≤ 1.10×: ${cpu1 === undefined ? '' : `alone ${x(cpu1)} (synchronous); `}threadpool ${x(cpu16)} at 16, ${x(cpu64)} at 64 in flight; main-thread signer ${x(cpuSync)} at 16 — ${check(Math.max(cpu1 ?? 0, cpu16, cpu64, cpuSync) <= 1.1)}`,
  );
  console.log(
    `  main-thread time per call (16 in flight) ≤ 0.5× today's: ${x(mainToday)}; ≤ 1.2× the threadpool floor's: ${x(mainPool)} — ${check(mainToday <= 0.5 && mainPool <= 1.2)}` +
      ` (${x(mainPoolSign)} the floor that verifies on the main thread)`,
  );
  console.log(
    `  event-loop delay p99 at 64 in flight ≤ 0.3× today's: ${x(eld)} — ${check(eld <= 0.3)}` +
      ` (the threadpool floor: ${x(eldFloor)} of it; the client vs the synchronous floor: ${x(eldSyncFloor)})`,
  );
  if (before) {
    console.log(
      `  against today's client with a main-thread signer instead: main-thread ${x(ratio(r16, 'chain', 'chain-sync', (s) => s.main))}, event-loop p99 ${x(ratio(r64, 'chain', 'chain-sync', (s) => s.eld))}`,
    );
  }
  console.log(
    `  throughput at 64 in flight ≥ 0.85× the threadpool floor: ${x(rpsPool)}; ≥ 2× wechatpay-axios-plugin: ${x(rpsPlugin)} — ${check(rpsPool >= 0.85 && rpsPlugin >= 2)}`,
  );
}

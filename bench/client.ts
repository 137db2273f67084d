/**
 * bench:client — what a signed-and-verified APIv3 call costs the client, side by side with the floors (bench/floor.ts)
 * (raw node:http with one RSA sign and one verify: the sign synchronous, or on the libuv threadpool
 * through crypto.sign's callback form) and with wechatpay-axios-plugin, the Node peer.
 *
 * The gateway runs in another process and answers with pre-computed signatures, so the client has the
 * machine's other core. Each variant runs in a process of its own (bench/client-worker.ts), so no
 * variant pays for another's garbage, heap size or JIT feedback (one heap holding the peer library and
 * an older build of this one charged every variant ~0.1× of the floor); the parent only sends the
 * order to run a block and collects the figures. Every variant is warmed first; then, for 1, 16 and 64 calls in flight, blocks
 * of each variant run interleaved (order rotated each round). Each figure is the median over rounds of
 * a per-block figure or ratio, ratios taken against the floor measured in the same round:
 *   - client CPU per call (process CPU, threadpool included) vs the floor of the same mode (the
 *     threadpool floor signs and verifies on the threadpool, as the client does with calls in flight);
 *   - main-thread CPU per call (the main thread's own on-CPU time, from /proc; event-loop busy time
 *     where /proc is missing);
 *   - event-loop delay p99 (perf_hooks.monitorEventLoopDelay, 1 ms resolution);
 *   - throughput (calls/s) vs the threadpool floor.
 * Then a many-merchants run in a child process: 1,000 clients, one call each, counting the sockets
 * the gateway holds open and the memory each additional client costs.
 *
 * Environment: BENCH_BLOCK (calls per block, default 400), BENCH_ROUNDS (default 24),
 * BENCH_IN_FLIGHT (default 1,16,64), BENCH_MERCHANTS (default 1000), BENCH_ONLY (comma-separated
 * variant keys: chain, chain-sync, plugin; the floors, and with BENCH_BEFORE `before`, always run).
 *
 * Same-run baseline: `BENCH_BEFORE=<git ref>` builds that commit's lib/ once under
 * build/before-<sha>/ (bench/build-ref.ts) and runs its client, with the same options against the
 * same gateway, as one more interleaved variant ("before"); the targets set against "today's" client
 * (main-thread time, event-loop delay) are then checked against it. Issue 12 was filed against
 * `2e13de7^`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { MAX_SOCKETS_PER_ORIGIN } from '../lib/request/transport';
import { buildRefCached } from './build-ref';
import { fig, ratio, type Result, type Sample } from './client-stats';
import { printTargets } from './client-targets';
import { hasSchedstat, variantInfos, type VariantInfo } from './client-variants';
import { PUB } from './floor';

const BLOCK = Number(process.env.BENCH_BLOCK ?? 400);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 24);
const WARM_ROUNDS = 5;
const MERCHANTS = Number(process.env.BENCH_MERCHANTS ?? 1000);
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean);
const IN_FLIGHT = (process.env.BENCH_IN_FLIGHT ?? '1,16,64').split(',').map(Number);
const BEFORE = process.env.BENCH_BEFORE || undefined;

const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = (k: KeyObject, type: 'pkcs8' | 'spki') => k.export({ type, format: 'pem' }).toString();

/** A variant running in its own process (bench/client-worker.ts). */
interface Variant extends VariantInfo {
  child: ChildProcess;
}

function ipc<T>(child: ChildProcess, pick: (m: Record<string, unknown>) => T | undefined, send?: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (m: unknown) => {
      const msg = m as Record<string, unknown>;
      if (typeof msg.error === 'string') {
        done();
        reject(new Error(msg.error));
        return;
      }
      const v = pick(msg);
      if (v !== undefined) {
        done();
        resolve(v);
      }
    };
    const onExit = (code: number | null) => reject(new Error(`the child process exited (${code})`));
    const done = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    if (send !== undefined) child.send(send as string);
  });
}

/** Start every variant's process and wait until each has checked one answer. */
async function startVariants(url: string): Promise<Variant[]> {
  const infos = variantInfos(BEFORE).filter((v) => !ONLY || v.key.startsWith('floor') || v.key === 'before' || ONLY.includes(v.key));
  const beforeDist = BEFORE ? buildRefCached(BEFORE).dist : undefined;
  const all = infos.map((info) => ({
    ...info,
    child: fork(join(__dirname, 'client-worker.js'), [], {
      env: {
        ...process.env,
        BENCH_VARIANT: info.key,
        BENCH_URL: url,
        BENCH_MERCHANT_KEY: pem(merchant.privateKey, 'pkcs8'),
        BENCH_PLATFORM_KEY: pem(platform.privateKey, 'pkcs8'),
        ...(beforeDist ? { BENCH_BEFORE_DIST: beforeDist } : {}),
      },
    }),
  }));
  await Promise.all(
    all.map((v) => ipc(v.child, (m) => (m.ready ? true : undefined)).catch((err: Error) => Promise.reject(new Error(`${v.name}: ${err.message}`)))),
  );
  return all;
}

const run = (v: Variant, n: number, inFlight: number): Promise<Sample> => ipc(v.child, (m) => m.sample as Sample | undefined, { n, inFlight });

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

async function measure(all: Variant[], inFlight: number): Promise<Result> {
  // warm: discarded rounds of every variant (JIT, sockets, threadpool threads). Five, not two: with two,
  // the first three measured rounds at 1 in flight still gave the client 1.2–1.4× the floor against
  // ~1.05× after them (a larger client reaches its optimised steady state later than the floor)
  for (let r = 0; r < WARM_ROUNDS; r += 1) for (const v of all) await run(v, BLOCK, inFlight);
  const samples = new Map<string, Sample[]>(all.map((v) => [v.key, []]));
  for (let r = 0; r < ROUNDS; r += 1) {
    // rotate the order so no variant always runs first or right after another
    for (let i = 0; i < all.length; i += 1) {
      const v = all[(i + r) % all.length] as Variant;
      samples.get(v.key)?.push(await run(v, BLOCK, inFlight));
    }
  }
  return { samples, rounds: ROUNDS };
}

function report(all: Variant[], res: Result, inFlight: number): void {
  console.log(`\n${inFlight} calls in flight — ${res.rounds} interleaved rounds × ${BLOCK} calls per variant (medians; ratios per round)`);
  console.log(
    `  ${pad('variant', 52)} ${lpad('CPU µs', 7)} ${lpad('vs floor', 8)} ${lpad('main µs', 8)} ${lpad('vs pool', 7)} ${lpad('ELD p99', 8)} ${lpad('calls/s', 8)} ${lpad('vs pool', 7)}`,
  );
  for (const v of all) {
    const floor = v.mode(inFlight) === 'sync' ? 'floor-sync' : 'floor-pool';
    console.log(
      `  ${pad(v.name, 52)} ${lpad(fig(res, v.key, (s) => s.cpu).toFixed(0), 7)} ${lpad(`${ratio(res, v.key, floor, (s) => s.cpu).toFixed(2)}×`, 8)}` +
        ` ${lpad(fig(res, v.key, (s) => s.main).toFixed(0), 8)} ${lpad(`${ratio(res, v.key, 'floor-pool', (s) => s.main).toFixed(2)}×`, 7)}` +
        ` ${lpad(`${fig(res, v.key, (s) => s.eld).toFixed(1)}ms`, 8)} ${lpad(fig(res, v.key, (s) => s.rps).toFixed(0), 8)} ${lpad(`${ratio(res, v.key, 'floor-pool', (s) => s.rps).toFixed(2)}×`, 7)}`,
    );
  }
}

async function startGateway(): Promise<{ child: ChildProcess; url: string }> {
  const child = fork(join(__dirname, 'gateway.js'), [], {
    env: { ...process.env, BENCH_PLATFORM_KEY: pem(platform.privateKey, 'pkcs8'), BENCH_SERIAL: PUB },
  });
  return { child, url: await ipc(child, (m) => m.url as string | undefined) };
}

/** In a child process, against a gateway of its own, so only the merchants' sockets are counted. */
async function manyMerchants(): Promise<void> {
  const gateway = await startGateway();
  try {
    const child = fork(join(__dirname, 'merchants.js'), [], {
      execArgv: ['--expose-gc'],
      env: {
        ...process.env,
        BENCH_URL: gateway.url,
        BENCH_SERIAL: PUB,
        BENCH_MERCHANTS: String(MERCHANTS),
        BENCH_MERCHANT_KEY: pem(merchant.privateKey, 'pkcs8'),
        BENCH_PLATFORM_PUBLIC: pem(platform.publicKey, 'spki'),
      },
    });
    const done = await ipc(child, (m) => (m.clients === undefined ? undefined : (m as { clients: number; builtKB: number; calledKB: number })));
    const sockets = await ipc(gateway.child, (m) => m.connections as number | undefined, 'connections');
    child.disconnect();
    console.log(`\nmany merchants: ${done.clients} clients (one more warmed first), one call each, 64 in flight`);
    console.log(
      `  open sockets to the gateway: ${sockets} (${(sockets / done.clients).toFixed(2)} per client); the shared pool's limit per origin: ${MAX_SOCKETS_PER_ORIGIN}`,
    );
    console.log(
      `  memory per additional client (heap + external, after GC): ${done.builtKB.toFixed(1)} KB built, ${done.calledKB.toFixed(1)} KB after its call`,
    );
    console.log(
      `  target: sockets ≤ ${MAX_SOCKETS_PER_ORIGIN} and ≤ 20 KB per client — ${sockets <= MAX_SOCKETS_PER_ORIGIN && done.calledKB <= 20 ? 'met' : 'NOT MET'}`,
    );
  } finally {
    gateway.child.disconnect();
  }
}

async function main(): Promise<void> {
  const { child: gateway, url } = await startGateway();
  let all: Variant[] = [];
  try {
    all = await startVariants(url);
    console.log(
      `bench:client — node ${process.version}, UV_THREADPOOL_SIZE=${process.env.UV_THREADPOOL_SIZE ?? '4 (default)'}, gateway in another process (pre-signed answers)`,
    );
    console.log(
      `  CPU: process CPU per call, vs the floor of the same signing mode; main: main thread's own CPU per call${hasSchedstat ? '' : ' (event-loop busy time)'};`,
    );
    console.log('  "vs pool": against the threadpool floor; ELD p99: event-loop delay, 99th percentile');
    const results = new Map<number, Result>();
    for (const inFlight of IN_FLIGHT) {
      const res = await measure(all, inFlight);
      results.set(inFlight, res);
      report(all, res, inFlight);
    }
    const r16 = results.get(16);
    const r64 = results.get(64);
    const has = (key: string) => all.some((v) => v.key === key);
    if (r16 && r64 && has('chain') && has('chain-sync') && has('plugin') && (!BEFORE || has('before'))) printTargets(r16, r64, BEFORE, results.get(1));
  } finally {
    for (const v of all) v.child.disconnect();
    gateway.disconnect();
  }
  if (MERCHANTS > 0) await manyMerchants();
}

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);

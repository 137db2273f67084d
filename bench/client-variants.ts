/**
 * bench:client's variants and the block each runs: what one call of every variant is (the floors of
 * bench/floor.ts, wechatpay-chain with its defaults and with a main-thread signer, the Node peer, and
 * with BENCH_BEFORE an older build of this client), and how a block of calls is timed. Each variant
 * runs in a process of its own (bench/client-worker.ts).
 */
import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import Wechatpay from 'wechatpay-axios-plugin';
import { Builder, type Client } from '../lib';
import type { Sample } from './client-stats';
import { floorClient, MCHID, PUB, SERIAL, type Mode } from './floor';

export interface VariantInfo {
  key: string;
  name: string;
  /** Which floor its CPU is compared with: how it signs at that many calls in flight. */
  mode: (inFlight: number) => Mode;
}

const sync = (): Mode => 'sync';

/** Every variant, in report order; `before` only with BENCH_BEFORE. */
export function variantInfos(before: string | undefined): VariantInfo[] {
  const all: VariantInfo[] = [
    { key: 'floor-sync', name: 'floor: node:http + sync crypto.sign + verify', mode: sync },
    { key: 'floor-pool', name: 'floor: node:http + threadpool sign + verify', mode: () => 'pool' },
    { key: 'floor-pool-sign', name: 'floor: threadpool sign, main-thread verify', mode: () => 'pool' },
    // the default: a local key signs, and answers are verified, on the threadpool when other calls are in flight
    { key: 'chain', name: 'wechatpay-chain (privateKey, defaults)', mode: (n) => (n > 1 ? 'pool' : 'sync') },
    // a synchronous signer of the caller's own: signing, and so verifying, on the main thread
    { key: 'chain-sync', name: 'wechatpay-chain, main-thread `signer`', mode: sync },
    { key: 'plugin', name: 'wechatpay-axios-plugin 0.9.6', mode: sync },
  ];
  // that build signs every call on the main thread
  if (before) all.push({ key: 'before', name: `wechatpay-chain at ${before} (defaults)`.slice(0, 52), mode: sync });
  return all;
}

/** What a worker needs to build its variant's call (passed in its environment). */
export interface VariantEnv {
  url: string;
  merchantKey: string;
  platformPrivate: string;
  /** dist/cjs of the BENCH_BEFORE build, for variant `before`. */
  beforeDist?: string;
}

/** One call of variant `key`, built once. */
export function makeCall(key: string, env: VariantEnv): () => Promise<unknown> {
  const merchant = createPrivateKey(env.merchantKey);
  const platform = createPublicKey(createPrivateKey(env.platformPrivate));
  const certs = { [PUB]: platform };
  const url = env.url;
  const chain = (client: Client) => () => client.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'BENCH0001', query: { mchid: MCHID } });
  const base = { mchid: MCHID, serial: SERIAL, certs, baseURL: url };
  switch (key) {
    case 'floor-sync':
      return floorClient(url, merchant, platform, 'sync');
    case 'floor-pool':
      return floorClient(url, merchant, platform, 'pool');
    case 'floor-pool-sign':
      return floorClient(url, merchant, platform, 'pool-sign');
    case 'chain':
      return chain(Builder.factory({ ...base, privateKey: merchant }));
    case 'chain-sync':
      return chain(Builder.factory({ ...base, signer: (m) => sign('sha256', Buffer.from(m, 'utf8'), merchant).toString('base64') }));
    case 'plugin': {
      // its typings take PEM text (it parses keys once, at construction)
      const pem = (k: KeyObject, type: 'pkcs8' | 'spki') => k.export({ type, format: 'pem' }).toString();
      const plugin = new Wechatpay({ mchid: MCHID, serial: SERIAL, privateKey: env.merchantKey, certs: { [PUB]: pem(platform, 'spki') }, baseURL: url });
      return () => plugin.v3.pay.transactions.outTradeNo._out_trade_no_.get({ params: { mchid: MCHID }, out_trade_no: 'BENCH0001' });
    }
    case 'before': {
      const old = (require(join(env.beforeDist ?? '', 'index.js')) as { Builder: { factory(config: Record<string, unknown>): Client } }).Builder;
      return chain(old.factory({ ...base, privateKey: merchant }));
    }
    default:
      throw new Error(`unknown bench:client variant "${key}"`);
  }
}

/** On-CPU time of the main thread alone, in µs (Linux schedstat; event-loop busy time elsewhere). */
const schedstat = `/proc/self/task/${process.pid}/schedstat`;
export const hasSchedstat = (() => {
  try {
    readFileSync(schedstat);
    return true;
  } catch {
    return false;
  }
})();
function mainThreadMicros(): number {
  if (hasSchedstat) return Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1000;
  return performance.eventLoopUtilization().active * 1000;
}

const eld = monitorEventLoopDelay({ resolution: 1 });

/** `n` calls, `inFlight` at a time: per-call CPU and main-thread time, event-loop delay p99, calls/s. */
export async function block(call: () => Promise<unknown>, n: number, inFlight: number): Promise<Sample> {
  let next = 0;
  const worker = async () => {
    while (next < n) {
      next += 1;
      await call();
    }
  };
  eld.reset();
  eld.enable();
  const main0 = mainThreadMicros();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const main = mainThreadMicros() - main0;
  eld.disable();
  return { cpu: (cpu.user + cpu.system) / n, main: main / n, eld: eld.percentile(99) / 1e6, rps: n / (wall / 1000) };
}

/**
 * `npm run bench:emulator`: throughput and latency of signed order queries against the emulator
 * running in another process on this machine. Every answer is signature-checked by the client,
 * and the emulator checks every request, so both sides' crypto is in the figures.
 * Options (environment): BENCH_REQUESTS (default 4000), BENCH_CONCURRENCY (default 32).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Builder, type UntypedNode } from '../lib';
import { Emulator, type EmulatorClientOptions } from '../lib/emulator';

interface Ready {
  options: EmulatorClientOptions;
  outTradeNo: string;
}

async function serve(): Promise<void> {
  const emulator = await Emulator.start();
  const options = emulator.clientOptions();
  const client = Builder.factory(options) as unknown as UntypedNode;
  const outTradeNo = `BENCH${Date.now()}`;
  await client.v3.pay.transactions.native.post({
    json: {
      appid: 'wxd678efh567hg6787',
      mchid: options.mchid,
      description: 'bench',
      out_trade_no: outTradeNo,
      notify_url: 'https://example.com/n',
      amount: { total: 1 },
    },
  });
  await emulator.pay(outTradeNo);
  (process.send as (m: Ready) => void)({ options, outTradeNo });
  // Asked for its CPU time, the emulator process reports it (µs, user + system).
  process.on('message', () => {
    const u = process.cpuUsage();
    (process.send as (m: number) => void)(u.user + u.system);
  });
  process.on('disconnect', () => {
    void emulator.close().then(() => process.exit(0));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function run(client: UntypedNode, ready: Ready, total: number, concurrency: number): Promise<{ seconds: number; latencies: number[] }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  async function worker(): Promise<void> {
    while (next < total) {
      next += 1;
      const t0 = performance.now();
      const res = await client.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: ready.outTradeNo, query: { mchid: ready.options.mchid } });
      latencies.push(performance.now() - t0);
      if ((res.data as { trade_state?: string }).trade_state !== 'SUCCESS') throw new Error('unexpected answer');
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b) };
}

async function bench(): Promise<void> {
  const total = Number(process.env.BENCH_REQUESTS ?? 4000);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 32);
  const child: ChildProcess = fork(__filename, ['serve'], { stdio: 'inherit' });
  try {
    const ready = await new Promise<Ready>((resolve, reject) => {
      child.once('message', (m) => resolve(m as Ready));
      child.once('exit', (code) => reject(new Error(`the emulator process exited (${code})`)));
    });
    const client = Builder.factory(ready.options) as unknown as UntypedNode;
    const cpu = (): Promise<number> =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve(m as number));
        child.send('cpu');
      });
    await run(client, ready, 300, concurrency); // warm-up: JIT, keep-alive sockets
    const cpuBefore = await cpu();
    const { seconds, latencies } = await run(client, ready, total, concurrency);
    const emulatorCpu = (await cpu()) - cpuBefore;
    const ms = (v: number): string => `${v.toFixed(2)} ms`;
    console.log(`emulator benchmark: signed GET /v3/pay/transactions/out-trade-no/{no} (request signed + checked, answer signed + verified)`);
    console.log(`  node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}); client and emulator in separate processes`);
    console.log(`  ${total} requests, ${concurrency} in flight: ${(total / seconds).toFixed(0)} requests/s over ${seconds.toFixed(2)} s`);
    console.log(
      `  emulator process CPU: ${(emulatorCpu / 1000 / total).toFixed(3)} ms per request (${((emulatorCpu / 1e6 / seconds) * 100).toFixed(0)}% of one core; the rest is the client)`,
    );
    console.log(
      `  latency p50 ${ms(percentile(latencies, 50))}, p90 ${ms(percentile(latencies, 90))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies[latencies.length - 1] as number)}`,
    );
  } finally {
    child.disconnect();
  }
}

if (process.argv[2] === 'serve') {
  serve().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
} else {
  bench().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}

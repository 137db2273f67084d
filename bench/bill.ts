/**
 * `npm run bench:bill`: download a large bill (500 MB by default) from the emulator running in its
 * own process, once streamed (`Download.stream`, consumed chunk by chunk) and once buffered
 * (`Download.buffer`, the whole file in memory), each in a fresh child process so its peak RSS is
 * its own. Both check the SHA-1 against hash_value. Prints throughput and peak RSS.
 * Options (environment): BENCH_BILL_MB (default 500), BENCH_GZIP=1 (tar_type=GZIP, level 1).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Builder, Download, type FileDescriptor } from '../lib';
import { Emulator, type EmulatorClientOptions } from '../lib/emulator';
import { billSettings } from '../lib/emulator/routes/bills';

type Mode = 'stream' | 'buffer';

interface Job {
  mode: Mode;
  options: EmulatorClientOptions;
  bill: FileDescriptor;
}
interface Result {
  mode: Mode;
  bytes: number;
  seconds: number;
  maxRssMB: number;
  baselineRssMB: number;
}

const MB = 1024 * 1024;

/** Child: the emulator, bills of the requested size. */
async function serve(): Promise<void> {
  const emulator = await Emulator.start({ mode: 'certificate' });
  Object.assign(billSettings(emulator), { bytes: Number(process.env.BENCH_BILL_MB ?? 500) * MB, gzipLevel: 1, ttlMs: 3_600_000 });
  (process.send as (m: EmulatorClientOptions) => void)(emulator.clientOptions());
  process.on('disconnect', () => {
    void emulator.close().then(() => process.exit(0));
  });
}

/** Child: one download, measured. */
async function download(job: Job): Promise<void> {
  const client = Builder.factory(job.options);
  const baselineRssMB = process.memoryUsage().rss / MB;
  const started = performance.now();
  let bytes = 0;
  if (job.mode === 'stream') {
    const stream = await Download.stream(client, job.bill);
    for await (const chunk of stream) bytes += (chunk as Buffer).length;
  } else {
    bytes = (await Download.buffer(client, job.bill)).length;
  }
  const seconds = (performance.now() - started) / 1000;
  const result: Result = { mode: job.mode, bytes, seconds, maxRssMB: process.resourceUsage().maxRSS / 1024, baselineRssMB };
  (process.send as (m: Result) => void)(result);
  process.disconnect();
}

function child(args: string[]): ChildProcess {
  return fork(__filename, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

function once<T>(proc: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    proc.once('message', (m) => resolve(m as T));
    proc.once('exit', (code) => reject(new Error(`child exited with code ${code} before answering`)));
  });
}

async function main(): Promise<void> {
  const sizeMB = Number(process.env.BENCH_BILL_MB ?? 500);
  const gzip = process.env.BENCH_GZIP === '1';
  const server = child(['serve']);
  const options = await once<EmulatorClientOptions>(server);
  try {
    const client = Builder.factory(options);
    const applied = performance.now();
    const answer = await client.v3.bill.tradebill.get({ query: { bill_date: '2024-06-01', ...(gzip ? { tar_type: 'GZIP' as const } : {}) } });
    const bill = answer.data as FileDescriptor;
    process.stdout.write(
      `bill: ~${sizeMB} MB trade bill${gzip ? ' (tar_type=GZIP, level 1)' : ''}; the emulator hashed it in ${((performance.now() - applied) / 1000).toFixed(1)} s\n`,
    );
    const results: Result[] = [];
    for (const mode of ['stream', 'buffer'] as Mode[]) {
      const proc = child(['download']);
      const done = once<Result>(proc);
      proc.send({ mode, options, bill } satisfies Job);
      results.push(await done);
    }
    process.stdout.write(
      `\n${'mode'.padEnd(8)}${'MB'.padStart(9)}${'seconds'.padStart(10)}${'MB/s'.padStart(9)}${'peak RSS MB'.padStart(14)}${'start RSS MB'.padStart(15)}\n`,
    );
    for (const r of results) {
      const mb = r.bytes / MB;
      process.stdout.write(
        `${r.mode.padEnd(8)}${mb.toFixed(1).padStart(9)}${r.seconds.toFixed(2).padStart(10)}${(mb / r.seconds).toFixed(0).padStart(9)}${r.maxRssMB.toFixed(0).padStart(14)}${r.baselineRssMB.toFixed(0).padStart(15)}\n`,
      );
    }
    process.stdout.write(
      '\nBoth runs checked the SHA-1 of the plain CSV against hash_value. Throughput includes the emulator making the CSV in another process on this machine.\n',
    );
  } finally {
    server.disconnect();
  }
}

const role = process.argv[2];
if (role === 'serve') void serve();
else if (role === 'download')
  process.once('message', (job) => {
    void download(job as Job);
  });
else
  main().catch((err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exitCode = 1;
  });

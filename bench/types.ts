/**
 * `npm run bench:types`: what the generated endpoint types cost a consumer's type check, and what
 * the runtime catalogue costs at load.
 *
 * Three small projects are type-checked with `tsc --extendedDiagnostics` against the built package
 * (dist/cjs, `skipLibCheck: true` as documented): a baseline with no client, the client imported with
 * no call, and bench/fixtures/consumer.ts (50 distinct endpoints, the three spellings). Best of N
 * runs; the figure that matters is the consumer's check time minus the baseline's (goal < 0.5 s).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist', 'cjs');
const TSC = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GOAL_SECONDS = 0.5;

interface Figures { check: number; total: number; parse: number; memoryMb: number; types: number }

function diagnostics(project: string): Figures {
  const text = execFileSync(process.execPath, [TSC, '-p', project, '--extendedDiagnostics'], { encoding: 'utf8' });
  const num = (label: string): number => {
    const m = new RegExp(`^${label}:\\s+([0-9.]+)`, 'm').exec(text);
    if (!m) throw new Error(`tsc printed no "${label}" for ${project}:\n${text}`);
    return Number(m[1]);
  };
  return { check: num('Check time'), total: num('Total time'), parse: num('Parse time'), memoryMb: num('Memory used') / 1024, types: num('Types') };
}

function best(project: string): Figures {
  const runs: Figures[] = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(diagnostics(project));
  const min = (k: keyof Figures): number => Math.min(...runs.map((r) => r[k]));
  return { check: min('check'), total: min('total'), parse: min('parse'), memoryMb: min('memoryMb'), types: min('types') };
}

function project(dir: string, name: string, source: string): string {
  const p = join(dir, name);
  mkdirSync(p, { recursive: true });
  writeFileSync(join(p, 'main.ts'), source);
  writeFileSync(join(p, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'commonjs', moduleResolution: 'node10', lib: ['ES2022'], strict: true, noEmit: true,
      skipLibCheck: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')],
    },
    files: ['main.ts'],
  }, null, 2));
  return p;
}

interface LoadFigures { loadMs: number; firstMs: number; callNs: number }

/** In a fresh process: require time, first call time, then the mean of 100 000 further calls. */
function loadTime(file: string, call: string): LoadFigures {
  const script = `const t0 = process.hrtime.bigint();
    const m = require(${JSON.stringify(file)});
    const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const t1 = process.hrtime.bigint();
    ${call};
    const firstMs = Number(process.hrtime.bigint() - t1) / 1e6;
    const n = 100000; const t2 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) { ${call}; }
    const callNs = Number(process.hrtime.bigint() - t2) / n;
    console.log(JSON.stringify({ loadMs, firstMs, callNs }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as LoadFigures;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function main(): void {
  if (!existsSync(join(DIST, 'index.d.ts')) || !existsSync(join(DIST, 'openapi', 'paths.d.ts'))) {
    throw new Error('dist/cjs is missing or has no generated declarations: run `npm run build` first (npm run bench:types does).');
  }
  // Inside build/ so that `axios` and @types resolve from the repo's node_modules; the built package
  // is snapshotted first, so a concurrent `npm run build` cannot pull it away mid-run.
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  const tmp = mkdtempSync(join(ROOT, 'build', 'bench-types-'));
  try {
    const snapshot = join(tmp, 'package');
    cpSync(DIST, snapshot, { recursive: true });
    const pkg = JSON.stringify(snapshot);
    const baseline = project(tmp, 'baseline', `export async function consume(): Promise<unknown[]> {
  const out: unknown[] = [];
  out.push(await Promise.resolve({ ok: true }));
  return out;
}
`);
    const importOnly = project(tmp, 'import-only', `import type { Client } from ${pkg};
export async function consume(client: Client): Promise<unknown[]> {
  return [client.getDriver()];
}
`);
    const fixture = readFileSync(join(ROOT, 'bench', 'fixtures', 'consumer.ts'), 'utf8');
    if (!fixture.includes("from '../../lib'")) throw new Error('bench/fixtures/consumer.ts no longer imports ../../lib');
    const consumer = project(tmp, 'consumer-50', fixture.replace("from '../../lib'", `from ${pkg}`));
    const calls = (fixture.match(/await /g) ?? []).length;

    console.log(`bench:types — tsc ${execFileSync(process.execPath, [TSC, '-v'], { encoding: 'utf8' }).trim()}, best of ${RUNS} runs, skipLibCheck: true`);
    const rows: Array<[string, Figures]> = [
      ['baseline (no client)', best(baseline)],
      ['client imported, no call', best(importOnly)],
      [`consumer, ${calls} typed calls`, best(consumer)],
    ];
    console.log(`${'project'.padEnd(30)}${'check s'.padStart(9)}${'parse s'.padStart(9)}${'total s'.padStart(9)}${'types'.padStart(9)}${'memory MB'.padStart(11)}`);
    for (const [name, f] of rows) {
      console.log(`${name.padEnd(30)}${f.check.toFixed(2).padStart(9)}${f.parse.toFixed(2).padStart(9)}${f.total.toFixed(2).padStart(9)}${String(f.types).padStart(9)}${f.memoryMb.toFixed(0).padStart(11)}`);
    }
    const [, base] = rows[0] as [string, Figures];
    const [, used] = rows[2] as [string, Figures];
    const added = used.check - base.check;
    console.log(`added check time for ${calls} typed calls: ${added.toFixed(2)} s (goal < ${GOAL_SECONDS} s: ${added < GOAL_SECONDS ? 'met' : 'NOT met'}); added total time ${(used.total - base.total).toFixed(2)} s`);

    const catalogueFile = join(snapshot, 'openapi', 'catalogue.js');
    const samplesFile = join(snapshot, 'openapi', 'samples.js');
    const cat = Array.from({ length: 5 }, () => loadTime(catalogueFile, "m.isDownloadPath('/v3/merchant-service/images/abc'); m.needsClientCertificate('/secapi/pay/refund'); m.hostFor('/v3/pay/transactions/native')"));
    const samples = Array.from({ length: 3 }, () => loadTime(samplesFile, "m.sampleFor('GET', '/v3/marketing/favor/stocks/9856000')"));
    console.log(`runtime catalogue: require ${median(cat.map((c) => c.loadMs)).toFixed(2)} ms (median of 5 fresh processes); 3 lookups ${median(cat.map((c) => c.callNs)).toFixed(0)} ns`);
    console.log(`emulator samples (lazy; the client never loads them): require ${median(samples.map((c) => c.loadMs)).toFixed(2)} ms, first sampleFor (parses the table) ${median(samples.map((c) => c.firstMs)).toFixed(2)} ms, then ${median(samples.map((c) => c.callNs)).toFixed(0)} ns per lookup`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();

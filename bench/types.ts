/**
 * `npm run bench:types`: what the generated endpoint types cost a consumer, and what the runtime
 * catalogue costs at load.
 *
 * Small projects are type-checked with `tsc --extendedDiagnostics` against a snapshot of the built
 * package (dist/cjs): a baseline with no client, the client imported with no call, and
 * bench/fixtures/consumer.ts (50 distinct endpoints, the three spellings), each with
 * `skipLibCheck: true` (as documented); the baseline and the import again with `skipLibCheck: false`.
 * Every project is run once to warm the file cache, then BENCH_BLOCKS blocks run each project once in
 * turn; each figure is the median over blocks of (project − baseline of the same block), with the
 * per-block ratio beside it, so load from other processes cancels out instead of skewing one side.
 * Memory is tsc's own "Memory used" (heap after a forced GC: tsc runs with --expose-gc).
 *
 * Editor completion: a TypeScript language service over the import-only project asks for the
 * members at `client.v3.pay.` after an edit, warm (after a first request), interleaved with the same
 * request at a plain local object as the floor.
 *
 * Before/after in one run: `BENCH_BEFORE=<git ref>` (e.g. `main`) builds that commit's package in a
 * temporary folder and measures its projects in the same blocks, so the figures of both and the
 * median of the per-block ratios (after ÷ before, of the cost each adds) come from one run.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { buildRef, ROOT } from './build-ref';

const DIST = join(ROOT, 'dist', 'cjs');
const TSC = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 3);
const BEFORE = process.env.BENCH_BEFORE;
const GOALS = { importSeconds: 0.2, importMb: 25, noSkipSeconds: 1, completionMs: 150, consumerCheckSeconds: 0.5 };

interface Figures {
  check: number;
  total: number;
  parse: number;
  memoryMb: number;
  types: number;
}

function diagnostics(project: string): Figures {
  const text = execFileSync(process.execPath, ['--expose-gc', TSC, '-p', project, '--extendedDiagnostics'], { encoding: 'utf8' });
  const num = (label: string): number => {
    const m = new RegExp(`^${label}:\\s+([0-9.]+)`, 'm').exec(text);
    if (!m) throw new Error(`tsc printed no "${label}" for ${project}:\n${text}`);
    return Number(m[1]);
  };
  return { check: num('Check time'), total: num('Total time'), parse: num('Parse time'), memoryMb: num('Memory used') / 1024, types: num('Types') };
}

function project(dir: string, name: string, source: string, skipLibCheck = true): string {
  const p = join(dir, name);
  mkdirSync(p, { recursive: true });
  writeFileSync(join(p, 'main.ts'), source);
  writeFileSync(
    join(p, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'commonjs',
          moduleResolution: 'node10',
          lib: ['ES2022'],
          strict: true,
          esModuleInterop: true,
          noEmit: true,
          skipLibCheck,
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules', '@types')],
        },
        files: ['main.ts'],
      },
      null,
      2,
    ),
  );
  return p;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

interface LoadFigures {
  loadMs: number;
  firstMs: number;
  callNs: number;
}

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

interface CompletionFigures {
  coldMs: number;
  warmMs: number;
  floorMs: number;
  ratio: number;
  entries: number;
  hasTransactions: boolean;
}

/** Completion at `client.v3.pay.` in a language service, as an editor asks after each keystroke. */
function completion(dir: string, pkg: string): CompletionFigures {
  const file = join(dir, 'main.ts');
  const head = `import type { Client } from ${pkg};\ndeclare const client: Client;\nconst local = { alpha: 1, beta: 'b' };\n`;
  let version = 0;
  let text = '';
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => ({
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      lib: ['lib.es2022.d.ts'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [join(ROOT, 'node_modules', '@types')],
    }),
    getScriptFileNames: () => [file],
    getScriptVersion: (f) => (f === file ? String(version) : '0'),
    getScriptSnapshot: (f) => {
      if (f === file) return ts.ScriptSnapshot.fromString(text);
      return existsSync(f) ? ts.ScriptSnapshot.fromString(readFileSync(f, 'utf8')) : undefined;
    },
    getCurrentDirectory: () => dir,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (f) => f === file || existsSync(f),
    readFile: (f) => (f === file ? text : existsSync(f) ? readFileSync(f, 'utf8') : undefined),
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  /** Edit the file (a new statement each time, as typing does) and time one completion request. */
  const ask = (expression: string): { ms: number; names: string[] } => {
    version += 1;
    text = `${head}const n${version} = ${version};\n${expression}`;
    const t0 = process.hrtime.bigint();
    const result = service.getCompletionsAtPosition(file, text.length, {});
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    return { ms, names: (result?.entries ?? []).map((e) => e.name) };
  };
  const cold = ask('client.v3.pay.');
  ask('local.');
  for (let i = 0; i < 3; i += 1) {
    ask('client.v3.pay.');
    ask('local.');
  }
  const warm: number[] = [];
  const floor: number[] = [];
  const ratios: number[] = [];
  let names: string[] = [];
  for (let i = 0; i < 15; i += 1) {
    const w = ask('client.v3.pay.');
    const f = ask('local.');
    names = w.names;
    warm.push(w.ms);
    floor.push(f.ms);
    ratios.push(w.ms / Math.max(f.ms, 0.01));
  }
  service.dispose();
  return {
    coldMs: cold.ms,
    warmMs: median(warm),
    floorMs: median(floor),
    ratio: median(ratios),
    entries: names.length,
    hasTransactions: names.includes('transactions'),
  };
}

const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');

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
    const baselineSource = `export async function consume(): Promise<unknown[]> {
  const out: unknown[] = [];
  out.push(await Promise.resolve({ ok: true }));
  return out;
}
`;
    const importSource = (pkg: string): string => `import type { Client } from ${pkg};
export async function consume(client: Client): Promise<unknown[]> {
  return [client.getDriver()];
}
`;
    const fixture = readFileSync(join(ROOT, 'bench', 'fixtures', 'consumer.ts'), 'utf8');
    if (!fixture.includes("from '../../lib'")) throw new Error('bench/fixtures/consumer.ts no longer imports ../../lib');
    const calls = (fixture.match(/await /g) ?? []).length;
    /** The packages measured: this build, and with BENCH_BEFORE the given ref's build. */
    const packages: Array<{ tag: string; dir: string }> = [{ tag: '', dir: snapshot }];
    if (BEFORE) packages.push({ tag: ` [${BEFORE}]`, dir: buildRef(BEFORE, join(tmp, 'before')) });
    const projects: Record<string, string> = {
      baseline: project(tmp, 'baseline', baselineSource),
      baselineFull: project(tmp, 'baseline-full', baselineSource, false),
    };
    const labels: Record<string, string> = { baseline: 'baseline (no client)', baselineFull: 'baseline, skipLibCheck off' };
    packages.forEach(({ tag, dir }, i) => {
      const pkg = JSON.stringify(dir);
      projects[`importOnly${i}`] = project(tmp, `import-only-${i}`, importSource(pkg));
      projects[`consumer${i}`] = project(tmp, `consumer-50-${i}`, fixture.replace("from '../../lib'", `from ${pkg}`));
      projects[`importFull${i}`] = project(tmp, `import-only-full-${i}`, importSource(pkg), false);
      labels[`importOnly${i}`] = `client imported, no call${tag}`;
      labels[`consumer${i}`] = `consumer, ${calls} typed calls${tag}`;
      labels[`importFull${i}`] = `import, skipLibCheck off${tag}`;
    });
    type Name = string;
    const names = Object.keys(projects);
    for (const name of names) diagnostics(projects[name] as string); // warm the file cache and the compiled tsc
    const blocks: Array<Record<Name, Figures>> = [];
    for (let b = 0; b < BLOCKS; b += 1) {
      const block: Record<Name, Figures> = {};
      for (const name of names) block[name] = diagnostics(projects[name] as string);
      blocks.push(block);
    }
    const at = (x: Record<Name, Figures>, name: Name): Figures => x[name] as Figures;

    console.log(`bench:types — tsc ${ts.version}, ${BLOCKS} interleaved blocks after a warm-up run of each project; medians`);
    console.log(
      `${'project'.padEnd(40)}${'check s'.padStart(9)}${'parse s'.padStart(9)}${'total s'.padStart(9)}${'types'.padStart(9)}${'memory MB'.padStart(11)}`,
    );
    for (const name of names) {
      const m = (k: keyof Figures): number => median(blocks.map((b) => at(b, name)[k]));
      console.log(
        `${(labels[name] as string).padEnd(40)}${m('check').toFixed(2).padStart(9)}${m('parse').toFixed(2).padStart(9)}${m('total').toFixed(2).padStart(9)}${String(m('types')).padStart(9)}${m('memoryMb').toFixed(0).padStart(11)}`,
      );
    }
    /** Median over blocks of (a − b) and of a / b for figure k. */
    const added = (a: Name, b: Name, k: keyof Figures): { delta: number; ratio: number } => ({
      delta: median(blocks.map((x) => at(x, a)[k] - at(x, b)[k])),
      ratio: median(blocks.map((x) => at(x, a)[k] / at(x, b)[k])),
    });
    packages.forEach(({ tag }, i) => {
      const imp = added(`importOnly${i}`, 'baseline', 'total');
      const impMem = added(`importOnly${i}`, 'baseline', 'memoryMb');
      console.log(
        `import-only (skipLibCheck)${tag}: adds ${imp.delta.toFixed(2)} s total (×${imp.ratio.toFixed(2)} of the baseline; goal ≤ ${GOALS.importSeconds} s: ${verdict(imp.delta <= GOALS.importSeconds)}), ${impMem.delta.toFixed(0)} MB (goal ≤ ${GOALS.importMb} MB: ${verdict(impMem.delta <= GOALS.importMb)})`,
      );
      const use = added(`consumer${i}`, 'baseline', 'total');
      const useCheck = added(`consumer${i}`, 'baseline', 'check');
      const useMem = added(`consumer${i}`, 'baseline', 'memoryMb');
      console.log(
        `${calls}-endpoint consumer (skipLibCheck)${tag}: adds ${use.delta.toFixed(2)} s total (×${use.ratio.toFixed(2)}), ${useCheck.delta.toFixed(2)} s of check time (goal < ${GOALS.consumerCheckSeconds} s: ${verdict(useCheck.delta < GOALS.consumerCheckSeconds)}), ${useMem.delta.toFixed(0)} MB`,
      );
      const full = added(`importFull${i}`, 'baselineFull', 'total');
      const fullMem = added(`importFull${i}`, 'baselineFull', 'memoryMb');
      console.log(
        `import-only, skipLibCheck off${tag}: adds ${full.delta.toFixed(2)} s total (×${full.ratio.toFixed(2)}; goal ≤ ${GOALS.noSkipSeconds} s: ${verdict(full.delta <= GOALS.noSkipSeconds)}), ${fullMem.delta.toFixed(0)} MB`,
      );
    });
    if (BEFORE) {
      /** Median over blocks of (this − baseline) ÷ (before − baseline): the cost each adds, compared block by block. */
      const versus = (k: keyof Figures, project: string, base: Name): string =>
        median(blocks.map((x) => (at(x, `${project}0`)[k] - at(x, base)[k]) / (at(x, `${project}1`)[k] - at(x, base)[k]))).toFixed(2);
      console.log(
        `this build vs ${BEFORE} (median of per-block ratios of the added cost): import ×${versus('total', 'importOnly', 'baseline')} time, ×${versus('memoryMb', 'importOnly', 'baseline')} memory; 50 calls ×${versus('check', 'consumer', 'baseline')} check time, ×${versus('memoryMb', 'consumer', 'baseline')} memory; skipLibCheck off ×${versus('total', 'importFull', 'baselineFull')} time, ×${versus('memoryMb', 'importFull', 'baselineFull')} memory`,
      );
    }

    for (const [i, { tag, dir }] of packages.entries()) {
      const c = completion(projects[`importOnly${i}`] as string, JSON.stringify(dir));
      if (!c.hasTransactions) throw new Error(`completion at client.v3.pay. did not offer "transactions" (${c.entries} entries)${tag}`);
      console.log(
        `completion at client.v3.pay.${tag} (language service, ${c.entries} entries): warm ${c.warmMs.toFixed(1)} ms (goal ≤ ${GOALS.completionMs} ms: ${verdict(c.warmMs <= GOALS.completionMs)}), ×${c.ratio.toFixed(1)} of a local object's ${c.floorMs.toFixed(1)} ms; first request ${c.coldMs.toFixed(0)} ms (builds the program)`,
      );
    }

    const catalogueFile = join(snapshot, 'endpoints', 'catalogue.js');
    const samplesFile = join(snapshot, 'endpoints', 'samples.js');
    const cat = Array.from({ length: 5 }, () =>
      loadTime(
        catalogueFile,
        "m.isDownloadPath('/v3/merchant-service/images/abc'); m.needsClientCertificate('/secapi/pay/refund'); m.hostFor('/v3/pay/transactions/native')",
      ),
    );
    const samples = Array.from({ length: 3 }, () => loadTime(samplesFile, "m.sampleFor('GET', '/v3/marketing/favor/stocks/9856000')"));
    console.log(
      `runtime catalogue: require ${median(cat.map((x) => x.loadMs)).toFixed(2)} ms (median of 5 fresh processes); 3 lookups ${median(cat.map((x) => x.callNs)).toFixed(0)} ns`,
    );
    console.log(
      `emulator samples (lazy; the client never loads them): require ${median(samples.map((x) => x.loadMs)).toFixed(2)} ms, first sampleFor (parses the table) ${median(samples.map((x) => x.firstMs)).toFixed(2)} ms, then ${median(samples.map((x) => x.callNs)).toFixed(0)} ns per lookup`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();

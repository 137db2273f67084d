// `npm run docs:build`: the VitePress site of docs/ into docs/.vitepress/dist, timed. A full build
// holds ~1,100 pages in memory, so the heap limit is raised for the child process.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Build the site; returns the seconds it took. Throws when VitePress fails. */
export function buildSite() {
  const cli = join(dirname(createRequire(import.meta.url).resolve('vitepress/package.json')), 'bin/vitepress.js');
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--max-old-space-size=6144', cli, 'build', 'docs'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`vitepress build failed (exit ${run.status ?? run.signal})`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const seconds = buildSite();
    console.log(`docs:build: site built in ${seconds.toFixed(1)} s → docs/.vitepress/dist`);
  } catch (err) {
    console.error(`docs:build: ${err.message}`);
    process.exitCode = 1;
  }
}

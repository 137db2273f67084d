/**
 * Builds a git ref's package for same-run before/after benches (bench:types, bench:client): its lib/,
 * scripts/ and tsconfigs archived into a folder inside the repo (so `axios`, typescript and @types
 * resolve from the repo's node_modules) and compiled by that ref's own build script.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root (this file runs from build/bench/). */
export const ROOT = join(__dirname, '..', '..');

/** Build git ref `ref`'s package under `dir` and return its dist/cjs. */
export function buildRef(ref: string, dir: string): string {
  mkdirSync(dir, { recursive: true });
  execSync(
    `git -C ${JSON.stringify(ROOT)} archive ${JSON.stringify(ref)} lib scripts tsconfig.json tsconfig.base.json package.json | tar -x -C ${JSON.stringify(dir)}`,
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  execFileSync(process.execPath, [join(dir, 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  return join(dir, 'dist', 'cjs');
}

/**
 * `ref`'s package built once under build/before-<sha>/ and reused by later runs (a commit's build does
 * not change); returns the commit and its dist/cjs.
 */
export function buildRefCached(ref: string): { sha: string; dist: string } {
  const sha = execFileSync('git', ['-C', ROOT, 'rev-parse', '--verify', `${ref}^{commit}`], { encoding: 'utf8' }).trim();
  const dir = join(ROOT, 'build', `before-${sha.slice(0, 12)}`);
  const done = join(dir, 'built');
  if (existsSync(done)) return { sha, dist: join(dir, 'dist', 'cjs') };
  const dist = buildRef(sha, dir);
  writeFileSync(done, `${ref}\n`);
  return { sha, dist };
}

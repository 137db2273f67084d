// Lint without extra dependencies: project rules the compiler does not check.
// - no `any` in hand-written sources (lib/, spec/, examples/, scripts/), generated lib/openapi/ excepted
// - no console output from the library (lib/), except the CLI and the emulator's command line
// - no `.only(` left in specs, no trailing whitespace, files end with a newline
// - lib/version.ts equals package.json's version
// - no import cycle in lib/ (relative imports, `import type` included)
// - no hand-written file over 350 lines (generated ones exempt)
// - every hand-written source formatted as prettier writes it (`npm run format` fixes it)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importCycles } from './lint/cycles.mjs';
import { unformatted } from './lint/format.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const problems = [];
function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|mjs|js)$/.test(name)) out.push(p);
  }
  return out;
}
const files = ['lib', 'spec', 'examples', 'scripts', 'bench'].flatMap((d) => walk(join(root, d)));
for (const file of files) {
  const rel = relative(root, file).split('\\').join('/');
  const generated = rel.startsWith('lib/openapi/');
  const text = readFileSync(file, 'utf8');
  if (!text.endsWith('\n')) problems.push(`${rel}: no newline at end of file`);
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const at = `${rel}:${i + 1}`;
    if (/[ \t]+$/.test(line)) problems.push(`${at}: trailing whitespace`);
    if (generated || !rel.endsWith('.ts')) return;
    const code = line.replace(/\/\/.*$/, '').replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
    if (/(:\s*any\b|<any>|\bas any\b|any\[\])/.test(code)) problems.push(`${at}: \`any\` (use unknown or a real type)`);
    if (rel.startsWith('lib/') && !/^lib\/(cli|emulator)\//.test(rel) && /\bconsole\.(log|info|warn|error|debug)\(/.test(code)) {
      problems.push(`${at}: console output from the library`);
    }
    if (rel.startsWith('spec/') && /\b(describe|it|context)\.only\(/.test(code)) problems.push(`${at}: .only left in a spec`);
  });
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = /VERSION = '([^']+)'/.exec(readFileSync(join(root, 'lib/version.ts'), 'utf8'))?.[1];
if (version !== pkg.version) problems.push(`lib/version.ts says ${version}, package.json says ${pkg.version}`);
for (const cycle of importCycles(
  root,
  files.filter((f) => /\.ts$/.test(f) && relative(root, f).startsWith('lib')),
)) {
  problems.push(`import cycle of ${cycle.size} files: ${cycle.path.join(' → ')}`);
}
// A hand-written file over this many lines hides more than one idea: split it. Generated files
// (lib/openapi/, and any file whose first line says it is generated) are exempt.
const MAX_LINES = 350;
for (const file of files) {
  const rel = relative(root, file).split('\\').join('/');
  const text = readFileSync(file, 'utf8');
  if (rel.startsWith('lib/openapi/') || /^\/\/ generated\b/.test(text)) continue;
  const count = text.split('\n').length - 1;
  if (count > MAX_LINES) problems.push(`${rel}: ${count} lines (over ${MAX_LINES}: split it)`);
}
const vitepress = ['docs/.vitepress/config.mts', 'docs/.vitepress/theme/index.ts'].map((f) => join(root, f)).filter((f) => existsSync(f));
const format = await unformatted(root, [...files, ...vitepress]);
if (format.skipped) console.warn(`lint: formatting not checked: ${format.skipped}`);
for (const rel of format.files) problems.push(`${rel}: not formatted (run npm run format)`);
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`lint: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`lint: ${files.length} files clean`);

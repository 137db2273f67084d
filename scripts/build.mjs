// Build: compile lib/ to CommonJS (with .d.ts) and write thin ESM wrappers for each entry point,
// so `import` and `require` share one module instance (no dual-package hazard).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, rmSync, writeFileSync, existsSync, copyFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });

// tsc does not emit declaration files it was given (the generated endpoint types in lib/openapi/*.d.ts): copy them.
for (const name of existsSync(join(root, 'lib/openapi')) ? readdirSync(join(root, 'lib/openapi')) : []) {
  if (!name.endsWith('.d.ts')) continue;
  mkdirSync(join(root, 'dist/cjs/openapi'), { recursive: true });
  copyFileSync(join(root, 'lib/openapi', name), join(root, 'dist/cjs/openapi', name));
}

// Entry points: subpath → CJS file under dist/cjs.
const entries = { index: 'index.js', emulator: 'emulator/index.js' };
for (const [name, file] of Object.entries(entries)) {
  const cjs = join(root, 'dist/cjs', file);
  if (!existsSync(cjs)) continue;
  const names = Object.keys(require(cjs)).filter((n) => n !== 'default' && n !== '__esModule' && /^[A-Za-z_$][\w$]*$/.test(n));
  const out = join(root, 'dist/esm', `${name}.mjs`);
  mkdirSync(dirname(out), { recursive: true });
  const spec = relative(dirname(out), cjs).split('\\').join('/');
  writeFileSync(out, `import m from '${spec.startsWith('.') ? spec : `./${spec}`}';\nexport const { ${names.join(', ')} } = m;\nexport default m;\n`);
}
console.log('built dist/cjs and dist/esm');

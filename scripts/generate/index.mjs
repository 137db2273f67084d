// `npm run generate [path-to-openapi] [--out dir]`: read the WeChat Pay OpenAPI YAML (default
// ../shared/openapi from the repo root) and write lib/openapi/ (types, runtime catalogue, emulator
// samples), docs/openapi/ (one page per path + index) and bench/fixtures/consumer.ts.
// Output is deterministic: same input, same bytes. A warnings summary is printed at the end.
import { mkdirSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEndpoints } from './load.mjs';
import { Schemas } from './schema.mjs';
import { collectOperations } from './operations.mjs';
import { buildTree } from './tree.mjs';
import { TypeEmitter } from './emit-types.mjs';
import { bodiesFile, treeFile } from './emit-tree.mjs';
import { emitCatalogue } from './emit-catalogue.mjs';
import { emitSamples } from './emit-samples.mjs';
import { emitDocs } from './emit-docs.mjs';
import { emitConsumer } from './emit-consumer.mjs';
import { repair, repairsPage, RULES } from './repairs.mjs';
import { PATCHES } from './patches.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TS_HEADER = '// generated — do not edit; run npm run generate\n';

export function generate(input, out, { quiet = false } = {}) {
  const warnings = new Map();
  const warn = (kind, message) => {
    let set = warnings.get(kind);
    if (!set) {
      set = new Set();
      warnings.set(kind, set);
    }
    set.add(message);
  };
  const loaded = loadEndpoints(input, warn);
  const schemas = new Schemas(loaded.files, warn);
  const ops = collectOperations(loaded, schemas, warn);
  const changed = repair(ops, schemas, warn);
  const tree = buildTree(ops, warn);
  const types = new TypeEmitter(schemas, warn);
  for (const op of ops) types.collectOperation(op);
  types.assignNames();
  types.findShapes(ops);

  const files = new Map(); // repo-relative path → text
  const families = ['v3', 'v2', 'hk', 'global'];
  for (const family of families) {
    files.set(
      `lib/openapi/paths-${family}.d.ts`,
      types.pathsFile(
        family,
        ops.filter((o) => o.family === family),
        TS_HEADER,
      ),
    );
  }
  files.set(
    'lib/openapi/paths.d.ts',
    `${TS_HEADER}import type { V3Paths } from './paths-v3';
import type { V2Paths } from './paths-v2';
import type { HkPaths } from './paths-hk';
import type { GlobalPaths } from './paths-global';

/** Every catalogued operation, keyed by path without the leading slash (\`v3/…\`, \`v2/…\`, \`hk/v3/…\`, \`global/v3/…\`). */
export interface Paths extends V3Paths, V2Paths, HkPaths, GlobalPaths {}
`,
  );
  files.set('lib/openapi/definitions.d.ts', types.definitions(TS_HEADER));
  files.set('lib/openapi/bodies.d.ts', bodiesFile(TS_HEADER));
  files.set('lib/openapi/tree.d.ts', treeFile(tree, TS_HEADER));
  for (const [path, text] of emitCatalogue(ops, TS_HEADER)) files.set(path, text);
  for (const [path, text] of emitSamples(ops, schemas, TS_HEADER, warn)) files.set(path, text);
  for (const [path, text] of emitDocs(ops, schemas, tree, loaded.swagger)) files.set(path, text);
  for (const [path, text] of emitConsumer(ops, schemas, tree, TS_HEADER)) files.set(path, text);
  files.set('docs/openapi/repairs.md', repairsPage(changed, '<!-- generated — do not edit; run npm run generate -->'));

  for (const dir of ['lib/openapi', 'docs/openapi']) rmSync(join(out, dir), { recursive: true, force: true });
  for (const [path, text] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const abs = join(out, ...path.split('/'));
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  if (!quiet) {
    const count = (f) => ops.filter((o) => o.family === f).length;
    console.log(
      `generate: ${ops.length} operations (v3 ${count('v3')}, v2 ${count('v2')}, hk ${count('hk')}, global ${count('global')}), ${tree.nodes.size - 1} nodes, ${types.names.size} named definitions, ${files.size} files`,
    );
    console.log('repairs (rule or patch: operations changed):');
    for (const id of [...Object.keys(RULES), ...PATCHES.map((p) => p.id)]) {
      const list = [...(changed.get(id) ?? [])].sort();
      console.log(`  ${String(list.length).padStart(4)}  ${id}`);
      for (const o of list) console.log(`          ${o}`);
    }
    console.log('warnings (repaired or reported):');
    for (const [kind, set] of [...warnings.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      console.log(`  ${String(set.size).padStart(4)}  ${kind}`);
      for (const m of [...set].slice(0, 3)) console.log(`          e.g. ${m}`);
    }
  }
  return { ops, files, warnings, changed };
}

function main() {
  const args = process.argv.slice(2);
  let out = repo;
  const rest = [];
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--out') {
      out = resolve(args[i + 1]);
      i += 1;
    } else rest.push(args[i]);
  }
  const input = resolve(repo, rest[0] ?? '../shared/openapi');
  if (!existsSync(input) || !readdirSync(input).includes('v3')) {
    console.error(`generate: ${input} is not the OpenAPI data folder (expected v3/, v2/, hk/, global/ and swagger.yaml)`);
    process.exit(1);
  }
  generate(input, out);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

/**
 * The endpoint generator: (1) it repairs each kind of irregularity of the OpenAPI data, shown on a
 * small YAML tree written here (runs everywhere); (2) regenerating from ../shared/openapi reproduces
 * the committed lib/openapi, docs/openapi and bench fixture byte for byte (skipped when the data is
 * absent, as in a user's clone).
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXTURE } from './support/generator-fixture';

const ROOT = join(__dirname, '..', '..');
const GENERATOR = join(ROOT, 'scripts', 'generate', 'index.mjs');
const DATA = join(ROOT, '..', 'shared', 'openapi');

function run(input: string, out: string): string {
  return execFileSync(process.execPath, [GENERATOR, input, '--out', out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function walk(dir: string, base = dir, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, base, out);
    else
      out.push(
        p
          .slice(base.length + 1)
          .split('\\')
          .join('/'),
      );
  }
  return out.sort();
}

describe('generator: repairs the irregularities of the OpenAPI data', function () {
  this.timeout(60_000);
  let tmp: string;
  let out: string;
  let summary: string;
  const read = (rel: string): string => readFileSync(join(out, rel), 'utf8');

  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'wechatpay-generate-'));
    const data = join(tmp, 'data');
    for (const [rel, text] of Object.entries(FIXTURE)) {
      const file = join(data, ...rel.split('/'));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    out = join(tmp, 'out');
    summary = run(data, out);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('walks the folders (not only swagger.yaml) and prints a warnings summary', () => {
    expect(summary).to.match(/generate: 11 operations \(v3 6, v2 2, hk 2, global 1\)/);
    for (const kind of [
      'unlisted path',
      'typo',
      'garbage type',
      'misplaced property',
      'required names no property',
      'undeclared path variable',
      'required on property',
      'enum value type',
      'array without items',
    ]) {
      expect(summary, kind).to.include(kind);
    }
  });

  it('types path variables from the URL, YES/NO as strings, fixed types, lifted properties, both $ref spellings', () => {
    const v3 = read('lib/openapi/paths-v3.d.ts');
    expect(v3).to.include("'v3/demo/items/{item_id}': {");
    expect(v3).to.match(/\n {8}item_id: string;/);
    expect(v3).to.match(/\n {10}mode: 'YES' \| 'NO';/);
    expect(v3).to.include("state: '1' | '2';");
    expect(v3).to.match(/amount\?: \{\n[^}]*total\?: number;/);
    expect(v3).to.include('base?: Base;');
    expect(v3).to.include('dotted?: DottedName;');
    expect(v3).to.include("'payer _currency'?: string;");
    expect(v3).to.include('list?: unknown[];');
    expect(v3).to.include('含 *\\/ 的说明');
    expect(v3).to.include('官方文档: https://example.com/doc');
    expect(v3).to.include("'v3/demo/list/': {");
    expect(v3).to.match(/'v3\/demo\/files\/download': \{[\s\S]*?,\n {6}BinaryBody\n {4}>;/);
    expect(v3).to.match(/'v3\/demo\/media\/upload': \{[\s\S]*?body: UploadBody;/);
    expect(v3).to.match(/'v3\/demo\/items\/\{item_id\}\/delete': \{[\s\S]*?@deprecated[\s\S]*?,\n {6}void\n {4}>;/);
    expect(read('lib/openapi/definitions.d.ts')).to.include('export type DottedName = {');
  });

  it('makes APIv2 nonce_str/sign optional and a property-level `required: true` required', () => {
    const v2 = read('lib/openapi/paths-v2.d.ts');
    expect(v2).to.include('nonce_str?: string;');
    expect(v2).to.include('sign?: string;');
    expect(v2).to.match(/\n {10}total_fee: number \| string;/);
    expect(v2).to.match(/\n {10}workwx_sign: string;/);
    expect(v2).to.match(/\n {6}\},\n {6}\{\n\s*total_fee\?: string;/);
  });

  it('turns over-required alternative ids and both merchant modes into unions, and lists what each rule changed', () => {
    const v2 = read('lib/openapi/paths-v2.d.ts');
    expect(v2).to.match(/\n {10}transaction_id\?: string;/);
    expect(v2).to.include('} & ({ transaction_id: string } | { out_trade_no: string });');
    expect(v2).to.include('二选一: give at least one of `transaction_id`, `out_trade_no`.');
    expect(read('lib/openapi/paths-hk.d.ts')).to.include(
      '} & ({ mchid: string; sp_mchid?: never; sub_mchid?: never } | { sp_mchid: string; sub_mchid: string; mchid?: never });',
    );
    expect(summary).to.match(/\n +1 +one-of ids\n +POST v2\/pay\/orderquery\n/);
    expect(summary).to.match(/\n +1 +direct\/institution modes\n +GET hk\/v3\/transactions\/id\/\{transaction_id\}\n/);
    const repairs = read('docs/openapi/repairs.md');
    expect(repairs).to.match(/### one-of ids[\s\S]*?- `POST v2\/pay\/orderquery`/);
    const page = read('docs/openapi/v2/pay/orderquery.md');
    expect(page).to.include('| transaction_id {data-indent=1} | string | （二选一：transaction_id / out_trade_no）');
    expect(page).to.include("transaction_id: '4200000001',");
    const hk = read('docs/openapi/hk/v3/transactions/id/{transaction_id}.md');
    expect(hk).to.include('直连模式与机构模式二选一');
  });

  it('keeps hk/global apart from v3, names verb-named children and the trailing slash in the tree', () => {
    const tree = read('lib/openapi/tree.d.ts');
    expect(tree).to.match(/\n {2}'hk\/v3': (?:'[^']*' \| )*'certificates'[ ;]/);
    expect(tree).to.match(/\n {2}'v3': (?:'[^']*' \| )*'certificates'[ ;]/);
    expect(tree).to.match(/\n {2}'v3\/demo\/items\/\{item_id\}': 'delete';\n/);
    expect(tree).to.match(/\n {2}'v3\/demo\/items\/\{item_id\}\/delete': never;\n/);
    expect(tree).to.match(/\n {2}'v3\/demo\/items': (?:'[^']*' \| )*'\{item_id\}'[ ;]/);
    expect(tree).to.match(/\n {2}'v3\/demo\/list': (?:'[^']*' \| )*'='[ ;]/);
    expect(tree, 'the root is no node of the tree: its children are').not.to.match(/\n {2}'': /);
    expect(tree, 'generated types import only generated files').not.to.match(/from '\.\.\//);
    for (const name of ['paths-v3', 'paths-v2', 'paths-hk', 'paths-global', 'definitions', 'bodies'])
      expect(read(`lib/openapi/${name}.d.ts`)).not.to.match(/from '\.\.\//);
    const catalogue = read('lib/openapi/catalogue.ts');
    expect(catalogue).to.include("'v2/pay/demo',");
    expect(catalogue).to.include("'v2/pay/demo': 'https://fraud.mch.weixin.qq.com/',");
    expect(catalogue).to.include("'global/v3/customs/orders': 'https://apihk.mch.weixin.qq.com/',");
    expect(catalogue).to.include("['GET', 'v3/demo/files/download'],");
    expect(catalogue).to.include("['POST', 'v3/demo/media/upload'],");
  });

  it('writes one page per path in the seed shape, and an index by tag', () => {
    const page = read('docs/openapi/v3/demo/items/{item_id}.md');
    expect(page).to.match(/^---\ntitle: 查询条目\n/);
    expect(page).to.include('| mode {data-required data-indent=1} | string | `YES` \\| `NO` 枚举值之一');
    for (const label of ['异步纯链式', '异步声明式', '异步属性式', '同步纯链式', '同步声明式', '同步属性式']) expect(page).to.include(`\`\`\`ts [${label}]`);
    expect(page).to.include('client.v3.demo.items._item_id_.getAsync({');
    expect(page).to.include("client.chain('v3/demo/items/{item_id}').get({");
    expect(page).to.include("client['v3/demo/items/{item_id}'].get({");
    expect(page).to.include('参阅 [官方文档](https://example.com/doc)');
    expect(existsSync(join(out, 'docs/openapi/v3/demo/list/index.md'))).to.equal(true);
    expect(read('docs/openapi/index.md')).to.match(/## 演示\n\n\| 接口 \| 方法 \| 路径 \|[\s\S]*\[查询条目\]\(v3\/demo\/items\/\{item_id\}\.md#get\)/);
  });

  it('is deterministic', () => {
    const again = join(tmp, 'again');
    run(join(tmp, 'data'), again);
    const files = walk(out);
    expect(walk(again)).to.deep.equal(files);
    for (const f of files) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).to.equal(true);
  });
});

const absent = existsSync(join(DATA, 'v3')) ? '' : ' (skipped: ../shared/openapi, the OpenAPI data, is not present)';
(absent ? describe.skip : describe)(`generator: reproduces the committed output from ../shared/openapi${absent}`, function () {
  this.timeout(120_000);
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'wechatpay-regenerate-'));
    run(DATA, tmp);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  for (const dir of ['lib/openapi', 'docs/openapi']) {
    it(`${dir} byte for byte`, () => {
      const committed = walk(join(ROOT, dir));
      const fresh = walk(join(tmp, dir));
      expect(fresh).to.deep.equal(committed);
      const differing = fresh.filter((f) => !readFileSync(join(tmp, dir, f)).equals(readFileSync(join(ROOT, dir, f))));
      expect(differing, 'files that differ (run npm run generate)').to.deep.equal([]);
    });
  }

  it('every operation accepts its sample options: 1,154 typed calls type-check', function () {
    this.timeout(180_000);
    const dir = join(ROOT, 'build', 'all-operations');
    mkdirSync(dir, { recursive: true });
    const script = `const { loadEndpoints } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'scripts/generate/load.mjs')).href)});
      const { Schemas } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'scripts/generate/schema.mjs')).href)});
      const { collectOperations } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'scripts/generate/operations.mjs')).href)});
      const { allCallsSource } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'scripts/generate/emit-consumer.mjs')).href)});
      const { repair } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'scripts/generate/repairs.mjs')).href)});
      const warn = () => {};
      const loaded = loadEndpoints(${JSON.stringify(DATA)}, warn);
      const schemas = new Schemas(loaded.files, warn);
      const ops = collectOperations(loaded, schemas, warn);
      repair(ops, schemas, warn);
      process.stdout.write(allCallsSource(ops, schemas, ${JSON.stringify(join(ROOT, 'lib'))}));`;
    const source = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect((source.match(/out\.push/g) ?? []).length).to.equal(1154);
    writeFileSync(join(dir, 'all.ts'), source);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: join(ROOT, 'tsconfig.base.json'), compilerOptions: { noEmit: true }, files: ['all.ts'] }),
    );
    const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8' });
    } catch (err) {
      output = String((err as { stdout?: string }).stdout ?? err);
    }
    expect(output.split('\n').slice(0, 10).join('\n')).to.equal('');
  });

  it('bench/fixtures/consumer.ts byte for byte', () => {
    const rel = 'bench/fixtures/consumer.ts';
    expect(readFileSync(join(tmp, rel)).equals(readFileSync(join(ROOT, rel)))).to.equal(true);
  });
});

/** `import()` of a generator module from a child node process (the generator is ESM; specs are CommonJS). */
function esm(body: string): string {
  const mod = (name: string): string => JSON.stringify(pathToFileURL(join(ROOT, 'scripts', 'generate', name)).href);
  const script = body.replace(/@(\w[\w-]*\.mjs)/g, (_, name: string) => mod(name));
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const patchIds = JSON.parse(esm('const { PATCHES } = await import(@patches.mjs); process.stdout.write(JSON.stringify(PATCHES.map((p) => p.id)));')) as string[];

(absent ? describe.skip : describe)(`patch table: every patch is still needed by the data as published${absent}`, function () {
  this.timeout(60_000);
  let needed: Record<string, Record<string, boolean>>;
  before(() => {
    // Each patch's `needed` is asked on the data before any repair: when upstream fixes the fact, its spec fails here.
    needed = JSON.parse(
      esm(`const { loadEndpoints } = await import(@load.mjs);
      const { Schemas } = await import(@schema.mjs);
      const { collectOperations } = await import(@operations.mjs);
      const { PATCHES } = await import(@patches.mjs);
      const warn = () => {};
      const loaded = loadEndpoints(${JSON.stringify(DATA)}, warn);
      const schemas = new Schemas(loaded.files, warn);
      const ops = collectOperations(loaded, schemas, warn);
      const out = {};
      for (const p of PATCHES) {
        out[p.id] = {};
        for (const id of p.ops) {
          const op = ops.find((o) => \`\${o.method.toUpperCase()} \${o.key}\` === id);
          out[p.id][id] = Boolean(op && p.needed(op, schemas));
        }
      }
      process.stdout.write(JSON.stringify(out));`),
    ) as Record<string, Record<string, boolean>>;
  });
  for (const id of patchIds) {
    it(`"${id}" (remove it when this fails: the data has the fact now)`, () => {
      const byOp = needed[id] ?? {};
      expect(Object.keys(byOp).length, 'operations named by the patch').to.be.greaterThan(0);
      expect(
        Object.entries(byOp)
          .filter(([, yes]) => !yes)
          .map(([op]) => op),
        'operations that no longer need the patch',
      ).to.deep.equal([]);
    });
  }
});

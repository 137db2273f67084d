// Bench fixture emitter: a consumer of 50 distinct endpoints (the three spellings in turn), used by
// `npm run bench:types` and compiled by the test run, so every typed call in it must check.
import { chainExpression } from './emit-docs.mjs';
import { optionsSample } from './sample.mjs';

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
export const CONSUMER_COUNT = 50;

function literal(value, indent) {
  const pad = '  '.repeat(indent);
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return value.length ? `[${value.map((v) => literal(v, indent)).join(', ')}]` : '[]';
  const entries = Object.entries(value);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad}  ${IDENT.test(k) ? k : `'${k}'`}: ${literal(v, indent + 1)},`).join('\n')}\n${pad}}`;
}

export function emitConsumer(ops, schemas, tree, header) {
  const pool = ops.filter((o) => !o.upload && (o.family === 'v3' || o.family === 'v2'));
  const step = pool.length / CONSUMER_COUNT;
  const picked = [];
  for (let i = 0; i < CONSUMER_COUNT; i += 1) picked.push(pool[Math.floor(i * step)]);
  let body = '';
  picked.forEach((op, i) => {
    const spelling = i % 3 === 0 ? chainExpression(op.key) : i % 3 === 1 ? `client.chain('${op.key}')` : `client['${op.key}']`;
    const options = optionsSample(schemas, op, { requiredOnly: true });
    const arg = Object.keys(options).length ? literal(options, 1) : '';
    let read = 'data';
    const r = op.response;
    if (r.kind === 'data') {
      const d = schemas.deref(r.schema);
      const first = (d.props ?? []).find((p) => p.req && IDENT.test(p.name));
      if (first) read = `data.${first.name}`;
    }
    body += `  const r${i} = await ${spelling}.${op.method}${i % 2 ? 'Async' : ''}(${arg});\n  out.push(r${i}.${read});\n`;
  });
  const text = `${header}/**
 * The bench:types consumer: ${CONSUMER_COUNT} distinct endpoints called through the typed client, spread over the
 * catalogue and the three spellings. \`npm run bench:types\` type-checks it against the built package.
 */
import type { Client } from '../../lib';

export async function consume(client: Client): Promise<unknown[]> {
  const out: unknown[] = [];
${body}  return out;
}
`;
  return [['bench/fixtures/consumer.ts', text]];
}

/**
 * A consumer calling every operation once with its sample options (alternately required-only and
 * full), for the spec that type-checks all of them. `lib` is the import path of the package.
 */
export function allCallsSource(ops, schemas, lib) {
  let body = '';
  ops.forEach((op, i) => {
    const spelling = i % 3 === 0 ? chainExpression(op.key) : i % 3 === 1 ? `client.chain('${op.key}')` : `client['${op.key}']`;
    const options = optionsSample(schemas, op, { requiredOnly: i % 2 === 0 });
    let arg = Object.keys(options).length || op.upload ? literal(options, 1) : '';
    if (op.upload) arg = arg === '{}' ? "{ body: Buffer.from('') }" : arg.replace(/^\{\n/, "{\n    body: Buffer.from(''),\n");
    body += `  out.push((await ${spelling}.${op.method}${i % 4 === 1 ? 'Async' : ''}(${arg})).data);\n`;
  });
  return `import type { Client } from ${JSON.stringify(lib)};\n\nexport async function all(client: Client): Promise<unknown[]> {\n  const out: unknown[] = [];\n${body}  return out;\n}\n`;
}

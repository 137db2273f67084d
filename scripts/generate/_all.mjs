import { loadEndpoints } from './load.mjs';
import { Schemas } from './schema.mjs';
import { collectOperations } from './operations.mjs';
import { optionsSample } from './sample.mjs';
import { chainExpression } from './emit-docs.mjs';
import { writeFileSync } from 'node:fs';
const warn = () => {};
const loaded = loadEndpoints('/work/shared/openapi', warn);
const schemas = new Schemas(loaded.files, warn);
const ops = collectOperations(loaded, schemas, warn);
let body = '';
ops.forEach((op, i) => {
  const full = optionsSample(schemas, op, { requiredOnly: i % 2 === 0 });
  if (op.upload) full.body = Buffer.from('');
  const arg = JSON.stringify(full, (k, v) => (v && v.type === 'Buffer' ? '__B__' : v)).replace('"__B__"', 'Buffer.from("")');
  const sp = i % 3 === 0 ? chainExpression(op.key) : i % 3 === 1 ? `client.chain('${op.key}')` : `client['${op.key}']`;
  body += `  out.push((await ${sp}.${op.method}(${arg})).data);\n`;
});
writeFileSync('/work/main/spec/_all_ops.ts', `import type { Client } from '../lib';\nexport async function all(client: Client): Promise<unknown[]> {\n  const out: unknown[] = [];\n${body}  return out;\n}\n`);

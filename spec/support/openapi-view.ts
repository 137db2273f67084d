/**
 * The generator's own view of the OpenAPI data (repaired schemas, operations, `conforms`), for specs
 * that check an answer against its operation's response schema. Needs ../shared/openapi: callers
 * check {@link OPENAPI_DATA} exists and skip that part otherwise.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(__dirname, '..', '..', '..');

/** Where the OpenAPI YAML is (absent in a user's clone). */
export const OPENAPI_DATA = join(ROOT, '..', 'shared', 'openapi');

// The generator is ESM (.mjs); TypeScript's CommonJS output would turn import() into require().
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<Record<string, unknown>>;

export interface GeneratorView {
  /** Problems of `data` as the answer of `method key` (lower-case method); empty when it conforms. */
  conforms(method: string, key: string, data: unknown): string[];
}

/** Load the repaired schemas once, to check answers against the operation's own response schema. */
export async function generatorView(): Promise<GeneratorView> {
  const load = await importEsm(pathToFileURL(join(ROOT, 'scripts/generate/load.mjs')).href);
  const schema = await importEsm(pathToFileURL(join(ROOT, 'scripts/generate/schema.mjs')).href);
  const operations = await importEsm(pathToFileURL(join(ROOT, 'scripts/generate/operations.mjs')).href);
  const sample = await importEsm(pathToFileURL(join(ROOT, 'scripts/generate/sample.mjs')).href);
  const warn = (): void => undefined;
  type Op = { key: string; method: string; family: string; response: { schema?: unknown } };
  const loaded = (load.loadEndpoints as (root: string, w: typeof warn) => unknown)(OPENAPI_DATA, warn);
  const Schemas = schema.Schemas as new (files: unknown, w: typeof warn) => unknown;
  const schemas = new Schemas((loaded as { files: unknown }).files, warn);
  const ops = (operations.collectOperations as (l: unknown, s: unknown, w: typeof warn) => Op[])(loaded, schemas, warn);
  const conforms = sample.conforms as (s: unknown, schema: unknown, value: unknown, mode: string, path: string, problems: string[]) => boolean;
  return {
    conforms(method, key, data) {
      const op = ops.find((o) => o.key === key && o.method === method);
      if (!op) return [`${method} ${key} is not in the data`];
      const problems: string[] = [];
      // APIv2 answers number indexed fields (`coupon_type_0`) where the data writes `coupon_type_$n`.
      const value = op.family === 'v2' ? documentedNames(data) : data;
      conforms(schemas, op.response.schema, value, op.family === 'v2' ? 'v2out' : 'v3', '$', problems);
      return problems;
    },
  };
}

/** An APIv2 answer's fields under the data's names: `x_0` → `x_$n`, `x_0_1` → `x_$n_$m`. */
function documentedNames(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) out[name.replace(/_\d+_\d+$/, '_$$n_$$m').replace(/_\d+$/, '_$$n')] = value;
  return out;
}

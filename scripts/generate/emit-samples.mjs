// Emulator samples emitter: one conforming 2xx answer per catalogued operation, plus a path matcher.
// The module is loaded lazily by the emulator's fallback only; the client runtime never imports it.
import { answerSample, conforms } from './sample.mjs';

/** Failure details an APIv2 schema lists beside the success fields; a success answer leaves them out. */
const V2_FAILURE_FIELDS = new Set(['err_code', 'err_code_des', 'err_param', 'error_code', 'error_code_des', 'contract_err_code', 'contract_err_code_des']);
/** Message fields that say how the call went: "OK" in a success answer (the examples quote failures). */
const V2_MESSAGE_FIELDS = new Set(['return_msg', 'result_msg', 'retmsg', 'ret_msg']);

/** Top-level properties of an answer schema (through $ref, allOf and the first oneOf part): name → { req, s }. */
function topProps(schemas, s, out = new Map(), depth = 0) {
  if (!s || depth > 24) return out;
  if (s.t === 'ref') return topProps(schemas, schemas.defs.get(s.def).schema, out, depth + 1);
  if (s.t === 'object') for (const p of s.props ?? []) out.set(p.name, { req: Boolean(p.req) || Boolean(out.get(p.name)?.req), s: p.s });
  if (s.t === 'all') {
    for (const part of s.parts) topProps(schemas, part, out, depth + 1);
    for (const name of s.requireFromRefs ?? []) { const p = out.get(name); if (p) p.req = true; }
  }
  if (s.t === 'one') topProps(schemas, s.parts[0], out, depth + 1);
  return out;
}

/**
 * An APIv2 success answer as the platform writes it: the examples in the data often quote a failure
 * (`return_msg` "签名失败", `err_code` SYSTEMERROR), so messages become "OK" where the schema allows
 * any text, and failure details are left out unless the schema requires them.
 */
function v2Success(schemas, schema, body) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  const props = topProps(schemas, schema);
  for (const [name, p] of props) {
    if (!(name in body)) continue;
    if (V2_FAILURE_FIELDS.has(name) && !p.req) delete body[name];
    const ds = p.s.t === 'ref' ? schemas.deref(p.s) : p.s;
    if (V2_MESSAGE_FIELDS.has(name) && ds.t === 'string' && (!ds.enum || ds.enum.includes('OK'))) body[name] = 'OK';
  }
  return body;
}

export function emitSamples(ops, schemas, header, warn) {
  const data = {};
  let checked = 0;
  for (const op of ops) {
    const [status, sample] = answerSample(schemas, op);
    const body = op.family === 'v2' ? v2Success(schemas, op.response.schema, sample) : sample;
    const key = `${op.method.toUpperCase()} ${op.key}`;
    if (op.response.kind === 'binary') data[key] = [status, null, 1];
    else if (body === undefined) data[key] = [status];
    else {
      const problems = [];
      if (!conforms(schemas, op.response.schema, body, op.family === 'v2' ? 'v2out' : 'v3', '$', problems)) {
        warn('sample does not conform', `${key}: ${problems.slice(0, 3).join('; ')}`);
      }
      checked += 1;
      data[key] = [status, body];
    }
  }
  const json = JSON.stringify(data);
  const out = `${header}/**
 * Sample 2xx answers for every catalogued operation (${Object.keys(data).length}; ${checked} with a body checked
 * against the operation's response schema by the generator). For the emulator's fallback: load lazily.
 */

/** A sample answer: status, body (object for JSON/XML answers), and whether the answer is a file. */
export interface SampleAnswer {
  status: number;
  body?: unknown;
  binary?: boolean;
  /** The catalogue key the pathname matched. */
  key: string;
}

type Row = [status: number, body?: unknown, binary?: number];

let table: Record<string, Row> | undefined;
interface Trie { literal: Map<string, Trie>; variable?: Trie; end?: string }
let trie: Trie | undefined;

function rows(): Record<string, Row> {
  table ??= JSON.parse(DATA) as Record<string, Row>;
  return table;
}

function index(): Trie {
  if (trie) return trie;
  const root: Trie = { literal: new Map() };
  for (const key of new Set(Object.keys(rows()).map((k) => k.slice(k.indexOf(' ') + 1)))) {
    let node = root;
    for (const seg of key.split('/')) {
      if (/^\\{[^}]+\\}$/.test(seg)) node = node.variable ??= { literal: new Map() };
      else {
        let next = node.literal.get(seg);
        if (!next) { next = { literal: new Map() }; node.literal.set(seg, next); }
        node = next;
      }
    }
    node.end = key;
  }
  trie = root;
  return root;
}

/** Literal segments win over \`{variables}\`; backtracks when a literal branch dead-ends. */
function match(node: Trie, segs: string[], i: number): string | undefined {
  if (i === segs.length) return node.end;
  const seg = segs[i] as string;
  const lit = node.literal.get(seg);
  const viaLiteral = lit ? match(lit, segs, i + 1) : undefined;
  if (viaLiteral !== undefined) return viaLiteral;
  return node.variable && seg !== '' ? match(node.variable, segs, i + 1) : undefined;
}

/** The catalogue key a request pathname (\`/v3/…\`, \`/hk/v3/…\`, APIv2 \`/pay/…\`) belongs to. */
export function keyOfPathname(pathname: string): string | undefined {
  const p = pathname.replace(/[?#].*$/, '').replace(/^\\/+/, '');
  const segs = p.split('/').map((s) => { try { return decodeURIComponent(s); } catch { return s; } });
  return match(index(), segs, 0) ?? (/^(v3|hk|global)\\//.test(p) ? undefined : match(index(), ['v2', ...segs], 0));
}

/** A sample 2xx answer for \`method pathname\`, or undefined when the catalogue has no such operation. */
export function sampleFor(method: string, pathname: string): SampleAnswer | undefined {
  const key = keyOfPathname(pathname);
  if (key === undefined) return undefined;
  const row = rows()[\`\${method.toUpperCase()} \${key}\`];
  if (!row) return undefined;
  const [status, body, binary] = row;
  // A fresh copy each time, so callers may change it.
  return { status, body: body === undefined || body === null ? undefined : JSON.parse(JSON.stringify(body)) as unknown, binary: binary === 1, key };
}

/** Every catalogued \`METHOD key\` with a sample. */
export function sampleKeys(): string[] {
  return Object.keys(rows());
}

const DATA = ${JSON.stringify(json)};
`;
  return [['lib/openapi/samples.ts', out]];
}

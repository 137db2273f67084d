// Emulator samples emitter: one conforming 2xx answer per catalogued operation, as data only (the
// lookups are lib/endpoints/samples.ts). Loaded lazily by the emulator's fallback; never by the client runtime.
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
    for (const name of s.requireFromRefs ?? []) {
      const p = out.get(name);
      if (p) p.req = true;
    }
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
 * against the operation's response schema by the generator), for the emulator's fallback: load lazily
 * (lookups: lib/endpoints/samples.ts). JSON text, parsed on first use: \`METHOD key\` → [status, body?, 1 when
 * the answer is a file].
 */
export const SAMPLE_ROWS = ${JSON.stringify(json)};
`;
  return [['lib/openapi/samples.ts', out]];
}

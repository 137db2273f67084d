// Sample values built from the repaired schemas: emulator answers, doc snippets and the bench
// consumer. Deterministic: examples when they fit the type, otherwise a fixed value per type/format.

const CLIENT_FILLED_V2 = new Set(['nonce_str', 'sign', 'sign_type']);
const MAX_TEXT = 128;

function stringFor(s) {
  if (s.enum) return s.enum.includes(s.example) ? s.example : s.enum[0];
  const ex = s.example;
  if ((typeof ex === 'string' && ex.length <= MAX_TEXT) || typeof ex === 'number') return String(ex);
  switch (s.format) {
    case 'rfc3339':
      return '2026-01-01T08:00:00+08:00';
    case 'date':
      return '2026-01-01';
    case 'url':
    case 'MediaUrl':
      return 'https://example.com/';
    case 'jsonObjectLike':
      return '{}';
    case 'jsonArrayLike':
      return '[]';
    default:
      return 'string';
  }
}

function numberFor(s) {
  if (s.enum) return s.enum.includes(s.example) ? s.example : s.enum[0];
  const ex = typeof s.example === 'string' && s.example.trim() !== '' ? Number(s.example) : s.example;
  if (typeof ex === 'number' && Number.isFinite(ex) && (s.t !== 'integer' || Number.isInteger(ex))) return ex;
  return 1;
}

function isRecord(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * One-of groups in a sample: the first id of an at-least-one group is given (`chosen`), and only the
 * first mode of a direct/institution group is used (the other mode's fields are `excluded`).
 */
export function groupChoice(groups) {
  const chosen = new Set();
  const excluded = new Set();
  for (const g of groups ?? []) {
    if (g.kind === 'any') chosen.add(g.names[0]);
    else {
      const [first, ...rest] = g.modes;
      for (const n of first.required) chosen.add(n);
      for (const m of rest) for (const n of m.names) if (!first.names.includes(n)) excluded.add(n);
    }
  }
  return { chosen, excluded };
}

/** allOf parts may describe the same property twice (an intersection): merge nested objects. */
function merge(into, from) {
  for (const [k, v] of Object.entries(from)) {
    if (isRecord(v) && isRecord(into[k])) merge(into[k], v);
    else into[k] = v;
  }
  return into;
}

/**
 * A value of schema `s`. Options: `mode` ('v3' | 'v2in' | 'v2out'), `requiredOnly` (leave out
 * optional properties), `empty` (the seed page style: '' and 0 instead of examples).
 */
export function sampleOf(schemas, s, opts, depth = 0) {
  if (!s || depth > 24) return {};
  const { mode = 'v3', requiredOnly = false, empty = false } = opts;
  const asText = mode === 'v2out';
  switch (s.t) {
    case 'ref':
      return sampleOf(schemas, schemas.defs.get(s.def).schema, opts, depth + 1);
    case 'string': {
      if (empty && !s.enum) return '';
      return stringFor(s);
    }
    case 'integer':
    case 'number': {
      const n = empty && !s.enum ? 0 : numberFor(s);
      return asText ? String(n) : n;
    }
    case 'boolean': {
      const b = typeof s.example === 'boolean' ? s.example : s.enum ? s.enum[0] : true;
      return asText ? String(b) : b;
    }
    case 'array':
      return [sampleOf(schemas, s.items, opts, depth + 1)];
    case 'object': {
      const out = {};
      const { chosen, excluded } = groupChoice(s.groups);
      for (const p of s.props ?? []) {
        if (mode === 'v2in' && CLIENT_FILLED_V2.has(p.name)) continue;
        if (excluded.has(p.name)) continue;
        if (requiredOnly && !p.req && !chosen.has(p.name)) continue;
        out[p.name] = sampleOf(schemas, p.s, opts, depth + 1);
        const ds = p.s.t === 'ref' ? schemas.deref(p.s) : p.s;
        if (mode === 'v2out' && (p.name === 'return_code' || p.name === 'result_code') && (!ds.enum || ds.enum.includes('SUCCESS'))) out[p.name] = 'SUCCESS';
      }
      return out;
    }
    case 'all': {
      const out = {};
      for (const part of s.parts) {
        const v = sampleOf(schemas, part, opts, depth + 1);
        if (isRecord(v)) merge(out, v);
      }
      for (const name of s.requireFromRefs ?? []) if (!(name in out)) out[name] = asText ? 'string' : '';
      return out;
    }
    case 'one':
      return sampleOf(schemas, s.parts[0], opts, depth + 1);
    case 'file':
      return '';
    default:
      return {};
  }
}

/** The options object of a call (path variables, query, json/xml, upload body placeholder). */
export function optionsSample(schemas, op, { requiredOnly = false, empty = false } = {}) {
  const mode = op.family === 'v2' ? 'v2in' : 'v3';
  const opts = { mode, requiredOnly, empty };
  const out = {};
  for (const p of op.pathParams) {
    const v = sampleOf(schemas, p.schema, { ...opts, empty: false });
    out[p.name] = typeof v === 'string' && v !== 'string' ? v : typeof v === 'number' ? v : `${p.name}`;
  }
  const query = {};
  const { chosen, excluded } = groupChoice(op.queryGroups);
  for (const q of op.query) {
    if (excluded.has(q.name)) continue;
    if (!requiredOnly || q.required || chosen.has(q.name)) query[q.name] = sampleOf(schemas, q.schema, opts);
  }
  if (Object.keys(query).length) out.query = query;
  if (op.body) {
    const body = sampleOf(schemas, op.body.schema, opts);
    out[op.family === 'v2' ? 'xml' : 'json'] = body;
  }
  return out;
}

/** Answer sample for an operation: [status, body] (body undefined for void/binary). */
export function answerSample(schemas, op) {
  const r = op.response;
  if (r.kind !== 'data') return [r.status, undefined];
  return [r.status, sampleOf(schemas, r.schema, { mode: op.family === 'v2' ? 'v2out' : 'v3' })];
}

/** True when `value` conforms to schema `s` (used by the generator's own check and the specs). */
export function conforms(schemas, s, value, mode = 'v3', path = '$', problems = []) {
  const fail = (m) => {
    problems.push(`${path}: ${m}`);
    return false;
  };
  if (!s) return true;
  switch (s.t) {
    case 'ref':
      return conforms(schemas, schemas.defs.get(s.def).schema, value, mode, path, problems);
    case 'string':
      if (typeof value !== 'string') return fail(`expected string, got ${typeof value}`);
      if (s.enum && !s.enum.includes(value)) return fail(`"${value}" not in enum`);
      return true;
    case 'integer':
    case 'number':
      if (mode === 'v2out') return typeof value === 'string' || fail('expected string (APIv2)');
      if (typeof value !== 'number') return fail(`expected number, got ${typeof value}`);
      if (s.enum && !s.enum.includes(value)) return fail(`${value} not in enum`);
      return true;
    case 'boolean':
      if (mode === 'v2out') return typeof value === 'string' || fail('expected string (APIv2)');
      return typeof value === 'boolean' || fail(`expected boolean, got ${typeof value}`);
    case 'array':
      if (!Array.isArray(value)) return fail('expected array');
      return value.every((v, i) => conforms(schemas, s.items, v, mode, `${path}[${i}]`, problems));
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('expected object');
      let ok = true;
      for (const p of s.props ?? []) {
        if (!(p.name in value)) {
          if (p.req) ok = fail(`missing required "${p.name}"`) && ok;
          continue;
        }
        ok = conforms(schemas, p.s, value[p.name], mode, `${path}.${p.name}`, problems) && ok;
      }
      for (const g of s.groups ?? []) {
        if (g.kind === 'any' && !g.names.some((n) => n in value)) ok = fail(`none of ${g.names.join(', ')} (${g.note})`) && ok;
        if (g.kind === 'modes' && g.modes.filter((m) => m.names.some((n) => n in value)).length > 1)
          ok = fail(`fields of more than one mode (${g.note})`) && ok;
      }
      return ok;
    }
    case 'all':
      return s.parts.map((p) => conforms(schemas, p, value, mode, path, problems)).every(Boolean);
    case 'one':
      return s.parts.some((p) => conforms(schemas, p, value, mode, path, [])) || fail('matches no oneOf part');
    default:
      return true;
  }
}

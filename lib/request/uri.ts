/**
 * URI step: RFC 6570 expansion (levels 1–4: every operator, prefix `:n` and explode `*`) of the
 * chain's template with the request options, plus the single query serialisation. Values are
 * percent-encoded; `{+x}` and `{#x}` keep reserved characters and existing `%XX` triplets.
 */
import { ArgumentError } from '../errors';

interface OperatorSpec {
  first: string;
  sep: string;
  named: boolean;
  ifemp: string;
  reserved: boolean;
}

const OPERATORS: Record<string, OperatorSpec> = {
  '': { first: '', sep: ',', named: false, ifemp: '', reserved: false },
  '+': { first: '', sep: ',', named: false, ifemp: '', reserved: true },
  '#': { first: '#', sep: ',', named: false, ifemp: '', reserved: true },
  '.': { first: '.', sep: '.', named: false, ifemp: '', reserved: false },
  '/': { first: '/', sep: '/', named: false, ifemp: '', reserved: false },
  ';': { first: ';', sep: ';', named: true, ifemp: '', reserved: false },
  '?': { first: '?', sep: '&', named: true, ifemp: '=', reserved: false },
  '&': { first: '&', sep: '&', named: true, ifemp: '=', reserved: false },
};

/** A value of RFC 3986 `unreserved` characters only. */
const UNRESERVED = /^[A-Za-z0-9._~-]*$/;

/** What encodeURIComponent leaves that `unreserved` does not allow. */
const MARKS = /[!'()*]/;

/** RFC 3986 `unreserved` only: like PHP `rawurlencode`, so `!'()*` are encoded too. */
export function encodeUnreserved(value: string): string {
  // most values (ids, dates, amounts) are unreserved already: nothing to encode
  if (UNRESERVED.test(value)) return value;
  const encoded = encodeURIComponent(value);
  return MARKS.test(encoded) ? encoded.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : encoded;
}

/** Keep reserved characters and already-encoded `%XX` triplets; encode the rest. */
function encodeReserved(value: string): string {
  let out = '';
  for (const part of value.split(/(%[0-9A-Fa-f]{2})/)) {
    if (/^%[0-9A-Fa-f]{2}$/.test(part)) out += part;
    else out += encodeURI(part).replace(/%5B/g, '[').replace(/%5D/g, ']');
  }
  return out;
}

type Value = string | number | boolean | bigint;
type Expandable = Value | Value[] | Record<string, Value> | null | undefined;

function scalar(v: unknown, name: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  throw new ArgumentError(`The path variable "${name}" must be a string, number or boolean, got ${v === null ? 'null' : typeof v}.`);
}

function isDefined(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v as object).length > 0;
  return true;
}

/** Operators whose variables must be supplied: a missing one would silently produce a wrong path. */
const REQUIRED_OPS = new Set(['', '+']);

export interface Expansion {
  /** The expanded string. */
  value: string;
  /** The variable names the template used (to remove them from the options). */
  names: string[];
}

const cache = new Map<string, Array<string | { op: string; vars: Array<{ name: string; explode: boolean; prefix?: number }> }>>();

function parse(template: string) {
  let parsed = cache.get(template);
  if (parsed) return parsed;
  parsed = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      parsed.push(template.slice(i));
      break;
    }
    if (open > i) parsed.push(template.slice(i, open));
    const close = template.indexOf('}', open);
    if (close < 0) throw new ArgumentError(`The path "${template}" has an unclosed "{".`);
    let body = template.slice(open + 1, close);
    let op = '';
    if (body && '+#./;?&'.includes(body[0] as string)) {
      op = body[0] as string;
      body = body.slice(1);
    }
    if (!body) throw new ArgumentError(`The path "${template}" has an empty expression "{${op}}".`);
    const vars = body.split(',').map((spec) => {
      const m = /^([A-Za-z0-9_.%]+)(?::([1-9][0-9]{0,3})|(\*))?$/.exec(spec);
      if (!m) throw new ArgumentError(`The path "${template}" has an invalid variable "${spec}".`);
      return { name: m[1] as string, explode: Boolean(m[3]), prefix: m[2] ? Number(m[2]) : undefined };
    });
    parsed.push({ op, vars });
    i = close + 1;
  }
  if (cache.size > 2048) cache.clear();
  cache.set(template, parsed);
  return parsed;
}

/** True when the string holds a template expression. */
export function isTemplate(s: string): boolean {
  return s.includes('{');
}

/**
 * Expand `template` with `vars`. A variable of a `{x}` or `{+x}` expression that is missing, null
 * or empty-list is an error; `.` and `..` as a whole `{x}` value are refused (they would move up the path).
 */
export function expand(template: string, vars: Record<string, unknown>): Expansion {
  if (!template.includes('{')) return { value: template, names: [] };
  const names: string[] = [];
  let out = '';
  for (const part of parse(template)) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const spec = OPERATORS[part.op] as OperatorSpec;
    const enc = spec.reserved ? encodeReserved : encodeUnreserved;
    const pieces: string[] = [];
    for (const v of part.vars) {
      names.push(v.name);
      const raw = vars[v.name] as Expandable;
      if (!isDefined(raw)) {
        if (REQUIRED_OPS.has(part.op)) {
          throw new ArgumentError(`The path variable "${v.name}" of "${template}" is missing: pass { ${v.name}: '…' } in the request options.`);
        }
        continue;
      }
      if (Array.isArray(raw) || (typeof raw === 'object' && raw !== null)) {
        if (v.prefix !== undefined) throw new ArgumentError(`The prefix modifier ":${v.prefix}" cannot apply to the composite variable "${v.name}".`);
        const pairs: Array<[string | undefined, string]> = Array.isArray(raw)
          ? raw.map((x) => [undefined, scalar(x, v.name)])
          : Object.entries(raw).map(([k, x]) => [k, scalar(x, v.name)]);
        if (v.explode) {
          pieces.push(
            pairs
              .map(([k, x]) => {
                if (k !== undefined) return `${enc(k)}=${enc(x)}`;
                if (spec.named) return x === '' ? `${v.name}${spec.ifemp}` : `${v.name}=${enc(x)}`;
                return enc(x);
              })
              .join(spec.sep),
          );
        } else {
          const joined = pairs.map(([k, x]) => (k !== undefined ? `${enc(k)},${enc(x)}` : enc(x))).join(',');
          pieces.push(spec.named ? `${v.name}${joined === '' ? spec.ifemp : `=${joined}`}` : joined);
        }
        continue;
      }
      let s = scalar(raw, v.name);
      if (v.prefix !== undefined) s = Array.from(s).slice(0, v.prefix).join('');
      if (part.op === '' && (s === '.' || s === '..')) {
        throw new ArgumentError(`The path variable "${v.name}" cannot be "${s}".`);
      }
      if (spec.named) pieces.push(s === '' ? `${v.name}${spec.ifemp}` : `${v.name}=${enc(s)}`);
      else pieces.push(enc(s));
    }
    if (pieces.length) out += spec.first + pieces.join(spec.sep);
  }
  return { value: out, names };
}

export type QueryValue = string | number | boolean | bigint | null | undefined | Array<string | number | boolean | bigint>;

/**
 * Serialise the `query` option once (RFC 3986 encoding, space → `%20`; `null`/`undefined` dropped;
 * arrays as repeated keys). A string is used as given. The result is both signed and sent.
 */
export function serializeQuery(query: Record<string, QueryValue> | string | undefined | null): string {
  if (query === undefined || query === null) return '';
  if (typeof query === 'string') return query.replace(/^\?/, '');
  if (typeof query !== 'object') throw new ArgumentError(`The "query" option must be an object or a string, got ${typeof query}.`);
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null) continue;
    const values = Array.isArray(v) ? v : [v];
    for (const item of values) {
      if (typeof item === 'object' && item !== null) {
        throw new ArgumentError(`The query parameter "${k}" must be a scalar or a list of scalars; serialise nested values yourself (JSON).`);
      }
      parts.push(`${encodeUnreserved(k)}=${encodeUnreserved(String(item))}`);
    }
  }
  return parts.join('&');
}

/** An absolute base URL ending in `/`, without query or fragment (resolution then appends to it). */
const PLAIN_BASE = /^[a-z][a-z0-9+.-]*:\/\/[^?#]*\/$/i;
const plainBases = new Map<string, boolean>();
function plainBase(base: string): boolean {
  let plain = plainBases.get(base);
  if (plain === undefined) {
    plain = PLAIN_BASE.test(base);
    if (plainBases.size < 64) plainBases.set(base, plain);
  }
  return plain;
}

/** A relative path (no scheme, no leading `/` or `\\`, not only a query or fragment) that resolution appends to its base. */
function plainRelative(path: string): boolean {
  const c = path.charCodeAt(0);
  // a letter or digit first; a ':' before the first '/', '?' or '#' would make the first segment a scheme
  if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) return false;
  const colon = path.indexOf(':');
  if (colon < 0) return true;
  const end = path.search(/[/?#]/);
  return end >= 0 && end < colon;
}

/**
 * `new URL(path, base)`. A path relative to a base that ends in a directory resolves to the two
 * written one after the other: that is parsed instead (parsing the base again for every call costs
 * about as much as the rest).
 */
export function resolveUrl(path: string, base: string): URL {
  return plainBase(base) && plainRelative(path) ? new URL(`${base}${path}`) : new URL(path, base);
}

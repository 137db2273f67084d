/** Case-insensitive header helpers for plain header objects. */

export type HeaderMap = Record<string, string>;

/** Find a header's key in `headers`, whatever its letter case. */
export function findHeader(headers: Record<string, unknown>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const k of Object.keys(headers)) if (k.toLowerCase() === lower) return k;
  return undefined;
}

/** Read a header's value, whatever its letter case; arrays give their first value. */
export function getHeader(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const h = headers as Record<string, unknown>;
  // Node and axios store lower-case names: try that before scanning.
  const lower = name.toLowerCase();
  const key = h[lower] !== undefined ? lower : findHeader(h, name);
  if (key === undefined) return undefined;
  const v = h[key];
  if (Array.isArray(v)) return v.length ? String(v[0]) : undefined;
  return v === undefined || v === null ? undefined : String(v);
}

/** Set `name` unless some letter-case variant of it is already there. */
export function setDefault(headers: HeaderMap, name: string, value: string): void {
  if (findHeader(headers, name) === undefined) headers[name] = value;
}

/** Merge header objects left to right; later keys replace earlier ones whatever their case. */
export function mergeHeaders(...sources: Array<Record<string, unknown> | undefined>): HeaderMap {
  const out: HeaderMap = {};
  for (const src of sources) {
    if (!src) continue;
    for (const [k, v] of Object.entries(src)) {
      const existing = findHeader(out, k);
      if (existing !== undefined) delete out[existing];
      if (v !== undefined && v !== null) out[k] = String(v);
    }
  }
  return out;
}

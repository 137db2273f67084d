/**
 * Catalogue keys: how every endpoint fact in lib/openapi/catalogue.ts is keyed (`v3/…`, `v2/…`,
 * `hk/v3/…`, `global/v3/…`), how a URL, pathname or template becomes one, and which keys a catalogued
 * key (a template) stands for.
 */
import { PATTERNS } from '../openapi/catalogue';

/** A path as a catalogue key: no leading slash, no query; a bare APIv2 path gets its `v2/` prefix. */
export function catalogueKey(path: string): string {
  // the common case, an APIv3 pathname (every APIv3 call asks): what the general steps below give
  if (path.startsWith('/v3/') && !path.includes('?') && !path.includes('#')) return path.slice(1);
  let p = path.replace(/[?#].*$/, '').replace(/^\/+/, '');
  const abs = /^https?:\/\/[^/]+\/(.*)$/i.exec(p);
  if (abs) p = abs[1] as string;
  if (/^v2\//i.test(p)) return `v2/${p.slice(3)}`;
  return /^(v3|hk|global)\//.test(p) ? p : `v2/${p}`;
}

/** True when the catalogued `template` stands for catalogue key `key` (a `{variable}` matches one segment). */
export function keyMatches(template: string, key: string): boolean {
  return template === key || PATTERNS[template]?.test(key) === true;
}

const escapeRe = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * One matcher for a list of catalogued keys: true exactly where {@link keyMatches} is true for one of
 * them. The keys are joined into a single anchored alternation, so a lookup asked on every call runs
 * one regular expression instead of a test per key. `strip` is a prefix each key is matched without
 * (the key must begin with it).
 */
export function matcherOf(keys: readonly string[], strip: (key: string) => string = () => ''): (key: string) => boolean {
  if (keys.length === 0) return () => false;
  const alternatives = keys.map((key) => {
    const prefix = strip(key);
    const pattern = PATTERNS[key];
    if (pattern === undefined) return escapeRe(key.slice(prefix.length));
    const head = `^${escapeRe(prefix)}`;
    const source = pattern.source;
    if (!source.startsWith(head) || !source.endsWith('$') || pattern.flags !== '')
      throw new Error(`catalogue pattern of ${key} is not an anchored ${head}… pattern`);
    return source.slice(head.length, -1);
  });
  const re = new RegExp(`^(?:${alternatives.join('|')})$`);
  return (key) => re.test(key);
}

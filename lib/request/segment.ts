/**
 * Segment spelling: an identifier-like key is camelCase (→ kebab-case) or `_name_` (→ `{name}`);
 * anything else is used verbatim, so values written into `chain('…')` keep their case.
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Keys already turned into segments: a chain reads the same few names on every call. Bounded. */
const spelled = new Map<string, string>();

/** Turn one property key into its URL segment. */
export function normalizeSegment(key: string): string {
  let segment = spelled.get(key);
  if (segment === undefined) {
    segment = spell(key);
    if (spelled.size >= 4096) spelled.clear();
    spelled.set(key, segment);
  }
  return segment;
}

function spell(key: string): string {
  if (!IDENTIFIER.test(key)) return key;
  if (key.length >= 2 && key.startsWith('_') && key.endsWith('_')) return `{${key.slice(1, -1)}}`;
  let out = '';
  for (let i = 0; i < key.length; i += 1) {
    const c = key[i] as string;
    if (c >= 'A' && c <= 'Z') out += i === 0 ? c.toLowerCase() : `-${c.toLowerCase()}`;
    else out += c;
  }
  return out;
}

/** Join segments into the URI template a chain stands for. */
export function joinSegments(segments: readonly string[]): string {
  return segments.join('/');
}

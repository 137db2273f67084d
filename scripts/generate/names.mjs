// Naming: URL segment → chain property (round-trips through lib/request/segment.ts normalizeSegment) and
// → a readable interface-name fragment; TS key quoting; TSDoc text escaping.

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The runtime's rule (lib/request/segment.ts), repeated here so the generator can check round trips. */
export function normalizeSegment(key) {
  if (!IDENTIFIER.test(key)) return key;
  if (key.length >= 2 && key.startsWith('_') && key.endsWith('_')) return `{${key.slice(1, -1)}}`;
  let out = '';
  for (let i = 0; i < key.length; i += 1) {
    const c = key[i];
    if (c >= 'A' && c <= 'Z') out += i === 0 ? c.toLowerCase() : `-${c.toLowerCase()}`;
    else out += c;
  }
  return out;
}

/**
 * The property that reaches `segment` in a property chain, or undefined when none round-trips
 * (capitalised v2 segments: those are reachable through chain('…') and client['…'] only).
 * The empty segment of a trailing-slash path is the property '' (`node['']`).
 */
export function propertyOf(segment) {
  if (segment === '') return '';
  const m = /^\{([a-z0-9_]+)\}$/i.exec(segment);
  const prop = m ? `_${m[1]}_` : segment.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
  return normalizeSegment(prop) === segment && IDENTIFIER.test(prop) ? prop : undefined;
}

/** Interface-name fragment for a segment: PascalCase words, `{x}` → `_x_`, '' → `Slash`. */
export function nameFragment(segment) {
  if (segment === '') return 'Slash';
  const m = /^\{([^}]+)\}$/.exec(segment);
  if (m) return `_${m[1].replace(/[^A-Za-z0-9_]/g, '_')}_`;
  return segment
    .split('-')
    .map((w) => (w ? w[0].toUpperCase() + w.slice(1) : ''))
    .join('')
    .replace(/[^A-Za-z0-9_]/g, '_');
}

/** A TS property key: bare when it is an identifier, quoted otherwise. */
export function tsKey(name) {
  return IDENTIFIER.test(name) ? name : `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A TS string literal (single quotes). */
export function tsString(value) {
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n')}'`;
}

/** Text safe inside a `/** … *\/` block: no comment terminator, no accidental tags, no trailing spaces. */
export function docText(text) {
  return String(text)
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\\/')
    .split('\n')
    .map((line) => line.replace(/\s+$/, '').replace(/^(\s*)@/, '$1\\@'))
    .join('\n');
}

/** A JSDoc block from lines (already-escaped text allowed to hold newlines), indented. */
export function docBlock(lines, indent) {
  const flat = lines.flatMap((l) => String(l).split('\n'));
  while (flat.length && flat[flat.length - 1] === '') flat.pop();
  if (!flat.length) return '';
  if (flat.length === 1) return `${indent}/** ${flat[0]} */\n`;
  return `${indent}/**\n${flat.map((l) => (l ? `${indent} * ${l}` : `${indent} *`)).join('\n')}\n${indent} */\n`;
}

/** Remove markdown links `[label](url)` from a description (the URLs go to `@see`). */
export function stripLinks(text) {
  return String(text ?? '')
    .replace(/\s*\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)/g, '')
    .trim();
}

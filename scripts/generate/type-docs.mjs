// Doc lines of generated types: a schema's description, and the note of a one-of group.
import { docText } from './names.mjs';

export function pascal(text) {
  return String(text)
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** TSDoc lines for a schema node (description, enum value notes, format, deprecation). */
export function schemaDocLines(s, extra = []) {
  const lines = [];
  if (s.desc) lines.push(docText(s.desc));
  if (s.enumDocs) {
    if (lines.length) lines.push('');
    s.enum.forEach((v, i) => {
      if (s.enumDocs[i]) lines.push(docText(`- \`${v}\`: ${s.enumDocs[i]}`));
    });
  }
  lines.push(...extra);
  if (s.format) lines.push(`@format ${docText(s.format)}`);
  if (s.deprecated) lines.push('@deprecated');
  return lines;
}

/** The one-of note for property `name` when it belongs to a group: `二选一: …`. */
export function groupNote(groups, name) {
  for (const g of groups ?? []) {
    if (g.kind === 'any' && g.names.includes(name)) return `${g.note}: give at least one of ${g.names.map((n) => `\`${n}\``).join(', ')}.`;
    if (g.kind === 'modes') {
      const m = g.modes.find((x) => x.names.includes(name));
      if (m)
        return `${g.note}: ${g.modes.map((x) => `${x.label} ${x.required.map((n) => `\`${n}\``).join(' + ')}`).join('; ')}. This field belongs to ${m.label}${m.required.includes(name) ? ' (required there)' : ''}.`;
    }
  }
  return '';
}

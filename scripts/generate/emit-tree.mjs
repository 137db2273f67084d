// Tree and body emitters: `tree.d.ts` (the path tree as data) and `bodies.d.ts` (the body types).
import { tsString } from './names.mjs';

/**
 * `tree.d.ts`: the path tree as data, `Tree['v3/pay'] = 'acquiringBank=acquiring-bank' | 'instal' | …`,
 * each node's children as words (a union of string literals, not an object: a consumer's tsc then
 * binds no member per edge). lib/typed.ts turns the words into the node's properties (children, the
 * verbs of `Paths[path]`, and their twins). A word is the segment when the property is spelled the
 * same, `property=segment` when it is not, `{name}` for a path variable (properties `_name_` and
 * `'{name}'`) and `=` for the trailing-slash segment; a leaf is `never`. The root is not listed: its
 * children `v3`, `v2`, `hk` and `global` are nodes like the others.
 */
export function treeFile(tree, header) {
  let out = `${header}
/**
 * Every node of the path tree but the root, by its path: its children as words (\`segment\`,
 * \`property=segment\`, \`{name}\` for a path variable, \`=\` for a trailing slash); \`never\` for a leaf.
 */
export interface Tree {
`;
  const nodes = [...tree.nodes.values()].filter((n) => n.path !== '').sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const node of nodes) {
    const words = node.props.map(({ prop, child }) => wordOf(prop, child.segments[child.segments.length - 1], child.path));
    out += `  ${tsString(node.path)}: ${words.length ? words.map(tsString).join(' | ') : 'never'};\n`;
  }
  return `${out}}\n`;
}

/** One child as a word of its parent's list (see treeFile); lib/typed.ts reads it back at the type level. */
function wordOf(prop, segment, path) {
  if (/[\s'=\\]/.test(segment) || /[\s'=\\]/.test(prop))
    throw new Error(`tree: ${path}: a segment or property with a space, quote, backslash or "=" cannot be a word`);
  const variable = /^\{([^}]+)\}$/.exec(segment);
  if (variable) {
    if (prop !== `_${variable[1]}_`) throw new Error(`tree: ${path}: path variable property ${prop} is not _${variable[1]}_`);
    return segment;
  }
  if (prop === segment) return segment === '' ? '=' : segment;
  return `${prop}=${segment}`;
}

/** `bodies.d.ts`: the body types the generated operations use (public through lib/typed.ts). */
export function bodiesFile(header) {
  return `${header}import type { Readable } from 'node:stream';

/** \`data\` of a file download (bills, statements, images, PDFs): the bytes, or a stream with \`responseType: 'stream'\`. */
export type BinaryBody = Buffer | Readable;

/** The body of a multipart upload: a MediaUtil stream (or ready bytes) sent with its Content-Type header. */
export type UploadBody = string | Buffer | Readable;

/** One operation: what its verb accepts (\`options\`) and the \`data\` it resolves with (\`response\`). */
export interface Op<O, R> {
  options: O;
  response: R;
}

/** Options every APIv2 operation also takes. */
export interface V2Extras {
  /** Send the merchant TLS client certificate (automatic for the operations that need it). */
  security?: boolean;
  /** Do not add \`nonce_str\` (the few APIv2 calls that refuse it). */
  nonceless?: boolean;
}
`;
}

// Tree and body emitters: `tree.d.ts` (the path tree as data) and `bodies.d.ts` (the body types).
import { tsKey, tsString } from './names.mjs';

/**
 * `tree.d.ts`: the path tree as data, `Tree['v3/pay'] = { transactions: 'v3/pay/transactions', … }`,
 * each node's children by property (a path variable also by its `{name}` spelling). lib/typed.ts
 * maps a path to its client node (children, the verbs of `Paths[path]`, and their twins), so the
 * tree costs a consumer's tsc one small literal per edge and imports nothing.
 */
export function treeFile(tree, header) {
  let out = `${header}
/** Every node of the path tree by its path (\`''\` is the client root): property → child path. */
export interface Tree {
`;
  const nodes = [...tree.nodes.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const node of nodes) {
    let children = '';
    for (const { prop, child } of node.props) {
      children += `    ${tsKey(prop)}: ${tsString(child.path)};\n`;
      // A path variable is also reachable by its template spelling: `id['{transaction_id}']`.
      const segment = child.segments[child.segments.length - 1];
      if (/^\{[^}]+\}$/.test(segment)) children += `    ${tsKey(segment)}: ${tsString(child.path)};\n`;
    }
    out += `  ${tsString(node.path)}: {${children ? `\n${children}  ` : ''}};\n`;
  }
  return `${out}}\n`;
}

/** `bodies.d.ts`: the body types the generated operations use (public through lib/typed.ts). */
export function bodiesFile(header) {
  return `${header}import type { Readable } from 'node:stream';

/** \`data\` of a file download (bills, statements, images, PDFs): the bytes, or a stream with \`responseType: 'stream'\`. */
export type BinaryBody = Buffer | Readable;

/** The body of a multipart upload: a MediaUtil stream (or ready bytes) sent with its Content-Type header. */
export type UploadBody = string | Buffer | Readable;

/** Options every APIv2 operation also takes. */
export interface V2Extras {
  /** Send the merchant TLS client certificate (automatic for the operations that need it). */
  security?: boolean;
  /** Do not add \`nonce_str\` (the few APIv2 calls that refuse it). */
  nonceless?: boolean;
}
`;
}

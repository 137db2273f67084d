// Runtime catalogue emitter: the only per-endpoint facts the client runtime needs (file downloads,
// multipart uploads, APIv2 calls that need the TLS client certificate, non-default hosts), with
// small lookup functions. Everything else about endpoints lives in types only.
import { tsString } from './names.mjs';

const APIHK = 'https://apihk.mch.weixin.qq.com/';

/** `{x}` → one path segment; literal sibling paths that the variable would swallow are excluded. */
function patternOf(key, allKeys) {
  const segs = key.split('/');
  const parts = segs.map((seg, i) => {
    if (!/^\{[^}]+\}$/.test(seg)) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const prefix = segs.slice(0, i).join('/');
    const literals = [...new Set(allKeys
      .filter((k) => k.startsWith(`${prefix}/`) && k.split('/').length === segs.length)
      .map((k) => k.split('/')[i])
      .filter((s) => !/^\{/.test(s)))].sort();
    const rest = segs.length - 1 === i ? '$' : '/';
    const not = literals.length ? `(?!(?:${literals.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})${rest === '$' ? '$' : '/'})` : '';
    return `${not}[^/]+`;
  });
  return `^${parts.join('\\/')}$`;
}

export function emitCatalogue(ops, header) {
  const keys = [...new Set(ops.map((o) => o.key))];
  const downloads = ops.filter((o) => o.response.kind === 'binary');
  const uploads = ops.filter((o) => o.upload);
  const certs = ops.filter((o) => o.certRequired).map((o) => o.key).sort();
  const hosts = new Map();
  for (const o of ops) {
    const host = o.baseUri ?? (o.family === 'global' ? APIHK : undefined);
    if (host) hosts.set(o.key, host);
  }
  const entry = (o) => `  [${tsString(o.method.toUpperCase())}, ${tsString(o.key)}${/\{/.test(o.key) ? `, /${patternOf(o.key, keys)}/` : ''}],`;
  let out = header;
  out += `/**
 * The runtime catalogue: what the client must know about particular endpoints, derived from the
 * OpenAPI data. Paths are catalogue keys (\`v3/…\`, \`v2/…\`, \`hk/v3/…\`, \`global/v3/…\`); the lookups
 * also accept a URL pathname (\`/v3/…\`, an APIv2 \`/secapi/pay/refund\`) or a template, with or without query.
 * Counts: ${downloads.length} downloads, ${uploads.length} uploads, ${certs.length} certificate calls, ${hosts.size} non-default hosts.
 */

/** [METHOD, catalogue key, matcher for keys holding \`{variables}\`] */
type Entry = readonly [method: string, key: string, pattern?: RegExp];

/** Operations whose 2xx answer is a file (bills, statements, images, PDFs), not JSON/XML. */
const DOWNLOADS: readonly Entry[] = [
${downloads.map(entry).join('\n')}
];

/** Operations that send a multipart/form-data body (file + meta). */
const UPLOADS: readonly Entry[] = [
${uploads.map(entry).join('\n')}
];

/** APIv2 operations that need the merchant TLS client certificate (\`x-api-cert-required\`). */
const CLIENT_CERTIFICATE: ReadonlySet<string> = new Set([
${certs.map((k) => `  ${tsString(k)},`).join('\n')}
]);

/** Operations served by another host than the configured \`baseURL\`. */
const HOSTS: Readonly<Record<string, string>> = {
${[...hosts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `  ${tsString(k)}: ${tsString(v)},`).join('\n')}
};

/** A path as a catalogue key: no leading slash, no query; a bare APIv2 path gets its \`v2/\` prefix. */
export function catalogueKey(path: string): string {
  let p = path.replace(/[?#].*$/, '').replace(/^\\/+/, '');
  const abs = /^https?:\\/\\/[^/]+\\/(.*)$/i.exec(p);
  if (abs) p = abs[1] as string;
  if (/^v2\\//i.test(p)) return \`v2/\${p.slice(3)}\`;
  return /^(v3|hk|global)\\//.test(p) ? p : \`v2/\${p}\`;
}

function find(entries: readonly Entry[], path: string, method?: string): boolean {
  const key = catalogueKey(path);
  const verb = method?.toUpperCase();
  return entries.some(([m, k, re]) => (verb === undefined || m === verb) && (k === key || (re !== undefined && re.test(key))));
}

/** True when the operation answers a file (its 2xx body is bytes, not JSON/XML). Any method when \`method\` is left out. */
export function isDownloadPath(path: string, method?: string): boolean {
  return find(DOWNLOADS, path, method);
}

/** True when the operation sends a multipart/form-data upload. Any method when \`method\` is left out. */
export function isUploadPath(path: string, method?: string): boolean {
  return find(UPLOADS, path, method);
}

/** True when the APIv2 operation needs the merchant TLS client certificate. */
export function needsClientCertificate(path: string): boolean {
  return CLIENT_CERTIFICATE.has(catalogueKey(path));
}

/** The host (with trailing slash) an operation is served from when it is not the default one, else undefined. */
export function hostFor(path: string): string | undefined {
  return HOSTS[catalogueKey(path)];
}

/** The catalogue as data (for tools and docs). */
export const catalogue = {
  /** \`METHOD key\` of every download. */
  downloads: DOWNLOADS.map(([m, k]) => \`\${m} \${k}\`),
  /** \`METHOD key\` of every upload. */
  uploads: UPLOADS.map(([m, k]) => \`\${m} \${k}\`),
  clientCertificate: [...CLIENT_CERTIFICATE],
  hosts: HOSTS,
};
`;
  return [['lib/openapi/catalogue.ts', out]];
}

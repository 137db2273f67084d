// Runtime catalogue emitter: the per-endpoint facts the client runtime needs (file answers, multipart
// uploads, unsigned answers, JSON APIv2 answers, APIv2 calls that need the TLS client certificate,
// non-default hosts), as data only. The data's own facts and the fact table (facts.mjs) meet here;
// the lookups over this data are hand-written (lib/endpoints/, lib/v2/endpoints.ts).
import { tsString } from './names.mjs';
import { CERTIFICATE_PREFIXES, hostOf, V2_UNSIGNED, V3_UNSIGNED_FILES } from './facts.mjs';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `{x}` → one path segment; literal sibling paths that the variable would swallow are excluded. */
function patternOf(key, allKeys) {
  const segs = key.split('/');
  const parts = segs.map((seg, i) => {
    if (!/^\{[^}]+\}$/.test(seg)) return escape(seg);
    const prefix = segs.slice(0, i).join('/');
    const literals = [
      ...new Set(
        allKeys
          .filter((k) => k.startsWith(`${prefix}/`) && k.split('/').length === segs.length)
          .map((k) => k.split('/')[i])
          .filter((s) => !/^\{/.test(s)),
      ),
    ].sort();
    const rest = segs.length - 1 === i ? '$' : '/';
    const not = literals.length ? `(?!(?:${literals.map(escape).join('|')})${rest === '$' ? '$' : '/'})` : '';
    return `${not}[^/]+`;
  });
  return `^${parts.join('\\/')}$`;
}

const byKey = (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.method < b.method ? -1 : a.method > b.method ? 1 : 0);
const list = (keys) => keys.map((k) => `  ${tsString(k)},`).join('\n');

export function emitCatalogue(ops, header) {
  const keys = [...new Set(ops.map((o) => o.key))];
  const downloads = ops.filter((o) => o.response.kind === 'binary');
  const uploads = ops.filter((o) => o.upload);
  // Every APIv3 file answer is unsigned (checked by hash instead); the fact table adds the files the data lacks.
  const extra = V3_UNSIGNED_FILES.ops.map((id) => {
    const [method, key] = id.split(' ');
    return { method: method.toLowerCase(), key };
  });
  const unsignedV3 = [...downloads.filter((o) => o.family !== 'v2'), ...extra].sort(byKey);
  const certs = ops
    .filter((o) => o.certRequired)
    .map((o) => o.key)
    .sort();
  const unsignedV2 = V2_UNSIGNED.keys.map((k) => `v2/${k}`).sort();
  const jsonV2 = [...new Set(ops.filter((o) => o.family === 'v2' && o.produces.includes('application/json')).map((o) => o.key))].sort();
  const hosts = new Map();
  for (const o of ops) {
    const host = hostOf(o);
    if (host) hosts.set(o.key, host);
  }
  const entry = (o) => `  [${tsString(o.method.toUpperCase())}, ${tsString(o.key)}],`;
  const templated = [...new Set([...downloads, ...uploads, ...unsignedV3].map((o) => o.key).filter((k) => /\{/.test(k)))].sort();
  let out = header;
  out += `/**
 * The runtime catalogue: what the client must know about particular endpoints, as data, from the
 * OpenAPI data and the generator's fact table (scripts/generate/facts.mjs). Keys are catalogue keys
 * (\`v3/…\`, \`v2/…\`, \`hk/v3/…\`, \`global/v3/…\`); the lookups are in lib/endpoints/ and lib/v2/endpoints.ts.
 * Counts: ${downloads.length} downloads, ${uploads.length} uploads, ${unsignedV3.length} unsigned APIv3 files, ${certs.length} certificate calls, ${unsignedV2.length} unsigned APIv2 answers, ${jsonV2.length} JSON APIv2 answers, ${hosts.size} non-default hosts.
 */

/** [METHOD, catalogue key] */
export type CatalogueEntry = readonly [method: string, key: string];

/** Operations whose 2xx answer is a file (bills, statements, images, PDFs), not JSON/XML. */
export const DOWNLOADS: readonly CatalogueEntry[] = [
${downloads.map(entry).join('\n')}
];

/** Operations that send a multipart/form-data body (file + meta). */
export const UPLOADS: readonly CatalogueEntry[] = [
${uploads.map(entry).join('\n')}
];

/** APIv3 file downloads whose 2xx answer WeChat Pay does not sign (any method): the data's APIv3 downloads and the fact table's. */
export const UNSIGNED_V3: readonly string[] = [
${list([...new Set(unsignedV3.map((o) => o.key))])}
];

/** Matchers for the keys above that hold \`{variables}\`: a variable is one segment, literal sibling paths excluded. */
export const PATTERNS: Readonly<Record<string, RegExp>> = {
${templated.map((k) => `  ${tsString(k)}: /${patternOf(k, keys)}/,`).join('\n')}
};

/** APIv2 operations that need the merchant TLS client certificate (\`x-api-cert-required\`). */
export const CLIENT_CERTIFICATE: readonly string[] = [
${list(certs)}
];

/** Key prefixes whose every operation needs the merchant TLS client certificate (fact table). */
export const CLIENT_CERTIFICATE_PREFIXES: readonly string[] = [
${list(CERTIFICATE_PREFIXES.prefixes)}
];

/** APIv2 operations answered without a \`sign\` (fact table); their codes are still checked. */
export const UNSIGNED_V2: readonly string[] = [
${list(unsignedV2)}
];

/** APIv2 operations answered in JSON (\`{retcode, retmsg, …}\`) instead of XML (\`produces: application/json\`). */
export const JSON_V2: readonly string[] = [
${list(jsonV2)}
];

/** Operations served by another host than the configured \`baseURL\`. */
export const HOSTS: Readonly<Record<string, string>> = {
${[...hosts.entries()]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([k, v]) => `  ${tsString(k)}: ${tsString(v)},`)
  .join('\n')}
};
`;
  return [['lib/openapi/catalogue.ts', out]];
}

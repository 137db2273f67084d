/**
 * Lookups over the runtime catalogue (the generated data in lib/openapi/catalogue.ts): file answers,
 * multipart uploads, APIv2 calls bound to the merchant TLS client certificate, non-default hosts.
 * Each accepts a catalogue key, a URL pathname (`/v3/…`, an APIv2 `/secapi/pay/refund`), a template or
 * an absolute URL, with or without query.
 */
import { CLIENT_CERTIFICATE, CLIENT_CERTIFICATE_PREFIXES, DOWNLOADS, HOSTS, UPLOADS, type CatalogueEntry } from '../openapi/catalogue';
import { catalogueKey, matcherOf } from './key';

export { catalogueKey } from './key';

/** A list's matchers by method ('' for any method), built once: a call tests its own method's keys only, in one expression. */
type Index = Map<string, (key: string) => boolean>;
const indexes = new WeakMap<readonly CatalogueEntry[], Index>();
function indexOf(entries: readonly CatalogueEntry[]): Index {
  let index = indexes.get(entries);
  if (index === undefined) {
    const byMethod = new Map<string, string[]>([['', []]]);
    for (const [m, k] of entries) {
      (byMethod.get('') as string[]).push(k);
      const own = byMethod.get(m);
      if (own) own.push(k);
      else byMethod.set(m, [k]);
    }
    index = new Map([...byMethod].map(([m, keys]) => [m, matcherOf(keys)]));
    indexes.set(entries, index);
  }
  return index;
}

function find(entries: readonly CatalogueEntry[], path: string, method?: string): boolean {
  const matches = indexOf(entries).get(method === undefined ? '' : method.toUpperCase());
  return matches !== undefined && matches(catalogueKey(path));
}

/** True when the operation answers a file (its 2xx body is bytes, not JSON/XML). Any method when `method` is left out. */
export function isDownloadPath(path: string, method?: string): boolean {
  return find(DOWNLOADS, path, method);
}

/** True when the operation sends a multipart/form-data upload. Any method when `method` is left out. */
export function isUploadPath(path: string, method?: string): boolean {
  return find(UPLOADS, path, method);
}

let certificate: ReadonlySet<string> | undefined;

/** True when the APIv2 operation needs the merchant TLS client certificate (listed, or under a certificate prefix). */
export function needsClientCertificate(path: string): boolean {
  const key = catalogueKey(path);
  certificate ??= new Set(CLIENT_CERTIFICATE);
  return certificate.has(key) || CLIENT_CERTIFICATE_PREFIXES.some((p) => key.startsWith(p));
}

/** The host (with trailing slash) an operation is served from when it is not the default one, else undefined. */
export function hostFor(path: string): string | undefined {
  return HOSTS[catalogueKey(path)];
}

/** The catalogue as data (for tools and docs). */
export const catalogue = {
  /** `METHOD key` of every download. */
  downloads: DOWNLOADS.map(([m, k]) => `${m} ${k}`),
  /** `METHOD key` of every upload. */
  uploads: UPLOADS.map(([m, k]) => `${m} ${k}`),
  clientCertificate: [...CLIENT_CERTIFICATE],
  hosts: HOSTS,
};

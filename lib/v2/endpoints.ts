/**
 * What the APIv2 client must know about particular endpoints: which answer without a sign (or not
 * in XML at all), which answer with a bill file, and which need the merchant's TLS client certificate.
 * Paths are relative to the base URL, without `v2/` and without a query (`pay/downloadbill`). The
 * facts are data in the generated runtime catalogue (`lib/openapi/catalogue.ts`); these are lookups.
 */
import { JSON_V2, UNSIGNED_V2 } from '../openapi/catalogue';
import { isDownloadPath, needsClientCertificate as catalogueNeedsCertificate } from '../endpoints/catalogue';

let unsigned: ReadonlySet<string> | undefined;

/** The path as the lists spell it: no leading slash, no query, no sandbox prefix. */
export function endpointKey(path: string): string {
  const q = path.search(/[?#]/);
  const bare = (q < 0 ? path : path.slice(0, q)).replace(/^\/+/, '');
  return bare.replace(/^sandboxnew\//, '');
}

/** True when the endpoint answers without a sign (it is then passed through unverified). */
export function isUnsignedV2(path: string): boolean {
  unsigned ??= new Set(UNSIGNED_V2);
  return unsigned.has(`v2/${endpointKey(path)}`);
}

/** True for the bill downloads (`pay/downloadbill`, `pay/downloadfundflow`), from the runtime catalogue. */
export function isBillV2(path: string): boolean {
  return isDownloadPath(`v2/${endpointKey(path)}`);
}

/** True when the endpoint answers in JSON. */
export function isJsonV2(path: string): boolean {
  return JSON_V2.includes(`v2/${endpointKey(path)}`);
}

/**
 * True when the operation needs the merchant's TLS client certificate: the runtime catalogue's
 * `x-api-cert-required` operations, and anything under `secapi/` (which the catalogue may not list yet).
 */
export function needsClientCertificate(path: string): boolean {
  return catalogueNeedsCertificate(`v2/${endpointKey(path)}`);
}

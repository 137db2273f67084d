/**
 * The hand-written lookups (lib/endpoints/, lib/v2/endpoints.ts) agree with the generated data
 * (lib/openapi/catalogue.ts) on every catalogued operation: a lookup says yes exactly where the data
 * lists the operation, whatever spelling of its path the lookup is given.
 */
import { expect } from 'chai';
import { catalogue, hostFor, isDownloadPath, isUploadPath, needsClientCertificate } from '../../lib/endpoints/catalogue';
import { sampleKeys } from '../../lib/endpoints/samples';
import { isUnsignedPath } from '../../lib/endpoints/unsigned';
import {
  CLIENT_CERTIFICATE,
  CLIENT_CERTIFICATE_PREFIXES,
  DOWNLOADS,
  HOSTS,
  JSON_V2,
  PATTERNS,
  UNSIGNED_V2,
  UNSIGNED_V3,
  UPLOADS,
  type CatalogueEntry,
} from '../../lib/openapi/catalogue';
import * as v2 from '../../lib/v2/endpoints';

/** Every catalogued operation as [METHOD, key, a request path for it]. */
const operations: Array<[method: string, key: string, path: string]> = sampleKeys().map((entry) => {
  const [method, key] = entry.split(' ') as [string, string];
  return [method, key, key.replace(/\{[^}]+\}/g, 'ID20260101')];
});
const keys = [...new Set(operations.map(([, key]) => key))];
const v2Keys = keys.filter((k) => k.startsWith('v2/'));

/** Listed in `entries` for `method` (or any method), the way the data spells it: by key, or by a `{variable}` key's pattern. */
function listed(entries: readonly CatalogueEntry[], method: string | undefined, path: string): boolean {
  return entries.some(([m, k]) => (method === undefined || m === method) && (k === path || PATTERNS[k]?.test(path) === true));
}

/** The spellings a lookup accepts for one operation. */
function spellings(path: string): string[] {
  const bare = path.startsWith('v2/') ? path.slice(3) : path;
  return [path, `/${bare}`, `https://api.mch.weixin.qq.com/${bare}?a=1`];
}

describe('endpoint lookups agree with the generated data', () => {
  it('covers the catalogue: every listed operation is a catalogued one', () => {
    expect(operations.length).to.be.greaterThan(1000);
    expect(v2Keys.length).to.be.greaterThan(100);
    for (const [m, k] of [...DOWNLOADS, ...UPLOADS])
      expect(
        operations.some(([om, ok]) => om === m && ok === k),
        `${m} ${k}`,
      ).to.equal(true);
    for (const k of CLIENT_CERTIFICATE) expect(keys, k).to.include(k);
    expect(catalogue.downloads).to.deep.equal(DOWNLOADS.map(([m, k]) => `${m} ${k}`));
    expect(catalogue.uploads).to.deep.equal(UPLOADS.map(([m, k]) => `${m} ${k}`));
    expect(catalogue.clientCertificate).to.deep.equal([...CLIENT_CERTIFICATE]);
    expect(catalogue.hosts).to.deep.equal(HOSTS);
  });

  it('downloads and uploads: yes exactly for the listed method and key, in every spelling', () => {
    let downloads = 0;
    let uploads = 0;
    for (const [method, , path] of operations) {
      const download = listed(DOWNLOADS, method, path);
      const upload = listed(UPLOADS, method, path);
      downloads += download ? 1 : 0;
      uploads += upload ? 1 : 0;
      for (const spelling of spellings(path)) {
        expect(isDownloadPath(spelling, method), `download ${method} ${spelling}`).to.equal(download);
        expect(isUploadPath(spelling, method), `upload ${method} ${spelling}`).to.equal(upload);
      }
      expect(isDownloadPath(path), `download (any method) ${path}`).to.equal(listed(DOWNLOADS, undefined, path));
    }
    expect(downloads).to.equal(DOWNLOADS.length);
    expect(uploads).to.equal(UPLOADS.length);
  });

  it('unsigned APIv3 answers: yes exactly for the listed keys, also under a base path', () => {
    const unsigned = new Set(UNSIGNED_V3.map((k) => k.replace(/\{[^}]+\}/g, 'ID20260101')));
    for (const key of keys.filter((k) => !k.startsWith('v2/'))) {
      const path = key.replace(/\{[^}]+\}/g, 'ID20260101');
      // an `hk/v3/…` or `global/v3/…` path counts under its `v3/…` part too
      const v3 = path.slice(path.indexOf('v3/'));
      const expected = unsigned.has(path) || [...unsigned].some((u) => u.endsWith(`/${v3}`) || u === v3);
      expect(isUnsignedPath(`/${path}`), path).to.equal(expected);
      expect(isUnsignedPath(`/prefix/${path}`), `/prefix/${path}`).to.equal(expected);
    }
    for (const path of unsigned) expect(isUnsignedPath(`/${path}`), path).to.equal(true);
    expect(isUnsignedPath('/v2/pay/downloadbill')).to.equal(false);
  });

  it('APIv2 facts: certificate, unsigned, JSON and bill answers exactly as listed, with or without v2/ and sandboxnew/', () => {
    const bound = (key: string): boolean => CLIENT_CERTIFICATE.includes(key) || CLIENT_CERTIFICATE_PREFIXES.some((p) => key.startsWith(p));
    let certificate = 0;
    for (const key of v2Keys) {
      const bare = key.slice(3);
      certificate += bound(key) ? 1 : 0;
      expect(needsClientCertificate(key), key).to.equal(bound(key));
      expect(needsClientCertificate(`/${bare}`), key).to.equal(bound(key));
      // the APIv2 client's lookups take the path relative to the base URL, sandbox prefix and query allowed
      const plain = bare.replace(/^sandboxnew\//, '');
      for (const spelling of [bare, `/${bare}?nonce_str=x`, `sandboxnew/${plain}`]) {
        expect(v2.needsClientCertificate(spelling), `certificate ${spelling}`).to.equal(bound(`v2/${plain}`));
        expect(v2.isUnsignedV2(spelling), `unsigned ${spelling}`).to.equal(UNSIGNED_V2.includes(`v2/${plain}`));
        expect(v2.isJsonV2(spelling), `json ${spelling}`).to.equal(JSON_V2.includes(`v2/${plain}`));
        expect(v2.isBillV2(spelling), `bill ${spelling}`).to.equal(DOWNLOADS.some(([, k]) => k === `v2/${plain}`));
      }
    }
    expect(certificate).to.be.at.least(CLIENT_CERTIFICATE.length);
    // listed facts the catalogue need not hold as operations
    for (const key of UNSIGNED_V2) expect(v2.isUnsignedV2(key.slice(3)), key).to.equal(true);
    for (const key of JSON_V2) expect(v2.isJsonV2(key.slice(3)), key).to.equal(true);
  });

  it('hosts: the listed host for the listed operations, none for the rest', () => {
    for (const key of keys) {
      const path = key.replace(/\{[^}]+\}/g, 'ID20260101');
      for (const spelling of spellings(path)) expect(hostFor(spelling), spelling).to.equal(HOSTS[key]);
    }
    for (const [key, host] of Object.entries(HOSTS)) expect(hostFor(key), key).to.equal(host);
  });
});

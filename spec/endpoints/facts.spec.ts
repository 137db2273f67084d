/**
 * The endpoint facts at work over real HTTP: every APIv3 path the generated catalogue marks as an
 * unsigned download is accepted unsigned by the client (and nothing next to one is), and every APIv2
 * operation it binds to the merchant's TLS client certificate is refused by a client without one
 * before anything is sent, and goes through the emulator over TLS with one.
 */
import { expect } from 'chai';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import https from 'node:https';
import { join } from 'node:path';
import { ApiV2Error, Builder, ConfigError, SignatureError, type UntypedNode, type WechatpayResponse } from '../../lib';
import { Emulator } from '../../lib/emulator';
import { CLIENT_CERTIFICATE, CLIENT_CERTIFICATE_PREFIXES, DOWNLOADS, UNSIGNED_V3 } from '../../lib/openapi/catalogue';
import { testMerchant, testPlatform } from '../emulator/support';
import { OPENAPI_DATA } from '../support/openapi-view';
import { clientFor, rejection, untyped } from '../support/helpers';
import { startSigningServer, type SigningServer } from '../support/signing-server';

/**
 * The facts as this spec states them, so that a fact lost from the generated data fails here too:
 * the APIv3 file downloads (their 2xx answer is the file, unsigned; checked by hash instead) …
 */
const V3_FILES = [
  'hk/v3/statements',
  'v3/billdownload/file',
  'v3/global/merchant-service/images/{media_id}',
  'v3/global/statements',
  'v3/merchant-service/images/{media_id}',
  'v3/transferdownload/elecvoucherfile',
  'v3/transferdownload/signfile',
];
/** … and the unsigned file answers the data does not describe as operations (scripts/generate/facts.mjs). */
const V3_OTHER_UNSIGNED = ['v3/new-tax-control-fapiao/download', 'v3/statements'];

/** APIv2 operations whose OpenAPI file marks them `x-api-cert-required` (read from the YAML when it is present). */
function certificateOperationsInData(): string[] | undefined {
  const root = join(OPENAPI_DATA, 'v2');
  if (!existsSync(root)) return undefined;
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.yaml') && /^\s*x-api-cert-required:\s*true\s*$/m.test(readFileSync(path, 'utf8'))) {
        out.push(
          `v2/${path
            .slice(root.length + 1, -'.yaml'.length)
            .split('\\')
            .join('/')}`,
        );
      }
    }
  };
  walk(root);
  return out.sort();
}

/** A catalogue key as a request path: each `{variable}` filled with a sample value. */
const concrete = (key: string): string => key.replace(/\{[^}]+\}/g, 'ChsyMjAyNjAxMDE');
const FILE = Buffer.from('交易时间,公众账号ID\n`2026-01-01 10:00:00,`wx8888888888888888\n', 'utf8');

describe('endpoint facts: APIv3 unsigned downloads over HTTP', () => {
  let server: SigningServer;
  let client: UntypedNode;

  before(async () => {
    server = await startSigningServer();
    // Every answer of this server is unsigned: no Wechatpay-* headers at all.
    server.handle(() => ({ body: FILE, unsigned: true, headers: { 'Content-Type': 'application/octet-stream' } }));
    client = clientFor(server.url);
  });
  after(() => server.close());

  it('lists exactly these unsigned downloads in the generated data', () => {
    expect([...UNSIGNED_V3].sort()).to.deep.equal([...V3_FILES, ...V3_OTHER_UNSIGNED].sort());
    expect(
      DOWNLOADS.filter(([, k]) => !k.startsWith('v2/'))
        .map(([m, k]) => `${m} ${k}`)
        .sort(),
    ).to.deep.equal(V3_FILES.map((k) => `GET ${k}`).sort());
  });

  it('accepts the unsigned answer of every unsigned download, with the file bytes intact', async () => {
    for (const key of [...V3_FILES, ...V3_OTHER_UNSIGNED]) {
      const path = concrete(key);
      const res = await client
        .chain(path)
        .get({ query: { token: 'T1' } })
        .catch((err: unknown) => err);
      expect(res, `GET ${path}`).to.not.be.instanceOf(Error);
      const { data } = res as WechatpayResponse;
      expect(Buffer.from(data as Buffer | string).equals(FILE), `GET ${path} bytes`).to.equal(true);
      expect(server.requests.at(-1)?.url).to.equal(`/${path}?token=T1`);
    }
  });

  it('answers the file downloads as bytes, never parsed, even when they look like JSON', async () => {
    server.handle(() => ({ body: '{"a":1}', unsigned: true, headers: { 'Content-Type': 'application/json' } }));
    try {
      for (const key of V3_FILES) {
        const res = await client.chain(concrete(key)).get();
        expect(Buffer.isBuffer(res.data), `GET ${key}`).to.equal(true);
        expect(String(res.data)).to.equal('{"a":1}');
      }
    } finally {
      server.handle(() => ({ body: FILE, unsigned: true, headers: { 'Content-Type': 'application/octet-stream' } }));
    }
  });

  it('rejects the unsigned answer of every path next to one: a segment more, a segment less, a literal sibling, another API', async () => {
    const near = new Set<string>([
      'v3/merchant-service/images/upload',
      'v3/global/merchant-service/images/upload',
      'v3/bill/tradebill',
      'v3/pay/transactions/id/4200000000',
    ]);
    const unsigned = [...V3_FILES, ...V3_OTHER_UNSIGNED];
    for (const key of unsigned) {
      near.add(`${concrete(key)}/extra`);
      near.add(key.slice(0, key.lastIndexOf('/')));
    }
    for (const key of unsigned) near.delete(concrete(key));
    for (const path of near) {
      const err = await rejection(client.chain(path).get());
      expect(err, `GET ${path}`).to.be.instanceOf(SignatureError);
      expect((err as SignatureError).reason, `GET ${path}`).to.equal('MISSING_HEADER');
    }
  });
});

const SECRET = '0123456789abcdefghijklmnopqrstuv';
const APPID = 'wxd678efh567hg6787';
/** Operations the facts bind to the certificate by prefix only (not listed one by one). */
const PREFIX_ONLY = ['v2/secapi/mch/newoperation', 'v2/secapi/pay/newoperation'];

describe('endpoint facts: APIv2 operations bound to the merchant certificate', function () {
  this.timeout(120_000);
  const mchid = '1900000322';
  let emulator: Emulator;
  let withCertificate: UntypedNode;
  let without: UntypedNode;
  const trust = (): https.Agent => new https.Agent({ ca: emulator.ca, keepAlive: true });
  const fields = { appid: APPID, mch_id: mchid, mchid, out_trade_no: 'F20260101', out_refund_no: 'RF20260101', total_fee: 1, refund_fee: 1 };
  const inData = certificateOperationsInData();
  // the data's list and the generated one (equal when the fact holds; either alone still gets tested)
  const listed = [...new Set([...(inData ?? []), ...CLIENT_CERTIFICATE])].sort();
  const bound = [...listed, ...PREFIX_ONLY];

  before(async () => {
    const merchant = await testMerchant(mchid);
    emulator = await Emulator.start({ platform: await testPlatform(), merchants: [{ ...merchant, secret: SECRET }], https: 'also' });
    const options = { ...emulator.clientOptions(), clock: emulator.clock, httpsAgent: trust() };
    withCertificate = untyped(Builder.factory({ ...options, merchant: { cert: merchant.certificate, key: merchant.privateKey } }));
    without = untyped(Builder.factory(options));
  });
  after(() => emulator.close());

  it('binds the operations the OpenAPI data marks, and everything under the prefixes', () => {
    expect(CLIENT_CERTIFICATE.length).to.be.greaterThan(40);
    expect(CLIENT_CERTIFICATE_PREFIXES).to.deep.equal(['v2/secapi/']);
    if (inData) expect([...CLIENT_CERTIFICATE].sort()).to.deep.equal(inData);
    for (const key of PREFIX_ONLY) {
      expect(CLIENT_CERTIFICATE, key).to.not.include(key);
      expect(
        CLIENT_CERTIFICATE_PREFIXES.some((p) => key.startsWith(p)),
        key,
      ).to.equal(true);
    }
  });

  it('fails each with a ConfigError naming the missing merchant certificate when the client has none, sending nothing', async () => {
    const before = emulator.requests.length;
    for (const key of bound) {
      const err = await rejection(without.chain(key).post({ xml: fields, baseURL: emulator.httpsUrl }));
      expect(err, key).to.be.instanceOf(ConfigError);
      expect((err as ConfigError).option, key).to.equal('merchant');
      expect((err as ConfigError).message, key)
        .to.contain("needs the merchant's TLS client certificate")
        .and.contain('merchant: { cert, key }');
    }
    expect(emulator.requests.length, 'requests the emulator saw').to.equal(before);
    // An operation the facts do not bind goes out from the same client.
    const query = await without.v2.pay.orderquery.post({ xml: { appid: APPID, mch_id: mchid, out_trade_no: 'NONE' } }).catch((e: unknown) => e);
    expect(query).to.not.be.instanceOf(ConfigError);
    expect(emulator.requests.length).to.equal(before + 1);
  });

  it('passes each through the emulator over TLS with the certificate, which the emulator refuses to take without it', async () => {
    const refused: string[] = [];
    const answered: string[] = [];
    const unverified: string[] = [];
    for (const key of listed) {
      // with the certificate: the emulator takes the request (return_code SUCCESS; the business result may still fail)
      const res = await withCertificate
        .chain(key)
        .post({ xml: fields, baseURL: emulator.httpsUrl })
        .catch((e: unknown) => e);
      if (res instanceof ApiV2Error)
        (res.returnCode === 'SUCCESS' ? answered : refused).push(`${key}${res.returnCode === 'SUCCESS' ? '' : `: ${res.returnMsg}`}`);
      else if (res instanceof SignatureError) unverified.push(key);
      else if (!(res instanceof Error)) answered.push(key);
      // without it (an agent of the call's own bypasses the client's check): the emulator refuses
      const bare = await rejection(withCertificate.chain(key).post({ xml: fields, baseURL: emulator.httpsUrl, httpsAgent: trust() }));
      expect(bare, key).to.be.instanceOf(ApiV2Error);
      expect((bare as ApiV2Error).returnMsg, key).to.match(/^证书错误: this API needs the merchant API certificate/);
    }
    expect(refused).to.deep.equal([]);
    expect(unverified).to.deep.equal([]);
    expect(answered).to.deep.equal(listed);
  });
});

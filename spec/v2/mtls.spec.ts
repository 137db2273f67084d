import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { ApiV2Error, Builder, ConfigError, TransportError, V2Client, type UntypedNode } from '../../lib';
import { createCertificate } from '../../lib/emulator/x509';
import { keyPair } from '../support/keys';
import { SECRET, startSigningServer, type SigningServer } from '../support/signing-server';
import { rejection, untyped } from '../support/helpers';
import { leaks, pemLines } from '../support/leaks';

const MCHID = '1230000109';
const CA_NAME = { C: 'CN', O: 'mtls spec', CN: 'mtls spec CA' };

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('v2 TLS client certificate', () => {
  const ca = keyPair('mtls-ca');
  const caCert = createCertificate({ subject: CA_NAME, publicKey: ca.publicKey, signingKey: ca.privateKey, ca: true });
  const serverKey = keyPair('mtls-server');
  const serverCert = createCertificate({
    subject: { CN: '127.0.0.1' },
    issuer: CA_NAME,
    publicKey: serverKey.publicKey,
    signingKey: ca.privateKey,
    altNames: ['127.0.0.1'],
  });
  const merchantKey = keyPair('mtls-merchant');
  const merchantCert = createCertificate({
    subject: { C: 'CN', O: 'Demo', CN: MCHID },
    issuer: CA_NAME,
    publicKey: merchantKey.publicKey,
    signingKey: ca.privateKey,
  });
  const rogueKey = keyPair('mtls-rogue');
  const rogueCert = createCertificate({ subject: { CN: MCHID }, publicKey: rogueKey.publicKey, signingKey: rogueKey.privateKey });

  let asking: SigningServer;
  let requiring: SigningServer;
  let client: UntypedNode;
  const trust = (): https.Agent => new https.Agent({ ca: caCert });

  before(async () => {
    asking = await startSigningServer({ tls: { key: serverKey.privatePem, cert: serverCert, ca: caCert } });
    requiring = await startSigningServer({ tls: { key: serverKey.privatePem, cert: serverCert, ca: caCert, require: true } });
    for (const s of [asking, requiring]) s.handle(() => ({ xml: { result_code: 'SUCCESS', mch_id: MCHID } }));
    client = untyped(
      Builder.factory({
        mchid: MCHID,
        secret: SECRET,
        baseURL: asking.url,
        merchant: { cert: merchantCert, key: merchantKey.privatePem },
        httpsAgent: trust(),
      }),
    );
  });
  after(async () => {
    await asking.close();
    await requiring.close();
  });
  beforeEach(() => {
    asking.requests.length = 0;
    requiring.requests.length = 0;
  });

  it('presents the certificate for secapi operations, on one pooled connection', async () => {
    await client.v2.secapi.pay.refund.post({ xml: { mch_id: MCHID, out_refund_no: 'R1' } });
    await client.v2.secapi.pay.refund.post({ xml: { mch_id: MCHID, out_refund_no: 'R2' } });
    expect(asking.requests.map((r) => r.clientCertificate)).to.deep.equal([MCHID, MCHID]);
    // Keep-alive on one agent per merchant: the second call reuses the first connection.
    expect(asking.requests[0]?.remotePort).to.equal(asking.requests[1]?.remotePort);
    expect((client.getDriver().v2 as V2Client).hasMerchantCertificate).to.equal(true);
    // The agent holds the TLS private key: inspecting or logging the client must not show it.
    expect(inspect(client.getDriver(), { depth: 10, showHidden: true })).to.not.contain(merchantKey.privatePem.split('\n')[1]);
  });

  it('presents it for catalogue operations and on security: true, and not otherwise', async () => {
    await client.v2.mmpaymkttransfers.promotion.transfers.post({ xml: { mchid: MCHID } });
    await client.v2.pay.orderquery.post({ xml: { mch_id: MCHID }, security: true });
    await client.v2.pay.orderquery.post({ xml: { mch_id: MCHID } });
    expect(asking.requests.map((r) => r.clientCertificate)).to.deep.equal([MCHID, MCHID, undefined]);
  });

  it('gets through a server that requires the certificate', async () => {
    const res = await client.v2.secapi.pay.refund.post({ xml: { mch_id: MCHID }, baseURL: requiring.url });
    expect(res.status).to.equal(200);
    expect(requiring.requests[0]?.clientCertificate).to.equal(MCHID);
  });

  it('is refused by that server without a certificate, or with one from another CA', async () => {
    const bare = untyped(Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: requiring.url, httpsAgent: trust() }));
    const none = await rejection(bare.v2.pay.orderquery.post({ xml: { mch_id: MCHID } }));
    expect(none).to.be.instanceOf(TransportError);
    const rogue = untyped(
      Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: requiring.url, merchant: { cert: rogueCert, key: rogueKey.privatePem }, httpsAgent: trust() }),
    );
    const refused = await rejection(rogue.v2.secapi.pay.refund.post({ xml: { mch_id: MCHID } }));
    expect(refused).to.be.instanceOf(TransportError);
    expect(requiring.requests).to.have.length(0);
    // The agent that presented the rogue certificate holds its key: the error keeps neither.
    expect(await leaks(refused, [...pemLines(rogueKey.privatePem), SECRET])).to.deep.equal([]);
  });

  it('keeps the TLS key out of an error answered over the certificate connection', async () => {
    asking.handle(() => ({ xml: { result_code: 'FAIL', err_code: 'NOTENOUGH', mch_id: MCHID } }));
    try {
      const err = await rejection(client.v2.secapi.pay.refund.post({ xml: { mch_id: MCHID, out_refund_no: 'R3' } }));
      expect(err).to.be.instanceOf(ApiV2Error);
      expect(await leaks(err, [...pemLines(merchantKey.privatePem), SECRET])).to.deep.equal([]);
    } finally {
      asking.handle(() => ({ xml: { result_code: 'SUCCESS', mch_id: MCHID } }));
    }
  });

  it("never lends one merchant's certificate to another: two merchants on one shared agent, calls interleaved", async () => {
    const otherKey = keyPair('mtls-merchant-2');
    const otherCert = createCertificate({
      subject: { C: 'CN', O: 'Demo', CN: 'OTHER-MERCHANT' },
      issuer: CA_NAME,
      publicKey: otherKey.publicKey,
      signingKey: ca.privateKey,
    });
    const pool = trust();
    try {
      const first = untyped(
        Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: asking.url, httpsAgent: pool, merchant: { cert: merchantCert, key: merchantKey.privatePem } }),
      );
      const second = untyped(
        Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: asking.url, httpsAgent: pool, merchant: { cert: otherCert, key: otherKey.privatePem } }),
      );
      const calls = [first, second, first, second, first, second].map((c, i) =>
        c.v2.secapi.pay.refund.post({ xml: { mch_id: MCHID, out_refund_no: `R${i}` } }),
      );
      await Promise.all(calls);
      await first.v2.pay.orderquery.post({ xml: { mch_id: MCHID } });
      await second.v2.pay.orderquery.post({ xml: { mch_id: MCHID } });
      const seen = Object.fromEntries(
        asking.requests.map((r) => [/<out_refund_no>(?:<!\[CDATA\[)?(R\d)/.exec(r.text)?.[1] ?? `plain-${r.remotePort}`, r.clientCertificate]),
      );
      expect([seen.R0, seen.R2, seen.R4]).to.deep.equal([MCHID, MCHID, MCHID]);
      expect([seen.R1, seen.R3, seen.R5]).to.deep.equal(['OTHER-MERCHANT', 'OTHER-MERCHANT', 'OTHER-MERCHANT']);
      // Calls without a certificate go through the shared agent and present none.
      expect(asking.requests.slice(-2).map((r) => r.clientCertificate)).to.deep.equal([undefined, undefined]);
    } finally {
      pool.destroy();
    }
  });

  it('refuses to send a certificate operation over plain http', async () => {
    const plain = untyped(
      Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: 'http://127.0.0.1:9/', merchant: { cert: merchantCert, key: merchantKey.privatePem } }),
    );
    const err = await rejection(plain.v2.secapi.pay.refund.post({ xml: { mch_id: MCHID } }));
    expect(err).to.be.instanceOf(ConfigError);
    expect((err as ConfigError).option).to.equal('baseURL');
  });

  it('checks `merchant` at Builder.factory, naming it', () => {
    const build = (merchant: unknown) => () => untyped(Builder.factory({ mchid: MCHID, secret: SECRET, merchant: merchant as { cert: string } }));
    const cases: Array<[unknown, RegExp]> = [
      [{ cert: merchantCert, key: rogueKey.privatePem }, /does not load as a TLS client certificate/],
      [{ cert: 'garbage', key: merchantKey.privatePem }, /could not be read from garbage/],
      [{ cert: merchantCert }, /key is missing/],
      [{ cert: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n', key: merchantKey.privatePem }, /does not load/],
      [{ pfx: Buffer.from('not a pfx'), passphrase: 'x' }, /does not load/],
      [{ cert: merchantCert, key: merchantKey.privatePem, pfx: Buffer.alloc(1) }, /not both/],
      ['cert.pem', /must be \{ cert, key \}/],
    ];
    for (const [merchant, pattern] of cases) {
      let caught: unknown;
      try {
        build(merchant)();
      } catch (err) {
        caught = err;
      }
      expect(caught, String(pattern)).to.be.instanceOf(ConfigError);
      expect((caught as ConfigError).option).to.equal('merchant');
      expect((caught as Error).message).to.match(pattern);
    }
  });

  it('loads cert and key from files (file:// or a plain path) and a PKCS#12 bundle', async function () {
    const dir = mkdtempSync(join(tmpdir(), 'wxpay-mtls-'));
    try {
      writeFileSync(join(dir, 'apiclient_cert.pem'), merchantCert);
      writeFileSync(join(dir, 'apiclient_key.pem'), merchantKey.privatePem);
      const fromFiles = untyped(
        Builder.factory({
          mchid: MCHID,
          secret: SECRET,
          baseURL: asking.url,
          httpsAgent: trust(),
          merchant: { cert: pathToFileURL(join(dir, 'apiclient_cert.pem')).href, key: join(dir, 'apiclient_key.pem') },
        }),
      );
      await fromFiles.v2.secapi.pay.refund.post({ xml: { mch_id: MCHID } });
      expect(asking.requests.at(-1)?.clientCertificate).to.equal(MCHID);
      if (!hasOpenssl()) {
        this.skip(); // openssl CLI absent: the PKCS#12 part needs it to build the bundle
        return;
      }
      const p12 = join(dir, 'apiclient_cert.p12');
      execFileSync(
        'openssl',
        ['pkcs12', '-export', '-in', join(dir, 'apiclient_cert.pem'), '-inkey', join(dir, 'apiclient_key.pem'), '-out', p12, '-passout', `pass:${MCHID}`],
        { stdio: 'ignore' },
      );
      const fromPfx = untyped(
        Builder.factory({ mchid: MCHID, secret: SECRET, baseURL: asking.url, httpsAgent: trust(), merchant: { pfx: p12, passphrase: MCHID } }),
      );
      await fromPfx.v2.secapi.pay.refund.post({ xml: { mch_id: MCHID } });
      expect(asking.requests.at(-1)?.clientCertificate).to.equal(MCHID);
      expect(() => Builder.factory({ mchid: MCHID, secret: SECRET, merchant: { pfx: p12, passphrase: 'wrong' } })).to.throw(ConfigError, /does not load/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { expect } from 'chai';
import { KEYUTIL, KJUR } from 'jsrsasign';
import { ApiError, ArgumentError, Builder, KeyStore, SignatureError, TransportError, type UntypedNode, VERSION } from '../../lib';
import { certificate } from '../support/cert';
import { keyPair, MCHID, MERCHANT_SERIAL, PUB_KEY_ID } from '../support/keys';
import { clientFor } from '../support/helpers';
import { type Recorded, startSigningServer, type SigningServer } from '../support/signing-server';

const CERT_SERIAL = '7132D72A03E93CDDF8C03BBD1F37EEDF9B6A3AC1';

/** Parse `WECHATPAY2-SHA256-RSA2048 k="v",…`. */
function authFields(header: string | undefined): Record<string, string> {
  expect(header).to.match(/^WECHATPAY2-SHA256-RSA2048 /);
  const out: Record<string, string> = {};
  for (const m of String(header)
    .slice('WECHATPAY2-SHA256-RSA2048 '.length)
    .matchAll(/(\w+)="([^"]*)"/g))
    out[m[1] as string] = m[2] as string;
  return out;
}

/** Verify a recorded request's Authorization with jsrsasign, over the raw target and body that arrived. */
function verifiedByJsrsasign(req: Recorded): boolean {
  const f = authFields(req.headers.authorization);
  const message = `${req.method}\n${req.url}\n${f.timestamp}\n${f.nonce_str}\n${req.body.toString('utf8')}\n`;
  const sig = new KJUR.crypto.Signature({ alg: 'SHA256withRSA' });
  sig.init(KEYUTIL.getKey(keyPair('merchant').publicPem) as Parameters<typeof sig.init>[0]);
  sig.updateString(message);
  return sig.verify(Buffer.from(f.signature as string, 'base64').toString('hex'));
}

describe('APIv3 requests over HTTP (signing test server)', () => {
  let server: SigningServer;
  let client: UntypedNode;
  const platform = keyPair('platform');

  // arbitrary test paths: the untyped spelling
  const make = (extra: Record<string, unknown> = {}): UntypedNode => clientFor(server.url, extra);
  const last = (): Recorded => server.requests[server.requests.length - 1] as Recorded;

  before(async () => {
    server = await startSigningServer();
    client = make();
  });
  beforeEach(() => {
    server.handle(() => ({ body: '{"ok":true}' }));
  });
  after(() => server.close());

  describe('spellings, verbs and URLs', () => {
    it('sends the same signed request for the three spellings', async () => {
      const urls: string[] = [];
      for (const call of [
        () => client.v3.offlineface.faceCollections.get({ query: { organization_id: 'ORG', offset: 0, limit: 10 } }),
        () => client.chain('v3/offlineface/face-collections').getAsync({ query: { organization_id: 'ORG', offset: 0, limit: 10 } }),
        () => client['v3/offlineface/face-collections'].get({ query: { organization_id: 'ORG', offset: 0, limit: 10 } }),
      ]) {
        const res = await call();
        expect(res.status).to.equal(200);
        expect(res.data).to.deep.equal({ ok: true });
        urls.push(last().url);
        expect(verifiedByJsrsasign(last())).to.equal(true);
      }
      expect(urls).to.deep.equal(Array(3).fill('/v3/offlineface/face-collections?organization_id=ORG&offset=0&limit=10'));
    });

    it('sends every verb with the right method and body', async () => {
      for (const verb of ['get', 'post', 'put', 'patch', 'delete'] as const) {
        const opts = verb === 'get' || verb === 'delete' ? {} : { json: { v: verb } };
        await client.v3.things[verb](opts);
        expect(last().method).to.equal(verb.toUpperCase());
        expect(last().body.toString()).to.equal(verb === 'get' || verb === 'delete' ? '' : `{"v":"${verb}"}`);
        expect(verifiedByJsrsasign(last())).to.equal(true);
      }
    });

    it('expands path variables with upper-case and reserved characters, encoded', async () => {
      await client.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ json: { mchid: MCHID }, out_trade_no: 'ABCdef/12?x=1 中' });
      expect(last().url).to.equal('/v3/pay/transactions/out-trade-no/ABCdef%2F12%3Fx%3D1%20%E4%B8%AD/close');
      expect(verifiedByJsrsasign(last())).to.equal(true);
      await client.chain('{+myurl}').post({ myurl: 'v3/marketing/favor/users/AbcdEF12345/coupons', json: {} });
      expect(last().url).to.equal('/v3/marketing/favor/users/AbcdEF12345/coupons');
      await client.v3.merchantService.images['{+media_id}'].get({ media_id: 'ChsyMDAy%2FFR1pA==' }).catch(() => undefined);
      expect(last().url).to.equal('/v3/merchant-service/images/ChsyMDAy%2FFR1pA==');
    });

    it('encodes non-ASCII and reserved characters in the query once, and signs what it sends', async () => {
      await client.v3.search.get({ query: { q: '中文 a+b&c=d', skip: null, flag: true, list: ['x', 'y'] } });
      expect(last().url).to.equal('/v3/search?q=%E4%B8%AD%E6%96%87%20a%2Bb%26c%3Dd&flag=true&list=x&list=y');
      expect(verifiedByJsrsasign(last())).to.equal(true);
    });

    it('refuses a missing path variable before sending', async () => {
      const before = server.requests.length;
      const err = await client.v3.pay.transactions.id._transaction_id_.get({}).catch((e: unknown) => e);
      expect(err)
        .to.be.instanceOf(ArgumentError)
        .with.property('message')
        .that.match(/transaction_id/);
      expect(server.requests.length).to.equal(before);
    });

    it('refuses an unknown option by name', async () => {
      const err = await client.v3.x.get({ querry: { a: 1 } }).catch((e: unknown) => e);
      expect(err)
        .to.be.instanceOf(ArgumentError)
        .with.property('message')
        .that.match(/"querry"/);
    });

    it('routes operations served by another host there, from the default host only', () => {
      const official = Builder.factory({
        mchid: MCHID,
        serial: MERCHANT_SERIAL,
        privateKey: keyPair('merchant').privatePem,
        certs: { [PUB_KEY_ID]: platform.publicPem },
      });
      const d = official.getDriver();
      expect(d.url('v3/global/certificates', '')).to.equal('https://apihk.mch.weixin.qq.com/v3/global/certificates');
      expect(d.url('risk/getpublickey', '')).to.equal('https://fraud.mch.weixin.qq.com/risk/getpublickey');
      expect(d.url('v3/pay/transactions/native', '')).to.equal('https://api.mch.weixin.qq.com/v3/pay/transactions/native');
      expect(d.url('v3/global/certificates', '', 'https://api2.mch.weixin.qq.com')).to.equal('https://api2.mch.weixin.qq.com/v3/global/certificates');
      expect(client.getDriver().url('v3/global/certificates', '')).to.equal(`${server.url}v3/global/certificates`);
    });

    it('follows an absolute URL given to chain()', async () => {
      await client.chain(`${server.url}v3/other?token=AbC`).get();
      expect(last().url).to.equal('/v3/other?token=AbC');
      expect(verifiedByJsrsasign(last())).to.equal(true);
    });
  });

  describe('headers', () => {
    it('sends Accept, User-Agent, Wechatpay-Serial, and Content-Type only with a body', async () => {
      await client.v3.x.get();
      expect(last().headers.accept).to.match(/^application\/json/);
      expect(last().headers['content-type']).to.equal(undefined);
      expect(last().headers['user-agent']).to.match(new RegExp(`^wechatpay-chain/${VERSION.replace(/\./g, '\\.')} axios/[\\d.]+ node/[\\d.]+ \\(.+\\)$`));
      expect(last().headers['wechatpay-serial']).to.equal(PUB_KEY_ID);
      await client.v3.x.post({ json: { a: 1 } });
      expect(last().headers['content-type']).to.equal('application/json');
    });

    it('lets a request override Wechatpay-Serial and other headers', async () => {
      await client.v3.x.post({ json: {}, headers: { 'wechatpay-serial': 'OTHER', 'X-Trace': '1' } });
      expect(last().headers['wechatpay-serial']).to.equal('OTHER');
      expect(last().headers['x-trace']).to.equal('1');
    });

    it('builds the Authorization from the configured mchid and serial with a fresh 32-char nonce', async () => {
      await client.v3.x.get();
      const a = authFields(last().headers.authorization);
      await client.v3.x.get();
      const b = authFields(last().headers.authorization);
      expect(a.mchid).to.equal(MCHID);
      expect(a.serial_no).to.equal(MERCHANT_SERIAL);
      expect(a.nonce_str).to.match(/^[0-9A-Za-z]{32}$/);
      expect(a.nonce_str).to.not.equal(b.nonce_str);
      expect(Math.abs(Number(a.timestamp) - Date.now() / 1000)).to.be.below(5);
      expect(Object.keys(a)).to.deep.equal(['mchid', 'serial_no', 'timestamp', 'nonce_str', 'signature']);
    });
  });

  describe('answers', () => {
    it('verifies a 204 with an empty body', async () => {
      server.handle(() => ({ status: 204, body: '' }));
      const res = await client.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ out_trade_no: 'X', json: { mchid: MCHID } });
      expect(res.status).to.equal(204);
      expect(res.data).to.equal(undefined);
    });

    it('rejects a 204 whose signature is wrong', async () => {
      server.handle(() => ({ status: 204, body: '', signedBody: 'x' }));
      const err = await client.v3.x.post({ json: {} }).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(SignatureError).with.property('reason', 'BAD_SIGNATURE');
    });

    it('turns 4xx into an ApiError with code, message, detail and Request-ID', async () => {
      server.handle(() => ({
        status: 400,
        body: JSON.stringify({ code: 'PARAM_ERROR', message: '参数错误', detail: { location: 'body', field: 'amount.total' } }),
        headers: { 'Request-ID': 'RID-400' },
      }));
      const err = (await client.v3.pay.transactions.native.post({ json: {} }).catch((e: unknown) => e)) as ApiError;
      expect(err).to.be.instanceOf(ApiError);
      expect(err.status).to.equal(400);
      expect(err.code).to.equal('PARAM_ERROR');
      expect(err.platformMessage).to.equal('参数错误');
      expect(err.detail).to.deep.equal({ location: 'body', field: 'amount.total' });
      expect(err.requestId).to.equal('RID-400');
      expect(err.response.status).to.equal(400);
      expect(err.message).to.match(/400 PARAM_ERROR: 参数错误 \(POST \/v3\/pay\/transactions\/native\) \[Request-ID RID-400\]/);
      expect(err.retryable).to.equal(false);
    });

    it('keeps the signature of a sent request out of the response and errors it hands back', async () => {
      const ok = await client.v3.x.get();
      expect(String(ok.config.headers.Authorization)).to.match(/^WECHATPAY2-SHA256-RSA2048 mchid="1900000001",.*signature="\[redacted\]"$/);
      expect(authFields(last().headers.authorization).signature).to.not.equal('[redacted]');
      server.handle(() => ({ status: 400, body: '{"code":"PARAM_ERROR","message":"x"}' }));
      const err = (await client.v3.x.get().catch((e: unknown) => e)) as ApiError;
      expect(String(err.response.config.headers.Authorization)).to.match(/signature="\[redacted\]"$/);
      server.handle(() => ({ body: '{}', key: keyPair('stranger').privateKey }));
      const bad = (await client.v3.x.get().catch((e: unknown) => e)) as SignatureError;
      expect(String(bad.response?.config.headers.Authorization)).to.match(/signature="\[redacted\]"$/);
      const dead = make({ baseURL: 'http://127.0.0.1:9/' });
      const lost = (await dead.v3.x.get().catch((e: unknown) => e)) as TransportError;
      expect(String(lost.request?.headers.Authorization)).to.match(/signature="\[redacted\]"$/);
      expect(lost.cause).to.not.have.property('config');
    });

    it('turns 5xx (even non-JSON) into a retryable ApiError', async () => {
      server.handle(() => ({ status: 502, body: '<html>bad gateway</html>', headers: { 'Content-Type': 'text/html' } }));
      const err = (await client.v3.x.get().catch((e: unknown) => e)) as ApiError;
      expect(err).to.be.instanceOf(ApiError);
      expect(err.status).to.equal(502);
      expect(err.code).to.equal('HTTP_502');
      expect(err.retryable).to.equal(true);
    });

    it('turns a connection failure into a TransportError', async () => {
      const dead = make({ baseURL: 'http://127.0.0.1:9/' });
      const err = await dead.v3.x.get().catch((e: unknown) => e);
      expect(err).to.be.instanceOf(TransportError).with.property('code', 'ECONNREFUSED');
    });
  });

  describe('each way an answer fails verification', () => {
    // the client's clock (seconds) for the case that runs: set at its start, then standing still
    let FROZEN = 0;
    const cases: Array<[string, () => ReturnType<Parameters<SigningServer['handle']>[0]>, string]> = [
      ['a signature made by another key', () => ({ body: '{"a":1}', key: keyPair('stranger').privateKey }), 'BAD_SIGNATURE'],
      ['a body altered after signing', () => ({ body: '{"amount":100}', signedBody: '{"amount":1}' }), 'BAD_SIGNATURE'],
      ['an unknown serial', () => ({ body: '{}', serial: 'PUB_KEY_ID_UNKNOWN' }), 'UNKNOWN_SERIAL'],
      ['a missing Wechatpay-Signature', () => ({ body: '{}', omit: ['Wechatpay-Signature'] }), 'MISSING_HEADER'],
      ['a missing Wechatpay-Serial', () => ({ body: '{}', omit: ['Wechatpay-Serial'] }), 'MISSING_HEADER'],
      ['a missing Wechatpay-Nonce', () => ({ body: '{}', omit: ['Wechatpay-Nonce'] }), 'MISSING_HEADER'],
      ['a missing Wechatpay-Timestamp', () => ({ body: '{}', omit: ['Wechatpay-Timestamp'] }), 'MISSING_HEADER'],
      ['no signature at all', () => ({ body: '{}', unsigned: true }), 'MISSING_HEADER'],
      ['a timestamp 301 s old', () => ({ body: '{}', timestamp: FROZEN - 301 }), 'CLOCK_SKEW'],
      ['a timestamp 301 s ahead', () => ({ body: '{}', timestamp: FROZEN + 301 }), 'CLOCK_SKEW'],
      ['a non-numeric timestamp', () => ({ body: '{}', timestamp: 'abc' }), 'CLOCK_SKEW'],
      ['an unsupported signature type', () => ({ body: '{}', headers: { 'Wechatpay-Signature-Type': 'WECHATPAY2-SM2-WITH-SM3' } }), 'BAD_SIGNATURE_TYPE'],
    ];
    for (const [name, answer, reason] of cases) {
      it(`rejects ${name} (${reason}) and keeps the response`, async () => {
        FROZEN = Math.floor(Date.now() / 1000);
        server.handle(answer);
        // a client clock that stands still: the skew is exactly what the case says, however slow the run
        const frozen = make({ clock: () => FROZEN * 1000 + 500 });
        const err = (await frozen.v3.x.get().catch((e: unknown) => e)) as SignatureError;
        expect(err).to.be.instanceOf(SignatureError);
        expect(err.reason).to.equal(reason);
        expect(err.response?.status).to.equal(200);
      });
    }

    it('accepts a timestamp 299 s old', async () => {
      const now = Math.floor(Date.now() / 1000);
      server.handle(() => ({ body: '{"fresh":1}', timestamp: now - 299 }));
      expect((await make({ clock: () => now * 1000 + 500 }).v3.x.get()).data).to.deep.equal({ fresh: 1 });
    });

    it('accepts the unsigned answer of a known download path only', async () => {
      server.handle(() => ({ body: 'a,b\n1,2\n', unsigned: true, headers: { 'Content-Type': 'text/plain' } }));
      const res = await client.v3.billdownload.file.get({ query: { token: 't' } });
      expect(Buffer.isBuffer(res.data)).to.equal(true);
      expect(String(res.data)).to.equal('a,b\n1,2\n');
      const err = await client.v3.bill.tradebill.get().catch((e: unknown) => e);
      expect(err).to.be.instanceOf(SignatureError);
    });
  });

  describe('keys', () => {
    it('verifies with a platform certificate serial and a public key id configured at once', async () => {
      const cert = certificate(keyPair('platform-cert'), keyPair('ca'), CERT_SERIAL, 'platform');
      const both = make({ certs: { [PUB_KEY_ID]: platform.publicPem, [CERT_SERIAL]: cert } });
      server.handle(() => ({ body: '{"by":"cert"}', key: keyPair('platform-cert').privateKey, serial: CERT_SERIAL }));
      expect((await both.v3.x.get()).data).to.deep.equal({ by: 'cert' });
      server.handle(() => ({ body: '{"by":"pub"}' }));
      expect((await both.v3.x.get()).data).to.deep.equal({ by: 'pub' });
      expect(last().headers['wechatpay-serial']).to.equal(PUB_KEY_ID);
    });

    it('sends the newest certificate serial when there is no public key id', async () => {
      const older = certificate(keyPair('platform-cert'), keyPair('ca'), CERT_SERIAL, 'old', 3650, new Date(Date.now() - 100 * 86400000));
      const newer = certificate(keyPair('platform'), keyPair('ca'), '1A2B3C', 'new', 3650, new Date(Date.now() - 86400000));
      const c = make({ certs: { [CERT_SERIAL]: older, '1A2B3C': newer } });
      server.handle(() => ({ body: '{}', serial: '1A2B3C' }));
      await c.v3.x.get();
      expect(last().headers['wechatpay-serial']).to.equal('1A2B3C');
    });

    it('uses a key store updated at runtime', async () => {
      const store = new KeyStore({ [PUB_KEY_ID]: platform.publicPem });
      const c = make({ certs: store });
      server.handle(() => ({ body: '{}', key: keyPair('rotated').privateKey, serial: 'PUB_KEY_ID_ROTATED' }));
      expect(await c.v3.x.get().catch((e: unknown) => (e as SignatureError).reason)).to.equal('UNKNOWN_SERIAL');
      store.set('PUB_KEY_ID_ROTATED', keyPair('rotated').publicPem);
      expect((await c.v3.x.get()).status).to.equal(200);
      expect(c.getDriver().keystore).to.equal(store);
    });

    it('signs with an async signer (HSM/KMS) and no private key', async () => {
      let calls = 0;
      const c = make({
        privateKey: undefined,
        signer: async (message: string) => {
          calls += 1;
          const s = new KJUR.crypto.Signature({ alg: 'SHA256withRSA' });
          s.init(KEYUTIL.getKey(keyPair('merchant').privatePem) as Parameters<typeof s.init>[0]);
          s.updateString(message);
          return Buffer.from(s.sign(), 'hex').toString('base64');
        },
      });
      await c.v3.x.post({ json: { a: '中' } });
      expect(calls).to.equal(1);
      expect(verifiedByJsrsasign(last())).to.equal(true);
    });
  });
});

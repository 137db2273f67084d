/**
 * The emulator as a gateway, probed with hand-signed requests over node:http: every refusal the
 * platform gives (status + code + a message naming the problem), and answers that verify with
 * jsrsasign, errors included.
 */
import { expect } from 'chai';
import { createDecipheriv, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { Emulator, MerchantState, type DemoMerchant, type PlatformIdentity } from '../../lib/emulator';
import { rawRequest, signedRequest, testMerchant, testPlatform, verifiesWithJsrsasign, type RawAnswer, type SignedRequestOptions } from './support';
import { performance } from 'node:perf_hooks';
import { occupyThreadpool } from '../support/threadpool';

describe('emulator: gateway checks and signed answers', () => {
  let emulator: Emulator;
  let platform: PlatformIdentity;
  let m1: DemoMerchant; // pubkey mode
  let m2: DemoMerchant; // certificate mode
  let m3: DemoMerchant; // both
  const LIST = '/v3/offlineface/face-collections?organization_id=ORG0000DEMO&limit=2';

  before(async () => {
    platform = await testPlatform();
    [m1, m2, m3] = await Promise.all([testMerchant('1900000001'), testMerchant('1900000002'), testMerchant('1900000003')]);
    emulator = await Emulator.start({
      platform,
      merchants: [{ ...m1 }, { ...m2, mode: 'certificate' }, { ...m3, mode: 'both' }],
      routes: [
        {
          method: 'POST',
          pattern: '/v3/merchant/media/upload',
          handler: (ctx) => ({ body: { media_id: `M-${ctx.parts?.find((p) => p.name === 'file')?.data.length ?? 0}` } }),
        },
      ],
    });
  });
  after(() => emulator.close());
  afterEach(() => {
    emulator.clearFaults();
    emulator.rateLimit = undefined;
  });

  function send(o: Partial<SignedRequestOptions> & { target: string }, who: DemoMerchant = m1): Promise<RawAnswer> {
    return signedRequest(emulator.url, { mchid: who.mchid, serial: who.serial, key: who.privateKey, ...o });
  }

  function expectRefusal(a: RawAnswer, status: number, code: string, message: RegExp): void {
    expect(a.status, a.text).to.equal(status);
    expect(a.json?.code).to.equal(code);
    expect(String(a.json?.message)).to.match(message);
    // Errors are signed too, and an independent verifier accepts them.
    expect(a.headers['request-id']).to.be.a('string');
    expect(verifiesWithJsrsasign(a, platform.publicKey)).to.equal(true);
  }

  it('signs its answers on the threadpool: with every pool thread busy, the answer waits for a free one', async () => {
    // The request is signed by hand on the main thread and checked by the emulator on the main
    // thread; only the answer's signature needs a pool thread.
    const free = occupyThreadpool(300);
    const a = await send({ target: LIST });
    const answered = performance.now();
    expect(a.status).to.equal(200);
    expect(verifiesWithJsrsasign(a, platform.publicKey)).to.equal(true);
    expect(answered).to.be.at.least(await free);
  });

  it('answers a well-signed request, signed with the WeChat Pay public key (jsrsasign verifies)', async () => {
    const a = await send({ target: LIST });
    expect(a.status).to.equal(200);
    expect((a.json?.face_collections as unknown[]).length).to.equal(2);
    expect(a.headers['wechatpay-serial']).to.equal(platform.publicKeyId);
    expect(a.headers['wechatpay-signature-type']).to.equal('WECHATPAY2-SHA256-RSA2048');
    expect(a.headers['wechatpay-nonce']).to.match(/^[0-9A-Za-z]{32}$/);
    expect(Math.abs(Number(a.headers['wechatpay-timestamp']) - Date.now() / 1000)).to.be.below(5);
    expect(a.headers['request-id']).to.match(/^[0-9A-F]{32}$/);
    expect(verifiesWithJsrsasign(a, platform.publicKey)).to.equal(true);
    expect(verifiesWithJsrsasign(a, platform.certificate)).to.equal(false);
    // A flipped byte in the body no longer verifies: the signature covers the raw bytes.
    const tampered = { ...a, raw: Buffer.from(a.text.replace('ORG0000DEMO', 'ORG0000DEMX')) };
    expect(verifiesWithJsrsasign(tampered, platform.publicKey)).to.equal(false);
  });

  it('refuses a request without Authorization', async () => {
    expectRefusal(await send({ target: LIST, authorization: null }), 401, 'SIGN_ERROR', /Authorization header is missing/);
  });

  it('checks the signature of sample-answered /hk/v3/ and /global/v3/ paths too', async () => {
    expectRefusal(
      await send({ target: '/global/v3/customs/orders?out_trade_no=T1', authorization: null }),
      401,
      'SIGN_ERROR',
      /Authorization header is missing/,
    );
    expectRefusal(await send({ target: '/hk/v3/transactions/id/4200000001', authorization: null }), 401, 'SIGN_ERROR', /Authorization header is missing/);
  });

  it('refuses another scheme and malformed or missing fields', async () => {
    expectRefusal(await send({ target: LIST, authorization: 'Bearer abc' }), 401, 'SIGN_ERROR', /scheme "Bearer" is not supported/);
    expectRefusal(
      await send({ target: LIST, authorization: `WECHATPAY2-SHA256-RSA2048 mchid="${m1.mchid}",timestamp="1",serial_no="x",signature="y"` }),
      401,
      'SIGN_ERROR',
      /lacks nonce_str/,
    );
    expectRefusal(await send({ target: LIST, authorization: `WECHATPAY2-SHA256-RSA2048 mchid=${m1.mchid}` }), 401, 'SIGN_ERROR', /malformed/);
  });

  it('refuses an unknown merchant', async () => {
    expectRefusal(await send({ target: LIST, mchid: '1234567890' }), 401, 'SIGN_ERROR', /1234567890 .*not registered/);
  });

  it('refuses a serial that is not the merchant certificate serial', async () => {
    expectRefusal(
      await send({ target: LIST, serial: m2.serial }),
      401,
      'SIGN_ERROR',
      new RegExp(`serial_no ${m2.serial} is not the API certificate serial of merchant ${m1.mchid}`),
    );
    // The serial is hex: its case does not matter.
    expect((await send({ target: LIST, serial: m1.serial.toLowerCase() })).status).to.equal(200);
  });

  it('refuses timestamps more than 300 s away, either way, and accepts 299 s', async () => {
    const now = Math.floor(Date.now() / 1000);
    expectRefusal(await send({ target: LIST, timestamp: now - 310 }), 401, 'SIGN_ERROR', /timestamp \d+ is 31\ds behind the server time/);
    expectRefusal(await send({ target: LIST, timestamp: now + 310 }), 401, 'SIGN_ERROR', /ahead of the server time/);
    expectRefusal(await send({ target: LIST, timestamp: 'soon' }), 401, 'SIGN_ERROR', /not a Unix time/);
    expect((await send({ target: LIST, timestamp: now - 295 })).status).to.equal(200);
  });

  it('refuses a signature over other bytes, or made with another key', async () => {
    const body = JSON.stringify({ mchid: m1.mchid });
    expectRefusal(
      await send({ method: 'POST', target: '/v3/pay/transactions/out-trade-no/NOSUCH01/close', body, signedBody: `${body} ` }),
      401,
      'SIGN_ERROR',
      /signature does not verify/,
    );
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    expectRefusal(await send({ target: LIST, key: other }), 401, 'SIGN_ERROR', /signature does not verify/);
    expectRefusal(await send({ target: LIST, signature: 'WECHATPAY/SIGNTEST/abc' }), 401, 'SIGN_ERROR', /signature does not verify/);
  });

  it('checks the signature over the raw target: another encoding of the same query is refused', async () => {
    const target = '/v3/offlineface/face-collections?organization_id=ORG0000DEMO&note=%E4%B8%AD%20x';
    expect((await send({ target })).status).to.equal(200);
    for (const signedTarget of [
      '/v3/offlineface/face-collections?organization_id=ORG0000DEMO&note=%e4%b8%ad%20x',
      '/v3/offlineface/face-collections?organization_id=ORG0000DEMO&note=%E4%B8%AD+x',
      '/v3/offlineface/face-collections',
    ]) {
      expectRefusal(await send({ target, signedTarget }), 401, 'SIGN_ERROR', /signature does not verify/);
    }
  });

  it('refuses a replayed nonce, even with a fresh valid signature', async () => {
    const nonce = `replay-${Date.now()}`;
    expect((await send({ target: LIST, nonce })).status).to.equal(200);
    expectRefusal(await send({ target: LIST, nonce }), 401, 'SIGN_ERROR', new RegExp(`nonce_str ${nonce} was already used`));
    // A refused request does not burn its nonce.
    const other = `fresh-${Date.now()}`;
    expect((await send({ target: LIST, nonce: other, signature: 'AAAA' })).status).to.equal(401);
    expect((await send({ target: LIST, nonce: other })).status).to.equal(200);
  });

  it('forgets expired nonces without walking the live ones on every request', () => {
    const state = new MerchantState({ mchid: '1900000009', serial: 'AA', publicKey: platform.publicKey }, []);
    const t0 = 1_700_000_000_000;
    for (let i = 0; i < 10_050; i += 1) expect(state.useNonce(`n${i}`, t0 + i, t0 + i + 600_000)).to.equal(true);
    let visited = 0;
    const entries = state.nonces[Symbol.iterator].bind(state.nonces);
    Object.defineProperty(state.nonces, Symbol.iterator, {
      value: () => {
        const it = entries();
        return {
          next: () => {
            visited += 1;
            return it.next();
          },
          [Symbol.iterator]() {
            return this;
          },
        };
      },
    });
    expect(state.useNonce('fresh', t0 + 20_000, t0 + 620_000)).to.equal(true);
    expect(visited).to.be.below(5);
    // Ten minutes on, the first 5 000 have expired and are dropped; live ones still refuse a replay.
    expect(state.useNonce('later', t0 + 605_000, t0 + 1_205_000)).to.equal(true);
    expect(state.nonces.has('n4999')).to.equal(false);
    expect(state.useNonce('n9000', t0 + 605_000, t0 + 1_205_000)).to.equal(false);
    expect(state.useNonce('n10', t0 + 605_000, t0 + 1_205_000)).to.equal(true);
  });

  it('answers 400 PARAM_ERROR for malformed JSON and names missing or malformed fields', async () => {
    expectRefusal(await send({ method: 'POST', target: '/v3/pay/transactions/native', body: '{"appid":' }), 400, 'PARAM_ERROR', /not valid JSON/);
    const a = await send({
      method: 'POST',
      target: '/v3/pay/transactions/native',
      body: JSON.stringify({ appid: 'wx1', mchid: m1.mchid, description: 'd', out_trade_no: 'ORDER0001', notify_url: 'https://x.test/n', amount: {} }),
    });
    expectRefusal(a, 400, 'PARAM_ERROR', /amount\.total is required/);
    expect(a.json?.detail).to.deep.equal({ location: 'body', field: 'amount.total' });
    const b = await send({
      method: 'POST',
      target: '/v3/pay/transactions/native',
      body: JSON.stringify({
        appid: 'wx1',
        mchid: m1.mchid,
        description: 'd',
        out_trade_no: 'ORDER0001',
        notify_url: 'https://x.test/n',
        amount: { total: '100' },
      }),
    });
    expectRefusal(b, 400, 'PARAM_ERROR', /amount\.total must be an integer/);
    expect(b.json?.detail).to.deep.equal({ location: 'body', field: 'amount.total', value: '100' });
    const c = await send({ target: '/v3/offlineface/face-collections' });
    expectRefusal(c, 400, 'PARAM_ERROR', /organization_id is required/);
    expect(c.json?.detail).to.deep.equal({ location: 'query', field: 'organization_id' });
  });

  it('answers 403 NO_AUTH when the body names another merchant', async () => {
    const a = await send({
      method: 'POST',
      target: '/v3/pay/transactions/native',
      body: JSON.stringify({
        appid: 'wx1',
        mchid: m2.mchid,
        description: 'd',
        out_trade_no: 'ORDER0002',
        notify_url: 'https://x.test/n',
        amount: { total: 1 },
      }),
    });
    expectRefusal(a, 403, 'NO_AUTH', new RegExp(`mchid ${m2.mchid} is not the merchant ${m1.mchid}`));
  });

  it('answers 404 for unknown APIs and orders, and 405 for a wrong method', async () => {
    expectRefusal(await send({ target: '/v3/no/such/api' }), 404, 'RESOURCE_NOT_EXISTS', /no API at GET \/v3\/no\/such\/api/);
    expectRefusal(await send({ target: `/v3/pay/transactions/out-trade-no/NOSUCH01?mchid=${m1.mchid}` }), 404, 'ORDER_NOT_EXIST', /NOSUCH01/);
    expectRefusal(await send({ method: 'DELETE', target: '/v3/certificates' }), 405, 'METHOD_NOT_ALLOWED', /allowed: GET/);
    // The gateway checks the signature before it looks for the API.
    expect((await send({ target: '/v3/no/such/api', authorization: null })).status).to.equal(401);
  });

  it('answers 500 SYSTEM_ERROR for injected faults, a given number of times, on matching paths only', async () => {
    emulator.inject({ path: '/v3/offlineface', times: 2 });
    expectRefusal(await send({ target: LIST }), 500, 'SYSTEM_ERROR', /Fault injected/);
    expect((await send({ target: '/v3/certificates' })).status).to.equal(404); // other path: untouched
    expectRefusal(await send({ target: LIST }), 500, 'SYSTEM_ERROR', /Fault injected/);
    expect((await send({ target: LIST })).status).to.equal(200);
    emulator.inject({ status: 503, method: 'GET' });
    expectRefusal(await send({ target: LIST }), 503, 'SERVICE_UNAVAILABLE', /503/);
    emulator.inject({ path: /face-collections$/, reset: true });
    const dropped = await send({ target: LIST }).then(
      () => 'answered',
      (e: NodeJS.ErrnoException) => e.code,
    );
    expect(dropped).to.equal('ECONNRESET');
  });

  it('answers 429 past the configured rate, per merchant and route', async () => {
    emulator.rateLimit = { limit: 2, windowMs: 60_000, path: '/v3/offlineface' };
    expect((await send({ target: LIST })).status).to.equal(200);
    expect((await send({ target: LIST })).status).to.equal(200);
    expectRefusal(await send({ target: LIST }), 429, 'RATE_LIMITED', /More than 2 requests/);
    expect((await send({ target: '/v3/certificates' })).status).to.equal(404); // other path
    emulator.advance(60_000);
    try {
      expect((await send({ target: LIST, timestamp: Math.floor(emulator.now() / 1000) })).status).to.equal(200);
    } finally {
      emulator.advance(-60_000);
    }
  });

  it('checks an upload against the signature over its meta JSON', async () => {
    const meta = JSON.stringify({ filename: 'a.png', sha256: '00'.repeat(32) });
    const boundary = 'XBOUNDARYX';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n${meta}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`),
      Buffer.alloc(100, 7),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const headers = { 'Content-Type': `multipart/form-data; boundary=${boundary}` };
    const ok = await send({ method: 'POST', target: '/v3/merchant/media/upload', body, signedBody: meta, headers });
    expect(ok.status, ok.text).to.equal(200);
    expect(ok.json).to.deep.equal({ media_id: 'M-100' });
    expectRefusal(await send({ method: 'POST', target: '/v3/merchant/media/upload', body, headers }), 401, 'SIGN_ERROR', /signature does not verify/);
  });

  it('signs with the platform certificate in certificate mode, and lets Wechatpay-Serial choose in both mode', async () => {
    const a = await send({ target: LIST }, m2);
    expect(a.headers['wechatpay-serial']).to.equal(platform.serial);
    expect(verifiesWithJsrsasign(a, platform.certificate)).to.equal(true);
    const byCert = await send({ target: LIST, headers: { 'Wechatpay-Serial': platform.serial } }, m3);
    expect(byCert.headers['wechatpay-serial']).to.equal(platform.serial);
    expect(verifiesWithJsrsasign(byCert, platform.certificate)).to.equal(true);
    const byKey = await send({ target: LIST, headers: { 'Wechatpay-Serial': platform.publicKeyId } }, m3);
    expect(byKey.headers['wechatpay-serial']).to.equal(platform.publicKeyId);
    expect(verifiesWithJsrsasign(byKey, platform.publicKey)).to.equal(true);
    expect((await send({ target: LIST }, m3)).headers['wechatpay-serial']).to.equal(platform.publicKeyId);
  });

  it('GET /v3/certificates: 404 in public-key mode, AES-GCM-encrypted certificates otherwise', async () => {
    expectRefusal(await send({ target: '/v3/certificates' }), 404, 'RESOURCE_NOT_EXISTS', /public key/);
    for (const m of [m2, m3]) {
      const a = await send({ target: '/v3/certificates?algorithm_type=RSA' }, m);
      expect(a.status).to.equal(200);
      const data = a.json?.data as Array<{ serial_no: string; effective_time: string; expire_time: string; encrypt_certificate: Record<string, string> }>;
      expect(data).to.have.length(1);
      const item = data[0]!;
      expect(item.serial_no).to.equal(platform.serial);
      expect(item.effective_time).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
      const enc = item.encrypt_certificate;
      expect(enc.algorithm).to.equal('AEAD_AES_256_GCM');
      expect(enc.associated_data).to.equal('certificate');
      expect(enc.nonce).to.have.length(12);
      // Decrypt independently of lib/crypto/aes.ts.
      const all = Buffer.from(enc.ciphertext!, 'base64');
      const d = createDecipheriv('aes-256-gcm', Buffer.from(m.apiv3Key), Buffer.from(enc.nonce!));
      d.setAAD(Buffer.from('certificate'));
      d.setAuthTag(all.subarray(all.length - 16));
      const pem = Buffer.concat([d.update(all.subarray(0, all.length - 16)), d.final()]).toString();
      expect(new X509Certificate(pem).serialNumber.toUpperCase()).to.equal(platform.serial);
    }
  });

  it('serves the control routes without signatures', async () => {
    const a = await rawRequest(emulator.url, 'GET', '/__emulator/');
    expect(a.status).to.equal(200);
    expect(a.headers['wechatpay-signature']).to.equal(undefined);
    expect((a.json?.merchants as Array<{ mchid: string }>).map((m) => m.mchid)).to.deep.equal([m1.mchid, m2.mchid, m3.mchid]);
    expect(a.json?.routes).to.include('POST /v3/pay/transactions/native');
    const f = await rawRequest(emulator.url, 'POST', '/__emulator/faults', JSON.stringify({ path: '/v3/offlineface', status: 500, code: 'SYSTEM_ERROR' }), {
      'Content-Type': 'application/json',
    });
    expect(f.status).to.equal(201);
    expectRefusal(await send({ target: LIST }), 500, 'SYSTEM_ERROR', /Fault injected/);
    const bad = await rawRequest(emulator.url, 'POST', '/__emulator/time', '{}', { 'Content-Type': 'application/json' });
    expect(bad.status).to.equal(400);
    expect(bad.json?.detail).to.deep.equal({ location: 'body', field: 'advance_ms' });
  });
});

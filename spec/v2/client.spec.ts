import { expect } from 'chai';
import https from 'node:https';
import { inspect } from 'node:util';
import { ApiError, ApiV2Error, ArgumentError, Builder, ConfigError, SignatureError, Transformer, TransportError, V2Client, type UntypedNode } from '../../lib';
import { keyPair, MERCHANT_SERIAL, PUB_KEY_ID } from '../support/keys';
import { readFields, SECRET, sign, xml, type SigningServer } from '../support/signing-server';
import { rejection, untyped } from '../support/helpers';
import { freePort } from '../support/listen';
import { MCHID, startV2Client } from './support';

const MICROPAY = {
  appid: 'wx8888888888888888',
  mch_id: MCHID,
  nonce_str: '5K8264ILTKCH16CQ2502SI8ZNMTM67VS',
  body: 'test',
  total_fee: 1,
  out_trade_no: 'x&y<z>',
};
const MICROPAY_BODY =
  '<xml><appid>wx8888888888888888</appid><mch_id>1230000109</mch_id><nonce_str>5K8264ILTKCH16CQ2502SI8ZNMTM67VS</nonce_str><body>test</body><total_fee>1</total_fee><out_trade_no><![CDATA[x&y<z>]]></out_trade_no><sign>A81DA5449131B4B2589FF39B0320160B</sign></xml>';

describe('v2 client over HTTP', () => {
  let server: SigningServer;
  let client: UntypedNode;
  before(async () => {
    ({ server, client } = await startV2Client());
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
    server.handle(() => ({ xml: { result_code: 'SUCCESS', mch_id: MCHID } }));
  });

  describe('requests', () => {
    it('sends the observed micropay body byte for byte (behaviour §4.1), in all three spellings', async () => {
      await client.v2.pay.micropay.post({ xml: MICROPAY });
      await client.chain('v2/pay/micropay').post({ xml: MICROPAY });
      await client['v2/pay/micropay'].post({ xml: MICROPAY });
      expect(server.requests).to.have.length(3);
      for (const r of server.requests) {
        expect(r.method).to.equal('POST');
        expect(r.url).to.equal('/pay/micropay');
        expect(r.text).to.equal(MICROPAY_BODY);
        expect(r.headers['content-type']).to.equal('text/xml; charset=utf-8');
        expect(r.headers.accept).to.equal('text/xml, text/plain, application/x-gzip');
        expect(r.headers['user-agent']).to.match(/^wechatpay-chain\//);
      }
    });

    it('supports the Async twins with then/otherwise/wait', async () => {
      const seen: string[] = [];
      const res = await client.v2.pay.orderquery
        .postAsync({ xml: { mch_id: MCHID, out_trade_no: 'T1' } })
        .then((r) => {
          seen.push(String((r.data as Record<string, unknown>).result_code));
          return r;
        })
        .otherwise(() => {
          seen.push('failed');
          return undefined;
        })
        .wait();
      expect(seen).to.deep.equal(['SUCCESS']);
      expect((res as { status: number }).status).to.equal(200);
      server.handle(() => ({ body: xml({ return_code: 'FAIL', return_msg: '签名错误' }) }));
      const caught = await client.v2.pay.orderquery
        .postAsync({ xml: { mch_id: MCHID } })
        .otherwise((e) => e)
        .wait();
      expect(caught).to.be.instanceOf(ApiV2Error);
    });

    it('fills nonce_str when absent (32 base62 characters) and signs it', async () => {
      await client.v2.pay.orderquery.post({ xml: { appid: 'wx1', mch_id: MCHID, out_trade_no: 'T1' } });
      const fields = readFields(server.requests[0]?.text ?? '');
      expect(Object.keys(fields)).to.deep.equal(['appid', 'mch_id', 'out_trade_no', 'nonce_str', 'sign']);
      expect(fields.nonce_str).to.match(/^[0-9A-Za-z]{32}$/);
      expect(fields.sign).to.equal(sign(fields));
    });

    it('leaves nonce_str out with nonceless, and signs HMAC-SHA256 when asked', async () => {
      await client.v2.pay.orderquery.post({ xml: { mch_id: MCHID, sign_type: 'HMAC-SHA256', out_trade_no: 'T1' }, nonceless: true });
      const fields = readFields(server.requests[0]?.text ?? '');
      expect(Object.keys(fields)).to.deep.equal(['mch_id', 'sign_type', 'out_trade_no', 'sign']);
      expect(fields.sign).to.equal(sign(fields, SECRET, 'HMAC-SHA256'));
    });

    it('signs a GET in its query (the h5entrustweb vector) and passes the unsigned page through', async () => {
      server.handle(() => ({ body: '<html><body>redirecting</body></html>', headers: { 'Content-Type': 'text/html' } }));
      const query = { appid: 'wx1', mch_id: MCHID, plan_id: '12535', request_serial: 1000, sign_type: 'HMAC-SHA256', contract_display_account: '微信 代扣' };
      const expected =
        '/papay/h5entrustweb?appid=wx1&mch_id=1230000109&plan_id=12535&request_serial=1000&sign_type=HMAC-SHA256' +
        '&contract_display_account=%E5%BE%AE%E4%BF%A1%20%E4%BB%A3%E6%89%A3&sign=C34C3B52FE4FB93CBE43F6A31CE1B28FDE936B6C45A376B776C29B22A33AC230';
      const res = await client.v2.papay.h5entrustweb.get({ query, nonceless: true });
      expect(res.data).to.equal('<html><body>redirecting</body></html>');
      await client.v2.papay.h5entrustweb.get({ xml: query, nonceless: true });
      await client.chain(`v2/papay/h5entrustweb?${expected.split('?')[1]?.replace(/&sign=.*$/, '')}`).get({ nonceless: true });
      expect(server.requests.map((r) => r.url)).to.deep.equal([expected, expected, expected]);
      expect(server.requests[0]?.method).to.equal('GET');
      expect(server.requests[0]?.text).to.equal('');
    });

    it('adds a nonce to a GET unless nonceless', async () => {
      server.handle(() => ({ body: 'ok' }));
      await client.v2.papay.entrustweb.get({ query: { mch_id: MCHID, plan_id: '1' } });
      const url = new URL(server.requests[0]?.url ?? '', server.url);
      expect([...url.searchParams.keys()]).to.deep.equal(['mch_id', 'plan_id', 'nonce_str', 'sign']);
      const fields = Object.fromEntries(url.searchParams);
      expect(fields.sign).to.equal(sign(fields));
    });

    it('keeps "]]>" and markup in a value as one text value', async () => {
      const evil = 'a]]><sign>FORGED</sign><![CDATA[b';
      await client.v2.pay.orderquery.post({ xml: { mch_id: MCHID, attach: evil, nonce_str: 'N' } });
      const body = server.requests[0]?.text ?? '';
      expect(body).to.contain('<attach><![CDATA[a]]]]><![CDATA[><sign>FORGED</sign><![CDATA[b]]></attach>');
      const parsed = Transformer.toArray(body);
      expect(parsed.attach).to.equal(evil);
      expect(parsed.sign).to.equal(sign({ mch_id: MCHID, attach: evil, nonce_str: 'N' }));
    });

    it('accepts a numeric mch_id as the text it sends; appends a POST query unsigned', async () => {
      await client.v2.pay.orderquery.post({ xml: { mch_id: 1230000109, out_trade_no: 'T' }, query: { debug: 'x y' } });
      expect(server.requests[0]?.url).to.equal('/pay/orderquery?debug=x%20y');
      expect(readFields(server.requests[0]?.text ?? '').mch_id).to.equal(MCHID);
    });

    it('accepts mchid and combine_mch_id for the guard', async () => {
      server.handle(() => ({ body: xml({ return_code: 'SUCCESS', result_code: 'SUCCESS' }) }));
      // A per-request httpsAgent stands in for the merchant agent (it must carry the certificate itself).
      await client.v2.mmpaymkttransfers.promotion.transfers.post({ xml: { mchid: MCHID }, httpsAgent: new https.Agent() });
      server.handle(() => ({ xml: { result_code: 'SUCCESS' } }));
      await client.v2.pay.combinedorder.post({ xml: { combine_mch_id: MCHID } });
      expect(server.requests.map((r) => r.url)).to.deep.equal(['/mmpaymkttransfers/promotion/transfers', '/pay/combinedorder']);
      expect(server.requests.map((r) => Object.keys(readFields(r.text)))).to.deep.equal([
        ['mchid', 'nonce_str', 'sign'],
        ['combine_mch_id', 'nonce_str', 'sign'],
      ]);
    });
  });

  describe('rejections before sending', () => {
    it('refuses a payload for another merchant, naming both ids', async () => {
      const err = await rejection(client.v2.pay.orderquery.post({ xml: { mch_id: '1900000001' } }));
      expect(err).to.be.instanceOf(ArgumentError);
      expect((err as Error).message)
        .to.contain('mch_id (1900000001)')
        .and.contain('configured mchid (1230000109)');
      const missing = await rejection(client.v2.pay.orderquery.post({ xml: { appid: 'wx1' } }));
      expect((missing as Error).message).to.match(/has no mch_id/);
      const none = await rejection(client.v2.pay.orderquery.post());
      expect(none).to.be.instanceOf(ArgumentError);
      const viaQuery = await rejection(client.v2.papay.h5entrustweb.get({ query: { mch_id: '1' } }));
      expect((viaQuery as Error).message).to.contain("query's mch_id (1)");
      expect(server.requests).to.have.length(0);
    });

    it('refuses an unsupported sign_type, json, nested values and forbidden characters', async () => {
      const cases: Array<[Record<string, unknown>, RegExp]> = [
        [{ xml: { mch_id: MCHID, sign_type: 'md5' } }, /Unsupported sign_type "md5"/],
        [{ xml: { mch_id: MCHID, sign_type: 'HMAC-SHA1' } }, /HMAC-SHA1/],
        [{ json: { mch_id: MCHID } }, /"json" is for APIv3/],
        [{ xml: { mch_id: MCHID, detail: { a: 1 } } }, /xml\.detail is a object.*JSON string/],
        [{ xml: { mch_id: MCHID, body: 'a\u0000b' } }, /xml\.body holds U\+0000/],
        [{ xml: { mch_id: MCHID, '1a': 'x' } }, /not an XML element name/],
        [{ xml: 'raw' }, /must be an object/],
        [{ xml: { mch_id: MCHID }, body: 'x' }, /either "xml" or "body"/],
      ];
      for (const [options, pattern] of cases) {
        const err = await rejection(client.v2.pay.orderquery.post(options));
        expect(err, String(pattern)).to.be.instanceOf(ArgumentError);
        expect((err as Error).message).to.match(pattern);
      }
      const both = await rejection(client.v2.papay.h5entrustweb.get({ xml: { mch_id: MCHID }, query: { a: '1' } }));
      expect((both as Error).message).to.match(/not both/);
      expect(server.requests).to.have.length(0);
    });

    it('refuses certificate operations without `merchant`, naming it', async () => {
      const refund = await rejection(client.v2.secapi.pay.refund.post({ xml: { mch_id: MCHID } }));
      expect(refund).to.be.instanceOf(ConfigError);
      expect((refund as ConfigError).option).to.equal('merchant');
      const asked = await rejection(client.v2.pay.orderquery.post({ xml: { mch_id: MCHID }, security: true }));
      expect((asked as ConfigError).option).to.equal('merchant');
      const transfers = await rejection(client.v2.mmpaymkttransfers.promotion.transfers.post({ xml: { mchid: MCHID } }));
      expect((transfers as ConfigError).option).to.equal('merchant');
      expect(server.requests).to.have.length(0);
    });

    it('needs `secret` for any v2 call', async () => {
      const v3only = untyped(
        Builder.factory({
          mchid: MCHID,
          serial: MERCHANT_SERIAL,
          privateKey: keyPair('merchant').privatePem,
          certs: { [PUB_KEY_ID]: keyPair('platform').publicPem },
          baseURL: server.url,
        }),
      );
      const err = await rejection(v3only.v2.pay.orderquery.post({ xml: { mch_id: MCHID } }));
      expect((err as ConfigError).option).to.equal('secret');
      expect(server.requests).to.have.length(0);
    });
  });

  describe('answers', () => {
    it('parses a verified answer (MD5 and HMAC-SHA256 by sign length)', async () => {
      server.handle(() => ({ xml: { result_code: 'SUCCESS', trade_state: 'SUCCESS', out_trade_no: '<T&1>' } }));
      const md5 = await client.v2.pay.orderquery.post({ xml: { mch_id: MCHID } });
      expect(md5.data).to.include({ trade_state: 'SUCCESS', out_trade_no: '<T&1>', return_code: 'SUCCESS' });
      server.handle(() => ({ xml: { result_code: 'SUCCESS', trade_state: 'NOTPAY' }, signType: 'HMAC-SHA256' }));
      const hmac = await client.v2.pay.orderquery.post({ xml: { mch_id: MCHID, sign_type: 'HMAC-SHA256' } });
      expect((hmac.data as Record<string, string>).sign).to.have.length(64);
      expect((hmac.data as Record<string, string>).trade_state).to.equal('NOTPAY');
    });

    it('rejects return_code FAIL with ApiV2Error keeping return_msg', async () => {
      server.handle(() => ({ body: xml({ return_code: 'FAIL', return_msg: '签名错误' }) }));
      const err = (await rejection(client.v2.pay.orderquery.post({ xml: { mch_id: MCHID } }))) as ApiV2Error;
      expect(err).to.be.instanceOf(ApiV2Error);
      expect(err.returnCode).to.equal('FAIL');
      expect(err.returnMsg).to.equal('签名错误');
      expect(err.code).to.equal('FAIL');
      expect(err.verified).to.equal(false);
      expect(err.message).to.equal('APIv2 POST /pay/orderquery failed: return_code FAIL: 签名错误');
      expect(err.response.status).to.equal(200);
      expect(err.response.data).to.deep.equal({ return_code: 'FAIL', return_msg: '签名错误' });
    });

    it('rejects a signed result_code FAIL with err_code/err_code_des, after checking its sign', async () => {
      server.handle(() => ({ xml: { result_code: 'FAIL', err_code: 'ORDERNOTEXIST', err_code_des: '此交易订单号不存在' } }));
      const err = (await rejection(client.v2.pay.orderquery.post({ xml: { mch_id: MCHID } }))) as ApiV2Error;
      expect(err).to.be.instanceOf(ApiV2Error);
      expect([err.resultCode, err.errCode, err.errCodeDes, err.code, err.verified]).to.deep.equal([
        'FAIL',
        'ORDERNOTEXIST',
        '此交易订单号不存在',
        'ORDERNOTEXIST',
        true,
      ]);
      expect(err.data.err_code).to.equal('ORDERNOTEXIST');
      server.handle(() => ({ body: xml({ return_code: 'SUCCESS', result_code: 'FAIL', err_code: 'X', sign: 'F'.repeat(32) }) }));
      expect(await rejection(client.v2.pay.orderquery.post({ xml: { mch_id: MCHID } }))).to.be.instanceOf(SignatureError);
    });

    it('rejects a bad, missing, lower-case or stripped sign with SignatureError', async () => {
      const good = { return_code: 'SUCCESS', result_code: 'SUCCESS', mch_id: MCHID };
      const bodies = [
        xml({ ...good, sign: sign({ ...good, mch_id: '1' }) }),
        xml(good),
        xml({ ...good, sign: sign(good).toLowerCase() }),
        xml({ ...good, sign: '' }),
        // A field hidden in __proto__ is dropped by the parser, so the sign no longer matches.
        `<xml><return_code>SUCCESS</return_code><result_code>SUCCESS</result_code><__proto__><polluted>1</polluted></__proto__><sign>${sign({ ...good, __proto__: '' } as Record<string, string>)}</sign></xml>`,
      ];
      for (const body of bodies) {
        server.handle(() => ({ body }));
        const err = (await rejection(client.v2.pay.orderquery.post({ xml: { mch_id: MCHID } }))) as SignatureError;
        expect(err, body).to.be.instanceOf(SignatureError);
        expect(err.reason).to.equal('BAD_SIGNATURE');
        expect(err.response?.status).to.equal(200);
      }
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('rejects answers that are not WeChat Pay XML: HTML, XXE, entity bombs, no return_code', async () => {
      const bodies: Array<[string, RegExp]> = [
        ['<html><body><hr></body></html>', /not well-formed XML/],
        ['<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><return_code>&xxe;</return_code></xml>', /DOCTYPE/],
        ['<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><xml><return_code>&b;</return_code></xml>', /DOCTYPE/],
        ['<xml><result_code>SUCCESS</result_code></xml>', /no return_code/],
        ['', /not well-formed XML/],
      ];
      for (const [body, pattern] of bodies) {
        server.handle(() => ({ body }));
        const err = await rejection(client.v2.pay.orderquery.post({ xml: { mch_id: MCHID } }));
        expect(err, body).to.be.instanceOf(SignatureError);
        expect((err as Error).message).to.match(pattern);
      }
    });

    it('passes unsigned endpoints through unverified, still rejecting FAIL', async () => {
      server.handle(() => ({ body: xml({ return_code: 'SUCCESS', result_code: 'SUCCESS', send_listid: '1000041701201411111234567890' }) }));
      const sent = await client.v2.payitil.report.post({ xml: { mch_id: MCHID, interface_url: 'x' } });
      expect(sent.data).to.deep.equal({ return_code: 'SUCCESS', result_code: 'SUCCESS', send_listid: '1000041701201411111234567890' });
      server.handle(() => ({ body: xml({ return_code: 'SUCCESS', result_code: 'FAIL', err_code: 'NOTENOUGH', err_code_des: '余额不足' }) }));
      const err = await rejection(client.v2.payitil.report.post({ xml: { mch_id: MCHID } }));
      expect((err as ApiV2Error).errCode).to.equal('NOTENOUGH');
      expect((err as ApiV2Error).verified).to.equal(false);
    });

    it('parses the JSON answer of appauth/getaccesstoken, rejecting a non-zero retcode', async () => {
      server.handle(() => ({ body: '{"retcode":0,"retmsg":"OK","access_token":"T"}', headers: { 'Content-Type': 'application/json' } }));
      const ok = await client.v2.appauth.getaccesstoken.get({ query: { mch_id: MCHID, appid: 'wx1' } });
      expect(ok.data).to.deep.equal({ retcode: 0, retmsg: 'OK', access_token: 'T' });
      server.handle(() => ({ body: '{"retcode":-1,"retmsg":"invalid code"}' }));
      const err = (await rejection(client.v2.appauth.getaccesstoken.get({ query: { mch_id: MCHID } }))) as ApiV2Error;
      expect([err.errCode, err.errCodeDes]).to.deep.equal(['-1', 'invalid code']);
    });

    it('turns 4xx/5xx into ApiError and a dead peer into TransportError', async () => {
      server.handle(() => ({ status: 503, body: 'busy' }));
      const err = (await rejection(client.v2.pay.orderquery.post({ xml: { mch_id: MCHID } }))) as ApiError;
      expect(err).to.be.instanceOf(ApiError);
      expect(err.status).to.equal(503);
      const port = await freePort();
      const dead = await rejection(client.v2.pay.orderquery.post({ xml: { mch_id: MCHID }, baseURL: `http://127.0.0.1:${port}/` }));
      expect(dead).to.be.instanceOf(TransportError);
    });
  });

  it('lets a step named before the signer add a field that is then signed (a workwx_sign)', async () => {
    const adapter = client.getDriver().v2 as V2Client;
    adapter.steps.before('signer', 'workwx', (call) => {
      const meta = (call.config as { wechatpayV2?: { fields?: Array<[string, string]> } }).wechatpayV2;
      meta?.fields?.push(['workwx_sign', 'EXTRA']);
    });
    try {
      await client.v2.mmpaymkttransfers.sendworkwxredpack.post({ xml: { mch_id: MCHID }, httpsAgent: new https.Agent() });
    } finally {
      adapter.steps.remove('workwx');
    }
    const fields = readFields(server.requests[0]?.text ?? '');
    expect(Object.keys(fields)).to.deep.equal(['mch_id', 'workwx_sign', 'nonce_str', 'sign']);
    expect(fields.sign).to.equal(sign(fields));
  });

  it('keeps the APIv2 key out of what inspecting or logging the client shows', () => {
    const shown = inspect(client.getDriver(), { depth: 10, showHidden: true });
    expect(shown).to.contain('V2Client');
    expect(shown).to.not.contain(SECRET);
  });

  it('exposes the adapter and its named steps', () => {
    const adapter = client.getDriver().v2;
    expect(adapter).to.be.instanceOf(V2Client);
    expect((adapter as V2Client).steps.list()).to.deep.equal(['signer', 'transport', 'verifier']);
    expect((adapter as V2Client).hasMerchantCertificate).to.equal(false);
  });
});

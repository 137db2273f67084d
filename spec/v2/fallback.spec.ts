/**
 * APIv2 operations without an emulator route answer the catalogue sample: the request's `sign` is
 * checked, the TLS client certificate required where the platform requires it, and the answer is
 * signed with the merchant's APIv2 key (the client verifies it with its own signer) and conforms to
 * the operation's response schema (checked against the OpenAPI data when ../shared/openapi is present).
 */
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import https from 'node:https';
import { join } from 'node:path';
import { ApiV2Error, Builder, type Client, type UntypedNode } from '../../lib';
import { Emulator } from '../../lib/emulator';
import { v2SampleFields } from '../../lib/emulator/v2/fallback';
import { sampleFor, sampleKeys } from '../../lib/endpoints/samples';
import { isJsonV2, isUnsignedV2 } from '../../lib/v2/endpoints';
import { verifyV2 } from '../../lib/v2/signature';
import { testMerchant, testPlatform } from '../emulator/support';
import { generatorView, OPENAPI_DATA, type GeneratorView } from '../support/openapi-view';
import { rejection } from '../support/helpers';

const MCHID = '1900000321';
const APPID = 'wxd678efh567hg6787';
const SECRET = '0123456789abcdefghijklmnopqrstuv';

type Data = Record<string, string>;

describe('emulator fallback: signed APIv2 sample answers for operations without a route', function () {
  this.timeout(60_000);
  let emulator: Emulator;
  let client: Client;
  let untyped: UntypedNode;
  let secure: string;
  let view: GeneratorView | undefined;
  const trust = (): https.Agent => new https.Agent({ ca: emulator.ca, keepAlive: true });

  before(async () => {
    const platform = await testPlatform();
    const merchant = await testMerchant(MCHID);
    emulator = await Emulator.start({ platform, merchants: [{ ...merchant, secret: SECRET }], https: 'also' });
    secure = emulator.httpsUrl as string;
    client = Builder.factory({
      ...emulator.clientOptions(),
      clock: emulator.clock,
      httpsAgent: trust(),
      merchant: { cert: merchant.certificate, key: merchant.privateKey },
    });
    untyped = client as unknown as UntypedNode;
    if (existsSync(join(OPENAPI_DATA, 'v2'))) view = await generatorView();
  });
  after(() => emulator.close());

  function conforms(key: string, data: unknown): void {
    if (view) expect(view.conforms('post', key, data), key).to.deep.equal([]);
  }

  it('answers tools/shorturl signed (MD5) with the request ids echoed and a fresh nonce each time', async () => {
    const xml = { appid: APPID, mch_id: MCHID, long_url: 'weixin://wxpay/bizpayurl?pr=abc' };
    const first = await client.v2.tools.shorturl.post({ xml });
    const second = await client.v2.tools.shorturl.post({ xml });
    const data = first.data;
    expect(data).to.include({ return_code: 'SUCCESS', result_code: 'SUCCESS', appid: APPID, mch_id: MCHID });
    const shortUrl: string = data.short_url;
    expect(shortUrl).to.equal((sampleFor('POST', '/tools/shorturl')?.body as Data).short_url);
    expect(data.sign).to.match(/^[0-9A-F]{32}$/);
    expect(data.nonce_str).to.not.equal(second.data.nonce_str);
    expect(verifyV2(data, SECRET), 'sign under the merchant key').to.equal(true);
    expect(emulator.requests.at(-1)).to.include({ target: '/tools/shorturl', status: 200 });
    conforms('v2/tools/shorturl', data);
  });

  it('signs with HMAC-SHA256 when the request does (pay/micropay through chain())', async () => {
    const res = await untyped.chain('v2/pay/micropay').post({
      xml: {
        appid: APPID,
        mch_id: MCHID,
        body: 'fallback',
        out_trade_no: 'FB20260101001',
        total_fee: 1,
        spbill_create_ip: '127.0.0.1',
        auth_code: '134567890123456789',
        sign_type: 'HMAC-SHA256',
      },
    });
    const data = res.data as Data;
    expect(data).to.include({ return_code: 'SUCCESS', result_code: 'SUCCESS', out_trade_no: 'FB20260101001', mch_id: MCHID });
    expect(data.sign).to.match(/^[0-9A-F]{64}$/);
    conforms('v2/pay/micropay', data);
  });

  it('requires the client certificate where the platform does (secapi/pay/reverse)', async () => {
    const xml = { appid: APPID, mch_id: MCHID, out_trade_no: 'FB20260101002' };
    const res = await client.v2.secapi.pay.reverse.post({ xml, baseURL: secure });
    expect(res.data).to.include({ return_code: 'SUCCESS', result_code: 'SUCCESS', appid: APPID, mch_id: MCHID });
    conforms('v2/secapi/pay/reverse', res.data);
    // A per-request httpsAgent replaces the merchant agent: this one carries no certificate.
    const bare = (await rejection(client.v2.secapi.pay.reverse.post({ xml, baseURL: secure, httpsAgent: trust() }))) as ApiV2Error;
    expect(bare).to.be.instanceOf(ApiV2Error);
    expect(bare.returnMsg).to.match(/^证书错误: this API needs the merchant API certificate/);
    const plain = (await rejection(client.v2.secapi.pay.reverse.post({ xml, httpsAgent: trust() }))) as ApiV2Error;
    expect(plain.returnMsg).to.match(/^证书错误/);
  });

  it('refuses a wrong sign and an unknown merchant, unsigned', async () => {
    const wrong = Builder.factory({ ...emulator.clientOptions(), secret: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345' });
    const err = (await rejection(wrong.v2.tools.shorturl.post({ xml: { appid: APPID, mch_id: MCHID, long_url: 'https://example.com/' } }))) as ApiV2Error;
    expect(err).to.be.instanceOf(ApiV2Error);
    expect(err.returnMsg).to.match(/^签名错误/);
    expect(err.response?.data).to.not.have.property('sign');
    const stranger = await rejection(untyped.v2.tools.shorturl.post({ xml: { appid: APPID, mch_id: '1900000999', long_url: 'x' } }));
    // The client refuses another merchant id before sending; the emulator never sees it.
    expect((stranger as Error).message).to.match(/1900000999/);
  });

  it('answers unsigned where the platform does (sendredpack, certificate-bound), JSON and files', async () => {
    const red = await untyped.v2.mmpaymkttransfers.sendredpack.post({
      baseURL: secure,
      xml: {
        mch_billno: 'FB0000000000000001',
        mch_id: MCHID,
        wxappid: APPID,
        send_name: 'shop',
        re_openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
        total_amount: 100,
        total_num: 1,
        wishing: 'hi',
        client_ip: '127.0.0.1',
        act_name: 'act',
        remark: 'r',
      },
    });
    const answer = red.data as Data;
    expect(answer).to.include({ return_code: 'SUCCESS', result_code: 'SUCCESS', mch_billno: 'FB0000000000000001', mch_id: MCHID, wxappid: APPID });
    expect(answer).to.not.have.property('sign');
    conforms('v2/mmpaymkttransfers/sendredpack', answer);

    const token = await untyped.v2.appauth.getaccesstoken.get({ query: { mch_id: MCHID, appid: APPID, code: 'abc' } });
    expect(token.data).to.deep.equal(sampleFor('GET', '/appauth/getaccesstoken')?.body);

    const flow = await untyped.v2.pay.downloadfundflow.post({
      baseURL: secure,
      xml: { appid: APPID, mch_id: MCHID, bill_date: '20260101', account_type: 'Basic', sign_type: 'HMAC-SHA256' },
    });
    expect(flow.data).to.equal('sample file for POST v2/pay/downloadfundflow\n');
  });

  it('numbers indexed fields from 0 (`sub_order_no_$n` answers as `sub_order_no_0`), so the signed answer verifies over HTTP', async () => {
    const xml = { appid: APPID, mch_id: MCHID, out_trade_no: 'FB20260101002', customs: 'SHANGHAI_ZS' };
    const data = (await untyped.chain('v2/cgi-bin/mch/customs/customdeclarequery').post({ xml })).data as Data;
    expect(data).to.include({
      return_code: 'SUCCESS',
      sub_order_no_0: (sampleFor('POST', '/cgi-bin/mch/customs/customdeclarequery')?.body as Data).sub_order_no_$n,
    });
    expect(Object.keys(data).filter((k) => k.includes('$') || k === 'item')).to.deep.equal([]);
    expect(verifyV2(data, SECRET)).to.equal(true);
  });

  it('still answers 404 for a path the catalogue does not have', async () => {
    const res = await fetch(`${emulator.clientOptions().baseURL}no/such/api`, { method: 'POST', body: '<xml/>' });
    expect(res.status).to.equal(404);
  });

  it('every catalogued APIv2 sample answer conforms, and the signed ones verify under both sign types', () => {
    const request: Data = { appid: APPID, mch_id: MCHID, mchid: MCHID, sub_mch_id: '1900000109', out_trade_no: 'T1', mch_billno: 'B1' };
    let signed = 0;
    let unsigned = 0;
    for (const entry of sampleKeys()) {
      const [method, key] = entry.split(' ') as [string, string];
      if (!key.startsWith('v2/')) continue;
      const sample = sampleFor(method, `/${key.slice(3)}`);
      expect(sample?.key, entry).to.equal(key);
      const body = sample?.body;
      if (sample?.binary || body === undefined || isJsonV2(key.slice(3))) continue;
      const isUnsigned = isUnsignedV2(key.slice(3));
      for (const signType of ['MD5', 'HMAC-SHA256'] as const) {
        const fields = v2SampleFields(body as Record<string, unknown>, request, { key: SECRET, signType, unsigned: isUnsigned });
        expect(fields, entry).to.include({ return_code: 'SUCCESS' });
        if ('nonce_str' in fields) expect(fields.nonce_str, entry).to.match(/^[0-9a-f]{32}$/);
        // The data describes only a failure answer for batchquerycomment (result_code enum: FAIL).
        if ('result_code' in fields && key !== 'v2/billcommentsp/batchquerycomment') expect(fields.result_code, entry).to.equal('SUCCESS');
        // Unsigned operations carry a sign only where their schema lists one; any sign given is correct.
        if (isUnsigned && !('sign' in (body as Data))) expect(fields, entry).to.not.have.property('sign');
        else expect(verifyV2(fields, SECRET), `${entry} ${signType}`).to.equal(true);
        if (view) expect(view.conforms(method.toLowerCase(), key, fields), entry).to.deep.equal([]);
      }
      if (isUnsigned) unsigned += 1;
      else signed += 1;
    }
    expect(signed).to.be.greaterThan(90);
    expect(unsigned).to.be.greaterThan(10);
  });
});

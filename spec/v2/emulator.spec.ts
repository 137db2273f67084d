import { expect } from 'chai';
import https from 'node:https';
import { inspect } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { ApiV2Error, Builder, type UntypedNode } from '../../lib';
import { createDemoMerchant, Emulator } from '../../lib/emulator';
import { rejection, untyped } from '../support/helpers';

type Data = Record<string, string>;

describe('v2 against the emulator', () => {
  let emulator: Emulator;
  let client: UntypedNode;
  let mchid: string;
  let appid: string;
  let secure: string;
  const trust = (): https.Agent => new https.Agent({ ca: emulator.ca, keepAlive: true });
  let n = 0;
  const tradeNo = (): string => `V2T${Date.now()}${(n += 1)}`;

  before(async () => {
    emulator = await Emulator.start({ https: 'also' });
    const cred = emulator.credentials();
    mchid = cred.mchid;
    appid = 'wxd678efh567hg6787';
    secure = emulator.httpsUrl as string;
    client = untyped(
      Builder.factory({
        ...emulator.clientOptions(),
        clock: emulator.clock,
        httpsAgent: trust(),
        merchant: { cert: cred.certificate, key: cred.privateKey },
      }),
    );
  });
  after(() => emulator.close());

  async function order(outTradeNo: string, extra: Record<string, unknown> = {}): Promise<Data> {
    const res = await client.v2.pay.unifiedorder.post({
      xml: {
        appid,
        mch_id: mchid,
        body: 'Emulator test',
        out_trade_no: outTradeNo,
        total_fee: 100,
        spbill_create_ip: '127.0.0.1',
        notify_url: 'https://example.com/notify',
        trade_type: 'NATIVE',
        ...extra,
      },
    });
    return res.data as Data;
  }

  it('places, pays and queries an order, visible to APIv3 as well', async () => {
    const no = tradeNo();
    const placed = await order(no, { attach: 'a&b' });
    expect(placed).to.include({ return_code: 'SUCCESS', result_code: 'SUCCESS', trade_type: 'NATIVE', mch_id: mchid, appid });
    expect(placed.prepay_id).to.match(/^wx\d{14}[0-9a-f]{26}$/);
    expect(placed.code_url).to.match(/^weixin:\/\/wxpay\/bizpayurl\?pr=/);
    const before = await client.v2.pay.orderquery.post({ xml: { appid, mch_id: mchid, out_trade_no: no } });
    expect((before.data as Data).trade_state).to.equal('NOTPAY');
    await emulator.pay(no);
    const after = (await client.v2.pay.orderquery.post({ xml: { appid, mch_id: mchid, out_trade_no: no, sign_type: 'HMAC-SHA256' } })).data as Data;
    expect(after).to.include({ trade_state: 'SUCCESS', total_fee: '100', cash_fee: '100', attach: 'a&b', out_trade_no: no });
    expect(after.sign).to.have.length(64);
    expect(after.transaction_id).to.match(/^42000\d+/);
    expect(after.time_end).to.match(/^\d{14}$/);
    const v3 = await client.v3.pay.transactions.outTradeNo._out_trade_no_.get({ query: { mchid }, out_trade_no: no });
    expect(v3.data).to.include({ trade_state: 'SUCCESS', transaction_id: after.transaction_id, appid, mchid });
  });

  it('treats a retry as the same order and a changed one as a conflict', async () => {
    const no = tradeNo();
    const first = await order(no);
    const again = await order(no);
    expect(again.prepay_id).to.equal(first.prepay_id);
    const err = (await rejection(order(no, { total_fee: 200 }))) as ApiV2Error;
    expect(err).to.be.instanceOf(ApiV2Error);
    expect([err.errCode, err.verified]).to.deep.equal(['INVALID_REQUEST', true]);
  });

  it('closes an unpaid order, refuses to close a paid or closed one', async () => {
    const open = tradeNo();
    await order(open);
    await client.v2.pay.closeorder.post({ xml: { appid, mch_id: mchid, out_trade_no: open } });
    const closed = await client.v2.pay.orderquery.post({ xml: { appid, mch_id: mchid, out_trade_no: open } });
    expect((closed.data as Data).trade_state).to.equal('CLOSED');
    expect(((await rejection(client.v2.pay.closeorder.post({ xml: { appid, mch_id: mchid, out_trade_no: open } }))) as ApiV2Error).errCode).to.equal(
      'ORDERCLOSED',
    );
    const paid = tradeNo();
    await order(paid);
    await emulator.pay(paid);
    expect(((await rejection(client.v2.pay.closeorder.post({ xml: { appid, mch_id: mchid, out_trade_no: paid } }))) as ApiV2Error).errCode).to.equal(
      'ORDERPAID',
    );
    expect(((await rejection(order(paid))) as ApiV2Error).errCode).to.equal('ORDERPAID');
  });

  it('answers ORDERNOTEXIST (signed) for an unknown order', async () => {
    const err = (await rejection(client.v2.pay.orderquery.post({ xml: { appid, mch_id: mchid, out_trade_no: 'NOPE' } }))) as ApiV2Error;
    expect([err.resultCode, err.errCode, err.verified]).to.deep.equal(['FAIL', 'ORDERNOTEXIST', true]);
  });

  it('refunds over HTTPS with the client certificate; refundquery and APIv3 see it', async () => {
    const no = tradeNo();
    await order(no);
    await emulator.pay(no);
    const refunded = (
      await client.v2.secapi.pay.refund.post({
        xml: { appid, mch_id: mchid, out_trade_no: no, out_refund_no: `R${no}`, total_fee: 100, refund_fee: 40 },
        baseURL: secure,
      })
    ).data as Data;
    expect(refunded).to.include({ result_code: 'SUCCESS', out_refund_no: `R${no}`, refund_fee: '40', total_fee: '100' });
    const query = (await client.v2.pay.refundquery.post({ xml: { appid, mch_id: mchid, out_trade_no: no } })).data as Data;
    expect(query).to.include({ refund_count: '1', out_refund_no_0: `R${no}`, refund_id_0: refunded.refund_id, refund_fee_0: '40', refund_status_0: 'SUCCESS' });
    const v3 = await client.v3.refund.domestic.refunds._out_refund_no_.get({ out_refund_no: `R${no}` });
    expect(v3.data).to.include({ refund_id: refunded.refund_id, status: 'SUCCESS' });
    // An error from a certificate call keeps its response (and axios config): even printed in full it
    // must not show the merchant's TLS private key.
    const unknown = (await rejection(
      client.v2.secapi.pay.refund.post({
        xml: { appid, mch_id: mchid, out_trade_no: 'NOPE', out_refund_no: `R3${no}`, total_fee: 100, refund_fee: 1 },
        baseURL: secure,
      }),
    )) as ApiV2Error;
    expect(unknown.errCode).to.equal('ORDERNOTEXIST');
    expect(inspect(unknown, { depth: 12, showHidden: true })).to.not.contain(emulator.credentials().privateKey.split('\n')[1]);
    const tooMuch = (await rejection(
      client.v2.secapi.pay.refund.post({
        xml: { appid, mch_id: mchid, out_trade_no: no, out_refund_no: `R2${no}`, total_fee: 100, refund_fee: 61 },
        baseURL: secure,
      }),
    )) as ApiV2Error;
    expect(tooMuch.errCode).to.equal('INVALID_REQUEST');
    const none = (await rejection(client.v2.pay.refundquery.post({ xml: { appid, mch_id: mchid, out_refund_no: 'NOPE' } }))) as ApiV2Error;
    expect(none.errCode).to.equal('REFUNDNOTEXIST');
  });

  it('refuses a refund without the certificate, over plain HTTP, or with a certificate it did not issue', async () => {
    const no = tradeNo();
    await order(no);
    await emulator.pay(no);
    const xml = { appid, mch_id: mchid, out_trade_no: no, out_refund_no: `R${no}`, total_fee: 100, refund_fee: 1 };
    // A per-request httpsAgent replaces the merchant agent: this one carries no certificate.
    const bare = (await rejection(client.v2.secapi.pay.refund.post({ xml, baseURL: secure, httpsAgent: trust() }))) as ApiV2Error;
    expect(bare.returnCode).to.equal('FAIL');
    expect(bare.returnMsg).to.match(/^证书错误: this API needs the merchant API certificate/);
    const plain = (await rejection(client.v2.secapi.pay.refund.post({ xml, httpsAgent: trust() }))) as ApiV2Error;
    expect(plain.returnMsg).to.match(/^证书错误/);
    const other = await createDemoMerchant({ mchid });
    const rogue = untyped(Builder.factory({ ...emulator.clientOptions(), httpsAgent: trust(), merchant: { cert: other.certificate, key: other.privateKey } }));
    const foreign = (await rejection(rogue.v2.secapi.pay.refund.post({ xml, baseURL: secure }))) as ApiV2Error;
    expect(foreign.returnMsg).to.match(/not issued by the emulator CA/);
    const query = (await rejection(client.v2.pay.refundquery.post({ xml: { appid, mch_id: mchid, out_refund_no: `R${no}` } }))) as ApiV2Error;
    expect(query.errCode).to.equal('REFUNDNOTEXIST');
  });

  it('refuses a wrong APIv2 key and hostile XML with return_code FAIL', async () => {
    const wrong = untyped(Builder.factory({ ...emulator.clientOptions(), secret: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345' }));
    const err = (await rejection(wrong.v2.pay.orderquery.post({ xml: { appid, mch_id: mchid, out_trade_no: 'X' } }))) as ApiV2Error;
    expect([err.returnCode, err.verified]).to.deep.equal(['FAIL', false]);
    expect(err.returnMsg).to.match(/^签名错误/);
    const bomb = '<!DOCTYPE l [<!ENTITY a "a"><!ENTITY b "&a;&a;&a;&a;">]><xml><mch_id>&b;</mch_id></xml>';
    const hostile = (await rejection(client.v2.pay.orderquery.post({ body: bomb }))) as ApiV2Error;
    expect(hostile.returnMsg).to.match(/^XML格式错误: .*DOCTYPE/);
  });

  it("downloads the day's bill as text or gzip, and answers No Bill Exist otherwise", async () => {
    const no = tradeNo();
    await order(no);
    await emulator.pay(no);
    const day = new Date(emulator.now() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
    const text = (await client.v2.pay.downloadbill.post({ xml: { appid, mch_id: mchid, bill_date: day, bill_type: 'ALL' } })).data as string;
    expect(text.split('\r\n')[0]).to.match(/^交易时间,公众账号ID,商户号/);
    expect(text).to.contain(`\`${no},`);
    expect(text).to.match(/总交易单数,应结订单总金额/);
    const gz = (await client.v2.pay.downloadbill.post({ xml: { appid, mch_id: mchid, bill_date: day, tar_type: 'GZIP' } })).data as Buffer;
    expect(Buffer.isBuffer(gz)).to.equal(true);
    expect(gunzipSync(gz).toString('utf8')).to.contain(`\`${no},`);
    const empty = (await rejection(client.v2.pay.downloadbill.post({ xml: { appid, mch_id: mchid, bill_date: '20200101' } }))) as ApiV2Error;
    expect([empty.returnMsg, empty.errCode]).to.deep.equal(['No Bill Exist', '20002']);
    const bad = (await rejection(client.v2.pay.downloadbill.post({ xml: { appid, mch_id: mchid, bill_date: '2020-01-01' } }))) as ApiV2Error;
    expect(bad.errCode).to.equal('20001');
  });
});

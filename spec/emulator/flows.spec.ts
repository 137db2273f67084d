/**
 * The client (Builder.factory) against the emulator over real HTTP: orders, payment, close,
 * expiry, partner variants, events, face collections, control routes. Refunds and concurrency:
 * refunds.spec.ts; listeners and HTTPS: listen.spec.ts.
 */
import { expect } from 'chai';
import { DEMO_ORGANIZATION_ID, type DemoMerchant, type Emulator } from '../../lib/emulator';
import type { UntypedNode } from '../../lib';
import { rawRequest } from './support';
import { refusal, useFlowEmulator, type Json } from './flow-fixture';

describe('emulator: payment flows with the client', () => {
  const flow = useFlowEmulator();
  const { txEvents, no, order, query, paidOrder } = flow;
  let emulator: Emulator;
  let m1: DemoMerchant;
  let client: UntypedNode;
  before(() => ({ emulator, m1, client } = flow));

  it('native: prepay, query NOTPAY, pay, query SUCCESS by out_trade_no and by transaction_id', async () => {
    const outTradeNo = no();
    const res = await client.v3.pay.transactions.native.post({ json: order(outTradeNo, { attach: 'a=1' }) });
    expect(res.status).to.equal(200);
    const codeUrl = (res.data as Json).code_url as string;
    expect(codeUrl).to.match(/^weixin:\/\/wxpay\/bizpayurl\?pr=/);
    const before = await query(outTradeNo);
    expect(before).to.include({
      appid: 'wxd678efh567hg6787',
      mchid: m1.mchid,
      out_trade_no: outTradeNo,
      trade_type: 'NATIVE',
      trade_state: 'NOTPAY',
      attach: 'a=1',
    });
    expect(before).to.not.have.property('transaction_id');
    expect(before.amount).to.deep.equal({ total: 100, currency: 'CNY' });
    const paid = await emulator.pay(outTradeNo);
    const after = await query(outTradeNo);
    expect(after.trade_state).to.equal('SUCCESS');
    expect(after.trade_state_desc).to.equal('支付成功');
    expect(after.transaction_id)
      .to.equal(paid.transaction_id)
      .and.match(/^4200\d{24}$/);
    expect(after.success_time).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    expect(after.amount).to.deep.equal({ total: 100, payer_total: 100, currency: 'CNY', payer_currency: 'CNY' });
    expect((after.payer as Json).openid).to.be.a('string');
    const byId = await client.v3.pay.transactions.id._transaction_id_.get({ transaction_id: after.transaction_id, query: { mchid: m1.mchid } });
    expect(byId.data).to.deep.equal(after);
    const kinds = txEvents.filter((e) => e.transaction.outTradeNo === outTradeNo).map((e) => `${e.previous ?? '-'}>${e.transaction.tradeState}`);
    expect(kinds).to.deep.equal(['->NOTPAY', 'NOTPAY>SUCCESS']);
  });

  it('out_trade_no is unique: the same content gets the same answer, other content a 400', async () => {
    const outTradeNo = no();
    const a = await client.v3.pay.transactions.native.post({ json: order(outTradeNo) });
    const b = await client.v3.pay.transactions.native.post({ json: order(outTradeNo) });
    expect(b.data).to.deep.equal(a.data);
    const err = await refusal(client.v3.pay.transactions.native.post({ json: order(outTradeNo, { amount: { total: 101 } }) }));
    expect([err.status, err.code]).to.deep.equal([400, 'INVALID_REQUEST']);
    expect(err.message).to.match(/already used/);
    await emulator.pay(outTradeNo);
    const paid = await refusal(client.v3.pay.transactions.native.post({ json: order(outTradeNo) }));
    expect(paid.message).to.match(/already SUCCESS/);
  });

  it('jsapi, app and h5 validate their own fields and answer prepay_id / h5_url', async () => {
    const missing = await refusal(client.v3.pay.transactions.jsapi.post({ json: order(no()) }));
    expect([missing.status, missing.code, missing.detail?.field, missing.detail?.location]).to.deep.equal([400, 'PARAM_ERROR', 'payer', 'body']);
    const jsapiNo = no();
    const jsapi = await client.v3.pay.transactions.jsapi.post({ json: order(jsapiNo, { payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' } }) });
    expect((jsapi.data as Json).prepay_id).to.match(/^wx\d{14}[0-9a-f]{26}$/);
    expect(((await query(jsapiNo)).payer as Json).openid).to.equal('oUpF8uMuAJO_M2pxb1Q9zNjWeS6o');
    const app = await client.v3.pay.transactions.app.post({ json: order(no()) });
    expect((app.data as Json).prepay_id).to.match(/^wx/);
    const h5Missing = await refusal(client.v3.pay.transactions.h5.post({ json: order(no(), { scene_info: { payer_client_ip: '127.0.0.1' } }) }));
    expect(h5Missing.detail?.field).to.equal('scene_info.h5_info.type');
    const h5 = await client.v3.pay.transactions.h5.post({ json: order(no(), { scene_info: { payer_client_ip: '127.0.0.1', h5_info: { type: 'Wap' } } }) });
    expect((h5.data as Json).h5_url).to.match(/^https:\/\/wx\.tenpay\.com\//);
  });

  it('close answers 204; a closed order stays closed and cannot be paid; a paid one cannot be closed', async () => {
    const outTradeNo = no();
    await client.v3.pay.transactions.native.post({ json: order(outTradeNo) });
    const closed = await client.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ out_trade_no: outTradeNo, json: { mchid: m1.mchid } });
    expect(closed.status).to.equal(204);
    expect(closed.data ?? '').to.equal('');
    expect((await query(outTradeNo)).trade_state).to.equal('CLOSED');
    expect((await client.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ out_trade_no: outTradeNo, json: { mchid: m1.mchid } })).status).to.equal(
      204,
    );
    let payError: unknown;
    try {
      await emulator.pay(outTradeNo);
    } catch (err) {
      payError = err;
    }
    expect(String(payError)).to.match(/is CLOSED; only a NOTPAY order can be paid/);
    const { outTradeNo: paid } = await paidOrder();
    const err = await refusal(client.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ out_trade_no: paid, json: { mchid: m1.mchid } }));
    expect([err.status, err.code]).to.deep.equal([400, 'INVALID_REQUEST']);
    const missing = await refusal(client.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ out_trade_no: 'NOSUCH0001', json: { mchid: m1.mchid } }));
    expect([missing.status, missing.code]).to.deep.equal([404, 'ORDER_NOT_EXIST']);
  });

  it('a failed payment is PAYERROR; an unpaid order past time_expire is CLOSED once time moves on', async () => {
    const failed = no();
    await client.v3.pay.transactions.native.post({ json: order(failed) });
    await emulator.pay(failed, { result: 'PAYERROR' });
    expect((await query(failed)).trade_state).to.equal('PAYERROR');
    const expiring = no();
    const expire = new Date(emulator.now() + 60_000 + 8 * 3_600_000).toISOString().slice(0, 19) + '+08:00';
    await client.v3.pay.transactions.native.post({ json: order(expiring, { time_expire: expire }) });
    expect((await query(expiring)).trade_state).to.equal('NOTPAY');
    emulator.advance(61_000);
    try {
      expect((await query(expiring)).trade_state).to.equal('CLOSED');
    } finally {
      emulator.advance(-61_000);
    }
    const bad = await refusal(client.v3.pay.transactions.native.post({ json: order(no(), { time_expire: 'tomorrow' }) }));
    expect(bad.detail?.field).to.equal('time_expire');
  });

  it('partner orders: sp_mchid must be the signer, queries and close need sp_mchid and sub_mchid', async () => {
    const outTradeNo = no('SP');
    const json = {
      sp_appid: 'wx8888888888888888',
      sp_mchid: m1.mchid,
      sub_mchid: '1900000109',
      description: 'd',
      out_trade_no: outTradeNo,
      notify_url: 'https://example.com/n',
      amount: { total: 9 },
      payer: { sp_openid: 'oSP123' },
    };
    const prepay = await client.v3.pay.partner.transactions.jsapi.post({ json });
    expect((prepay.data as Json).prepay_id).to.match(/^wx/);
    const wrong = await refusal(client.v3.pay.partner.transactions.native.post({ json: { ...json, out_trade_no: no('SP'), sp_mchid: '1900000999' } }));
    expect([wrong.status, wrong.code]).to.deep.equal([403, 'NO_AUTH']);
    const q = { out_trade_no: outTradeNo, query: { sp_mchid: m1.mchid, sub_mchid: '1900000109' } };
    const before = (await client.v3.pay.partner.transactions.outTradeNo._out_trade_no_.get(q)).data as Json;
    expect(before).to.include({ sp_mchid: m1.mchid, sub_mchid: '1900000109', trade_state: 'NOTPAY', trade_type: 'JSAPI' });
    expect(before.payer).to.deep.equal({ sp_openid: 'oSP123' });
    // Direct and partner orders are separate: the direct query does not see it.
    expect((await refusal(query(outTradeNo))).status).to.equal(404);
    const paid = await emulator.pay(outTradeNo, { subMchid: '1900000109' });
    const byId = (
      await client.v3.pay.partner.transactions.id._transaction_id_.get({
        transaction_id: paid.transaction_id,
        query: { sp_mchid: m1.mchid, sub_mchid: '1900000109' },
      })
    ).data as Json;
    expect(byId.trade_state).to.equal('SUCCESS');
    const noSub = await refusal(client.v3.pay.partner.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: outTradeNo, query: { sp_mchid: m1.mchid } }));
    expect(noSub.detail).to.deep.equal({ location: 'query', field: 'sub_mchid' });
    const other = no('SP');
    await client.v3.pay.partner.transactions.native.post({ json: { ...json, out_trade_no: other } });
    const closed = await client.v3.pay.partner.transactions.outTradeNo._out_trade_no_.close.post({
      out_trade_no: other,
      json: { sp_mchid: m1.mchid, sub_mchid: '1900000109' },
    });
    expect(closed.status).to.equal(204);
    const refund = await client.v3.refund.domestic.refunds.post({
      json: { sub_mchid: '1900000109', out_trade_no: outTradeNo, out_refund_no: 'RF-SP-0001', amount: { refund: 9, total: 9, currency: 'CNY' } },
    });
    expect(refund.data as Json).to.include({ sub_mchid: '1900000109', status: 'PROCESSING' });
  });

  it('face collections: offset/limit paging over the seeded data, one by id', async () => {
    const page = async (offset: number, limit: number) =>
      (await client.v3.offlineface.faceCollections.get({ query: { organization_id: DEMO_ORGANIZATION_ID, offset, limit } })).data as {
        face_collections: Json[];
        total_count: number;
      };
    const first = await page(0, 10);
    expect(first.face_collections).to.have.length(10);
    expect(first.total_count).to.equal(25);
    const last = await page(20, 10);
    expect(last.face_collections.map((c) => c.collection_id)).to.deep.equal([
      'FC000000000000000021',
      'FC000000000000000022',
      'FC000000000000000023',
      'FC000000000000000024',
      'FC000000000000000025',
    ]);
    expect((await page(30, 10)).face_collections).to.deep.equal([]);
    const ids = new Set([...(await page(0, 13)).face_collections, ...(await page(13, 13)).face_collections].map((c) => c.collection_id));
    expect(ids.size).to.equal(25);
    expect((await client.chain('v3/offlineface/face-collections').get({ query: { organization_id: 'OTHER' } })).data).to.deep.include({ face_collections: [] });
    const bad = await refusal(page(0, 0));
    expect(bad.detail).to.deep.include({ location: 'query', field: 'limit' });
    const one = await client.v3.offlineface.faceCollections._collection_id_.get({ collection_id: 'FC000000000000000003' });
    expect(one.data).to.include({ collection_id: 'FC000000000000000003', organization_id: DEMO_ORGANIZATION_ID, collection_state: 'COMPLETE' });
    expect((await refusal(client.v3.offlineface.faceCollections._collection_id_.get({ collection_id: 'FC404' }))).status).to.equal(404);
  });

  it('control routes drive it over plain HTTP: pay and move time', async () => {
    const outTradeNo = no('CTL');
    await client.v3.pay.transactions.native.post({ json: order(outTradeNo) });
    const paid = await rawRequest(emulator.url, 'POST', '/__emulator/pay', JSON.stringify({ out_trade_no: outTradeNo }), {
      'Content-Type': 'application/json',
    });
    expect(paid.status).to.equal(200);
    expect(paid.json?.trade_state).to.equal('SUCCESS');
    expect((await query(outTradeNo)).trade_state).to.equal('SUCCESS');
    const again = await rawRequest(emulator.url, 'POST', '/__emulator/pay', JSON.stringify({ out_trade_no: outTradeNo }), {
      'Content-Type': 'application/json',
    });
    expect([again.status, again.json?.code]).to.deep.equal([400, 'INVALID_REQUEST']);
    const missing = await rawRequest(emulator.url, 'POST', '/__emulator/pay', JSON.stringify({ out_trade_no: 'NOSUCH0001' }), {
      'Content-Type': 'application/json',
    });
    expect([missing.status, missing.json?.code]).to.deep.equal([404, 'ORDER_NOT_EXIST']);
    const before = emulator.now();
    const moved = await rawRequest(emulator.url, 'POST', '/__emulator/time', JSON.stringify({ advance_ms: 120_000 }), { 'Content-Type': 'application/json' });
    try {
      expect(Number(moved.json?.now_ms) - before).to.be.within(120_000, 125_000);
      // The client shares the emulator clock, so its signatures stay in the window.
      expect((await query(outTradeNo)).trade_state).to.equal('SUCCESS');
    } finally {
      emulator.advance(-120_000);
    }
    const log = await rawRequest(emulator.url, 'GET', '/__emulator/requests');
    expect((log.json?.requests as Array<{ target: string }>).some((r) => r.target.includes(outTradeNo))).to.equal(true);
  });
});

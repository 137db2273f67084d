/**
 * Refunds against the emulator over real HTTP: amounts, out_refund_no rules, PROCESSING to SUCCESS,
 * and consistency under concurrent orders and refunds.
 */
import { expect } from 'chai';
import type { DemoMerchant, Emulator } from '../../lib/emulator';
import type { UntypedNode } from '../../lib';
import { refusal, useFlowEmulator, type Json } from './flow-fixture';

describe('emulator: refunds with the client', () => {
  const flow = useFlowEmulator();
  const { refundEvents, no, order, query, paidOrder } = flow;
  let emulator: Emulator;
  let m1: DemoMerchant;
  let client: UntypedNode;
  before(() => ({ emulator, m1, client } = flow));

  it('refunds respect the paid amount and earlier refunds; PROCESSING, then SUCCESS', async () => {
    const { outTradeNo, transactionId } = await paidOrder(100);
    const refund = (outRefundNo: string, amount: number, by: Json = { out_trade_no: outTradeNo }, total = 100) =>
      client.v3.refund.domestic.refunds.post({
        json: { ...by, out_refund_no: outRefundNo, reason: '退款', amount: { refund: amount, total, currency: 'CNY' } },
      });
    const r1 = (await refund('RF-A-0001', 30)).data as Json;
    expect(r1).to.include({ out_refund_no: 'RF-A-0001', out_trade_no: outTradeNo, transaction_id: transactionId, status: 'PROCESSING' });
    expect(r1.amount).to.include({ refund: 30, total: 100, currency: 'CNY' });
    const q1 = (await client.v3.refund.domestic.refunds._out_refund_no_.get({ out_refund_no: 'RF-A-0001' })).data as Json;
    expect(q1).to.include({ status: 'SUCCESS', refund_id: r1.refund_id });
    expect(q1.success_time).to.be.a('string');
    expect((await query(outTradeNo)).trade_state).to.equal('REFUND');
    // The same out_refund_no with the same content is the same refund; other content is refused.
    expect(((await refund('RF-A-0001', 30)).data as Json).refund_id).to.equal(r1.refund_id);
    expect((await refusal(refund('RF-A-0001', 31))).message).to.match(/already used/);
    const over = await refusal(refund('RF-A-0002', 71, { transaction_id: transactionId }));
    expect([over.status, over.code]).to.deep.equal([400, 'INVALID_REQUEST']);
    expect(over.message).to.match(/more than the 70 fen left/);
    expect(((await refund('RF-A-0003', 70, { transaction_id: transactionId })).data as Json).status).to.equal('PROCESSING');
    expect((await refusal(refund('RF-A-0004', 1))).message).to.match(/more than the 0 fen left/);
    expect((await refusal(refund('RF-A-0005', 1, { out_trade_no: outTradeNo }, 99))).message).to.match(/not the order's total 100/);
    const unpaid = no();
    await client.v3.pay.transactions.native.post({ json: order(unpaid) });
    expect((await refusal(refund('RF-A-0006', 1, { out_trade_no: unpaid }))).message).to.match(/only a paid order can be refunded/);
    const unknown = await refusal(refund('RF-A-0007', 1, { out_trade_no: 'NOSUCH0001' }));
    expect([unknown.status, unknown.code]).to.deep.equal([404, 'RESOURCE_NOT_EXISTS']);
    const none = await refusal(refund('RF-A-0008', 1, {}));
    expect(none.detail).to.deep.equal({ location: 'body', field: 'transaction_id' });
    const seen = refundEvents.filter((e) => e.refund.outTradeNo === outTradeNo).map((e) => `${e.refund.outRefundNo}:${e.previous ?? '-'}>${e.refund.status}`);
    expect(seen).to.deep.equal(['RF-A-0001:->PROCESSING', 'RF-A-0001:PROCESSING>SUCCESS', 'RF-A-0003:->PROCESSING', 'RF-A-0003:PROCESSING>SUCCESS']);
  });

  it('out_refund_no takes 1–64 of digits, letters and _-|*@, as the platform does', async () => {
    const { outTradeNo } = await paidOrder(100);
    const refund = (outRefundNo: string) =>
      client.v3.refund.domestic.refunds.post({
        json: { out_trade_no: outTradeNo, out_refund_no: outRefundNo, amount: { refund: 1, total: 100, currency: 'CNY' } },
      });
    const long = `R@${'x'.repeat(62)}`;
    for (const ok of ['R1', long, 'a_b-c|d*e@f']) expect(((await refund(ok)).data as Json).out_refund_no).to.equal(ok);
    for (const bad of [`${long}y`, 'R#1']) {
      const err = await refusal(refund(bad));
      expect([err.status, err.code, err.detail?.field]).to.deep.equal([400, 'PARAM_ERROR', 'out_refund_no']);
    }
  });

  it('a refund stays PROCESSING for refundDelayMs of emulator time, or until settled by hand', async () => {
    const { outTradeNo } = await paidOrder(50);
    emulator.refundDelayMs = 3_600_000;
    try {
      await client.v3.refund.domestic.refunds.post({
        json: { out_trade_no: outTradeNo, out_refund_no: 'RF-B-0001', amount: { refund: 10, total: 50, currency: 'CNY' } },
      });
      await client.v3.refund.domestic.refunds.post({
        json: { out_trade_no: outTradeNo, out_refund_no: 'RF-B-0002', amount: { refund: 40, total: 50, currency: 'CNY' } },
      });
      const status = async (n: string) => ((await client.v3.refund.domestic.refunds._out_refund_no_.get({ out_refund_no: n })).data as Json).status;
      expect(await status('RF-B-0001')).to.equal('PROCESSING');
      emulator.settleRefund('RF-B-0002', 'ABNORMAL');
      expect(await status('RF-B-0002')).to.equal('ABNORMAL');
      emulator.advance(3_600_000);
      try {
        expect(await status('RF-B-0001')).to.equal('SUCCESS');
      } finally {
        emulator.advance(-3_600_000);
      }
      // The abnormal refund gave its 40 back: it can be refunded again.
      const again = await client.v3.refund.domestic.refunds.post({
        json: { out_trade_no: outTradeNo, out_refund_no: 'RF-B-0003', amount: { refund: 40, total: 50, currency: 'CNY' } },
      });
      expect((again.data as Json).status).to.equal('PROCESSING');
    } finally {
      emulator.refundDelayMs = 0;
    }
  });

  it('stays consistent under concurrent requests', async () => {
    const nos = Array.from({ length: 40 }, () => no('CC'));
    const dup = no('DUP');
    const results = await Promise.all([
      ...nos.map((n) => client.v3.pay.transactions.native.post({ json: order(n) })),
      ...Array.from({ length: 10 }, () => client.v3.pay.transactions.native.post({ json: order(dup) })),
    ]);
    expect(new Set(results.slice(0, 40).map((r) => (r.data as Json).code_url)).size).to.equal(40);
    expect(new Set(results.slice(40).map((r) => (r.data as Json).code_url)).size).to.equal(1);
    await emulator.pay(dup);
    const refunds = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        client.v3.refund.domestic.refunds.post({
          json: { out_trade_no: dup, out_refund_no: `RF-CC-${i}-${dup}`.slice(0, 32), amount: { refund: 30, total: 100, currency: 'CNY' } },
        }),
      ),
    );
    // 100 fen paid, 30 per refund: exactly three fit.
    expect(refunds.filter((r) => r.status === 'fulfilled')).to.have.length(3);
    expect(emulator.merchant(m1.mchid).transactions.get(`|${dup}`)?.refunded).to.equal(90);
  });
});

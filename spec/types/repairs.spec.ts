/**
 * The generator's repairs of the OpenAPI data, one class each, in the shapes users write: one-of
 * ids (both, one, the other compile; neither does not), direct/institution modes (each mode compiles,
 * mixed modes do not), APIv2 scalars as strings, over-required and missing fields, enum values, and
 * answer schemas. Each `@ts-expect-error` fails the test-run compile if the error disappears; the
 * typed calls then run against the emulator, which accepts them as the platform does.
 */
import { expect } from 'chai';
import { Builder, type Client, type DataOf, type OptionsOf, type TradeState } from '../../lib';
import { Emulator } from '../../lib/emulator';

/** True only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(value: T): T {
  return value;
}

const appid = 'wxd678efh567hg6787';
const mch_id = '1230000109';

/** Compile-time checks only: never called. */
export async function typeChecks(client: Client): Promise<void> {
  // 1. One-of ids (二选一): either id, or both; never neither.
  await client.v2.pay.orderquery.post({ xml: { appid, mch_id, out_trade_no: 'T1' } });
  await client.v2.pay.orderquery.post({ xml: { appid, mch_id, transaction_id: '4200000001' } });
  await client.v2.pay.orderquery.post({ xml: { appid, mch_id, transaction_id: '4200000001', out_trade_no: 'T1' } });
  // @ts-expect-error neither transaction_id nor out_trade_no
  await client.v2.pay.orderquery.post({ xml: { appid, mch_id } });
  await client.v2.secapi.pay.refund.post({ xml: { appid, mch_id, out_trade_no: 'T1', out_refund_no: 'R1', total_fee: 100, refund_fee: 100 } });
  // @ts-expect-error a refund names its order
  await client.v2.secapi.pay.refund.post({ xml: { appid, mch_id, out_refund_no: 'R1', total_fee: 100, refund_fee: 100 } });
  // 四选一: any one of the four refund ids.
  await client.v2.pay.refundquery.post({ xml: { appid, mch_id, out_refund_no: 'R1' } });
  await client.v2.pay.refundquery.post({ xml: { appid, mch_id, refund_id: '50000000001' } });
  // @ts-expect-error none of the four
  await client.v2.pay.refundquery.post({ xml: { appid, mch_id } });
  await client.v2.vehicle.pay.querystate.post({ xml: { appid, mch_id, version: '3.0', trade_scene: 'PARKING', plate_number: '粤B888888' } });
  await client.v2.vehicle.pay.querystate.post({ xml: { appid, mch_id, version: '3.0', trade_scene: 'PARKING', openid: 'o1' } });
  // @ts-expect-error openid or plate_number
  await client.v2.vehicle.pay.querystate.post({ xml: { appid, mch_id, version: '3.0', trade_scene: 'PARKING' } });
  // APIv3: sp_openid or sub_openid for a service provider's payer.
  type PartnerJsapi = OptionsOf<'v3/pay/partner/transactions/jsapi', 'post'>['json'];
  const partner = {
    sp_appid: 'wx1',
    sp_mchid: '1',
    sub_mchid: '2',
    description: 'd',
    out_trade_no: 'T1',
    notify_url: 'https://example.com/n',
    amount: { total: 1 },
  };
  const bySub: PartnerJsapi = { ...partner, payer: { sub_openid: 'o-sub' } };
  const bySp: PartnerJsapi = { ...partner, payer: { sp_openid: 'o-sp' } };
  // @ts-expect-error a payer needs one of sp_openid / sub_openid
  const byNone: PartnerJsapi = { ...partner, payer: {} };
  void [bySub, bySp, byNone];

  // 2. Direct / institution modes: one or the other, never both.
  await client.hk.v3.transactions.id._transaction_id_.get({ transaction_id: '42', query: { mchid: '1' } });
  await client.hk.v3.transactions.id._transaction_id_.get({ transaction_id: '42', query: { sp_mchid: '1', sub_mchid: '2' } });
  // @ts-expect-error mixed modes
  await client.hk.v3.transactions.id._transaction_id_.get({ transaction_id: '42', query: { mchid: '1', sp_mchid: '1', sub_mchid: '2' } });
  const common = {
    description: 'd',
    notify_url: 'https://example.com/n',
    out_trade_no: 'T1',
    trade_type: 'NATIVE',
    merchant_category_code: '4111',
    amount: { total: 1, currency: 'HKD' },
  };
  await client.hk.v3.transactions.native.post({ json: { ...common, mchid: '1', appid: 'wx1' } });
  await client.hk.v3.transactions.native.post({ json: { ...common, sp_mchid: '1', sub_mchid: '2', sp_appid: 'wx1' } });
  // @ts-expect-error mixed modes
  await client.hk.v3.transactions.native.post({ json: { ...common, mchid: '1', appid: 'wx1', sp_mchid: '1', sub_mchid: '2', sp_appid: 'wx1' } });
  // @ts-expect-error neither mode
  await client.hk.v3.transactions.native.post({ json: common });

  // 3. Merged variants and over-required fields.
  await client.v3.ecommerce.refunds.apply.post({
    json: { sub_mchid: '1', sp_appid: 'wx1', out_trade_no: 'T1', out_refund_no: 'R1', amount: { refund: 1, total: 1, currency: 'CNY' } },
  });
  await client.v3.ecommerce.refunds.apply.post({
    // @ts-expect-error a refund names its order (transaction_id or out_trade_no)
    json: { sub_mchid: '1', sp_appid: 'wx1', out_refund_no: 'R1', amount: { refund: 1, total: 1, currency: 'CNY' } },
  });
  type Batch = OptionsOf<'v3/transfer/batches', 'post'>['json'];
  assertType<Equal<undefined extends Batch['transfer_scene_id'] ? true : false, true>>(true);
  type H5 = OptionsOf<'v3/combine-transactions/h5', 'post'>['json']['sub_orders'][number];
  assertType<Equal<undefined extends H5['sub_mchid'] ? true : false, true>>(true);

  // 4. Missing fields and enum values.
  await client.v2.pay.unifiedorder.post({
    xml: {
      appid,
      mch_id,
      sub_appid: 'wx8888888888888888',
      sub_mch_id: '1900000109',
      sub_openid: 'o-sub',
      body: 'b',
      out_trade_no: 'T1',
      total_fee: 1,
      spbill_create_ip: '127.0.0.1',
      notify_url: 'https://example.com/n',
      trade_type: 'JSAPI',
    },
  });
  type Pocket = OptionsOf<'v2/mmpaymkttransfers/promotion/paywwsptrans2pocket', 'post'>['xml']['check_name'];
  assertType<Equal<'NO_CHECK' extends Pocket ? true : false, true>>(true);
  type BusifavorDisplay = NonNullable<OptionsOf<'v3/marketing/busifavor/stocks', 'post'>['json']['display_pattern_info']>['background_color'];
  assertType<Equal<'COLOR010' extends BusifavorDisplay ? true : false, true>>(true);

  // 5. APIv2 request scalars: text as written by wechatpay-php and axios-plugin users.
  await client.v2.pay.micropay.post({
    xml: { appid, mch_id, body: 'b', out_trade_no: 'T1', total_fee: '10099', spbill_create_ip: '127.0.0.1', auth_code: '134' },
  });
  await client.v2.pay.micropay.post({
    // @ts-expect-error still no objects where a scalar belongs
    xml: { appid, mch_id, body: 'b', out_trade_no: 'T1', total_fee: { fen: 1 }, spbill_create_ip: '127.0.0.1', auth_code: '134' },
  });

  // 6. Answers: the order as queried.
  type Order = DataOf<'v3/pay/transactions/id/{transaction_id}', 'get'>;
  assertType<Equal<Order['trade_state'], TradeState>>(true);
  const order: Order = JSON.parse('{}') as Order;
  const reads: Array<string | number | undefined> = [order.payer?.openid, order.amount?.payer_total, order.promotion_detail?.[0]?.coupon_id];
  void reads;
  // @ts-expect-error the answer has no notify_url
  void order.notify_url;
  type Partner = DataOf<'v3/pay/partner/transactions/out-trade-no/{out_trade_no}', 'get'>;
  assertType<Equal<Partner['sub_mchid'], string>>(true);
  type Cert = DataOf<'v3/certificates', 'get'>['data'][number];
  assertType<Equal<Cert['serial_no'] | Cert['encrypt_certificate']['ciphertext'], string>>(true);
  assertType<Equal<DataOf<'v2/risk/getpublickey', 'post'>['pub_key'], string>>(true);
}

describe('repaired types: the calls they allow are the calls the emulator accepts', () => {
  let emulator: Emulator;
  let client: Client;
  let mchid: string;
  before(async () => {
    emulator = await Emulator.start();
    mchid = emulator.credentials().mchid;
    client = Builder.factory({ ...emulator.clientOptions(), clock: emulator.clock });
  });
  after(() => emulator.close());

  it('an APIv2 order placed with a string total_fee is found by either id or both', async () => {
    const no = `RPR${Date.now()}`;
    const placed = await client.v2.pay.unifiedorder.post({
      xml: {
        appid,
        mch_id: mchid,
        body: 'b',
        out_trade_no: no,
        total_fee: '100',
        spbill_create_ip: '127.0.0.1',
        notify_url: 'https://example.com/n',
        trade_type: 'NATIVE',
      },
    });
    expect(placed.data.result_code).to.equal('SUCCESS');
    await emulator.pay(no);
    const byTradeNo = await client.v2.pay.orderquery.post({ xml: { appid, mch_id: mchid, out_trade_no: no } });
    expect(byTradeNo.data).to.include({ trade_state: 'SUCCESS', total_fee: '100' });
    const id = byTradeNo.data.transaction_id as string;
    const byId = await client.v2.pay.orderquery.post({ xml: { appid, mch_id: mchid, transaction_id: id } });
    const byBoth = await client.v2.pay.orderquery.post({ xml: { appid, mch_id: mchid, transaction_id: id, out_trade_no: no } });
    expect([byId.data.out_trade_no, byBoth.data.out_trade_no]).to.deep.equal([no, no]);
  });

  it('the APIv3 order answer carries what its type promises once paid', async () => {
    const no = `RPR3${Date.now()}`;
    await client.v3.pay.transactions.native.post({
      json: { appid, mchid, description: 'd', out_trade_no: no, notify_url: 'https://example.com/n', amount: { total: 1 } },
    });
    const unpaid = await client.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: no, query: { mchid } });
    expect(unpaid.data.trade_state).to.equal('NOTPAY');
    await emulator.pay(no);
    const paid = await client.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: no, query: { mchid } });
    expect(paid.data.trade_state).to.equal('SUCCESS');
    expect(paid.data.payer?.openid).to.be.a('string');
    expect(paid.data.amount?.payer_total).to.equal(1);
    expect(paid.data).to.not.have.property('notify_url');
  });
});

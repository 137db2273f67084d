/**
 * The emulator answers catalogued operations it keeps no state for with the generated sample: a
 * signed 2xx answer that the typed client verifies and whose body conforms to the operation's
 * response schema (checked against the OpenAPI data when ../shared/openapi is present).
 */
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Builder, type Client, type WechatpayResponse } from '../../lib';
import { Emulator } from '../../lib/emulator';
import { sampleAnswer } from '../../lib/emulator/fallback';
import { sampleFor } from '../../lib/endpoints/samples';
import { testMerchant, testPlatform } from '../emulator/support';
import { generatorView, OPENAPI_DATA as DATA, type GeneratorView } from '../support/openapi-view';

describe('emulator fallback: signed, conforming sample answers for catalogued operations', function () {
  this.timeout(60_000);
  let emulator: Emulator;
  let client: Client;
  let view: GeneratorView | undefined;

  before(async () => {
    const platform = await testPlatform();
    const merchant = await testMerchant('1900000001');
    emulator = await Emulator.start({ platform, merchants: [{ ...merchant }] });
    client = Builder.factory({ ...emulator.clientOptions(), clock: emulator.clock });
    if (existsSync(join(DATA, 'v3'))) view = await generatorView();
  });
  after(() => emulator.close());

  /** The answer arrived signed (the client verified it), 2xx, equal to the catalogue's sample and conforming to its schema. */
  function check(res: WechatpayResponse<unknown>, method: string, pathname: string, key: string): void {
    expect(res.status).to.be.within(200, 299);
    expect(res.headers['wechatpay-signature'], 'signed answer').to.be.a('string');
    const sample = sampleFor(method, pathname);
    expect(sample?.key).to.equal(key);
    expect(res.data).to.deep.equal(sample?.body);
    if (view) expect(view.conforms(method.toLowerCase(), key, res.data)).to.deep.equal([]);
  }

  it('GET with a path variable and a query (v3/marketing/favor/stocks/{stock_id})', async () => {
    const res = await client.v3.marketing.favor.stocks._stock_id_.get({ stock_id: '9856000', query: { stock_creator_mchid: '1900000001' } });
    const description: string = res.data.description;
    expect(description).to.be.a('string');
    check(res, 'GET', '/v3/marketing/favor/stocks/9856000', 'v3/marketing/favor/stocks/{stock_id}');
  });

  it('POST with a path variable and a JSON body (v3/marketing/favor/users/{openid}/coupons)', async () => {
    const res = await client.chain('v3/marketing/favor/users/{openid}/coupons').post({
      openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      json: { stock_id: '9856000', out_request_no: 'REQ0001', appid: 'wx8888888888888888', stock_creator_mchid: '1900000001' },
    });
    const couponId: string = res.data.coupon_id;
    expect(couponId).to.be.a('string');
    check(res, 'POST', '/v3/marketing/favor/users/oUpF8uMuAJO_M2pxb1Q9zNjWeS6o/coupons', 'v3/marketing/favor/users/{openid}/coupons');
  });

  it('GET through client[path], with enums in the answer (v3/merchant-service/complaints-v2/{complaint_id})', async () => {
    const res = await client['v3/merchant-service/complaints-v2/{complaint_id}'].getAsync({ complaint_id: '200201820200101080076610000' }).wait();
    expect(['PENDING', 'PROCESSING', 'PROCESSED']).to.include(res.data.complaint_state);
    check(res, 'GET', '/v3/merchant-service/complaints-v2/200201820200101080076610000', 'v3/merchant-service/complaints-v2/{complaint_id}');
  });

  it('a Hong Kong path (hk/v3/transactions/id/{transaction_id})', async () => {
    const res = await client.hk.v3.transactions.id._transaction_id_.get({
      transaction_id: '4200000000000000001',
      query: { sp_mchid: '1900000001', sub_mchid: '1900000002' },
    });
    check(res, 'GET', '/hk/v3/transactions/id/4200000000000000001', 'hk/v3/transactions/id/{transaction_id}');
  });

  it('a 204 operation answers 204 with no body', async () => {
    const res = await client.v3.apply4subject.applyment._applyment_id_.cancel.post({ applyment_id: '2000001234567890' });
    expect([res.status, res.data]).to.deep.equal([204, undefined]);
  });

  it('leaves unknown paths, wrong methods and APIv2 to the router (404/405)', () => {
    expect(sampleAnswer('GET', '/v3/no/such/api')).to.equal(undefined);
    expect(sampleAnswer('DELETE', '/v3/marketing/favor/stocks/1')).to.equal(undefined);
    expect(sampleAnswer('POST', '/pay/micropay'), 'APIv2 samples are signed by v2/fallback.ts').to.equal(undefined);
    expect(sampleAnswer('GET', '/v3/marketing/favor/stocks/1')?.status).to.equal(200);
  });
});

/**
 * The typed client: calls in all three spellings compile with the generated types, misuse does not
 * (each `@ts-expect-error` line fails the test-run compile if the error disappears), and the typed
 * calls send the right requests to a local signing server.
 */
import { expect } from 'chai';
import { Builder, type BinaryBody, type Client, type DataOf, type OptionsOf, type UntypedNode, type WechatpayResponse } from '../../lib';
import type { ChainPromise } from '../../lib/request/promise';
import { keyPair, MCHID, MERCHANT_SERIAL, PUB_KEY_ID } from '../support/keys';
import { startSigningServer, type SigningServer } from '../support/signing-server';

/** True only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(value: T): T {
  return value;
}

type CollectionState = 'COLLECTION_REQUIRED' | 'PHOTO_UPLOADED' | 'COMPLETE';

/** Compile-time checks only: never called. */
export async function typeChecks(client: Client): Promise<void> {
  // The same typed call, three spellings, sync and async.
  const a = await client.v3.offlineface.faceCollections.get({ query: { organization_id: 'ORG1', offset: 0, limit: 10 } });
  const b = await client
    .chain('v3/offlineface/face-collections')
    .getAsync({ query: { organization_id: 'ORG1' } })
    .then((r) => r.data)
    .wait();
  const c = await client['v3/offlineface/face-collections'].get({ query: { organization_id: 'ORG1' }, timeout: 5000 });
  assertType<Equal<(typeof a.data.face_collections)[number]['collection_state'], CollectionState>>(true);
  assertType<Equal<typeof b, typeof c.data>>(true);
  assertType<Equal<ReturnType<Client['v3']['offlineface']['faceCollections']['getAsync']>, ChainPromise<WechatpayResponse<typeof c.data>>>>(true);

  // Path variables: required, flattened at the top level, in `_name_` nodes and templates alike.
  await client.v3.pay.transactions.id._transaction_id_.get({ transaction_id: '4200000001', query: { mchid: MCHID } });
  await client.v3.pay.transactions.id['{transaction_id}'].get({ query: { mchid: MCHID }, transaction_id: '4200000001' });
  await client.chain('v3/pay/transactions/out-trade-no/{out_trade_no}/close').post({ out_trade_no: 'O1', json: { mchid: MCHID } });
  await client['v3/refund/domestic/refunds/{out_refund_no}'].getAsync({ out_refund_no: 'R1' });

  // Segments named like a verb, trailing slash, capitalised v2 segments, hk and global families.
  await client.v3.profitsharing.receivers.delete.post({ json: { appid: 'wx8888888888888888', type: 'MERCHANT_ID', account: '1900000109' } });
  const slash: OptionsOf<'v3/applyment4sub/applyment/', 'post'>['json'] = JSON.parse('{}') as never;
  await client.v3.applyment4sub.applyment[''].post({ json: slash });
  await client['v2/secapi/mch/addInstitutionsub'].post({
    xml: { mch_id: '1', sub_mch_name: 'n', sub_mch_shortname: 's', business_category: 1, sub_mch_contact_name: 'c', sub_mch_contact_tel: 't' } as never,
  });
  await client.chain('v2/secapi/mch/queryInstitutionsub').postAsync({ xml: JSON.parse('{}') as never, security: true });
  await client.hk.v3.certificates.get();
  await client.global.v3.customs.orders.get({
    query: { appid: 'wx1', mchid: MCHID, order_type: 'transaction_id', order_no: 'T1', customs: 'SHANGHAI_ZS' } as never,
  });

  // Answers: enums as literal unions, void for 204, bytes for downloads, strings for APIv2.
  assertType<Equal<DataOf<'v3/billdownload/file', 'get'>, BinaryBody>>(true);
  assertType<Equal<DataOf<'v3/apply4subject/applyment/{applyment_id}/cancel', 'post'>, void>>(true);
  assertType<Equal<DataOf<'v2/pay/micropay', 'post'>['total_fee'], string>>(true);
  assertType<Equal<OptionsOf<'v2/pay/micropay', 'post'>['xml']['total_fee'], number | string>>(true);
  // nonce_str and sign are filled in by the client.
  const xml: OptionsOf<'v2/pay/micropay', 'post'>['xml'] = {
    appid: 'wx',
    mch_id: '1',
    body: 'b',
    out_trade_no: 'o',
    total_fee: 1,
    spbill_create_ip: '127.0.0.1',
    auth_code: '134',
  };
  void xml;

  // A verbatim kebab-case key still compiles (untyped); the camelCase property is the typed spelling.
  const kebab: UntypedNode = client.v3['merchant-service'];
  void kebab;

  // chain() with a path outside the catalogue is untyped; a catalogued one is not.
  const untyped: UntypedNode = client.chain('v3/not/in/the/catalogue');
  await untyped.anything.goes.post({ json: { free: 'form' } });
  assertType<Equal<ReturnType<typeof client.chain<'v3/offlineface/face-collections'>>, Client['v3']['offlineface']['faceCollections']>>(true);

  // ---- misuse ----------------------------------------------------------------------------------
  // @ts-expect-error missing required field (query.organization_id)
  await client.v3.offlineface.faceCollections.get({ query: { limit: 10 } });
  // @ts-expect-error missing required options object
  await client.v3.offlineface.faceCollections.get();
  // @ts-expect-error wrong enum value
  await client.v3.bill.tradebill.get({ query: { bill_date: '2026-01-01', bill_type: 'EVERYTHING' } });
  // @ts-expect-error unknown segment (typo in a property chain)
  await client.v3.offlineface.faceCollection.get({ query: { organization_id: 'ORG1' } });
  // @ts-expect-error missing path variable
  await client.v3.offlineface.faceCollections._collection_id_.get({});
  // @ts-expect-error missing path variable (flat spelling)
  await client['v3/pay/transactions/id/{transaction_id}'].get({ query: { mchid: MCHID } });
  // @ts-expect-error verb the endpoint lacks
  await client.v3.offlineface.faceCollections.post({ json: {} });
  // @ts-expect-error verb the endpoint lacks (async twin)
  await client.chain('v3/offlineface/face-collections').deleteAsync();
  // @ts-expect-error unknown option key (typo)
  await client.v3.offlineface.faceCollections.get({ query: { organization_id: 'ORG1' }, qeury: {} });
  // @ts-expect-error a JSON body on an operation that takes none
  await client.v3.offlineface.faceCollections.get({ query: { organization_id: 'ORG1' }, json: {} });
  // @ts-expect-error wrong value type in a body
  await client.v3.profitsharing.receivers.delete.post({ json: { appid: 'wx8888888888888888', type: 'MERCHANT_ID', account: 1900000109 } });
  // @ts-expect-error bracket access with a path outside the catalogue
  void client['v3/no/such/path'];
  // @ts-expect-error capitalised v2 segments have no property spelling (they would be sent as add-institutionsub)
  void client.v2.secapi.mch.addInstitutionsub;
}

describe('typed client: calls reach the right URLs', () => {
  let server: SigningServer;
  let client: Client;
  before(async () => {
    server = await startSigningServer();
    client = Builder.factory({
      mchid: MCHID,
      serial: MERCHANT_SERIAL,
      privateKey: keyPair('merchant').privatePem,
      certs: { [PUB_KEY_ID]: keyPair('platform').publicPem },
      baseURL: server.url,
    });
  });
  after(() => server.close());

  function last(): { method: string; url: string; body: string } {
    const r = server.requests.at(-1);
    if (!r) throw new Error('no request recorded');
    return { method: r.method, url: r.url, body: r.body.toString('utf8') };
  }

  it('sends the three spellings of a typed call identically', async () => {
    server.handle(() => ({ body: '{"face_collections":[{"collection_id":"C1","use_id":"U1","organization_id":"ORG1","collection_state":"COMPLETE"}]}' }));
    const a = await client.v3.offlineface.faceCollections.get({ query: { organization_id: 'ORG1', limit: 5 } });
    const first = last();
    const b = await client
      .chain('v3/offlineface/face-collections')
      .getAsync({ query: { organization_id: 'ORG1', limit: 5 } })
      .wait();
    const second = last();
    const c = await client['v3/offlineface/face-collections'].get({ query: { organization_id: 'ORG1', limit: 5 } });
    expect([first, second, last()].map((r) => `${r.method} ${r.url}`)).to.deep.equal(
      Array(3).fill('GET /v3/offlineface/face-collections?organization_id=ORG1&limit=5'),
    );
    const state: CollectionState | undefined = a.data.face_collections[0]?.collection_state;
    expect(state).to.equal('COMPLETE');
    expect(b.data).to.deep.equal(c.data);
  });

  it('expands path variables, reaches verb-named and trailing-slash segments, keeps hk paths', async () => {
    server.handle(() => ({ body: '{}' }));
    await client.v3.pay.transactions.id._transaction_id_.get({ transaction_id: '4200000001', query: { mchid: MCHID } });
    expect(last().url).to.equal(`/v3/pay/transactions/id/4200000001?mchid=${MCHID}`);
    await client.v3.pay.transactions.outTradeNo['{out_trade_no}'].close.post({ json: { mchid: MCHID }, out_trade_no: 'ABCdef123' });
    expect(last()).to.deep.equal({ method: 'POST', url: '/v3/pay/transactions/out-trade-no/ABCdef123/close', body: `{"mchid":"${MCHID}"}` });
    await client.chain('v3/offlineface/face-collections/{collection_id}').get({ collection_id: 'C 1' });
    expect(last().url).to.equal('/v3/offlineface/face-collections/C%201');
    await client.v3.profitsharing.receivers.delete.post({ json: { appid: 'wx8888888888888888', type: 'MERCHANT_ID', account: '1900000109' } });
    expect(last()).to.deep.equal({
      method: 'POST',
      url: '/v3/profitsharing/receivers/delete',
      body: '{"appid":"wx8888888888888888","type":"MERCHANT_ID","account":"1900000109"}',
    });
    await client.v3.applyment4sub.applyment[''].post({ json: JSON.parse('{"business_code":"B1"}') as never });
    expect(`${last().method} ${last().url}`).to.equal('POST /v3/applyment4sub/applyment/');
    await client.hk.v3.certificates.get();
    expect(last().url).to.equal('/hk/v3/certificates');
    await client.chain('v3/not/in/the/catalogue').get({ query: { x: 1 } });
    expect(last().url).to.equal('/v3/not/in/the/catalogue?x=1');
  });

  it('accepts per-request axios settings next to the typed options', async () => {
    server.handle(() => ({ status: 204 }));
    const res = await client.v3.apply4subject.applyment._applyment_id_.cancel.post({ applyment_id: '2000001234567890', timeout: 5000 });
    expect(res.status).to.equal(204);
    expect(last().url).to.equal('/v3/apply4subject/applyment/2000001234567890/cancel');
  });
});

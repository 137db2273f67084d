/**
 * The client's own behaviour with the emulator as its peer: the three spellings and their Async
 * twins, typed errors carrying the platform's code/detail/Request-ID, both signing modes, clock
 * skew seen by the gateway, and answers signed by keys the client does not hold.
 */
import { expect } from 'chai';
import { ApiError, Builder, SignatureError, type UntypedNode } from '../../lib';
import { DEMO_ORGANIZATION_ID, Emulator, type DemoMerchant, type PlatformIdentity } from '../../lib/emulator';
import { testMerchant, testPlatform } from './support';

type Json = Record<string, unknown>;

describe('emulator: the client against it', () => {
  let emulator: Emulator;
  let platform: PlatformIdentity;
  let m1: DemoMerchant;
  let m2: DemoMerchant;
  const factory = (o: Parameters<typeof Builder.factory>[0]): UntypedNode => Builder.factory(o) as unknown as UntypedNode;

  before(async () => {
    platform = await testPlatform();
    [m1, m2] = await Promise.all([testMerchant('1900000001'), testMerchant('1900000002')]);
    emulator = await Emulator.start({ platform, merchants: [{ ...m1 }, { ...m2, mode: 'certificate' }] });
  });
  after(() => emulator.close());

  it('three spellings, sync and Async, reach the same API and verify', async () => {
    const client = factory(emulator.clientOptions(m1.mchid));
    const query = { organization_id: DEMO_ORGANIZATION_ID, offset: 1, limit: 1 };
    const first = (r: { data: unknown }): unknown => (r.data as { face_collections: Json[] }).face_collections[0]?.collection_id;
    const answers = [
      first(await client.v3.offlineface.faceCollections.get({ query })),
      first(await client.chain('v3/offlineface/face-collections').get({ query })),
      first(await client['v3/offlineface/face-collections'].get({ query })),
      await client.v3.offlineface.faceCollections.getAsync({ query }).then(first).wait(),
      await client.chain('v3/offlineface/face-collections').getAsync({ query }).then(first).wait(),
      await client['v3/offlineface/face-collections'].getAsync({ query }).then(first).wait(),
    ];
    expect(answers).to.deep.equal(Array(6).fill('FC000000000000000002'));
    // Path variables keep their case; the emulator stores out_trade_no as sent.
    await client.v3.pay.transactions.native.post({
      json: { appid: 'wx1', mchid: m1.mchid, description: 'd', out_trade_no: 'ABCdef123', notify_url: 'https://example.com/n', amount: { total: 1 } },
    });
    const found = await client.chain('v3/pay/transactions/out-trade-no/{out_trade_no}').get({ out_trade_no: 'ABCdef123', query: { mchid: m1.mchid } });
    expect((found.data as Json).out_trade_no).to.equal('ABCdef123');
  });

  it("refusals become ApiError with the platform's status, code, detail and Request-ID", async () => {
    const client = factory(emulator.clientOptions(m1.mchid));
    let caught: unknown;
    await client.v3.offlineface.faceCollections
      .getAsync({ query: { limit: 5 } })
      .otherwise((err) => {
        caught = err;
      })
      .wait();
    expect(caught).to.be.instanceOf(ApiError);
    const err = caught as ApiError;
    expect([err.status, err.code, err.detail]).to.deep.equal([400, 'PARAM_ERROR', { location: 'query', field: 'organization_id' }]);
    expect(err.requestId).to.match(/^[0-9A-F]{32}$/);
    expect(emulator.requests.some((r) => r.requestId === err.requestId && r.status === 400)).to.equal(true);
    expect(err.retryable).to.equal(false);
    emulator.inject({ path: '/v3/offlineface' });
    const fault = await client.v3.offlineface.faceCollections.get({ query: { organization_id: DEMO_ORGANIZATION_ID }, retry: false }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(fault).to.be.instanceOf(ApiError);
    expect([(fault as ApiError).status, (fault as ApiError).code, (fault as ApiError).retryable]).to.deep.equal([500, 'SYSTEM_ERROR', true]);
    // by default a GET that meets one SYSTEM_ERROR is sent again, and the second answer is the call's
    emulator.inject({ path: '/v3/offlineface' });
    const retried = await client.v3.offlineface.faceCollections.get({ query: { organization_id: DEMO_ORGANIZATION_ID } });
    expect(retried.status).to.equal(200);
  });

  it('a certificate-mode merchant verifies with the platform certificate', async () => {
    const options = emulator.clientOptions(m2.mchid);
    expect(Object.keys(options.certs)).to.deep.equal([platform.serial]);
    const res = await factory(options).v3.certificates.get();
    expect(res.headers['wechatpay-serial']).to.equal(platform.serial);
    expect(((res.data as { data: Json[] }).data[0] as Json).serial_no).to.equal(platform.serial);
  });

  it('an answer signed by a key the client does not hold is a SignatureError, not data', async () => {
    // The merchant is in certificate mode, the client only knows the public key.
    const options = emulator.clientOptions(m2.mchid);
    const client = factory({ ...options, certs: { [platform.publicKeyId]: platform.publicKey } });
    const err = await client.v3.certificates.get().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(SignatureError);
    expect((err as SignatureError).reason).to.equal('UNKNOWN_SERIAL');
  });

  it('a client clock six minutes off is refused by the gateway; sharing the emulator clock fixes it', async () => {
    const skewed = factory({ ...emulator.clientOptions(m1.mchid), clock: () => Date.now() - 360_000, maxClockSkew: 600 });
    const err = await skewed.v3.offlineface.faceCollections.get({ query: { organization_id: DEMO_ORGANIZATION_ID } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(ApiError);
    expect([(err as ApiError).status, (err as ApiError).code]).to.deep.equal([401, 'SIGN_ERROR']);
    expect((err as ApiError).message).to.match(/36\ds behind the server time/);
    emulator.advance(3_600_000);
    try {
      const synced = factory({ ...emulator.clientOptions(m1.mchid), clock: emulator.clock });
      expect((await synced.v3.offlineface.faceCollections.get({ query: { organization_id: DEMO_ORGANIZATION_ID } })).status).to.equal(200);
    } finally {
      emulator.advance(-3_600_000);
    }
  });
});

import { expect } from 'chai';
import { inspect } from 'node:util';
import sinon from 'sinon';
import { Builder, ChainPromise, type UntypedNode } from '../../lib';
import { keyPair, MCHID, MERCHANT_SERIAL, PUB_KEY_ID } from '../support/keys';

/** A client whose driver records dispatches instead of sending (the chain is tested apart from HTTP here). */
function recordingClient() {
  const client = Builder.factory({
    mchid: MCHID,
    serial: MERCHANT_SERIAL,
    privateKey: keyPair('merchant').privatePem,
    certs: { [PUB_KEY_ID]: keyPair('platform').publicPem },
    baseURL: 'http://127.0.0.1:9/',
  }) as unknown as UntypedNode;
  const driver = client.getDriver();
  const request = sinon.stub(driver, 'request').callsFake(() => Promise.resolve({ status: 200 }) as never);
  const sent = () => request.getCalls().map((c) => `${c.args[0]} ${c.args[1]}`);
  return { client, request, sent };
}

describe('chain', () => {
  it('builds the same template from the three spellings', async () => {
    const { client, sent } = recordingClient();
    await client.v3.offlineface.faceCollections.get({ query: { organization_id: 'o' } });
    await client.chain('v3/offlineface/face-collections').getAsync({ query: { organization_id: 'o' } });
    await client['v3/offlineface/face-collections'].get({ query: { organization_id: 'o' } });
    expect(sent()).to.deep.equal(Array(3).fill('GET v3/offlineface/face-collections'));
  });

  it('maps every verb and its Async twin', async () => {
    const { client, sent } = recordingClient();
    const node = client.v3.x;
    for (const v of ['get', 'post', 'put', 'patch', 'delete', 'getAsync', 'postAsync', 'putAsync', 'patchAsync', 'deleteAsync'] as const) {
      await node[v]({});
    }
    expect(sent()).to.deep.equal(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE'].map((m) => `${m} v3/x`));
  });

  it('keeps path variables spelled as `_x_` and `{x}` and verbatim chain() strings', async () => {
    const { client, sent } = recordingClient();
    await client.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ out_trade_no: 'A' });
    await client.v3.pay.transactions.id['{transaction_id}'].get({ transaction_id: '1' });
    await client.chain('{+myurl}').post({ myurl: 'v3/x' });
    await client.v3.marketing.favor.users.chain('AbcdEF12345/coupons').get();
    expect(sent()).to.deep.equal([
      'POST v3/pay/transactions/out-trade-no/{out_trade_no}/close',
      'GET v3/pay/transactions/id/{transaction_id}',
      'POST {+myurl}',
      'GET v3/marketing/favor/users/AbcdEF12345/coupons',
    ]);
  });

  it('reaches a segment named like a verb', async () => {
    const { client, sent } = recordingClient();
    await client.v3.profitsharing.receivers.delete.post({ json: {} });
    await client.v3.marketing.paygiftactivity.activities._activity_id_.merchants.delete.post({ activity_id: '1' });
    await client.v3.a.get.post();
    expect(sent()).to.deep.equal([
      'POST v3/profitsharing/receivers/delete',
      'POST v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete',
      'POST v3/a/get',
    ]);
  });

  it('is never a thenable and sends nothing when awaited, printed, spread or coerced', async () => {
    const { client, request } = recordingClient();
    const node = client.v3.pay.transactions;
    expect((node as unknown as { then?: unknown }).then).to.equal(undefined);
    expect(await node).to.equal(node);
    expect(await Promise.resolve(node)).to.equal(node);
    const fromAsync = await (async () => client)();
    expect(fromAsync).to.equal(client);
    expect(inspect(node)).to.equal('[ChainNode v3/pay/transactions]');
    expect(String(node)).to.equal('v3/pay/transactions');
    expect(`${node}`).to.equal('v3/pay/transactions');
    expect(JSON.stringify({ node })).to.equal('{"node":"v3/pay/transactions"}');
    expect({ ...node }).to.deep.equal({});
    expect([...(node as unknown as Iterable<unknown>)]).to.deep.equal([]);
    expect(Object.keys(node)).to.deep.equal([]);
    expect(`${client.v3.x.delete}`).to.equal('v3/x/delete');
    expect(request.callCount).to.equal(0);
  });

  it('refuses a non-string chain() argument', () => {
    const { client } = recordingClient();
    expect(() => client.chain(42 as unknown as string)).to.throw(TypeError, /string/);
  });

  it('does not grow memory without bound for ever-new segments', () => {
    const { client } = recordingClient();
    if (typeof global.gc !== 'function') {
      // Without --expose-gc, check the structural bound instead: nodes are cached in a bounded map.
      const first = client.v3.bounded.seg0;
      for (let i = 1; i < 5000; i += 1) void client.v3.bounded[`seg${i}`];
      expect(client.v3.bounded.seg0).to.not.equal(first);
      return;
    }
    global.gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 100000; i += 1) void client.v3.orders[`id${i}`].close;
    global.gc();
    expect(process.memoryUsage().heapUsed - before).to.be.below(8 * 1024 * 1024);
  });

  it('returns the same node for repeated access (cached)', () => {
    const { client } = recordingClient();
    expect(client.v3.pay).to.equal(client.v3.pay);
  });

  it('offers otherwise() and wait() on the returned promise', async () => {
    const { client, request } = recordingClient();
    request.callsFake(() => ChainPromise.from(Promise.reject(new Error('boom'))) as never);
    const seen: string[] = [];
    await client.v3.x
      .getAsync()
      .then(() => seen.push('then'))
      .otherwise((e) => seen.push((e as Error).message))
      .wait();
    expect(seen).to.deep.equal(['boom']);
  });
});

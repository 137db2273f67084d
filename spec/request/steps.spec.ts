/**
 * The named, ordered steps of the flow and the wrap-around hooks, against a signing server on
 * 127.0.0.1: list, replace by name, insert before/after a name, a verifier anywhere given the raw bytes.
 */
import { expect } from 'chai';
import { createVerify } from 'node:crypto';
import { ArgumentError, type Call, SignatureError, type UntypedNode, V2Client } from '../../lib';
import { clientFor, rejection } from '../support/helpers';
import { keyPair } from '../support/keys';
import { startSigningServer, type SigningServer } from '../support/signing-server';

describe('named steps and hooks', () => {
  let server: SigningServer;
  const platform = keyPair('platform');
  const make = (extra: Record<string, unknown> = {}): UntypedNode => clientFor(server.url, extra);

  before(async () => {
    server = await startSigningServer();
  });
  beforeEach(() => {
    server.handle(() => ({ body: '{"ok":true}' }));
  });
  after(() => server.close());

  it('lists the APIv3 and APIv2 flows and the hooks by name', () => {
    const driver = make({ secret: '0123456789abcdef0123456789abcdef' }).getDriver();
    expect(driver.steps.list()).to.deep.equal(['signer', 'transport', 'verifier', 'parser']);
    expect((driver.v2 as V2Client).steps.list()).to.deep.equal(['signer', 'transport', 'verifier']);
    expect(driver.hooks.list()).to.deep.equal(['retry']);
  });

  it('hands a verifier placed after the parser the raw bytes that arrived, not parsed data', async () => {
    // odd spacing and a non-ASCII character: re-serialising parsed data would not give these bytes
    const raw = '{ "amount" : 100,\n  "name":"中文" }';
    server.handle(() => ({ body: raw }));
    const client = make();
    const seen: Array<{ body: string; data: unknown; valid: boolean }> = [];
    client
      .getDriver()
      .steps.replace('verifier', () => undefined)
      .after('parser', 'my-verifier', (call: Call) => {
        const h = call.response?.headers as Record<string, string>;
        const valid = createVerify('sha256')
          .update(`${h['wechatpay-timestamp']}\n${h['wechatpay-nonce']}\n`)
          .update(call.body as Buffer)
          .update('\n')
          .verify(platform.publicKey, Buffer.from(h['wechatpay-signature'] as string, 'base64'));
        seen.push({ body: (call.body as Buffer).toString('utf8'), data: call.response?.data, valid });
        if (!valid) throw new SignatureError('BAD_SIGNATURE', 'my verifier refused it', call.response);
      });
    expect(client.getDriver().steps.list()).to.deep.equal(['signer', 'transport', 'verifier', 'parser', 'my-verifier']);
    const res = await client.v3.pay.transactions.id['{transaction_id}'].get({ transaction_id: 'T1' });
    expect(res.data).to.deep.equal({ amount: 100, name: '中文' });
    expect(seen).to.deep.equal([{ body: raw, data: { amount: 100, name: '中文' }, valid: true }]);
    // and it still rejects: an answer altered after signing fails in the replaced verifier
    server.handle(() => ({ body: '{"amount":1}', signedBody: '{"amount":100}' }));
    const err = await rejection(client.v3.pay.transactions.id['{transaction_id}'].get({ transaction_id: 'T1', retry: false }));
    expect(err).to.be.instanceOf(SignatureError);
    expect((err as Error).message).to.equal('my verifier refused it');
  });

  it('orders steps by name, whatever the order they were added in', async () => {
    const client = make();
    const order: string[] = [];
    const steps = client.getDriver().steps;
    steps.after('transport', 'after-transport', () => {
      order.push('after-transport');
    });
    steps.before('signer', 'first', (call: Call) => {
      order.push('first');
      call.config!.headers['X-Trace'] = 'abc';
    });
    steps.before('transport', 'signed', (call: Call) => {
      order.push(`signed:${/signature="/.test(String(call.config?.headers.Authorization))}`);
    });
    steps.after(
      'verifier',
      'verified',
      () =>
        new Promise<void>((resolve) => {
          order.push('verified');
          setTimeout(resolve, 5);
        }),
    );
    expect(steps.list()).to.deep.equal(['first', 'signer', 'signed', 'transport', 'after-transport', 'verifier', 'verified', 'parser']);
    await client.v3.certificates.get();
    expect(order).to.deep.equal(['first', 'signed:true', 'after-transport', 'verified']);
    expect(server.requests.at(-1)?.headers['x-trace']).to.equal('abc');
  });

  it('names the steps there are when a name is unknown or taken', () => {
    const steps = make().getDriver().steps;
    expect(() => steps.before('signature', 'x', () => undefined)).to.throw(
      ArgumentError,
      /No step named "signature"; the steps are signer → transport → verifier → parser/,
    );
    expect(() => steps.after('signer', 'verifier', () => undefined)).to.throw(ArgumentError, /already a step named "verifier"/);
    expect(() => steps.replace('parser', 'x' as never)).to.throw(ArgumentError, /must be a function/);
  });

  it('keeps the axios instance reachable: its own interceptors run inside the transport step, after signing', async () => {
    const client = make();
    const driver = client.getDriver();
    let authorization: unknown;
    driver.v3.interceptors.request.use((config) => {
      authorization = config.headers.get('Authorization');
      config.headers.set('X-Axios', 'yes');
      return config;
    });
    await client.v3.certificates.get();
    expect(String(authorization)).to.match(/signature="[A-Za-z0-9+/=]{100,}"/);
    expect(server.requests.at(-1)?.headers['x-axios']).to.equal('yes');
  });

  it('runs a remote (async) signer as the signer step', async () => {
    const client = make();
    const local = client.getDriver().steps.get('signer') as (call: Call) => void;
    client.getDriver().steps.replace('signer', async (call: Call) => {
      await new Promise((r) => setTimeout(r, 2));
      local(call);
    });
    expect((await client.v3.certificates.get()).status).to.equal(200);
    expect(server.requests.at(-1)?.headers.authorization).to.match(/^WECHATPAY2-SHA256-RSA2048 /);
  });

  it('lets a step of yours call a built-in step: done at once it returns nothing, waiting it returns a promise that settles as the step does', async () => {
    const client = make();
    const driver = client.getDriver();
    const seen: Record<string, string[]> = { signer: [], transport: [], verifier: [] };
    for (const name of ['signer', 'transport', 'verifier'] as const) {
      const builtIn = driver.steps.get(name) as (call: Call) => void | Promise<void>;
      driver.steps.replace(name, (call: Call) => {
        const out = builtIn(call);
        seen[name]?.push(out === undefined ? 'done' : out instanceof Promise ? 'promise' : typeof out);
        return out;
      });
    }
    // alone: signed and verified on the calling thread; the transport always waits
    expect((await client.v3.alone.get()).data).to.deep.equal({ ok: true });
    expect(seen).to.deep.equal({ signer: ['done'], transport: ['promise'], verifier: ['done'] });
    // with company: signed and verified on the threadpool; an altered answer still rejects
    for (const list of Object.values(seen)) list.length = 0;
    server.handle((req) => (req.url === '/v3/altered' ? { body: '{"ok":true}', signedBody: '{"ok":false}' } : { body: '{"ok":true}' }));
    const results = await Promise.allSettled([client.v3.a.get(), client.v3.altered.get(), client.v3.c.get()]);
    expect(results.map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as SignatureError).reason))).to.deep.equal(['ok', 'BAD_SIGNATURE', 'ok']);
    expect(seen.signer).to.include('promise');
    expect(seen.verifier).to.include('promise');
  });

  it('wraps the whole call in a hook before `retry`, and each attempt in a hook after it', async () => {
    const client = make();
    const driver = client.getDriver();
    const outer: string[] = [];
    const inner: number[] = [];
    driver.hooks.before('retry', 'metrics', async (call, next) => {
      const started = Date.now();
      try {
        const res = await next(call);
        outer.push(`ok ${res.status} after ${call.attempt} attempts`);
        return res;
      } finally {
        expect(Date.now() - started).to.be.lessThan(5000);
      }
    });
    driver.hooks.after('retry', 'per-attempt', (call, next) => {
      inner.push(call.attempt + 1);
      return next(call);
    });
    expect(driver.hooks.list()).to.deep.equal(['metrics', 'retry', 'per-attempt']);
    let n = 0;
    server.handle(() => {
      n += 1;
      return n === 1
        ? { status: 503, body: '{"code":"SYSTEM_ERROR","message":"busy"}', unsigned: true, headers: { 'Retry-After': '0' } }
        : { body: '{"ok":true}' };
    });
    const res = await client.v3.certificates.get();
    expect(res.data).to.deep.equal({ ok: true });
    expect(outer).to.deep.equal(['ok 200 after 2 attempts']);
    expect(inner).to.deep.equal([1, 2]);
  });
});

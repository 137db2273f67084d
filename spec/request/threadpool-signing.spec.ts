/**
 * Signing with a local key happens off the main thread (on the libuv threadpool) whenever other calls
 * are in flight, and on the calling thread when a call is alone. Told apart by filling every
 * threadpool thread first: work on the pool has to wait for a free thread, work on the main thread
 * does not. Signatures are cross-checked with jsrsasign.
 */
import { expect } from 'chai';
import { KEYUTIL, KJUR } from 'jsrsasign';
import { createPrivateKey, sign } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Builder, type UntypedNode } from '../../lib';
import { callsInFlight, localSigner } from '../../lib/request/sign';
import { keyPair, MCHID, MERCHANT_SERIAL, PUB_KEY_ID } from '../support/keys';
import { clientFor } from '../support/helpers';
import { type Recorded, startSigningServer, type SigningServer } from '../support/signing-server';
import { occupyThreadpool } from '../support/threadpool';

function verifiedByJsrsasign(req: Recorded): boolean {
  const f = Object.fromEntries([...String(req.headers.authorization).matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const sig = new KJUR.crypto.Signature({ alg: 'SHA256withRSA' });
  sig.init(KEYUTIL.getKey(keyPair('merchant').publicPem) as Parameters<typeof sig.init>[0]);
  sig.updateString(`${req.method}\n${req.url}\n${f.timestamp}\n${f.nonce_str}\n${req.body.toString('utf8')}\n`);
  return sig.verify(Buffer.from(String(f.signature), 'base64').toString('hex'));
}

describe('signing with a local key: threadpool under load, main thread when alone', () => {
  let server: SigningServer;
  let client: UntypedNode;
  const arrived: number[] = [];

  before(async () => {
    server = await startSigningServer();
    server.handle(() => {
      arrived.push(performance.now());
      return { body: '{"ok":true}' };
    });
    client = clientFor(server.url);
    await client.v3.warm.get(); // sockets and code ready: only the signing differs below
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
    arrived.length = 0;
  });

  it('signs a call that has company on the threadpool: it waits for a free pool thread', async () => {
    const free = occupyThreadpool(300);
    const calls = [client.v3.first.post({ json: { n: 1 } }), client.v3.second.post({ json: { n: 2 } }), client.v3.third.post({ json: { n: 3 } })];
    await Promise.all(calls);
    const freed = await free;
    expect(server.requests.map((r) => r.url)).to.include.members(['/v3/second', '/v3/third']);
    const at = (url: string) => arrived[server.requests.findIndex((r) => r.url === url)] as number;
    expect(at('/v3/second')).to.be.at.least(freed);
    expect(at('/v3/third')).to.be.at.least(freed);
    expect(server.requests.every(verifiedByJsrsasign)).to.equal(true);
  });

  it('signs a call that is alone on the main thread: it does not wait for the pool', async () => {
    const free = occupyThreadpool(300);
    await client.v3.alone.post({ json: { n: 0 } });
    const sent = arrived[0] as number;
    expect(sent).to.be.below(await free);
    expect(verifiedByJsrsasign(server.requests[0] as Recorded)).to.equal(true);
  });
});

describe('verifying answers: threadpool under load, main thread when alone', () => {
  let server: SigningServer;
  let client: UntypedNode;
  /** Signs with a synchronous signer of its own: it signs, and so verifies, on the main thread. */
  let inline: UntypedNode;
  const platform = keyPair('platform');
  /** Fills the pool as the answer leaves the server; resolves when a pool thread is free again. */
  let occupied: Promise<number> | undefined;

  before(async () => {
    server = await startSigningServer();
    // a custom signer that answers a promise (as an HSM/KMS does), so only the verification of the answer can need the pool
    const merchant = keyPair('merchant').privateKey;
    const signature = (m: string) => sign('sha256', Buffer.from(m, 'utf8'), merchant).toString('base64');
    const config = { mchid: MCHID, serial: MERCHANT_SERIAL, certs: { [PUB_KEY_ID]: platform.publicPem }, baseURL: server.url };
    client = Builder.factory({ ...config, signer: (m) => Promise.resolve(signature(m)) }) as unknown as UntypedNode;
    inline = Builder.factory({ ...config, signer: signature }) as unknown as UntypedNode;
    server.handle(() => ({ body: '{"ok":true}' }));
    await client.v3.warm.get();
    await inline.v3.warm.get();
  });
  after(() => server.close());

  /**
   * Verify one answer while another call of `node` is in flight; the pool is filled as that answer
   * leaves the server. Resolves with when it was verified and when a pool thread was free again.
   */
  async function verifiedWithCompany(node: UntypedNode): Promise<{ verified: number; free: number }> {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.handle((req) => {
      if (req.url === '/v3/slow') occupied = occupyThreadpool(300);
      // the other call stays in flight until the first answer has been verified
      if (req.url === '/v3/held') return held.then(() => ({ body: '{"ok":true}' }));
      return { body: '{"ok":true}' };
    });
    const other = node.v3.held.get();
    await node.v3.slow.get();
    const verified = performance.now();
    release();
    await other;
    return { verified, free: await (occupied as Promise<number>) };
  }

  it('verifies an answer that has company on the threadpool: it waits for a free pool thread', async () => {
    const { verified, free } = await verifiedWithCompany(client);
    expect(verified).to.be.at.least(free);
  });

  it('verifies on the main thread, even with company, when a synchronous signer of its own signed there: it does not wait for the pool', async () => {
    const { verified, free } = await verifiedWithCompany(inline);
    expect(verified).to.be.below(free);
  });

  it('verifies an answer that is alone on the main thread: it does not wait for the pool', async () => {
    server.handle((req) => {
      if (req.url === '/v3/alone') occupied = occupyThreadpool(300);
      return { body: '{"ok":true}' };
    });
    await client.v3.alone.get();
    const done = performance.now();
    expect(done).to.be.below(await (occupied as Promise<number>));
  });

  it('rejects an altered answer verified on the threadpool, as on the main thread', async () => {
    server.handle(() => ({ body: '{"ok":true}', signedBody: '{"ok":false}' }));
    const results = await Promise.allSettled([client.v3.a.get(), client.v3.b.get(), client.v3.c.get()]);
    expect(results.map((r) => (r.status === 'rejected' ? (r.reason as { reason?: string }).reason : 'verified'))).to.deep.equal([
      'BAD_SIGNATURE',
      'BAD_SIGNATURE',
      'BAD_SIGNATURE',
    ]);
  });

  it('a local signer called directly answers a promise while calls are in flight and a string when alone, both verified by jsrsasign', async () => {
    const signer = localSigner(createPrivateKey(keyPair('merchant').privatePem));
    const verified = (message: string, signature: string): boolean => {
      const sig = new KJUR.crypto.Signature({ alg: 'SHA256withRSA' });
      sig.init(KEYUTIL.getKey(keyPair('merchant').publicPem) as Parameters<typeof sig.init>[0]);
      sig.updateString(message);
      return sig.verify(Buffer.from(signature, 'base64').toString('hex'));
    };
    const alone = signer('alone\n');
    expect(alone).to.be.a('string');
    expect(verified('alone\n', alone as string)).to.equal(true);
    const before = callsInFlight.count;
    callsInFlight.count = before + 2;
    let busy: string | Promise<string>;
    try {
      busy = signer('busy\n');
    } finally {
      callsInFlight.count = before;
    }
    expect(busy).to.be.instanceOf(Promise);
    expect(verified('busy\n', await busy)).to.equal(true);
  });
});

/**
 * The emulator's listeners: a start that fails closes what it had opened; HTTPS with a certificate
 * from its own CA, which clientOptions trusts.
 */
import { expect } from 'chai';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { Builder, type UntypedNode } from '../../lib';
import { DEMO_ORGANIZATION_ID, Emulator, type DemoMerchant, type PlatformIdentity } from '../../lib/emulator';
import { freePort } from '../support/listen';
import { testMerchant, testPlatform } from './support';

describe('emulator: listeners', () => {
  let platform: PlatformIdentity;
  let m1: DemoMerchant;
  before(async () => {
    platform = await testPlatform();
    m1 = await testMerchant('1900000001');
  });

  it('closes what it opened when it cannot start (HTTPS port taken)', async () => {
    const listen = (port: number): Promise<Server> =>
      new Promise((resolve, reject) => {
        const s = createServer();
        s.once('error', reject);
        s.listen(port, '127.0.0.1', () => resolve(s));
      });
    const close = (s: Server): Promise<void> => new Promise((resolve) => s.close(() => resolve()));
    const httpPort = await freePort();
    const busy = await listen(0);
    try {
      const failed = await Emulator.start({
        platform,
        merchants: [{ ...m1 }],
        port: httpPort,
        https: 'also',
        httpsPort: (busy.address() as AddressInfo).port,
      }).then(
        (e) => e.close().then(() => 'started'),
        (err: NodeJS.ErrnoException) => err.code,
      );
      expect(failed).to.equal('EADDRINUSE');
      // The HTTP listener it had already opened is closed again: the port is free.
      await close(await listen(httpPort));
    } finally {
      await close(busy);
    }
  });

  it('serves HTTPS with a certificate from its own CA; clientOptions trusts it', async () => {
    const secure = await Emulator.start({ platform, merchants: [{ ...m1 }], https: true });
    try {
      expect(secure.url).to.match(/^https:\/\/127\.0\.0\.1:\d+\/$/);
      const c = Builder.factory(secure.clientOptions()) as unknown as UntypedNode;
      const res = await c.v3.offlineface.faceCollections.get({ query: { organization_id: DEMO_ORGANIZATION_ID, limit: 1 } });
      expect((res.data as { face_collections: unknown[] }).face_collections).to.have.length(1);
      // Without the CA, TLS refuses the emulator's certificate.
      const { httpsAgent: _agent, ...untrusting } = secure.clientOptions();
      const err = await (Builder.factory(untrusting) as unknown as UntypedNode).v3.certificates.get().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(String(err)).to.match(/certificate/i);
    } finally {
      await secure.close();
    }
  });
});

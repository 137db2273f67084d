import { expect } from 'chai';
import { Builder } from '../../lib';
import { keyPair, MCHID, MERCHANT_SERIAL, PUB_KEY_ID } from '../support/keys';
import { startSigningServer, type SigningServer } from '../support/server';

describe('smoke: a signed request round trip', () => {
  let server: SigningServer;
  before(async () => { server = await startSigningServer(keyPair('platform').privateKey, PUB_KEY_ID); });
  after(() => server.close());

  it('sends, verifies and parses', async () => {
    server.handle(() => ({ body: '{"ok":true}' }));
    const client = Builder.factory({
      mchid: MCHID, serial: MERCHANT_SERIAL, privateKey: keyPair('merchant').privatePem,
      certs: { [PUB_KEY_ID]: keyPair('platform').publicPem }, baseURL: server.url,
    });
    const res = await client.v3.offlineface.faceCollections.get({ query: { organization_id: 'ORG1' } });
    expect(res.data).to.deep.equal({ ok: true });
    expect(server.requests.at(-1)?.url).to.equal('/v3/offlineface/face-collections?organization_id=ORG1');
  });
});

import { expect } from 'chai';
import { Builder } from '../../lib';
import { DEMO_ORGANIZATION_ID, Emulator } from '../../lib/emulator';

describe('the client against the emulator', () => {
  let emulator: Emulator;
  before(async () => {
    emulator = await Emulator.start();
  });
  after(() => emulator.close());

  it('gets the same verified page in the three spellings, sync and async', async () => {
    const client = Builder.factory(emulator.clientOptions());
    const query = { organization_id: DEMO_ORGANIZATION_ID, offset: 0, limit: 2 };
    const pages = [
      await client.v3.offlineface.faceCollections.get({ query }),
      await client.chain('v3/offlineface/face-collections').getAsync({ query }),
      await client['v3/offlineface/face-collections'].get({ query }),
      await client.v3.offlineface.faceCollections
        .getAsync({ query })
        .then((r) => r)
        .wait(),
    ].map((r) => r.data);
    expect(pages[0]?.face_collections).to.have.length(2);
    for (const page of pages) expect(page).to.deep.equal(pages[0]);
  });

  it('is refused by the emulator when signed with another merchant key', async () => {
    const options = emulator.clientOptions();
    const other = await Emulator.start();
    try {
      const client = Builder.factory({ ...options, privateKey: other.clientOptions().privateKey });
      const err = await client.v3.offlineface.faceCollections.get({ query: { organization_id: DEMO_ORGANIZATION_ID } }).catch((e: unknown) => e);
      expect(err).to.have.property('status', 401);
      expect(err).to.have.property('code', 'SIGN_ERROR');
    } finally {
      await other.close();
    }
  });
});

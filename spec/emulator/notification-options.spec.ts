/**
 * `emulator.notificationOptions()`: what a notification handler needs to verify and decrypt the
 * emulator's notifications, and `clientOptions()` staying acceptable to `Builder.factory` as is.
 */
import { expect } from 'chai';
import { Builder, Notification } from '../../lib';
import { Emulator } from '../../lib/emulator';
import { listen } from '../support/listen';
import { testMerchant, testPlatform } from './support';

describe('emulator: notificationOptions()', function () {
  this.timeout(30_000);

  it('gives { certs, apiv3Key } with which a handler verifies and decrypts a payment notification', async () => {
    const merchant = await testMerchant();
    const emulator = await Emulator.start({ platform: await testPlatform(), merchants: [merchant] });
    const seen: unknown[] = [];
    const handle = Notification.handler(emulator.notificationOptions(), (event) => {
      seen.push(event.resource);
    });
    const server = await listen((req, res) => {
      void handle(req, res);
    }, 'notify');
    try {
      expect(emulator.notificationOptions()).to.have.keys('certs', 'apiv3Key');
      expect(emulator.notificationOptions().apiv3Key).to.equal(merchant.apiv3Key);
      const client = Builder.factory(emulator.clientOptions());
      const outTradeNo = `NO${Date.now()}`;
      await client.v3.pay.transactions.native.post({
        json: {
          appid: 'wxd678efh567hg6787',
          mchid: merchant.mchid,
          description: 'notification options',
          out_trade_no: outTradeNo,
          notify_url: server.url,
          amount: { total: 1 },
        },
      });
      await emulator.pay(outTradeNo);
      const [record] = await emulator.notifier.waitFor((rs) => rs.length > 0 && rs.every((r) => r.status !== 'pending'), 10_000);
      expect(record.status, JSON.stringify(record.history)).to.equal('delivered');
      expect(seen).to.have.length(1);
      expect(seen[0]).to.include({ out_trade_no: outTradeNo, trade_state: 'SUCCESS' });
    } finally {
      await server.close();
      await emulator.close();
    }
  });

  it('names the merchant when it has no APIv3 key', async () => {
    const merchant = await testMerchant('1900000002');
    const emulator = await Emulator.start({ platform: await testPlatform(), merchants: [{ ...merchant, apiv3Key: undefined }] });
    try {
      expect(() => emulator.notificationOptions()).to.throw(/merchant 1900000002 has no apiv3Key/);
    } finally {
      await emulator.close();
    }
  });
});

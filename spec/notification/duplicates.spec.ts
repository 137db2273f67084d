/**
 * The emulator's `duplicates` option: each (re-)delivery POSTed several times at once, each copy
 * signed on its own, as the platform's several servers sometimes do.
 */
import { expect } from 'chai';
import { setTimeout as sleep } from 'node:timers/promises';
import { Builder, MemoryDedupStore, Notification } from '../../lib';
import { Emulator } from '../../lib/emulator';
import { testMerchant, testPlatform } from '../emulator/support';
import { listen } from '../support/listen';
import { startSigningServer } from '../support/signing-server';

describe('Emulator notification delivery with duplicates', () => {
  let emulator: Emulator;
  before(async () => {
    const [platform, merchant] = await Promise.all([testPlatform(), testMerchant()]);
    emulator = await Emulator.start({ platform, merchants: [merchant], notify: { timeScale: 0.001, duplicates: 3 } });
  });
  after(async () => {
    await emulator?.close();
  });

  async function pay(url: string): Promise<string> {
    const options = emulator.clientOptions();
    const outTradeNo = `DUP${Date.now()}${Math.floor(Math.random() * 1000)}`;
    await Builder.factory(options).v3.pay.transactions.native.post({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: options.mchid,
        description: 'duplicates',
        out_trade_no: outTradeNo,
        notify_url: url,
        amount: { total: 100, currency: 'CNY' },
      },
    });
    await emulator.pay(outTradeNo);
    return outTradeNo;
  }

  it('POSTs each notification three times at once: same body, each copy signed with its own nonce', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const rx = await startSigningServer();
    rx.handle(async () => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      // Hold the answer a little so the copies overlap, as from several servers.
      await sleep(50);
      inFlight -= 1;
      return {};
    });
    const seen = rx.requests;
    try {
      const outTradeNo = await pay(`${rx.url}notify`);
      const [record] = (await emulator.notifier.waitFor((rs) => rs.some((r) => r.outTradeNo === outTradeNo && r.status === 'delivered'))).filter(
        (r) => r.outTradeNo === outTradeNo,
      );
      expect(seen).to.have.length(3);
      expect(maxInFlight).to.equal(3);
      expect(new Set(seen.map((s) => s.text)).size).to.equal(1);
      expect(new Set(seen.map((s) => s.headers['wechatpay-nonce'])).size).to.equal(3);
      expect(record!.history.map((a) => [a.status, a.copy])).to.have.deep.members([
        [200, 0],
        [200, 1],
        [200, 2],
      ]);
    } finally {
      await rx.close();
    }
  });

  it('re-delivers in rounds of three while no copy succeeds; with a store the function never runs twice at once and succeeds once', async () => {
    let runs = 0;
    let succeeded = 0;
    let active = 0;
    let maxActive = 0;
    const handler = Notification.handler(
      { certs: Builder.factory(emulator.clientOptions()).getDriver().keystore, apiv3Key: emulator.credentials().apiv3Key, dedup: new MemoryDedupStore() },
      async () => {
        runs += 1;
        active += 1;
        maxActive = Math.max(maxActive, active);
        try {
          await sleep(20);
          if (runs <= 2) throw new Error('not yet');
          succeeded += 1;
        } finally {
          active -= 1;
        }
      },
    );
    const rx = await listen((req, res) => {
      void handler(req, res);
    }, 'notify');
    try {
      const outTradeNo = await pay(rx.url);
      const [record] = (await emulator.notifier.waitFor((rs) => rs.some((r) => r.outTradeNo === outTradeNo && r.status === 'delivered'))).filter(
        (r) => r.outTradeNo === outTradeNo,
      );
      const history = record!.history;
      // Rounds of three copies (numbered 0, 1, 2); every round but the last answered failure only.
      expect(history.length % 3).to.equal(0);
      expect(history.length).to.be.at.least(6);
      const rounds = Array.from({ length: history.length / 3 }, (_, k) => history.slice(3 * k, 3 * k + 3));
      for (const round of rounds) expect(round.map((a) => a.copy).sort()).to.deep.equal([0, 1, 2]);
      for (const round of rounds.slice(0, -1)) expect(round.some((a) => a.ok)).to.equal(false);
      expect(rounds[rounds.length - 1]!.some((a) => a.ok)).to.equal(true);
      expect(runs).to.be.within(3, history.length);
      expect(succeeded).to.equal(1);
      expect(maxActive).to.equal(1);
    } finally {
      await rx.close();
    }
  });

  it('is a setting of the control route, checked', async () => {
    const put = (body: unknown) =>
      fetch(new URL('__emulator/notifications/settings', emulator.url), {
        method: 'PUT',
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json' },
      });
    expect(((await (await put({ duplicates: 2 })).json()) as { duplicates: number }).duplicates).to.equal(2);
    expect(emulator.notifier.options.duplicates).to.equal(2);
    expect((await put({ duplicates: 0 })).status).to.equal(400);
    emulator.notifier.configure({ duplicates: 3 });
    expect(() => emulator.notifier.configure({ duplicates: 1.5 })).to.throw(/duplicates/);
  });
});

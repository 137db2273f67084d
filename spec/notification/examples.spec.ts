/**
 * End to end with the notify-* examples: the quick start's native order, created through the client
 * against the emulator and paid there, reaches each example's handler as a verified, decrypted
 * TRANSACTION.SUCCESS; a failing handler sees the platform's re-deliveries (time-scaled).
 * The examples import the package by name; while this suite runs, those names resolve to the
 * compiled sources under test (build/lib), as spec/emulator/examples.spec.ts does for its child
 * processes, so the examples are checked against this code and share its module instances.
 */
import { expect } from 'chai';
import Module from 'node:module';
import { join } from 'node:path';
import type { DeliveryRecord, Emulator } from 'wechatpay-chain/emulator';
import type { OrderBook, Serve } from '../../examples/notify-common';

const targets: Record<string, string> = {
  'wechatpay-chain': join(__dirname, '../../lib/index.js'),
  'wechatpay-chain/emulator': join(__dirname, '../../lib/emulator/index.js'),
};
type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };

type Lib = typeof import('wechatpay-chain');
type Emu = typeof import('wechatpay-chain/emulator');
type Common = typeof import('../../examples/notify-common');

const examples: Record<string, string> = { 'node:http': 'notify-http', Express: 'notify-express', Koa: 'notify-koa', Fastify: 'notify-fastify' };

describe('Notification examples end to end (emulator → each framework)', () => {
  const original = loader._resolveFilename;
  before(() => {
    loader._resolveFilename = function resolveSelf(this: unknown, request: string, ...rest: unknown[]): string {
      return original.call(this, targets[request] ?? request, ...rest);
    };
  });
  after(() => {
    loader._resolveFilename = original;
  });
  // Loaded lazily, once the package names resolve to the sources under test.
  const lib = (): Lib => require('wechatpay-chain') as Lib;
  const emu = (): Emu => require('wechatpay-chain/emulator') as Emu;
  const common = (): Common => require('../../examples/notify-common') as Common;

  // One emulator (key generation is the slow part); each test has its own order and handler.
  let emulator: Emulator;
  before(async () => {
    emulator = await emu().Emulator.start({ notify: { timeScale: 0.001 } });
  });
  after(async () => {
    await emulator?.close();
  });

  async function setup(serve: Serve, opts: { bookTotal?: number; failNext?: number } = {}) {
    const options = emulator.clientOptions();
    const client = lib().Builder.factory(options);
    const book: OrderBook = new (common().OrderBook)(options.mchid);
    book.failNext = opts.failNext ?? 0;
    const errors: string[] = [];
    const served = await serve(
      {
        certs: client.getDriver().keystore,
        apiv3Key: emulator.credentials().apiv3Key,
        onError: (e, i) => errors.push(`${i.stage}:${i.status}:${(e as Error).message}`),
      },
      book,
    );
    const outTradeNo = `E2E${Date.now()}${Math.floor(Math.random() * 1e4)}`;
    book.add(outTradeNo, opts.bookTotal ?? 100);
    // The quick start's order, with notify_url pointing at the example's handler.
    await client.v3.pay.transactions.native.post({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: options.mchid,
        description: 'Quick start order',
        out_trade_no: outTradeNo,
        notify_url: served.url,
        amount: { total: 100, currency: 'CNY' },
      },
    });
    const settled = (rs: DeliveryRecord[]) => rs.filter((r) => r.url === served.url && r.status !== 'pending');
    return { emulator, book, served, outTradeNo, errors, settled, close: () => served.close() };
  }

  for (const [name, file] of Object.entries(examples)) {
    describe(name, () => {
      const serve = (): Serve => (require(`../../examples/${file}`) as { serve: Serve }).serve;

      it('receives the paid order as a verified, decrypted TRANSACTION.SUCCESS and marks it paid', async () => {
        const s = await setup(serve());
        try {
          const paid = await s.emulator.pay(s.outTradeNo);
          const order = await s.book.waitFor(s.outTradeNo);
          expect(order.state).to.equal('PAID');
          expect(order.transactionId).to.equal(paid.transaction_id);
          const event = s.book.events[0];
          if (!event || !lib().Notification.is(event, 'TRANSACTION.SUCCESS')) throw new Error('no TRANSACTION.SUCCESS applied');
          expect(event.resource.out_trade_no).to.equal(s.outTradeNo);
          expect(event.resource.amount.total).to.equal(100);
          const record = s.settled(await s.emulator.notifier.waitFor((rs) => s.settled(rs).length > 0))[0] as DeliveryRecord;
          expect(record.id).to.equal(event.id);
          expect(record.history.map((a) => a.status)).to.deep.equal([200]);
          expect(s.errors).to.deep.equal([]);
        } finally {
          await s.close();
        }
      });

      it('a failing handler sees the re-deliveries (500, 500, then 200) and applies the event once', async () => {
        const s = await setup(serve(), { failNext: 2 });
        try {
          await s.emulator.pay(s.outTradeNo);
          await s.book.waitFor(s.outTradeNo);
          const record = s.settled(await s.emulator.notifier.waitFor((rs) => s.settled(rs).length > 0))[0] as DeliveryRecord;
          expect(record.status).to.equal('delivered');
          expect(record.history.map((a) => a.status)).to.deep.equal([500, 500, 200]);
          expect(s.book.events).to.have.length(1);
          expect(s.errors).to.deep.equal(['handler:500:database unavailable', 'handler:500:database unavailable']);
        } finally {
          await s.close();
        }
      });
    });
  }

  it("an amount that differs from the merchant's records is held for review, not marked paid", async () => {
    const s = await setup((require('../../examples/notify-http') as { serve: Serve }).serve, { bookTotal: 99 });
    try {
      await s.emulator.pay(s.outTradeNo);
      const order = await s.book.waitFor(s.outTradeNo);
      expect(order.state).to.equal('REVIEW');
      expect(order.note).to.contain('100 CNY');
    } finally {
      await s.close();
    }
  });
});

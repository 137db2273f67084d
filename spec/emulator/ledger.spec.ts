/**
 * The emulator's ledger over real HTTP: each change of an order or refund — from APIv3 and APIv2
 * routes, control routes and a test's own routes — fires one event and the one notification it
 * causes, no more; and no route module changes a record except through the ledger.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Builder, type UntypedNode } from '../../lib';
import { Emulator, type RefundEvent, type RouteContext, type TransactionEvent } from '../../lib/emulator';
import { startSigningServer, type SigningServer } from '../support/signing-server';
import { rawRequest, testMerchant, testPlatform } from './support';

const SOURCES = join(__dirname, '..', '..', '..', 'lib', 'emulator');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

// Compiled, never run: a record a route gets from the ledger cannot be assigned to.
export function readOnlyRecords(ctx: RouteContext): void {
  const tx = ctx.ledger.order(ctx.merchant, '', 'ORDER');
  if (!tx) return;
  // @ts-expect-error the ledger hands out read-only orders: changes go through its methods
  tx.tradeState = 'CLOSED';
  const rf = ctx.ledger.refundOf(ctx.merchant, '', 'REFUND');
  // @ts-expect-error and read-only refunds
  if (rf) rf.status = 'SUCCESS';
}

describe('emulator: the ledger', () => {
  let emulator: Emulator;
  let client: UntypedNode;
  /** The notify_url target: it records what arrives and answers 200. */
  let rx: SigningServer;
  const events: string[] = [];
  let serial = 0;
  const no = (prefix: string): string => `${prefix}${Date.now()}${String(serial++).padStart(3, '0')}`;

  /** Events and notification records since `mark`, as `kind:previous>state` and event types. */
  function since(mark: { events: number; notes: number }): { events: string[]; notes: string[] } {
    return { events: events.slice(mark.events), notes: emulator.notifications.slice(mark.notes).map((r) => r.eventType) };
  }
  function mark(): { events: number; notes: number } {
    return { events: events.length, notes: emulator.notifications.length };
  }
  async function placeOrder(outTradeNo: string): Promise<void> {
    const { mchid } = emulator.clientOptions();
    await client.v3.pay.transactions.native.post({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid,
        description: 'ledger',
        out_trade_no: outTradeNo,
        notify_url: `${rx.url}notify`,
        amount: { total: 100, currency: 'CNY' },
      },
    });
  }

  before(async () => {
    const [platform, merchant] = await Promise.all([testPlatform(), testMerchant()]);
    rx = await startSigningServer();
    emulator = await Emulator.start({
      platform,
      merchants: [merchant],
      notify: { timeScale: 0.001 },
      routes: [
        // A test's own routes get the same ledger: here, the payer and an expiry by hand.
        { method: 'POST', pattern: '/__test/pay/{no}', auth: 'none', handler: (ctx) => ({ body: ctx.ledger.pay(ctx.params.no as string) }) },
        {
          method: 'POST',
          pattern: '/__test/close/{no}',
          auth: 'none',
          handler: (ctx) => {
            const { merchant: m, transaction } = ctx.ledger.findTransaction(ctx.params.no as string);
            ctx.ledger.closeOrder(m, transaction);
            return undefined;
          },
        },
      ],
    });
    emulator.on('transaction', (e: TransactionEvent) => events.push(`order:${e.previous ?? '-'}>${e.transaction.tradeState}`));
    emulator.on('refund', (e: RefundEvent) => events.push(`refund:${e.previous ?? '-'}>${e.refund.status}`));
    client = Builder.factory({ ...emulator.clientOptions(), clock: emulator.clock }) as unknown as UntypedNode;
  });
  after(async () => {
    await emulator.close();
    await rx.close();
  });

  it('an order placed, paid, refunded and settled over HTTP: one event per change, one notification per notifying change', async () => {
    const outTradeNo = no('LDG');
    let m = mark();
    await placeOrder(outTradeNo);
    expect(since(m)).to.deep.equal({ events: ['order:->NOTPAY'], notes: [] });

    m = mark();
    const paid = await rawRequest(emulator.url, 'POST', '/__emulator/pay', JSON.stringify({ out_trade_no: outTradeNo }));
    expect(paid.status).to.equal(200);
    expect(since(m)).to.deep.equal({ events: ['order:NOTPAY>SUCCESS'], notes: ['TRANSACTION.SUCCESS'] });

    m = mark();
    const refund = await client.v3.refund.domestic.refunds.post({
      json: { out_trade_no: outTradeNo, out_refund_no: no('RF'), notify_url: `${rx.url}notify`, amount: { refund: 40, total: 100, currency: 'CNY' } },
    });
    expect((refund.data as { status: string }).status).to.equal('PROCESSING');
    expect(since(m)).to.deep.equal({ events: ['refund:->PROCESSING', 'order:SUCCESS>REFUND'], notes: [] });

    // The next request settles the refund (refundDelayMs 0) before it is handled.
    m = mark();
    await rawRequest(emulator.url, 'GET', '/__emulator/time');
    expect(since(m)).to.deep.equal({ events: ['refund:PROCESSING>SUCCESS'], notes: ['REFUND.SUCCESS'] });

    const records = await emulator.notifier.waitFor((rs) => rs.filter((r) => r.outTradeNo === outTradeNo).every((r) => r.status === 'delivered'));
    const mine = records.filter((r) => r.outTradeNo === outTradeNo);
    expect(mine.map((r) => [r.eventType, r.attempts])).to.deep.equal([
      ['TRANSACTION.SUCCESS', 1],
      ['REFUND.SUCCESS', 1],
    ]);
    expect(rx.requests.filter((q) => mine.some((r) => r.body === q.text))).to.have.length(2);
  });

  it('closing and expiring unpaid orders change them once and notify nothing', async () => {
    const closed = no('CLS');
    await placeOrder(closed);
    let m = mark();
    const { mchid } = emulator.clientOptions();
    await client.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ out_trade_no: closed, json: { mchid } });
    await client.v3.pay.transactions.outTradeNo._out_trade_no_.close.post({ out_trade_no: closed, json: { mchid } });
    expect(since(m)).to.deep.equal({ events: ['order:NOTPAY>CLOSED'], notes: [] });

    const expiring = no('EXP');
    await placeOrder(expiring);
    m = mark();
    expect((await rawRequest(emulator.url, 'POST', `/__test/close/${expiring}`)).status).to.equal(204);
    expect(since(m)).to.deep.equal({ events: ['order:NOTPAY>CLOSED'], notes: [] });
  });

  it("a test's own route changes records through ctx.ledger and gets the same event and notification", async () => {
    const outTradeNo = no('OWN');
    await placeOrder(outTradeNo);
    const m = mark();
    const paid = await rawRequest(emulator.url, 'POST', `/__test/pay/${outTradeNo}`);
    expect(paid.json?.trade_state).to.equal('SUCCESS');
    expect(since(m)).to.deep.equal({ events: ['order:NOTPAY>SUCCESS'], notes: ['TRANSACTION.SUCCESS'] });
  });

  it("emulator.emitTransaction (a change made outside the ledger) goes the ledger's way: one event, one notification", async () => {
    const outTradeNo = no('EMT');
    await placeOrder(outTradeNo);
    const { merchant, transaction } = emulator.findTransaction(outTradeNo);
    transaction.tradeState = 'SUCCESS';
    const m = mark();
    emulator.emitTransaction(merchant, transaction, 'NOTPAY');
    expect(since(m)).to.deep.equal({ events: ['order:NOTPAY>SUCCESS'], notes: ['TRANSACTION.SUCCESS'] });
  });

  it('no module but the ledger writes orders and refunds or fires their events', () => {
    const writes = [
      /\.(?:transactions|transactionsById|refunds)\.(?:set|delete|clear)\(/,
      /\.(?:tradeState|tradeStateDesc|refunded|successTime|transactionId|openid|settleAt)\s*(?:[-+]?=)(?!=)/,
      /\b(?:rf|refund|tx|order|transaction)\.status\s*=(?!=)/,
      /\bemit(?:Transaction|Refund)\s*\(|\bemit\(\s*'(?:transaction|refund)'/,
    ];
    const offending: string[] = [];
    let inLedger = 0;
    for (const file of sources(SOURCES)) {
      const name = relative(SOURCES, file).split('\\').join('/');
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!writes.some((re) => re.test(line))) return;
          if (name.startsWith('ledger/')) inLedger += 1;
          // emulator.ts wires the ledger's announcements to its events and keeps the public emit* methods, which call the ledger.
          else if (!(name === 'emulator.ts' && /=> this\.emit\('(?:transaction|refund)'|^\s*emit(?:Transaction|Refund)\(merchant: MerchantState/.test(line))) {
            offending.push(`${name}:${i + 1}: ${line.trim()}`);
          }
        });
    }
    expect(inLedger, "the patterns find the ledger's own writes").to.be.greaterThan(10);
    expect(offending).to.deep.equal([]);
  });
});

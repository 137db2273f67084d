/**
 * Shared by the notify-* examples: the merchant's own order records (what every handler must check a
 * notification against) and a demo that pays an order on the emulator and waits for the callback.
 */
import { Builder, Notification, type NotificationEvent, type NotificationHandlerOptions } from 'wechatpay-chain';
import { Emulator } from 'wechatpay-chain/emulator';

export interface OrderRecord {
  outTradeNo: string;
  /** Amount in fen, as you created the order. */
  total: number;
  currency: string;
  state: 'NOTPAY' | 'PAID' | 'REVIEW';
  transactionId?: string;
  note?: string;
}

/**
 * Stands in for your database. `apply` is what a handler calls for each verified event; it is
 * idempotent (a second TRANSACTION.SUCCESS for a paid order changes nothing).
 */
export class OrderBook {
  readonly orders = new Map<string, OrderRecord>();
  /** Every event applied, in order (for the demo and the tests). */
  readonly events: NotificationEvent[] = [];
  /** Make the next `n` calls fail, as if the database were down (the platform will re-deliver). */
  failNext = 0;
  private readonly listeners = new Set<() => void>();

  constructor(readonly mchid: string) {}

  add(outTradeNo: string, total: number, currency = 'CNY'): void {
    this.orders.set(outTradeNo, { outTradeNo, total, currency, state: 'NOTPAY' });
  }

  async apply(event: NotificationEvent): Promise<void> {
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error('database unavailable');
    }
    if (Notification.is(event, 'TRANSACTION.SUCCESS')) {
      const r = event.resource;
      const order = this.orders.get(r.out_trade_no);
      // Unknown order: maybe not committed yet; failing makes the platform try again later.
      if (!order) throw new Error(`unknown order ${r.out_trade_no}`);
      if (order.state === 'PAID') return;
      // Verified is not the same as expected: compare with your own records before shipping anything.
      if (r.mchid !== this.mchid || r.amount.total !== order.total || r.amount.currency !== order.currency || r.trade_state !== 'SUCCESS') {
        order.state = 'REVIEW';
        order.note = `notification says ${r.mchid} ${r.amount.total} ${r.amount.currency} ${r.trade_state}`;
      } else {
        order.state = 'PAID';
        order.transactionId = r.transaction_id;
      }
    }
    this.events.push(event);
    for (const l of this.listeners) l();
  }

  /** Resolves when an event for `outTradeNo` has been applied. */
  waitFor(outTradeNo: string, timeoutMs = 10_000): Promise<OrderRecord> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const o = this.orders.get(outTradeNo);
        if (!o || o.state === 'NOTPAY') return false;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(o);
        return true;
      };
      const listener = (): void => {
        check();
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`no notification for ${outTradeNo} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.listeners.add(listener);
      check();
    });
  }
}

/** A running example server. */
export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Starts an example's server on 127.0.0.1 (port 0) with the handler options and the order book. */
export type Serve = (options: NotificationHandlerOptions, book: OrderBook) => Promise<Served>;

/**
 * The quick start's order, paid on the emulator, with the notification going to `serve`'s handler.
 * Prints each step with `log`.
 */
export async function demo(name: string, serve: Serve, log: (line: string) => void = (line) => console.log(line)): Promise<OrderRecord> {
  const emulator = await Emulator.start({ notify: { timeScale: 0.001 } });
  try {
    const options = emulator.clientOptions();
    const client = Builder.factory(options);
    const book = new OrderBook(options.mchid);
    // The handler verifies with the same keys as the client: pass the client's key store.
    const served = await serve({ certs: client.getDriver().keystore, apiv3Key: emulator.credentials().apiv3Key }, book);
    try {
      log(`${name}: notification handler at ${served.url}`);
      const outTradeNo = `NO${Date.now()}`;
      book.add(outTradeNo, 100);
      const created = await client.v3.pay.transactions.native.post({
        json: {
          appid: 'wxd678efh567hg6787',
          mchid: options.mchid,
          description: 'Notification demo',
          out_trade_no: outTradeNo,
          notify_url: served.url,
          amount: { total: 100, currency: 'CNY' },
        },
      });
      log(`1. native order ${outTradeNo} created: code_url = ${(created.data as { code_url: string }).code_url}`);
      await emulator.pay(outTradeNo);
      log('2. the payer pays (emulator.pay); the emulator sends TRANSACTION.SUCCESS');
      const order = await book.waitFor(outTradeNo);
      log(`3. handler verified and decrypted it: order ${order.outTradeNo} is ${order.state}, transaction_id ${order.transactionId}`);
      return order;
    } finally {
      await served.close();
    }
  } finally {
    await emulator.close();
  }
}

/** Run `demo` when an example file is executed directly. */
export function runAsMain(name: string, serve: Serve): void {
  demo(name, serve).then(
    () => {
      process.exitCode = 0;
    },
    (err: unknown) => {
      console.error(`${name} failed:`, err instanceof Error ? err.message : err);
      process.exitCode = 1;
    },
  );
}

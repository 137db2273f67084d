/**
 * The ledger: orders and refunds of every merchant, and every change to them. Routes read records
 * and ask for changes through {@link Ledger} (`ctx.ledger`); each change fires the emulator's
 * `transaction`/`refund` event and starts the notification it causes (`notices.ts`) here, in one
 * place, so a new route cannot forget either.
 */
import { randomBytes } from 'node:crypto';
import { Failure, notFound } from '../failure';
import type { MerchantState } from '../merchant';
import type { Outgoing } from '../notify/types';
import { refundResource, stateDescription, transactionResource, type Refund, type RefundStatus, type TradeState, type Transaction } from '../records';
import { orderNotice, refundNotice, type Notice } from './notices';

/** An order as a route places it; the ledger sets its state (NOTPAY), time and payment fields. */
export type NewOrder = Omit<Transaction, 'tradeState' | 'tradeStateDesc' | 'transactionId' | 'successTime' | 'refunded' | 'createdAt'>;

/** A refund as a route asks for it; the ledger sets its ids, state (PROCESSING) and times. */
export type NewRefund = Pick<
  Refund,
  'subMchid' | 'outRefundNo' | 'request' | 'fingerprint' | 'refund' | 'total' | 'currency' | 'notifyUrl' | 'reason' | 'fundsAccount'
>;

/** How the payer ends a NOTPAY order (`emulator.pay`, `POST /__emulator/pay`). */
export interface PayOptions {
  /** The merchant; needed only when several have this out_trade_no. */
  mchid?: string;
  subMchid?: string;
  /** `SUCCESS` (default) or `PAYERROR`. */
  result?: 'SUCCESS' | 'PAYERROR';
  /** Payer openid (default: the order's, or a generated one). */
  openid?: string;
}

/** The `transaction` event: an order was placed or changed state. */
export interface TransactionEvent {
  merchant: MerchantState;
  transaction: Transaction;
  /** State before the change; undefined for a new order. */
  previous: TradeState | undefined;
}

/** The `refund` event: a refund was started or changed state. */
export interface RefundEvent {
  merchant: MerchantState;
  refund: Refund;
  previous: RefundStatus | undefined;
}

/**
 * What routes get as `ctx.ledger`: lookups that hand out read-only records, and the changes a
 * route may ask for. Every change goes through here and fires its event and notification.
 */
export interface Ledger {
  /** An order by `sub_mchid` ('' for direct merchants) and `out_trade_no`. */
  order(merchant: MerchantState, subMchid: string, outTradeNo: string): Readonly<Transaction> | undefined;
  /** A paid order by `transaction_id`. */
  orderById(merchant: MerchantState, transactionId: string): Readonly<Transaction> | undefined;
  /** Every order of a merchant, oldest first. */
  orders(merchant: MerchantState): Array<Readonly<Transaction>>;
  /** A refund by `sub_mchid` and `out_refund_no`. */
  refundOf(merchant: MerchantState, subMchid: string, outRefundNo: string): Readonly<Refund> | undefined;
  /** Every refund of a merchant, oldest first. */
  refunds(merchant: MerchantState): Array<Readonly<Refund>>;
  /** Find an order by out_trade_no across merchants (or in one); throws ORDER_NOT_EXIST or when ambiguous. */
  findTransaction(outTradeNo: string, mchid?: string, subMchid?: string): { merchant: MerchantState; transaction: Readonly<Transaction> };
  /** Register a new NOTPAY order (its `sub_mchid|out_trade_no` must be free). */
  placeOrder(merchant: MerchantState, order: NewOrder): Readonly<Transaction>;
  /** Close an unpaid order (nothing happens to one already CLOSED). */
  closeOrder(merchant: MerchantState, order: Readonly<Transaction>): void;
  /** Play the payer on a NOTPAY order; returns the order as queries show it. */
  pay(outTradeNo: string, outcome?: PayOptions): Record<string, unknown>;
  /** Start a PROCESSING refund of a paid order (the order turns REFUND); the route checked the amounts. */
  startRefund(merchant: MerchantState, order: Readonly<Transaction>, refund: NewRefund): Readonly<Refund>;
  /** End a PROCESSING refund now; ABNORMAL and CLOSED give the amount back. Returns the refund as queries show it. */
  settleRefund(outRefundNo: string, status?: 'SUCCESS' | 'ABNORMAL' | 'CLOSED', mchid?: string): Record<string, unknown>;
}

/** What the ledger is built from: the emulator's merchants and clock, and where changes are announced. */
export interface LedgerInit {
  merchants: ReadonlyMap<string, MerchantState>;
  /** A registered merchant; throws naming the registered ones when unknown. */
  merchant(mchid: string): MerchantState;
  now(): number;
  /** How long a new refund stays PROCESSING (read at each refund: it may change while running). */
  refundDelayMs(): number;
  /** Fire the emulator's public events. */
  emitTransaction(event: TransactionEvent): void;
  emitRefund(event: RefundEvent): void;
  /** Hand a notification to delivery. */
  notify(outgoing: Outgoing, extra: Notice['extra']): void;
}

/** `key` of an order in `merchant.transactions`. */
export function orderKey(subMchid: string, outTradeNo: string): string {
  return `${subMchid}|${outTradeNo}`;
}

function digits(n: number): string {
  let s = '';
  for (const b of randomBytes(n)) s += String(b % 10);
  return s;
}

function yyyymmdd(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
}

export class OrderLedger implements Ledger {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly scans = new WeakMap<MerchantState, { tx: number; rf: number; due: number }>();

  constructor(private readonly init: LedgerInit) {}

  order(merchant: MerchantState, subMchid: string, outTradeNo: string): Transaction | undefined {
    return merchant.transactions.get(orderKey(subMchid, outTradeNo));
  }

  orderById(merchant: MerchantState, transactionId: string): Transaction | undefined {
    return merchant.transactionsById.get(transactionId);
  }

  orders(merchant: MerchantState): Transaction[] {
    return Array.from(merchant.transactions.values());
  }

  refundOf(merchant: MerchantState, subMchid: string, outRefundNo: string): Refund | undefined {
    return merchant.refunds.get(`${subMchid}|${outRefundNo}`);
  }

  refunds(merchant: MerchantState): Refund[] {
    return Array.from(merchant.refunds.values());
  }

  findTransaction(outTradeNo: string, mchid?: string, subMchid?: string): { merchant: MerchantState; transaction: Transaction } {
    const found: Array<{ merchant: MerchantState; transaction: Transaction }> = [];
    for (const m of mchid ? [this.init.merchant(mchid)] : this.init.merchants.values()) {
      for (const tx of m.transactions.values()) {
        if (tx.outTradeNo === outTradeNo && (subMchid === undefined || tx.subMchid === subMchid)) found.push({ merchant: m, transaction: tx });
      }
    }
    if (found.length === 0) throw notFound(`No order with out_trade_no ${outTradeNo}${mchid ? ` for merchant ${mchid}` : ''}.`, 'ORDER_NOT_EXIST');
    if (found.length > 1) throw new Failure(400, 'INVALID_REQUEST', `out_trade_no ${outTradeNo} exists for several merchants; name the mchid (and sub_mchid).`);
    return found[0] as { merchant: MerchantState; transaction: Transaction };
  }

  placeOrder(merchant: MerchantState, order: NewOrder): Transaction {
    const key = orderKey(order.subMchid, order.outTradeNo);
    if (merchant.transactions.has(key)) throw new Error(`Emulator ledger: order ${key} of merchant ${merchant.mchid} exists already`);
    const tx: Transaction = {
      ...order,
      transactionId: undefined,
      tradeState: 'NOTPAY',
      tradeStateDesc: stateDescription('NOTPAY'),
      createdAt: this.init.now(),
      successTime: undefined,
      refunded: 0,
    };
    merchant.transactions.set(key, tx);
    this.orderChanged(merchant, tx, undefined);
    return tx;
  }

  closeOrder(merchant: MerchantState, order: Readonly<Transaction>): void {
    const tx = this.own(merchant, order);
    if (tx.tradeState === 'CLOSED') return;
    const previous = tx.tradeState;
    tx.tradeState = 'CLOSED';
    tx.tradeStateDesc = stateDescription('CLOSED');
    this.orderChanged(merchant, tx, previous);
  }

  pay(outTradeNo: string, outcome: PayOptions = {}): Record<string, unknown> {
    this.settle();
    const { merchant, transaction: tx } = this.findTransaction(outTradeNo, outcome.mchid, outcome.subMchid);
    if (tx.tradeState !== 'NOTPAY') {
      throw new Failure(400, 'INVALID_REQUEST', `Order ${outTradeNo} is ${tx.tradeState}; only a NOTPAY order can be paid.`);
    }
    const previous = tx.tradeState;
    const now = this.init.now();
    tx.openid = outcome.openid ?? tx.openid ?? `o${randomBytes(14).toString('base64url')}`;
    if ((outcome.result ?? 'SUCCESS') === 'SUCCESS') {
      tx.transactionId = `42000${digits(5)}${yyyymmdd(now)}${digits(10)}`;
      tx.successTime = now;
      tx.tradeState = 'SUCCESS';
      merchant.transactionsById.set(tx.transactionId, tx);
    } else {
      tx.tradeState = 'PAYERROR';
    }
    tx.tradeStateDesc = stateDescription(tx.tradeState);
    this.orderChanged(merchant, tx, previous);
    return transactionResource(tx);
  }

  startRefund(merchant: MerchantState, order: Readonly<Transaction>, request: NewRefund): Refund {
    const tx = this.own(merchant, order);
    const key = `${request.subMchid}|${request.outRefundNo}`;
    if (merchant.refunds.has(key)) throw new Error(`Emulator ledger: refund ${key} of merchant ${merchant.mchid} exists already`);
    const now = this.init.now();
    const rf: Refund = {
      ...request,
      mchid: merchant.mchid,
      refundId: `50${digits(8)}${now.toString().slice(-10)}${digits(9)}`,
      transactionId: tx.transactionId as string,
      outTradeNo: tx.outTradeNo,
      status: 'PROCESSING',
      createdAt: now,
      successTime: undefined,
      settleAt: now + this.init.refundDelayMs(),
    };
    merchant.refunds.set(key, rf);
    tx.refunded += rf.refund;
    this.refundChanged(merchant, rf, undefined);
    if (tx.tradeState === 'SUCCESS') {
      tx.tradeState = 'REFUND';
      tx.tradeStateDesc = stateDescription('REFUND');
      this.orderChanged(merchant, tx, 'SUCCESS');
    }
    return rf;
  }

  settleRefund(outRefundNo: string, status: 'SUCCESS' | 'ABNORMAL' | 'CLOSED' = 'SUCCESS', mchid?: string): Record<string, unknown> {
    for (const m of mchid ? [this.init.merchant(mchid)] : this.init.merchants.values()) {
      for (const rf of m.refunds.values()) {
        if (rf.outRefundNo !== outRefundNo) continue;
        if (rf.status !== 'PROCESSING') throw new Failure(400, 'INVALID_REQUEST', `Refund ${outRefundNo} is already ${rf.status}.`);
        rf.status = status;
        if (status === 'SUCCESS') rf.successTime = this.init.now();
        else {
          const tx = Array.from(m.transactions.values()).find((t) => t.outTradeNo === rf.outTradeNo && t.subMchid === rf.subMchid);
          if (tx) tx.refunded -= rf.refund;
        }
        this.announceRefund(m, rf, 'PROCESSING');
        return refundResource(rf);
      }
    }
    throw notFound(`No refund with out_refund_no ${outRefundNo}.`);
  }

  /** Apply what time has made due: PROCESSING refunds succeed, unpaid orders past time_expire close. */
  settle(): void {
    const now = this.init.now();
    for (const m of this.init.merchants.values()) {
      // Scan only when something was added since the last scan or the earliest due time has come,
      // so a long-running emulator with many orders does not walk them all on every request.
      const last = this.scans.get(m);
      if (last && last.tx === m.transactions.size && last.rf === m.refunds.size && now < last.due) continue;
      let due = Infinity;
      for (const tx of m.transactions.values()) {
        if (tx.tradeState !== 'NOTPAY' || tx.expiresAt === undefined) continue;
        if (tx.expiresAt <= now) {
          tx.tradeState = 'CLOSED';
          tx.tradeStateDesc = stateDescription('CLOSED');
          this.orderChanged(m, tx, 'NOTPAY');
        } else due = Math.min(due, tx.expiresAt);
      }
      for (const rf of m.refunds.values()) {
        if (rf.status !== 'PROCESSING') continue;
        if (rf.settleAt <= now) {
          rf.status = 'SUCCESS';
          rf.successTime = now;
          this.announceRefund(m, rf, 'PROCESSING');
        } else due = Math.min(due, rf.settleAt);
      }
      this.scans.set(m, { tx: m.transactions.size, rf: m.refunds.size, due });
    }
  }

  /** An order changed: its notification (if any) and the `transaction` event. The one place both start. */
  orderChanged(merchant: MerchantState, transaction: Transaction, previous: TradeState | undefined): void {
    const notice = orderNotice(merchant, transaction, previous);
    if (notice) this.init.notify(notice.outgoing, notice.extra);
    this.init.emitTransaction({ merchant, transaction, previous });
  }

  /** A refund changed; a new PROCESSING one also gets a timer that settles it when `refundDelayMs` has passed. */
  refundChanged(merchant: MerchantState, refund: Refund, previous: RefundStatus | undefined): void {
    this.announceRefund(merchant, refund, previous);
    const delay = this.init.refundDelayMs();
    if (refund.status === 'PROCESSING' && delay > 0) {
      const t = setTimeout(() => {
        this.timers.delete(t);
        this.settle();
      }, delay);
      t.unref();
      this.timers.add(t);
    }
  }

  /** Cancel the refund timers (the emulator is closing). */
  close(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private announceRefund(merchant: MerchantState, refund: Refund, previous: RefundStatus | undefined): void {
    const notice = refundNotice(merchant, refund, previous);
    if (notice) this.init.notify(notice.outgoing, notice.extra);
    this.init.emitRefund({ merchant, refund, previous });
  }

  /** The ledger's own (writable) record behind a read-only one a route holds. */
  private own(merchant: MerchantState, order: Readonly<Transaction>): Transaction {
    const tx = merchant.transactions.get(orderKey(order.subMchid, order.outTradeNo));
    if (!tx) throw new Error(`Emulator ledger: order ${order.outTradeNo} is not in merchant ${merchant.mchid}'s ledger`);
    return tx;
  }
}

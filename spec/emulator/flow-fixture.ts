/**
 * One emulator and one client per spec file for the payment-flow specs (flows, refunds): registers
 * mocha `before`/`after` hooks in the calling `describe`, and hands back the helpers the specs share.
 */
import { ApiError, Builder, type UntypedNode } from '../../lib';
import { Emulator, type DemoMerchant, type PlatformIdentity, type RefundEvent, type TransactionEvent } from '../../lib/emulator';
import { testMerchant, testPlatform } from './support';

export type Json = Record<string, unknown>;

/** The ApiError a call is refused with (fails the spec when the call succeeds or fails otherwise). */
export async function refusal(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected the call to be refused');
}

export interface FlowFixture {
  emulator: Emulator;
  platform: PlatformIdentity;
  m1: DemoMerchant;
  /** Untyped on purpose: these specs send invalid bodies the endpoint types would reject. */
  client: UntypedNode;
  readonly txEvents: TransactionEvent[];
  readonly refundEvents: RefundEvent[];
  /** A fresh out_trade_no / out_refund_no with the prefix. */
  no(prefix?: string): string;
  /** A native order body for m1. */
  order(outTradeNo: string, extra?: Json): Json;
  /** The order as queried by out_trade_no. */
  query(outTradeNo: string): Promise<Json>;
  /** A native order, placed and paid. */
  paidOrder(total?: number): Promise<{ outTradeNo: string; transactionId: string }>;
}

/** Starts the emulator before the calling describe's specs and closes it after them. */
export function useFlowEmulator(): FlowFixture {
  let serial = 0;
  const f = {
    txEvents: [] as TransactionEvent[],
    refundEvents: [] as RefundEvent[],
    no: (prefix = 'ORD'): string => `${prefix}${Date.now()}${String(serial++).padStart(4, '0')}`,
    order(outTradeNo: string, extra: Json = {}): Json {
      return {
        appid: 'wxd678efh567hg6787',
        mchid: f.m1.mchid,
        description: 'Image形象店-深圳腾大-QQ公仔',
        out_trade_no: outTradeNo,
        notify_url: 'https://example.com/notify',
        amount: { total: 100, currency: 'CNY' },
        ...extra,
      };
    },
    async query(outTradeNo: string): Promise<Json> {
      return (await f.client.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: outTradeNo, query: { mchid: f.m1.mchid } })).data as Json;
    },
    async paidOrder(total = 100): Promise<{ outTradeNo: string; transactionId: string }> {
      const outTradeNo = f.no('PAID');
      await f.client.v3.pay.transactions.native.post({ json: f.order(outTradeNo, { amount: { total } }) });
      const paid = await f.emulator.pay(outTradeNo);
      return { outTradeNo, transactionId: paid.transaction_id as string };
    },
  } as FlowFixture;
  before(async () => {
    f.platform = await testPlatform();
    f.m1 = await testMerchant('1900000001');
    f.emulator = await Emulator.start({ platform: f.platform, merchants: [{ ...f.m1 }] });
    f.emulator.on('transaction', (e) => f.txEvents.push({ ...e, transaction: { ...e.transaction } }));
    f.emulator.on('refund', (e) => f.refundEvents.push({ ...e, refund: { ...e.refund } }));
    f.client = Builder.factory({ ...f.emulator.clientOptions(), clock: f.emulator.clock }) as unknown as UntypedNode;
  });
  after(() => f.emulator.close());
  return f;
}

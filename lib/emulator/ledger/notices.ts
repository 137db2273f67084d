/**
 * Which ledger changes the platform notifies, and with what: an order turning SUCCESS sends
 * TRANSACTION.SUCCESS, a refund leaving PROCESSING sends REFUND.<status>, each to the record's
 * `notify_url`. The ledger asks this after every change; nothing else starts a notification.
 */
import type { MerchantState } from '../merchant';
import type { Outgoing } from '../notify/types';
import { refundResource, rfc3339, transactionResource, type Refund, type RefundStatus, type TradeState, type Transaction } from '../records';

/** A notification to send, with the ids its delivery record carries. */
export interface Notice {
  outgoing: Outgoing;
  extra: { outTradeNo?: string; outRefundNo?: string };
}

/** The REFUND.* notification resource (its field names differ from the refund query's). */
export function refundNotificationResource(merchant: MerchantState, rf: Refund): Record<string, unknown> {
  const q = refundResource(rf);
  const amount = q.amount as Record<string, unknown>;
  const out: Record<string, unknown> = rf.subMchid ? { sp_mchid: merchant.mchid, sub_mchid: rf.subMchid } : { mchid: merchant.mchid };
  Object.assign(out, {
    out_trade_no: rf.outTradeNo,
    transaction_id: rf.transactionId,
    out_refund_no: rf.outRefundNo,
    refund_id: rf.refundId,
    refund_status: rf.status,
    user_received_account: q.user_received_account,
    amount: { total: amount.total, refund: amount.refund, payer_total: amount.payer_total, payer_refund: amount.payer_refund },
  });
  if (rf.successTime !== undefined) out.success_time = rfc3339(rf.successTime);
  return out;
}

/** The notification an order change causes, if any. */
export function orderNotice(merchant: MerchantState, tx: Transaction, previous: TradeState | undefined): Notice | undefined {
  if (tx.tradeState !== 'SUCCESS' || previous === 'SUCCESS' || !tx.notifyUrl) return undefined;
  return {
    outgoing: { merchant, url: tx.notifyUrl, eventType: 'TRANSACTION.SUCCESS', resource: transactionResource(tx), originalType: 'transaction' },
    extra: { outTradeNo: tx.outTradeNo },
  };
}

/** The notification a refund change causes, if any. */
export function refundNotice(merchant: MerchantState, rf: Refund, previous: RefundStatus | undefined): Notice | undefined {
  if (rf.status === 'PROCESSING' || previous === rf.status || !rf.notifyUrl) return undefined;
  return {
    outgoing: { merchant, url: rf.notifyUrl, eventType: `REFUND.${rf.status}`, resource: refundNotificationResource(merchant, rf), originalType: 'refund' },
    extra: { outTradeNo: rf.outTradeNo, outRefundNo: rf.outRefundNo },
  };
}

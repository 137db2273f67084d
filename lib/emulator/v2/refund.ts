/**
 * APIv2 refunds: `secapi/pay/refund` (only with the merchant's TLS client certificate) and
 * `pay/refundquery`. Refunds share the ledger with APIv3, settle by emulator time the same way, and
 * fire the same `refund`/`transaction` events.
 */
import type { RouteContext } from '../context';
import { fingerprint, type Refund, type RefundStatus } from '../records';
import { findOrder } from './pay';
import { amount, cst, optional, required, V2BusinessError, V2Refusal, v2Route, type V2Request } from './protocol';

const OUT_REFUND_NO = /^[A-Za-z0-9_\-|*@]{1,64}$/;

function refundPrint(fields: Record<string, string>): string {
  const { nonce_str: _n, sign: _s, sign_type: _t, ...rest } = fields;
  return `v2:${fingerprint(rest)}`;
}

function refundAnswer(rf: Readonly<Refund>, cashFee: number): Record<string, string | undefined> {
  return {
    transaction_id: rf.transactionId,
    out_trade_no: rf.outTradeNo,
    out_refund_no: rf.outRefundNo,
    refund_id: rf.refundId,
    refund_fee: String(rf.refund),
    settlement_refund_fee: String(rf.refund),
    total_fee: String(rf.total),
    settlement_total_fee: String(rf.total),
    fee_type: rf.currency,
    cash_fee: String(cashFee),
    cash_refund_fee: String(rf.refund),
  };
}

function refund(ctx: RouteContext, req: V2Request): Record<string, string | undefined> {
  const f = req.fields;
  const merchant = req.merchant;
  required(f, 'appid', 32);
  const outRefundNo = required(f, 'out_refund_no', 64);
  if (!OUT_REFUND_NO.test(outRefundNo)) throw new V2Refusal('out_refund_no参数格式错误: letters, digits and _-|*@ only');
  const total = amount(f, 'total_fee');
  const refundFee = amount(f, 'refund_fee');
  const feeType = optional(f, 'refund_fee_type', 8);
  if (feeType !== undefined && feeType !== 'CNY') throw new V2Refusal(`refund_fee_type参数错误: CNY only, got ${feeType}`);
  const account = optional(f, 'refund_account', 32);
  if (account !== undefined && account !== 'REFUND_SOURCE_UNSETTLED_FUNDS' && account !== 'REFUND_SOURCE_RECHARGE_FUNDS') {
    throw new V2Refusal(`refund_account参数错误: ${account}`);
  }
  const notifyUrl = optional(f, 'notify_url', 256);
  const reason = optional(f, 'refund_desc', 80);
  const subMchid = f.sub_mch_id ?? '';
  const print = refundPrint(f);
  const existing = ctx.ledger.refundOf(merchant, subMchid, outRefundNo);
  if (existing) {
    if (existing.fingerprint !== print)
      throw new V2BusinessError('INVALID_REQUEST', `out_refund_no ${outRefundNo} was already used for a refund with different content`);
    return refundAnswer(existing, existing.total);
  }
  const tx = findOrder(ctx.ledger, merchant, f);
  if (tx.tradeState !== 'SUCCESS' && tx.tradeState !== 'REFUND')
    throw new V2BusinessError('TRADE_STATE_ERROR', `order ${tx.outTradeNo} is ${tx.tradeState}; only a paid order can be refunded (订单状态错误)`);
  if (total !== tx.total) throw new V2BusinessError('INVALID_REQUEST', `total_fee ${total} is not the order's total ${tx.total}`);
  const left = tx.total - tx.refunded;
  if (refundFee > left)
    throw new V2BusinessError('INVALID_REQUEST', `refund_fee ${refundFee} is more than the ${left} fen left to refund (累计退款金额大于支付金额)`);
  const record = ctx.ledger.startRefund(merchant, tx, {
    subMchid,
    outRefundNo,
    request: { out_refund_no: outRefundNo, out_trade_no: tx.outTradeNo, reason, notify_url: notifyUrl, amount: { refund: refundFee, total, currency: 'CNY' } },
    fingerprint: print,
    refund: refundFee,
    total,
    currency: 'CNY',
    notifyUrl,
    reason,
    fundsAccount: account === 'REFUND_SOURCE_RECHARGE_FUNDS' ? 'AVAILABLE' : 'UNSETTLED',
  });
  return refundAnswer(record, tx.total);
}

const V2_REFUND_STATUS: Record<RefundStatus, string> = { SUCCESS: 'SUCCESS', PROCESSING: 'PROCESSING', CLOSED: 'REFUNDCLOSE', ABNORMAL: 'CHANGE' };

function refundquery(ctx: RouteContext, req: V2Request): Record<string, string | undefined> {
  const f = req.fields;
  const merchant = req.merchant;
  const subMchid = f.sub_mch_id ?? '';
  const byRefundNo = optional(f, 'out_refund_no', 64);
  const byRefundId = optional(f, 'refund_id', 32);
  const byOrderId = optional(f, 'transaction_id', 32);
  const byOrderNo = optional(f, 'out_trade_no', 32);
  if (!byRefundNo && !byRefundId && !byOrderId && !byOrderNo)
    throw new V2Refusal('缺少参数: out_refund_no, refund_id, transaction_id or out_trade_no is required');
  const found = ctx.ledger
    .refunds(merchant)
    .filter((rf) => rf.subMchid === subMchid)
    .filter((rf) =>
      byRefundNo
        ? rf.outRefundNo === byRefundNo
        : byRefundId
          ? rf.refundId === byRefundId
          : byOrderId
            ? rf.transactionId === byOrderId
            : rf.outTradeNo === byOrderNo,
    )
    .sort((a, b) => a.createdAt - b.createdAt);
  if (found.length === 0) throw new V2BusinessError('REFUNDNOTEXIST', 'no refund matches (退款订单查询失败)');
  const first = found[0] as Readonly<Refund>;
  const out: Record<string, string | undefined> = {
    transaction_id: first.transactionId,
    out_trade_no: first.outTradeNo,
    total_fee: String(first.total),
    fee_type: first.currency,
    cash_fee: String(first.total),
    refund_count: String(found.length),
    refund_fee: String(found.reduce((sum, rf) => sum + rf.refund, 0)),
  };
  found.forEach((rf, n) => {
    out[`out_refund_no_${n}`] = rf.outRefundNo;
    out[`refund_id_${n}`] = rf.refundId;
    out[`refund_channel_${n}`] = 'ORIGINAL';
    out[`refund_fee_${n}`] = String(rf.refund);
    out[`refund_status_${n}`] = V2_REFUND_STATUS[rf.status];
    out[`refund_account_${n}`] = rf.fundsAccount === 'AVAILABLE' ? 'REFUND_SOURCE_RECHARGE_FUNDS' : 'REFUND_SOURCE_UNSETTLED_FUNDS';
    out[`refund_recv_accout_${n}`] = '支付用户的零钱';
    if (rf.successTime !== undefined) out[`refund_success_time_${n}`] = cst(rf.successTime).spaced;
  });
  return out;
}

export const v2RefundRoutes = [v2Route('/secapi/pay/refund', refund, { certificate: true }), v2Route('/pay/refundquery', refundquery)];

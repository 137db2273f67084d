/**
 * Domestic refunds: create (bounded by the paid amount minus earlier refunds) and query by
 * out_refund_no. A refund answers PROCESSING and succeeds once `emulator.refundDelayMs` has passed
 * (the ledger settles it).
 */
import type { RouteContext } from '../context';
import { invalidRequest, notFound, paramError } from '../failure';
import { fingerprint, refundResource, type Transaction } from '../records';
import type { Route } from '../router';
import { optionalString, requireInteger, requireObject, requireRefundNo, requireString } from '../validate';

function create(ctx: RouteContext) {
  const body = ctx.json();
  const merchant = ctx.merchant;
  const subMchid = optionalString(body, 'sub_mchid', 32) ?? '';
  const transactionId = optionalString(body, 'transaction_id', 32);
  const outTradeNo = optionalString(body, 'out_trade_no', 32);
  if (!transactionId && !outTradeNo) throw paramError('transaction_id', 'transaction_id or out_trade_no is required.');
  const outRefundNo = requireRefundNo(requireString(body, 'out_refund_no', 64));
  optionalString(body, 'reason', 80);
  const notifyUrl = optionalString(body, 'notify_url', 256);
  requireObject(body, 'amount');
  const refund = requireInteger(body, 'amount.refund', 1);
  const total = requireInteger(body, 'amount.total', 1);
  const currency = requireString(body, 'amount.currency', 16);
  if (currency !== 'CNY') throw paramError('amount.currency', 'amount.currency must be CNY.', 'body', currency);
  const fundsAccount = optionalString(body, 'funds_account', 32);
  if (fundsAccount !== undefined && fundsAccount !== 'AVAILABLE' && fundsAccount !== 'UNSETTLED') {
    throw paramError('funds_account', 'funds_account must be AVAILABLE or UNSETTLED.', 'body', fundsAccount);
  }
  const print = fingerprint(body);
  const existing = ctx.ledger.refundOf(merchant, subMchid, outRefundNo);
  if (existing) {
    if (existing.fingerprint !== print) throw invalidRequest(`out_refund_no ${outRefundNo} was already used for a refund with different content.`);
    return { body: refundResource(existing) };
  }
  let tx: Readonly<Transaction> | undefined;
  if (transactionId) {
    tx = ctx.ledger.orderById(merchant, transactionId);
    if (tx && tx.subMchid !== subMchid) tx = undefined;
    if (tx && outTradeNo && tx.outTradeNo !== outTradeNo)
      throw invalidRequest(`transaction_id ${transactionId} and out_trade_no ${outTradeNo} name different orders.`);
  } else tx = ctx.ledger.order(merchant, subMchid, outTradeNo as string);
  if (!tx) throw notFound(`No order ${transactionId ? `with transaction_id ${transactionId}` : `with out_trade_no ${outTradeNo}`} to refund.`);
  if (tx.tradeState !== 'SUCCESS' && tx.tradeState !== 'REFUND')
    throw invalidRequest(`Order ${tx.outTradeNo} is ${tx.tradeState}; only a paid order can be refunded.`);
  if (total !== tx.total) throw invalidRequest(`amount.total ${total} is not the order's total ${tx.total}.`);
  const left = tx.total - tx.refunded;
  if (refund > left)
    throw invalidRequest(
      `amount.refund ${refund} is more than the ${left} fen left to refund on order ${tx.outTradeNo} (total ${tx.total}, refunded ${tx.refunded}).`,
    );
  const record = ctx.ledger.startRefund(merchant, tx, {
    subMchid,
    outRefundNo,
    request: body,
    fingerprint: print,
    refund,
    total,
    currency,
    notifyUrl,
    reason: body.reason as string | undefined,
    fundsAccount: fundsAccount ?? 'AVAILABLE',
  });
  return { body: refundResource(record) };
}

function query(ctx: RouteContext) {
  const no = ctx.params.out_refund_no as string;
  const subMchid = ctx.query.get('sub_mchid') ?? '';
  const rf = ctx.ledger.refundOf(ctx.merchant, subMchid, no);
  if (!rf) throw notFound(`No refund with out_refund_no ${no}.`);
  return { body: refundResource(rf) };
}

export const refundRoutes: Route[] = [
  { method: 'POST', pattern: '/v3/refund/domestic/refunds', handler: create },
  { method: 'GET', pattern: '/v3/refund/domestic/refunds/{out_refund_no}', handler: query },
];

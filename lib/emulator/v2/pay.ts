/**
 * APIv2 payments: `pay/unifiedorder`, `pay/orderquery`, `pay/closeorder`. Orders go into the same
 * ledger as APIv3 orders (stored with an APIv3-shaped `request`), so an order placed
 * over APIv2 can be paid with `emulator.pay()`, queried over APIv3, refunded over either.
 */
import { randomBytes } from 'node:crypto';
import type { RouteContext } from '../context';
import type { Ledger } from '../ledger/ledger';
import type { MerchantState } from '../merchant';
import { fingerprint, type TradeType, type Transaction } from '../records';
import { amount, cst, optional, parseCompactTime, required, V2BusinessError, V2Refusal, v2Route, type V2Request } from './protocol';

const TRADE_TYPES = new Set<TradeType>(['JSAPI', 'NATIVE', 'APP', 'MWEB']);
const OUT_TRADE_NO = /^[A-Za-z0-9_\-|*@]{1,32}$/;

/** The fields that make two unified orders "the same order" (a retry), without the per-call ones. */
function orderPrint(fields: Record<string, string>): string {
  const { nonce_str: _n, sign: _s, sign_type: _t, ...rest } = fields;
  return `v2:${fingerprint(rest)}`;
}

function subMchidOf(fields: Record<string, string>): string {
  return fields.sub_mch_id ?? '';
}

function prepayFields(tx: Readonly<Transaction>): Record<string, string | undefined> {
  return {
    trade_type: tx.tradeType,
    prepay_id: tx.prepayId,
    code_url: tx.tradeType === 'NATIVE' ? String(tx.answer.code_url) : undefined,
    mweb_url: tx.tradeType === 'MWEB' ? String(tx.answer.h5_url) : undefined,
  };
}

function unifiedorder(ctx: RouteContext, req: V2Request): Record<string, string | undefined> {
  const f = req.fields;
  const merchant = req.merchant;
  const appid = required(f, 'appid', 32);
  if (merchant.appids && !merchant.appids.includes(appid))
    throw new V2BusinessError('APPID_MCHID_NOT_MATCH', `appid ${appid} is not bound to merchant ${merchant.mchid}`);
  required(f, 'body', 128);
  const outTradeNo = required(f, 'out_trade_no', 32);
  if (!OUT_TRADE_NO.test(outTradeNo)) throw new V2Refusal('out_trade_no参数格式错误: letters, digits and _-|*@ only');
  const total = amount(f, 'total_fee');
  const feeType = optional(f, 'fee_type', 16);
  if (feeType !== undefined && feeType !== 'CNY') throw new V2Refusal(`fee_type参数错误: CNY only, got ${feeType}`);
  required(f, 'spbill_create_ip', 64);
  const notifyUrl = required(f, 'notify_url', 256);
  if (!/^https?:\/\/[^\s/?#]+[^\s?#]*$/.test(notifyUrl)) throw new V2Refusal('notify_url参数格式错误: an absolute http(s) URL without a query string');
  const tradeType = required(f, 'trade_type', 16) as TradeType;
  if (!TRADE_TYPES.has(tradeType)) throw new V2Refusal(`trade_type参数错误: JSAPI, NATIVE, APP or MWEB, got ${tradeType}`);
  const openid = tradeType === 'JSAPI' ? (optional(f, 'openid', 128) ?? optional(f, 'sub_openid', 128)) : undefined;
  if (tradeType === 'JSAPI' && !openid) throw new V2Refusal('缺少参数openid: trade_type=JSAPI needs openid');
  const expireText = optional(f, 'time_expire', 14);
  const expiresAt = expireText === undefined ? undefined : parseCompactTime(expireText);
  if (expireText !== undefined && expiresAt === undefined) throw new V2Refusal('time_expire参数格式错误: yyyyMMddHHmmss');
  optional(f, 'attach', 127);

  const subMchid = subMchidOf(f);
  const print = orderPrint(f);
  const existing = ctx.ledger.order(merchant, subMchid, outTradeNo);
  if (existing) {
    if (existing.tradeState === 'SUCCESS' || existing.tradeState === 'REFUND') throw new V2BusinessError('ORDERPAID', `order ${outTradeNo} is already paid`);
    if (existing.tradeState === 'CLOSED') throw new V2BusinessError('ORDERCLOSED', `order ${outTradeNo} is closed`);
    if (existing.fingerprint !== print)
      throw new V2BusinessError('INVALID_REQUEST', `out_trade_no ${outTradeNo} was already used for an order with different content (商户订单号重复)`);
    return prepayFields(existing);
  }
  const now = ctx.now();
  const prepayId = `wx${cst(now).compact}${randomBytes(13).toString('hex')}`;
  const partner = subMchid !== '';
  // APIv3-shaped, so the APIv3 query routes and notifications show the order the same way.
  const request: Record<string, unknown> = partner
    ? { sp_appid: appid, sp_mchid: merchant.mchid, sub_mchid: subMchid, sub_appid: f.sub_appid }
    : { appid, mchid: merchant.mchid };
  Object.assign(request, { description: f.body, out_trade_no: outTradeNo, notify_url: notifyUrl, amount: { total, currency: 'CNY' } });
  if (f.attach) request.attach = f.attach;
  const answer: Record<string, unknown> =
    tradeType === 'NATIVE'
      ? { code_url: `weixin://wxpay/bizpayurl?pr=${randomBytes(6).toString('base64url')}` }
      : tradeType === 'MWEB'
        ? { h5_url: `https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=${prepayId}&package=${randomBytes(4).readUInt32BE(0)}` }
        : { prepay_id: prepayId };
  const tx = ctx.ledger.placeOrder(merchant, {
    kind: partner ? 'partner' : 'direct',
    tradeType,
    mchid: merchant.mchid,
    subMchid,
    outTradeNo,
    request,
    fingerprint: print,
    answer,
    prepayId,
    expiresAt,
    total,
    currency: 'CNY',
    notifyUrl,
    openid,
  });
  return prepayFields(tx);
}

/** The order named by `transaction_id` or `out_trade_no` (and `sub_mch_id`). */
export function findOrder(ledger: Ledger, merchant: MerchantState, fields: Record<string, string>): Readonly<Transaction> {
  const subMchid = subMchidOf(fields);
  const id = optional(fields, 'transaction_id', 32);
  const no = optional(fields, 'out_trade_no', 32);
  if (!id && !no) throw new V2Refusal('缺少参数: transaction_id or out_trade_no is required');
  const tx = id ? ledger.orderById(merchant, id) : ledger.order(merchant, subMchid, no as string);
  if (!tx || tx.subMchid !== subMchid || (id && no && tx.outTradeNo !== no)) {
    throw new V2BusinessError('ORDERNOTEXIST', `no order with ${id ? `transaction_id ${id}` : `out_trade_no ${no}`} (此交易订单号不存在)`);
  }
  return tx;
}

const V2_STATE_DESC: Record<string, string> = { REFUND: '转入退款', CLOSED: '订单已关闭' };

function orderquery(ctx: RouteContext, req: V2Request): Record<string, string | undefined> {
  const tx = findOrder(ctx.ledger, req.merchant, req.fields);
  const paid = tx.successTime !== undefined;
  return {
    openid: tx.openid,
    is_subscribe: paid ? 'N' : undefined,
    trade_type: tx.tradeType,
    trade_state: tx.tradeState,
    bank_type: paid ? 'OTHERS' : undefined,
    total_fee: String(tx.total),
    fee_type: tx.currency,
    cash_fee: paid ? String(tx.total) : undefined,
    cash_fee_type: paid ? tx.currency : undefined,
    transaction_id: tx.transactionId,
    out_trade_no: tx.outTradeNo,
    attach: typeof tx.request.attach === 'string' ? tx.request.attach : undefined,
    time_end: paid ? cst(tx.successTime as number).compact : undefined,
    trade_state_desc: V2_STATE_DESC[tx.tradeState] ?? tx.tradeStateDesc,
  };
}

function closeorder(ctx: RouteContext, req: V2Request): Record<string, string | undefined> {
  required(req.fields, 'out_trade_no', 32);
  const tx = findOrder(ctx.ledger, req.merchant, { ...req.fields, transaction_id: '' });
  if (tx.tradeState === 'SUCCESS' || tx.tradeState === 'REFUND') throw new V2BusinessError('ORDERPAID', `order ${tx.outTradeNo} is paid and cannot be closed`);
  if (tx.tradeState === 'CLOSED') throw new V2BusinessError('ORDERCLOSED', `order ${tx.outTradeNo} is already closed`);
  ctx.ledger.closeOrder(req.merchant, tx);
  return { result_msg: 'OK' };
}

export const v2PayRoutes = [v2Route('/pay/unifiedorder', unifiedorder), v2Route('/pay/orderquery', orderquery), v2Route('/pay/closeorder', closeorder)];

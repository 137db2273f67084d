/**
 * APIv2 `pay/downloadbill`: the day's trade bill built from the emulator's own orders and refunds
 * (APIv2 and APIv3 alike), as the platform's CSV text — each value prefixed with a back-tick, then a
 * summary — or gzip-compressed with `tar_type=GZIP`. An unknown day answers the unsigned `<xml>` error
 * (`No Bill Exist`, error_code 20002), as the platform does.
 */
import { gzipSync } from 'node:zlib';
import type { RouteContext } from '../context';
import type { Refund, Transaction } from '../records';
import { cst, optional, refusal, required, V2Raw, v2Route, type V2Request } from './protocol';

const HEADER =
  '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注';
const SUMMARY = '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额';
const RATE = 0.006;
const BILL_TYPES = new Set(['ALL', 'SUCCESS', 'REFUND', 'RECHARGE_REFUND']);

function yuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

function fee(fen: number): number {
  return Math.round(fen * RATE);
}

function row(values: string[]): string {
  return values.map((v) => `\`${v}`).join(',');
}

function appidOf(tx: Transaction): string {
  return String(tx.request.appid ?? tx.request.sp_appid ?? '');
}

function tradeRow(tx: Transaction, mchid: string): string {
  return row([
    cst(tx.successTime as number).spaced,
    appidOf(tx),
    mchid,
    tx.subMchid || '0',
    '',
    tx.transactionId ?? '',
    tx.outTradeNo,
    tx.openid ?? '',
    tx.tradeType,
    'SUCCESS',
    'OTHERS',
    tx.currency,
    yuan(tx.total),
    '0.00',
    '0',
    '0',
    '0.00',
    '0.00',
    '',
    '',
    String(tx.request.description ?? ''),
    String(tx.request.attach ?? ''),
    yuan(fee(tx.total)),
    '0.60%',
    yuan(tx.total),
    '0.00',
    '',
  ]);
}

function refundRow(rf: Refund, tx: Transaction | undefined, mchid: string): string {
  return row([
    cst(rf.successTime ?? rf.createdAt).spaced,
    tx ? appidOf(tx) : '',
    mchid,
    rf.subMchid || '0',
    '',
    rf.transactionId,
    rf.outTradeNo,
    tx?.openid ?? '',
    tx?.tradeType ?? '',
    'REFUND',
    'OTHERS',
    rf.currency,
    '0.00',
    '0.00',
    rf.refundId,
    rf.outRefundNo,
    yuan(rf.refund),
    '0.00',
    'ORIGINAL',
    rf.status,
    tx ? String(tx.request.description ?? '') : '',
    '',
    `-${yuan(fee(rf.refund))}`,
    '0.60%',
    '0.00',
    yuan(rf.refund),
    '',
  ]);
}

function downloadbill(ctx: RouteContext, req: V2Request): V2Raw {
  const f = req.fields;
  const merchant = req.merchant;
  const date = required(f, 'bill_date', 32);
  const billType = optional(f, 'bill_type', 16) ?? 'ALL';
  const gzip = optional(f, 'tar_type', 8);
  const today = cst(ctx.now()).date;
  if (!/^\d{8}$/.test(date) || Number.isNaN(Date.parse(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}T00:00:00+08:00`)) || date > today) {
    return new V2Raw(refusal('invalid bill_date', { error_code: '20001' }));
  }
  if (!BILL_TYPES.has(billType)) return new V2Raw(refusal('invalid bill_type', { error_code: '20001' }));
  if (gzip !== undefined && gzip !== 'GZIP') return new V2Raw(refusal('invalid tar_type', { error_code: '20001' }));
  const orders = ctx.ledger.orders(merchant);
  const lines: string[] = [];
  let paid = 0;
  let refunded = 0;
  let fees = 0;
  if (billType === 'ALL' || billType === 'SUCCESS') {
    for (const tx of orders) {
      if (tx.successTime === undefined || cst(tx.successTime).date !== date) continue;
      lines.push(tradeRow(tx, merchant.mchid));
      paid += tx.total;
      fees += fee(tx.total);
    }
  }
  if (billType === 'ALL' || billType === 'REFUND') {
    for (const rf of ctx.ledger.refunds(merchant)) {
      if (cst(rf.successTime ?? rf.createdAt).date !== date) continue;
      lines.push(
        refundRow(
          rf,
          orders.find((t) => t.outTradeNo === rf.outTradeNo && t.subMchid === rf.subMchid),
          merchant.mchid,
        ),
      );
      refunded += rf.refund;
      fees -= fee(rf.refund);
    }
  }
  if (lines.length === 0) return new V2Raw(refusal('No Bill Exist', { error_code: '20002' }));
  const text = `${HEADER}\r\n${lines.join('\r\n')}\r\n${SUMMARY}\r\n${row([String(lines.length), yuan(paid), yuan(refunded), '0.00', yuan(fees), yuan(paid), yuan(refunded)])}\r\n`;
  if (gzip) {
    return new V2Raw({ status: 200, body: gzipSync(Buffer.from(text, 'utf8')), headers: { 'Content-Type': 'application/x-gzip' }, unsigned: true });
  }
  return new V2Raw({ status: 200, body: text, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, unsigned: true });
}

export const v2BillRoutes = [v2Route('/pay/downloadbill', downloadbill)];

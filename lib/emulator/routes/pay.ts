/**
 * Payments: prepay for native, jsapi, app and h5 (direct and partner), query by transaction_id
 * and out_trade_no, close. Orders are read from and changed through `ctx.ledger`.
 */
import { randomBytes } from 'node:crypto';
import type { RouteContext } from '../context';
import { Failure, invalidRequest, noAuth, notFound, paramError } from '../failure';
import type { MerchantState } from '../merchant';
import { fingerprint, transactionResource, type TradeType, type Transaction } from '../records';
import type { Route } from '../router';
import { type Json, optionalString, optionalTime, requireInteger, requireObject, requireString, requireTradeNo } from '../validate';

type Scene = 'native' | 'jsapi' | 'app' | 'h5';
const TRADE_TYPES: Record<Scene, TradeType> = { native: 'NATIVE', jsapi: 'JSAPI', app: 'APP', h5: 'MWEB' };

function stamp(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace(/[-T:]/g, '');
}

function answerFor(scene: Scene, prepayId: string): Json {
  switch (scene) {
    case 'native':
      return { code_url: `weixin://wxpay/bizpayurl?pr=${randomBytes(6).toString('base64url')}` };
    case 'h5':
      return { h5_url: `https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=${prepayId}&package=${randomBytes(5).readUInt32BE(0)}` };
    default:
      return { prepay_id: prepayId };
  }
}

function checkSigner(merchant: MerchantState, field: string, value: string): void {
  if (value !== merchant.mchid) throw noAuth(`${field} ${value} is not the merchant ${merchant.mchid} that signed the request.`);
}

function validateOrder(body: Json, scene: Scene, partner: boolean, merchant: MerchantState): { subMchid: string; openid: string | undefined } {
  let subMchid = '';
  let openid: string | undefined;
  if (partner) {
    requireString(body, 'sp_appid', 32);
    checkSigner(merchant, 'sp_mchid', requireString(body, 'sp_mchid', 32));
    subMchid = requireString(body, 'sub_mchid', 32);
    optionalString(body, 'sub_appid', 32);
  } else {
    const appid = requireString(body, 'appid', 32);
    checkSigner(merchant, 'mchid', requireString(body, 'mchid', 32));
    if (merchant.appids && !merchant.appids.includes(appid)) {
      throw new Failure(400, 'APPID_MCHID_NOT_MATCH', `appid ${appid} is not bound to merchant ${merchant.mchid}.`, { location: 'body', field: 'appid' });
    }
  }
  requireString(body, 'description', 127);
  requireTradeNo(requireString(body, 'out_trade_no', 32), 'out_trade_no');
  const notify = requireString(body, 'notify_url', 256);
  if (!/^https?:\/\/[^\s/?#]+[^\s?#]*$/.test(notify)) {
    throw paramError('notify_url', 'notify_url must be an absolute http(s) URL without a query string.', 'body', notify);
  }
  optionalString(body, 'attach', 128);
  optionalTime(body, 'time_expire');
  requireObject(body, 'amount');
  requireInteger(body, 'amount.total', 1, 100_000_000_00);
  const currency = optionalString(body, 'amount.currency', 16);
  if (currency !== undefined && currency !== 'CNY') throw paramError('amount.currency', 'amount.currency must be CNY.', 'body', currency);
  if (scene === 'jsapi') {
    requireObject(body, 'payer');
    if (partner) {
      const sp = optionalString(body, 'payer.sp_openid', 128);
      const sub = optionalString(body, 'payer.sub_openid', 128);
      if (!sp && !sub) throw paramError('payer.sp_openid', 'payer.sp_openid or payer.sub_openid is required.');
      if (sub && !optionalString(body, 'sub_appid', 32)) throw paramError('sub_appid', 'sub_appid is required with payer.sub_openid.');
      openid = sp ?? sub;
    } else {
      openid = requireString(body, 'payer.openid', 128);
    }
  }
  if (scene === 'h5') {
    requireString(body, 'scene_info.payer_client_ip', 45);
    requireString(body, 'scene_info.h5_info.type', 32);
  }
  return { subMchid, openid };
}

function prepay(scene: Scene, partner: boolean) {
  return (ctx: RouteContext) => {
    const body = ctx.json();
    const merchant = ctx.merchant;
    const { subMchid, openid } = validateOrder(body, scene, partner, merchant);
    const outTradeNo = body.out_trade_no as string;
    const print = `${scene}:${fingerprint(body)}`;
    const existing = ctx.ledger.order(merchant, subMchid, outTradeNo);
    if (existing) {
      if (existing.fingerprint !== print) throw invalidRequest(`out_trade_no ${outTradeNo} was already used for an order with different content.`);
      if (existing.tradeState === 'CLOSED') throw invalidRequest(`Order ${outTradeNo} is closed; place a new order with a new out_trade_no.`);
      if (existing.tradeState !== 'NOTPAY') throw invalidRequest(`Order ${outTradeNo} is already ${existing.tradeState}.`);
      return { body: existing.answer };
    }
    const now = ctx.now();
    const prepayId = `wx${stamp(now)}${randomBytes(13).toString('hex')}`;
    const tx = ctx.ledger.placeOrder(merchant, {
      kind: partner ? 'partner' : 'direct',
      tradeType: TRADE_TYPES[scene],
      mchid: merchant.mchid,
      subMchid,
      outTradeNo,
      request: body,
      fingerprint: print,
      answer: answerFor(scene, prepayId),
      prepayId,
      expiresAt: optionalTime(body, 'time_expire'),
      total: (body.amount as Json).total as number,
      currency: ((body.amount as Json).currency as string | undefined) ?? 'CNY',
      notifyUrl: body.notify_url as string,
      openid,
    });
    return { body: tx.answer };
  };
}

/** The order a query or close names, checking the merchant fields of a direct or partner call. */
function locate(ctx: RouteContext, partner: boolean, by: 'id' | 'out-trade-no', source: 'query' | 'body'): Readonly<Transaction> {
  const merchant = ctx.merchant;
  let subMchid = '';
  if (source === 'query') {
    if (partner) {
      checkSigner(merchant, 'sp_mchid', ctx.requireQuery('sp_mchid'));
      subMchid = ctx.requireQuery('sub_mchid');
    } else checkSigner(merchant, 'mchid', ctx.requireQuery('mchid'));
  } else {
    const body = ctx.json();
    if (partner) {
      checkSigner(merchant, 'sp_mchid', requireString(body, 'sp_mchid', 32));
      subMchid = requireString(body, 'sub_mchid', 32);
    } else checkSigner(merchant, 'mchid', requireString(body, 'mchid', 32));
  }
  const kind = partner ? 'partner' : 'direct';
  if (by === 'id') {
    const id = ctx.params.transaction_id as string;
    const tx = ctx.ledger.orderById(merchant, id);
    if (!tx || tx.kind !== kind || tx.subMchid !== subMchid) throw notFound(`No order with transaction_id ${id}.`, 'ORDER_NOT_EXIST');
    return tx;
  }
  const no = requireTradeNo(ctx.params.out_trade_no as string, 'out_trade_no', 'uri_template');
  const tx = ctx.ledger.order(merchant, subMchid, no);
  if (!tx || tx.kind !== kind) throw notFound(`No order with out_trade_no ${no}.`, 'ORDER_NOT_EXIST');
  return tx;
}

function query(partner: boolean, by: 'id' | 'out-trade-no') {
  return (ctx: RouteContext) => ({ body: transactionResource(locate(ctx, partner, by, 'query')) });
}

function close(partner: boolean) {
  return (ctx: RouteContext) => {
    const tx = locate(ctx, partner, 'out-trade-no', 'body');
    if (tx.tradeState === 'SUCCESS' || tx.tradeState === 'REFUND') throw invalidRequest(`Order ${tx.outTradeNo} is paid and cannot be closed.`);
    ctx.ledger.closeOrder(ctx.merchant, tx);
    return undefined;
  };
}

const SCENES: Scene[] = ['native', 'jsapi', 'app', 'h5'];

export const payRoutes: Route[] = [
  ...SCENES.map((s): Route => ({ method: 'POST', pattern: `/v3/pay/transactions/${s}`, handler: prepay(s, false) })),
  ...SCENES.map((s): Route => ({ method: 'POST', pattern: `/v3/pay/partner/transactions/${s}`, handler: prepay(s, true) })),
  { method: 'GET', pattern: '/v3/pay/transactions/id/{transaction_id}', handler: query(false, 'id') },
  { method: 'GET', pattern: '/v3/pay/transactions/out-trade-no/{out_trade_no}', handler: query(false, 'out-trade-no') },
  { method: 'POST', pattern: '/v3/pay/transactions/out-trade-no/{out_trade_no}/close', handler: close(false) },
  { method: 'GET', pattern: '/v3/pay/partner/transactions/id/{transaction_id}', handler: query(true, 'id') },
  { method: 'GET', pattern: '/v3/pay/partner/transactions/out-trade-no/{out_trade_no}', handler: query(true, 'out-trade-no') },
  { method: 'POST', pattern: '/v3/pay/partner/transactions/out-trade-no/{out_trade_no}/close', handler: close(true) },
];

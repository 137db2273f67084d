/**
 * The records the emulator keeps (orders, refunds, face collections) and the JSON the platform shows
 * for them. Notifications reuse these shapes as their decrypted `resource`.
 */

export type TradeState = 'NOTPAY' | 'SUCCESS' | 'CLOSED' | 'REFUND' | 'PAYERROR' | 'USERPAYING' | 'REVOKED';
export type TradeType = 'NATIVE' | 'JSAPI' | 'APP' | 'MWEB';
export type RefundStatus = 'PROCESSING' | 'SUCCESS' | 'CLOSED' | 'ABNORMAL';

export interface Transaction {
  /** `direct` for /v3/pay/transactions/…, `partner` for /v3/pay/partner/transactions/…. */
  kind: 'direct' | 'partner';
  tradeType: TradeType;
  /** The merchant that placed it (the service provider for partner orders). */
  mchid: string;
  /** Sub-merchant for partner orders, '' otherwise. */
  subMchid: string;
  outTradeNo: string;
  /** The request body as received: idempotency check, and the fields echoed by queries. */
  request: Record<string, unknown>;
  /** Canonical JSON of `request`, to tell a retry from a conflicting order. */
  fingerprint: string;
  /** The prepay answer, repeated for a retry with the same content. */
  answer: Record<string, unknown>;
  prepayId: string;
  transactionId: string | undefined;
  tradeState: TradeState;
  tradeStateDesc: string;
  /** Ms since epoch. */
  createdAt: number;
  expiresAt: number | undefined;
  successTime: number | undefined;
  total: number;
  currency: string;
  /** Sum of refunds that were not refused. */
  refunded: number;
  notifyUrl: string | undefined;
  /** The payer's openid (set at prepay for JSAPI, else at payment). */
  openid: string | undefined;
}

export interface Refund {
  mchid: string;
  subMchid: string;
  refundId: string;
  outRefundNo: string;
  transactionId: string;
  outTradeNo: string;
  request: Record<string, unknown>;
  fingerprint: string;
  status: RefundStatus;
  refund: number;
  total: number;
  currency: string;
  createdAt: number;
  successTime: number | undefined;
  /** When PROCESSING turns to SUCCESS (emulator time, ms). */
  settleAt: number;
  notifyUrl: string | undefined;
  reason: string | undefined;
  fundsAccount: string;
}

export interface FaceCollection {
  collection_id: string;
  use_id: string;
  organization_id: string;
  collection_state: 'COLLECTION_REQUIRED' | 'PHOTO_UPLOADED' | 'COMPLETE';
  register_photo_upload_time?: string;
  confirm_time?: string;
}

/** The organization the default face collections belong to. */
export const DEMO_ORGANIZATION_ID = 'ORG0000DEMO';

/** RFC 3339 in China Standard Time (+08:00), as the platform writes times. */
export function rfc3339(ms: number): string {
  const d = new Date(ms + 8 * 3_600_000);
  return `${d.toISOString().slice(0, 19)}+08:00`;
}

/** Canonical JSON (keys sorted at every level) for comparing request bodies. */
export function fingerprint(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(fingerprint).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${fingerprint(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const STATE_DESC: Record<TradeState, string> = {
  NOTPAY: '订单未支付',
  SUCCESS: '支付成功',
  CLOSED: '订单已关闭',
  REFUND: '转入退款',
  PAYERROR: '支付失败，请重新下单支付',
  USERPAYING: '用户支付中',
  REVOKED: '已撤销',
};

export function stateDescription(state: TradeState): string {
  return STATE_DESC[state];
}

function copy(from: Record<string, unknown>, keys: string[], to: Record<string, unknown>): void {
  for (const k of keys) if (from[k] !== undefined) to[k] = from[k];
}

/** The order as the query APIs (and TRANSACTION.* notifications) show it. */
export function transactionResource(tx: Transaction): Record<string, unknown> {
  const r = tx.request;
  const out: Record<string, unknown> = {};
  if (tx.kind === 'partner') copy(r, ['sp_appid', 'sp_mchid', 'sub_appid', 'sub_mchid'], out);
  else copy(r, ['appid', 'mchid'], out);
  out.out_trade_no = tx.outTradeNo;
  if (tx.transactionId) out.transaction_id = tx.transactionId;
  out.trade_type = tx.tradeType;
  out.trade_state = tx.tradeState;
  out.trade_state_desc = tx.tradeStateDesc;
  if (tx.successTime !== undefined) {
    out.bank_type = 'OTHERS';
    out.success_time = rfc3339(tx.successTime);
  }
  if (r.attach !== undefined) out.attach = r.attach;
  if (tx.openid !== undefined) {
    out.payer = tx.kind === 'partner' ? partnerPayer(r, tx.openid as string) : { openid: tx.openid };
  }
  const paid = tx.successTime !== undefined;
  out.amount = paid
    ? { total: tx.total, payer_total: tx.total, currency: tx.currency, payer_currency: tx.currency }
    : { total: tx.total, currency: tx.currency };
  return out;
}

function partnerPayer(r: Record<string, unknown>, openid: string): Record<string, unknown> {
  const p = (r.payer && typeof r.payer === 'object' ? r.payer : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  out.sp_openid = typeof p.sp_openid === 'string' ? p.sp_openid : openid;
  if (typeof p.sub_openid === 'string') out.sub_openid = p.sub_openid;
  return out;
}

/** The refund as the refund APIs (and REFUND.* notifications) show it. */
export function refundResource(rf: Refund): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (rf.subMchid) out.sub_mchid = rf.subMchid;
  Object.assign(out, {
    refund_id: rf.refundId,
    out_refund_no: rf.outRefundNo,
    transaction_id: rf.transactionId,
    out_trade_no: rf.outTradeNo,
    channel: 'ORIGINAL',
    user_received_account: '支付用户零钱',
    create_time: rfc3339(rf.createdAt),
    status: rf.status,
    funds_account: rf.fundsAccount,
    amount: {
      total: rf.total,
      refund: rf.refund,
      payer_total: rf.total,
      payer_refund: rf.refund,
      settlement_refund: rf.refund,
      settlement_total: rf.total,
      discount_refund: 0,
      currency: rf.currency,
      from: [],
    },
  });
  if (rf.successTime !== undefined) out.success_time = rfc3339(rf.successTime);
  return out;
}

/** A deterministic set of face collections for one organization (for paging demos). */
export function seedFaceCollections(count = 25, organizationId = DEMO_ORGANIZATION_ID, now = Date.now()): FaceCollection[] {
  const states: FaceCollection['collection_state'][] = ['COLLECTION_REQUIRED', 'PHOTO_UPLOADED', 'COMPLETE'];
  const out: FaceCollection[] = [];
  for (let i = 0; i < count; i += 1) {
    const state = states[i % 3] as FaceCollection['collection_state'];
    const item: FaceCollection = {
      collection_id: `FC${String(i + 1).padStart(18, '0')}`,
      use_id: `USER${String(1000 + i)}`,
      organization_id: organizationId,
      collection_state: state,
    };
    if (state !== 'COLLECTION_REQUIRED') item.register_photo_upload_time = rfc3339(now - (count - i) * 3_600_000);
    if (state === 'COMPLETE') item.confirm_time = rfc3339(now - (count - i) * 3_600_000 + 600_000);
    out.push(item);
  }
  return out;
}

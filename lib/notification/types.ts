/**
 * Shapes of APIv3 notifications: the envelope as it arrives (resource still encrypted) and the
 * verified event, whose `resource` is the decrypted object. Common events are typed through a
 * union on `event_type`; any other event comes back as {@link UntypedNotificationEvent}.
 *
 * The resources are written by hand: the generated order-query response type (lib/openapi) reuses the
 * order request's fields (`notify_url`, `description` required …), which a notification does not
 * carry. Its enumerations do fit and are reused.
 */
import type { TransactionTradeState, TransactionTradeType } from '../openapi/definitions';

/** The encrypted `resource` of an envelope. */
export interface EncryptedResource {
  /** Always `AEAD_AES_256_GCM` today. */
  algorithm: string;
  /** Base64 of ciphertext ‖ 16-byte tag. */
  ciphertext: string;
  /** The GCM nonce (12 characters). */
  nonce: string;
  /** GCM additional data, e.g. `transaction`, `refund`; may be empty. */
  associated_data?: string;
  /** Kind of the object inside, e.g. `transaction`, `refund`. */
  original_type?: string;
}

/** The JSON body of an APIv3 notification as it arrives. */
export interface NotificationEnvelope {
  /** Notification id, the same on every re-delivery: the key for de-duplication. */
  id: string;
  /** RFC 3339 time the notification was created. */
  create_time: string;
  event_type: string;
  /** `encrypt-resource`. */
  resource_type: string;
  summary?: string;
  resource: EncryptedResource;
}

/** A verified notification: the envelope with `resource` decrypted and parsed. */
export interface VerifiedNotification<E extends string, R> {
  id: string;
  create_time: string;
  event_type: E;
  resource_type: string;
  summary?: string;
  /** `resource.original_type` of the envelope (e.g. `transaction`). */
  original_type?: string;
  resource: R;
}

/** Trade states of a transaction (the generated enumeration). */
export type TradeState = TransactionTradeState;

/** Trade types (the generated enumeration). */
export type TradeType = TransactionTradeType;

/** A promotion (coupon) applied to a payment. */
export interface PromotionDetail {
  coupon_id: string;
  name?: string;
  scope?: 'GLOBAL' | 'SINGLE' | string;
  type?: 'CASH' | 'NOCASH' | string;
  amount: number;
  stock_id?: string;
  wechatpay_contribute?: number;
  merchant_contribute?: number;
  other_contribute?: number;
  currency?: string;
  goods_detail?: Array<{ goods_id: string; quantity: number; unit_price: number; discount_amount: number; goods_remark?: string }>;
}

/**
 * The resource of `TRANSACTION.SUCCESS` for a direct merchant (the same object as the order query
 * `GET v3/pay/transactions/id/{transaction_id}` answers). Amounts are in fen (cents).
 */
export interface TransactionResource {
  mchid: string;
  appid: string;
  out_trade_no: string;
  transaction_id: string;
  trade_type: TradeType;
  /** `SUCCESS` in a TRANSACTION.SUCCESS notification. */
  trade_state: TradeState;
  trade_state_desc: string;
  bank_type: string;
  attach?: string;
  /** RFC 3339 payment time. */
  success_time: string;
  payer: { openid: string };
  amount: { total: number; payer_total: number; currency: string; payer_currency: string };
  scene_info?: { device_id?: string };
  promotion_detail?: PromotionDetail[];
}

/** The resource of `TRANSACTION.SUCCESS` for a service provider (partner) merchant. */
export interface PartnerTransactionResource extends Omit<TransactionResource, 'mchid' | 'appid' | 'payer'> {
  sp_appid: string;
  sp_mchid: string;
  sub_appid?: string;
  sub_mchid: string;
  payer: { sp_openid?: string; sub_openid?: string };
}

/** Refund states. */
export type RefundStatus = 'SUCCESS' | 'CLOSED' | 'PROCESSING' | 'ABNORMAL';

/** The resource of `REFUND.SUCCESS`, `REFUND.ABNORMAL` and `REFUND.CLOSED`. Amounts in fen. */
export interface RefundResource {
  mchid: string;
  /** Partner (service provider) refunds carry these instead of `mchid`. */
  sp_mchid?: string;
  sub_mchid?: string;
  out_trade_no: string;
  transaction_id: string;
  out_refund_no: string;
  refund_id: string;
  refund_status: RefundStatus;
  /** RFC 3339 time the refund succeeded (REFUND.SUCCESS only). */
  success_time?: string;
  /** Where the money went back, e.g. `招商银行信用卡0403`. */
  user_received_account: string;
  amount: { total: number; refund: number; payer_total: number; payer_refund: number };
}

/** The resource of `COMPLAINT.CREATE` and `COMPLAINT.STATE_CHANGE`. */
export interface ComplaintResource {
  complaint_id: string;
  action_type: string;
  out_trade_no?: string;
  complaint_time?: string;
  amount?: number;
}

/** Typed resources by event type. */
export interface NotificationResources {
  'TRANSACTION.SUCCESS': TransactionResource;
  'REFUND.SUCCESS': RefundResource;
  'REFUND.ABNORMAL': RefundResource;
  'REFUND.CLOSED': RefundResource;
  'COMPLAINT.CREATE': ComplaintResource;
  'COMPLAINT.STATE_CHANGE': ComplaintResource;
}

/** Event types with a typed resource. */
export type KnownEventType = keyof NotificationResources;

/** The verified event of a known type. */
export type NotificationEventOf<E extends KnownEventType> = VerifiedNotification<E, NotificationResources[E]>;

export type TransactionSuccessEvent = NotificationEventOf<'TRANSACTION.SUCCESS'>;
export type RefundEvent = NotificationEventOf<'REFUND.SUCCESS' | 'REFUND.ABNORMAL' | 'REFUND.CLOSED'>;
export type ComplaintEvent = NotificationEventOf<'COMPLAINT.CREATE' | 'COMPLAINT.STATE_CHANGE'>;

/** Any other event: the resource is the decrypted JSON object, untyped. */
export type UntypedNotificationEvent = VerifiedNotification<string, Record<string, unknown>>;

/**
 * What `Notification.parse` resolves with. Narrow with `Notification.is(event, 'TRANSACTION.SUCCESS')`
 * (comparing `event_type` alone cannot exclude the untyped member).
 */
export type NotificationEvent = { [E in KnownEventType]: NotificationEventOf<E> }[KnownEventType] | UntypedNotificationEvent;

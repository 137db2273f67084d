/**
 * APIv2 pay-sign helpers: the parameters a JSAPI page (`WeixinJSBridge` / `wx.requestPayment`) or an
 * APP SDK needs after `pay/unifiedorder`, signed with the APIv2 key. For APIv3 orders the sign is
 * RSA instead (`Rsa.sign`), not these.
 */
import { Formatter } from '../crypto/formatter';
import type { SignType } from '../crypto/hash';
import { signV2, verifyV2, type SignInput } from './signature';

/** What `wx.requestPayment` / `WeixinJSBridge.invoke('getBrandWCPayRequest', …)` takes. */
export interface JsapiPayParams {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: SignType;
  paySign: string;
}

/** What the APP SDK's `PayReq` takes. */
export interface AppPayParams {
  appid: string;
  partnerid: string;
  prepayid: string;
  package: string;
  noncestr: string;
  timestamp: string;
  sign: string;
}

/** Fix the otherwise random/current values (tests, or re-signing stored parameters). */
export interface PaySignExtras {
  /** Unix seconds; default now. */
  timestamp?: string | number;
  /** Default a fresh 32-character nonce. */
  nonce?: string;
}

export const V2PaySign = {
  /**
   * JSAPI / mini-program parameters for an APIv2 `prepay_id`. `signType` must be the one the unified
   * order was placed with (default MD5).
   * @example V2PaySign.jsapi({ appId: 'wx8888888888888888', prepayId: res.data.prepay_id }, secret)
   */
  jsapi(order: { appId: string; prepayId: string }, secret: string, signType: SignType = 'MD5', extras: PaySignExtras = {}): JsapiPayParams {
    const params = {
      appId: order.appId,
      timeStamp: String(extras.timestamp ?? Formatter.timestamp()),
      nonceStr: extras.nonce ?? Formatter.nonce(),
      package: `prepay_id=${order.prepayId}`,
      signType,
    };
    return { ...params, paySign: signV2(params, signType, secret) };
  },

  /**
   * APP parameters for an APIv2 `prepayid` (`partnerid` is the merchant id). `package` is the fixed
   * `Sign=WXPay`.
   */
  app(order: { appid: string; partnerid: string; prepayid: string }, secret: string, signType: SignType = 'MD5', extras: PaySignExtras = {}): AppPayParams {
    const params = {
      appid: order.appid,
      partnerid: order.partnerid,
      prepayid: order.prepayid,
      package: 'Sign=WXPay',
      noncestr: extras.nonce ?? Formatter.nonce(),
      timestamp: String(extras.timestamp ?? Formatter.timestamp()),
    };
    return { ...params, sign: signV2(params, signType, secret) };
  },

  /** The APIv2 sign of any flat fields (sorted by name bytes, `sign` and empty values left out). */
  sign(fields: SignInput, secret: string, signType: SignType = 'MD5'): string {
    return signV2(fields, signType, secret);
  },

  /**
   * Check `data.sign` (a notification, a stored answer) in constant time; its type is told by its
   * length. False when it is missing or does not match.
   */
  verify(data: Record<string, unknown>, secret: string): boolean {
    return verifyV2(data, secret);
  },
};

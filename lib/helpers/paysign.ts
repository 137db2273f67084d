/**
 * Client-side invoke parameters (APIv3) built from a prepay answer: JSAPI / mini-program
 * (`wx.requestPayment`, `WeixinJSBridge`) and APP (OpenSDK `PayReq`). Each is signed with the
 * merchant's private key, SHA256-RSA PKCS#1 v1.5 (not PSS), over the fields joined by `\n`.
 */
import { ArgumentError } from '../errors';
import { Formatter } from '../crypto/formatter';
import { type KeyLike, Rsa } from '../crypto/rsa';
import type { Signer } from '../request/sign';

/** A prepay answer (`{ prepay_id }`), or the prepay id itself. */
export type Prepay = string | { prepay_id: string };

/** What `wx.requestPayment` / `WeixinJSBridge.invoke('getBrandWCPayRequest')` take. */
export interface JsapiParams {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA';
  paySign: string;
}

/** What the APP OpenSDK's `PayReq` takes. */
export interface AppParams {
  appid: string;
  partnerid: string;
  prepayid: string;
  package: 'Sign=WXPay';
  noncestr: string;
  timestamp: string;
  sign: string;
}

interface Common {
  /** Unix seconds (default now). */
  timestamp?: number | string;
  /** Random string (default 32 characters). */
  nonce?: string;
}

export interface JsapiInput extends Common {
  /** The AppID the prepay order was made for (公众号 / 小程序). */
  appId: string;
  prepay: Prepay;
}

export interface AppInput extends Common {
  /** The mobile app's AppID. */
  appid: string;
  /** The merchant id (mchid; sub_mchid for partner orders where the docs say so). */
  partnerid: string;
  prepay: Prepay;
}

function prepayId(prepay: Prepay): string {
  const id = typeof prepay === 'string' ? prepay : prepay?.prepay_id;
  if (typeof id !== 'string' || !id) throw new ArgumentError('PaySign: pass the prepay answer ({ prepay_id }) or the prepay_id string.');
  return id;
}

function stamp(common: Common): { timestamp: string; nonce: string } {
  const timestamp = String(common.timestamp ?? Formatter.timestamp());
  if (!/^\d{1,12}$/.test(timestamp)) throw new ArgumentError(`PaySign: timestamp must be Unix seconds, got "${timestamp}".`);
  const nonce = common.nonce ?? Formatter.nonce(32);
  if (typeof nonce !== 'string' || !nonce) throw new ArgumentError('PaySign: nonce must be a non-empty string.');
  return { timestamp, nonce };
}

function jsapiFields(input: JsapiInput): { params: Omit<JsapiParams, 'paySign'>; message: string } {
  if (typeof input?.appId !== 'string' || !input.appId) throw new ArgumentError('PaySign.jsapi: appId is required.');
  const { timestamp, nonce } = stamp(input);
  const pkg = `prepay_id=${prepayId(input.prepay)}`;
  return {
    params: { appId: input.appId, timeStamp: timestamp, nonceStr: nonce, package: pkg, signType: 'RSA' },
    message: Formatter.joinedByLineFeed(input.appId, timestamp, nonce, pkg),
  };
}

function appFields(input: AppInput): { params: Omit<AppParams, 'sign'>; message: string } {
  if (typeof input?.appid !== 'string' || !input.appid) throw new ArgumentError('PaySign.app: appid is required.');
  if (typeof input.partnerid !== 'string' || !input.partnerid) throw new ArgumentError('PaySign.app: partnerid (the mchid) is required.');
  const { timestamp, nonce } = stamp(input);
  const id = prepayId(input.prepay);
  return {
    params: { appid: input.appid, partnerid: input.partnerid, prepayid: id, package: 'Sign=WXPay', noncestr: nonce, timestamp },
    message: Formatter.joinedByLineFeed(input.appid, timestamp, nonce, id),
  };
}

async function signWith(signer: Signer, message: string): Promise<string> {
  const signature = await signer(message);
  if (typeof signature !== 'string' || !signature) throw new ArgumentError('PaySign: the signer returned no signature (expected a base64 string).');
  return signature;
}

export const PaySign = {
  /**
   * JSAPI / mini-program parameters, signed over `appId\ntimeStamp\nnonceStr\npackage\n`.
   *
   * ```ts
   * const { data } = await client.v3.pay.transactions.jsapi.post({ json: order });
   * wx.requestPayment(PaySign.jsapi({ appId, prepay: data, privateKey }));
   * ```
   */
  jsapi(input: JsapiInput & { privateKey: KeyLike }): JsapiParams {
    const { params, message } = jsapiFields(input);
    return { ...params, paySign: Rsa.sign(message, input.privateKey) };
  },

  /** The mini-program spelling of {@link PaySign.jsapi} (same fields, same signature). */
  miniProgram(input: JsapiInput & { privateKey: KeyLike }): JsapiParams {
    return PaySign.jsapi(input);
  },

  /** {@link PaySign.jsapi} with a remote signer (HSM/KMS). */
  async jsapiAsync(input: JsapiInput & { signer: Signer }): Promise<JsapiParams> {
    const { params, message } = jsapiFields(input);
    return { ...params, paySign: await signWith(input.signer, message) };
  },

  /** APP parameters, signed over `appid\ntimestamp\nnoncestr\nprepayid\n`. */
  app(input: AppInput & { privateKey: KeyLike }): AppParams {
    const { params, message } = appFields(input);
    return { ...params, sign: Rsa.sign(message, input.privateKey) };
  },

  /** {@link PaySign.app} with a remote signer (HSM/KMS). */
  async appAsync(input: AppInput & { signer: Signer }): Promise<AppParams> {
    const { params, message } = appFields(input);
    return { ...params, sign: await signWith(input.signer, message) };
  },
};

/**
 * Gateway check of an APIv3 request, in the order the platform reports problems: the Authorization
 * scheme and fields, the merchant, its certificate serial, the timestamp window, the signature over
 * `METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n` (raw target, raw body), and nonce reuse.
 */
import { verify } from 'node:crypto';
import { signError } from './failure';
import type { MerchantState } from './merchant';

export const AUTH_SCHEME = 'WECHATPAY2-SHA256-RSA2048';

export interface AuthorizationFields {
  mchid: string;
  nonce_str: string;
  timestamp: string;
  serial_no: string;
  signature: string;
}

const FIELDS: Array<keyof AuthorizationFields> = ['mchid', 'nonce_str', 'timestamp', 'serial_no', 'signature'];

/** Parse `WECHATPAY2-SHA256-RSA2048 k="v",…`; throws SIGN_ERROR naming what is wrong. */
export function parseAuthorization(header: string | undefined): AuthorizationFields {
  if (header === undefined || header === '') throw signError('The Authorization header is missing.');
  const space = header.indexOf(' ');
  const scheme = space < 0 ? header : header.slice(0, space);
  if (scheme !== AUTH_SCHEME) {
    throw signError(`The Authorization scheme "${scheme.slice(0, 40)}" is not supported; expected ${AUTH_SCHEME}.`);
  }
  const found: Partial<Record<string, string>> = {};
  const rest = header.slice(space + 1);
  const re = /\s*([A-Za-z_]+)="([^"]*)"\s*(,|$)/y;
  let at = 0;
  while (at < rest.length) {
    re.lastIndex = at;
    const m = re.exec(rest);
    if (!m) throw signError(`The Authorization parameters are malformed near "${rest.slice(at, at + 20)}"; expected key="value" pairs separated by commas.`);
    const key = m[1] as string;
    if (found[key] !== undefined) throw signError(`The Authorization parameter ${key} appears twice.`);
    found[key] = m[2] as string;
    at = re.lastIndex;
    if (m[3] === '') break;
  }
  const missing = FIELDS.filter((f) => !found[f]);
  if (missing.length) throw signError(`The Authorization header lacks ${missing.join(', ')}.`);
  return found as unknown as AuthorizationFields;
}

export interface RequestToCheck {
  method: string;
  /** The raw request target (path and query, exactly as received). */
  target: string;
  authorization: string | undefined;
  /** The signed body: the raw body, or the `meta` part of an upload. */
  body: Buffer;
}

export interface CheckSettings {
  /** Merchant lookup by mchid. */
  merchant(mchid: string): MerchantState | undefined;
  /** Emulator time, ms. */
  now: number;
  /** Allowed |now − timestamp| in seconds (300). */
  maxSkew: number;
}

/** Check the request; returns the signing merchant or throws a 401 SIGN_ERROR {@link Failure}. */
export function checkRequest(req: RequestToCheck, settings: CheckSettings): { merchant: MerchantState; auth: AuthorizationFields } {
  const auth = parseAuthorization(req.authorization);
  const merchant = settings.merchant(auth.mchid);
  if (!merchant) throw signError(`The merchant ${auth.mchid} (mchid in Authorization) is not registered.`);
  if (auth.serial_no.toUpperCase() !== merchant.serial) {
    throw signError(`serial_no ${auth.serial_no} is not the API certificate serial of merchant ${auth.mchid}.`);
  }
  if (merchant.certificate) {
    const notAfter = Date.parse(merchant.certificate.validTo);
    if (notAfter < settings.now)
      throw signError(`The API certificate ${merchant.serial} of merchant ${auth.mchid} expired at ${merchant.certificate.validTo}.`);
  }
  if (!/^\d{1,12}$/.test(auth.timestamp)) throw signError(`timestamp "${auth.timestamp}" is not a Unix time in seconds.`);
  const nowSec = Math.floor(settings.now / 1000);
  const skew = Number(auth.timestamp) - nowSec;
  if (Math.abs(skew) > settings.maxSkew) {
    throw signError(
      `timestamp ${auth.timestamp} is ${Math.abs(skew)}s ${skew < 0 ? 'behind' : 'ahead of'} the server time ${nowSec}; at most ${settings.maxSkew}s is allowed.`,
    );
  }
  const message = Buffer.concat([Buffer.from(`${req.method}\n${req.target}\n${auth.timestamp}\n${auth.nonce_str}\n`, 'utf8'), req.body, Buffer.from('\n')]);
  let ok = false;
  try {
    ok = verify('sha256', message, merchant.verifyKey, Buffer.from(auth.signature, 'base64'));
  } catch {
    ok = false;
  }
  if (!ok) {
    throw signError(
      `The signature does not verify with the certificate ${merchant.serial} over "${req.method}\\n${req.target}\\n${auth.timestamp}\\n${auth.nonce_str}\\n<body of ${req.body.length} bytes>\\n".`,
    );
  }
  // Remember the nonce only once the signature proved the request genuine.
  const until = settings.now + 2 * settings.maxSkew * 1000;
  if (!merchant.useNonce(auth.nonce_str, settings.now, until)) {
    throw signError(`nonce_str ${auth.nonce_str} was already used; a request must not be replayed.`);
  }
  return { merchant, auth };
}

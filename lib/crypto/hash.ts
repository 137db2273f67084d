/**
 * Hash helpers of the APIv2 protocol. `Hash.sign` throws on an unknown sign type instead of
 * returning null (which wechatpay-php turns into an unsigned request).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { ArgumentError } from '../errors';

export type SignType = 'MD5' | 'HMAC-SHA256';

export const Hash = {
  ALGO_MD5: 'MD5' as const,
  ALGO_HMAC_SHA256: 'HMAC-SHA256' as const,

  /** Lowercase hex MD5 of `thing`, with `&key=<key>` (or `&secret=<key>` when `agency`) appended when a key is given. */
  md5(thing: string | Buffer, key = '', agency: boolean | number | string = false): string {
    const h = createHash('md5').update(thing);
    if (key) h.update(`${agency ? '&secret=' : '&key='}${key}`);
    return h.digest('hex');
  },

  /** Lowercase hex HMAC of `thing + '&key=' + key` keyed with `key` (the APIv2 construction). */
  hmac(thing: string | Buffer, key: string, algorithm = 'sha256'): string {
    if (!key) throw new ArgumentError('Hash.hmac: the key must not be empty.');
    return createHmac(algorithm, key).update(thing).update(`&key=${key}`).digest('hex');
  },

  /** Constant-time comparison; false when `user` is missing. */
  equals(known: string, user?: string | null): boolean {
    if (user === undefined || user === null) return false;
    const a = Buffer.from(known, 'utf8');
    const b = Buffer.from(user, 'utf8');
    if (a.length !== b.length) {
      timingSafeEqual(a, a);
      return false;
    }
    return timingSafeEqual(a, b);
  },

  /** Uppercase APIv2 signature of an already built `k=v&…` string. */
  sign(type: string, data: string, key: string): string {
    if (type === 'MD5') return Hash.md5(data, key).toUpperCase();
    if (type === 'HMAC-SHA256') return Hash.hmac(data, key, 'sha256').toUpperCase();
    throw new ArgumentError(`Hash.sign: unsupported sign_type "${type}"; use "MD5" or "HMAC-SHA256".`);
  },
};

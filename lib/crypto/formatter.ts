/**
 * String builders of the protocol, with wechatpay-php's names and argument order.
 */
import { randomBytes } from 'node:crypto';
import { ArgumentError } from '../errors';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

// CSPRNG bytes drawn in blocks: one randomBytes() call serves many nonces.
let pool = Buffer.alloc(0);
let poolAt = 0;
function randomByte(): number {
  if (poolAt >= pool.length) {
    pool = randomBytes(4096);
    poolAt = 0;
  }
  const b = pool[poolAt] as number;
  pool[poolAt] = 0;
  poolAt += 1;
  return b;
}

/** Where a nonce's characters are written before they become a string (reused: the string is a copy). */
const SCRATCH = Buffer.alloc(64);

/** A scalar as the protocol writes it: `true` → `1`, `false`/`null`/`undefined` → `''`. */
export type Scalar = string | number | boolean | null | undefined;

function text(value: Scalar): string {
  if (value === true) return '1';
  if (value === false || value === null || value === undefined) return '';
  return String(value);
}

/** Compare two strings by their UTF-8 bytes (PHP `strcmp`, `SORT_STRING`). */
export function byteCompare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

export const Formatter = {
  /**
   * A random string of `size` characters from [0-9A-Za-z], drawn from a CSPRNG. Rejection sampling
   * keeps every character equally likely (wechatpay-php's `b % 62` is slightly biased).
   */
  nonce(size = 32): string {
    if (!Number.isInteger(size) || size < 1) throw new ArgumentError('Formatter.nonce: size must be a positive integer.');
    // written into bytes and decoded once: appending a character at a time would build a new string per character
    const out = size <= SCRATCH.length ? SCRATCH : Buffer.allocUnsafe(size);
    let n = 0;
    while (n < size) {
      const b = randomByte();
      if (b < 248) out[n++] = BASE62.charCodeAt(b % 62);
    }
    return out.toString('latin1', 0, size);
  },

  /** Unix time in seconds. */
  timestamp(): number {
    return Math.floor(Date.now() / 1000);
  },

  /**
   * The APIv3 `Authorization` header value. Argument order follows wechatpay-php; the output order is
   * mchid, serial_no, timestamp, nonce_str, signature.
   */
  authorization(mchid: string, nonce: string, signature: string, timestamp: string | number, serial: string): string {
    return `WECHATPAY2-SHA256-RSA2048 mchid="${mchid}",serial_no="${serial}",timestamp="${timestamp}",nonce_str="${nonce}",signature="${signature}"`;
  },

  /** Canonical request string: `METHOD\nURI\nTIMESTAMP\nNONCE\nBODY\n`. */
  request(method: string, uri: string, timestamp: string | number, nonce: string, body = ''): string {
    return Formatter.joinedByLineFeed(method, uri, timestamp, nonce, body);
  },

  /** Canonical response/notification string: `TIMESTAMP\nNONCE\nBODY\n`. */
  response(timestamp: string | number, nonce: string, body = ''): string {
    return Formatter.joinedByLineFeed(timestamp, nonce, body);
  },

  /** Each piece followed by `\n`; no pieces gives `''`. */
  joinedByLineFeed(...pieces: Scalar[]): string {
    let out = '';
    for (const piece of pieces) out += `${text(piece)}\n`;
    return out;
  },

  /** A copy of `data` with keys in byte order (case-sensitive, like PHP `SORT_STRING`). */
  ksort<T>(data: Record<string, T>): Record<string, T> {
    const keys = Object.keys(data).sort(byteCompare);
    // A Map would keep order for integer-like keys too; callers of the v2 signer use entries().
    const out: Record<string, T> = {};
    for (const k of keys) out[k] = data[k] as T;
    return out;
  },

  /**
   * `k=v&…` in the given order (sort first with {@link Formatter.ksort}), without URL-encoding, dropping
   * the `sign` key and `null`/`undefined`/`''` values. `false` is kept as `k=` (as wechatpay-php does).
   */
  queryStringLike(data: Record<string, Scalar> | Array<[string, Scalar]>): string {
    const entries = Array.isArray(data) ? data : Object.entries(data);
    const parts: string[] = [];
    for (const [k, v] of entries) {
      if (k === 'sign' || v === null || v === undefined || v === '') continue;
      parts.push(`${k}=${text(v)}`);
    }
    return parts.join('&');
  },
};

/** Entries sorted in byte order; safe for integer-like keys, which plain objects reorder. */
export function sortedEntries<T>(data: Record<string, T>): Array<[string, T]> {
  return Object.entries(data).sort((a, b) => byteCompare(a[0], b[0]));
}

/**
 * The APIv2 signature: fields sorted by the bytes of their names, `sign` and empty values left out,
 * joined as `k=v&…` without encoding, then `&key=<secret>` appended and hashed (MD5 or
 * HMAC-SHA256, upper-case hex). Unknown sign types and unusable secrets throw: never an unsigned call.
 */
import { ArgumentError, ConfigError } from '../errors';
import { byteCompare } from '../crypto/formatter';
import { Hash, type SignType } from '../crypto/hash';

/** Anything with `[name, value]` pairs: a Fields list, a record, a Map. */
export type SignInput = Iterable<readonly [string, unknown]> | Record<string, unknown>;

function pairs(data: SignInput): Array<readonly [string, unknown]> {
  if (data instanceof Map) return [...(data as Map<string, unknown>).entries()];
  if (Symbol.iterator in Object(data) && typeof (data as Iterable<unknown>)[Symbol.iterator] === 'function') {
    return [...(data as Iterable<readonly [string, unknown]>)];
  }
  return Object.entries(data as Record<string, unknown>);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Byte order of the UTF-8 names. UTF-16 code-unit order is the same except around surrogate pairs
 * (characters above U+FFFF), which fall back to comparing the bytes.
 */
function nameOrder(a: string, b: string): number {
  if (SURROGATE.test(a) || SURROGATE.test(b)) return byteCompare(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function text(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '';
  throw new ArgumentError(`The field ${name} is not text (${Array.isArray(value) ? 'array' : typeof value}); APIv2 signatures cover flat text fields only.`);
}

/** The string that is signed: `k=v` pairs in byte order of the names, no `sign`, no empty values. */
export function canonicalString(data: SignInput): string {
  const list: Array<[string, string]> = [];
  for (const [name, value] of pairs(data)) {
    if (name === 'sign') continue;
    const v = text(name, value);
    if (v === undefined || v === '') continue;
    list.push([name, v]);
  }
  list.sort((a, b) => nameOrder(a[0], b[0]));
  return list.map(([k, v]) => `${k}=${v}`).join('&');
}

/** Check a sign type before anything is sent. */
export function assertSignType(type: string): asserts type is SignType {
  if (type !== 'MD5' && type !== 'HMAC-SHA256') {
    throw new ArgumentError(`Unsupported sign_type ${JSON.stringify(type)}: APIv2 signs with "MD5" or "HMAC-SHA256" (exact spelling).`);
  }
}

/** Check the APIv2 key: exactly 32 bytes. */
export function assertSecret(secret: unknown): asserts secret is string {
  if (typeof secret !== 'string' || Buffer.byteLength(secret) !== 32) {
    throw new ConfigError(
      'secret',
      `The APIv2 key (\`secret\`) must be a 32-character string${typeof secret === 'string' ? `, got ${Buffer.byteLength(secret)} bytes` : ''}; refusing to send an unsigned or badly signed request.`,
    );
  }
}

/** Sign APIv2 fields with the APIv2 key. */
export function signV2(data: SignInput, type: string, secret: string): string {
  assertSignType(type);
  assertSecret(secret);
  return Hash.sign(type, canonicalString(data), secret);
}

/** The sign type of an answer, told by the sign's length (64 hex → HMAC-SHA256, else MD5). */
export function signTypeOf(sign: string): SignType {
  return sign.length === 64 ? 'HMAC-SHA256' : 'MD5';
}

/**
 * Check a received `sign` (answer or notification) in constant time. False when the sign is missing
 * or not text, or when a field is not flat text (nested elements are not covered by APIv2 signing).
 */
export function verifyV2(data: Record<string, unknown>, secret: string): boolean {
  const sign = data.sign;
  if (typeof sign !== 'string' || !sign) return false;
  let expected: string;
  try {
    expected = signV2(data, signTypeOf(sign), secret);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    return false;
  }
  return Hash.equals(expected, sign);
}

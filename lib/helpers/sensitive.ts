/**
 * Sensitive fields (names, ID numbers, phone numbers, bank accounts …): encrypted with the platform's
 * key, RSAES-OAEP with SHA-1/MGF1-SHA-1, and sent with `Wechatpay-Serial` naming that very key. Both
 * come out of one call, so a ciphertext made with one key can never travel with another key's serial
 * (the platform rejects a public-key ciphertext sent with a certificate serial, and vice versa).
 * Answers' sensitive fields are decrypted with the merchant's private key.
 */
import type { KeyObject } from 'node:crypto';
import { ArgumentError, CryptoError } from '../errors';
import { findHeader } from '../request/headers';
import { type KeyEntry, KeyStore } from '../crypto/keystore';
import { type KeyLike, Rsa } from '../crypto/rsa';
import type { Driver } from '../request/driver';

/** Where the key comes from: a client, its driver, a key store, or one explicit key. */
export type EncryptionKeys = { getDriver(): Driver } | Driver | KeyStore | { serial: string; publicKey: KeyLike };

/** Options of {@link Sensitive.encrypt}. */
export interface EncryptOptions {
  /** Use this serial / `PUB_KEY_ID_…` from the store instead of the preferred one. */
  serial?: string;
  /** Headers to merge into (their `Wechatpay-Serial`, if any, must name the same key). */
  headers?: Record<string, string | number | undefined>;
  /** Clock for choosing a valid certificate (ms since epoch). */
  now?: number;
}

/** The request options {@link Sensitive.encrypt} returns: spread them into a verb's options. */
export interface EncryptedRequest<T> {
  json: T;
  headers: Record<string, string>;
  /** The serial or `PUB_KEY_ID_…` of the key every field was encrypted with (not enumerable, so `...spread` skips it). */
  readonly serial: string;
}

type Step = { key: string } | { each: true };

/** Parse `a.b[].c` / `a.b.*.c` / `a[0].b` into steps. */
function parsePath(path: string): Step[] {
  if (typeof path !== 'string' || !path)
    throw new ArgumentError(
      'Sensitive: every field path must be a non-empty string such as "contact_info.contact_name" or "transfer_detail_list[].user_name".',
    );
  const steps: Step[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d*\])*)$/.exec(part);
    if (!m) throw new ArgumentError(`Sensitive: cannot read the field path "${path}".`);
    if (m[1] === '*') steps.push({ each: true });
    else if (m[1]) steps.push({ key: m[1] });
    for (const idx of (m[2] ?? '').match(/\[(\d*)\]/g) ?? []) {
      const n = idx.slice(1, -1);
      steps.push(n === '' ? { each: true } : { key: n });
    }
  }
  return steps;
}

/** Apply `fn` to every string found at `steps` under `node` (missing branches are skipped). */
function visit(node: unknown, steps: Step[], path: string, fn: (value: string, where: string) => string, where = ''): void {
  if (node === null || typeof node !== 'object') return;
  const [step, ...rest] = steps;
  if (!step) return;
  const container = node as Record<string, unknown>;
  const keys = 'each' in step ? (Array.isArray(node) ? node.map((_, i) => String(i)) : Object.keys(container)) : [step.key];
  for (const key of keys) {
    if (!(key in container)) continue;
    const here = Array.isArray(node) ? `${where}[${key}]` : where ? `${where}.${key}` : key;
    const value = container[key];
    if (rest.length) {
      visit(value, rest, path, fn, here);
      continue;
    }
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string')
      throw new ArgumentError(`Sensitive: the field ${here} (path "${path}") must be a string to be encrypted/decrypted, got ${typeof value}.`);
    container[key] = fn(value, here);
  }
}

function keyStoreOf(keys: EncryptionKeys): KeyStore | undefined {
  if (keys instanceof KeyStore) return keys;
  const k = keys as { getDriver?: unknown; keystore?: unknown };
  if (typeof k.getDriver === 'function') return (k.getDriver as () => Driver)().keystore;
  if (k.keystore instanceof KeyStore) return k.keystore;
  return undefined;
}

/** The one key (and its serial) every field of a request is encrypted with. */
export function encryptionKey(keys: EncryptionKeys, options: EncryptOptions = {}): { serial: string; key: KeyObject | KeyLike } {
  const explicit = keys as { serial?: unknown; publicKey?: unknown };
  if (typeof explicit.serial === 'string' && explicit.publicKey !== undefined) {
    return { serial: explicit.serial, key: explicit.publicKey as KeyLike };
  }
  const store = keyStoreOf(keys);
  if (!store) throw new ArgumentError('Sensitive: pass the client, its key store, or { serial, publicKey }.');
  let entry: KeyEntry | undefined;
  if (options.serial !== undefined) {
    entry = store.entry(options.serial);
    if (!entry) throw new ArgumentError(`Sensitive: the key store has no key ${options.serial} (it has ${store.serials().join(', ') || 'none'}).`);
  } else {
    entry = store.preferred(options.now ?? Date.now());
    if (!entry) throw new ArgumentError('Sensitive: the key store holds no valid platform certificate or public key to encrypt with.');
  }
  return { serial: entry.serial, key: entry.key };
}

function clone<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}

export const Sensitive = {
  /**
   * Encrypt the fields at `paths` of a copy of `body` with one platform key and return
   * `{ json, headers }` whose `Wechatpay-Serial` names that key:
   *
   * ```ts
   * await client.v3.transfer.batches.post({ ...Sensitive.encrypt(client, body, ['transfer_detail_list[].user_name']) });
   * ```
   *
   * Paths are dot-separated; `[]` or `*` walks every element of an array; missing fields are skipped.
   */
  encrypt<T>(keys: EncryptionKeys, body: T, paths: string[], options: EncryptOptions = {}): EncryptedRequest<T> {
    const { serial, key } = encryptionKey(keys, options);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(options.headers ?? {})) if (v !== undefined) headers[k] = String(v);
    const existing = findHeader(headers, 'Wechatpay-Serial');
    if (existing !== undefined && headers[existing] !== serial) {
      throw new ArgumentError(
        `Sensitive: the headers already name Wechatpay-Serial ${headers[existing]}, but the fields are encrypted with ${serial}; one request must use one key.`,
      );
    }
    if (existing !== undefined) delete headers[existing];
    headers['Wechatpay-Serial'] = serial;
    const json = clone(body);
    for (const path of paths) {
      visit(json, parsePath(path), path, (value, where) => {
        try {
          return Rsa.encrypt(value, key as KeyLike);
        } catch (err) {
          throw new CryptoError(`Sensitive: encrypting ${where} with ${serial} failed: ${(err as Error).message}`, { cause: err });
        }
      });
    }
    const out = { json, headers } as EncryptedRequest<T>;
    // Not enumerable: spreading the result into a verb's options must add only json and headers.
    Object.defineProperty(out, 'serial', { value: serial, enumerable: false });
    return out;
  },

  /** Encrypt one value; returns the ciphertext and the serial to send with it. */
  encryptValue(keys: EncryptionKeys, value: string, options: EncryptOptions = {}): { ciphertext: string; serial: string } {
    const { serial, key } = encryptionKey(keys, options);
    return { ciphertext: Rsa.encrypt(value, key as KeyLike), serial };
  },

  /** Decrypt the fields at `paths` of a copy of an answer's data with the merchant's private key. */
  decrypt<T>(privateKey: KeyLike, data: T, paths: string[]): T {
    const key = Rsa.from(privateKey, 'private');
    const out = clone(data);
    for (const path of paths) {
      visit(out, parsePath(path), path, (value, where) => {
        try {
          return Rsa.decrypt(value, key);
        } catch (err) {
          throw new CryptoError(`Sensitive: the field ${where} does not decrypt with the merchant private key (was it encrypted for this merchant?).`, {
            cause: err,
          });
        }
      });
    }
    return out;
  },
};

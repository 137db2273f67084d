/**
 * What a notification arrives as: headers in whatever shape the framework keeps them, and the raw
 * body. A body that a framework already parsed cannot be verified (the signature covers the exact
 * bytes sent), so it is refused with directions for getting the raw bytes instead.
 */
import { ConfigError } from '../errors';
import { getHeader } from '../request/headers';
import { KeyStore } from '../crypto/keystore';
import type { KeyLike } from '../crypto/rsa';
import { NotificationError } from './errors';

/**
 * Request headers: a plain object (any letter case; Node's `IncomingHttpHeaders` included), a
 * Fetch `Headers`, or a `Map`.
 */
export type NotificationHeaders =
  Record<string, string | string[] | number | undefined> | Map<string, string | string[]> | { get(name: string): string | null };

/** Where the verification keys come from: the same shapes `Builder.factory({ certs })` takes. */
export type CertsOption = Record<string, KeyLike> | Map<string, KeyLike> | KeyStore;

/** Read one header whatever the container and letter case; arrays give their first value. */
export function headerOf(headers: NotificationHeaders | undefined, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  if (headers instanceof Map) {
    const lower = name.toLowerCase();
    for (const [k, v] of headers) {
      if (typeof k === 'string' && k.toLowerCase() === lower) return Array.isArray(v) ? (v.length ? String(v[0]) : undefined) : String(v);
    }
    return undefined;
  }
  const get = (headers as { get?: unknown }).get;
  if (typeof get === 'function') {
    // Fetch Headers (and look-alikes) are case-insensitive themselves.
    const v: unknown = (get as (n: string) => unknown).call(headers, name);
    return v === null || v === undefined ? undefined : String(v);
  }
  return getHeader(headers, name);
}

const HOW_TO_GET_RAW = [
  'Pass the raw body (string or Buffer) exactly as it arrived: the signature covers those bytes, and a parsed-then-re-serialised body',
  'differs (key order, spaces, escapes) so it can never verify.',
  'Express: mount the handler before express.json(), or use express.raw({ type: "application/json" }) on that route,',
  'or keep the bytes with express.json({ verify: (req, res, buf) => { req.rawBody = buf } }).',
  'Koa: read the stream with raw-body, or use @koa/bodyparser / koa-bodyparser and pass ctx.request.rawBody.',
  'Fastify: register a content type parser with { parseAs: "buffer" } (Notification.fastify does this inside its own scope).',
  "node:http: collect the request's data chunks into a Buffer.",
].join(' ');

/** The raw body bytes, or a {@link NotificationError} explaining how to get them. */
export function rawBodyOf(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  const what = body === undefined || body === null ? 'no body' : `a parsed ${Array.isArray(body) ? 'array' : typeof body}`;
  throw new NotificationError('BODY_NOT_RAW', `Notification body: got ${what}. ${HOW_TO_GET_RAW}`);
}

/** The help text of {@link rawBodyOf}, for adapters that detect a consumed stream themselves. */
export function rawBodyHelp(): string {
  return HOW_TO_GET_RAW;
}

/** The APIv3 key as 32 bytes, or a {@link ConfigError} naming `apiv3Key`. */
export function apiv3KeyOf(key: unknown): Buffer {
  const bytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : Buffer.isBuffer(key) ? key : undefined;
  if (!bytes)
    throw new ConfigError(
      'apiv3Key',
      `\`apiv3Key\` (the APIv3 key set in the merchant platform) must be a 32-byte string or Buffer, got ${key === null ? 'null' : typeof key}.`,
    );
  if (bytes.length !== 32) {
    throw new ConfigError(
      'apiv3Key',
      `\`apiv3Key\` must be exactly 32 bytes (the APIv3 key, not the APIv2 key nor the certificate serial), got ${bytes.length}.`,
    );
  }
  return bytes;
}

/** Stores built from plain `certs` objects/Maps, reused while their entries are the same values. */
const built = new WeakMap<object, { entries: Array<[string, unknown]>; store: KeyStore }>();

function sameEntries(a: Array<[string, unknown]>, b: Array<[string, unknown]>): boolean {
  return a.length === b.length && a.every(([k, v], i) => b[i]?.[0] === k && b[i]?.[1] === v);
}

/**
 * A {@link KeyStore} from the `certs` option. A given store is used as is (so refreshes are shared);
 * a plain object or Map is loaded once and reused until one of its entries changes.
 */
export function keystoreOf(certs: unknown): KeyStore {
  if (certs instanceof KeyStore) return certs;
  if (!certs || typeof certs !== 'object') {
    throw new ConfigError(
      'certs',
      "`certs` is required: the platform certificates / WeChat Pay public keys by serial or PUB_KEY_ID_… (the client's store is client.getDriver().keystore).",
    );
  }
  const entries: Array<[string, unknown]> = certs instanceof Map ? Array.from(certs as Map<string, unknown>) : Object.entries(certs);
  const cached = built.get(certs);
  if (cached && sameEntries(cached.entries, entries)) return cached.store;
  const store = new KeyStore(entries as Array<[string, KeyLike]>);
  if (store.size === 0) throw new ConfigError('certs', '`certs` is empty: add the platform certificate(s) or the WeChat Pay public key (PUB_KEY_ID_…).');
  built.set(certs, { entries, store });
  return store;
}

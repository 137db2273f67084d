/**
 * File downloads (bills, statements, images, e-invoices): a signed GET whose unsigned answer is
 * streamed through pull-based stages — count and hash what arrives, decrypt (sub-merchant bills),
 * gunzip, hash the plain bytes — and ends with an error instead of `end` when a check fails.
 * Memory stays flat whatever the file's size: nothing is buffered beyond one chunk per stage.
 */
import { createDecipheriv, createHash, getHashes, type Hash } from 'node:crypto';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { IncomingMessage } from 'node:http';
import type { AxiosResponseHeaders, RawAxiosResponseHeaders } from 'axios';
import type { Driver } from '../request/driver';
import { WechatpayError } from '../errors';
import { getHeader } from '../request/headers';
import { type KeyLike, Rsa } from '../crypto/rsa';
import { DownloadError } from './errors';

/** What an "apply for a bill" answer (or any file answer) says about the file. */
export interface FileDescriptor {
  /** Absolute URL (or a path under the client's base URL) of the file. */
  download_url: string;
  /** `SHA1` (bills), `SHA256` or `SM3`. */
  hash_type?: string;
  /** Hex digest of the plain file (after gunzip and decryption). */
  hash_value?: string;
  /** Sub-merchant fund-flow bills: the AES key, RSA-OAEP encrypted with the merchant's public key (base64). */
  encrypt_key?: string;
  /** Sub-merchant fund-flow bills: the AES-GCM nonce. */
  nonce?: string;
  /** Sub-merchant fund-flow bills: order of the file among the parts of one bill. */
  bill_sequence?: number;
}

/** Options of every download helper. */
export interface DownloadOptions {
  /**
   * Gunzip the file: `true`, `false`, or `'auto'` (default) which looks at the gzip magic bytes.
   * A `tar_type=GZIP` bill is gzip; every other file passes through unchanged.
   */
  gunzip?: boolean | 'auto';
  /**
   * Which bytes `hash_value` covers: `'plain'` (default: after decryption and gunzip, as the platform
   * documents "原始账单（gzip需要解压缩）的摘要值") or `'received'` (the bytes as they arrived).
   */
  hashOf?: 'plain' | 'received';
  /** The expected digest when downloading by URL (a descriptor's `hash_type`/`hash_value` win). */
  hash?: { type: string; value: string };
  /** Merchant API private key: decrypts `encrypt_key` of sub-merchant fund-flow bills. */
  privateKey?: KeyLike;
  /** The already decrypted AES key of an encrypted bill (instead of `privateKey`). */
  key?: string | Buffer;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Abort the download. */
  signal?: AbortSignal;
  /** Milliseconds until the answer begins, then of silence, before giving up (`timeout`). */
  timeout?: number;
  /** Largest file accepted, in plain bytes (after decryption and gunzip); default: no limit. */
  maxContentLength?: number;
}

/** A downloaded file as a stream; it errors with a {@link DownloadError} if any check fails at the end. */
export type DownloadStream = Readable & {
  /** The answer's headers (Content-Type, Content-Length …). */
  readonly headers: Record<string, string>;
  /** The URL without its query (the query holds the download token). */
  readonly url: string;
};

/** A client built by `Builder.factory`, or its driver. */
export type ClientLike = { getDriver(): Driver } | Driver;

export function driverOf(client: ClientLike): Driver {
  const candidate = client as { getDriver?: unknown };
  if (typeof candidate.getDriver === 'function') return (candidate.getDriver as () => Driver)();
  if (client && typeof (client as Driver).request === 'function' && (client as Driver).keystore) return client as Driver;
  throw new WechatpayError('Pass the client from Builder.factory (or its getDriver()).');
}

const HASHES: Record<string, string> = { SHA1: 'sha1', 'SHA-1': 'sha1', SHA256: 'sha256', 'SHA-256': 'sha256', SM3: 'sm3', MD5: 'md5' };

function hashAlgorithm(type: string, url: string): string {
  const algorithm = HASHES[type.toUpperCase()];
  if (!algorithm || !getHashes().includes(algorithm)) {
    throw new DownloadError(
      'BAD_DESCRIPTOR',
      `Unsupported hash_type "${type}"${algorithm ? ` (this Node's OpenSSL lacks ${algorithm})` : ''}; expected SHA1, SHA256 or SM3.`,
      url,
    );
  }
  return algorithm;
}

/** The URL without its query string: the token in it must not end up in logs or error messages. */
export function redact(url: string): string {
  const i = url.search(/[?#]/);
  return i < 0 ? url : `${url.slice(0, i)}?…`;
}

function asBuffer(chunk: unknown): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk as Uint8Array);
}

/** What the stages tell each other. */
interface StageState {
  transformed: boolean;
  /** False while the gunzip stage is still peeking at the first bytes to decide. */
  decided: boolean;
}

/** Stage 1: what arrived, counted and optionally hashed; a broken connection becomes INTERRUPTED. */
async function* received(
  source: AsyncIterable<unknown>,
  url: string,
  length: number | undefined,
  hash: Hash | undefined,
  state: StageState,
): AsyncGenerator<Buffer> {
  let bytes = 0;
  try {
    for await (const chunk of source) {
      const b = asBuffer(chunk);
      bytes += b.length;
      yield b;
      // Hashed after the next stage has seen it: by then it knows whether the bytes change on the
      // way (gunzip, decryption). When they do not, the plain digest is the same and this is skipped.
      // While gunzip still peeks at the first bytes (they may come in several chunks) it is
      // undecided, so those are hashed anyway: the digest is only read when the bytes changed.
      if (state.transformed || !state.decided) hash?.update(b);
    }
  } catch (err) {
    if (err instanceof WechatpayError) throw err;
    throw new DownloadError(
      'INTERRUPTED',
      `The download of ${url} broke off after ${bytes} bytes${length !== undefined ? ` of ${length}` : ''}: ${(err as Error).message}`,
      url,
      { cause: err },
    );
  }
  if (length !== undefined && bytes !== length) {
    throw new DownloadError('INTERRUPTED', `The download of ${url} ended after ${bytes} of the announced ${length} bytes.`, url);
  }
}

/** Stage 2 (encrypted bills): AEAD_AES_256_GCM, the 16-byte tag being the last bytes of the file. */
async function* decrypt(source: AsyncIterable<Buffer>, key: Buffer, nonce: Buffer, url: string): AsyncGenerator<Buffer> {
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  let held: Buffer = Buffer.alloc(0);
  for await (const chunk of source) {
    const all = held.length ? Buffer.concat([held, chunk]) : chunk;
    if (all.length <= 16) {
      held = all;
      continue;
    }
    held = Buffer.from(all.subarray(all.length - 16));
    const out = decipher.update(all.subarray(0, all.length - 16));
    if (out.length) yield out;
  }
  if (held.length < 16) throw new DownloadError('DECRYPT', `The encrypted file ${url} is shorter than its 16-byte authentication tag.`, url);
  try {
    decipher.setAuthTag(held);
    const last = decipher.final();
    if (last.length) yield last;
  } catch (err) {
    throw new DownloadError('DECRYPT', `The encrypted file ${url} does not decrypt: wrong key or altered bytes (${(err as Error).message}).`, url, {
      cause: err,
    });
  }
}

/** Optional stage: a file larger than `limit` plain bytes ends with TOO_LARGE as soon as it passes the limit. */
async function* bounded(source: AsyncIterable<Buffer>, limit: number, url: string): AsyncGenerator<Buffer> {
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > limit) throw new DownloadError('TOO_LARGE', `The file ${url} is larger than maxContentLength (${limit} bytes).`, url);
    yield chunk;
  }
}

/** Stage 3: gunzip (`'auto'` peeks at the first two bytes for the gzip magic 1f 8b). */
async function* gunzip(source: AsyncIterable<Buffer>, mode: boolean | 'auto', url: string, state: StageState): AsyncGenerator<Buffer> {
  const it = source[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < 2) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    first.push(next.value);
    size += next.value.length;
  }
  const head = Buffer.concat(first);
  const isGzip = head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
  state.transformed ||= mode !== false && isGzip;
  state.decided = true;
  if (mode === true && !isGzip) {
    throw new DownloadError('GUNZIP', `The file ${url} was expected to be gzip (tar_type=GZIP) but does not start with the gzip magic bytes.`, url);
  }
  async function* rest(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    if (done) return;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  if (mode === false || !isGzip) {
    yield* rest();
    return;
  }
  const unzip = createGunzip({ chunkSize: 64 * 1024 });
  const out = pipeline(Readable.from(rest(), { objectMode: false }), unzip, () => {
    /* errors surface through iteration */
  });
  try {
    for await (const chunk of out) yield chunk as Buffer;
  } catch (err) {
    if (err instanceof WechatpayError) throw err;
    throw new DownloadError('GUNZIP', `The gzip file ${url} is corrupt or cut short: ${(err as Error).message}`, url, { cause: err });
  }
}

/** Stage 4: hash the plain bytes and compare at the end. */
async function* checked(
  source: AsyncIterable<Buffer>,
  url: string,
  expect: { algorithm: string; value: string; over: 'plain' | 'received' } | undefined,
  receivedHash: Hash | undefined,
  state: StageState,
): AsyncGenerator<Buffer> {
  const plain = expect ? createHash(expect.algorithm) : undefined;
  for await (const chunk of source) {
    plain?.update(chunk);
    yield chunk;
  }
  if (!expect) return;
  const want = expect.value.toLowerCase();
  const plainDigest = (plain as Hash).digest('hex');
  // Unchanged bytes on the way: what arrived is what was hashed as plain.
  const receivedDigest = state.transformed ? receivedHash?.digest('hex') : plainDigest;
  const got = expect.over === 'plain' ? plainDigest : (receivedDigest ?? plainDigest);
  if (got === want) return;
  const other = expect.over === 'plain' ? receivedDigest : plainDigest;
  const hint =
    other !== undefined && other === want
      ? ` The ${expect.over === 'plain' ? 'received (compressed/encrypted)' : 'plain'} bytes do match: pass hashOf: '${expect.over === 'plain' ? 'received' : 'plain'}'.`
      : '';
  throw new DownloadError(
    'HASH_MISMATCH',
    `The file ${url} does not match its ${expect.algorithm} hash_value ${want} (got ${got}); it was altered, truncated or is not the file that was applied for.${hint}`,
    url,
  );
}

function aesKey(descriptor: FileDescriptor, options: DownloadOptions, url: string): Buffer | undefined {
  if (options.key !== undefined) {
    // 32 raw bytes are the key itself; other Buffers hold its text (32 characters, or base64).
    if (Buffer.isBuffer(options.key) && options.key.length === 32) return options.key;
    return keyBytes(typeof options.key === 'string' ? options.key : options.key.toString('utf8'), url);
  }
  if (!descriptor.encrypt_key) return undefined;
  if (options.privateKey === undefined) {
    throw new DownloadError(
      'BAD_DESCRIPTOR',
      `The file ${url} is encrypted (encrypt_key): pass the merchant privateKey (or the decrypted key) to decrypt it.`,
      url,
    );
  }
  let text: string;
  try {
    text = Rsa.decrypt(descriptor.encrypt_key, options.privateKey);
  } catch (err) {
    throw new DownloadError('DECRYPT', `The encrypt_key of ${url} does not decrypt with the given merchant privateKey.`, url, { cause: err });
  }
  return keyBytes(text, url);
}

/** The AES-256 key as 32 bytes: taken as text when it is 32 characters, else as base64 of 32 bytes. */
function keyBytes(text: string, url: string): Buffer {
  const raw = Buffer.from(text, 'utf8');
  if (raw.length === 32) return raw;
  const b64 = Buffer.from(text, 'base64');
  if (b64.length === 32) return b64;
  throw new DownloadError('DECRYPT', `The bill key of ${url} is neither 32 bytes of text nor base64 of 32 bytes.`, url);
}

function plainHeaders(headers: RawAxiosResponseHeaders | AxiosResponseHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  const source = (typeof (headers as { toJSON?: unknown }).toJSON === 'function' ? (headers as { toJSON(): unknown }).toJSON() : headers) as Record<
    string,
    unknown
  >;
  for (const [k, v] of Object.entries(source)) if (v !== undefined && v !== null) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  return out;
}

/**
 * Download a file as a stream. `target` is a descriptor from an "apply" answer (`download_url`,
 * `hash_type`, `hash_value`, …) or a URL/path string. The GET is signed; its answer is accepted
 * unsigned only because the path is one of the platform's unsigned download paths. The stream ends
 * only after every check passed; otherwise it errors with a {@link DownloadError}.
 */
export async function openDownload(client: ClientLike, target: FileDescriptor | string, options: DownloadOptions = {}): Promise<DownloadStream> {
  const driver = driverOf(client);
  const descriptor: FileDescriptor = typeof target === 'string' ? { download_url: target } : target;
  if (!descriptor || typeof descriptor.download_url !== 'string' || !descriptor.download_url) {
    throw new DownloadError('BAD_DESCRIPTOR', 'The download needs a download_url (pass the "apply" answer\'s data, or a URL).');
  }
  const url = redact(descriptor.download_url);
  const type = descriptor.hash_type ?? (descriptor.hash_value ? 'SHA1' : options.hash?.type);
  const value = descriptor.hash_value ?? options.hash?.value;
  const expect = type && value ? { algorithm: hashAlgorithm(type, url), value, over: options.hashOf ?? 'plain' } : undefined;
  const key = aesKey(descriptor, options, url);
  if (key && !descriptor.nonce) throw new DownloadError('BAD_DESCRIPTOR', `The encrypted file ${url} comes without its nonce.`, url);
  const response = await driver.request('GET', descriptor.download_url, {
    responseType: 'stream',
    ...(options.headers ? { headers: options.headers } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
  });
  const body = response.data;
  const source: AsyncIterable<unknown> = body instanceof Readable ? body : Readable.from([asBuffer(body ?? Buffer.alloc(0))]);
  const headers = plainHeaders(response.headers);
  const lengthHeader = getHeader(headers, 'content-length');
  // Content-Length counts the bytes on the wire; axios may have decoded a Content-Encoding already.
  const length = lengthHeader !== undefined && /^\d+$/.test(lengthHeader) && body instanceof IncomingMessage ? Number(lengthHeader) : undefined;
  const receivedHash = expect ? createHash(expect.algorithm) : undefined;
  const state: StageState = { transformed: key !== undefined, decided: key !== undefined };
  let stage: AsyncIterable<Buffer> = received(source, url, length, receivedHash, state);
  if (key) stage = decrypt(stage, key, Buffer.from(descriptor.nonce as string, 'utf8'), url);
  stage = gunzip(stage, options.gunzip ?? 'auto', url, state);
  if (options.maxContentLength !== undefined && options.maxContentLength > -1) stage = bounded(stage, options.maxContentLength, url);
  stage = checked(stage, url, expect, receivedHash, state);
  const stream = Readable.from(stage, { objectMode: false, highWaterMark: 64 * 1024 }) as DownloadStream;
  // A consumer that stops early (break, destroy) must not leave the answer half-read on its socket:
  // the stages do not always pass the stop down to the response, so it is closed here.
  if (body instanceof Readable)
    stream.once('close', () => {
      if (!body.readableEnded) body.destroy();
    });
  Object.defineProperty(stream, 'headers', { value: headers, enumerable: true });
  Object.defineProperty(stream, 'url', { value: url, enumerable: true });
  return stream;
}

/**
 * Verify step (APIv3): every 2xx answer must carry the four `Wechatpay-*` headers, a timestamp within
 * the allowed skew, a known serial and a valid SHA256-RSA signature over `TIMESTAMP\nNONCE\nBODY\n`
 * computed on the raw bytes received. Only the catalogue's unsigned download paths are exempt
 * (lib/endpoints/unsigned.ts).
 */
import { createHash, createVerify, type KeyObject, verify as rsaVerify } from 'node:crypto';
import { Readable } from 'node:stream';
import type { AxiosResponse } from 'axios';
import { SignatureError } from '../errors';
import { getHeader } from './headers';
import type { KeyStore } from '../crypto/keystore';
import type { Call, Step } from './call';
import { callbackStep } from './attempt';
import { callsInFlight } from './sign';
import { isUnsignedPath } from '../endpoints/unsigned';

export const SIGNATURE_TYPE = 'WECHATPAY2-SHA256-RSA2048';

export interface SignedMessage {
  timestamp: string | undefined;
  nonce: string | undefined;
  signature: string | undefined;
  serial: string | undefined;
  signatureType?: string | undefined;
  body: Buffer;
}

export interface CheckOptions {
  keystore: KeyStore;
  /** Milliseconds since epoch. */
  now: number;
  /** Allowed |now − timestamp| in seconds (default 300). */
  maxSkew?: number;
}

/** The header, type and clock checks; returns the serial to look up. */
function precheck(msg: SignedMessage, opts: CheckOptions, response: AxiosResponse | undefined): string {
  if (msg.timestamp === undefined || msg.nonce === undefined || msg.signature === undefined || msg.serial === undefined) {
    const missing = (['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial'] as const).filter(
      (_, i) => [msg.timestamp, msg.nonce, msg.signature, msg.serial][i] === undefined,
    );
    throw new SignatureError('MISSING_HEADER', `The answer lacks the header(s) ${missing.join(', ')}; it cannot be trusted.`, response);
  }
  if (msg.signatureType !== undefined && msg.signatureType !== SIGNATURE_TYPE) {
    throw new SignatureError('BAD_SIGNATURE_TYPE', `Unsupported Wechatpay-Signature-Type "${msg.signatureType}" (expected ${SIGNATURE_TYPE}).`, response);
  }
  const ts = msg.timestamp;
  const maxSkew = opts.maxSkew ?? 300;
  const nowSec = Math.floor(opts.now / 1000);
  if (!/^\d{1,12}$/.test(ts) || Math.abs(nowSec - Number(ts)) > maxSkew) {
    throw new SignatureError(
      'CLOCK_SKEW',
      `Wechatpay-Timestamp "${ts}" is more than ${maxSkew}s away from local time ${nowSec}; check the clock (NTP) or a replay.`,
      response,
    );
  }
  return msg.serial;
}

/** Bodies above this are fed to the verifier piecewise instead of being copied into one message. */
const COPY_LIMIT = 64 * 1024;

/** RSA-SHA256 over `TIMESTAMP\nNONCE\nBODY\n`; a large body is not copied (one copy of it in memory). */
function verifyMessage(msg: SignedMessage, key: KeyObject): boolean {
  const signature = Buffer.from(msg.signature as string, 'base64');
  if (msg.body.length > COPY_LIMIT) {
    return createVerify('sha256').update(`${msg.timestamp}\n${msg.nonce}\n`, 'utf8').update(msg.body).update('\n').verify(key, signature);
  }
  return rsaVerify('sha256', signedBytes(msg), key, signature);
}

/** The signed message in one buffer, written once (no intermediate pieces). */
function signedBytes(msg: SignedMessage): Buffer {
  const head = `${msg.timestamp}\n${msg.nonce}\n`;
  const size = Buffer.byteLength(head, 'utf8');
  const out = Buffer.allocUnsafe(size + msg.body.length + 1);
  out.write(head, 0, 'utf8');
  msg.body.copy(out, size);
  out[out.length - 1] = 0x0a;
  return out;
}

function badSignature(serial: string, response: AxiosResponse | undefined): SignatureError {
  return new SignatureError(
    'BAD_SIGNATURE',
    `The signature of the answer does not verify with the key of ${serial}; the body or headers were altered.`,
    response,
  );
}

function failedWith(serial: string, err: unknown, response: AxiosResponse | undefined): SignatureError {
  return new SignatureError('BAD_SIGNATURE', `Verifying with the key of ${serial} failed: ${(err as Error).message}`, response, { cause: err });
}

/** The signature check itself, with the key found for `serial` (or none). */
function verifyWith(msg: SignedMessage, serial: string, key: KeyObject | undefined, opts: CheckOptions, response: AxiosResponse | undefined): string {
  if (!key) {
    const known = opts.keystore.serials();
    throw new SignatureError(
      'UNKNOWN_SERIAL',
      `Wechatpay-Serial "${serial}" is not among the configured keys (${known.length ? known.join(', ') : 'none'}).`,
      response,
    );
  }
  let ok = false;
  try {
    ok = verifyMessage(msg, key);
  } catch (err) {
    throw failedWith(serial, err, response);
  }
  if (!ok) throw badSignature(serial, response);
  return serial;
}

/**
 * The check with a key in hand (or none: an unknown serial). With `offThread`, RSA runs on the libuv
 * threadpool (crypto.verify's callback form): the ~50 µs of work leaves the event loop, which keeps
 * serving the other calls in flight; large bodies stay on the streaming path here (they are not
 * copied into one message). `done` hears the outcome of the threadpool; a failure here throws.
 */
function checkKey(
  msg: SignedMessage,
  serial: string,
  key: KeyObject | undefined,
  opts: CheckOptions,
  response: AxiosResponse | undefined,
  offThread: boolean,
  done: (err: SignatureError | undefined) => void,
): void {
  if (!offThread || !key || msg.body.length > COPY_LIMIT) {
    verifyWith(msg, serial, key, opts, response);
    done(undefined);
    return;
  }
  try {
    const data = signedBytes(msg);
    const signature = Buffer.from(msg.signature as string, 'base64');
    rsaVerify('sha256', data, key, signature, (err, ok) => done(err ? failedWith(serial, err, response) : ok ? undefined : badSignature(serial, response)));
  } catch (err) {
    throw failedWith(serial, err, response);
  }
}

/** {@link checkKey} once the key of `serial` is known: looked up, or first fetched by the key store's refresher. */
function checkSerial(
  msg: SignedMessage,
  serial: string,
  opts: CheckOptions,
  response: AxiosResponse | undefined,
  offThread: boolean,
  done: (err: unknown) => void,
): void {
  const key = opts.keystore.get(serial);
  if (key) {
    checkKey(msg, serial, key, opts, response, offThread, done);
    return;
  }
  opts.keystore
    .resolve(serial)
    .then(
      (resolved) =>
        new Promise<void>((resolve, reject) => checkKey(msg, serial, resolved, opts, response, offThread, (err) => (err ? reject(err) : resolve()))),
    )
    .then(() => done(undefined), done);
}

/**
 * Like {@link checkSignature}, but synchronous when the serial is already known and the check is not
 * sent to the threadpool; it returns a promise otherwise.
 */
export function checkSignatureNow(msg: SignedMessage, opts: CheckOptions, response?: AxiosResponse, offThread = false): string | Promise<string> {
  const serial = precheck(msg, opts, response);
  const key = opts.keystore.get(serial);
  if (key && !offThread) return verifyWith(msg, serial, key, opts, response);
  return new Promise<string>((resolve, reject) => checkSerial(msg, serial, opts, response, offThread, (err) => (err ? reject(err) : resolve(serial))));
}

/**
 * Check a signed message (a response or a notification). Throws a {@link SignatureError}; returns
 * the serial that verified it.
 */
export async function checkSignature(msg: SignedMessage, opts: CheckOptions, response?: AxiosResponse): Promise<string> {
  return checkSignatureNow(msg, opts, response);
}

/** Read a stream whole, refusing more than `limit` bytes. */
async function drain(stream: Readable, limit: number, response: AxiosResponse): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += b.length;
    if (size > limit) {
      stream.destroy();
      throw new SignatureError(
        'BAD_SIGNATURE',
        `The answer is larger than ${limit} bytes (maxContentLength); refusing to buffer it for verification.`,
        response,
      );
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

export interface VerifierOptions {
  keystore: KeyStore;
  clock: () => number;
  maxSkew?: number;
}

/** The raw bytes of an answer whose data is not a stream. */
function bytesOf(data: unknown): Buffer {
  return Buffer.isBuffer(data)
    ? data
    : data instanceof ArrayBuffer
      ? Buffer.from(data)
      : Buffer.from(typeof data === 'string' ? data : data === undefined || data === null ? '' : JSON.stringify(data), 'utf8');
}

/**
 * The `verifier` step of the APIv3 flow: checks the answer's signature over `call.body`, the raw
 * bytes that arrived: on the libuv threadpool while other calls are in flight (like signing), else
 * synchronously (unless the key store must be refreshed first). A signed answer
 * asked for as a stream is read (within `maxContentLength`) and verified before it is handed over.
 */
export function createVerifyStep(opts: VerifierOptions): Step {
  return callbackStep('verifier', (call, outcome) => {
    const response = call.response as AxiosResponse;
    const target = call.target ?? new URL(String(response.config.url)).pathname;
    const q = target.indexOf('?');
    const pathname = q < 0 ? target : target.slice(0, q);
    const sha1 = pathname.endsWith('/statements') ? getHeader(response.headers, 'Wechatpay-Statement-Sha1') : undefined;
    if (sha1 === undefined && (call.unsigned ?? isUnsignedPath(pathname))) {
      outcome.next();
      return;
    }
    if (call.body === undefined && response.data instanceof Readable) {
      const limit = call.maxContentLength > -1 ? call.maxContentLength : Infinity;
      drain(response.data, limit, response)
        .then(
          (body) =>
            new Promise<void>((resolve, reject) => {
              call.body = body;
              response.data = Readable.from([body]);
              check(call, response, body, sha1, (err) => (err ? reject(err) : resolve()));
            }),
        )
        .then(
          () => outcome.next(),
          (err: unknown) => outcome.fail(err),
        );
      return;
    }
    const body = call.body ?? (call.body = bytesOf(response.data));
    check(call, response, body, sha1, (err) => (err ? outcome.fail(err) : outcome.next()));
  });

  function check(call: Call, response: AxiosResponse, body: Buffer, sha1: string | undefined, done: (err: unknown) => void): void {
    let signed = body;
    if (sha1 !== undefined) {
      // Overseas statements sign {"sha1":"…"} instead of the CSV; check the digest too.
      if (createHash('sha1').update(body).digest('hex').toLowerCase() !== sha1.toLowerCase()) {
        throw new SignatureError('BAD_SIGNATURE', 'The statement body does not match its Wechatpay-Statement-Sha1 digest.', response);
      }
      signed = Buffer.from(JSON.stringify({ sha1 }), 'utf8');
    }
    const h = response.headers;
    const msg: SignedMessage = {
      timestamp: getHeader(h, 'wechatpay-timestamp'),
      nonce: getHeader(h, 'wechatpay-nonce'),
      signature: getHeader(h, 'wechatpay-signature'),
      serial: getHeader(h, 'wechatpay-serial'),
      signatureType: getHeader(h, 'wechatpay-signature-type'),
      body: signed,
    };
    const checkOpts: CheckOptions = { keystore: opts.keystore, now: opts.clock(), maxSkew: opts.maxSkew };
    // with other calls in flight, off the event loop, unless the process signs on it anyway: a
    // synchronous signer keeps the main thread busy with RSA, and handing the (cheaper) check to a
    // pool thread would then cost more CPU in thread hand-overs than it frees
    const offThread = callsInFlight.count > 1 && !call.signedInline;
    checkSerial(msg, precheck(msg, checkOpts, response), checkOpts, response, offThread, done);
  }
}

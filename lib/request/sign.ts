/**
 * Sign step (APIv3): the Authorization header over `METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n`,
 * computed from the final URL and the exact body bytes that axios will send.
 */
import type { KeyObject } from 'node:crypto';
import { sign as rsaSign } from 'node:crypto';
import { Formatter } from '../crypto/formatter';
import { ArgumentError, CryptoError } from '../errors';
import type { AttemptConfig, Call, Step } from './call';
import { callbackStep } from './attempt';
import { type ConfigWithMeta, metaOf } from './meta';

/** Produces a base64 SHA256-RSA signature of `message` (sync, or async for an HSM/KMS). */
export type Signer = (message: string) => string | Promise<string>;

/**
 * Calls under way in this process, all clients together (the driver counts them). A local key signs
 * on the calling thread only when its call is alone.
 */
export const callsInFlight = { count: 0 };

/**
 * A signer that uses a local private key (parsed once, at `Builder.factory`). An RSA-2048 signature
 * costs a few hundred µs of CPU: while other calls are in flight it is made on the libuv threadpool
 * (crypto.sign's callback form), so the event loop keeps serving them and the process can sign on
 * several cores; a call that is alone is signed on the calling thread, which skips the hand-over to
 * a pool thread and back.
 */
export function localSigner(key: KeyObject): Signer {
  const failed = (err: unknown) => new CryptoError('Signing the request failed: check privateKey.', { cause: err });
  // on the threadpool, by callback: the sign step calls it directly (no promise of its own)
  const pooled: PooledSign = (message, done) => {
    rsaSign('sha256', Buffer.from(message, 'utf8'), key, (err, signature) => (err ? done(failed(err), '') : done(null, signature.toString('base64'))));
  };
  const signer: Signer = (message) => {
    if (callsInFlight.count > 1) return new Promise<string>((resolve, reject) => pooled(message, (err, signature) => (err ? reject(err) : resolve(signature))));
    try {
      return rsaSign('sha256', Buffer.from(message, 'utf8'), key).toString('base64');
    } catch (err) {
      throw failed(err);
    }
  };
  return Object.assign(signer, { [POOLED]: pooled });
}

/** The callback form of a local signer, on the libuv threadpool. */
type PooledSign = (message: string, done: (err: Error | null, signature: string) => void) => void;
const POOLED = Symbol('wechatpay-chain.pooledSign');

/** The request target that is signed: raw path plus `?query`, exactly as sent. */
export function requestTarget(url: string): string {
  const u = new URL(url);
  return `${u.pathname || '/'}${u.search}`;
}

/** The body text that is signed. */
export function bodyToSign(config: ConfigWithMeta): string {
  const meta = metaOf(config);
  if (meta?.signBody !== undefined) return meta.signBody;
  const data: unknown = config.data;
  if (data === undefined || data === null || data === '') return '';
  if (typeof data === 'string') return data;
  if (Buffer.isBuffer(data)) {
    const text = data.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(data)) {
      throw new ArgumentError('The body is binary (not UTF-8); APIv3 signs text. Use MediaUtil for uploads.');
    }
    return text;
  }
  throw new ArgumentError('The body is a stream or object without a signed form; pass a string/Buffer, `json`, or a MediaUtil stream.');
}

export interface SignerOptions {
  mchid: string;
  serial: string;
  signer: Signer;
  /** Milliseconds since epoch (injectable for tests). */
  clock: () => number;
}

/**
 * The `signer` step of the APIv3 flow: writes the Authorization header of the attempt, over the
 * attempt's method, target, a fresh timestamp and nonce, and the exact body bytes. With a
 * synchronous signer (a local key) it signs synchronously; a signer that returns a promise (an
 * HSM/KMS, a worker thread) makes the step return one, and the flow waits for it.
 */
export function createSignStep(opts: SignerOptions): Step {
  // what every Authorization of this client begins with, built once (Formatter.authorization's order)
  const prefix = Formatter.authorization(opts.mchid, '\u0000', '', '\u0000', opts.serial).split('\u0000')[0] as string;
  const write = (call: Call, config: AttemptConfig, timestamp: number, nonce: string, signature: unknown): void => {
    if (typeof signature !== 'string' || !signature) throw new CryptoError('The signer returned no signature (expected a base64 string).');
    const head = `${prefix}${timestamp}",nonce_str="${nonce}",signature="`;
    const value = `${head}${signature}"`;
    config.headers.Authorization = value;
    // what the answer and any error carry instead, once the call is answered (see flow.ts)
    call.signedAuthorization = value;
    call.redactedAuthorization = `${head}[redacted]"`;
  };
  const pooled = (opts.signer as Signer & { [POOLED]?: PooledSign })[POOLED];
  return callbackStep('signer', (call, outcome) => {
    const config = call.config as AttemptConfig;
    const timestamp = Math.floor(opts.clock() / 1000);
    const nonce = Formatter.nonce();
    const message = Formatter.request(call.method, call.target ?? requestTarget(config.url), timestamp, nonce, bodyToSign(config as unknown as ConfigWithMeta));
    if (pooled !== undefined && callsInFlight.count > 1) {
      pooled(message, (err, signature) => {
        if (err) {
          outcome.fail(err);
          return;
        }
        try {
          write(call, config, timestamp, nonce, signature);
        } catch (e) {
          outcome.fail(e);
          return;
        }
        outcome.next();
      });
      return;
    }
    const signature = opts.signer(message);
    if (typeof signature === 'string') {
      write(call, config, timestamp, nonce, signature);
      // a local key signs here only when its call is alone; a signer of the caller's own that answers at once always does
      call.signedInline = pooled === undefined;
      outcome.next();
      return;
    }
    Promise.resolve(signature)
      .then((s) => write(call, config, timestamp, nonce, s))
      .then(
        () => outcome.next(),
        (e: unknown) => outcome.fail(e),
      );
  });
}

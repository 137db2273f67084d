/**
 * Shared pieces of the emulator specs: one platform identity and CA per run (key generation is the
 * slow part), hand-made signed requests over node:http, and an independent (jsrsasign) verifier.
 */
import http from 'node:http';
import { randomBytes, sign, type KeyObject, createPrivateKey } from 'node:crypto';
import { KEYUTIL, KJUR } from 'jsrsasign';
import { createDemoMerchant, createPlatform, type DemoMerchant, type PlatformIdentity } from '../../lib/emulator';

let platformPromise: Promise<PlatformIdentity> | undefined;
const merchants = new Map<string, Promise<DemoMerchant>>();

/** The platform identity shared by this run's emulators. */
export function testPlatform(): Promise<PlatformIdentity> {
  platformPromise ??= createPlatform();
  return platformPromise;
}

/** A demo merchant (fresh keys once per run per mchid), its certificate issued by the test CA. */
export function testMerchant(mchid = '1900000001'): Promise<DemoMerchant> {
  let m = merchants.get(mchid);
  if (!m) {
    m = testPlatform().then((p) => createDemoMerchant({ mchid, ca: p.ca }));
    merchants.set(mchid, m);
  }
  return m;
}

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Raw bytes as received. */
  raw: Buffer;
  text: string;
  json: Record<string, unknown> | undefined;
}

export interface SignedRequestOptions {
  method?: string;
  /** Raw request target: path and query exactly as sent. */
  target: string;
  body?: string | Buffer;
  /** What the signature covers instead of the body (uploads sign the meta JSON). */
  signedBody?: string;
  /** What the signature covers instead of the target. */
  signedTarget?: string;
  mchid: string;
  serial: string;
  key: KeyObject | string;
  timestamp?: number | string;
  nonce?: string;
  /** Replace the whole Authorization header (or drop it with null). */
  authorization?: string | null;
  /** Replace the signature value. */
  signature?: string;
  headers?: Record<string, string>;
}

/** Send a request signed by hand (independent of the client under test). */
export function signedRequest(base: string, o: SignedRequestOptions): Promise<RawAnswer> {
  const method = o.method ?? 'GET';
  const body = o.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(o.body) ? o.body : Buffer.from(o.body, 'utf8');
  const ts = String(o.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = o.nonce ?? randomBytes(16).toString('hex');
  const key = typeof o.key === 'string' ? createPrivateKey(o.key) : o.key;
  const signed = o.signedBody !== undefined ? Buffer.from(o.signedBody, 'utf8') : body;
  const message = Buffer.concat([Buffer.from(`${method}\n${o.signedTarget ?? o.target}\n${ts}\n${nonce}\n`), signed, Buffer.from('\n')]);
  const signature = o.signature ?? sign('sha256', message, key).toString('base64');
  const headers: Record<string, string> = { Accept: 'application/json', ...(o.headers ?? {}) };
  if (body.length && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
  if (o.authorization !== null) {
    headers.Authorization =
      o.authorization ?? `WECHATPAY2-SHA256-RSA2048 mchid="${o.mchid}",nonce_str="${nonce}",signature="${signature}",timestamp="${ts}",serial_no="${o.serial}"`;
  }
  return rawRequest(base, method, o.target, body, headers);
}

/** A plain HTTP request with a raw target (no URL normalisation). */
export function rawRequest(
  base: string,
  method: string,
  target: string,
  body: Buffer | string = Buffer.alloc(0),
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const url = new URL(base);
  const data = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: target,
        headers: { ...headers, 'Content-Length': String(data.length) },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const text = raw.toString('utf8');
          let json: Record<string, unknown> | undefined;
          try {
            json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text, json });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** Verify an answer's signature with jsrsasign against `publicPem` (a certificate or SPKI PEM). */
export function verifiesWithJsrsasign(answer: RawAnswer, publicPem: string): boolean {
  const ts = String(answer.headers['wechatpay-timestamp']);
  const nonce = String(answer.headers['wechatpay-nonce']);
  const message = Buffer.concat([Buffer.from(`${ts}\n${nonce}\n`), answer.raw, Buffer.from('\n')]);
  const verifier = new KJUR.crypto.Signature({ alg: 'SHA256withRSA' });
  verifier.init(KEYUTIL.getKey(publicPem) as Parameters<typeof verifier.init>[0]);
  verifier.updateHex(message.toString('hex'));
  return verifier.verify(Buffer.from(String(answer.headers['wechatpay-signature']), 'base64').toString('hex'));
}

/**
 * The signing test server: one scripted peer on 127.0.0.1 for both protocols. It records each request
 * and answers with whatever status, body and (possibly broken) signature a test scripts:
 * - on an APIv3 route (a path holding `/v3/`) the answer carries Wechatpay-* headers signed over its
 *   body with the platform key, unless the test breaks a piece of them;
 * - on any other route (APIv2, a notify_url) the body goes out as given; `xml` fields become an APIv2
 *   answer signed with MD5 or HMAC-SHA256.
 * Its signing is written here from the protocol descriptions with node:crypto, independent of the
 * library's own signers, so a wrong library signature cannot agree with itself. (Peers that break the
 * HTTP exchange itself — resets, hangs, trickles — are the raw fault servers of `faults.ts`.)
 */
import { createHash, createHmac, sign as rsaSign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { keyPair, PUB_KEY_ID } from './keys';
import { listen } from './listen';

/** The APIv2 key the server signs its XML answers with by default. */
export const SECRET = 'exposed_your_key_here_have_risks';

export interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** The body as UTF-8 text. */
  text: string;
  /** Subject CN of the TLS client certificate, when one was presented and verified. */
  clientCertificate?: string;
  /** The client's port: requests on one keep-alive connection share it. */
  remotePort: number;
}

export type SignType = 'MD5' | 'HMAC-SHA256';

export interface Answer {
  status?: number;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** APIv2: answer these fields as a signed success answer (`signedAnswer`) instead of `body`. */
  xml?: Record<string, string>;
  signType?: SignType;
  /** APIv3: sign with this key/serial (default: the server's). */
  key?: KeyObject;
  serial?: string;
  /** APIv3: override pieces of the signature. */
  timestamp?: number | string;
  nonce?: string;
  signature?: string;
  /** APIv3: sign this text instead of the body. */
  signedBody?: string;
  /** APIv3: leave out these Wechatpay-* headers. */
  omit?: string[];
  /** APIv3: send no Wechatpay-* headers at all. */
  unsigned?: boolean;
}

export type Handler = (req: Recorded) => Answer | Promise<Answer>;

export interface SigningServer {
  url: string;
  requests: Recorded[];
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export interface TlsOptions {
  key: string;
  cert: string;
  ca: string;
  /** Refuse the TLS handshake without a client certificate signed by `ca`. */
  require?: boolean;
}

export interface SigningServerOptions {
  /** The APIv3 platform key and its serial (default: the run's platform key and PUB_KEY_ID). */
  key?: KeyObject;
  serial?: string;
  /** The APIv2 key for `xml` answers (default: SECRET). */
  secret?: string;
  /** HTTPS asking for (or requiring) a client certificate signed by `tls.ca`. */
  tls?: TlsOptions;
}

/** `k=v&…` over non-empty fields other than sign, names compared as bytes. */
export function canonical(fields: Record<string, string>): string {
  return Object.keys(fields)
    .filter((k) => k !== 'sign' && fields[k] !== '')
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map((k) => `${k}=${fields[k]}`)
    .join('&');
}

/** The APIv2 sign of `fields`. */
export function sign(fields: Record<string, string>, secret = SECRET, type: SignType = 'MD5'): string {
  const text = `${canonical(fields)}&key=${secret}`;
  const hex = type === 'MD5' ? createHash('md5').update(text).digest('hex') : createHmac('sha256', secret).update(text).digest('hex');
  return hex.toUpperCase();
}

/** A flat XML answer (values wrapped in CDATA, as WeChat Pay writes them). */
export function xml(fields: Record<string, string>): string {
  return `<xml>${Object.entries(fields)
    .map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`)
    .join('')}</xml>`;
}

/** A signed APIv2 success answer with the given extra fields. */
export function signedAnswer(fields: Record<string, string>, type: SignType = 'MD5', secret = SECRET): string {
  const all = { return_code: 'SUCCESS', return_msg: 'OK', nonce_str: 'IITRi8Iabbblz1Jc', ...fields };
  return xml({ ...all, sign: sign(all, secret, type) });
}

/** Read the flat fields of a request body written by the client (plain or CDATA text only). */
export function readFields(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /<([A-Za-z_][\w.-]*)>(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))<\/\1>/g;
  const inner = body.replace(/^<xml>/, '').replace(/<\/xml>$/, '');
  for (let m = re.exec(inner); m; m = re.exec(inner))
    out[m[1] as string] = (m[2] ?? m[3] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return out;
}

/** The platform's APIv3 answer signature: RSA-SHA256 over `timestamp\nnonce\nbody\n`, base64. */
export function answerSignature(ts: string, nonce: string, body: Buffer, key: KeyObject): string {
  return rsaSign('sha256', Buffer.concat([Buffer.from(`${ts}\n${nonce}\n`), body, Buffer.from('\n')]), key).toString('base64');
}

/** The Wechatpay-* headers of an APIv3 answer over `bytes`, with the pieces `a` breaks on purpose. */
function v3Headers(a: Answer, bytes: Buffer, key: KeyObject, serial: string): Record<string, string> {
  const ts = String(a.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = a.nonce ?? 'NONCE0123456789';
  const text = a.signedBody !== undefined ? Buffer.from(a.signedBody) : bytes;
  const signature = a.signature ?? answerSignature(ts, nonce, text, a.key ?? key);
  const all: Record<string, string> = {
    'Wechatpay-Timestamp': ts,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Signature': signature,
    'Wechatpay-Serial': a.serial ?? serial,
    'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
  };
  return Object.fromEntries(Object.entries(all).filter(([k]) => !(a.omit ?? []).includes(k)));
}

/** Start on 127.0.0.1 at a free port. */
export async function startSigningServer(options: SigningServerOptions = {}): Promise<SigningServer> {
  const key = options.key ?? keyPair('platform').privateKey;
  const serial = options.serial ?? PUB_KEY_ID;
  const { tls } = options;
  let handler: Handler = (req) => (isV3(req.url) ? { body: '{}' } : { body: '' });
  const requests: Recorded[] = [];
  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const rec: Recorded = {
        method: String(req.method),
        url: String(req.url),
        headers: req.headers,
        body,
        text: body.toString('utf8'),
        remotePort: Number(req.socket.remotePort),
      };
      if (tls) {
        const socket = req.socket as TLSSocket;
        // A resumed session without a certificate reads as authorized with an empty peer: no certificate.
        const peer = socket.getPeerCertificate();
        if (socket.authorized && peer.subject) rec.clientCertificate = String(peer.subject.CN ?? '');
      }
      requests.push(rec);
      Promise.resolve(handler(rec))
        .then((a) => {
          const out = a.xml ? signedAnswer(a.xml, a.signType, options.secret) : (a.body ?? '');
          const bytes = Buffer.isBuffer(out) ? out : Buffer.from(out, 'utf8');
          const headers: Record<string, string> = isV3(rec.url)
            ? { 'Content-Type': 'application/json', 'Request-ID': 'req-0001', ...(a.unsigned ? {} : v3Headers(a, bytes, key, serial)) }
            : { 'Content-Type': 'text/plain' };
          res.writeHead(a.status ?? 200, { ...headers, ...(a.headers ?? {}) });
          res.end(bytes);
        })
        .catch((err: unknown) => {
          res.writeHead(500);
          res.end(String(err));
        });
    });
  };
  const server = tls
    ? https.createServer(
        { key: tls.key, cert: tls.cert, ca: tls.ca, requestCert: true, rejectUnauthorized: tls.require === true, keepAliveTimeout: 5000 },
        listener,
      )
    : http.createServer(listener);
  const { url, close } = await listen(server);
  return {
    url,
    requests,
    handle(h) {
      handler = h;
    },
    close,
  };
}

/** An APIv3 route: the platform signs its answers in Wechatpay-* headers. */
function isV3(url: string): boolean {
  return /(^|\/)v3\//.test(url.split('?')[0] as string);
}

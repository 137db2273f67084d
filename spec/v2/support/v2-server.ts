/**
 * A tiny APIv2 peer for the client specs: records each request and answers with whatever a test
 * scripts. Its signing is written here from the protocol description with node:crypto, independent
 * of the library's own signer, so a wrong library signature cannot agree with itself.
 */
import { createHash, createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';

export const SECRET = 'exposed_your_key_here_have_risks';

export interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Subject CN of the TLS client certificate, when one was presented and verified. */
  clientCertificate?: string;
  /** The client's port: the same port on two requests means one pooled connection. */
  remotePort: number;
}

export interface Answer {
  status?: number;
  body?: string | Buffer;
  headers?: Record<string, string>;
}

export type Handler = (req: Recorded) => Answer | Promise<Answer>;

export interface V2Server {
  url: string;
  requests: Recorded[];
  handle(handler: Handler): void;
  close(): Promise<void>;
}

/** `k=v&…` over non-empty fields other than sign, names compared as bytes. */
export function canonical(fields: Record<string, string>): string {
  return Object.keys(fields)
    .filter((k) => k !== 'sign' && fields[k] !== '')
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map((k) => `${k}=${fields[k]}`)
    .join('&');
}

export function sign(fields: Record<string, string>, secret = SECRET, type: 'MD5' | 'HMAC-SHA256' = 'MD5'): string {
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

/** A signed success answer with the given extra fields. */
export function signedAnswer(fields: Record<string, string>, type: 'MD5' | 'HMAC-SHA256' = 'MD5', secret = SECRET): string {
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

export interface TlsOptions {
  key: string;
  cert: string;
  ca: string;
  /** Refuse the TLS handshake without a client certificate signed by `ca`. */
  require?: boolean;
}

/** Start on 127.0.0.1:0; with `tls`, HTTPS asking for (or requiring) a client certificate signed by `tls.ca`. */
export async function startV2Server(tls?: TlsOptions): Promise<V2Server> {
  let handler: Handler = () => ({ body: '' });
  const requests: Recorded[] = [];
  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rec: Recorded = {
        method: String(req.method),
        url: String(req.url),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
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
          res.writeHead(a.status ?? 200, { 'Content-Type': 'text/plain', ...(a.headers ?? {}) });
          res.end(a.body ?? '');
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}/`,
    requests,
    handle(h) {
      handler = h;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

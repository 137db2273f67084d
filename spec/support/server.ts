/**
 * A tiny, independent signing server for the client's negative cases: it records each request
 * and answers with whatever status, body and (possibly broken) signature a test scripts.
 */
import http from 'node:http';
import { sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** The client's port: requests on one keep-alive connection share it. */
  remotePort: number;
}

export interface Answer {
  status?: number;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Sign with this key/serial (default: the server's). */
  key?: KeyObject;
  serial?: string;
  /** Override pieces of the signature. */
  timestamp?: number | string;
  nonce?: string;
  signature?: string;
  /** Sign this text instead of the body. */
  signedBody?: string;
  /** Leave out these Wechatpay-* headers. */
  omit?: string[];
  /** Send no Wechatpay-* headers at all. */
  unsigned?: boolean;
}

export type Handler = (req: Recorded) => Answer | Promise<Answer>;

export interface SigningServer {
  url: string;
  requests: Recorded[];
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export async function startSigningServer(key: KeyObject, serial: string): Promise<SigningServer> {
  let handler: Handler = () => ({ body: '{}' });
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rec: Recorded = {
        method: String(req.method),
        url: String(req.url),
        headers: req.headers,
        body: Buffer.concat(chunks),
        remotePort: Number(req.socket.remotePort),
      };
      requests.push(rec);
      Promise.resolve(handler(rec))
        .then((a) => {
          const body = a.body === undefined ? '' : a.body;
          const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
          const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Request-ID': 'req-0001', ...(a.headers ?? {}) };
          if (!a.unsigned) {
            const ts = String(a.timestamp ?? Math.floor(Date.now() / 1000));
            const nonce = a.nonce ?? 'NONCE0123456789';
            const text = a.signedBody !== undefined ? Buffer.from(a.signedBody) : bytes;
            const signature =
              a.signature ?? sign('sha256', Buffer.concat([Buffer.from(`${ts}\n${nonce}\n`), text, Buffer.from('\n')]), a.key ?? key).toString('base64');
            const all: Record<string, string> = {
              'Wechatpay-Timestamp': ts,
              'Wechatpay-Nonce': nonce,
              'Wechatpay-Signature': signature,
              'Wechatpay-Serial': a.serial ?? serial,
              'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
            };
            for (const [k, v] of Object.entries(all)) if (!(a.omit ?? []).includes(k)) headers[k] = v;
            Object.assign(headers, a.headers ?? {});
          }
          res.writeHead(a.status ?? 200, headers);
          res.end(bytes);
        })
        .catch((err: unknown) => {
          res.writeHead(500);
          res.end(String(err));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
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

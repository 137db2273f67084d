/**
 * Raw fault servers on 127.0.0.1: plain TCP listeners that read HTTP requests off the socket and then
 * misbehave on purpose (never answer, trickle, reset, close after each answer, redirect, answer huge
 * or gzip-bombed bodies). Success answers are signed with a real platform key, as the platform does.
 * They stay apart from the signing test server (signing-server.ts) on purpose: a node:http server
 * cannot break the HTTP exchange itself, so these write their bytes on the socket by hand.
 */
import type { KeyObject } from 'node:crypto';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { answerSignature } from './signing-server';

/** One HTTP request as read off the wire. */
export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
  /** Index of the connection it came on (0-based, in accept order). */
  connection: number;
}

export interface RawServer {
  url: string;
  port: number;
  /** Every request read, in order. */
  requests: RawRequest[];
  /** Connections accepted so far. */
  connections: number;
  close(): Promise<void>;
}

/** Called for each request read; `socket` is free to be written, ended, destroyed or left alone. */
export type RawHandler = (req: RawRequest, socket: net.Socket) => void;

/** Read HTTP/1.1 requests (Content-Length bodies) off each connection and hand them to `handler`. */
export async function rawServer(handler: RawHandler, port = 0): Promise<RawServer> {
  const sockets = new Set<net.Socket>();
  const requests: RawRequest[] = [];
  let connections = 0;
  const server = net.createServer((socket) => {
    const connection = connections;
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const lines = buffer.subarray(0, end).toString('latin1').split('\r\n');
        const [method, path] = String(lines[0]).split(' ');
        const headers: Record<string, string> = {};
        for (const line of lines.slice(1)) {
          const at = line.indexOf(':');
          headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
        }
        const length = Number(headers['content-length'] ?? 0);
        if (buffer.length < end + 4 + length) return;
        const body = buffer.subarray(end + 4, end + 4 + length);
        buffer = buffer.subarray(end + 4 + length);
        const req: RawRequest = { method: String(method), path: String(path), headers, body, connection };
        requests.push(req);
        handler(req, socket);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}/`,
    port: bound,
    requests,
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The head of an answer signed over `body` as WeChat Pay signs it (Content-Length set, keep-alive). */
export function signedHead(body: Buffer | string, key: KeyObject, serial: string, status = 200, extra: Record<string, string> = {}): string {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const ts = String(Math.floor(Date.now() / 1000));
  const nonce = 'FAULTNONCE0123456789';
  const signature = answerSignature(ts, nonce, bytes, key);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'Content-Length': String(bytes.length),
    'Request-ID': 'FAULT-REQ-1',
    'Wechatpay-Timestamp': ts,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Signature': signature,
    'Wechatpay-Serial': serial,
    ...extra,
  };
  return `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'X'}\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n')}\r\n\r\n`;
}

/** A whole signed answer. */
export function signedAnswer(body: string, key: KeyObject, serial: string, status = 200, extra: Record<string, string> = {}): Buffer {
  return Buffer.concat([Buffer.from(signedHead(body, key, serial, status, extra), 'latin1'), Buffer.from(body)]);
}

/** An unsigned error answer (4xx/5xx, as the platform's error answers are checked for their JSON only). */
export function errorAnswer(status: number, code: string, extra: Record<string, string> = {}): Buffer {
  const body = JSON.stringify({ code, message: `fault ${code}` });
  const headers = { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), 'Request-ID': `FAULT-${status}`, ...extra };
  return Buffer.from(
    `HTTP/1.1 ${status} X\r\n${Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\r\n')}\r\n\r\n${body}`,
    'latin1',
  );
}

/** Resolve after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `rawServer` for a describe block: every server it starts is closed after each test. */
export function rawServers(): (...args: Parameters<typeof rawServer>) => Promise<RawServer> {
  const servers: RawServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  return async (...args) => {
    const s = await rawServer(...args);
    servers.push(s);
    return s;
  };
}

/**
 * Writing an answer: a stream is piped as it comes (unsigned); any other body gets its content type,
 * the `Request-ID` and the platform's `Wechatpay-*` signature headers unless the reply opts out.
 */
import type * as http from 'node:http';
import { pipeline, Readable } from 'node:stream';
import type { AnswerSigner } from '../answer';
import type { SigningMode } from '../merchant';
import type { Reply } from '../router';

/** How to sign an answer; absent for control routes, whose answers are not signed. */
export interface SignWith {
  signer: AnswerSigner;
  mode: SigningMode;
  requestedSerial: string | undefined;
  requestId: string;
  now(): number;
}

/** Send `reply`; returns the status sent. */
export async function sendReply(res: http.ServerResponse, reply: Reply, sign: SignWith | undefined): Promise<number> {
  let body: Buffer;
  const headers: Record<string, string> = { ...(reply.headers ?? {}) };
  if (reply.body instanceof Readable) {
    // A streamed file (bill download): sent as it is made, unsigned; a stream error cuts the connection.
    const status = reply.status ?? 200;
    res.writeHead(status, headers);
    pipeline(reply.body, res, (err) => {
      if (err) res.destroy();
    });
    return status;
  }
  const has = (name: string): boolean => Object.keys(headers).some((k) => k.toLowerCase() === name.toLowerCase());
  if (reply.body === undefined) body = Buffer.alloc(0);
  else if (Buffer.isBuffer(reply.body)) {
    body = reply.body;
    if (!has('content-type')) headers['Content-Type'] = 'application/octet-stream';
  } else if (typeof reply.body === 'string') {
    body = Buffer.from(reply.body, 'utf8');
    if (!has('content-type')) headers['Content-Type'] = 'text/plain; charset=utf-8';
  } else {
    body = Buffer.from(JSON.stringify(reply.body), 'utf8');
    if (!has('content-type')) headers['Content-Type'] = 'application/json';
  }
  const status = reply.status ?? (body.length ? 200 : 204);
  if (!reply.unsigned && sign) {
    headers['Request-ID'] = sign.requestId;
    const key = sign.signer.choose(sign.mode, sign.requestedSerial);
    Object.assign(headers, await sign.signer.headersAsync(key, body, sign.now()));
  }
  headers['Content-Length'] = String(body.length);
  res.writeHead(status, headers);
  res.end(status === 204 ? undefined : body);
  return status;
}

/**
 * Reading a request's raw body with a size limit, and finding it when a framework got there first.
 */
import type { IncomingMessage } from 'node:http';
import { NotificationError } from './errors';
import { rawBodyHelp, rawBodyOf } from './input';

/** A request as node:http, Express and Koa (`ctx.req`) hand it over, maybe with a body parser's additions. */
export type RequestWithBody = IncomingMessage & { body?: unknown; rawBody?: unknown };

function tooLarge(size: number | string, limit: number): NotificationError {
  return new NotificationError('BODY_TOO_LARGE', `The notification body (${size} bytes) exceeds the limit of ${limit} bytes.`);
}

/** True when something else has read (or is reading) the request stream. */
export function consumed(req: IncomingMessage): boolean {
  return req.readableEnded || req.readableFlowing === true;
}

/** Read the whole stream, refusing more than `limit` bytes (checked against Content-Length first). */
export function readRawBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge(declared, limit));
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
    };
    const onData = (chunk: Buffer | string): void => {
      const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      size += b.length;
      if (size > limit) {
        cleanup();
        req.pause();
        reject(tooLarge(`more than ${limit}`, limit));
        return;
      }
      chunks.push(b);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    const onAborted = (): void => {
      cleanup();
      reject(new Error('The request was aborted while its body was read.'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

/** Check an already available body against the limit. */
export function limited(body: Buffer, limit: number): Buffer {
  if (body.length > limit) throw tooLarge(body.length, limit);
  return body;
}

/**
 * The raw body of a request that a framework may have touched: bytes a body parser kept
 * (`req.rawBody`, e.g. from an Express `verify` callback or @koa/bodyparser), a raw/text parser's
 * `req.body`, or else the unread stream. A parsed body with no raw copy is refused with directions.
 */
export async function rawBodyFromRequest(req: RequestWithBody, limit: number, kept?: unknown): Promise<Buffer> {
  for (const candidate of [kept, req.rawBody, req.body]) {
    if (Buffer.isBuffer(candidate) || typeof candidate === 'string' || candidate instanceof Uint8Array) return limited(rawBodyOf(candidate), limit);
  }
  if (!consumed(req)) return readRawBody(req, limit);
  const parsed =
    req.body !== undefined && req.body !== null
      ? `parsed it into ${Array.isArray(req.body) ? 'an array' : `a${typeof req.body === 'object' ? 'n object' : ` ${typeof req.body}`}`} and `
      : '';
  throw new NotificationError('BODY_NOT_RAW', `A body parser already read this request, ${parsed}kept no raw copy. ${rawBodyHelp()}`);
}

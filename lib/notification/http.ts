/**
 * The node:http adapter: `http.createServer(Notification.handler(options, fn))`. Reads the raw
 * body (with a size limit), lets the engine verify and dispatch, and writes its answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from './engine';
import type { NotificationReply } from './reply';
import { rawBodyFromRequest, type RequestWithBody } from './raw-body';

/** A node:http request listener; the promise settles once the answer is written (it never rejects). */
export type HttpNotificationHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** Write a reply on a Node response (also an Express response). */
export function writeReply(res: ServerResponse, reply: NotificationReply, close = false): void {
  if (res.headersSent || res.writableEnded) return;
  res.statusCode = reply.status;
  for (const [k, v] of Object.entries(reply.headers)) res.setHeader(k, v);
  // An unread (too large) body cannot be left on a keep-alive connection.
  if (close) res.setHeader('Connection', 'close');
  if (reply.status === 204) res.end();
  else {
    res.setHeader('Content-Length', Buffer.byteLength(reply.body));
    res.end(reply.body);
  }
}

/** Handle one request on a Node request/response pair (shared by the node:http and Express adapters). */
export async function handleNodeRequest(engine: Engine, req: RequestWithBody, res: ServerResponse, kept?: unknown): Promise<void> {
  if (req.method !== 'POST') {
    writeReply(res, engine.methodNotAllowed());
    return;
  }
  let body: Buffer;
  try {
    body = await rawBodyFromRequest(req, engine.limit, kept);
  } catch (err) {
    writeReply(res, engine.refuse(err), !req.readableEnded);
    return;
  }
  writeReply(res, await engine.process({ headers: req.headers, body }));
}

export function httpAdapter(engine: Engine): HttpNotificationHandler {
  return (req, res) =>
    handleNodeRequest(engine, req, res).catch((err: unknown) => {
      // Only a failure to write the answer gets here; there is nobody left to tell but onError.
      engine.refuse(err, 'verify');
      if (!res.writableEnded) res.destroy();
    });
}

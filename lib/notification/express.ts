/**
 * The Express adapter: `app.post('/notify', Notification.express(options, fn))`. Mount it before
 * `express.json()`, or on a route that uses `express.raw({ type: 'application/json' })`; when a
 * JSON parser ran first, the raw bytes it kept (`req.rawBody` from a `verify` callback) are used,
 * else the request is answered 500 and `onError` gets an explanation of how to fix the setup.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from './engine';
import { handleNodeRequest } from './http';

/** An Express (4/5) middleware: `(req, res, next)`. It always answers, so `next` is never called. */
export type ExpressNotificationMiddleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

export function expressAdapter(engine: Engine): ExpressNotificationMiddleware {
  return (req, res) => {
    handleNodeRequest(engine, req, res).catch((err: unknown) => {
      engine.refuse(err, 'verify');
      if (!res.writableEnded) res.destroy();
    });
  };
}

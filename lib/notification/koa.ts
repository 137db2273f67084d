/**
 * The Koa adapter: `app.use(Notification.koa({ ...options, path: '/notify' }, fn))` or
 * `router.post('/notify', Notification.koa(options, fn))`. It reads the raw stream itself, or uses
 * `ctx.request.rawBody` when @koa/bodyparser / koa-bodyparser ran first.
 */
import type { IncomingMessage } from 'node:http';
import type { Engine } from './engine';
import { rawBodyFromRequest } from './raw-body';
import type { NotificationReply } from './reply';

/** The parts of a Koa context the adapter uses (Koa 2 and 3 contexts fit). */
export interface KoaContextLike {
  req: IncomingMessage;
  request: { body?: unknown; rawBody?: unknown };
  method: string;
  path: string;
  status: number;
  body: unknown;
  set(field: string, value: string): void;
}

/** A Koa middleware. */
export type KoaNotificationMiddleware = (ctx: KoaContextLike, next: () => Promise<unknown>) => Promise<void>;

function answer(ctx: KoaContextLike, reply: NotificationReply): void {
  for (const [k, v] of Object.entries(reply.headers)) ctx.set(k, v);
  ctx.status = reply.status;
  ctx.body = reply.status === 204 ? null : reply.body;
}

export function koaAdapter(engine: Engine, path: string | undefined): KoaNotificationMiddleware {
  return async (ctx, next) => {
    if (path !== undefined && ctx.path !== path) {
      await next();
      return;
    }
    if (ctx.method !== 'POST') {
      answer(ctx, engine.methodNotAllowed());
      return;
    }
    let body: Buffer;
    try {
      body = await rawBodyFromRequest(ctx.req, engine.limit, ctx.request.rawBody ?? ctx.request.body);
    } catch (err) {
      answer(ctx, engine.refuse(err));
      if (!ctx.req.readableEnded) ctx.set('Connection', 'close');
      return;
    }
    answer(ctx, await engine.process({ headers: ctx.req.headers, body }));
  };
}

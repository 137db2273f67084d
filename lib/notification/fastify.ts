/**
 * The Fastify adapter: `app.register(Notification.fastify(options, fn), { prefix: '/notify' })`.
 * It is a plugin with its own scope: inside it every content type is read as a raw Buffer (the
 * app's JSON parsing elsewhere is untouched) and errors are answered in the platform's format.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Engine } from './engine';
import { NotificationError } from './errors';

/** The parts of a Fastify request the adapter uses. */
export interface FastifyRequestLike {
  headers: IncomingHttpHeaders;
  body?: unknown;
}

/** The parts of a Fastify reply the adapter uses. */
export interface FastifyReplyLike {
  code(status: number): FastifyReplyLike;
  header(name: string, value: string): FastifyReplyLike;
  send(payload?: string): FastifyReplyLike;
}

/** The parts of a Fastify instance the plugin uses (Fastify 4 and 5 fit). */
export interface FastifyInstanceLike {
  removeAllContentTypeParsers(): void;
  addContentTypeParser(
    contentType: string,
    opts: { parseAs: 'buffer'; bodyLimit?: number },
    parser: (request: FastifyRequestLike, body: Buffer, done: (err: Error | null, body?: Buffer) => void) => void,
  ): void;
  setErrorHandler(
    handler: (error: { statusCode?: number; code?: string; message: string }, request: FastifyRequestLike, reply: FastifyReplyLike) => void,
  ): unknown;
  post(path: string, handler: (request: FastifyRequestLike, reply: FastifyReplyLike) => Promise<unknown>): unknown;
}

/** A Fastify plugin (register it, optionally with a `prefix`). */
export type FastifyNotificationPlugin = (instance: FastifyInstanceLike, options: unknown) => Promise<void>;

function send(reply: FastifyReplyLike, r: { status: number; headers: Record<string, string>; body: string }): FastifyReplyLike {
  reply.code(r.status);
  for (const [k, v] of Object.entries(r.headers)) reply.header(k, v);
  return r.status === 204 ? reply.send() : reply.send(r.body);
}

export function fastifyAdapter(engine: Engine, path: string): FastifyNotificationPlugin {
  return async (instance) => {
    instance.removeAllContentTypeParsers();
    instance.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: engine.limit }, (_request, body, done) => done(null, body));
    instance.setErrorHandler((error, _request, reply) => {
      // Fastify's own failures before our route runs (body too large, aborted read …).
      const refused =
        error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
          ? new NotificationError('BODY_TOO_LARGE', `The notification body exceeds the limit of ${engine.limit} bytes.`)
          : error;
      const r = engine.refuse(refused, 'verify');
      send(reply, error.statusCode && error.statusCode >= 400 && r.status === 500 ? { ...r, status: error.statusCode } : r);
    });
    instance.post(path, async (request, reply) => {
      const r = await engine.process({ headers: request.headers, body: request.body ?? Buffer.alloc(0) });
      return send(reply, r);
    });
  };
}

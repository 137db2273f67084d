/**
 * `Notification`: verify, decrypt and type WeChat Pay notifications (callbacks), and answer them
 * the platform's way from node:http, Express, Koa or Fastify.
 */
import { createEngine, type HandlerOptions, type NotificationListener, type V2HandlerOptions, type V2NotificationListener } from './engine';
import { expressAdapter, type ExpressNotificationMiddleware } from './express';
import { fastifyAdapter, type FastifyNotificationPlugin } from './fastify';
import { httpAdapter, type HttpNotificationHandler } from './http';
import { koaAdapter, type KoaNotificationMiddleware } from './koa';
import { parse } from './parse';
import { parseV2 } from './parse-v2';
import type { KnownEventType, NotificationEventOf, VerifiedNotification } from './types';

/** Options of the Koa middleware: `path` limits it to one path (other requests go to `next`). */
export type KoaHandlerOptions = (HandlerOptions | V2HandlerOptions) & { path?: string };
/** Options of the Fastify plugin: `path` of the route inside the plugin's prefix (default `/`). */
export type FastifyHandlerOptions = (HandlerOptions | V2HandlerOptions) & { path?: string };

function isV2(options: HandlerOptions | V2HandlerOptions): options is V2HandlerOptions {
  return (options as { protocol?: unknown } | undefined)?.protocol === 'v2';
}

function engineOf(options: HandlerOptions | V2HandlerOptions, fn: NotificationListener | V2NotificationListener) {
  return createEngine(options, fn);
}

function handler(options: HandlerOptions, fn: NotificationListener): HttpNotificationHandler;
function handler(options: V2HandlerOptions, fn: V2NotificationListener): HttpNotificationHandler;
function handler(options: HandlerOptions | V2HandlerOptions, fn: NotificationListener | V2NotificationListener): HttpNotificationHandler {
  return httpAdapter(engineOf(options, fn));
}

function express(options: HandlerOptions, fn: NotificationListener): ExpressNotificationMiddleware;
function express(options: V2HandlerOptions, fn: V2NotificationListener): ExpressNotificationMiddleware;
function express(options: HandlerOptions | V2HandlerOptions, fn: NotificationListener | V2NotificationListener): ExpressNotificationMiddleware {
  return expressAdapter(engineOf(options, fn));
}

function koa(options: HandlerOptions & { path?: string }, fn: NotificationListener): KoaNotificationMiddleware;
function koa(options: V2HandlerOptions & { path?: string }, fn: V2NotificationListener): KoaNotificationMiddleware;
function koa(options: KoaHandlerOptions, fn: NotificationListener | V2NotificationListener): KoaNotificationMiddleware {
  const { path, ...rest } = options;
  return koaAdapter(engineOf(rest as HandlerOptions | V2HandlerOptions, fn), path);
}

function fastify(options: HandlerOptions & { path?: string }, fn: NotificationListener): FastifyNotificationPlugin;
function fastify(options: V2HandlerOptions & { path?: string }, fn: V2NotificationListener): FastifyNotificationPlugin;
function fastify(options: FastifyHandlerOptions, fn: NotificationListener | V2NotificationListener): FastifyNotificationPlugin {
  const { path, ...rest } = options;
  return fastifyAdapter(engineOf(rest as HandlerOptions | V2HandlerOptions, fn), path ?? '/');
}

/**
 * Notification helpers. Every handler verifies before it calls you, skips duplicates, and answers
 * 200/204 when your function resolves, 4xx/5xx with `{"code":"FAIL","message":…}` otherwise
 * (APIv2: `<xml><return_code>SUCCESS|FAIL</return_code>…</xml>`).
 *
 * @example
 * const event = await Notification.parse({ headers: req.headers, body: rawBody }, { certs, apiv3Key });
 * if (Notification.is(event, 'TRANSACTION.SUCCESS')) markPaid(event.resource.out_trade_no, event.resource.amount.total);
 */
export const Notification = {
  /** Verify an APIv3 notification, then decrypt and parse its resource. See {@link parse}. */
  parse,
  /** Verify an APIv2 (XML) notification; a refund's `req_info` is decrypted and parsed. See {@link parseV2}. */
  parseV2,
  /** A node:http request listener (`http.createServer(handler)`); `{ protocol: 'v2', secret }` for APIv2. */
  handler,
  /** The node:http listener for APIv2 notifications (same as `handler` with `protocol: 'v2'`). */
  handlerV2(options: Omit<V2HandlerOptions, 'protocol'>, fn: V2NotificationListener): HttpNotificationHandler {
    return handler({ ...options, protocol: 'v2' }, fn);
  },
  /** Express middleware (`app.post('/notify', Notification.express(options, fn))`). */
  express,
  /** Koa middleware (`app.use(Notification.koa({ ...options, path: '/notify' }, fn))`). */
  koa,
  /** Fastify plugin (`app.register(Notification.fastify(options, fn), { prefix: '/notify' })`). */
  fastify,
  /** Narrow an event to a typed event type (one of several types may be given). */
  is<E extends KnownEventType>(event: VerifiedNotification<string, unknown>, ...types: E[]): event is NotificationEventOf<E> {
    return (types as string[]).includes(event.event_type);
  },
  /** True when `options` select the APIv2 protocol. */
  isV2,
};

export { parse, prepareParseOptions, decryptResource, RESOURCE_ALGORITHM, type NotificationRequest, type ParseOptions } from './parse';
export {
  parseV2,
  checkV2Sign,
  decryptReqInfo,
  type ParseV2Options,
  type V2Notification,
  type V2PaymentNotification,
  type V2RefundNotification,
  type V2RefundInfo,
} from './parse-v2';
export { NotificationError, type NotificationFailure } from './errors';
export { MemoryDedupStore, DEFAULT_DEDUP_TTL, DEFAULT_DEDUP_LEASE, type DedupStore, type DedupClaim, type MemoryDedupStoreOptions } from './dedup';
export { DedupError, type DedupFailure } from './dedup-error';
export { RedisDedupStore, type RedisDedupStoreOptions, type RedisClientLike, type IoRedisLike, type NodeRedisLike } from './redis-store';
export type { NotificationHeaders, CertsOption } from './input';
export type {
  HandlerOptions,
  V2HandlerOptions,
  HandlerCommonOptions,
  NotificationContext,
  NotificationListener,
  V2NotificationListener,
  FailureStage,
} from './engine';
export type { NotificationReply } from './reply';
export type { HttpNotificationHandler } from './http';
export type { ExpressNotificationMiddleware } from './express';
export type { KoaNotificationMiddleware, KoaContextLike } from './koa';
export type { FastifyNotificationPlugin, FastifyInstanceLike, FastifyRequestLike, FastifyReplyLike } from './fastify';
export type * from './types';

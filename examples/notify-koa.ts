/**
 * WeChat Pay notifications with Koa. Run: `npm run build && npx tsc -p tsconfig.examples.json && node dist/examples/notify-koa.js`.
 * The middleware reads the raw stream itself, or uses `ctx.request.rawBody` when a body parser
 * (@koa/bodyparser, koa-bodyparser) ran first, as here.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { bodyParser } from '@koa/bodyparser';
import { Notification, type NotificationHandlerOptions } from 'wechatpay-chain';
import { OrderBook, runAsMain, type Served } from './notify-common';

export function createApp(options: NotificationHandlerOptions, book: OrderBook): Koa {
  const app = new Koa();
  app.use(bodyParser());
  app.use(
    Notification.koa(
      {
        onError: (err, info) => console.error(`notification ${info.stage} failure → ${info.status}:`, err instanceof Error ? err.message : err),
        ...options,
        path: '/wechatpay/notify',
      },
      (event) => book.apply(event),
    ),
  );
  app.use((ctx) => {
    ctx.status = 404;
  });
  return app;
}

export function serve(options: NotificationHandlerOptions, book: OrderBook): Promise<Served> {
  const server = http.createServer(createApp(options, book).callback());
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/wechatpay/notify`,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    }),
  );
}

if (require.main === module) runAsMain('Koa', serve);

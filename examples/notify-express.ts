/**
 * WeChat Pay notifications with Express. Run: `npm run build && npx tsc -p tsconfig.examples.json && node dist/examples/notify-express.js`.
 * The handler needs the raw body: mount it before `express.json()` (as here, it reads the stream
 * itself), or behind `express.raw({ type: 'application/json' })`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { Notification, type NotificationHandlerOptions } from 'wechatpay-chain';
import { OrderBook, runAsMain, type Served } from './notify-common';

export function createApp(options: NotificationHandlerOptions, book: OrderBook): express.Express {
  const app = express();
  app.post(
    '/wechatpay/notify',
    Notification.express(
      {
        onError: (err, info) => console.error(`notification ${info.stage} failure → ${info.status}:`, err instanceof Error ? err.message : err),
        ...options,
      },
      (event) => book.apply(event),
    ),
  );
  // The rest of the app parses JSON as usual.
  app.use(express.json());
  app.post('/api/echo', (req, res) => {
    res.json(req.body);
  });
  return app;
}

export function serve(options: NotificationHandlerOptions, book: OrderBook): Promise<Served> {
  const server = http.createServer(createApp(options, book));
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

if (require.main === module) runAsMain('Express', serve);

/**
 * WeChat Pay notifications with plain node:http. Run: `npm run build && npx tsc -p tsconfig.examples.json && node dist/examples/notify-http.js`
 * (pays an order on the embedded emulator and prints what the handler received).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Notification, type NotificationHandlerOptions } from 'wechatpay-chain';
import { OrderBook, runAsMain, type Served } from './notify-common';

/** A server whose every POST is a notification: verified, de-duplicated, then applied to the order book. */
export function createServer(options: NotificationHandlerOptions, book: OrderBook): http.Server {
  const handle = Notification.handler(
    {
      // The library never logs; this is where refused notifications and failures show up.
      onError: (err, info) => console.error(`notification ${info.stage} failure → ${info.status}:`, err instanceof Error ? err.message : err),
      ...options,
    },
    (event) => book.apply(event),
  );
  return http.createServer((req, res) => {
    if (req.url === '/wechatpay/notify') void handle(req, res);
    else {
      res.statusCode = 404;
      res.end();
    }
  });
}

export function serve(options: NotificationHandlerOptions, book: OrderBook): Promise<Served> {
  const server = createServer(options, book);
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

if (require.main === module) runAsMain('node:http', serve);

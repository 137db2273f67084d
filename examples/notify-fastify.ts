/**
 * WeChat Pay notifications with Fastify. Run: `npm run build && npx tsc -p tsconfig.examples.json && node dist/examples/notify-fastify.js`.
 * `Notification.fastify` is a plugin: inside its own scope it reads bodies as raw Buffers, so the
 * app's JSON parsing elsewhere is untouched.
 */
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { Notification, type NotificationHandlerOptions } from 'wechatpay-chain';
import { OrderBook, runAsMain, type Served } from './notify-common';

export async function createApp(options: NotificationHandlerOptions, book: OrderBook): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(
    Notification.fastify(
      {
        onError: (err, info) => app.log.error({ stage: info.stage, status: info.status, err }, 'notification failure'),
        ...options,
      },
      (event) => book.apply(event),
    ),
    { prefix: '/wechatpay/notify' },
  );
  app.post('/api/echo', async (request) => request.body);
  return app;
}

export async function serve(options: NotificationHandlerOptions, book: OrderBook): Promise<Served> {
  const app = await createApp(options, book);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/wechatpay/notify`, close: () => app.close() };
}

if (require.main === module) runAsMain('Fastify', serve);

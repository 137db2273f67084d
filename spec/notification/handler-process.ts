/**
 * One notification handler process for the multi-process specs (started with `fork`): node:http,
 * `Notification.handler` and a `RedisDedupStore` on the spec's redis-server, through the client
 * library named in WXPAY_REDIS_CLIENT. Its function records each run in Redis with plain
 * commands, independent of the store: `runs:<id>` counts runs, `overlap:<id>` counts runs that began
 * while another was active. What it does is chosen by the order's out_trade_no:
 * `SLOW…` takes 300 ms, `THROW…` throws on the first run of the id (in any process), `HANG…` never
 * finishes on the first run of the id (the spec kills that process). It tells the parent `{ ready: port }` and `{ started: id }`.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Notification, RedisDedupStore } from '../../lib';
import { listen } from '../support/listen';
import { type ClientName, connect } from '../support/redis-clients';

async function main(): Promise<void> {
  const env = process.env;
  const conn = await connect(env.WXPAY_REDIS_CLIENT as ClientName, env.WXPAY_REDIS_URL as string);
  const dedup = new RedisDedupStore(conn.client, { prefix: env.WXPAY_PREFIX as string, lease: Number(env.WXPAY_LEASE) });
  const ns = `${env.WXPAY_PREFIX}probe:`;
  const handler = Notification.handler(
    {
      certs: { [env.WXPAY_KEY_ID as string]: env.WXPAY_PUBLIC_PEM as string },
      apiv3Key: env.WXPAY_APIV3_KEY as string,
      dedup,
      dedupWait: Number(env.WXPAY_WAIT ?? 2000),
      onError: (err, info) => process.send?.({ error: `${info.stage}:${info.status}:${(err as { reason?: string }).reason ?? ''}` }),
    },
    async (event) => {
      const id = event.id;
      const trade = String((event.resource as { out_trade_no?: unknown }).out_trade_no);
      if (Number(await conn.raw(['INCR', `${ns}active:${id}`])) > 1) await conn.raw(['INCR', `${ns}overlap:${id}`]);
      try {
        const first = Number(await conn.raw(['INCR', `${ns}attempts:${id}`])) === 1;
        // Told once the attempt is counted, so a process killed after this message has counted it.
        process.send?.({ started: id });
        if (trade.startsWith('HANG') && first) await new Promise(() => undefined);
        if (trade.startsWith('SLOW')) await sleep(300);
        if (trade.startsWith('THROW') && first) throw new Error('first run fails');
        await conn.raw(['INCR', `${ns}runs:${id}`]);
      } finally {
        await conn.raw(['DECR', `${ns}active:${id}`]);
      }
    },
  );
  const server = await listen(handler);
  process.send?.({ ready: server.port });
  process.on('disconnect', () => {
    void server.close();
    void conn.close();
    process.exit(0);
  });
}

main().catch((err: unknown) => {
  process.send?.({ fatal: String(err) });
  process.exit(1);
});

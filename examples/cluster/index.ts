/**
 * Several processes, one truth: node:cluster workers share one port, each with a notification
 * handler whose de-duplication is a RedisDedupStore, while the emulator delivers every notification
 * three times at once (as the platform's several servers sometimes do). Each payment is processed
 * exactly once, whichever workers the copies reach.
 *
 * Run (needs a Redis server): `npm run build && npx tsc -p tsconfig.examples.json &&
 * REDIS_URL=redis://127.0.0.1:6379 node dist/examples/cluster/index.js`
 */
import cluster from 'node:cluster';
import http from 'node:http';
import net from 'node:net';
import { Redis } from 'ioredis';
import { Builder, Notification, RedisDedupStore } from 'wechatpay-chain';
import { Emulator } from 'wechatpay-chain/emulator';

const WORKERS = Number(process.env.WORKERS ?? 3);
const PAYMENTS = 3;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Messages from workers to the primary. */
type FromWorker = { ready: true } | { processed: string; worker: number } | { delivery: number; status: number };

async function worker(): Promise<void> {
  const { certs, apiv3Key, prefix } = JSON.parse(process.env.WXPAY_NOTIFY as string) as { certs: Record<string, string>; apiv3Key: string; prefix: string };
  const redis = new Redis(REDIS_URL);
  const id = cluster.worker?.id ?? 0;
  const send = (m: FromWorker): void => {
    process.send?.(m);
  };
  const handle = Notification.handler(
    {
      certs,
      apiv3Key,
      // Shared by all workers: a notification is claimed in Redis before the function runs.
      dedup: new RedisDedupStore(redis, { prefix, lease: 20_000 }),
      onError: (err, info) => console.error(`worker ${id}: ${info.stage} → ${info.status}: ${err instanceof Error ? err.message : String(err)}`),
    },
    async (event) => {
      if (!Notification.is(event, 'TRANSACTION.SUCCESS')) return;
      // "Ship the goods": your real work goes here; it is counted in Redis to show it happens once.
      await redis.incr(`${prefix}processed:${event.resource.out_trade_no}`);
      await new Promise((r) => setTimeout(r, 100));
      send({ processed: event.resource.out_trade_no, worker: id });
    },
  );
  const server = http.createServer((req, res) => {
    res.on('finish', () => send({ delivery: id, status: res.statusCode }));
    void handle(req, res);
  });
  server.listen(Number(process.env.PORT), '127.0.0.1', () => send({ ready: true }));
  process.on('disconnect', () => {
    server.close();
    redis.disconnect();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function primary(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
  } catch {
    console.error(`No Redis at ${REDIS_URL}: start one (apt-get install redis-server) or set REDIS_URL.`);
    return false;
  }
  // The emulator delivers each notification three times at once.
  const emulator = await Emulator.start({ notify: { timeScale: 0.001, duplicates: 3 } });
  const port = await freePort();
  const prefix = `cluster-example:${Date.now()}:`;
  const env = { PORT: String(port), WXPAY_NOTIFY: JSON.stringify({ ...emulator.notificationOptions(), prefix }) };
  const processedBy = new Map<string, number[]>();
  const deliveries = new Map<number, number>();
  try {
    const workers = Array.from({ length: WORKERS }, () => cluster.fork(env));
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) =>
            w.on('message', (m: FromWorker) => {
              if ('ready' in m) resolve();
              else if ('processed' in m) processedBy.set(m.processed, [...(processedBy.get(m.processed) ?? []), m.worker]);
              else deliveries.set(m.delivery, (deliveries.get(m.delivery) ?? 0) + 1);
            }),
          ),
      ),
    );
    console.log(`${WORKERS} workers listening on http://127.0.0.1:${port}/notify, sharing Redis ${REDIS_URL.replace(/\/\/[^@/]*@/, '//')}`);

    const options = emulator.clientOptions();
    const client = Builder.factory(options);
    const orders: string[] = [];
    for (let i = 1; i <= PAYMENTS; i += 1) {
      const outTradeNo = `CLUSTER${Date.now()}${i}`;
      await client.v3.pay.transactions.native.post({
        json: {
          appid: 'wxd678efh567hg6787',
          mchid: options.mchid,
          description: `Cluster demo ${i}`,
          out_trade_no: outTradeNo,
          notify_url: `http://127.0.0.1:${port}/notify`,
          amount: { total: 100 * i, currency: 'CNY' },
        },
      });
      orders.push(outTradeNo);
    }
    await Promise.all(orders.map((o) => emulator.pay(o)));
    const records = (await emulator.notifier.waitFor((rs) => orders.every((o) => rs.some((r) => r.outTradeNo === o && r.status !== 'pending')), 20_000)).filter(
      (r) => r.outTradeNo !== undefined && orders.includes(r.outTradeNo),
    );
    await new Promise((r) => setTimeout(r, 200)); // the last messages from the workers

    let ok = true;
    for (const o of orders) {
      const record = records.find((r) => r.outTradeNo === o);
      const count = Number((await redis.get(`${prefix}processed:${o}`)) ?? 0);
      const by = processedBy.get(o) ?? [];
      const copies = record?.history.map((a) => a.status).join(' ') ?? 'none';
      console.log(
        `payment ${o}: ${copies.split(' ').length} copies delivered (answers ${copies}); processed ${count === 1 ? 'once' : `${count} times`}${by.length ? ` by worker ${by.join(', ')}` : ''}`,
      );
      if (count !== 1 || record?.status !== 'delivered') ok = false;
    }
    console.log(
      `deliveries per worker: ${Array.from(deliveries)
        .sort(([a], [b]) => a - b)
        .map(([w, n]) => `worker ${w}: ${n}`)
        .join(', ')}`,
    );
    console.log(ok ? 'each payment was processed exactly once.' : 'FAILED: a payment was not processed exactly once.');
    for (const w of workers) w.disconnect();
    return ok;
  } finally {
    await emulator.close();
    redis.disconnect();
  }
}

if (cluster.isPrimary) {
  primary().then(
    (ok) => {
      process.exitCode = ok ? 0 : 1;
    },
    (err: unknown) => {
      console.error('cluster example failed:', err instanceof Error ? err.message : err);
      process.exitCode = 1;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill();
    },
  );
} else {
  void worker();
}

/**
 * bench:notification — cost of verifying and decrypting one APIv3 notification with
 * `Notification.parse` against the floor (one RSA verify, one AES-GCM decrypt and one JSON.parse
 * with node:crypto directly), the node:http handler's throughput over loopback, and that throughput
 * with the memory store against RedisDedupStore on a local redis-server (skipped without one). Prints figures.
 */
import { createCipheriv, createDecipheriv, generateKeyPairSync, randomBytes, randomUUID, sign, verify } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type DedupStore, KeyStore, MemoryDedupStore, Notification, RedisDedupStore } from '../lib';
import { CLIENT_NAMES, connect } from '../spec/support/redis-clients';
import { hasRedisServer, startRedis } from '../spec/support/redis-server';

const N = Number(process.env.BENCH_NOTIFICATIONS ?? 3000);
const APIV3 = '0123456789abcdef0123456789abcdef';
const SERIAL = 'PUB_KEY_ID_BENCH';
const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicPem = platform.publicKey.export({ type: 'spki', format: 'pem' }).toString();

function notification(): { headers: Record<string, string>; body: string } {
  const nonce = randomBytes(6).toString('hex');
  const c = createCipheriv('aes-256-gcm', Buffer.from(APIV3), Buffer.from(nonce));
  c.setAAD(Buffer.from('transaction'));
  const resource = JSON.stringify({
    mchid: '1900000001',
    appid: 'wx1',
    out_trade_no: `B${nonce}`,
    transaction_id: '4200000001',
    trade_state: 'SUCCESS',
    amount: { total: 100, payer_total: 100, currency: 'CNY', payer_currency: 'CNY' },
  });
  const ciphertext = Buffer.concat([c.update(resource), c.final(), c.getAuthTag()]).toString('base64');
  const body = JSON.stringify({
    id: randomUUID(),
    create_time: '2024-01-01T00:00:00+08:00',
    resource_type: 'encrypt-resource',
    event_type: 'TRANSACTION.SUCCESS',
    summary: '支付成功',
    resource: { original_type: 'transaction', algorithm: 'AEAD_AES_256_GCM', ciphertext, associated_data: 'transaction', nonce },
  });
  const ts = String(Math.floor(Date.now() / 1000));
  const sigNonce = randomBytes(16).toString('hex');
  const signature = sign('sha256', Buffer.from(`${ts}\n${sigNonce}\n${body}\n`), platform.privateKey).toString('base64');
  return {
    headers: {
      'Wechatpay-Timestamp': ts,
      'Wechatpay-Nonce': sigNonce,
      'Wechatpay-Signature': signature,
      'Wechatpay-Serial': SERIAL,
      'Content-Type': 'application/json',
    },
    body,
  };
}

function floor(n: { headers: Record<string, string>; body: string }): unknown {
  const h = n.headers;
  const ok = verify(
    'sha256',
    Buffer.from(`${h['Wechatpay-Timestamp']}\n${h['Wechatpay-Nonce']}\n${n.body}\n`),
    platform.publicKey,
    Buffer.from(h['Wechatpay-Signature'] as string, 'base64'),
  );
  if (!ok) throw new Error('floor: bad signature');
  const r = (JSON.parse(n.body) as { resource: { ciphertext: string; nonce: string; associated_data: string } }).resource;
  const all = Buffer.from(r.ciphertext, 'base64');
  const d = createDecipheriv('aes-256-gcm', Buffer.from(APIV3), Buffer.from(r.nonce));
  d.setAAD(Buffer.from(r.associated_data));
  d.setAuthTag(all.subarray(all.length - 16));
  return JSON.parse(Buffer.concat([d.update(all.subarray(0, all.length - 16)), d.final()]).toString('utf8'));
}

type Input = { headers: Record<string, string>; body: string };

/** `handler` served on 127.0.0.1, and a poster of notifications to it (8 keep-alive sockets at most). */
async function loopback(handler: http.RequestListener): Promise<{ post: (n: Input) => Promise<number>; close: () => void }> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const post = (n: Input) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/notify', method: 'POST', agent, headers: n.headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(n.body);
    });
  const close = () => {
    agent.destroy();
    server.close();
  };
  return { post, close };
}

async function once(inputs: Input[], fn: (n: Input) => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  for (const n of inputs) await fn(n);
  return Number(process.hrtime.bigint() - start) / 1000 / inputs.length;
}

async function main(): Promise<void> {
  const inputs = Array.from({ length: N }, notification);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  console.log(`bench:notification — ${N} notifications × ${rounds} rounds (best shown), RSA-2048, node ${process.version}`);
  const store = new KeyStore({ [SERIAL]: publicPem });
  const certs = { [SERIAL]: publicPem };
  const cases: Array<[string, (n: Input) => unknown]> = [
    ['floor (node:crypto verify + GCM + JSON.parse)', floor],
    ['Notification.parse, shared KeyStore', (n) => Notification.parse(n, { certs: store, apiv3Key: APIV3 })],
    ['Notification.parse, one plain certs object', (n) => Notification.parse(n, { certs, apiv3Key: APIV3 })],
    ['Notification.parse, new certs object per call', (n) => Notification.parse(n, { certs: { [SERIAL]: publicPem }, apiv3Key: APIV3 })],
  ];
  for (const [, fn] of cases) for (const n of inputs.slice(0, 300)) await fn(n);
  const best = cases.map(() => Infinity);
  // Interleave the cases so machine noise and warm-up do not favour one of them.
  for (let r = 0; r < rounds; r += 1) {
    for (let i = 0; i < cases.length; i += 1) best[i] = Math.min(best[i] as number, await once(inputs, (cases[i] as [string, (n: Input) => unknown])[1]));
  }
  cases.forEach(([label], i) =>
    console.log(
      `${label.padEnd(48)} ${(best[i] as number).toFixed(1).padStart(8)} µs/notification  ${((best[i] as number) / (best[0] as number)).toFixed(2)}× floor`,
    ),
  );

  // The node:http handler over loopback, 8 requests in flight, keep-alive.
  const { post, close } = await loopback(Notification.handler({ certs: store, apiv3Key: APIV3, dedup: false }, () => undefined));
  const latencies: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < inputs.length) {
        const n = inputs[next++] as { headers: Record<string, string>; body: string };
        const t = process.hrtime.bigint();
        const status = await post(n);
        if (status !== 200) throw new Error(`handler answered ${status}`);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  console.log(
    `node:http handler, 8 in flight: ${(inputs.length / seconds).toFixed(0)} notifications/s, p50 ${latencies[Math.floor(latencies.length / 2)]?.toFixed(2)} ms, p99 ${latencies[Math.floor(latencies.length * 0.99)]?.toFixed(2)} ms`,
  );
  close();
  await dedupStores(inputs, store);
}

/**
 * One handler process, 8 requests in flight: throughput with the memory store against the Redis
 * store (each client library) on a local redis-server. Warm each variant, then interleave blocks;
 * a fresh store (new prefix) per block so every notification is new to it.
 */
async function dedupStores(inputs: Input[], keys: KeyStore): Promise<void> {
  if (!hasRedisServer) {
    console.log('dedup stores: skipped (redis-server not found; apt-get install redis-server)');
    return;
  }
  const redis = await startRedis();
  const conns = await Promise.all(CLIENT_NAMES.map((n) => connect(n, redis.url)));
  let current: http.RequestListener = () => undefined;
  const { post, close } = await loopback((req, res) => current(req, res));
  let block = 0;
  const variants: Array<[string, () => DedupStore]> = [
    ['memory store', () => new MemoryDedupStore()],
    ...conns.map((c, i): [string, () => DedupStore] => [
      `RedisDedupStore (${CLIENT_NAMES[i]})`,
      () => new RedisDedupStore(c.client, { prefix: `bench:${block}:` }),
    ]),
  ];
  const size = Math.min(inputs.length, Number(process.env.BENCH_BLOCK ?? 600));
  const slice = inputs.slice(0, size);
  const run = async (make: () => DedupStore): Promise<number> => {
    block += 1;
    current = Notification.handler({ certs: keys, apiv3Key: APIV3, dedup: make() }, () => undefined);
    let next = 0;
    const started = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < slice.length) {
          const status = await post(slice[next++] as Input);
          if (status !== 200) throw new Error(`handler answered ${status}`);
        }
      }),
    );
    return slice.length / (Number(process.hrtime.bigint() - started) / 1e9);
  };
  for (const [, make] of variants) await run(make);
  const blocks = Number(process.env.BENCH_BLOCKS ?? 5);
  const rates: number[][] = variants.map(() => []);
  for (let b = 0; b < blocks; b += 1) {
    for (let i = 0; i < variants.length; i += 1) rates[i]!.push(await run(variants[i]![1]));
  }
  const median = (xs: number[]): number => {
    const s = [...xs].sort((x, y) => x - y);
    return s[Math.floor(s.length / 2)] as number;
  };
  console.log(`dedup stores, one handler process, 8 in flight, ${blocks} interleaved blocks of ${size} (median):`);
  variants.forEach(([label], i) => {
    const ratio = median(rates[i]!.map((r, b) => r / (rates[0]![b] as number)));
    console.log(`  ${label.padEnd(32)} ${median(rates[i]!).toFixed(0).padStart(6)} notifications/s  ${ratio.toFixed(2)}× memory store`);
  });
  close();
  await Promise.all(conns.map((c) => c.close()));
  await redis.stop();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

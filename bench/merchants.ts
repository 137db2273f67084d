/**
 * Child process for the client benchmark's many-merchants run: builds BENCH_MERCHANTS clients (one per
 * merchant id, as a service provider or a platform would), makes one call with each (64 in flight),
 * and reports the heap and external memory each additional client costs. It then waits, sockets
 * open, while the parent asks the gateway how many connections it holds; run with --expose-gc.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { Builder, type Client } from '../lib';

const url = process.env.BENCH_URL ?? '';
const merchantKey = createPrivateKey(process.env.BENCH_MERCHANT_KEY ?? '');
const platformKey = createPublicKey(process.env.BENCH_PLATFORM_PUBLIC ?? '');
const serial = process.env.BENCH_SERIAL ?? 'PUB_KEY_ID_BENCH';
const count = Number(process.env.BENCH_MERCHANTS ?? 1000);
const gc =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    throw new Error('run with --expose-gc');
  });

function build(mchid: string): Client {
  return Builder.factory({
    mchid,
    serial: '3775B6A45ACD588826D15E583A95F5DD00000000',
    privateKey: merchantKey,
    certs: { [serial]: platformKey },
    baseURL: url,
  });
}

async function call(client: Client): Promise<void> {
  const res = await client.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'BENCH0001', query: { mchid: '1900000001' } });
  if ((res.data as { trade_state?: string }).trade_state !== 'SUCCESS') throw new Error('unexpected answer');
}

function memory(): number {
  for (let i = 0; i < 4; i += 1) gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

async function main(): Promise<void> {
  // Warm: modules loaded, code compiled, one client's worth of shared state in place.
  const first = build('1800000000');
  for (let i = 0; i < 50; i += 1) await call(first);
  const base = memory();
  const clients = Array.from({ length: count }, (_, i) => build(String(1900000000 + i)));
  const built = memory();
  let next = 0;
  const worker = async () => {
    while (next < clients.length) {
      const c = clients[next] as Client;
      next += 1;
      await call(c);
    }
  };
  await Promise.all(Array.from({ length: 64 }, worker));
  const called = memory();
  process.send?.({ clients: clients.length, builtKB: (built - base) / 1024 / count, calledKB: (called - base) / 1024 / count });
  // Hold the clients (and their sockets) until the parent has counted the gateway's connections.
  process.on('disconnect', () => {
    clients.length = 0;
    process.exit(0);
  });
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

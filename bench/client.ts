/**
 * bench:client — client CPU per signed-and-verified request: wechatpay-chain vs the floor
 * (raw node:http with one RSA sign and one RSA verify per request), both against the same
 * signing server running in another process. Prints µs/request and the ratio.
 */
import { fork } from 'node:child_process';
import { generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import http from 'node:http';
import { join } from 'node:path';
import { Builder } from '../lib';
import { V3_ACCEPT } from '../lib/client';
import { USER_AGENT } from '../lib/transport';

// Many short interleaved blocks: slow drifts in machine load hit both sides alike, and the median
// of the per-block ratios ignores the blocks a burst of other work landed in.
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 250);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 1);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 24);
const MCHID = '1900000001';
const SERIAL = '3775B6A45ACD588826D15E583A95F5DD00000000';
const PUB = 'PUB_KEY_ID_BENCH';

const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });

async function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = fork(join(__dirname, 'signing-server.js'), [], {
    env: { ...process.env, BENCH_PLATFORM_KEY: platform.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), BENCH_SERIAL: PUB },
  });
  const url = await new Promise<string>((resolve) => child.once('message', (m: { url: string }) => resolve(m.url)));
  return { url, stop: () => child.disconnect() };
}

/** The floor: what any correct client must do at least — one sign, one request, one verify. */
function floorClient(base: string, key: KeyObject, platformKey: KeyObject) {
  const agent = new http.Agent({ keepAlive: true });
  const u = new URL(base);
  return () => new Promise<unknown>((resolve, reject) => {
    const path = '/v3/pay/transactions/out-trade-no/BENCH0001?mchid=1900000001';
    const ts = Math.floor(Date.now() / 1000);
    const nonce = randomBytes(16).toString('hex');
    const signature = sign('sha256', Buffer.from(`GET\n${path}\n${ts}\n${nonce}\n\n`), key).toString('base64');
    const req = http.request({
      host: u.hostname, port: u.port, path, method: 'GET', agent,
      // the same protocol headers our client sends, so only the client machinery differs
      headers: {
        Accept: V3_ACCEPT, 'User-Agent': USER_AGENT, 'Wechatpay-Serial': PUB, 'Accept-Encoding': 'gzip, deflate, br',
        Authorization: `WECHATPAY2-SHA256-RSA2048 mchid="${MCHID}",serial_no="${SERIAL}",timestamp="${ts}",nonce_str="${nonce}",signature="${signature}"`,
      },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const h = res.headers;
        const msg = Buffer.concat([Buffer.from(`${h['wechatpay-timestamp']}\n${h['wechatpay-nonce']}\n`), body, Buffer.from('\n')]);
        if (!verify('sha256', msg, platformKey, Buffer.from(String(h['wechatpay-signature']), 'base64'))) reject(new Error('bad signature'));
        else resolve(JSON.parse(body.toString('utf8')));
      });
    });
    req.on('error', reject);
    req.end();
  });
}

async function run(call: () => Promise<unknown>, n: number): Promise<number> {
  let next = 0;
  const start = process.cpuUsage();
  const worker = async () => { while (next < n) { next += 1; await call(); } };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}

async function main(): Promise<void> {
  const server = await startServer();
  const client = Builder.factory({ mchid: MCHID, serial: SERIAL, privateKey: merchant.privateKey, certs: { [PUB]: platform.publicKey }, baseURL: server.url });
  const ours = () => client.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'BENCH0001', query: { mchid: MCHID } });
  const floor = floorClient(server.url, merchant.privateKey, platform.publicKey);
  await run(ours, 200);
  await run(floor, 200);
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < ROUNDS; r += 1) {
    // alternate which side goes first
    const [x, y] = r % 2 ? [await run(ours, REQUESTS), await run(floor, REQUESTS)] : [NaN, NaN];
    const f = r % 2 ? y : await run(floor, REQUESTS);
    const o = r % 2 ? x : await run(ours, REQUESTS);
    a.push(o);
    b.push(f);
    ratios.push(o / f);
  }
  const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)] as number;
  console.log(`bench:client  ${ROUNDS} interleaved blocks × ${REQUESTS} requests each side, ${CONCURRENCY} in flight, server in another process`);
  console.log(`  floor (node:http + 1 sign + 1 verify): median ${median(b).toFixed(1)} µs CPU/request`);
  console.log(`  wechatpay-chain (Proxy + axios + interceptors): median ${median(a).toFixed(1)} µs CPU/request`);
  console.log(`  overhead: ${(median(a) - median(b)).toFixed(1)} µs/request`);
  console.log(`  ratio (median of per-block ratios): ${median(ratios).toFixed(3)}× (target ≤ 1.15×)`);
  server.stop();
}

void main().catch((err: unknown) => { console.error(err); process.exit(1); });

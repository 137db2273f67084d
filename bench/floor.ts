/**
 * bench:client's floors: the least any correct client does per call — one sign, one request, one
 * verify — written straight on node:http and node:crypto, with the headers our client sends.
 */
import { randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import http from 'node:http';
import { V3_ACCEPT } from '../lib/request/driver';
import { USER_AGENT } from '../lib/request/transport';

export const MCHID = '1900000001';
export const SERIAL = '3775B6A45ACD588826D15E583A95F5DD00000000';
export const PUB = 'PUB_KEY_ID_BENCH';
export const PATH = `/v3/pay/transactions/out-trade-no/BENCH0001?mchid=${MCHID}`;

export type Mode = 'sync' | 'pool';

/**
 * The floor: what any correct client must do at least — one sign, one request, one verify. `sync`
 * signs and verifies on the main thread; `pool` does both on the libuv threadpool (the callback forms
 * of crypto.sign and crypto.verify), as the client does while other calls are in flight;
 * `pool-sign` signs there and verifies on the main thread (the threadpool floor of earlier runs).
 */
export function floorClient(base: string, key: KeyObject, platformKey: KeyObject, mode: Mode | 'pool-sign'): () => Promise<unknown> {
  const agent = new http.Agent({ keepAlive: true });
  const u = new URL(base);
  const send = (ts: number, nonce: string, signature: string, resolve: (v: unknown) => void, reject: (e: unknown) => void) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: PATH,
        method: 'GET',
        agent,
        // the same protocol headers our client sends, so only the client machinery differs
        headers: {
          Accept: V3_ACCEPT,
          'User-Agent': USER_AGENT,
          'Wechatpay-Serial': PUB,
          'Accept-Encoding': 'gzip, deflate, br',
          Authorization: `WECHATPAY2-SHA256-RSA2048 mchid="${MCHID}",serial_no="${SERIAL}",timestamp="${ts}",nonce_str="${nonce}",signature="${signature}"`,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const h = res.headers;
          const msg = Buffer.concat([Buffer.from(`${h['wechatpay-timestamp']}\n${h['wechatpay-nonce']}\n`), body, Buffer.from('\n')]);
          const signature = Buffer.from(String(h['wechatpay-signature']), 'base64');
          const settle = (ok: boolean) => (ok ? resolve(JSON.parse(body.toString('utf8'))) : reject(new Error('bad signature')));
          if (mode === 'pool') verify('sha256', msg, platformKey, signature, (err, ok) => (err ? reject(err) : settle(ok)));
          else settle(verify('sha256', msg, platformKey, signature));
        });
      },
    );
    req.on('error', reject);
    req.end();
  };
  return () =>
    new Promise<unknown>((resolve, reject) => {
      const ts = Math.floor(Date.now() / 1000);
      const nonce = randomBytes(16).toString('hex');
      const message = Buffer.from(`GET\n${PATH}\n${ts}\n${nonce}\n\n`);
      if (mode === 'sync') {
        send(ts, nonce, sign('sha256', message, key).toString('base64'), resolve, reject);
      } else {
        sign('sha256', message, key, (err, signature) => {
          if (err) reject(err);
          else send(ts, nonce, signature.toString('base64'), resolve, reject);
        });
      }
    });
}

/**
 * Child process for the client benchmark: a gateway on 127.0.0.1 that answers every request with the
 * same small JSON body and a pre-computed signature (re-signed once a second so the timestamp stays
 * fresh). Answering costs it no RSA work per request, so the client gets the machine's other core.
 * It reports its URL over IPC and, when asked, how many client connections it holds open.
 */
import { createPrivateKey, sign } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const key = createPrivateKey(process.env.BENCH_PLATFORM_KEY ?? '');
const serial = process.env.BENCH_SERIAL ?? 'PUB_KEY_ID_BENCH';
const body = Buffer.from('{"trade_state":"SUCCESS","out_trade_no":"BENCH0001","amount":{"total":100}}', 'utf8');

function signedHeaders(): Record<string, string> {
  const ts = String(Math.floor(Date.now() / 1000));
  const nonce = `N${ts}0123456789abcdefghijklmnopq`.slice(0, 32);
  const signature = sign('sha256', Buffer.concat([Buffer.from(`${ts}\n${nonce}\n`), body, Buffer.from('\n')]), key).toString('base64');
  return {
    'Content-Type': 'application/json',
    'Content-Length': String(body.length),
    'Request-ID': 'bench',
    'Wechatpay-Timestamp': ts,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Signature': signature,
    'Wechatpay-Serial': serial,
    'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
  };
}

let headers = signedHeaders();
setInterval(() => {
  headers = signedHeaders();
}, 1000).unref();

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, headers);
    res.end(body);
  });
});
// Idle keep-alive sockets stay open for the whole run, so the many-merchants count sees every one.
server.keepAliveTimeout = 120_000;
server.headersTimeout = 121_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ url: `http://127.0.0.1:${port}/` });
});
process.on('message', (m: unknown) => {
  if (m === 'connections') server.getConnections((_err, count) => process.send?.({ connections: count }));
});
process.on('disconnect', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});

/**
 * Child process for benchmarks: a signing server on 127.0.0.1 that answers every request with a
 * small signed JSON body. Sends its URL to the parent over IPC.
 */
import { createPrivateKey } from 'node:crypto';
import { startSigningServer } from '../spec/support/server';

const pem = process.env.BENCH_PLATFORM_KEY ?? '';
const serial = process.env.BENCH_SERIAL ?? 'PUB_KEY_ID_BENCH';
void startSigningServer(createPrivateKey(pem), serial).then((server) => {
  server.handle(() => ({ body: '{"trade_state":"SUCCESS","out_trade_no":"BENCH0001","amount":{"total":100}}' }));
  // keep memory flat: the recorder is not needed here
  setInterval(() => { server.requests.length = 0; }, 1000).unref();
  process.send?.({ url: server.url });
  process.on('disconnect', () => { void server.close().then(() => process.exit(0)); });
});

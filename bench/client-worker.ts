/**
 * Child process of bench:client: runs one variant (BENCH_VARIANT) in a process of its own, so no
 * variant's garbage, heap or JIT feedback lands on another's figures. It checks one answer, then runs
 * each block the parent asks for and reports its sample.
 */
import { block, makeCall } from './client-variants';

const call = makeCall(process.env.BENCH_VARIANT ?? '', {
  url: process.env.BENCH_URL ?? '',
  merchantKey: process.env.BENCH_MERCHANT_KEY ?? '',
  platformPrivate: process.env.BENCH_PLATFORM_KEY ?? '',
  beforeDist: process.env.BENCH_BEFORE_DIST,
});

interface BlockRequest {
  n: number;
  inFlight: number;
}

process.on('message', (m: unknown) => {
  const req = m as BlockRequest;
  block(call, req.n, req.inFlight).then(
    (sample) => process.send?.({ sample }),
    (err: unknown) => process.send?.({ error: String(err) }),
  );
});
process.on('disconnect', () => process.exit(0));

void call().then(
  (answer) => {
    const a = answer as { data?: { trade_state?: string }; trade_state?: string };
    process.send?.((a.data ?? a).trade_state === 'SUCCESS' ? { ready: true } : { error: 'unexpected answer' });
  },
  (err: unknown) => process.send?.({ error: String(err) }),
);

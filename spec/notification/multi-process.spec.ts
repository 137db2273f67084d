/**
 * Several handler processes (real child processes, see handler-process.ts) sharing a real
 * redis-server through RedisDedupStore, with each client library, receive the same signed
 * notifications at once — as from several platform servers behind a load balancer.
 */
import { expect } from 'chai';
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DedupError, Notification, RedisDedupStore } from '../../lib';
import { APIV3_KEY, PUB_KEY_ID } from '../support/keys';
import { CLIENT_NAMES, connect, type Connected } from '../support/redis-clients';
import { listen } from '../support/listen';
import { connectedToStopped, REDIS_ABSENT, type RedisInstance, startRedis } from '../support/redis-server';
import { build, platformKey, transactionResource } from './support';

const LEASE = 3000;

interface Worker {
  proc: ChildProcess;
  url: string;
  started: string[];
  errors: string[];
}

function startWorker(env: Record<string, string>): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const proc = fork(join(__dirname, 'handler-process.js'), [], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const w: Worker = { proc, url: '', started: [], errors: [] };
    proc.on('message', (m: { ready?: number; started?: string; error?: string; fatal?: string }) => {
      if (m.ready) {
        w.url = `http://127.0.0.1:${m.ready}/`;
        resolve(w);
      }
      if (m.started) w.started.push(m.started);
      if (m.error) w.errors.push(m.error);
      if (m.fatal) reject(new Error(m.fatal));
    });
    proc.on('exit', (code) => {
      if (!w.url) reject(new Error(`handler process exited ${code}`));
    });
  });
}

function stopWorker(w: Worker): Promise<void> {
  if (w.proc.exitCode !== null || w.proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    w.proc.once('exit', () => resolve());
    w.proc.disconnect();
    setTimeout(() => w.proc.kill('SIGKILL'), 2000).unref();
  });
}

/** Wait until `test` holds, or fail saying `what`. */
async function until(test: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

async function post(url: string, n: { headers: Record<string, string>; body: string }): Promise<number> {
  try {
    return (await fetch(url, { method: 'POST', headers: n.headers, body: n.body, signal: AbortSignal.timeout(10_000) })).status;
  } catch (err) {
    throw new Error(`POST ${url} (${String(JSON.parse(n.body).id)}): ${(err as Error).message}`);
  }
}

/** A copy of `n` as another platform server would send it: same body, its own signature. */
function copy(n: ReturnType<typeof build>) {
  return build({ id: n.envelope.id as string, mutate: (e) => Object.assign(e, JSON.parse(n.body)) });
}

function order(prefix: string) {
  return build({ resource: transactionResource({ out_trade_no: `${prefix}${Math.random().toString(36).slice(2, 10)}` }) });
}

(REDIS_ABSENT ? describe.skip : describe)(`Notification handlers in several processes on redis-server${REDIS_ABSENT}`, function () {
  this.timeout(30_000);
  let redis: RedisInstance;
  before(async () => {
    redis = await startRedis();
  });
  after(async () => {
    await redis?.stop();
  });

  for (const client of CLIENT_NAMES) {
    describe(`with ${client}`, () => {
      let workers: Worker[] = [];
      let probe: Connected;
      let prefix: string;
      const count = async (what: string, id: string): Promise<number> => Number((await probe.raw(['GET', `${prefix}probe:${what}:${id}`])) ?? 0);

      // One set of processes per client library; the tests use fresh notification ids (the last one kills a process).
      before(async () => {
        prefix = `mp${Math.random().toString(36).slice(2, 8)}:`;
        const env = {
          WXPAY_REDIS_CLIENT: client,
          WXPAY_REDIS_URL: redis.url,
          WXPAY_PREFIX: prefix,
          WXPAY_LEASE: String(LEASE),
          WXPAY_WAIT: '1000',
          WXPAY_KEY_ID: PUB_KEY_ID,
          WXPAY_PUBLIC_PEM: platformKey().publicPem,
          WXPAY_APIV3_KEY: APIV3_KEY,
        };
        workers = await Promise.all([1, 2, 3].map(() => startWorker(env)));
        probe = await connect(client, redis.url);
      });
      after(async () => {
        await Promise.all(workers.map(stopWorker));
        await probe?.close();
      });

      it('three processes receiving each of six notifications at once run each one exactly once, never concurrently, and all answer 200', async () => {
        const notes = [order('SLOW'), order('SLOW'), order('SLOW'), order('FAST'), order('FAST'), order('FAST')];
        const answers = await Promise.all(notes.flatMap((n) => workers.map((w) => post(w.url, copy(n)))));
        expect(answers).to.deep.equal(Array(18).fill(200));
        for (const n of notes) {
          const id = n.envelope.id as string;
          expect(await count('runs', id), id).to.equal(1);
          expect(await count('overlap', id), id).to.equal(0);
        }
        // Later re-deliveries: success without running.
        expect(await post(workers[1]!.url, copy(notes[0]!))).to.equal(200);
        expect(await count('runs', notes[0]!.envelope.id as string)).to.equal(1);
        expect(workers.flatMap((w) => w.started).filter((id) => notes.some((n) => n.envelope.id === id))).to.have.length(6);
      });

      it('a throwing function is answered 500, and the re-delivery to another process runs it again', async () => {
        const n = order('THROW');
        const id = n.envelope.id as string;
        const before = workers[0]!.errors.length;
        expect(await post(workers[0]!.url, copy(n))).to.equal(500);
        expect(workers[0]!.errors.slice(before)).to.deep.equal(['handler:500:']);
        expect(await post(workers[1]!.url, copy(n))).to.equal(200);
        expect(await count('attempts', id)).to.equal(2);
        expect(await count('runs', id)).to.equal(1);
        expect(await post(workers[2]!.url, copy(n))).to.equal(200);
        expect(await count('attempts', id)).to.equal(2);
      });

      it('a process killed mid-function: copies within the lease answer 503, and after the lease a re-delivery in another process runs it', async () => {
        const n = order('HANG');
        const id = n.envelope.id as string;
        const victim = workers[0]!;
        const [errors1, started1, started2] = [workers[1]!.errors.length, workers[1]!.started.length, workers[2]!.started.length];
        const pending = post(victim.url, copy(n)).catch(() => 'no answer');
        await until(() => victim.started.includes(id), 'the victim to start the function');
        const claimedAt = Date.now();
        victim.proc.kill('SIGKILL');
        expect(await pending).to.equal('no answer');
        // Within the lease: the claim of the dead process still holds; never success.
        expect(await post(workers[1]!.url, copy(n))).to.equal(503);
        expect(workers[1]!.errors.slice(errors1)).to.deep.equal(['dedup:503:BUSY']);
        expect(workers[1]!.started.slice(started1)).to.deep.equal([]);
        await sleep(Math.max(0, claimedAt + LEASE + 50 - Date.now()));
        expect(await post(workers[2]!.url, copy(n))).to.equal(200);
        expect(workers[2]!.started.slice(started2)).to.deep.equal([id]);
        expect(await count('runs', id)).to.equal(1);
        expect(await post(workers[1]!.url, copy(n))).to.equal(200);
        expect(await count('attempts', id)).to.equal(2);
      });
    });
  }

  it('Redis unavailable: the handler answers 500 (never 200), does not run the function, and onError gets a DedupError — both clients', async () => {
    const conns = await connectedToStopped();
    try {
      for (const conn of conns) {
        const reports: Array<{ reason: string; stage: string; status: number; message: string }> = [];
        let runs = 0;
        const server = await listen(
          Notification.handler(
            {
              certs: { [PUB_KEY_ID]: platformKey().publicPem },
              apiv3Key: APIV3_KEY,
              dedup: new RedisDedupStore(conn.client, { prefix: 'down:', timeout: 500 }),
              onError: (e, i) => reports.push({ reason: (e as DedupError).reason, message: (e as Error).message, ...i }),
            },
            () => {
              runs += 1;
            },
          ),
        );
        try {
          expect(await post(server.url, order('FAST'))).to.equal(500);
          expect(runs).to.equal(0);
          expect(reports).to.have.length(1);
          expect(reports[0]!.stage).to.equal('dedup');
          expect(reports[0]!.status).to.equal(500);
          expect(reports[0]!.reason).to.be.oneOf(['STORE_FAILED', 'STORE_TIMEOUT']);
          expect(reports[0]!.message).to.match(/^RedisDedupStore: claim of down:1900000001:/);
        } finally {
          await server.close();
        }
      }
    } finally {
      await Promise.all(conns.map((c) => c.close()));
    }
  });
});

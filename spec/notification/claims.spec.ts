/**
 * Handlers with a claiming store, over real HTTP: several handlers (each its own engine, as in
 * separate processes) sharing one store receive the same signed notification at once. The
 * invariants: your function never runs twice at once for an id; success is never answered for an
 * id whose processing failed or is unknown; after a success, re-deliveries are answered success
 * without running it.
 */
import { expect } from 'chai';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigError, DedupError, type DedupStore, MemoryDedupStore, Notification, type NotificationHandlerOptions } from '../../lib';
import { APIV3_KEY } from '../support/keys';
import { listen } from '../support/listen';
import { build, certs } from './support';

interface Server {
  url: string;
  close(): Promise<void>;
}

function serve(options: Partial<NotificationHandlerOptions>, fn: () => unknown): Promise<Server> {
  return listen(Notification.handler({ certs: certs(), apiv3Key: APIV3_KEY, ...options }, fn));
}

async function post(url: string, n: { headers: Record<string, string>; body: string }): Promise<{ status: number; body: string }> {
  const res = await fetch(url, { method: 'POST', headers: n.headers, body: n.body });
  return { status: res.status, body: await res.text() };
}

/** The same notification as the platform re-sends it: same body, new signature. */
function again(n: ReturnType<typeof build>) {
  return build({ id: n.envelope.id as string, mutate: (e) => Object.assign(e, JSON.parse(n.body)) });
}

/** Counts runs of the function and checks none overlap. */
function tracker(work: (run: number) => Promise<void> | void = () => undefined) {
  const t = {
    runs: 0,
    active: 0,
    maxActive: 0,
    fn: async () => {
      t.runs += 1;
      t.active += 1;
      t.maxActive = Math.max(t.maxActive, t.active);
      try {
        await work(t.runs);
      } finally {
        t.active -= 1;
      }
    },
  };
  return t;
}

describe('Notification handlers sharing a claiming store', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  async function several(n: number, options: Partial<NotificationHandlerOptions>, fn: () => unknown): Promise<Server[]> {
    const started = await Promise.all(Array.from({ length: n }, () => serve(options, fn)));
    servers.push(...started);
    return started;
  }

  it('runs the function once for a notification delivered to four handlers at once; all answer 200', async () => {
    const store = new MemoryDedupStore();
    const t = tracker(() => sleep(150));
    const handlers = await several(4, { dedup: store }, t.fn);
    const n = build();
    const answers = await Promise.all(handlers.map((h) => post(h.url, again(n))));
    expect(answers.map((a) => a.status)).to.deep.equal([200, 200, 200, 200]);
    expect(t.runs).to.equal(1);
    expect(t.maxActive).to.equal(1);
    // Re-deliveries later: success without running.
    expect((await post(handlers[2]!.url, again(n))).status).to.equal(200);
    expect(t.runs).to.equal(1);
  });

  it('a delivery that waits longer than dedupWait answers 503 (never 200) and reports BUSY; the later re-delivery gets 200 without a run', async () => {
    const store = new MemoryDedupStore();
    const reports: unknown[] = [];
    const t = tracker(() => sleep(600));
    const [a, b] = await several(2, { dedup: store, dedupWait: 100, onError: (e) => reports.push(e) }, t.fn);
    const n = build();
    const first = post(a!.url, again(n));
    await sleep(50);
    const waited = Date.now();
    const second = await post(b!.url, again(n));
    expect(Date.now() - waited).to.be.within(90, 500);
    expect(second.status).to.equal(503);
    expect(JSON.parse(second.body)).to.deep.equal({ code: 'FAIL', message: 'being processed by another delivery' });
    expect(reports).to.have.length(1);
    expect(reports[0]).to.be.instanceOf(DedupError);
    expect((reports[0] as DedupError).reason).to.equal('BUSY');
    expect((await first).status).to.equal(200);
    expect((await post(b!.url, again(n))).status).to.equal(200);
    expect(t.runs).to.equal(1);
  });

  it('a throwing function: 500, the claim is released, and the re-delivery (to another handler) runs it again', async () => {
    const store = new MemoryDedupStore();
    const t = tracker((run) => {
      if (run === 1) throw new Error('database down');
    });
    const [a, b] = await several(2, { dedup: store }, t.fn);
    const n = build();
    expect((await post(a!.url, again(n))).status).to.equal(500);
    expect((await post(b!.url, again(n))).status).to.equal(200);
    expect(t.runs).to.equal(2);
    expect((await post(a!.url, again(n))).status).to.equal(200);
    expect(t.runs).to.equal(2);
  });

  it('a waiting delivery whose holder fails takes the claim and runs the function itself (never both at once)', async () => {
    const store = new MemoryDedupStore();
    const t = tracker(async (run) => {
      await sleep(100);
      if (run === 1) throw new Error('first attempt fails');
    });
    const [a, b] = await several(2, { dedup: store, dedupWait: 2000 }, t.fn);
    const n = build();
    const first = post(a!.url, again(n));
    await sleep(30);
    const second = post(b!.url, again(n));
    expect([(await first).status, (await second).status]).to.deep.equal([500, 200]);
    expect(t.runs).to.equal(2);
    expect(t.maxActive).to.equal(1);
  });

  it('an expired lease (the holder died) lets the next delivery run', async () => {
    const store = new MemoryDedupStore({ lease: 150 });
    // The dead holder: a claim that is never completed or released.
    const n = build();
    expect(store.claim(n.envelope.id as string, '1900000001').state).to.equal('claimed');
    const t = tracker();
    const [h] = await several(1, { dedup: store, dedupWait: 0 }, t.fn);
    expect((await post(h!.url, again(n))).status).to.equal(503);
    expect(t.runs).to.equal(0);
    await sleep(200);
    expect((await post(h!.url, again(n))).status).to.equal(200);
    expect(t.runs).to.equal(1);
  });

  it('a store that fails: 500 (never 200), the function does not run, onError gets a DedupError with the cause', async () => {
    const cause = new Error('connection refused');
    const broken: DedupStore = {
      seen: () => false,
      remember: () => undefined,
      claim: () => Promise.reject(cause),
      complete: () => true,
      release: () => true,
    };
    const reports: Array<{ e: unknown; stage: string; status: number }> = [];
    const t = tracker();
    const [h] = await several(1, { dedup: broken, onError: (e, i) => reports.push({ e, ...i }) }, t.fn);
    const r = await post(h!.url, build());
    expect(r.status).to.equal(500);
    expect(JSON.parse(r.body)).to.deep.equal({ code: 'FAIL', message: 'de-duplication store failed' });
    expect(t.runs).to.equal(0);
    expect(reports).to.have.length(1);
    expect(reports[0]!.stage).to.equal('dedup');
    expect(reports[0]!.status).to.equal(500);
    const e = reports[0]!.e as DedupError;
    expect(e).to.be.instanceOf(DedupError);
    expect(e.reason).to.equal('STORE_FAILED');
    expect(e.message).to.match(/claim of notification .* failed: connection refused/);
    // The client's error is kept as a plain copy (errors are safe to log).
    expect((e.cause as Error).message).to.equal(cause.message);
  });

  it('a function that outlives its lease still answers 200 (the work is done) and reports LEASE_EXPIRED', async () => {
    const store = new MemoryDedupStore({ lease: 50 });
    const reports: unknown[] = [];
    const [h] = await several(1, { dedup: store, onError: (e) => reports.push(e) }, () => sleep(120));
    const n = build();
    expect((await post(h!.url, n)).status).to.equal(200);
    expect((reports[0] as DedupError).reason).to.equal('LEASE_EXPIRED');
    expect(store.seen(n.envelope.id as string)).to.equal(true);
  });

  it('passes the merchant id from the verified resource to the store', async () => {
    const calls: string[] = [];
    const inner = new MemoryDedupStore();
    const spy: DedupStore = {
      seen: (id) => inner.seen(id),
      remember: (id, ttl) => inner.remember(id, ttl),
      claim: (id, merchant) => {
        calls.push(`claim ${merchant}`);
        return inner.claim(id);
      },
      complete: (id, token, ttl, merchant) => {
        calls.push(`complete ${merchant}`);
        return inner.complete(id, token, ttl);
      },
      release: (id, token) => inner.release(id, token),
    };
    const [h] = await several(1, { dedup: spy }, () => undefined);
    expect((await post(h!.url, build())).status).to.equal(200);
    expect(calls).to.deep.equal(['claim 1900000001', 'complete 1900000001']);
  });

  it('refuses a store with only part of the claim cycle, and a negative dedupWait', () => {
    const partial = { seen: () => false, remember: () => undefined, claim: () => ({ state: 'done' as const }) };
    expect(() => Notification.handler({ certs: certs(), apiv3Key: APIV3_KEY, dedup: partial }, () => undefined)).to.throw(
      ConfigError,
      /claim, complete and release/,
    );
    expect(() => Notification.handler({ certs: certs(), apiv3Key: APIV3_KEY, dedupWait: -1 }, () => undefined)).to.throw(ConfigError, /dedupWait/);
  });
});

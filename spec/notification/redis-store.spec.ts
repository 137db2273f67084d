/**
 * RedisDedupStore on a real redis-server, through both client libraries: the claim cycle, its
 * fencing when a lease runs out, key names, script reloading, and failures (server down, hung).
 */
import { expect } from 'chai';
import { setTimeout as sleep } from 'node:timers/promises';
import { DedupError, RedisDedupStore } from '../../lib';
import { CLIENT_NAMES, connect, type Connected } from '../support/redis-clients';
import { connectedToStopped, REDIS_ABSENT, type RedisInstance, startRedis } from '../support/redis-server';

(REDIS_ABSENT ? describe.skip : describe)(`RedisDedupStore on redis-server${REDIS_ABSENT}`, function () {
  this.timeout(20_000);
  let server: RedisInstance;
  before(async () => {
    server = await startRedis();
  });
  after(async () => {
    await server?.stop();
  });

  for (const name of CLIENT_NAMES) {
    describe(`with ${name}`, () => {
      let c: Connected;
      let prefix: string;
      beforeEach(async () => {
        c = await connect(name, server.url);
        prefix = `t${Math.random().toString(36).slice(2)}:`;
      });
      afterEach(async () => {
        await c?.close();
      });

      it('claims an id once: a second claim is busy (with the lease left), and after complete every claim is done', async () => {
        const store = new RedisDedupStore(c.client, { prefix, lease: 5000 });
        const first = await store.claim('N1', '1900000001');
        expect(first.state).to.equal('claimed');
        const second = await store.claim('N1', '1900000001');
        expect(second.state).to.equal('busy');
        if (second.state !== 'busy') return;
        expect(second.expiresIn).to.be.within(4000, 5000);
        expect(await store.seen('N1', '1900000001')).to.equal(false);
        if (first.state !== 'claimed') return;
        expect(await store.complete('N1', first.token, 60_000, '1900000001')).to.equal(true);
        expect(await store.claim('N1', '1900000001')).to.deep.equal({ state: 'done' });
        expect(await store.seen('N1', '1900000001')).to.equal(true);
        const pttl = Number(await c.raw(['PTTL', `${prefix}1900000001:N1`]));
        expect(pttl).to.be.within(55_000, 60_000);
      });

      it('namespaces keys by prefix and merchant: the same id for two merchants is two claims', async () => {
        const store = new RedisDedupStore(c.client, { prefix });
        expect((await store.claim('SAME', '1900000001')).state).to.equal('claimed');
        expect((await store.claim('SAME', '1900000002')).state).to.equal('claimed');
        expect((await store.claim('SAME')).state).to.equal('claimed');
        const keys = ((await c.raw(['KEYS', `${prefix}*`])) as string[]).sort();
        expect(keys).to.deep.equal([`${prefix}-:SAME`, `${prefix}1900000001:SAME`, `${prefix}1900000002:SAME`]);
        const other = new RedisDedupStore(c.client, { prefix: `${prefix}other:` });
        expect((await other.claim('SAME', '1900000001')).state).to.equal('claimed');
      });

      it('release frees the id for the next delivery; a wrong token neither releases nor completes', async () => {
        const store = new RedisDedupStore(c.client, { prefix });
        const a = await store.claim('N2');
        if (a.state !== 'claimed') throw new Error('not claimed');
        expect(await store.release('N2', 'not-the-token')).to.equal(false);
        expect(await store.complete('N2', 'not-the-token', 60_000)).to.equal(false);
        expect((await store.claim('N2')).state).to.equal('busy');
        expect(await store.release('N2', a.token)).to.equal(true);
        expect(await store.release('N2', a.token)).to.equal(false);
        expect((await store.claim('N2')).state).to.equal('claimed');
      });

      it('fences an expired lease: the late process can neither complete nor release the claim taken since', async () => {
        const store = new RedisDedupStore(c.client, { prefix, lease: 80 });
        const late = await store.claim('N3');
        await sleep(150);
        const next = await store.claim('N3');
        expect(next.state).to.equal('claimed');
        if (late.state !== 'claimed' || next.state !== 'claimed') return;
        expect(await store.complete('N3', late.token, 60_000)).to.equal(false);
        expect(await store.release('N3', late.token)).to.equal(false);
        expect((await store.claim('N3')).state).to.equal('busy');
        expect(await store.complete('N3', next.token, 60_000)).to.equal(true);
        expect((await store.claim('N3')).state).to.equal('done');
      });

      it('a completion after the lease ran out with nobody else claiming still marks the id done, and says the lease was lost', async () => {
        const store = new RedisDedupStore(c.client, { prefix, lease: 50 });
        const a = await store.claim('N4');
        await sleep(100);
        if (a.state !== 'claimed') return;
        expect(await store.complete('N4', a.token, 60_000)).to.equal(false);
        expect((await store.claim('N4')).state).to.equal('done');
      });

      it('of many concurrent claims of one id, exactly one wins', async () => {
        const store = new RedisDedupStore(c.client, { prefix });
        const results = await Promise.all(Array.from({ length: 50 }, () => store.claim('RACE')));
        expect(results.filter((r) => r.state === 'claimed')).to.have.length(1);
        expect(results.filter((r) => r.state === 'busy')).to.have.length(49);
      });

      it('reloads its scripts when Redis lost them (SCRIPT FLUSH), and supports seen/remember', async () => {
        const store = new RedisDedupStore(c.client, { prefix });
        await store.remember('OLD', 60_000);
        expect(await store.seen('OLD')).to.equal(true);
        await c.raw(['SCRIPT', 'FLUSH']);
        expect(await store.seen('OLD')).to.equal(true);
        expect((await store.claim('OLD')).state).to.equal('done');
        expect(await store.seen('NEVER')).to.equal(false);
      });
    });
  }

  describe('failures', () => {
    it('a server that is gone fails with STORE_FAILED naming the operation and key (ioredis and node-redis, no offline queue)', async () => {
      const conns = await connectedToStopped({ noOfflineQueue: true });
      try {
        for (const conn of conns) {
          const store = new RedisDedupStore(conn.client, { prefix: 'p:', timeout: 3000 });
          const err = await store.claim('DOWN', '1900000001').then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(err).to.be.instanceOf(DedupError);
          expect((err as DedupError).reason).to.equal('STORE_FAILED');
          expect((err as DedupError).message).to.match(/^RedisDedupStore: claim of p:1900000001:DOWN failed: /);
        }
      } finally {
        await Promise.all(conns.map((k) => k.close()));
      }
    });

    it('a hung server fails with STORE_TIMEOUT after `timeout` ms, for both clients', async () => {
      const hung = await startRedis();
      const conns = await Promise.all(CLIENT_NAMES.map((n) => connect(n, hung.url)));
      hung.pause();
      try {
        for (const conn of conns) {
          const store = new RedisDedupStore(conn.client, { prefix: 'p:', timeout: 200 });
          const started = Date.now();
          const err = await store.claim('HUNG').then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(err).to.be.instanceOf(DedupError);
          expect((err as DedupError).reason).to.equal('STORE_TIMEOUT');
          expect(Date.now() - started).to.be.within(180, 1500);
        }
      } finally {
        hung.resume();
        await Promise.all(conns.map((k) => k.close()));
        await hung.stop();
      }
    });

    it('refuses something that is not a Redis client, and a bad lease', () => {
      expect(() => new RedisDedupStore({} as never)).to.throw(TypeError, /ioredis .* node-redis/);
      expect(() => new RedisDedupStore({ sendCommand: async () => 'OK' }, { lease: 0 })).to.throw(RangeError, /lease/);
      expect(() => new RedisDedupStore({ sendCommand: async () => 'OK' }, { lease: 1.5 })).to.throw(RangeError, /lease/);
    });
  });
});

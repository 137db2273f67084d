import { expect } from 'chai';
import { DEFAULT_DEDUP_TTL, MemoryDedupStore } from '../../lib';

describe('MemoryDedupStore', () => {
  it('remembers ids until their TTL passes', () => {
    let now = 1_000;
    const store = new MemoryDedupStore({ clock: () => now });
    expect(store.seen('a')).to.equal(false);
    store.remember('a', 500);
    expect(store.seen('a')).to.equal(true);
    now = 1_499;
    expect(store.seen('a')).to.equal(true);
    now = 1_500;
    expect(store.seen('a')).to.equal(false);
    expect(store.size).to.equal(0);
  });

  it('keeps at most `max` ids, dropping the oldest first', () => {
    const store = new MemoryDedupStore({ max: 3 });
    for (const id of ['a', 'b', 'c', 'd']) store.remember(id, 60_000);
    expect(store.size).to.equal(3);
    expect(['a', 'b', 'c', 'd'].map((id) => store.seen(id))).to.deep.equal([false, true, true, true]);
    store.remember('b', 60_000); // refreshed: now the newest
    store.remember('e', 60_000);
    expect(['b', 'c', 'd', 'e'].map((id) => store.seen(id))).to.deep.equal([true, false, true, true]);
  });

  it("defaults to a TTL longer than the platform's ~24 h retry schedule, and refuses a bad max", () => {
    expect(DEFAULT_DEDUP_TTL).to.be.greaterThan((24 * 60 + 4) * 60 * 1000);
    expect(() => new MemoryDedupStore({ max: 0 })).to.throw(RangeError);
  });
});

describe('MemoryDedupStore: claim → complete / release', () => {
  it('gives an id to one claim at a time; complete makes it done for the ttl', () => {
    let now = 1_000;
    const store = new MemoryDedupStore({ clock: () => now, lease: 100 });
    const a = store.claim('n');
    expect(a.state).to.equal('claimed');
    expect(store.claim('n')).to.deep.equal({ state: 'busy', expiresIn: 100 });
    expect(store.seen('n')).to.equal(false);
    now = 1_040;
    expect(store.claim('n')).to.deep.equal({ state: 'busy', expiresIn: 60 });
    if (a.state !== 'claimed') return;
    expect(store.complete('n', a.token, 500)).to.equal(true);
    expect(store.claim('n')).to.deep.equal({ state: 'done' });
    expect(store.seen('n')).to.equal(true);
    now = 1_540;
    expect(store.claim('n').state).to.equal('claimed');
  });

  it("release frees the id; a token that is not the holder's does nothing", () => {
    const store = new MemoryDedupStore();
    const a = store.claim('n');
    if (a.state !== 'claimed') throw new Error('not claimed');
    expect(store.release('n', 'other')).to.equal(false);
    expect(store.complete('n', 'other', 1000)).to.equal(false);
    expect(store.claim('n').state).to.equal('busy');
    expect(store.release('n', a.token)).to.equal(true);
    expect(store.claim('n').state).to.equal('claimed');
  });

  it('after the lease, the next claim wins and the late holder can neither complete nor release it', () => {
    let now = 0;
    const store = new MemoryDedupStore({ clock: () => now, lease: 100 });
    const late = store.claim('n');
    now = 100;
    const next = store.claim('n');
    expect(next.state).to.equal('claimed');
    if (late.state !== 'claimed' || next.state !== 'claimed') return;
    expect(late.token).to.not.equal(next.token);
    expect(store.complete('n', late.token, 1000)).to.equal(false);
    expect(store.release('n', late.token)).to.equal(false);
    expect(store.claim('n').state).to.equal('busy');
    // A late completion with nobody else holding the id still records it done, but says the lease was lost.
    now = 300;
    expect(store.complete('n', next.token, 1000)).to.equal(false);
    expect(store.seen('n')).to.equal(true);
  });

  it('never evicts a claim in progress to make room', () => {
    const store = new MemoryDedupStore({ max: 2 });
    const held = store.claim('held');
    store.remember('a', 60_000);
    store.remember('b', 60_000);
    store.remember('c', 60_000);
    expect(store.claim('held').state).to.equal('busy');
    if (held.state === 'claimed') expect(store.complete('held', held.token, 60_000)).to.equal(true);
    expect(() => new MemoryDedupStore({ lease: -1 })).to.throw(RangeError, /lease/);
  });
});

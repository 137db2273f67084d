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

  it('defaults to a TTL longer than the platform\'s ~24 h retry schedule, and refuses a bad max', () => {
    expect(DEFAULT_DEDUP_TTL).to.be.greaterThan((24 * 60 + 4) * 60 * 1000);
    expect(() => new MemoryDedupStore({ max: 0 })).to.throw(RangeError);
  });
});

import { InvalidatedCache } from './invalidated-cache';

describe('InvalidatedCache', () => {
  let listening = true;
  const cache = (): InvalidatedCache<string> => new InvalidatedCache<string>({ ttlMs: 60_000, maxEntries: 3, enabled: () => listening });
  beforeEach(() => {
    listening = true;
  });

  it('serves what was set, and drops a whole group at once', () => {
    const c = cache();
    c.set('a1', 'anna', 'first', c.stamp());
    c.set('a2', 'anna', 'second', c.stamp());
    c.set('b1', 'bo', 'third', c.stamp());
    expect([c.get('a1'), c.get('a2'), c.get('b1')]).toEqual(['first', 'second', 'third']);
    c.dropGroup('anna');
    expect([c.get('a1'), c.get('a2'), c.get('b1')]).toEqual([undefined, undefined, 'third']);
  });

  it('refuses an answer read before a drop (the stamp): it may be stale', () => {
    const c = cache();
    const stamp = c.stamp();
    c.dropGroup('someone else entirely');
    c.set('a1', 'anna', 'read before the drop', stamp);
    expect(c.get('a1')).toBeUndefined();
  });

  it('serves nothing and keeps nothing while the notifications are not arriving', () => {
    const c = cache();
    c.set('a1', 'anna', 'kept', c.stamp());
    listening = false;
    expect(c.get('a1')).toBeUndefined();
    c.set('a2', 'anna', 'not kept', c.stamp());
    listening = true;
    expect(c.get('a2')).toBeUndefined();
  });

  it('an expired entry is gone, and too many entries clear the cache', () => {
    const c = cache();
    c.set('old', 'anna', 'expired', c.stamp(), new Date(Date.now() - 1));
    expect(c.get('old')).toBeUndefined();
    for (const key of ['k1', 'k2', 'k3']) c.set(key, 'bo', key, c.stamp());
    expect(c.get('k3')).toBe('k3');
    c.set('k4', 'bo', 'k4', c.stamp());
    expect([c.get('k1'), c.get('k4')]).toEqual([undefined, undefined]);
  });
});

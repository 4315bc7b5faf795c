/**
 * Goal: the persistent hash map behaves exactly like a Map while never changing a published version,
 * because the data tree shares list entries between snapshots through it. Method: drive it and a plain
 * Map with the same seeded random operations, keeping old versions and checking they still read back.
 */
import { strict as assert } from 'node:assert';
import { PersistentMap, hashString } from '../../../src/tree/hamt.js';
import { SeededRng } from '../../../src/util/rng.js';

function contents(map: PersistentMap<number>): Map<string, number> {
  const out = new Map<string, number>();
  map.forEach((v, k) => out.set(k, v));
  return out;
}

describe('tree: persistent hash map', () => {
  it('matches a Map under random sets and deletes, and old versions never change', () => {
    const rng = new SeededRng(11);
    let map = PersistentMap.empty<number>();
    const model = new Map<string, number>();
    const history: { map: PersistentMap<number>; model: Map<string, number> }[] = [];
    for (let i = 0; i < 20_000; i++) {
      const key = `k${rng.int(3000)}`;
      if (rng.chance(0.3)) {
        map = map.delete(key);
        model.delete(key);
      } else {
        const value = rng.int(1_000_000);
        map = map.set(key, value);
        model.set(key, value);
      }
      if (i % 1000 === 0) {
        history.push({ map, model: new Map(model) });
      }
    }
    assert.equal(map.size, model.size);
    assert.deepEqual(contents(map), model);
    for (const [k, v] of model) {
      assert.equal(map.get(k), v);
    }
    for (const h of history) {
      assert.equal(h.map.size, h.model.size);
      assert.deepEqual(contents(h.map), h.model);
    }
  });

  it('returns the same map when a set changes nothing or a delete finds nothing', () => {
    const value = { a: 1 };
    const map = PersistentMap.empty<object>().set('x', value);
    assert.equal(map.set('x', value), map);
    assert.equal(map.delete('missing'), map);
    assert.notEqual(map.set('x', { a: 1 }), map);
  });

  it('a builder loads many entries and leaves its base untouched', () => {
    const base = PersistentMap.empty<number>().set('keep', 1);
    const builder = PersistentMap.builder(base);
    for (let i = 0; i < 50_000; i++) {
      builder.set(`e${i}`, i);
    }
    builder.delete('e7');
    const built = builder.build();
    assert.equal(built.size, 50_000);
    assert.equal(built.get('e49999'), 49_999);
    assert.equal(built.get('e7'), undefined);
    assert.equal(built.get('keep'), 1);
    assert.equal(base.size, 1);
    assert.equal(base.get('e1'), undefined);
    assert.throws(() => builder.set('late', 1), /after build/);
  });

  it('keeps keys whose hashes collide apart', () => {
    // Find two keys with equal 32-bit hashes by brute force over a small space (birthday bound).
    const seen = new Map<number, string>();
    const rng = new SeededRng(5);
    let pair: [string, string] | undefined;
    for (let i = 0; pair === undefined && i < 400_000; i++) {
      const key = `c${rng.int(1 << 30)}-${rng.int(1 << 30)}`;
      const h = hashString(key);
      const other = seen.get(h);
      if (other !== undefined) {
        pair = [other, key];
      }
      seen.set(h, key);
    }
    assert.ok(pair, 'expected a hash collision within 400k keys');
    const [a, b] = pair;
    let map = PersistentMap.empty<string>().set(a, 'A').set(b, 'B').set('other', 'O');
    assert.equal(map.get(a), 'A');
    assert.equal(map.get(b), 'B');
    assert.equal(map.size, 3);
    map = map.delete(a);
    assert.equal(map.get(a), undefined);
    assert.equal(map.get(b), 'B');
    assert.equal(map.size, 2);
    assert.deepEqual(map.keys().sort(), [b, 'other'].sort());
  });
});

describe('tree: persistent hash map bulk build', () => {
  it('fromEntries builds the same map as repeated sets, and reports duplicates', () => {
    const rng = new SeededRng(3);
    const keys: string[] = [];
    const values: number[] = [];
    const model = new Map<string, number>();
    const duplicates: number[] = [];
    for (let i = 0; i < 30_000; i++) {
      const key = `k${rng.int(25_000)}`;
      keys.push(key);
      values.push(i);
      if (model.has(key)) {
        duplicates.push(i);
      } else {
        model.set(key, i);
      }
    }
    const reported: number[] = [];
    const map = PersistentMap.fromEntries(keys, values, (i) => reported.push(i));
    assert.deepEqual(
      reported.sort((a, b) => a - b),
      duplicates,
    );
    assert.equal(map.size, model.size);
    assert.deepEqual(contents(map), model);
    // The result is an ordinary map: it can be changed persistently afterwards.
    let next = map;
    for (const key of [...model.keys()].slice(0, 5000)) {
      next = next.delete(key);
    }
    next = next.set('fresh', -1);
    assert.equal(next.size, model.size - 5000 + 1);
    assert.equal(next.get('fresh'), -1);
    assert.equal(map.size, model.size);
  });

  it('fromEntries handles the empty and the single-entry map', () => {
    assert.equal(PersistentMap.fromEntries([], []).size, 0);
    const one = PersistentMap.fromEntries(['a', 'a'], [1, 2]);
    assert.equal(one.size, 1);
    assert.equal(one.get('a'), 1);
    assert.equal(one.set('b', 2).get('b'), 2);
  });

  it('small and large builds give the map repeated sets give, in the same trie order', () => {
    // fromEntries sorts few entries with an insertion sort and many with a radix sort; both must
    // build the canonical trie, so iteration order depends on the key set alone.
    const rng = new SeededRng(17);
    for (let n = 1; n <= 80; n++) {
      const keys = Array.from({ length: n }, () => `k${rng.int(n * 2)}`);
      const values = keys.map((_k, i) => i);
      const reported: number[] = [];
      const built = PersistentMap.fromEntries(keys, values, (i) => reported.push(i));
      let bySet = PersistentMap.empty<number>();
      const expectedDuplicates: number[] = [];
      keys.forEach((k, i) => {
        if (bySet.has(k)) {
          expectedDuplicates.push(i);
        } else {
          bySet = bySet.set(k, i);
        }
      });
      assert.deepEqual(
        reported.sort((a, b) => a - b),
        expectedDuplicates,
        `n=${n}`,
      );
      assert.deepEqual(built.keys(), bySet.keys(), `n=${n}: trie order`);
      assert.deepEqual(built.values(), bySet.values(), `n=${n}: first value of each key`);
    }
  });
});

/**
 * Goal: the compact child map of containers and entries behaves as an insertion-ordered map whose
 * edits never change the original, including past the size where it switches to an index, and shares
 * key arrays between maps with the same keys. Method: compare against a plain Map under edits.
 */
import { strict as assert } from 'node:assert';
import { ChildMap } from '../../../src/tree/child-map.js';

function entries<V>(m: ChildMap<V>): [string, V][] {
  const out: [string, V][] = [];
  m.forEach((v, k) => out.push([k, v]));
  return out;
}

describe('tree: child maps', () => {
  it('edits keep order, replace in place, and leave the original unchanged', () => {
    const base = ChildMap.of(['a', 'b', 'c'], [1, 2, 3]);
    const e = base.edit();
    e.set('b', 20);
    e.set('d', 4);
    e.delete('a');
    e.delete('nope');
    const next = e.build();
    assert.deepEqual(entries(next), [
      ['b', 20],
      ['c', 3],
      ['d', 4],
    ]);
    assert.deepEqual(entries(base), [
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    assert.equal(base.edit().build(), base);
    assert.deepEqual([...next], entries(next));
  });

  it('looks up correctly on both sides of the index threshold', () => {
    const model = new Map<string, number>();
    let m = ChildMap.empty<number>();
    for (let i = 0; i < 40; i++) {
      const e = m.edit();
      e.set(`k${i}`, i);
      if (i % 3 === 0) {
        e.delete(`k${i - 2}`);
        model.delete(`k${i - 2}`);
      }
      model.set(`k${i}`, i);
      m = e.build();
      assert.equal(m.size, model.size);
      for (let j = 0; j <= i; j++) {
        assert.equal(m.get(`k${j}`), model.get(`k${j}`));
        assert.equal(m.has(`k${j}`), model.has(`k${j}`));
      }
    }
  });

  it('maps with the same keys share one frozen key array', () => {
    const a = ChildMap.of(['x', 'y'], [1, 2]);
    const b = ChildMap.of(['x', 'y'], [3, 4]);
    assert.equal(a.keys(), b.keys());
    assert.ok(Object.isFrozen(a.keys()));
    const e = a.edit();
    e.set('x', 9);
    assert.equal(e.build().keys(), a.keys(), 'replacing a value keeps the key array');
    const f = a.edit();
    f.set('z', 0);
    assert.deepEqual(f.build().keys(), ['x', 'y', 'z']);
    assert.deepEqual(a.keys(), ['x', 'y']);
  });
});

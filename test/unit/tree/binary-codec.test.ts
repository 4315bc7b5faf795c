/**
 * Goal: the binary codec encodes trees and modifications compactly and deterministically, decodes them
 * to exactly the same data and order, applies decoded modifications without checks, and rejects bytes
 * that are not an encoding. Method: encode known trees and modifications of the test model, decode,
 * compare JSON and re-encoded bytes; corrupt bytes on purpose. Speed is measured by the benchmark, not
 * here; the 50,000-entry case only checks that bulk lists round-trip.
 */
import { strict as assert } from 'node:assert';
import {
  BinaryDecodeError,
  applyEncodedModification,
  decodeModification,
  decodeOperations,
  decodeTree,
  encodeModification,
  encodeTree,
  installTree,
} from '../../../src/tree/binary-codec.js';
import { DataTree } from '../../../src/tree/data-tree.js';
import type { DataTreeModification } from '../../../src/tree/modification.js';
import { printPath } from '../../../src/tree/path.js';
import { testSchema } from './fixtures.js';

const TOP = '/canopy-test:top';
const ITEM = '/canopy-test:item';

function commit(tree: DataTree, fn: (m: DataTreeModification) => void): DataTreeModification {
  const m = tree.takeSnapshot().newModification();
  fn(m);
  m.ready();
  tree.validate(m);
  tree.commit(tree.prepare(m));
  return m;
}

function richTree(): DataTree {
  const tree = new DataTree(testSchema());
  commit(tree, (m) => {
    m.write(TOP, {
      str: 'abc',
      plain: 'ünïcødé ✓',
      i8: -5,
      u64: '18446744073709551615',
      dec: '-1.25',
      flag: true,
      marker: [null],
      blob: 'AAEC',
      perms: 'read exec',
      pet: 'canopy-test-aug:lion',
      'blob-data': { x: [1, 2.5, null, 'y', { z: false }], e: [null] },
      tags: ['b', 'a'],
      'ordered-tags': ['z', 'y'],
      inner: { deeper: { b: 'B' } },
      pres: { 'must-have': 'm' },
      'canopy-test-aug:gadget': { power: 9 },
    });
    m.write(ITEM, [
      { name: 'b', value: -1, sub: [{ id: 2 }, { id: 1, label: 'one' }] },
      { name: 'a', 'canopy-test-aug:tag': 't' },
    ]);
    m.write('/canopy-test:pair=x%2Cy,7', { weight: 1 });
    m.write('/canopy-test:state', { counter: '5', log: [{ msg: 'same' }, { msg: 'same' }] });
  });
  return tree;
}

describe('tree: binary codec', () => {
  it('a tree round-trips with its data and order, and re-encodes to the same bytes', () => {
    const tree = richTree();
    const bytes = encodeTree(tree.root);
    const copy = new DataTree(testSchema());
    installTree(copy, bytes);
    assert.deepEqual(copy.takeSnapshot().read('/'), tree.takeSnapshot().read('/'));
    assert.deepEqual(copy.takeSnapshot().read(`${TOP}/tags`), ['b', 'a']);
    assert.deepEqual(encodeTree(copy.root), bytes);
    // The installed tree is an ordinary tree: it takes new modifications.
    commit(copy, (m) => m.write(`${ITEM}=c`, {}));
    assert.equal(copy.takeSnapshot().exists(`${ITEM}=c`), true);
  });

  it('encodes names once: a repeated QName costs one byte', () => {
    const tree = new DataTree(testSchema());
    commit(tree, (m) =>
      m.write(
        ITEM,
        Array.from({ length: 100 }, (_, i) => ({ name: `k${i}`, value: i })),
      ),
    );
    const bytes = encodeTree(tree.root);
    // Per entry: the key (tag, length, 2-3 characters), the child count, the key leaf as a reference
    // to the key (name, tag, index), the value leaf (name, tag, scalar tag, 1-2 bytes).
    assert.ok(bytes.length < 100 * 15, `${bytes.length} bytes`);
  });

  it('a modification round-trips as operations and applies to the same result', () => {
    const tree = richTree();
    const base = tree.takeSnapshot();
    const m = base.newModification();
    m.write(`${ITEM}=a/value`, 3);
    m.merge(ITEM, [{ name: 'c', sub: [{ id: 5 }] }]);
    m.delete(`${ITEM}=b/sub=2`);
    m.merge(`${TOP}/pres`, { optional: 'o' });
    m.write(`${TOP}/tags=c`, 'c');
    m.delete('/canopy-test:state/log');
    m.merge(`${TOP}/blob-data`, { replaced: true });
    m.ready();
    const bytes = encodeModification(m);
    const ops = decodeOperations(bytes, 1).map((o) => `${o.op} ${printPath(o.path)}`);
    assert.deepEqual(ops, [
      `ensure ${ITEM}`,
      `write ${ITEM}=a/value`,
      `ensure ${ITEM}=c`,
      `merge ${ITEM}=c/name`,
      `ensure ${ITEM}=c/sub`,
      `ensure ${ITEM}=c/sub=5`,
      `merge ${ITEM}=c/sub=5/id`,
      `delete ${ITEM}=b/sub=2`,
      `ensure ${TOP}/pres`,
      `merge ${TOP}/pres/optional`,
      `write ${TOP}/tags=c`,
      `merge ${TOP}/blob-data`,
      'delete /canopy-test:state/log',
    ]);
    const decoded = decodeModification(bytes, base);
    assert.deepEqual(decoded.read('/'), m.read('/'));
    assert.deepEqual(encodeModification(decoded), bytes);
    const replica = new DataTree(testSchema());
    installTree(replica, encodeTree(tree.root));
    tree.validate(m);
    tree.commit(tree.prepare(m));
    const candidate = applyEncodedModification(replica, bytes);
    assert.equal(candidate.root.modificationType, 'subtree-modified');
    assert.deepEqual(replica.takeSnapshot().read('/'), tree.takeSnapshot().read('/'));
    assert.deepEqual(encodeTree(replica.root), encodeTree(tree.root));
  });

  it('a decoded modification keeps its conflict semantics when validated', () => {
    const tree = richTree();
    const base = tree.takeSnapshot();
    const mine = base.newModification();
    mine.write(`${ITEM}=b/value`, 1);
    mine.ready();
    commit(tree, (m) => m.write(`${ITEM}=b/value`, 2));
    const decoded = decodeModification(encodeModification(mine), base);
    assert.throws(() => {
      tree.validate(decoded);
    }, /replaced by another transaction/);
  });

  it('a whole-root write, a root merge and an empty modification round-trip', () => {
    const tree = richTree();
    for (const fill of [
      (m: DataTreeModification) => m.write('/', { 'canopy-test:top': { str: 'x' } }),
      (m: DataTreeModification) => m.merge('/', { 'canopy-test:item': [{ name: 'z' }] }),
      () => undefined,
    ]) {
      const base = tree.takeSnapshot();
      const m = base.newModification();
      fill(m);
      m.ready();
      const decoded = decodeModification(encodeModification(m), base);
      assert.deepEqual(decoded.read('/'), m.read('/'));
    }
  });

  it('bulk lists round-trip in order', () => {
    const tree = new DataTree(testSchema());
    const n = 50_000;
    commit(tree, (m) =>
      m.write(
        ITEM,
        Array.from({ length: n }, (_, i) => ({ name: `k${n - i}`, value: i })),
      ),
    );
    const bytes = encodeTree(tree.root);
    const root = decodeTree(bytes, 1);
    const copy = new DataTree(testSchema());
    copy.resetTo(root);
    const read = copy.takeSnapshot().read(ITEM) as { name: string }[];
    assert.equal(read.length, n);
    assert.equal(read[0]!.name, `k${n}`);
    assert.equal(read[n - 1]!.name, 'k1');
    assert.deepEqual(copy.takeSnapshot().read(`${ITEM}=k77`), { name: 'k77', value: n - 77 });
  });

  it('rejects bytes that are not an encoding', () => {
    const bytes = encodeTree(richTree().root);
    const bad = (b: Uint8Array, pattern: RegExp): void => {
      assert.throws(
        () => decodeTree(b, 1),
        (e: unknown) => e instanceof BinaryDecodeError && pattern.test(e.message),
      );
    };
    bad(bytes.subarray(0, bytes.length - 3), /truncated/);
    bad(new Uint8Array([1, 2, 3, 4, 1, 2]), /bad magic/);
    const wrongVersion = bytes.slice();
    wrongVersion[4] = 99;
    bad(wrongVersion, /format version 99 is not supported/);
    const tree = new DataTree(testSchema());
    const m = tree.takeSnapshot().newModification();
    m.write(`${ITEM}=a`, {});
    m.ready();
    bad(encodeModification(m), /expected kind 2, got 1/);
    const trailing = new Uint8Array(bytes.length + 1);
    trailing.set(bytes);
    bad(trailing, /exactly one root container/);
  });
});

/**
 * Goal: a DataTreeModification records write, merge and delete with their documented semantics and
 * reads through its own changes, and committing it gives the tree it read. Method: apply sequences of
 * operations to a modification over a known base, compare read-through results with the expected JSON,
 * then prepare and commit and read the tree.
 */
import { strict as assert } from 'node:assert';
import { DataTree, ReplayBatch } from '../../../src/tree/data-tree.js';
import { DataValidationFailedError, TransactionStateError } from '../../../src/tree/errors.js';
import type { DataTreeModification } from '../../../src/tree/modification.js';
import {
  applyEncodedModification,
  encodeModification,
  encodeTree,
  installTree,
  replayEncodedModification,
} from '../../../src/tree/binary-codec.js';
import { containerNode, NO_CHILDREN } from '../../../src/tree/node.js';
import { testSchema } from './fixtures.js';

const TOP = '/canopy-test:top';
const ITEM = '/canopy-test:item';

function commit(tree: DataTree, fn: (m: DataTreeModification) => void): void {
  const m = tree.takeSnapshot().newModification();
  fn(m);
  m.ready();
  tree.validate(m);
  tree.commit(tree.prepare(m));
}

function seeded(): DataTree {
  const tree = new DataTree(testSchema());
  commit(tree, (m) => {
    m.write(TOP, { str: 'abc', tags: ['x', 'y'], inner: { a: 'A' } });
    m.write(ITEM, [
      { name: 'a', value: 1, labels: ['l1'] },
      { name: 'b', value: 2 },
    ]);
  });
  return tree;
}

/** Reads through `m`, then checks the committed tree reads the same. */
function expectBoth(
  tree: DataTree,
  m: DataTreeModification,
  path: string,
  expected: unknown,
): void {
  assert.deepEqual(m.read(path), expected, `read-through of ${path}`);
  m.ready();
  tree.validate(m);
  tree.commit(tree.prepare(m));
  assert.deepEqual(tree.takeSnapshot().read(path), expected, `committed ${path}`);
}

describe('tree: modifications', () => {
  it('write replaces the node, read-through sees it, the base snapshot does not', () => {
    const tree = seeded();
    const snap = tree.takeSnapshot();
    const m = snap.newModification();
    m.write(TOP, { str: 'new' });
    assert.deepEqual(snap.read(TOP), { str: 'abc', tags: ['x', 'y'], inner: { a: 'A' } });
    expectBoth(tree, m, TOP, { str: 'new' });
  });

  it('merge keeps what is there and adds and replaces members recursively', () => {
    const tree = seeded();
    const m = tree.takeSnapshot().newModification();
    m.merge(TOP, { plain: 'p', inner: { deeper: { b: 'B' } }, tags: ['z', 'x'] });
    expectBoth(tree, m, TOP, {
      str: 'abc',
      tags: ['x', 'y', 'z'],
      inner: { a: 'A', deeper: { b: 'B' } },
      plain: 'p',
    });
  });

  it('merge of a list merges entries by key and appends new ones in order', () => {
    const tree = seeded();
    const m = tree.takeSnapshot().newModification();
    m.merge(ITEM, [
      { name: 'c', value: 3 },
      { name: 'a', note: 'n', labels: ['l2'] },
    ]);
    expectBoth(tree, m, ITEM, [
      { name: 'a', value: 1, labels: ['l1', 'l2'], note: 'n' },
      { name: 'b', value: 2 },
      { name: 'c', value: 3 },
    ]);
  });

  it('delete removes a node; deleting what is absent is not an error', () => {
    const tree = seeded();
    const m = tree.takeSnapshot().newModification();
    m.delete(`${ITEM}=a`);
    m.delete(`${ITEM}=zz`);
    m.delete(`${TOP}/tags=y`);
    assert.equal(m.exists(`${ITEM}=a`), false);
    expectBoth(tree, m, '/', {
      'canopy-test:top': { str: 'abc', tags: ['x'], inner: { a: 'A' } },
      'canopy-test:item': [{ name: 'b', value: 2 }],
    });
  });

  it('removes non-presence containers and lists left empty', () => {
    const tree = seeded();
    const m = tree.takeSnapshot().newModification();
    m.delete(`${TOP}/inner/a`);
    m.delete(`${ITEM}=a`);
    m.delete(`${ITEM}=b`);
    assert.equal(m.read(`${TOP}/inner`), undefined);
    assert.equal(m.read(ITEM), undefined);
    expectBoth(tree, m, TOP, { str: 'abc', tags: ['x', 'y'] });
    assert.equal(tree.takeSnapshot().read(ITEM), undefined);
  });

  it('write below a missing node creates the parents, an entry with its keys', () => {
    const tree = new DataTree(testSchema());
    const m = tree.takeSnapshot().newModification();
    m.write(`${ITEM}=new/details/colour`, 'red');
    m.write(`${TOP}/inner/deeper/b`, 'B');
    assert.deepEqual(m.read(`${ITEM}=new`), { name: 'new', details: { colour: 'red' } });
    expectBoth(tree, m, '/', {
      'canopy-test:item': [{ name: 'new', details: { colour: 'red' } }],
      'canopy-test:top': { inner: { deeper: { b: 'B' } } },
    });
  });

  it('operations below a node written in the same modification edit the written data', () => {
    const tree = seeded();
    const m = tree.takeSnapshot().newModification();
    m.write(ITEM, [{ name: 'x', value: 1 }]);
    m.write(`${ITEM}=x/value`, 9);
    m.merge(`${ITEM}=y`, { value: 2 });
    m.write(`${ITEM}=x/sub=1`, { label: 'one' });
    m.delete(`${ITEM}=x/sub=1/label`);
    m.delete(`${ITEM}=nosuch/value`);
    expectBoth(tree, m, ITEM, [
      { name: 'x', value: 9, sub: [{ id: 1 }] },
      { name: 'y', value: 2 },
    ]);
  });

  it('write below a node deleted in the same modification starts from nothing', () => {
    const tree = seeded();
    const m = tree.takeSnapshot().newModification();
    m.delete(`${ITEM}=a`);
    m.write(`${ITEM}=a/note`, 'fresh');
    m.delete(TOP);
    m.delete(`${TOP}/str`);
    expectBoth(tree, m, '/', {
      'canopy-test:item': [
        { name: 'a', note: 'fresh' },
        { name: 'b', value: 2 },
      ],
    });
  });

  it('merge after delete is a write; delete after merge removes', () => {
    const tree = seeded();
    const m = tree.takeSnapshot().newModification();
    m.delete(TOP);
    m.merge(TOP, { plain: 'only' });
    m.merge(`${ITEM}=a`, { note: 'n' });
    m.delete(`${ITEM}=a`);
    expectBoth(tree, m, '/', {
      'canopy-test:top': { plain: 'only' },
      'canopy-test:item': [{ name: 'b', value: 2 }],
    });
  });

  it('leaf-list values: merge unions, write replaces, a value path adds one', () => {
    const tree = seeded();
    const m = tree.takeSnapshot().newModification();
    m.merge(`${TOP}/tags`, ['y', 'w']);
    m.write(`${TOP}/tags=v`, 'v');
    assert.deepEqual(m.read(`${TOP}/tags`), ['x', 'y', 'w', 'v']);
    m.write(`${TOP}/ordered-tags`, ['3', '1', '2']);
    expectBoth(tree, m, TOP, {
      str: 'abc',
      tags: ['x', 'y', 'w', 'v'],
      inner: { a: 'A' },
      'ordered-tags': ['3', '1', '2'],
    });
    assert.throws(
      () => tree.takeSnapshot().newModification().write(`${TOP}/tags=v`, 'w'),
      /differs from the value in the path/,
    );
  });

  it('a user-ordered list keeps the written order; replacing an entry keeps its place', () => {
    const tree = new DataTree(testSchema());
    commit(tree, (m) => {
      m.write('/canopy-test:step', [{ name: 'c' }, { name: 'a' }, { name: 'b' }]);
    });
    commit(tree, (m) => {
      m.write('/canopy-test:step=a', { action: 'go' });
      m.merge('/canopy-test:step', [{ name: 'd' }]);
    });
    assert.deepEqual(tree.takeSnapshot().read('/canopy-test:step'), [
      { name: 'c' },
      { name: 'a', action: 'go' },
      { name: 'b' },
      { name: 'd' },
    ]);
  });

  it('key leaves of an entry cannot be changed or deleted through its path', () => {
    const tree = seeded();
    const m = tree.takeSnapshot().newModification();
    m.write(`${ITEM}=a/name`, 'a');
    assert.throws(
      () => m.write(`${ITEM}=a/name`, 'b'),
      (e: unknown) =>
        e instanceof DataValidationFailedError &&
        e.path === `${ITEM}=a/name` &&
        /key leaf name cannot be changed from "a" to "b"/.test(e.reason),
    );
    assert.throws(
      () => m.delete(`${ITEM}=a/name`),
      /key leaf name of a list entry cannot be deleted/,
    );
    assert.throws(
      () => m.merge(`${ITEM}=a`, { name: 'b' }),
      /key leaf name is "b" but the path names "a"/,
    );
  });

  it('a refused operation leaves the modification unchanged', () => {
    const tree = seeded();
    const m = tree.takeSnapshot().newModification();
    m.write(`${TOP}/plain`, 'kept');
    assert.throws(() => m.write(TOP, { str: 'ok', u8: 999 }), DataValidationFailedError);
    assert.throws(() => m.write(`${TOP}/nosuch`, 1), /not a data node here/);
    assert.deepEqual(m.read(TOP), {
      str: 'abc',
      tags: ['x', 'y'],
      inner: { a: 'A' },
      plain: 'kept',
    });
  });

  it('after ready() operations throw TransactionStateError and reads still work', () => {
    const tree = seeded();
    const m = tree.takeSnapshot().newModification();
    m.write(`${TOP}/plain`, 'p');
    m.ready();
    assert.throws(() => m.write(`${TOP}/plain`, 'q'), TransactionStateError);
    assert.throws(() => m.delete(TOP), TransactionStateError);
    assert.equal(m.read(`${TOP}/plain`), 'p');
  });

  it('a chained modification sees its predecessor before that one commits', () => {
    const tree = seeded();
    const first = tree.takeSnapshot().newModification();
    first.write(`${ITEM}=c`, { value: 3 });
    first.ready();
    const second = first.newModification();
    assert.deepEqual(second.read(`${ITEM}=c`), { name: 'c', value: 3 });
    second.write(`${ITEM}=c/value`, 4);
    second.ready();
    tree.validate(first);
    tree.commit(tree.prepare(first));
    tree.validate(second);
    tree.commit(tree.prepare(second));
    assert.deepEqual(tree.takeSnapshot().read(`${ITEM}=c`), { name: 'c', value: 4 });
  });

  it('the root of an empty tree reads as nothing; writing {} to the root clears it', () => {
    const tree = seeded();
    assert.equal(new DataTree(testSchema()).takeSnapshot().read('/'), undefined);
    const m = tree.takeSnapshot().newModification();
    m.write('/', {});
    expectBoth(tree, m, '/', undefined);
  });

  // Finding F3 (docs/TESTING.md): a delete followed by an edit below that adds nothing left the
  // deleted non-presence container written empty. Reads said absent, but the tree stored it, so a
  // listener saw it appear, and vanish with the next write of {}.
  describe('an edit below a deleted or written node that adds nothing leaves no empty structure', () => {
    const edits: [string, (m: DataTreeModification) => void][] = [
      ['a merge of {} below a delete', (m) => m.merge(`${TOP}/inner`, {})],
      ['a write of {} two levels below a delete', (m) => m.write(`${TOP}/inner/deeper`, {})],
      ['an ensure below a delete (the binary codec)', (m) => m.ensure(`${TOP}/inner`)],
      ['a merge of empty structure into a delete', (m) => m.merge(TOP, { inner: {} })],
    ];
    for (const [name, edit] of edits) {
      it(`${name}: absent to reads, to the tree and to the candidate`, () => {
        const empty = new DataTree(testSchema());
        const m = empty.takeSnapshot().newModification();
        m.delete(TOP);
        edit(m);
        assert.equal(m.exists(TOP), false);
        assert.equal(m.exists(`${TOP}/inner`), false);
        assert.equal(m.afterRoot().children.size, 0, 'the modification leaves the tree empty');
        m.ready();
        empty.validate(m);
        const candidate = empty.prepare(m);
        assert.equal(candidate.isEmpty, true, 'nothing changed, so nothing to tell a listener');
        empty.commit(candidate);
        assert.equal(empty.root.children.size, 0, 'the tree stores nothing');

        const tree = seeded();
        const m2 = tree.takeSnapshot().newModification();
        m2.delete(TOP);
        edit(m2);
        m2.ready();
        tree.validate(m2);
        const deleted = tree.prepare(m2);
        const top = deleted.root.child('canopy-test:top')!;
        assert.equal(top.modificationType, 'delete');
        assert.equal(top.after, undefined);
        tree.commit(deleted);
        assert.equal(tree.root.children.has('canopy-test:top'), false);
      });
    }

    it('an ensure below a written node adds no empty container to the written data', () => {
      const tree = new DataTree(testSchema());
      const m = tree.takeSnapshot().newModification();
      m.write(TOP, { str: 'abc' });
      m.ensure(`${TOP}/inner`);
      assert.equal(m.exists(`${TOP}/inner`), false);
      expectBoth(tree, m, TOP, { str: 'abc' });
      assert.equal(tree.takeSnapshot().exists(`${TOP}/inner`), false);
    });

    it('a journaled write of an empty non-presence container (as older versions wrote) replays as absent', () => {
      const tree = seeded();
      const m = tree.takeSnapshot().newModification();
      m.writeNode(TOP, containerNode(NO_CHILDREN, m.version));
      m.ready();
      const bytes = encodeModification(m);
      tree.validate(m);
      const candidate = tree.prepare(m);
      assert.equal(candidate.root.child('canopy-test:top')!.modificationType, 'delete');
      tree.commit(candidate);
      assert.equal(tree.root.children.has('canopy-test:top'), false);

      const start = encodeTree(seeded().root);
      const applied = new DataTree(testSchema());
      installTree(applied, start);
      applyEncodedModification(applied, bytes);
      const replayed = new DataTree(testSchema());
      installTree(replayed, start);
      replayEncodedModification(replayed, bytes, new ReplayBatch());
      for (const replica of [applied, replayed]) {
        assert.equal(replica.root.children.has('canopy-test:top'), false);
        assert.deepEqual(encodeTree(replica.root), encodeTree(tree.root));
      }
    });
  });
});

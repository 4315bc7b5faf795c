/**
 * Goal: optimistic concurrency follows the yangtools rules: a modification built on an older snapshot
 * commits unless a transaction committed since then conflicts with what it modified, and writes to
 * different entries of one list commit concurrently. Method: for every rule, two modifications on the
 * same snapshot; the other one commits first; then the first is validated against the new tip, once in
 * a conflicting and once in a non-conflicting variant. Conflicts must be OptimisticLockFailedError
 * naming the path and the reason.
 */
import { strict as assert } from 'node:assert';
import { DataTree } from '../../../src/tree/data-tree.js';
import { OptimisticLockFailedError } from '../../../src/tree/errors.js';
import type { DataTreeModification } from '../../../src/tree/modification.js';
import { testSchema } from './fixtures.js';

const TOP = '/canopy-test:top';
const ITEM = '/canopy-test:item';

type Change = (m: DataTreeModification) => void;

function base(): DataTree {
  const tree = new DataTree(testSchema());
  const m = tree.takeSnapshot().newModification();
  m.write(TOP, { str: 'abc', plain: 'p', inner: { a: 'A' } });
  m.write(ITEM, [
    { name: 'a', value: 1 },
    { name: 'b', value: 2 },
  ]);
  m.ready();
  tree.commit(tree.prepare(m));
  return tree;
}

/**
 * Builds `mine` and `theirs` on one snapshot, commits theirs, then validates, prepares and commits
 * mine. Returns the conflict, or undefined when mine committed.
 */
function race(mine: Change, theirs: Change, tree = base()): OptimisticLockFailedError | undefined {
  const snapshot = tree.takeSnapshot();
  const a = snapshot.newModification();
  const b = snapshot.newModification();
  mine(a);
  theirs(b);
  a.ready();
  b.ready();
  tree.validate(b);
  tree.commit(tree.prepare(b));
  try {
    tree.validate(a);
  } catch (e) {
    if (e instanceof OptimisticLockFailedError) {
      return e;
    }
    throw e;
  }
  tree.commit(tree.prepare(a));
  return undefined;
}

function expectConflict(mine: Change, theirs: Change, path: string, reason: RegExp): void {
  const conflict = race(mine, theirs);
  assert.ok(conflict, 'expected a conflict');
  assert.equal(conflict.path, path);
  assert.match(conflict.reason, reason);
  assert.match(conflict.message, /retry the transaction/);
}

function expectNoConflict(mine: Change, theirs: Change): DataTree {
  const tree = base();
  assert.equal(race(mine, theirs, tree), undefined);
  return tree;
}

describe('tree: conflicts', () => {
  it('writes of the same leaf conflict; writes of sibling leaves do not', () => {
    expectConflict(
      (m) => m.write(`${TOP}/str`, 'mine'),
      (m) => m.write(`${TOP}/str`, 'theirs'),
      `${TOP}/str`,
      /replaced by another transaction/,
    );
    const tree = expectNoConflict(
      (m) => m.write(`${TOP}/str`, 'mine'),
      (m) => m.write(`${TOP}/plain`, 'theirs'),
    );
    assert.deepEqual(tree.takeSnapshot().read(TOP), {
      str: 'mine',
      plain: 'theirs',
      inner: { a: 'A' },
    });
  });

  it('writes to different entries of the same list commit concurrently', () => {
    const tree = expectNoConflict(
      (m) => {
        m.write(`${ITEM}=a/value`, 10);
        m.write(`${ITEM}=c`, { value: 3 });
      },
      (m) => {
        m.write(`${ITEM}=b/value`, 20);
        m.write(`${ITEM}=d`, { value: 4 });
      },
    );
    assert.deepEqual(tree.takeSnapshot().read(ITEM), [
      { name: 'a', value: 10 },
      { name: 'b', value: 20 },
      { name: 'd', value: 4 },
      { name: 'c', value: 3 },
    ]);
    // Also when neither the list nor its parent existed in the snapshot.
    assert.equal(
      race(
        (m) => m.write('/canopy-test:pair=x,1', {}),
        (m) => m.write('/canopy-test:pair=y,2', {}),
      ),
      undefined,
    );
  });

  it('creating the same entry twice conflicts', () => {
    expectConflict(
      (m) => m.write(`${ITEM}=c`, { value: 1 }),
      (m) => m.write(`${ITEM}=c`, { value: 2 }),
      `${ITEM}=c`,
      /created by another transaction/,
    );
  });

  it('a write of a node another transaction deleted conflicts; two deletes agree', () => {
    expectConflict(
      (m) => m.write(`${ITEM}=a/value`, 5),
      (m) => m.delete(`${ITEM}=a/value`),
      `${ITEM}=a/value`,
      /deleted by another transaction/,
    );
    expectNoConflict(
      (m) => m.delete(`${ITEM}=a/value`),
      (m) => m.delete(`${ITEM}=a/value`),
    );
  });

  it('a delete of a node another transaction wrote or created conflicts', () => {
    expectConflict(
      (m) => m.delete(`${ITEM}=a/value`),
      (m) => m.write(`${ITEM}=a/value`, 7),
      `${ITEM}=a/value`,
      /replaced by another transaction/,
    );
    expectConflict(
      (m) => m.delete(`${ITEM}=c`),
      (m) => m.write(`${ITEM}=c`, {}),
      `${ITEM}=c`,
      /created by another transaction/,
    );
    expectNoConflict(
      (m) => m.delete(`${ITEM}=a`),
      (m) => m.write(`${ITEM}=b/value`, 7),
    );
  });

  it('a delete of an ancestor entry conflicts with any change below it', () => {
    expectConflict(
      (m) => m.write(`${ITEM}=a/value`, 5),
      (m) => m.delete(`${ITEM}=a`),
      `${ITEM}=a`,
      /deleted by another transaction/,
    );
    expectConflict(
      (m) => m.write(`${ITEM}=a/note`, 'new leaf'),
      (m) => m.delete(ITEM),
      `${ITEM}=a`,
      /deleted by another transaction/,
    );
    expectNoConflict(
      (m) => m.write(`${ITEM}=a/value`, 5),
      (m) => m.delete(`${ITEM}=b`),
    );
  });

  it('a delete of a non-presence ancestor conflicts with changes of data that existed', () => {
    // Structural containers have no identity of their own: what existed below decides.
    expectConflict(
      (m) => m.write(`${TOP}/inner/a`, 'mine'),
      (m) => m.delete(TOP),
      `${TOP}/inner/a`,
      /deleted by another transaction/,
    );
    const tree = expectNoConflict(
      (m) => m.write(`${TOP}/i8`, 1),
      (m) => m.delete(TOP),
    );
    assert.deepEqual(tree.takeSnapshot().read(TOP), { i8: 1 });
  });

  it('a write of an ancestor that replaced a node conflicts with changes of that node', () => {
    expectConflict(
      (m) => m.write(`${ITEM}=a/value`, 5),
      (m) => m.write(`${ITEM}=a`, { value: 9 }),
      `${ITEM}=a/value`,
      /replaced by another transaction/,
    );
    // Rewriting identical data replaces nothing.
    expectNoConflict(
      (m) => m.write(`${ITEM}=a/value`, 5),
      (m) => m.write(`${ITEM}=a`, { value: 1 }),
    );
  });

  it('a write of a node whose descendants another transaction changed conflicts', () => {
    expectConflict(
      (m) => m.write(`${ITEM}=a`, { value: 5 }),
      (m) => m.write(`${ITEM}=a/note`, 'theirs'),
      `${ITEM}=a`,
      /data below the node was changed by another transaction/,
    );
    expectNoConflict(
      (m) => m.write(`${ITEM}=a`, { value: 5 }),
      (m) => m.write(`${ITEM}=b/note`, 'theirs'),
    );
  });

  it('a merge conflicts only where another transaction left a different value', () => {
    expectConflict(
      (m) => m.merge(TOP, { str: 'mine' }),
      (m) => m.write(`${TOP}/str`, 'theirs'),
      `${TOP}/str`,
      /value was changed by another transaction/,
    );
    const tree = expectNoConflict(
      (m) => m.merge(TOP, { str: 'mine', inner: { deeper: { b: 'x' } } }),
      (m) => m.write(`${TOP}/plain`, 'theirs'),
    );
    assert.deepEqual(tree.takeSnapshot().read(TOP), {
      str: 'mine',
      plain: 'theirs',
      inner: { a: 'A', deeper: { b: 'x' } },
    });
    expectNoConflict(
      (m) => m.merge(TOP, { str: 'mine' }),
      (m) => m.delete(TOP),
    );
  });

  it('a modification validated against an unchanged tip needs no comparison', () => {
    const tree = base();
    const m = tree.takeSnapshot().newModification();
    m.write(`${ITEM}=a/value`, 3);
    m.ready();
    tree.validate(m);
    tree.commit(tree.prepare(m));
    assert.equal(tree.takeSnapshot().read(`${ITEM}=a/value`), 3);
  });

  it('a chained modification does not conflict with its own predecessor', () => {
    const tree = base();
    const first = tree.takeSnapshot().newModification();
    first.write(`${ITEM}=a`, { value: 100 });
    first.ready();
    const second = first.newModification();
    second.write(`${ITEM}=a/value`, 101);
    second.ready();
    const other = tree.takeSnapshot().newModification();
    other.write(`${ITEM}=b/value`, 200);
    other.ready();
    tree.commit(tree.prepare(other));
    tree.validate(first);
    tree.commit(tree.prepare(first));
    tree.validate(second);
    tree.commit(tree.prepare(second));
    assert.deepEqual(tree.takeSnapshot().read(ITEM), [
      { name: 'a', value: 101 },
      { name: 'b', value: 200 },
    ]);
  });

  it('a chained modification conflicts with what its predecessor was rebased over, where they meet', () => {
    // `first` commits after `other`, which changed a sibling of what `first` changed; `second` was
    // built on `first`'s own result, without `other`'s change.
    const chained = (edit: Change): OptimisticLockFailedError | undefined => {
      const tree = base();
      const first = tree.takeSnapshot().newModification();
      first.write(`${TOP}/inner/a`, 'one');
      first.ready();
      const second = first.newModification();
      edit(second);
      second.ready();
      const other = tree.takeSnapshot().newModification();
      other.write(`${TOP}/inner/deeper/b`, 'other');
      other.ready();
      tree.commit(tree.prepare(other));
      tree.validate(first);
      tree.commit(tree.prepare(first));
      try {
        tree.validate(second);
      } catch (e) {
        if (e instanceof OptimisticLockFailedError) return e;
        throw e;
      }
      tree.commit(tree.prepare(second));
      assert.equal(tree.takeSnapshot().read(`${TOP}/inner/deeper/b`), 'other', 'no lost update');
      return undefined;
    };
    // Replacing the container would silently drop `other`'s leaf: a conflict.
    const conflict = chained((m) => m.write(`${TOP}/inner`, { a: 'two' }));
    assert.equal(conflict?.path, `${TOP}/inner`);
    assert.match(conflict.reason, /data below the node was changed/);
    // What only the predecessor changed, and what nobody else did, are no conflict.
    assert.equal(
      chained((m) => m.write(`${TOP}/inner/a`, 'two')),
      undefined,
    );
    assert.equal(
      chained((m) => m.write(`${TOP}/str`, 'two')),
      undefined,
    );
    assert.equal(
      chained((m) => m.write(`${ITEM}=a`, { value: 5 })),
      undefined,
    );
  });

  it('rewriting a system-ordered leaf-list or list in another order conflicts with nothing', () => {
    // The order is the system's (RFC 7950 §7.7.1), so the rewrite is a no-op: it leaves no change
    // for a concurrent transaction to conflict with, in either commit order.
    const reorderTags: Change = (m) => m.write(`${TOP}/tags`, ['y', 'x']);
    const reorderItems: Change = (m) =>
      m.write(ITEM, [
        { name: 'b', value: 2 },
        { name: 'a', value: 1 },
      ]);
    const withTags = (): DataTree => {
      const tree = base();
      const m = tree.takeSnapshot().newModification();
      m.write(`${TOP}/tags`, ['x', 'y']);
      m.ready();
      tree.commit(tree.prepare(m));
      return tree;
    };
    const addTag: Change = (m) => m.merge(`${TOP}/tags=z`, 'z');
    const changeItem: Change = (m) => m.write(`${ITEM}=a/value`, 5);
    assert.equal(race(addTag, reorderTags, withTags()), undefined);
    assert.equal(race(changeItem, reorderItems), undefined);
    const tree = withTags();
    assert.equal(race(reorderTags, reorderTags, tree), undefined);
    assert.deepEqual(tree.takeSnapshot().read(`${TOP}/tags`), ['x', 'y']);
  });
});

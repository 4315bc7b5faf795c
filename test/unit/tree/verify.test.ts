/**
 * Goal: `DataTreeModification.verifyUnchanged(path)` is a read set, checked at validation: it fails
 * with OptimisticLockFailedError naming the verified path exactly when another transaction created,
 * deleted, replaced or changed anything below the node at that path since the snapshot, it changes
 * nothing (no operation, no candidate change, nothing encoded), and it composes with the
 * transaction's own writes, merges and deletes at, above and below the path: the verdict always
 * compares the snapshot with the tip. Method: as conflicts.test.ts, two modifications on one snapshot,
 * the other committed first, then mine validated; where a verification adds a conflict, the same
 * race without it is shown to commit, so each case proves the verification itself; chained
 * modifications, sealing, the binary codec and journal replay separately.
 */
import { strict as assert } from 'node:assert';
import {
  decodeModification,
  encodeModification,
  replayEncodedModification,
} from '../../../src/tree/binary-codec.js';
import { DataTree, ReplayBatch } from '../../../src/tree/data-tree.js';
import {
  InvalidPathError,
  OptimisticLockFailedError,
  TransactionStateError,
} from '../../../src/tree/errors.js';
import type { DataTreeModification } from '../../../src/tree/modification.js';
import { confSchema, testSchema } from './fixtures.js';

const TOP = '/canopy-test:top';
const INNER = `${TOP}/inner`;
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

function commit(tree: DataTree, m: DataTreeModification): void {
  m.ready();
  tree.validate(m);
  tree.commit(tree.prepare(m));
}

/** Mine and theirs on one snapshot; theirs commits first; mine's conflict, or undefined. */
function race(mine: Change, theirs: Change, tree = base()): OptimisticLockFailedError | undefined {
  const snapshot = tree.takeSnapshot();
  const a = snapshot.newModification();
  const b = snapshot.newModification();
  mine(a);
  theirs(b);
  commit(tree, b);
  try {
    commit(tree, a);
  } catch (e) {
    if (e instanceof OptimisticLockFailedError) return e;
    throw e;
  }
  return undefined;
}

function expectConflict(mine: Change, theirs: Change, path: string, reason: RegExp): void {
  const conflict = race(mine, theirs);
  assert.ok(conflict, 'expected a conflict');
  assert.equal(conflict.path, path);
  assert.match(conflict.reason, reason);
  assert.match(conflict.reason, /this transaction verified it unchanged/);
}

function expectNoConflict(mine: Change, theirs: Change): DataTree {
  const tree = base();
  const conflict = race(mine, theirs, tree);
  assert.equal(conflict, undefined, conflict?.message);
  return tree;
}

/** The conflict `mine` meets, and that `mine` without the verification commits. */
function expectVerifyConflict(
  ops: Change,
  verified: string,
  theirs: Change,
  reason: RegExp,
  verifyFirst = true,
): void {
  expectConflict(
    (m) => {
      if (verifyFirst) m.verifyUnchanged(verified);
      ops(m);
      if (!verifyFirst) m.verifyUnchanged(verified);
    },
    theirs,
    verified,
    reason,
  );
  expectNoConflict(ops, theirs);
}

describe('tree: verifyUnchanged: conflicts', () => {
  it('a change below the verified node conflicts, naming the verified path', () => {
    expectConflict(
      (m) => m.verifyUnchanged(INNER),
      (m) => m.write(`${INNER}/a`, 'theirs'),
      INNER,
      /data below the node was changed by another transaction/,
    );
    expectConflict(
      (m) => m.verifyUnchanged(TOP),
      (m) => m.write(`${INNER}/deeper/b`, 'new'),
      TOP,
      /data below the node was changed/,
    );
  });

  it('creating, deleting or replacing the verified node conflicts', () => {
    expectConflict(
      (m) => m.verifyUnchanged(`${INNER}/deeper`),
      (m) => m.write(`${INNER}/deeper/b`, 'new'),
      `${INNER}/deeper`,
      /created by another transaction/,
    );
    expectConflict(
      (m) => m.verifyUnchanged(`${TOP}/pres`),
      (m) => m.write(`${TOP}/pres`, { 'must-have': 'x' }),
      `${TOP}/pres`,
      /created by another transaction/,
    );
    expectConflict(
      (m) => m.verifyUnchanged(`${ITEM}=a`),
      (m) => m.delete(`${ITEM}=a`),
      `${ITEM}=a`,
      /deleted by another transaction/,
    );
    expectConflict(
      (m) => m.verifyUnchanged(`${ITEM}=a/value`),
      (m) => m.delete(ITEM),
      `${ITEM}=a/value`,
      /deleted by another transaction/,
    );
    expectConflict(
      (m) => m.verifyUnchanged(`${ITEM}=a/value`),
      (m) => m.write(`${ITEM}=a/value`, 5),
      `${ITEM}=a/value`,
      /replaced by another transaction/,
    );
    // An ancestor's write replaces the node even with the same value (a write's rule too).
    expectConflict(
      (m) => m.verifyUnchanged(`${ITEM}=a/value`),
      (m) => m.write(`${ITEM}=a`, { value: 1, note: 'n' }),
      `${ITEM}=a/value`,
      /replaced by another transaction/,
    );
  });

  it('changes around the verified node commit: siblings, other entries, its absent self staying absent', () => {
    expectNoConflict(
      (m) => m.verifyUnchanged(INNER),
      (m) => m.write(`${TOP}/str`, 'other'),
    );
    expectNoConflict(
      (m) => m.verifyUnchanged(`${ITEM}=a`),
      (m) => m.write(`${ITEM}=b/value`, 20),
    );
    expectNoConflict(
      (m) => m.verifyUnchanged(`${ITEM}=z`),
      (m) => m.write(`${ITEM}=c`, { value: 3 }),
    );
    expectNoConflict(
      (m) => m.verifyUnchanged(`${INNER}/deeper`),
      (m) => m.delete(TOP),
    );
  });

  it('a rewrite of identical data is no change; of the datastore root any change is one', () => {
    expectNoConflict(
      (m) => m.verifyUnchanged(INNER),
      (m) => m.write(INNER, { a: 'A' }),
    );
    expectConflict(
      (m) => m.verifyUnchanged('/'),
      (m) => m.write(`${ITEM}=b/note`, 'n'),
      '/',
      /data below the node was changed/,
    );
    const tree = base();
    const m = tree.takeSnapshot().newModification();
    m.verifyUnchanged('/');
    m.write(`${TOP}/str`, 'mine');
    commit(tree, m);
    assert.equal(tree.takeSnapshot().read(`${TOP}/str`), 'mine');
  });

  it('an operation below the verified node does not narrow it, before or after the verification', () => {
    const theirs: Change = (m) => m.write(`${INNER}/deeper/b`, 'theirs');
    const mine: Change = (m) => m.merge(`${INNER}/a`, 'mine');
    expectVerifyConflict(mine, INNER, theirs, /data below the node was changed/, true);
    expectVerifyConflict(mine, INNER, theirs, /data below the node was changed/, false);
    const merged: Change = (m) => m.merge(`${ITEM}=a`, { note: 'n' });
    expectVerifyConflict(
      merged,
      ITEM,
      (m) => m.write(`${ITEM}=b/value`, 20),
      /data below the node was changed/,
    );
  });

  it('an operation above the verified node does not cover it: a delete of the ancestor the other deleted too', () => {
    // Two deletes of an entry agree; the verified value below it was deleted all the same.
    expectVerifyConflict(
      (m) => m.delete(`${ITEM}=a`),
      `${ITEM}=a/value`,
      (m) => m.delete(`${ITEM}=a`),
      /deleted by another transaction/,
    );
  });

  it('an operation at the verified node keeps the verification: a delete the other did too', () => {
    expectVerifyConflict(
      (m) => m.delete(`${ITEM}=a`),
      `${ITEM}=a`,
      (m) => m.delete(`${ITEM}=a`),
      /deleted by another transaction/,
      false,
    );
  });

  it('the transaction’s own operations are not a change: they commit with the verification', () => {
    let tree = expectNoConflict(
      (m) => {
        m.write(`${INNER}/a`, 'mine');
        m.verifyUnchanged(INNER);
        m.write(INNER, { a: 'again' });
      },
      (m) => m.write(`${TOP}/str`, 'theirs'),
    );
    assert.deepEqual(tree.takeSnapshot().read(INNER), { a: 'again' });
    tree = expectNoConflict(
      (m) => {
        m.verifyUnchanged(`${ITEM}=c`);
        m.write(`${ITEM}=c`, { value: 3 });
        m.delete(`${ITEM}=a`);
        m.verifyUnchanged(`${ITEM}=a`);
      },
      (m) => m.write(`${ITEM}=b/value`, 20),
    );
    assert.deepEqual(tree.takeSnapshot().read(ITEM), [
      { name: 'b', value: 20 },
      { name: 'c', value: 3 },
    ]);
  });

  it('a verification and a write of the same node conflict with a change below it, as the write alone does', () => {
    expectConflict(
      (m) => {
        m.verifyUnchanged(INNER);
        m.write(INNER, { a: 'mine' });
      },
      (m) => m.write(`${INNER}/a`, 'theirs'),
      INNER,
      /data below the node was changed/,
    );
  });
});

describe('tree: verifyUnchanged: effects', () => {
  it('records no operation: a modification that only verifies changes nothing', () => {
    const tree = base();
    const before = tree.root;
    const m = tree.takeSnapshot().newModification();
    m.verifyUnchanged(INNER);
    m.verifyUnchanged(`${ITEM}=z`);
    assert.equal(m.hasOperations, false);
    assert.equal(m.isEmpty, false, 'it must still reach the tree, to be checked');
    m.ready();
    tree.validate(m);
    const candidate = tree.prepare(m);
    assert.equal(candidate.isEmpty, true);
    assert.deepEqual(candidate.root.children(), []);
    tree.commit(candidate);
    assert.equal(tree.root, before);
    assert.equal(m.snapshotAfter().root, before);
  });

  it('with a merge of one leaf, the candidate holds that leaf only, not a rewrite of the verified node', () => {
    const tree = base();
    const m = tree.takeSnapshot().newModification();
    m.verifyUnchanged(TOP);
    m.merge(`${INNER}/a`, 'new');
    m.ready();
    tree.validate(m);
    const candidate = tree.prepare(m);
    const top = candidate.root.children();
    assert.deepEqual(
      top.map((c) => [c.path.text, c.modificationType]),
      [[TOP, 'subtree-modified']],
    );
    const inner = top[0]!.children();
    assert.deepEqual(
      inner.map((c) => [c.path.text, c.modificationType]),
      [[INNER, 'subtree-modified']],
    );
    assert.deepEqual(
      inner[0]!.children().map((c) => [c.path.text, c.modificationType]),
      [[`${INNER}/a`, 'write']],
    );
  });

  it('records each path once, in order; a bad path throws InvalidPathError and records nothing', () => {
    const m = base().takeSnapshot().newModification();
    m.verifyUnchanged(INNER);
    m.verifyUnchanged(`${ITEM}=a`);
    m.verifyUnchanged('/canopy-test:top/inner');
    assert.deepEqual(
      m.verifications.map((p) => p.text),
      [INNER, `${ITEM}=a`],
    );
    assert.throws(() => m.verifyUnchanged('/canopy-test:nope'), InvalidPathError);
    assert.equal(m.verifications.length, 2);
  });

  it('is refused once the modification is ready', () => {
    const m = base().takeSnapshot().newModification();
    m.ready();
    assert.throws(
      () => m.verifyUnchanged(INNER),
      (e: unknown) => e instanceof TransactionStateError && /verifyUnchanged/.test(e.message),
    );
  });

  it('accepts state data paths in a configuration tree, where they are always absent', () => {
    const tree = new DataTree(confSchema(), { treeType: 'config' });
    const m = tree.takeSnapshot().newModification();
    m.verifyUnchanged('/toaster:toaster/toasterStatus');
    commit(tree, m);
  });
});

describe('tree: verifyUnchanged: chains', () => {
  it('a chained modification verifies against its predecessor’s result: the predecessor’s own changes are no change', () => {
    const tree = base();
    const first = tree.takeSnapshot().newModification();
    first.write(`${INNER}/a`, 'first');
    first.ready();
    const second = first.newModification();
    second.verifyUnchanged(INNER);
    second.verifyUnchanged(`${ITEM}=a`);
    second.write(`${TOP}/str`, 'second');
    commit(tree, first);
    commit(tree, second);
    assert.deepEqual(tree.takeSnapshot().read(TOP), {
      str: 'second',
      plain: 'p',
      inner: { a: 'first' },
    });
  });

  it('a change by another transaction that the predecessor was rebased over conflicts', () => {
    const tree = base();
    const first = tree.takeSnapshot().newModification();
    first.write(`${INNER}/a`, 'first');
    first.ready();
    const second = first.newModification();
    second.verifyUnchanged(INNER);
    second.verifyUnchanged(`${INNER}/a`);
    const other = tree.takeSnapshot().newModification();
    other.write(`${INNER}/deeper/b`, 'other');
    commit(tree, other);
    tree.validate(first);
    tree.commit(tree.prepare(first));
    second.ready();
    assert.throws(
      () => tree.validate(second),
      (e: unknown) => e instanceof OptimisticLockFailedError && e.path === INNER,
    );
    const third = first.newModification();
    third.verifyUnchanged(`${INNER}/a`);
    third.verifyUnchanged(ITEM);
    commit(tree, third);
  });

  it('a change by another transaction after the predecessor committed conflicts', () => {
    const tree = base();
    const first = tree.takeSnapshot().newModification();
    first.write(`${INNER}/a`, 'first');
    first.ready();
    const second = first.newModification();
    second.verifyUnchanged(INNER);
    commit(tree, first);
    const other = tree.takeSnapshot().newModification();
    other.write(`${INNER}/deeper/b`, 'other');
    commit(tree, other);
    second.ready();
    assert.throws(
      () => tree.validate(second),
      (e: unknown) => e instanceof OptimisticLockFailedError && e.path === INNER,
    );
  });
});

describe('tree: verifyUnchanged: encoding and replay', () => {
  it('is not encoded: the bytes are those of the operations alone', () => {
    const tree = base();
    const plain = tree.takeSnapshot().newModification();
    plain.merge(`${INNER}/a`, 'x');
    const verified = tree.takeSnapshot().newModification();
    verified.verifyUnchanged(INNER);
    verified.merge(`${INNER}/a`, 'x');
    verified.verifyUnchanged(`${ITEM}=a`);
    assert.deepEqual(encodeModification(verified), encodeModification(plain));
    const decoded = decodeModification(encodeModification(verified), tree.takeSnapshot());
    assert.deepEqual(decoded.verifications, []);
  });

  it('a verify-only modification encodes as no operations, which replay and apply leave as they were', () => {
    const tree = base();
    const m = tree.takeSnapshot().newModification();
    m.verifyUnchanged(TOP);
    const bytes = encodeModification(m);
    assert.equal(decodeModification(bytes, tree.takeSnapshot()).isEmpty, true);
    const expected = tree.takeSnapshot().read('/');
    replayEncodedModification(tree, bytes, new ReplayBatch());
    assert.deepEqual(tree.takeSnapshot().read('/'), expected);
  });
});

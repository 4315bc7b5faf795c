/**
 * Goal: a prepared candidate reports, node by node, how each node changed (write, delete,
 * subtree-modified, appeared, disappeared, unmodified) with the data before and after, and lists only
 * changed children. Method: commit a base, prepare modifications, and walk the candidate; data is
 * compared as JSON (encodeNode) to what the tree reads before and after.
 */
import { strict as assert } from 'node:assert';
import type { CandidateNode, DataTreeCandidate } from '../../../src/tree/candidate.js';
import { DataTree } from '../../../src/tree/data-tree.js';
import { encodeNode } from '../../../src/tree/json-codec.js';
import type { DataTreeModification } from '../../../src/tree/modification.js';
import { parsePath } from '../../../src/tree/path.js';
import { testSchema } from './fixtures.js';

const TOP = '/canopy-test:top';
const ITEM = '/canopy-test:item';

function seeded(): DataTree {
  const tree = new DataTree(testSchema());
  const m = tree.takeSnapshot().newModification();
  m.write(TOP, { str: 'abc', inner: { a: 'A' } });
  m.write(ITEM, [{ name: 'a', value: 1 }, { name: 'b' }]);
  m.ready();
  tree.commit(tree.prepare(m));
  return tree;
}

function candidate(tree: DataTree, fn: (m: DataTreeModification) => void): DataTreeCandidate {
  const m = tree.takeSnapshot().newModification();
  fn(m);
  m.ready();
  tree.validate(m);
  return tree.prepare(m);
}

function at(c: DataTreeCandidate, path: string): CandidateNode | undefined {
  return c.nodeAt(parsePath(testSchema(), path).steps);
}

function json(node: CandidateNode | undefined, which: 'before' | 'after'): unknown {
  const data = node?.[which];
  return data === undefined ? undefined : encodeNode(data, node!.module);
}

function summary(node: CandidateNode): [string, string][] {
  return node.children().map((c) => [c.path.text, c.modificationType]);
}

describe('tree: candidates', () => {
  it('a leaf write is write with before and after; its parents are subtree-modified', () => {
    const c = candidate(seeded(), (m) => m.write(`${ITEM}=a/value`, 2));
    assert.equal(c.root.modificationType, 'subtree-modified');
    assert.deepEqual(summary(c.root), [[ITEM, 'subtree-modified']]);
    assert.deepEqual(summary(c.root.child('canopy-test:item')!), [
      [`${ITEM}=a`, 'subtree-modified'],
    ]);
    const leaf = at(c, `${ITEM}=a/value`)!;
    assert.equal(leaf.modificationType, 'write');
    assert.equal(json(leaf, 'before'), 1);
    assert.equal(json(leaf, 'after'), 2);
    assert.deepEqual(leaf.children(), []);
    assert.deepEqual(json(at(c, `${ITEM}=a`), 'after'), { name: 'a', value: 2 });
  });

  it('a delete is delete with data before and none after; its children are deletes', () => {
    const c = candidate(seeded(), (m) => m.delete(`${ITEM}=a`));
    const entry = at(c, `${ITEM}=a`)!;
    assert.equal(entry.modificationType, 'delete');
    assert.deepEqual(json(entry, 'before'), { name: 'a', value: 1 });
    assert.equal(entry.after, undefined);
    assert.deepEqual(summary(entry), [
      [`${ITEM}=a/name`, 'delete'],
      [`${ITEM}=a/value`, 'delete'],
    ]);
  });

  it('a write of a container lists the children that differ', () => {
    const c = candidate(seeded(), (m) =>
      m.write(TOP, { str: 'abc', inner: { a: 'B' }, plain: 'p' }),
    );
    const top = at(c, TOP)!;
    assert.equal(top.modificationType, 'write');
    assert.deepEqual(summary(top), [
      [`${TOP}/inner`, 'write'],
      [`${TOP}/plain`, 'write'],
    ]);
    assert.deepEqual(summary(top.children()[0]!), [[`${TOP}/inner/a`, 'write']]);
  });

  it('a write of identical data is unmodified and reaches no node', () => {
    const tree = seeded();
    const c = candidate(tree, (m) => {
      m.write(TOP, { str: 'abc', inner: { a: 'A' } });
      m.write(`${ITEM}=b`, {});
      m.delete(`${ITEM}=zz`);
    });
    assert.ok(c.isEmpty);
    assert.equal(c.root.modificationType, 'unmodified');
    assert.deepEqual(c.root.children(), []);
    assert.equal(at(c, TOP), undefined);
  });

  it('structure implied by a write appears; emptied structure disappears', () => {
    const tree = seeded();
    const c = candidate(tree, (m) => {
      m.write(`${TOP}/inner/deeper/b`, 'B');
      m.delete(`${ITEM}=a`);
      m.delete(`${ITEM}=b`);
      m.write('/canopy-test:pair=x,1/weight', 3);
    });
    assert.equal(at(c, `${TOP}/inner/deeper`)!.modificationType, 'appeared');
    assert.equal(at(c, `${TOP}/inner`)!.modificationType, 'subtree-modified');
    assert.equal(at(c, '/canopy-test:pair')!.modificationType, 'appeared');
    assert.equal(at(c, '/canopy-test:pair=x,1')!.modificationType, 'appeared');
    const list = at(c, ITEM)!;
    assert.equal(list.modificationType, 'disappeared');
    assert.deepEqual(json(list, 'before'), [{ name: 'a', value: 1 }, { name: 'b' }]);
    assert.equal(list.after, undefined);
    assert.deepEqual(summary(list), [
      [`${ITEM}=a`, 'delete'],
      [`${ITEM}=b`, 'delete'],
    ]);
  });

  it('a merge creating an entry is a write; merging into one is subtree-modified', () => {
    const c = candidate(seeded(), (m) => {
      m.merge(ITEM, [{ name: 'c' }, { name: 'a', value: 5 }]);
    });
    const list = at(c, ITEM)!;
    assert.equal(list.modificationType, 'subtree-modified');
    assert.deepEqual(summary(list), [
      [`${ITEM}=c`, 'write'],
      [`${ITEM}=a`, 'subtree-modified'],
    ]);
  });

  it('leaf-list values are children of their leaf-list', () => {
    const c = candidate(seeded(), (m) => m.merge(`${TOP}/tags`, ['t']));
    const tags = at(c, `${TOP}/tags`)!;
    assert.equal(tags.modificationType, 'appeared');
    assert.deepEqual(summary(tags), [[`${TOP}/tags=t`, 'write']]);
    assert.equal(json(tags.children()[0], 'after'), 't');
  });

  it('the candidate is rooted before and after the commit and nodeAt stops outside it', () => {
    const tree = seeded();
    const before = tree.root;
    const c = candidate(tree, (m) => m.write(`${TOP}/plain`, 'p'));
    assert.equal(c.before, before);
    assert.equal(at(c, ITEM), undefined);
    assert.equal(at(c, `${TOP}/str`), undefined);
    tree.commit(c);
    assert.equal(tree.root, c.after);
  });
});

// RFC 7950 §7.7.1 / §7.8.1: the order of `ordered-by system` entries is the system's, so a rewrite that
// only changes it changes nothing; the order of `ordered-by user` entries is data.
describe('tree: candidates: ordered-by system lists and leaf-lists compare as sets', () => {
  function withTags(tags: string[]): DataTree {
    const tree = seeded();
    tree.commit(candidate(tree, (m) => m.write(`${TOP}/tags`, tags)));
    return tree;
  }

  it('a system-ordered leaf-list rewritten in another order is unmodified and keeps the tree', () => {
    const tree = withTags(['x', 'y', 'z']);
    const root = tree.root;
    const c = candidate(tree, (m) => m.write(`${TOP}/tags`, ['x', 'z', 'y']));
    assert.equal(c.after, root, 'apply keeps the old root');
    assert.ok(c.isEmpty);
    assert.equal(c.root.modificationType, 'unmodified');
    assert.equal(at(c, `${TOP}/tags`), undefined);
    tree.commit(c);
    assert.deepEqual(tree.takeSnapshot().read(`${TOP}/tags`), ['x', 'y', 'z']);
  });

  it('the same values written as two and a merged third are unmodified', () => {
    const tree = withTags(['x', 'y', 'z']);
    const c = candidate(tree, (m) => {
      m.write(`${TOP}/tags`, ['x', 'z']);
      m.merge(`${TOP}/tags=y`, 'y');
    });
    assert.ok(c.isEmpty);
  });

  it('a reordered system-ordered leaf-list inside a rewritten container is unmodified', () => {
    const tree = withTags(['x', 'y', 'z']);
    const same = candidate(tree, (m) =>
      m.write(TOP, { str: 'abc', inner: { a: 'A' }, tags: ['z', 'y', 'x'] }),
    );
    assert.ok(same.isEmpty);
    const other = candidate(tree, (m) =>
      m.write(TOP, { str: 'abd', inner: { a: 'A' }, tags: ['z', 'y', 'x'] }),
    );
    assert.deepEqual(summary(at(other, TOP)!), [[`${TOP}/str`, 'write']]);
  });

  it('a changed value in a reordered system-ordered leaf-list is reported alone', () => {
    const c = candidate(withTags(['x', 'y', 'z']), (m) => m.write(`${TOP}/tags`, ['z', 'w', 'x']));
    const tags = at(c, `${TOP}/tags`)!;
    assert.equal(tags.modificationType, 'write');
    assert.deepEqual(summary(tags), [
      [`${TOP}/tags=w`, 'write'],
      [`${TOP}/tags=y`, 'delete'],
    ]);
  });

  it('a user-ordered leaf-list rewritten in another order is a write', () => {
    const tree = seeded();
    tree.commit(candidate(tree, (m) => m.write(`${TOP}/ordered-tags`, ['x', 'y'])));
    const c = candidate(tree, (m) => m.write(`${TOP}/ordered-tags`, ['y', 'x']));
    assert.equal(at(c, `${TOP}/ordered-tags`)!.modificationType, 'write');
    tree.commit(c);
    assert.deepEqual(tree.takeSnapshot().read(`${TOP}/ordered-tags`), ['y', 'x']);
  });

  it('a system-ordered list rewritten with equal entries in another order is unmodified', () => {
    const tree = seeded();
    const c = candidate(tree, (m) => m.write(ITEM, [{ name: 'b' }, { name: 'a', value: 1 }]));
    assert.ok(c.isEmpty);
    const changed = candidate(tree, (m) => m.write(ITEM, [{ name: 'b' }, { name: 'a', value: 2 }]));
    const list = changed.root.child('canopy-test:item')!;
    assert.equal(list.modificationType, 'write');
    assert.deepEqual(summary(list), [[`${ITEM}=a`, 'write']]);
    // Nested: the entries' own system-ordered leaf-lists compare as sets too.
    tree.commit(candidate(tree, (m) => m.write(`${ITEM}=a/labels`, ['p', 'q'])));
    const nested = candidate(tree, (m) =>
      m.write(ITEM, [{ name: 'b' }, { name: 'a', value: 1, labels: ['q', 'p'] }]),
    );
    assert.ok(nested.isEmpty);
  });

  it('a user-ordered list rewritten in another order is a write', () => {
    const tree = seeded();
    const STEP = '/canopy-test:step';
    tree.commit(candidate(tree, (m) => m.write(STEP, [{ name: 'a' }, { name: 'b' }])));
    const c = candidate(tree, (m) => m.write(STEP, [{ name: 'b' }, { name: 'a' }]));
    assert.equal(c.root.child('canopy-test:step')!.modificationType, 'write');
  });

  it('a root write of the same data in another order is unmodified', () => {
    const tree = withTags(['x', 'y', 'z']);
    const data = tree.takeSnapshot().read('/') as Record<string, unknown>;
    const c = candidate(tree, (m) =>
      m.write('/', {
        ...data,
        'canopy-test:top': { str: 'abc', inner: { a: 'A' }, tags: ['y', 'z', 'x'] },
        'canopy-test:item': [{ name: 'b' }, { name: 'a', value: 1 }],
      }),
    );
    assert.ok(c.isEmpty);
  });
});

/**
 * Goal: the binary codec round-trips exactly, for any tree and any modification the test model
 * allows: decoding gives the same data in the same order, re-encoding gives the same bytes, and
 * applying a decoded modification to a replica gives the same tree as committing the original.
 * Method: fast-check generates sequences of write/merge/delete operations from a pool of paths and
 * values of the test model (lists, multi-key and user-ordered lists, leaf-lists, keyless state lists,
 * anydata, every scalar kind); operations the schema refuses at the call are skipped, commits that
 * fail validation are dropped, as a user's would be.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  decodeModification,
  decodeTree,
  encodeModification,
  encodeTree,
  installTree,
} from '../../../src/tree/binary-codec.js';
import { DataTree } from '../../../src/tree/data-tree.js';
import { CanopyError } from '../../../src/util/errors.js';
import type { DataTreeModification } from '../../../src/tree/modification.js';
import { testSchema } from './fixtures.js';

type Op = { kind: 'write' | 'merge' | 'delete'; path: string; data: unknown };

const names = fc.constantFrom('a', 'b', 'c', 'd', 'x,y', 'é/1');
const scalar = fc.oneof(
  fc.integer({ min: -100, max: 100 }),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 3 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;

const item = fc.record(
  {
    name: names,
    value: fc.integer({ min: -5, max: 5 }),
    note: fc.string({ maxLength: 4 }),
    labels: fc.uniqueArray(fc.constantFrom('l1', 'l2', 'l3'), { maxLength: 3 }),
    sub: fc.uniqueArray(fc.record({ id: fc.nat(3), label: fc.constantFrom('p', 'q') }), {
      selector: (s) => s.id,
      maxLength: 3,
    }),
    'canopy-test-aug:tag': fc.constantFrom('t', 'u'),
  },
  { requiredKeys: ['name'] },
);

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('write' as const, 'merge' as const),
    path: fc.constant('/canopy-test:item'),
    data: fc.uniqueArray(item, { selector: (i) => i.name, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constantFrom('write' as const, 'merge' as const),
    path: names.map((n) => `/canopy-test:item=${encodeURIComponent(n)}`),
    data: item.map(({ name: _, ...rest }) => rest),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    path: fc.oneof(
      names.map((n) => `/canopy-test:item=${encodeURIComponent(n)}`),
      fc.constantFrom(
        '/canopy-test:item',
        '/canopy-test:top',
        '/canopy-test:top/tags',
        '/canopy-test:step',
      ),
    ),
    data: fc.constant(undefined),
  }),
  fc.record({
    kind: fc.constantFrom('write' as const, 'merge' as const),
    path: fc.constant('/canopy-test:top'),
    data: fc.record(
      {
        str: fc.constantFrom('ab', 'cd'),
        i64: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(String),
        u64: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map(String),
        dec: fc.constantFrom('1.5', '-10.5', '0.01'),
        flag: fc.boolean(),
        marker: fc.constant([null]),
        perms: fc.constantFrom('read', 'write exec', ''),
        pet: fc.constantFrom('canopy-test:cat', 'canopy-test-aug:lion'),
        tags: fc.uniqueArray(fc.constantFrom('t1', 't2', 't3'), { maxLength: 3 }),
        'ordered-tags': fc.uniqueArray(fc.constantFrom('o1', 'o2', 'o3'), { maxLength: 3 }),
        'blob-data': json,
        'canopy-test-aug:gadget': fc.record({ power: fc.nat(255) }),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    kind: fc.constantFrom('write' as const, 'merge' as const),
    path: fc.constant('/canopy-test:step'),
    data: fc.uniqueArray(fc.record({ name: names, action: fc.constantFrom('go', 'stop') }), {
      selector: (s) => s.name,
      maxLength: 4,
    }),
  }),
  fc.record({
    kind: fc.constantFrom('write' as const, 'merge' as const),
    path: fc
      .tuple(names, fc.nat(3))
      .map(([l, r]) => `/canopy-test:pair=${encodeURIComponent(l)},${r}`),
    data: fc.record({ weight: fc.integer() }, { requiredKeys: [] }),
  }),
  fc.record({
    kind: fc.constantFrom('write' as const, 'merge' as const),
    path: fc.constant('/canopy-test:state'),
    data: fc.record(
      {
        counter: fc.nat().map(String),
        log: fc.array(fc.record({ msg: fc.constantFrom('m', 'n') }), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
  }),
);

/** Applies `ops` to a new modification of `tree`, skipping operations refused at the call. */
function build(tree: DataTree, ops: readonly Op[]): DataTreeModification {
  const m = tree.takeSnapshot().newModification();
  for (const o of ops) {
    try {
      if (o.kind === 'delete') m.delete(o.path);
      else if (o.kind === 'write') m.write(o.path, o.data);
      else m.merge(o.path, o.data);
    } catch (e) {
      if (!(e instanceof CanopyError)) throw e;
    }
  }
  m.ready();
  return m;
}

function tryCommit(tree: DataTree, m: DataTreeModification): boolean {
  try {
    tree.validate(m);
    tree.commit(tree.prepare(m));
    return true;
  } catch (e) {
    if (!(e instanceof CanopyError)) throw e;
    return false;
  }
}

describe('tree: binary codec round trips (property)', () => {
  it('any tree decodes to the same data and order and re-encodes to the same bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(op, { maxLength: 6 }), { maxLength: 5 }), (batches) => {
        const tree = new DataTree(testSchema());
        for (const ops of batches) tryCommit(tree, build(tree, ops));
        const bytes = encodeTree(tree.root);
        const copy = new DataTree(testSchema());
        copy.resetTo(decodeTree(bytes, copy.nextVersion()));
        assert.deepEqual(copy.takeSnapshot().read('/'), tree.takeSnapshot().read('/'));
        assert.deepEqual(encodeTree(copy.root), bytes);
      }),
      { numRuns: 150 },
    );
  });

  it('any modification, decoded and applied to a replica, gives the same tree as the original', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(op, { maxLength: 6 }), { maxLength: 3 }),
        fc.array(op, { minLength: 1, maxLength: 8 }),
        (history, ops) => {
          const tree = new DataTree(testSchema());
          for (const batch of history) tryCommit(tree, build(tree, batch));
          const replica = new DataTree(testSchema());
          installTree(replica, encodeTree(tree.root));
          const base = tree.takeSnapshot();
          const m = build(tree, ops);
          const bytes = encodeModification(m);
          const decoded = decodeModification(bytes, base);
          assert.deepEqual(
            decoded.read('/'),
            m.read('/'),
            'read-through of the decoded modification',
          );
          assert.deepEqual(encodeModification(decoded), bytes, 're-encoding');
          if (!tryCommit(tree, m)) return;
          replica.applyCommitted(decodeModification(bytes, replica.takeSnapshot()));
          assert.deepEqual(replica.takeSnapshot().read('/'), tree.takeSnapshot().read('/'));
          assert.deepEqual(encodeTree(replica.root), encodeTree(tree.root));
        },
      ),
      { numRuns: 150 },
    );
  });
});

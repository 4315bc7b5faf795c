/**
 * Generators shared by the tree's property tests: random write/merge/delete operations over the test
 * model (test/fixtures/tree: keyed, multi-key, user-ordered and keyless lists, leaf-lists, presence
 * and nested containers, anydata, every scalar kind), and the helpers that record them in a
 * modification and commit it the way a user's transaction would (refused operations skipped, commits
 * failing validation dropped).
 */
import fc from 'fast-check';
import { DataTree } from '../../../src/tree/data-tree.js';
import { CanopyError } from '../../../src/util/errors.js';
import type { DataTreeModification } from '../../../src/tree/modification.js';

export type Op = { kind: 'write' | 'merge' | 'delete'; path: string; data: unknown };

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

export const op: fc.Arbitrary<Op> = fc.oneof(
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
export function build(tree: DataTree, ops: readonly Op[]): DataTreeModification {
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

export function tryCommit(tree: DataTree, m: DataTreeModification): boolean {
  try {
    tree.validate(m);
    tree.commit(tree.prepare(m));
    return true;
  } catch (e) {
    if (!(e instanceof CanopyError)) throw e;
    return false;
  }
}

/**
 * `op`, plus operations deep in the tree: on a sub-list entry and on a container inside a list
 * entry, on one leaf-list value, inside nested non-presence containers (whose removal cascades when
 * their last leaf goes) and on a presence container, and deletes of all of these.
 */
export const deepOp: fc.Arbitrary<Op> = fc.oneof(
  op,
  fc.record({
    kind: fc.constantFrom('write' as const, 'merge' as const),
    path: fc
      .tuple(names, fc.nat(3))
      .map(([n, id]) => `/canopy-test:item=${encodeURIComponent(n)}/sub=${id}`),
    data: fc.record({ label: fc.constantFrom('p', 'q') }, { requiredKeys: [] }),
  }),
  fc.record({
    kind: fc.constantFrom('write' as const, 'merge' as const),
    path: names.map((n) => `/canopy-test:item=${encodeURIComponent(n)}/details`),
    data: fc.record(
      { colour: fc.constantFrom('red', 'blue'), size: fc.nat(9) },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    kind: fc.constantFrom('write' as const, 'merge' as const),
    path: fc.constantFrom('/canopy-test:top/tags=t1', '/canopy-test:top/tags=t4'),
    data: fc.constantFrom('t1', 't4'),
  }),
  fc.record({
    kind: fc.constantFrom('write' as const, 'merge' as const),
    path: fc.constantFrom('/canopy-test:top/inner/deeper/b', '/canopy-test:top/inner/a'),
    data: fc.constantFrom('v', 'w'),
  }),
  fc.record({
    kind: fc.constantFrom('write' as const, 'merge' as const),
    path: fc.constant('/canopy-test:top/pres'),
    data: fc.record({ 'must-have': fc.constant('m'), optional: fc.constantFrom('o', 'p') }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    path: fc.oneof(
      fc
        .tuple(names, fc.nat(3))
        .map(([n, id]) => `/canopy-test:item=${encodeURIComponent(n)}/sub=${id}`),
      names.map((n) => `/canopy-test:item=${encodeURIComponent(n)}/details/size`),
      fc.constantFrom(
        '/canopy-test:top/tags=t1',
        '/canopy-test:top/inner/deeper/b',
        '/canopy-test:top/inner/a',
        '/canopy-test:top/pres',
        '/canopy-test:pair',
      ),
    ),
    data: fc.constant(undefined),
  }),
);

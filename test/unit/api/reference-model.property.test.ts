/**
 * Goal: the reference model that judges the concurrency property test (test/support/store-model.ts) is
 * itself right, so that a failure of concurrency.property.test.ts points at the store, not the model.
 * Method: (1) the yangtools conflict cases from the issue and from yangtools'
 * ConcurrentTreeModificationTest, each with its known verdict, including the corners where the model
 * must say "either", and the verifyUnchanged cases (a read set: any change of the verified node); (2) a property: applying a transaction's folded modification tree to any committed
 * tree gives exactly the serial application of its operations, with and without version bumps for
 * identical writes, including where the check lets a transaction edit inside a node that is gone now.
 * Runs: CANOPY_PROPERTY_RUNS (default 300) and CANOPY_PROPERTY_SEED, as for the concurrency properties;
 * a failure prints fast-check's seed and the shrunk counterexample, and that seed replays it.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { ModelState } from '../../support/store-concurrency-runner.js';
import { dataArb, MODULE, SCHEMA, TARGETS } from '../../support/store-concurrency-model.js';
import { propertyRuns } from '../../support/store-concurrency-property.js';
import type { MData, Op } from '../../support/store-model.js';
import {
  ALL_CONFLICT_FLAGS,
  applyModification,
  applyOp,
  buildModification,
  checkModification,
  dataAt,
  dataOfV,
  equalData,
  fresh,
  isStructural,
  schemaAt,
  toJson,
} from '../../support/store-model.js';

function stateOf(data: MData | undefined): ModelState {
  const tree = data === undefined ? undefined : fresh(data, SCHEMA, 0);
  return { seq: 0, data, trees: [tree, tree] };
}

function commitOn(state: ModelState, ops: readonly Op[]): ModelState {
  const seq = state.seq + 1;
  let data = state.data;
  for (const op of ops) data = applyOp(data, SCHEMA, op);
  const trees = ([0, 1] as const).map((b) =>
    applyModification(
      buildModification(ops, state.trees[b], SCHEMA),
      state.trees[b],
      SCHEMA,
      seq,
      b === 1,
    ),
  ) as unknown as ModelState['trees'];
  return { seq, data, trees };
}

/** The verdicts for T (opened on `initial`) after U (opened on `initial` too) committed. */
function verdicts(initial: Op[], t: Op[], u: Op[]): string[] {
  const s0 = commitOn(stateOf(undefined), initial);
  const s1 = commitOn(s0, u);
  const out = new Set<string>();
  for (const b of [0, 1] as const) {
    const mod = buildModification(t, s0.trees[b], SCHEMA);
    for (const flags of ALL_CONFLICT_FLAGS) {
      out.add(
        checkModification(mod, s0.trees[b], s1.trees[b], SCHEMA, flags) ? 'conflict' : 'commit',
      );
    }
  }
  return [...out].sort();
}

const m = (entries: [string, MData][]): MData => new Map(entries);
const write = (path: string[], data: MData): Op => ({ type: 'write', path, data });
const merge = (path: string[], data: MData): Op => ({ type: 'merge', path, data });
const del = (path: string[]): Op => ({ type: 'delete', path });
const verify = (path: string[]): Op => ({ type: 'verify', path });
const entry = (k: string, v?: number): MData =>
  m(
    v === undefined
      ? [['id', k]]
      : [
          ['id', k],
          ['v', v],
        ],
  );

describe('reference model: yangtools conflict rules', () => {
  const cases: [string, Op[], Op[], Op[], string[]][] = [
    [
      'write/write of one leaf',
      [write(['top', 'a'], 1)],
      [write(['top', 'a'], 2)],
      [write(['top', 'a'], 3)],
      ['conflict'],
    ],
    ['both create one leaf', [], [write(['top', 'a'], 2)], [write(['top', 'a'], 3)], ['conflict']],
    [
      'writes of different leaves',
      [write(['top', 'a'], 1)],
      [write(['top', 'a'], 2)],
      [write(['top', 'b'], 3)],
      ['commit'],
    ],
    [
      'writes of different list entries',
      [write(['top', 'item', 'k1'], entry('k1'))],
      [write(['top', 'item', 'k2'], entry('k2'))],
      [write(['top', 'item', 'k3'], entry('k3'))],
      ['commit'],
    ],
    [
      'a write inside an entry the other deleted',
      [write(['top', 'item', 'k1'], entry('k1', 1))],
      [write(['top', 'item', 'k1', 'v'], 2)],
      [del(['top', 'item', 'k1'])],
      ['conflict'],
    ],
    [
      'a write inside a presence container the other deleted',
      [write(['top', 'box'], m([['v', 1]]))],
      [write(['top', 'box', 'v'], 2)],
      [del(['top', 'box'])],
      ['conflict'],
    ],
    [
      'a write of a leaf the other deleted with its ancestor',
      [write(['top', 'inner'], m([['x', 1]]))],
      [write(['top', 'inner', 'x'], 2)],
      [del(['top'])],
      ['conflict'],
    ],
    [
      'a write of a new leaf into a non-presence container the other deleted',
      [write(['top', 'inner'], m([['y', 1]]))],
      [write(['top', 'inner', 'x'], 2)],
      [del(['top', 'inner'])],
      ['commit'],
    ],
    [
      'a write of a container below which the other changed a leaf',
      [write(['top', 'inner'], m([['x', 1]]))],
      [write(['top', 'inner'], m([['y', 1]]))],
      [write(['top', 'inner', 'x'], 3)],
      ['conflict'],
    ],
    [
      'an ancestor write that replaced the leaf with the same value',
      [write(['top', 'inner'], m([['x', 1]]))],
      [write(['top', 'inner', 'x'], 2)],
      [
        write(
          ['top', 'inner'],
          m([
            ['x', 1],
            ['y', 1],
          ]),
        ),
      ],
      ['conflict'],
    ],
    [
      'an identical write of the same leaf',
      [write(['top', 'a'], 1)],
      [write(['top', 'a'], 2)],
      [write(['top', 'a'], 1)],
      ['commit', 'conflict'],
    ],
    [
      'a delete of a leaf the other changed',
      [write(['top', 'a'], 1)],
      [del(['top', 'a'])],
      [write(['top', 'a'], 2)],
      ['commit', 'conflict'],
    ],
    [
      'two deletes of one leaf',
      [write(['top', 'a'], 1)],
      [del(['top', 'a'])],
      [del(['top', 'a'])],
      ['commit'],
    ],
    [
      'a merge of a leaf the other changed',
      [write(['top', 'a'], 1)],
      [merge(['top', 'a'], 2)],
      [write(['top', 'a'], 3)],
      ['conflict'],
    ],
    [
      'a merge of a leaf the other created',
      [],
      [merge(['top', 'a'], 2)],
      [write(['top', 'a'], 3)],
      ['commit', 'conflict'],
    ],
    [
      'merges of different new entries',
      [],
      [merge(['top', 'item'], m([['k1', entry('k1')]]))],
      [merge(['top', 'item'], m([['k2', entry('k2')]]))],
      ['commit'],
    ],
    [
      'a merge of a container and a write of a leaf it names',
      [write(['top', 'inner'], m([['x', 1]]))],
      [merge(['top', 'inner'], m([['x', 2]]))],
      [write(['top', 'inner', 'x'], 3)],
      ['commit', 'conflict'],
    ],
    [
      'a merge of a container and a write of a leaf it does not name',
      [write(['top', 'inner'], m([['x', 1]]))],
      [merge(['top', 'inner'], m([['y', 2]]))],
      [write(['top', 'inner', 'x'], 3)],
      ['commit'],
    ],
    [
      'a write then delete of a new node the other created',
      [],
      [write(['top', 'a'], 1), del(['top', 'a'])],
      [write(['top', 'a'], 2)],
      ['commit', 'conflict'],
    ],
    [
      'a verify of a container the other changed a leaf below',
      [write(['top', 'inner'], m([['x', 1]]))],
      [verify(['top', 'inner'])],
      [write(['top', 'inner', 'y'], 2)],
      ['conflict'],
    ],
    [
      'a verify of a container the other changed nothing below',
      [write(['top', 'inner'], m([['x', 1]]))],
      [verify(['top', 'inner'])],
      [write(['top', 'a'], 2)],
      ['commit'],
    ],
    [
      'a verify of an absent node the other created',
      [],
      [verify(['top', 'box'])],
      [write(['top', 'box'], m([['v', 1]]))],
      ['conflict'],
    ],
    [
      'a verify of a node the other deleted',
      [write(['top', 'item', 'k1'], entry('k1', 1))],
      [verify(['top', 'item', 'k1'])],
      [del(['top', 'item', 'k1'])],
      ['conflict'],
    ],
    [
      'a verify of a list entry; the other changed another entry',
      [
        write(
          ['top', 'item'],
          m([
            ['k1', entry('k1', 1)],
            ['k2', entry('k2', 1)],
          ]),
        ),
      ],
      [verify(['top', 'item', 'k1'])],
      [write(['top', 'item', 'k2', 'v'], 2)],
      ['commit'],
    ],
    [
      'a verify of a container, then a merge of a leaf below; the other changed another leaf',
      [write(['top', 'inner'], m([['x', 1]]))],
      [verify(['top', 'inner']), merge(['top', 'inner', 'x'], 2)],
      [write(['top', 'inner', 'y'], 3)],
      ['conflict'],
    ],
    [
      'a merge of a leaf, then a verify of its container; the other changed another leaf',
      [write(['top', 'inner'], m([['x', 1]]))],
      [merge(['top', 'inner', 'x'], 2), verify(['top', 'inner'])],
      [write(['top', 'inner', 'y'], 3)],
      ['conflict'],
    ],
    [
      'a delete and a verify of a node the other deleted too',
      [write(['top', 'a'], 1)],
      [del(['top', 'a']), verify(['top', 'a'])],
      [del(['top', 'a'])],
      ['conflict'],
    ],
    [
      'a verify of a leaf the other rewrote with the same value',
      [write(['top', 'a'], 1)],
      [verify(['top', 'a'])],
      [write(['top', 'a'], 1)],
      ['commit', 'conflict'],
    ],
  ];
  for (const [name, initial, t, u, expected] of cases) {
    it(`${name}: ${expected.join(' or ')}`, () => {
      assert.deepEqual(verdicts(initial, t, u), expected);
    });
  }
});

/** The operations whose list-entry and presence parents exist when issued (as the runner does). */
function meaningful(start: MData | undefined, ops: readonly Op[]): Op[] {
  const out: Op[] = [];
  let view = start;
  for (const op of ops) {
    const ok = op.path.every(
      (_, i) =>
        i === 0 ||
        isStructural(schemaAt(SCHEMA, op.path.slice(0, i))!.kind) ||
        dataAt(view, op.path.slice(0, i)) !== undefined,
    );
    if (!ok) continue;
    out.push(op);
    view = applyOp(view, SCHEMA, op);
  }
  return out;
}

function showData(d: MData | undefined): string {
  return d === undefined ? 'absent' : JSON.stringify(toJson(d, SCHEMA, MODULE));
}

/**
 * Commits `top`, then `concurrent` on it, and checks that the modification tree of `planned` (opened
 * on `top`) applied after `concurrent`, where some flags let it commit, gives the serial result.
 * Returns that result and whether any flags let it commit.
 */
function assertFoldedIsSerial(
  top: MData | undefined,
  planned: readonly Op[],
  concurrent: readonly Op[],
): { readonly data: MData | undefined; readonly applied: boolean } {
  const s0 = commitOn(stateOf(undefined), top === undefined ? [] : [write(['top'], top)]);
  const s1 = commitOn(s0, meaningful(s0.data, concurrent));
  const ops = meaningful(s0.data, planned);
  let expected = s1.data;
  for (const op of ops) expected = applyOp(expected, SCHEMA, op);
  let applied = false;
  for (const b of [0, 1] as const) {
    const mod = buildModification(ops, s0.trees[b], SCHEMA);
    const applicable = ALL_CONFLICT_FLAGS.some(
      (flags) => !checkModification(mod, s0.trees[b], s1.trees[b], SCHEMA, flags),
    );
    if (!applicable) continue;
    applied = true;
    const got = dataOfV(applyModification(mod, s1.trees[b], SCHEMA, 2, b === 1));
    if (!equalData(got, expected)) {
      assert.fail(
        `data after the folded modification (noopBumps ${String(b === 1)}): ${showData(got)}, ` +
          `serially ${showData(expected)}`,
      );
    }
  }
  return { data: expected, applied };
}

describe('reference model: folded modifications', () => {
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc
      .constantFrom(...TARGETS)
      .chain((path) => dataArb(path).map((data): Op => ({ type: 'write', path, data }))),
    fc
      .constantFrom(...TARGETS)
      .chain((path) => dataArb(path).map((data): Op => ({ type: 'merge', path, data }))),
    fc.constantFrom(...TARGETS).map((path): Op => ({ type: 'delete', path })),
    fc.constantFrom(...TARGETS).map((path): Op => ({ type: 'verify', path })),
  );

  it('applying a modification tree equals the serial application of its operations', () => {
    fc.assert(
      fc.property(
        fc.option(dataArb(['top']), { nil: undefined }),
        fc.array(opArb, { maxLength: 8 }),
        fc.array(opArb, { maxLength: 3 }),
        (top, planned, concurrent) => {
          assertFoldedIsSerial(top, planned, concurrent);
        },
      ),
      propertyRuns(300),
    );
  });

  // Counterexamples the property once found (about 1 run in 10): a transaction edits inside a list
  // entry and merges `top`; another deletes `top`. Without mergedChildrenChecked the check passes, and
  // applying must give the serial result although the entry is gone.
  const k1 = entry('k1');
  const gone: [string, Op[], string][] = [
    [
      'a merge inside it recreates it with its key leaf',
      [merge(['top', 'item', 'k1', 'sub', 'z'], 0), merge(['top'], m([]))],
      '{"concurrency:top":{"item":[{"id":"k1","sub":{"z":0}}]}}',
    ],
    [
      'a write emptied by a later delete recreates it with only its key leaf',
      [
        write(['top', 'item', 'k1', 'w'], 1),
        del(['top', 'item', 'k1', 'w']),
        merge(['top'], m([])),
      ],
      '{"concurrency:top":{"item":[{"id":"k1"}]}}',
    ],
    [
      'a delete inside it leaves it gone',
      [del(['top', 'item', 'k1', 'sub', 'z']), merge(['top'], m([]))],
      'absent',
    ],
    [
      'a merge of top first, then a write inside it',
      [merge(['top'], m([])), write(['top', 'item', 'k1', 'sub'], m([]))],
      '{"concurrency:top":{"item":[{"id":"k1"}]}}',
    ],
  ];
  for (const [name, planned, expected] of gone) {
    it(`below a merged container deleted meanwhile, an entry edited: ${name}`, () => {
      const top = m([['item', m([['k1', k1]])]]);
      const { data, applied } = assertFoldedIsSerial(top, planned, [del(['top'])]);
      assert.ok(applied, 'some flags let the transaction commit');
      assert.equal(showData(data), expected);
    });
  }
});

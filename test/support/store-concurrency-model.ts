/**
 * The key space of the concurrency property tests (test/fixtures/conformance/concurrency.yang) as a
 * reference-model schema, with fast-check generators for paths, content and transaction programs.
 *
 * The key space is small on purpose (three list entries, three leaf-list values, leaves whose values are
 * 0..3) so that random transactions collide often, write identical values sometimes, and meet every
 * structural kind a conflict rule distinguishes.
 */
import fc from 'fast-check';
import type { MData, ModelPath, ModelSchema } from './store-model.js';
import { childSchema, schemaAt } from './store-model.js';

export const MODULE = 'concurrency';
export const ENTRY_KEYS = ['k1', 'k2', 'k3'] as const;
export const TAG_VALUES = ['x', 'y', 'z'] as const;

const leaf: ModelSchema = { kind: 'leaf' };

/** concurrency.yang as a model schema; the root holds the module's one top-level container. */
export const SCHEMA: ModelSchema = {
  kind: 'root',
  children: {
    top: {
      kind: 'container',
      children: {
        a: leaf,
        b: leaf,
        tags: { kind: 'leaf-list', item: { kind: 'value' } },
        inner: { kind: 'container', children: { x: leaf, y: leaf } },
        box: { kind: 'presence', children: { v: leaf } },
        item: {
          kind: 'list',
          key: 'id',
          item: {
            kind: 'entry',
            key: 'id',
            children: {
              id: leaf,
              v: leaf,
              w: leaf,
              sub: { kind: 'container', children: { z: leaf } },
            },
          },
        },
      },
    },
  },
};

/** Every path an operation, read or listener may name. */
export const TARGETS: readonly ModelPath[] = [
  ['top'],
  ['top', 'a'],
  ['top', 'b'],
  ['top', 'tags'],
  ...TAG_VALUES.map((t) => ['top', 'tags', t]),
  ['top', 'inner'],
  ['top', 'inner', 'x'],
  ['top', 'inner', 'y'],
  ['top', 'box'],
  ['top', 'box', 'v'],
  ['top', 'item'],
  ...ENTRY_KEYS.flatMap((k) => [
    ['top', 'item', k],
    ['top', 'item', k, 'v'],
    ['top', 'item', k, 'w'],
    ['top', 'item', k, 'sub'],
    ['top', 'item', k, 'sub', 'z'],
  ]),
];

const small = fc.integer({ min: 0, max: 3 });

/** Content for the node at `path` (its last step is the key when it is a list entry or a value). */
export function dataArb(path: ModelPath): fc.Arbitrary<MData> {
  const s = schemaAt(SCHEMA, path);
  if (s === undefined) throw new Error(`no schema at ${path.join('/')}`);
  return arbFor(s, path[path.length - 1] ?? '');
}

function arbFor(s: ModelSchema, key: string): fc.Arbitrary<MData> {
  switch (s.kind) {
    case 'leaf':
      return small;
    case 'value':
      return fc.constant(key);
    case 'leaf-list':
      return fc
        .subarray([...TAG_VALUES], { minLength: 1 })
        .map((tags) => new Map<string, MData>(tags.map((t) => [t, t])));
    case 'list':
      return fc
        .subarray([...ENTRY_KEYS], { minLength: 1 })
        .chain((keys) =>
          fc
            .tuple(...keys.map((k) => arbFor(s.item!, k)))
            .map((entries) => new Map<string, MData>(keys.map((k, i) => [k, entries[i]!]))),
        );
    case 'container':
    case 'presence':
    case 'entry':
    case 'root': {
      const members = Object.keys(s.children ?? {}).filter((m) => m !== s.key);
      const record: Record<string, fc.Arbitrary<MData>> = {};
      for (const m of members) record[m] = arbFor(childSchema(s, m)!, m);
      return fc.record(record, { requiredKeys: [] }).map((obj) => {
        const out = new Map<string, MData>();
        if (s.kind === 'entry' && s.key !== undefined) out.set(s.key, key);
        for (const [k, v] of Object.entries(obj)) if (v !== undefined) out.set(k, v);
        return out;
      });
    }
  }
}

/** One operation of a planned transaction (`verify` is verifyUnchanged, read-write ones only). */
export type PlannedAction =
  | { readonly type: 'write' | 'merge'; readonly path: ModelPath; readonly data: MData }
  | { readonly type: 'delete' | 'read' | 'exists' | 'verify'; readonly path: ModelPath };

/** How a planned transaction ends. */
export type PlannedEnd =
  | 'commit'
  | 'three-phase'
  | 'abort-after-ready'
  | 'abort-after-can-commit'
  | 'abort-after-pre-commit'
  | 'cancel'
  | 'close';

export interface PlannedTransaction {
  readonly kind: 'read-write' | 'write-only' | 'read-only';
  readonly actions: readonly PlannedAction[];
  readonly end: PlannedEnd;
}

const pathArb = fc.constantFrom(...TARGETS);

const writeArb = (type: 'write' | 'merge'): fc.Arbitrary<PlannedAction> =>
  pathArb.chain((path) => dataArb(path).map((data) => ({ type, path, data })));

const deleteArb: fc.Arbitrary<PlannedAction> = pathArb.map((path) => ({ type: 'delete', path }));
const readArb: fc.Arbitrary<PlannedAction> = fc
  .tuple(fc.constantFrom<'read' | 'exists'>('read', 'read', 'exists'), pathArb)
  .map(([type, path]) => ({ type, path }));

/**
 * A verifyUnchanged of any path of the key space. Not of the datastore root: the store's root is a
 * container that always exists (its subtree version moves when data comes and goes), the model's is
 * absent while empty, so they disagree on whether an emptied datastore changed. The conformance suite
 * covers the root.
 */
export const verifyArb: fc.Arbitrary<PlannedAction> = pathArb.map((path) => ({
  type: 'verify',
  path,
}));

const modifyArb = fc.oneof(
  { weight: 4, arbitrary: writeArb('write') },
  { weight: 3, arbitrary: writeArb('merge') },
  { weight: 2, arbitrary: deleteArb },
);

const endArb = fc.constantFrom<PlannedEnd>(
  'commit',
  'commit',
  'three-phase',
  'three-phase',
  'abort-after-ready',
  'abort-after-can-commit',
  'abort-after-pre-commit',
  'cancel',
);

export const transactionArb: fc.Arbitrary<PlannedTransaction> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant<'read-write'>('read-write'),
      actions: fc.array(fc.oneof({ weight: 3, arbitrary: modifyArb }, readArb, verifyArb), {
        minLength: 1,
        maxLength: 5,
      }),
      end: endArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant<'write-only'>('write-only'),
      actions: fc.array(modifyArb, { minLength: 1, maxLength: 4 }),
      end: endArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant<'read-only'>('read-only'),
      actions: fc.array(readArb, { minLength: 1, maxLength: 4 }),
      end: fc.constant<PlannedEnd>('close'),
    }),
  },
);

/** A whole run: the initial content of `top`, the transactions, and the interleaving choices. */
export interface Program {
  readonly initial: MData | undefined;
  readonly transactions: readonly PlannedTransaction[];
  /** Consumed in order to pick which transaction moves next. */
  readonly choices: readonly number[];
  /** The scheduler step at which a listener is registered mid-run. */
  readonly lateListenerStep: number;
}

export const programArb: fc.Arbitrary<Program> = fc.record({
  initial: fc.option(dataArb(['top']), { nil: undefined }),
  transactions: fc.array(transactionArb, { minLength: 2, maxLength: 5 }),
  choices: fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 40 }),
  lateListenerStep: fc.nat({ max: 20 }),
});

/** Listeners registered before the transactions run (the late one is at ['top', 'inner']). */
export const LISTENER_PATHS: readonly ModelPath[] = [
  ['top'],
  ['top', 'a'],
  ['top', 'tags'],
  ['top', 'box'],
  ['top', 'item'],
  ['top', 'item', 'k1'],
  ['top', 'item', 'k2', 'sub'],
];
export const LATE_LISTENER_PATH: ModelPath = ['top', 'inner'];

/** Operations that change every listener path (values outside the generated range), run last. */
export const SENTINEL: readonly PlannedAction[] = [
  { type: 'write', path: ['top', 'a'], data: 100 },
  { type: 'merge', path: ['top', 'tags'], data: new Map([['sentinel', 'sentinel']]) },
  { type: 'merge', path: ['top', 'box'], data: new Map([['v', 100]]) },
  { type: 'merge', path: ['top', 'inner'], data: new Map([['x', 100]]) },
  {
    type: 'merge',
    path: ['top', 'item', 'k1'],
    data: new Map<string, MData>([
      ['id', 'k1'],
      ['v', 100],
    ]),
  },
  {
    type: 'merge',
    path: ['top', 'item', 'k2'],
    data: new Map<string, MData>([
      ['id', 'k2'],
      ['sub', new Map([['z', 100]])],
    ]),
  },
];

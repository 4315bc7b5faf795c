/**
 * Conformance: optimistic concurrency as yangtools does it. Transaction T is opened, then U; both
 * modify; U commits; then T commits. T must fail with OptimisticLockFailedError (naming a path on the
 * branch where the conflict is) exactly when U changed something T modified in a conflicting way: a
 * write or delete of the same node, a change below a node T replaced, the deletion of a list entry or
 * presence container T modified something inside, a write of an ancestor that replaced T's node; and it
 * must commit when U's changes are elsewhere, including other entries of the same list. Only
 * write-write conflicts count (snapshot isolation): a node T merely read may change under it.
 *
 * Cases where the summary and yangtools disagree (T deletes a node U changed; T writes a new
 * node into a non-presence container U deleted) are left to the property test, which accepts either.
 */
import { strict as assert } from 'node:assert';
import { OptimisticLockFailedError } from '../../src/index.js';
import type { DOMStoreReadWriteTransaction, JsonValue } from '../../src/index.js';
import type { SuiteContext } from './suite-context.js';
import { assertSameData, expectRejects, onBranch } from './suite-context.js';

const TYPES = '/conformance:types';
const I32 = `${TYPES}/i32`;
const U8 = `${TYPES}/u8`;
const USER = '/conformance:users/user';
const ALICE = `${USER}=alice`;
const SETTINGS = '/conformance:settings';

type Ops = (tx: DOMStoreReadWriteTransaction) => void;

interface Race {
  /** Committed before T and U open. */
  readonly initial: readonly [string, JsonValue][];
  readonly t: Ops;
  readonly u: Ops;
}

interface ConflictCase extends Race {
  readonly name: string;
  /** The branch the conflict is on: the error's path must be this node, an ancestor or a descendant. */
  readonly at: string;
}

interface CleanCase extends Race {
  readonly name: string;
  /** The data at `/` after both committed. */
  readonly final: JsonValue;
}

const conflicts: ConflictCase[] = [
  {
    name: 'both write the same leaf',
    initial: [[I32, 1]],
    t: (tx) => tx.write(I32, 2),
    u: (tx) => tx.write(I32, 3),
    at: I32,
  },
  {
    name: 'both create the same leaf',
    initial: [],
    t: (tx) => tx.write(I32, 2),
    u: (tx) => tx.write(I32, 3),
    at: I32,
  },
  {
    name: 'the other deletes the leaf this one writes',
    initial: [[I32, 1]],
    t: (tx) => tx.write(I32, 2),
    u: (tx) => tx.delete(I32),
    at: I32,
  },
  {
    name: 'the other deletes an ancestor of the leaf this one writes',
    initial: [[TYPES, { i32: 1, u8: 1 }]],
    t: (tx) => tx.write(I32, 2),
    u: (tx) => tx.delete(TYPES),
    at: I32,
  },
  {
    name: 'the other writes an ancestor that replaces the leaf this one writes',
    initial: [[TYPES, { i32: 1 }]],
    t: (tx) => tx.write(I32, 2),
    u: (tx) => tx.write(TYPES, { i32: 9, u8: 5 }),
    at: I32,
  },
  {
    name: 'the other changes a leaf below the container this one writes',
    initial: [[TYPES, { i32: 1 }]],
    t: (tx) => tx.write(TYPES, { u8: 2 }),
    u: (tx) => tx.write(I32, 3),
    at: TYPES,
  },
  {
    name: 'the other changes a leaf below the container this one writes empty',
    initial: [[TYPES, { i32: 1 }]],
    t: (tx) => tx.write(TYPES, {}),
    u: (tx) => tx.write(I32, 3),
    at: TYPES,
  },
  {
    name: 'the other deletes the list entry this one writes inside',
    initial: [[ALICE, { name: 'alice', uid: 1 }]],
    t: (tx) => tx.write(`${ALICE}/uid`, 2),
    u: (tx) => tx.delete(ALICE),
    at: `${ALICE}/uid`,
  },
  {
    name: 'both create the same list entry',
    initial: [],
    t: (tx) => tx.write(`${USER}=carol`, { name: 'carol', uid: 1 }),
    u: (tx) => tx.write(`${USER}=carol`, { name: 'carol', uid: 2 }),
    at: `${USER}=carol`,
  },
  {
    name: 'the other writes the whole list while this one writes an existing entry',
    initial: [[ALICE, { name: 'alice', uid: 1 }]],
    t: (tx) => tx.write(`${ALICE}/uid`, 2),
    u: (tx) => tx.write(USER, [{ name: 'alice', uid: 7 }]),
    at: `${ALICE}/uid`,
  },
  {
    name: 'this one merges a leaf whose value the other changed',
    initial: [[I32, 1]],
    t: (tx) => tx.merge(I32, 2),
    u: (tx) => tx.write(I32, 3),
    at: I32,
  },
  {
    name: 'the other deletes the presence container this one writes inside',
    initial: [[SETTINGS, { mode: 'a' }]],
    t: (tx) => tx.write(`${SETTINGS}/level`, 1),
    u: (tx) => tx.delete(SETTINGS),
    at: `${SETTINGS}/level`,
  },
];

const clean: CleanCase[] = [
  {
    name: 'writes of different new entries of the same list',
    initial: [[ALICE, { name: 'alice', uid: 1 }]],
    t: (tx) => tx.write(`${USER}=bob`, { name: 'bob', uid: 2 }),
    u: (tx) => tx.write(`${USER}=carol`, { name: 'carol', uid: 3 }),
    final: {
      'conformance:users': {
        user: [
          { name: 'alice', uid: 1 },
          { name: 'bob', uid: 2 },
          { name: 'carol', uid: 3 },
        ],
      },
    },
  },
  {
    name: 'changes inside different existing entries of the same list',
    initial: [
      [ALICE, { name: 'alice', uid: 1 }],
      [`${USER}=bob`, { name: 'bob', uid: 2 }],
    ],
    t: (tx) => tx.write(`${ALICE}/uid`, 10),
    u: (tx) => tx.delete(`${USER}=bob`),
    final: { 'conformance:users': { user: [{ name: 'alice', uid: 10 }] } },
  },
  {
    name: 'merges of different new entries into the same list',
    initial: [],
    t: (tx) => tx.merge(USER, [{ name: 'bob', uid: 2 }]),
    u: (tx) => tx.merge(USER, [{ name: 'carol', uid: 3 }]),
    final: {
      'conformance:users': {
        user: [
          { name: 'bob', uid: 2 },
          { name: 'carol', uid: 3 },
        ],
      },
    },
  },
  {
    name: 'writes of different leaves of the same container',
    initial: [[TYPES, { i32: 1, u8: 1 }]],
    t: (tx) => tx.write(I32, 2),
    u: (tx) => tx.write(U8, 3),
    final: { 'conformance:types': { i32: 2, u8: 3 } },
  },
  {
    name: 'writes in different branches below the same container',
    initial: [],
    t: (tx) => tx.write('/conformance:deep/a/b/c', 'c'),
    u: (tx) => tx.write('/conformance:deep/a/b/d', 'd'),
    final: { 'conformance:deep': { a: { b: { c: 'c', d: 'd' } } } },
  },
  {
    name: 'a merge of a container and a change to a member the merge does not name',
    initial: [[TYPES, { i32: 1 }]],
    t: (tx) => tx.merge(TYPES, { u8: 1 }),
    u: (tx) => tx.write(I32, 2),
    final: { 'conformance:types': { i32: 2, u8: 1 } },
  },
  {
    name: 'a change to what this one only read (write skew is allowed)',
    initial: [[I32, 1]],
    t: (tx) => {
      void tx.read(I32);
      tx.write(U8, 1);
    },
    u: (tx) => tx.write(I32, 2),
    final: { 'conformance:types': { i32: 2, u8: 1 } },
  },
  {
    name: 'changes in different modules',
    initial: [],
    t: (tx) => tx.write('/conformance-augment:other/x', 'x'),
    u: (tx) => tx.write(I32, 2),
    final: { 'conformance-augment:other': { x: 'x' }, 'conformance:types': { i32: 2 } },
  },
];

async function race(ctx: SuiteContext, c: Race): Promise<DOMStoreReadWriteTransaction> {
  if (c.initial.length > 0) {
    const init = ctx.store.newWriteOnlyTransaction();
    for (const [path, data] of c.initial) init.write(path, data);
    await init.commit();
  }
  const t = ctx.store.newReadWriteTransaction();
  const u = ctx.store.newReadWriteTransaction();
  // Both read first so that a store that takes snapshots lazily has taken them by now.
  await t.read('/');
  await u.read('/');
  c.t(t);
  c.u(u);
  await u.commit();
  return t;
}

export function conflictSuite(ctx: SuiteContext): void {
  describe('conflicting concurrent transactions: the later one fails', () => {
    for (const c of conflicts) {
      it(c.name, async () => {
        const t = await race(ctx, c);
        const before = await ctx.read('/');
        await expectRejects(() => t.commit(), OptimisticLockFailedError, 'the later commit', {
          pathMatches: onBranch(c.at),
        });
        assertSameData(await ctx.read('/'), before, 'the failed transaction left no trace');
      });
    }
  });

  describe('non-conflicting concurrent transactions: both commit', () => {
    for (const c of clean) {
      it(c.name, async () => {
        const t = await race(ctx, c);
        await t.commit();
        assertSameData(await ctx.read('/'), c.final, 'both changes are in');
      });
    }
  });

  describe('after a conflict', () => {
    it('the error carries the code optimistic-lock-failed, the path and a reason', async () => {
      const t = await race(ctx, conflicts[0]!);
      try {
        await t.commit();
        assert.fail('expected a conflict');
      } catch (err) {
        assert.ok(err instanceof OptimisticLockFailedError);
        assert.equal(err.code, 'optimistic-lock-failed');
        assert.equal(err.path, I32);
        assert.ok(err.reason.length > 0);
      }
    });

    it('the same change retried on a fresh snapshot commits', async () => {
      const t = await race(ctx, conflicts[0]!);
      await t.commit().catch(() => undefined);
      const retry = ctx.store.newReadWriteTransaction();
      retry.write(I32, 2);
      await retry.commit();
      assert.equal(await ctx.read(I32), 2);
    });

    it('a conflict with any one of several later commits fails the transaction', async () => {
      await ctx.put(TYPES, { i32: 1, u8: 1 });
      const t = ctx.store.newReadWriteTransaction();
      await t.read('/');
      t.write(I32, 2);
      await ctx.put(U8, 2);
      await ctx.put('/conformance:deep/a/b/c', 'x');
      await ctx.put(I32, 3);
      await ctx.put(U8, 4);
      await expectRejects(() => t.commit(), OptimisticLockFailedError, 'commit', { path: I32 });
    });

    it('a conflicting transaction that was aborted does not fail the other', async () => {
      await ctx.put(I32, 1);
      const t = ctx.store.newReadWriteTransaction();
      await t.read('/');
      t.write(I32, 2);
      const u = ctx.store.newWriteOnlyTransaction();
      u.write(I32, 3);
      const cohort = u.ready();
      await cohort.canCommit();
      await cohort.abort();
      await t.commit();
      assert.equal(await ctx.read(I32), 2);
    });
  });
}

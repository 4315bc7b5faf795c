/**
 * Conformance: `verifyUnchanged(path)` on a read-write transaction. The commit must fail with
 * OptimisticLockFailedError whose path is the verified path when a transaction that committed since
 * the snapshot created, deleted, replaced or changed anything below the node there, and must commit
 * when that node is untouched, however much changes around it. It writes nothing: a transaction that
 * only verifies changes no data and no listener hears of it, and one that verifies a node and merges
 * one leaf below it is heard as that leaf's change alone. Every phase that validates checks it (a
 * change after canCommit is caught at preCommit or commit). In a chain the previous transaction's
 * result is the snapshot. Paths span the stores' partitions: a list whose entries a distributed store
 * keeps in a prefix shard below its container, several modules, the datastore root, so a verification
 * can be all a transaction does on one shard of a commit that writes on another.
 */
import { strict as assert } from 'node:assert';
import {
  InvalidPathError,
  OptimisticLockFailedError,
  TransactionStateError,
} from '../../src/index.js';
import type { DOMStoreReadWriteTransaction, JsonValue } from '../../src/index.js';
import { ListenerRecorder, waitUntil } from '../support/store-candidates.js';
import type { SuiteContext } from './suite-context.js';
import { assertSameData, expectRejects, expectThrows, settle } from './suite-context.js';

const TYPES = '/conformance:types';
const I32 = `${TYPES}/i32`;
const USERS = '/conformance:users';
const USER = `${USERS}/user`;
const ALICE = `${USER}=alice`;
const BOB = `${USER}=bob`;
const OTHER = '/conformance-augment:other';
const DEEP = '/conformance:deep/a/b';

type Ops = (tx: DOMStoreReadWriteTransaction) => void;

interface VerifyCase {
  readonly name: string;
  /** Committed before T and U open. */
  readonly initial: readonly [string, JsonValue][];
  /** What T verifies (first) and does (after). */
  readonly verified: string;
  readonly t?: Ops | undefined;
  /** Committed by U between T's snapshot and T's commit. */
  readonly u: Ops;
}

const USERS_INITIAL: [string, JsonValue][] = [
  [ALICE, { name: 'alice', uid: 1 }],
  [BOB, { name: 'bob', uid: 2 }],
];

const conflicting: VerifyCase[] = [
  {
    name: 'another transaction changed a leaf below the verified entry',
    initial: USERS_INITIAL,
    verified: ALICE,
    u: (tx) => tx.write(`${ALICE}/uid`, 10),
  },
  {
    name: 'another transaction created the verified node',
    initial: [],
    verified: '/conformance:lamp',
    u: (tx) => tx.write('/conformance:lamp', { label: 'on' }),
  },
  {
    name: 'another transaction deleted the verified node',
    initial: USERS_INITIAL,
    verified: `${ALICE}/uid`,
    u: (tx) => tx.delete(ALICE),
  },
  {
    name: 'another transaction replaced the verified leaf',
    initial: [[I32, 1]],
    verified: I32,
    u: (tx) => tx.write(I32, 2),
  },
  {
    name: 'the verified container holds list entries another transaction changed (across a shard boundary)',
    initial: USERS_INITIAL,
    verified: USERS,
    t: (tx) => tx.write(`${OTHER}/x`, 'mine'),
    u: (tx) => tx.write(`${BOB}/uid`, 20),
  },
  {
    name: 'anything changed below the verified datastore root',
    initial: [[`${OTHER}/x`, 'a']],
    verified: '/',
    t: (tx) => tx.write(I32, 5),
    u: (tx) => tx.write(`${DEEP}/c`, 'x'),
  },
  {
    name: 'a merge below the verified node does not narrow it',
    initial: [[DEEP, { c: 'c' }]],
    verified: DEEP,
    t: (tx) => tx.merge(`${DEEP}/c`, 'mine'),
    u: (tx) => tx.write(`${DEEP}/d`, 'theirs'),
  },
  {
    name: 'the transaction deletes the verified node that another transaction deleted too',
    initial: USERS_INITIAL,
    verified: ALICE,
    t: (tx) => tx.delete(ALICE),
    u: (tx) => tx.delete(ALICE),
  },
];

const clean: VerifyCase[] = [
  {
    name: 'another entry of the same list changed',
    initial: USERS_INITIAL,
    verified: ALICE,
    t: (tx) => tx.merge(`${ALICE}/groups`, ['admin']),
    u: (tx) => tx.write(`${BOB}/uid`, 20),
  },
  {
    name: 'a sibling of the verified node changed',
    initial: [[DEEP, { c: 'c' }]],
    verified: `${DEEP}/c`,
    u: (tx) => tx.write(`${DEEP}/d`, 'theirs'),
  },
  {
    name: 'the verified node stayed absent while its list changed',
    initial: USERS_INITIAL,
    verified: `${USER}=carol`,
    t: (tx) => tx.write(`${USER}=carol`, { name: 'carol', uid: 3 }),
    u: (tx) => tx.delete(BOB),
  },
  {
    name: 'another transaction rewrote the verified node with identical data',
    initial: USERS_INITIAL,
    verified: ALICE,
    u: (tx) => tx.write(ALICE, { name: 'alice', uid: 1 }),
  },
  {
    name: 'another module changed while this one verified a whole module’s container',
    initial: USERS_INITIAL,
    verified: USERS,
    t: (tx) => tx.write(I32, 7),
    u: (tx) => tx.write(`${OTHER}/x`, 'theirs'),
  },
];

async function commitInitial(ctx: SuiteContext, initial: readonly [string, JsonValue][]) {
  if (initial.length === 0) return;
  const init = ctx.store.newWriteOnlyTransaction();
  for (const [path, data] of initial) init.write(path, data);
  await init.commit();
}

/** T verifies and does its operations, U commits; T is returned ready to commit. */
async function race(ctx: SuiteContext, c: VerifyCase): Promise<DOMStoreReadWriteTransaction> {
  await commitInitial(ctx, c.initial);
  const t = ctx.store.newReadWriteTransaction();
  const u = ctx.store.newReadWriteTransaction();
  // Both read first so that a store that takes snapshots lazily has taken them by now.
  await t.read('/');
  await u.read('/');
  t.verifyUnchanged(c.verified);
  c.t?.(t);
  c.u(u);
  await u.commit();
  return t;
}

/** A listener's changes after its initial call, once `n` arrived. */
async function changesOf(recorder: ListenerRecorder, n: number) {
  await waitUntil(() => recorder.changesAfterInitial().length >= n, `${n} changes`);
  return recorder.changesAfterInitial();
}

export function verifySuite(ctx: SuiteContext): void {
  describe('verifyUnchanged: a change of the verified node fails the commit', () => {
    for (const c of conflicting) {
      it(c.name, async () => {
        const t = await race(ctx, c);
        const before = await ctx.read('/');
        await expectRejects(() => t.commit(), OptimisticLockFailedError, 'the commit', {
          path: c.verified,
        });
        assertSameData(await ctx.read('/'), before, 'the failed transaction left no trace');
      });
    }
  });

  describe('verifyUnchanged: changes elsewhere commit', () => {
    for (const c of clean) {
      it(c.name, async () => {
        const t = await race(ctx, c);
        await t.commit();
      });
    }
  });

  describe('verifyUnchanged: phases, effects and errors', () => {
    it('a change after canCommit is caught by preCommit or commit', async () => {
      await commitInitial(ctx, USERS_INITIAL);
      const t = ctx.store.newReadWriteTransaction();
      await t.read(ALICE);
      t.verifyUnchanged(ALICE);
      t.write(`${OTHER}/x`, 'mine');
      const cohort = t.ready();
      assert.equal(await cohort.canCommit(), true);
      await ctx.put(`${ALICE}/uid`, 9);
      const pre = await settle(cohort.preCommit());
      const outcome = pre.ok ? await settle(cohort.commit()) : pre;
      assert.equal(outcome.ok, false, 'the later phases must see the change');
      assert.ok(
        !outcome.ok && outcome.error instanceof OptimisticLockFailedError,
        `expected OptimisticLockFailedError, got ${outcome.ok ? 'success' : String(outcome.error)}`,
      );
      await cohort.abort();
      assert.equal(await ctx.read(`${OTHER}/x`), undefined, 'nothing of it committed');
    });

    it('a transaction that only verifies changes nothing and no listener hears of it', async () => {
      await commitInitial(ctx, USERS_INITIAL);
      const recorder = new ListenerRecorder();
      const registration = ctx.store.registerTreeChangeListener('/', recorder.listener);
      await waitUntil(() => recorder.calls.length >= 1, 'the initial call');
      const before = await ctx.read('/');
      const t = ctx.store.newReadWriteTransaction();
      t.verifyUnchanged(USERS);
      t.verifyUnchanged(`${USER}=nobody`);
      t.verifyUnchanged('/');
      await t.commit();
      assertSameData(await ctx.read('/'), before, 'the data');
      await ctx.put(I32, 1); // the sentinel: delivery is in commit order
      await changesOf(recorder, 1);
      const heard = recorder.calls.slice(1).flat();
      assert.equal(heard.length, 1, 'the sentinel is the only candidate after the initial one');
      assertSameData(heard[0]!.dataAfter, await ctx.read('/'), 'the sentinel’s data');
      registration.close();
    });

    it('with a merge of one leaf below it, listeners hear that leaf’s change, not a rewrite of the verified node', async () => {
      await commitInitial(ctx, [[ALICE, { name: 'alice', uid: 1, groups: ['a'] }]]);
      const recorder = new ListenerRecorder();
      const registration = ctx.store.registerTreeChangeListener(ALICE, recorder.listener);
      await waitUntil(() => recorder.calls.length >= 1, 'the initial call');
      const t = ctx.store.newReadWriteTransaction();
      t.verifyUnchanged(ALICE);
      t.merge(`${ALICE}/uid`, 2);
      await t.commit();
      const [change] = await changesOf(recorder, 1);
      assert.equal(recorder.calls.slice(1).flat().length, 1);
      assert.equal(change!.modificationType, 'subtree-modified');
      assert.deepEqual(
        change!.children.map((c) => [c.path, c.modificationType, c.dataBefore, c.dataAfter]),
        [[`${ALICE}/uid`, 'write', 1, 2]],
      );
      registration.close();
    });

    it('in a chain, the previous transaction’s changes are the snapshot, not a change', async () => {
      await commitInitial(ctx, USERS_INITIAL);
      const chain = ctx.store.createTransactionChain();
      const tx1 = chain.newWriteOnlyTransaction();
      tx1.write(`${ALICE}/uid`, 11);
      const c1 = tx1.ready();
      const tx2 = chain.newReadWriteTransaction();
      assert.equal(await tx2.read(`${ALICE}/uid`), 11);
      tx2.verifyUnchanged(ALICE);
      tx2.verifyUnchanged(USERS);
      tx2.write(I32, 3);
      const p2 = tx2.commit();
      assert.equal(await c1.canCommit(), true);
      await c1.preCommit();
      await c1.commit();
      await p2;
      await ctx.expectData(`${ALICE}/uid`, 11);
      await ctx.expectData(I32, 3);
      chain.close();
    });

    it('in a chain, a change outside it after the previous transaction committed fails the commit', async () => {
      await commitInitial(ctx, USERS_INITIAL);
      const chain = ctx.store.createTransactionChain();
      const tx1 = chain.newWriteOnlyTransaction();
      tx1.write(`${ALICE}/uid`, 11);
      await tx1.commit();
      const tx2 = chain.newReadWriteTransaction();
      await tx2.read(ALICE);
      tx2.verifyUnchanged(ALICE);
      tx2.write(I32, 3);
      await ctx.put(`${ALICE}/groups`, ['late']);
      await expectRejects(() => tx2.commit(), OptimisticLockFailedError, 'the chained commit', {
        path: ALICE,
      });
      chain.close();
    });

    it('in a chain, a change outside it that the previous transaction committed over, unseen, fails the commit', async () => {
      await commitInitial(ctx, USERS_INITIAL);
      const chain = ctx.store.createTransactionChain();
      const tx1 = chain.newWriteOnlyTransaction();
      tx1.write(`${ALICE}/uid`, 11);
      const c1 = tx1.ready();
      await ctx.put(`${ALICE}/groups`, ['outside']); // tx1 commits over it; tx2 builds on tx1 alone
      const tx2 = chain.newReadWriteTransaction();
      assert.equal(await tx2.read(`${ALICE}/groups`), undefined);
      tx2.verifyUnchanged(ALICE);
      tx2.write(I32, 3);
      const p2 = settle(tx2.commit());
      await c1.canCommit();
      await c1.preCommit();
      await c1.commit();
      const outcome = await p2;
      assert.ok(
        !outcome.ok && outcome.error instanceof OptimisticLockFailedError,
        `expected OptimisticLockFailedError, got ${outcome.ok ? 'a commit' : String(outcome.error)}`,
      );
      assert.equal(await ctx.read(I32), undefined);
      chain.close();
    });

    it('a bad path throws InvalidPathError at the call; after ready, TransactionStateError', () => {
      const t = ctx.store.newReadWriteTransaction();
      expectThrows(() => t.verifyUnchanged('/conformance:nope'), InvalidPathError, 'bad path');
      t.ready();
      expectThrows(() => t.verifyUnchanged(ALICE), TransactionStateError, 'after ready');
    });
  });
}

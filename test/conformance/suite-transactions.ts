/**
 * Conformance: the life of a transaction. Read-write transactions read through their own
 * modifications; every transaction reads one stable snapshot while others commit; the three phases of
 * commit (canCommit, preCommit, commit) make data visible only at commit, and abort at any phase before
 * it leaves no trace; cancel, close and the operations that are no longer allowed after ready, commit
 * or cancel fail with TransactionStateError.
 *
 * The phases must run in order (TransactionStateError otherwise); a commit landing between the phases
 * of a cohort must either wait for it or make its later phase re-check and reject: never a commit that
 * skipped conflict detection.
 */
import { strict as assert } from 'node:assert';
import { CanopyError, OptimisticLockFailedError, TransactionStateError } from '../../src/index.js';
import type { SuiteContext } from './suite-context.js';
import { expectFails, expectRejects, expectThrows, settle } from './suite-context.js';

const TYPES = '/conformance:types';
const I32 = `${TYPES}/i32`;
const U8 = `${TYPES}/u8`;

export function transactionSuite(ctx: SuiteContext): void {
  describe('read-write transactions read through their own modifications', () => {
    it('a write, a merge and a delete are visible to later reads of the same transaction', async () => {
      await ctx.put(TYPES, { i32: 1, u8: 2, text: 'a' });
      const tx = ctx.store.newReadWriteTransaction();
      tx.write(I32, 10);
      assert.equal(await tx.read(I32), 10);
      tx.merge(TYPES, { text: 'b', u16: 3 });
      tx.delete(U8);
      assert.deepEqual(await tx.read(TYPES), { i32: 10, text: 'b', u16: 3 });
      assert.equal(await tx.exists(U8), false);
      assert.equal(await tx.exists(`${TYPES}/u16`), true);
      await ctx.expectData(
        TYPES,
        { i32: 1, u8: 2, text: 'a' },
        'others do not see it before commit',
      );
      await tx.commit();
      await ctx.expectData(TYPES, { i32: 10, text: 'b', u16: 3 }, 'everyone sees it after commit');
    });

    it('a read of an ancestor shows the committed data overlaid with this transaction’s changes', async () => {
      await ctx.put('/conformance:users/user=alice', { name: 'alice', uid: 1 });
      const tx = ctx.store.newReadWriteTransaction();
      tx.write('/conformance:users/user=bob', { name: 'bob', uid: 2 });
      tx.write('/conformance:users/user=alice/uid', 5);
      assert.deepEqual(
        ((await tx.read('/conformance:users/user')) as { name: string }[])
          .map((u) => u.name)
          .sort(),
        ['alice', 'bob'],
      );
      assert.deepEqual(await tx.read('/conformance:users/user=alice'), { name: 'alice', uid: 5 });
      tx.delete('/conformance:users');
      assert.equal(await tx.read('/conformance:users/user=alice/uid'), undefined);
      tx.cancel();
    });
  });

  describe('snapshots', () => {
    it('a read-only transaction keeps reading its snapshot while others commit', async () => {
      await ctx.put(TYPES, { i32: 1, u8: 1 });
      const ro = ctx.store.newReadOnlyTransaction();
      assert.equal(await ro.read(I32), 1);
      await ctx.put(TYPES, { i32: 2 });
      await ctx.remove(TYPES);
      assert.equal(await ro.read(I32), 1, 'the same leaf, read again');
      assert.deepEqual(await ro.read(TYPES), { i32: 1, u8: 1 }, 'a leaf not read before');
      ro.close();
      assert.equal(await ctx.read(TYPES), undefined, 'a new transaction sees the commits');
    });

    it('a read-write transaction reads its snapshot for what it did not modify', async () => {
      await ctx.put(TYPES, { i32: 1, u8: 1 });
      const tx = ctx.store.newReadWriteTransaction();
      tx.write(I32, 5);
      await ctx.put(U8, 9);
      assert.deepEqual(await tx.read(TYPES), { i32: 5, u8: 1 });
      tx.cancel();
    });
  });

  describe('three-phase commit', () => {
    it('canCommit, preCommit and commit make the data visible only when commit resolves', async () => {
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.write(I32, 7);
      const cohort = tx.ready();
      assert.equal(await cohort.canCommit(), true);
      assert.equal(await ctx.read(I32), undefined, 'after canCommit');
      await cohort.preCommit();
      assert.equal(await ctx.read(I32), undefined, 'after preCommit');
      await cohort.commit();
      assert.equal(await ctx.read(I32), 7, 'after commit');
    });

    for (const phase of ['ready', 'canCommit', 'preCommit'] as const) {
      it(`abort after ${phase} leaves no trace and lets a conflicting transaction commit`, async () => {
        await ctx.put(I32, 1);
        const tx = ctx.store.newWriteOnlyTransaction();
        tx.write(I32, 2);
        const cohort = tx.ready();
        if (phase !== 'ready') assert.equal(await cohort.canCommit(), true);
        if (phase === 'preCommit') await cohort.preCommit();
        await cohort.abort();
        assert.equal(await ctx.read(I32), 1);
        await ctx.put(I32, 3);
        assert.equal(await ctx.read(I32), 3);
      });
    }

    it('canCommit rejects a conflicting transaction with OptimisticLockFailedError; abort then cleans up', async () => {
      await ctx.put(I32, 1);
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.write(I32, 2);
      await ctx.put(I32, 3);
      const cohort = tx.ready();
      await expectRejects(() => cohort.canCommit(), OptimisticLockFailedError, 'canCommit', {
        path: I32,
      });
      await cohort.abort();
      assert.equal(await ctx.read(I32), 3);
      await ctx.put(I32, 4);
      assert.equal(await ctx.read(I32), 4, 'the store still commits');
    });

    it('phases out of order are refused with TransactionStateError and leave no trace', async () => {
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.write(U8, 5);
      const cohort = tx.ready();
      await expectFails(() => cohort.commit(), TransactionStateError, 'commit before canCommit');
      await expectFails(
        () => cohort.preCommit(),
        TransactionStateError,
        'preCommit before canCommit',
      );
      assert.equal(await ctx.read(U8), undefined);
      await cohort.abort();
    });

    it('commit() on a cohort without the earlier phases never skips conflict detection', async () => {
      await ctx.put(I32, 1);
      const stale = ctx.store.newWriteOnlyTransaction();
      stale.write(I32, 2);
      await ctx.put(I32, 3);
      const outcome = await settle(stale.ready().commit());
      assert.ok(!outcome.ok, 'a conflicting transaction committed without canCommit');
      assert.equal(await ctx.read(I32), 3);
    });

    it('a cohort whose canCommit was rejected is failed: later phases are refused', async () => {
      await ctx.put(I32, 1);
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.write(I32, 2);
      await ctx.put(I32, 3);
      const cohort = tx.ready();
      await expectRejects(() => cohort.canCommit(), OptimisticLockFailedError, 'canCommit');
      await expectFails(() => cohort.preCommit(), CanopyError, 'preCommit after the rejection');
      await expectFails(() => cohort.commit(), CanopyError, 'commit after the rejection');
      assert.equal(await ctx.read(I32), 3);
    });

    it('a commit that conflicts with a cohort between its phases: exactly one of the two commits', async () => {
      await ctx.put(I32, 1);
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.write(I32, 2);
      const cohort = tx.ready();
      assert.equal(await cohort.canCommit(), true);
      const other = ctx.store.newWriteOnlyTransaction();
      other.write(I32, 3);
      const otherDone = settle(other.commit());
      const phases = settle(
        (async () => {
          await cohort.preCommit();
          await cohort.commit();
        })(),
      );
      const [mine, theirs] = await Promise.all([phases, otherDone]);
      // A store may queue the other commit behind this cohort (the other then conflicts with it), or let
      // it commit first and make this cohort's later phase find the conflict: never both.
      assert.equal([mine, theirs].filter((r) => r.ok).length, 1, 'exactly one commits');
      const loser = mine.ok ? theirs : mine;
      assert.ok(
        !loser.ok && loser.error instanceof OptimisticLockFailedError,
        'the other conflicts',
      );
      assert.equal(await ctx.read(I32), mine.ok ? 2 : 3);
    });

    it('two non-conflicting transactions whose phases interleave both commit', async () => {
      const a = ctx.store.newWriteOnlyTransaction();
      const b = ctx.store.newWriteOnlyTransaction();
      a.write(I32, 1);
      b.write(U8, 2);
      const ca = a.ready();
      const cb = b.ready();
      assert.equal(await ca.canCommit(), true);
      // b's canCommit starts while a is between its phases: a store may queue it until a has
      // committed (as a shard's commit queue does), so it is awaited only after a's commit.
      const bCan = cb.canCommit();
      await ca.preCommit();
      await ca.commit();
      assert.equal(await bCan, true);
      await cb.preCommit();
      await cb.commit();
      await ctx.expectData(TYPES, { i32: 1, u8: 2 });
    });

    it('of two conflicting transactions whose phases interleave, exactly one commits', async () => {
      await ctx.put(I32, 0);
      const a = ctx.store.newWriteOnlyTransaction();
      const b = ctx.store.newWriteOnlyTransaction();
      a.write(I32, 1);
      b.write(I32, 2);
      const ca = a.ready();
      const cb = b.ready();
      const bAll = (async () => {
        await cb.canCommit();
        await cb.preCommit();
        await cb.commit();
      })();
      const aAll = (async () => {
        await ca.canCommit();
        await ca.preCommit();
        await ca.commit();
      })();
      const [ra, rb] = await Promise.all([settle(aAll), settle(bAll)]);
      assert.equal([ra, rb].filter((r) => r.ok).length, 1, 'exactly one commits');
      const loser = ra.ok ? rb : ra;
      assert.ok(
        !loser.ok && loser.error instanceof OptimisticLockFailedError,
        'the other conflicts',
      );
      await (ra.ok ? cb : ca).abort();
      assert.equal(await ctx.read(I32), ra.ok ? 1 : 2);
    });

    it('an empty transaction commits', async () => {
      await ctx.store.newWriteOnlyTransaction().commit();
      await ctx.store.newReadWriteTransaction().commit();
      assert.equal(await ctx.read(TYPES), undefined);
    });
  });

  describe('transaction states', () => {
    it('after ready, operations, ready and commit() throw TransactionStateError', async () => {
      const tx = ctx.store.newReadWriteTransaction();
      tx.write(I32, 1);
      const cohort = tx.ready();
      expectThrows(() => tx.write(U8, 1), TransactionStateError, 'write after ready');
      expectThrows(() => tx.merge(U8, 1), TransactionStateError, 'merge after ready');
      expectThrows(() => tx.delete(U8), TransactionStateError, 'delete after ready');
      expectThrows(() => tx.ready(), TransactionStateError, 'ready twice');
      await expectFails(() => tx.commit(), TransactionStateError, 'commit() after ready');
      assert.equal(tx.cancel(), false, 'cancel after ready');
      await cohort.abort();
    });

    it('commit() twice fails the second time and commits once', async () => {
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.merge(`${TYPES}/numbers`, [1]);
      await tx.commit();
      await expectFails(() => tx.commit(), TransactionStateError, 'second commit()');
    });

    it('a cohort whose commit resolved refuses a second commit', async () => {
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.write(I32, 1);
      const cohort = tx.ready();
      await cohort.canCommit();
      await cohort.preCommit();
      await cohort.commit();
      await expectFails(() => cohort.commit(), TransactionStateError, 'second cohort commit');
    });

    it('cancel abandons an open transaction once and leaves no trace', async () => {
      const tx = ctx.store.newReadWriteTransaction();
      tx.write(I32, 1);
      assert.equal(tx.cancel(), true, 'first cancel');
      assert.equal(tx.cancel(), false, 'second cancel');
      expectThrows(() => tx.write(I32, 2), TransactionStateError, 'write after cancel');
      expectThrows(() => tx.ready(), TransactionStateError, 'ready after cancel');
      await expectFails(() => tx.commit(), TransactionStateError, 'commit after cancel');
      assert.equal(await ctx.read(I32), undefined);
    });

    it('cancel after commit returns false', async () => {
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.write(I32, 1);
      await tx.commit();
      assert.equal(tx.cancel(), false);
      assert.equal(await ctx.read(I32), 1);
    });

    it('closing the store fails pending transactions and refuses new ones', async () => {
      const h = await ctx.fresh();
      const ready = h.store.newWriteOnlyTransaction();
      ready.write(I32, 1);
      const cohort = ready.ready();
      const open = h.store.newReadWriteTransaction();
      open.write(U8, 1);
      await h.close();
      await expectFails(() => cohort.canCommit(), CanopyError, 'a ready transaction');
      await expectFails(() => open.commit(), CanopyError, 'an open transaction');
      await expectFails(() => h.store.newReadOnlyTransaction().read(I32), CanopyError, 'a new one');
    });

    it('a closed read-only transaction refuses reads', async () => {
      const ro = ctx.store.newReadOnlyTransaction();
      ro.close();
      await expectFails(() => ro.read(I32), TransactionStateError, 'read after close');
      await expectFails(() => ro.exists(I32), TransactionStateError, 'exists after close');
      ro.close();
    });
  });
}

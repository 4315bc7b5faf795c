/**
 * Conformance: transaction chains. A chain's transactions build on each other: each sees the previous
 * one's writes as soon as that one is ready, before it commits; they commit in chain order; only one
 * transaction of a chain is open (neither ready nor cancelled) at a time; a failed commit fails the chain
 * (the later transactions fail too, and later operations throw the failure); a chain's commit applies
 * its modifications, so concurrent commits outside the chain to other nodes survive it, and one that
 * would replace what an outside commit changed without having seen it conflicts.
 */
import { strict as assert } from 'node:assert';
import { CanopyError, OptimisticLockFailedError, TransactionStateError } from '../../src/index.js';
import type { SuiteContext } from './suite-context.js';
import { assertSameData, expectThrows, settle } from './suite-context.js';

const TYPES = '/conformance:types';
const I32 = `${TYPES}/i32`;
const U8 = `${TYPES}/u8`;
const U16 = `${TYPES}/u16`;

export function chainSuite(ctx: SuiteContext): void {
  describe('transaction chains', () => {
    it("a transaction in a chain sees the previous transaction's writes before it commits", async () => {
      const chain = ctx.store.createTransactionChain();
      const tx1 = chain.newWriteOnlyTransaction();
      tx1.write(I32, 1);
      const c1 = tx1.ready();
      const tx2 = chain.newReadWriteTransaction();
      assert.equal(await tx2.read(I32), 1, 'read-write transaction');
      tx2.merge(TYPES, { u8: 2 });
      const c2 = tx2.ready();
      const ro = chain.newReadOnlyTransaction();
      assert.deepEqual(await ro.read(TYPES), { i32: 1, u8: 2 }, 'read-only transaction');
      ro.close();
      assert.equal(await ctx.read(I32), undefined, 'outside the chain nothing is visible yet');
      await commitAll([c1, c2]);
      await ctx.expectData(TYPES, { i32: 1, u8: 2 });
      chain.close();
    });

    it('chain transactions commit in chain order even when the later one is driven first', async () => {
      const chain = ctx.store.createTransactionChain();
      const tx1 = chain.newWriteOnlyTransaction();
      tx1.write(I32, 1);
      const c1 = tx1.ready();
      const tx2 = chain.newWriteOnlyTransaction();
      tx2.write(I32, 2);
      const p2 = tx2.commit();
      const p1 = commitAll([c1]);
      await Promise.all([p1, p2]);
      assert.equal(await ctx.read(I32), 2, 'the later write wins');
      chain.close();
    });

    it('only one transaction of a chain is open at a time', async () => {
      const chain = ctx.store.createTransactionChain();
      const tx1 = chain.newReadWriteTransaction();
      expectThrows(() => chain.newReadWriteTransaction(), TransactionStateError, 'second open');
      expectThrows(
        () => chain.newWriteOnlyTransaction(),
        TransactionStateError,
        'second open (wo)',
      );
      tx1.cancel();
      const tx2 = chain.newWriteOnlyTransaction();
      tx2.write(I32, 1);
      await tx2.commit();
      const tx3 = chain.newReadWriteTransaction();
      assert.equal(await tx3.read(I32), 1);
      tx3.cancel();
      chain.close();
    });

    it('a failed commit fails the chain: later transactions fail and later operations throw', async () => {
      await ctx.put(I32, 0);
      const chain = ctx.store.createTransactionChain();
      const tx1 = chain.newReadWriteTransaction();
      await tx1.read(I32);
      tx1.write(I32, 1);
      await ctx.put(I32, 5); // conflicts with tx1
      const c1 = tx1.ready();
      const tx2 = chain.newWriteOnlyTransaction();
      tx2.write(U8, 2); // built on tx1
      const p2 = settle(tx2.commit());
      const r1 = await settle(commitAll([c1]));
      assert.ok(!r1.ok && r1.error instanceof OptimisticLockFailedError, 'the first conflicts');
      const r2 = await p2;
      assert.ok(!r2.ok && r2.error instanceof CanopyError, 'the transaction built on it fails');
      let thrown: unknown;
      try {
        chain.newReadWriteTransaction();
      } catch (err) {
        thrown = err;
      }
      assert.ok(
        thrown instanceof OptimisticLockFailedError ||
          (thrown instanceof Error && thrown.cause instanceof OptimisticLockFailedError),
        `a new transaction throws the failure, got ${String(thrown)}`,
      );
      await ctx.expectData(TYPES, { i32: 5 }, 'neither left a trace');
      chain.close();
    });

    it('a closed chain refuses new transactions but lets ready ones commit', async () => {
      const chain = ctx.store.createTransactionChain();
      const tx = chain.newWriteOnlyTransaction();
      tx.write(I32, 1);
      const c = tx.ready();
      chain.close();
      expectThrows(() => chain.newReadOnlyTransaction(), TransactionStateError, 'after close');
      await commitAll([c]);
      assert.equal(await ctx.read(I32), 1);
    });

    it('once the previous transaction committed, the next one sees commits from outside', async () => {
      const chain = ctx.store.createTransactionChain();
      const tx1 = chain.newWriteOnlyTransaction();
      tx1.write(I32, 1);
      await tx1.commit();
      await ctx.put(U8, 2);
      const tx2 = chain.newReadWriteTransaction();
      assert.deepEqual(await tx2.read(TYPES), { i32: 1, u8: 2 });
      tx2.cancel();
      chain.close();
    });

    it('a chain commit keeps what others committed meanwhile to other nodes', async () => {
      const chain = ctx.store.createTransactionChain();
      const tx1 = chain.newWriteOnlyTransaction();
      tx1.write(I32, 1);
      const c1 = tx1.ready();
      await ctx.put(U8, 2); // outside, while tx1 is ready but not committed
      const tx2 = chain.newWriteOnlyTransaction();
      tx2.write(U16, 3);
      const p2 = tx2.commit();
      await commitAll([c1]);
      await p2;
      await ctx.expectData(TYPES, { i32: 1, u8: 2, u16: 3 });
      chain.close();
    });

    it('a chain commit that replaces what others changed meanwhile, unseen, conflicts (no lost update)', async () => {
      await ctx.put(U16, 0);
      const chain = ctx.store.createTransactionChain();
      const tx1 = chain.newWriteOnlyTransaction();
      tx1.write(I32, 1);
      const c1 = tx1.ready();
      await ctx.put(U8, 2); // outside, while tx1 is ready but not committed
      const tx2 = chain.newReadWriteTransaction();
      assert.deepEqual(await tx2.read(TYPES), { i32: 1, u16: 0 }, 'tx2 builds on tx1 alone');
      tx2.write(TYPES, { i32: 5, u16: 0 }); // would drop u8, which tx2 never saw
      const p2 = settle(tx2.commit());
      await commitAll([c1]);
      const outcome = await p2;
      assert.ok(
        !outcome.ok && outcome.error instanceof OptimisticLockFailedError,
        `expected OptimisticLockFailedError, got ${outcome.ok ? 'a commit' : String(outcome.error)}`,
      );
      await ctx.expectData(TYPES, { i32: 1, u8: 2, u16: 0 });
      chain.close();
    });

    it('cancelling a chain transaction lets the next one build on the last ready one', async () => {
      const chain = ctx.store.createTransactionChain();
      const tx1 = chain.newWriteOnlyTransaction();
      tx1.write(I32, 1);
      const c1 = tx1.ready();
      const tx2 = chain.newWriteOnlyTransaction();
      tx2.write(I32, 2);
      tx2.cancel();
      const tx3 = chain.newReadWriteTransaction();
      assert.equal(await tx3.read(I32), 1);
      tx3.cancel();
      await commitAll([c1]);
      assert.equal(await ctx.read(I32), 1);
      chain.close();
    });

    it('independent chains do not see each other before commit', async () => {
      const a = ctx.store.createTransactionChain();
      const b = ctx.store.createTransactionChain();
      const txa = a.newWriteOnlyTransaction();
      txa.write(I32, 1);
      const ca = txa.ready();
      const txb = b.newReadWriteTransaction();
      assert.equal(await txb.read(I32), undefined);
      txb.write(U8, 2);
      await Promise.all([commitAll([ca]), txb.commit()]);
      assertSameData(await ctx.read(TYPES), { i32: 1, u8: 2 }, 'both chains committed');
      a.close();
      b.close();
    });
  });
}

/** Drives the cohorts' phases, each cohort after the previous one. */
async function commitAll(
  cohorts: readonly ReturnType<
    ReturnType<SuiteContext['store']['newWriteOnlyTransaction']>['ready']
  >[],
): Promise<void> {
  for (const c of cohorts) {
    await c.canCommit();
    await c.preCommit();
    await c.commit();
  }
}

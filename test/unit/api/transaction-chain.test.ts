/**
 * Goal: a transaction chain lets each transaction build on the previous one before it commits, commits
 * them in order, allows one open transaction at a time, and fails as a whole when one commit fails.
 * Method: drive chains of the in-memory store through the public API, stepping cohorts by hand where
 * the order of phases matters.
 */
import { strict as assert } from 'node:assert';
import {
  InMemoryDataStore,
  OptimisticLockFailedError,
  TransactionStateError,
} from '../../../src/api/index.js';
import { testSchema } from '../tree/fixtures.js';

const ITEM = '/canopy-test:item';

async function read(store: InMemoryDataStore, path: string): Promise<unknown> {
  return store.newReadOnlyTransaction().read(path);
}

describe('api: transaction chains', () => {
  it('a transaction sees the previous one of its chain before that commits', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const chain = store.createTransactionChain();
    const first = chain.newWriteOnlyTransaction();
    first.write(`${ITEM}=a`, { value: 1 });
    const firstCohort = first.ready();
    const second = chain.newReadWriteTransaction();
    assert.deepEqual(await second.read(`${ITEM}=a`), { name: 'a', value: 1 });
    second.write(`${ITEM}=a/value`, 2);
    const secondCohort = second.ready();
    const reader = chain.newReadOnlyTransaction();
    assert.equal(await reader.read(`${ITEM}=a/value`), 2);
    assert.equal(await read(store, ITEM), undefined, 'nothing committed yet');
    await firstCohort.canCommit();
    await firstCohort.preCommit();
    await firstCohort.commit();
    await secondCohort.canCommit();
    await secondCohort.preCommit();
    await secondCohort.commit();
    assert.deepEqual(await read(store, `${ITEM}=a`), { name: 'a', value: 2 });
  });

  it('a later transaction waits for the earlier one to commit', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const chain = store.createTransactionChain();
    const first = chain.newWriteOnlyTransaction();
    first.write(`${ITEM}=a`, {});
    const firstCohort = first.ready();
    const second = chain.newWriteOnlyTransaction();
    second.write(`${ITEM}=a/value`, 5);
    let secondDone = false;
    const secondCommit = second.commit().then(() => {
      secondDone = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(secondDone, false, 'the second waits for the first');
    await firstCohort.canCommit();
    await firstCohort.preCommit();
    await firstCohort.commit();
    await secondCommit;
    assert.deepEqual(await read(store, `${ITEM}=a`), { name: 'a', value: 5 });
  });

  it('only one transaction of a chain may be open at a time', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const chain = store.createTransactionChain();
    const open = chain.newWriteOnlyTransaction();
    assert.throws(() => chain.newWriteOnlyTransaction(), TransactionStateError);
    assert.throws(() => chain.newReadOnlyTransaction(), /still open; ready or cancel it first/);
    open.cancel();
    const next = chain.newReadWriteTransaction();
    next.write(`${ITEM}=a`, {});
    await next.commit();
    chain.newReadOnlyTransaction();
  });

  it('a failed commit fails the chain: later operations and commits reject with it as cause', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const chain = store.createTransactionChain();
    const first = chain.newWriteOnlyTransaction();
    first.write(`${ITEM}=a`, { value: 1 });
    const firstCohort = first.ready();
    const second = chain.newWriteOnlyTransaction();
    second.write(`${ITEM}=b`, {});
    const secondCohort = second.ready();
    const third = chain.newWriteOnlyTransaction();
    // Another writer creates the same entry first: the chain's first commit conflicts.
    const other = store.newWriteOnlyTransaction();
    other.write(`${ITEM}=a`, { value: 9 });
    await other.commit();
    await assert.rejects(firstCohort.canCommit(), OptimisticLockFailedError);
    await assert.rejects(secondCohort.canCommit(), (e: unknown) => {
      assert.ok(e instanceof TransactionStateError);
      assert.ok(e.cause instanceof OptimisticLockFailedError);
      return true;
    });
    assert.throws(
      () => third.write(`${ITEM}=c`, {}),
      (e: unknown) => {
        assert.ok(e instanceof TransactionStateError && /chain failed/.test(e.message));
        assert.ok(e.cause instanceof OptimisticLockFailedError);
        return true;
      },
    );
    assert.throws(() => chain.newReadOnlyTransaction(), TransactionStateError);
    assert.deepEqual(await read(store, ITEM), [{ name: 'a', value: 9 }]);
  });

  it('aborting a ready transaction fails the transactions built on it', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const chain = store.createTransactionChain();
    const first = chain.newWriteOnlyTransaction();
    first.write(`${ITEM}=a`, {});
    const firstCohort = first.ready();
    const second = chain.newWriteOnlyTransaction();
    second.write(`${ITEM}=a/value`, 1);
    const secondCommit = second.commit();
    await firstCohort.abort();
    await assert.rejects(secondCommit, TransactionStateError);
    assert.equal(await read(store, ITEM), undefined);
  });

  it('a closed chain refuses new transactions; ready ones still commit', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const chain = store.createTransactionChain();
    const tx = chain.newWriteOnlyTransaction();
    tx.write(`${ITEM}=a`, {});
    const cohort = tx.ready();
    chain.close();
    assert.throws(() => chain.newWriteOnlyTransaction(), /chain is closed/);
    await cohort.canCommit();
    await cohort.preCommit();
    await cohort.commit();
    assert.deepEqual(await read(store, ITEM), [{ name: 'a' }]);
  });

  it('after its predecessors committed, a new transaction starts from the current tip', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const chain = store.createTransactionChain();
    const first = chain.newWriteOnlyTransaction();
    first.write(`${ITEM}=a`, {});
    await first.commit();
    const outside = store.newWriteOnlyTransaction();
    outside.write(`${ITEM}=b`, {});
    await outside.commit();
    const second = chain.newReadWriteTransaction();
    assert.deepEqual(await second.read(ITEM), [{ name: 'a' }, { name: 'b' }]);
    second.cancel();
  });
});

/**
 * Goal: the in-memory store's transactions and three-phase commit behave as the DOMStore contract
 * says: errors at the call, read-through, cancel and abort leave no trace, the phases run in order,
 * and a cohort whose tip moved between phases is re-validated (rebased) rather than failed blindly.
 * Method: drive a store over the shipped models and the test model through the public API only.
 */
import { strict as assert } from 'node:assert';
import {
  DataValidationFailedError,
  InMemoryDataStore,
  InvalidPathError,
  OptimisticLockFailedError,
  TransactionStateError,
} from '../../../src/api/index.js';
import { confSchema, testSchema } from '../tree/fixtures.js';

const TOASTER = '/toaster:toaster';
const ITEM = '/canopy-test:item';

async function read(store: InMemoryDataStore, path: string): Promise<unknown> {
  const tx = store.newReadOnlyTransaction();
  try {
    return await tx.read(path);
  } finally {
    tx.close();
  }
}

async function put(store: InMemoryDataStore, path: string, data: unknown): Promise<void> {
  const tx = store.newWriteOnlyTransaction();
  tx.write(path, data);
  await tx.commit();
}

describe('api: in-memory store transactions', () => {
  it('runs the README example', async () => {
    const store = new InMemoryDataStore({ schema: confSchema() });
    const tx = store.newReadWriteTransaction();
    tx.write('/toaster:toaster', { darknessFactor: 1000 });
    await tx.commit();
    assert.deepEqual(await read(store, TOASTER), { darknessFactor: 1000 });
    assert.equal(await read(store, `${TOASTER}/darknessFactor`), 1000);
  });

  it('a read-write transaction reads its own writes; others see them only after commit', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const tx = store.newReadWriteTransaction();
    tx.write(`${ITEM}=a`, { value: 1 });
    tx.merge(`${ITEM}=a`, { note: 'n' });
    assert.deepEqual(await tx.read(`${ITEM}=a`), { name: 'a', value: 1, note: 'n' });
    assert.equal(await tx.exists(`${ITEM}=a/value`), true);
    const before = store.newReadOnlyTransaction();
    assert.equal(await before.exists(ITEM), false);
    await tx.commit();
    assert.equal(await before.read(ITEM), undefined, 'a read transaction keeps its snapshot');
    assert.deepEqual(await read(store, ITEM), [{ name: 'a', value: 1, note: 'n' }]);
  });

  it('bad paths and bad data throw at the call; reads reject', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const tx = store.newReadWriteTransaction();
    assert.throws(() => tx.write('/nosuch:x', 1), InvalidPathError);
    assert.throws(() => tx.write(`${ITEM}=a/value`, 'one'), DataValidationFailedError);
    await assert.rejects(tx.read('/canopy-test:top/nope'), InvalidPathError);
    await assert.rejects(store.newReadOnlyTransaction().read('no-slash'), InvalidPathError);
    assert.throws(
      () => store.registerTreeChangeListener('/x:y', () => undefined),
      InvalidPathError,
    );
    await tx.commit();
  });

  it('a cancelled transaction leaves no trace and refuses further use', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const tx = store.newReadWriteTransaction();
    tx.write(`${ITEM}=a`, {});
    assert.equal(tx.cancel(), true);
    assert.equal(tx.cancel(), false);
    assert.throws(() => tx.write(`${ITEM}=b`, {}), TransactionStateError);
    await assert.rejects(tx.commit(), TransactionStateError);
    assert.equal(await read(store, ITEM), undefined);
    const done = store.newWriteOnlyTransaction();
    await done.commit();
    assert.equal(done.cancel(), false);
  });

  it('a configuration store refuses state data at the call', () => {
    const store = new InMemoryDataStore({ schema: confSchema(), treeType: 'config' });
    const tx = store.newWriteOnlyTransaction();
    assert.throws(() => tx.write(`${TOASTER}/toasterStatus`, 'up'), DataValidationFailedError);
    assert.throws(() => tx.write(TOASTER, { toasterStatus: 'up' }), /state data \(config false\)/);
    tx.write(TOASTER, { darknessFactor: 5 });
  });

  it('the three phases run in order; out of order they reject', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const tx = store.newWriteOnlyTransaction();
    tx.write(`${ITEM}=a`, {});
    const cohort = tx.ready();
    assert.throws(() => tx.write(`${ITEM}=b`, {}), TransactionStateError);
    await assert.rejects(cohort.preCommit(), TransactionStateError);
    await assert.rejects(cohort.commit(), TransactionStateError);
    assert.equal(await cohort.canCommit(), true);
    assert.equal(await read(store, ITEM), undefined, 'nothing is visible before commit');
    await cohort.preCommit();
    await cohort.commit();
    assert.deepEqual(await read(store, ITEM), [{ name: 'a' }]);
    await assert.rejects(cohort.abort(), TransactionStateError);
  });

  it('an aborted cohort leaves no trace, whichever phase it reached', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    for (const phases of [0, 1, 2]) {
      const tx = store.newWriteOnlyTransaction();
      tx.write(`${ITEM}=a`, {});
      const cohort = tx.ready();
      if (phases >= 1) await cohort.canCommit();
      if (phases >= 2) await cohort.preCommit();
      await cohort.abort();
      await assert.rejects(cohort.commit(), TransactionStateError);
    }
    assert.equal(await read(store, ITEM), undefined);
  });

  it('a cohort whose tip moved between phases is rebased when it does not conflict', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const tx = store.newWriteOnlyTransaction();
    tx.write(`${ITEM}=a`, { value: 1 });
    const cohort = tx.ready();
    await cohort.canCommit();
    await put(store, `${ITEM}=b`, { value: 2 });
    await cohort.preCommit();
    await put(store, `${ITEM}=c`, { value: 3 });
    await cohort.commit();
    assert.deepEqual(await read(store, ITEM), [
      { name: 'b', value: 2 },
      { name: 'c', value: 3 },
      { name: 'a', value: 1 },
    ]);
  });

  it('a cohort whose tip moved into a conflict fails with OptimisticLockFailedError', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const tx = store.newWriteOnlyTransaction();
    tx.write(`${ITEM}=a`, { value: 1 });
    const cohort = tx.ready();
    await cohort.canCommit();
    await cohort.preCommit();
    await put(store, `${ITEM}=a`, { value: 2 });
    await assert.rejects(cohort.commit(), (e: unknown) => {
      assert.ok(e instanceof OptimisticLockFailedError);
      assert.equal(e.path, `${ITEM}=a`);
      return true;
    });
    assert.deepEqual(await read(store, `${ITEM}=a`), { name: 'a', value: 2 });
  });

  it('commit() rejects conflicts and validation failures, leaving the tree as it was', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const first = store.newWriteOnlyTransaction();
    const second = store.newWriteOnlyTransaction();
    first.write(`${ITEM}=a`, { value: 1 });
    second.write(`${ITEM}=a`, { value: 2 });
    await first.commit();
    await assert.rejects(second.commit(), OptimisticLockFailedError);
    const invalid = store.newWriteOnlyTransaction();
    invalid.write('/canopy-test:strict=1', { required: 'r' });
    await assert.rejects(invalid.commit(), DataValidationFailedError);
    assert.deepEqual(await read(store, '/'), { 'canopy-test:item': [{ name: 'a', value: 1 }] });
  });

  it('a closed store refuses new transactions and pending commits', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const tx = store.newWriteOnlyTransaction();
    tx.write(`${ITEM}=a`, {});
    await store.close();
    await store.close();
    assert.throws(() => store.newReadOnlyTransaction(), TransactionStateError);
    assert.throws(() => store.createTransactionChain(), TransactionStateError);
    await assert.rejects(tx.commit(), TransactionStateError);
  });

  it('accepts parsed identifiers as well as strings', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const tx = store.newReadWriteTransaction();
    tx.write({ args: [{ kind: 'entry', qname: 'canopy-test:item', keys: ['k'] }] }, { value: 7 });
    assert.deepEqual(await tx.read(`${ITEM}=k/value`), 7);
    await tx.commit();
  });
});

/**
 * Goal: transaction chains of the distributed store pipeline one-shard commits on one shard (they are
 * shipped without waiting for each other, so they share journal writes), and still fail every later
 * transaction when an earlier one fails, whether the later one was already shipped behind it on the
 * same shard or waits to go to another shard. Method: chains over real shards with a LevelDB journal
 * (proxy-fixture.ts), counting synced writes through the journal's statistics.
 */
import { strict as assert } from 'node:assert';
import { OptimisticLockFailedError, TransactionStateError } from '../../../src/tree/errors.js';
import { TransactionChainProxy } from '../../../src/txn/transaction-chain-proxy.js';
import { TransactionProxy } from '../../../src/txn/transaction-proxy.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { waitUntil } from '../../support/store-candidates.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { startProxyFixture, type ProxyFixture } from './proxy-fixture.js';

const I32 = '/conformance:types/i32';
const U8 = '/conformance:types/u8';
const BOB = '/conformance:users/user=bob';

describe('txn: transaction chains over shards', function () {
  this.timeout(20_000);
  let schema: SchemaContext;
  let f: ProxyFixture;
  before(async () => {
    schema = await loadTestSchema();
  });
  beforeEach(async () => {
    f = await startProxyFixture(schema, { persistent: true });
  });
  afterEach(async () => {
    await f.close();
  });

  async function put(path: string, data: unknown): Promise<void> {
    const tx = new TransactionProxy(f.ctx, true);
    tx.write(path, data);
    await tx.commit();
  }

  it('pipelines one-shard commits of a chain: they share synced writes and keep their order', async () => {
    const chain = new TransactionChainProxy(f.ctx, 'chain-1');
    const n = 30;
    const before = f.store!.stats().syncs;
    const commits: Promise<void>[] = [];
    for (let i = 0; i < n; i++) {
      const tx = chain.newWriteOnlyTransaction();
      tx.write(I32, i);
      commits.push(tx.commit());
    }
    await Promise.all(commits);
    const syncs = f.store!.stats().syncs - before;
    assert.ok(syncs < n / 3, `${n} chained commits took ${syncs} synced writes`);
    const check = new TransactionProxy(f.ctx, false);
    assert.equal(await check.read(I32), n - 1, 'the last one won: they committed in order');
    chain.close();
  });

  it('a failure fails the next transaction already shipped behind it on the same shard', async () => {
    await put(I32, 1);
    const chain = new TransactionChainProxy(f.ctx, 'chain-2');
    const first = chain.newReadWriteTransaction();
    assert.equal(await first.read(I32), 1);
    first.write(I32, 2);
    await put(I32, 3); // makes `first` conflict
    const firstDone = first.commit();
    const second = chain.newWriteOnlyTransaction();
    second.write(U8, 4);
    const secondDone = second.commit();
    await assert.rejects(firstDone, OptimisticLockFailedError);
    await assert.rejects(secondDone, TransactionStateError);
    const check = new TransactionProxy(f.ctx, false);
    assert.equal(await check.read(U8), undefined, 'the later transaction left no trace');
    assert.throws(() => chain.newWriteOnlyTransaction(), TransactionStateError);
  });

  it('a failure fails the next transaction queued behind it on the same shard, whatever it touches', async () => {
    await put(I32, 1);
    // A multi-shard transaction holds the conformance shard's queue head (between preCommit and
    // commit): the two chain transactions below queue up behind it, one after the other.
    const holder = new TransactionProxy(f.ctx, true);
    holder.write(I32, 3);
    holder.write(BOB, { name: 'bob', uid: 1 });
    const held = holder.ready();
    await held.canCommit();
    await held.preCommit();
    const chain = new TransactionChainProxy(f.ctx, 'chain-5');
    const first = chain.newReadWriteTransaction();
    first.write(I32, 2); // conflicts with the holder's write once that commits
    const firstDone = first.commit().then(
      () => undefined,
      (e: unknown) => e,
    );
    const second = chain.newWriteOnlyTransaction();
    second.write(U8, 4); // touches another node: no conflict check can catch it
    const secondDone = second.commit().then(
      () => undefined,
      (e: unknown) => e,
    );
    await waitUntil(
      () => f.manager.shard('conformance').status().queueLength === 3,
      'both chain transactions queued behind the holder',
    );
    await held.commit();
    assert.ok((await firstDone) instanceof OptimisticLockFailedError);
    assert.ok((await secondDone) instanceof TransactionStateError);
    const check = new TransactionProxy(f.ctx, false);
    assert.equal(
      await check.read(U8),
      undefined,
      'built on a failed transaction, it left no trace',
    );
    assert.equal(await check.read(I32), 3);
  });

  it('a transaction for another shard waits for the previous one and fails with it', async () => {
    await put(I32, 1);
    const chain = new TransactionChainProxy(f.ctx, 'chain-3');
    const first = chain.newReadWriteTransaction();
    assert.equal(await first.read(I32), 1);
    first.write(I32, 2);
    await put(I32, 3);
    const firstDone = first.commit();
    const second = chain.newWriteOnlyTransaction();
    second.write(BOB, { name: 'bob', uid: 1 });
    const secondDone = second.commit();
    await assert.rejects(firstDone, OptimisticLockFailedError);
    await assert.rejects(secondDone, TransactionStateError);
    const check = new TransactionProxy(f.ctx, false);
    assert.equal(await check.read(BOB), undefined);
  });

  it("a transaction of a chain reads the previous one's writes on every shard before they commit", async () => {
    const chain = new TransactionChainProxy(f.ctx, 'chain-4');
    const first = chain.newWriteOnlyTransaction();
    first.write(I32, 5);
    first.write(BOB, { name: 'bob', uid: 5 });
    const done = first.commit();
    const second = chain.newReadWriteTransaction();
    assert.equal(await second.read(I32), 5);
    assert.equal(await second.read(`${BOB}/uid`), 5);
    second.write(`${BOB}/uid`, 6);
    await Promise.all([done, second.commit()]);
    const check = new TransactionProxy(f.ctx, false);
    assert.equal(await check.read(`${BOB}/uid`), 6);
  });
});

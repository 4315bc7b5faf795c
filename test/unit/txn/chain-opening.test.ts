/**
 * Goal: a transaction of a chain starts where the chain stood when it opened: from the previous
 * transaction's result if that one was pending then, even when the new one pins its snapshots later
 * (it opened while a multi-shard commit was half visible) and the previous one commits in between.
 * (Found by the DOMStore concurrency property with the list in a prefix shard, seeds -1598566653 and
 * -485271020: the chain decided whether the previous transaction was pending when the new one pinned,
 * not when it opened; by then the previous one had committed, so the new one started from the store
 * as of its opening: it missed the previous one's change (and its commit conflicted with its own
 * chain), and it saw an outside commit the chain's view does not hold.)
 *
 * Method: real shards with LevelDB journals (proxy-fixture.ts); the users shard's journal stalls after
 * a multi-shard transaction's prepare, so that its commit stays half visible while the chain's next
 * transaction opens.
 */
import { strict as assert } from 'node:assert';
import { TransactionChainProxy } from '../../../src/txn/transaction-chain-proxy.js';
import { TransactionProxy } from '../../../src/txn/transaction-proxy.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { waitUntil } from '../../support/store-candidates.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { startProxyFixture } from './proxy-fixture.js';
import { StallingStorage } from './stalling-storage.js';

const I32 = '/conformance:types/i32';
const U8 = '/conformance:types/u8';
const ALICE = '/conformance:users/user=alice';

describe('txn: a chain transaction opened while a multi-shard commit is half visible', function () {
  this.timeout(20_000);
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  it("starts from the previous transaction's result, pending at its opening, though that one commits before it pins", async () => {
    let disk: StallingStorage | undefined;
    const f = await startProxyFixture(schema, {
      persistent: true,
      wrapStorage: (replica, storage) => {
        if (replica !== 'member-1-shard-users-config') return storage;
        disk = new StallingStorage(storage);
        return disk;
      },
    });
    try {
      const chain = new TransactionChainProxy(f.ctx, 'chain-opening');
      const a = chain.newWriteOnlyTransaction();
      a.write(I32, 1);
      a.write(ALICE, { name: 'alice', uid: 1 });
      // Committed outside the chain after `a` opened: not in the chain's view while `a` is pending.
      const outside = new TransactionProxy(f.ctx, true);
      outside.write(U8, 5);
      await outside.commit();
      const cohortA = a.ready();
      const b = chain.newWriteOnlyTransaction();
      b.write(`${ALICE}/uid`, 2);
      const cohortB = b.ready();

      await cohortA.canCommit();
      await cohortA.preCommit(); // the users shard's prepare is durable
      disk!.stall();
      await cohortA.commit(); // decided on the coordinator; the users shard's outcome is stalled
      assert.equal(f.ctx.visibility.open, false, "a's commit is half visible");

      const c = chain.newReadWriteTransaction(); // `b` is pending: `c` starts from its result
      disk!.release();
      await waitUntil(() => f.ctx.visibility.open, "a's commit is whole");
      await cohortB.canCommit();
      await cohortB.preCommit();
      await cohortB.commit(); // before `c` pins its snapshots (at its first operation)

      assert.equal(await c.read(`${ALICE}/uid`), 2, "b's change");
      assert.equal(await c.read(I32), 1, "a's change");
      assert.equal(await c.read(U8), undefined, 'the outside commit is not in the chain view');
      c.write(`${ALICE}/uid`, 3);
      await c.commit(); // no conflict with its own chain
      const check = new TransactionProxy(f.ctx, false);
      assert.equal(await check.read(`${ALICE}/uid`), 3);
      assert.equal(await check.read(U8), 5, 'the chain wrote nothing back over the outside commit');
      check.close();
      chain.close();
    } finally {
      await f.close();
    }
  });
});

/**
 * Goal: the datastore acknowledges commits in the order their shards answered them, so two commits
 * that touch a common shard are acknowledged in that shard's commit order, the order its listeners
 * see them in. (Found by the DOMStore concurrency property with the list in a prefix shard, seed
 * -485271020: a one-shard commit applied right after a multi-shard commit's decision, in the same
 * batch, was acknowledged first, because the multi-shard commit's answer takes a longer way through
 * the proxy; a listener spanning both shards then got the multi-shard commit first, against the
 * acknowledgment order.)
 *
 * Method: AckOrder alone; then real shards (proxy-fixture.ts): a multi-shard transaction holds the
 * coordinator shard's queue head while a one-shard transaction queues behind it there, so that the
 * decision and the one-shard commit are applied and answered together; the test records the order of
 * the callers' promises and of the applied commits.
 */
import { strict as assert } from 'node:assert';
import { AckOrder } from '../../../src/txn/ack-order.js';
import { TransactionProxy } from '../../../src/txn/transaction-proxy.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { waitUntil } from '../../support/store-candidates.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { startProxyFixture } from './proxy-fixture.js';
import { StallingStorage } from './stalling-storage.js';

const I32 = '/conformance:types/i32';
const U8 = '/conformance:types/u8';
const ALICE = '/conformance:users/user=alice';

describe('txn: acknowledgment order', function () {
  this.timeout(20_000);

  it('a ticket released early waits for every earlier one, then all run in ticket order', () => {
    const order = new AckOrder();
    const ran: string[] = [];
    const a = order.take();
    const b = order.take();
    const c = order.take();
    c.release(() => ran.push('c'));
    b.release(() => ran.push('b'));
    assert.equal(ran.length, 0, 'a holds them');
    a.release(() => ran.push('a'));
    assert.deepEqual(ran, ['a', 'b', 'c']);
    assert.equal(order.waiting, 0);
  });

  it('a ticket released without a turn (a failed commit) holds nothing up', () => {
    const order = new AckOrder();
    const ran: string[] = [];
    const a = order.take();
    const b = order.take();
    b.release(() => ran.push('b'));
    a.release();
    a.release(() => ran.push('a again')); // only the first release counts
    assert.deepEqual(ran, ['b']);
  });

  describe('over shards', () => {
    let schema: SchemaContext;
    before(async () => {
      schema = await loadTestSchema();
    });

    it('a one-shard commit applied with a multi-shard decision, in one batch, is acknowledged after it', async () => {
      let disk: StallingStorage | undefined;
      const f = await startProxyFixture(schema, {
        persistent: true,
        wrapStorage: (replica, storage) => {
          if (replica !== 'member-1-shard-conformance-config') return storage;
          disk = new StallingStorage(storage);
          return disk;
        },
      });
      try {
        const acked: string[] = [];
        const multi = new TransactionProxy(f.ctx, true);
        multi.write(I32, 1);
        multi.write(ALICE, { name: 'alice', uid: 1 });
        const cohort = multi.ready();
        await cohort.canCommit();
        // A commit whose journal write stalls on the coordinator's shard: what is proposed there
        // meanwhile goes into the next write, together.
        disk!.stall();
        const stalled = new TransactionProxy(f.ctx, true);
        stalled.write('/conformance:types/i8', 1);
        const stalledDone = stalled.commit();
        await cohort.preCommit(); // holds the coordinator's queue head
        const single = new TransactionProxy(f.ctx, true);
        single.write(U8, 2);
        const singleDone = single.commit().then(() => acked.push(single.id));
        await waitUntil(
          () => f.manager.shard('conformance').status().queueLength === 2,
          'the one-shard commit queued behind the multi-shard one',
        );
        const from = f.applied.length;
        const multiDone = cohort.commit().then(() => acked.push(multi.id));
        await waitUntil(
          () => f.manager.shard('conformance').status().queueLength === 0,
          'the decision and the one-shard commit proposed',
        );
        disk!.release();
        await Promise.all([stalledDone, multiDone, singleDone]);
        const applied = f.applied
          .slice(from)
          .filter((a) => a.shard === 'conformance')
          .map((a) => a.txId);
        assert.deepEqual(applied, [stalled.id, multi.id, single.id], "the coordinator's order");
        assert.deepEqual(acked, [multi.id, single.id], 'acknowledged in that order');
      } finally {
        await f.close();
      }
    });
  });
});

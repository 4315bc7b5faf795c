/**
 * Goal: a transaction opened while a multi-shard commit is visible on some of its shards only (the
 * coordinator applied its part, a participant has still to apply its own) sees that commit whole, and
 * sees nothing committed after it opened: it pins, once the commit is whole, what it held at its
 * opening plus the missing part. (Found by the DOMStore concurrency property, seed -1307695286: a
 * chain's read-only transaction pinned its snapshots only when the gate opened, and saw a commit made
 * after its opening.)
 *
 * Method: real shards with LevelDB journals (proxy-fixture.ts); the participant's journal stalls after
 * its prepare is durable, so the window stays open while the test commits on the coordinator's shard.
 */
import { strict as assert } from 'node:assert';
import { TransactionProxy } from '../../../src/txn/transaction-proxy.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { waitUntil } from '../../support/store-candidates.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { startProxyFixture } from './proxy-fixture.js';
import { StallingStorage } from './stalling-storage.js';

const I32 = '/conformance:types/i32';
const U8 = '/conformance:types/u8';
const ALICE = '/conformance:users/user=alice';

describe('txn: a transaction opened while a multi-shard commit is half visible', function () {
  this.timeout(20_000);
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  it('sees that commit whole and nothing committed after its opening', async () => {
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
      // Opened now (the gate is open), committed in the window: after the reader opened.
      const later = new TransactionProxy(f.ctx, true);
      later.write(U8, 5);
      const x = new TransactionProxy(f.ctx, true);
      x.write(I32, 1);
      x.write(ALICE, { name: 'alice', uid: 1 });
      const cohort = x.ready();
      await cohort.canCommit();
      await cohort.preCommit(); // the participant's prepare is durable
      disk!.stall();
      await cohort.commit(); // decided on the coordinator; the participant's outcome is stalled
      assert.equal(f.ctx.visibility.open, false, 'the commit is half visible');

      const reader = new TransactionProxy(f.ctx, false);
      await later.commit(); // on the coordinator's shard, after the reader opened
      assert.equal(f.ctx.visibility.open, false, 'still half visible');

      disk!.release();
      await waitUntil(() => f.ctx.visibility.open, 'the commit is whole');
      assert.equal(await reader.read(I32), 1, "the coordinator's part");
      assert.deepEqual(await reader.read(ALICE), { name: 'alice', uid: 1 }, "the participant's");
      assert.equal(await reader.read(U8), undefined, 'a commit after the opening is not seen');
      reader.close();
      const fresh = new TransactionProxy(f.ctx, false);
      assert.equal(await fresh.read(U8), 5);
      fresh.close();
    } finally {
      await f.close();
    }
  });
});

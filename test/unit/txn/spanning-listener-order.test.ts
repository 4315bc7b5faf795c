/**
 * Goal: a listener spanning shards sees a commit made after a multi-shard commit was acknowledged
 * after that one, even when the later commit touches none of its shards and is applied while a
 * participant of the multi-shard commit has still to apply its part. (Each shard's own order does not
 * decide this: the registration used to deliver each shard's queue on its own, so the later one-shard
 * commit, on a shard of its own, went first.)
 *
 * Method: real shards with LevelDB journals (proxy-fixture.ts) and the datastore's listener proxy
 * (ShardListeners) at `/`, which spans every shard; the users shard's journal stalls after the
 * multi-shard commit's prepare, so its part waits while the test commits on the default shard.
 */
import { strict as assert } from 'node:assert';
import { pathCodec } from '../../../src/tree/path.js';
import { ShardListeners } from '../../../src/txn/listener-proxy.js';
import { TransactionProxy } from '../../../src/txn/transaction-proxy.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { ListenerRecorder, waitUntil } from '../../support/store-candidates.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { startProxyFixture } from './proxy-fixture.js';
import { StallingStorage } from './stalling-storage.js';

const I32 = '/conformance:types/i32';
const ALICE = '/conformance:users/user=alice';
const TOP_A = '/concurrency:top/a'; // the default shard

describe('txn: a listener spanning shards, across a half-applied multi-shard commit', function () {
  this.timeout(20_000);
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  it('sees a commit made after the multi-shard one was acknowledged after it', async () => {
    let disk: StallingStorage | undefined;
    const holder: { listeners?: ShardListeners } = {};
    const f = await startProxyFixture(schema, {
      persistent: true,
      wrapStorage: (replica, storage) => {
        if (replica !== 'member-1-shard-users-config') return storage;
        disk = new StallingStorage(storage);
        return disk;
      },
      onApplied: (shard, commit) => {
        holder.listeners?.applied(shard, commit);
      },
    });
    const errors: unknown[] = [];
    try {
      const paths = pathCodec(schema);
      const root = paths.resolve('/');
      const listeners = new ShardListeners(
        schema,
        f.manager.router,
        root,
        f.ctx.visibility,
        (error) => errors.push(error),
        1000,
      );
      holder.listeners = listeners;
      const recorder = new ListenerRecorder();
      listeners.register(root, recorder.listener, (name) => f.manager.shard(name));

      // Opened now, while nothing is half applied (one opened in the window would wait for it).
      const later = new TransactionProxy(f.ctx, true);
      later.write(TOP_A, 7);
      const multi = new TransactionProxy(f.ctx, true);
      multi.write(I32, 1);
      multi.write(ALICE, { name: 'alice', uid: 1 });
      const cohort = multi.ready();
      await cohort.canCommit();
      await cohort.preCommit(); // the users shard's prepare is durable
      disk!.stall();
      await cohort.commit(); // acknowledged: decided on the coordinator, the users part stalled
      assert.equal(f.ctx.visibility.open, false, 'half applied');

      await later.commit(); // on the default shard, after the acknowledgment
      assert.equal(f.ctx.visibility.open, false, 'still half applied');
      disk!.release();
      await waitUntil(() => recorder.calls.length >= 3, 'both commits delivered');

      const changes = recorder.calls.slice(1).map((batch) => batch.map((c) => c.dataAfter));
      assert.equal(changes.length, 2, 'one change per commit');
      const [first, second] = changes.map((batch) => JSON.stringify(batch));
      assert.ok(
        first!.includes('alice') && !first!.includes('"a":7'),
        `the multi-shard commit first, whole: ${first}`,
      );
      assert.ok(second!.includes('"a":7'), `then the later commit: ${second}`);
      assert.deepEqual(errors, []);
      listeners.closeAll();
    } finally {
      await f.close();
    }
  });
});

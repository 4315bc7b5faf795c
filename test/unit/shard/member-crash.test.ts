/**
 * Goal: on real shard actors and a real LevelDB journal, killing the member between any two steps of a
 * multi-shard commit leaves the transaction all or nothing after the restart (committed exactly when
 * the coordinator's decision was durable), every commit acknowledged before the kill is present, and
 * the restarted shards resolve what was in doubt and accept commits again; and when the coordinator's
 * replica cannot recover (a damaged journal), the participant holding the transaction in doubt says so
 * at once (status and readers' error name both replicas and the transaction) instead of waiting out
 * shard-initialization-timeout. Method: drive the shards of the fixture configuration step by step
 * through their handles (as the cohort proxy does), kill the member (stop every actor at once, no
 * shard closes: what was synced is all that survives), damage a journal record with a raw LevelDB
 * handle where needed, start it again on the same data directory, and read every shard.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { DistributedDataStore } from '../../../src/api/distributed-data-store.js';
import { GroupKeys } from '../../../src/persistence/keys.js';
import { ShardUnavailableError } from '../../../src/shard/errors.js';
import { TransactionProxy } from '../../../src/txn/transaction-proxy.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { withRawDb } from '../persistence/helpers.js';
import { startProxyFixture, type ProxyFixture } from '../txn/proxy-fixture.js';
import { fixtureConfig, tempDataDir } from './store-fixture.js';

const I32 = '/conformance:types/i32';
const BOB = '/conformance:users/user=bob';
const PARTICIPANTS = ['conformance', 'users'];

const STEPS = [
  'ready',
  'preCommit conformance (holds the head)',
  'preCommit users (prepare durable)',
  'commit conformance (decision durable)',
  'commit users',
] as const;

async function runSteps(f: ProxyFixture, txId: string, last: number): Promise<void> {
  const c = f.manager.shard('conformance');
  const u = f.manager.shard('users');
  for (let step = 0; step <= last; step++) {
    switch (STEPS[step]!) {
      case 'ready': {
        const modC = c.readSnapshot()!.newModification();
        modC.write(I32, 7);
        modC.ready();
        const modU = u.readSnapshot()!.newModification();
        modU.write(BOB, { name: 'bob', uid: 7 });
        modU.ready();
        await c.submit({ txId, mod: modC, participants: PARTICIPANTS }, 'three-phase');
        await u.submit({ txId, mod: modU, participants: PARTICIPANTS }, 'three-phase');
        break;
      }
      case 'preCommit conformance (holds the head)':
        await c.preCommit(txId);
        break;
      case 'preCommit users (prepare durable)':
        await u.preCommit(txId);
        break;
      case 'commit conformance (decision durable)':
        await c.commit(txId);
        break;
      case 'commit users':
        await u.commit(txId);
        break;
    }
  }
}

describe('shard: killing the member during a multi-shard commit', function () {
  this.timeout(30_000);
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  for (let last = 0; last < STEPS.length; last++) {
    const committed = last >= STEPS.indexOf('commit conformance (decision durable)');
    it(`a kill after "${STEPS[last]}" leaves the transaction ${committed ? 'committed' : 'absent'} on both shards`, async () => {
      const temp = tempDataDir('crash');
      try {
        const f = await startProxyFixture(schema, { persistent: true, dir: temp.dir });
        for (let i = 0; i < 5; i++) {
          const tx = new TransactionProxy(f.ctx, true);
          tx.write(`/conformance:registry=k${i}`, { id: `k${i}` });
          await tx.commit();
        }
        await runSteps(f, 'multi', last);
        await f.kill();

        const again = await startProxyFixture(schema, { persistent: true, dir: temp.dir });
        try {
          const read = new TransactionProxy(again.ctx, false);
          assert.equal(
            ((await read.read('/conformance:registry')) as unknown[]).length,
            5,
            'acknowledged commits',
          );
          const seen = [(await read.read(I32)) !== undefined, (await read.read(BOB)) !== undefined];
          assert.deepEqual(seen, [committed, committed]);
          for (const s of again.manager.status()) {
            assert.equal(s.state, 'running', s.id);
            assert.equal(s.inDoubt, 0, `${s.id} resolved its prepared transaction`);
          }
          const after = new TransactionProxy(again.ctx, true);
          after.write(BOB, { name: 'bob', uid: 8 });
          after.write(I32, 8);
          await after.commit();
        } finally {
          await again.close();
        }
      } finally {
        temp.remove();
      }
    });
  }
});

describe('shard: a transaction in doubt whose coordinator replica cannot recover', function () {
  this.timeout(30_000);
  const COORDINATOR = 'member-1-shard-conformance-config';
  const PARTICIPANT = 'member-1-shard-users-config';

  it('the participant refuses readers at once, naming both replicas and the transaction, and the store starts without waiting for the initialization timeout', async () => {
    const schema = await loadTestSchema();
    const temp = tempDataDir('doubt');
    try {
      const f = await startProxyFixture(schema, { persistent: true, dir: temp.dir });
      for (let i = 0; i < 5; i++) {
        const tx = new TransactionProxy(f.ctx, true);
        tx.write(`/conformance:registry=k${i}`, { id: `k${i}` });
        await tx.commit();
      }
      await runSteps(f, 'multi', STEPS.indexOf('preCommit users (prepare durable)'));
      const damaged = f.manager.shard('conformance').status().journalLastIndex - 2;
      await f.kill();
      await withRawDb(join(temp.dir, 'journal'), async (db) => {
        const key = new GroupKeys(COORDINATOR).entry(damaged);
        const value = await db.get(key);
        assert.ok(value !== undefined, `entry ${damaged} of ${COORDINATOR} is stored`);
        const copy = Uint8Array.from(value);
        copy[copy.length - 1]! ^= 0xff;
        await db.put(key, copy);
      });

      // The default shard-initialization-timeout is 300 s: resolving within the test's timeout
      // shows that the start did not wait for it.
      const store = await DistributedDataStore.start({
        config: fixtureConfig({ dataDir: temp.dir, persistent: true }),
        schema,
        datastore: 'config',
      });
      try {
        const shards = new Map(store.status().shards.map((s) => [s.id, s]));
        assert.equal(shards.get(COORDINATOR)?.state, 'stopped');
        const participant = shards.get(PARTICIPANT)!;
        assert.equal(participant.state, 'running');
        assert.equal(participant.inDoubt, 1);
        for (const name of [COORDINATOR, 'multi']) {
          assert.ok(
            participant.reason?.includes(name),
            `the reason names ${name}: ${participant.reason}`,
          );
        }
        const read = store.newReadOnlyTransaction();
        await assert.rejects(
          read.read(BOB),
          (e: unknown) =>
            e instanceof ShardUnavailableError &&
            [PARTICIPANT, COORDINATOR, 'multi'].every((name) => e.message.includes(name)),
        );
        read.close();
        const other = store.newReadOnlyTransaction();
        assert.equal(await other.read('/concurrency:top'), undefined, 'other shards serve');
        other.close();
      } finally {
        await store.close();
      }
    } finally {
      temp.remove();
    }
  });
});

/**
 * Goal: the DistributedDataStore as a member runs it: a persistent store restarted on its data
 * directory has every acknowledged commit (one-shard and multi-shard, and those that verify nodes
 * unchanged on shards they do not write); a member's operational datastore kept in memory starts
 * empty again while its configuration survives; `status()` reports each replica's Raft, journal and
 * queue figures; a journal that fails a write stops the shard, the
 * commit in flight has an unknown outcome, the status names the reason and further requests are
 * refused with ShardUnavailableError (logged as an error), while a requested close is logged as
 * information, not as an error. Method: real stores (actors, LevelDB) on temporary directories, with a
 * logger that keeps its lines.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { DistributedDataStore, startMember } from '../../../src/api/distributed-data-store.js';
import { openRaftStore } from '../../../src/persistence/raft-store.js';
import { memoryLogger } from '../../../src/runtime/logger.js';
import { CommitOutcomeUnknownError, ShardUnavailableError } from '../../../src/shard/errors.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { fixtureConfig, tempDataDir } from './store-fixture.js';

const I32 = '/conformance:types/i32';
const BOB = '/conformance:users/user=bob';

async function put(store: DistributedDataStore, path: string, data: unknown): Promise<void> {
  const tx = store.newWriteOnlyTransaction();
  tx.write(path, data);
  await tx.commit();
}

async function read(store: DistributedDataStore, path: string): Promise<unknown> {
  const tx = store.newReadOnlyTransaction();
  try {
    return await tx.read(path);
  } finally {
    tx.close();
  }
}

describe('DistributedDataStore: restart, status and journal failure', function () {
  this.timeout(30_000);
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  it('a persistent store restarted on its data directory has every acknowledged commit', async () => {
    const temp = tempDataDir('restart');
    try {
      const config = fixtureConfig({ dataDir: temp.dir, persistent: true });
      const first = await DistributedDataStore.start({ config, schema, datastore: 'config' });
      await put(first, I32, 1);
      const multi = first.newWriteOnlyTransaction();
      multi.write(I32, 2);
      multi.write(BOB, { name: 'bob', uid: 2 });
      multi.write('/toaster:toaster', { darknessFactor: 2 });
      await multi.commit();
      await first.close();

      const again = await DistributedDataStore.start({ config, schema, datastore: 'config' });
      try {
        assert.equal(await read(again, I32), 2);
        assert.equal(await read(again, `${BOB}/uid`), 2);
        assert.deepEqual(await read(again, '/toaster:toaster'), { darknessFactor: 2 });
      } finally {
        await again.close();
      }
    } finally {
      temp.remove();
    }
  });

  it('commits that verify nodes unchanged, on some shards only or on all, replay as no change after a restart', async () => {
    const temp = tempDataDir('verify');
    try {
      const config = fixtureConfig({ dataDir: temp.dir, persistent: true });
      const first = await DistributedDataStore.start({ config, schema, datastore: 'config' });
      await put(first, I32, 1);
      await put(first, BOB, { name: 'bob', uid: 2 });
      // The users shard only verifies; the conformance shard verifies and writes.
      const spanning = first.newReadWriteTransaction();
      spanning.verifyUnchanged('/conformance:users');
      spanning.write(I32, 2);
      await spanning.commit();
      // Verifications alone: on one shard, then on every shard.
      for (const path of [I32, '/']) {
        const only = first.newReadWriteTransaction();
        only.verifyUnchanged(path);
        await only.commit();
      }
      const before = await read(first, '/');
      await first.close();

      const again = await DistributedDataStore.start({ config, schema, datastore: 'config' });
      try {
        assert.deepEqual(await read(again, '/'), before);
        assert.equal(await read(again, I32), 2);
        await put(again, I32, 3);
        assert.equal(await read(again, I32), 3);
      } finally {
        await again.close();
      }
    } finally {
      temp.remove();
    }
  });

  it('a member keeps its configuration across a restart and starts its in-memory operational datastore empty', async () => {
    const temp = tempDataDir('member');
    try {
      const config = fixtureConfig({
        dataDir: temp.dir,
        persistent: true,
        operationalInMemory: true,
      });
      const member = await startMember({ config, schema });
      const tx = member.broker.newWriteOnlyTransaction();
      tx.write('config', I32, 5);
      tx.write('operational', I32, 6);
      await tx.commit();
      await member.close();

      const again = await startMember({ config, schema });
      try {
        const r = again.broker.newReadOnlyTransaction();
        assert.equal(await r.read('config', I32), 5);
        assert.equal(await r.read('operational', I32), undefined);
        r.close();
        const status = again.status();
        assert.deepEqual(
          status.datastores.map((d) => [d.datastore, d.persistent]),
          [
            ['config', true],
            ['operational', false],
          ],
        );
        assert.equal(status.journal?.dir, join(temp.dir, 'journal'));
      } finally {
        await again.close();
      }
    } finally {
      temp.remove();
    }
  });

  it('status reports each replica with its Raft, journal and queue figures', async () => {
    const temp = tempDataDir('status');
    try {
      const config = fixtureConfig({ dataDir: temp.dir, persistent: true });
      const store = await DistributedDataStore.start({ config, schema, datastore: 'config' });
      try {
        await put(store, I32, 1);
        const status = store.status();
        assert.deepEqual(
          status.shards.map((s) => s.id),
          [
            'member-1-shard-augment-config',
            'member-1-shard-conformance-config',
            'member-1-shard-default-config',
            'member-1-shard-users-config',
          ],
        );
        const s = status.shards.find((x) => x.shard === 'conformance')!;
        assert.equal(s.state, 'running');
        assert.equal(s.role, 'leader');
        assert.equal(s.leader, s.id);
        assert.ok(s.commitIndex > 0 && s.appliedIndex === s.commitIndex, JSON.stringify(s));
        assert.ok(s.journalLastIndex >= s.commitIndex);
        assert.ok(s.treeNodes >= 2, 'the container and its leaf');
        assert.equal(s.commits, 1);
        assert.equal(s.queueLength, 0);
        assert.equal(s.inDoubt, 0);
      } finally {
        await store.close();
      }
    } finally {
      temp.remove();
    }
  });

  it('a clean close is logged as information, replica by replica, not as an error', async () => {
    const temp = tempDataDir('close');
    try {
      const config = fixtureConfig({ dataDir: temp.dir, persistent: true });
      const logger = memoryLogger();
      const store = await DistributedDataStore.start({
        config,
        schema,
        datastore: 'config',
        logger,
      });
      await put(store, I32, 1);
      await store.close();
      const closed = logger.lines.filter((l) => l.message === 'shard closed');
      assert.equal(closed.length, store.status().shards.length, 'one line per replica');
      assert.ok(closed.every((l) => l.level === 'info'));
      assert.deepEqual(
        logger.lines.filter((l) => l.level === 'error'),
        [],
        'nothing at error level',
      );
    } finally {
      temp.remove();
    }
  });

  it('a journal that fails a write stops the shard: unknown outcome, the reason in status, requests refused', async () => {
    const temp = tempDataDir('fail');
    try {
      const config = fixtureConfig({ dataDir: temp.dir, persistent: true });
      const journal = await openRaftStore(join(temp.dir, 'journal'));
      const logger = memoryLogger();
      const store = await DistributedDataStore.start({
        config,
        schema,
        datastore: 'config',
        raftStore: journal,
        logger,
      });
      try {
        await put(store, I32, 1);
        await journal.close(); // every later write fails
        await assert.rejects(put(store, I32, 2), CommitOutcomeUnknownError);
        const s = store.status().shards.find((x) => x.shard === 'conformance')!;
        assert.equal(s.state, 'stopped');
        assert.match(s.reason ?? '', /closed/);
        await assert.rejects(
          put(store, I32, 3),
          (e: unknown) =>
            e instanceof ShardUnavailableError && e.shard === 'member-1-shard-conformance-config',
        );
        await assert.rejects(store.newReadOnlyTransaction().read(I32), ShardUnavailableError);
        const stopped = logger.lines.filter((l) => l.message === 'shard stopped');
        assert.equal(stopped.length, 1, 'a failure is logged once');
        assert.equal(stopped[0]!.level, 'error');
      } finally {
        await store.close();
      }
    } finally {
      temp.remove();
    }
  });
});

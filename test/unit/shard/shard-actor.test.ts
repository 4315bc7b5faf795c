/**
 * Goal: the shard shell around the core on a real LevelDB journal and real actors: concurrent commits
 * share synced writes (group commit), a restart recovers every acknowledged commit, damage in the
 * middle of the journal stops the shard with an error naming the shard and the entry (status shows
 * it, requests are refused), and a damaged tail left by a crash is cut while the data before it
 * survives. Method: start one shard actor over `openRaftStore` in a temporary directory, commit
 * through the `Shard` handle, close, damage records with a raw LevelDB handle, restart.
 */
import { strict as assert } from 'node:assert';
import { openRaftStore, type RaftStore } from '../../../src/persistence/raft-store.js';
import { GroupKeys } from '../../../src/persistence/keys.js';
import { ActorSystem } from '../../../src/runtime/actors.js';
import { silentLogger } from '../../../src/runtime/logger.js';
import { ShardUnavailableError } from '../../../src/shard/errors.js';
import { InProcessShardNetwork } from '../../../src/shard/shard-network.js';
import { startShard, storedVoters, type Shard } from '../../../src/shard/shard-actor.js';
import { binaryTreeCodec } from '../../../src/shard/tree-codec.js';
import { SeededRng } from '../../../src/util/rng.js';
import { shardCodec } from '../../../src/wire/shard-codec.js';
import type { DataTreeCandidate } from '../../../src/tree/candidate.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { removeTempDirs, tempDir, withRawDb } from '../persistence/helpers.js';
import { coreConfig } from './core-driver.js';

const ID = 'member-1-shard-a-config';

describe('shard actor: journal on LevelDB', function () {
  this.timeout(30_000);
  let schema: SchemaContext;
  let system: ActorSystem;
  let systems = 0;
  before(async () => {
    schema = await loadTestSchema();
  });
  beforeEach(() => {
    system = ActorSystem.start(`shard-actor-test-${++systems}`);
  });
  afterEach(() => {
    system.shutdown();
    removeTempDirs();
  });

  function start(store: RaftStore, applied: DataTreeCandidate[] = []): Shard {
    return startShard({
      system,
      config: coreConfig(schema, 'a'),
      storage: store.group(ID),
      codecs: { codec: shardCodec, treeCodec: binaryTreeCodec },
      rng: new SeededRng(3),
      logger: silentLogger(),
      network: new InProcessShardNetwork(),
      onApplied: (c) => applied.push(c.candidate),
    });
  }

  async function commit(shard: Shard, txId: string, path: string, value: unknown): Promise<void> {
    await shard.whenReadable();
    const mod = shard.readSnapshot()!.newModification();
    mod.write(path, value);
    mod.ready();
    await shard.submit({ txId, mod }, 'commit-on-ready');
  }

  it('a commit is one synced journal write: its entry and the commit index that covers it', async () => {
    const dir = tempDir('shard');
    const store = await openRaftStore(dir);
    const shard = start(store);
    await shard.whenReadable();
    await commit(shard, 'warm-up', '/conformance:registry=k', { id: 'k', value: 'v' });
    const before = store.stats();
    const n = 20;
    for (let i = 0; i < n; i++) {
      await commit(shard, `t${i}`, `/conformance:registry=k${i}`, { id: `k${i}`, value: `v${i}` });
    }
    await shard.close();
    const after = store.stats();
    // Before, each commit cost a second, unsynced write of the commit index once it was durable.
    assert.ok(
      after.batches - before.batches <= n + 1,
      `${n} commits: ${after.batches - before.batches} journal writes`,
    );
    assert.equal(after.syncs - before.syncs, n);
    await store.close();
    const reopened = await openRaftStore(dir);
    const loaded = await reopened.group(ID).load();
    assert.equal(
      loaded.hardState.commit,
      loaded.entries.at(-1)?.index,
      'every acknowledged entry is known committed',
    );
    await reopened.close();
  });

  it('concurrent commits share synced writes and every one is durable', async () => {
    const dir = tempDir('shard');
    const store = await openRaftStore(dir);
    const applied: DataTreeCandidate[] = [];
    const shard = start(store, applied);
    await shard.whenReadable();
    const before = store.stats().syncs;
    const n = 200;
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        commit(shard, `t${i}`, `/conformance:registry=k${i}`, { id: `k${i}`, value: `v${i}` }),
      ),
    );
    const syncs = store.stats().syncs - before;
    assert.ok(syncs < n / 4, `${n} commits took ${syncs} synced writes`);
    assert.equal(applied.length, n, 'one candidate per commit, for listeners');
    await shard.close();
    await store.close();

    const reopened = await openRaftStore(dir);
    const again = start(reopened);
    await again.whenReadable();
    const registry = again.readSnapshot()!.read('/conformance:registry') as unknown[];
    assert.equal(registry.length, n, 'every acknowledged commit survived the restart');
    await again.close();
    await reopened.close();
  });

  it('damage in the middle of the journal stops the shard with an error naming it and the entry', async () => {
    const dir = tempDir('shard');
    const store = await openRaftStore(dir);
    const shard = start(store);
    for (let i = 0; i < 6; i++) await commit(shard, `t${i}`, '/conformance:types/i32', i);
    const last = shard.status().journalLastIndex;
    await shard.close();
    await store.close();
    const damaged = last - 3;
    await withRawDb(dir, async (db) => {
      const key = new GroupKeys(ID).entry(damaged);
      const value = await db.get(key);
      assert.ok(value !== undefined);
      const copy = Uint8Array.from(value);
      copy[copy.length - 1]! ^= 0xff;
      await db.put(key, copy);
    });
    const reopened = await openRaftStore(dir);
    const again = start(reopened);
    await again.whenLoaded();
    const status = again.status();
    assert.equal(status.state, 'stopped');
    assert.match(status.reason ?? '', new RegExp(`${ID}.*entry index ${damaged}`));
    await assert.rejects(again.whenReadable(), ShardUnavailableError);
    assert.throws(() => again.readSnapshot(), ShardUnavailableError);
    const refused = again.submit({ txId: 'x', mod: undefined as never }, 'commit-on-ready');
    await assert.rejects(
      refused,
      (e: unknown) => e instanceof ShardUnavailableError && e.message.includes(ID),
    );
    await again.close();
    await reopened.close();
  });

  it('a damaged record after the last entry, as a crash leaves it, is cut and the data survives', async () => {
    const dir = tempDir('shard');
    const store = await openRaftStore(dir);
    const shard = start(store);
    for (let i = 0; i < 4; i++)
      await commit(shard, `t${i}`, `/conformance:registry=k${i}`, { id: `k${i}` });
    const last = shard.status().journalLastIndex;
    await shard.close();
    await store.close();
    await withRawDb(dir, async (db) => {
      // A record for the next index whose bytes never fully reached the disk.
      await db.put(new GroupKeys(ID).entry(last + 1), Uint8Array.of(1, 2, 3, 4, 5, 6, 7));
    });
    const warnings: string[] = [];
    const reopened = await openRaftStore(dir, { onWarning: (w) => warnings.push(w.message) });
    const again = start(reopened);
    await again.whenReadable();
    assert.equal(again.status().state, 'running');
    assert.equal(warnings.length, 1, 'the cut is reported');
    const registry = again.readSnapshot()!.read('/conformance:registry') as unknown[];
    assert.equal(registry.length, 4);
    await commit(again, 'after', '/conformance:types/i32', 1);
    await again.close();
    await reopened.close();
  });
});

describe('shard actor: the voters of its journal', function () {
  this.timeout(30_000);
  let schema: SchemaContext;
  let system: ActorSystem;
  before(async () => {
    schema = await loadTestSchema();
  });
  beforeEach(() => {
    system = ActorSystem.start('shard-actor-voters-test');
  });
  afterEach(() => {
    system.shutdown();
    removeTempDirs();
  });

  function start(store: RaftStore, voters: readonly string[]): Shard {
    return startShard({
      system,
      config: coreConfig(schema, 'a'),
      storage: store.group(ID),
      codecs: { codec: shardCodec, treeCodec: binaryTreeCodec },
      rng: new SeededRng(3),
      logger: silentLogger(),
      network: new InProcessShardNetwork(),
      voters,
      onApplied: () => undefined,
    });
  }

  it('a journal created for other voters refuses to load, naming the replica and both voter sets, and is left as it was', async () => {
    const dir = tempDir('shard-voters');
    let store = await openRaftStore(dir);
    const alone = start(store, [ID]);
    await alone.whenReadable();
    const mod = alone.readSnapshot()!.newModification();
    mod.write('/conformance:registry=k', { id: 'k', value: 'v' });
    mod.ready();
    await alone.submit({ txId: 't1', mod }, 'commit-on-ready');
    await alone.close();
    await store.close();
    const before = await withRawDb(dir, async (db) => {
      const all: string[] = [];
      for await (const [k, v] of db.iterator())
        all.push(`${Buffer.from(k).toString('hex')}=${Buffer.from(v).toString('hex')}`);
      return all;
    });

    store = await openRaftStore(dir);
    const group = ['member-2-shard-a-config', ID, 'member-3-shard-a-config'];
    const shard = start(store, group);
    await shard.whenLoaded();
    const status = shard.status();
    assert.equal(status.state, 'stopped');
    assert.match(
      status.reason ?? '',
      new RegExp(
        `shard ${ID}: its journal belongs to a group of the voters \\[${ID}\\], but ` +
          'module-shards.conf lists \\[member-1-shard-a-config, member-2-shard-a-config, ' +
          "member-3-shard-a-config\\]; changing a shard's replicas is not in this release",
      ),
    );
    assert.throws(() => shard.readSnapshot(), ShardUnavailableError);
    await shard.close();
    await store.close();
    const after = await withRawDb(dir, async (db) => {
      const all: string[] = [];
      for await (const [k, v] of db.iterator())
        all.push(`${Buffer.from(k).toString('hex')}=${Buffer.from(v).toString('hex')}`);
      return all;
    });
    assert.deepEqual(after, before, 'the refused start changed the journal');

    // With the voters it was created for, it starts and holds the commit.
    store = await openRaftStore(dir);
    const again = start(store, [ID]);
    await again.whenReadable();
    assert.deepEqual(again.readSnapshot()!.read('/conformance:registry=k'), {
      id: 'k',
      value: 'v',
    });
    await again.close();
    await store.close();
  });

  it('storedVoters follows the snapshot membership and every change in the log', () => {
    const state = {
      hardState: { term: 2, vote: null, commit: 4 },
      snapshot: {
        meta: { index: 2, term: 1, confState: { voters: ['b', 'a'], learners: [] } },
        data: new Uint8Array(),
      },
      entries: [
        {
          type: 'config-change' as const,
          term: 2,
          index: 3,
          change: { type: 'add-voter' as const, node: 'c' },
        },
        {
          type: 'config-change' as const,
          term: 2,
          index: 4,
          change: { type: 'remove-node' as const, node: 'a' },
        },
        {
          type: 'config-change' as const,
          term: 2,
          index: 5,
          change: { type: 'add-learner' as const, node: 'b' },
        },
      ],
    };
    assert.deepEqual(storedVoters(state), ['c']);
  });
});

/**
 * Goal: a multi-shard transaction (two-phase commit across shards) committed by a member whose
 * replicas follow, through shard leaders on other members, over real cluster transports. Method:
 * three members in one process, each with a LevelDB journal and a replica of three shards
 * (`default`, `a`, `b` of the shard-sim schema: /sim:a and /sim:b are prefix shards), Raft and the
 * shards' peer messages over the in-process network, and the proxies' requests over real
 * ClusterTransports with a ShardService per member; each member's clients are the production
 * TransactionProxy over a ClusterShardLocator. One member's leaderships are moved away first, so its
 * every commit goes through other members.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ShardService } from '../../src/cluster/shard-service.js';
import type { ClusterTransport } from '../../src/cluster/transport.js';
import { openRaftStore, type RaftStore } from '../../src/persistence/raft-store.js';
import { ActorSystem } from '../../src/runtime/actors.js';
import { silentLogger } from '../../src/runtime/logger.js';
import { realTimers } from '../../src/runtime/timers.js';
import { ShardRouter } from '../../src/shard/routing.js';
import { startShard, type Shard } from '../../src/shard/shard-actor.js';
import { InProcessShardNetwork } from '../../src/shard/shard-network.js';
import { binaryTreeCodec } from '../../src/shard/tree-codec.js';
import { DataTree } from '../../src/tree/data-tree.js';
import { pathCodec } from '../../src/tree/path.js';
import { ClusterShardLocator, replicaIdOf } from '../../src/txn/cluster-locator.js';
import { IdleTracker, type ProxyContext } from '../../src/txn/context.js';
import { ShardClient } from '../../src/txn/shard-client.js';
import { TransactionProxy } from '../../src/txn/transaction-proxy.js';
import { VisibilityGate } from '../../src/txn/visibility-gate.js';
import { SeededRng } from '../../src/util/rng.js';
import { shardCodec } from '../../src/wire/shard-codec.js';
import type { SchemaContext } from '../../src/yang/schema.js';
import { loadSimSchema } from '../support/shard-sim/world.js';
import { membersOnFreePorts, startTransport, until } from '../support/transport-cluster.js';

const MEMBERS = ['member-1', 'member-2', 'member-3'];
const SHARDS = ['a', 'b', 'default'];
const OPERATION_TIMEOUT_MS = 5000;

interface Member {
  readonly name: string;
  readonly store: RaftStore;
  readonly shards: Map<string, Shard>;
  readonly timer: NodeJS.Timeout;
  transport?: ClusterTransport;
  service?: ShardService;
  ctx?: ProxyContext;
}

describe('remote replicas: a multi-shard transaction through leaders on other members', function () {
  this.timeout(60_000);
  let schema: SchemaContext;
  let root = '';
  let system: ActorSystem | undefined;
  let members: Member[] = [];

  before(async () => {
    schema = await loadSimSchema();
  });

  afterEach(async () => {
    for (const m of members) {
      m.service?.close();
      await m.transport?.close();
      m.ctx?.idle.stop();
      for (const s of m.shards.values()) await s.kill();
      clearInterval(m.timer);
      await m.store.close();
    }
    members = [];
    system?.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  function router(): ShardRouter {
    return new ShardRouter(schema, {
      prefixes: ['a', 'b'].map((name) => ({
        prefix: `/sim:${name}`,
        namespace: 'urn:canopy:test:sim',
        module: 'sim',
        shard: name,
      })),
      moduleShards: new Map(),
      defaultShard: 'default',
      replicas: new Map(SHARDS.map((s) => [s, MEMBERS])),
    });
  }

  async function start(): Promise<void> {
    root = mkdtempSync(join(tmpdir(), 'canopy-remote-2pc-'));
    system = ActorSystem.start(`remote-2pc-${root.split('-').pop()}`);
    const network = new InProcessShardNetwork({ timers: realTimers });
    let seed = 1;
    for (const name of MEMBERS) {
      const store = await openRaftStore(join(root, name));
      const shards = new Map<string, Shard>();
      for (const shard of SHARDS) {
        const id = replicaIdOf(name, shard, 'config');
        shards.set(
          shard,
          startShard({
            system,
            config: {
              id,
              shardName: shard,
              schema,
              treeType: 'config',
              commitQueueCapacity: 1000,
              snapshotBatchCount: 20_000,
              snapshotThresholdBytes: 64 * 1024 * 1024,
              snapshotReplayBytesMin: 0,
              commitTimeoutTicks: 1500,
              idleTimeoutTicks: 30_000,
              resolveRetryTicks: 50,
              electionTicks: 25,
              heartbeatTicks: 1,
              inflightAppendsMax: 256,
              appendBytesMax: 1024 * 1024,
              snapshotChunkBytes: 1024 * 1024,
            },
            storage: store.group(id),
            codecs: { codec: shardCodec, treeCodec: binaryTreeCodec },
            rng: new SeededRng(seed++),
            logger: silentLogger(),
            network,
            voters: MEMBERS.map((m) => replicaIdOf(m, shard, 'config')),
            onApplied: () => undefined,
          }),
        );
      }
      const timer = setInterval(() => {
        for (const s of shards.values()) s.tick();
      }, 20);
      members.push({ name, store, shards, timer });
    }
    const addresses = await membersOnFreePorts(3);
    for (const m of members) {
      const { transport } = await startTransport(addresses, m.name);
      const service = ShardService.start({
        transport,
        timers: realTimers,
        abandonAfterMs: 4 * OPERATION_TIMEOUT_MS,
      });
      for (const shard of m.shards.values()) {
        service.serve(shard.id, { replica: shard, schema, treeType: 'config' });
      }
      m.transport = transport;
      m.service = service;
      m.ctx = context(m, service);
    }
    await until(
      () =>
        members.every((m) =>
          members.every((o) => o === m || m.transport!.peerState(o.name) === 'connected'),
        ),
      5000,
    );
  }

  function context(m: Member, service: ShardService): ProxyContext {
    const scratch = new DataTree(schema, { treeType: 'config' });
    let counter = 0;
    return {
      storeName: 'config',
      router: router(),
      paths: pathCodec(schema),
      shards: new ShardClient(
        new ClusterShardLocator({
          member: m.name,
          datastore: 'config',
          schema,
          placement: () => MEMBERS,
          local: (shard) => m.shards.get(shard),
          remote: service.remote,
        }),
        realTimers,
      ),
      localShards: [],
      visibility: new VisibilityGate([], OPERATION_TIMEOUT_MS / 2, realTimers),
      operationTimeoutMs: OPERATION_TIMEOUT_MS,
      readableTimeoutMs: OPERATION_TIMEOUT_MS,
      nextTransactionId: () => `${m.name}-tx-${++counter}`,
      checkOpen: () => undefined,
      scratchModification: () => scratch.takeSnapshot().newModification(),
      idle: new IdleTracker(600_000, realTimers),
      timers: realTimers,
    };
  }

  function leaderOf(shard: string): string | undefined {
    return members.find((m) => m.shards.get(shard)!.status().role === 'leader')?.name;
  }

  it('a member leading no shard commits a transaction over two shards, all or nothing, and reads it back from every member', async () => {
    await start();
    await until(() => SHARDS.every((s) => leaderOf(s) !== undefined), 10_000);
    // A member that leads none of the shards, if there is one; else the one leading fewest.
    const leads = (name: string): number => SHARDS.filter((s) => leaderOf(s) === name).length;
    const client = [...members].sort((x, y) => leads(x.name) - leads(y.name))[0]!;
    assert.ok(
      ['a', 'b'].some((s) => leaderOf(s) !== client.name),
      'a participant is led on another member',
    );
    const tx = new TransactionProxy(client.ctx!, true);
    tx.write('/sim:a/r=1', { k: '1', v: 10 });
    tx.write('/sim:b/r=1', { k: '1', v: 20 });
    await tx.commit();
    for (const m of members) {
      const ro = new TransactionProxy(m.ctx!, false, undefined, 'linearizable');
      assert.deepEqual(await ro.read('/sim:a/r=1'), { k: '1', v: 10 }, m.name);
      assert.deepEqual(await ro.read('/sim:b/r=1'), { k: '1', v: 20 }, m.name);
      ro.close();
    }
    // A read-modify-write over both shards from the same member, built on its followers' reads.
    const rmw = new TransactionProxy(client.ctx!, true);
    const a = (await rmw.read('/sim:a/r=1')) as { v: number };
    const b = (await rmw.read('/sim:b/r=1')) as { v: number };
    rmw.write('/sim:a/r=1', { k: '1', v: b.v });
    rmw.write('/sim:b/r=1', { k: '1', v: a.v });
    await rmw.commit();
    const check = new TransactionProxy(members[0]!.ctx!, false, undefined, 'linearizable');
    assert.deepEqual(await check.read('/sim:a/r=1'), { k: '1', v: 20 });
    assert.deepEqual(await check.read('/sim:b/r=1'), { k: '1', v: 10 });
    check.close();
    for (const m of members) assert.equal(m.service!.remote.inFlight, 0, m.name);
  });
});

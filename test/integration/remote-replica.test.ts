/**
 * Goal: a member's transaction proxies reach the shard leader on another member over real cluster
 * transports (issue 11 point 4, the proxy half; point 3's fail-fast). Method: a replicated group of
 * three shard actors with LevelDB journals (test/support/replicated-group.ts; Raft runs over the
 * in-process network), and four real ClusterTransports on 127.0.0.1, each member with its
 * ClusterService and ShardService (src/cluster/shard-service.ts): members 1-3 hold a replica of the
 * shard, member 4 holds none. Every member's clients are the production TransactionProxy over a
 * ShardClient and a ClusterShardLocator (its own replica first, then the others through the shard
 * service). A follower member commits through the leader's member; reads are linearizable from every
 * member (a follower through its ReadIndex, member 4 by the leader's tree shipped); a member whose
 * peers are all stopped fails at once with a typed error; a commit in flight when the leader's member
 * goes away fails at once as CommitOutcomeUnknownError.
 */
import { strict as assert } from 'node:assert';
import { ClusterService } from '../../src/cluster/cluster-service.js';
import { ShardService } from '../../src/cluster/shard-service.js';
import type { ClusterTransport } from '../../src/cluster/transport.js';
import type { ClusterMember, MembershipSettings } from '../../src/config/types.js';
import { realTimers } from '../../src/runtime/timers.js';
import { CommitOutcomeUnknownError, NoShardLeaderError } from '../../src/shard/errors.js';
import { ShardRouter } from '../../src/shard/routing.js';
import { DataTree } from '../../src/tree/data-tree.js';
import { pathCodec } from '../../src/tree/path.js';
import { ClusterShardLocator } from '../../src/txn/cluster-locator.js';
import { IdleTracker, type ProxyContext } from '../../src/txn/context.js';
import { ShardClient } from '../../src/txn/shard-client.js';
import { TransactionProxy } from '../../src/txn/transaction-proxy.js';
import { VisibilityGate } from '../../src/txn/visibility-gate.js';
import type { SchemaContext } from '../../src/yang/schema.js';
import { GROUP_SHARD, groupReplicaId, ReplicatedGroup } from '../support/replicated-group.js';
import { loadTestSchema } from '../support/store-schema.js';
import { membersOnFreePorts, startTransport } from '../support/transport-cluster.js';

const REGISTRY = '/conformance:registry';
const HOLDERS = ['member-1', 'member-2', 'member-3'];

const FAST: MembershipSettings = {
  heartbeatIntervalMs: 50,
  phiThreshold: 8,
  acceptableHeartbeatPauseMs: 150,
  minStdDeviationMs: 30,
  firstHeartbeatEstimateMs: 50,
  maxSampleSize: 200,
  downAfterMs: 1500,
};

function entry(key: string): string {
  return `${REGISTRY}=${key}`;
}

interface Node {
  readonly name: string;
  readonly transport: ClusterTransport;
  readonly membership: ClusterService;
  readonly service: ShardService;
  readonly ctx: ProxyContext;
  stopped: boolean;
}

describe('remote replicas: proxies reach shard leaders on other members over the cluster transport', function () {
  this.timeout(60_000);
  let schema: SchemaContext;
  let group: ReplicatedGroup | undefined;
  let nodes: Node[] = [];
  let cutLeader = '';

  before(async () => {
    schema = await loadTestSchema();
  });

  afterEach(async () => {
    for (const n of nodes) await stop(n);
    nodes = [];
    await group?.close();
    group = undefined;
    cutLeader = '';
  });

  async function stop(n: Node): Promise<void> {
    if (n.stopped) return;
    n.stopped = true;
    n.service.close();
    await n.membership.close();
    await n.transport.close();
    n.ctx.idle.stop();
  }

  async function startCluster(operationTimeoutMs = 5000): Promise<ReplicatedGroup> {
    group = await ReplicatedGroup.start({
      schema,
      members: HOLDERS,
      operationTimeoutMs,
      // While `cutLeader` names a replica, its appends carrying entries are lost: it cannot commit.
      faults: (e) =>
        e.from === cutLeader && e.message.type === 'append-entries' && e.message.entries.length > 0
          ? { drop: true }
          : undefined,
    });
    const members = await membersOnFreePorts(4);
    for (const m of members)
      nodes.push(await startNode(group, members, m.name, operationTimeoutMs));
    return group;
  }

  async function startNode(
    g: ReplicatedGroup,
    members: readonly ClusterMember[],
    name: string,
    operationTimeoutMs: number,
  ): Promise<Node> {
    const { transport } = await startTransport(members, name);
    const membership = ClusterService.start({
      transport,
      members: members.map((m) => m.name),
      settings: FAST,
    });
    const holds = HOLDERS.includes(name);
    const service = ShardService.start({
      transport,
      membership,
      timers: realTimers,
      abandonAfterMs: 4 * operationTimeoutMs,
      lookup: (replicaId) =>
        holds && replicaId === groupReplicaId(name) && g.running(name)
          ? { replica: g.shard(name), schema, treeType: 'config' }
          : undefined,
    });
    const locator = new ClusterShardLocator({
      member: name,
      datastore: 'config',
      schema,
      placement: (shard) => (shard === GROUP_SHARD ? HOLDERS : undefined),
      local: (shard) => (holds && shard === GROUP_SHARD ? g.shard(name) : undefined),
      remote: service.remote,
    });
    const router = new ShardRouter(schema, {
      prefixes: [],
      moduleShards: new Map(),
      defaultShard: GROUP_SHARD,
      replicas: new Map([[GROUP_SHARD, HOLDERS]]),
    });
    const scratch = new DataTree(schema, { treeType: 'config' });
    let counter = 0;
    const ctx: ProxyContext = {
      storeName: 'config',
      router,
      paths: pathCodec(schema),
      shards: new ShardClient(locator, realTimers),
      localShards: [],
      visibility: new VisibilityGate([], operationTimeoutMs / 2, realTimers),
      operationTimeoutMs,
      readableTimeoutMs: operationTimeoutMs,
      nextTransactionId: () => `${name}-tx-${++counter}`,
      checkOpen: () => undefined,
      scratchModification: () => scratch.takeSnapshot().newModification(),
      idle: new IdleTracker(600_000, realTimers),
      timers: realTimers,
    };
    return { name, transport, membership, service, ctx, stopped: false };
  }

  function node(name: string): Node {
    return nodes.find((n) => n.name === name)!;
  }

  async function connected(): Promise<void> {
    await group!.until(
      () =>
        nodes.every((n) =>
          nodes.every(
            (o) =>
              o === n ||
              (n.transport.peerState(o.name) === 'connected' &&
                n.membership.state(o.name) === 'up'),
          ),
        ),
      'every member connected and up',
    );
  }

  async function put(member: string, key: string): Promise<void> {
    const tx = new TransactionProxy(node(member).ctx, true);
    tx.write(entry(key), { id: key, value: `${key}@${member}` });
    await tx.commit();
  }

  async function get(member: string, key: string): Promise<unknown> {
    const tx = new TransactionProxy(node(member).ctx, false, undefined, 'linearizable');
    try {
      return await tx.read(entry(key));
    } finally {
      tx.close();
    }
  }

  it('a follower member commits through the leader on another member, and every member reads it linearizably', async () => {
    const g = await startCluster();
    await connected();
    const leader = await g.waitForLeader();
    const follower = HOLDERS.find((m) => m !== leader)!;
    const leaderService = node(leader).service.remote;
    await put(follower, 'a');
    // Read right after the acknowledgment, from every member: a follower (ReadIndex at the leader,
    // then its own tree), the leader, and member-4, which holds no replica (the tree shipped).
    for (const m of [...HOLDERS, 'member-4']) {
      assert.deepEqual(await get(m, 'a'), { id: 'a', value: `a@${follower}` }, m);
    }
    await put('member-4', 'b');
    for (const m of [...HOLDERS, 'member-4']) {
      assert.deepEqual(await get(m, 'b'), { id: 'b', value: 'b@member-4' }, m);
    }
    // A read-modify-write from member-4 is judged against the snapshot it read (rebased at the
    // leader): a concurrent change in between fails it with OptimisticLockFailedError.
    const tx = new TransactionProxy(node('member-4').ctx, true);
    assert.deepEqual(await tx.read(entry('a')), { id: 'a', value: `a@${follower}` });
    await put(leader, 'a');
    tx.write(entry('a'), { id: 'a', value: 'stale' });
    await assert.rejects(
      tx.commit(),
      (e: unknown) => (e as { code?: string }).code === 'optimistic-lock-failed',
    );
    assert.deepEqual(await get(follower, 'a'), { id: 'a', value: `a@${leader}` });
    assert.equal(leaderService.inFlight, 0);
    assert.equal(g.leader(), leader, 'one leader throughout');
  });

  it('a commit in flight when the leader member goes away fails at once as CommitOutcomeUnknownError', async () => {
    const g = await startCluster(10_000);
    await connected();
    const leader = await g.waitForLeader();
    await put('member-4', 'before');
    cutLeader = groupReplicaId(leader);
    const started = performance.now();
    const pending = put('member-4', 'held');
    const outcome = pending.then(
      () => 'committed',
      (e: unknown) => e,
    );
    await new Promise((r) => setTimeout(r, 200));
    await stop(node(leader));
    const error = await outcome;
    const tookMs = performance.now() - started;
    assert.ok(error instanceof CommitOutcomeUnknownError, String(error));
    assert.ok(tookMs < 3000, `failed after ${Math.round(tookMs)} ms, not at once`);
  });

  it('a member whose peers holding the shard are all stopped fails at once with NoShardLeaderError', async () => {
    const g = await startCluster(10_000);
    await connected();
    await g.waitForLeader();
    await put('member-4', 'before');
    for (const m of HOLDERS) await stop(node(m));
    const m4 = node('member-4');
    await g.until(
      () => HOLDERS.every((m) => m4.membership.state(m) !== 'up'),
      'member-4 sees the holders unreachable',
    );
    const started = performance.now();
    await assert.rejects(put('member-4', 'after'), NoShardLeaderError);
    await assert.rejects(get('member-4', 'before'), NoShardLeaderError);
    const tookMs = performance.now() - started;
    assert.ok(tookMs < 2000, `failed after ${Math.round(tookMs)} ms; the timeout is 10 s`);
  });
});

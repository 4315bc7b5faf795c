/**
 * Goal: a replicated shard group whose replicas talk over real TCP (each member its own
 * ClusterTransport and TransportShardNetwork, src/cluster/shard-transport-network.ts) works as over the
 * in-process network: one leader, every commit on every replica in the same order, a killed leader
 * replaced with nothing acknowledged lost, and a replica that fell behind the leader's snapshot catches
 * up by a snapshot much larger than the transport's frame limit (cut into chunks, reassembled).
 *
 * Method: test/support/replicated-group.ts with `overTcp` (real actors, LevelDB journals, sockets on
 * 127.0.0.1).
 */
import { strict as assert } from 'node:assert';
import type { SchemaContext } from '../../src/yang/schema.js';
import { loadTestSchema } from '../support/store-schema.js';
import { ReplicatedGroup } from '../support/replicated-group.js';
import { TEST_TRANSPORT_SETTINGS } from '../support/transport-cluster.js';

const REGISTRY = '/conformance:registry';

async function put(
  group: ReplicatedGroup,
  key: string,
  member?: string,
  value = key,
): Promise<void> {
  const tx = group.newReadWriteTransaction(member);
  tx.write(`${REGISTRY}=${key}`, { id: key, value });
  await tx.commit();
}

async function keysOn(group: ReplicatedGroup, member: string): Promise<string[]> {
  const snapshot = await group.localSnapshot(member);
  const list = snapshot.read(REGISTRY) as { id: string }[] | undefined;
  return (list ?? []).map((e) => e.id).sort();
}

async function sameTrees(group: ReplicatedGroup, members: readonly string[]): Promise<boolean> {
  const bytes = await Promise.all(members.map((m) => group.treeBytes(m)));
  return bytes.every((b) => Buffer.from(b).equals(Buffer.from(bytes[0]!)));
}

describe('a replicated shard group over the cluster transport (real TCP between members)', function () {
  this.timeout(60_000);
  let schema: SchemaContext;
  let group: ReplicatedGroup | undefined;

  before(async () => {
    schema = await loadTestSchema();
  });
  afterEach(async () => {
    await group?.close();
    group = undefined;
  });

  it('elects one leader; commits from every member reach every replica in one order, in batches', async () => {
    group = await ReplicatedGroup.start({ schema, overTcp: true });
    const g = group;
    const leader = await g.waitForLeader();
    for (let i = 0; i < 12; i++) await put(g, `k${i}`, g.members[i % 3]);
    await g.until(
      async () =>
        (await Promise.all(g.members.map((m) => keysOn(g, m)))).every((k) => k.length === 12),
      'every replica',
    );
    const orders = g.members.map((m) => g.applied(m).map((c) => c.txId));
    assert.deepEqual(orders[1], orders[0]);
    assert.deepEqual(orders[2], orders[0]);
    assert.ok(await sameTrees(g, g.members));
    const c = g.tcp.get(leader)!.network.counters;
    assert.ok(c.transportMessages <= c.raftSent, JSON.stringify(c));
    assert.equal(c.undecodable + c.unknownReplica, 0, JSON.stringify(c));
  });

  it('a killed leader is replaced; writes continue; the old leader restarts and converges', async () => {
    group = await ReplicatedGroup.start({ schema, overTcp: true });
    const g = group;
    const first = await g.waitForLeader();
    for (let i = 0; i < 5; i++) await put(g, `a${i}`, first);
    await g.kill(first);
    const next = await g.waitForLeader(10_000);
    assert.notEqual(next, first);
    for (let i = 0; i < 5; i++) await put(g, `b${i}`, next);
    await g.restart(first);
    await g.until(async () => (await keysOn(g, first)).length === 10, 'the restarted replica');
    assert.ok(await sameTrees(g, g.members));
  });

  it('a replica behind the snapshot catches up by a snapshot far larger than a frame', async () => {
    const frameBytesMax = 64 * 1024;
    group = await ReplicatedGroup.start({
      schema,
      overTcp: true,
      core: { snapshotBatchCount: 20, snapshotChunkBytes: 256 * 1024 },
      transportSettings: {
        ...TEST_TRANSPORT_SETTINGS,
        frameBytesMax,
        chunkBytes: frameBytesMax - 1024,
      },
    });
    const g = group;
    const leader = await g.waitForLeader();
    const behind = g.members.find((m) => m !== leader)!;
    await g.stop(behind);
    const big = 'x'.repeat(20_000);
    for (let i = 0; i < 60; i++) await put(g, `big${i}`, leader, big);
    await g.until(() => g.status(leader).snapshotIndex > 20, 'a snapshot on the leader');
    const before = g.tcp
      .get(behind)!
      .transport.stats()
      .find((p) => p.member === leader)!;
    await g.restart(behind);
    await g.until(
      async () => (await keysOn(g, behind)).length === 60,
      'the snapshot install',
      20_000,
    );
    assert.ok(await sameTrees(g, g.members));
    const after = g.tcp
      .get(behind)!
      .transport.stats()
      .find((p) => p.member === leader)!;
    const bytes = after.bytesReceived - before.bytesReceived;
    assert.ok(bytes > 1_000_000, `${bytes} bytes received`);
    assert.ok(
      after.framesReceived - before.framesReceived > bytes / frameBytesMax,
      'cut into frames below the limit',
    );
    assert.ok(
      g.applied(behind).some((c) => c.snapshot === true) || g.status(behind).snapshotIndex > 0,
    );
  });
});

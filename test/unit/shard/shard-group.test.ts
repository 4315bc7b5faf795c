/**
 * Goal: a shard as a multi-member Raft group in the pure core (issue 10, point 1). The leader queues,
 * validates and proposes; a commit is acknowledged only once a majority holds its entry and the
 * leader applied it; followers apply the same entries in the same order (their listeners see them);
 * followers and a leader not yet caught up refuse transaction work naming the leader; losing the
 * leadership answers everything in flight (not proposed: not-leader; proposed: outcome unknown) and
 * resets the tip; a new leader rebuilds the two-phase state from the applied log; linearizable reads
 * go through one ReadIndex round; local reads may be stale; a lagging replica catches up by a
 * snapshot of the tree; a learner is promoted once caught up. Method: real ShardCores (tree, Raft,
 * codecs), each driven by the shared drain step over an in-memory disk, in a ShardGroup that routes
 * Raft messages and can cut members off (core-driver.ts).
 */
import { strict as assert } from 'node:assert';
import {
  CommitOutcomeUnknownError,
  NotShardLeaderError,
  ShardUnavailableError,
} from '../../../src/shard/errors.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { readValue, ShardGroup, type ShardDriver } from './core-driver.js';

const I32 = '/conformance:types/i32';
const U8 = '/conformance:types/u8';
const MEMBERS = ['member-1', 'member-2', 'member-3'];

function failedWith(outcome: unknown, cls: abstract new (...args: never[]) => Error): Error {
  const o = outcome as { ok: boolean; error?: Error } | undefined;
  assert.ok(o !== undefined && !o.ok, `expected a failure, got ${JSON.stringify(o)}`);
  assert.ok(
    o.error instanceof cls,
    `expected ${cls.name}, got ${o.error?.name}: ${o.error?.message}`,
  );
  return o.error;
}

function write(r: ShardDriver, txId: string, path: string, value: number): number {
  const mod = r.newModification();
  mod.write(path, value);
  return r.submit(txId, mod, 'commit-on-ready');
}

function others(leader: string): string[] {
  return MEMBERS.filter((m) => m !== leader);
}

describe('shard group: a shard replicated on three members', () => {
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  it('elects one leader; a commit is applied on every replica, in the same order', () => {
    const g = new ShardGroup(schema, 'a', MEMBERS);
    const leader = g.elect();
    const l = g.get(leader);
    const ids: number[] = [];
    for (let i = 1; i <= 5; i++) {
      ids.push(write(l, `t${i}`, I32, i));
      g.settle();
    }
    g.tick(2); // the followers learn the commit index with the next heartbeat
    for (const id of ids) assert.deepEqual(l.outcome(id), { ok: true });
    assert.equal(l.read(I32), 5);
    for (const m of MEMBERS) {
      const r = g.get(m);
      const read = r.requestRead('local');
      g.settle();
      assert.equal(readValue(r.reads.get(read), I32), 5, `${m} applied every commit`);
      assert.equal(r.applied.length, 5, `${m}'s listeners saw the five commits`);
    }
  });

  it('acknowledges a commit only once a majority holds it, and never with a minority', () => {
    const g = new ShardGroup(schema, 'a', MEMBERS);
    const leader = g.elect();
    const [f1, f2] = others(leader);
    const l = g.get(leader);
    g.cut.add(f1!);
    g.cut.add(f2!);
    const id = write(l, 't1', I32, 1);
    g.settle();
    assert.equal(l.outcome(id), undefined, 'durable on the leader alone: not acknowledged');
    assert.equal(l.read(I32), undefined, 'nor visible');
    g.cut.delete(f1!);
    g.settle();
    g.tick(1);
    assert.deepEqual(l.outcome(id), { ok: true }, 'a majority (leader and one follower) holds it');
    assert.equal(l.read(I32), 1);
  });

  it('followers refuse transaction work, naming the leader replica and member', () => {
    const g = new ShardGroup(schema, 'a', MEMBERS);
    const leader = g.elect();
    const follower = g.get(others(leader)[0]!);
    const mod = g.get(leader).newModification();
    mod.write(I32, 1);
    const id = follower.submit('t1', mod, 'commit-on-ready');
    const error = failedWith(follower.outcome(id), NotShardLeaderError);
    assert.ok(error instanceof NotShardLeaderError);
    assert.deepEqual(error.leader, { replica: `${leader}-shard-a-config`, member: leader });
    assert.equal(error.code, 'shard-not-leader');
    const cc = follower.request('canCommit', 't9');
    failedWith(follower.outcome(cc), NotShardLeaderError);
  });

  it('on losing the leadership, fails queued work as not-leader and proposed work as unknown', () => {
    // A long commit timeout: t0 holds the queue head until the leadership is lost.
    const g = new ShardGroup(schema, 'a', MEMBERS, { commitTimeoutTicks: 1000 });
    const leader = g.elect();
    const l = g.get(leader);
    // The followers are cut off: t1 is proposed, durable on the leader only.
    g.cut.add(others(leader)[0]!);
    g.cut.add(others(leader)[1]!);
    const proposed = write(l, 't1', I32, 1);
    // A multi-shard transaction this shard coordinates holds the queue head; t2 queues behind it.
    const mod0 = l.newModification();
    mod0.write(U8, 1);
    const ready0 = l.submit('t0', mod0, 'three-phase', ['a', 'z']);
    const cc = l.request('canCommit', 't0');
    const pc = l.request('preCommit', 't0');
    g.settle();
    assert.deepEqual(
      [ready0, cc, pc].map((id) => l.outcome(id)),
      [{ ok: true }, { ok: true }, { ok: true }],
    );
    const queued = write(l, 't2', I32, 2);
    g.settle();
    assert.equal(l.outcome(proposed), undefined);
    assert.equal(l.core.status().queueLength, 2, 't0 holds the head, t2 waits');
    g.tick(30); // check-quorum: the leader steps down
    assert.notEqual(l.core.status().role, 'leader');
    failedWith(l.outcome(proposed), CommitOutcomeUnknownError);
    const notLeader = failedWith(l.outcome(queued), NotShardLeaderError);
    assert.match(notLeader.message, /lost its Raft leadership/);
    assert.equal(l.core.status().queueLength, 0);
    const commit0 = l.request('commit', 't0');
    failedWith(l.outcome(commit0), NotShardLeaderError);
    // Healed, the old leader follows the new one; its tree is the group's, its tip reset.
    g.cut.clear();
    const next = g.elect();
    g.tick(3);
    const n = g.get(next);
    const after = write(n, 't3', I32, 3);
    // t1 (outcome unknown) may or may not have committed: the old leader's longer log may win.
    g.settle();
    g.tick(2);
    assert.deepEqual(n.outcome(after), { ok: true });
    for (const m of MEMBERS) {
      const r = g.get(m);
      const read = r.requestRead('linearizable');
      g.settle();
      assert.equal(readValue(r.reads.get(read), I32), 3, m);
    }
  });

  it('a new leader rebuilds the two-phase state from the applied log and asks the coordinator', () => {
    const g = new ShardGroup(schema, 'b', MEMBERS);
    const leader = g.elect();
    const l = g.get(leader);
    // This shard is a participant ('a' coordinates): its prepare is journaled and replicated.
    const mod = l.newModification();
    mod.write(I32, 7);
    l.submit('t1', mod, 'three-phase', ['a', 'b']);
    l.request('canCommit', 't1');
    const pc = l.request('preCommit', 't1');
    g.settle();
    g.tick(2);
    assert.deepEqual(l.outcome(pc), { ok: true }, 'prepared: durable on a majority');
    g.cut.add(leader);
    const next = g.elect();
    const n = g.get(next);
    assert.equal(n.core.status().inDoubt, 1, 'the prepare with no outcome is in doubt');
    assert.ok(
      n.outbox.some((m) => m.to === 'a' && m.message.type === 'resolve-request'),
      'it asks the coordinator shard',
    );
    assert.equal(n.core.readSnapshot(), undefined, 'no reader sees the shard while in doubt');
    n.core.receive({ type: 'resolve-answer', txId: 't1', outcome: 'commit' });
    g.settle();
    g.tick(2);
    assert.equal(n.core.status().inDoubt, 0);
    assert.equal(n.read(I32), 7, 'the prepared part committed');
  });

  it('serves many linearizable reads with one ReadIndex round, and follower reads too', () => {
    const g = new ShardGroup(schema, 'a', MEMBERS);
    const leader = g.elect();
    const l = g.get(leader);
    write(l, 't1', I32, 1);
    g.settle();
    g.tick(2);
    l.raftOutbox.length = 0;
    const ids = [1, 2, 3, 4, 5].map(() => l.requestRead('linearizable'));
    l.run();
    const heartbeats = l.raftOutbox.filter((m) => m.type === 'heartbeat');
    assert.equal(heartbeats.length, 2, 'one heartbeat round (one per follower) for five reads');
    assert.ok(
      ids.every((id) => !l.reads.has(id)),
      'not answered before the round completes',
    );
    g.settle();
    for (const id of ids) assert.equal(readValue(l.reads.get(id), I32), 1);
    // A follower whose appends are held back learns the read point (which covers t2) from the
    // leader, and answers only once it has applied up to it.
    const f = others(leader)[0]!;
    const follower = g.get(f);
    g.drop = (m) => m.type === 'append-entries' && m.to === follower.config.id;
    write(l, 't2', I32, 2);
    g.settle();
    g.tick(2);
    const fr = follower.requestRead('linearizable');
    g.settle();
    assert.equal(follower.reads.get(fr), undefined, 'the read point is not applied here yet');
    g.drop = undefined;
    g.tick(3);
    assert.equal(readValue(follower.reads.get(fr), I32), 2, 'through the leader, then local');
  });

  it('a cut-off follower serves stale local reads and refuses linearizable ones', () => {
    const g = new ShardGroup(schema, 'a', MEMBERS);
    const leader = g.elect();
    const l = g.get(leader);
    write(l, 't1', I32, 1);
    g.settle();
    g.tick(2);
    const f = others(leader)[0]!;
    g.cut.add(f);
    write(l, 't2', I32, 2);
    g.settle();
    g.tick(2);
    const follower = g.get(f);
    const local = follower.requestRead('local');
    assert.equal(readValue(follower.reads.get(local), I32), 1, 'stale, but committed data');
    const lin = follower.requestRead('linearizable');
    g.tick(40);
    failedWith(follower.reads.get(lin), NotShardLeaderError);
  });

  it('answers every pending read when the replica stops', () => {
    const g = new ShardGroup(schema, 'a', MEMBERS);
    const leader = g.elect();
    const follower = g.get(others(leader)[0]!);
    g.cut.add(leader);
    const pending = follower.requestRead('linearizable');
    follower.core.stop(new Error('disk on fire'));
    follower.collect();
    failedWith(follower.reads.get(pending), ShardUnavailableError);
  });

  it('a lagging replica catches up from a snapshot of the tree sent in chunks', () => {
    const g = new ShardGroup(schema, 'a', MEMBERS, {
      snapshotBatchCount: 5,
      snapshotChunkBytes: 64,
    });
    const leader = g.elect();
    const l = g.get(leader);
    const lagging = others(leader)[0]!;
    g.cut.add(lagging);
    write(l, 't0', U8, 7); // only a snapshot can bring this to the lagging replica
    g.settle();
    for (let i = 1; i <= 20; i++) {
      write(l, `t${i}`, I32, i);
      g.settle();
      g.tick(1);
    }
    assert.ok(l.core.status().journalFirstIndex > 5, 'the leader compacted its log');
    g.cut.delete(lagging);
    g.tick(10);
    const r = g.get(lagging);
    assert.ok(r.core.status().snapshotIndex > 0, 'it installed a snapshot');
    const read = r.requestRead('local');
    assert.equal(readValue(r.reads.get(read), I32), 20);
    assert.equal(readValue(r.reads.get(read), U8), 7, 'restored from the snapshot');
  });

  it('promotes a learner to voter once it has caught up', () => {
    const g = new ShardGroup(schema, 'a', ['member-1', 'member-2'], {}, ['member-3']);
    const leader = g.elect();
    write(g.get(leader), 't1', I32, 1);
    g.settle();
    g.tick(5);
    const voters = g.get(leader).core.raftStatus().confState.voters;
    assert.ok(voters.includes('member-3-shard-a-config'), `voters: ${voters.join(', ')}`);
  });
});

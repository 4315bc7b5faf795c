/**
 * Goal: two-phase commit across shards led by different members (issue 10 point 3), in the pure
 * core. A participant's linearizable readers (at its leader and at its followers) wait while its part
 * of a transaction is prepared and unresolved, so a read asked after the commit was acknowledged (at
 * the coordinator's decision) sees it; a participant in doubt asks the coordinator *shard* (every
 * replica hears the question, only its current leader answers, from its log): commit when the
 * decision is there, presumed abort when it is not; the participant's new leader after a crash
 * resolves the prepare it inherited; nobody holds a prepared transaction once the coordinator shard
 * has a leader again. Method: two shards a (coordinator, first by name) and b, each a three-replica
 * ShardGroup (core-driver.ts) of real ShardCores, their leaders on different members; shard peer
 * messages go to every replica of the shard they name, as the simulator and the transport route
 * them; a member crash cuts it off and restarts its replica from what its disk kept.
 */
import { strict as assert } from 'node:assert';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';
import type { ShardPeerMessage } from '../../../src/shard/shard-types.js';
import { readValue, ShardGroup, type ShardDriver } from './core-driver.js';

const MEMBERS = ['member-1', 'member-2', 'member-3'];
const PATH = { a: '/conformance:types/i32', b: '/conformance:types/u8' } as const;
const PARTICIPANTS = ['a', 'b'];

/** The groups of shards a and b; `settle` routes Raft and shard peer messages until still. */
class Groups {
  readonly a: ShardGroup;
  readonly b: ShardGroup;
  /** Drops the shard peer messages it returns true for (a lost message). */
  lose: ((message: ShardPeerMessage) => boolean) | undefined;

  constructor(schema: SchemaContext) {
    this.a = new ShardGroup(schema, 'a', MEMBERS);
    this.b = new ShardGroup(schema, 'b', MEMBERS);
  }

  group(shard: string): ShardGroup {
    return shard === 'a' ? this.a : this.b;
  }

  settle(): void {
    for (let round = 0; round < 1000; round++) {
      this.a.settle();
      this.b.settle();
      let moved = false;
      for (const from of [this.a, this.b]) {
        for (const [member, r] of from.replicas) {
          for (const m of r.outbox.splice(0)) {
            if (from.cut.has(member) || this.lose?.(m.message) === true) continue;
            const to = this.group(m.to);
            for (const [target, replica] of to.replicas) {
              if (to.cut.has(target)) continue;
              replica.core.receive(m.message);
              moved = true;
            }
          }
        }
      }
      if (!moved) return;
    }
    throw new Error('the groups did not settle');
  }

  tick(n = 1): void {
    for (let i = 0; i < n; i++) {
      for (const g of [this.a, this.b]) for (const r of g.replicas.values()) r.core.tick();
      this.settle();
    }
  }

  /** Ticks until `shard` has a leader that caught up; its member. */
  elect(shard: string): string {
    for (let i = 0; i < 300; i++) {
      const leader = this.group(shard).leader();
      if (leader !== undefined) return leader;
      this.tick();
    }
    throw new Error(`no leader of ${shard}`);
  }

  /** Power loss on `member` for shard `shard`'s replica: cut off, restarted from its disk. */
  crash(shard: string, member: string): void {
    const g = this.group(shard);
    g.cut.add(member);
    g.get(member).crashAndRestart();
  }

  heal(shard: string, member: string): void {
    this.group(shard).cut.delete(member);
  }
}

function expectOk(r: ShardDriver, id: number, what: string): void {
  assert.deepEqual(r.outcome(id), { ok: true }, what);
}

describe('shard core: two-phase commit across shards led by different members', () => {
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  /** Both shards elected, their leaders on different members. */
  function setUp(): { g: Groups; la: string; lb: string } {
    const g = new Groups(schema);
    const la = g.elect('a');
    g.b.cut.add(la);
    const lb = g.elect('b');
    g.b.cut.delete(la);
    g.tick(3);
    assert.notEqual(la, lb, 'the shards are led by different members');
    assert.equal(g.a.leader(), la);
    assert.equal(g.b.leader(), lb);
    return { g, la, lb };
  }

  /** Runs the proxy's phases up to the participant's prepare (durable): a holds its head, b prepared. */
  function prepare(g: Groups, la: string, lb: string, txId = 'tx'): void {
    const ra = g.a.get(la);
    const rb = g.b.get(lb);
    const modA = ra.newModification();
    modA.write(PATH.a, 5);
    expectOk(ra, ra.submit(txId, modA, 'three-phase', PARTICIPANTS), 'a ready');
    const modB = rb.newModification();
    modB.write(PATH.b, 6);
    expectOk(rb, rb.submit(txId, modB, 'three-phase', PARTICIPANTS), 'b ready');
    const checks = [ra.request('canCommit', txId), rb.request('canCommit', txId)];
    g.settle();
    expectOk(ra, checks[0]!, 'a canCommit');
    expectOk(rb, checks[1]!, 'b canCommit');
    const pa = ra.request('preCommit', txId);
    g.settle();
    expectOk(ra, pa, 'a preCommit');
    const pb = rb.request('preCommit', txId);
    g.settle();
    expectOk(rb, pb, 'b prepared (its prepare is durable on a majority)');
  }

  /**
   * The coordinator's decision: the point at which the user's commit is acknowledged. Its push to
   * the participant is lost unless `push` (the participant then learns the outcome otherwise).
   */
  function decide(g: Groups, la: string, txId = 'tx', push = false): void {
    const ra = g.a.get(la);
    const id = ra.request('commit', txId);
    if (!push) g.lose = (m) => m.type === 'resolve-answer';
    g.settle();
    g.lose = undefined;
    expectOk(ra, id, 'the decision is applied: the commit is acknowledged');
  }

  it("the coordinator's leader pushes its applied decision to the participant's leader on another member, which commits and answers the held reads without the proxy's commit", () => {
    const { g, la, lb } = setUp();
    prepare(g, la, lb);
    const rb = g.b.get(lb);
    const held = rb.requestRead('linearizable');
    g.settle();
    decide(g, la, 'tx', true);
    assert.deepEqual(rb.core.unsettledPrepares(), [], 'b settled its part');
    assert.equal(rb.core.status().queueLength, 0, 'b no longer holds its queue');
    g.tick(1);
    assert.equal(readValue(rb.reads.get(held), PATH.b), 6, 'the held read sees the commit');
    assert.equal(g.a.get(la).core.status().decisions, 0, 'b recorded it: forgotten');
  });

  it("a read at the participant asked after the coordinator's decision waits for the participant's outcome and sees the commit, at its leader and at a follower", () => {
    const { g, la, lb } = setUp();
    prepare(g, la, lb);
    decide(g, la);
    const rb = g.b.get(lb);
    const follower = g.b.get(MEMBERS.find((m) => m !== lb)!);
    const atLeader = rb.requestRead('linearizable');
    const atFollower = follower.requestRead('linearizable');
    g.lose = (m) => m.type === 'outcome-query'; // b's question too: b hears nothing of the outcome
    g.tick(3); // ReadIndex rounds confirmed; fewer ticks than the commit timeout
    g.lose = undefined;
    assert.equal(rb.reads.get(atLeader), undefined, 'the leader holds the read');
    assert.equal(follower.reads.get(atFollower), undefined, 'the follower holds the read');
    const local = follower.requestRead('local');
    assert.equal(
      readValue(follower.reads.get(local), PATH.b),
      undefined,
      'a stale read does not wait',
    );
    const commit = rb.request('commit', 'tx');
    g.settle();
    expectOk(rb, commit, 'b committed its part');
    assert.equal(readValue(rb.reads.get(atLeader), PATH.b), 6);
    g.tick(2);
    assert.equal(readValue(follower.reads.get(atFollower), PATH.b), 6);
  });

  it('a read whose read point is before the prepare is answered at once, without it', () => {
    const { g, la, lb } = setUp();
    const rb = g.b.get(lb);
    const early = rb.requestRead('linearizable');
    g.settle(); // the round is confirmed at the read point before the prepare
    prepare(g, la, lb);
    assert.equal(readValue(rb.reads.get(early), PATH.b), undefined);
  });

  it("the participant's new leader after a crash resolves the prepare it inherited with the coordinator shard: commit", () => {
    const { g, la, lb } = setUp();
    prepare(g, la, lb);
    decide(g, la);
    g.crash('b', lb);
    const next = g.elect('b');
    assert.notEqual(next, lb);
    g.tick(10); // marks the prepare in doubt, asks shard a, journals commit-prepared
    const rb = g.b.get(next);
    assert.equal(rb.core.status().inDoubt, 0, 'resolved');
    const read = rb.requestRead('linearizable');
    g.tick(2);
    assert.equal(readValue(rb.reads.get(read), PATH.b), 6);
    g.heal('b', lb);
    g.tick(20);
    const old = g.b.get(lb);
    assert.equal(
      readValue(old.reads.get(old.requestRead('local')), PATH.b),
      6,
      'the old leader too',
    );
    assert.equal(g.a.get(la).core.status().decisions, 0, 'the coordinator forgot the decision');
  });

  it("a participant whose coordinator's leader crashed after the decision learns commit from the coordinator shard's next leader", () => {
    const { g, la, lb } = setUp();
    prepare(g, la, lb);
    decide(g, la);
    g.crash('a', la);
    const rb = g.b.get(lb);
    const read = rb.requestRead('linearizable');
    g.elect('a');
    g.tick(30); // a's next leader confirms its decision with b (or b asks): commit
    assert.equal(rb.core.status().queueLength, 0, 'b no longer holds its queue');
    assert.equal(readValue(rb.reads.get(read), PATH.b), 6, 'the held read sees the commit');
    const mod = rb.newModification();
    mod.write('/conformance:types/u16', 1);
    const after = rb.submit('after', mod, 'commit-on-ready');
    g.settle();
    expectOk(rb, after, 'b commits again');
  });

  it("presumed abort: the coordinator's leader crashed before the decision, its next leader answers abort and the participant drops its part", () => {
    const { g, la, lb } = setUp();
    prepare(g, la, lb);
    g.crash('a', la);
    const rb = g.b.get(lb);
    const read = rb.requestRead('linearizable');
    g.elect('a');
    g.tick(30);
    assert.equal(rb.core.status().queueLength, 0, 'b no longer holds its queue');
    assert.equal(readValue(rb.reads.get(read), PATH.b), undefined, 'the held read sees no commit');
    g.heal('a', la);
    g.tick(20);
    const leaderA = g.a.leader()!;
    assert.equal(g.a.get(leaderA).read(PATH.a), undefined, 'nothing committed on a');
    // The proxy's late commit of the aborted transaction learns it failed.
    const late = rb.request('commit', 'tx');
    g.settle();
    const outcome = rb.outcome(late);
    assert.ok(outcome !== undefined && !outcome.ok, 'the aborted transaction cannot commit');
  });
});

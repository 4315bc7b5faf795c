/**
 * Goal: listeners on any replica (issue 10 point 4). A follower replica becomes readable once its
 * journal is recovered (`readable` effect, `localSnapshot`), and a listener registered there then
 * receives every committed change in commit order from the replica's own apply, with no gap and no
 * duplicate, across leader changes, restarts (a new listener per incarnation) and snapshot installs
 * (one change from the tree before to the snapshot's; subtrees it did not change keep their nodes,
 * so a listener there is not called). Method: a multi-voter ShardGroup of real ShardCores
 * (core-driver.ts); each replica carries a ReplicaListener (test/support/shard-sim/listener-check.ts)
 * that records every change that does not chain onto the one before.
 */
import { strict as assert } from 'node:assert';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { parsePath } from '../../../src/tree/path.js';
import { ShardGroup, type ShardDriver } from './core-driver.js';

const I32 = '/conformance:types/i32';
const U8 = '/conformance:types/u8';
const MEMBERS = ['member-1', 'member-2', 'member-3'];

function write(r: ShardDriver, txId: string, path: string, value: number): number {
  const mod = r.newModification();
  mod.write(path, value);
  return r.submit(txId, mod, 'commit-on-ready');
}

function others(leader: string): string[] {
  return MEMBERS.filter((m) => m !== leader);
}

/** Every replica's listener chained, and its last change is the replica's tree now. */
function assertListenersExact(g: ShardGroup): void {
  for (const [m, r] of g.replicas) {
    r.listener.checkCaughtUp(r.core.localSnapshot()?.root);
    assert.deepEqual(r.listener.violations, [], `${m}: its listener broke the rule`);
  }
}

describe('shard group: listeners on every replica', () => {
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  it('a follower is readable once its journal is recovered, and its tree is the local one', () => {
    const g = new ShardGroup(schema, 'a', MEMBERS);
    const leader = g.elect();
    write(g.get(leader), 't1', I32, 1);
    g.settle();
    g.tick(2);
    for (const m of others(leader)) {
      const r = g.get(m);
      assert.ok(r.readables >= 1, `${m} emitted readable`);
      assert.equal(
        r.core.readSnapshot(),
        undefined,
        `${m}: no linearizable snapshot on a follower`,
      );
      assert.equal(r.core.localSnapshot()?.read(I32), 1, `${m}: its local tree has the commit`);
      assert.ok(r.listener.registered, `${m}: a listener registered`);
    }
  });

  it('a listener on each follower receives every commit in commit order, as the leader applied them', () => {
    const g = new ShardGroup(schema, 'a', MEMBERS);
    const leader = g.elect();
    const l = g.get(leader);
    for (let i = 1; i <= 8; i++) {
      write(l, `t${i}`, I32, i);
      g.settle();
    }
    g.tick(2);
    const expected = l.commits.map((c) => c.txId);
    assert.deepEqual(expected, ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8']);
    for (const m of others(leader)) {
      const seen = g.get(m).listener.seen.map((s) => s.txId);
      assert.deepEqual(seen, expected, `${m}'s listener saw the committed sequence`);
    }
    assertListenersExact(g);
  });

  it('across a leader change: the old leader, now a follower, keeps delivering with no gap or duplicate', () => {
    const g = new ShardGroup(schema, 'a', MEMBERS);
    const first = g.elect();
    for (let i = 1; i <= 3; i++) {
      write(g.get(first), `a${i}`, I32, i);
      g.settle();
    }
    g.cut.add(first);
    // The deposed leader takes one more commit it cannot replicate: its outcome is unknown, and it
    // must never reach a listener unless the new leader's log has it.
    write(g.get(first), 'lost', U8, 9);
    g.settle();
    g.tick(30);
    const second = g.leader();
    assert.ok(second !== undefined && second !== first, 'a new leader among the other two');
    for (let i = 1; i <= 3; i++) {
      write(g.get(second), `b${i}`, I32, 10 + i);
      g.settle();
    }
    g.cut.delete(first);
    g.tick(10);
    const expected = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'];
    for (const m of MEMBERS) {
      const seen = g.get(m).listener.seen.map((s) => s.txId);
      assert.deepEqual(seen, expected, `${m}'s listener saw exactly the committed sequence`);
    }
    assertListenersExact(g);
  });

  it('after a restart a follower is readable again, and a new listener continues from its recovered tree', () => {
    const g = new ShardGroup(schema, 'a', MEMBERS);
    const leader = g.elect();
    const l = g.get(leader);
    for (let i = 1; i <= 3; i++) {
      write(l, `t${i}`, I32, i);
      g.settle();
    }
    g.tick(2);
    const follower = g.get(others(leader)[0]!);
    const before = follower.readables;
    follower.crashAndRestart();
    assert.equal(follower.core.localSnapshot(), undefined, 'not readable while it recovers');
    g.tick(3);
    assert.ok(follower.readables > before, 'readable again once recovered');
    assert.equal(follower.core.localSnapshot()?.read(I32), 3, 'recovered its journal');
    for (let i = 4; i <= 6; i++) {
      write(l, `t${i}`, I32, i);
      g.settle();
    }
    g.tick(2);
    // It registered on the tree of its recovered journal (which may lack the last commit, whose
    // commit index it had not stored): from there on it got every commit, once each.
    const from = follower.listener.registeredAt;
    assert.deepEqual(
      follower.listener.seen.map((s) => s.txId),
      l.commits.filter((c) => c.index > from).map((c) => c.txId),
      'the new listener got what was committed after its initial data, once each',
    );
    assert.deepEqual(follower.listener.seen.map((s) => s.txId).slice(-3), ['t4', 't5', 't6']);
    assertListenersExact(g);
  });

  it('a snapshot install on a readable follower is one change, from its tree to the snapshot’s', () => {
    const g = new ShardGroup(schema, 'a', MEMBERS, {
      snapshotBatchCount: 5,
      snapshotChunkBytes: 64,
    });
    const leader = g.elect();
    const l = g.get(leader);
    write(l, 't0', U8, 7);
    g.settle();
    g.tick(2);
    const lagging = others(leader)[0]!;
    const r = g.get(lagging);
    assert.ok(r.listener.registered && r.listener.seen.length === 1, 'it listened to t0');
    g.cut.add(lagging);
    for (let i = 1; i <= 20; i++) {
      write(l, `t${i}`, I32, i);
      g.settle();
      g.tick(1);
    }
    assert.ok(l.core.status().journalFirstIndex > 5, 'the leader compacted its log');
    const seenBefore = r.commits.length;
    g.cut.delete(lagging);
    g.tick(10);
    const installed = r.commits.slice(seenBefore).filter((c) => c.snapshot === true);
    assert.equal(installed.length, 1, 'the install is one change');
    const change = installed[0]!;
    assert.equal(change.index, r.core.status().snapshotIndex, 'at the snapshot index');
    const i32 = change.candidate.nodeAt(parsePath(schema, I32).steps);
    assert.equal(i32?.modificationType, 'write', 'the changed leaf is a write in the change');
    const u8 = change.candidate.nodeAt(parsePath(schema, U8).steps);
    assert.ok(
      u8 === undefined || u8.before === u8.after,
      'a leaf the install did not change keeps its node (a listener there is not called)',
    );
    assertListenersExact(g);
  });
});

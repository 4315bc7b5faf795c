/**
 * Goal: a transaction built on one replica's snapshot commits on another replica of the shard with
 * its conflicts judged exactly as on the first (docs/ARCHITECTURE.md, "A transaction's snapshot across
 * replicas"): the snapshot carries its applied index, the validating replica re-records the
 * transaction on its own committed root at that index. A commit since that index on what it writes,
 * or on a path it verified unchanged, fails it; commits elsewhere do not; a snapshot the replica does
 * not hold (not applied there yet, or older than its window) fails it with OptimisticLockFailedError
 * and nothing happens. Method: a three-replica ShardGroup (real ShardCores under the drain step); the
 * AppliedTree window on its own.
 */
import { strict as assert } from 'node:assert';
import { OptimisticLockFailedError } from '../../../src/tree/errors.js';
import type { DataTreeModification } from '../../../src/tree/modification.js';
import { AppliedTree } from '../../../src/shard/applied-tree.js';
import { binaryTreeCodec } from '../../../src/shard/tree-codec.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { ShardGroup, type ShardDriver } from './core-driver.js';

const I32 = '/conformance:types/i32';
const U8 = '/conformance:types/u8';
const MEMBERS = ['member-1', 'member-2', 'member-3'];

function commit(g: ShardGroup, r: ShardDriver, txId: string, path: string, value: number): void {
  const mod = r.newModification();
  mod.write(path, value);
  const id = r.submit(txId, mod, 'commit-on-ready');
  g.settle();
  g.tick(2);
  assert.deepEqual(r.outcome(id), { ok: true }, `${txId} did not commit`);
}

/** A modification on `r`'s committed tree as a local read hands it out (any replica). */
function modificationAt(r: ShardDriver): DataTreeModification {
  const id = r.requestRead('local');
  const outcome = r.reads.get(id);
  assert.ok(outcome?.ok === true, `${r.config.id} did not answer a local read`);
  return outcome.snapshot.newModification();
}

describe('shard: a transaction built on another replica snapshot', () => {
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  function group(): { g: ShardGroup; leader: ShardDriver; follower: ShardDriver } {
    const g = new ShardGroup(schema, 'a', MEMBERS);
    const name = g.elect();
    const leader = g.get(name);
    commit(g, leader, 't0', I32, 1);
    const follower = g.get(MEMBERS.find((m) => m !== name)!);
    assert.equal(modificationAt(follower).read(I32), 1, 'the follower applied t0');
    return { g, leader, follower };
  }

  it("commits at the leader from a follower's snapshot, and every replica applies it", () => {
    const { g, leader, follower } = group();
    const mod = modificationAt(follower);
    assert.ok(mod.base.appliedIndex !== undefined, 'the snapshot names its applied index');
    mod.write(U8, 7);
    const id = leader.submit('t1', mod, 'commit-on-ready');
    g.settle();
    g.tick(2);
    assert.deepEqual(leader.outcome(id), { ok: true });
    for (const m of MEMBERS) assert.equal(modificationAt(g.get(m)).read(U8), 7, m);
  });

  it('a commit at the leader since the snapshot, on what the transaction writes, fails it', () => {
    const { g, leader, follower } = group();
    const mod = modificationAt(follower);
    mod.write(I32, 5);
    commit(g, leader, 't1', I32, 2); // after the follower's snapshot
    const id = leader.submit('t2', mod, 'commit-on-ready');
    g.settle();
    const outcome = leader.outcome(id) as { ok: false; error: Error };
    assert.ok(
      !outcome.ok && outcome.error instanceof OptimisticLockFailedError,
      JSON.stringify(outcome),
    );
    assert.equal(leader.read(I32), 2);
  });

  it('a commit since the snapshot on a path it verified unchanged fails it; one elsewhere does not', () => {
    const { g, leader, follower } = group();
    const verified = modificationAt(follower);
    verified.verifyUnchanged(I32);
    verified.write(U8, 3);
    const elsewhere = modificationAt(follower);
    elsewhere.write(U8, 4);
    commit(g, leader, 't1', I32, 9);
    const a = leader.submit('t2', verified, 'commit-on-ready');
    g.settle();
    const failed = leader.outcome(a) as { ok: false; error: Error };
    assert.ok(!failed.ok && failed.error instanceof OptimisticLockFailedError);
    const b = leader.submit('t3', elsewhere, 'commit-on-ready');
    g.settle();
    g.tick(2);
    assert.deepEqual(leader.outcome(b), { ok: true });
    assert.equal(leader.read(U8), 4);
  });

  it('a snapshot older than the window of retained roots fails the commit, changing nothing', () => {
    const g = new ShardGroup(schema, 'a', MEMBERS, { retainedRootsMax: 2 });
    const leaderName = g.elect();
    const leader = g.get(leaderName);
    commit(g, leader, 't0', I32, 1);
    const follower = g.get(MEMBERS.find((m) => m !== leaderName)!);
    const mod = modificationAt(follower);
    mod.write(U8, 1);
    for (let i = 1; i <= 6; i++) commit(g, leader, `t${i}`, I32, 10 + i);
    const id = leader.submit('late', mod, 'commit-on-ready');
    g.settle();
    const outcome = leader.outcome(id) as { ok: false; error: Error };
    assert.ok(
      !outcome.ok && outcome.error instanceof OptimisticLockFailedError,
      JSON.stringify(outcome),
    );
    assert.match(outcome.error.message, /built on a snapshot of another replica at log index \d+/);
    assert.equal(leader.read(U8), undefined);
  });
});

describe('shard: AppliedTree keeps committed roots by log index', () => {
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  it('answers the root at an index from the newest entry at or before it, within its window', () => {
    const tree = new AppliedTree(schema, 'config', binaryTreeCodec);
    const roots: unknown[] = [];
    for (let i = 1; i <= 6; i++) {
      const mod = tree.tip.takeSnapshot().newModification();
      mod.write(I32, i);
      mod.ready();
      tree.applyOps(binaryTreeCodec.encodeModification(mod), false, `t${i}`);
      // Entries at 10, 20, ..., 60; the window keeps at most 2 (trimmed when it reaches 4).
      tree.retain(i * 10, 2);
      roots.push(tree.root);
    }
    assert.equal(tree.rootAt(55, 60), roots[4], 'between entries: the earlier one');
    assert.equal(tree.rootAt(60, 60), roots[5]);
    assert.equal(tree.rootAt(61, 60), undefined, 'not applied here yet');
    assert.equal(tree.rootAt(10, 60), undefined, 'older than the window');
    tree.retain(60, 2);
    assert.equal(tree.rootAt(60, 60), roots[5], 'an unchanged root is not kept twice');
  });
});

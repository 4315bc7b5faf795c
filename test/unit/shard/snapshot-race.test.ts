/**
 * Goal: a follower's own snapshot and a snapshot from its leader never leave its journal going back.
 * A snapshot the replica takes while the leader's snapshot is being saved would reach the storage
 * after it, older than what it holds (found by `sim:shards --seed 15 --members 3 --mix crash --span
 * --bug coordinator-ack-before-durable`: a restarted follower ticked while installing the leader's
 * snapshot); and a local snapshot whose save completes after the leader's was installed is stale and
 * must not move the log view back. Method: a real three-replica ShardGroup (core-driver.ts) whose
 * lagging follower runs the shared drain step over a port that holds its snapshot saves and its
 * Ready saves until the test completes them, writing each to the replica's storage in call order.
 */
import { strict as assert } from 'node:assert';
import type { Ready } from '../../../src/raft/raft-core.js';
import type { RaftMessage, Snapshot } from '../../../src/raft/types.js';
import { ShardDrain } from '../../../src/shard/drain.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { ShardGroup, type ShardDriver } from './core-driver.js';

const I32 = '/conformance:types/i32';
const MEMBERS = ['member-1', 'member-2', 'member-3'];

function write(r: ShardDriver, txId: string, path: string, value: number): number {
  const mod = r.newModification();
  mod.write(path, value);
  return r.submit(txId, mod, 'commit-on-ready');
}

/**
 * Gives `r` a drain over a port that writes to its storage in call order but reports a snapshot
 * saved only when the test says so (`held`). Ready saves are reported by the driver's run(), as usual.
 */
function holdSnapshots(r: ShardDriver): { held: Snapshot[]; written: number[] } {
  const held: Snapshot[] = [];
  /** The snapshot index of every write carrying one, in the order the storage got them. */
  const written: number[] = [];
  r.drain = new ShardDrain(r.core, {
    save: (_ready, w, options) => {
      if (w.snapshot !== undefined) written.push(w.snapshot.meta.index);
      void r.storage.save(w, options);
    },
    saveAside: (w) => {
      void r.storage.save(w, { sync: false });
    },
    saveSnapshot: (snapshot) => {
      written.push(snapshot.meta.index);
      void r.storage.save({ snapshot, entries: [] }, { sync: true });
      held.push(snapshot);
    },
    send: (messages) => {
      r.raftOutbox.push(...messages);
    },
    deliver: () => undefined,
  });
  return { held, written };
}

function nonDecreasing(xs: readonly number[]): boolean {
  return xs.every((x, i) => i === 0 || x >= xs[i - 1]!);
}

describe('shard snapshots: a local snapshot racing a snapshot from the leader', () => {
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  /** A group where `lagging` took (and holds) a local snapshot, then fell behind a compacted leader. */
  function lagBehind(): { g: ShardGroup; l: ShardDriver; f: ShardDriver; fid: string } {
    const g = new ShardGroup(schema, 'a', MEMBERS, { snapshotBatchCount: 5 });
    const leader = g.elect();
    const l = g.get(leader);
    const lagging = MEMBERS.find((m) => m !== leader)!;
    const f = g.get(lagging);
    return { g, l, f, fid: f.config.id };
  }

  it('takes no snapshot while the leader’s snapshot is being saved, so the journal never goes back', () => {
    const { g, l, f, fid } = lagBehind();
    const port = holdSnapshots(f);
    for (let i = 1; i <= 6; i++) {
      write(l, `a${i}`, I32, i);
      g.settle();
    }
    g.tick(2); // the follower learns the commit index
    assert.equal(port.held.length, 1, 'the follower took a snapshot of its own');
    // Its save fails (the shell retries later): the next tick may take another.
    port.held.length = 0;
    f.drain.snapshotFailed();
    // The follower is cut off and not ticked while the leader moves on and compacts.
    const toF: RaftMessage[] = [];
    g.drop = (m) => {
      if (m.to === fid) toF.push(m);
      return m.to === fid || m.from === fid;
    };
    const ticking = [...g.replicas.values()].filter((r) => r !== f);
    for (let i = 1; i <= 20; i++) {
      write(l, `b${i}`, I32, 100 + i);
      g.settle();
      for (const r of ticking) r.core.tick();
      g.settle();
    }
    assert.ok(l.core.status().journalFirstIndex > f.core.status().appliedIndex + 1);
    // Deliver to the follower by hand until it holds the leader's snapshot, not yet saved.
    g.drop = undefined;
    toF.length = 0;
    let saving: Ready | undefined;
    for (let round = 0; round < 50 && saving?.snapshot === undefined; round++) {
      l.core.tick();
      l.run();
      for (const m of l.raftOutbox.splice(0)) {
        if (m.to !== fid) continue;
        f.core.step(m);
        f.drain.run();
        saving = f.drain.saving;
        if (saving?.snapshot !== undefined) break;
        // Completed at once until the snapshot comes.
        if (saving !== undefined) f.run();
        for (const back of f.raftOutbox.splice(0)) if (back.to === l.config.id) l.core.step(back);
      }
    }
    assert.ok(saving?.snapshot !== undefined, 'the leader sent a snapshot');
    // A tick now, with the follower's own snapshot due (its applied index is still the old one).
    f.core.tick();
    f.drain.run();
    assert.ok(
      port.held.every((s) => s.meta.index >= saving.snapshot!.meta.index),
      `a snapshot at ${port.held.map((s) => s.meta.index).join(', ')} was taken while the leader's at ${saving.snapshot.meta.index} was being saved`,
    );
    f.drain.saved(saving);
    f.run();
    for (const s of port.held.splice(0)) f.drain.snapshotSaved(s);
    assert.ok(nonDecreasing(port.written), `snapshot writes in order ${port.written.join(', ')}`);
    // What a restart reads is the leader's state.
    f.crashAndRestart();
    g.tick(5);
    assert.ok(f.core.status().snapshotIndex >= saving.snapshot.meta.index);
    assert.equal(f.core.localSnapshot()?.read(I32), 120);
  });

  it('ignores its own snapshot saved after a newer one from the leader was installed', () => {
    const { g, l, f, fid } = lagBehind();
    const port = holdSnapshots(f);
    for (let i = 1; i <= 6; i++) {
      write(l, `a${i}`, I32, i);
      g.settle();
    }
    g.tick(2); // the follower learns the commit index
    assert.equal(port.held.length, 1, 'the follower took a snapshot of its own, still saving');
    const own = port.held.shift()!;
    g.drop = (m) => m.to === fid || m.from === fid;
    const ticking = [...g.replicas.values()].filter((r) => r !== f);
    for (let i = 1; i <= 20; i++) {
      write(l, `b${i}`, I32, 100 + i);
      g.settle();
      for (const r of ticking) r.core.tick();
      g.settle();
    }
    g.drop = undefined;
    g.tick(10);
    const installed = f.core.status().snapshotIndex;
    assert.ok(installed > own.meta.index, 'it installed the leader’s snapshot');
    // Now the old save completes.
    f.drain.snapshotSaved(own);
    assert.equal(f.core.status().snapshotIndex, installed, 'the snapshot index does not go back');
    assert.ok(f.core.status().journalFirstIndex > own.meta.index);
    assert.equal(f.core.localSnapshot()?.read(I32), 120);
  });
});

/**
 * Goal: the shard core's decisions: commit queue order and capacity, validation against the
 * speculative tip, visibility only after the journal entry is applied, group commit of proposals made
 * while a save is in flight, three-phase holding of the queue head and its commit timeout, snapshot
 * triggers (entry count, journal bytes), and recovery as snapshot plus replay. Method: drive real
 * ShardCores (real DataTree, RaftCore, protobuf codec) through core-driver.ts, which saves each Ready to
 * a MemoryDurableStorage, crashes it (losing unsynced writes) and restarts cores from what survived.
 */
import { strict as assert } from 'node:assert';
import { OptimisticLockFailedError, TransactionStateError } from '../../../src/tree/errors.js';
import { CommitQueueFullError, ShardJournalError } from '../../../src/shard/errors.js';
import { ShardCore } from '../../../src/shard/shard-core.js';
import { MemoryDurableStorage } from '../../../src/raft/memory-durable-storage.js';
import { bootstrapState } from '../../../src/raft/memory-log.js';
import { SeededRng } from '../../../src/util/rng.js';
import { binaryTreeCodec } from '../../../src/shard/tree-codec.js';
import { shardCodec } from '../../../src/wire/shard-codec.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { coreConfig, ShardDriver } from './core-driver.js';

const I32 = '/conformance:types/i32';
const U8 = '/conformance:types/u8';
const TEXT = '/conformance:types/text';

function ok(outcome: unknown): void {
  assert.deepEqual(outcome, { ok: true });
}

function failedWith(outcome: unknown, cls: abstract new (...args: never[]) => Error): Error {
  const o = outcome as { ok: boolean; error?: Error } | undefined;
  assert.ok(o !== undefined && !o.ok, `expected a failure, got ${JSON.stringify(o)}`);
  assert.ok(
    o.error instanceof cls,
    `expected ${cls.name}, got ${o.error?.name}: ${o.error?.message}`,
  );
  return o.error;
}

describe('shard core: commit queue', () => {
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  it('a new shard elects itself, replays its membership and becomes readable', () => {
    const shard = new ShardDriver(schema, 'a');
    assert.equal(shard.core.readSnapshot(), undefined, 'not readable before recovery');
    shard.run();
    const status = shard.core.status();
    assert.equal(status.role, 'leader');
    assert.equal(status.state, 'running');
    assert.notEqual(shard.core.readSnapshot(), undefined);
  });

  it('a commit becomes visible only once its journal entry is durable and applied', () => {
    const shard = new ShardDriver(schema, 'a');
    shard.run();
    const mod = shard.newModification();
    mod.write(I32, 5);
    const id = shard.submit('t1', mod, 'commit-on-ready');
    assert.equal(shard.outcome(id), undefined, 'no answer before the entry is saved');
    assert.equal(shard.read(I32), undefined, 'readers do not see the speculative tip');
    const ready = shard.core.ready()!;
    assert.equal(ready.entries.length, 1, 'the commit is one journal entry');
    shard.core.advance(ready);
    shard.collect();
    assert.equal(shard.outcome(id), undefined, 'saved but not yet applied');
    shard.run();
    ok(shard.outcome(id));
    assert.equal(shard.read(I32), 5);
    assert.equal(shard.applied.length, 1, 'one candidate for listeners');
  });

  it('a queued transaction is validated against the pending ones before it (the speculative tip)', () => {
    const shard = new ShardDriver(schema, 'a');
    shard.run();
    const a = shard.newModification();
    const b = shard.newModification();
    const c = shard.newModification();
    a.write(I32, 1);
    b.write(I32, 2); // same snapshot, same leaf: conflicts with a, which is not yet applied
    c.write(U8, 3);
    const ida = shard.submit('a', a, 'commit-on-ready');
    const idb = shard.submit('b', b, 'commit-on-ready');
    const idc = shard.submit('c', c, 'commit-on-ready');
    assert.equal(
      shard.outcome(idb),
      undefined,
      'the conflict is told once a, which it lost to, applied',
    );
    shard.run();
    failedWith(shard.outcome(idb), OptimisticLockFailedError);
    ok(shard.outcome(ida));
    ok(shard.outcome(idc));
    assert.deepEqual(shard.read('/conformance:types'), { i32: 1, u8: 3 });
  });

  it('proposals made while a save is in flight share the next durable write (group commit)', () => {
    const shard = new ShardDriver(schema, 'a');
    shard.run();
    const first = shard.newModification();
    first.write(I32, 1);
    shard.submit('first', first, 'commit-on-ready');
    const ready = shard.core.ready()!; // the save of `first` is now in flight
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) {
      const mod = shard.newModification();
      mod.write(`/conformance:registry=k${i}`, { id: `k${i}`, value: String(i) });
      ids.push(shard.submit(`t${i}`, mod, 'commit-on-ready'));
    }
    shard.core.advance(ready);
    const applying = shard.core.ready()!;
    assert.equal(applying.committed.length, 1, 'the first is applied before the next fsync');
    assert.equal(applying.entries.length, 0, 'without waiting for the next write');
    shard.core.advance(applying);
    const next = shard.core.ready()!;
    assert.equal(next.entries.length, 20, 'the twenty waiting commits go in one write');
    shard.core.advance(next);
    shard.run();
    for (const id of ids) ok(shard.outcome(id));
  });

  /** A multi-shard transaction coordinated by shard `a` that holds a's queue head after preCommit. */
  function holdHead(shard: ShardDriver, txId: string, path: string): void {
    const mod = shard.newModification();
    mod.write(path, 1);
    shard.submit(txId, mod, 'three-phase', ['a', 'z']);
    ok(shard.outcome(shard.request('preCommit', txId)));
  }

  it('a full commit queue refuses further transactions with CommitQueueFullError', () => {
    const shard = new ShardDriver(schema, 'a', { commitQueueCapacity: 2 });
    shard.run();
    holdHead(shard, 'held', I32);
    const second = shard.newModification();
    second.write(U8, 2);
    shard.submit('second', second, 'commit-on-ready');
    const third = shard.newModification();
    third.write(TEXT, 'x');
    const id = shard.submit('third', third, 'commit-on-ready');
    failedWith(shard.outcome(id), CommitQueueFullError);
  });

  it('a multi-shard transaction holds the queue head from preCommit until its commit', () => {
    const shard = new ShardDriver(schema, 'a');
    shard.run();
    holdHead(shard, 'a', I32);
    const b = shard.newModification();
    b.write(U8, 2);
    const idb = shard.submit('b', b, 'commit-on-ready');
    shard.run();
    assert.equal(shard.outcome(idb), undefined, 'b waits behind the held head');
    const commit = shard.request('commit', 'a');
    shard.run();
    ok(shard.outcome(commit));
    ok(shard.outcome(idb));
    assert.deepEqual(shard.read('/conformance:types'), { i32: 1, u8: 2 });
    assert.equal(shard.core.status().decisions, 1, 'kept until the participant recorded it');
    shard.core.receive({ type: 'outcome-recorded', txId: 'a', participant: 'z' });
    shard.run();
    assert.equal(shard.core.status().decisions, 0);
  });

  it('a one-shard transaction holds nothing between phases; a conflict in between fails its commit', () => {
    const shard = new ShardDriver(schema, 'a');
    shard.run();
    const a = shard.newModification();
    a.write(I32, 1);
    shard.submit('a', a, 'three-phase');
    ok(shard.outcome(shard.request('canCommit', 'a')));
    const b = shard.newModification();
    b.write(I32, 2);
    const idb = shard.submit('b', b, 'commit-on-ready');
    shard.run();
    ok(shard.outcome(idb));
    failedWith(shard.outcome(shard.request('preCommit', 'a')), OptimisticLockFailedError);
    assert.equal(shard.read(I32), 2);
  });

  it('a one-shard commit phase checks again at the head of the queue', () => {
    const shard = new ShardDriver(schema, 'a');
    shard.run();
    const a = shard.newModification();
    a.write(I32, 1);
    shard.submit('a', a, 'three-phase');
    ok(shard.outcome(shard.request('canCommit', 'a')));
    ok(shard.outcome(shard.request('preCommit', 'a')));
    const b = shard.newModification();
    b.write(I32, 2);
    const idb = shard.submit('b', b, 'commit-on-ready');
    const ida = shard.request('commit', 'a');
    shard.run();
    ok(shard.outcome(idb));
    failedWith(shard.outcome(ida), OptimisticLockFailedError);
  });

  it('a head idle between phases past the commit timeout is aborted and the queue moves on', () => {
    const shard = new ShardDriver(schema, 'a', { commitTimeoutTicks: 3 });
    shard.run();
    holdHead(shard, 'a', I32);
    const b = shard.newModification();
    b.write(U8, 2);
    const idb = shard.submit('b', b, 'commit-on-ready');
    shard.tick(5);
    ok(shard.outcome(idb));
    const late = shard.request('commit', 'a');
    const error = failedWith(shard.outcome(late), TransactionStateError);
    assert.match(error.message, /shard-transaction-commit-timeout/);
    assert.equal(shard.read(I32), undefined);
  });

  it('an abort before commit leaves no trace and releases the head', () => {
    const shard = new ShardDriver(schema, 'a');
    shard.run();
    holdHead(shard, 'a', I32);
    ok(shard.outcome(shard.request('abort', 'a')));
    const b = shard.newModification();
    b.write(I32, 2);
    const idb = shard.submit('b', b, 'commit-on-ready');
    shard.run();
    ok(shard.outcome(idb));
    assert.equal(shard.read(I32), 2);
  });

  it('a chained transaction fails when an earlier one of its chain failed on this shard', () => {
    const shard = new ShardDriver(schema, 'a');
    shard.run();
    const base = shard.newModification();
    base.write(I32, 1);
    shard.submit('base', base, 'commit-on-ready');
    shard.run();
    const stale = shard.core.readSnapshot()!.newModification();
    const other = shard.newModification();
    other.write(I32, 2);
    shard.submit('other', other, 'commit-on-ready');
    stale.write(I32, 3);
    stale.ready();
    const next = stale.newModification();
    next.write(U8, 4);
    next.ready();
    const id1 = shard.newRequestId();
    shard.core.submit(id1, { txId: 'p', mod: stale, chainId: 'chain' }, 'commit-on-ready');
    const id2 = shard.newRequestId();
    shard.core.submit(id2, { txId: 's', mod: next, chainId: 'chain' }, 'commit-on-ready');
    shard.run();
    failedWith(shard.outcome(id1), OptimisticLockFailedError);
    failedWith(shard.outcome(id2), TransactionStateError);
    assert.equal(shard.read(U8), undefined);
  });
});

describe('shard core: snapshots and recovery', () => {
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  function commit(shard: ShardDriver, txId: string, path: string, value: unknown): void {
    const mod = shard.newModification();
    mod.write(path, value);
    const id = shard.submit(txId, mod, 'commit-on-ready');
    shard.run();
    ok(shard.outcome(id));
  }

  it('a snapshot is taken after shard-snapshot-batch-count entries and the journal is compacted', () => {
    const shard = new ShardDriver(schema, 'a', { snapshotBatchCount: 5 });
    shard.run();
    for (let i = 0; i < 6; i++)
      commit(shard, `t${i}`, `/conformance:registry=k${i}`, { id: `k${i}` });
    assert.ok(shard.snapshots >= 1, 'a snapshot was saved');
    const status = shard.core.status();
    assert.ok(status.snapshotIndex >= 5);
    assert.equal(status.journalFirstIndex, status.snapshotIndex + 1, 'covered entries are dropped');
    assert.ok(status.snapshotBytes > 0);
  });

  it('a snapshot is taken when the journal bytes since the last one exceed the threshold', () => {
    const shard = new ShardDriver(schema, 'a', { snapshotThresholdBytes: 300 });
    shard.run();
    commit(shard, 'small', I32, 1);
    assert.equal(shard.snapshots, 0, 'a small entry stays under the threshold');
    commit(shard, 'big', TEXT, 'x'.repeat(400));
    assert.equal(shard.snapshots, 1, 'a large one crosses it');
    assert.equal(shard.core.status().journalBytesSinceSnapshot, 0);
  });

  it('a snapshot is taken when the journal outgrows the replay bound: its floor, then the last snapshot', () => {
    const shard = new ShardDriver(schema, 'a', { snapshotReplayBytesMin: 1000 });
    shard.run();
    const entry = (i: number): { id: string; value: string } => ({
      id: `k${i}`,
      value: 'v'.repeat(40),
    });
    let i = 0;
    while (shard.snapshots === 0 && i < 100) {
      commit(shard, `t${i}`, `/conformance:registry=k${i}`, entry(i));
      i++;
    }
    assert.equal(shard.snapshots, 1, 'the floor is reached first, while the tree is small');
    const floorEntries = i;
    // The tree keeps growing: the next snapshot waits until the journal holds as much as the last.
    while (shard.core.status().snapshotBytes < 3000) {
      commit(shard, `t${i}`, `/conformance:registry=k${i}`, entry(i));
      i++;
    }
    const status = shard.core.status();
    const snapshots = shard.snapshots;
    for (let j = 0; j < floorEntries; j++) {
      commit(shard, `t${i}`, `/conformance:registry=k${i}`, entry(i));
      i++;
    }
    assert.equal(shard.snapshots, snapshots, 'a floor of journal no longer suffices');
    let more = 0;
    while (shard.snapshots === snapshots && more < 1000) {
      commit(shard, `t${i}`, `/conformance:registry=k${i}`, entry(i));
      i++;
      more++;
    }
    assert.equal(shard.snapshots, snapshots + 1);
    assert.ok(
      shard.core.status().snapshotIndex - status.snapshotIndex > floorEntries * 2,
      'the journal between the two snapshots outgrew the floor',
    );
  });

  it('recovery restores the snapshot and replays the journal after it', () => {
    const shard = new ShardDriver(schema, 'a', { snapshotBatchCount: 4 });
    shard.run();
    for (let i = 0; i < 7; i++)
      commit(shard, `t${i}`, `/conformance:registry=k${i}`, { id: `k${i}` });
    const before = shard.read('/conformance:registry');
    const snapshotIndex = shard.core.status().snapshotIndex;
    assert.ok(snapshotIndex > 0);
    shard.crashAndRestart();
    assert.equal(shard.core.readSnapshot(), undefined, 'not readable while recovering');
    shard.run();
    assert.deepEqual(shard.read('/conformance:registry'), before);
    assert.equal(shard.core.status().snapshotIndex, snapshotIndex);
  });

  it('a restart replays the journal in one run, without candidates, into a tree no later commit changes', () => {
    const shard = new ShardDriver(schema, 'a');
    shard.run();
    // Many entries per commit and many commits, so that the replay run edits the same trie nodes.
    for (let c = 0; c < 20; c++) {
      const mod = shard.newModification();
      const registry = Array.from({ length: 50 }, (_, i) => ({ id: `k${c * 50 + i}` }));
      mod.merge('/conformance:registry', registry);
      const id = shard.submit(`t${c}`, mod, 'commit-on-ready');
      shard.run();
      ok(shard.outcome(id));
    }
    const before = shard.read('/conformance:registry');
    shard.crashAndRestart();
    shard.applied.length = 0;
    shard.run();
    assert.deepEqual(shard.read('/conformance:registry'), before);
    assert.equal(shard.applied.length, 0, 'no listener can exist yet: replayed commits have none');
    assert.equal(shard.core.status().commits, 20, 'replayed commits are counted');
    const recovered = shard.core.readSnapshot()!;
    commit(shard, 'after', '/conformance:registry=k0', { id: 'k0', value: 'changed' });
    commit(shard, 'more', '/conformance:registry=new', { id: 'new' });
    assert.deepEqual(recovered.read('/conformance:registry'), before, 'the snapshot is immutable');
    assert.equal(shard.applied.length, 2, 'live commits have candidates again');
  });

  it('a commit whose entry was synced survives a crash before it was applied', () => {
    const shard = new ShardDriver(schema, 'a');
    shard.run();
    const mod = shard.newModification();
    mod.write(I32, 9);
    shard.submit('t', mod, 'commit-on-ready');
    assert.ok(shard.saveOnly(), 'the entry is written and synced');
    shard.crashAndRestart();
    shard.run();
    assert.equal(shard.read(I32), 9);
  });

  it('a journal entry that does not decode stops recovery with an error naming the shard and entry', () => {
    const config = coreConfig(schema, 'a');
    const boot = bootstrapState([config.id]);
    const bad = {
      type: 'normal' as const,
      term: 1,
      index: 2,
      data: Uint8Array.of(0xff, 0xff, 0x01),
    };
    const storage = new MemoryDurableStorage({
      ...boot,
      hardState: { ...boot.hardState, commit: 2 },
      entries: [...boot.entries, bad],
    });
    const core = new ShardCore(
      config,
      storage.durableState(),
      { codec: shardCodec, treeCodec: binaryTreeCodec },
      new SeededRng(1),
    );
    const ready = core.ready()!;
    assert.throws(
      () => {
        core.advance(ready);
      },
      (e: unknown) =>
        e instanceof ShardJournalError &&
        e.index === 2 &&
        e.shard === config.id &&
        e.message.includes('member-1-shard-a-config'),
    );
  });
});

/**
 * A simulated disk under one member: src/raft's MemoryDurableStorage (which keeps synced and unsynced
 * writes apart) plus the faults the simulator chooses with its seeded Rng: an fsync that takes a while
 * (the member waits before it may send what depends on the write), and crashes that lose unsynced writes.
 * On a crash, by the storage's fault model, a random prefix of the unsynced writes may have reached the
 * platter anyway, and the next one may be torn (some of its entries kept, its hard state not).
 *
 * Compaction reaches this disk the way it reaches production's RaftGroupLog: the shell saves the
 * snapshot (synced) and the storage drops the entries it covers (here atomically with the snapshot;
 * RaftGroupLog deletes them in a later unsynced batch and its recovery ignores any a crash leaves). So a
 * restart reads the snapshot and the entries after it. Like the production shell, nothing calls the
 * storage's `compact`.
 *
 * The one rule a shell must keep (Raft Figure 2): nothing that depends on a write leaves the member
 * before `sync()` returned for it. The planted `ack-before-sync` bug breaks exactly that.
 */
import type { Rng } from '../../src/util/rng.js';
import { MemoryDurableStorage, type CrashReport } from '../../src/raft/memory-durable-storage.js';
import { MemoryRaftLog } from '../../src/raft/memory-log.js';
import type { DurableState, DurableWrite, RaftLogView } from '../../src/raft/storage.js';
import { assert } from '../../src/util/assert.js';

export interface DiskFaults {
  /** Chance that one fsync is slow, and how slow it may be (ms). */
  readonly slowSyncChance: number;
  readonly slowSyncMaxMs: number;
  /** On a crash: chance that some unsynced writes reached the disk, and that the next one is torn. */
  readonly partialFlushChance: number;
  readonly tornWriteChance: number;
}

export const reliableDisk: DiskFaults = {
  slowSyncChance: 0,
  slowSyncMaxMs: 0,
  partialFlushChance: 0,
  tornWriteChance: 0,
};

export class SimDisk {
  readonly storage: MemoryDurableStorage;
  faults: DiskFaults;
  private readonly rng: Rng;
  /**
   * A running copy of what is synced, as a log view, so the safety checker can ask any member's
   * durable last entry after every commit without rebuilding it. Checked against the storage on every
   * restart.
   */
  private readonly synced: MemoryRaftLog;
  private pending: DurableWrite[] = [];

  constructor(rng: Rng, faults: DiskFaults, initial?: DurableState) {
    this.rng = rng;
    this.faults = faults;
    this.storage = new MemoryDurableStorage(initial);
    this.synced = new MemoryRaftLog(initial);
  }

  /** Writes without syncing (into the page cache). MemoryDurableStorage applies it synchronously. */
  write(write: DurableWrite): void {
    const before = this.storage.unsyncedCount();
    void this.storage.save(write, { sync: false });
    assert(
      this.storage.unsyncedCount() === before + 1,
      () => 'SimDisk: save did not apply at once',
    );
    this.pending.push(write);
  }

  /** Makes every write so far durable. */
  sync(): void {
    this.storage.sync();
    for (const op of this.pending) this.applySynced(op);
    this.pending = [];
  }

  /** The synced log: what this member would restart with if it crashed now. */
  durableLog(): RaftLogView {
    return this.synced;
  }

  /** How long the next fsync takes in ms (0 most of the time). */
  syncDelayMs(): number {
    const f = this.faults;
    return f.slowSyncChance > 0 && this.rng.chance(f.slowSyncChance)
      ? this.rng.range(1, f.slowSyncMaxMs)
      : 0;
  }

  /** Power loss: unsynced writes are lost, except what the fault model lets through. */
  crash(): CrashReport {
    const { keep, torn } = this.crashPoint();
    const report = this.storage.crash({ keepUnsynced: keep, tornEntries: torn });
    for (const op of this.pending.slice(0, report.keptOps)) this.applySynced(op);
    const tornWrite = this.pending[report.keptOps];
    if (report.tornEntriesKept > 0 && tornWrite !== undefined) {
      this.synced.append(tornWrite.entries.slice(0, report.tornEntriesKept));
    }
    this.pending = [];
    return report;
  }

  /** What a restart reads: only what was synced (call after crash()). */
  durableState(): DurableState {
    const state = this.storage.durableState();
    const last = state.entries.at(-1) ?? state.snapshot?.meta;
    assert(
      (last?.index ?? 0) === this.synced.lastIndex() &&
        (last?.term ?? 0) === this.synced.term(this.synced.lastIndex()) &&
        state.hardState.term === this.synced.hardState().term,
      () =>
        `SimDisk: synced copy at ${this.synced.lastIndex()} disagrees with the storage at ${last?.index ?? 0}`,
    );
    return state;
  }

  /** Unsynced writes pending (lost by a crash now). */
  unsynced(): number {
    return this.storage.unsyncedCount();
  }

  /**
   * Where a crash cuts the unsynced writes. With `tornWriteChance`, when an unsynced write carries
   * entries (and no snapshot, which is never torn), one such write is torn: the writes before it
   * reached the disk, then 1 to all of its entries, not its hard state. Otherwise, with
   * `partialFlushChance`, a random prefix of the unsynced writes reached the disk. Aiming the tear at
   * a write that has entries matters: most unsynced writes are hard-state-only (a commit index that
   * needs no fsync), so tearing whatever write came next rarely tore anything.
   */
  private crashPoint(): { keep: number; torn: number | undefined } {
    const tearable: number[] = [];
    this.pending.forEach((write, i) => {
      if (write.snapshot === undefined && write.entries.length > 0) tearable.push(i);
    });
    if (tearable.length > 0 && this.rng.chance(this.faults.tornWriteChance)) {
      const at = this.rng.pick(tearable);
      return { keep: at, torn: this.rng.range(1, this.pending[at]!.entries.length) };
    }
    const pending = this.pending.length;
    const keep =
      pending > 0 && this.rng.chance(this.faults.partialFlushChance)
        ? this.rng.int(pending + 1)
        : 0;
    return { keep, torn: undefined };
  }

  private applySynced(write: DurableWrite): void {
    this.synced.save(write);
  }
}

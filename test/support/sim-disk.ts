/**
 * A simulated disk under one member: src/raft's MemoryDurableStorage (which keeps synced and unsynced
 * writes apart) plus the faults the simulator chooses with its seeded Rng: an fsync that takes a while
 * (the member waits before it may send what depends on the write), and crashes that lose unsynced writes.
 * On a crash, by the storage's fault model, a random prefix of the unsynced writes may have reached the
 * platter anyway, and the next one may be torn (some of its entries kept, its hard state not).
 *
 * The one rule a shell must keep (Raft Figure 2): nothing that depends on a write leaves the member
 * before `sync()` returned for it. The planted `ack-before-sync` bug breaks exactly that.
 */
import type { Rng } from '../../src/util/rng.js';
import { MemoryDurableStorage, type CrashReport } from '../../src/raft/memory-durable-storage.js';
import type { DurableState, DurableWrite } from '../../src/raft/storage.js';
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

  constructor(rng: Rng, faults: DiskFaults, initial?: DurableState) {
    this.rng = rng;
    this.faults = faults;
    this.storage = new MemoryDurableStorage(initial);
  }

  /** Writes without syncing (into the page cache). MemoryDurableStorage applies it synchronously. */
  write(write: DurableWrite): void {
    const before = this.storage.unsyncedCount();
    void this.storage.save(write, { sync: false });
    assert(
      this.storage.unsyncedCount() === before + 1,
      () => 'SimDisk: save did not apply at once',
    );
  }

  /** Makes every write so far durable. */
  sync(): void {
    this.storage.sync();
  }

  /** How long the next fsync takes in ms (0 most of the time). */
  syncDelayMs(): number {
    const f = this.faults;
    return f.slowSyncChance > 0 && this.rng.chance(f.slowSyncChance)
      ? this.rng.range(1, f.slowSyncMaxMs)
      : 0;
  }

  /** Drops the entries a durable snapshot covers. */
  compact(index: number): void {
    void this.storage.compact(index);
  }

  /** Power loss: unsynced writes are lost, except what the fault model lets through. */
  crash(): CrashReport {
    const pending = this.storage.unsyncedCount();
    const keep =
      pending > 0 && this.rng.chance(this.faults.partialFlushChance)
        ? this.rng.int(pending + 1)
        : 0;
    const torn = this.rng.chance(this.faults.tornWriteChance) ? this.rng.range(0, 3) : undefined;
    return this.storage.crash({ keepUnsynced: keep, tornEntries: torn });
  }

  /** What a restart reads: only what was synced (call after crash()). */
  durableState(): DurableState {
    return this.storage.durableState();
  }

  /** Unsynced writes pending (lost by a crash now). */
  unsynced(): number {
    return this.storage.unsyncedCount();
  }
}

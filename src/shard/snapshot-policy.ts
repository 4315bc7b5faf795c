/**
 * When a shard replica takes a snapshot of its tree (ODL's shard-snapshot-batch-count and
 * shard-snapshot-data-threshold, plus a replay bound): the bookkeeping of the last snapshot and of the
 * journal applied since, and the decision. The shard core (shard-core.ts) encodes the image and asks
 * its shell to save it.
 *
 * A snapshot is due once the applied index passed the last snapshot's and any of: at least
 * `snapshotBatchCount` entries were applied since it; at least `snapshotThresholdBytes` journal bytes
 * were; or the journal bytes since it reach the replay bound: the last snapshot's size, at least
 * `snapshotReplayBytesMin` (0 turns the bound off). A restart then replays at most about one
 * snapshot's worth of journal on top of the snapshot, and each snapshot is paid for by as many journal
 * bytes as it holds (Redis's auto-aof-rewrite-percentage 100 with a minimum size).
 *
 * Invariants: at most one snapshot is being saved; the journal bytes count restarts when one is
 * taken (not when it is saved: entries applied meanwhile count toward the next).
 *
 * Pure.
 */
import type { ShardCoreConfig } from './shard-types.js';

/** The settings the policy reads. */
export type SnapshotPolicyConfig = Pick<
  ShardCoreConfig,
  'snapshotBatchCount' | 'snapshotThresholdBytes' | 'snapshotReplayBytesMin'
>;

/** One replica's snapshot policy. See the file comment. */
export class SnapshotPolicy {
  private readonly cfg: SnapshotPolicyConfig;
  private lastIndex: number;
  private lastBytes: number;
  private bytesSince = 0;
  private saving = false;

  /** Starts from the snapshot the replica restarted from (index 0 and 0 bytes for none). */
  constructor(cfg: SnapshotPolicyConfig, last: { readonly index: number; readonly bytes: number }) {
    this.cfg = cfg;
    this.lastIndex = last.index;
    this.lastBytes = last.bytes;
  }

  /** The index of the last snapshot saved. */
  get snapshotIndex(): number {
    return this.lastIndex;
  }

  /** The size of the last snapshot saved. */
  get snapshotBytes(): number {
    return this.lastBytes;
  }

  /** Journal bytes applied since the last snapshot was taken. */
  get bytesSinceSnapshot(): number {
    return this.bytesSince;
  }

  /** An entry of `bytes` journal bytes was applied. */
  applied(bytes: number): void {
    this.bytesSince += bytes;
  }

  /** Whether a snapshot at `appliedIndex` is due now. */
  due(appliedIndex: number): boolean {
    if (this.saving || appliedIndex <= this.lastIndex) return false;
    return (
      appliedIndex - this.lastIndex >= this.cfg.snapshotBatchCount ||
      this.bytesSince >= this.cfg.snapshotThresholdBytes ||
      this.bytesSince >= this.replayBoundBytes()
    );
  }

  /** A snapshot was taken and handed to the shell to save. */
  taken(): void {
    this.saving = true;
    this.bytesSince = 0;
  }

  /** The snapshot at `index`, of `bytes` bytes, is durable. */
  saved(index: number, bytes: number): void {
    this.saving = false;
    this.lastIndex = index;
    this.lastBytes = bytes;
  }

  /** Saving failed: the next due check may take another. */
  failed(): void {
    this.saving = false;
  }

  /** Journal bytes since the last snapshot at which the replay bound asks for one. */
  replayBoundBytes(): number {
    const floor = this.cfg.snapshotReplayBytesMin;
    return floor > 0 ? Math.max(floor, this.lastBytes) : Number.POSITIVE_INFINITY;
  }
}

/**
 * What the Raft core needs from storage, stated as two ports (the etcd-io/raft `Storage` idea).
 *
 * - `RaftLogView` is the synchronous view the pure core reads: the *stable* (already durable) log, its
 *   first/last index and terms, and the latest snapshot. The core keeps not-yet-durable entries itself and
 *   hands them out in `Ready`; the shell makes them durable, then appends them to the view.
 * - `DurableRaftStorage` is the asynchronous disk the shell writes before it acts on a `Ready`. The
 *   classic-level implementation lives in src/persistence; an in-memory one with an explicit sync point,
 *   which loses unsynced writes on a simulated crash, is what test/sim uses.
 *
 * Durability contract (Raft §5, Figure 2 "persistent state"): term, vote and log entries are durable
 * before any message that depends on them is sent and before any entry is acknowledged. `save` with
 * `sync: true` resolves only after the data reached stable storage (fsync).
 */
import type { ConfState, Entry, HardState, Snapshot } from './types.js';

/** The stable log as the core sees it. Every method is synchronous and pure. */
export interface RaftLogView {
  /**
   * Hard state and membership the node restarts with. `confState` is the membership as of the snapshot
   * (the state machine restarts from the snapshot and reapplies the committed entries after it, membership
   * changes included).
   */
  initialState(): { readonly hardState: HardState; readonly confState: ConfState };
  /**
   * Index of the first entry still in the log: one past the last compacted index, which is at most the
   * snapshot index (1 when nothing was ever compacted).
   */
  firstIndex(): number;
  /** Index of the last stable entry (the snapshot index when the log is empty). */
  lastIndex(): number;
  /**
   * Term of the entry at `index`, for `firstIndex() - 1 <= index <= lastIndex()` (at `firstIndex() - 1`,
   * the last compacted entry's term). Returns undefined outside that range (compacted or not written).
   */
  term(index: number): number | undefined;
  /**
   * Entries in [lo, hi), at most `maxBytes` of payload but always at least one when lo < hi.
   * Requires firstIndex() <= lo <= hi <= lastIndex() + 1.
   */
  entries(lo: number, hi: number, maxBytes: number): readonly Entry[];
  /** The latest snapshot (an empty one at index 0 when none was ever taken). */
  snapshot(): Snapshot;
}

/** Everything durable about one Raft node, as loaded at start. */
export interface DurableState {
  readonly hardState: HardState;
  /** The newest snapshot, or undefined when none was ever saved. */
  readonly snapshot: Snapshot | undefined;
  /**
   * Log entries, contiguous, in index order. They start at or before snapshot index + 1 (entries the
   * snapshot covers may still be there, not yet compacted; a reader drops them), or at 1 without one.
   */
  readonly entries: readonly Entry[];
}

/**
 * One write to durable storage, applied atomically, in this order: the snapshot, then the entries, then
 * the hard state. A Ready from the core has exactly this shape.
 */
export interface DurableWrite {
  /** New hard state, when it changed. */
  readonly hardState?: HardState | undefined;
  /**
   * Entries to append. When the first entry's index is at or below the stored last index, the stored
   * entries from that index on are replaced (a conflicting suffix is cut, Raft §5.3).
   */
  readonly entries: readonly Entry[];
  /**
   * A snapshot received from the leader. Entries it covers are dropped; when the stored log holds the
   * snapshot's last entry (same index and term) the entries after it are kept, otherwise all are dropped
   * (Raft Figure 13, steps 6 and 7). A snapshot the shell took itself is saved the same way.
   */
  readonly snapshot?: Snapshot | undefined;
}

/** The disk under one Raft node. */
export interface DurableRaftStorage {
  /**
   * Reads the durable state. A torn tail left by a crash (a partially written last record) is detected
   * by checksum and cut; corruption anywhere else is an error naming the group and the entry index.
   */
  load(): Promise<DurableState>;
  /**
   * Writes atomically; with `sync: true` resolves only once the write is on stable storage. Writes
   * take effect in call order, whether or not an earlier one has resolved: a later write never lands
   * before an earlier one, so a crash loses a suffix of the writes made (the shard's drain step,
   * src/shard/drain.ts, relies on it: a snapshot save may overlap a Ready's write, and an unsynced
   * commit-index write follows the entries it covers).
   */
  save(write: DurableWrite, options: { readonly sync: boolean }): Promise<void>;
  /** Deletes entries with index <= `index` (a durable snapshot must cover them). */
  compact(index: number): Promise<void>;
  close(): Promise<void>;
}

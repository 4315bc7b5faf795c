/**
 * What a group's log needs from the store that holds it: the shared LevelDB handle, the group-commit
 * writer, the options, and the store's lifecycle. A port so raft-group-log.ts does not import the store
 * (raft-store.ts) that creates it.
 */
import type { ClassicLevel } from 'classic-level';
import type { GroupCommitter } from './group-commit.js';
import type { HighWater } from './high-water-file.js';
import type { WalDrop } from './wal-drops.js';

/** Something recovery repaired or accepted that the operator should know about. */
export type JournalWarning =
  | DamagedTailCutWarning
  | DroppedWalRecordsAcceptedWarning
  | LostSyncedTailAcceptedWarning
  | OpenCheckSkippedWarning;

/** Load cut a damaged tail beyond the commit index (raft-store.ts, "Recovery"). */
export interface DamagedTailCutWarning {
  readonly type: 'damaged-tail-cut';
  readonly group: string;
  /** The first index cut. */
  readonly fromIndex: number;
  /** How many records were deleted. */
  readonly records: number;
  readonly message: string;
}

/**
 * The store opened although LevelDB dropped records of its write-ahead log, because the caller set
 * `acceptDroppedWalRecords` (wal-drops.ts). Concerns the whole store, so `group` is undefined.
 */
export interface DroppedWalRecordsAcceptedWarning {
  readonly type: 'dropped-wal-records-accepted';
  readonly group: undefined;
  /** The store's directory. */
  readonly dir: string;
  /** What LevelDB reported, per log file. */
  readonly drops: readonly WalDrop[];
  readonly message: string;
}

/**
 * The store opened although synced writes the high-water file records are missing from the database,
 * or although that could not be checked, because the caller set `acceptLostSyncedTail`
 * (synced-high-water.ts). Concerns the whole store.
 */
export interface LostSyncedTailAcceptedWarning {
  readonly type: 'lost-synced-tail-accepted';
  readonly group: undefined;
  readonly dir: string;
  /**
   * Sync stamps missing (0 when the loss could not be checked): in `strict` mode one per synced
   * write lost; in `trailing` mode stamps are spaced out, so at least this many.
   */
  readonly stamps: number;
  /** Log entries missing, as far as the high-water file tells. */
  readonly entries: number;
  readonly message: string;
}

/**
 * The journal was opened without the check on a shadow copy (open-check.ts): the file system makes no
 * links. A refusal found while opening may then leave LevelDB's files rewritten.
 */
export interface OpenCheckSkippedWarning {
  readonly type: 'open-check-skipped';
  readonly group: undefined;
  readonly dir: string;
  readonly message: string;
}

export interface JournalContext {
  /** The store's directory, for messages. */
  readonly dir: string;
  readonly db: ClassicLevel<Uint8Array, Uint8Array>;
  readonly committer: GroupCommitter;
  /** Hands out sync stamps and records the synced ones (high-water-file.ts). */
  readonly highWater: HighWater;
  /** Size of the chunks a snapshot's data is stored in. */
  readonly snapshotChunkBytes: number;
  /** Most deletes in one background batch (compaction, covered entries). */
  readonly deleteBatchRecordsMax: number;
  readonly onWarning: ((warning: JournalWarning) => void) | undefined;
  isClosed(): boolean;
  /**
   * Runs housekeeping nobody awaits (deleting covered entries); `close()` waits for it. A failed write
   * poisons the committer, so every later save and load reports it.
   */
  background(work: Promise<void>): void;
  /** The group's handle was closed: the store forgets it. */
  release(group: string): void;
}

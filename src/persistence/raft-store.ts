/**
 * The durable Raft journal of one member: a single LevelDB database (classic-level) in the member's data
 * directory, shared by all the member's Raft groups, one group per shard replica
 * (`member-1-shard-inventory-config`). Each group's log IS that shard's journal of committed
 * transactions, so nothing acknowledged may be lost and no damage may be skipped silently.
 *
 * Key layout (keys.ts; big-endian integers so LevelDB's bytewise order is index order):
 *   00 "canopy-raft-journal"                          format record: u32 version (1)
 *   00 "canopy-wal-drops"                             write-ahead-log drops LevelDB reported (wal-drops.ts)
 *   01 <len u8> <group utf8> 'h'                      hard state (term, vote, commit)
 *   01 <len u8> <group utf8> 'm'                      snapshot manifest: metadata, size, chunk count, crc
 *   01 <len u8> <group utf8> 'c' <u64 index> <u32 n>  snapshot data chunk n (snapshotChunkBytes each)
 *   01 <len u8> <group utf8> 'e' <u64 index>          log entry (canopy.raft.Entry)
 * Every value is `crc32c(key ++ payload)` (4 bytes, big-endian) then the payload (records.ts), so a
 * damaged record, or one under the wrong key, fails its check; an entry's payload also states its index,
 * which must equal the key's. A snapshot additionally carries the crc of its whole data in the manifest.
 *
 * Writes. `save` turns a Ready (snapshot, entries, hard state) into ONE LevelDB batch: the entries, the
 * deletion of a conflicting suffix beyond the new last entry, the hard state, the snapshot's manifest and
 * chunks. Batches from all groups go through one group-commit queue (group-commit.ts): writes queued while
 * a batch is in flight share the next batch and its single fsync. Deleting entries a snapshot covers
 * (and `compact`) happens in later, bounded, unsynced batches: recovery ignores covered entries, so losing
 * those deletions in a crash is harmless.
 *
 * Recovery, and when damage can exist at all. LevelDB appends each batch to its own write-ahead log as one
 * logical record with per-fragment checksums and, on open, applies only complete batches; a batch torn by
 * a crash is dropped whole. A batch written with `sync: true` was fsynced before LevelDB reported success,
 * so once `save(…, { sync: true })` resolves, no crash can take it back. Hence, unlike etcd's WAL (whose
 * last record can be torn mid-write, wal/decoder.go), a crash never leaves a half-written record at our
 * layer. What remains:
 * - A lost suffix of whole batches: only batches written without sync (never acknowledged as durable), or
 *   synced ones on a disk that lies about fsync. It is invisible by itself. Because the hard state's
 *   commit index is written in the same batch as the entries it covers and never exceeds the last index
 *   (asserted on write), a crash always leaves commit <= last; a commit index past the surviving log is
 *   therefore proof that committed entries were lost, and load refuses with JournalCorruptionError (as
 *   etcd-io/raft refuses "tocommit out of range: was the raft log corrupted, truncated, or lost?").
 * - Records LevelDB itself dropped: classic-level opens it with paranoid checks off, so on a damaged
 *   record of its write-ahead log it skips the rest of that 32 KiB block (acknowledged batches in it
 *   included) and applies what follows, telling only its info log. When nothing follows, what survives is
 *   consistent and older, and no check below could see the loss. So the open reads that report and
 *   refuses with JournalCorruptionError, durably, until the member is restored or the operator accepts
 *   the loss (`acceptDroppedWalRecords`): wal-drops.ts and wal-drop-check.ts. A crash's torn tail is not
 *   reported by LevelDB (it reads as end of file) and opens normally.
 * - A gap between surviving entries: atomic batches add entries in index order, cut suffixes and delete
 *   prefixes, so a hole can only come from damage (a block LevelDB skipped, above, once accepted).
 *   Always JournalCorruptionError.
 * - A record failing its checks (damage on the disk, a bug): when bad records are followed by a good one
 *   it is JournalCorruptionError. When they form the tail (no good record after them) and the commit index
 *   lies before them, they hold no entry this member knows committed: load deletes them (a synced batch),
 *   keeps the good prefix, and reports a `damaged-tail-cut` warning; the leader re-replicates the rest.
 *   This is etcd's torn-tail repair, applied to a tail that fails its checksums. NB: such entries may have
 *   been acknowledged to a leader, so cutting them removes one copy from a quorum, exactly the risk etcd
 *   takes for a torn tail; the warning says to check the disk. When the commit index lies among the
 *   damaged records, load refuses.
 * - LevelDB's own corruption reports (LEVEL_CORRUPTION, e.g. a table block failing its checksum) become
 *   JournalCorruptionError with the cause.
 * A shard whose load throws JournalCorruptionError must refuse to start: its member is restored from a
 * healthy replica or a backup. The OpenDaylight segmented journal likewise checks every entry's crc on
 * read and fails rather than skip.
 */
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ClassicLevel } from 'classic-level';
import type { JournalMetrics } from '../runtime/metrics.js';
import { assert } from '../util/assert.js';
import {
  JournalCorruptionError,
  JournalIoError,
  JournalVersionError,
  wrapLevelError,
} from './errors.js';
import { GroupCommitter, type GroupCommitStats } from './group-commit.js';
import {
  type HighWater,
  openHighWater,
  readHighWaterFile,
  readSyncStamp,
} from './high-water-file.js';
import type { JournalContext, JournalWarning } from './journal-context.js';
import { type JournalFiles, inspectJournalFiles } from './journal-files.js';
import { FORMAT_KEY } from './keys.js';
import {
  type FormatState,
  checkInShadow,
  describeFinding,
  levelOpenError,
  lostTailError,
} from './open-check.js';
import { RaftGroupLog } from './raft-group-log.js';
import { openRecord, sealRecord } from './records.js';
import { type HighWaterMode, checkHighWater } from './synced-high-water.js';
import { checkWalDrops, infoLogBeforeOpen, readWalDrops, walDropsError } from './wal-drop-check.js';

export type {
  DamagedTailCutWarning,
  DroppedWalRecordsAcceptedWarning,
  JournalWarning,
  LostSyncedTailAcceptedWarning,
  OpenCheckSkippedWarning,
} from './journal-context.js';
export type { WalDrop } from './wal-drops.js';
export type { RaftLoadResult } from './raft-group-log.js';
export type { HighWaterMode } from './synced-high-water.js';
export { HIGH_WATER_MODES } from './synced-high-water.js';
export { RaftGroupLog } from './raft-group-log.js';

/** The journal format this build writes and reads. */
export const JOURNAL_FORMAT_VERSION = 1;

export interface RaftStoreOptions {
  /**
   * Called with each repair recovery made (a damaged tail cut, also returned by `load()`) and with
   * losses accepted on open (drops of LevelDB's write-ahead log, a lost synced tail).
   */
  readonly onWarning?: ((warning: JournalWarning) => void) | undefined;
  /**
   * The last resort when LevelDB dropped records of its write-ahead log on open and no healthy replica
   * or backup exists (like a `--force-recovery`): open with what survived instead of refusing with
   * JournalCorruptionError, report a `dropped-wal-records-accepted` warning (to `onWarning`, else as a
   * process warning), and record the drops as accepted so later opens do not refuse for them. Synced
   * writes the drops took with them are accepted with them. Recovery's own checks still apply (a gap
   * or a commit index past the log still refuses). Default false.
   */
  readonly acceptDroppedWalRecords?: boolean | undefined;
  /**
   * The last resort when synced writes the high-water file records are missing from the database (the
   * write-ahead log was cut short or lost while the member was stopped, or the disk lost confirmed
   * writes), or when that cannot be checked (the high-water file removed or damaged): open with what
   * survived, report a `lost-synced-tail-accepted` warning, and move the high-water mark so later opens
   * do not refuse for it. Default false.
   */
  readonly acceptLostSyncedTail?: boolean | undefined;
  /**
   * How a synced write's acknowledgement relates to the high-water file that detects lost synced
   * writes at open (synced-high-water.ts): `strict` waits for the file (every acknowledged write is
   * covered), `trailing` updates it in the background (all but the last updates before a crash are
   * covered; after a clean stop, all), `off` keeps no file. Default `trailing`.
   */
  readonly syncedHighWater?: HighWaterMode | undefined;
  /**
   * In `trailing` mode, the high-water file is updated at most once per this many milliseconds
   * (so it costs a few fdatasyncs a second at any commit rate); writes synced within the last
   * interval before a crash are not covered. Default 100.
   */
  readonly highWaterIntervalMs?: number | undefined;
  /** Snapshot data is stored in chunks of this size. Default 1 MiB. */
  readonly snapshotChunkBytes?: number | undefined;
  /** Group commit merges queued writes into one batch up to this size. Default 16 MiB. */
  readonly batchBytesMax?: number | undefined;
  /** Most entries deleted per background batch (compaction). Default 10,000. */
  readonly deleteBatchRecordsMax?: number | undefined;
  /** LevelDB's write buffer (memtable) size. Default LevelDB's, 4 MiB. */
  readonly writeBufferBytes?: number | undefined;
  /** LevelDB's block cache size. Default LevelDB's, 8 MiB. */
  readonly cacheBytes?: number | undefined;
  /** Where group commit reports batch sizes and fsync latency; default nowhere. */
  readonly metrics?: JournalMetrics | undefined;
}

/** Counters since the store opened (group commit: batches vs writes shows the merging). */
export type RaftStoreStats = GroupCommitStats;

/** The member's Raft journal. */
export interface RaftStore {
  readonly dir: string;
  /**
   * The durable log of one group (created on first write). One handle per group while it is open;
   * call `load()` on it before `save` or `compact`.
   */
  group(name: string): RaftGroupLog;
  /** The names of the groups with records on disk. */
  groupNames(): Promise<string[]>;
  stats(): RaftStoreStats;
  /** Waits for queued writes, then closes LevelDB. Every group handle is closed with it. */
  close(): Promise<void>;
}

const MiB = 1024 * 1024;

/** A key no record uses (below the group records, beside the store's own): see `stamp()`. */
const UNUSED_KEY = Uint8Array.from([0x00, ...new TextEncoder().encode('canopy-unused')]);

/** The journals open in this process (LevelDB's LOCK is per process: see openRaftStore). */
const openHere = new Set<string>();

/**
 * Opens the journal in `dir`, creating it only when the directory is absent, empty, or holds nothing
 * but the traces of a first open that never completed (journal-files.ts). An existing journal is
 * checked before LevelDB may write to it: its files first, then, on a shadow copy, what LevelDB's
 * open and the journal's checks find (open-check.ts). So a refused open leaves the directory as it
 * was, byte for byte, with one exception: a failure of the real open after the shadow's succeeded
 * (a race with another process, a disk failing in between).
 *
 * Throws JournalIoError when the directory is locked by another process (or already open in this
 * one), is not a directory, or a file cannot be read; JournalCorruptionError when LevelDB's files are
 * missing or damaged (naming the file, and for a lost `CURRENT` how to write it back), when LevelDB
 * reports (now, or at an earlier open not yet accepted) that its replay of the write-ahead log dropped
 * records (see `acceptDroppedWalRecords`), or when synced writes are missing (see
 * `acceptLostSyncedTail`); JournalVersionError when the directory holds another format or is not a
 * canopy journal.
 */
export async function openRaftStore(
  dir: string,
  options: RaftStoreOptions = {},
): Promise<RaftStore> {
  // NB: LevelDB refuses a second open in one process only after renaming the first one's LOG (and not
  // at all through another path to the directory: its in-process lock table goes by name), and a
  // shadow open (open-check.ts) would share, then release, this process's lock on LOCK: refuse here,
  // by the directory's real path.
  const key = await realpath(dir).catch(() => resolve(dir));
  if (openHere.has(key)) {
    throw new JournalIoError(
      `raft journal ${dir} is already open in this process; close it first`,
      { path: dir },
    );
  }
  openHere.add(key);
  try {
    const store = await openChecked(dir, options, () => openHere.delete(key));
    return store;
  } catch (error) {
    openHere.delete(key);
    throw error;
  }
}

async function openChecked(
  dir: string,
  options: RaftStoreOptions,
  onClosed: () => void,
): Promise<RaftStore> {
  const mode = options.syncedHighWater ?? 'trailing';
  const level = {
    ...(options.writeBufferBytes === undefined
      ? {}
      : { writeBufferSize: options.writeBufferBytes }),
    ...(options.cacheBytes === undefined ? {} : { cacheSize: options.cacheBytes }),
  };
  const files = await inspectJournalFiles(dir);
  if (files.kind === 'existing') {
    const checked = await checkInShadow(
      dir,
      files,
      {
        acceptDroppedWalRecords: options.acceptDroppedWalRecords === true,
        acceptLostSyncedTail: options.acceptLostSyncedTail === true,
        highWater: mode,
        level,
      },
      readFormat,
    );
    if (!checked) {
      warn(options, {
        type: 'open-check-skipped',
        group: undefined,
        dir,
        message:
          `raft journal ${dir}: the file system makes neither hard nor symbolic links, so the journal ` +
          'was not checked on a copy before LevelDB opened it: a start refused now may leave ' +
          "LevelDB's files rewritten (their content unchanged)",
      });
    }
  }
  // NB: before the constructor, which starts opening on the next tick (abstract-level's deferred
  // open) and so may rename LOG before a later stat: LOG would then look as if never rotated.
  const infoLogBefore = await infoLogBeforeOpen(dir);
  const db = new ClassicLevel<Uint8Array, Uint8Array>(dir, {
    keyEncoding: 'view',
    valueEncoding: 'view',
    createIfMissing: files.kind !== 'existing',
    ...level,
  });
  try {
    await db.open();
  } catch (error) {
    throw levelOpenError(dir, error);
  }
  let opened: { highWater: HighWater; catchUp: boolean };
  try {
    opened = await checkOpened(db, dir, infoLogBefore, files, options, mode);
  } catch (error) {
    await db.close();
    throw error;
  }
  const store = new LevelRaftStore(dir, db, options, opened.highWater, onClosed);
  if (opened.catchUp) {
    try {
      await store.stamp();
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}

/**
 * The checks on the real directory once LevelDB opened it: the same as on the shadow, now recording
 * what they find (drops, the format record of a new journal, the high-water file).
 */
async function checkOpened(
  db: ClassicLevel<Uint8Array, Uint8Array>,
  dir: string,
  infoLogBefore: bigint | undefined,
  files: JournalFiles,
  options: RaftStoreOptions,
  mode: HighWaterMode,
): Promise<{ highWater: HighWater; catchUp: boolean }> {
  // First what LevelDB's replay dropped (its log is gone once open resolved), then the format.
  const seen = await readWalDrops(dir, infoLogBefore);
  const format = await readFormat(db, dir).catch((error: unknown) => {
    const dropped = seen.flat();
    throw error instanceof JournalVersionError && dropped.length > 0
      ? walDropsError(dir, dropped, error)
      : error;
  });
  const accepted = await checkWalDrops(db, dir, seen, options);
  if (format === 'empty') await writeFormat(db, dir);
  const intervalMs = options.highWaterIntervalMs ?? 100;
  if (mode === 'off') {
    return { highWater: await openHighWater(dir, mode, intervalMs, 0, undefined), catchUp: false };
  }
  const file = await readHighWaterFile(dir);
  const stamp = await readSyncStamp(db, dir);
  const finding = checkHighWater(file, stamp);
  const existing = files.kind === 'existing' ? files : undefined;
  const lost = await describeFinding(dir, db, finding, existing);
  if (lost !== undefined) {
    if (options.acceptLostSyncedTail !== true && accepted.length === 0) {
      throw lostTailError(dir, lost);
    }
    warn(options, {
      type: 'lost-synced-tail-accepted',
      group: undefined,
      dir,
      stamps: lost.stamps,
      entries: lost.entries,
      message:
        `raft journal ${dir}: ${lost.message}; opened anyway because ` +
        `${accepted.length > 0 ? 'acceptDroppedWalRecords' : 'acceptLostSyncedTail'} is set: this ` +
        'member may hold less than it acknowledged to clients and peers; replace its data from a ' +
        'healthy replica as soon as possible and check the disk',
    });
  }
  const record = typeof file === 'object' ? file : undefined;
  const last = Math.max(stamp, record?.stamp ?? 0);
  return {
    highWater: await openHighWater(dir, mode, intervalMs, last, record),
    // After an accepted loss the database's stamp trails the file's: stamp a write before serving.
    catchUp: stamp < last,
  };
}

function warn(options: RaftStoreOptions, warning: JournalWarning): void {
  if (options.onWarning === undefined) process.emitWarning(warning.message, 'JournalWarning');
  else options.onWarning(warning);
}

/**
 * The format record: 'ok' when it says this build's format, 'empty' when the database holds no key at
 * all (a new journal). Throws JournalVersionError for data without one (not a canopy journal) or
 * another format, JournalCorruptionError when it is damaged.
 */
async function readFormat(
  db: ClassicLevel<Uint8Array, Uint8Array>,
  dir: string,
): Promise<FormatState> {
  let value: Uint8Array | undefined;
  let any: Uint8Array[];
  try {
    value = await db.get(FORMAT_KEY);
    any = value === undefined ? await db.keys({ limit: 1 }).all() : [];
  } catch (error) {
    throw wrapLevelError({ dir, key: 'format' }, 'reading the format record', error);
  }
  if (value === undefined) {
    if (any.length === 0) return 'empty';
    throw new JournalVersionError(
      dir,
      'holds LevelDB data without a canopy journal format record: it is not a canopy raft journal ' +
        '(wrong data directory?); the start changed nothing',
    );
  }
  const opened = openRecord(FORMAT_KEY, value);
  if (!opened.ok || opened.payload.length !== 4) {
    const problem = opened.ok ? `it is ${opened.payload.length} bytes, not 4` : opened.problem;
    throw new JournalCorruptionError(
      { dir, key: 'format' },
      `the format record is damaged: ${problem}`,
    );
  }
  const version = new DataView(opened.payload.buffer, opened.payload.byteOffset).getUint32(0);
  if (version !== JOURNAL_FORMAT_VERSION) {
    throw new JournalVersionError(
      dir,
      `is written in journal format ${version}; this build reads format ${JOURNAL_FORMAT_VERSION}; ` +
        `run a canopy release that reads format ${version}`,
    );
  }
  return 'ok';
}

async function writeFormat(db: ClassicLevel<Uint8Array, Uint8Array>, dir: string): Promise<void> {
  const version = new Uint8Array(4);
  new DataView(version.buffer).setUint32(0, JOURNAL_FORMAT_VERSION);
  try {
    await db.put(FORMAT_KEY, sealRecord(FORMAT_KEY, version), { sync: true });
  } catch (error) {
    throw wrapLevelError({ dir, key: 'format' }, 'writing the format record', error);
  }
}

class LevelRaftStore implements RaftStore {
  readonly dir: string;
  private readonly db: ClassicLevel<Uint8Array, Uint8Array>;
  private readonly committer: GroupCommitter;
  private readonly ctx: JournalContext;
  private readonly open = new Map<string, RaftGroupLog>();
  private closed = false;
  private closing: Promise<void> | undefined;
  private readonly housekeeping = new Set<Promise<void>>();
  private readonly highWater: HighWater;
  private readonly onClosed: () => void;

  constructor(
    dir: string,
    db: ClassicLevel<Uint8Array, Uint8Array>,
    options: RaftStoreOptions,
    highWater: HighWater,
    onClosed: () => void,
  ) {
    this.dir = dir;
    this.db = db;
    this.highWater = highWater;
    this.onClosed = onClosed;
    const batchBytesMax = options.batchBytesMax ?? 16 * MiB;
    const snapshotChunkBytes = options.snapshotChunkBytes ?? MiB;
    const deleteBatchRecordsMax = options.deleteBatchRecordsMax ?? 10_000;
    assert(
      batchBytesMax > 0 && snapshotChunkBytes > 0 && deleteBatchRecordsMax > 0,
      () =>
        `raft journal ${dir}: batchBytesMax, snapshotChunkBytes and deleteBatchRecordsMax must be > 0`,
    );
    this.committer = new GroupCommitter(
      db,
      batchBytesMax,
      options.metrics,
      highWater.mode === 'off' ? undefined : highWater,
    );
    this.ctx = {
      dir,
      db,
      committer: this.committer,
      highWater,
      snapshotChunkBytes,
      deleteBatchRecordsMax,
      onWarning: options.onWarning,
      isClosed: () => this.closed,
      background: (work) => {
        this.housekeeping.add(work);
        // Handled: a failed write poisoned the committer and every later save and load reports it.
        const settle = () => this.housekeeping.delete(work);
        work.then(settle, settle);
      },
      release: (group) => this.open.delete(group),
    };
  }

  group(name: string): RaftGroupLog {
    if (this.closed) throw new JournalIoError(`raft journal ${this.dir} is closed`);
    let log = this.open.get(name);
    if (log === undefined) {
      log = new RaftGroupLog(this.ctx, name);
      this.open.set(name, log);
    }
    return log;
  }

  async groupNames(): Promise<string[]> {
    if (this.closed) throw new JournalIoError(`raft journal ${this.dir} is closed`);
    const names: string[] = [];
    const decoder = new TextDecoder();
    const iterator = this.db.keys({ gte: Uint8Array.of(0x01), lt: Uint8Array.of(0x02) });
    try {
      for (let key = await iterator.next(); key !== undefined; key = await iterator.next()) {
        const length = key[1] ?? 0;
        const name = key.subarray(2, 2 + length);
        names.push(decoder.decode(name));
        // Skip the rest of this group: seek past its range (every kind byte is below 0xff).
        iterator.seek(Uint8Array.from([...key.subarray(0, 2 + length), 0xff]));
      }
    } finally {
      await iterator.close();
    }
    return names;
  }

  stats(): RaftStoreStats {
    return this.committer.stats();
  }

  /** One synced batch (nothing but its sync stamp), recorded in the high-water file. */
  async stamp(): Promise<void> {
    if (this.highWater.mode === 'off') return;
    this.highWater.stampNext();
    // An empty write is not written: a synced delete of a key never used makes the batch.
    await this.committer.submit([{ type: 'del', key: UNUSED_KEY }], true);
    await this.highWater.recorded();
  }

  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  private async doClose(): Promise<void> {
    this.closed = true;
    this.open.clear();
    await Promise.allSettled([...this.housekeeping]);
    await this.committer.whenIdle();
    try {
      // Batches synced since the last stamp: one more stamp, so the file is exact after a clean stop.
      if (this.highWater.behind() && this.committer.failed() === undefined) await this.stamp();
    } finally {
      try {
        await this.highWater.close();
      } finally {
        await this.db.close();
        this.onClosed();
      }
    }
  }
}

/**
 * The shell of the synced high-water mark (the design, formats and decision are in
 * synced-high-water.ts): reading the file and the database's stamp at open, and the writer that hands
 * out sync stamps and records the synced ones in the file.
 *
 * Invariants of the writer:
 * - The group committer asks for a stamp while it assembles a synced batch (`stamp()`, which also
 *   takes the groups' marks as of the writes queued so far) and reports the batch synced
 *   (`synced()`); a stamp is recorded in the file only after that, so the file never runs ahead of
 *   the database on an honest disk.
 * - At most one update of the file is in flight; updates coalesce to the newest synced stamp. Each is
 *   one write of a slot (alternating) and one fdatasync; the file never changes size after creation.
 * - In `trailing` mode a stamp is handed out at most once per interval (100 ms by default), so under
 *   load the stamps and the file cost a few puts and fdatasyncs a second whatever the commit rate, and
 *   the writes synced after the last recorded stamp before a crash are the ones it does not cover;
 *   after a quiet spell, the first synced write is stamped at once. `behind()` tells the store to
 *   stamp one more batch at a clean close.
 * - A failed update poisons the writer (`failed()`), and through it the journal: like a failed LevelDB
 *   write, it is never retried (the "fsyncgate" lesson), the member must restart.
 * - `close()` records the final stamp, so after a clean stop the file is exact.
 *
 * Creation writes a temporary file, syncs it, renames it into place and syncs the directory, so the
 * file exists whole before the first stamped batch.
 */
import { open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClassicLevel } from 'classic-level';
import { crc32c } from '../util/checksum.js';
import { JournalCorruptionError, JournalIoError, describeCause, wrapLevelError } from './errors.js';
import type { BatchOp, SyncedBatchHook } from './group-commit.js';
import { HIGH_WATER_FILE } from './journal-files.js';
import { SYNC_STAMP_KEY } from './keys.js';
import { RECORD_HEADER_BYTES, openRecord } from './records.js';
import {
  type GroupMark,
  HIGH_WATER_FILE_BYTES,
  HIGH_WATER_SLOT_BYTES,
  type HighWaterMode,
  type HighWaterRecord,
  decodeHighWaterFile,
  decodeSyncStamp,
  encodeHighWaterSlot,
} from './synced-high-water.js';

type Db = ClassicLevel<Uint8Array, Uint8Array>;

/** The high-water file of journal `dir`: its record, what is wrong with it, or undefined if missing. */
export async function readHighWaterFile(
  dir: string,
): Promise<HighWaterRecord | string | undefined> {
  const path = join(dir, HIGH_WATER_FILE);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw new JournalIoError(
      `raft journal ${dir}: its high-water file ${path} cannot be read: ${describeCause(error)}; ` +
        'make it a readable file again, then start again; the start changed nothing',
      { cause: error, path },
    );
  }
  return decodeHighWaterFile(bytes);
}

/** The database's sync stamp: that of the last synced write it holds (0 before the first). */
export async function readSyncStamp(db: Db, dir: string): Promise<number> {
  let value: Uint8Array | undefined;
  try {
    value = await db.get(SYNC_STAMP_KEY);
  } catch (error) {
    throw wrapLevelError({ dir, key: 'sync-stamp' }, 'reading the sync stamp', error);
  }
  if (value === undefined) return 0;
  const opened = openRecord(SYNC_STAMP_KEY, value);
  const stamp = opened.ok ? decodeSyncStamp(opened.payload) : opened.problem;
  if (typeof stamp === 'string') {
    throw new JournalCorruptionError(
      { dir, key: 'sync-stamp' },
      `the sync stamp is damaged: ${stamp}`,
    );
  }
  return stamp;
}

/** The crc of SYNC_STAMP_KEY, which every stamp record's checksum starts from. */
const SYNC_STAMP_KEY_CRC = crc32c(SYNC_STAMP_KEY);

/**
 * The batch operation that stamps a synced write: the record of synced-high-water.ts's
 * `encodeSyncStamp(stamp)` under SYNC_STAMP_KEY. NB: on every synced save, so written byte by byte
 * into one array (a DataView costs more than the rest).
 */
export function syncStampOp(stamp: number): BatchOp {
  const value = new Uint8Array(RECORD_HEADER_BYTES + 8);
  const high = Math.floor(stamp / 2 ** 32);
  const low = stamp >>> 0;
  for (let i = 0; i < 4; i++) {
    value[RECORD_HEADER_BYTES + i] = (high >>> (24 - 8 * i)) & 0xff;
    value[RECORD_HEADER_BYTES + 4 + i] = (low >>> (24 - 8 * i)) & 0xff;
  }
  const crc = crc32c(value.subarray(RECORD_HEADER_BYTES), SYNC_STAMP_KEY_CRC);
  for (let i = 0; i < 4; i++) value[i] = (crc >>> (24 - 8 * i)) & 0xff;
  return { type: 'put', key: SYNC_STAMP_KEY, value };
}

/**
 * Hands out sync stamps and records the synced ones (see the file comment): the group committer's
 * SyncedBatchHook, and what the groups tell it.
 */
export interface HighWater extends SyncedBatchHook {
  readonly mode: HighWaterMode;
  /**
   * A write of `group` was queued (or its log loaded), leaving it at `mark`: recorded with the next
   * synced batch's stamp. Cheap: called for every save.
   */
  mark(group: string, mark: GroupMark): void;
  /** Stamps the next synced batch whatever the interval (a clean close, an accepted loss). */
  stampNext(): void;
  /** Whether batches were synced after the last stamped one (the file cannot cover them yet). */
  behind(): boolean;
  /**
   * Resolves once the file records every batch synced so far (at once unless `strict`, where a
   * save's acknowledgement waits for it); rejects if an update failed.
   */
  recorded(): Promise<void>;
  /** The error that poisoned the writer, if any. */
  failed(): JournalIoError | undefined;
  /** Records the newest synced stamp and closes the file. */
  close(): Promise<void>;
}

/** A writer for `mode` 'off': no stamps, no file. */
export const NO_HIGH_WATER: HighWater = {
  mode: 'off',
  mark: () => undefined,
  stamp: () => undefined,
  stampNext: () => undefined,
  behind: () => false,
  synced: () => undefined,
  recorded: () => Promise.resolve(),
  failed: () => undefined,
  close: () => Promise.resolve(),
};

/**
 * Opens (creating it when missing) the high-water file of `dir` for writing; stamps continue after
 * `lastStamp`, the highest of the database's and the file's. `record` is the file's current record.
 * In `trailing` mode updates start at most once per `intervalMs`.
 */
export async function openHighWater(
  dir: string,
  mode: HighWaterMode,
  intervalMs: number,
  lastStamp: number,
  record: HighWaterRecord | undefined,
): Promise<HighWater> {
  if (mode === 'off') return NO_HIGH_WATER;
  const path = join(dir, HIGH_WATER_FILE);
  const generation = record?.generation ?? 0;
  if (record === undefined) {
    const first: HighWaterRecord = {
      generation: 1,
      stamp: lastStamp,
      groups: new Map(),
      partial: false,
    };
    await createFile(dir, path, first);
  }
  let file: FileHandle;
  try {
    file = await open(path, 'r+');
  } catch (error) {
    throw new JournalIoError(
      `raft journal ${dir}: its high-water file ${path} cannot be opened: ${describeCause(error)}`,
      { cause: error, path },
    );
  }
  const options = { mode, intervalMs, lastStamp, generation: Math.max(generation, 1) };
  return new HighWaterWriter(dir, file, options, record);
}

async function createFile(dir: string, path: string, record: HighWaterRecord): Promise<void> {
  const temporary = `${path}.tmp`;
  const bytes = new Uint8Array(HIGH_WATER_FILE_BYTES);
  bytes.set(encodeHighWaterSlot(record), (record.generation % 2) * HIGH_WATER_SLOT_BYTES);
  try {
    await rm(temporary, { force: true });
    const file = await open(temporary, 'wx');
    try {
      await file.write(bytes, 0, bytes.length, 0);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
    await syncDirectory(dir);
  } catch (error) {
    throw new JournalIoError(
      `raft journal ${dir}: creating its high-water file ${path} failed: ${describeCause(error)}`,
      { cause: error, path },
    );
  }
}

/** Makes a rename in `dir` durable (a no-op where directories cannot be synced). */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(dir, 'r');
  } catch (error) {
    if (isUnsupported(error)) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!isUnsupported(error)) throw error;
  } finally {
    await handle.close();
  }
}

function isUnsupported(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'EISDIR' || code === 'EPERM' || code === 'EINVAL' || code === 'EBADF';
}

class HighWaterWriter implements HighWater {
  readonly mode: HighWaterMode;
  private readonly dir: string;
  private readonly file: FileHandle;
  private readonly intervalMs: number;
  private nextStamp: number;
  private generation: number;
  /** Each group's mark as of the writes queued so far. */
  private readonly planned = new Map<string, GroupMark>();
  /** The stamp of the synced batch in flight, and the marks as it was assembled. */
  private pending: { stamp: number; marks: ReadonlyMap<string, GroupMark> } | undefined;
  /** The newest stamp known synced, with its marks, and the newest the file records. */
  private syncedStamp: number;
  private syncedMarks: ReadonlyMap<string, GroupMark>;
  private recordedStamp: number;
  private inFlight: Promise<void> | undefined;
  /** Cancels the scheduled update, when one is scheduled. */
  private cancelScheduled: (() => void) | undefined;
  /** When the last stamp was handed out (performance.now()), for `intervalMs`; and a forced one. */
  private lastStampMs = Number.NEGATIVE_INFINITY;
  private forceStamp = false;
  /** Batches synced since the last stamped one. */
  private unstamped = false;
  private failure: JournalIoError | undefined;
  private waiters: { stamp: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  private closed = false;

  constructor(
    dir: string,
    file: FileHandle,
    options: { mode: HighWaterMode; intervalMs: number; lastStamp: number; generation: number },
    record: HighWaterRecord | undefined,
  ) {
    this.dir = dir;
    this.file = file;
    this.mode = options.mode;
    // Strict acknowledgements wait for the file: every synced batch is stamped and recorded.
    this.intervalMs = options.mode === 'strict' ? 0 : options.intervalMs;
    this.nextStamp = options.lastStamp + 1;
    this.generation = options.generation;
    this.syncedStamp = options.lastStamp;
    this.recordedStamp = record?.stamp ?? options.lastStamp;
    for (const [group, mark] of record?.groups ?? []) this.planned.set(group, mark);
    this.syncedMarks = new Map(this.planned);
  }

  mark(group: string, mark: GroupMark): void {
    this.planned.set(group, mark);
  }

  stamp(): BatchOp | undefined {
    const now = performance.now();
    if (!this.forceStamp && now - this.lastStampMs < this.intervalMs) return undefined;
    this.forceStamp = false;
    this.lastStampMs = now;
    // NB: the batch being assembled holds every write queued so far (unless it was capped by
    // batchBytesMax: the marks may then run a few writes ahead of it, which only a loss report reads).
    const stamp = this.nextStamp++;
    this.pending = { stamp, marks: new Map(this.planned) };
    return syncStampOp(stamp);
  }

  stampNext(): void {
    this.forceStamp = true;
  }

  synced(): void {
    const pending = this.pending;
    this.pending = undefined;
    this.unstamped = pending === undefined;
    if (pending === undefined || pending.stamp <= this.syncedStamp) return;
    this.syncedStamp = pending.stamp;
    this.syncedMarks = pending.marks;
    this.schedule();
  }

  behind(): boolean {
    return this.unstamped;
  }

  recorded(): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const stamp = this.syncedStamp;
    if (this.recordedStamp >= stamp) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ stamp, resolve, reject }));
  }

  failed(): JournalIoError | undefined {
    return this.failure;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.cancelScheduled?.();
    this.cancelScheduled = undefined;
    try {
      await this.inFlight;
      if (this.failure === undefined && this.syncedStamp > this.recordedStamp) await this.update();
    } finally {
      await this.file.close();
    }
  }

  /** Starts an update on a later turn (stamps are what `intervalMs` spaces out). */
  private schedule(): void {
    if (this.cancelScheduled !== undefined || this.inFlight !== undefined || this.closed) return;
    if (this.failure !== undefined || this.syncedStamp <= this.recordedStamp) return;
    const immediate = setImmediate(() => {
      this.cancelScheduled = undefined;
      if (this.inFlight !== undefined || this.closed) return;
      this.inFlight = this.update().finally(() => {
        this.inFlight = undefined;
        this.schedule();
      });
    });
    this.cancelScheduled = () => {
      clearImmediate(immediate);
    };
  }

  /** One update: the newest synced stamp into the older slot, then fdatasync. */
  private async update(): Promise<void> {
    const stamp = this.syncedStamp;
    const generation = this.generation + 1;
    const groups = this.syncedMarks;
    const slot = encodeHighWaterSlot({ generation, stamp, groups, partial: false });
    try {
      await this.file.write(slot, 0, slot.length, (generation % 2) * HIGH_WATER_SLOT_BYTES);
      await this.file.datasync();
    } catch (error) {
      this.failure = new JournalIoError(
        `raft journal ${this.dir}: updating its high-water file failed (${describeCause(error)}); ` +
          'the journal refuses writes: stop the member and check the disk',
        { cause: error, path: join(this.dir, HIGH_WATER_FILE) },
      );
      for (const w of this.waiters.splice(0)) w.reject(this.failure);
      return;
    }
    this.generation = generation;
    this.recordedStamp = stamp;
    const waiting = this.waiters;
    this.waiters = waiting.filter((w) => w.stamp > stamp);
    for (const w of waiting) if (w.stamp <= stamp) w.resolve();
  }
}

/**
 * The shell of the synced high-water mark (the design, formats and decision are in
 * synced-high-water.ts): reading the file and the database's stamp at open, and the writer that hands
 * out sync stamps and records the synced ones in the file.
 *
 * Invariants of the writer:
 * - A stamp is recorded in the file only after the write carrying it resolved synced (`synced`), so
 *   the file never runs ahead of the database on an honest disk.
 * - At most one update of the file is in flight; updates coalesce to the newest synced stamp. Each is
 *   one write of a slot (alternating) and one fdatasync; the file never changes size after creation.
 *   In `trailing` mode an update starts at most once per interval (100 ms by default), so under load
 *   the file costs a few fdatasyncs a second whatever the commit rate, and the writes synced during
 *   the last interval before a crash are the ones it does not cover; after a quiet spell, the first
 *   synced write is recorded at once.
 * - A failed update poisons the writer (`failed()`), and through it the journal: like a failed LevelDB
 *   write, it is never retried (the "fsyncgate" lesson), the member must restart.
 * - `close()` records the final stamp, so after a clean stop the file is exact.
 *
 * Creation writes a temporary file, syncs it, renames it into place and syncs the directory, so the
 * file exists whole before the first stamped write.
 */
import { open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClassicLevel } from 'classic-level';
import { JournalCorruptionError, JournalIoError, describeCause, wrapLevelError } from './errors.js';
import type { BatchOp } from './group-commit.js';
import { HIGH_WATER_FILE } from './journal-files.js';
import { SYNC_STAMP_KEY } from './keys.js';
import { openRecord, sealRecord } from './records.js';
import {
  type GroupMark,
  HIGH_WATER_FILE_BYTES,
  HIGH_WATER_SLOT_BYTES,
  type HighWaterMode,
  type HighWaterRecord,
  decodeHighWaterFile,
  decodeSyncStamp,
  encodeHighWaterSlot,
  encodeSyncStamp,
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

/** The batch operation that stamps a synced write. */
export function syncStampOp(stamp: number): BatchOp {
  return {
    type: 'put',
    key: SYNC_STAMP_KEY,
    value: sealRecord(SYNC_STAMP_KEY, encodeSyncStamp(stamp)),
  };
}

/** Hands out sync stamps and records the synced ones (see the file comment). */
export interface HighWater {
  readonly mode: HighWaterMode;
  /** The stamp for a write about to be queued with `sync`; undefined when it carries none. */
  stampFor(sync: boolean): number | undefined;
  /** A group's log after `load()`: recorded with the next update. */
  loaded(group: string, mark: GroupMark): void;
  /**
   * The write carrying `stamp` resolved synced, leaving `group` at `mark`. Resolves at once in
   * `trailing` mode, and once the file records it in `strict` mode (rejects if the update fails).
   */
  synced(stamp: number, group: string | undefined, mark: GroupMark | undefined): Promise<void>;
  /** The error that poisoned the writer, if any. */
  failed(): JournalIoError | undefined;
  /** Records the newest synced stamp and closes the file. */
  close(): Promise<void>;
}

/** A writer for `mode` 'off': no stamps, no file. */
export const NO_HIGH_WATER: HighWater = {
  mode: 'off',
  stampFor: () => undefined,
  loaded: () => undefined,
  synced: () => Promise.resolve(),
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
  /** The newest stamp known synced, and the newest the file records. */
  private syncedStamp: number;
  private recordedStamp: number;
  private readonly groups = new Map<string, GroupMark>();
  private inFlight: Promise<void> | undefined;
  /** Cancels the scheduled update, when one is scheduled. */
  private cancelScheduled: (() => void) | undefined;
  /** When the last update started (performance.now()), for `intervalMs`. */
  private lastStartMs = Number.NEGATIVE_INFINITY;
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
    // Strict acknowledgements wait for the file: it is updated as soon as there is something new.
    this.intervalMs = options.mode === 'strict' ? 0 : options.intervalMs;
    this.nextStamp = options.lastStamp + 1;
    this.generation = options.generation;
    this.syncedStamp = options.lastStamp;
    this.recordedStamp = record?.stamp ?? options.lastStamp;
    for (const [group, mark] of record?.groups ?? []) this.groups.set(group, mark);
  }

  stampFor(sync: boolean): number | undefined {
    return sync ? this.nextStamp++ : undefined;
  }

  loaded(group: string, mark: GroupMark): void {
    this.groups.set(group, mark);
  }

  synced(stamp: number, group: string | undefined, mark: GroupMark | undefined): Promise<void> {
    if (group !== undefined && mark !== undefined) this.groups.set(group, mark);
    if (stamp > this.syncedStamp) this.syncedStamp = stamp;
    this.schedule();
    if (this.mode === 'trailing') return Promise.resolve();
    if (this.failure !== undefined) return Promise.reject(this.failure);
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

  /**
   * Starts an update on a later turn (so that all the writes of one group commit, resolved in one
   * turn, share it), and no sooner than `intervalMs` after the previous one started.
   */
  private schedule(): void {
    if (this.cancelScheduled !== undefined || this.inFlight !== undefined || this.closed) return;
    if (this.failure !== undefined || this.syncedStamp <= this.recordedStamp) return;
    const waitMs = this.lastStartMs + this.intervalMs - performance.now();
    const run = (): void => {
      this.cancelScheduled = undefined;
      if (this.inFlight !== undefined || this.closed) return;
      this.lastStartMs = performance.now();
      this.inFlight = this.update().finally(() => {
        this.inFlight = undefined;
        this.schedule();
      });
    };
    // NB: unref'd: a process that exits without closing the journal has crashed, as far as the file
    // is concerned, and the file is then merely behind.
    if (waitMs > 0) {
      const timeout = setTimeout(run, waitMs).unref();
      this.cancelScheduled = () => {
        clearTimeout(timeout);
      };
    } else {
      const immediate = setImmediate(run);
      this.cancelScheduled = () => {
        clearImmediate(immediate);
      };
    }
  }

  /** One update: the newest synced stamp into the older slot, then fdatasync. */
  private async update(): Promise<void> {
    const stamp = this.syncedStamp;
    const generation = this.generation + 1;
    const slot = encodeHighWaterSlot({ generation, stamp, groups: this.groups, partial: false });
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

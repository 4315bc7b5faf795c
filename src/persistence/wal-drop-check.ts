/**
 * The open-time check that LevelDB's replay of its write-ahead log dropped nothing (the why, and the
 * formats, are in wal-drops.ts). The shell around it: read the info logs, keep what they report in the
 * record under WAL_DROPS_KEY (synced, before anything else is written), refuse or accept.
 *
 * Which info logs. LevelDB renames `LOG` to `LOG.old` and starts a new `LOG` when it opens the database
 * (db_impl.cc SanitizeOptions), so after the open `LOG` holds this open's replay and `LOG.old` the
 * previous open's. The previous one is read too: if that process died between its open and writing the
 * record, its report survives only there. Reports already in the record are recognised (same log file),
 * so reading it again changes nothing. That `LOG` was really started by this open is checked by its
 * inode: when LevelDB could not rotate or create it, the check cannot be made and the open is refused.
 *
 * The replay is the first thing LevelDB logs, before any compaction, so only the first INFO_LOG_BYTES_MAX
 * of each file are read: `LOG.old` can hold a long-running process's compaction history.
 *
 * Must not: write anything before the record but the format record of a journal that looks empty (a
 * crash in between leaves the report in `LOG.old`, read next time), or read `LOG` before the open
 * resolved (lines are flushed as written, so all of the replay is there by then).
 */
import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClassicLevel } from 'classic-level';
import { JournalCorruptionError, JournalIoError, describeCause, wrapLevelError } from './errors.js';
import type { JournalWarning } from './journal-context.js';
import { WAL_DROPS_KEY } from './keys.js';
import { openRecord, sealRecord } from './records.js';
import {
  EMPTY_WAL_DROP_RECORD,
  type WalDrop,
  type WalDropRecord,
  acceptWalDrops,
  decodeWalDropRecord,
  describeWalDrops,
  encodeWalDropRecord,
  mergeWalDrops,
  parseWalDrops,
} from './wal-drops.js';

const INFO_LOG_BYTES_MAX = 4 * 1024 * 1024;

type Db = ClassicLevel<Uint8Array, Uint8Array>;

/** What the caller decided about drops (RaftStoreOptions). */
export interface WalDropPolicy {
  readonly acceptDroppedWalRecords?: boolean | undefined;
  readonly onWarning?: ((warning: JournalWarning) => void) | undefined;
}

/** The identity of `dir`'s info log before the open, to prove afterwards that LevelDB started anew. */
export function infoLogBeforeOpen(dir: string): Promise<bigint | undefined> {
  return inode(join(dir, 'LOG'), dir);
}

/**
 * The reports of the previous open's and this open's replay (`LOG.old`, `LOG`), oldest first. Throws
 * JournalIoError when `LOG` is not this open's or cannot be read.
 */
export async function readWalDrops(dir: string, before: bigint | undefined): Promise<WalDrop[][]> {
  const path = join(dir, 'LOG');
  const now = await inode(path, dir);
  if (now === undefined || now === before) {
    throw new JournalIoError(
      `raft journal ${dir}: LevelDB did not start a new info log (${path}) for this open, so whether ` +
        'its replay of the write-ahead log dropped records cannot be checked; make that file and the ' +
        'directory writable by this process and start again',
    );
  }
  const previous = await readHead(join(dir, 'LOG.old'), dir);
  const current = await readHead(path, dir);
  return [parseWalDrops(previous ?? ''), parseWalDrops(current ?? '')];
}

/**
 * The reports nobody accepted yet: those pending in the store's record and the new ones of `seen`.
 * Read-only (the check before the open, open-check.ts, must not write).
 */
export async function pendingWalDrops(
  db: Db,
  dir: string,
  seen: readonly (readonly WalDrop[])[],
): Promise<readonly WalDrop[]> {
  return mergeWalDrops(await readRecord(db, dir), seen).pending;
}

/**
 * Keeps new reports in the store's record (one synced write) and refuses to open while any is pending:
 * JournalCorruptionError naming the directory, the log files and the bytes dropped. With
 * `acceptDroppedWalRecords` it accepts them instead (another synced write) and reports a
 * `dropped-wal-records-accepted` warning to `onWarning`, or as a process warning when there is none.
 * Returns the reports accepted now (none when there was nothing to accept).
 */
export async function checkWalDrops(
  db: Db,
  dir: string,
  seen: readonly (readonly WalDrop[])[],
  policy: WalDropPolicy,
): Promise<readonly WalDrop[]> {
  const stored = await readRecord(db, dir);
  const merged = mergeWalDrops(stored, seen);
  if (merged.pending.length === 0) return [];
  if (policy.acceptDroppedWalRecords !== true) {
    if (merged !== stored) await writeRecord(db, dir, merged);
    throw walDropsError(dir, merged.pending);
  }
  await writeRecord(db, dir, acceptWalDrops(merged));
  const warning: JournalWarning = {
    type: 'dropped-wal-records-accepted',
    group: undefined,
    dir,
    drops: merged.pending,
    message:
      `raft journal ${dir}: LevelDB dropped records of its write-ahead log ` +
      `(${describeWalDrops(merged.pending)}); opened anyway because acceptDroppedWalRecords is set: ` +
      'acknowledged writes after the damaged record, Raft entries and votes included, may be lost, so ' +
      'this member may hold less than it promised its peers; replace its data from a healthy replica ' +
      'as soon as possible and check the disk',
  };
  if (policy.onWarning === undefined) process.emitWarning(warning.message, 'JournalWarning');
  else policy.onWarning(warning);
  return merged.pending;
}

/**
 * The refusal for `drops`; `also` adds what else the open found (synced writes missing); `cause` when
 * another error met them (a missing format record).
 */
export function walDropsError(
  dir: string,
  drops: readonly WalDrop[],
  cause?: unknown,
  also?: string,
): JournalCorruptionError {
  return new JournalCorruptionError(
    { dir },
    `LevelDB dropped records of its write-ahead log while replaying it on open ` +
      `(${describeWalDrops(drops)}; as its info log LOG said, kept by the journal until accepted): ` +
      'acknowledged writes after the damaged record may be gone without a gap for recovery to see' +
      (also === undefined ? '' : `; ${also}`) +
      '; only when no healthy replica or backup exists, opening with acceptDroppedWalRecords ' +
      '(`canopy start --accept-dropped-wal-records`) starts from what survived',
    cause === undefined ? undefined : { cause },
  );
}

async function readRecord(db: Db, dir: string): Promise<WalDropRecord> {
  let value: Uint8Array | undefined;
  try {
    value = await db.get(WAL_DROPS_KEY);
  } catch (error) {
    throw wrapLevelError(
      { dir, key: 'wal-drops' },
      'reading the record of write-ahead-log drops',
      error,
    );
  }
  if (value === undefined) return EMPTY_WAL_DROP_RECORD;
  const opened = openRecord(WAL_DROPS_KEY, value);
  const record = opened.ok ? decodeWalDropRecord(opened.payload) : opened.problem;
  if (typeof record === 'string') {
    throw new JournalCorruptionError(
      { dir, key: 'wal-drops' },
      `the record of write-ahead-log drops is damaged: ${record}`,
    );
  }
  return record;
}

async function writeRecord(db: Db, dir: string, record: WalDropRecord): Promise<void> {
  try {
    await db.put(WAL_DROPS_KEY, sealRecord(WAL_DROPS_KEY, encodeWalDropRecord(record)), {
      sync: true,
    });
  } catch (error) {
    throw new JournalIoError(
      `raft journal ${dir}: writing the record of write-ahead-log drops failed: ${describeCause(error)}`,
      { cause: error },
    );
  }
}

/** The inode of `path`, or undefined when it (or its directory) does not exist. */
async function inode(path: string, dir: string): Promise<bigint | undefined> {
  try {
    return (await stat(path, { bigint: true })).ino;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // A directory that is not one fails LevelDB's open, with LevelDB's message.
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new JournalIoError(
      `raft journal ${dir}: cannot read LevelDB's info log ${path}: ${describeCause(error)}`,
      { cause: error },
    );
  }
}

/** The first INFO_LOG_BYTES_MAX of `path` as text, or undefined when it does not exist. */
async function readHead(path: string, dir: string): Promise<string | undefined> {
  try {
    const file = await open(path, 'r');
    try {
      const { size } = await file.stat();
      const buffer = Buffer.alloc(Math.min(size, INFO_LOG_BYTES_MAX));
      const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
      return buffer.toString('utf8', 0, bytesRead);
    } finally {
      await file.close();
    }
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw new JournalIoError(
      `raft journal ${dir}: reading LevelDB's info log ${path} failed: ${describeCause(error)}`,
      { cause: error },
    );
  }
}

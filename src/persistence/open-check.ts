/**
 * The checks a journal must pass before LevelDB opens its directory, made on a shadow copy so that a
 * refused start leaves the directory byte for byte as it was.
 *
 * Why a copy. LevelDB's open rewrites its directory every time (db_impl.cc DB::Open): it renames
 * `LOG`, replays the write-ahead log into a new table, writes a new manifest, points `CURRENT` at it
 * and deletes the replayed log and the old manifest. The checks that need LevelDB to read the data
 * (records its replay dropped, the format record, the sync stamp against the high-water file) can
 * only run after an open, and a refusal after the real open would leave a directory rewritten: the
 * damaged log it refused for deleted, the evidence gone. So the open happens first in
 * `<journal>/CANOPY-OPEN-CHECK/`, a directory of hard links (symbolic links where the file system has
 * no hard links) to exactly the files LevelDB reads: `CURRENT`, the manifest it names, the live
 * tables, the logs it replays, `LOCK` and `LOG`. LevelDB never writes into an existing file (with
 * `reuse_logs` off, as classic-level leaves it): it creates new files with numbers above every live
 * one, replaces names by rename and deletes by unlink, all of which touch only the shadow's names.
 * So the shadow's open changes nothing of the journal's files; `LOCK` is shared, so another process
 * holding the journal makes the shadow's open fail as the real one would, before anything else.
 * The shadow is removed afterwards, and at the next start if a crash left it.
 *
 * Only when every check passes does the real open follow, on the real directory; it replays the same
 * log the same way, and raft-store.ts runs the checks again there (and writes what they record).
 *
 * Must not: link any other file (a leftover with a number LevelDB may reuse would be truncated through
 * the link), write to the journal directory except the shadow, or keep the shadow open.
 */
import { link, mkdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import {
  JournalCorruptionError,
  JournalIoError,
  describeCause,
  levelErrorCodes,
  wrapLevelError,
} from './errors.js';
import { readHighWaterFile, readSyncStamp } from './high-water-file.js';
import { type ExistingJournalFiles, HIGH_WATER_FILE, SHADOW_DIR } from './journal-files.js';
import { GroupKeys } from './keys.js';
import { openRecord } from './records.js';
import {
  type HighWaterFinding,
  type HighWaterMode,
  checkHighWater,
  describeLostTail,
} from './synced-high-water.js';
import {
  infoLogBeforeOpen,
  pendingWalDrops,
  readWalDrops,
  walDropsError,
} from './wal-drop-check.js';
import { decodeSnapshotManifest } from '../wire/raft-codec.js';

type Db = ClassicLevel<Uint8Array, Uint8Array>;

/** What the checks are told (RaftStoreOptions). */
export interface OpenCheckOptions {
  readonly acceptDroppedWalRecords: boolean;
  readonly acceptLostSyncedTail: boolean;
  readonly highWater: HighWaterMode;
  /** LevelDB options, the same as the real open's (the replay must go the same way). */
  readonly level: { readonly writeBufferSize?: number; readonly cacheSize?: number };
}

/** What format record a journal holds. */
export type FormatState = 'ok' | 'empty';

/** Reads the format record: 'empty' for a database with no keys; throws for anything else wrong. */
export type FormatReader = (db: Db, dir: string) => Promise<FormatState>;

/**
 * Opens a shadow of `dir` and runs the checks (see the file comment). Resolves when the real open may
 * proceed; false when the file system can make no links (the caller opens directly, and says so).
 * Throws the refusal otherwise: JournalIoError (locked, unreadable), JournalCorruptionError (LevelDB
 * cannot open the files; records dropped; synced writes lost), JournalVersionError (not a canopy
 * journal, or another format).
 */
export async function checkInShadow(
  dir: string,
  files: ExistingJournalFiles,
  options: OpenCheckOptions,
  readFormat: FormatReader,
): Promise<boolean> {
  const shadow = join(dir, SHADOW_DIR);
  await removeShadow(dir, shadow);
  try {
    await mkdir(shadow);
  } catch (error) {
    throw new JournalIoError(
      `raft journal ${dir}: cannot create the directory ${shadow} to check the journal before ` +
        `opening it: ${describeCause(error)}; make the journal directory writable by the user ` +
        'running canopy; the start changed nothing',
      { cause: error, path: shadow },
    );
  }
  try {
    if (!(await linkFiles(dir, shadow, files))) return false;
    // Before the constructor, which starts opening on the next tick (see raft-store.ts).
    const before = await infoLogBeforeOpen(shadow);
    const db = new ClassicLevel<Uint8Array, Uint8Array>(shadow, {
      keyEncoding: 'view',
      valueEncoding: 'view',
      createIfMissing: false,
      ...options.level,
    });
    try {
      await db.open();
    } catch (error) {
      throw levelOpenError(dir, error);
    }
    try {
      await checkOpened(dir, shadow, db, before, files, options, readFormat);
    } finally {
      await db.close();
    }
    return true;
  } finally {
    await removeShadow(dir, shadow);
  }
}

/** The checks on the opened shadow, in the order a refusal is reported. */
async function checkOpened(
  dir: string,
  shadow: string,
  db: Db,
  before: bigint | undefined,
  files: ExistingJournalFiles,
  options: OpenCheckOptions,
  readFormat: FormatReader,
): Promise<void> {
  const seen = await readWalDrops(shadow, before);
  const pending = await pendingWalDrops(db, dir, seen);
  await readFormat(db, dir).catch((error: unknown) => {
    throw pending.length > 0 ? walDropsError(dir, pending, error) : error;
  });
  // NB: also for a database without keys: a log lost with everything in it leaves one.
  const finding =
    options.highWater === 'off'
      ? ({ type: 'ok' } as const)
      : checkHighWater(await readHighWaterFile(dir), await readSyncStamp(db, dir));
  const lost = await describeFinding(dir, db, finding, files);
  if (pending.length > 0 && !options.acceptDroppedWalRecords) {
    throw walDropsError(dir, pending, undefined, lost?.message);
  }
  // Writes missing after LevelDB dropped records are the same loss: accepting one accepts both.
  if (lost !== undefined && !options.acceptLostSyncedTail && pending.length === 0) {
    throw lostTailError(dir, lost);
  }
}

/** A lost synced tail (or one that cannot be ruled out), in words and numbers. */
export interface LostTail {
  readonly message: string;
  /** Log entries missing, as far as the high-water file tells. */
  readonly entries: number;
  /**
   * Sync stamps missing (0 when the loss could not be checked): in `strict` mode one per synced
   * write lost; in `trailing` mode stamps are spaced out, so at least this many.
   */
  readonly stamps: number;
  /** The file at fault: the newest write-ahead log, or the high-water file when it is gone. */
  readonly file: string;
}

/** A loss or an unchecked high-water mark, in words; undefined when all is well. */
export async function describeFinding(
  dir: string,
  db: Db,
  finding: HighWaterFinding,
  files: ExistingJournalFiles | undefined,
): Promise<LostTail | undefined> {
  if (finding.type === 'ok') return undefined;
  const missingLog =
    files?.missingLog === undefined
      ? ''
      : `; the write-ahead log ${files.missingLog}, which LevelDB's manifest names as current, is missing`;
  if (finding.type === 'unchecked') {
    const message = `${finding.problem}${missingLog}`;
    return { message, entries: 0, stamps: 0, file: HIGH_WATER_FILE };
  }
  const lastNow = new Map<string, number>();
  for (const group of finding.record.groups.keys()) {
    lastNow.set(group, await groupLastIndex(db, dir, group));
  }
  const { message, entries } = describeLostTail(finding.record, finding.databaseStamp, lastNow);
  return {
    message: `${message}${missingLog}`,
    entries,
    stamps: finding.record.stamp - finding.databaseStamp,
    // The newest write-ahead log held the lost writes (or was lost with them).
    file: files?.logFiles.at(-1) ?? files?.missingLog ?? HIGH_WATER_FILE,
  };
}

/** The refusal for synced writes lost (or a loss that cannot be ruled out). */
export function lostTailError(dir: string, lost: LostTail): JournalCorruptionError {
  return new JournalCorruptionError({ dir, file: lost.file }, lost.message, {
    advice:
      'the member refuses to start rather than serve without acknowledged data: restore it from a ' +
      'healthy replica (move its data directory aside and let it catch up from the leader) or from ' +
      'a backup; only when none exists, start with --accept-lost-synced-tail (the journal option ' +
      'acceptLostSyncedTail) to serve what survived; the start changed nothing',
  });
}

/** A group's last log index in `db`: its last entry, else its snapshot's index, else 0. */
async function groupLastIndex(db: Db, dir: string, group: string): Promise<number> {
  const keys = new GroupKeys(group);
  try {
    const [last] = await db
      .keys({ gte: keys.entryPrefix, lt: keys.entryEnd(), reverse: true, limit: 1 })
      .all();
    const index = last === undefined ? undefined : keys.entryIndex(last);
    if (index !== undefined) return index;
    const manifest = await db.get(keys.manifest);
    if (manifest === undefined) return 0;
    const opened = openRecord(keys.manifest, manifest);
    return opened.ok ? decodeSnapshotManifest(opened.payload).meta.index : 0;
  } catch (error) {
    throw wrapLevelError({ dir, group }, 'reading the last entry', error);
  }
}

/**
 * Links the files LevelDB reads into the shadow; false when the file system supports neither hard
 * nor symbolic links.
 */
async function linkFiles(
  dir: string,
  shadow: string,
  files: ExistingJournalFiles,
): Promise<boolean> {
  const names = [
    'CURRENT',
    files.manifestFile,
    ...files.tableFiles,
    ...files.logFiles,
    ...(files.hasLock ? ['LOCK'] : []),
    ...(files.hasInfoLog ? ['LOG'] : []),
  ];
  let hard = true;
  for (const name of names) {
    const from = join(dir, name);
    const to = join(shadow, name);
    if (hard) {
      try {
        await link(from, to);
        continue;
      } catch (error) {
        if (!cannotLink(error)) throw linkError(dir, from, error);
        hard = false;
      }
    }
    try {
      await symlink(from, to);
    } catch (error) {
      if (cannotLink(error)) return false;
      throw linkError(dir, from, error);
    }
  }
  return true;
}

function cannotLink(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    code === 'EXDEV' ||
    code === 'EPERM' ||
    code === 'ENOTSUP' ||
    code === 'EOPNOTSUPP' ||
    code === 'ENOSYS'
  );
}

function linkError(dir: string, path: string, error: unknown): JournalIoError {
  return new JournalIoError(
    `raft journal ${dir}: cannot link ${path} into ${SHADOW_DIR} to check the journal before opening ` +
      `it: ${describeCause(error)}; the start changed nothing`,
    { cause: error, path },
  );
}

async function removeShadow(dir: string, shadow: string): Promise<void> {
  try {
    await rm(shadow, { recursive: true, force: true });
  } catch (error) {
    throw new JournalIoError(
      `raft journal ${dir}: cannot remove ${shadow}, the copy made to check the journal: ` +
        `${describeCause(error)}; remove it, then start again`,
      { cause: error, path: shadow },
    );
  }
}

/** The typed error for LevelDB refusing to open the journal's files. */
export function levelOpenError(dir: string, error: unknown): Error {
  const codes = levelErrorCodes(error);
  if (codes.includes('LEVEL_LOCKED')) {
    return new JournalIoError(
      `raft journal ${dir} is locked by another process (another member on the same data directory?); ` +
        'stop it or choose another data directory',
      { cause: error, path: join(dir, 'LOCK') },
    );
  }
  if (codes.includes('LEVEL_CORRUPTION')) {
    return new JournalCorruptionError(
      { dir },
      `LevelDB cannot open its files: ${describeCause(error)}`,
      {
        cause: error,
      },
    );
  }
  return new JournalIoError(
    `raft journal ${dir} cannot be opened: ${describeCause(error)}; check the disk and the file ` +
      'system, then start again',
    { cause: error, path: dir },
  );
}

/**
 * The check of a journal directory's files before LevelDB is pointed at it. Read-only: it lists,
 * stats and reads, and never creates, renames or writes anything, so a start it refuses leaves the
 * directory exactly as it was.
 *
 * Why before. LevelDB's open is not read-only and does not fail early: it renames `LOG` to `LOG.old`
 * before it even takes `LOCK` (db_impl.cc SanitizeOptions), and with `createIfMissing` a directory
 * whose `CURRENT` was lost gets a new, empty database whose first open deletes every table the lost
 * manifest listed (DeleteObsoleteFiles): recoverable data destroyed by a start that then refuses.
 * So the journal decides here, from LevelDB's own files, what the directory is:
 *
 * - `absent` or `fresh`: no directory, an empty one, or only the traces of a first open that never
 *   completed (`LOCK`, `LOG`, `MANIFEST-000001` without `CURRENT`; db_impl.cc NewDB writes the
 *   manifest, then `CURRENT`). Only then may LevelDB create a database (`createIfMissing`).
 * - `existing`: `CURRENT` present, or missing while evidence of a database is present (a write-ahead
 *   log, a table, a manifest newer than the first, the journal's high-water file): LevelDB keeps these
 *   only in a database that opened once, and every completed open replaces `MANIFEST-000001`. Then
 *   `CURRENT` must name a manifest that reads as LevelDB reads it (leveldb-manifest.ts), every live
 *   table it lists must be a regular, readable file at least as long as the manifest records, ending
 *   in the table magic number, and the files LevelDB will replay or write must be regular files.
 *   Anything else is refused here with a typed error naming the file and saying what to do: for a lost
 *   or damaged `CURRENT`, the manifest to write back into it.
 *
 * What it cannot see, LevelDB's open (on a shadow copy first, open-check.ts) and recovery do: damage
 * inside a table's blocks, inside the write-ahead log, or inside records.
 */
import { type Dirent, type Stats } from 'node:fs';
import { open, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pushAll } from '../util/arrays.js';
import {
  JournalCorruptionError,
  JournalIoError,
  JournalVersionError,
  describeCause,
} from './errors.js';
import { type ManifestReading, type ManifestState, readManifest } from './leveldb-manifest.js';

/** The journal's own file next to LevelDB's (high-water-file.ts). */
export const HIGH_WATER_FILE = 'CANOPY-HIGH-WATER';
/** The shadow copy open-check.ts opens; never part of the journal, removed after each check. */
export const SHADOW_DIR = 'CANOPY-OPEN-CHECK';

/** Names that are not LevelDB's but belong in the directory (a file system's `lost+found` too). */
const OWN_FILES = new Set([HIGH_WATER_FILE, `${HIGH_WATER_FILE}.tmp`, 'lost+found']);

/** The table footer's magic number, as its last 8 bytes (little-endian 0xdb4775248b80fb57). */
const TABLE_MAGIC = Uint8Array.of(0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb);
/** table/format.h Footer::kEncodedLength. */
const TABLE_FOOTER_BYTES = 48;
/** Tables whose footers are read at once. */
const TABLE_CHECKS_IN_FLIGHT = 16;

/** What the directory holds (see the file comment). */
export type JournalFiles =
  { readonly kind: 'absent' } | { readonly kind: 'fresh' } | ExistingJournalFiles;

export interface ExistingJournalFiles {
  readonly kind: 'existing';
  /** The manifest `CURRENT` names. */
  readonly manifestFile: string;
  readonly manifest: ManifestState;
  /** The live tables' file names (`000005.ldb`). */
  readonly tableFiles: readonly string[];
  /** The write-ahead logs LevelDB will replay, oldest first. */
  readonly logFiles: readonly string[];
  /** The write-ahead log the manifest names as current, when it is missing (it held the latest writes). */
  readonly missingLog: string | undefined;
  /** Whether `LOCK`, `LOG` and the high-water file exist. */
  readonly hasLock: boolean;
  readonly hasInfoLog: boolean;
  readonly hasHighWater: boolean;
}

type LevelFile =
  | { readonly type: 'current' | 'lock' | 'info-log' | 'old-info-log' }
  | { readonly type: 'manifest' | 'log' | 'table' | 'temp'; readonly number: number };

/** filename.cc ParseFileName: what LevelDB makes of a name in its directory, if anything. */
export function parseLevelFileName(name: string): LevelFile | undefined {
  if (name === 'CURRENT') return { type: 'current' };
  if (name === 'LOCK') return { type: 'lock' };
  if (name === 'LOG') return { type: 'info-log' };
  if (name === 'LOG.old') return { type: 'old-info-log' };
  const manifest = /^MANIFEST-(\d+)$/.exec(name);
  if (manifest !== null) return { type: 'manifest', number: Number(manifest[1]) };
  const numbered = /^(\d+)\.(log|sst|ldb|dbtmp)$/.exec(name);
  if (numbered === null) return undefined;
  const number = Number(numbered[1]);
  const ext = numbered[2];
  return { type: ext === 'log' ? 'log' : ext === 'dbtmp' ? 'temp' : 'table', number };
}

/** LevelDB's file names (filename.cc). */
function numbered(number: number, ext: string): string {
  return `${String(number).padStart(6, '0')}.${ext}`;
}

/** Checks the journal directory `dir` (see the file comment); never writes. */
export async function inspectJournalFiles(dir: string): Promise<JournalFiles> {
  const dirStat = await statOrUndefined(dir, dir);
  if (dirStat === undefined) return { kind: 'absent' };
  if (!dirStat.isDirectory()) {
    throw new JournalIoError(
      `raft journal ${dir} is not a directory (${kindOf(dirStat)}); move it aside or choose ` +
        'another data directory',
      { path: dir },
    );
  }
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw ioError(dir, dir, 'cannot be listed', error);
  }
  const names = entries.map((e) => e.name).filter((n) => n !== SHADOW_DIR);
  const files = new Map<string, LevelFile>();
  const foreign: string[] = [];
  for (const name of names) {
    const parsed = parseLevelFileName(name);
    if (parsed !== undefined) files.set(name, parsed);
    else if (!OWN_FILES.has(name)) foreign.push(name);
  }
  const hasHighWater = names.includes(HIGH_WATER_FILE);
  if (!files.has('CURRENT')) {
    const evidence = [...files].filter(([, f]) => isEvidence(f)).map(([name]) => name);
    if (hasHighWater) evidence.push(HIGH_WATER_FILE);
    if (evidence.length > 0) throw await currentMissing(dir, files, evidence);
    if (foreign.length > 0) {
      throw new JournalVersionError(
        dir,
        `holds files that are not LevelDB's (${sample(foreign)}) and no journal: it is not a canopy ` +
          'raft journal (wrong data directory?); move them away or choose another data directory',
      );
    }
    return { kind: 'fresh' };
  }
  return inspectExisting(dir, files, hasHighWater);
}

/** A file LevelDB keeps only in a database whose first open completed. */
function isEvidence(f: LevelFile): boolean {
  if (f.type === 'log' || f.type === 'table') return true;
  return f.type === 'manifest' && f.number > 1;
}

async function inspectExisting(
  dir: string,
  files: ReadonlyMap<string, LevelFile>,
  hasHighWater: boolean,
): Promise<ExistingJournalFiles> {
  for (const name of ['CURRENT', 'LOCK', 'LOG']) {
    if (files.has(name)) await requireFile(dir, name);
  }
  const current = await readBytes(dir, 'CURRENT');
  const text = new TextDecoder().decode(current);
  const manifestFile = text.slice(0, -1);
  if (!text.endsWith('\n') || manifestFile.length === 0) {
    throw await currentDamaged(
      dir,
      files,
      `CURRENT does not end with a new line (it holds ${JSON.stringify(text.slice(0, 80))}), ` +
        'so LevelDB cannot tell which manifest is current',
    );
  }
  if (!/^MANIFEST-\d+$/.test(manifestFile)) {
    throw await currentDamaged(
      dir,
      files,
      `CURRENT holds ${JSON.stringify(text.slice(0, 80))}, which is not the name of a manifest`,
    );
  }
  if (!files.has(manifestFile)) {
    throw await currentDamaged(
      dir,
      files,
      `CURRENT names the manifest ${manifestFile}, which is missing: LevelDB cannot find its tables`,
    );
  }
  await requireFile(dir, manifestFile);
  const reading = readManifest(await readBytes(dir, manifestFile));
  if (!reading.ok) {
    throw new JournalCorruptionError(
      { dir, file: manifestFile },
      `LevelDB's manifest ${manifestFile}, which CURRENT names, is damaged: ${reading.problem}`,
    );
  }
  const manifest = reading.state;
  const tableFiles = await checkTables(dir, files, manifestFile, manifest);
  const logFiles = [...files]
    .flatMap(([name, f]) => (f.type === 'log' ? [{ name, number: f.number }] : []))
    .filter((l) => l.number >= manifest.logNumber || l.number === manifest.prevLogNumber)
    .sort((a, b) => a.number - b.number)
    .map((l) => l.name);
  // NB: LevelDB skips a log it cannot open with only a line in its info log (MaybeIgnoreError).
  for (const log of logFiles) {
    await requireFile(dir, log);
    await requireReadable(dir, log);
  }
  const currentLog = numbered(manifest.logNumber, 'log');
  return {
    kind: 'existing',
    manifestFile,
    manifest,
    tableFiles,
    logFiles,
    missingLog: manifest.logNumber > 0 && !files.has(currentLog) ? currentLog : undefined,
    hasLock: files.has('LOCK'),
    hasInfoLog: files.has('LOG'),
    hasHighWater,
  };
}

/** Checks every live table (see the file comment); returns their file names. */
async function checkTables(
  dir: string,
  files: ReadonlyMap<string, LevelFile>,
  manifestFile: string,
  manifest: ManifestState,
): Promise<string[]> {
  const tables = [...manifest.tables].sort(([a], [b]) => a - b);
  const names: string[] = [];
  for (let at = 0; at < tables.length; at += TABLE_CHECKS_IN_FLIGHT) {
    const slice = tables.slice(at, at + TABLE_CHECKS_IN_FLIGHT);
    const checked = await Promise.all(
      slice.map(async ([number, table]) => {
        // table_cache.cc: the .ldb name first, then the older .sst.
        const ldb = numbered(number, 'ldb');
        const sst = numbered(number, 'sst');
        const name = files.has(ldb) || !files.has(sst) ? ldb : sst;
        if (!files.has(name)) {
          throw new JournalCorruptionError(
            { dir, file: name },
            `the table ${name} (level ${table.level}, ${table.bytes} bytes), which the manifest ` +
              `${manifestFile} lists, is missing`,
          );
        }
        await checkTable(dir, name, table.bytes, manifestFile);
        return name;
      }),
    );
    pushAll(names, checked);
  }
  return names;
}

async function checkTable(
  dir: string,
  name: string,
  bytes: number,
  manifestFile: string,
): Promise<void> {
  const path = join(dir, name);
  const s = await requireFile(dir, name);
  const damaged = (problem: string): JournalCorruptionError =>
    new JournalCorruptionError({ dir, file: name }, `the table ${name} ${problem}`);
  if (s.size < bytes) {
    throw damaged(
      `is ${s.size} bytes long, but the manifest ${manifestFile} records ${bytes}: it was cut short`,
    );
  }
  if (bytes < TABLE_FOOTER_BYTES) {
    throw damaged(`is recorded as ${bytes} bytes in ${manifestFile}, too short to be a table`);
  }
  const magic = new Uint8Array(TABLE_MAGIC.length);
  try {
    const file = await open(path, 'r');
    try {
      await file.read(magic, 0, magic.length, bytes - magic.length);
    } finally {
      await file.close();
    }
  } catch (error) {
    throw ioError(dir, path, 'cannot be read', error);
  }
  if (!magic.every((b, i) => b === TABLE_MAGIC[i])) {
    throw damaged(
      `does not end in the table magic number at byte ${bytes}: it is not a LevelDB table (overwritten?)`,
    );
  }
}

/** The refusal for a missing `CURRENT` in a directory that holds a database. */
async function currentMissing(
  dir: string,
  files: ReadonlyMap<string, LevelFile>,
  evidence: readonly string[],
): Promise<JournalCorruptionError> {
  return currentDamaged(
    dir,
    files,
    `LevelDB's CURRENT file is missing, but the directory holds a database (${sample(evidence)}): ` +
      'without CURRENT LevelDB cannot find its manifest, and would create an empty database over ' +
      'the data',
  );
}

/** The refusal for a `CURRENT` that is missing or names no readable manifest, with the repair. */
async function currentDamaged(
  dir: string,
  files: ReadonlyMap<string, LevelFile>,
  problem: string,
): Promise<JournalCorruptionError> {
  const candidate = await repairCandidate(dir, files);
  const current = join(dir, 'CURRENT');
  const advice =
    candidate === undefined
      ? 'no manifest in the directory lists only tables that are present, so CURRENT cannot be ' +
        'written back: restore this member from a healthy replica (move its data directory aside ' +
        'and let it catch up from the leader) or from a backup; keep the damaged directory for ' +
        'analysis; the start changed nothing'
      : `to repair, write the name of the manifest ${candidate} into CURRENT, followed by a new ` +
        `line (printf '${candidate}\\n' > '${current}'), then start again: it is the newest ` +
        'manifest here that reads without damage and lists only tables that are present; the ' +
        'start changed nothing';
  return new JournalCorruptionError({ dir, file: 'CURRENT' }, problem, { advice });
}

/** The newest manifest that decodes and whose live tables are all present and long enough. */
async function repairCandidate(
  dir: string,
  files: ReadonlyMap<string, LevelFile>,
): Promise<string | undefined> {
  const manifests = [...files]
    .flatMap(([name, f]) => (f.type === 'manifest' ? [{ name, number: f.number }] : []))
    .sort((a, b) => b.number - a.number);
  for (const { name } of manifests) {
    let reading: ManifestReading;
    try {
      reading = readManifest(await readFile(join(dir, name)));
    } catch {
      // NB: an unreadable manifest is simply no candidate; the refusal names the real problem.
      continue;
    }
    if (!reading.ok) continue;
    const present = await Promise.all(
      [...reading.state.tables].map(async ([number, table]) => {
        for (const ext of ['ldb', 'sst']) {
          const s = await stat(join(dir, numbered(number, ext))).catch(() => undefined);
          if (s?.isFile() === true && s.size >= table.bytes) return true;
        }
        return false;
      }),
    );
    if (present.every(Boolean)) return name;
  }
  return undefined;
}

/** Stats `name` in `dir`; throws JournalIoError unless it is a regular file. */
async function requireFile(dir: string, name: string): Promise<Stats> {
  const path = join(dir, name);
  const s = await statOrUndefined(path, dir);
  if (s === undefined) {
    throw new JournalIoError(`raft journal ${dir}: ${path} disappeared while it was checked`, {
      path,
    });
  }
  if (!s.isFile()) {
    throw new JournalIoError(
      `raft journal ${dir}: ${path} is not a regular file (${kindOf(s)}); LevelDB cannot read ` +
        'it: put the journal file back in its place (restore it from a backup) or restore this ' +
        'member from a healthy replica; the start changed nothing',
      { path },
    );
  }
  return s;
}

async function requireReadable(dir: string, name: string): Promise<void> {
  const path = join(dir, name);
  try {
    await (await open(path, 'r')).close();
  } catch (error) {
    throw ioError(dir, path, 'cannot be read', error);
  }
}

async function readBytes(dir: string, name: string): Promise<Uint8Array> {
  const path = join(dir, name);
  try {
    return await readFile(path);
  } catch (error) {
    throw ioError(dir, path, 'cannot be read', error);
  }
}

async function statOrUndefined(path: string, dir: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw ioError(dir, path, 'cannot be examined', error);
  }
}

function ioError(dir: string, path: string, what: string, error: unknown): JournalIoError {
  const code = (error as { code?: unknown }).code;
  const advice =
    code === 'EACCES' || code === 'EPERM'
      ? 'make the journal directory and its files readable and writable by the user running ' +
        'canopy, then start again'
      : 'check the disk and the file system, then start again';
  return new JournalIoError(
    `raft journal ${dir}: ${path} ${what}: ${describeCause(error)}; ${advice}; the start changed nothing`,
    { cause: error, path },
  );
}

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFile()) return 'a file';
  if (s.isSymbolicLink()) return 'a symbolic link';
  return 'a special file';
}

/** Up to five names, for a message. */
function sample(names: readonly string[]): string {
  const sorted = [...names].sort();
  const shown = sorted.slice(0, 5).join(', ');
  return sorted.length > 5 ? `${shown} and ${sorted.length - 5} more` : shown;
}

/**
 * The errors of the durable Raft journal (src/persistence). Each names the Raft group (one shard replica,
 * `member-1-shard-inventory-config`), the entry index and the LevelDB key where it applies, and says what
 * the operator should do. A caller reacts differently to each:
 *
 * - `JournalCorruptionError`: what is on disk is damaged in a way that could lose acknowledged data (a bad
 *   record before the tail, a gap, a commit index past the surviving log, LevelDB's own corruption,
 *   records LevelDB dropped from its write-ahead log on open). The shard must refuse to start; nothing is
 *   ever skipped silently.
 * - `JournalVersionError`: the directory was written in a journal format this build does not read.
 * - `JournalIoError`: the disk failed or refused (a failed write or fsync, the directory locked by another
 *   process, the store closed). After a failed write the store refuses further writes: its in-memory view
 *   may be ahead of the disk, so the member must reopen and reload (the "fsyncgate" lesson: never retry a
 *   failed fsync and carry on).
 */
import { CanopyError } from '../util/errors.js';

/** Where in the journal a problem was found. */
export interface JournalLocation {
  /** The Raft group (shard replica) name; absent when the problem concerns the whole store. */
  readonly group?: string | undefined;
  /** The store's directory, when known. */
  readonly dir?: string | undefined;
  /** The log entry index, when the problem concerns one. */
  readonly index?: number | undefined;
  /** The LevelDB key, described (`member-1-shard-x/entry/42`), when the problem concerns one record. */
  readonly key?: string | undefined;
  /** The file of the journal directory at fault (`MANIFEST-000012`, `000005.ldb`), when one is. */
  readonly file?: string | undefined;
}

/** Options of the journal errors: the cause, and advice replacing the default one. */
export interface JournalErrorOptions extends ErrorOptions {
  /** What the operator should do; replaces the default advice (restore from a replica or backup). */
  readonly advice?: string | undefined;
}

function where(loc: JournalLocation): string {
  const parts: string[] = [];
  if (loc.dir !== undefined) parts.push(`directory ${loc.dir}`);
  if (loc.file !== undefined) parts.push(`file ${loc.file}`);
  parts.push(loc.group === undefined ? 'all groups' : `group ${loc.group}`);
  if (loc.index !== undefined) parts.push(`entry index ${loc.index}`);
  if (loc.key !== undefined) parts.push(`key ${loc.key}`);
  return parts.join(', ');
}

const RESTORE =
  'the shard refuses to start; restore this member from a healthy replica (move its data directory ' +
  'aside and let it catch up from the leader) or from a backup; keep the damaged directory for analysis';

/** Damaged or missing durable state that cannot be repaired without risking acknowledged data. */
export class JournalCorruptionError extends CanopyError {
  readonly code = 'journal-corruption';
  /** The group, undefined when the whole store is affected. */
  readonly group: string | undefined;
  readonly index: number | undefined;
  readonly key: string | undefined;
  /** The file at fault, when the problem concerns one file of the directory. */
  readonly file: string | undefined;
  constructor(loc: JournalLocation, problem: string, options?: JournalErrorOptions) {
    super(`journal corruption (${where(loc)}): ${problem}; ${options?.advice ?? RESTORE}`, options);
    this.group = loc.group;
    this.index = loc.index;
    this.key = loc.key;
    this.file = loc.file;
  }
}

/** A journal written in a format this build does not read. */
export class JournalVersionError extends CanopyError {
  readonly code = 'journal-version';
  readonly dir: string;
  constructor(dir: string, problem: string, options?: ErrorOptions) {
    super(`journal ${dir}: ${problem}`, options);
    this.dir = dir;
  }
}

/** The disk failed or refused an operation; see the class comment for what a caller must do. */
export class JournalIoError extends CanopyError {
  readonly code = 'journal-io';
  /** The file or directory at fault, when one is known. */
  readonly path: string | undefined;
  constructor(message: string, options?: ErrorOptions & { readonly path?: string | undefined }) {
    super(message, options);
    this.path = options?.path;
  }
}

/** The LevelDB error code of `error` or of its causes (`LEVEL_CORRUPTION`, `LEVEL_LOCKED`, ...). */
export function levelErrorCodes(error: unknown): string[] {
  const codes: string[] = [];
  let e: unknown = error;
  for (let depth = 0; depth < 5 && typeof e === 'object' && e !== null; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    e = (e as { cause?: unknown }).cause;
  }
  return codes;
}

/** The message of `error` and of its causes, joined, for a wrapped error's text. */
export function describeCause(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e !== undefined && e !== null; depth++) {
    parts.push(e instanceof Error ? e.message : JSON.stringify(e));
    e = e instanceof Error ? e.cause : undefined;
  }
  return parts.join(': ');
}

/**
 * Wraps an error LevelDB raised while reading or writing a group's records: its own corruption reports
 * (`LEVEL_CORRUPTION`) become a JournalCorruptionError, anything else a JournalIoError.
 */
export function wrapLevelError(loc: JournalLocation, doing: string, error: unknown): Error {
  if (error instanceof CanopyError) return error;
  if (levelErrorCodes(error).includes('LEVEL_CORRUPTION')) {
    return new JournalCorruptionError(
      loc,
      `LevelDB reports its files damaged while ${doing} (${describeCause(error)})`,
      { cause: error },
    );
  }
  return new JournalIoError(`journal ${where(loc)}: ${doing} failed: ${describeCause(error)}`, {
    cause: error,
  });
}

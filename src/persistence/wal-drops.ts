/**
 * What LevelDB's info log (the `LOG` file in its directory) says about the replay of its write-ahead
 * log on open, and the journal's durable record of those reports. Pure: no I/O; wal-drop-check.ts reads
 * the files and writes the record.
 *
 * Why. classic-level opens LevelDB without paranoid checks (its binding.cc sets no `paranoid_checks`
 * and offers no option to), and without them LevelDB's recovery (db/db_impl.cc `RecoverLogFile`) skips
 * what it cannot read and only writes a line to its info log. A checksum mismatch drops the rest of the
 * 32 KiB block (log_reader.cc: the length field itself may be damaged), so acknowledged batches after
 * the damaged record in that block are gone, and when no batch follows in a later block, no gap is left
 * for recovery.ts to see. The replayed log is then written into a table and deleted in the same open,
 * so the report in `LOG` is the only evidence, and the next open rotates it to `LOG.old` and the one
 * after that discards it. Hence the record under WAL_DROPS_KEY: a report found is kept there, synced,
 * and the store refuses to open while one is pending, until an operator restores the member or opens
 * with `acceptDroppedWalRecords` (which moves the pending reports to `accepted`).
 *
 * The lines, as leveldb 1.20 (vendored by classic-level 3) writes them, unchanged in google/leveldb's
 * main branch; util/posix_logger.h prefixes each with `YYYY/MM/DD-HH:MM:SS.uuuuuu <thread hex> `
 * (port-libuv's win_logger.cc: milliseconds) and fflushes it as written, so all of them are in the file
 * when the open resolves:
 * - `Recovering log #N`, before the replay of `NNNNNN.log` (db_impl.cc).
 * - `(ignoring error) <db>/NNNNNN.log: dropping <bytes> bytes; <status>` (db_impl.cc LogReporter; the
 *   prefix is absent with paranoid checks). The status is `Corruption: ` and one of log_reader.cc's
 *   `checksum mismatch`, `bad record length`, `partial record without end(1|2)`, `missing start of
 *   fragmented record(1|2)`, `error in middle of record`, `unknown record type N`, or db_impl.cc's `log
 *   record too small`; or `IO error: ...` when a read of the file failed.
 * - `Ignoring error <status>` (db_impl.cc MaybeIgnoreError, called only in RecoverLogFile): the log file
 *   could not be opened (skipped whole; logged before its `Recovering log` line, the status names the
 *   file), or a batch failed to apply to the memtable (applied in part).
 * By design of log_reader.cc the tail a crash leaves is never reported: a header cut short, a record
 * longer than the rest of the file, a fragmented record without its end, and zeroed preallocated space
 * all read as end of file. Nothing else counts: the manifest's reader reports to a Status (the open then
 * fails, LEVEL_CORRUPTION), compaction writes `Compacting ...` and `Compaction error: ...`, and repair.cc
 * (`Log #N: dropping ...`) is never run by open.
 */
import { pushAll } from '../util/arrays.js';

/** One report of LevelDB's write-ahead-log replay. */
export interface WalDrop {
  /** N of LevelDB's `NNNNNN.log`; undefined when LevelDB did not say which file. */
  readonly logNumber: number | undefined;
  /** Bytes skipped; undefined for an ignored error (a batch applied in part, or a file not read). */
  readonly droppedBytes: number | undefined;
  /** LevelDB's status text (`Corruption: checksum mismatch`). */
  readonly reason: string;
}

/** The record under WAL_DROPS_KEY. */
export interface WalDropRecord {
  /** Reports nobody accepted: the store refuses to open while there is one. */
  readonly pending: readonly WalDrop[];
  /**
   * Reports an operator accepted, newest last, at most ACCEPTED_DROPS_MAX: a report read again (from
   * `LOG.old` at the next open) is recognised and not pending again.
   */
  readonly accepted: readonly WalDrop[];
}

export const EMPTY_WAL_DROP_RECORD: WalDropRecord = Object.freeze({ pending: [], accepted: [] });

/** The accepted reports kept; only the previous open's can come back, so a few suffice. */
export const ACCEPTED_DROPS_MAX = 64;

// posix_logger.h: microseconds; port-libuv/win_logger.cc: milliseconds.
const LINE = /^\d{4}\/\d{2}\/\d{2}-\d{2}:\d{2}:\d{2}\.\d{3,6} [0-9a-f]+ (.*)$/;
const RECOVERING = /^Recovering log #(\d+)$/;
// Greedy: the database path may contain anything, the file name is the last `/NNNNNN.log: dropping`.
const DROPPING = /^(?:\(ignoring error\) )?.*\/(\d+)\.log: dropping (-?\d+) bytes; (.*)$/;
const IGNORING = /^Ignoring error (.*)$/;
const LOG_FILE_IN_STATUS = /[/\\](\d+)\.log\b/;

/**
 * The write-ahead-log reports in the text of one info log, in order. Only complete lines count: a
 * background thread may be writing the last one.
 */
export function parseWalDrops(infoLog: string): WalDrop[] {
  const drops: WalDrop[] = [];
  let recovering: number | undefined;
  const complete = infoLog.slice(0, infoLog.lastIndexOf('\n') + 1);
  for (const line of complete.split('\n')) {
    const message = LINE.exec(line.endsWith('\r') ? line.slice(0, -1) : line)?.[1];
    if (message === undefined) continue;
    const log = RECOVERING.exec(message);
    if (log !== null) {
      recovering = Number(log[1]);
      continue;
    }
    const dropped = DROPPING.exec(message);
    if (dropped !== null) {
      const [, file, bytes, reason] = dropped;
      drops.push({ logNumber: Number(file), droppedBytes: Number(bytes), reason: reason! });
      continue;
    }
    const ignored = IGNORING.exec(message);
    if (ignored !== null) {
      const reason = ignored[1]!;
      const named = LOG_FILE_IN_STATUS.exec(reason)?.[1];
      const logNumber = named === undefined ? recovering : Number(named);
      drops.push({ logNumber, droppedBytes: undefined, reason });
    }
  }
  return drops;
}

/** The identity of the event a report belongs to: one replay of one log file. */
function eventOf(drop: WalDrop): string {
  return drop.logNumber === undefined ? `?${drop.reason}` : String(drop.logNumber);
}

/**
 * `record` with the reports of `sources` (the info logs read, oldest first) that it does not hold yet
 * added to `pending`; `record` itself when nothing is new. A log file is replayed in full again only when
 * the open that replayed it failed, so a log number already recorded, or already seen in an earlier
 * source, is the same event, not a new one.
 */
export function mergeWalDrops(
  record: WalDropRecord,
  sources: readonly (readonly WalDrop[])[],
): WalDropRecord {
  const known = new Set([...record.pending, ...record.accepted].map(eventOf));
  const added: WalDrop[] = [];
  for (const source of sources) {
    const fresh = source.filter((d) => !known.has(eventOf(d)));
    for (const d of fresh) known.add(eventOf(d));
    pushAll(added, fresh);
  }
  if (added.length === 0) return record;
  return { pending: [...record.pending, ...added], accepted: record.accepted };
}

/** `record` after an operator accepted its pending reports. */
export function acceptWalDrops(record: WalDropRecord): WalDropRecord {
  const accepted = [...record.accepted, ...record.pending];
  return { pending: [], accepted: accepted.slice(-ACCEPTED_DROPS_MAX) };
}

/** LevelDB's name of write-ahead log `n` (filename.cc: `%06llu.log`). */
export function walFileName(n: number): string {
  return `${String(n).padStart(6, '0')}.log`;
}

/** `000005.log: 32113 bytes (Corruption: checksum mismatch), 161 bytes (...)`, one group per file. */
export function describeWalDrops(drops: readonly WalDrop[]): string {
  const byFile = new Map<string, string[]>();
  for (const d of drops) {
    const file = d.logNumber === undefined ? 'a log file' : walFileName(d.logNumber);
    const what =
      d.droppedBytes === undefined
        ? `an error ignored, a batch applied in part or the file skipped (${d.reason})`
        : `${d.droppedBytes} bytes dropped (${d.reason})`;
    byFile.set(file, [...(byFile.get(file) ?? []), what]);
  }
  return [...byFile].map(([file, whats]) => `${file}: ${whats.join(', ')}`).join('; ');
}

/** The payload of the record: JSON, for a human reading a dump of the database. */
export function encodeWalDropRecord(record: WalDropRecord): Uint8Array {
  const plain = (d: WalDrop) => ({
    log: d.logNumber ?? null,
    bytes: d.droppedBytes ?? null,
    reason: d.reason,
  });
  const json = { pending: record.pending.map(plain), accepted: record.accepted.map(plain) };
  return new TextEncoder().encode(JSON.stringify(json));
}

/** The record in `payload`, or what is wrong with it. */
export function decodeWalDropRecord(payload: Uint8Array): WalDropRecord | string {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payload));
  } catch (error) {
    return `it is not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof json !== 'object' || json === null) return 'it is not a JSON object';
  const { pending, accepted } = json as { pending?: unknown; accepted?: unknown };
  const p = decodeDrops(pending);
  const a = decodeDrops(accepted);
  if (p === undefined || a === undefined) return 'its pending or accepted list is malformed';
  return { pending: p, accepted: a };
}

function decodeDrops(list: unknown): WalDrop[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const drops: WalDrop[] = [];
  for (const item of list as unknown[]) {
    if (typeof item !== 'object' || item === null) return undefined;
    const { log, bytes, reason } = item as { log?: unknown; bytes?: unknown; reason?: unknown };
    const isCount = (v: unknown): v is number | null => v === null || Number.isSafeInteger(v);
    if (!isCount(log) || !isCount(bytes) || typeof reason !== 'string') return undefined;
    drops.push({ logNumber: log ?? undefined, droppedBytes: bytes ?? undefined, reason });
  }
  return drops;
}

/**
 * The synced high-water mark: how the journal knows, at start, that synced writes it acknowledged are
 * gone. Pure: the formats and the decision; high-water-file.ts does the I/O.
 *
 * The problem. LevelDB keeps the latest writes in its write-ahead log and, on open, applies what the
 * log holds. If the log of a stopped member is cut short or lost (a careless copy, a file system
 * repair, a disk that confirmed an fsync it had not done), the open applies less, without an error:
 * the tail of whole batches is simply absent, which nothing inside LevelDB can tell from a crash's torn
 * last write. So the evidence must live outside the log:
 *
 * - Synced journal writes (one LevelDB batch of group commit each, holding the saves of any number of
 *   groups) carry a **sync stamp**: the next number of a counter, put under SYNC_STAMP_KEY last in the
 *   same batch, so the surviving database holds the stamp of the last stamped write that survived.
 *   In `strict` mode every synced batch is stamped; in `trailing` mode at most one per interval (100
 *   ms), plus one at a clean close after the last write: a put in every batch cost 5 to 10 % of a
 *   save's CPU (one group) when fsyncs are cheap, and a stamp per save a fifth (64 groups a batch).
 * - Once LevelDB reported a stamped write synced, the stamp is recorded in the journal's high-water
 *   file (`CANOPY-HIGH-WATER`, next to LevelDB's files), with write and fdatasync; with it, each Raft
 *   group's last index and commit index as of that write, to say at start what is missing.
 * - At open: a stamp in the database below the one in the file proves that synced writes between them
 *   were lost. The open refuses with the number of writes and, per group, the entries missing.
 *
 * Order, and why a crash never looks like a loss: the file only ever records a stamp after LevelDB
 * reported its write synced, so on a disk that keeps its promises the database's stamp is never below
 * the file's, whatever moment a crash hits (between the sync and the file's update, or in the middle of
 * it). The file holds two slots written alternately, each with its own crc32c and a generation; a read
 * takes the valid slot of the highest generation, so a torn update leaves the previous one, older and
 * so still safe.
 *
 * What it covers depends on when the acknowledgement waits (HighWaterMode). `strict`: a synced save
 * resolves only after the file recorded its write (one more fdatasync of a small file after each group
 * commit, pipelined with the next), so any acknowledged write that disappears is found. `trailing`: the
 * file is updated in the background after each stamped write; writes synced after the last recorded
 * stamp before a crash go unseen if lost (about the last 100 ms), but after a clean stop the file is
 * exact, so a log cut short while the member was stopped is always found. `off`: no file is written
 * (nor read, nor checked).
 */
import { crc32c } from '../util/checksum.js';

/** When a synced write's acknowledgement waits for the high-water file (see the file comment). */
export type HighWaterMode = 'strict' | 'trailing' | 'off';

export const HIGH_WATER_MODES: readonly HighWaterMode[] = ['strict', 'trailing', 'off'];

/** Bytes of each of the two slots of the file. */
export const HIGH_WATER_SLOT_BYTES = 32 * 1024;
/** The file is both slots. */
export const HIGH_WATER_FILE_BYTES = 2 * HIGH_WATER_SLOT_BYTES;

const MAGIC = 0x434e4857; // "CNHW"
const FORMAT = 1;
// magic u32, format u32, generation u64, stamp u64, payload length u32, then the payload, then crc32c.
const HEADER_BYTES = 28;
const CRC_BYTES = 4;

/** One group's log as of the recorded stamp. */
export interface GroupMark {
  /** Its last log index. */
  readonly last: number;
  /** Its commit index. */
  readonly commit: number;
}

/** What one slot of the file records. */
export interface HighWaterRecord {
  /** Counts the file's updates; the slot with the higher one is current. */
  readonly generation: number;
  /** The highest sync stamp known to be synced in the database. */
  readonly stamp: number;
  /** Each group's log at that stamp (groups that did not fit in the slot are left out: `partial`). */
  readonly groups: ReadonlyMap<string, GroupMark>;
  readonly partial: boolean;
}

/** The file's slot `generation % 2` holding `record`: at most HIGH_WATER_SLOT_BYTES. */
export function encodeHighWaterSlot(record: HighWaterRecord): Uint8Array {
  const room = HIGH_WATER_SLOT_BYTES - HEADER_BYTES - CRC_BYTES;
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let used = 2; // {}
  let partial = record.partial;
  for (const [name, mark] of record.groups) {
    const part = `${JSON.stringify(name)}:[${mark.last},${mark.commit}]`;
    const bytes = encoder.encode(part).length + 1;
    // Room for `,"partial":true` too.
    if (used + bytes + 16 > room) {
      partial = true;
      continue;
    }
    parts.push(part);
    used += bytes;
  }
  const json = `{"groups":{${parts.join(',')}}${partial ? ',"partial":true' : ''}}`;
  const payload = encoder.encode(json);
  const out = new Uint8Array(HEADER_BYTES + payload.length + CRC_BYTES);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC);
  view.setUint32(4, FORMAT);
  setU64(view, 8, record.generation);
  setU64(view, 16, record.stamp);
  view.setUint32(24, payload.length);
  out.set(payload, HEADER_BYTES);
  view.setUint32(
    HEADER_BYTES + payload.length,
    crc32c(out.subarray(0, HEADER_BYTES + payload.length)),
  );
  return out;
}

/** The file's current record, or what is wrong with both slots. */
export function decodeHighWaterFile(file: Uint8Array): HighWaterRecord | string {
  const problems: string[] = [];
  let best: HighWaterRecord | undefined;
  for (let slot = 0; slot < 2; slot++) {
    const bytes = file.subarray(slot * HIGH_WATER_SLOT_BYTES, (slot + 1) * HIGH_WATER_SLOT_BYTES);
    const decoded = decodeSlot(bytes);
    if (typeof decoded === 'string') problems.push(`slot ${slot}: ${decoded}`);
    else if (best === undefined || decoded.generation > best.generation) best = decoded;
  }
  return best ?? `neither copy is readable (${problems.join('; ')})`;
}

function decodeSlot(bytes: Uint8Array): HighWaterRecord | string {
  if (bytes.length < HEADER_BYTES + CRC_BYTES) return `${bytes.length} bytes, too short`;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0) !== MAGIC) return 'no high-water record (bad magic number)';
  const format = view.getUint32(4);
  if (format !== FORMAT) return `format ${format}, this build reads ${FORMAT}`;
  const length = view.getUint32(24);
  if (HEADER_BYTES + length + CRC_BYTES > bytes.length)
    return `a payload of ${length} bytes overruns it`;
  const stored = view.getUint32(HEADER_BYTES + length);
  if (crc32c(bytes.subarray(0, HEADER_BYTES + length)) !== stored) return 'checksum mismatch';
  let json: unknown;
  try {
    json = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(
        bytes.subarray(HEADER_BYTES, HEADER_BYTES + length),
      ),
    );
  } catch (error) {
    return `the payload is not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  const groups = decodeGroups(json);
  if (groups === undefined) return 'the payload is not a list of groups';
  const partial = (json as { partial?: unknown }).partial === true;
  return { generation: getU64(view, 8), stamp: getU64(view, 16), groups, partial };
}

function decodeGroups(json: unknown): Map<string, GroupMark> | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const raw = (json as { groups?: unknown }).groups;
  if (typeof raw !== 'object' || raw === null) return undefined;
  const groups = new Map<string, GroupMark>();
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [last, commit] = value as unknown[];
    if (!Number.isSafeInteger(last) || !Number.isSafeInteger(commit)) return undefined;
    groups.set(name, { last: last as number, commit: commit as number });
  }
  return groups;
}

/** The payload of the record under SYNC_STAMP_KEY: the stamp, u64 big-endian. */
export function encodeSyncStamp(stamp: number): Uint8Array {
  const out = new Uint8Array(8);
  setU64(new DataView(out.buffer), 0, stamp);
  return out;
}

export function decodeSyncStamp(payload: Uint8Array): number | string {
  if (payload.length !== 8) return `it is ${payload.length} bytes, not 8`;
  const stamp = getU64(new DataView(payload.buffer, payload.byteOffset, 8), 0);
  return Number.isSafeInteger(stamp) ? stamp : `the stamp ${stamp} is not a safe integer`;
}

/** What the file says against what the database holds, at open. */
export type HighWaterFinding =
  | { readonly type: 'ok' }
  /** Synced writes `databaseStamp + 1 .. record.stamp` are gone. */
  | { readonly type: 'lost'; readonly record: HighWaterRecord; readonly databaseStamp: number }
  /** The check cannot be made: the file is missing or damaged although synced writes were stamped. */
  | { readonly type: 'unchecked'; readonly problem: string };

/** What the high-water file (`undefined`: missing; a string: damaged) says of `databaseStamp`. */
export function checkHighWater(
  file: HighWaterRecord | string | undefined,
  databaseStamp: number,
): HighWaterFinding {
  if (file === undefined) {
    // A journal older than the file, or never stamped: nothing to check. The file is created before
    // the first stamped write, so a stamp without it means the file was removed.
    return databaseStamp === 0
      ? { type: 'ok' }
      : {
          type: 'unchecked',
          problem:
            `the high-water file is missing although the journal holds sync stamp ` +
            `${databaseStamp}, so whether later synced writes were lost cannot be checked`,
        };
  }
  if (typeof file === 'string') {
    return {
      type: 'unchecked',
      problem: `the high-water file is damaged (${file}), so whether synced writes were lost cannot be checked`,
    };
  }
  return file.stamp <= databaseStamp
    ? { type: 'ok' }
    : { type: 'lost', record: file, databaseStamp };
}

/**
 * The words for a loss: how many synced writes, and per group (`lastNow`: each group's last index in
 * the database now) which entries are missing and how many of them were committed.
 */
export function describeLostTail(
  record: HighWaterRecord,
  databaseStamp: number,
  lastNow: ReadonlyMap<string, number>,
): { readonly message: string; readonly entries: number } {
  const parts: string[] = [];
  let entries = 0;
  for (const [group, mark] of [...record.groups].sort(([a], [b]) => a.localeCompare(b))) {
    const now = lastNow.get(group) ?? 0;
    if (mark.last <= now) continue;
    const missing = mark.last - now;
    const committed = Math.max(0, Math.min(mark.commit, mark.last) - now);
    entries += missing;
    parts.push(
      `group ${group}: entries ${now + 1}..${mark.last} (${missing}, ${committed} of them ` +
        `committed) are missing, the log now ends at ${now}`,
    );
  }
  const perGroup =
    parts.length === 0
      ? 'the lost writes held no log entry the high-water record knew of (a vote, a commit index ' +
        'or a snapshot)'
      : `${entries} log entries are missing: ${parts.join('; ')}`;
  const partial = record.partial ? ' (the record lists only some groups: there may be more)' : '';
  return {
    message:
      `the journal's high-water file records sync stamp ${record.stamp}, but the newest stamp in ` +
      `the database is ${databaseStamp}: synced, acknowledged writes are gone (LevelDB's ` +
      `write-ahead log was cut short or lost, or the disk lost writes it had confirmed); ` +
      `${perGroup}${partial}`,
    entries,
  };
}

function setU64(view: DataView, at: number, value: number): void {
  view.setUint32(at, Math.floor(value / 2 ** 32));
  view.setUint32(at + 4, value >>> 0);
}

function getU64(view: DataView, at: number): number {
  return view.getUint32(at) * 2 ** 32 + view.getUint32(at + 4);
}

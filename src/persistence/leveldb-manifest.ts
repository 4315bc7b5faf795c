/**
 * LevelDB's manifest (`MANIFEST-NNNNNN`, named by the `CURRENT` file), decoded the way leveldb 1.20's
 * VersionSet::Recover decodes it: a log-format file (leveldb-log-reader.ts) of VersionEdit records,
 * applied in order, giving the live table files of each level, the write-ahead log LevelDB replays
 * from (`logNumber`, and `prevLogNumber` of older versions), the next file number and the last
 * sequence number. The first damage the log reader reports, an edit that does not decode, another
 * comparator, or a missing meta record makes LevelDB refuse to open (`Corruption: ...`), and makes
 * `readManifest` return the same problem, so journal-files.ts can name the file and the fault before
 * LevelDB is ever pointed at the directory.
 *
 * A VersionEdit is a sequence of varint32 tags (version_edit.cc): 1 comparator name (length-prefixed),
 * 2 log number, 3 next file number, 4 last sequence, 9 previous log number (varint64 each), 5 compact
 * pointer (level, internal key), 6 deleted file (level, number), 7 new file (level, number, size,
 * smallest key, largest key). Levels are below 7.
 *
 * Pure: no I/O.
 */
import { readLogRecords } from './leveldb-log-reader.js';

/** The comparator classic-level opens LevelDB with. */
export const BYTEWISE_COMPARATOR = 'leveldb.BytewiseComparator';

const LEVELS = 7;

/** A live table file of the manifest. */
export interface ManifestTable {
  readonly level: number;
  /** The size LevelDB will read the table at (its footer is the last 48 bytes of it). */
  readonly bytes: number;
}

/** What a manifest says about the database. */
export interface ManifestState {
  readonly logNumber: number;
  readonly prevLogNumber: number;
  readonly nextFileNumber: number;
  readonly lastSequence: number;
  /** The live table files, by file number. */
  readonly tables: ReadonlyMap<number, ManifestTable>;
  /** VersionEdit records applied. */
  readonly edits: number;
}

export type ManifestReading =
  | { readonly ok: true; readonly state: ManifestState }
  | {
      readonly ok: false;
      /** LevelDB's words, with the byte offset when the log reader found it. */
      readonly problem: string;
    };

interface Edit {
  comparator?: string;
  logNumber?: number;
  prevLogNumber?: number;
  nextFileNumber?: number;
  lastSequence?: number;
  deleted: [number, number][];
  added: [number, number, number][];
}

/** Decodes a manifest file's bytes (see the file comment). */
export function readManifest(file: Uint8Array): ManifestReading {
  const tables = new Map<string, [number, number, number]>();
  let logNumber: number | undefined;
  let prevLogNumber = 0;
  let nextFileNumber: number | undefined;
  let lastSequence: number | undefined;
  let edits = 0;
  for (const step of readLogRecords(file)) {
    if (step.type === 'damage') {
      const { reason, offset } = step.damage;
      return { ok: false, problem: `${reason} in the record at byte ${offset}` };
    }
    const edit = decodeEdit(step.data);
    if (typeof edit === 'string') {
      return { ok: false, problem: `VersionEdit: ${edit} (the record at byte ${step.offset})` };
    }
    if (edit.comparator !== undefined && edit.comparator !== BYTEWISE_COMPARATOR) {
      return {
        ok: false,
        problem: `${edit.comparator} does not match existing comparator ${BYTEWISE_COMPARATOR}`,
      };
    }
    // Builder::Apply: deletions, then additions (a file deleted and added in one edit is live).
    for (const [level, number] of edit.deleted) tables.delete(`${level}:${number}`);
    for (const [level, number, bytes] of edit.added) {
      tables.set(`${level}:${number}`, [level, number, bytes]);
    }
    logNumber = edit.logNumber ?? logNumber;
    prevLogNumber = edit.prevLogNumber ?? prevLogNumber;
    nextFileNumber = edit.nextFileNumber ?? nextFileNumber;
    lastSequence = edit.lastSequence ?? lastSequence;
    edits++;
  }
  if (nextFileNumber === undefined) {
    return { ok: false, problem: 'no meta-nextfile entry in descriptor' };
  }
  if (logNumber === undefined)
    return { ok: false, problem: 'no meta-lognumber entry in descriptor' };
  if (lastSequence === undefined) {
    return { ok: false, problem: 'no last-sequence-number entry in descriptor' };
  }
  const live = new Map<number, ManifestTable>();
  for (const [level, number, bytes] of tables.values()) live.set(number, { level, bytes });
  return {
    ok: true,
    state: { logNumber, prevLogNumber, nextFileNumber, lastSequence, tables: live, edits },
  };
}

/** VersionEdit::DecodeFrom: the edit, or LevelDB's message for what does not decode. */
function decodeEdit(data: Uint8Array): Edit | string {
  const input = new Cursor(data);
  const edit: Edit = { deleted: [], added: [] };
  while (!input.done()) {
    const tag = input.varint32();
    if (tag === undefined) return 'invalid tag';
    switch (tag) {
      case 1: {
        const name = input.slice();
        if (name === undefined) return 'comparator name';
        edit.comparator = new TextDecoder().decode(name);
        break;
      }
      case 2:
      case 3:
      case 4:
      case 9: {
        const value = input.varint64();
        if (value === undefined) return NUMBER_FIELDS[tag] ?? 'number';
        if (tag === 2) edit.logNumber = value;
        else if (tag === 3) edit.nextFileNumber = value;
        else if (tag === 4) edit.lastSequence = value;
        else edit.prevLogNumber = value;
        break;
      }
      case 5: {
        if (input.level() === undefined || input.slice() === undefined) return 'compaction pointer';
        break;
      }
      case 6: {
        const level = input.level();
        const number = level === undefined ? undefined : input.varint64();
        if (level === undefined || number === undefined) return 'deleted file';
        edit.deleted.push([level, number]);
        break;
      }
      case 7: {
        const level = input.level();
        const number = level === undefined ? undefined : input.varint64();
        const bytes = number === undefined ? undefined : input.varint64();
        const smallest = bytes === undefined ? undefined : input.slice();
        const largest = smallest === undefined ? undefined : input.slice();
        if (level === undefined || number === undefined || bytes === undefined) {
          return 'new-file entry';
        }
        if (largest === undefined) return 'new-file entry';
        edit.added.push([level, number, bytes]);
        break;
      }
      default:
        return 'unknown tag';
    }
  }
  return edit;
}

const NUMBER_FIELDS: Record<number, string> = {
  2: 'log number',
  3: 'next file number',
  4: 'last sequence number',
  9: 'previous log number',
};

/** Reads LevelDB's varints (util/coding.cc) from a byte array. */
class Cursor {
  private readonly bytes: Uint8Array;
  private at = 0;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  done(): boolean {
    return this.at >= this.bytes.length;
  }

  /** GetVarint32: at most 5 bytes (shift <= 28); bits past 32 are dropped, as in C++. */
  varint32(): number | undefined {
    let result = 0;
    for (let shift = 0; shift <= 28 && this.at < this.bytes.length; shift += 7) {
      const byte = this.bytes[this.at++]!;
      result = (result | ((byte & 0x7f) << shift)) >>> 0;
      if ((byte & 0x80) === 0) return result;
    }
    return undefined;
  }

  /** GetVarint64: at most 10 bytes; exact below 2^53, which file numbers and sizes stay under. */
  varint64(): number | undefined {
    let result = 0;
    for (let shift = 0; shift <= 63 && this.at < this.bytes.length; shift += 7) {
      const byte = this.bytes[this.at++]!;
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
    }
    return undefined;
  }

  /** GetLengthPrefixedSlice. */
  slice(): Uint8Array | undefined {
    const length = this.varint32();
    if (length === undefined || this.bytes.length - this.at < length) return undefined;
    const out = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return out;
  }

  /** GetLevel: a varint32 below the number of levels. */
  level(): number | undefined {
    const v = this.varint32();
    return v !== undefined && v < LEVELS ? v : undefined;
  }
}

/**
 * A reader of LevelDB's log format (leveldb doc/log_format.md), the framing of both its write-ahead
 * log (`NNNNNN.log`) and its manifest (`MANIFEST-NNNNNN`): the file is 32 KiB blocks; a block holds
 * physical records, each a 7-byte header (masked crc32c of type and data, 4 bytes little-endian; data
 * length, 2 bytes little-endian; type, 1 byte) and its data; a block's last < 7 bytes are padding.
 * FULL (1) is a whole logical record, FIRST (2), MIDDLE (3) and LAST (4) are fragments of one that
 * spans blocks; 0 is preallocated space.
 *
 * It is a port of leveldb 1.20's db/log_reader.cc (the version classic-level 3 vendors) with a zero
 * initial offset, reading a whole file from memory: the same records come out and the same damage is
 * reported, with the same reasons, so a caller can predict what LevelDB will do with a file without
 * handing it to LevelDB (journal-files.ts, before the open). In particular, as there, the tail a
 * crash leaves is not damage: a header cut short, a record longer than the rest of the file, a
 * fragmented record without its end, and zeroed preallocated space all read as end of file or are
 * skipped without a report.
 *
 * Pure: no I/O.
 */
import { crc32c } from '../util/checksum.js';

export const LOG_BLOCK_BYTES = 32 * 1024;
export const LOG_HEADER_BYTES = 7;

const ZERO = 0;
const FULL = 1;
const FIRST = 2;
const MIDDLE = 3;
const LAST = 4;
// Not record types: what reading a physical record may return besides one.
const EOF = 5;
const BAD_RECORD = 6;

const MASK_DELTA = 0xa282ead8;

/** LevelDB's crc mask (util/crc32c.h), undone. */
function unmask(masked: number): number {
  const rot = (masked - MASK_DELTA) >>> 0;
  return ((rot >>> 17) | (rot << 15)) >>> 0;
}

/** Damage LevelDB's reader reports (it calls its reporter's `Corruption(bytes, status)`). */
export interface LogDamage {
  /** The bytes LevelDB says it drops. */
  readonly bytes: number;
  /** log_reader.cc's reason: `checksum mismatch`, `bad record length`, ... */
  readonly reason: string;
  /** The file offset where the block or record being read starts, for messages. */
  readonly offset: number;
}

/** One logical record and the damage reported while reading up to it. */
export type LogReadStep =
  | { readonly type: 'record'; readonly data: Uint8Array; readonly offset: number }
  | { readonly type: 'damage'; readonly damage: LogDamage };

/**
 * Reads `file` as LevelDB's log::Reader does (checksums verified, initial offset 0), yielding each
 * logical record and each report of damage in the order LevelDB produces them. NB: LevelDB may report
 * damage and then return a record in the same ReadRecord call; the report comes first here too, so a
 * caller that stops at the first report (as the manifest's reader does) stops before that record.
 */
export function* readLogRecords(file: Uint8Array): Generator<LogReadStep> {
  const reader = new PhysicalReader(file);
  let scratch: Uint8Array[] = [];
  let scratchBytes = 0;
  let inFragment = false;
  let recordOffset = 0;
  const reset = (): void => {
    scratch = [];
    scratchBytes = 0;
  };
  const report = (bytes: number, reason: string): LogReadStep => ({
    type: 'damage',
    damage: { bytes, reason, offset: reader.lastOffset },
  });
  for (;;) {
    const { type, fragment } = reader.next();
    yield* reader.takeReports();
    switch (type) {
      case FULL:
      case FIRST:
        // An empty FIRST at a block's end followed by a FULL or FIRST is a bug of old writers, not
        // damage; a non-empty one is.
        if (inFragment && scratchBytes > 0) {
          yield report(scratchBytes, `partial record without end(${type === FULL ? 1 : 2})`);
        }
        recordOffset = reader.lastOffset;
        reset();
        if (type === FULL) {
          // Each ReadRecord call of LevelDB starts outside a fragmented record.
          inFragment = false;
          yield { type: 'record', data: fragment, offset: recordOffset };
          continue;
        }
        scratch.push(fragment);
        scratchBytes = fragment.length;
        inFragment = true;
        break;
      case MIDDLE:
      case LAST:
        if (!inFragment) {
          const n = type === MIDDLE ? 1 : 2;
          yield report(fragment.length, `missing start of fragmented record(${n})`);
          break;
        }
        scratch.push(fragment);
        scratchBytes += fragment.length;
        if (type === LAST) {
          yield { type: 'record', data: concat(scratch, scratchBytes), offset: recordOffset };
          inFragment = false;
          reset();
        }
        break;
      case EOF:
        // A fragmented record without its end at the end of the file: the writer died in between.
        return;
      case BAD_RECORD:
        if (inFragment) {
          yield report(scratchBytes, 'error in middle of record');
          inFragment = false;
          reset();
        }
        break;
      default:
        yield report(
          fragment.length + (inFragment ? scratchBytes : 0),
          `unknown record type ${type}`,
        );
        inFragment = false;
        reset();
    }
  }
}

function concat(parts: readonly Uint8Array[], bytes: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(bytes);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** ReadPhysicalRecord of log_reader.cc over an in-memory file read in 32 KiB blocks. */
class PhysicalReader {
  private readonly file: Uint8Array;
  /** The unread part of the current block is file[at, end). */
  private at = 0;
  private end = 0;
  private eof = false;
  private reports: LogReadStep[] = [];
  /** The offset of the last physical record returned (or of the block being dropped). */
  lastOffset = 0;

  constructor(file: Uint8Array) {
    this.file = file;
  }

  takeReports(): LogReadStep[] {
    const r = this.reports;
    this.reports = [];
    return r;
  }

  next(): { type: number; fragment: Uint8Array } {
    const none = new Uint8Array(0);
    for (;;) {
      if (this.end - this.at < LOG_HEADER_BYTES) {
        if (this.eof) {
          // A header cut short at the end of the file: the writer crashed while writing it.
          this.at = this.end;
          return { type: EOF, fragment: none };
        }
        // Past a block's trailer: read the next block.
        this.at = this.end;
        this.end = Math.min(this.file.length, this.at + LOG_BLOCK_BYTES);
        if (this.end - this.at < LOG_BLOCK_BYTES) this.eof = true;
        continue;
      }
      const f = this.file;
      const h = this.at;
      const length = f[h + 4]! | (f[h + 5]! << 8);
      const type = f[h + 6]!;
      this.lastOffset = h;
      if (LOG_HEADER_BYTES + length > this.end - h) {
        const dropped = this.end - h;
        this.at = this.end;
        if (!this.eof) {
          this.damage(dropped, 'bad record length', h);
          return { type: BAD_RECORD, fragment: none };
        }
        // The record runs past the end of the file: the writer died while writing it.
        return { type: EOF, fragment: none };
      }
      if (type === ZERO && length === 0) {
        // Preallocated space (LevelDB's mmap writer): skipped without a report.
        this.at = this.end;
        return { type: BAD_RECORD, fragment: none };
      }
      const stored = (f[h]! | (f[h + 1]! << 8) | (f[h + 2]! << 16) | (f[h + 3]! << 24)) >>> 0;
      const actual = crc32c(f.subarray(h + 6, h + LOG_HEADER_BYTES + length));
      if (unmask(stored) !== actual) {
        // The length itself may be damaged: drop the rest of the block.
        const dropped = this.end - h;
        this.at = this.end;
        this.damage(dropped, 'checksum mismatch', h);
        return { type: BAD_RECORD, fragment: none };
      }
      this.at = h + LOG_HEADER_BYTES + length;
      return { type, fragment: f.subarray(h + LOG_HEADER_BYTES, this.at) };
    }
  }

  private damage(bytes: number, reason: string, offset: number): void {
    this.reports.push({ type: 'damage', damage: { bytes, reason, offset } });
  }
}

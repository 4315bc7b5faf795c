/**
 * Damage to LevelDB's write-ahead log, for the crash-safety test: tear its last write (what a crash in
 * the middle of a write leaves) or flip a byte inside an older record (what a failing disk leaves).
 *
 * The format (leveldb doc/log_format.md): the file is 32 KiB blocks; a block holds physical records,
 * each a 7-byte header (crc32c of type+data, 4 bytes; data length, 2 bytes little-endian; type, 1
 * byte) and its data; a block's last < 7 bytes are zero padding. Types: FULL (1) is a whole logical
 * record (one write batch), FIRST (2), MIDDLE (3) and LAST (4) are fragments of one that spans blocks;
 * 0 is preallocated space. Only the framing is parsed; batch contents are never interpreted.
 */
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rng } from '../../src/util/rng.js';

export const LOG_BLOCK_BYTES = 32 * 1024;
const HEADER_BYTES = 7;
const FULL = 1;
const FIRST = 2;

/** A physical record of the log. */
export interface PhysicalRecord {
  /** Offset of its header in the file. */
  readonly offset: number;
  readonly dataBytes: number;
  readonly type: number;
}

/** The newest `NNNNNN.log` of a LevelDB directory (the one being written), with its size. */
export function newestLog(dir: string): { file: string; bytes: number } {
  const logs = readdirSync(dir)
    .filter((f) => /^\d+\.log$/.test(f))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
  const last = logs[logs.length - 1];
  if (last === undefined) throw new Error(`no LevelDB .log file in ${dir}`);
  const file = join(dir, last);
  return { file, bytes: statSync(file).size };
}

/** The physical records of a log file's bytes, in order; stops at padding or a short tail. */
export function physicalRecords(bytes: Uint8Array): PhysicalRecord[] {
  const records: PhysicalRecord[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  while (offset + HEADER_BYTES <= bytes.length) {
    const blockLeft = LOG_BLOCK_BYTES - (offset % LOG_BLOCK_BYTES);
    if (blockLeft < HEADER_BYTES) {
      offset += blockLeft; // trailer padding
      continue;
    }
    const dataBytes = view.getUint16(offset + 4, true);
    const type = view.getUint8(offset + 6);
    if (type === 0 || offset + HEADER_BYTES + dataBytes > bytes.length) break;
    records.push({ offset, dataBytes, type });
    offset += HEADER_BYTES + dataBytes;
  }
  return records;
}

/** Starts of logical records (write batches): their FULL or FIRST fragment. */
export function logicalStarts(records: readonly PhysicalRecord[]): PhysicalRecord[] {
  return records.filter((r) => r.type === FULL || r.type === FIRST);
}

/**
 * Tears the last write batch of the newest log: truncates the file at a random point strictly inside
 * that batch's bytes (after its first header byte, before its last byte). Returns what was cut, or
 * undefined when the log holds no batch.
 */
export function tearLastBatch(
  dir: string,
  rng: Rng,
): { file: string; cutAt: number; bytesBefore: number } | undefined {
  const { file, bytes } = newestLog(dir);
  const records = physicalRecords(readFileSync(file));
  const last = logicalStarts(records).at(-1);
  if (last === undefined) return undefined;
  const end = records[records.length - 1]!;
  const endOffset = end.offset + HEADER_BYTES + end.dataBytes;
  const cutAt = last.offset + 1 + rng.int(endOffset - last.offset - 1);
  truncateSync(file, cutAt);
  return { file, cutAt, bytesBefore: bytes };
}

/**
 * Flips one byte inside the data of a FULL record of the newest log. `middle`: a record in neither the
 * first block nor the last block where a batch starts, so whole good batches follow in later blocks. `last-block`: the first record of
 * the last block, so the batches after it share its block. Returns where, or undefined when the log
 * has no such record (fewer than three blocks for `middle`).
 */
export function flipRecord(
  dir: string,
  rng: Rng,
  where: 'middle' | 'last-block',
): { file: string; offset: number; recordOffset: number; recordsAfter: number } | undefined {
  const { file } = newestLog(dir);
  const bytes = readFileSync(file);
  const lastBlock = Math.floor((bytes.length - 1) / LOG_BLOCK_BYTES);
  const records = physicalRecords(bytes);
  const blockOf = (r: PhysicalRecord): number => Math.floor(r.offset / LOG_BLOCK_BYTES);
  const full = records.filter((r) => r.type === FULL && r.dataBytes > 0);
  // LevelDB drops the rest of a damaged block; for `middle`, a whole batch must start in a later
  // block (a fragment continuing a dropped batch does not count), so recovery has something after the
  // loss to notice it by.
  const lastStartBlock = Math.max(-1, ...logicalStarts(records).map(blockOf));
  const candidates =
    where === 'middle'
      ? full.filter((r) => blockOf(r) > 0 && blockOf(r) < lastStartBlock)
      : full.filter((r) => blockOf(r) === lastBlock).slice(0, 1);
  if (candidates.length === 0) return undefined;
  const record = candidates[rng.int(candidates.length)]!;
  const offset = record.offset + HEADER_BYTES + rng.int(record.dataBytes);
  bytes[offset] = bytes[offset]! ^ 0x5a;
  writeFileSync(file, bytes);
  return {
    file,
    offset,
    recordOffset: record.offset,
    recordsAfter: records.filter((r) => r.offset > record.offset).length,
  };
}

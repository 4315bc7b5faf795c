/**
 * The framing of every value the Raft journal writes: a 4-byte big-endian crc32c, then the payload.
 * The checksum covers the record's key and then its payload, so a record that is damaged, torn, or
 * stored under a key other than the one it was written for (another index, another group) fails the
 * check. It is computed before the write and verified after every read (STYLE.md, "pair the checks").
 * The idea is etcd's WAL record crc, bound to the key instead of chained to the previous record, because
 * LevelDB records are read by key range, not as one stream.
 */
import { crc32c } from '../util/checksum.js';

/** Bytes before the payload in every record. */
export const RECORD_HEADER_BYTES = 4;

/** What reading a record found. */
export type OpenedRecord =
  | { readonly ok: true; readonly payload: Uint8Array }
  | { readonly ok: false; readonly problem: string };

/**
 * Seals a record in place: `value` holds RECORD_HEADER_BYTES of room, then the payload; the checksum
 * of the key (given as its crc, `keyCrc = crc32c(key)`) and the payload goes into the room.
 */
export function sealWithKeyCrc(keyCrc: number, value: Uint8Array): Uint8Array {
  const crc = crc32c(value.subarray(RECORD_HEADER_BYTES), keyCrc);
  new DataView(value.buffer, value.byteOffset, value.byteLength).setUint32(0, crc);
  return value;
}

/** A sealed record of `payload` under `key` (copies the payload once). */
export function sealRecord(key: Uint8Array, payload: Uint8Array): Uint8Array {
  const value = new Uint8Array(RECORD_HEADER_BYTES + payload.length);
  value.set(payload, RECORD_HEADER_BYTES);
  return sealWithKeyCrc(crc32c(key), value);
}

/** Verifies a record read under a key whose crc is `keyCrc`; the payload is a view into `value`. */
export function openWithKeyCrc(keyCrc: number, value: Uint8Array): OpenedRecord {
  if (value.length < RECORD_HEADER_BYTES) {
    return { ok: false, problem: `the record is ${value.length} bytes, shorter than its checksum` };
  }
  const stored = ((value[0]! << 24) | (value[1]! << 16) | (value[2]! << 8) | value[3]!) >>> 0;
  const payload = value.subarray(RECORD_HEADER_BYTES);
  const actual = crc32c(payload, keyCrc);
  if (stored !== actual) {
    return {
      ok: false,
      problem:
        `checksum mismatch (stored ${hex(stored)}, computed ${hex(actual)}): the record is damaged ` +
        'or was stored under another key',
    };
  }
  return { ok: true, payload };
}

/** Verifies a record read under `key`. */
export function openRecord(key: Uint8Array, value: Uint8Array): OpenedRecord {
  return openWithKeyCrc(crc32c(key), value);
}

function hex(n: number): string {
  return `0x${n.toString(16).padStart(8, '0')}`;
}

/**
 * CRC-32C (Castagnoli, reflected polynomial 0x82f63b78), the checksum of every record canopy writes to
 * disk. Computed before a write and verified after every read, so a torn or corrupted record is detected
 * rather than silently applied. Pure, no dependencies.
 *
 * Slicing-by-8 (Intel's "slicing-by-N", as in zlib, LevelDB's portable crc32c and Go's hash/crc32):
 * eight 256-entry tables, where table k maps a byte to its CRC after k more zero bytes, so the main loop
 * folds eight bytes per step with eight independent lookups instead of eight dependent ones. The result
 * is bit-for-bit that of the bytewise algorithm (test/unit/util/checksum.property.test.ts keeps that
 * version and compares); bytes before the last multiple of eight go through the bytewise loop.
 */

const POLY_REFLECTED = 0x82f63b78;

/** Table k at [k*256, k*256+256): table 0 is the bytewise one, table k is k-1 after one more byte. */
const TABLES = ((): Uint32Array => {
  const tables = new Uint32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? POLY_REFLECTED ^ (c >>> 1) : c >>> 1;
    tables[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    let c = tables[n]!;
    for (let k = 1; k < 8; k++) {
      c = tables[c & 0xff]! ^ (c >>> 8);
      tables[k * 256 + n] = c >>> 0;
    }
  }
  return tables;
})();

/** CRC-32C of `bytes`, optionally continuing from a previous `crc` (of the bytes before them). */
export function crc32c(bytes: Uint8Array, crc = 0): number {
  const t = TABLES;
  let c = ~crc >>> 0;
  let i = 0;
  const end8 = bytes.length - (bytes.length % 8);
  while (i < end8) {
    // The first four bytes are folded into the running crc; the last four only shift through.
    c ^= bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    c =
      t[1792 + (c & 0xff)]! ^
      t[1536 + ((c >>> 8) & 0xff)]! ^
      t[1280 + ((c >>> 16) & 0xff)]! ^
      t[1024 + (c >>> 24)]! ^
      t[768 + bytes[i + 4]!]! ^
      t[512 + bytes[i + 5]!]! ^
      t[256 + bytes[i + 6]!]! ^
      t[bytes[i + 7]!]!;
    i += 8;
  }
  for (; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

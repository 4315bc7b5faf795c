/**
 * The LevelDB key layout of the Raft journal (see raft-store.ts for the whole design). All keys are
 * bytes; LevelDB orders them bytewise, so integers are big-endian and a group's records are one
 * contiguous key range:
 *
 *   00 "canopy-raft-journal"                   format record (one per store)
 *   00 "canopy-wal-drops"                      records LevelDB dropped from its write-ahead log on open
 *                                              (wal-drops.ts); absent until that first happens
 *   00 "canopy-sync-stamp"                     the stamp of the last synced write (synced-high-water.ts)
 *   01 <len u8> <group utf8>  'h'              hard state
 *   01 <len u8> <group utf8>  'm'              snapshot manifest (metadata, size, chunk count, crc)
 *   01 <len u8> <group utf8>  'c' <u64 index> <u32 n>   snapshot chunk n of the snapshot at index
 *   01 <len u8> <group utf8>  'e' <u64 index>  log entry
 *
 * The length prefix keeps one group's range from containing another's (`a` vs `a-b`). Snapshot chunks
 * carry the snapshot index so a chunk of an older snapshot can never pass for one of a newer. Pure: no
 * I/O.
 */
import { assert } from '../util/assert.js';

const GROUP_TAG = 0x01;
const KIND_HARD_STATE = 0x68; // 'h'
const KIND_MANIFEST = 0x6d; // 'm'
const KIND_CHUNK = 0x63; // 'c'
const KIND_ENTRY = 0x65; // 'e'
const KIND_END = 0xff; // above every kind: the exclusive end of a group's range

/** The key of the store's format record. */
export const FORMAT_KEY: Uint8Array = Uint8Array.from([
  0x00,
  ...new TextEncoder().encode('canopy-raft-journal'),
]);

/**
 * The key of the store's record of write-ahead-log drops LevelDB reported on open (wal-drops.ts): the
 * evidence that outlives the replayed log, which LevelDB deletes during that same open.
 */
export const WAL_DROPS_KEY: Uint8Array = Uint8Array.from([
  0x00,
  ...new TextEncoder().encode('canopy-wal-drops'),
]);

/**
 * The key of the sync stamp: the number of the last synced journal write, put in the same batch as
 * that write (synced-high-water.ts); absent until the first stamped write.
 */
export const SYNC_STAMP_KEY: Uint8Array = Uint8Array.from([
  0x00,
  ...new TextEncoder().encode('canopy-sync-stamp'),
]);

/** Longest group name, in UTF-8 bytes (the length prefix is one byte). */
export const GROUP_NAME_BYTES_MAX = 255;

function concat(...parts: readonly (Uint8Array | readonly number[])[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function writeU64(out: Uint8Array, at: number, value: number): void {
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  view.setUint32(at, Math.floor(value / 2 ** 32));
  view.setUint32(at + 4, value >>> 0);
}

function readU32(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0
  );
}

function readU64(bytes: Uint8Array, at: number): number {
  return readU32(bytes, at) * 2 ** 32 + readU32(bytes, at + 4);
}

/** The keys of one Raft group. */
export class GroupKeys {
  readonly group: string;
  /** 01 <len> <group>: every key of the group starts with it. */
  readonly prefix: Uint8Array;
  readonly hardState: Uint8Array;
  readonly manifest: Uint8Array;
  /** The prefix of entry keys (…'e'); an entry key is this plus 8 index bytes. */
  readonly entryPrefix: Uint8Array;

  constructor(group: string) {
    const name = new TextEncoder().encode(group);
    assert(
      name.length > 0 && name.length <= GROUP_NAME_BYTES_MAX,
      () => `raft journal: group name ${JSON.stringify(group)} must be 1..255 UTF-8 bytes`,
    );
    this.group = group;
    this.prefix = concat([GROUP_TAG, name.length], name);
    this.hardState = concat(this.prefix, [KIND_HARD_STATE]);
    this.manifest = concat(this.prefix, [KIND_MANIFEST]);
    this.entryPrefix = concat(this.prefix, [KIND_ENTRY]);
  }

  /** The key of the entry at `index`. */
  entry(index: number): Uint8Array {
    const key = new Uint8Array(this.entryPrefix.length + 8);
    key.set(this.entryPrefix, 0);
    writeU64(key, this.entryPrefix.length, index);
    return key;
  }

  /** The key of chunk `n` of the snapshot at `snapshotIndex`. */
  chunk(snapshotIndex: number, n: number): Uint8Array {
    const key = new Uint8Array(this.prefix.length + 1 + 12);
    key.set(this.prefix, 0);
    key[this.prefix.length] = KIND_CHUNK;
    writeU64(key, this.prefix.length + 1, snapshotIndex);
    new DataView(key.buffer).setUint32(this.prefix.length + 9, n);
    return key;
  }

  /** The exclusive end of the entry keys. */
  entryEnd(): Uint8Array {
    return concat(this.prefix, [KIND_ENTRY + 1]);
  }

  /** The exclusive end of all the group's keys. */
  end(): Uint8Array {
    return concat(this.prefix, [KIND_END]);
  }

  /** The index an entry key names, or undefined when `key` is not a well-formed entry key. */
  entryIndex(key: Uint8Array): number | undefined {
    const p = this.entryPrefix;
    if (key.length !== p.length + 8) return undefined;
    for (let i = p.length - 1; i >= 0; i--) if (key[i] !== p[i]) return undefined;
    const index = readU64(key, p.length);
    return Number.isSafeInteger(index) ? index : undefined;
  }

  /** A readable name of one of this group's keys, for error messages (`group/entry/42`). */
  describe(key: Uint8Array): string {
    const p = this.prefix.length;
    const hex = Array.from(key, (b) => b.toString(16).padStart(2, '0')).join('');
    const starts = key.length > p && this.prefix.every((b, i) => key[i] === b);
    if (!starts) return `0x${hex}`;
    const kind = key[p];
    if (kind === KIND_HARD_STATE && key.length === p + 1) return `${this.group}/hard-state`;
    if (kind === KIND_MANIFEST && key.length === p + 1) return `${this.group}/snapshot-manifest`;
    if (kind === KIND_ENTRY && key.length === p + 9) {
      return `${this.group}/entry/${readU64(key, p + 1)}`;
    }
    if (kind === KIND_CHUNK && key.length === p + 13) {
      const n = new DataView(key.buffer, key.byteOffset).getUint32(p + 9);
      return `${this.group}/snapshot/${readU64(key, p + 1)}/chunk/${n}`;
    }
    return `${this.group}/? (0x${hex})`;
  }
}

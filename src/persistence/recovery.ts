/**
 * The recovery scan of one group's log entries: fed the entry records in key (= index) order, it
 * verifies each (key shape, checksum, decoding, the index the record claims against its key), checks
 * contiguity and the order of terms, and classifies damage (raft-store.ts explains when damage can
 * exist at all):
 *
 * - a run of bad records with no good record after it is a damaged tail: the caller may cut it;
 * - a bad record followed by any good one, or a gap between good records, is corruption: throws
 *   JournalCorruptionError naming the group, the entry index and the key. Nothing is ever skipped.
 *
 * Pure: the caller reads LevelDB and feeds the records (etcd's wal decoder plays this role for its
 * segment files).
 */
import { crc32c } from '../util/checksum.js';
import type { Entry } from '../raft/types.js';
import { WireDecodeError } from '../wire/errors.js';
import { decodeEntry } from '../wire/raft-codec.js';
import { JournalCorruptionError } from './errors.js';
import type { GroupKeys } from './keys.js';
import { openWithKeyCrc } from './records.js';

/** The size of the buffers that loaded entry payloads are copied into. */
const SLAB_BYTES = 1024 * 1024;

/** A damaged tail found by the scan: the records from `fromIndex` on, all bad. */
export interface DamagedTail {
  /** The first missing or damaged index (the entry after the last good one). */
  readonly fromIndex: number;
  /** The keys of the damaged records, in order. */
  readonly keys: readonly Uint8Array[];
  /** What was wrong with the first damaged record. */
  readonly problem: string;
  /** The first damaged record's key, described. */
  readonly firstKey: string;
}

interface BadRecord {
  readonly index: number;
  readonly key: string;
  readonly problem: string;
}

/** Crc of an entry key, from the crc of the group's entry-key prefix and the 8 index bytes. */
export function entryKeyCrc(prefixCrc: number, key: Uint8Array, prefixLength: number): number {
  return crc32c(key.subarray(prefixLength), prefixCrc);
}

export class EntryScanner {
  private readonly keys: GroupKeys;
  private readonly dir: string | undefined;
  private readonly prefixCrc: number;
  private readonly prefixLength: number;
  private readonly found: Entry[] = [];
  private expected: number;
  private lastTerm: number;
  private firstBad: BadRecord | undefined;
  private readonly badKeys: Uint8Array[] = [];
  /** Where verified payloads are copied (see `retain`), and how much of it is used. */
  private slab = new Uint8Array(0);
  private slabUsed = 0;

  /**
   * Scans the entries after a snapshot at `baseIndex` with `baseTerm` (0 and 0 without one); `dir`
   * names the store in errors.
   */
  constructor(keys: GroupKeys, baseIndex: number, baseTerm: number, dir?: string) {
    this.keys = keys;
    this.dir = dir;
    this.prefixCrc = crc32c(keys.entryPrefix);
    this.prefixLength = keys.entryPrefix.length;
    this.expected = baseIndex + 1;
    this.lastTerm = baseTerm;
  }

  /** Feeds the next record in key order; throws JournalCorruptionError for damage before the tail. */
  feed(key: Uint8Array, value: Uint8Array): void {
    const index = this.keys.entryIndex(key);
    const checked = index === undefined ? undefined : this.check(index, key, value);
    if (checked !== undefined && typeof checked !== 'string') {
      this.accept(checked, key);
      return;
    }
    const problem = checked ?? 'the key is not a well-formed entry key';
    this.firstBad ??= { index: index ?? this.expected, key: this.keys.describe(key), problem };
    this.badKeys.push(key);
  }

  /** The good entries, and the damaged tail when the last records were bad. */
  finish(): { readonly entries: Entry[]; readonly tail: DamagedTail | undefined } {
    const bad = this.firstBad;
    const tail =
      bad === undefined
        ? undefined
        : { fromIndex: this.expected, keys: this.badKeys, problem: bad.problem, firstKey: bad.key };
    return { entries: this.found, tail };
  }

  /** The entry, or a description of what is wrong with the record. */
  private check(index: number, key: Uint8Array, value: Uint8Array): Entry | string {
    const opened = openWithKeyCrc(entryKeyCrc(this.prefixCrc, key, this.prefixLength), value);
    if (!opened.ok) return opened.problem;
    let entry: Entry;
    try {
      entry = decodeEntry(this.retain(opened.payload));
    } catch (error) {
      if (error instanceof WireDecodeError) return `the payload does not decode (${error.message})`;
      throw error;
    }
    if (entry.index !== index) return `the record claims index ${entry.index}`;
    return entry;
  }

  /**
   * A copy of `payload` in a shared slab. LevelDB hands out every record in a buffer of its own, and
   * an entry's data is a view into it, so a loaded journal would keep a million small buffers alive,
   * each a separate backing store the garbage collector tracks and promotes; copied, the record
   * buffers die young and the entries share a few large ones.
   */
  private retain(payload: Uint8Array): Uint8Array {
    const n = payload.length;
    if (this.slabUsed + n > this.slab.length) {
      this.slab = new Uint8Array(Math.max(SLAB_BYTES, n));
      this.slabUsed = 0;
    }
    const copy = this.slab.subarray(this.slabUsed, this.slabUsed + n);
    copy.set(payload);
    this.slabUsed += n;
    return copy;
  }

  private accept(entry: Entry, key: Uint8Array): void {
    const group = this.keys.group;
    const dir = this.dir;
    const bad = this.firstBad;
    if (bad !== undefined) {
      throw new JournalCorruptionError(
        { dir, group, index: bad.index, key: bad.key },
        `the record is damaged (${bad.problem}) but a later record survives (entry index ` +
          `${entry.index}), so this is not a torn tail; damage before the tail is never cut`,
      );
    }
    if (entry.index !== this.expected) {
      throw new JournalCorruptionError(
        {
          dir,
          group,
          index: this.expected,
          key: this.keys.describe(this.keys.entry(this.expected)),
        },
        `entries ${this.expected}..${entry.index - 1} are missing: the log jumps to index ` +
          `${entry.index} (key ${this.keys.describe(key)})`,
      );
    }
    if (entry.term < this.lastTerm) {
      throw new JournalCorruptionError(
        { dir, group, index: entry.index, key: this.keys.describe(key) },
        `term ${entry.term} is below term ${this.lastTerm} of the entry before it`,
      );
    }
    this.found.push(entry);
    this.expected = entry.index + 1;
    this.lastTerm = entry.term;
  }
}

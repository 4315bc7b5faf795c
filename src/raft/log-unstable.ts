/**
 * The unstable tail of the log: entries (and possibly a snapshot from the leader) the core accepted but
 * the shell has not yet made durable (etcd-io/raft's `unstable`). Every Ready hands out all of it; when
 * the shell reports a Ready persisted, the part it covered becomes stable and is dropped from here, to be
 * read from the RaftLogView instead.
 *
 * Invariants: `entries[i].index === offset + i`; with a snapshot, `offset === snapshot.meta.index + 1`;
 * `offset` is at most the stable last index + 1 (it may be lower: a conflicting suffix of the stable log
 * that the next Ready will cut).
 */
import { assert } from '../util/assert.js';
import type { Entry, Snapshot } from './types.js';
import { pushAll } from '../util/arrays.js';

/** Entries (and a snapshot) accepted but not yet durable; see the file comment for invariants. */
export class UnstableLog {
  /** A snapshot received from the leader, not yet durable. */
  snapshot: Snapshot | undefined = undefined;
  /** Entries not yet durable; entries[0] is at `offset`. */
  entries: Entry[] = [];
  /** Index of entries[0]; everything below it is stable (or covered by `snapshot`). */
  offset: number;

  constructor(offset: number) {
    this.offset = offset;
  }

  /** Index of the last unstable entry, or of the pending snapshot, or undefined when neither. */
  lastIndex(): number | undefined {
    const last = this.entries.at(-1);
    if (last !== undefined) return last.index;
    return this.snapshot?.meta.index;
  }

  /** Term at `index` when this tail knows it (an unstable entry, or the pending snapshot's last). */
  term(index: number): number | undefined {
    if (index >= this.offset) return this.entries[index - this.offset]?.term;
    if (this.snapshot !== undefined && index === this.snapshot.meta.index) {
      return this.snapshot.meta.term;
    }
    return undefined;
  }

  /** The shell made entries up to (index, term) durable. Ignored when they were since replaced. */
  stableTo(index: number, term: number): void {
    if (index < this.offset || this.term(index) !== term) return;
    this.entries = this.entries.slice(index + 1 - this.offset);
    this.offset = index + 1;
  }

  /** The shell made the pending snapshot at `index` durable. */
  stableSnapTo(index: number): void {
    if (this.snapshot?.meta.index === index) this.snapshot = undefined;
  }

  /** Replaces everything with a snapshot from the leader. */
  restore(snapshot: Snapshot): void {
    this.snapshot = snapshot;
    this.offset = snapshot.meta.index + 1;
    this.entries = [];
  }

  /**
   * Appends contiguous entries, cutting whatever they overlap: the unstable suffix from their first index
   * on, or (when they start before `offset`) all of it, leaving the stable suffix to be cut by the shell.
   */
  truncateAndAppend(entries: readonly Entry[]): void {
    const first = entries[0];
    if (first === undefined) return;
    const next = this.offset + this.entries.length;
    assert(
      first.index <= next,
      () => `unstable append: gap, entry ${first.index} after ${next - 1}`,
    );
    if (first.index <= this.offset) {
      assert(
        this.snapshot === undefined || first.index > this.snapshot.meta.index,
        () => `unstable append: entry ${first.index} inside the pending snapshot`,
      );
      this.offset = first.index;
      this.entries = [...entries];
    } else {
      this.entries.length = first.index - this.offset;
      pushAll(this.entries, entries);
    }
  }

  /** Unstable entries in [lo, hi); requires offset <= lo <= hi <= last + 1. */
  slice(lo: number, hi: number): Entry[] {
    assert(
      this.offset <= lo && lo <= hi && hi <= this.offset + this.entries.length,
      () =>
        `unstable slice [${lo}, ${hi}) outside [${this.offset}, ${this.offset + this.entries.length})`,
    );
    return this.entries.slice(lo - this.offset, hi - this.offset);
  }
}

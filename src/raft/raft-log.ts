/**
 * The log as the core sees it: the stable part in the shell's `RaftLogView` plus the unstable tail the
 * core keeps itself, with the commit and apply indexes (etcd-io/raft's `raftLog`, log.go).
 *
 * Invariants: applied <= committed <= lastIndex(); a committed entry is never replaced (the Log Matching
 * and Leader Completeness properties, Raft §5.3 and §5.4, make a conflict at or below commit a bug, so it
 * throws InvariantViolation); firstIndex() - 1 <= applied once a snapshot is restored.
 */
import { assert } from '../util/assert.js';
import { entryBytes, limitBytes } from './entries.js';
import { UnstableLog } from './log-unstable.js';
import type { RaftLogView } from './storage.js';
import type { Entry, Snapshot } from './types.js';

/** Result of checking an append against the log. */
export interface AppendOutcome {
  /** Index of the last entry the append covers (prevIndex + entries.length). */
  readonly lastNewIndex: number;
}

/** The core's log: stable entries in the RaftLogView, the unstable tail, and commit/apply indexes. */
export class RaftLog {
  readonly storage: RaftLogView;
  readonly unstable: UnstableLog;
  /** Highest index known committed. */
  committed: number;
  /** Highest index the shell reported applied. */
  applied: number;

  constructor(storage: RaftLogView, committed: number) {
    this.storage = storage;
    this.unstable = new UnstableLog(storage.lastIndex() + 1);
    this.applied = storage.snapshot().meta.index;
    this.committed = Math.max(committed, this.applied);
    assert(
      this.committed <= this.lastIndex(),
      () => `commit ${this.committed} beyond the stored last index ${this.lastIndex()}`,
    );
  }

  /** Index of the first entry still available (after compaction or a pending snapshot). */
  firstIndex(): number {
    const snap = this.unstable.snapshot;
    return snap !== undefined ? snap.meta.index + 1 : this.storage.firstIndex();
  }

  lastIndex(): number {
    return this.unstable.lastIndex() ?? this.storage.lastIndex();
  }

  /** Term at `index` for firstIndex() - 1 <= index <= lastIndex(), else undefined. */
  term(index: number): number | undefined {
    if (index < this.firstIndex() - 1 || index > this.lastIndex()) return undefined;
    if (index >= this.unstable.offset || this.unstable.snapshot !== undefined) {
      return this.unstable.term(index);
    }
    return this.storage.term(index);
  }

  lastTerm(): number {
    const term = this.term(this.lastIndex());
    assert(term !== undefined, () => `no term for the last index ${this.lastIndex()}`);
    return term;
  }

  matchTerm(index: number, term: number): boolean {
    return this.term(index) === term;
  }

  /** Whether a log ending at (lastIndex, lastTerm) is at least as up to date as this one (Raft §5.4.1). */
  isUpToDate(lastIndex: number, lastTerm: number): boolean {
    const myTerm = this.lastTerm();
    return lastTerm > myTerm || (lastTerm === myTerm && lastIndex >= this.lastIndex());
  }

  /** Index of the last stable entry: what this member has durably. */
  stableIndex(): number {
    return Math.min(this.unstable.offset - 1, this.lastIndex());
  }

  /**
   * The follower side of AppendEntries (Raft §5.3): when the entry at prevIndex has prevTerm, appends
   * `entries` past the first conflict (cutting the conflicting suffix) and commits up to
   * min(leaderCommit, last new index). Returns undefined when the log does not match at prevIndex.
   * With `keepConflicts` (the planted no-truncate bug) conflicting entries are kept instead.
   */
  maybeAppend(
    prevIndex: number,
    prevTerm: number,
    leaderCommit: number,
    entries: readonly Entry[],
    keepConflicts = false,
  ): AppendOutcome | undefined {
    if (!this.matchTerm(prevIndex, prevTerm)) return undefined;
    const lastNewIndex = prevIndex + entries.length;
    const conflict = this.findConflict(entries);
    if (conflict !== undefined) {
      if (keepConflicts) {
        this.append(entries.filter((e) => e.index > this.lastIndex()));
      } else {
        assert(
          conflict > this.committed,
          () => `entry ${conflict} conflicts with the committed log (commit ${this.committed})`,
        );
        this.append(entries.slice(conflict - prevIndex - 1));
      }
    }
    this.commitTo(Math.min(leaderCommit, lastNewIndex));
    return { lastNewIndex };
  }

  /** Index of the first entry whose term differs from ours, or that we lack; undefined when none. */
  findConflict(entries: readonly Entry[]): number | undefined {
    for (const e of entries) {
      if (!this.matchTerm(e.index, e.term)) return e.index;
    }
    return undefined;
  }

  /**
   * The largest index <= `index` whose term is <= `term` or unknown (compacted), with that term (0 when
   * unknown): where this log may stop matching a log whose entry at `index` has `term`. Lets a rejected
   * append skip back a whole term at a time (etcd's findConflictByTerm; Raft §5.3's optimization).
   */
  findConflictByTerm(
    index: number,
    term: number,
  ): { readonly index: number; readonly term: number } {
    for (let i = index; i > 0; i--) {
      const t = this.term(i);
      if (t === undefined) return { index: i, term: 0 };
      if (t <= term) return { index: i, term: t };
    }
    return { index: 0, term: 0 };
  }

  /** Appends entries (a leader's own, or a follower's past a conflict). Returns the new last index. */
  append(entries: readonly Entry[]): number {
    const first = entries[0];
    if (first === undefined) return this.lastIndex();
    assert(
      first.index > this.committed,
      () => `append at ${first.index} would cut committed entries (commit ${this.committed})`,
    );
    this.unstable.truncateAndAppend(entries);
    return this.lastIndex();
  }

  /** Entries in [lo, hi) within `maxBytes` (at least one), from storage then the unstable tail. */
  slice(lo: number, hi: number, maxBytes: number): readonly Entry[] {
    if (lo >= hi) return [];
    assert(
      lo >= this.firstIndex() && hi <= this.lastIndex() + 1,
      () => `slice [${lo}, ${hi}) outside [${this.firstIndex()}, ${this.lastIndex() + 1})`,
    );
    const offset = this.unstable.offset;
    let result: readonly Entry[] = [];
    if (lo < offset) {
      result = this.storage.entries(lo, Math.min(hi, offset), maxBytes);
      if (result.length < Math.min(hi, offset) - lo || hi <= offset) return result;
    }
    const tail = this.unstable.slice(Math.max(lo, offset), hi);
    if (result.length === 0) return limitBytes(tail, maxBytes);
    let bytes = 0;
    for (const e of result) bytes += entryBytes(e);
    const out = [...result];
    for (const e of tail) {
      bytes += entryBytes(e);
      if (bytes > maxBytes) break;
      out.push(e);
    }
    return out;
  }

  commitTo(index: number): void {
    if (index <= this.committed) return;
    assert(
      index <= this.lastIndex(),
      () =>
        `commit ${index} beyond the last index ${this.lastIndex()}: ` +
        'this member lost entries it had acknowledged (were writes acknowledged before being synced?)',
    );
    this.committed = index;
  }

  appliedTo(index: number): void {
    assert(index <= this.committed, () => `applied ${index} beyond commit ${this.committed}`);
    if (index > this.applied) this.applied = index;
  }

  /** Committed entries not yet applied, within `maxBytes`; none while a snapshot is pending. */
  nextCommitted(maxBytes: number): readonly Entry[] {
    if (this.unstable.snapshot !== undefined || this.committed <= this.applied) return [];
    return this.slice(this.applied + 1, this.committed + 1, maxBytes);
  }

  /** The newest snapshot: the pending one from the leader, or the stable one. */
  snapshot(): Snapshot {
    return this.unstable.snapshot ?? this.storage.snapshot();
  }

  /** Replaces the log with a snapshot from the leader; commit moves to its index. */
  restore(snapshot: Snapshot): void {
    this.committed = snapshot.meta.index;
    this.unstable.restore(snapshot);
  }
}

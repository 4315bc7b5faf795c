/**
 * An in-memory `RaftLogView`: the stable log the core reads, kept by the shell (etcd-io/raft's
 * `MemoryStorage`). The shell writes to it only what is already durable: after saving a Ready it calls
 * `save(ready)`, which applies the snapshot, the entries (cutting a conflicting suffix) and the hard state
 * in that order. It is also the test double every unit test and the simulator use.
 *
 * Invariants: entries are contiguous from `firstIndex()`; the compaction point (`firstIndex() - 1`) never
 * passes the snapshot; the term of the compaction point is always known; indexes are safe integers.
 */
import { assert } from '../util/assert.js';
import { EMPTY_CONF_STATE, limitBytes } from './entries.js';
import type { DurableState, DurableWrite, RaftLogView } from './storage.js';
import type { ConfState, Entry, HardState, NodeId, Snapshot } from './types.js';
import { pushAll } from '../util/arrays.js';

const EMPTY_HARD_STATE: HardState = Object.freeze({ term: 0, vote: null, commit: 0 });

function emptySnapshot(): Snapshot {
  return { meta: { index: 0, term: 0, confState: EMPTY_CONF_STATE }, data: new Uint8Array(0) };
}

/** The stable Raft log in memory. */
export class MemoryRaftLog implements RaftLogView {
  private hard: HardState = EMPTY_HARD_STATE;
  private snap: Snapshot = emptySnapshot();
  /** Index and term of the last compacted entry; entries[0] is at compactedIndex + 1. */
  private compactedIndex = 0;
  private compactedTerm = 0;
  private ents: Entry[] = [];

  /** A log holding `state` (as loaded from durable storage), or an empty one. */
  constructor(state?: DurableState) {
    if (state === undefined) return;
    if (state.snapshot !== undefined) this.applySnapshot(state.snapshot);
    const kept = state.entries.filter((e) => e.index > this.compactedIndex);
    this.append(kept);
    this.hard = state.hardState;
  }

  initialState(): { readonly hardState: HardState; readonly confState: ConfState } {
    return { hardState: this.hard, confState: this.snap.meta.confState };
  }

  firstIndex(): number {
    return this.compactedIndex + 1;
  }

  lastIndex(): number {
    return this.compactedIndex + this.ents.length;
  }

  term(index: number): number | undefined {
    if (index === this.compactedIndex) return this.compactedTerm;
    return this.ents[index - this.compactedIndex - 1]?.term;
  }

  entries(lo: number, hi: number, maxBytes: number): readonly Entry[] {
    assert(
      this.firstIndex() <= lo && lo <= hi && hi <= this.lastIndex() + 1,
      () =>
        `MemoryRaftLog.entries(${lo}, ${hi}) outside [${this.firstIndex()}, ${this.lastIndex() + 1}]`,
    );
    const from = lo - this.compactedIndex - 1;
    return limitBytes(this.ents.slice(from, from + (hi - lo)), maxBytes);
  }

  snapshot(): Snapshot {
    return this.snap;
  }

  /** The stored hard state. */
  hardState(): HardState {
    return this.hard;
  }

  /** Replaces the hard state. */
  setHardState(hardState: HardState): void {
    this.hard = hardState;
  }

  /**
   * Appends contiguous entries. When the first is at or below lastIndex(), the stored entries from its
   * index on are cut first (a conflicting suffix, Raft §5.3). Entries at or below the compaction point
   * are ignored: they are already covered.
   */
  append(entries: readonly Entry[]): void {
    const fresh = entries.filter((e) => e.index > this.compactedIndex);
    const first = fresh[0];
    if (first === undefined) return;
    assert(
      first.index <= this.lastIndex() + 1,
      () => `MemoryRaftLog.append: gap, first index ${first.index} after last ${this.lastIndex()}`,
    );
    for (let i = 1; i < fresh.length; i++) {
      assert(
        fresh[i]!.index === first.index + i,
        () => 'MemoryRaftLog.append: entries not contiguous',
      );
    }
    this.ents.length = first.index - this.compactedIndex - 1;
    pushAll(this.ents, fresh);
  }

  /**
   * Installs a snapshot newer than the current one. Entries it covers are dropped; when the log holds
   * the snapshot's last entry with the same term the entries after it are kept, otherwise all go.
   */
  applySnapshot(snapshot: Snapshot): void {
    const { index, term } = snapshot.meta;
    assert(
      index >= this.snap.meta.index,
      () => `MemoryRaftLog.applySnapshot: snapshot ${index} older than ${this.snap.meta.index}`,
    );
    if (index <= this.lastIndex() && this.term(index) === term) {
      this.ents = this.ents.slice(index - this.compactedIndex);
    } else {
      this.ents = [];
    }
    this.compactedIndex = index;
    this.compactedTerm = term;
    this.snap = snapshot;
  }

  /**
   * Records a snapshot of the state machine taken at `index` (which the shell has applied) with the
   * membership in force there, and returns it. Does not compact: call compact() for that.
   */
  createSnapshot(index: number, confState: ConfState, data: Uint8Array): Snapshot {
    const term = this.term(index);
    assert(
      term !== undefined && index >= this.snap.meta.index,
      () => `MemoryRaftLog.createSnapshot(${index}): index outside the log or older than snapshot`,
    );
    this.snap = { meta: { index, term, confState }, data };
    return this.snap;
  }

  /** Drops entries up to and including `index`, which the snapshot must cover. */
  compact(index: number): void {
    if (index <= this.compactedIndex) return;
    assert(
      index <= this.snap.meta.index,
      () => `MemoryRaftLog.compact(${index}) beyond snapshot ${this.snap.meta.index}`,
    );
    const term = this.term(index);
    assert(term !== undefined, () => `MemoryRaftLog.compact(${index}) beyond last index`);
    this.ents = this.ents.slice(index - this.compactedIndex);
    this.compactedIndex = index;
    this.compactedTerm = term;
  }

  /** Applies a durable write (or a Ready, which has its shape): snapshot, entries, hard state. */
  save(write: DurableWrite): void {
    if (write.snapshot !== undefined) this.applySnapshot(write.snapshot);
    this.append(write.entries);
    if (write.hardState !== undefined) this.hard = write.hardState;
  }

  private isEmptySnapshot(): boolean {
    const { index, confState } = this.snap.meta;
    return index === 0 && confState.voters.length === 0 && confState.learners.length === 0;
  }

  /** The whole content, as durable storage would load it. */
  toDurableState(): DurableState {
    return {
      hardState: this.hard,
      snapshot: this.isEmptySnapshot() ? undefined : this.snap,
      entries: [...this.ents],
    };
  }
}

/**
 * The durable state a brand-new group's initial members start from, identical on each (etcd's
 * `Bootstrap`): membership changes adding every voter and learner at indexes 1..n of term 1, already
 * committed. Each member applies them from its first Ready, so a member that joins later and replays
 * the log from index 1 rebuilds the same membership history.
 */
export function bootstrapState(
  voters: readonly NodeId[],
  learners: readonly NodeId[] = [],
): DurableState {
  assert(voters.length > 0, () => 'bootstrapState: a group needs at least one voter');
  const changes = [
    ...[...voters].sort().map((node) => ({ type: 'add-voter' as const, node })),
    ...[...learners].sort().map((node) => ({ type: 'add-learner' as const, node })),
  ];
  const entries: Entry[] = changes.map((change, i) => ({
    type: 'config-change',
    term: 1,
    index: i + 1,
    change,
  }));
  return {
    hardState: { term: 1, vote: null, commit: entries.length },
    snapshot: undefined,
    entries,
  };
}

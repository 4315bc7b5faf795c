/**
 * What a leader tracks about each member's log (etcd-io/raft's tracker/progress.go and inflights.go):
 * `match` (highest index known replicated) and `next` (next index to send), and a state machine for flow
 * control:
 * - probe: the leader does not know where the logs meet; it sends one append at a time and waits for
 *   the answer (or the next heartbeat response) before the next, walking `next` back on rejections;
 * - replicate: the logs meet at `match`; appends are pipelined optimistically, `next` runs ahead, and at
 *   most `inflightAppendsMax` are unacknowledged (the Inflights window);
 * - snapshot: the entries the member needs are compacted; a snapshot streams in chunks instead, with
 *   the same window counted in chunks.
 *
 * Invariants: match < next; in snapshot state a transfer exists; the window never exceeds its maximum.
 */
import { assert } from '../util/assert.js';
import type { NodeId, Snapshot } from './types.js';

/** Replication state of one member as its leader tracks it (see the file comment). */
export type ProgressState = 'probe' | 'replicate' | 'snapshot';

/** A bounded FIFO of the last index of each append in flight, freed by acknowledgements. */
export class Inflights {
  private readonly max: number;
  private readonly lastIndexes: number[] = [];

  constructor(max: number) {
    assert(max > 0, () => `inflight window must be positive, got ${max}`);
    this.max = max;
  }

  /** Records an append ending at `lastIndex`; the window must not be full. */
  add(lastIndex: number): void {
    assert(!this.full(), () => 'Inflights.add on a full window');
    this.lastIndexes.push(lastIndex);
  }

  /** Frees every append whose last index is <= `index`. */
  freeLE(index: number): void {
    let n = 0;
    while (n < this.lastIndexes.length && this.lastIndexes[n]! <= index) n++;
    if (n > 0) this.lastIndexes.splice(0, n);
  }

  /** Whether inflightAppendsMax appends are unacknowledged. */
  full(): boolean {
    return this.lastIndexes.length >= this.max;
  }

  count(): number {
    return this.lastIndexes.length;
  }

  reset(): void {
    this.lastIndexes.length = 0;
  }
}

/**
 * An InstallSnapshot stream to one member. The first chunk goes out alone; then chunks go out at
 * `sentOffset` within the window; the member answers each with the bytes it holds. When an answer shows no progress over a heartbeat interval, the leader rewinds to
 * what the member last reported and resends (go-back-N); a member that lost its partial copy reports
 * 0 and the stream restarts.
 */
export interface SnapshotTransfer {
  readonly snapshot: Snapshot;
  /** crc32c of the snapshot data, so a member can tell whether a partial copy belongs to it. */
  readonly checksum: number;
  sentOffset: number;
  /** Whether the last chunk was sent (needed for an empty snapshot, whose only chunk has 0 bytes). */
  sentLast: boolean;
  /** Highest offset the member acknowledged. */
  ackedOffset: number;
  /** Offset in the member's most recent answer. */
  reportedOffset: number;
  /** ackedOffset when the previous heartbeat interval ended, to detect a stall. */
  ackedAtLastCheck: number;
  /**
   * Whether the member answered yet. Until it does only the first chunk goes out: the answer says how
   * much of this snapshot the member already holds (from an earlier leader), and the stream resumes there.
   */
  answered: boolean;
}

/** One member's replication progress, as its leader sees it. */
export class Progress {
  readonly id: NodeId;
  isLearner: boolean;
  match = 0;
  next: number;
  state: ProgressState = 'probe';
  /** In probe state: an append was sent and not yet answered. */
  probeSent = false;
  /** Heard from since the last check-quorum round. */
  recentActive = false;
  /** Highest commit index sent to it. */
  sentCommit = 0;
  readonly inflights: Inflights;
  /** In snapshot state: the stream. */
  transfer: SnapshotTransfer | undefined = undefined;

  constructor(id: NodeId, next: number, inflightMax: number, isLearner: boolean) {
    this.id = id;
    this.next = next;
    this.inflights = new Inflights(inflightMax);
    this.isLearner = isLearner;
  }

  private resetState(state: ProgressState): void {
    this.state = state;
    this.probeSent = false;
    this.transfer = undefined;
    this.inflights.reset();
  }

  becomeProbe(): void {
    const snapIndex = this.transfer?.snapshot.meta.index ?? 0;
    this.resetState('probe');
    this.next = Math.max(this.match + 1, snapIndex + 1);
    this.sentCommit = Math.min(this.sentCommit, this.next - 1);
  }

  becomeReplicate(): void {
    this.resetState('replicate');
    this.next = this.match + 1;
  }

  becomeSnapshot(snapshot: Snapshot, checksum: number): void {
    this.resetState('snapshot');
    this.transfer = {
      snapshot,
      checksum,
      sentOffset: 0,
      sentLast: false,
      ackedOffset: 0,
      reportedOffset: 0,
      ackedAtLastCheck: 0,
      answered: false,
    };
    this.next = snapshot.meta.index + 1;
    this.sentCommit = snapshot.meta.index;
  }

  /** Records an append of `count` entries ending at `lastIndex` just sent. */
  sentEntries(count: number, lastIndex: number): void {
    switch (this.state) {
      case 'replicate':
        if (count > 0) {
          this.next = lastIndex + 1;
          this.inflights.add(lastIndex);
        }
        break;
      case 'probe':
        if (count > 0) this.probeSent = true;
        break;
      case 'snapshot':
        assert(false, () => `append sent to ${this.id} while it needs a snapshot`);
    }
  }

  /** Whether an append carrying only the commit index would tell it something new. */
  canBumpCommit(commit: number): boolean {
    return commit > this.sentCommit && this.sentCommit < this.next - 1;
  }

  /** An acknowledgement of `index`: returns whether match moved. */
  maybeUpdate(index: number): boolean {
    if (index <= this.match) return false;
    this.match = index;
    this.next = Math.max(this.next, index + 1);
    this.probeSent = false;
    return true;
  }

  /**
   * A rejection of the append whose previous index was `rejected`, with the member's hint of where the
   * logs may meet. Returns false for a stale rejection (one that says nothing new).
   */
  maybeDecrTo(rejected: number, matchHint: number): boolean {
    if (this.state === 'replicate') {
      if (rejected <= this.match) return false;
      this.next = this.match + 1;
      this.sentCommit = Math.min(this.sentCommit, this.next - 1);
      return true;
    }
    if (this.next - 1 !== rejected) return false;
    this.next = Math.max(Math.min(rejected, matchHint + 1), this.match + 1);
    this.sentCommit = Math.min(this.sentCommit, this.next - 1);
    this.probeSent = false;
    return true;
  }

  /** Whether appends to it are held back now. */
  isPaused(): boolean {
    switch (this.state) {
      case 'probe':
        return this.probeSent;
      case 'replicate':
        return this.inflights.full();
      case 'snapshot':
        return true;
    }
  }
}

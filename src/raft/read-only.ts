/**
 * The leader's queue of ReadIndex requests awaiting confirmation (Raft dissertation §6.4; etcd-io/raft's
 * read_only.go). A request records the commit index when it arrived and gets a sequence number; every
 * heartbeat carries the newest pending sequence number as its context, and a voter's response to it
 * confirms that, when the heartbeat was sent, this member was still leader. Once a majority of voters
 * (the leader included) has confirmed sequence s, every request up to s is answered with its recorded
 * index: no other leader can have committed anything newer at that time.
 *
 * Invariants: pending requests are in sequence order; acks only grow; the queue belongs to one term of
 * one leader and is discarded with it.
 */
import { majorityIndex } from './quorum.js';
import type { NodeId } from './types.js';

/** A ReadIndex request the leader holds. */
export interface ReadRequest {
  readonly seq: number;
  /** The commit index when the request arrived: the read point once confirmed. */
  readonly index: number;
  /** Who asked: null for this member, else the follower that forwarded it. */
  readonly origin: NodeId | null;
  readonly requestId: string;
  /** Tick count after which it is reported as timed out. */
  readonly deadline: number;
}

/** The ReadIndex requests one leader holds in one term (see the file comment). */
export class ReadOnlyQueue {
  private seq = 0;
  private pending: ReadRequest[] = [];
  private readonly acks = new Map<NodeId, number>();

  /** Queues a request and returns the context its confirming heartbeats carry. */
  add(index: number, origin: NodeId | null, requestId: string, deadline: number): string {
    this.seq++;
    this.pending.push({ seq: this.seq, index, origin, requestId, deadline });
    return String(this.seq);
  }

  /** The context for the next heartbeat: the newest pending request, or '' when none is pending. */
  heartbeatContext(): string {
    const last = this.pending.at(-1);
    return last === undefined ? '' : String(last.seq);
  }

  /** A heartbeat response from `from` echoing `context`. */
  recvAck(from: NodeId, context: string): void {
    const seq = Number(context);
    if (!Number.isSafeInteger(seq) || seq <= 0) return;
    this.acks.set(from, Math.max(this.acks.get(from) ?? 0, seq));
  }

  /** Removes and returns the requests a majority of `voters` has confirmed. */
  confirmed(voters: readonly NodeId[], self: NodeId): ReadRequest[] {
    const upTo = majorityIndex(voters, (id) => (id === self ? this.seq : (this.acks.get(id) ?? 0)));
    let n = 0;
    while (n < this.pending.length && this.pending[n]!.seq <= upTo) n++;
    return this.pending.splice(0, n);
  }

  /** Removes and returns the requests whose deadline has passed. */
  expired(now: number): ReadRequest[] {
    const gone = this.pending.filter((r) => r.deadline <= now);
    if (gone.length > 0) this.pending = this.pending.filter((r) => r.deadline > now);
    return gone;
  }

  /** Removes and returns everything pending. */
  drain(): ReadRequest[] {
    const all = this.pending;
    this.pending = [];
    return all;
  }

  size(): number {
    return this.pending.length;
  }
}

/**
 * The Raft core: one member of one Raft group, as a deterministic state machine. It is driven by
 * `tick()`, `step(message)`, `propose(data)` and the other inputs, and hands its effects out as a
 * `Ready` (what to persist, what to send, what to apply) that the shell executes in that order before
 * calling `advance(ready)`. The structure follows etcd-io/raft (`raft.go`, `rawnode.go`); the rules are
 * the Raft paper's (Ongaro and Ousterhout 2014, Figure 2) and Ongaro's dissertation (2014) for pre-vote
 * (§9.6), check-quorum (§6.2), leadership transfer (§3.10), single-server membership changes (§4.1) and
 * ReadIndex (§6.4).
 *
 * Invariants kept here: at most one vote per term, and it is durable before the response leaves
 * (messages only leave in a Ready after its hard state); an entry is committed only when a quorum of
 * voters stores it durably and it belongs to the leader's term (§5.4.2); committed entries are never
 * truncated; entries are handed to the state machine once, in index order.
 *
 * It must not do I/O, read clocks or draw randomness of its own: time is `tick()`, randomness the
 * injected `Rng`, storage the synchronous `RaftLogView` the shell keeps up to date.
 */
import type { Rng } from '../util/rng.js';
import type { RaftLogView } from './storage.js';
import type {
  ConfChange,
  ConfState,
  Entry,
  HardState,
  NodeId,
  RaftMessage,
  ReadState,
  Role,
  Snapshot,
} from './types.js';

/**
 * Deliberately planted bugs, set only by the simulator to show that its checkers catch them.
 * - `vote-without-log-check`: grant votes without the up-to-date check (breaks §5.4.1).
 * - `commit-old-term`: commit an earlier term's entry by counting replicas (the paper's Figure 8).
 * - `no-truncate`: a follower keeps its conflicting entries instead of cutting them (breaks §5.3).
 * - `ack-before-sync`: lives in the simulator's shell (sends before saving); the core ignores it.
 * - `stale-read`: a leader serves ReadIndex without confirming its leadership with a quorum.
 */
export type RaftBug =
  'vote-without-log-check' | 'commit-old-term' | 'no-truncate' | 'ack-before-sync' | 'stale-read';

/** Configuration of one core. Limits carry their unit in the name. */
export interface RaftConfig {
  /** This member's id. */
  readonly id: NodeId;
  /**
   * Election timeout in ticks. A follower campaigns after a randomized timeout drawn from
   * [electionTicks, 2 * electionTicks) without hearing from a leader; a leader with check-quorum steps
   * down after electionTicks without hearing from a quorum. Must exceed heartbeatTicks.
   */
  readonly electionTicks: number;
  /** A leader sends heartbeats every heartbeatTicks ticks. */
  readonly heartbeatTicks: number;
  /** Run a pre-vote before a real election so a partitioned node does not disrupt the group (§9.6). */
  readonly preVote: boolean;
  /** A leader steps down when it has not heard from a quorum for electionTicks (§6.2). */
  readonly checkQuorum: boolean;
  /** Per-follower pipelining window: append (or snapshot chunk) messages in flight, unacknowledged. */
  readonly inflightAppendsMax: number;
  /** Batching limit: payload bytes of entries per append message (at least one entry is always sent). */
  readonly appendBytesMax: number;
  /** Size of one InstallSnapshot chunk in bytes. */
  readonly snapshotChunkBytes: number;
  /**
   * Payload bytes a leader accepts in proposals not yet committed before it rejects new ones with
   * `overloaded`. Default 64 MiB. An empty log always accepts one proposal, however large.
   */
  readonly uncommittedBytesMax?: number | undefined;
  /** Payload bytes of committed entries handed out per Ready. Default 64 MiB (at least one entry). */
  readonly applyBytesMax?: number | undefined;
  /**
   * Ticks after which a pending ReadIndex request that got no answer is reported as failed with
   * `timeout`. Default 2 * electionTicks.
   */
  readonly readTimeoutTicks?: number | undefined;
  /** Planted bugs; only the simulator sets this. */
  readonly bugs?: ReadonlySet<RaftBug> | undefined;
}

/** Volatile state worth reporting: who leads, and this member's role. */
export interface SoftState {
  readonly role: Role;
  readonly leader: NodeId | null;
}

/** Why a ReadIndex request failed; the caller may retry (on the leader, when one is known). */
export type ReadFailureReason =
  /** No leader is known, or this member is campaigning. */
  | 'no-leader'
  /** The leader (this member, or the one the request was forwarded to) lost its leadership. */
  | 'leadership-lost'
  /** No answer within readTimeoutTicks (a lost message, or a leader cut off from its quorum). */
  | 'timeout';

/** A ReadIndex request that cannot be served. Never dropped silently: every request ends in one of these or a ReadState. */
export interface ReadFailure {
  readonly requestId: string;
  readonly reason: ReadFailureReason;
  /** The leader this member knows of, to retry there; null when none. */
  readonly leader: NodeId | null;
}

/**
 * Everything the core wants done, in the order the shell must do it:
 * 1. persist `snapshot`, then `entries` (cutting any stored suffix from the first entry's index on),
 *    then `hardState`, in one durable write, synced when `mustSync`;
 * 2. update the `RaftLogView` to match (MemoryRaftLog.save does all three in order);
 * 3. send `messages` (never before step 1 is durable: they may acknowledge entries or grant votes);
 * 4. restore the state machine from `snapshot`, then apply `committed` in index order;
 * 5. call `advance(ready)`.
 * `readStates` may be served once the state machine has applied their index; `readFailures` are
 * answered with an error at once.
 */
export interface Ready {
  /** Set when role or leader changed since the previous Ready. */
  readonly softState: SoftState | undefined;
  /** Set when term, vote or commit changed since the previous Ready. */
  readonly hardState: HardState | undefined;
  /** Entries to append, contiguous; the first may be at or below the stored last index (conflict cut). */
  readonly entries: readonly Entry[];
  /** A snapshot received from the leader, to persist and restore before applying anything. */
  readonly snapshot: Snapshot | undefined;
  /** Messages to send once the above is durable. */
  readonly messages: readonly RaftMessage[];
  /** Committed entries to apply, contiguous, in index order; may include entries of this Ready. */
  readonly committed: readonly Entry[];
  /** Confirmed ReadIndex points. */
  readonly readStates: readonly ReadState[];
  /** ReadIndex requests that failed. */
  readonly readFailures: readonly ReadFailure[];
  /**
   * Whether the write of step 1 must be synced: entries, a snapshot, or a new term or vote. A change of
   * commit alone need not be (a lost commit index is recomputed).
   */
  readonly mustSync: boolean;
}

/** Why a proposal was refused. Nothing was appended; the caller may retry (where `leader` says). */
export type ProposeRejection =
  /** This member is not the leader; `leader` names the one it knows, or null. */
  | 'not-leader'
  /** A leadership transfer is in progress; retry on the new leader. */
  | 'transferring'
  /** Too many uncommitted bytes (uncommittedBytesMax); retry later. */
  | 'overloaded'
  /** A membership change is still uncommitted or unapplied, or this leader has not yet committed an entry of its term. */
  | 'conf-change-pending'
  /** The membership change makes no sense against the current configuration (see `reason` detail). */
  | 'conf-change-invalid';

/**
 * The outcome of a proposal. When ok, the entry is at `index` in `term`: it commits exactly when an
 * entry with that index and term appears in `Ready.committed`; if that index commits with another term,
 * the proposal was lost (a leader change cut it) and may be retried.
 */
export type ProposeResult =
  | { readonly ok: true; readonly index: number; readonly term: number }
  | {
      readonly ok: false;
      readonly reason: ProposeRejection;
      readonly leader: NodeId | null;
      /** A sentence for the caller's error message. */
      readonly detail: string;
    };

/** The outcome of a transfer request. */
export type TransferResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: 'not-leader' | 'not-voter' | 'self';
      readonly leader: NodeId | null;
    };

/** Replication state of one follower as the leader tracks it (etcd's tracker.Progress). */
export type ProgressState = 'probe' | 'replicate' | 'snapshot';

/** What the leader knows of one member. */
export interface PeerStatus {
  readonly id: NodeId;
  readonly voter: boolean;
  /** Highest index known to match the leader's log (durably, for this leader itself). */
  readonly match: number;
  /** Next index to send. */
  readonly next: number;
  readonly state: ProgressState;
  /** Heard from within the current check-quorum period. */
  readonly recentActive: boolean;
  /** Append or chunk messages in flight. */
  readonly inflight: number;
  /** Whether the leader is currently holding back appends to it (probe sent, window full, snapshot). */
  readonly paused: boolean;
  /** In snapshot state: the snapshot's index and the bytes the follower acknowledged; else 0. */
  readonly snapshotIndex: number;
  readonly snapshotOffset: number;
}

/** A consistent view of the core for `status` commands and invariant checkers. */
export interface RaftStatus {
  readonly id: NodeId;
  readonly role: Role;
  readonly term: number;
  readonly vote: NodeId | null;
  readonly leader: NodeId | null;
  readonly commitIndex: number;
  /** Highest index the shell reported applied through advance(). */
  readonly appliedIndex: number;
  readonly firstIndex: number;
  readonly lastIndex: number;
  readonly lastTerm: number;
  /** Membership in force: the configuration as of appliedIndex (conf changes take effect when applied). */
  readonly confState: ConfState;
  /** Index of the newest membership change proposed or seen by this leader (0 on others). */
  readonly pendingConfIndex: number;
  /** The member a leadership transfer is handing over to, or null. */
  readonly transferee: NodeId | null;
  /** Per-member replication progress, sorted by id; empty unless leader. */
  readonly progress: readonly PeerStatus[];
}

/**
 * One member of a Raft group. Not thread-safe in any sense: the shell calls it from one place. Between
 * `ready()` and `advance()` the shell may keep calling the inputs; their effects go to the next Ready.
 */
export class RaftCore {
  constructor(_config: RaftConfig, _log: RaftLogView, _rng: Rng) {
    throw new Error('RaftCore: not implemented yet');
  }

  /** One logical clock tick: election timeout for followers, heartbeats and check-quorum for a leader. */
  tick(): void {
    throw new Error('not implemented');
  }

  /** Processes a message from a peer. Messages for another member are ignored. */
  step(_message: RaftMessage): void {
    throw new Error('not implemented');
  }

  /** Proposes a normal entry. Only a leader accepts; see ProposeResult. */
  propose(_data: Uint8Array): ProposeResult {
    throw new Error('not implemented');
  }

  /**
   * Proposes a membership change. One at a time: refused while an earlier change is not yet applied,
   * and until this leader has committed an entry of its own term (the dissertation's fix for
   * single-server changes across leader changes). The change takes effect on each member when applied.
   */
  proposeConfChange(_change: ConfChange): ProposeResult {
    throw new Error('not implemented');
  }

  /** Starts handing leadership to `to` (§3.10). Proposals are refused until it ends or times out. */
  transferLeadership(_to: NodeId): TransferResult {
    throw new Error('not implemented');
  }

  /**
   * Asks for a linearizable read point. The answer arrives later as a ReadState (serve once applied >=
   * index) or a ReadFailure with the same `requestId`. Request ids should be unique per member.
   */
  readIndex(_requestId: string): void {
    throw new Error('not implemented');
  }

  /** Starts an election now (with pre-vote when configured), as if the election timeout fired. */
  campaign(): void {
    throw new Error('not implemented');
  }

  /** A snapshot of the core's state; cheap enough to call after every step in tests. */
  status(): RaftStatus {
    throw new Error('not implemented');
  }

  /** Whether ready() would return something. */
  hasReady(): boolean {
    throw new Error('not implemented');
  }

  /**
   * Collects the pending effects, or undefined when there are none. At most one Ready is outstanding:
   * call advance() with it before asking for the next.
   */
  ready(): Ready | undefined {
    throw new Error('not implemented');
  }

  /** Tells the core the shell has persisted, sent and applied `ready` (see Ready for the order). */
  advance(_ready: Ready): void {
    throw new Error('not implemented');
  }
}

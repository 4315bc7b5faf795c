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
 *
 * Choices, where Raft leaves room:
 * - Proposals: only the leader accepts; a follower refuses with a leader hint (no forwarding), so an
 *   accepted proposal always has an index and term, and its fate is known exactly.
 * - Durability of the leader's own entries: they count toward commitment only once advance() reports
 *   them persisted (etcd's self-acknowledgement after append); followers acknowledge in the Ready that
 *   carries the entries, which the shell sends only after saving.
 * - Batching: appends and commit updates are built when the Ready is collected, not per proposal or
 *   per acknowledgement, so everything between two Readies shares one append per follower (within the
 *   inflight window and appendBytesMax).
 * - Membership: one server at a time, in force once applied (etcd), refused while an earlier change is
 *   unapplied or before the leader committed an entry of its term.
 * - ReadIndex: every request ends in a ReadState or a ReadFailure (no leader, leadership lost, or no
 *   answer within readTimeoutTicks); nothing is dropped silently.
 * - Snapshots stream in chunks identified by a checksum, so a new leader resumes a partial transfer.
 */
import { assert } from '../util/assert.js';
import type { Rng } from '../util/rng.js';
import { applyConfChange } from './entries.js';
import { RaftConfigError } from './errors.js';
import { Progress, type ProgressState } from './progress.js';
import { majorityIndex, quorumActive, voteResult, type VoteResult } from './quorum.js';
import { RaftLog } from './raft-log.js';
import { ReadOnlyQueue } from './read-only.js';
import { SnapshotReceiver, snapshotChecksum } from './snapshot-receiver.js';
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

export type { ProgressState };

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
  /** Messages dropped because they were malformed (non-contiguous entries, chunk out of bounds, ...). */
  readonly malformedMessages: number;
}

/** A ReadIndex request a follower forwarded, awaiting its leader's answer. */
interface ForwardedRead {
  readonly requestId: string;
  readonly leader: NodeId;
  readonly term: number;
  readonly deadline: number;
}

/** A ReadIndex request a new leader holds until it has committed an entry of its term. */
interface WaitingRead {
  readonly origin: NodeId | null;
  readonly requestId: string;
  readonly deadline: number;
}

const MIB = 1024 * 1024;
const EMPTY = new Uint8Array(0);

function validateConfig(c: RaftConfig): void {
  const positive: [string, number][] = [
    ['electionTicks', c.electionTicks],
    ['heartbeatTicks', c.heartbeatTicks],
    ['inflightAppendsMax', c.inflightAppendsMax],
    ['appendBytesMax', c.appendBytesMax],
    ['snapshotChunkBytes', c.snapshotChunkBytes],
  ];
  for (const [name, value] of positive) {
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new RaftConfigError(`raft config ${name} must be a positive integer, got ${value}`);
    }
  }
  if (c.electionTicks <= c.heartbeatTicks) {
    throw new RaftConfigError(
      `raft config electionTicks (${c.electionTicks}) must exceed heartbeatTicks (${c.heartbeatTicks})`,
    );
  }
  if (c.id === '') throw new RaftConfigError('raft config id must not be empty');
}

/**
 * One member of a Raft group. Not thread-safe in any sense: the shell calls it from one place. Between
 * `ready()` and `advance()` the shell may keep calling the inputs; their effects go to the next Ready.
 */
export class RaftCore {
  private readonly id: NodeId;
  private readonly cfg: RaftConfig;
  private readonly rng: Rng;
  private readonly log: RaftLog;
  private readonly bugs: ReadonlySet<RaftBug>;
  private readonly uncommittedBytesMax: number;
  private readonly applyBytesMax: number;
  private readonly readTimeoutTicks: number;

  private term: number;
  private vote: NodeId | null;
  private leader: NodeId | null = null;
  private role: Role = 'follower';
  /** Membership in force: as of the applied index (etcd's semantics: a change takes effect when applied). */
  private conf: ConfState;
  /** Leader only: every member's progress, this member's included. */
  private readonly progress = new Map<NodeId, Progress>();
  /** Candidate only: votes received in this election. */
  private readonly votes = new Map<NodeId, boolean>();
  private electionElapsed = 0;
  private heartbeatElapsed = 0;
  private randomizedElectionTimeout = 0;
  private transferee: NodeId | null = null;
  private pendingConfIndex = 0;
  private uncommittedBytes = 0;
  private readOnly = new ReadOnlyQueue();
  private waitingReads: WaitingRead[] = [];
  private forwardedReads: ForwardedRead[] = [];
  private readonly receiver = new SnapshotReceiver();
  private malformedMessages = 0;
  /** Ticks since start; deadlines of read requests are measured in it. */
  private now = 0;
  /** Leader: entries were appended or commit moved; send appends when the Ready is collected. */
  private appendPending = false;
  private commitPending = false;
  /** Leader: a ReadIndex request needs a heartbeat round. */
  private heartbeatPending = false;

  private msgs: RaftMessage[] = [];
  private readStates: ReadState[] = [];
  private readFailures: ReadFailure[] = [];
  private prevSoft: SoftState;
  private prevHard: HardState;
  private outstanding: Ready | undefined = undefined;

  /**
   * A member restarting from `log` (a fresh group's members start from bootstrapState()). The log's
   * snapshot is where the state machine restarts: committed entries after it are handed out again.
   */
  constructor(config: RaftConfig, log: RaftLogView, rng: Rng) {
    validateConfig(config);
    this.id = config.id;
    this.cfg = config;
    this.rng = rng;
    this.bugs = config.bugs ?? new Set();
    this.uncommittedBytesMax = config.uncommittedBytesMax ?? 64 * MIB;
    this.applyBytesMax = config.applyBytesMax ?? 64 * MIB;
    this.readTimeoutTicks = config.readTimeoutTicks ?? 2 * config.electionTicks;
    const { hardState, confState } = log.initialState();
    this.log = new RaftLog(log, hardState.commit);
    this.conf = { voters: [...confState.voters].sort(), learners: [...confState.learners].sort() };
    this.term = hardState.term;
    this.vote = hardState.vote;
    this.becomeFollower(this.term, null);
    this.prevSoft = { role: this.role, leader: this.leader };
    this.prevHard = { term: this.term, vote: this.vote, commit: this.log.committed };
  }

  // ---------------------------------------------------------------------------------------------
  // Inputs

  /** One logical clock tick: election timeout for followers, heartbeats and check-quorum for a leader. */
  tick(): void {
    this.now++;
    this.expireReads();
    if (this.role === 'leader') this.tickLeader();
    else this.tickElection();
  }

  /** Processes a message from a peer. Messages addressed to another member are ignored. */
  step(m: RaftMessage): void {
    if (m.to !== this.id || m.from === this.id) return;
    if (!wellFormed(m)) {
      // A peer's bug must not trip this member's invariants: count it and drop it.
      this.malformedMessages++;
      return;
    }
    if (!this.stepTerm(m)) return;
    if (m.type === 'request-vote') {
      this.handleVoteRequest(m);
      return;
    }
    switch (this.role) {
      case 'leader':
        this.stepLeader(m);
        break;
      case 'candidate':
      case 'pre-candidate':
        this.stepCandidate(m);
        break;
      case 'follower':
        this.stepFollower(m);
        break;
    }
  }

  /**
   * Proposes a normal entry. Only a leader accepts; see ProposeResult. The core keeps `data` as given
   * (no copy): the caller must not modify it afterwards.
   */
  propose(data: Uint8Array): ProposeResult {
    const refusal = this.refuseProposal();
    if (refusal !== undefined) return refusal;
    const bytes = data.byteLength;
    if (this.uncommittedBytes > 0 && this.uncommittedBytes + bytes > this.uncommittedBytesMax) {
      return this.refused(
        'overloaded',
        `${this.uncommittedBytes} bytes proposed and not yet applied (uncommittedBytesMax ${this.uncommittedBytesMax})`,
      );
    }
    this.uncommittedBytes += bytes;
    const index = this.log.lastIndex() + 1;
    this.appendEntry({ type: 'normal', term: this.term, index, data });
    return { ok: true, index, term: this.term };
  }

  /**
   * Proposes a membership change. One at a time: refused while an earlier change is not yet applied,
   * and until this leader has committed an entry of its own term (the dissertation's fix for
   * single-server changes across leader changes). The change takes effect on each member when applied.
   */
  proposeConfChange(change: ConfChange): ProposeResult {
    const refusal = this.refuseProposal();
    if (refusal !== undefined) return refusal;
    if (this.pendingConfIndex > this.log.applied) {
      return this.refused(
        'conf-change-pending',
        `the membership change at index ${this.pendingConfIndex} is not applied yet (applied ${this.log.applied})`,
      );
    }
    if (!this.committedEntryInCurrentTerm()) {
      return this.refused(
        'conf-change-pending',
        `leader ${this.id} has not yet committed an entry of term ${this.term}`,
      );
    }
    const invalid = invalidConfChange(this.conf, change);
    if (invalid !== undefined) return this.refused('conf-change-invalid', invalid);
    const index = this.log.lastIndex() + 1;
    this.appendEntry({ type: 'config-change', term: this.term, index, change });
    this.pendingConfIndex = index;
    return { ok: true, index, term: this.term };
  }

  /**
   * Starts handing leadership to `to` (§3.10): bring it up to date, then tell it to campaign at once.
   * Proposals are refused until it takes over or electionTicks pass.
   */
  transferLeadership(to: NodeId): TransferResult {
    if (this.role !== 'leader') return { ok: false, reason: 'not-leader', leader: this.leader };
    if (to === this.id) return { ok: false, reason: 'self', leader: this.leader };
    const pr = this.progress.get(to);
    if (pr === undefined || pr.isLearner) {
      return { ok: false, reason: 'not-voter', leader: this.leader };
    }
    if (this.transferee === to) return { ok: true };
    this.transferee = to;
    this.electionElapsed = 0;
    if (pr.match === this.log.lastIndex()) this.sendTimeoutNow(to);
    else this.sendAppend(pr);
    return { ok: true };
  }

  /**
   * Asks for a linearizable read point (ReadIndex, §6.4). The answer arrives later as a ReadState (serve
   * once applied >= index) or a ReadFailure with the same `requestId`; a follower forwards the request
   * to its leader.
   */
  readIndex(requestId: string): void {
    switch (this.role) {
      case 'leader':
        this.handleReadRequest(null, requestId);
        break;
      case 'follower':
        if (this.leader === null) {
          this.failRead(null, requestId, 'no-leader');
          break;
        }
        this.forwardedReads.push({
          requestId,
          leader: this.leader,
          term: this.term,
          deadline: this.now + this.readTimeoutTicks,
        });
        this.send({
          type: 'read-index',
          from: this.id,
          to: this.leader,
          term: this.term,
          requestId,
        });
        break;
      case 'candidate':
      case 'pre-candidate':
        this.failRead(null, requestId, 'no-leader');
        break;
    }
  }

  /** Starts an election now (with pre-vote when configured), as if the election timeout fired. */
  campaign(): void {
    this.hup(false);
  }

  // ---------------------------------------------------------------------------------------------
  // Outputs

  /**
   * Whether ready() would return something. As a leader this builds the appends batched since the last
   * Ready, so call it only when about to collect one.
   */
  hasReady(): boolean {
    this.flush();
    return (
      this.role !== this.prevSoft.role ||
      this.leader !== this.prevSoft.leader ||
      this.hardChanged() ||
      this.log.unstable.entries.length > 0 ||
      this.log.unstable.snapshot !== undefined ||
      this.msgs.length > 0 ||
      this.readStates.length > 0 ||
      this.readFailures.length > 0 ||
      (this.log.unstable.snapshot === undefined && this.log.committed > this.log.applied)
    );
  }

  /**
   * Collects the pending effects, or undefined when there are none. At most one Ready is outstanding:
   * call advance() with it before asking for the next (InvariantViolation otherwise).
   */
  ready(): Ready | undefined {
    assert(
      this.outstanding === undefined,
      () => `${this.id}: ready() before advance() of the last Ready`,
    );
    if (!this.hasReady()) return undefined;
    const soft: SoftState = { role: this.role, leader: this.leader };
    const hard: HardState = { term: this.term, vote: this.vote, commit: this.log.committed };
    const softChanged = soft.role !== this.prevSoft.role || soft.leader !== this.prevSoft.leader;
    const hardChanged = this.hardChanged();
    const entries = [...this.log.unstable.entries];
    const snapshot = this.log.unstable.snapshot;
    const ready: Ready = {
      softState: softChanged ? soft : undefined,
      hardState: hardChanged ? hard : undefined,
      entries,
      snapshot,
      messages: this.msgs,
      committed: this.log.nextCommitted(this.applyBytesMax),
      readStates: this.readStates,
      readFailures: this.readFailures,
      mustSync:
        entries.length > 0 ||
        snapshot !== undefined ||
        hard.term !== this.prevHard.term ||
        hard.vote !== this.prevHard.vote,
    };
    this.prevSoft = soft;
    this.prevHard = hard;
    this.msgs = [];
    this.readStates = [];
    this.readFailures = [];
    this.outstanding = ready;
    return ready;
  }

  /**
   * Tells the core the shell has persisted, sent and applied `ready` (see Ready for the order), and
   * updated the RaftLogView. Membership changes among `ready.committed` take effect now.
   */
  advance(ready: Ready): void {
    assert(
      this.outstanding === ready,
      () => `${this.id}: advance() of a Ready not handed out last`,
    );
    this.outstanding = undefined;
    if (ready.snapshot !== undefined) {
      this.log.unstable.stableSnapTo(ready.snapshot.meta.index);
      this.log.appliedTo(ready.snapshot.meta.index);
    }
    const last = ready.entries.at(-1);
    if (last !== undefined) {
      assert(
        this.log.storage.lastIndex() >= last.index,
        () =>
          `${this.id}: advance() but the RaftLogView lacks entry ${last.index}: save the Ready first`,
      );
      this.log.unstable.stableTo(last.index, last.term);
      const self = this.progress.get(this.id);
      if (
        this.role === 'leader' &&
        self !== undefined &&
        self.maybeUpdate(this.log.stableIndex())
      ) {
        if (this.maybeCommit()) this.commitPending = true;
      }
    }
    for (const entry of ready.committed) {
      this.log.appliedTo(entry.index);
      if (entry.type === 'config-change') this.applyConfChangeEntry(entry.change);
      else if (this.role === 'leader') {
        this.uncommittedBytes = Math.max(0, this.uncommittedBytes - entry.data.byteLength);
      }
    }
  }

  /** A snapshot of the core's state; cheap enough to call after every step in tests. */
  status(): RaftStatus {
    const progress: PeerStatus[] = [...this.progress.values()]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((pr) => ({
        id: pr.id,
        voter: !pr.isLearner,
        match: pr.match,
        next: pr.next,
        state: pr.state,
        recentActive: pr.recentActive,
        inflight: pr.state === 'snapshot' ? 0 : pr.inflights.count(),
        paused: pr.isPaused(),
        snapshotIndex: pr.transfer?.snapshot.meta.index ?? 0,
        snapshotOffset: pr.transfer?.ackedOffset ?? 0,
      }));
    return {
      id: this.id,
      role: this.role,
      term: this.term,
      vote: this.vote,
      leader: this.leader,
      commitIndex: this.log.committed,
      appliedIndex: this.log.applied,
      firstIndex: this.log.firstIndex(),
      lastIndex: this.log.lastIndex(),
      lastTerm: this.log.lastTerm(),
      confState: this.conf,
      pendingConfIndex: this.role === 'leader' ? this.pendingConfIndex : 0,
      transferee: this.transferee,
      progress,
      malformedMessages: this.malformedMessages,
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Roles (Raft §5.2)

  private reset(term: number): void {
    if (this.term !== term) {
      this.term = term;
      this.vote = null;
    }
    this.leader = null;
    this.electionElapsed = 0;
    this.heartbeatElapsed = 0;
    this.randomizedElectionTimeout = this.cfg.electionTicks + this.rng.int(this.cfg.electionTicks);
    this.transferee = null;
    this.votes.clear();
    this.progress.clear();
    this.pendingConfIndex = 0;
    this.uncommittedBytes = 0;
    this.appendPending = false;
    this.commitPending = false;
    this.heartbeatPending = false;
  }

  private becomeFollower(term: number, leader: NodeId | null): void {
    this.reset(term);
    this.role = 'follower';
    this.leader = leader;
    this.settleReads();
  }

  private becomePreCandidate(): void {
    assert(this.role !== 'leader', () => `${this.id}: leader cannot become pre-candidate`);
    // NB: no reset. A pre-vote changes neither term nor vote (dissertation §9.6).
    this.votes.clear();
    this.leader = null;
    this.role = 'pre-candidate';
    this.settleReads();
  }

  private becomeCandidate(): void {
    assert(this.role !== 'leader', () => `${this.id}: leader cannot become candidate`);
    this.reset(this.term + 1);
    this.vote = this.id;
    this.role = 'candidate';
    this.settleReads();
  }

  private becomeLeader(): void {
    assert(this.role === 'candidate', () => `${this.id}: only a candidate becomes leader`);
    this.reset(this.term);
    this.role = 'leader';
    this.leader = this.id;
    this.readOnly = new ReadOnlyQueue();
    const next = this.log.lastIndex() + 1;
    for (const id of [...this.conf.voters, ...this.conf.learners]) {
      this.progress.set(
        id,
        new Progress(id, next, this.cfg.inflightAppendsMax, !this.conf.voters.includes(id)),
      );
    }
    const self = this.progress.get(this.id);
    assert(self !== undefined, () => `${this.id}: became leader without being a member`);
    self.match = this.log.stableIndex();
    self.becomeReplicate();
    self.recentActive = true;
    // Entries before the no-op may hold a membership change this leader has not applied yet.
    this.pendingConfIndex = this.log.lastIndex();
    // The no-op commits the entries of earlier terms (§5.4.2, §8).
    this.appendEntry({ type: 'normal', term: this.term, index: next, data: EMPTY });
    this.settleReads();
  }

  /** Whether this member may campaign: a voter with no snapshot still being installed. */
  private promotable(): boolean {
    return this.conf.voters.includes(this.id) && this.log.unstable.snapshot === undefined;
  }

  private tickElection(): void {
    this.electionElapsed++;
    if (this.promotable() && this.electionElapsed >= this.randomizedElectionTimeout) {
      this.electionElapsed = 0;
      this.hup(false);
    }
  }

  private tickLeader(): void {
    this.heartbeatElapsed++;
    this.electionElapsed++;
    if (this.electionElapsed >= this.cfg.electionTicks) {
      this.electionElapsed = 0;
      if (this.cfg.checkQuorum && !this.quorumRecentlyActive()) {
        this.becomeFollower(this.term, null);
        return;
      }
      for (const pr of this.progress.values()) {
        if (pr.id !== this.id) pr.recentActive = false;
      }
      // A transfer that did not finish within an election timeout is abandoned (§3.10).
      this.transferee = null;
    }
    if (this.heartbeatElapsed >= this.cfg.heartbeatTicks) {
      this.heartbeatElapsed = 0;
      this.broadcastHeartbeat();
      this.resumeStalledSnapshots();
    }
  }

  private quorumRecentlyActive(): boolean {
    return quorumActive(
      this.conf.voters,
      (id) => id === this.id || this.progress.get(id)?.recentActive === true,
    );
  }

  /** The election timeout fired, or a transfer asked for an election. */
  private hup(transfer: boolean): void {
    if (this.role === 'leader' || !this.promotable()) return;
    // A committed but unapplied membership change could make this member's view of the voters wrong.
    if (this.hasUnappliedConfChanges()) return;
    if (this.cfg.preVote && !transfer) this.runElection(true, false);
    else this.runElection(false, transfer);
  }

  private hasUnappliedConfChanges(): boolean {
    if (this.log.committed <= this.log.applied || this.log.unstable.snapshot !== undefined) {
      return false;
    }
    const pending = this.log.slice(this.log.applied + 1, this.log.committed + 1, Infinity);
    return pending.some((e) => e.type === 'config-change');
  }

  private runElection(preVote: boolean, transfer: boolean): void {
    if (preVote) this.becomePreCandidate();
    else this.becomeCandidate();
    const voteTerm = preVote ? this.term + 1 : this.term;
    if (this.poll(this.id, true) === 'won') {
      if (preVote) this.runElection(false, false);
      else this.becomeLeader();
      return;
    }
    const lastLogIndex = this.log.lastIndex();
    const lastLogTerm = this.log.lastTerm();
    for (const to of this.conf.voters) {
      if (to === this.id) continue;
      this.send({
        type: 'request-vote',
        from: this.id,
        to,
        term: voteTerm,
        preVote,
        lastLogIndex,
        lastLogTerm,
        transfer,
      });
    }
  }

  private poll(from: NodeId, granted: boolean): VoteResult {
    if (!this.votes.has(from)) this.votes.set(from, granted);
    return voteResult(this.conf.voters, this.votes);
  }

  // ---------------------------------------------------------------------------------------------
  // Messages

  /**
   * The term rules (§5.1): a higher term makes this member a follower, except for pre-votes (which
   * never change terms) and for votes while it hears from a live leader (the lease of §4.2.3, only with
   * check-quorum, unless a transfer asks). A lower term is ignored, but a stale leader is told the
   * current term so it steps down. Returns whether the message is processed further.
   */
  private stepTerm(m: RaftMessage): boolean {
    if (m.term > this.term) {
      if (m.type === 'request-vote') {
        const inLease =
          this.cfg.checkQuorum &&
          this.leader !== null &&
          this.electionElapsed < this.cfg.electionTicks;
        if (inLease && !m.transfer) return false;
      }
      const keepTerm =
        (m.type === 'request-vote' && m.preVote) ||
        (m.type === 'request-vote-response' && m.preVote && m.granted);
      if (!keepTerm) {
        const fromLeader =
          m.type === 'append-entries' || m.type === 'heartbeat' || m.type === 'install-snapshot';
        this.becomeFollower(m.term, fromLeader ? m.from : null);
      }
      return true;
    }
    if (m.term < this.term) {
      this.answerStaleTerm(m);
      return false;
    }
    return true;
  }

  private answerStaleTerm(m: RaftMessage): void {
    const fromLeader =
      m.type === 'append-entries' || m.type === 'heartbeat' || m.type === 'install-snapshot';
    if (fromLeader && (this.cfg.checkQuorum || this.cfg.preVote)) {
      // Without this, a leader cut off and rejoining would not learn the new term: with pre-vote or
      // check-quorum nobody else raises it by campaigning.
      this.send({
        type: 'append-entries-response',
        from: this.id,
        to: m.from,
        term: this.term,
        success: false,
        index: 0,
        rejectHint: 0,
        rejectTerm: 0,
      });
    } else if (m.type === 'request-vote' && m.preVote) {
      this.send({
        type: 'request-vote-response',
        from: this.id,
        to: m.from,
        term: this.term,
        preVote: true,
        granted: false,
      });
    } else if (m.type === 'read-index') {
      this.failRead(m.from, m.requestId, 'leadership-lost');
    }
  }

  /** RequestVote (§5.2, §5.4.1), and the pre-vote of §9.6 which records nothing. */
  private handleVoteRequest(m: Extract<RaftMessage, { type: 'request-vote' }>): void {
    const canVote =
      this.vote === m.from ||
      (this.vote === null && this.leader === null) ||
      (m.preVote && m.term > this.term);
    const upToDate =
      this.bugs.has('vote-without-log-check') || this.log.isUpToDate(m.lastLogIndex, m.lastLogTerm);
    const granted = canVote && upToDate;
    this.send({
      type: 'request-vote-response',
      from: this.id,
      to: m.from,
      term: granted ? m.term : this.term,
      preVote: m.preVote,
      granted,
    });
    if (granted && !m.preVote) {
      this.electionElapsed = 0;
      this.vote = m.from;
    }
  }

  private stepLeader(m: RaftMessage): void {
    switch (m.type) {
      case 'append-entries-response':
        this.handleAppendResponse(m);
        break;
      case 'heartbeat-response':
        this.handleHeartbeatResponse(m);
        break;
      case 'install-snapshot-response':
        this.handleSnapshotResponse(m);
        break;
      case 'read-index':
        this.handleReadRequest(m.from, m.requestId);
        break;
      case 'append-entries':
      case 'heartbeat':
      case 'install-snapshot':
      case 'request-vote':
      case 'request-vote-response':
      case 'timeout-now':
      case 'read-index-response':
        break; // late or misdirected; two leaders in one term cannot happen
    }
  }

  private stepCandidate(m: RaftMessage): void {
    switch (m.type) {
      case 'append-entries':
      case 'heartbeat':
      case 'install-snapshot':
        // A leader of this term exists (§5.2): follow it.
        this.becomeFollower(m.term, m.from);
        this.stepFollower(m);
        break;
      case 'request-vote-response': {
        if (m.preVote !== (this.role === 'pre-candidate')) break;
        const result = this.poll(m.from, m.granted);
        if (result === 'won') {
          if (this.role === 'pre-candidate') this.runElection(false, false);
          else this.becomeLeader();
        } else if (result === 'lost') {
          this.becomeFollower(this.term, null);
        }
        break;
      }
      case 'read-index':
        this.failRead(m.from, m.requestId, 'no-leader');
        break;
      case 'append-entries-response':
      case 'heartbeat-response':
      case 'install-snapshot-response':
      case 'request-vote':
      case 'timeout-now':
      case 'read-index-response':
        break;
    }
  }

  private stepFollower(m: RaftMessage): void {
    switch (m.type) {
      case 'append-entries':
        this.heardFromLeader(m.from);
        this.handleAppend(m);
        break;
      case 'heartbeat':
        this.heardFromLeader(m.from);
        this.log.commitTo(m.commit);
        this.send({
          type: 'heartbeat-response',
          from: this.id,
          to: m.from,
          term: this.term,
          context: m.context,
        });
        break;
      case 'install-snapshot':
        this.heardFromLeader(m.from);
        this.handleSnapshotChunk(m);
        break;
      case 'timeout-now':
        this.hup(true);
        break;
      case 'read-index':
        this.failRead(m.from, m.requestId, this.leader === null ? 'no-leader' : 'leadership-lost');
        break;
      case 'read-index-response':
        this.handleReadResponse(m);
        break;
      case 'append-entries-response':
      case 'heartbeat-response':
      case 'install-snapshot-response':
      case 'request-vote':
      case 'request-vote-response':
        break;
    }
  }

  private heardFromLeader(from: NodeId): void {
    this.electionElapsed = 0;
    this.leader = from;
  }

  // ---------------------------------------------------------------------------------------------
  // Replication, follower side (§5.3)

  private handleAppend(m: Extract<RaftMessage, { type: 'append-entries' }>): void {
    const reply = (success: boolean, index: number, rejectHint = 0, rejectTerm = 0): void => {
      this.send({
        type: 'append-entries-response',
        from: this.id,
        to: m.from,
        term: this.term,
        success,
        index,
        rejectHint,
        rejectTerm,
      });
    };
    if (m.prevLogIndex < this.log.committed) {
      reply(true, this.log.committed);
      return;
    }
    const outcome = this.log.maybeAppend(
      m.prevLogIndex,
      m.prevLogTerm,
      m.leaderCommit,
      m.entries,
      this.bugs.has('no-truncate'),
    );
    if (outcome !== undefined) {
      reply(true, outcome.lastNewIndex);
      return;
    }
    // Tell the leader where our logs may meet, a whole term back at a time: the largest index at or
    // below prevLogIndex whose term is at most prevLogTerm.
    const hint = this.log.findConflictByTerm(
      Math.min(m.prevLogIndex, this.log.lastIndex()),
      m.prevLogTerm,
    );
    reply(false, m.prevLogIndex, hint.index, hint.term);
  }

  private handleSnapshotChunk(m: Extract<RaftMessage, { type: 'install-snapshot' }>): void {
    // NB: never `reject`: a complete snapshot is always installed (see restore).
    const reply = (offset: number, done: boolean): void => {
      this.send({
        type: 'install-snapshot-response',
        from: this.id,
        to: m.from,
        term: this.term,
        index: m.meta.index,
        offset,
        done,
        reject: false,
      });
    };
    if (m.meta.index <= this.log.committed) {
      // Everything it covers is committed here already.
      if (this.receiver.pendingIndex() === m.meta.index) this.receiver.clear();
      reply(m.totalBytes, true);
      return;
    }
    const outcome = this.receiver.offer(m);
    if (outcome.snapshot === undefined) {
      reply(outcome.offset, false);
      return;
    }
    this.restore(outcome.snapshot);
    reply(outcome.offset, true);
  }

  /**
   * Installs a complete snapshot from the leader (Figure 13): when the log already holds its last entry
   * the commit index just moves there; otherwise the log is replaced.
   *
   * A snapshot whose membership does not list this member is installed too (etcd refuses it, and its
   * server sidesteps that by sending a fresh snapshot): a member added after the leader's newest
   * snapshot learns its own membership from the entries after it, and until it applies them it is
   * not promotable, so it never campaigns. Refusing it left such a member stuck for good whenever no
   * newer snapshot could be taken (found by the simulation, test/sim/findings.test.ts).
   */
  private restore(snapshot: Snapshot): void {
    const { index, term, confState } = snapshot.meta;
    if (this.log.matchTerm(index, term)) {
      this.log.commitTo(index);
      return;
    }
    this.log.restore(snapshot);
    this.conf = { voters: [...confState.voters].sort(), learners: [...confState.learners].sort() };
  }

  // ---------------------------------------------------------------------------------------------
  // Replication, leader side

  private appendEntry(entry: Entry): void {
    this.log.append([entry]);
    this.appendPending = true;
  }

  /** The highest index a majority of voters stores, committed when it is of this term (§5.4.2). */
  private maybeCommit(): boolean {
    const index = majorityIndex(this.conf.voters, (id) => this.progress.get(id)?.match ?? 0);
    if (index <= this.log.committed) return false;
    if (!this.bugs.has('commit-old-term') && this.log.term(index) !== this.term) return false;
    this.log.commitTo(index);
    this.releaseWaitingReads();
    return true;
  }

  private committedEntryInCurrentTerm(): boolean {
    return this.log.term(this.log.committed) === this.term;
  }

  /** Sends pending appends (batched since the last Ready) and read heartbeats. */
  private flush(): void {
    if (this.role !== 'leader') return;
    if (this.appendPending || this.commitPending) {
      for (const pr of this.peers()) {
        const bump = this.commitPending && pr.canBumpCommit(this.log.committed);
        if (!this.sendAppend(pr, bump)) continue;
        while (this.sendAppend(pr, false)) {
          // Fill the window.
        }
      }
      this.appendPending = false;
      this.commitPending = false;
    }
    if (this.heartbeatPending) {
      this.heartbeatPending = false;
      this.broadcastHeartbeat();
    }
  }

  /** Every member but this one, in id order. */
  private peers(): Progress[] {
    const ids = [...this.progress.keys()].filter((id) => id !== this.id).sort();
    return ids.map((id) => this.progress.get(id)!);
  }

  /**
   * Sends the next append to `pr` unless its flow control holds it back; an empty one only when
   * `sendIfEmpty` (to carry the commit index or probe). `ignorePause` sends an empty append through a
   * full window, to find out whether appends were lost. Falls back to a snapshot when the entries
   * needed are compacted. Returns whether anything was sent.
   */
  private sendAppend(pr: Progress, sendIfEmpty = true, ignorePause = false): boolean {
    if (pr.isPaused() && !ignorePause) return false;
    const prevLogIndex = pr.next - 1;
    const prevLogTerm = this.log.term(prevLogIndex);
    if (prevLogTerm === undefined) return this.maybeSendSnapshot(pr);
    let entries: readonly Entry[] = [];
    if (pr.state !== 'replicate' || !pr.inflights.full()) {
      entries = this.log.slice(pr.next, this.log.lastIndex() + 1, this.cfg.appendBytesMax);
    }
    if (entries.length === 0 && !sendIfEmpty) return false;
    this.send({
      type: 'append-entries',
      from: this.id,
      to: pr.id,
      term: this.term,
      prevLogIndex,
      prevLogTerm,
      entries,
      leaderCommit: this.log.committed,
    });
    pr.sentEntries(entries.length, entries.at(-1)?.index ?? prevLogIndex);
    pr.sentCommit = this.log.committed;
    return true;
  }

  private handleAppendResponse(m: Extract<RaftMessage, { type: 'append-entries-response' }>): void {
    const pr = this.progress.get(m.from);
    if (pr === undefined) return;
    pr.recentActive = true;
    if (!m.success) {
      const hint =
        m.rejectTerm > 0
          ? this.log.findConflictByTerm(m.rejectHint, m.rejectTerm).index
          : m.rejectHint;
      if (pr.maybeDecrTo(m.index, hint)) {
        if (pr.state === 'replicate') pr.becomeProbe();
        this.sendAppend(pr);
      }
      return;
    }
    const moved = pr.maybeUpdate(m.index);
    if (!moved && !(pr.match === m.index && pr.state === 'probe')) return;
    switch (pr.state) {
      case 'probe':
        pr.becomeReplicate();
        break;
      case 'snapshot':
        // It caught up through appends after all (e.g. an answer to an older append).
        if (pr.match + 1 >= this.log.firstIndex()) {
          pr.becomeProbe();
          pr.becomeReplicate();
        }
        break;
      case 'replicate':
        pr.inflights.freeLE(m.index);
        break;
    }
    // The window moved and maybe the commit index: what to send goes out with the next Ready, batched
    // with whatever is proposed meanwhile (flush), never as one message per acknowledgement.
    if (this.maybeCommit() || pr.canBumpCommit(this.log.committed)) this.commitPending = true;
    this.appendPending = true;
    if (m.from === this.transferee && pr.match === this.log.lastIndex()) {
      this.sendTimeoutNow(m.from);
    }
  }

  private broadcastHeartbeat(): void {
    const context = this.readOnly.heartbeatContext();
    for (const pr of this.peers()) {
      const commit = Math.min(pr.match, this.log.committed);
      this.send({ type: 'heartbeat', from: this.id, to: pr.id, term: this.term, commit, context });
      pr.sentCommit = Math.max(pr.sentCommit, commit);
    }
  }

  private handleHeartbeatResponse(m: Extract<RaftMessage, { type: 'heartbeat-response' }>): void {
    const pr = this.progress.get(m.from);
    if (pr === undefined) return;
    pr.recentActive = true;
    if (pr.state === 'probe') pr.probeSent = false;
    if (pr.match < this.log.lastIndex() || pr.state === 'probe') {
      const stuck = pr.state === 'replicate' && pr.inflights.full();
      this.sendAppend(pr, true, stuck);
    }
    if (m.context !== '') {
      this.readOnly.recvAck(m.from, m.context);
      for (const r of this.readOnly.confirmed(this.conf.voters, this.id)) {
        this.answerRead(r.origin, r.requestId, r.index);
      }
    }
  }

  private sendTimeoutNow(to: NodeId): void {
    this.send({ type: 'timeout-now', from: this.id, to, term: this.term });
  }

  // ---------------------------------------------------------------------------------------------
  // Snapshots, leader side

  private maybeSendSnapshot(pr: Progress): boolean {
    // Streaming a snapshot to a member that does not answer wastes the link. Defensive: the paths that
    // lead here follow an answer from the member, but a future one may not.
    if (!pr.recentActive) return false;
    const snapshot = this.log.snapshot();
    assert(
      snapshot.meta.index > 0,
      () =>
        `${this.id}: entries before ${this.log.firstIndex()} are compacted but there is no snapshot`,
    );
    pr.becomeSnapshot(snapshot, snapshotChecksum(snapshot));
    this.sendSnapshotChunks(pr, Infinity);
    return true;
  }

  /** Sends up to `maxChunks` chunks within the window (inflightAppendsMax chunks unacknowledged). */
  private sendSnapshotChunks(pr: Progress, maxChunks: number): void {
    const t = pr.transfer;
    if (t === undefined) return;
    const { data, meta } = t.snapshot;
    const chunkBytes = this.cfg.snapshotChunkBytes;
    const window = t.answered ? this.cfg.inflightAppendsMax * chunkBytes : chunkBytes;
    for (let n = 0; n < maxChunks && !t.sentLast && t.sentOffset - t.ackedOffset < window; n++) {
      const end = Math.min(data.byteLength, t.sentOffset + chunkBytes);
      const done = end === data.byteLength;
      this.send({
        type: 'install-snapshot',
        from: this.id,
        to: pr.id,
        term: this.term,
        meta,
        totalBytes: data.byteLength,
        checksum: t.checksum,
        offset: t.sentOffset,
        chunk: data.subarray(t.sentOffset, end),
        done,
      });
      t.sentOffset = end;
      t.sentLast = done;
    }
  }

  private handleSnapshotResponse(
    m: Extract<RaftMessage, { type: 'install-snapshot-response' }>,
  ): void {
    const pr = this.progress.get(m.from);
    if (pr === undefined) return;
    pr.recentActive = true;
    const t = pr.transfer;
    if (pr.state !== 'snapshot' || t === undefined || t.snapshot.meta.index !== m.index) return;
    if (m.reject) {
      pr.becomeProbe();
      pr.probeSent = true; // wait for a heartbeat response before probing again
      return;
    }
    if (m.done) {
      pr.maybeUpdate(m.index);
      pr.becomeProbe();
      this.sendAppend(pr);
      return;
    }
    t.reportedOffset = m.offset;
    t.answered = true;
    if (m.offset > t.ackedOffset) {
      t.ackedOffset = m.offset;
      // A member resuming a stream an earlier leader began may hold more than was sent.
      t.sentOffset = Math.max(t.sentOffset, m.offset);
    }
    this.sendSnapshotChunks(pr, Infinity);
  }

  /**
   * Once per heartbeat interval: a stream that made no progress since the last one rewinds to what
   * the member last reported and resends one chunk (chunks or answers were lost, or the member lost its
   * partial copy). Answers to it reopen the window.
   */
  private resumeStalledSnapshots(): void {
    for (const pr of this.peers()) {
      const t = pr.transfer;
      if (pr.state !== 'snapshot' || t === undefined) continue;
      if (t.ackedOffset === t.ackedAtLastCheck && pr.recentActive) {
        t.sentOffset = t.reportedOffset;
        t.ackedOffset = t.reportedOffset;
        t.sentLast = false;
        this.sendSnapshotChunks(pr, 1);
      }
      t.ackedAtLastCheck = t.ackedOffset;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Membership (dissertation §4.1, one server at a time; in force once applied, as in etcd)

  private applyConfChangeEntry(change: ConfChange): void {
    this.conf = applyConfChange(this.conf, change);
    if (this.role !== 'leader') {
      // Defensive: hup() refuses to campaign with a committed change unapplied, so a campaign should
      // never outlive this member's voting rights; if one does, end it.
      if (this.role !== 'follower' && !this.conf.voters.includes(this.id)) {
        this.becomeFollower(this.term, null);
      }
      return;
    }
    const members = [...this.conf.voters, ...this.conf.learners];
    const added: Progress[] = [];
    for (const id of [...this.progress.keys()]) {
      if (!members.includes(id)) this.progress.delete(id);
    }
    for (const id of members) {
      const learner = !this.conf.voters.includes(id);
      const pr = this.progress.get(id);
      if (pr !== undefined) {
        pr.isLearner = learner;
        continue;
      }
      const fresh = new Progress(
        id,
        this.log.lastIndex() + 1,
        this.cfg.inflightAppendsMax,
        learner,
      );
      fresh.recentActive = true; // give it an election timeout before check-quorum counts it out
      this.progress.set(id, fresh);
      added.push(fresh);
    }
    if (!this.conf.voters.includes(this.id)) {
      // Removed or demoted: tell the others the commit index, then step down.
      this.broadcastHeartbeat();
      this.becomeFollower(this.term, null);
      return;
    }
    if (this.transferee !== null && !this.conf.voters.includes(this.transferee)) {
      this.transferee = null;
    }
    if (this.maybeCommit()) this.commitPending = true;
    this.appendPending = true;
    // Probe new members now rather than at the next heartbeat.
    for (const pr of added) this.sendAppend(pr);
  }

  private refuseProposal(): ProposeResult | undefined {
    if (this.role !== 'leader') {
      return this.refused('not-leader', `${this.id} is ${this.role}, not the leader`);
    }
    if (this.transferee !== null) {
      return this.refused('transferring', `leadership is moving to ${this.transferee}`);
    }
    return undefined;
  }

  private refused(reason: ProposeRejection, detail: string): ProposeResult {
    return { ok: false, reason, leader: this.leader, detail };
  }

  // ---------------------------------------------------------------------------------------------
  // ReadIndex (dissertation §6.4)

  private handleReadRequest(origin: NodeId | null, requestId: string): void {
    const deadline = this.now + this.readTimeoutTicks;
    const soleVoter = this.conf.voters.length === 1 && this.conf.voters[0] === this.id;
    if (!this.committedEntryInCurrentTerm()) {
      // Until then this leader's commit index may lag what earlier leaders committed, a sole voter's
      // too: its commit index is persisted lazily, so after a restart it may be behind entries it
      // applied and acknowledged before the crash.
      this.waitingReads.push({ origin, requestId, deadline });
      return;
    }
    if (soleVoter || this.bugs.has('stale-read')) {
      this.answerRead(origin, requestId, this.log.committed);
      return;
    }
    this.readOnly.add(this.log.committed, origin, requestId, deadline);
    this.heartbeatPending = true;
  }

  private releaseWaitingReads(): void {
    if (this.waitingReads.length === 0 || !this.committedEntryInCurrentTerm()) return;
    const waiting = this.waitingReads;
    this.waitingReads = [];
    for (const r of waiting) this.handleReadRequest(r.origin, r.requestId);
  }

  private handleReadResponse(m: Extract<RaftMessage, { type: 'read-index-response' }>): void {
    const at = this.forwardedReads.findIndex(
      (r) => r.requestId === m.requestId && r.leader === m.from,
    );
    if (at < 0) return;
    this.forwardedReads.splice(at, 1);
    if (m.index >= 0) this.readStates.push({ index: m.index, requestId: m.requestId });
    else this.failRead(null, m.requestId, 'leadership-lost');
  }

  private answerRead(origin: NodeId | null, requestId: string, index: number): void {
    if (origin === null) {
      this.readStates.push({ index, requestId });
      return;
    }
    this.send({
      type: 'read-index-response',
      from: this.id,
      to: origin,
      term: this.term,
      requestId,
      index,
    });
  }

  private failRead(origin: NodeId | null, requestId: string, reason: ReadFailureReason): void {
    if (origin === null) {
      this.readFailures.push({ requestId, reason, leader: this.leader });
      return;
    }
    this.send({
      type: 'read-index-response',
      from: this.id,
      to: origin,
      term: this.term,
      requestId,
      index: -1,
    });
  }

  /** After a role change: reads this member can no longer answer fail now, not silently later. */
  private settleReads(): void {
    if (this.role !== 'leader') {
      for (const r of [...this.waitingReads, ...this.readOnly.drain()]) {
        this.failRead(r.origin, r.requestId, 'leadership-lost');
      }
      this.waitingReads = [];
    }
    const stale = this.forwardedReads.filter(
      (r) => r.leader !== this.leader || r.term !== this.term,
    );
    if (stale.length === 0) return;
    this.forwardedReads = this.forwardedReads.filter((r) => !stale.includes(r));
    for (const r of stale) this.failRead(null, r.requestId, 'leadership-lost');
  }

  private expireReads(): void {
    const expired = [
      ...this.readOnly.expired(this.now),
      ...this.waitingReads.filter((r) => r.deadline <= this.now),
    ];
    this.waitingReads = this.waitingReads.filter((r) => r.deadline > this.now);
    for (const r of expired) this.failRead(r.origin, r.requestId, 'timeout');
    const late = this.forwardedReads.filter((r) => r.deadline <= this.now);
    if (late.length === 0) return;
    this.forwardedReads = this.forwardedReads.filter((r) => r.deadline > this.now);
    for (const r of late) this.failRead(null, r.requestId, 'timeout');
  }

  // ---------------------------------------------------------------------------------------------

  private send(m: RaftMessage): void {
    this.msgs.push(m);
  }

  private hardChanged(): boolean {
    return (
      this.term !== this.prevHard.term ||
      this.vote !== this.prevHard.vote ||
      this.log.committed !== this.prevHard.commit
    );
  }
}

function validIndex(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/**
 * Whether a message is internally consistent: indexes and terms are safe non-negative integers, an
 * append's entries are contiguous after prevLogIndex with terms no later than the message's, a chunk
 * lies within its snapshot. Anything else would break the log's invariants if processed.
 */
function wellFormed(m: RaftMessage): boolean {
  if (!validIndex(m.term)) return false;
  switch (m.type) {
    case 'append-entries':
      return (
        validIndex(m.prevLogIndex) &&
        validIndex(m.prevLogTerm) &&
        validIndex(m.leaderCommit) &&
        m.prevLogTerm <= m.term &&
        m.entries.every(
          (e, i) =>
            e.index === m.prevLogIndex + 1 + i &&
            validIndex(e.term) &&
            e.term <= m.term &&
            e.term >= (i === 0 ? m.prevLogTerm : m.entries[i - 1]!.term),
        )
      );
    case 'install-snapshot':
      return (
        validIndex(m.meta.index) &&
        validIndex(m.meta.term) &&
        m.meta.index > 0 &&
        validIndex(m.offset) &&
        validIndex(m.totalBytes) &&
        m.offset + m.chunk.byteLength <= m.totalBytes
      );
    case 'append-entries-response':
      return validIndex(m.index) && validIndex(m.rejectHint) && validIndex(m.rejectTerm);
    case 'request-vote':
      return validIndex(m.lastLogIndex) && validIndex(m.lastLogTerm);
    case 'heartbeat':
      return validIndex(m.commit);
    case 'install-snapshot-response':
      return validIndex(m.index) && validIndex(m.offset);
    case 'read-index-response':
      return Number.isSafeInteger(m.index) && m.index >= -1;
    case 'request-vote-response':
    case 'heartbeat-response':
    case 'timeout-now':
    case 'read-index':
      return true;
  }
}

/** Why `change` makes no sense against `conf`, or undefined when it is fine. */
function invalidConfChange(conf: ConfState, change: ConfChange): string | undefined {
  const { node } = change;
  const voter = conf.voters.includes(node);
  const learner = conf.learners.includes(node);
  const lastVoter = voter && conf.voters.length === 1;
  switch (change.type) {
    case 'add-voter':
      return voter ? `${node} is already a voter` : undefined;
    case 'add-learner':
      if (learner) return `${node} is already a learner`;
      return lastVoter ? `demoting ${node} would leave no voters` : undefined;
    case 'remove-node':
      if (!voter && !learner) return `${node} is not a member`;
      return lastVoter ? `removing ${node} would leave no voters` : undefined;
  }
}

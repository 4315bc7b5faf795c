/**
 * The shard core: one replica of one shard as a deterministic state machine (design 003's Shard and
 * ShardCommitCohort; OpenDaylight's Shard, ShardDataTree and ShardCommitCoordinator). It owns the
 * shard's DataTree, its Raft core and the in-memory view of its Raft log, the commit queue, and the
 * bookkeeping of multi-shard transactions. Its shell (shard-actor.ts) persists each Ready, feeds
 * requests and ticks in, and carries out the effects it asks for; every decision is made here.
 *
 * Commit path. A transaction commits through the FIFO commit queue (capacity from config); only the
 * head works: it is validated against the speculative tip (the tree with every earlier transaction of
 * the queue applied, committed or not yet: ODL's ShardDataTree tip), prepared into a candidate, and on
 * commit the candidate becomes the new tip and its payload is proposed to Raft. Readers never see the
 * tip: they read `committedRoot`, which moves only when Raft hands the entry back as committed (after
 * its journal write is synced), in log order. A transaction touching this shard only commits in one
 * step when it reaches the head (commit-on-ready). Driven phase by phase, its canCommit and preCommit
 * validate against the tip without holding anything (another transaction may commit in between, and
 * the next phase checks again, as the in-memory store does), and its commit joins the queue.
 *
 * Multi-shard transactions (durable two-phase commit, presumed abort). Participants are shard names,
 * sorted; the first is the coordinator. canCommit validates on each; preCommit makes each take its
 * place in the queue and hold the head until the outcome (the proxy asks them in name order, so two
 * such transactions never wait for each other in a cycle): the coordinator just holds it, the others
 * journal a `prepare` (their operations and the participants). commit journals a `commit-decision`
 * with the coordinator's own operations on the coordinator (the point of no return), then a
 * `commit-prepared` on each other participant. A `prepare` replayed with no outcome after it is in
 * doubt: the shard holds its queue and refuses readers until the coordinator answers; a coordinator
 * without a commit decision answers abort and kills the live transaction if it still holds it (no
 * abort record is needed: the absence of a commit decision is the abort). Decisions are forgotten (a
 * journaled `forget`) once every participant recorded the commit. See payload.ts for the records.
 *
 * Recovery. The journal entries Raft hands back while the shard recovers (before it is readable, so
 * before any reader or listener can exist) are applied as one replay run per advance(): streamed
 * into the tree by the tree codec's `replayModification`, without candidates or `applied` effects,
 * with the tries of large lists edited in place within the run. The run ends with the advance(), so a
 * root the shard publishes is never edited again.
 *
 * Proposals are buffered while a Ready is being saved and handed to Raft when it is advanced, so the
 * apply of the entries just made durable does not wait for the next fsync; every proposal that came
 * in meanwhile shares the next write (group commit).
 *
 * Invariants: `committedRoot` is the tree after exactly the applied entries; with no proposal in
 * flight the tip equals it; entries are applied once, in index order; a reply is sent once per
 * request. A broken invariant throws InvariantViolation: the shell stops the shard.
 *
 * Pure: no I/O, clocks or randomness of its own (time is `tick()`, randomness the injected Rng).
 */
import { assert } from '../util/assert.js';
import { CanopyError, InvariantViolation } from '../util/errors.js';
import type { Rng } from '../util/rng.js';
import { DataTree, ReplayBatch } from '../tree/data-tree.js';
import type { DataTreeCandidate } from '../tree/candidate.js';
import { OptimisticLockFailedError, TransactionStateError } from '../tree/errors.js';
import { DataTreeSnapshot } from '../tree/modification.js';
import { countDescendants, type ContainerNode } from '../tree/node.js';
import { MemoryRaftLog } from '../raft/memory-log.js';
import { RaftCore, type Ready, type SoftState } from '../raft/raft-core.js';
import type { DurableState } from '../raft/storage.js';
import type { Entry, HardState, Role, Snapshot } from '../raft/types.js';
import {
  CommitOutcomeUnknownError,
  CommitQueueFullError,
  ShardJournalError,
  ShardUnavailableError,
} from './errors.js';
import type {
  DecisionRecord,
  PreparedRecord,
  ShardCodec,
  ShardPayload,
  ShardPayloadType,
} from './payload.js';
import type {
  Outcome,
  ReadyTransaction,
  ShardCoreConfig,
  ShardEffect,
  ShardPeerMessage,
  ShardState,
  ShardStatus,
} from './shard-types.js';
import type { TreeCodec } from './tree-codec.js';
import { pushAll } from '../util/arrays.js';

/** How a ready transaction commits on this shard. */
export type CommitMode = 'commit-on-ready' | 'three-phase';

type TxState =
  | 'stored'
  | 'queued'
  | 'can-commit'
  | 'pre-committed'
  | 'preparing'
  | 'prepared'
  | 'committing'
  | 'aborting'
  | 'removed';

type TxRole = 'single' | 'coordinator' | 'participant';

interface TxEntry {
  readonly txId: string;
  readonly mod: ReadyTransaction['mod'];
  readonly participants: readonly string[] | undefined;
  readonly chainId: string | undefined;
  readonly mode: CommitMode;
  readonly role: TxRole;
  state: TxState;
  /** Commit as soon as it reaches the head (commit-on-ready, or a one-shard commit phase). */
  commitAtHead: boolean;
  candidate: DataTreeCandidate | undefined;
  lastActiveTick: number;
  /** Requests answered when the current phase ends. */
  waiters: number[];
}

interface Proposal {
  readonly type: ShardPayloadType;
  readonly txId: string;
  readonly entry: TxEntry | undefined;
  readonly bytes: Uint8Array;
  readonly ops: Uint8Array | undefined;
  readonly txIds: readonly string[];
  cancelled: boolean;
  /** Replies held until this proposal is applied (conflicts with it, see `afterPending`). */
  readonly followers: (() => void)[];
}

interface Inflight {
  readonly term: number;
  readonly proposal: Proposal;
}

interface PreparedTx {
  readonly record: PreparedRecord;
  /** The transaction still holding the head here, when it was prepared in this run. */
  live: TxEntry | undefined;
  outcomeProposed: boolean;
  lastAskedTick: number;
}

interface Decision {
  readonly participants: readonly string[];
  readonly acked: Set<string>;
}

interface Remembered {
  readonly error: Error;
  readonly tick: number;
}

interface Memo {
  readonly outcome: Outcome;
  readonly tick: number;
}

const EMPTY_OPS = new Uint8Array(0);
/** A proposal is refused only when Raft cannot take it; the queue capacity bounds the bytes. */
const UNCOMMITTED_BYTES_MAX = Number.MAX_SAFE_INTEGER;

/** Errors that reject one transaction (bad data, conflicts); anything else stops the shard. */
function isTransactionError(error: unknown): error is CanopyError {
  return error instanceof CanopyError && !(error instanceof InvariantViolation);
}

function roleOf(participants: readonly string[] | undefined, self: string): TxRole {
  if (participants === undefined || participants.length < 2) return 'single';
  return participants[0] === self ? 'coordinator' : 'participant';
}

/** A FIFO with O(1) shift. */
class Fifo<T> {
  private items: T[] = [];
  private head = 0;
  get length(): number {
    return this.items.length - this.head;
  }
  peek(): T | undefined {
    return this.items[this.head];
  }
  push(item: T): void {
    this.items.push(item);
  }
  shift(): T | undefined {
    const item = this.items[this.head];
    if (item === undefined) return undefined;
    this.head++;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
  values(): T[] {
    return this.items.slice(this.head);
  }
  clear(): void {
    this.items = [];
    this.head = 0;
  }
}

/** One shard replica's core. See the file comment. */
export class ShardCore {
  readonly id: string;
  readonly shardName: string;
  private readonly cfg: ShardCoreConfig;
  private readonly codec: ShardCodec;
  private readonly treeCodec: TreeCodec;
  private readonly tree: DataTree;
  private committedTree: ContainerNode;
  /**
   * The tree after the applied entries is still being streamed into by a replay run (applyOps): read
   * from the tree when next needed, which builds it (DataTree.replayOps).
   */
  private replayedRootPending = false;
  private readonly log: MemoryRaftLog;
  /** The hard state last handed to the journal (hardStateToSave): what a restart would read. */
  private storedHard: HardState;
  private readonly raft: RaftCore;
  private outstanding: Ready | undefined;
  private role: Role = 'follower';

  private state: ShardState = 'recovering';
  private stopError: Error | undefined;
  private caughtUp = false;
  private leaderSinceIndex = Number.POSITIVE_INFINITY;
  private ticks = 0;

  private readonly byId = new Map<string, TxEntry>();
  private readonly stored = new Map<string, TxEntry>();
  private readonly queue = new Fifo<TxEntry>();
  /** Checks (canCommit, a one-shard preCommit) waiting for the shard to recover or resolve. */
  private checks: { entry: TxEntry; requestId: number; to: 'can-commit' | 'pre-committed' }[] = [];
  private buffer: Proposal[] = [];
  /** The newest proposal not yet applied. */
  private lastProposal: Proposal | undefined;

  private readonly inflight = new Map<number, Inflight>();
  private readonly prepared = new Map<string, PreparedTx>();
  private readonly inDoubt = new Set<string>();
  /** Transactions prepared here whose coordinator replica stopped: why each cannot be resolved. */
  private readonly blocked = new Map<string, string>();
  private readonly decisions = new Map<string, Decision>();
  private readonly decisionWaiters = new Map<string, string[]>();
  private readonly pendingForget = new Set<string>();
  private deferredPeer: ShardPeerMessage[] = [];
  private readonly failedChains = new Map<string, Remembered>();
  private readonly finished = new Map<string, Memo>();
  private effects: ShardEffect[] = [];

  private lastSnapshotIndex: number;
  private snapshotBytes: number;
  private bytesSinceSnapshot = 0;
  private snapshotInFlight = false;
  private commits = 0;
  private readSnapshotCache: DataTreeSnapshot | undefined;
  /** The run of journal entries being replayed while recovering (see applyOps); one advance() long. */
  private replayBatch: ReplayBatch | undefined;
  private treeNodesCache: { root: ContainerNode; nodes: number } | undefined;

  /** The tree after exactly the applied entries (see the invariants above). */
  private get committedRoot(): ContainerNode {
    if (this.replayedRootPending) {
      this.replayedRootPending = false;
      this.committedTree = this.tree.root;
    }
    return this.committedTree;
  }

  private set committedRoot(root: ContainerNode) {
    this.replayedRootPending = false;
    this.committedTree = root;
  }

  /**
   * A replica restarting from `durable` (a new one from `shardBootstrapState`): the tree is restored
   * from the log's snapshot, and the committed entries after it are replayed as Raft hands them out.
   * Throws ShardJournalError when the snapshot image does not decode.
   */
  constructor(
    config: ShardCoreConfig,
    durable: DurableState,
    codecs: { readonly codec: ShardCodec; readonly treeCodec: TreeCodec },
    rng: Rng,
  ) {
    this.cfg = config;
    this.id = config.id;
    this.shardName = config.shardName;
    this.codec = codecs.codec;
    this.treeCodec = codecs.treeCodec;
    this.tree = new DataTree(config.schema, { treeType: config.treeType });
    this.log = new MemoryRaftLog(durable);
    this.storedHard = durable.hardState;
    const snapshot = this.log.snapshot();
    this.lastSnapshotIndex = snapshot.meta.index;
    this.snapshotBytes = snapshot.data.byteLength;
    if (snapshot.meta.index > 0) this.restoreImage(snapshot);
    this.committedTree = this.tree.root;
    this.raft = new RaftCore(
      {
        id: config.id,
        electionTicks: config.electionTicks,
        heartbeatTicks: config.heartbeatTicks,
        preVote: true,
        checkQuorum: true,
        inflightAppendsMax: 256,
        appendBytesMax: 1024 * 1024,
        snapshotChunkBytes: 1024 * 1024,
        uncommittedBytesMax: UNCOMMITTED_BYTES_MAX,
      },
      this.log,
      rng,
    );
    this.maybeCampaign();
  }

  // ---------------------------------------------------------------------------------------------
  // Requests (each answered by exactly one `reply` effect with its requestId)

  /**
   * Takes a ready transaction. `commit-on-ready` queues it and answers once it committed (or failed);
   * `three-phase` keeps it until canCommit and answers at once.
   */
  submit(requestId: number, tx: ReadyTransaction, mode: CommitMode): void {
    if (!this.admit(requestId)) return;
    if (this.byId.has(tx.txId)) {
      this.fail(requestId, new TransactionStateError(`transaction ${tx.txId} is already ready`));
      return;
    }
    const chainFailure = this.chainFailure(tx.txId, tx.chainId);
    if (chainFailure !== undefined) {
      this.fail(requestId, chainFailure);
      return;
    }
    const entry: TxEntry = {
      txId: tx.txId,
      mod: tx.mod,
      participants: tx.participants,
      chainId: tx.chainId,
      mode,
      role: roleOf(tx.participants, this.shardName),
      state: 'stored',
      commitAtHead: mode === 'commit-on-ready',
      candidate: undefined,
      lastActiveTick: this.ticks,
      waiters: [],
    };
    if (mode === 'three-phase') {
      this.byId.set(entry.txId, entry);
      this.stored.set(entry.txId, entry);
      this.reply(requestId, { ok: true });
      return;
    }
    if (!this.enqueue(requestId, entry)) return;
    this.byId.set(entry.txId, entry);
    this.processQueue();
  }

  /**
   * Phase 1: validates the transaction against the tip (conflicts, structure) without holding
   * anything: another transaction may commit before the next phase, which checks again.
   */
  canCommit(requestId: number, txId: string): void {
    if (!this.admit(requestId)) return;
    const entry = this.expect(requestId, txId, 'canCommit', ['stored']);
    if (entry === undefined) return;
    this.check(entry, requestId, 'can-commit');
  }

  /**
   * Phase 2. One shard: checks again. A multi-shard transaction takes its place in the queue and,
   * once at the head, holds it until the outcome: the coordinator answers at once, a participant
   * once its prepare is durable. The proxy asks the participants in name order, so two multi-shard
   * transactions never wait for each other in a cycle.
   */
  preCommit(requestId: number, txId: string): void {
    if (!this.admit(requestId)) return;
    const entry = this.expect(requestId, txId, 'preCommit', ['stored', 'can-commit']);
    if (entry === undefined) return;
    if (entry.role === 'single') {
      this.check(entry, requestId, 'pre-committed');
      return;
    }
    this.stored.delete(txId);
    if (!this.enqueue(requestId, entry)) {
      this.remove(entry, undefined);
      return;
    }
    this.processQueue();
  }

  /**
   * Phase 3: a one-shard transaction joins the queue and commits when it reaches the head (checked a
   * last time there); the coordinator journals the decision; a participant its outcome. Answered once
   * applied.
   */
  commit(requestId: number, txId: string): void {
    if (!this.admit(requestId)) return;
    const current = this.byId.get(txId);
    if (current?.state === 'committing' && current.role === 'participant') {
      // The coordinator's answer to this shard's own question got here first: same outcome.
      current.waiters.push(requestId);
      return;
    }
    const expected: TxState = current?.role === 'participant' ? 'prepared' : 'pre-committed';
    const entry = this.expect(requestId, txId, 'commit', [expected]);
    if (entry === undefined) return;
    if (entry.role === 'single') {
      this.stored.delete(txId);
      entry.commitAtHead = true;
      if (!this.enqueue(requestId, entry)) {
        this.remove(entry, undefined);
        return;
      }
      this.processQueue();
      return;
    }
    entry.waiters.push(requestId);
    this.commitHead(entry);
  }

  /** Answers a validation failure; a conflict waits for the pending commits (see afterPending). */
  private replyFailure(requestIds: readonly number[], error: Error): void {
    if (!(error instanceof OptimisticLockFailedError)) {
      for (const id of requestIds) this.fail(id, error);
      return;
    }
    this.afterPending(() => {
      for (const requestId of requestIds) {
        this.effects.push({ type: 'reply', requestId, outcome: { ok: false, error }, later: true });
      }
    });
  }

  private failChecks(error: Error): void {
    const checks = this.checks;
    this.checks = [];
    for (const c of checks) this.fail(c.requestId, error);
  }

  /** Validates a transaction that holds nothing against the tip, now or once the shard may work. */
  private check(entry: TxEntry, requestId: number, to: 'can-commit' | 'pre-committed'): void {
    entry.lastActiveTick = this.ticks;
    if (!this.canProcess()) {
      this.checks.push({ entry, requestId, to });
      return;
    }
    try {
      this.tree.validate(entry.mod);
      this.tree.prepare(entry.mod);
    } catch (error) {
      if (!isTransactionError(error)) throw error;
      this.removeLive(entry, error);
      this.replyFailure([requestId], error);
      return;
    }
    entry.state = to;
    this.reply(requestId, { ok: true });
  }

  /** Abandons a transaction: answered once nothing of it can commit any more. */
  abort(requestId: number, txId: string): void {
    if (this.state === 'stopped') {
      this.reply(requestId, { ok: true });
      return;
    }
    const entry = this.byId.get(txId);
    if (entry === undefined) {
      this.reply(requestId, { ok: true });
      return;
    }
    if (entry.state === 'committing') {
      this.fail(
        requestId,
        new TransactionStateError(`cannot abort transaction ${txId}: its commit is in progress`),
      );
      return;
    }
    const error = new TransactionStateError(`transaction ${txId} was aborted`);
    this.abortEntry(entry, error, requestId);
    this.processQueue();
  }

  /** Forgets a closed transaction chain's failure. */
  closeChain(chainId: string): void {
    this.failedChains.delete(chainId);
  }

  /** A message from another shard of this datastore. */
  receive(message: ShardPeerMessage): void {
    if (this.state === 'stopped') {
      // A participant waiting on this replica learns at once that it cannot answer, and why.
      const answer = unavailableAnswer(message, this.id, this.stopError?.message ?? 'stopped');
      if (answer !== undefined) this.send(answer.to, answer.message);
      return;
    }
    if (!this.caughtUp) {
      this.deferredPeer.push(message);
      return;
    }
    switch (message.type) {
      case 'resolve-request':
        this.answerResolve(message.txId, message.from);
        break;
      case 'resolve-answer':
        this.onResolveAnswer(message.txId, message.outcome);
        break;
      case 'confirm-request':
        if (!this.prepared.has(message.txId)) {
          this.send(message.from, {
            type: 'outcome-recorded',
            txId: message.txId,
            participant: this.shardName,
          });
        }
        break;
      case 'outcome-recorded':
        this.onOutcomeRecorded(message.txId, message.participant);
        break;
      case 'resolve-unavailable':
        this.onResolveUnavailable(message.txId, message.replica, message.reason);
        break;
    }
    this.processQueue();
  }

  /** One logical tick: Raft's clock, commit and idle timeouts, in-doubt retries. */
  tick(): void {
    if (this.state === 'stopped') return;
    this.ticks++;
    this.raft.tick();
    if (!this.caughtUp) return;
    this.expireStored();
    this.checkHead();
    for (const txId of this.inDoubt) {
      const p = this.prepared.get(txId);
      if (p !== undefined && !p.outcomeProposed && this.due(p.lastAskedTick)) this.ask(p);
    }
    this.expireMemos();
    this.maybeSnapshot();
    this.processQueue();
  }

  // ---------------------------------------------------------------------------------------------
  // Raft plumbing: ready -> (shell saves, sends) -> advance

  /** The next Ready to persist, or undefined. At most one is outstanding until advance(). */
  ready(): Ready | undefined {
    if (this.state === 'stopped') return undefined;
    assert(this.outstanding === undefined, () => `${this.id}: ready() before advance()`);
    // What Raft has without the buffered proposals comes first: entries that became committed when
    // the last save finished are applied (and answered) without waiting for the next fsync.
    let ready = this.raft.ready();
    if (ready === undefined) {
      this.flushProposals();
      ready = this.raft.ready();
    }
    this.outstanding = ready;
    return ready;
  }

  /**
   * The hard state the shell writes with `ready`, undefined for none; call once per Ready, before
   * saving it. A sole voter that leads commits the entries of its term the moment they are durable
   * (Raft §5.3 with a quorum of one: etcd's single-node Ready carries entries and the commit index
   * that covers them the same way), so that commit index goes into the same synced write as the
   * entries: a restart then knows every acknowledged entry as committed, and the Ready that only
   * moves the commit index there afterwards needs no write of its own (before, every commit cost a
   * second, unsynced journal write). Any other hard state is written as Raft hands it out.
   */
  hardStateToSave(ready: Ready): HardState | undefined {
    let next = ready.hardState;
    const last = ready.entries[ready.entries.length - 1];
    if (last !== undefined && this.commitsWhenDurable(ready.entries)) {
      const base = next ?? this.storedHard;
      if (last.index > base.commit) next = { term: base.term, vote: base.vote, commit: last.index };
    }
    if (next === undefined) return undefined;
    const stored = this.storedHard;
    const onlyCommit =
      ready.entries.length === 0 &&
      ready.snapshot === undefined &&
      next.term === stored.term &&
      next.vote === stored.vote;
    if (onlyCommit && next.commit <= stored.commit) return undefined; // stored with its entries
    this.storedHard = next;
    return next;
  }

  /** Whether `entries` are committed as soon as they are durable: this replica leads alone. */
  private commitsWhenDurable(entries: readonly Entry[]): boolean {
    const status = this.raft.status();
    if (status.role !== 'leader') return false;
    const { voters } = status.confState;
    if (voters.length !== 1 || voters[0] !== this.id) return false;
    return entries.every((e) => e.term === status.term);
  }

  /**
   * `ready` is durable (and its messages sent): update the log view, apply the committed entries in
   * index order (resolving commits, emitting candidates), and advance Raft.
   */
  advance(ready: Ready): void {
    assert(this.outstanding === ready, () => `${this.id}: advance() of a Ready not handed out`);
    this.outstanding = undefined;
    this.log.save(ready);
    if (ready.softState !== undefined) this.onSoftState(ready.softState);
    try {
      for (const entry of ready.committed) this.applyEntry(entry);
    } finally {
      // The trees of a replay run are not snapshots until it ends: end it before anyone may read.
      this.replayBatch = undefined;
      if (this.replayedRootPending) this.committedRoot = this.tree.root;
    }
    this.raft.advance(ready);
    this.maybeCampaign();
    const wasCaughtUp = this.caughtUp;
    this.checkCaughtUp();
    // NB: not in the advance that ends recovery: a long journal just replayed asks for a snapshot,
    // and encoding it would delay the `readable` effect; the next advance or tick takes it.
    if (wasCaughtUp) this.maybeSnapshot();
    this.processQueue();
  }

  /** The snapshot asked for by a `save-snapshot` effect is durable: compact the log view. */
  snapshotSaved(snapshot: Snapshot): void {
    this.snapshotInFlight = false;
    if (this.state === 'stopped') return;
    const { index, confState } = snapshot.meta;
    this.log.createSnapshot(index, confState, snapshot.data);
    this.log.compact(index);
    this.lastSnapshotIndex = index;
    this.snapshotBytes = snapshot.data.byteLength;
  }

  /** Saving a snapshot failed: try again after the next batch. */
  snapshotFailed(): void {
    this.snapshotInFlight = false;
  }

  /**
   * Stops accepting work: what is not yet handed to Raft fails with ShardUnavailableError; entries
   * in flight finish (the shell drains until `quiescent`).
   */
  close(): void {
    if (this.state === 'stopped' || this.state === 'closing') return;
    this.state = 'closing';
    const error = new ShardUnavailableError(this.id, 'the datastore is closing');
    this.failChecks(error);
    for (const entry of [...this.byId.values()]) {
      if (entry.state !== 'committing' && entry.state !== 'aborting') this.removeLive(entry, error);
    }
    const buffered = this.buffer;
    this.buffer = [];
    for (const p of buffered) {
      if (p.entry !== undefined && !p.cancelled) this.settle(p.entry, { ok: false, error });
      this.runFollowers(p);
    }
  }

  /** True when no Ready is outstanding and nothing proposed awaits its apply. */
  get quiescent(): boolean {
    return this.outstanding === undefined && this.inflight.size === 0 && this.buffer.length === 0;
  }

  /**
   * Stops the shard for good: everything pending fails (a commit handed to Raft with
   * CommitOutcomeUnknownError, anything else with ShardUnavailableError naming `error`).
   * `requested`: a close asked for it (the `stopped` effect says so), not a failure.
   */
  stop(error: Error, requested = false): void {
    if (this.state === 'stopped') return;
    this.state = 'stopped';
    this.stopError = error;
    const reason = error.message;
    // Participants waiting for a decision this replica was about to journal will not get it.
    for (const [txId, waiting] of this.decisionWaiters) {
      for (const from of waiting) {
        const answer = unavailableAnswer({ type: 'resolve-request', txId, from }, this.id, reason);
        if (answer !== undefined) this.send(answer.to, answer.message);
      }
    }
    this.decisionWaiters.clear();
    const unavailable = new ShardUnavailableError(this.id, reason, { cause: error });
    for (const { proposal } of this.inflight.values()) {
      if (proposal.entry === undefined) continue;
      const committing =
        proposal.type === 'commit' ||
        proposal.type === 'commit-decision' ||
        proposal.type === 'commit-prepared';
      const failure = committing
        ? new CommitOutcomeUnknownError(this.id, proposal.txId, reason, { cause: error })
        : unavailable;
      this.settle(proposal.entry, { ok: false, error: failure });
    }
    const pending = [...[...this.inflight.values()].map((i) => i.proposal), ...this.buffer];
    this.inflight.clear();
    for (const p of pending) this.runFollowers(p);
    this.failChecks(unavailable);
    for (const entry of [...this.byId.values()]) this.removeLive(entry, unavailable);
    this.buffer = [];
    this.queue.clear();
    this.stored.clear();
    this.outstanding = undefined;
    this.effects.push({ type: 'stopped', error, requested });
  }

  /** The effects produced since the last call, in order. */
  takeEffects(): ShardEffect[] {
    const out = this.effects;
    this.effects = [];
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Reads and status

  /**
   * An immutable snapshot of the committed tree for a new transaction, or undefined while the shard
   * is recovering or holds a transaction in doubt (wait for the `readable` effect). Throws
   * ShardUnavailableError when stopped, and while a transaction in doubt here waits on a coordinator
   * replica that stopped (the `blocked` effect; the error names both replicas and the transaction).
   */
  readSnapshot(): DataTreeSnapshot | undefined {
    if (this.state === 'stopped') {
      throw new ShardUnavailableError(this.id, this.stopError?.message ?? 'stopped', {
        cause: this.stopError,
      });
    }
    if (!this.caughtUp) return undefined;
    if (this.inDoubt.size > 0) {
      for (const txId of this.inDoubt) {
        const reason = this.blocked.get(txId);
        if (reason !== undefined) throw new ShardUnavailableError(this.id, reason);
      }
      return undefined;
    }
    const cached = this.readSnapshotCache;
    if (cached !== undefined && cached.root === this.committedRoot) return cached;
    const snapshot = new DataTreeSnapshot(this.tree.context, this.committedRoot);
    this.readSnapshotCache = snapshot;
    return snapshot;
  }

  /** The committed root (listeners take their initial data from it). */
  get root(): ContainerNode {
    return this.committedRoot;
  }

  get currentState(): ShardState {
    return this.state;
  }

  /** Why the shard stopped, when it did. */
  get failure(): Error | undefined {
    return this.stopError;
  }

  status(): ShardStatus {
    const raft = this.raft.status();
    return {
      id: this.id,
      shard: this.shardName,
      state: this.state,
      reason: this.stopError?.message ?? this.blockedReason(),
      role: raft.role,
      term: raft.term,
      leader: raft.leader,
      commitIndex: raft.commitIndex,
      appliedIndex: raft.appliedIndex,
      journalFirstIndex: raft.firstIndex,
      journalLastIndex: raft.lastIndex,
      snapshotIndex: this.lastSnapshotIndex,
      snapshotBytes: this.snapshotBytes,
      journalBytesSinceSnapshot: this.bytesSinceSnapshot,
      treeNodes: this.countTreeNodes(),
      queueLength: this.queue.length,
      readyTransactions: this.stored.size,
      inflightProposals: this.inflight.size + this.buffer.length,
      inDoubt: this.inDoubt.size,
      decisions: this.decisions.size,
      commits: this.commits,
    };
  }

  // ---------------------------------------------------------------------------------------------
  // The commit queue

  private admit(requestId: number): boolean {
    if (this.state === 'stopped') {
      const reason = this.stopError?.message ?? 'stopped';
      this.fail(requestId, new ShardUnavailableError(this.id, reason, { cause: this.stopError }));
      return false;
    }
    if (this.state === 'closing') {
      this.fail(requestId, new ShardUnavailableError(this.id, 'the datastore is closing'));
      return false;
    }
    return true;
  }

  private enqueue(requestId: number, entry: TxEntry): boolean {
    if (this.queue.length >= this.cfg.commitQueueCapacity) {
      this.fail(
        requestId,
        new CommitQueueFullError(this.id, entry.txId, this.cfg.commitQueueCapacity),
      );
      return false;
    }
    entry.state = 'queued';
    entry.lastActiveTick = this.ticks;
    entry.waiters.push(requestId);
    this.queue.push(entry);
    return true;
  }

  /** Looks up a transaction expected in one of `states`; answers the request when it is not. */
  private expect(
    requestId: number,
    txId: string,
    phase: string,
    states: readonly TxState[],
  ): TxEntry | undefined {
    const entry = this.byId.get(txId);
    if (entry === undefined) {
      const memo = this.finished.get(txId)?.outcome;
      if (memo !== undefined && (!memo.ok || phase === 'commit')) {
        this.reply(requestId, memo);
        return undefined;
      }
      this.fail(
        requestId,
        new TransactionStateError(
          `cannot ${phase}: shard ${this.id} holds no transaction ${txId} (never readied here, ` +
            'or it finished long ago)',
        ),
      );
      return undefined;
    }
    if (!states.includes(entry.state)) {
      this.fail(
        requestId,
        new TransactionStateError(
          `cannot ${phase}: transaction ${txId} is ${entry.state} on shard ${this.id}, expected ` +
            states.join(' or '),
        ),
      );
      return undefined;
    }
    return entry;
  }

  /** Whether the head may do work: recovered, nothing in doubt, accepting traffic. */
  private canProcess(): boolean {
    return (
      (this.state === 'running' || this.state === 'closing') &&
      this.caughtUp &&
      this.inDoubt.size === 0
    );
  }

  private processQueue(): void {
    if (this.checks.length > 0 && this.canProcess()) {
      const checks = this.checks;
      this.checks = [];
      for (const c of checks) {
        if (c.entry.state !== 'removed') this.check(c.entry, c.requestId, c.to);
      }
    }
    while (this.canProcess()) {
      const head = this.queue.peek();
      if (head === undefined) return;
      if (head.state === 'removed') {
        this.queue.shift();
        continue;
      }
      if (head.state !== 'queued') return; // held by a three-phase transaction
      this.startHead(head);
    }
  }

  /**
   * The error of a transaction of a chain that failed here, undefined when its chain did not: an
   * earlier transaction of the chain failed, or was aborted, after this one was shipped behind it.
   */
  private chainFailure(txId: string, chainId: string | undefined): Error | undefined {
    const failure = chainId === undefined ? undefined : this.failedChains.get(chainId);
    if (failure === undefined) return undefined;
    return new TransactionStateError(
      `transaction ${txId} cannot commit: an earlier transaction of its chain did not commit`,
      { cause: failure.error },
    );
  }

  /** Validates and prepares the new head; commits it at once in commit-on-ready mode. */
  private startHead(head: TxEntry): void {
    head.lastActiveTick = this.ticks;
    try {
      // Shipped behind a transaction of its chain that failed since: it was built on that one's
      // result, so it must not commit without it (a conflict check cannot tell when they touch
      // different nodes).
      const chainFailure = this.chainFailure(head.txId, head.chainId);
      if (chainFailure !== undefined) throw chainFailure;
      this.tree.validate(head.mod);
      head.candidate = this.tree.prepare(head.mod);
    } catch (error) {
      if (!isTransactionError(error)) throw error;
      this.queue.shift();
      this.remove(head, error);
      const waiters = head.waiters;
      head.waiters = [];
      this.replyFailure(waiters, error);
      return;
    }
    if (head.commitAtHead) {
      this.commitHead(head);
      return;
    }
    if (head.role === 'coordinator') {
      head.state = 'pre-committed';
      this.settle(head, { ok: true });
      return;
    }
    // A participant: journal the prepare; answered once it is durable.
    head.state = 'preparing';
    const ops = this.treeCodec.encodeModification(head.mod);
    const participants = head.participants!;
    this.propose(
      { type: 'prepare', txId: head.txId, ops, participants, coordinator: participants[0]! },
      head,
      ops,
    );
  }

  /**
   * Makes the head's candidate the speculative tip, releases the head and proposes the record that
   * commits it here (by role: commit, commit-decision or commit-prepared).
   */
  private commitHead(head: TxEntry): void {
    assert(
      this.queue.peek() === head,
      () => `${this.id}: ${head.txId} commits but is not the head`,
    );
    this.tree.commit(head.candidate!);
    head.state = 'committing';
    head.lastActiveTick = this.ticks;
    this.queue.shift();
    switch (head.role) {
      case 'single': {
        const ops = this.treeCodec.encodeModification(head.mod);
        this.propose({ type: 'commit', txId: head.txId, ops }, head, ops);
        break;
      }
      case 'coordinator': {
        const ops = this.treeCodec.encodeModification(head.mod);
        const participants = head.participants!;
        this.propose({ type: 'commit-decision', txId: head.txId, ops, participants }, head, ops);
        break;
      }
      case 'participant':
        this.prepared.get(head.txId)!.outcomeProposed = true;
        this.propose({ type: 'commit-prepared', txId: head.txId }, head, undefined);
        break;
    }
  }

  /** Aborts a live transaction in any state before `committing`; `requestId` is answered when done. */
  private abortEntry(entry: TxEntry, error: Error, requestId: number | undefined): void {
    switch (entry.state) {
      case 'preparing':
      case 'prepared': {
        const buffered = this.buffer.find((p) => p.entry === entry && p.type === 'prepare');
        if (buffered !== undefined) {
          // Nothing was handed to Raft yet: no record to undo.
          buffered.cancelled = true;
          this.removeLive(entry, error);
          if (requestId !== undefined) this.reply(requestId, { ok: true });
          return;
        }
        this.failWaiters(entry, error);
        this.queue.shift();
        entry.state = 'aborting';
        this.rememberFailure(entry, error);
        const p = this.prepared.get(entry.txId);
        if (p !== undefined) p.outcomeProposed = true;
        if (requestId !== undefined) entry.waiters.push(requestId);
        this.propose({ type: 'abort-prepared', txId: entry.txId }, entry, undefined);
        return;
      }
      case 'aborting':
        if (requestId !== undefined) entry.waiters.push(requestId);
        return;
      case 'committing':
      case 'removed':
        if (requestId !== undefined) this.reply(requestId, { ok: true });
        return;
      case 'stored':
      case 'queued':
      case 'can-commit':
      case 'pre-committed':
        this.removeLive(entry, error);
        if (requestId !== undefined) this.reply(requestId, { ok: true });
        return;
    }
  }

  /** Removes a live transaction that has no journal record, failing its waiters with `error`. */
  private removeLive(entry: TxEntry, error: Error): void {
    if (this.queue.peek() === entry) this.queue.shift();
    this.stored.delete(entry.txId);
    this.failWaiters(entry, error);
    this.remove(entry, error);
  }

  private remove(entry: TxEntry, error: Error | undefined): void {
    entry.state = 'removed';
    entry.candidate = undefined;
    this.byId.delete(entry.txId);
    if (error !== undefined) this.rememberFailure(entry, error);
  }

  private rememberFailure(entry: TxEntry, error: Error): void {
    this.finished.set(entry.txId, { outcome: { ok: false, error }, tick: this.ticks });
    if (entry.chainId !== undefined && !this.failedChains.has(entry.chainId)) {
      this.failedChains.set(entry.chainId, { error, tick: this.ticks });
    }
  }

  private failWaiters(entry: TxEntry, error: Error): void {
    this.settle(entry, { ok: false, error });
  }

  private settle(entry: TxEntry, outcome: Outcome): void {
    const waiters = entry.waiters;
    entry.waiters = [];
    for (const requestId of waiters) this.reply(requestId, outcome);
  }

  private expireStored(): void {
    for (const entry of this.stored.values()) {
      if (this.ticks - entry.lastActiveTick <= this.cfg.idleTimeoutTicks) continue;
      this.removeLive(
        entry,
        new TransactionStateError(
          `transaction ${entry.txId} was dropped by shard ${this.id}: ready but not asked to ` +
            `commit for ${this.cfg.idleTimeoutTicks} ticks (shard-transaction-idle-timeout)`,
        ),
      );
    }
  }

  /** Commit timeout of the head (ODL's ShardCommitCoordinator cohort timeout). */
  private checkHead(): void {
    const head = this.queue.peek();
    if (head === undefined || this.ticks - head.lastActiveTick <= this.cfg.commitTimeoutTicks) {
      return;
    }
    if (head.state === 'can-commit' || head.state === 'pre-committed') {
      this.removeLive(
        head,
        new TransactionStateError(
          `transaction ${head.txId} was aborted by shard ${this.id}: idle between commit phases ` +
            `for more than ${this.cfg.commitTimeoutTicks} ticks ` +
            '(shard-transaction-commit-timeout-in-seconds)',
        ),
      );
    } else if (head.state === 'prepared') {
      // Prepared: only the coordinator may decide. Ask it.
      const p = this.prepared.get(head.txId);
      if (p !== undefined && !p.outcomeProposed && this.due(p.lastAskedTick)) this.ask(p);
    }
  }

  private expireMemos(): void {
    const horizon = this.ticks - this.cfg.idleTimeoutTicks;
    for (const [id, memo] of this.finished) if (memo.tick < horizon) this.finished.delete(id);
    for (const [id, memo] of this.failedChains) {
      if (memo.tick < horizon) this.failedChains.delete(id);
    }
  }

  private due(lastTick: number): boolean {
    return this.ticks - lastTick >= this.cfg.resolveRetryTicks;
  }

  // ---------------------------------------------------------------------------------------------
  // Multi-shard resolution

  private ask(p: PreparedTx): void {
    p.lastAskedTick = this.ticks;
    this.send(p.record.coordinator, {
      type: 'resolve-request',
      txId: p.record.txId,
      from: this.shardName,
    });
  }

  /** As coordinator: the outcome of `txId` for participant `from` (presumed abort). */
  private answerResolve(txId: string, from: string): void {
    if (this.decisions.has(txId)) {
      this.send(from, { type: 'resolve-answer', txId, outcome: 'commit' });
      return;
    }
    const entry = this.byId.get(txId);
    if (entry?.state === 'committing' && entry.role === 'coordinator') {
      // The decision is on its way to the journal: answer once it is applied.
      const waiting = this.decisionWaiters.get(txId) ?? [];
      waiting.push(from);
      this.decisionWaiters.set(txId, waiting);
      return;
    }
    if (entry !== undefined) {
      this.abortEntry(
        entry,
        new TransactionStateError(
          `transaction ${txId} was aborted by its coordinator shard ${this.id}: participant ` +
            `${from} asked for the outcome before the commit decision (it restarted or timed out)`,
        ),
        undefined,
      );
    }
    this.send(from, { type: 'resolve-answer', txId, outcome: 'abort' });
  }

  /** As participant: the coordinator's answer for a prepared transaction. */
  private onResolveAnswer(txId: string, outcome: 'commit' | 'abort'): void {
    const p = this.prepared.get(txId);
    if (p === undefined || p.outcomeProposed) return;
    const live = p.live;
    if (live !== undefined && live.state === 'prepared' && this.queue.peek() === live) {
      if (outcome === 'commit') {
        this.commitHead(live);
      } else {
        this.abortEntry(
          live,
          new TransactionStateError(`transaction ${txId} was aborted by its coordinator`),
          undefined,
        );
      }
      return;
    }
    p.outcomeProposed = true;
    this.propose(
      { type: outcome === 'commit' ? 'commit-prepared' : 'abort-prepared', txId },
      undefined,
      undefined,
    );
  }

  private onOutcomeRecorded(txId: string, participant: string): void {
    const d = this.decisions.get(txId);
    if (d === undefined) return;
    d.acked.add(participant);
    if (d.participants.every((s) => s === this.shardName || d.acked.has(s))) {
      this.pendingForget.add(txId);
    }
  }

  /**
   * As participant: the coordinator replica of `txId` stopped and cannot answer. A transaction in
   * doubt here then cannot be resolved until that replica recovers, so readers are refused at once,
   * naming both replicas and the transaction, instead of waiting for it. Asking goes on (a replica
   * restored in a later run answers), and a late answer unblocks the shard.
   */
  private onResolveUnavailable(txId: string, replica: string, reason: string): void {
    const p = this.prepared.get(txId);
    if (p === undefined || p.outcomeProposed) return;
    const known = this.blocked.has(txId);
    this.blocked.set(
      txId,
      `transaction ${txId} is in doubt on this replica (prepared, outcome unknown) and its ` +
        `coordinator replica ${replica} stopped (${reason}); the transaction stays in doubt, and ` +
        'this replica refuses readers, until that replica recovers: restore it (docs/OPERATIONS.md, ' +
        'recovery) and restart the member',
    );
    if (!known && this.inDoubt.has(txId)) {
      this.effects.push({
        type: 'blocked',
        error: new ShardUnavailableError(this.id, this.blocked.get(txId)!),
      });
    }
  }

  /** Why this replica cannot serve readers although it runs, or undefined. */
  private blockedReason(): string | undefined {
    for (const [txId, reason] of this.blocked) {
      if (this.inDoubt.has(txId) || this.prepared.has(txId)) return reason;
    }
    return undefined;
  }

  private send(to: string, message: ShardPeerMessage): void {
    this.effects.push({ type: 'send', to, message });
  }

  // ---------------------------------------------------------------------------------------------
  // Proposals

  private propose(payload: ShardPayload, entry: TxEntry | undefined, ops: Uint8Array | undefined) {
    this.buffer.push({
      type: payload.type,
      txId: payload.type === 'forget' ? '' : payload.txId,
      entry,
      bytes: this.codec.encodePayload(payload),
      ops,
      txIds: payload.type === 'forget' ? payload.txIds : [],
      cancelled: false,
      followers: [],
    });
    this.lastProposal = this.buffer[this.buffer.length - 1];
  }

  /**
   * Runs `reply` once every proposal made so far is applied (at once when none is pending). A
   * transaction rejected for conflicting with a commit that is not yet applied learns it only after
   * that commit: a retry then starts from a snapshot that includes it, instead of failing again.
   */
  private afterPending(reply: () => void): void {
    const last = this.lastProposal;
    if (last === undefined || last.cancelled) {
      reply();
      return;
    }
    last.followers.push(reply);
  }

  private runFollowers(p: Proposal): void {
    if (this.lastProposal === p) this.lastProposal = undefined;
    const followers = p.followers.splice(0);
    for (const f of followers) f();
  }

  /** Hands the buffered proposals to Raft (only between Readies). */
  private flushProposals(): void {
    if (this.pendingForget.size > 0 && this.state === 'running') {
      const txIds = [...this.pendingForget];
      this.pendingForget.clear();
      this.propose({ type: 'forget', txIds }, undefined, undefined);
    }
    if (this.buffer.length === 0) return;
    const buffer = this.buffer;
    this.buffer = [];
    for (const p of buffer) {
      if (p.cancelled) {
        this.runFollowers(p);
        continue;
      }
      const result = this.raft.propose(p.bytes);
      assert(
        result.ok,
        () =>
          `${this.id}: Raft refused a proposal as sole voter: ${result.ok ? '' : result.detail}`,
      );
      this.inflight.set(result.index, { term: result.term, proposal: p });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Applying committed entries

  private applyEntry(entry: Entry): void {
    if (entry.type !== 'normal' || entry.data.byteLength === 0) return;
    this.bytesSinceSnapshot += entry.data.byteLength;
    const mine = this.inflight.get(entry.index);
    if (mine !== undefined) {
      this.inflight.delete(entry.index);
      if (mine.term === entry.term) {
        this.applyOwn(mine.proposal);
        return;
      }
      // Another leader's entry took this index: our proposal was cut, and with it the speculation.
      this.loseSpeculation('the shard lost its Raft leadership');
    }
    this.applyReplayed(entry.index, this.decode(entry));
  }

  private applyOwn(p: Proposal): void {
    this.applyOwnRecord(p);
    this.runFollowers(p);
  }

  private applyOwnRecord(p: Proposal): void {
    const entry = p.entry;
    switch (p.type) {
      case 'commit':
      case 'commit-decision':
      case 'commit-prepared':
        if (entry === undefined) {
          // A resolution proposed for a transaction prepared before a restart.
          const record = this.prepared.get(p.txId)!.record;
          this.applyOps(record.ops, record.txId, record.participants);
        } else {
          this.publish(entry.candidate!, entry.txId, entry.participants);
          this.remove(entry, undefined);
          this.settle(entry, { ok: true });
        }
        if (p.type === 'commit-decision') this.recordDecision(p.txId, entry!.participants!);
        if (p.type === 'commit-prepared') this.recordPreparedOutcome(p.txId);
        return;
      case 'prepare':
        this.applyPrepareOwn(p, entry!);
        return;
      case 'abort-prepared':
        this.prepared.delete(p.txId);
        this.inDoubt.delete(p.txId);
        this.blocked.delete(p.txId);
        if (entry !== undefined) {
          this.remove(entry, undefined);
          this.settle(entry, { ok: true });
        }
        this.afterResolution();
        return;
      case 'forget':
        this.forget(p.txIds);
        return;
    }
  }

  private applyPrepareOwn(p: Proposal, entry: TxEntry): void {
    const participants = entry.participants!;
    const record: PreparedRecord = {
      txId: p.txId,
      ops: p.ops ?? EMPTY_OPS,
      participants,
      coordinator: participants[0]!,
    };
    const live = entry.state === 'preparing' ? entry : undefined;
    this.prepared.set(p.txId, {
      record,
      live,
      outcomeProposed: entry.state === 'aborting',
      lastAskedTick: this.ticks,
    });
    if (live !== undefined) {
      live.state = 'prepared';
      live.lastActiveTick = this.ticks;
      this.settle(live, { ok: true });
    }
  }

  private applyReplayed(index: number, payload: ShardPayload): void {
    switch (payload.type) {
      case 'commit':
        this.applyOps(payload.ops, payload.txId, undefined, index);
        return;
      case 'commit-decision':
        this.applyOps(payload.ops, payload.txId, payload.participants, index);
        this.recordDecision(payload.txId, payload.participants);
        return;
      case 'prepare':
        this.prepared.set(payload.txId, {
          record: payload,
          live: undefined,
          outcomeProposed: false,
          lastAskedTick: this.ticks,
        });
        return;
      case 'commit-prepared': {
        const p = this.prepared.get(payload.txId);
        if (p === undefined) {
          throw new ShardJournalError(
            this.id,
            index,
            `it commits transaction ${payload.txId}, which this shard never prepared`,
          );
        }
        this.applyOps(p.record.ops, payload.txId, p.record.participants, index);
        this.recordPreparedOutcome(payload.txId);
        return;
      }
      case 'abort-prepared':
        this.prepared.delete(payload.txId);
        this.inDoubt.delete(payload.txId);
        this.blocked.delete(payload.txId);
        this.afterResolution();
        return;
      case 'forget':
        this.forget(payload.txIds);
        return;
    }
  }

  /**
   * Applies journaled operations to the committed tree (replay: there is no speculation). While the
   * shard recovers, nobody reads its tree and no listener is registered with it (both wait until it
   * is readable), so the entries of one advance() are applied as one replay run: no candidates, no
   * `applied` effects, and the tries of large lists copied once per run rather than once per entry.
   */
  private applyOps(
    ops: Uint8Array,
    txId: string,
    participants: readonly string[] | undefined,
    index?: number,
  ): void {
    // A replay run still streaming started from a tree checked here, and nothing read it since.
    assert(
      this.replayedRootPending || this.tree.root === this.committedRoot,
      () => `${this.id}: replaying ${txId} while speculative commits are pending`,
    );
    const recovering = this.state === 'recovering';
    let candidate: DataTreeCandidate | undefined;
    try {
      if (recovering) {
        this.treeCodec.replayModification(this.tree, ops, (this.replayBatch ??= new ReplayBatch()));
      } else {
        const mod = this.treeCodec.decodeModification(this.tree.takeSnapshot(), ops);
        candidate = this.tree.applyCommitted(mod);
      }
    } catch (error) {
      if (error instanceof InvariantViolation) throw error;
      throw new ShardJournalError(
        this.id,
        index ?? this.raft.status().appliedIndex,
        `the operations of transaction ${txId} do not decode against the tree: ${String(error)}`,
        { cause: error },
      );
    }
    if (recovering) {
      // Read when needed: reading it now would end the run's open frames (DataTree.replayOps).
      this.replayedRootPending = true;
    } else {
      this.committedRoot = this.tree.root;
    }
    this.commits++;
    if (candidate !== undefined) this.emitApplied(candidate, txId, participants, false);
  }

  private emitApplied(
    candidate: DataTreeCandidate,
    txId: string,
    participants: readonly string[] | undefined,
    live: boolean,
  ): void {
    const multi = participants !== undefined && participants.length > 1 ? participants : undefined;
    this.effects.push({ type: 'applied', commit: { candidate, txId, participants: multi, live } });
  }

  private publish(
    candidate: DataTreeCandidate,
    txId: string,
    participants: readonly string[] | undefined,
  ): void {
    assert(
      candidate.before === this.committedRoot,
      () =>
        `${this.id}: a commit applies out of order (its candidate is not based on the committed root)`,
    );
    this.committedRoot = candidate.after;
    this.commits++;
    this.emitApplied(candidate, txId, participants, true);
  }

  /** Drops decisions every participant recorded. */
  private forget(txIds: readonly string[]): void {
    for (const txId of txIds) this.decisions.delete(txId);
  }

  private recordDecision(txId: string, participants: readonly string[]): void {
    this.decisions.set(txId, { participants, acked: new Set() });
    const waiting = this.decisionWaiters.get(txId);
    if (waiting === undefined) return;
    this.decisionWaiters.delete(txId);
    for (const from of waiting)
      this.send(from, { type: 'resolve-answer', txId, outcome: 'commit' });
  }

  private recordPreparedOutcome(txId: string): void {
    const p = this.prepared.get(txId);
    this.prepared.delete(txId);
    this.inDoubt.delete(txId);
    this.blocked.delete(txId);
    // A proxy's commit that arrives after the shard resolved the transaction itself learns the outcome.
    this.finished.set(txId, { outcome: { ok: true }, tick: this.ticks });
    if (p !== undefined && this.caughtUp) {
      this.send(p.record.coordinator, {
        type: 'outcome-recorded',
        txId,
        participant: this.shardName,
      });
    }
    this.afterResolution();
  }

  private afterResolution(): void {
    if (this.caughtUp && this.inDoubt.size === 0 && this.state !== 'stopped') {
      this.effects.push({ type: 'readable' });
    }
  }

  private decode(entry: Entry & { type: 'normal' }): ShardPayload {
    try {
      return this.codec.decodePayload(entry.data);
    } catch (error) {
      if (error instanceof InvariantViolation) throw error;
      throw new ShardJournalError(this.id, entry.index, String(error), { cause: error });
    }
  }

  /** Every proposal in flight failed to commit as proposed: reset the tip to the committed root. */
  private loseSpeculation(reason: string): void {
    for (const { proposal } of this.inflight.values()) {
      if (proposal.entry !== undefined) {
        this.remove(proposal.entry, undefined);
        this.settle(proposal.entry, {
          ok: false,
          error: new CommitOutcomeUnknownError(this.id, proposal.txId, reason),
        });
      }
    }
    const lost = [...this.inflight.values()].map((i) => i.proposal);
    this.inflight.clear();
    for (const p of this.buffer) {
      if (p.entry !== undefined && !p.cancelled) {
        this.remove(p.entry, undefined);
        this.settle(p.entry, { ok: false, error: new ShardUnavailableError(this.id, reason) });
      }
    }
    pushAll(lost, this.buffer);
    this.buffer = [];
    for (const p of lost) this.runFollowers(p);
    this.tree.resetTo(this.committedRoot);
  }

  // ---------------------------------------------------------------------------------------------
  // Leadership, recovery, snapshots

  private onSoftState(soft: SoftState): void {
    const wasLeader = this.role === 'leader';
    this.role = soft.role;
    if (soft.role === 'leader' && !wasLeader) {
      this.leaderSinceIndex = this.raft.status().lastIndex;
    } else if (wasLeader && soft.role !== 'leader') {
      this.caughtUp = false;
      this.leaderSinceIndex = Number.POSITIVE_INFINITY;
      this.loseSpeculation('the shard lost its Raft leadership');
    }
  }

  /** A group of one voter elects itself at once instead of waiting for an election timeout. */
  private maybeCampaign(): void {
    const status = this.raft.status();
    const voters = status.confState.voters;
    if (
      status.role === 'follower' &&
      voters.length === 1 &&
      voters[0] === this.id &&
      this.state !== 'stopped'
    ) {
      this.raft.campaign();
    }
  }

  private checkCaughtUp(): void {
    if (this.caughtUp || this.role !== 'leader') return;
    if (this.raft.status().appliedIndex < this.leaderSinceIndex) return;
    this.caughtUp = true;
    if (this.state === 'recovering') this.state = 'running';
    for (const p of this.prepared.values()) {
      if (p.live !== undefined || p.outcomeProposed) continue;
      this.inDoubt.add(p.record.txId);
      this.ask(p);
    }
    for (const [txId, d] of this.decisions) {
      for (const participant of d.participants) {
        if (participant !== this.shardName) {
          this.send(participant, { type: 'confirm-request', txId, from: this.shardName });
        }
      }
    }
    const deferred = this.deferredPeer;
    this.deferredPeer = [];
    for (const message of deferred) this.receive(message);
    if (this.inDoubt.size === 0) this.effects.push({ type: 'readable' });
  }

  private maybeSnapshot(): void {
    if (this.snapshotInFlight || this.state === 'stopped' || !this.caughtUp) return;
    const applied = this.raft.status().appliedIndex;
    if (applied <= this.lastSnapshotIndex) return;
    if (
      applied - this.lastSnapshotIndex < this.cfg.snapshotBatchCount &&
      this.bytesSinceSnapshot < this.cfg.snapshotThresholdBytes &&
      this.bytesSinceSnapshot < this.replayBoundBytes()
    ) {
      return;
    }
    const image = {
      tree: this.treeCodec.encodeTree(this.committedRoot),
      prepared: [...this.prepared.values()].map((p) => p.record),
      decisions: [...this.decisions].map(([txId, d]): DecisionRecord => ({
        txId,
        participants: d.participants,
      })),
    };
    const term = this.log.term(applied);
    assert(term !== undefined, () => `${this.id}: no term for the applied index ${applied}`);
    this.snapshotInFlight = true;
    this.bytesSinceSnapshot = 0;
    this.effects.push({
      type: 'save-snapshot',
      snapshot: {
        meta: { index: applied, term, confState: this.raft.status().confState },
        data: this.codec.encodeImage(image),
      },
    });
  }

  /**
   * Journal bytes since the last snapshot at which the replay bound asks for a snapshot: the last
   * snapshot's size, at least `snapshotReplayBytesMin`. A restart then replays at most about one
   * snapshot's worth of journal on top of the snapshot, and each snapshot is paid for by as many
   * journal bytes as it holds (Redis's auto-aof-rewrite-percentage 100 with a minimum size).
   */
  private replayBoundBytes(): number {
    const floor = this.cfg.snapshotReplayBytesMin;
    return floor > 0 ? Math.max(floor, this.snapshotBytes) : Number.POSITIVE_INFINITY;
  }

  private restoreImage(snapshot: Snapshot): void {
    let root: ContainerNode;
    try {
      const image = this.codec.decodeImage(snapshot.data);
      root = this.treeCodec.decodeTree(this.tree, image.tree);
      for (const record of image.prepared) {
        this.prepared.set(record.txId, {
          record,
          live: undefined,
          outcomeProposed: false,
          lastAskedTick: 0,
        });
      }
      for (const d of image.decisions) {
        this.decisions.set(d.txId, { participants: d.participants, acked: new Set() });
      }
    } catch (error) {
      if (error instanceof InvariantViolation) throw error;
      throw new ShardJournalError(
        this.id,
        snapshot.meta.index,
        `the snapshot at this index does not decode: ${String(error)}`,
        { cause: error },
      );
    }
    this.tree.resetTo(root);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private reply(requestId: number, outcome: Outcome): void {
    this.effects.push({ type: 'reply', requestId, outcome });
  }

  private fail(requestId: number, error: Error): void {
    this.reply(requestId, { ok: false, error });
  }

  private countTreeNodes(): number {
    const root = this.committedRoot;
    if (this.treeNodesCache?.root === root) return this.treeNodesCache.nodes;
    const nodes = countDescendants(root);
    this.treeNodesCache = { root, nodes };
    return nodes;
  }
}

/**
 * The durable state of a brand-new shard replica group with `id` as its only voter (the next issue
 * adds peers): the membership entry at index 1, already committed. Save it, synced, before starting.
 */
export { bootstrapState as shardBootstrapState } from '../raft/memory-log.js';

/** True when `state` holds nothing: no snapshot, no entries, no term (a replica never started). */
export function isEmptyDurableState(state: DurableState): boolean {
  return state.snapshot === undefined && state.entries.length === 0 && state.hardState.term === 0;
}

/**
 * What a replica that cannot work (stopped, or its journal failed to load) answers to a peer
 * message, as `{ to, message }`: a resolve-request gets `resolve-unavailable` naming `replica` and
 * `reason`, so the participant asking does not wait for an answer that cannot come; anything else
 * gets nothing.
 */
export function unavailableAnswer(
  message: ShardPeerMessage,
  replica: string,
  reason: string,
): { readonly to: string; readonly message: ShardPeerMessage } | undefined {
  if (message.type !== 'resolve-request') return undefined;
  return {
    to: message.from,
    message: { type: 'resolve-unavailable', txId: message.txId, replica, reason },
  };
}

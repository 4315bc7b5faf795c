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
 * Pieces (etcd split raft into tracker, quorum and confchange the same way): commit-queue.ts keeps
 * the queue and the transactions it knows; two-phase.ts the prepared transactions, the in-doubt ones
 * and the coordinator's decisions; applied-tree.ts the committed root and the speculative tip, and
 * how entries are applied and replayed; snapshot-policy.ts when to take a snapshot; read-queue.ts the
 * reads waiting for a ReadIndex round or for their read point to be applied. This class is
 * the facade its shells use, and decides what moves when. Its shells drive it through drain.ts.
 *
 * Multi-shard transactions (durable two-phase commit, presumed abort; the protocol is described once,
 * in docs/ARCHITECTURE.md, "Two-phase commit across shards"). Participants are shard names,
 * sorted; the first is the coordinator. canCommit validates on each; preCommit makes each take its
 * place in the queue and hold the head until the outcome (the proxy asks them in name order, so two
 * such transactions never wait for each other in a cycle): the coordinator just holds it, the others
 * journal a `prepare` (their operations and the participants). commit journals a `commit-decision`
 * with the coordinator's own operations on the coordinator (the point of no return), then a
 * `commit-prepared` on each other participant, told by the proxy and by the coordinator's leader,
 * which pushes `commit` to them once its decision is applied. A participant holding a prepare whose
 * outcome it has not heard asks the coordinator every resolve interval (`outcome-query`: answered
 * once decided, or abort once the coordinator holds neither decision nor transaction; never aborts a
 * live one), so a lost message costs one interval, not the commit timeout. A `prepare` replayed
 * with no outcome after it is in doubt: the shard holds its queue and refuses readers until the coordinator answers; a coordinator
 * without a commit decision answers abort and kills the live transaction if it still holds it (no
 * abort record is needed: the absence of a commit decision is the abort). Decisions are forgotten (a
 * journaled `forget`) once every participant recorded the commit. See payload.ts for the records.
 *
 * Replication. The replica runs on the Raft group of its shard's replicas (their ids as voters, from
 * the membership entries of its log). The leader is the primary: it queues, validates, prepares and
 * proposes, and answers a commit once a majority holds its entry and it applied it. The other
 * replicas apply the same entries in the same order as entries they did not prepare (live, with
 * candidates, once their own journal is recovered), refuse transaction work with NotShardLeaderError
 * naming the leader (so does a leader that has not yet applied an entry of its term), and serve
 * reads: linearizable ones after a ReadIndex round (all reads waiting when it starts share it),
 * local ones from their tree as it is. Losing the leadership answers everything in flight (see
 * loseLeadership) and resets the tip; leading again, the replica rebuilds the two-phase state from the
 * applied log as a restarted one does. A sole voter is the single-member case and behaves as it
 * always did (requests arriving while it recovers wait instead of being refused).
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
import type { DataTree } from '../tree/data-tree.js';
import type { DataTreeCandidate } from '../tree/candidate.js';
import { OptimisticLockFailedError, TransactionStateError } from '../tree/errors.js';
import type { DataTreeModification, DataTreeSnapshot } from '../tree/modification.js';
import { rebaseModification } from '../tree/binary-codec.js';
import type { ContainerNode } from '../tree/node.js';
import { MemoryRaftLog } from '../raft/memory-log.js';
import { RaftCore, type RaftStatus, type Ready, type SoftState } from '../raft/raft-core.js';
import type { DurableState } from '../raft/storage.js';
import type { Entry, HardState, RaftMessage, Role, Snapshot } from '../raft/types.js';
import {
  CommitOutcomeUnknownError,
  CommitQueueFullError,
  NotShardLeaderError,
  ShardJournalError,
  ShardUnavailableError,
  type ShardLeaderRef,
} from './errors.js';
import type { PreparedRecord, ShardCodec, ShardPayload, ShardPayloadType } from './payload.js';
import type {
  Outcome,
  ReadConsistency,
  ReadyTransaction,
  ShardCoreConfig,
  ShardEffect,
  ShardPeerMessage,
  ShardState,
  ShardStatus,
} from './shard-types.js';
import type { TreeCodec } from './tree-codec.js';
import { SnapshotPolicy } from './snapshot-policy.js';
import { TwoPhaseState, type PreparedTx } from './two-phase.js';
import { AppliedTree } from './applied-tree.js';
import { ReadQueue } from './read-queue.js';
import { PairMarks, ShardReadSnapshot } from './pair-marks.js';
import {
  CommitQueue,
  roleOf,
  type CommitMode,
  type TxEntry,
  type TxState,
} from './commit-queue.js';

export type { CommitMode } from './commit-queue.js';
import { pushAll } from '../util/arrays.js';

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

const EMPTY_OPS = new Uint8Array(0);
/** ShardCoreConfig.learnerCatchUpEntries when not set. */
const DEFAULT_LEARNER_CATCH_UP_ENTRIES = 100;
/** A proposal is refused only when Raft cannot take it; the queue capacity bounds the bytes. */
const UNCOMMITTED_BYTES_MAX = Number.MAX_SAFE_INTEGER;
/**
 * Committed roots kept for transactions built on another replica's snapshot (ownModification): the
 * trees after the last this-many tree-changing entries. Persistent trees share structure, so the cost
 * is the nodes those entries changed.
 */
const RETAINED_ROOTS_MAX = 4096;

/** Errors that reject one transaction (bad data, conflicts); anything else stops the shard. */
function isTransactionError(error: unknown): error is CanopyError {
  return error instanceof CanopyError && !(error instanceof InvariantViolation);
}

/** One shard replica's core. See the file comment. */
export class ShardCore {
  readonly id: string;
  readonly shardName: string;
  private readonly cfg: ShardCoreConfig;
  private readonly codec: ShardCodec;
  private readonly treeCodec: TreeCodec;
  /** The committed root and the speculative tip (applied-tree.ts). */
  private readonly data: AppliedTree;
  /** The speculative tip (`data.tip`). */
  private readonly tree: DataTree;
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

  private readonly queue: CommitQueue;
  /** Checks (canCommit, a one-shard preCommit) waiting for the shard to recover or resolve. */
  private checks: { entry: TxEntry; requestId: number; to: 'can-commit' | 'pre-committed' }[] = [];
  private buffer: Proposal[] = [];
  /** The newest proposal not yet applied. */
  private lastProposal: Proposal | undefined;

  private readonly inflight = new Map<number, Inflight>();
  /** The log index of the entry being applied (what `applied` effects name). */
  private applyingIndex = 0;
  /** Prepared transactions, in-doubt ones, commit decisions (two-phase.ts). */
  private readonly twoPhase: TwoPhaseState;
  private deferredPeer: ShardPeerMessage[] = [];
  private effects: ShardEffect[] = [];

  private readonly snapshots: SnapshotPolicy;
  /** The group has voters other than this replica (updateMembership). */
  private multi = false;
  /** The commit index this replica restarted with: a follower has recovered once it applied it. */
  private readonly recoveredAt: number;
  /** Reads asked and not yet answered (read-queue.ts). */
  private readonly reads = new ReadQueue();
  /** The newest multi-shard commit shared with each other shard (pair-marks.ts). */
  private readonly pairs: PairMarks;

  /** The tree after exactly the applied entries (see the invariants above). */
  private get committedRoot(): ContainerNode {
    return this.data.root;
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
    this.queue = new CommitQueue(config.commitQueueCapacity);
    this.twoPhase = new TwoPhaseState(config.shardName);
    this.pairs = new PairMarks(config.shardName);
    this.data = new AppliedTree(config.schema, config.treeType, codecs.treeCodec);
    this.tree = this.data.tip;
    this.log = new MemoryRaftLog(durable);
    this.storedHard = durable.hardState;
    this.recoveredAt = durable.hardState.commit;
    const snapshot = this.log.snapshot();
    this.snapshots = new SnapshotPolicy(config, {
      index: snapshot.meta.index,
      bytes: snapshot.data.byteLength,
    });
    if (snapshot.meta.index > 0) this.restoreImage(snapshot);
    this.raft = new RaftCore(
      {
        id: config.id,
        electionTicks: config.electionTicks,
        heartbeatTicks: config.heartbeatTicks,
        preVote: true,
        checkQuorum: true,
        inflightAppendsMax: config.inflightAppendsMax,
        appendBytesMax: config.appendBytesMax,
        snapshotChunkBytes: config.snapshotChunkBytes,
        uncommittedBytesMax: UNCOMMITTED_BYTES_MAX,
      },
      this.log,
      rng,
    );
    this.updateMembership();
    this.maybeCampaign();
  }

  // ---------------------------------------------------------------------------------------------
  // Requests (each answered by exactly one `reply` effect with its requestId)

  /**
   * `tx.mod` as a modification of this replica's tree: itself when it was built here; else (built on
   * another replica's snapshot, e.g. before a leader change, or a follower's read) re-recorded on this
   * replica's committed root at that snapshot's applied index, where every replica holds the same
   * content, so that validation judges conflicts as the other replica would have
   * (docs/ARCHITECTURE.md, "A transaction's snapshot across replicas"). When that root is not retained
   * here (older than the window, or not applied here yet) the request fails with
   * OptimisticLockFailedError (nothing happened: retry on a fresh snapshot) and this returns undefined.
   */
  private ownModification(
    requestId: number,
    tx: ReadyTransaction,
  ): DataTreeModification | undefined {
    const tree = this.data.tip;
    if (tree.owns(tx.mod)) return tx.mod;
    const index = tx.mod.base.appliedIndex;
    const applied = this.raft.status().appliedIndex;
    const root = index === undefined ? undefined : this.data.rootAt(index, applied);
    if (root === undefined) {
      this.fail(
        requestId,
        new OptimisticLockFailedError(
          '/',
          `transaction ${tx.txId} was built on a snapshot of another replica at log index ` +
            `${index ?? '(unknown)'}, which replica ${this.id} (applied to ${applied}) does not hold`,
        ),
      );
      return undefined;
    }
    return rebaseModification(tx.mod, tree.snapshotOf(root, index));
  }

  /**
   * Takes a ready transaction. `commit-on-ready` queues it and answers once it committed (or failed);
   * `three-phase` keeps it until canCommit and answers at once.
   */
  submit(requestId: number, tx: ReadyTransaction, mode: CommitMode): void {
    if (!this.admit(requestId)) return;
    if (this.queue.has(tx.txId)) {
      this.fail(requestId, new TransactionStateError(`transaction ${tx.txId} is already ready`));
      return;
    }
    const mod = this.ownModification(requestId, tx);
    if (mod === undefined) return;
    const chainFailure = this.chainFailure(tx.txId, tx.chainId);
    if (chainFailure !== undefined) {
      this.fail(requestId, chainFailure);
      return;
    }
    const entry: TxEntry = {
      txId: tx.txId,
      mod,
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
      this.queue.keep(entry);
      this.reply(requestId, { ok: true });
      return;
    }
    if (!this.enqueue(requestId, entry)) return;
    this.queue.track(entry);
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
    this.queue.release(txId);
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
    const current = this.queue.get(txId);
    if (current?.state === 'committing' && current.role === 'participant') {
      // The coordinator's answer to this shard's own question got here first: same outcome.
      current.waiters.push(requestId);
      return;
    }
    const expected: TxState = current?.role === 'participant' ? 'prepared' : 'pre-committed';
    const entry = this.expect(requestId, txId, 'commit', [expected]);
    if (entry === undefined) return;
    if (entry.role === 'single') {
      this.queue.release(txId);
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
    const entry = this.queue.get(txId);
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
    this.queue.closeChain(chainId);
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
      // A replica that leads (or will, once recovered) answers after it caught up; one that does
      // not drops the message: two-phase peers ask again, and find the leader.
      if (this.role === 'leader' || !this.multiVoter()) this.deferredPeer.push(message);
      return;
    }
    switch (message.type) {
      case 'resolve-request':
        this.answerResolve(message.txId, message.from);
        break;
      case 'outcome-query':
        this.answerQuery(message.txId, message.from);
        break;
      case 'resolve-answer':
        this.onResolveAnswer(message.txId, message.outcome);
        break;
      case 'confirm-request':
        // Sent only for a decision the coordinator holds applied: still prepared here, it commits.
        if (this.twoPhase.isPrepared(message.txId)) {
          this.onResolveAnswer(message.txId, 'commit');
        } else {
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

  /** A Raft message from another replica of this shard. */
  step(message: RaftMessage): void {
    if (this.state === 'stopped') return;
    this.raft.step(message);
  }

  /**
   * A read of the committed tree, answered by one `read` effect. `linearizable`: this replica asks
   * for a read point (Raft's ReadIndex; a follower asks its leader; every read waiting when the
   * round starts shares it) and answers once it applied up to it. `local`: this replica's committed
   * tree now, once its journal is recovered, on any replica (may be stale).
   */
  read(requestId: number, consistency: ReadConsistency): void {
    if (this.state === 'stopped') {
      const reason = this.stopError?.message ?? 'stopped';
      this.answerRead(requestId, new ShardUnavailableError(this.id, reason));
      return;
    }
    if (consistency === 'local') {
      if (this.state === 'recovering') this.reads.addLocal(requestId);
      else this.answerRead(requestId);
      return;
    }
    this.reads.addLinearizable(requestId);
  }

  private answerRead(requestId: number, error?: Error): void {
    if (error !== undefined) {
      this.effects.push({ type: 'read', requestId, outcome: { ok: false, error } });
      return;
    }
    const appliedIndex = this.raft.status().appliedIndex;
    const tree = this.data.snapshot(appliedIndex);
    this.effects.push({
      type: 'read',
      requestId,
      outcome: {
        ok: true,
        snapshot: new ShardReadSnapshot(
          tree.context,
          tree.root,
          appliedIndex,
          this.shardName,
          this.pairs.view,
        ),
        appliedIndex,
      },
    });
  }

  /**
   * Serves the reads whose read point this replica has applied, and the waiting local reads. A
   * linearizable read whose read point is at or past a `prepare` not yet settled here waits for its
   * outcome: the transaction may already be acknowledged at its coordinator, and a read asked after
   * that must see it (docs/ARCHITECTURE.md, "Readers and prepared transactions").
   */
  private serveReads(): void {
    if (this.state === 'recovering' || this.reads.size === 0) return;
    for (const requestId of this.reads.takeLocal()) this.answerRead(requestId);
    let applied = this.raft.status().appliedIndex;
    if (this.role !== 'leader' && this.cfg.bugs?.has('follower-read-before-apply') === true) {
      // The planted bug: a follower's read point taken as applied already (the shard-sim's check).
      applied = Number.MAX_SAFE_INTEGER;
    }
    const unsettled = this.twoPhase.lowestUnsettledIndex();
    const limit = unsettled === undefined ? applied : Math.min(applied, unsettled - 1);
    for (const requestId of this.reads.takeServable(limit)) this.answerRead(requestId);
  }

  /** Hands the batched linearizable reads to Raft as one ReadIndex round. */
  private flushReads(): void {
    if (this.state === 'recovering') return;
    const round = this.reads.startRound();
    if (round !== undefined) this.raft.readIndex(round);
  }

  /** The read points and read failures of a Ready. */
  private onReadResults(ready: Ready): void {
    for (const rs of ready.readStates) this.reads.confirmed(rs.requestId, rs.index);
    for (const f of ready.readFailures) {
      const requestIds = this.reads.failed(f.requestId);
      if (requestIds.length === 0) continue;
      const error = new NotShardLeaderError(
        this.id,
        f.leader === this.id ? undefined : this.leaderRef(f.leader),
        `its read could not be confirmed (${f.reason})`,
      );
      for (const requestId of requestIds) this.answerRead(requestId, error);
    }
  }

  /** One logical tick: Raft's clock, commit and idle timeouts, in-doubt retries. */
  tick(): void {
    if (this.state === 'stopped') return;
    this.ticks++;
    this.raft.tick();
    if (!this.caughtUp) {
      if (this.state === 'running') this.maybeSnapshot();
      return;
    }
    this.promoteCaughtUpLearners();
    this.expireStored();
    this.checkHead();
    for (const p of this.twoPhase.dueToAsk(this.ticks, this.cfg.resolveRetryTicks)) this.ask(p);
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
    // A snapshot from the leader replaces the state machine before anything after it is applied.
    if (ready.snapshot !== undefined) this.installSnapshot(ready.snapshot);
    try {
      for (const entry of ready.committed) this.applyEntry(entry);
    } finally {
      // The trees of a replay run are not snapshots until it ends: end it before anyone may read.
      this.data.endRun();
    }
    this.raft.advance(ready);
    if (ready.snapshot !== undefined || ready.committed.some((e) => e.type === 'config-change')) {
      this.updateMembership();
    }
    this.maybeCampaign();
    const wasCaughtUp = this.caughtUp;
    this.checkCaughtUp();
    this.checkFollowerRecovered();
    this.onReadResults(ready);
    this.serveReads();
    // NB: not in the advance that ends recovery: a long journal just replayed asks for a snapshot,
    // and encoding it would delay the `readable` effect; the next advance or tick takes it.
    if (wasCaughtUp) this.maybeSnapshot();
    this.processQueue();
  }

  /**
   * The snapshot asked for by a `save-snapshot` effect is durable: compact the log view. A snapshot
   * from the leader installed while it was being saved supersedes it (etcd's ErrSnapOutOfDate): it
   * is then ignored, and the policy (reset by the install, and perhaps saving a newer one) is left
   * alone. The storage holds both in call order, the newer last (see maybeSnapshot).
   */
  snapshotSaved(snapshot: Snapshot): void {
    if (this.state === 'stopped') {
      this.snapshots.failed();
      return;
    }
    const { index, confState } = snapshot.meta;
    if (index < this.log.snapshot().meta.index) return;
    this.log.createSnapshot(index, confState, snapshot.data);
    this.log.compact(index);
    this.snapshots.saved(index, snapshot.data.byteLength);
  }

  /** Saving a snapshot failed: try again after the next batch. */
  snapshotFailed(): void {
    this.snapshots.failed();
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
    for (const entry of this.queue.live()) {
      if (entry.state !== 'committing' && entry.state !== 'aborting') this.removeLive(entry, error);
    }
    const buffered = this.buffer;
    this.buffer = [];
    for (const p of buffered) {
      if (p.entry !== undefined && !p.cancelled) this.settle(p.entry, { ok: false, error });
      this.runFollowers(p);
    }
  }

  /**
   * Transactions this replica prepared as a participant and has not settled (applied their commit or
   * abort), oldest first: live ones waiting for the proxy's commit and ones in doubt alike. Empty
   * once every multi-shard transaction that reached this shard is resolved here.
   */
  unsettledPrepares(): string[] {
    return this.twoPhase.preparedIds();
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
    for (const [txId, waiting] of this.twoPhase.takeDecisionWaiters()) {
      for (const from of waiting) {
        const answer = unavailableAnswer({ type: 'resolve-request', txId, from }, this.id, reason);
        if (answer !== undefined) this.send(answer.to, answer.message);
      }
    }
    const unavailable = new ShardUnavailableError(this.id, reason, { cause: error });
    // Every read asked is answered once, here with the reason.
    for (const requestId of this.reads.takeAll()) this.answerRead(requestId, unavailable);
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
    for (const entry of this.queue.live()) this.removeLive(entry, unavailable);
    this.buffer = [];
    this.queue.clear();
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
   * Linearizable for a sole voter only: a replica of a group with other voters may have been deposed
   * without knowing it yet, so callers there use `read` (ReadIndex) instead; until this replica
   * leads and caught up, this returns undefined.
   */
  readSnapshot(): DataTreeSnapshot | undefined {
    if (this.state === 'stopped') {
      throw new ShardUnavailableError(this.id, this.stopError?.message ?? 'stopped', {
        cause: this.stopError,
      });
    }
    if (!this.caughtUp) return undefined;
    if (this.twoPhase.inDoubtCount > 0) {
      const reason = this.twoPhase.readBlock();
      if (reason !== undefined) throw new ShardUnavailableError(this.id, reason);
      return undefined;
    }
    return this.data.snapshot(this.raft.status().appliedIndex);
  }

  /**
   * This replica's committed tree as it is now, on any replica (a follower too), once its journal is
   * recovered (the `readable` effect says when); undefined while it recovers. Never shows
   * uncommitted data, but may lag the leader: what listeners register on and `local` reads see.
   * Throws ShardUnavailableError when stopped. (readSnapshot is the linearizable one.)
   */
  localSnapshot(): DataTreeSnapshot | undefined {
    if (this.state === 'stopped') {
      throw new ShardUnavailableError(this.id, this.stopError?.message ?? 'stopped', {
        cause: this.stopError,
      });
    }
    if (this.state === 'recovering') return undefined;
    return this.data.snapshot(this.raft.status().appliedIndex);
  }

  /**
   * Whether this replica leads its shard and has applied its log up to where it started leading: it
   * takes transaction work (a multi-voter group's other replicas answer NotShardLeaderError).
   */
  get leads(): boolean {
    return this.role === 'leader' && this.caughtUp;
  }

  /** The Raft core's status (membership, progress of each replica when leading). */
  raftStatus(): RaftStatus {
    return this.raft.status();
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
      reason: this.stopError?.message ?? this.twoPhase.blockedReason(),
      role: raft.role,
      term: raft.term,
      leader: raft.leader,
      commitIndex: raft.commitIndex,
      appliedIndex: raft.appliedIndex,
      journalFirstIndex: raft.firstIndex,
      journalLastIndex: raft.lastIndex,
      snapshotIndex: this.snapshots.snapshotIndex,
      snapshotBytes: this.snapshots.snapshotBytes,
      journalBytesSinceSnapshot: this.snapshots.bytesSinceSnapshot,
      treeNodes: this.data.countNodes(),
      queueLength: this.queue.length,
      readyTransactions: this.queue.keptCount,
      inflightProposals: this.inflight.size + this.buffer.length,
      inDoubt: this.twoPhase.inDoubtCount,
      decisions: this.twoPhase.decisionCount,
      commits: this.data.commits,
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
    if (this.multiVoter() && !(this.role === 'leader' && this.caughtUp)) {
      this.fail(requestId, this.notLeader());
      return false;
    }
    return true;
  }

  /**
   * Whether the group has other voters. A sole voter keeps the single-member behaviour: requests
   * that arrive while it recovers wait for it instead of being refused.
   */
  private multiVoter(): boolean {
    return this.multi;
  }

  /** Reads the membership in force (it changes only when a change is applied: in advance()). */
  private updateMembership(): void {
    const { voters } = this.raft.status().confState;
    this.multi = voters.length > 1 || voters[0] !== this.id;
  }

  /** The not-leader answer: who leads as far as this replica knows. */
  private notLeader(): NotShardLeaderError {
    const leader = this.raft.status().leader;
    if (leader === this.id) {
      return new NotShardLeaderError(
        this.id,
        undefined,
        'it was just elected and has not yet committed an entry of its term',
      );
    }
    const reason = leader === null ? 'no leader is known' : `it is a ${this.role}`;
    return new NotShardLeaderError(this.id, this.leaderRef(leader), reason);
  }

  /** The replica `id` (of this shard) and its member, from ODL's `<member>-shard-<shard>-<type>`. */
  private leaderRef(id: string | null): ShardLeaderRef | undefined {
    if (id === null) return undefined;
    const suffix = `-shard-${this.shardName}-${this.cfg.treeType}`;
    return { replica: id, member: id.endsWith(suffix) ? id.slice(0, -suffix.length) : id };
  }

  private enqueue(requestId: number, entry: TxEntry): boolean {
    if (this.queue.enqueue(entry, requestId, this.ticks)) return true;
    this.fail(requestId, new CommitQueueFullError(this.id, entry.txId, this.queue.capacity));
    return false;
  }

  /** Looks up a transaction expected in one of `states`; answers the request when it is not. */
  private expect(
    requestId: number,
    txId: string,
    phase: string,
    states: readonly TxState[],
  ): TxEntry | undefined {
    const entry = this.queue.get(txId);
    if (entry === undefined) {
      const memo = this.queue.outcomeOf(txId);
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
      this.twoPhase.inDoubtCount === 0
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
      const head = this.queue.head();
      if (head === undefined) return;
      if (head.state === 'removed') {
        this.queue.shiftHead();
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
    const failure = this.queue.chainFailure(chainId);
    if (failure === undefined) return undefined;
    return new TransactionStateError(
      `transaction ${txId} cannot commit: an earlier transaction of its chain did not commit`,
      { cause: failure },
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
      this.queue.shiftHead();
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
      this.queue.head() === head,
      () => `${this.id}: ${head.txId} commits but is not the head`,
    );
    this.tree.commit(head.candidate!);
    head.state = 'committing';
    head.lastActiveTick = this.ticks;
    this.queue.shiftHead();
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
        // Planted (simulator only): the answer goes out before the decision is durable.
        if (this.cfg.bugs?.has('coordinator-ack-before-durable') === true) {
          this.settle(head, { ok: true });
        }
        // Planted (simulator only): the outcome is pushed before the decision is durable.
        if (this.cfg.bugs?.has('coordinator-pushes-before-durable') === true) {
          this.pushDecision(head.txId, participants);
        }
        break;
      }
      case 'participant':
        this.twoPhase.preparedTx(head.txId)!.outcomeProposed = true;
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
        this.queue.shiftHead();
        entry.state = 'aborting';
        this.queue.rememberFailure(entry, error, this.ticks);
        const p = this.twoPhase.preparedTx(entry.txId);
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
    this.queue.detach(entry);
    this.failWaiters(entry, error);
    this.remove(entry, error);
  }

  private remove(entry: TxEntry, error: Error | undefined): void {
    this.queue.remove(entry, error, this.ticks);
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
    for (const entry of this.queue.keptEntries()) {
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

  /**
   * Commit timeout of the head (ODL's ShardCommitCoordinator cohort timeout); a prepared head whose
   * outcome has not come asks the coordinator every resolve interval (docs/ARCHITECTURE.md,
   * "Two-phase commit across shards": a lost commit must not hold the head until the timeout).
   */
  private checkHead(): void {
    const head = this.queue.head();
    if (head === undefined) return;
    if (
      head.state === 'prepared' &&
      this.ticks - head.lastActiveTick <= this.cfg.commitTimeoutTicks
    ) {
      const p = this.twoPhase.preparedTx(head.txId);
      if (p !== undefined && !p.outcomeProposed && this.due(p.lastAskedTick)) this.query(p);
      return;
    }
    if (this.ticks - head.lastActiveTick <= this.cfg.commitTimeoutTicks) return;
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
      const p = this.twoPhase.preparedTx(head.txId);
      if (p !== undefined && !p.outcomeProposed && this.due(p.lastAskedTick)) this.ask(p);
    }
  }

  private expireMemos(): void {
    this.queue.expireMemos(this.ticks - this.cfg.idleTimeoutTicks);
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

  /** Asks the coordinator for the outcome of a prepared transaction, without the power to abort it. */
  private query(p: PreparedTx): void {
    p.lastAskedTick = this.ticks;
    this.send(p.record.coordinator, {
      type: 'outcome-query',
      txId: p.record.txId,
      from: this.shardName,
    });
  }

  /**
   * As coordinator: answers a participant's `outcome-query` without deciding anything. Holding the
   * decision: commit. Its decision proposed: commit once applied. Holding the transaction live and
   * undecided: no answer (its proxy drives it to a commit or an abort, and the commit timeout here
   * bounds it; the participant asks again). Holding neither: abort, presumed, since the decision
   * can be written only for a transaction this leader holds pre-committed, and a transaction it does
   * not hold now it can never hold again (a new leader holds no live transaction, and the proxy
   * does not move a pre-committed coordinator to another leader).
   */
  private answerQuery(txId: string, from: string): void {
    if (this.twoPhase.hasDecision(txId)) {
      this.send(from, { type: 'resolve-answer', txId, outcome: 'commit' });
      return;
    }
    const entry = this.queue.get(txId);
    if (entry?.state === 'committing' && entry.role === 'coordinator') {
      this.twoPhase.awaitDecision(txId, from);
      return;
    }
    // Planted (simulator only): presumed abort for a transaction still live here.
    if (entry !== undefined && this.cfg.bugs?.has('query-presumes-abort-while-live') !== true)
      return;
    this.send(from, { type: 'resolve-answer', txId, outcome: 'abort' });
  }

  /** As coordinator: the outcome of `txId` for participant `from` (presumed abort). */
  private answerResolve(txId: string, from: string): void {
    if (this.twoPhase.hasDecision(txId)) {
      this.send(from, { type: 'resolve-answer', txId, outcome: 'commit' });
      return;
    }
    const entry = this.queue.get(txId);
    if (entry?.state === 'committing' && entry.role === 'coordinator') {
      // The decision is on its way to the journal: answer once it is applied.
      this.twoPhase.awaitDecision(txId, from);
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
    const p = this.twoPhase.preparedTx(txId);
    if (p === undefined || p.outcomeProposed) return;
    const live = p.live;
    if (live !== undefined && live.state === 'prepared' && this.queue.head() === live) {
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
    this.twoPhase.outcomeRecorded(txId, participant);
  }

  /**
   * As participant: the coordinator replica of `txId` stopped and cannot answer. A transaction in
   * doubt here then cannot be resolved until that replica recovers, so readers are refused at once,
   * naming both replicas and the transaction, instead of waiting for it. Asking goes on (a replica
   * restored in a later run answers), and a late answer unblocks the shard.
   */
  private onResolveUnavailable(txId: string, replica: string, reason: string): void {
    const blocked = this.twoPhase.coordinatorUnavailable(
      txId,
      `transaction ${txId} is in doubt on this replica (prepared, outcome unknown) and its ` +
        `coordinator replica ${replica} stopped (${reason}); the transaction stays in doubt, and ` +
        'this replica refuses readers, until that replica recovers: restore it (docs/OPERATIONS.md, ' +
        'recovery) and restart the member',
    );
    if (blocked !== undefined) {
      this.effects.push({ type: 'blocked', error: new ShardUnavailableError(this.id, blocked) });
    }
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
    if (this.state === 'running') {
      const txIds = this.twoPhase.takeForgettable();
      if (txIds.length > 0) this.propose({ type: 'forget', txIds }, undefined, undefined);
    }
    this.flushReads();
    if (this.buffer.length === 0) return;
    const buffer = this.buffer;
    this.buffer = [];
    for (const p of buffer) {
      if (p.cancelled) {
        this.runFollowers(p);
        continue;
      }
      const result = this.raft.propose(p.bytes);
      if (!result.ok) {
        // Raft stopped leading (the role change reaches this core with the next Ready) or is
        // handing leadership over: nothing of these was proposed; they wait for the next flush,
        // or fail as not proposed when the leadership is lost.
        assert(
          this.multiVoter(),
          () => `${this.id}: Raft refused a proposal as sole voter: ${result.detail}`,
        );
        this.buffer = buffer.slice(buffer.indexOf(p));
        return;
      }
      this.inflight.set(result.index, { term: result.term, proposal: p });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Applying committed entries

  private applyEntry(entry: Entry): void {
    this.applyingIndex = entry.index;
    this.applyEntryData(entry);
    // The committed root at this index, for transactions built on another replica's snapshot
    // (ownModification). Not while recovering: nothing was handed out, and reading the root would
    // end the replay run.
    if (this.state !== 'recovering')
      this.data.retain(entry.index, this.cfg.retainedRootsMax ?? RETAINED_ROOTS_MAX);
  }

  private applyEntryData(entry: Entry): void {
    if (entry.type !== 'normal' || entry.data.byteLength === 0) return;
    this.snapshots.applied(entry.data.byteLength);
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
          const record = this.twoPhase.preparedTx(p.txId)!.record;
          this.applyOps(record.ops, record.txId, record.participants);
        } else {
          this.publish(entry.candidate!, entry.txId, entry.participants);
          this.remove(entry, undefined);
          this.settle(entry, { ok: true });
        }
        if (p.type === 'commit-decision') {
          this.recordDecision(p.txId, entry!.participants!);
          if (this.cfg.bugs?.has('coordinator-pushes-before-durable') !== true) {
            this.pushDecision(p.txId, entry!.participants!);
          }
        }
        if (p.type === 'commit-prepared') this.recordPreparedOutcome(p.txId);
        return;
      case 'prepare':
        this.applyPrepareOwn(p, entry!);
        return;
      case 'abort-prepared':
        this.twoPhase.settle(p.txId);
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
    this.twoPhase.prepare(record, this.applyingIndex, live, entry.state === 'aborting', this.ticks);
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
        // Planted (simulator only): a restarted participant forgets what it prepared.
        if (this.state === 'recovering' && this.cfg.bugs?.has('forget-prepare-on-restart') === true)
          return;
        this.twoPhase.prepare(payload, index, undefined, false, this.ticks);
        return;
      case 'commit-prepared': {
        const p = this.twoPhase.preparedTx(payload.txId);
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
        this.twoPhase.settle(payload.txId);
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
    let candidate: DataTreeCandidate | undefined;
    try {
      candidate = this.data.applyOps(ops, this.state === 'recovering', txId);
    } catch (error) {
      if (error instanceof InvariantViolation) throw error;
      throw new ShardJournalError(
        this.id,
        index ?? this.raft.status().appliedIndex,
        `the operations of transaction ${txId} do not decode against the tree: ${String(error)}`,
        { cause: error },
      );
    }
    this.markPairs(txId, participants);
    if (candidate !== undefined) this.emitApplied(candidate, txId, participants, false);
  }

  /** A multi-shard commit is applied here: the pair marks move (pair-marks.ts). */
  private markPairs(txId: string, participants: readonly string[] | undefined): void {
    if (participants !== undefined && participants.length > 1)
      this.pairs.applied(txId, participants);
  }

  private emitApplied(
    candidate: DataTreeCandidate,
    txId: string,
    participants: readonly string[] | undefined,
    live: boolean,
  ): void {
    const multi = participants !== undefined && participants.length > 1 ? participants : undefined;
    const index = this.applyingIndex;
    this.effects.push({
      type: 'applied',
      commit: { candidate, txId, participants: multi, live, index },
    });
  }

  private publish(
    candidate: DataTreeCandidate,
    txId: string,
    participants: readonly string[] | undefined,
  ): void {
    this.data.publish(candidate);
    this.markPairs(txId, participants);
    this.emitApplied(candidate, txId, participants, true);
  }

  /** Drops decisions every participant recorded. */
  private forget(txIds: readonly string[]): void {
    this.twoPhase.forget(txIds);
  }

  /**
   * The leader applied its decision (durable on a majority): tells every other participant at once,
   * rather than leaving it to the proxy alone (whose message may be lost, and which answers its
   * caller first). A participant that already heard it ignores the repeat.
   */
  private pushDecision(txId: string, participants: readonly string[]): void {
    for (const participant of participants) {
      if (participant !== this.shardName) {
        this.send(participant, { type: 'resolve-answer', txId, outcome: 'commit' });
      }
    }
  }

  private recordDecision(txId: string, participants: readonly string[]): void {
    const waiting = this.twoPhase.recordDecision(txId, participants);
    for (const from of waiting)
      this.send(from, { type: 'resolve-answer', txId, outcome: 'commit' });
  }

  private recordPreparedOutcome(txId: string): void {
    const p = this.twoPhase.settle(txId);
    // A proxy's commit that arrives after the shard resolved the transaction itself learns the outcome.
    this.queue.rememberOutcome(txId, { ok: true }, this.ticks);
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
    if (this.caughtUp && this.twoPhase.inDoubtCount === 0 && this.state !== 'stopped') {
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
  private loseSpeculation(reason: string, unproposed?: Error): void {
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
        this.settle(p.entry, {
          ok: false,
          error: unproposed ?? new ShardUnavailableError(this.id, reason),
        });
      }
    }
    pushAll(lost, this.buffer);
    this.buffer = [];
    for (const p of lost) this.runFollowers(p);
    this.data.resetTip();
  }

  // ---------------------------------------------------------------------------------------------
  // Leadership, recovery, snapshots

  private onSoftState(soft: SoftState): void {
    const wasLeader = this.role === 'leader';
    this.role = soft.role;
    if (soft.role === 'leader' && !wasLeader) {
      this.leaderSinceIndex = this.raft.status().lastIndex;
    } else if (wasLeader && soft.role !== 'leader') {
      this.loseLeadership(soft.leader);
    }
  }

  /**
   * This replica stopped leading: everything in flight is answered. Proposed and not applied: the
   * outcome is unknown (CommitOutcomeUnknownError: the entry may still commit under the new
   * leader). Not yet proposed (queued, kept, being checked, buffered): NotShardLeaderError naming
   * the new leader, since nothing of it happened. The tip goes back to the committed root, and the
   * two-phase state keeps only what the applied log says (a new leader rebuilds the rest).
   */
  private loseLeadership(leader: string | null): void {
    this.caughtUp = false;
    this.leaderSinceIndex = Number.POSITIVE_INFINITY;
    const reason = 'the shard lost its Raft leadership';
    const error = new NotShardLeaderError(this.id, this.leaderRef(leader), reason);
    this.loseSpeculation(reason, error);
    this.failChecks(error);
    for (const entry of this.queue.live()) this.removeLive(entry, error);
    this.twoPhase.leadershipLost();
    this.deferredPeer = [];
  }

  /**
   * A replica of a group with other voters that does not lead has recovered its journal once it
   * applied the commit index it restarted with: from then on it applies the leader's entries live
   * (with candidates, for listeners) and serves local reads.
   */
  private checkFollowerRecovered(): void {
    if (this.state !== 'recovering' || this.role === 'leader' || !this.multiVoter()) return;
    if (this.raft.status().appliedIndex < this.recoveredAt) return;
    this.state = 'running';
    // Listeners may register now (on the committed tree of `localSnapshot`): every later entry
    // reaches them as an `applied` effect, a snapshot install as one (see installSnapshot).
    this.effects.push({ type: 'readable' });
  }

  /**
   * Installs a snapshot the leader sent: the tree and the two-phase state are replaced. On a
   * replica that is readable (listeners may be registered), the install is one `applied` effect:
   * the difference between the tree before and the snapshot's, as one change at the snapshot's
   * index (every transaction up to there this replica had not applied, merged; `snapshot` set).
   * A listener thus sees every change once, in order, with no gap (docs/ARCHITECTURE.md,
   * "Listeners on every replica").
   */
  private installSnapshot(snapshot: Snapshot): void {
    assert(
      this.inflight.size === 0 && this.buffer.length === 0,
      () => `${this.id}: a snapshot from a leader arrived while proposals are in flight`,
    );
    this.twoPhase.clear();
    if (this.state === 'recovering') {
      this.restoreImage(snapshot);
    } else {
      const candidate = this.restoreImage(snapshot, true);
      if (candidate !== undefined) {
        const { index } = snapshot.meta;
        this.effects.push({
          type: 'applied',
          commit: {
            candidate,
            txId: `snapshot-${index}`,
            participants: undefined,
            live: false,
            index,
            snapshot: true,
          },
        });
      }
    }
    this.snapshots.saved(snapshot.meta.index, snapshot.data.byteLength);
  }

  /**
   * As leader: promotes learners whose log is within `learnerCatchUpEntries` of the leader's, one
   * membership change at a time.
   */
  private promoteCaughtUpLearners(): void {
    const status = this.raft.status();
    if (status.confState.learners.length === 0) return;
    if (status.pendingConfIndex > status.appliedIndex) return;
    const bound = this.cfg.learnerCatchUpEntries ?? DEFAULT_LEARNER_CATCH_UP_ENTRIES;
    for (const peer of status.progress) {
      if (peer.voter || status.lastIndex - peer.match > bound) continue;
      this.raft.proposeConfChange({ type: 'add-voter', node: peer.id });
      return;
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
    for (const p of this.twoPhase.markInDoubt()) this.ask(p);
    for (const { txId, participants } of this.twoPhase.decisionsToConfirm()) {
      for (const participant of participants) {
        this.send(participant, { type: 'confirm-request', txId, from: this.shardName });
      }
    }
    const deferred = this.deferredPeer;
    this.deferredPeer = [];
    for (const message of deferred) this.receive(message);
    if (this.twoPhase.inDoubtCount === 0) this.effects.push({ type: 'readable' });
  }

  private maybeSnapshot(): void {
    if (this.state === 'stopped') return;
    // A leader once caught up; a follower once its journal is recovered.
    if (!this.caughtUp && (this.state !== 'running' || this.role === 'leader')) return;
    // A leader's snapshot is being saved: the applied index is about to jump past it, and a
    // snapshot taken now would reach the storage after it, older than the one it holds (a journal
    // must never go back). The advance that installs it decides again.
    if (this.outstanding?.snapshot !== undefined) return;
    const applied = this.raft.status().appliedIndex;
    if (!this.snapshots.due(applied)) return;
    const image = {
      tree: this.data.encode(),
      ...this.twoPhase.image(),
      pairMarks: this.pairs.image(),
    };
    const term = this.log.term(applied);
    assert(term !== undefined, () => `${this.id}: no term for the applied index ${applied}`);
    this.snapshots.taken();
    this.effects.push({
      type: 'save-snapshot',
      snapshot: {
        meta: { index: applied, term, confState: this.raft.status().confState },
        data: this.codec.encodeImage(image),
      },
    });
  }

  /** Restores a snapshot image; `withChange`: returns the change it made (applied-tree.ts). */
  private restoreImage(snapshot: Snapshot, withChange = false): DataTreeCandidate | undefined {
    try {
      const image = this.codec.decodeImage(snapshot.data);
      let candidate: DataTreeCandidate | undefined;
      if (withChange) candidate = this.data.restoreWithChange(image.tree);
      else this.data.restore(image.tree);
      this.twoPhase.restore(image, snapshot.meta.index);
      this.pairs.restore(image.pairMarks ?? []);
      return candidate;
    } catch (error) {
      if (error instanceof InvariantViolation) throw error;
      throw new ShardJournalError(
        this.id,
        snapshot.meta.index,
        `the snapshot at this index does not decode: ${String(error)}`,
        { cause: error },
      );
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private reply(requestId: number, outcome: Outcome): void {
    this.effects.push({ type: 'reply', requestId, outcome });
  }

  private fail(requestId: number, error: Error): void {
    this.reply(requestId, { ok: false, error });
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
  if (message.type !== 'resolve-request' && message.type !== 'outcome-query') return undefined;
  return {
    to: message.from,
    message: { type: 'resolve-unavailable', txId: message.txId, replica, reason },
  };
}

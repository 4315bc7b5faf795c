/**
 * The vocabulary between a shard core (shard-core.ts) and the world: its configuration, the
 * transactions it receives, the effects it asks its shell to carry out, the messages shards exchange
 * to settle multi-shard transactions, and its status. Plain data; no behaviour.
 */
import type { TreeType } from '../tree/json-codec.js';
import type { DataTreeCandidate } from '../tree/candidate.js';
import type { DataTreeModification, DataTreeSnapshot } from '../tree/modification.js';
import type { Snapshot, Role } from '../raft/types.js';
import type { SchemaContext } from '../yang/schema.js';

/** Configuration of one shard replica's core. Durations are in ticks (the shell's tick period). */
export interface ShardCoreConfig {
  /** The replica id, also its Raft node id and journal group: `member-1-shard-inventory-config`. */
  readonly id: string;
  /** The shard's name (`inventory`): what multi-shard transactions name participants by. */
  readonly shardName: string;
  readonly schema: SchemaContext;
  readonly treeType: TreeType;
  /** shard-transaction-commit-queue-capacity: transactions queued for commit at most. */
  readonly commitQueueCapacity: number;
  /** shard-snapshot-batch-count: applied entries after which a snapshot is taken. */
  readonly snapshotBatchCount: number;
  /** Journal bytes applied since the last snapshot after which a snapshot is taken. */
  readonly snapshotThresholdBytes: number;
  /**
   * The replay bound's floor: a snapshot is also taken once the journal bytes since the last one
   * reach the larger of this and the last snapshot's size, so that a restart never replays more
   * journal than about one snapshot's worth (at least this much). 0 turns the bound off.
   */
  readonly snapshotReplayBytesMin: number;
  /** shard-transaction-commit-timeout: a transaction holding the queue idle this long is aborted. */
  readonly commitTimeoutTicks: number;
  /** shard-transaction-idle-timeout: a ready transaction never asked to commit is dropped. */
  readonly idleTimeoutTicks: number;
  /**
   * shard-transaction-resolve-interval: how long a participant holds a prepared transaction without
   * hearing its outcome before it asks the coordinator (`outcome-query`), and how often it asks again;
   * also how often an in-doubt replica asks again. Far below the commit timeout.
   */
  readonly resolveRetryTicks: number;
  /** Raft election timeout in ticks (shard-election-timeout-factor heartbeats). */
  readonly electionTicks: number;
  /** Raft heartbeat interval in ticks. */
  readonly heartbeatTicks: number;
  /** shard-append-entries-inflight-max: AppendEntries in flight to one follower. */
  readonly inflightAppendsMax: number;
  /** shard-append-entries-bytes-max: entry bytes in one AppendEntries. */
  readonly appendBytesMax: number;
  /** shard-snapshot-chunk-bytes: the chunk size of a snapshot sent to a lagging replica. */
  readonly snapshotChunkBytes: number;
  /**
   * Committed roots kept for transactions built on another replica's snapshot: the trees after the
   * last this-many tree-changing entries (default 4,096; see ShardCore's ownModification).
   */
  readonly retainedRootsMax?: number | undefined;
  /**
   * A learner (a replica being added) is promoted to voter once its log is within this many entries
   * of the leader's. Default 100.
   */
  readonly learnerCatchUpEntries?: number | undefined;
  /** Planted bugs; only the simulator sets this (test/support/shard-sim). */
  readonly bugs?: ReadonlySet<ShardCoreBug> | undefined;
}

/**
 * Deliberately planted bugs, set only by the shard simulator to show that its checkers catch them
 * (as RaftBug is for the Raft core):
 * - `coordinator-ack-before-durable`: the coordinator of a multi-shard transaction answers its
 *   commit when it proposes the decision, before the decision is durable on a majority;
 * - `forget-prepare-on-restart`: a participant replaying its journal after a restart skips the
 *   `prepare` records (the prepared part is forgotten);
 * - `coordinator-pushes-before-durable`: the coordinator's leader pushes `commit` to the other
 *   participants when it proposes the decision, before the decision is durable;
 * - `query-presumes-abort-while-live`: the coordinator answers an `outcome-query` for a transaction
 *   it still holds live and undecided with `abort`, without aborting it;
 * - `follower-read-before-apply`: a follower serves a linearizable read as soon as its leader
 *   confirmed the read point, before its own apply reached it (stale reads).
 */
export type ShardCoreBug =
  | 'coordinator-ack-before-durable'
  | 'forget-prepare-on-restart'
  | 'coordinator-pushes-before-durable'
  | 'query-presumes-abort-while-live'
  | 'follower-read-before-apply';

/**
 * A transaction ready to commit on this shard: its modification, built on a snapshot of this shard's
 * tree (ODL's ReadyLocalTransaction: one message carries the whole transaction).
 */
export interface ReadyTransaction {
  readonly txId: string;
  readonly mod: DataTreeModification;
  /**
   * Every participant shard of a multi-shard transaction, sorted (the first is the coordinator);
   * undefined when the transaction touches this shard only.
   */
  readonly participants?: readonly string[] | undefined;
  /** The transaction chain it belongs to: a failed predecessor fails it. */
  readonly chainId?: string | undefined;
}

/**
 * The answer to one request. A replica that does not lead its shard answers transaction work (submit,
 * canCommit, preCommit, commit) with `NotShardLeaderError` (code `shard-not-leader`, errors.ts),
 * whose `leader` names the current leader's replica and member, or is undefined while none is known:
 * nothing of the request happened, so a proxy sends it to the leader, or again after a pause. A
 * transaction already proposed to Raft when the replica lost its leadership fails with
 * `CommitOutcomeUnknownError` instead, and must not be retried blindly.
 */
export type Outcome = { readonly ok: true } | { readonly ok: false; readonly error: Error };

/** How fresh a read must be. */
export type ReadConsistency =
  /**
   * The default. Served by the leader once it confirmed with one heartbeat round that it still leads
   * (Raft's ReadIndex; every read waiting at once shares the round) and applied up to the commit
   * index it had when the read arrived: the read sees every commit acknowledged before it was asked.
   * A replica that does not lead answers `NotShardLeaderError` naming the leader.
   */
  | 'linearizable'
  /**
   * This replica's committed tree as it is now, on any replica (a follower too): never shows
   * uncommitted data, but may miss commits the leader acknowledged already (stale).
   */
  | 'local';

/** The answer to a read request: a snapshot of the committed tree, and the log index it reflects. */
export type ReadOutcome =
  | { readonly ok: true; readonly snapshot: DataTreeSnapshot; readonly appliedIndex: number }
  | { readonly ok: false; readonly error: Error };

/** Messages between the shards of one datastore that settle multi-shard transactions. */
export type ShardPeerMessage =
  /** A participant with a prepared part asks the coordinator for the outcome. */
  | { readonly type: 'resolve-request'; readonly txId: string; readonly from: string }
  /**
   * A participant holding a prepared transaction whose outcome it has not heard (the proxy's commit
   * or abort, or the coordinator's pushed answer, may have been lost) asks the coordinator without
   * the power to abort: the coordinator answers `commit` once it holds the decision, `abort` when it
   * holds neither the decision nor the live transaction (presumed abort: no decision can be written
   * any more), and nothing while the transaction is still live there (its proxy drives it, and the
   * coordinator's commit timeout bounds it).
   */
  | { readonly type: 'outcome-query'; readonly txId: string; readonly from: string }
  /**
   * The coordinator's answer (abort when it holds no commit decision: presumed abort). Also pushed,
   * `commit`, by the coordinator's leader to every other participant once its decision is applied.
   */
  | {
      readonly type: 'resolve-answer';
      readonly txId: string;
      readonly outcome: 'commit' | 'abort';
    }
  /**
   * A coordinator replica that took over (restarted, or a new leader) asks whether a participant has
   * recorded a commit. Sent only for a decision it holds applied, so a participant still holding the
   * transaction prepared takes it as the commit.
   */
  | { readonly type: 'confirm-request'; readonly txId: string; readonly from: string }
  /** A participant has recorded a commit durably; the coordinator may forget its decision. */
  | { readonly type: 'outcome-recorded'; readonly txId: string; readonly participant: string }
  /**
   * The coordinator's replica cannot answer a resolve-request or outcome-query: it stopped (a damaged journal, a
   * failed write, a broken invariant). `replica` is its id, `reason` why it stopped.
   */
  | {
      readonly type: 'resolve-unavailable';
      readonly txId: string;
      readonly replica: string;
      readonly reason: string;
    };

/** A committed candidate and the transaction it belongs to. */
export interface AppliedCommit {
  readonly candidate: DataTreeCandidate;
  readonly txId: string;
  /** Every participant shard of a multi-shard transaction (sorted); undefined for one shard. */
  readonly participants: readonly string[] | undefined;
  /** Committed by a transaction live in this run (not resolved from the journal after a restart). */
  readonly live: boolean;
  /** The log index of the entry that applied it here. */
  readonly index: number;
  /**
   * Set when this is a snapshot install on a readable replica: the difference between its tree
   * before and the snapshot's, as one change at the snapshot's index (`txId` is `snapshot-<index>`).
   */
  readonly snapshot?: boolean | undefined;
}

/** What a shard core asks its shell to do, in order. */
export type ShardEffect =
  | {
      readonly type: 'reply';
      readonly requestId: number;
      readonly outcome: Outcome;
      /**
       * Deliver after the replies of this turn have been acted on (a conflict is told after the
       * commit it lost to was answered: see ShardCore.afterPending).
       */
      readonly later?: boolean | undefined;
    }
  /**
   * A committed candidate, in commit order: for data tree change listeners. Entries replayed while
   * the shard recovers have none (it is not readable, so nothing listens yet).
   */
  | { readonly type: 'applied'; readonly commit: AppliedCommit }
  /** The answer to a read request (ShardCore.read), in the order reads become servable. */
  | { readonly type: 'read'; readonly requestId: number; readonly outcome: ReadOutcome }
  /** Persist this snapshot, then call `snapshotSaved(snapshot)`. */
  | { readonly type: 'save-snapshot'; readonly snapshot: Snapshot }
  | { readonly type: 'send'; readonly to: string; readonly message: ShardPeerMessage }
  /**
   * The shard became readable: a leader recovered with nothing in doubt (deferred readers may go
   * on), or a follower recovered its journal (listeners may register on `localSnapshot`).
   */
  | { readonly type: 'readable' }
  /**
   * A transaction in doubt here waits on a replica that stopped: readers are refused with `error`
   * (status shows it) until the transaction is resolved, which a `readable` effect then reports.
   */
  | { readonly type: 'blocked'; readonly error: Error }
  /**
   * The shard stopped; `error` says why (status shows it, traffic is refused with it). `requested`
   * when it was closed on purpose (the datastore closed), not stopped by a failure.
   */
  | { readonly type: 'stopped'; readonly error: Error; readonly requested: boolean };

export type ShardState = 'recovering' | 'running' | 'closing' | 'stopped';

/** What `canopy status` shows of one shard replica. */
export interface ShardStatus {
  readonly id: string;
  readonly shard: string;
  readonly state: ShardState;
  /**
   * Why the shard stopped (with the error's text), when it did; or, while it runs, why it cannot
   * serve readers (a transaction in doubt whose coordinator replica stopped, naming both).
   */
  readonly reason: string | undefined;
  readonly role: Role;
  readonly term: number;
  readonly leader: string | null;
  readonly commitIndex: number;
  readonly appliedIndex: number;
  /** First and last index of the journal still held (after compaction). */
  readonly journalFirstIndex: number;
  readonly journalLastIndex: number;
  readonly snapshotIndex: number;
  readonly snapshotBytes: number;
  /** Journal bytes applied since the last snapshot. */
  readonly journalBytesSinceSnapshot: number;
  /** Nodes in the committed tree (containers, entries, leaves, values). */
  readonly treeNodes: number;
  /** Transactions waiting in or holding the commit queue. */
  readonly queueLength: number;
  /** Ready three-phase transactions not yet asked to commit. */
  readonly readyTransactions: number;
  /** Entries proposed and not yet applied. */
  readonly inflightProposals: number;
  /** Prepared parts of multi-shard transactions whose outcome is unknown here. */
  readonly inDoubt: number;
  /** Commit decisions kept (as coordinator) until every participant recorded them. */
  readonly decisions: number;
  /** Transactions committed since start (replayed ones included). */
  readonly commits: number;
}

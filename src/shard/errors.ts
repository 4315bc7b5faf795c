/**
 * The errors of the sharded datastore that callers react to (re-exported by src/api). Each names the
 * shard replica (`member-1-shard-inventory-config`), the transaction and, where one applies, the data
 * path, and says what to do. The rule (FoundationDB's): a class exists only where a caller reacts
 * differently.
 *
 * - `ShardUnavailableError`: the shard cannot take the request (it stopped, with its reason; it is
 *   closing; it is still recovering). Nothing of the request happened; retry later or elsewhere.
 * - `CommitOutcomeUnknownError`: a commit may or may not have happened (the member closed while its
 *   journal write was in flight, an operation timed out after the commit was handed to Raft). Read the
 *   data back before retrying a non-idempotent change.
 * - `ShardOperationTimeoutError`: a request to a shard got no answer within operation-timeout; the
 *   request did not take effect (the proxy made sure, or it could not have).
 * - `TransactionIdleTimeoutError`: the transaction was idle longer than
 *   shard-transaction-idle-timeout and was closed.
 * - `NotShardLeaderError`: the replica asked is not its shard's Raft leader (a follower, a learner, a
 *   candidate, or a leader that has not yet committed an entry of its term). Nothing of the request
 *   happened; `leader` names the current leader (replica and member) when this replica knows one, so
 *   a proxy sends there and retries; none known means an election is under way: retry after a pause.
 * - `CommitQueueFullError`: the shard's commit queue holds shard-transaction-commit-queue-capacity
 *   transactions; back off and retry.
 * - `ShardConfigError`: modules.conf places data in a way the schema does not allow (a prefix that
 *   names no node, or a prefix boundary under a mandatory node); the member refuses to start.
 * - `ShardJournalError`: an entry of a shard's journal cannot be applied (it does not decode, or it
 *   names a transaction the shard never prepared); the shard stops rather than skip it.
 * - `OrphanedShardReplicaError`, `MisroutedShardDataError`: the shard layout (modules.conf,
 *   module-shards.conf) changed on a member that has data, and data acknowledged under the old layout
 *   would be hidden (a replica the layout no longer places here; data a shard holds that routing now
 *   sends to another shard). The member refuses to start; the operator restores the old layout or
 *   moves the data (docs/OPERATIONS.md, "Changing the shard layout").
 * - `ShardVotersMismatchError`: a replica's journal was created for another set of voters than
 *   module-shards.conf now lists for its shard (membership changes are not in this release); the
 *   member refuses to start, changing nothing on disk.
 * - `NoShardLeaderError`: the transaction proxies found no leader of a shard within
 *   operation-timeout-in-seconds (every replica asked answered NotShardLeaderError). Nothing of the
 *   request happened; retry once the shard has a leader.
 */
import { CanopyError } from '../util/errors.js';

/** The shard cannot serve the request; nothing of it happened. */
export class ShardUnavailableError extends CanopyError {
  readonly code = 'shard-unavailable';
  /** The shard replica id. */
  readonly shard: string;
  constructor(shard: string, reason: string, options?: ErrorOptions) {
    super(`shard ${shard} is unavailable: ${reason}`, options);
    this.shard = shard;
  }
}

/** A commit whose outcome cannot be known: it may or may not be in the datastore. */
export class CommitOutcomeUnknownError extends CanopyError {
  readonly code = 'commit-outcome-unknown';
  readonly shard: string;
  readonly transaction: string;
  constructor(shard: string, transaction: string, reason: string, options?: ErrorOptions) {
    super(
      `the outcome of transaction ${transaction} on shard ${shard} is unknown (${reason}); it may or ` +
        'may not have committed: read the data back before retrying a change that is not idempotent',
      options,
    );
    this.shard = shard;
    this.transaction = transaction;
  }
}

/** A request to a shard got no answer within operation-timeout-in-seconds; it did not take effect. */
export class ShardOperationTimeoutError extends CanopyError {
  readonly code = 'shard-operation-timeout';
  readonly shard: string;
  readonly transaction: string;
  constructor(
    shard: string,
    transaction: string,
    operation: string,
    timeoutMs: number,
    options?: ErrorOptions,
  ) {
    super(
      `${operation} of transaction ${transaction} on shard ${shard} got no answer within ${timeoutMs} ms ` +
        '(operation-timeout-in-seconds); the transaction did not commit; retry it',
      options,
    );
    this.shard = shard;
    this.transaction = transaction;
  }
}

/** The transaction was idle longer than shard-transaction-idle-timeout and was closed. */
export class TransactionIdleTimeoutError extends CanopyError {
  readonly code = 'transaction-idle-timeout';
  readonly transaction: string;
  /** The shards the transaction had touched (may be empty). */
  readonly shards: readonly string[];
  constructor(transaction: string, shards: readonly string[], idleMs: number) {
    const where = shards.length === 0 ? 'no shard yet' : `shard(s) ${shards.join(', ')}`;
    super(
      `transaction ${transaction} (${where}) was idle for more than ${idleMs} ms ` +
        '(shard-transaction-idle-timeout-in-minutes) and was closed; start a new transaction',
    );
    this.transaction = transaction;
    this.shards = shards;
  }
}

/** Where a shard's leader is: its replica id and the member that holds it. */
export interface ShardLeaderRef {
  /** `member-2-shard-inventory-config`. */
  readonly replica: string;
  /** `member-2`. */
  readonly member: string;
}

/**
 * The replica asked does not lead its shard, so it takes no transaction work and serves no
 * linearizable read. Nothing of the request happened: safe to send again to `leader` (when known) or,
 * with no leader known (an election under way), after a pause.
 */
export class NotShardLeaderError extends CanopyError {
  readonly code = 'shard-not-leader';
  /** The replica that refused (`member-1-shard-inventory-config`). */
  readonly shard: string;
  /** The current leader as this replica knows it, or undefined when it knows none. */
  readonly leader: ShardLeaderRef | undefined;
  constructor(shard: string, leader: ShardLeaderRef | undefined, reason: string) {
    super(
      `shard replica ${shard} is not the leader of its shard (${reason}); ` +
        (leader === undefined
          ? 'no leader is known yet: retry after an election timeout'
          : `send to the leader ${leader.replica} on member ${leader.member}`),
    );
    this.shard = shard;
    this.leader = leader;
  }
}

/** The shard's commit queue is full. Nothing of the transaction happened. */
export class CommitQueueFullError extends CanopyError {
  readonly code = 'commit-queue-full';
  readonly shard: string;
  readonly transaction: string;
  constructor(shard: string, transaction: string, capacity: number) {
    super(
      `shard ${shard} refuses transaction ${transaction}: its commit queue holds ${capacity} ` +
        'transactions (shard-transaction-commit-queue-capacity); back off and retry',
    );
    this.shard = shard;
    this.transaction = transaction;
  }
}

/** modules.conf places data where the schema does not allow a shard boundary. */
export class ShardConfigError extends CanopyError {
  readonly code = 'shard-config';
}

/** An entry of a shard's journal cannot be applied; the shard stops. */
export class ShardJournalError extends CanopyError {
  readonly code = 'shard-journal';
  readonly shard: string;
  /** The Raft log index of the entry. */
  readonly index: number;
  constructor(shard: string, index: number, problem: string, options?: ErrorOptions) {
    super(
      `shard ${shard}: journal entry ${index} cannot be applied: ${problem}; the shard stops rather ` +
        'than skip it; restore this member from a healthy replica or a backup',
      options,
    );
    this.shard = shard;
    this.index = index;
  }
}

/**
 * The voters a replica's journal holds differ from the shard's replicas in module-shards.conf: the
 * replica would form another Raft group than its peers expect. Nothing on disk is changed.
 */
export class ShardVotersMismatchError extends CanopyError {
  readonly code = 'shard-voters-mismatch';
  readonly shard: string;
  /** The voters the journal holds (replica ids, sorted). */
  readonly stored: readonly string[];
  /** The voters module-shards.conf lists (replica ids, sorted). */
  readonly configured: readonly string[];
  constructor(shard: string, stored: readonly string[], configured: readonly string[]) {
    super(
      `shard ${shard}: its journal belongs to a group of the voters [${stored.join(', ')}], but ` +
        `module-shards.conf lists [${configured.join(', ')}]; changing a shard's replicas is not ` +
        "in this release: restore the shard's replicas in module-shards.conf on every member, or " +
        'move the data to the new layout (export it with GET, start every member on a fresh data ' +
        'directory, import it; docs/OPERATIONS.md, "Changing the shard layout"); nothing was changed',
    );
    this.shard = shard;
    this.stored = stored;
    this.configured = configured;
  }
}

const LAYOUT_ADVICE =
  'the member refuses to start rather than hide acknowledged data: restore the previous modules.conf ' +
  'and module-shards.conf, or move the data to the new layout (export it with GET under the old ' +
  'layout, start the new layout on a fresh data directory, import it; docs/OPERATIONS.md, "Changing ' +
  'the shard layout")';

/** One journal group that holds data but is no longer a replica of this member. */
export interface OrphanedReplica {
  /** The Raft group: the replica id it was written as (`member-1-shard-toaster-config`). */
  readonly replica: string;
  /** What it holds, for the message (`12 journal entries, a snapshot at index 20000`). */
  readonly holds: string;
}

/**
 * The journal holds replicas of this datastore, with data, that the configuration no longer places on
 * this member (a module or shard removed or renamed, the member taken out of a shard's replicas, the
 * member renamed): starting would hide that data.
 */
export class OrphanedShardReplicaError extends CanopyError {
  readonly code = 'shard-replica-orphaned';
  /** The journal directory (`<data-dir>/journal`). */
  readonly dir: string;
  readonly member: string;
  readonly replicas: readonly OrphanedReplica[];
  constructor(
    dir: string,
    member: string,
    replicas: readonly OrphanedReplica[],
    options?: ErrorOptions,
  ) {
    super(
      replicas
        .map(
          (r) =>
            `journal ${dir} holds shard replica ${r.replica} (${r.holds}), which the configuration ` +
            `no longer places on member ${member}` +
            (r.replica.startsWith(`${member}-shard-`)
              ? ''
              : ` (it was written by member ${r.replica.slice(0, r.replica.indexOf('-shard-'))}: was member-name changed?)`),
        )
        .join('\n') + `; ${LAYOUT_ADVICE}`,
      options,
    );
    this.dir = dir;
    this.member = member;
    this.replicas = replicas;
  }
}

/** Data a shard holds that the routing table now sends to another shard. */
export interface MisroutedData {
  /** The replica holding it (`member-1-shard-inventory-config`). */
  readonly replica: string;
  /** The first such node, RFC 8040 (`/opendaylight-inventory:nodes/node=n1`). */
  readonly path: string;
  /** The shard that path routes to now. */
  readonly routedTo: string;
}

/**
 * A shard's recovered tree holds data that the configured routing (prefix > module > default) sends
 * to another shard: reads would look there and not find it. One problem per shard, its first node.
 */
export class MisroutedShardDataError extends CanopyError {
  readonly code = 'shard-data-misrouted';
  readonly problems: readonly MisroutedData[];
  constructor(problems: readonly MisroutedData[]) {
    super(
      problems
        .map(
          (p) =>
            `shard replica ${p.replica} holds ${p.path}, which the configuration now routes to ` +
            `shard ${p.routedTo}`,
        )
        .join('\n') + `; ${LAYOUT_ADVICE}`,
    );
    this.problems = problems;
  }
}

/**
 * No leader of a shard answered within operation-timeout-in-seconds: every replica asked refused with
 * NotShardLeaderError. The request never reached a leader, so nothing of it
 * happened; retry once the shard has a leader (`canopy status` shows each replica's role).
 */
export class NoShardLeaderError extends CanopyError {
  readonly code = 'no-shard-leader';
  /** The shard's name (`inventory`). */
  readonly shard: string;
  readonly transaction: string;
  /** The replicas asked, in the order they were first asked. */
  readonly tried: readonly string[];
  constructor(
    shard: string,
    transaction: string,
    operation: string,
    timeoutMs: number,
    tried: readonly string[],
    options?: ErrorOptions,
  ) {
    super(
      `${operation} of transaction ${transaction} found no leader of shard ${shard} within ` +
        `${timeoutMs} ms (operation-timeout-in-seconds); ` +
        (tried.length === 0
          ? 'no replica could be asked'
          : `asked ${tried.join(', ')}, and none leads`) +
        '; the request never reached a leader, so nothing of it happened: retry once the shard ' +
        "has a leader (canopy status shows each replica's role)",
      options,
    );
    this.shard = shard;
    this.transaction = transaction;
    this.tried = tried;
  }
}

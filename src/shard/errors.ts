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
 * - `CommitQueueFullError`: the shard's commit queue holds shard-transaction-commit-queue-capacity
 *   transactions; back off and retry.
 * - `ShardConfigError`: modules.conf places data in a way the schema does not allow (a prefix that
 *   names no node, or a prefix boundary under a mandatory node); the member refuses to start.
 * - `ShardJournalError`: an entry of a shard's journal cannot be applied (it does not decode, or it
 *   names a transaction the shard never prepared); the shard stops rather than skip it.
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

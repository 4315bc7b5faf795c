/**
 * The ThreePhaseCommitCohortProxy (design 003; ODL's ThreePhaseCommitCohortProxy and
 * SingleCommitCohortProxy): commits one ready transaction across the shards it modified.
 *
 * - No shard modified: every phase succeeds at once.
 * - One shard: `commit()` of the transaction ships it with commit-on-ready (one message; the shard
 *   validates, journals and answers once durable). Driven phase by phase, it runs the shard's own
 *   canCommit/preCommit/commit, the shard holding its queue head between them.
 * - Several shards (durable two-phase commit, see shard-core.ts): the transaction is shipped to every
 *   participant; canCommit validates on all; preCommit runs on them one after another in name order,
 *   each taking and holding its shard's queue head (ordered locking: two multi-shard transactions
 *   never wait for each other in a cycle), every participant but the coordinator (the first) journaling
 *   a prepare; commit journals the decision on the coordinator, the point of no return, and is
 *   answered then; the others journal the outcome right after (readers wait until every part is
 *   applied: visibility-gate.ts). A failure before the decision aborts every participant; after it
 *   the transaction is committed whatever happens next (a participant that does not hear the commit
 *   asks the coordinator).
 *
 * Every request goes to the shard's leader through the ShardClient (shard-client.ts), which follows
 * refusals by replicas that do not lead (they refuse before queuing: sending again is safe). A
 * participant whose leader changed before its part was durable there is shipped again to the new
 * leader with the phases it had passed (ready, canCommit), then asked the phase at hand (a leader
 * drops, on losing its leadership, whatever it had not proposed). A participant that journaled its
 * prepare needs no replay: the new leader holds the prepare from the log. One case is refused rather
 * than replayed: the coordinator (or a one-shard transaction driven phase by phase) changing leader
 * between preCommit and commit, since it journals nothing before the decision and taking its queue
 * head again after the others took theirs would break the lock order; the commit then aborts every
 * participant, nothing is committed, and the caller gets ShardUnavailableError. A replica that lost
 * and regained its leadership between two phases answers that it holds no such transaction: the
 * transaction fails, nothing committed. A CommitOutcomeUnknownError from a shard (a leader lost after
 * proposing) is passed on, never retried.
 *
 * Every step waits at most operation-timeout-in-seconds. A timeout before the decision aborts and
 * fails with ShardOperationTimeoutError (nothing committed), or NoShardLeaderError when no replica
 * led the shard meanwhile; at the decision the outcome is unknown: CommitOutcomeUnknownError. A
 * one-shard commit without an answer in time is withdrawn if the shard still holds it queued
 * (ShardOperationTimeoutError) and unknown once its journal write started.
 */
import { TransactionStateError } from '../tree/errors.js';
import type { DataTreeModification } from '../tree/modification.js';
import {
  CommitOutcomeUnknownError,
  NotShardLeaderError,
  ShardOperationTimeoutError,
  ShardUnavailableError,
} from '../shard/errors.js';
import type { ReadyTransaction } from '../shard/shard-types.js';
import type { DOMStoreThreePhaseCommitCohort } from '../api/dom-store.js';
import type { AckTicket } from './ack-order.js';
import { ChainLink } from './chain-link.js';
import { withTimeout, type ProxyContext } from './context.js';
import type { Answer } from './shard-client.js';
import type { ShardReplica } from './shard-locator.js';
import type { ShardTransaction } from './shard-transaction.js';

type CohortState =
  | 'ready'
  | 'checking'
  | 'can-commit'
  | 'pre-committing'
  | 'pre-committed'
  | 'committing'
  | 'committed'
  | 'aborted'
  | 'failed';

/** How far a participant's part went, at the replica that holds it (`at`). */
type PartProgress = 'none' | 'ready' | 'checked' | 'pre-committed';

interface Participant {
  readonly name: string;
  readonly mod: DataTreeModification;
  /** The replica the part was shipped to (the leader then), once it was. */
  at: ShardReplica | undefined;
  progress: PartProgress;
  /**
   * The part is in the shard's log (a participant's journaled prepare): every later leader holds it,
   * so no replay is needed.
   */
  durable: boolean;
}

/** A transaction chain's view of the previous cohort of the chain. */
export interface ChainStep {
  readonly link: ChainLink;
  /** The cohort, for its pipelining shard. */
  readonly cohort: ThreePhaseCommitCohortProxy;
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

export class ThreePhaseCommitCohortProxy implements DOMStoreThreePhaseCommitCohort {
  readonly txId: string;
  /** Set by a chain: this cohort's outcome, and the previous cohort of the chain. */
  link: ChainLink | undefined;
  predecessor: ChainStep | undefined;
  /** The shard this cohort was shipped to with commit-on-ready, if it was (chains pipeline on it). */
  pipelineShard: string | undefined;
  /**
   * Resolves once this cohort has shipped itself with commit-on-ready (`pipelineShard` set) or
   * settled a path that will not ship it so: what the next cohort of a chain waits for first.
   */
  readonly decided: Promise<void>;
  private decide: () => void = () => undefined;
  private readonly ctx: ProxyContext;
  private readonly shardTxs: readonly ShardTransaction[];
  private readonly chainId: string | undefined;
  private state: CohortState = 'ready';
  private participants: Participant[] | undefined;
  private shipped: Participant[] = [];
  private failure: unknown;
  /** This commit's place in the acknowledgment order, once its decisive answer came (ack-order.ts). */
  private ack: AckTicket | undefined;

  constructor(
    ctx: ProxyContext,
    txId: string,
    shardTxs: readonly ShardTransaction[],
    chainId: string | undefined,
  ) {
    this.ctx = ctx;
    this.txId = txId;
    this.shardTxs = shardTxs;
    this.chainId = chainId;
    this.decided = new Promise((resolve) => {
      // NB: resolving a settled promise is not free (V8 reports it to Node's multipleResolves hook):
      // `decide` runs once, later calls do nothing.
      this.decide = () => {
        this.decide = () => undefined;
        resolve();
      };
    });
  }

  canCommit(): Promise<boolean> {
    return this.phase('ready', 'checking', 'can-commit', 'canCommit', async () => {
      await this.afterPredecessor(undefined);
      await this.checkAll(await this.resolve());
      return true;
    });
  }

  preCommit(): Promise<void> {
    return this.phase('can-commit', 'pre-committing', 'pre-committed', 'preCommit', async () => {
      await this.preCommitAll(this.participants!);
    });
  }

  commit(): Promise<void> {
    return this.phase('pre-committed', 'committing', 'committed', 'commit', async () => {
      await this.commitPhase(this.participants!);
    });
  }

  abort(): Promise<void> {
    switch (this.state) {
      case 'committed':
        return Promise.reject(
          new TransactionStateError(
            `cannot abort transaction ${this.txId}: it is already committed`,
          ),
        );
      case 'committing':
        return Promise.reject(
          new TransactionStateError(
            `cannot abort transaction ${this.txId}: its commit is in progress`,
          ),
        );
      case 'failed':
      case 'aborted':
        return Promise.resolve();
      case 'ready':
      case 'checking':
      case 'can-commit':
      case 'pre-committing':
      case 'pre-committed':
        break;
    }
    this.state = 'aborted';
    this.link?.failed(new TransactionStateError(`transaction ${this.txId} was aborted`));
    return this.abortShipped();
  }

  /** All phases at once (the transaction's own `commit()`): one message for a one-shard transaction. */
  commitAll(): Promise<void> {
    const now = this.predecessor === undefined ? this.participantsNow() : undefined;
    if (now !== undefined && now.length <= 1) {
      // The common case, without the general path's waits: no chain to wait for, every shard view
      // at hand, at most one shard modified.
      const refused = this.enter('ready', 'committing', 'commit');
      if (refused !== undefined) return refused;
      const only = now[0];
      const done = only === undefined ? Promise.resolve() : this.commitOnReady(only);
      return this.settle(done, 'committing', 'committed', 'commit');
    }
    return this.phase('ready', 'committing', 'committed', 'commit', async () => {
      const participants = await this.resolve();
      const only = participants.length === 1 ? participants[0]! : undefined;
      await this.afterPredecessor(only?.name);
      if (only !== undefined) {
        await this.commitOnReady(only);
      } else if (participants.length > 1) {
        // preCommit validates at each shard's head: a separate canCommit round would add nothing.
        await this.preCommitAll(participants);
        await this.commitPhase(participants);
      }
    });
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Runs one phase: checks and moves the state (`from`, `during`, then `to`), fails the cohort (and
   * its chain) on an error. An abort while the phase ran wins: the phase then rejects.
   */
  private phase<T>(
    from: CohortState,
    during: CohortState,
    to: CohortState,
    name: string,
    run: () => Promise<T>,
  ): Promise<T> {
    const refused = this.enter(from, during, name);
    if (refused !== undefined) return refused;
    if (name !== 'commit' || from !== 'ready') this.decide(); // only commitAll may pipeline
    return this.settle(run(), during, to, name);
  }

  /**
   * The caller's promise of a phase whose work is `work`: see `succeeded` and `failed`. NB: settled
   * by direct calls, never by adopting another promise (which costs reactions that vary from path to
   * path), so that commits are acknowledged in their tickets' order (ack-order.ts).
   */
  private settle<T>(
    work: Promise<T>,
    during: CohortState,
    to: CohortState,
    name: string,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      work.then(
        (value) => {
          this.succeeded(during, to, name, value, resolve, reject);
        },
        (error: unknown) => {
          reject(this.failed(during, error));
        },
      );
    });
  }

  /** Moves from `from` to `during` (undefined), or refuses (a rejected promise) in any other state. */
  private enter(from: CohortState, during: CohortState, name: string): Promise<never> | undefined {
    if (this.state !== from) {
      const error =
        this.state === 'failed'
          ? new TransactionStateError(`cannot ${name}: transaction ${this.txId} already failed`, {
              cause: this.failure,
            })
          : new TransactionStateError(
              `cannot ${name}: transaction ${this.txId} is ${this.state}, expected ${from}`,
            );
      return Promise.reject(error);
    }
    try {
      this.ctx.checkOpen();
    } catch (e) {
      return Promise.reject(asError(e));
    }
    this.state = during;
    return undefined;
  }

  /**
   * A phase's work succeeded: on to `to` and `resolve`, unless the cohort was aborted meanwhile
   * (then `reject`, once the abort went out). A commit resolves at its acknowledgment turn.
   */
  private succeeded<T>(
    during: CohortState,
    to: CohortState,
    name: string,
    value: T,
    resolve: (value: T) => void,
    reject: (error: Error) => void,
  ): void {
    this.decide();
    if (this.state !== during) {
      this.ack?.release();
      void this.abortShipped().then(() => {
        reject(new TransactionStateError(`transaction ${this.txId} was aborted during ${name}`));
      });
      return;
    }
    this.state = to;
    if (to !== 'committed') {
      resolve(value);
      return;
    }
    this.link?.committed();
    // Acknowledged after every commit its shards answered before it (ack-order.ts).
    if (this.ack === undefined) resolve(value);
    else {
      this.ack.release(() => {
        resolve(value);
      });
    }
  }

  /** A phase's work failed: the cohort fails (unless it was aborted meanwhile); the caller's error. */
  private failed(during: CohortState, error: unknown): Error {
    this.decide();
    this.ack?.release();
    if (this.state === during) this.fail(error);
    return asError(error);
  }

  private fail(error: unknown): void {
    this.state = 'failed';
    this.failure = error;
    this.link?.failed(error);
  }

  /**
   * The shards this transaction modified or verified something on (a non-empty modification),
   * sorted by name (once every shard view is available).
   */
  private async resolve(): Promise<Participant[]> {
    if (this.participants !== undefined) return this.participants;
    await Promise.all(this.shardTxs.map((t) => t.whenAvailable(this.ctx.readableTimeoutMs)));
    return this.participantsNow()!;
  }

  /** The shards this transaction modified, sorted; undefined while a shard view is not available. */
  private participantsNow(): Participant[] | undefined {
    if (this.participants !== undefined) return this.participants;
    const participants: Participant[] = [];
    for (const t of this.shardTxs) {
      if (!t.available) return undefined;
      const mod = t.modification;
      if (mod !== undefined && !mod.isEmpty) {
        participants.push({ name: t.shard, mod, at: undefined, progress: 'none', durable: false });
      }
    }
    participants.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    this.participants = participants;
    return participants;
  }

  /** Waits for the previous transaction of the chain unless this one may pipeline behind it. */
  private async afterPredecessor(singleShard: string | undefined): Promise<void> {
    const p = this.predecessor;
    if (p === undefined) return;
    if (p.link.status === 'pending' && singleShard !== undefined) {
      // Wait until the previous cohort shipped itself (or will not), to know whether to pipeline.
      await Promise.race([p.cohort.decided, p.link.done]);
    }
    const pipelined =
      p.link.status === 'pending' &&
      singleShard !== undefined &&
      p.cohort.pipelineShard === singleShard;
    if (p.link.status === 'pending' && !pipelined) await p.link.done;
    if (p.link.status === 'failed') throw this.predecessorFailed(p);
  }

  /**
   * Sends `op` to `p`'s shard leader (following refusals), replaying the part there first if the
   * leader changed since it was shipped; at most operation-timeout-in-seconds from the first send.
   * At the timeout: CommitOutcomeUnknownError when `unknownOutcome` (the decision), else
   * ShardOperationTimeoutError.
   */
  private call(
    p: Participant,
    operation: string,
    op: (replica: ShardReplica) => Promise<void>,
    unknownOutcome: boolean,
  ): Promise<void> {
    const ms = this.ctx.operationTimeoutMs;
    return this.ctx.shards.request({
      shard: p.name,
      txId: this.txId,
      operation,
      timeoutMs: ms,
      send: (replica) => this.atLeader(p, replica, operation, op),
      onTimeout: ({ replica }) =>
        Promise.reject(
          unknownOutcome
            ? new CommitOutcomeUnknownError(
                replica.id,
                this.txId,
                `${operation} got no answer within ${ms} ms`,
              )
            : new ShardOperationTimeoutError(replica.id, this.txId, operation, ms),
        ),
    });
  }

  /**
   * Runs `op` at `replica`, which the client believes leads `p`'s shard. If the part is not durable
   * and was shipped elsewhere (or not yet), it is shipped here first, with the phases it passed.
   */
  private async atLeader(
    p: Participant,
    replica: ShardReplica,
    operation: string,
    op: (replica: ShardReplica) => Promise<void>,
  ): Promise<void> {
    if (p.at !== replica && !p.durable) {
      if (p.progress === 'pre-committed') {
        // The coordinator held its queue head at the old leader, which dropped it on losing the
        // leadership; taking the head again now, after the other participants took theirs, could
        // wait in a cycle with another transaction. No decision was made: abort (by the caller).
        throw new ShardUnavailableError(
          replica.id,
          `its shard's leader changed (from ${p.at?.id ?? 'none'}) between preCommit and ` +
            `${operation} of transaction ${this.txId}; the decision was never made, so nothing ` +
            'was committed: retry the transaction',
        );
      }
      const passed = p.progress;
      p.at = undefined;
      p.progress = 'none';
      this.noteShipped(p);
      await replica.submit(this.readyFor(p), 'three-phase');
      p.at = replica;
      p.progress = 'ready';
      if (passed === 'checked') {
        await replica.canCommit(this.txId);
        p.progress = 'checked';
      }
    }
    await op(replica);
  }

  private readyFor(p: Participant): ReadyTransaction {
    const participants = this.participants;
    const names =
      participants !== undefined && participants.length > 1
        ? participants.map((q) => q.name)
        : undefined;
    return { txId: this.txId, mod: p.mod, participants: names, chainId: this.chainId };
  }

  private noteShipped(p: Participant): void {
    if (!this.shipped.includes(p)) this.shipped.push(p);
  }

  /**
   * Ships a one-shard transaction to commit as soon as it reaches the shard's queue head (one message;
   * answered once journaled and applied), at the shard's leader (a refusal by a replica that does
   * not lead is followed: it was not queued). Without an answer within the operation timeout, the
   * replica holding it is asked to drop it: if it had not started committing (it waited in the
   * queue), it is dropped and the commit fails with ShardOperationTimeoutError, nothing committed;
   * otherwise (its journal write is under way, or the replica does not answer) the outcome is
   * unknown. NoShardLeaderError when no replica led the shard within the timeout.
   */
  private commitOnReady(p: Participant): Promise<void> {
    this.pipelineShard = p.name;
    this.noteShipped(p);
    const ms = this.ctx.operationTimeoutMs;
    const predecessor = this.predecessor;
    let attempts = 0;
    const done = this.ctx.shards.request({
      shard: p.name,
      txId: this.txId,
      operation: 'commit',
      timeoutMs: ms,
      send: (replica) => {
        attempts += 1;
        // NB: a retry of a transaction pipelined behind its chain's previous one waits for that one
        // first, so that the new leader receives them in chain order.
        if (attempts > 1 && predecessor !== undefined && predecessor.link.status === 'pending') {
          return predecessor.link.done.then(() => {
            if (predecessor.link.status === 'failed') throw this.predecessorFailed(predecessor);
            return this.submitOnReady(p, replica);
          });
        }
        return this.submitOnReady(p, replica);
      },
      onTimeout: ({ replica, answer }) => this.withdraw(replica, ms, answer),
    });
    this.decide();
    return done;
  }

  private submitOnReady(p: Participant, replica: ShardReplica): Promise<void> {
    p.at = replica;
    return this.decisive(
      replica.submit(
        { txId: this.txId, mod: p.mod, participants: undefined, chainId: this.chainId },
        'commit-on-ready',
      ),
    );
  }

  /**
   * `answer` is the commit's decisive answer (a one-shard commit's, the coordinator's decision):
   * once it succeeds, the commit takes its place in the acknowledgment order. NB: the reaction is
   * attached here, first on the replica's promise, so that tickets follow the order in which the
   * replicas answered, whatever the awaits between this answer and the caller's promise.
   */
  private decisive(answer: Promise<void>): Promise<void> {
    void answer.then(
      () => {
        if (this.state === 'committing') this.ack ??= this.ctx.shards.acks.take();
      },
      () => undefined, // the caller handles the failure
    );
    return answer;
  }

  private predecessorFailed(p: ChainStep): TransactionStateError {
    return new TransactionStateError(
      `transaction ${this.txId} cannot commit: an earlier transaction of its chain did not commit`,
      { cause: p.link.failure },
    );
  }

  /**
   * A one-shard commit got no answer in time from `replica`: asks it to drop the transaction. Dropped
   * (it had not started committing, or it refused as no leader): ShardOperationTimeoutError, nothing
   * committed. Not dropped (its journal write is under way), not held there any more (a restart or a
   * leader change), or no answer: CommitOutcomeUnknownError.
   */
  private async withdraw(
    replica: ShardReplica,
    ms: number,
    answer: () => Answer<void> | undefined,
  ): Promise<void> {
    try {
      // The replica answers in order: had the transaction committed before the abort reached it,
      // that answer would have come first. If not, the abort dropped it (and failed it).
      await withTimeout(
        this.ctx.timers,
        replica.abort(this.txId),
        ms,
        () => new ShardOperationTimeoutError(replica.id, this.txId, 'abort', ms),
      );
    } catch (error) {
      const settled = answer();
      if (settled === undefined) {
        throw new CommitOutcomeUnknownError(
          replica.id,
          this.txId,
          `commit got no answer within ${ms} ms, and it could not be withdrawn: ${asError(error).message}`,
          { cause: error },
        );
      }
    }
    const settled = answer();
    if (settled === undefined) {
      // The abort was answered and the commit was not: the replica did not hold the transaction
      // (had it dropped it, the commit's failure would have come first). It may never have received
      // it, or it lost it in a restart or a leader change after proposing it, and then the entry
      // may still commit: unknown (shard-sim seed 162 with a leader crash: a commit reported as
      // timed out, nothing committed, was in fact committed by the next leader).
      throw new CommitOutcomeUnknownError(
        replica.id,
        this.txId,
        `commit got no answer within ${ms} ms, and the replica no longer holds it`,
      );
    }
    if (
      !settled.ok &&
      (settled.error instanceof TransactionStateError ||
        settled.error instanceof NotShardLeaderError)
    ) {
      // The abort's own answer (it dropped the transaction), or a refusal before queuing: nothing
      // committed.
      throw new ShardOperationTimeoutError(replica.id, this.txId, 'commit', ms);
    }
    // It committed, or failed on its own meanwhile (e.g. the shard stopped mid-write: unknown).
    if (!settled.ok) throw asError(settled.error);
  }

  /** Ships the transaction to every participant (three-phase: nothing happens until asked). */
  private async ship(participants: Participant[]): Promise<void> {
    if (this.shipped.length > 0) return;
    try {
      await Promise.all(
        participants.map((p) => this.call(p, 'ready', () => Promise.resolve(), false)),
      );
    } catch (error) {
      await this.abortShipped();
      throw error;
    }
  }

  /** canCommit on every participant: validation only, nothing is held. */
  private async checkAll(participants: Participant[]): Promise<void> {
    if (participants.length === 0) return;
    await this.ship(participants);
    try {
      await Promise.all(
        participants.map((p) =>
          this.call(
            p,
            'canCommit',
            async (replica) => {
              await replica.canCommit(this.txId);
              p.progress = 'checked';
            },
            false,
          ),
        ),
      );
    } catch (error) {
      await this.abortShipped();
      throw error;
    }
  }

  /**
   * preCommit on each participant in name order: a multi-shard transaction takes and holds each
   * shard's queue head in that order (the coordinator's first), which rules out a cycle of waits.
   */
  private async preCommitAll(participants: Participant[]): Promise<void> {
    if (participants.length === 0) return;
    await this.ship(participants);
    const coordinator = participants[0];
    try {
      for (const p of participants) {
        await this.call(
          p,
          'preCommit',
          async (replica) => {
            await replica.preCommit(this.txId);
            p.progress = 'pre-committed';
            // A one-shard transaction or the coordinator journals nothing before the decision.
            p.durable = participants.length > 1 && p !== coordinator;
          },
          false,
        );
      }
    } catch (error) {
      await this.abortShipped();
      throw error;
    }
  }

  /** The decision on the first participant, then the outcome on the others. */
  private async commitPhase(participants: Participant[]): Promise<void> {
    const [first, ...others] = participants;
    if (first === undefined) return;
    try {
      await this.call(first, 'commit', (replica) => this.decisive(replica.commit(this.txId)), true);
    } catch (error) {
      // A definite refusal (the coordinator aborted it, or never got it): nothing committed anywhere.
      if (!(error instanceof CommitOutcomeUnknownError)) await this.abortShipped();
      throw error;
    }
    // Committed: the decision is the commit point, and the commit is answered now, so that it is
    // answered before anything the coordinator ordered after it. The other participants apply their
    // parts right after (at their leaders, following them); readers wait for them
    // (visibility-gate.ts), and a participant that misses this message asks the coordinator.
    for (const p of others) {
      this.call(p, 'commit', (replica) => replica.commit(this.txId), true).catch(
        (error: unknown) => {
          this.ctx.onBackgroundError?.(error, `commit of ${this.txId} on shard ${p.name}`);
        },
      );
    }
  }

  /** Aborts every shipped part, at its shard's leader (following it; an abort is idempotent). */
  private async abortShipped(): Promise<void> {
    const shipped = this.shipped;
    this.shipped = [];
    await Promise.allSettled(
      shipped.map((p) =>
        this.ctx.shards.request({
          shard: p.name,
          txId: this.txId,
          operation: 'abort',
          timeoutMs: this.ctx.operationTimeoutMs,
          send: (replica) => replica.abort(this.txId),
        }),
      ),
    );
  }
}

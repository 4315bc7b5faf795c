/**
 * Snapshot-backed transactions and their three-phase commit cohort (mdsal's SnapshotBackedReadTransaction,
 * SnapshotBackedWriteTransaction and InMemoryDOMStoreThreePhaseCommitCohort), over the pure data tree.
 *
 * - A read-only transaction reads one immutable snapshot; a write transaction records operations in a
 *   DataTreeModification (paths and data are checked at the call) and reads through them, and the
 *   paths it verifies unchanged (validated with the operations, at every phase that validates).
 * - `ready()` seals the modification and returns the cohort. canCommit validates against the tip and
 *   prepares the candidate (conflicts and structural validation reject here); preCommit and commit
 *   re-validate and re-prepare when another transaction committed in between (a rebase, not a blind
 *   failure); commit publishes the candidate to the listeners. `commit()` runs all three phases
 *   synchronously and returns an already settled promise: no extra ticks.
 * - A cancelled or aborted transaction leaves no trace. A chained cohort waits for its predecessor in
 *   the chain and fails when the predecessor failed or was aborted (transaction-chain.ts).
 */
import type { JsonValue } from '../yang/schema.js';
import type { DataTree } from '../tree/data-tree.js';
import type { DataTreeCandidate } from '../tree/candidate.js';
import { TransactionStateError } from '../tree/errors.js';
import { ChainLink } from '../txn/chain-link.js';
import type { DataTreeModification, DataTreeSnapshot } from '../tree/modification.js';
import type {
  DataPath,
  DOMStoreReadTransaction,
  DOMStoreReadWriteTransaction,
  DOMStoreThreePhaseCommitCohort,
} from './dom-store.js';

/** What transactions need of their store. */
export interface StoreCore {
  readonly name: string;
  readonly tree: DataTree;
  /** Throws TransactionStateError when the store is closed. */
  checkOpen(): void;
  /** Called once a candidate is the new tip: listeners. */
  published(candidate: DataTreeCandidate): void;
  nextTransactionId(): string;
}

/** What a write transaction tells the chain it belongs to. */
export interface ChainHooks {
  /** Throws when the chain failed or is closed. */
  checkUsable(what: string): void;
  onReady(cohort: InMemoryCommitCohort, mod: DataTreeModification): void;
  onCancel(tx: WriteTransaction): void;
}

function settle<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

export class ReadOnlyTransaction implements DOMStoreReadTransaction {
  readonly id: string;
  private snapshot: DataTreeSnapshot | undefined;

  constructor(id: string, snapshot: DataTreeSnapshot) {
    this.id = id;
    this.snapshot = snapshot;
  }

  read(path: DataPath): Promise<JsonValue | undefined> {
    return settle(() => this.open('read').read(path));
  }

  exists(path: DataPath): Promise<boolean> {
    return settle(() => this.open('exists').exists(path));
  }

  close(): void {
    this.snapshot = undefined;
  }

  private open(what: string): DataTreeSnapshot {
    if (this.snapshot === undefined) {
      throw new TransactionStateError(`cannot ${what}: read transaction ${this.id} is closed`);
    }
    return this.snapshot;
  }
}

type WriteState = 'open' | 'ready' | 'cancelled';

export class WriteTransaction implements DOMStoreReadWriteTransaction {
  readonly id: string;
  private readonly store: StoreCore;
  private readonly mod: DataTreeModification;
  private readonly chain: ChainHooks | undefined;
  private state: WriteState = 'open';

  constructor(store: StoreCore, mod: DataTreeModification, chain?: ChainHooks) {
    this.store = store;
    this.id = store.nextTransactionId();
    this.mod = mod;
    this.chain = chain;
  }

  read(path: DataPath): Promise<JsonValue | undefined> {
    return settle(() => {
      this.checkOpen('read');
      return this.mod.read(path);
    });
  }

  exists(path: DataPath): Promise<boolean> {
    return settle(() => {
      this.checkOpen('exists');
      return this.mod.exists(path);
    });
  }

  write(path: DataPath, data: unknown): void {
    this.checkOpen('write');
    this.mod.write(path, data);
  }

  merge(path: DataPath, data: unknown): void {
    this.checkOpen('merge');
    this.mod.merge(path, data);
  }

  delete(path: DataPath): void {
    this.checkOpen('delete');
    this.mod.delete(path);
  }

  verifyUnchanged(path: DataPath): void {
    this.checkOpen('verifyUnchanged');
    this.mod.verifyUnchanged(path);
  }

  ready(): InMemoryCommitCohort {
    this.checkOpen('ready');
    this.state = 'ready';
    this.mod.ready();
    const cohort = new InMemoryCommitCohort(this.store, this.id, this.mod);
    this.chain?.onReady(cohort, this.mod);
    return cohort;
  }

  commit(): Promise<void> {
    let cohort: InMemoryCommitCohort;
    try {
      cohort = this.ready();
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    return cohort.commitAll();
  }

  cancel(): boolean {
    if (this.state !== 'open') {
      return false;
    }
    this.state = 'cancelled';
    this.chain?.onCancel(this);
    return true;
  }

  private checkOpen(what: string): void {
    if (this.state !== 'open') {
      throw new TransactionStateError(
        `cannot ${what}: transaction ${this.id} is already ${this.state}`,
      );
    }
    this.store.checkOpen();
    this.chain?.checkUsable(`${what} in transaction ${this.id}`);
  }
}

type CohortState = 'ready' | 'can-commit' | 'pre-committed' | 'committed' | 'aborted' | 'failed';

export class InMemoryCommitCohort implements DOMStoreThreePhaseCommitCohort {
  private readonly store: StoreCore;
  private readonly txId: string;
  private readonly mod: DataTreeModification;
  private state: CohortState = 'ready';
  private candidate: DataTreeCandidate | undefined;
  private failure: unknown = undefined;
  /** Set by a chain: this cohort's outcome, and the predecessor's it waits for. */
  link: ChainLink | undefined;
  predecessor: ChainLink | undefined;

  constructor(store: StoreCore, txId: string, mod: DataTreeModification) {
    this.store = store;
    this.txId = txId;
    this.mod = mod;
  }

  canCommit(): Promise<boolean> {
    const waiting = this.afterPredecessor(() => this.canCommit());
    if (waiting !== undefined) {
      return waiting;
    }
    return settle(() => {
      this.expect('ready', 'canCommit');
      this.run(() => {
        this.prepare();
        this.state = 'can-commit';
      });
      return true;
    });
  }

  preCommit(): Promise<void> {
    return settle(() => {
      this.expect('can-commit', 'preCommit');
      this.run(() => {
        this.rebaseIfNeeded();
        this.state = 'pre-committed';
      });
    });
  }

  commit(): Promise<void> {
    return settle(() => {
      this.expect('pre-committed', 'commit');
      this.run(() => {
        this.rebaseIfNeeded();
        this.publish();
      });
    });
  }

  abort(): Promise<void> {
    if (this.state === 'committed') {
      return Promise.reject(
        new TransactionStateError(`cannot abort transaction ${this.txId}: it is already committed`),
      );
    }
    if (this.state !== 'failed') {
      this.state = 'aborted';
      this.candidate = undefined;
      this.link?.failed(new TransactionStateError(`transaction ${this.txId} was aborted`));
    }
    return Promise.resolve();
  }

  /** All three phases at once, synchronously when the predecessor (if any) is done. */
  commitAll(): Promise<void> {
    const waiting = this.afterPredecessor(() => this.commitAll());
    if (waiting !== undefined) {
      return waiting;
    }
    return settle(() => {
      this.expect('ready', 'commit');
      this.run(() => {
        this.prepare();
        this.publish();
      });
    });
  }

  /** Defers `again` until the chain predecessor settled; undefined when there is nothing to wait for. */
  private afterPredecessor<T>(again: () => Promise<T>): Promise<T> | undefined {
    const p = this.predecessor;
    if (p === undefined || p.status === 'committed') {
      return undefined;
    }
    if (p.status === 'failed') {
      const error = new TransactionStateError(
        `transaction ${this.txId} cannot commit: an earlier transaction of its chain did not commit`,
        { cause: p.failure },
      );
      this.fail(error);
      return Promise.reject(error);
    }
    return p.done.then(again);
  }

  private expect(state: CohortState, phase: string): void {
    if (this.state !== state) {
      if (this.state === 'failed') {
        throw new TransactionStateError(
          `cannot ${phase}: transaction ${this.txId} already failed`,
          {
            cause: this.failure,
          },
        );
      }
      throw new TransactionStateError(
        `cannot ${phase}: transaction ${this.txId} is ${this.state}, expected ${state}`,
      );
    }
    this.store.checkOpen();
  }

  private run(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.fail(e);
      throw e;
    }
  }

  private fail(error: unknown): void {
    this.state = 'failed';
    this.failure = error;
    this.candidate = undefined;
    this.link?.failed(error);
  }

  private prepare(): void {
    const tree = this.store.tree;
    tree.validate(this.mod);
    this.candidate = tree.prepare(this.mod);
  }

  private rebaseIfNeeded(): void {
    if (!this.store.tree.isCurrent(this.candidate!)) {
      this.prepare();
    }
  }

  private publish(): void {
    const candidate = this.candidate!;
    this.store.tree.commit(candidate);
    this.state = 'committed';
    this.candidate = undefined;
    this.link?.committed();
    this.store.published(candidate);
  }
}

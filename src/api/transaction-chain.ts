/**
 * A transaction chain of the in-memory store (mdsal's AbstractSnapshotBackedTransactionChain): each new
 * transaction is based on the previous transaction's result, even before that one commits, so a writer
 * can pipeline dependent transactions without waiting for each commit.
 *
 * Rules: at most one write transaction of a chain is open (not ready or cancelled) at a time, and a new
 * transaction of any kind may not start while it is (TransactionStateError); the cohorts of a chain
 * commit in order, each waiting for its predecessor; when one fails or is aborted, the chain fails and
 * every later operation and commit rejects with TransactionStateError whose cause is that failure.
 * `close()` forbids new transactions; those already ready still commit.
 */
import type { DataTreeModification, DataTreeSnapshot } from '../tree/modification.js';
import { TransactionStateError } from '../tree/errors.js';
import type {
  DOMStoreReadTransaction,
  DOMStoreReadWriteTransaction,
  DOMStoreTransactionChain,
  DOMStoreWriteTransaction,
} from './dom-store.js';
import { ChainLink } from '../txn/chain-link.js';
import {
  ReadOnlyTransaction,
  WriteTransaction,
  type ChainHooks,
  type InMemoryCommitCohort,
  type StoreCore,
} from './transactions.js';

export class InMemoryTransactionChain implements DOMStoreTransactionChain, ChainHooks {
  private readonly store: StoreCore;
  private open: WriteTransaction | undefined;
  /** The newest ready transaction whose commit has not settled yet. */
  private last: { mod: DataTreeModification; link: ChainLink } | undefined;
  private failure: { error: unknown } | undefined;
  private closed = false;

  constructor(store: StoreCore) {
    this.store = store;
  }

  newReadOnlyTransaction(): DOMStoreReadTransaction {
    this.checkCanStart('start a read transaction');
    return new ReadOnlyTransaction(this.store.nextTransactionId(), this.snapshot());
  }

  newWriteOnlyTransaction(): DOMStoreWriteTransaction {
    return this.newReadWriteTransaction();
  }

  newReadWriteTransaction(): DOMStoreReadWriteTransaction {
    this.checkCanStart('start a transaction');
    const mod = this.snapshot().newModification();
    const tx = new WriteTransaction(this.store, mod, this);
    this.open = tx;
    return tx;
  }

  close(): void {
    this.closed = true;
  }

  checkUsable(what: string): void {
    if (this.failure !== undefined) {
      throw new TransactionStateError(`cannot ${what}: the transaction chain failed`, {
        cause: this.failure.error,
      });
    }
  }

  onReady(cohort: InMemoryCommitCohort, mod: DataTreeModification): void {
    this.open = undefined;
    const previous = this.last;
    const entry: { mod: DataTreeModification; link: ChainLink } = {
      mod,
      link: new ChainLink(() => {
        if (entry.link.status === 'failed' && this.failure === undefined) {
          this.failure = { error: entry.link.failure };
        }
        if (this.last === entry) {
          this.last = undefined;
        }
      }),
    };
    cohort.link = entry.link;
    cohort.predecessor =
      previous !== undefined && previous.link.status === 'pending' ? previous.link : undefined;
    this.last = entry;
  }

  onCancel(tx: WriteTransaction): void {
    if (this.open === tx) {
      this.open = undefined;
    }
  }

  private checkCanStart(what: string): void {
    this.store.checkOpen();
    if (this.closed) {
      throw new TransactionStateError(`cannot ${what}: the transaction chain is closed`);
    }
    this.checkUsable(what);
    if (this.open !== undefined) {
      throw new TransactionStateError(
        `cannot ${what}: transaction ${this.open.id} of this chain is still open; ready or cancel it first`,
      );
    }
  }

  private snapshot(): DataTreeSnapshot {
    const last = this.last;
    if (last !== undefined && last.link.status === 'pending') {
      return last.mod.snapshotAfter();
    }
    return this.store.tree.takeSnapshot();
  }
}

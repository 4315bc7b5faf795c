/**
 * The data broker (mdsal's DOMDataBroker): pairs a configuration and an operational DOMStore and offers
 * transactions whose operations name the datastore (`tx.write('config', path, data)`). It works over
 * the DOMStore contract only, so it pairs in-memory and distributed stores alike.
 *
 * Per-store transactions are opened lazily, on the first operation that names a store. A commit that
 * touches one store (what RESTCONF and the CLI send) is that store transaction's own `commit()`, all
 * phases in one: the distributed store then ships a one-shard transaction to its shard in a single
 * message that the shard validates once, journals and answers (commit-on-ready, ODL's direct commit
 * of a ReadyLocalTransaction), instead of one round trip per phase, each validating again. A commit
 * that spans both stores runs the two cohorts' phases in step: canCommit both, then preCommit both,
 * then commit both; when any phase fails, the cohorts not yet committed are aborted and the commit
 * rejects with the first failure. (Once the first store committed, a failure of the second cannot
 * undo it: the same limit as MD-SAL's broker, which the in-memory stores never hit since their commit
 * cannot fail after preCommit.)
 */
import type { JsonValue } from '../yang/schema.js';
import { TransactionStateError } from '../tree/errors.js';
import type {
  DataPath,
  DataTreeChangeListener,
  DOMStore,
  DOMStoreReadTransaction,
  DOMStoreReadWriteTransaction,
  DOMStoreThreePhaseCommitCohort,
  DOMStoreTransactionChain,
  ListenerRegistration,
  ReadConsistency,
} from './dom-store.js';

/** Which datastore an operation addresses. */
export type LogicalDatastoreType = 'config' | 'operational';

export interface DataBrokerStores {
  readonly config: DOMStore;
  readonly operational: DOMStore;
}

/** Something that opens per-store transactions: the broker, or a broker chain. */
interface TransactionSource {
  newReadOnlyTransaction(store: LogicalDatastoreType): DOMStoreReadTransaction;
  newReadWriteTransaction(store: LogicalDatastoreType): DOMStoreReadWriteTransaction;
}

function checkDatastore(store: unknown): LogicalDatastoreType {
  if (store !== 'config' && store !== 'operational') {
    throw new TransactionStateError(
      `unknown datastore ${JSON.stringify(store)}: name 'config' or 'operational'`,
    );
  }
  return store;
}

/** Reads from both datastores, each from one snapshot taken at its first read. */
export class BrokerReadTransaction {
  private readonly source: TransactionSource;
  private readonly txs = new Map<LogicalDatastoreType, DOMStoreReadTransaction>();
  private closed = false;

  constructor(source: TransactionSource) {
    this.source = source;
  }

  read(store: LogicalDatastoreType, path: DataPath): Promise<JsonValue | undefined> {
    try {
      return this.tx(store).read(path);
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  exists(store: LogicalDatastoreType, path: DataPath): Promise<boolean> {
    try {
      return this.tx(store).exists(path);
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  close(): void {
    this.closed = true;
    this.txs.forEach((tx) => {
      tx.close();
    });
    this.txs.clear();
  }

  private tx(store: LogicalDatastoreType): DOMStoreReadTransaction {
    const which = checkDatastore(store);
    if (this.closed) {
      throw new TransactionStateError('cannot read: the broker transaction is closed');
    }
    let tx = this.txs.get(which);
    if (tx === undefined) {
      tx = this.source.newReadOnlyTransaction(which);
      this.txs.set(which, tx);
    }
    return tx;
  }
}

type BrokerWriteState = 'open' | 'committing' | 'cancelled';

/** Reads and writes both datastores; commits them together (see the file comment). */
export class BrokerReadWriteTransaction {
  private readonly source: TransactionSource;
  private readonly txs = new Map<LogicalDatastoreType, DOMStoreReadWriteTransaction>();
  private state: BrokerWriteState = 'open';

  constructor(source: TransactionSource) {
    this.source = source;
  }

  read(store: LogicalDatastoreType, path: DataPath): Promise<JsonValue | undefined> {
    try {
      return this.tx(store, 'read').read(path);
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  exists(store: LogicalDatastoreType, path: DataPath): Promise<boolean> {
    try {
      return this.tx(store, 'exists').exists(path);
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  write(store: LogicalDatastoreType, path: DataPath, data: unknown): void {
    this.tx(store, 'write').write(path, data);
  }

  merge(store: LogicalDatastoreType, path: DataPath, data: unknown): void {
    this.tx(store, 'merge').merge(path, data);
  }

  delete(store: LogicalDatastoreType, path: DataPath): void {
    this.tx(store, 'delete').delete(path);
  }

  /**
   * Makes the commit fail with OptimisticLockFailedError (its `path` is `path`) if the node at `path`
   * in `store` changes in any way (created, deleted, replaced, changed below) between this
   * transaction's snapshot of that store and the commit; it writes nothing and no listener hears of
   * it. See DOMStoreReadWriteTransaction.verifyUnchanged.
   */
  verifyUnchanged(store: LogicalDatastoreType, path: DataPath): void {
    this.tx(store, 'verifyUnchanged').verifyUnchanged(path);
  }

  /**
   * Commits every datastore this transaction touched: one store by its transaction's own commit (one
   * message to a single shard), both stores in three phases across them. Rejects with the first
   * failure, leaving no trace (but see the file comment on a failure after the first store committed).
   */
  commit(): Promise<void> {
    if (this.state !== 'open') {
      return Promise.reject(
        new TransactionStateError(`cannot commit: the broker transaction is ${this.state}`),
      );
    }
    this.state = 'committing';
    if (this.txs.size === 1) {
      const [tx] = this.txs.values();
      return tx!.commit().catch((e: unknown) => {
        tx!.cancel(); // when it failed before it was ready (a failed chain): abandon it
        throw e instanceof Error ? e : new Error(String(e));
      });
    }
    let cohorts: DOMStoreThreePhaseCommitCohort[];
    try {
      cohorts = [...this.txs.values()].map((tx) => tx.ready());
    } catch (e) {
      this.txs.forEach((tx) => tx.cancel());
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    return runThreePhases(cohorts);
  }

  /** Abandons the transaction; false when it was already committing or cancelled. */
  cancel(): boolean {
    if (this.state !== 'open') {
      return false;
    }
    this.state = 'cancelled';
    this.txs.forEach((tx) => tx.cancel());
    return true;
  }

  private tx(store: LogicalDatastoreType, what: string): DOMStoreReadWriteTransaction {
    const which = checkDatastore(store);
    if (this.state !== 'open') {
      throw new TransactionStateError(`cannot ${what}: the broker transaction is ${this.state}`);
    }
    let tx = this.txs.get(which);
    if (tx === undefined) {
      tx = this.source.newReadWriteTransaction(which);
      this.txs.set(which, tx);
    }
    return tx;
  }
}

async function runThreePhases(cohorts: readonly DOMStoreThreePhaseCommitCohort[]): Promise<void> {
  let committed = 0;
  try {
    for (const c of cohorts) {
      await c.canCommit();
    }
    for (const c of cohorts) {
      await c.preCommit();
    }
    for (const c of cohorts) {
      await c.commit();
      committed++;
    }
  } catch (e) {
    await Promise.all(cohorts.slice(committed).map((c) => c.abort().catch(() => undefined)));
    throw e;
  }
}

/** A chain over both datastores: per-store chains, opened lazily. */
export class BrokerTransactionChain {
  private readonly stores: DataBrokerStores;
  private readonly chains = new Map<LogicalDatastoreType, DOMStoreTransactionChain>();
  private closed = false;

  constructor(stores: DataBrokerStores) {
    this.stores = stores;
  }

  newReadOnlyTransaction(): BrokerReadTransaction {
    this.checkOpen();
    return new BrokerReadTransaction({
      newReadOnlyTransaction: (s) => this.chain(s).newReadOnlyTransaction(),
      newReadWriteTransaction: (s) => this.chain(s).newReadWriteTransaction(),
    });
  }

  newReadWriteTransaction(): BrokerReadWriteTransaction {
    this.checkOpen();
    return new BrokerReadWriteTransaction({
      newReadOnlyTransaction: (s) => this.chain(s).newReadOnlyTransaction(),
      newReadWriteTransaction: (s) => this.chain(s).newReadWriteTransaction(),
    });
  }

  newWriteOnlyTransaction(): BrokerReadWriteTransaction {
    return this.newReadWriteTransaction();
  }

  close(): void {
    this.closed = true;
    this.chains.forEach((c) => {
      c.close();
    });
  }

  private checkOpen(): void {
    if (this.closed) {
      throw new TransactionStateError('the broker transaction chain is closed');
    }
  }

  private chain(store: LogicalDatastoreType): DOMStoreTransactionChain {
    let chain = this.chains.get(store);
    if (chain === undefined) {
      chain = this.stores[store].createTransactionChain();
      this.chains.set(store, chain);
    }
    return chain;
  }
}

/** The pair of datastores an application uses. */
export class DataBroker {
  private readonly stores: DataBrokerStores;
  private readonly source: TransactionSource;

  constructor(stores: DataBrokerStores) {
    this.stores = stores;
    this.source = {
      newReadOnlyTransaction: (s) => this.stores[s].newReadOnlyTransaction(),
      newReadWriteTransaction: (s) => this.stores[s].newReadWriteTransaction(),
    };
  }

  /**
   * A read-only transaction over both datastores; `consistency: 'local'` reads this member's
   * replicas (DOMStore.newReadOnlyTransaction), default linearizable.
   */
  newReadOnlyTransaction(options?: {
    readonly consistency?: ReadConsistency;
  }): BrokerReadTransaction {
    if (options?.consistency === undefined) return new BrokerReadTransaction(this.source);
    return new BrokerReadTransaction({
      newReadOnlyTransaction: (s) => this.stores[s].newReadOnlyTransaction(options),
      newReadWriteTransaction: (s) => this.stores[s].newReadWriteTransaction(),
    });
  }

  newReadWriteTransaction(): BrokerReadWriteTransaction {
    return new BrokerReadWriteTransaction(this.source);
  }

  /** Same as newReadWriteTransaction (reads are there, but a write-only user need not use them). */
  newWriteOnlyTransaction(): BrokerReadWriteTransaction {
    return this.newReadWriteTransaction();
  }

  createTransactionChain(): BrokerTransactionChain {
    return new BrokerTransactionChain(this.stores);
  }

  /** Registers a listener on one datastore (see DOMStore.registerTreeChangeListener). */
  registerTreeChangeListener(
    store: LogicalDatastoreType,
    path: DataPath,
    listener: DataTreeChangeListener,
  ): ListenerRegistration {
    return this.stores[checkDatastore(store)].registerTreeChangeListener(path, listener);
  }
}

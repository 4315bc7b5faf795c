/**
 * The in-memory datastore (mdsal's InMemoryDOMDataStore): one DataTree, snapshot-backed transactions
 * with three-phase commit, transaction chains and data tree change listeners, behind the DOMStore
 * contract (dom-store.ts). The distributed store must behave the same (design 003: "a drop-in
 * replacement"), which test/conformance checks.
 *
 * Everything a commit does happens synchronously inside the call (the tree is pure and in memory); the
 * returned promise is already settled. Listener delivery is the only asynchronous part, and costs
 * nothing when there are no registrations.
 */
import type { SchemaContext } from '../yang/schema.js';
import { CandidateNode, type DataTreeCandidate } from '../tree/candidate.js';
import { DataTree } from '../tree/data-tree.js';
import { TransactionStateError } from '../tree/errors.js';
import type { TreeType } from '../tree/json-codec.js';
import type { ResolvedPath } from '../tree/path.js';
import type {
  DataPath,
  DataTreeChangeListener,
  DOMStore,
  DOMStoreReadTransaction,
  DOMStoreReadWriteTransaction,
  DOMStoreTransactionChain,
  DOMStoreWriteTransaction,
  ListenerRegistration,
} from './dom-store.js';
import {
  LISTENER_BATCH_MAX,
  ListenerRegistry,
  type ListenerErrorHandler,
} from '../txn/listener-registry.js';
import { InMemoryTransactionChain } from './transaction-chain.js';
import { ReadOnlyTransaction, WriteTransaction, type StoreCore } from './transactions.js';

export interface InMemoryDataStoreOptions {
  /** The compiled YANG models (`await loadSchema(dir)`). */
  readonly schema: SchemaContext;
  /** `config` refuses state (config false) data at the call; `operational` (default) takes both. */
  readonly treeType?: TreeType | undefined;
  /** A name for messages and transaction ids (default: the tree type). */
  readonly name?: string | undefined;
  /**
   * Called when a listener throws or its promise rejects. Default: a one-line warning through `warn`.
   * Delivery to that listener continues with the next change.
   */
  readonly onListenerError?: ListenerErrorHandler | undefined;
  /** Where the default listener-error handler writes (default: process.emitWarning). */
  readonly warn?: ((message: string) => void) | undefined;
  /** Most candidates one listener call receives when changes queue up (default 1000). */
  readonly listenerBatchMax?: number | undefined;
}

function defaultWarn(message: string): void {
  process.emitWarning(message, { type: 'CanopyListenerWarning' });
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export class InMemoryDataStore implements DOMStore {
  readonly name: string;
  readonly schema: SchemaContext;
  readonly treeType: TreeType;
  private readonly core: StoreCore;
  private readonly dataTree: DataTree;
  private readonly listeners: ListenerRegistry;
  private closed = false;
  private txCounter = 0;

  constructor(options: InMemoryDataStoreOptions) {
    this.schema = options.schema;
    this.treeType = options.treeType ?? 'operational';
    this.name = options.name ?? this.treeType;
    this.dataTree = new DataTree(options.schema, { treeType: this.treeType });
    const warn = options.warn ?? defaultWarn;
    const onError =
      options.onListenerError ??
      ((error: unknown, path: string) => {
        warn(
          `canopy: a data tree change listener on ${path} (store ${this.name}) failed: ${describeError(error)}`,
        );
      });
    this.listeners = new ListenerRegistry(onError, options.listenerBatchMax ?? LISTENER_BATCH_MAX);
    const listeners = this.listeners;
    this.core = {
      name: this.name,
      tree: this.dataTree,
      checkOpen: () => {
        this.checkOpen();
      },
      published: (candidate: DataTreeCandidate) => {
        if (!listeners.isEmpty) {
          listeners.notify(candidate);
        }
      },
      nextTransactionId: () => `${this.name}-${++this.txCounter}`,
    };
  }

  /** The underlying data tree (for the persistent store and tests; do not commit to it directly). */
  get tree(): DataTree {
    return this.dataTree;
  }

  newReadOnlyTransaction(): DOMStoreReadTransaction {
    this.checkOpen();
    return new ReadOnlyTransaction(this.core.nextTransactionId(), this.dataTree.takeSnapshot());
  }

  newWriteOnlyTransaction(): DOMStoreWriteTransaction {
    return this.newReadWriteTransaction();
  }

  newReadWriteTransaction(): DOMStoreReadWriteTransaction {
    this.checkOpen();
    return new WriteTransaction(this.core, this.dataTree.takeSnapshot().newModification());
  }

  createTransactionChain(): DOMStoreTransactionChain {
    this.checkOpen();
    return new InMemoryTransactionChain(this.core);
  }

  registerTreeChangeListener(
    path: DataPath,
    listener: DataTreeChangeListener,
  ): ListenerRegistration {
    this.checkOpen();
    const resolved = this.dataTree.context.paths.resolve(path);
    return this.listeners.register(resolved, listener, this.initialCandidate(resolved));
  }

  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.listeners.closeAll();
    }
    return Promise.resolve();
  }

  private checkOpen(): void {
    if (this.closed) {
      throw new TransactionStateError(`the datastore ${this.name} is closed`);
    }
  }

  /** The existing data at `path` as a write candidate, or undefined when nothing is there. */
  private initialCandidate(path: ResolvedPath): CandidateNode | undefined {
    const root = this.dataTree.root;
    let node = new CandidateNode(
      this.schema,
      undefined,
      'root',
      undefined,
      '',
      [],
      undefined,
      undefined,
      root,
    );
    for (const step of path.steps) {
      const child = node.child(step.key);
      if (child === undefined) {
        return undefined;
      }
      node = child;
    }
    if (node.after === undefined || (path.steps.length === 0 && root.children.size === 0)) {
      return undefined;
    }
    return node;
  }
}

/**
 * The DOMStore contract: what every datastore (the in-memory store, the distributed store) offers, and
 * what the conformance suite (test/conformance) checks, unchanged, against each implementation.
 * Modelled on MD-SAL's DOMStore (design 003: "the Clustered/Sharded Data Store must be a drop-in
 * replacement for the InMemory Data Store").
 *
 * Paths are RFC 8040 strings (`/toaster:toaster/darknessFactor`) or parsed `InstanceIdentifier`s; data is
 * RFC 7951 JSON without the outer member name. A commit resolves only after it is durable for the store
 * (immediately for the in-memory store, after the journal sync for a persistent one).
 *
 * Data semantics every implementation keeps:
 * - Values are normalised (int64/uint64/decimal64 as canonical strings, identityref as module:name, bits
 *   in position order); reads return the normal form.
 * - Writes and merges below a missing node create its parents (containers, and list entries with their
 *   key leaves). Non-presence containers, lists and leaf-lists left empty disappear; reading the root of
 *   an empty datastore gives undefined.
 * - Lists and leaf-lists keep their order: a whole-list write sets it, merged or written new entries are
 *   appended, a replaced entry keeps its place (for ordered-by system lists as well). The order of an
 *   ordered-by system list or leaf-list is the system's, not data (RFC 7950 §7.7.1): content that
 *   differs from what is stored only in that order is the same data, so writing it changes nothing
 *   (the stored order stays, no listener hears of it, and no concurrent transaction conflicts with it).
 * - Constraints a single value cannot show (mandatory nodes, min/max-elements, one case per choice,
 *   `unique`) are checked at canCommit against the transaction's result; those of state data only in
 *   an operational store, and a module's top-level ones once it has data (docs/API.md, Validation).
 *   `must`, `when` and leafref `require-instance` are not evaluated.
 */
import type { JsonValue } from '../yang/schema.js';
import type { InstanceIdentifier } from '../tree/path.js';
import type { ModificationType } from '../tree/candidate.js';

/** A path as a string in RFC 8040 form, or already parsed. */
export type DataPath = string | InstanceIdentifier;

/**
 * One node of a committed change, as listeners see it. Every field is computed on first access (the
 * data is encoded only if read). Read-only: the listeners registered on one path share one candidate
 * per commit, so it, its children and its data are frozen. A list appears as a node of its own (path `/m:list`) whose children are
 * its entries (`/m:list=k`); likewise a leaf-list and its values.
 */
export interface DataTreeCandidateNode {
  /** RFC 8040 path of this node. */
  readonly path: string;
  readonly modificationType: ModificationType;
  /** Content before the commit (RFC 7951 JSON without the outer name), undefined when absent. */
  readonly dataBefore: JsonValue | undefined;
  /** Content after the commit, undefined when absent. */
  readonly dataAfter: JsonValue | undefined;
  /** Changed children; empty for `unmodified`, and for `write`/`delete` of leaves. */
  readonly children: readonly DataTreeCandidateNode[];
}

export type DataTreeCandidate = DataTreeCandidateNode;

/**
 * Receives committed changes under a subtree, in commit order, asynchronously: one call per commit,
 * `changes` holding that commit's candidate rooted at the registered path. A listener may return a
 * promise: it is not called again until that settles, and the commits that queued up meanwhile come
 * together in the next call (one candidate each, in order). A throw or rejection is reported (the
 * store's `onListenerError`) and does not stop later deliveries.
 */
export type DataTreeChangeListener = (
  changes: readonly DataTreeCandidate[],
) => void | PromiseLike<void>;

export interface ListenerRegistration {
  /** Stops deliveries; idempotent. */
  close(): void;
}

export interface DOMStoreReadTransaction {
  /** Content at `path`, or undefined when nothing is there. Rejects InvalidPathError on a bad path. */
  read(path: DataPath): Promise<JsonValue | undefined>;
  exists(path: DataPath): Promise<boolean>;
  /** Releases the snapshot; later calls throw TransactionStateError. */
  close(): void;
}

export interface DOMStoreWriteTransaction {
  /** Replaces the node at `path` with `data`. Throws InvalidPathError / DataValidationFailedError. */
  write(path: DataPath, data: unknown): void;
  /** Merges `data` into the node at `path`, creating what is missing. */
  merge(path: DataPath, data: unknown): void;
  /** Removes the node at `path`; deleting what is absent is not an error. */
  delete(path: DataPath): void;
  /** Seals the transaction and returns its three-phase-commit cohort. */
  ready(): DOMStoreThreePhaseCommitCohort;
  /** canCommit, preCommit and commit in one; rejects with the first failure, leaving no trace. */
  commit(): Promise<void>;
  /** Abandons the transaction; returns false when it was already ready or done. */
  cancel(): boolean;
}

export interface DOMStoreReadWriteTransaction extends DOMStoreWriteTransaction {
  /** Reads through this transaction's own modifications. */
  read(path: DataPath): Promise<JsonValue | undefined>;
  exists(path: DataPath): Promise<boolean>;
  /**
   * Makes the commit conditional on the node at `path` being unchanged: canCommit (and a rebase at
   * preCommit or commit) rejects with OptimisticLockFailedError, whose `path` is `path`, when a
   * transaction that committed since this one's snapshot created, deleted or replaced that node, or
   * changed anything below it; present or absent at the snapshot alike. A write of identical data is
   * no change. It turns what the transaction read there into part of what it commits (a read set, as
   * a write-write conflict check covers what it writes), without writing anything: no listener hears
   * of it, and other transactions only conflict with it where they actually changed that subtree.
   *
   * The verdict compares the snapshot with the state the commit applies to, whatever this transaction
   * itself writes, merges or deletes at, above or below `path`, before or after the call. In a chain,
   * the snapshot is the previous transaction's result (its own changes are not a change). Throws
   * InvalidPathError for a bad path and TransactionStateError after ready/cancel, at the call.
   */
  verifyUnchanged(path: DataPath): void;
}

/**
 * Three-phase commit of one ready transaction (design 003: ThreePhaseCommitCohort). `canCommit` checks
 * conflicts and validation (rejecting with OptimisticLockFailedError / DataValidationFailedError),
 * `preCommit` computes the candidate, `commit` makes it visible (and durable). When another transaction
 * committed between the phases, preCommit and commit re-check against the new state and reject only if
 * this transaction now conflicts. The phases run in this order (TransactionStateError otherwise); after
 * a rejection the cohort is failed and leaves no trace. `abort` is allowed any time before `commit`
 * resolves.
 */
export interface DOMStoreThreePhaseCommitCohort {
  canCommit(): Promise<boolean>;
  preCommit(): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Transactions that build on each other: each sees the previous one's writes before that commits. A
 * failed commit fails the chain (later operations throw the failure).
 */
export interface DOMStoreTransactionChain {
  newReadOnlyTransaction(): DOMStoreReadTransaction;
  newWriteOnlyTransaction(): DOMStoreWriteTransaction;
  newReadWriteTransaction(): DOMStoreReadWriteTransaction;
  close(): void;
}

/**
 * How a read-only transaction reads (a replicated datastore; a single-member one reads the same tree
 * either way): `linearizable` (the default) sees every commit acknowledged before it began, read at
 * each shard's leader; `local` reads this member's replicas as they are, which may lag the leaders.
 */
export type ReadConsistency = 'linearizable' | 'local';

export interface DOMStore {
  /** `consistency`: see ReadConsistency; stores with one copy of the data may ignore it. */
  newReadOnlyTransaction(options?: {
    readonly consistency?: ReadConsistency;
  }): DOMStoreReadTransaction;
  newWriteOnlyTransaction(): DOMStoreWriteTransaction;
  newReadWriteTransaction(): DOMStoreReadWriteTransaction;
  createTransactionChain(): DOMStoreTransactionChain;
  /**
   * Registers `listener` for changes under `path`: first one call with the existing data as an initial
   * candidate (a `write` with no dataBefore), or with an empty array when nothing is there yet; then
   * every committed change under `path`, in commit order, never a change committed before the
   * registration. Delivery is asynchronous and per registration: a slow or throwing listener never
   * blocks a commit or another listener. Nothing is delivered for aborted or failed transactions, nor
   * after `close()`. Throws InvalidPathError for a bad path.
   */
  registerTreeChangeListener(
    path: DataPath,
    listener: DataTreeChangeListener,
  ): ListenerRegistration;
  /** Stops the store; pending transactions fail. */
  close(): Promise<void>;
}

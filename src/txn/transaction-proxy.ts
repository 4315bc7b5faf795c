/**
 * The TransactionProxy (design 003; ODL's TransactionProxy): the transaction a user of the distributed
 * datastore holds. It routes every operation by path to the shard(s) that own the data (routing.ts),
 * creating its shard transaction lazily, on the first operation that touches each shard
 * (shard-transaction.ts): a transaction that touches one shard costs one modification and, at commit,
 * one message.
 *
 * Snapshot: when the transaction opens it pins the committed tree of every shard whose local replica
 * serves its read mode at once (a reference per shard: a sole voter that leads, or any readable
 * replica for a `local` read), so all its reads see one instant, as with the in-memory store ("a
 * transaction's snapshot is taken by its first operation at the latest"). Any other shard is read
 * when first touched: linearizably at this member's replica when it holds one (a follower read:
 * ReadIndex at the leader, then its own tree), else at its leader through the ShardClient
 * (shard-client.ts; a remote leader ships its tree). While a multi-shard
 * commit is applied on some of its shards and not yet on the others (visibility-gate.ts), pinning
 * waits until it is whole, so a multi-shard commit is seen whole or not at all: reads wait, and
 * writes are checked at the call and replayed on the snapshots once pinned (shard-transaction.ts).
 * What it pins then is still the opening's view (each shard as it was, plus the missing parts of
 * that commit: VisibilityGate.capture), never a commit that came after. Snapshots read from shards
 * replicated on several members form a consistent cut (pair marks), and a read-only transaction's
 * reads of several such shards are confirmed to hold at one instant (confirmReads): see
 * docs/ARCHITECTURE.md, "Readers and prepared transactions".
 *
 * - A read at a path owned by one shard reads that shard; a read above a prefix boundary, or of `/`,
 *   merges what every involved shard holds (split.ts).
 * - A write, merge or delete is checked at the call (InvalidPathError, DataValidationFailedError) and
 *   recorded in the owning shard's modification; one above a boundary is split so that each shard
 *   receives the part it owns, and the commit then spans those shards atomically (commit-cohort-proxy.ts).
 *   A verifyUnchanged is recorded on every shard the path involves, each verifying its part.
 * - A transaction idle longer than shard-transaction-idle-timeout expires: its snapshots are released and
 *   every later call fails with TransactionIdleTimeoutError naming it and its shards.
 */
import type { JsonValue } from '../yang/schema.js';
import { OptimisticLockFailedError, TransactionStateError } from '../tree/errors.js';
import { decodeAt, encodeNode } from '../tree/json-codec.js';
import { DataTreeSnapshot, type DataTreeModification } from '../tree/modification.js';
import type { TreeNode } from '../tree/node.js';
import type { ResolvedPath } from '../tree/path.js';
import type { Route } from '../shard/routing.js';
import {
  NotShardLeaderError,
  ShardOperationTimeoutError,
  ShardUnavailableError,
  TransactionIdleTimeoutError,
} from '../shard/errors.js';
import { comparePair, ShardReadSnapshot } from '../shard/pair-marks.js';
import type {
  DataPath,
  DOMStoreReadTransaction,
  DOMStoreReadWriteTransaction,
} from '../api/dom-store.js';
import { ThreePhaseCommitCohortProxy } from './commit-cohort-proxy.js';
import { withTimeout, type Expirable, type ProxyContext } from './context.js';
import type { ReadMode, ShardReplica } from './shard-locator.js';
import { ShardTransaction, type ShardOperation } from './shard-transaction.js';
import { mergeRead, splitFor } from './split.js';

/** A new transaction's view of the transaction before it in its chain, taken when it opens. */
export interface ChainView {
  /**
   * Resolves once the previous transaction's views all have their snapshots; undefined when it is
   * settled or they do (then `baseFor` answers at once).
   */
  readonly pending: Promise<void> | undefined;
  /** Where the new transaction starts on `shard`: the previous one's result while it is pending. */
  baseFor(shard: string): DataTreeSnapshot | undefined;
}

/** What a transaction tells the chain it belongs to (transaction-chain-proxy.ts). */
export interface ChainHooks {
  readonly chainId: string;
  /** What a new transaction of the chain starts from: see ChainView. */
  view(): ChainView;
  /** Throws when the chain failed. */
  checkUsable(what: string): void;
  onReady(tx: TransactionProxy, cohort: ThreePhaseCommitCohortProxy): void;
  onCancel(tx: TransactionProxy): void;
}

type TxState = 'open' | 'ready' | 'cancelled' | 'closed' | 'expired';

/** Reads of a shard whose snapshot misses a multi-shard commit another snapshot has, at most. */
const CUT_READ_ATTEMPTS = 3;

type WriteKind = 'write' | 'merge' | 'delete';

function settle<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

/** Whether a node read again is the one read before: the same object, or the same content. */
function sameNode(
  before: TreeNode | undefined,
  now: TreeNode | undefined,
  path: ResolvedPath,
): boolean {
  if (before === now) return true;
  if (before === undefined || now === undefined) return false;
  // Another replica (a leader change) holds equal content in other objects.
  return JSON.stringify(toJson(before, path)) === JSON.stringify(toJson(now, path));
}

/** RFC 7951 content of `node` at `path`, as DataTreeSnapshot.read returns it. */
function toJson(node: TreeNode | undefined, path: ResolvedPath): JsonValue | undefined {
  if (node === undefined) return undefined;
  return encodeNode(node, path.steps.length === 0 ? '' : path.target!.module);
}

/** A transaction over the shards of one datastore; read-only or read-write. */
export class TransactionProxy
  implements DOMStoreReadWriteTransaction, DOMStoreReadTransaction, Expirable
{
  readonly id: string;
  lastActiveMs: number;
  private readonly ctx: ProxyContext;
  private readonly writable: boolean;
  private readonly chain: ChainHooks | undefined;
  private readonly readMode: ReadMode;
  private readonly shardTxs = new Map<string, ShardTransaction>();
  /** Every readable local shard's snapshot as of the opening (one point in time per shard). */
  private readonly pinned = new Map<string, DataTreeSnapshot>();
  /** Opened while a multi-shard commit was half visible: pin once it is whole. */
  private pinPending = false;
  /**
   * Opened while the gate was closed (outside a pending chain): the snapshots as of the opening, and,
   * for a shard that still had to apply its part of the half-visible commit, its root right after
   * that part (filled in by the gate). Pinned once the gate opens.
   */
  private openPins: Map<string, DataTreeSnapshot> | undefined;
  private pinning: Promise<void> | undefined;
  /** In a chain: the previous transaction's views, when they were not all at hand at the opening. */
  private previous: Promise<void> | undefined;
  private chainView: ChainView | undefined;
  private state: TxState = 'open';
  private expired: TransactionIdleTimeoutError | undefined;
  /** What a read-only transaction saw of shards read from replicas, to confirm (confirmReads). */
  private readonly observed: { shard: string; path: ResolvedPath; node: TreeNode | undefined }[] =
    [];

  /**
   * `readMode`: `linearizable` (default) reads each shard at its leader; `local` (stale) reads this
   * member's replica where it holds one, which may lag the leader.
   */
  constructor(ctx: ProxyContext, writable: boolean, chain?: ChainHooks, readMode?: ReadMode) {
    this.ctx = ctx;
    this.id = ctx.nextTransactionId();
    this.writable = writable;
    this.chain = chain;
    this.readMode = readMode ?? 'linearizable';
    this.lastActiveMs = ctx.timers.now();
    ctx.idle.track(this);
    this.chainView = chain?.view();
    this.previous = this.chainView?.pending;
    if (this.previous !== undefined) {
      this.pinPending = true;
    } else if (ctx.visibility.open) {
      this.pinSnapshots();
    } else {
      this.pinPending = true;
      this.holdOpening();
    }
  }

  /**
   * The gate is closed (a multi-shard commit is applied on some of its shards only): keeps what this
   * transaction sees as of its opening, to pin once the commit is whole. A shard that has its part
   * already is kept as it is now; one that has still to apply it is taken right after it does (the
   * gate's capture: nothing else commits there in between). So no commit after the opening shows.
   */
  private holdOpening(): void {
    const gate = this.ctx.visibility;
    const locator = this.ctx.shards.locator;
    const waiting = new Map(gate.pendingParts());
    const open = new Map<string, DataTreeSnapshot>();
    this.openPins = open;
    for (const name of this.ctx.localShards) {
      let snapshot: DataTreeSnapshot | undefined;
      try {
        snapshot = locator.local(name)?.snapshotNow(this.readMode);
      } catch {
        continue; // a stopped shard: the first operation that touches it reports why
      }
      if (snapshot === undefined) continue;
      const txId = waiting.get(name);
      if (txId === undefined) {
        open.set(name, snapshot);
        continue;
      }
      const context = snapshot.context;
      gate.capture(txId, name, (root) => {
        this.openPins?.set(name, new DataTreeSnapshot(context, root));
      });
    }
  }

  /**
   * The transaction's snapshot is taken when it opens, as with the in-memory store: the committed tree
   * of every shard whose local replica serves the read mode at once (a leader that knows it leads
   * with no round trip; any readable replica for a stale read), at this instant (references,
   * nothing is copied). Any other shard (led elsewhere, recovering, a transaction in doubt) is read
   * at its leader when first touched.
   */
  private pinSnapshots(): void {
    this.pinPending = false;
    const locator = this.ctx.shards.locator;
    const open = this.openPins;
    this.openPins = undefined;
    for (const name of this.ctx.localShards) {
      // In a chain, a shard the previous transaction changed starts from that one's result; a
      // transaction opened while the gate was closed, from what it held at its opening.
      let snapshot: DataTreeSnapshot | undefined = this.chainView?.baseFor(name) ?? open?.get(name);
      try {
        snapshot ??= locator.local(name)?.snapshotNow(this.readMode);
      } catch {
        continue; // a stopped shard: the first operation that touches it reports why
      }
      if (snapshot !== undefined) this.pinned.set(name, snapshot);
    }
  }

  /** This transaction's modification of `shard`, if it touched it and the shard was readable. */
  modificationFor(shard: string): DataTreeModification | undefined {
    return this.shardTxs.get(shard)?.modification;
  }

  /**
   * Resolves once every view of this transaction has its snapshot (undefined when they all have):
   * what the next transaction of a chain waits for before starting from this one's result.
   */
  viewsPending(): Promise<void> | undefined {
    const waiting = [...this.shardTxs.values()].filter((t) => !t.available);
    if (waiting.length === 0 && !this.pinPending) return undefined;
    const timeoutMs = this.ctx.readableTimeoutMs;
    return Promise.all([this.pinning, ...waiting.map((t) => t.whenAvailable(timeoutMs))]).then(
      () => undefined,
    );
  }

  /**
   * What this (ready) transaction leaves on `shard`: its snapshot there with its changes applied;
   * undefined when it holds no snapshot of the shard. The next transaction of a chain starts there.
   */
  resultFor(shard: string): DataTreeSnapshot | undefined {
    const tx = this.shardTxs.get(shard);
    const mod = tx?.modification;
    if (mod?.isReady === true) return mod.snapshotAfter();
    return tx?.snapshotBase ?? this.pinned.get(shard);
  }

  /** The shards this transaction touched so far, by name. */
  get shards(): string[] {
    return [...this.shardTxs.keys()].sort();
  }

  read(path: DataPath): Promise<JsonValue | undefined> {
    return settle(() => {
      this.check('read');
      const p = this.ctx.paths.resolve(path);
      return this.confirmed(this.withShards(p, (route) => toJson(this.readMerged(route, p), p)));
    });
  }

  exists(path: DataPath): Promise<boolean> {
    return settle(() => {
      this.check('exists');
      const p = this.ctx.paths.resolve(path);
      return this.confirmed(this.withShards(p, (route) => this.readMerged(route, p) !== undefined));
    });
  }

  /**
   * `result` once this read-only transaction's reads are confirmed to hold at one instant (see
   * confirmReads); at once when there is nothing to confirm.
   */
  private confirmed<T>(result: T | Promise<T>): T | Promise<T> {
    if (this.writable || this.observedShards().length < 2) return result;
    return Promise.resolve(result).then(async (value) => {
      await this.confirmReads();
      return value;
    });
  }

  /** The shards read from replicas (ShardReadSnapshot) that this transaction observed data of. */
  private observedShards(): string[] {
    return [...new Set(this.observed.map((o) => o.shard))];
  }

  /**
   * A read-only transaction that read several shards replicated across members read them one after
   * another, each at its own instant, and two such readers could see two one-shard commits on
   * different shards in opposite orders. So after each read every shard it observed is read again
   * (linearizable, all asked after every snapshot it holds was taken), and everything it observed
   * must be unchanged there: then all its reads held together from its newest snapshot's instant to
   * the oldest confirmation's, and it is serializable at any point in between. A change fails the
   * read with OptimisticLockFailedError (retry the transaction). docs/ARCHITECTURE.md, "Readers and
   * prepared transactions".
   */
  private async confirmReads(): Promise<void> {
    const shards = this.observedShards();
    const fresh = await Promise.all(
      shards.map((shard) => this.readShardOnce(shard, this.ctx.readableTimeoutMs)),
    );
    this.check('read');
    const byShard = new Map(shards.map((shard, i) => [shard, fresh[i]!]));
    for (const o of this.observed) {
      const now = byShard.get(o.shard)!.readNode(o.path);
      if (sameNode(o.node, now, o.path)) continue;
      throw new OptimisticLockFailedError(
        o.path.text,
        `transaction ${this.id} read shard ${o.shard} at a point the shards it read later no ` +
          'longer agree with: it changed before the reads could be confirmed together; retry the ' +
          'transaction',
      );
    }
  }

  /** Records what a read-only transaction saw of a shard read from a replica (confirmReads). */
  private observe(
    shard: string,
    path: ResolvedPath,
    node: TreeNode | undefined,
  ): TreeNode | undefined {
    if (!this.writable && this.shardTxs.get(shard)?.snapshotBase instanceof ShardReadSnapshot) {
      this.observed.push({ shard, path, node });
    }
    return node;
  }

  write(path: DataPath, data: unknown): void {
    this.modify('write', path, data);
  }

  merge(path: DataPath, data: unknown): void {
    this.modify('merge', path, data);
  }

  delete(path: DataPath): void {
    this.modify('delete', path, undefined);
  }

  /**
   * Verifies the node at `path` unchanged on every shard that holds part of it (the owner, and the
   * shards of boundaries below: each checks its part against its tip), so a commit that spans those
   * shards fails if any part changed. A shard it only verifies still takes part in the commit.
   */
  verifyUnchanged(path: DataPath): void {
    this.check('verifyUnchanged');
    this.requireWritable('verifyUnchanged');
    const p = this.ctx.paths.resolve(path);
    for (const shard of this.ctx.router.route(p).shards) {
      const tx = this.shardTx(shard);
      const mod = tx.modification;
      if (mod !== undefined) {
        mod.verifyUnchanged(p);
      } else {
        tx.apply((m) => {
          m.verifyUnchanged(p);
        });
      }
    }
  }

  ready(): ThreePhaseCommitCohortProxy {
    this.check('ready');
    this.requireWritable('ready');
    this.state = 'ready';
    this.ctx.idle.untrack(this);
    for (const tx of this.shardTxs.values()) tx.seal();
    const cohort = new ThreePhaseCommitCohortProxy(
      this.ctx,
      this.id,
      [...this.shardTxs.values()],
      this.chain?.chainId,
    );
    this.chain?.onReady(this, cohort);
    return cohort;
  }

  commit(): Promise<void> {
    let cohort: ThreePhaseCommitCohortProxy;
    try {
      cohort = this.ready();
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    return cohort.commitAll();
  }

  cancel(): boolean {
    if (this.state !== 'open') return false;
    this.state = 'cancelled';
    this.releaseAll();
    this.chain?.onCancel(this);
    return true;
  }

  close(): void {
    if (this.state === 'open') this.state = 'closed';
    this.releaseAll();
  }

  /** Called by the idle sweeper. */
  expire(idleMs: number): void {
    if (this.state !== 'open') return;
    this.state = 'expired';
    this.expired = new TransactionIdleTimeoutError(this.id, this.shardIds(), idleMs);
    this.releaseAll();
    this.chain?.onCancel(this);
  }

  // ---------------------------------------------------------------------------------------------

  private check(what: string): void {
    if (this.state === 'expired') throw this.expired!;
    if (this.state !== 'open') {
      throw new TransactionStateError(
        `cannot ${what}: transaction ${this.id} is already ${this.state}`,
      );
    }
    this.ctx.checkOpen();
    this.chain?.checkUsable(`${what} in transaction ${this.id}`);
    this.lastActiveMs = this.ctx.timers.now();
  }

  private requireWritable(what: string): void {
    if (!this.writable) {
      throw new TransactionStateError(`cannot ${what}: transaction ${this.id} is read-only`);
    }
  }

  private shardIds(): string[] {
    return [...this.shardTxs.values()].map((t) => t.replicaId).sort();
  }

  private releaseAll(): void {
    this.ctx.idle.untrack(this);
    this.pinned.clear();
    this.openPins = undefined;
    for (const tx of this.shardTxs.values()) tx.release();
  }

  /**
   * This transaction's view of `shard`, created on first use; throws ShardUnavailableError when the
   * shard has no replica to reach.
   */
  private shardTx(shard: string): ShardTransaction {
    let tx = this.shardTxs.get(shard);
    if (tx === undefined) {
      const leader = this.ctx.shards.leader(shard);
      const reader = (timeoutMs: number): Promise<DataTreeSnapshot> =>
        this.readShard(shard, timeoutMs);
      tx = this.pinPending
        ? new ShardTransaction(
            shard,
            leader.id,
            this.id,
            this.writable,
            reader,
            undefined,
            this.pinLater(shard),
          )
        : new ShardTransaction(
            shard,
            leader.id,
            this.id,
            this.writable,
            reader,
            this.pinned.get(shard) ??
              this.chainView?.baseFor(shard) ??
              this.snapshotNow(shard, leader),
          );
      this.shardTxs.set(shard, tx);
    }
    return tx;
  }

  /** A snapshot of `shard` that serves this transaction's read mode at once, if there is one. */
  private snapshotNow(shard: string, leader: ShardReplica): DataTreeSnapshot | undefined {
    if (this.readMode === 'local') {
      const local = this.ctx.shards.locator.local(shard);
      if (local !== undefined) return local.snapshotNow('local');
    }
    return leader.snapshotNow('linearizable');
  }

  /**
   * Reads `shard`'s committed tree: at its leader (following it), or, for a stale read, at this
   * member's replica when it holds one. Fails with ShardOperationTimeoutError when the replica does
   * not become readable within `timeoutMs`, NoShardLeaderError when no leader answered.
   *
   * A linearizable read also keeps the transaction's snapshots a consistent cut: no multi-shard
   * commit in one of them and missing from another (pair-marks.ts; docs/ARCHITECTURE.md, "Readers
   * and prepared transactions"). A new snapshot that misses a commit an earlier one of this
   * transaction has is read again (a newer one has it); one that has a commit an earlier snapshot
   * misses fails the read with OptimisticLockFailedError (nothing of the earlier snapshot can be
   * taken back once read: retry the transaction).
   */
  private async readShard(shard: string, timeoutMs: number): Promise<DataTreeSnapshot> {
    for (let attempt = 1; ; attempt++) {
      const snapshot = await this.readShardOnce(shard, timeoutMs);
      if (this.readMode !== 'linearizable' || !(snapshot instanceof ShardReadSnapshot)) {
        return snapshot;
      }
      const verdict = this.cutWith(snapshot);
      if (verdict === undefined) return snapshot;
      if (verdict.kind === 'fresh-lags' && attempt < CUT_READ_ATTEMPTS) continue;
      throw new OptimisticLockFailedError(
        '/',
        `transaction ${this.id} cannot read shard ${shard} consistently with its snapshot of ` +
          `shard ${verdict.other}: a multi-shard transaction over both is ` +
          (verdict.kind === 'fresh-lags'
            ? `in its snapshot of ${verdict.other} and still missing from ${shard} after ` +
              `${attempt} reads`
            : `committed on ${shard} and missing from its earlier snapshot of ${verdict.other}`) +
          '; retry the transaction',
      );
    }
  }

  /** How `fresh` stands against this transaction's other snapshots read from replicas. */
  private cutWith(
    fresh: ShardReadSnapshot,
  ): { kind: 'fresh-lags' | 'pinned-lags'; other: string } | undefined {
    let lags: { kind: 'fresh-lags' | 'pinned-lags'; other: string } | undefined;
    for (const [name, tx] of this.shardTxs) {
      const pinned = tx.snapshotBase;
      if (name === fresh.shard || !(pinned instanceof ShardReadSnapshot)) continue;
      const verdict = comparePair(pinned, fresh);
      if (verdict === 'pinned-lags') return { kind: verdict, other: name };
      if (verdict === 'fresh-lags') lags = { kind: verdict, other: name };
    }
    return lags;
  }

  private readShardOnce(shard: string, timeoutMs: number): Promise<DataTreeSnapshot> {
    const timedOut = (replica: string): ShardOperationTimeoutError =>
      new ShardOperationTimeoutError(
        replica,
        this.id,
        'waiting for the shard to recover',
        timeoutMs,
      );
    const local = this.ctx.shards.locator.local(shard);
    if (local !== undefined && this.readMode === 'local') {
      return withTimeout(this.ctx.timers, local.read('local'), timeoutMs, () => timedOut(local.id));
    }
    const atLeader = (ms: number): Promise<DataTreeSnapshot> =>
      this.ctx.shards.request({
        shard,
        txId: this.id,
        operation: 'read',
        timeoutMs: ms,
        send: (replica) => replica.read('linearizable'),
        onTimeout: (inFlight) => Promise.reject(timedOut(inFlight.replica.id)),
      });
    if (local === undefined) return atLeader(timeoutMs);
    // A follower read (etcd's): this member's own replica asks its leader for a read point
    // (ReadIndex) and answers from its own tree once it applied past it, so no tree crosses the
    // network. When it cannot (no leader known, it stopped), the leader serves the read.
    const startedMs = this.ctx.timers.now();
    return withTimeout(this.ctx.timers, local.read('linearizable'), timeoutMs, () =>
      timedOut(local.id),
    ).catch((error: unknown) => {
      if (!(error instanceof NotShardLeaderError || error instanceof ShardUnavailableError)) {
        throw error;
      }
      return atLeader(Math.max(1, timeoutMs - (this.ctx.timers.now() - startedMs)));
    });
  }

  /** `shard`'s snapshot once the transaction could pin its snapshots (the gate opened). */
  private pinLater(shard: string): Promise<DataTreeSnapshot | undefined> {
    this.pinning ??= withTimeout(
      this.ctx.timers,
      Promise.all([this.ctx.visibility.whenOpen(), this.previous]),
      this.ctx.operationTimeoutMs,
      () =>
        new ShardOperationTimeoutError(
          this.ctx.storeName,
          this.id,
          'waiting for a multi-shard commit to become visible on all its shards',
          this.ctx.operationTimeoutMs,
        ),
    ).then(() => {
      if (this.pinPending) this.pinSnapshots();
    });
    return this.pinning.then(() => this.pinned.get(shard));
  }

  /** Runs `fn` once every shard the path involves is available (at once when they all are). */
  private withShards<T>(path: ResolvedPath, fn: (route: Route) => T): T | Promise<T> {
    if (this.pinPending && this.ctx.visibility.open && this.previous === undefined) {
      this.pinSnapshots();
    }
    const route = this.ctx.router.route(path);
    const txs = route.shards.map((s) => this.shardTx(s));
    const waiting = txs.filter((t) => !t.available);
    if (waiting.length === 0) return fn(route);
    return Promise.all(waiting.map((t) => t.whenAvailable(this.ctx.readableTimeoutMs))).then(() => {
      this.check('read');
      return fn(route);
    });
  }

  private readMerged(route: Route, path: ResolvedPath): TreeNode | undefined {
    if (route.below.length === 0 && route.owner !== undefined) {
      return this.observe(route.owner, path, this.shardTxs.get(route.owner)!.readNode(path));
    }
    return mergeRead(this.ctx.router, route, path, (shard, at) =>
      this.observe(shard, at, this.shardTxs.get(shard)!.readNode(at)),
    );
  }

  private modify(kind: WriteKind, path: DataPath, data: unknown): void {
    this.check(kind);
    this.requireWritable(kind);
    const p = this.ctx.paths.resolve(path);
    const route = this.ctx.router.route(p);
    if (route.below.length === 0 && route.owner !== undefined) {
      this.modifyOne(this.shardTx(route.owner), kind, p, data);
      return;
    }
    this.modifySplit(route, kind, p, data);
  }

  /** The common case: the path lies inside one shard. */
  private modifyOne(tx: ShardTransaction, kind: WriteKind, p: ResolvedPath, data: unknown): void {
    const mod = tx.modification;
    if (mod !== undefined) {
      apply(mod, kind, p, data);
      return;
    }
    apply(this.ctx.scratchModification(), kind, p, data); // throws what the real one would
    tx.apply((m) => {
      apply(m, kind, p, data);
    });
  }

  /**
   * An operation above a boundary (or at the root): every involved shard records its part. All parts
   * are decoded (and so checked) before any is recorded, so a bad value leaves no shard changed.
   */
  private modifySplit(route: Route, kind: WriteKind, p: ResolvedPath, data: unknown): void {
    const txs = route.shards.map((s) => [s, this.shardTx(s)] as const);
    if (txs.some(([, tx]) => tx.modification === undefined) && kind !== 'delete') {
      apply(this.ctx.scratchModification(), kind, p, data);
    }
    const records: (() => void)[] = [];
    for (const [shard, tx] of txs) {
      const op = this.splitOperation(route, kind, p, data, shard);
      const mod = tx.modification;
      if (mod === undefined) {
        tx.apply((m) => op(m)?.());
        continue;
      }
      const record = op(mod);
      if (record !== undefined) records.push(record);
    }
    for (const record of records) record();
  }

  /** `shard`'s part of a split operation: decodes (may throw), returns the recording step. */
  private splitOperation(
    route: Route,
    kind: WriteKind,
    p: ResolvedPath,
    data: unknown,
    shard: string,
  ): (mod: DataTreeModification) => (() => void) | undefined {
    const router = this.ctx.router;
    return (mod) => {
      if (kind === 'delete') {
        return () => {
          mod.delete(p);
        };
      }
      const node = decodeAt(mod.context.codec, p, data, mod.version);
      const part = splitFor(router, route, p, node, shard, mod.version);
      if (kind === 'write') {
        // A write replaces everything at the path: every involved shard takes part, even with nothing.
        return () => {
          mod.writeNode(p, part);
        };
      }
      if (
        part === undefined ||
        (part.kind === 'container' && p.steps.length === 0 && part.children.size === 0)
      ) {
        return undefined;
      }
      return () => {
        mod.mergeNode(p, part);
      };
    };
  }
}

function apply(mod: DataTreeModification, kind: WriteKind, p: ResolvedPath, data: unknown): void {
  switch (kind) {
    case 'write':
      mod.write(p, data);
      return;
    case 'merge':
      mod.merge(p, data);
      return;
    case 'delete':
      mod.delete(p);
      return;
  }
}

export type { ShardOperation };

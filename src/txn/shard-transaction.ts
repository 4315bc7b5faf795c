/**
 * One transaction's view of one shard (ODL's LocalTransactionContext over a local shard): an immutable
 * snapshot of the shard's committed tree taken when the transaction opens or first touches the shard
 * (read at the shard's leader, through the ShardClient, unless a snapshot was at hand), and, for
 * a writing transaction, a DataTreeModification on it that accumulates the transaction's operations.
 * Nothing reaches the shard before ready: the whole modification then travels as one message (ODL's
 * ReadyLocalTransaction). For a remote shard (next issue) the operations would be shipped in batches of
 * shard-batched-modification-count instead (ODL's BatchedModifications); this class is that seam.
 *
 * When the snapshot is not at hand yet (the shard is recovering or holds a transaction in doubt, or
 * the transaction waits to pin its snapshots until a half-applied multi-shard commit is complete) the
 * operations are checked at the call against a scratch modification (same errors, thrown at once) and
 * queued; they are replayed in order on the modification once the snapshot arrives.
 */
import type { DataTreeModification, DataTreeSnapshot } from '../tree/modification.js';
import type { TreeNode } from '../tree/node.js';
import type { ResolvedPath } from '../tree/path.js';

/** Applies one operation to this shard's modification (the proxy's split logic). */
export type ShardOperation = (mod: DataTreeModification) => void;

/**
 * Reads a snapshot of the shard's committed tree for the transaction (at the leader, following it),
 * failing after `timeoutMs`.
 */
export type SnapshotReader = (timeoutMs: number) => Promise<DataTreeSnapshot>;

export class ShardTransaction {
  /** The shard's name. */
  readonly shard: string;
  /** The replica that led the shard when the transaction touched it, for error messages. */
  readonly replicaId: string;
  readonly txId: string;
  private readonly writable: boolean;
  private snapshot: DataTreeSnapshot | undefined;
  private mod: DataTreeModification | undefined;
  private pending: ShardOperation[] = [];
  private waiting: Promise<void> | undefined;
  private sealed = false;
  private readonly reader: SnapshotReader;

  /**
   * `base` is the snapshot to start from (the transaction's pinned one, or a chain's), else the
   * shard's current one when at hand (`current`). `deferred` instead gives the base later (the
   * transaction pins its snapshots once a half-applied multi-shard commit is complete; undefined:
   * read the shard's). Without a snapshot, `reader` reads one when the view is first waited for.
   */
  constructor(
    shard: string,
    replicaId: string,
    txId: string,
    writable: boolean,
    reader: SnapshotReader,
    base: DataTreeSnapshot | undefined,
    deferred?: Promise<DataTreeSnapshot | undefined>,
  ) {
    this.shard = shard;
    this.replicaId = replicaId;
    this.txId = txId;
    this.writable = writable;
    this.reader = reader;
    if (deferred !== undefined) {
      this.deferred = deferred;
      return;
    }
    if (base !== undefined) this.open(base);
  }

  private readonly deferred: Promise<DataTreeSnapshot | undefined> | undefined;

  /** True once the snapshot is taken and every queued operation applied. */
  get available(): boolean {
    return this.snapshot !== undefined;
  }

  /** The snapshot this view reads (once available). */
  get snapshotBase(): DataTreeSnapshot | undefined {
    return this.snapshot;
  }

  /** The modification (writable transactions, once available). */
  get modification(): DataTreeModification | undefined {
    return this.mod;
  }

  /** Reads the shard's snapshot (at most `timeoutMs`), then opens on it. */
  whenAvailable(timeoutMs: number): Promise<void> {
    if (this.snapshot !== undefined) return Promise.resolve();
    const deferred = this.deferred;
    this.waiting ??=
      deferred === undefined
        ? this.acquire(timeoutMs)
        : deferred.then((base) => {
            if (this.snapshot !== undefined) return undefined;
            if (base !== undefined) {
              this.open(base);
              return undefined;
            }
            return this.acquire(timeoutMs);
          });
    return this.waiting;
  }

  private async acquire(timeoutMs: number): Promise<void> {
    const snapshot = await this.reader(timeoutMs);
    if (this.snapshot === undefined) this.open(snapshot);
  }

  private open(snapshot: DataTreeSnapshot): void {
    this.snapshot = snapshot;
    if (!this.writable) return;
    const mod = snapshot.newModification();
    this.mod = mod;
    for (const op of this.pending) op(mod);
    this.pending = [];
    if (this.sealed) mod.ready();
  }

  /** Applies `op` now, or queues it until the snapshot arrives (the caller checked it already). */
  apply(op: ShardOperation): void {
    if (this.mod !== undefined) op(this.mod);
    else this.pending.push(op);
  }

  /** The node at `path` as this transaction sees it; the shard must be available. */
  readNode(path: ResolvedPath): TreeNode | undefined {
    return this.mod !== undefined ? this.mod.readNode(path) : this.snapshot!.readNode(path);
  }

  /** Seals the modification (now, or as soon as it exists). */
  seal(): void {
    this.sealed = true;
    this.mod?.ready();
  }

  /** Drops the snapshot and the changes (cancel, close, expiry). */
  release(): void {
    this.snapshot = undefined;
    this.mod = undefined;
    this.pending = [];
  }
}

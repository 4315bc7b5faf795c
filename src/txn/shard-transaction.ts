/**
 * One transaction's view of one shard (ODL's LocalTransactionContext over a local shard): an immutable
 * snapshot of the shard's committed tree taken when the transaction first touches the shard, and, for
 * a writing transaction, a DataTreeModification on it that accumulates the transaction's operations.
 * Nothing reaches the shard before ready: the whole modification then travels as one message (ODL's
 * ReadyLocalTransaction). For a remote shard (next issue) the operations would be shipped in batches of
 * shard-batched-modification-count instead (ODL's BatchedModifications); this class is that seam.
 *
 * When the shard is not readable yet (recovering, or holding a transaction in doubt) the operations
 * are checked at the call against a scratch modification (same errors, thrown at once) and queued;
 * they are replayed in order on the modification once the snapshot arrives.
 */
import type { DataTreeModification, DataTreeSnapshot } from '../tree/modification.js';
import type { TreeNode } from '../tree/node.js';
import type { ResolvedPath } from '../tree/path.js';
import { ShardOperationTimeoutError } from '../shard/errors.js';
import { withTimeout, type ShardAccess } from './context.js';

/** Applies one operation to this shard's modification (the proxy's split logic). */
export type ShardOperation = (mod: DataTreeModification) => void;

export class LocalShardTransaction {
  readonly shard: ShardAccess;
  readonly txId: string;
  private readonly writable: boolean;
  private snapshot: DataTreeSnapshot | undefined;
  private mod: DataTreeModification | undefined;
  private pending: ShardOperation[] = [];
  private waiting: Promise<void> | undefined;
  private sealed = false;

  /** `base` is the snapshot to start from (a chain's), else the shard's current one when readable. */
  constructor(
    shard: ShardAccess,
    txId: string,
    writable: boolean,
    base: DataTreeSnapshot | undefined,
  ) {
    this.shard = shard;
    this.txId = txId;
    this.writable = writable;
    const snapshot = base ?? shard.readSnapshot();
    if (snapshot !== undefined) this.open(snapshot);
  }

  /** True once the snapshot is taken and every queued operation applied. */
  get available(): boolean {
    return this.snapshot !== undefined;
  }

  /** The modification (writable transactions, once available). */
  get modification(): DataTreeModification | undefined {
    return this.mod;
  }

  /** Waits for the shard to become readable (at most `timeoutMs`), then opens on its snapshot. */
  whenAvailable(timeoutMs: number): Promise<void> {
    if (this.snapshot !== undefined) return Promise.resolve();
    this.waiting ??= this.acquire(timeoutMs);
    return this.waiting;
  }

  private async acquire(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const left = deadline - Date.now();
      await withTimeout(
        this.shard.whenReadable(),
        Math.max(1, left),
        () =>
          new ShardOperationTimeoutError(
            this.shard.id,
            this.txId,
            'waiting for the shard to recover',
            timeoutMs,
          ),
      );
      const snapshot = this.shard.readSnapshot();
      if (snapshot !== undefined) {
        this.open(snapshot);
        return;
      }
    }
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

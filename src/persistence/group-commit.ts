/**
 * Group commit for the Raft journal: every write of every Raft group in one member goes through one
 * queue, and the writes queued while a LevelDB batch is in flight are merged into the next batch, so one
 * fsync makes many concurrent commits durable (the technique of every database WAL since System R; etcd
 * batches a Ready's entries the same way, LevelDB's own writer queue does it for up to a few threads).
 *
 * Invariants:
 * - At most one batch is in flight. Writes are applied in submission order: within a batch in queue
 *   order (LevelDB applies a batch's operations in order), and batches one after another. So the writes
 *   of one group keep their order, and a group's later write never overtakes an earlier one.
 * - A merged batch is synced when any write in it asks for sync; a write resolves only after LevelDB
 *   reports its batch written (and synced, when asked).
 * - A batch is atomic; a failed batch fails every write in it and every write after it: the store is
 *   then poisoned (see JournalIoError) and must be reopened.
 * - A batch holds writes up to `batchBytesMax` (one larger write still goes alone, whole).
 * - With a SyncedBatchHook, a synced batch ends with the hook's stamp, written atomically with it.
 *
 * A flush starts on the event-loop turn after the first write arrives (setImmediate), so the writes
 * issued in one turn, and all those issued while a batch is in flight, share a batch.
 *
 * Metrics (optional): each batch written reports its write count and, when synced, how long the
 * LevelDB write with its fsync took.
 */
import type { ClassicLevel } from 'classic-level';
import type { JournalMetrics } from '../runtime/metrics.js';
import { JournalIoError, describeCause, levelErrorCodes } from './errors.js';

export type BatchOp =
  | { readonly type: 'put'; readonly key: Uint8Array; readonly value: Uint8Array }
  | { readonly type: 'del'; readonly key: Uint8Array };

/** Counters of the group-commit writer, for tests and benchmarks. */
export interface GroupCommitStats {
  /** LevelDB batches written. */
  readonly batches: number;
  /** Of those, batches written with sync (one fsync each). */
  readonly syncs: number;
  /** Writes submitted and completed (a save, a compaction step, a tail cut). */
  readonly writes: number;
  /** Key and value bytes written (deletes count their key). */
  readonly bytes: number;
  /** The most writes merged into one batch. */
  readonly writesPerBatchMax: number;
}

/**
 * Stamps synced batches (the journal's synced high-water mark, high-water-file.ts): `stamp()` is
 * called while a synced batch is assembled and its operation, if any, goes last in the batch;
 * `synced()` once that batch is written and synced, before its writes resolve.
 */
export interface SyncedBatchHook {
  stamp(): BatchOp | undefined;
  synced(): void;
}

interface PendingWrite {
  readonly ops: readonly BatchOp[];
  readonly bytes: number;
  readonly sync: boolean;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
}

/** Byte size of a batch operation (key plus value). */
export function opBytes(op: BatchOp): number {
  return op.type === 'put' ? op.key.length + op.value.length : op.key.length;
}

export class GroupCommitter {
  private readonly db: ClassicLevel<Uint8Array, Uint8Array>;
  private readonly batchBytesMax: number;
  private queue: PendingWrite[] = [];
  private inFlight = false;
  private flushScheduled = false;
  private failure: JournalIoError | undefined;
  private idleWaiters: (() => void)[] = [];
  private counters = { batches: 0, syncs: 0, writes: 0, bytes: 0, writesPerBatchMax: 0 };

  private readonly metrics: JournalMetrics | undefined;
  private readonly hook: SyncedBatchHook | undefined;

  constructor(
    db: ClassicLevel<Uint8Array, Uint8Array>,
    batchBytesMax: number,
    metrics?: JournalMetrics,
    hook?: SyncedBatchHook,
  ) {
    this.db = db;
    this.batchBytesMax = batchBytesMax;
    this.metrics = metrics;
    this.hook = hook;
  }

  /** Queues `ops` as one atomic write; resolves once written (and synced, with `sync`). */
  submit(ops: readonly BatchOp[], sync: boolean): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.poisoned());
    let bytes = 0;
    for (const op of ops) bytes += opBytes(op);
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ ops, bytes, sync, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves when nothing is queued or in flight (never rejects). */
  whenIdle(): Promise<void> {
    if (!this.inFlight && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The error that poisoned the writer, if any. */
  failed(): JournalIoError | undefined {
    return this.failure;
  }

  stats(): GroupCommitStats {
    return { ...this.counters };
  }

  private poisoned(): JournalIoError {
    return new JournalIoError(
      'the raft journal refuses writes after an earlier write failed: what the shards hold in memory ' +
        'may be ahead of the disk; stop the member, then reopen the journal and reload',
      { cause: this.failure },
    );
  }

  private schedule(): void {
    if (this.inFlight || this.flushScheduled || this.queue.length === 0) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  /** Takes the longest queue prefix within batchBytesMax (at least one write). */
  private take(): PendingWrite[] {
    let bytes = 0;
    let n = 0;
    while (n < this.queue.length) {
      const next = this.queue[n]!.bytes;
      if (n > 0 && bytes + next > this.batchBytesMax) break;
      bytes += next;
      n++;
    }
    return this.queue.splice(0, n);
  }

  private async flush(): Promise<void> {
    if (this.inFlight || this.queue.length === 0) return;
    const writes = this.take();
    let sync = false;
    let bytes = 0;
    let ops = 0;
    for (const w of writes) {
      sync ||= w.sync;
      bytes += w.bytes;
      ops += w.ops.length;
    }
    this.inFlight = true;
    try {
      // NB: an empty write (nothing changed) still waits its turn, so it resolves after earlier ones.
      if (ops > 0) {
        const startMs = this.metrics === undefined ? 0 : performance.now();
        await this.write(writes, sync);
        this.metrics?.batchWritten(writes.length, sync, (performance.now() - startMs) / 1000);
      }
      if (ops > 0 && sync) this.hook?.synced();
      this.counters.batches += ops > 0 ? 1 : 0;
      this.counters.syncs += ops > 0 && sync ? 1 : 0;
      this.counters.writes += writes.length;
      this.counters.bytes += bytes;
      this.counters.writesPerBatchMax = Math.max(this.counters.writesPerBatchMax, writes.length);
      for (const w of writes) w.resolve();
    } catch (error) {
      this.fail(writes, error);
    } finally {
      this.inFlight = false;
      this.schedule();
      this.notifyIdle();
    }
  }

  /**
   * Writes the operations of `writes`, in order, as one LevelDB batch. NB: a chained batch, because
   * classic-level's array form costs several times more per operation (it clones and inspects every
   * operation object in JS and again in C++).
   */
  private async write(writes: readonly PendingWrite[], sync: boolean): Promise<void> {
    const batch = this.db.batch();
    try {
      for (const w of writes) {
        for (const op of w.ops) {
          if (op.type === 'put') batch.put(op.key, op.value);
          else batch.del(op.key);
        }
      }
      const stamp = sync ? this.hook?.stamp() : undefined;
      if (stamp?.type === 'put') batch.put(stamp.key, stamp.value);
    } catch (error) {
      await batch.close();
      throw error;
    }
    await batch.write({ sync });
  }

  private fail(writes: readonly PendingWrite[], error: unknown): void {
    const codes = levelErrorCodes(error).join(', ');
    this.failure = new JournalIoError(
      `a raft journal batch of ${writes.length} writes failed (${codes || 'no code'}: ` +
        `${describeCause(error)}); none of them is known to be durable`,
      { cause: error },
    );
    for (const w of writes) w.reject(this.failure);
    const rest = this.queue;
    this.queue = [];
    for (const w of rest) w.reject(this.poisoned());
  }

  private notifyIdle(): void {
    if (this.inFlight || this.queue.length > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

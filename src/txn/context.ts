/**
 * What the transaction proxies of one datastore share: the router, the shards (reached through the
 * ShardClient, which follows each shard's leader: shard-client.ts), the time port (every timeout and
 * retry of src/txn takes its time from `timers`, never from the platform: the simulator drives it),
 * timeouts, transaction ids, and the idle-transaction sweeper. Also `withTimeout`, ODL's
 * operation-timeout-in-seconds for a wait that is no request to a shard.
 */
import type { DataTreeModification } from '../tree/modification.js';
import type { PathCodec } from '../tree/path.js';
import type { ShardRouter } from '../shard/routing.js';
import type { Timers, TimerHandle } from '../util/timers.js';
import type { ShardClient } from './shard-client.js';
import type { VisibilityGate } from './visibility-gate.js';

/** Something the idle sweeper may expire. */
export interface Expirable {
  /** When it was last used (ms, the sweeper's clock). */
  lastActiveMs: number;
  expire(idleMs: number): void;
}

/** What the proxies of one datastore share. */
export interface ProxyContext {
  /** The datastore's name for messages and ids (`config`, `operational`). */
  readonly storeName: string;
  readonly router: ShardRouter;
  readonly paths: PathCodec;
  /** The shards' leaders and the requests to them. */
  readonly shards: ShardClient;
  /** The shards with a local replica: a transaction pins their snapshots when it opens. */
  readonly localShards: readonly string[];
  /** Whether a multi-shard commit is visible on some shards only (pinning waits for it). */
  readonly visibility: VisibilityGate;
  /** operation-timeout-in-seconds, in ms. */
  readonly operationTimeoutMs: number;
  /** How long an operation waits for a shard to become readable (shard-initialization-timeout). */
  readonly readableTimeoutMs: number;
  nextTransactionId(): string;
  /** Throws TransactionStateError when the datastore is closed. */
  checkOpen(): void;
  /** A throwaway modification, to check an operation at the call while a shard is not readable. */
  scratchModification(): DataTreeModification;
  readonly idle: IdleTracker;
  /** Every clock read and timer of the proxies. */
  readonly timers: Timers;
  /** Reports a failure of work nobody waits for (a participant's commit after the decision). */
  readonly onBackgroundError?: ((error: unknown, what: string) => void) | undefined;
}

/** Rejects with `onTimeout()` unless `promise` settles within `ms` (on `timers`). */
export function withTimeout<T>(
  timers: Timers,
  promise: Promise<T>,
  ms: number,
  onTimeout: () => Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = timers.schedule(ms, () => {
      reject(onTimeout());
    });
    promise.then(
      (value) => {
        timers.cancel(timer);
        resolve(value);
      },
      (error: unknown) => {
        timers.cancel(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Expires transactions idle longer than shard-transaction-idle-timeout: a sweep every quarter of the
 * timeout (at most once a minute) looks at the transactions still open.
 */
export class IdleTracker {
  readonly idleMs: number;
  private readonly timers: Timers;
  private readonly open = new Set<Expirable>();
  private timer: TimerHandle | undefined;
  private readonly everyMs: number;

  constructor(idleMs: number, timers: Timers) {
    this.idleMs = idleMs;
    this.timers = timers;
    this.everyMs = Math.max(10, Math.min(60_000, Math.floor(idleMs / 4)));
  }

  track(tx: Expirable): void {
    this.open.add(tx);
    if (this.timer === undefined) this.arm();
  }

  /** Schedules the next sweep (a background timer: it never keeps a process alive). */
  private arm(): void {
    this.timer = this.timers.schedule(
      this.everyMs,
      () => {
        this.timer = undefined;
        this.sweep();
        if (this.open.size > 0) this.arm();
      },
      { background: true },
    );
  }

  untrack(tx: Expirable): void {
    this.open.delete(tx);
  }

  /** Expires every tracked transaction idle for longer than the timeout. */
  sweep(): void {
    const horizon = this.timers.now() - this.idleMs;
    for (const tx of this.open) {
      if (tx.lastActiveMs < horizon) {
        this.open.delete(tx);
        tx.expire(this.idleMs);
      }
    }
  }

  stop(): void {
    if (this.timer !== undefined) this.timers.cancel(this.timer);
    this.timer = undefined;
    this.open.clear();
  }
}

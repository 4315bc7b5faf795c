/**
 * What the transaction proxies of one datastore share: the router, the local shards (behind the
 * `ShardAccess` port, which a remote shard will also implement), timeouts, transaction ids, and the
 * idle-transaction sweeper. Also the one helper every proxy->shard step goes through: `withTimeout`,
 * ODL's operation-timeout-in-seconds.
 */
import type { DataTreeModification, DataTreeSnapshot } from '../tree/modification.js';
import type { PathCodec } from '../tree/path.js';
import type { ShardRouter } from '../shard/routing.js';
import type { CommitMode } from '../shard/shard-core.js';
import type { ReadyTransaction } from '../shard/shard-types.js';
import type { VisibilityGate } from './visibility-gate.js';

/** What a proxy uses of a shard (shard-actor.ts's Shard; a remote shard later). */
export interface ShardAccess {
  readonly id: string;
  readonly name: string;
  /** A snapshot of the committed tree, or undefined when not readable yet; throws when stopped. */
  readSnapshot(): DataTreeSnapshot | undefined;
  whenReadable(): Promise<void>;
  submit(tx: ReadyTransaction, mode: CommitMode): Promise<void>;
  canCommit(txId: string): Promise<void>;
  preCommit(txId: string): Promise<void>;
  commit(txId: string): Promise<void>;
  abort(txId: string): Promise<void>;
  closeChain(chainId: string): void;
}

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
  /** The local replica of shard `name`; throws ShardUnavailableError when there is none. */
  shard(name: string): ShardAccess;
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
  /** The clock of the idle sweeper. */
  now(): number;
  /** Reports a failure of work nobody waits for (a participant's commit after the decision). */
  readonly onBackgroundError?: ((error: unknown, what: string) => void) | undefined;
}

/** Rejects with `onTimeout()` unless `promise` settles within `ms`. */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  onTimeout: () => Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(onTimeout());
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
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
  private readonly now: () => number;
  private readonly open = new Set<Expirable>();
  private timer: NodeJS.Timeout | undefined;

  constructor(idleMs: number, now: () => number) {
    this.idleMs = idleMs;
    this.now = now;
  }

  track(tx: Expirable): void {
    this.open.add(tx);
    if (this.timer === undefined) {
      const every = Math.max(10, Math.min(60_000, Math.floor(this.idleMs / 4)));
      this.timer = setInterval(() => {
        this.sweep();
      }, every);
      this.timer.unref();
    }
  }

  untrack(tx: Expirable): void {
    this.open.delete(tx);
  }

  /** Expires every tracked transaction idle for longer than the timeout. */
  sweep(): void {
    const horizon = this.now() - this.idleMs;
    for (const tx of this.open) {
      if (tx.lastActiveMs < horizon) {
        this.open.delete(tx);
        tx.expire(this.idleMs);
      }
    }
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.open.clear();
  }
}

/**
 * The workload of the replicated-shard simulation: clients that each use one member's transaction
 * front (SimFront: the production proxies) as an application would, and record a Jepsen-shaped history
 * (sim-history.ts, `f: 'txn'`) for the strict-serializability checker (linearizability-txn.ts).
 *
 * The key space is integer registers `/sim:<c>/r=<k>` in three containers, each its own shard, so a
 * transaction over keys of two containers spans two shards (two-phase commit). Kinds of transaction:
 * - read: one to three keys, read-only;
 * - write: one or two keys written blind (values unique in the run, so reads say which write they saw);
 * - increment: read-modify-write of one or two keys (each read key is written: canopy's write-write
 *   conflict check then makes the history serializable, see linearizability-txn.ts).
 *
 * Outcomes: a commit that resolves is `ok`; OptimisticLockFailedError, NoShardLeaderError and the
 * other errors that say nothing committed are `fail`; CommitOutcomeUnknownError, a timeout of unknown
 * effect, or a member that crashed under the client are `info` (the client then continues as a new
 * process id, as Jepsen's do, so that a late effect is not confused with its later calls).
 */
import { CanopyError } from '../../../src/util/errors.js';
import type { Rng } from '../../../src/util/rng.js';
import type { History, TxnMicro } from '../sim-history.js';
import type { SimFront } from './front.js';

/** Containers of the key space; each is its own shard. */
export const SIM_CONTAINERS = ['a', 'b', 'c'] as const;

/** Error codes that mean the transaction certainly did not commit. */
const DEFINITE_FAILURES = new Set([
  'optimistic-lock-failed',
  'no-shard-leader',
  'shard-operation-timeout',
  'commit-queue-full',
  'shard-unavailable',
  'data-validation-failed',
  'transaction-state',
  'shard-not-leader',
]);

export interface ClientWorld {
  readonly history: History;
  readonly now: () => number;
  /** The front of `member` in its current incarnation, or undefined while it is down. */
  front(member: string): SimFront | undefined;
  /** Runs `fn` after `ms` of simulated time. */
  after(ms: number, fn: () => void): void;
}

interface Key {
  readonly container: string;
  readonly k: string;
}

function path(key: Key): string {
  return `/sim:${key.container}/r=${key.k}`;
}

function name(key: Key): string {
  return `${key.container}/${key.k}`;
}

/** Unique values for writes, shared by every client of a run. */
export class ValueSource {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

export class SimClient {
  readonly id: number;
  private process: number;
  readonly member: string;
  private readonly world: ClientWorld;
  private readonly rng: Rng;
  private readonly values: ValueSource;
  private readonly keys: readonly Key[];
  private stopped = false;
  /** Whether a transaction may touch keys of several containers (shards). */
  private readonly spanShards: boolean;
  /** The operation in flight: its micro-operations as invoked (for an `info` at a crash). */
  private inflight: TxnMicro[] | undefined;
  /** Bumped when an operation is abandoned, so its late completion records nothing. */
  private epoch = 0;
  completed = 0;

  constructor(
    id: number,
    member: string,
    world: ClientWorld,
    rng: Rng,
    values: ValueSource,
    keysPerContainer: number,
    spanShards: boolean,
  ) {
    this.spanShards = spanShards;
    this.id = id;
    this.process = id;
    this.member = member;
    this.world = world;
    this.rng = rng;
    this.values = values;
    this.keys = SIM_CONTAINERS.flatMap((container) =>
      Array.from({ length: keysPerContainer }, (_, i) => ({ container, k: `k${i}` })),
    );
  }

  start(): void {
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
  }

  /** An operation is in flight (a stopped client finishes the one it started). */
  get busy(): boolean {
    return this.inflight !== undefined;
  }

  /**
   * The member under this client crashed: the operation in flight has an unknown outcome, and the
   * client goes on as a new process once the member is back.
   */
  abandon(): void {
    if (this.inflight === undefined) return;
    this.record('info', this.inflight, 'member crashed');
    this.inflight = undefined;
    this.epoch++;
    this.process += 1_000_000;
    this.schedule();
  }

  private schedule(): void {
    this.world.after(this.rng.range(1, 30), () => {
      void this.step();
    });
  }

  private pickKeys(count: number): Key[] {
    const chosen: Key[] = [];
    // Without spanning shards, every key of a transaction is in the first key's container.
    const pool = (): readonly Key[] =>
      this.spanShards || chosen.length === 0
        ? this.keys
        : this.keys.filter((k) => k.container === chosen[0]!.container);
    while (chosen.length < count) {
      const from = pool();
      const key = from[this.rng.int(from.length)]!;
      if (!chosen.some((c) => name(c) === name(key))) chosen.push(key);
    }
    return chosen;
  }

  private async step(): Promise<void> {
    if (this.stopped || this.inflight !== undefined) return;
    const front = this.world.front(this.member);
    if (front === undefined) {
      this.schedule();
      return;
    }
    const kind = this.rng.pick(['read', 'write', 'increment'] as const);
    const keys = this.pickKeys(kind === 'read' ? this.rng.range(1, 3) : this.rng.range(1, 2));
    const writes = new Map<string, number>();
    const invoked: TxnMicro[] = [];
    for (const key of keys) {
      if (kind !== 'write') invoked.push(['r', name(key), null]);
      if (kind !== 'read') {
        const value = this.values.take();
        writes.set(name(key), value);
        invoked.push(['w', name(key), value]);
      }
    }
    this.inflight = invoked;
    const epoch = this.epoch;
    this.record('invoke', invoked);
    let done: { type: 'ok' | 'fail' | 'info'; micro: TxnMicro[]; error?: string };
    try {
      const tx = kind === 'read' ? front.newReadOnlyTransaction() : front.newReadWriteTransaction();
      const seen: TxnMicro[] = [];
      for (const key of keys) {
        if (kind !== 'write') {
          const data = (await tx.read(path(key))) as { v?: number } | undefined;
          const v = data?.v;
          seen.push(['r', name(key), typeof v === 'number' ? v : null]);
        }
        if (kind !== 'read') {
          const value = writes.get(name(key))!;
          tx.write(path(key), { k: key.k, v: value });
          seen.push(['w', name(key), value]);
        }
      }
      if (kind === 'read') tx.close();
      else await tx.commit();
      done = { type: 'ok', micro: seen };
    } catch (error) {
      const code = error instanceof CanopyError ? error.code : undefined;
      const definite = code !== undefined && DEFINITE_FAILURES.has(code);
      done = {
        type: kind === 'read' || definite ? 'fail' : 'info',
        micro: invoked,
        error: code ?? (error instanceof Error ? error.message : String(error)),
      };
    }
    if (epoch !== this.epoch) return; // abandoned at a crash: recorded as info then
    this.inflight = undefined;
    this.completed++;
    this.record(done.type, done.micro, done.error);
    if (done.type === 'info') this.process += 1_000_000;
    this.schedule();
  }

  private record(
    type: 'invoke' | 'ok' | 'fail' | 'info',
    micro: readonly TxnMicro[],
    error?: string,
  ): void {
    this.world.history.add({
      process: this.process,
      type,
      f: 'txn',
      key: [...new Set(micro.map(([, k]) => k))].sort().join(','),
      value: micro,
      time: this.world.now(),
      ...(error === undefined ? {} : { error }),
    });
  }
}

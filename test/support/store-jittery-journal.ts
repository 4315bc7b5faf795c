/**
 * A journal whose shards' disks are unevenly slow, for the distributed concurrency properties: it
 * wraps a real RaftStore and delays some of each group's writes by a few random milliseconds, so the
 * shards of one member finish their writes in an order other than the order they asked for them, as
 * replicas on separate disks (or on other members) do. Without it, every shard's writes go through
 * one LevelDB in one FIFO, and a participant always applies its part of a multi-shard commit before
 * a shard that commits after the decision: the window a bug needs (a listener spanning shards that
 * delivers a later one-shard commit first, finding fixed in src/txn/listener-proxy.ts) never opens.
 *
 * Invariants kept: one group's writes still take effect in call order (a delayed write holds back
 * the writes after it, as DurableRaftStorage requires), and a write resolves only after the real,
 * synced write did. Reads pass through; compaction and close come after the queued writes.
 */
import type { RaftGroupLog, RaftStore, RaftStoreStats } from '../../src/persistence/raft-store.js';
import type { DurableRaftStorage, DurableState, DurableWrite } from '../../src/raft/storage.js';
import { SeededRng, type Rng } from '../../src/util/rng.js';

/** How often a write is held back, and for at most how long. */
export interface Jitter {
  readonly chance: number;
  readonly maxMs: number;
}

export const DEFAULT_JITTER: Jitter = { chance: 0.5, maxMs: 4 };

/** One group's disk: writes in call order, some after a short random wait. */
class JitteryGroup implements DurableRaftStorage {
  private readonly inner: DurableRaftStorage;
  private readonly rng: Rng;
  private readonly jitter: Jitter;
  private tail: Promise<void> = Promise.resolve();

  constructor(inner: DurableRaftStorage, rng: Rng, jitter: Jitter) {
    this.inner = inner;
    this.rng = rng;
    this.jitter = jitter;
  }

  load(): Promise<DurableState> {
    return this.inner.load();
  }

  save(write: DurableWrite, options: { readonly sync: boolean }): Promise<void> {
    const wait = this.rng.chance(this.jitter.chance) ? this.rng.int(this.jitter.maxMs + 1) : -1;
    const done = this.tail.then(async () => {
      if (wait >= 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await this.inner.save(write, options);
    });
    this.tail = done.then(
      () => undefined,
      () => undefined,
    );
    return done;
  }

  compact(index: number): Promise<void> {
    return this.tail.then(() => this.inner.compact(index));
  }

  close(): Promise<void> {
    return this.tail.then(() => this.inner.close());
  }

  /** Settles once the writes asked for so far did. */
  drained(): Promise<void> {
    return this.tail;
  }
}

/**
 * `inner` with each group's writes jittered (see the file comment); `seed` picks the delays, though
 * the wall clock decides what they overlap with, so a run is not replayed exactly.
 */
export function jitteryJournal(inner: RaftStore, seed: number, jitter = DEFAULT_JITTER): RaftStore {
  const root = new SeededRng(seed);
  const groups = new Map<string, JitteryGroup>();
  return {
    dir: inner.dir,
    group(name: string): RaftGroupLog {
      let group = groups.get(name);
      if (group === undefined) {
        group = new JitteryGroup(inner.group(name), root.fork(), jitter);
        groups.set(name, group);
      }
      // The shards use a group only through DurableRaftStorage (ShardManager's storageFor); the
      // class type RaftStore names has private members no wrapper can match.
      return group as unknown as RaftGroupLog;
    },
    groupNames: (): Promise<string[]> => inner.groupNames(),
    stats: (): RaftStoreStats => inner.stats(),
    close: async (): Promise<void> => {
      await Promise.all([...groups.values()].map((g) => g.drained()));
      await inner.close();
    },
  };
}

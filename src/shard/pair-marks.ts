/**
 * Pair marks: what lets a transaction that reads several shards, one after another, check that its
 * snapshots form a consistent cut (no multi-shard commit seen on one of its shards and missed on
 * another). The protocol is described once, in docs/ARCHITECTURE.md, "Readers and prepared
 * transactions".
 *
 * For every other shard P, a replica of shard S keeps the *mark* of the pair {S, P}: the newest
 * multi-shard commit involving both that it applied, and how many such commits it applied in all.
 * The multi-shard commits involving two given shards commit in the same order on both (each holds its
 * queue head from preCommit until its commit record is proposed there, and takes the shards in name
 * order: strict two-phase locking), and every replica applies the same entries, so the replicas of S
 * and of P count the same sequence. Two snapshots, of S and of P, agree on that sequence exactly when
 * their marks for each other name the same transaction; when they do not, the one with the smaller
 * count lags behind the other.
 *
 * The marks are part of the shard's state machine: applied from the log, kept in its snapshot image.
 *
 * Invariant: a mark's count only grows; the map a snapshot carries is never changed afterwards
 * (copy on write).
 *
 * Pure.
 */
import type { ContainerNode } from '../tree/node.js';
import { DataTreeSnapshot, type TreeContext } from '../tree/modification.js';

/** The newest multi-shard commit involving this shard and another, and how many there were. */
export interface PairMark {
  readonly txId: string;
  readonly count: number;
}

/** A pair mark as a snapshot image keeps it: `shard` is the other shard of the pair. */
export interface PairMarkRecord extends PairMark {
  readonly shard: string;
}

/** One replica's pair marks. See the file comment. */
export class PairMarks {
  private readonly self: string;
  /** Replaced, never changed, when a mark moves: snapshots hold the map as it was. */
  private marks: ReadonlyMap<string, PairMark> = new Map();

  constructor(self: string) {
    this.self = self;
  }

  /** A multi-shard commit of `txId` over `participants` (this shard among them) is applied. */
  applied(txId: string, participants: readonly string[]): void {
    const next = new Map(this.marks);
    for (const shard of participants) {
      if (shard === this.self) continue;
      next.set(shard, { txId, count: (this.marks.get(shard)?.count ?? 0) + 1 });
    }
    this.marks = next;
  }

  /** The marks now (immutable). */
  get view(): ReadonlyMap<string, PairMark> {
    return this.marks;
  }

  /** What a snapshot image keeps. */
  image(): PairMarkRecord[] {
    return [...this.marks].map(([shard, m]) => ({ shard, txId: m.txId, count: m.count }));
  }

  /** Replaces the marks with a snapshot image's. */
  restore(records: readonly PairMarkRecord[]): void {
    this.marks = new Map(records.map((r) => [r.shard, { txId: r.txId, count: r.count }]));
  }
}

/**
 * A snapshot a shard replica handed out for a read: the committed tree at an applied index, the
 * shard's name and its pair marks at that index.
 */
export class ShardReadSnapshot extends DataTreeSnapshot {
  readonly shard: string;
  readonly pairMarks: ReadonlyMap<string, PairMark>;

  constructor(
    context: TreeContext,
    root: ContainerNode,
    appliedIndex: number,
    shard: string,
    pairMarks: ReadonlyMap<string, PairMark>,
  ) {
    super(context, root, appliedIndex);
    this.shard = shard;
    this.pairMarks = pairMarks;
  }
}

/**
 * How two snapshots of different shards stand with respect to the multi-shard commits involving
 * both: `ok` when they saw the same ones; `fresh-lags` when `fresh` misses one `pinned` has (read
 * `fresh` again: a newer snapshot has it); `pinned-lags` when `fresh` has one `pinned` misses.
 */
export function comparePair(
  pinned: ShardReadSnapshot,
  fresh: ShardReadSnapshot,
): 'ok' | 'fresh-lags' | 'pinned-lags' {
  const x = fresh.pairMarks.get(pinned.shard);
  const y = pinned.pairMarks.get(fresh.shard);
  if (x?.txId === y?.txId) return 'ok';
  return (y?.count ?? 0) > (x?.count ?? 0) ? 'fresh-lags' : 'pinned-lags';
}

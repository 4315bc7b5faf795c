/**
 * The shard's commit queue and the transactions it knows (design 003's ShardCommitCohort queue;
 * ODL's ShardDataTree pending transactions): the FIFO of transactions waiting to commit, of which
 * only the head works; three-phase transactions kept between their ready and their canCommit; and the
 * memory of how recent transactions ended (so a late commit request learns the outcome) and of the
 * transaction chains that failed (so a later transaction of the chain fails too, rather than commit
 * without the one it was built on).
 *
 * Bookkeeping only: the shard core (shard-core.ts) decides when a transaction moves, validates it
 * against the tree and answers its requests.
 *
 * Invariants: every transaction queued or kept is known by its id (`get`), and a removed one is not;
 * the queue holds at most `capacity` transactions (removed ones at the head are dropped when seen);
 * a chain remembers its first failure only.
 *
 * Pure.
 */
import type { DataTreeCandidate } from '../tree/candidate.js';
import type { Outcome, ReadyTransaction } from './shard-types.js';

/** How a ready transaction commits on this shard. */
export type CommitMode = 'commit-on-ready' | 'three-phase';

/** Where a transaction is on this shard. */
export type TxState =
  /** Three-phase, kept until canCommit (not queued). */
  | 'stored'
  /** Waiting in the queue. */
  | 'queued'
  /** Passed canCommit (holds nothing). */
  | 'can-commit'
  /** Passed preCommit; a multi-shard one holds the head. */
  | 'pre-committed'
  /** A participant whose prepare record is being journaled. */
  | 'preparing'
  /** A participant whose prepare is durable: only the coordinator decides now. */
  | 'prepared'
  /** Its commit record is proposed: past the point of no return here. */
  | 'committing'
  /** Its abort record is proposed. */
  | 'aborting'
  | 'removed';

/** Its part: alone on this shard, or the coordinator or a participant of a multi-shard one. */
export type TxRole = 'single' | 'coordinator' | 'participant';

/** One live transaction on this shard. */
export interface TxEntry {
  readonly txId: string;
  readonly mod: ReadyTransaction['mod'];
  readonly participants: readonly string[] | undefined;
  readonly chainId: string | undefined;
  readonly mode: CommitMode;
  readonly role: TxRole;
  state: TxState;
  /** Commit as soon as it reaches the head (commit-on-ready, or a one-shard commit phase). */
  commitAtHead: boolean;
  candidate: DataTreeCandidate | undefined;
  lastActiveTick: number;
  /** Requests answered when the current phase ends. */
  waiters: number[];
}

/** The role of shard `self` in a transaction over `participants` (sorted; the first coordinates). */
export function roleOf(participants: readonly string[] | undefined, self: string): TxRole {
  if (participants === undefined || participants.length < 2) return 'single';
  return participants[0] === self ? 'coordinator' : 'participant';
}

interface Memo<T> {
  readonly value: T;
  readonly tick: number;
}

/** A FIFO with O(1) shift. */
export class Fifo<T> {
  private items: T[] = [];
  private head = 0;
  get length(): number {
    return this.items.length - this.head;
  }
  peek(): T | undefined {
    return this.items[this.head];
  }
  push(item: T): void {
    this.items.push(item);
  }
  shift(): T | undefined {
    const item = this.items[this.head];
    if (item === undefined) return undefined;
    this.head++;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
  values(): T[] {
    return this.items.slice(this.head);
  }
  clear(): void {
    this.items = [];
    this.head = 0;
  }
}

/** The commit queue of one shard replica. See the file comment. */
export class CommitQueue {
  /** shard-transaction-commit-queue-capacity. */
  readonly capacity: number;
  private readonly fifo = new Fifo<TxEntry>();
  private readonly byId = new Map<string, TxEntry>();
  private readonly kept = new Map<string, TxEntry>();
  private readonly finished = new Map<string, Memo<Outcome>>();
  private readonly failedChains = new Map<string, Memo<Error>>();

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  /** Transactions in the queue (removed ones not yet dropped from the head included). */
  get length(): number {
    return this.fifo.length;
  }

  /** Three-phase transactions kept until canCommit. */
  get keptCount(): number {
    return this.kept.size;
  }

  get(txId: string): TxEntry | undefined {
    return this.byId.get(txId);
  }

  has(txId: string): boolean {
    return this.byId.has(txId);
  }

  /** Every live transaction, in the order they became known. */
  live(): TxEntry[] {
    return [...this.byId.values()];
  }

  /** Three-phase transactions kept until canCommit. */
  keptEntries(): TxEntry[] {
    return [...this.kept.values()];
  }

  head(): TxEntry | undefined {
    return this.fifo.peek();
  }

  /** Drops the head (it committed, failed, or was removed). */
  shiftHead(): void {
    this.fifo.shift();
  }

  /** Knows a transaction by its id. */
  track(entry: TxEntry): void {
    this.byId.set(entry.txId, entry);
  }

  /** Knows and keeps a three-phase transaction until its canCommit. */
  keep(entry: TxEntry): void {
    this.byId.set(entry.txId, entry);
    this.kept.set(entry.txId, entry);
  }

  /** A kept transaction moves on (to the queue, or out). */
  release(txId: string): void {
    this.kept.delete(txId);
  }

  /**
   * Appends `entry` to the queue, `requestId` waiting on it; false (nothing changed) when the
   * queue is full.
   */
  enqueue(entry: TxEntry, requestId: number, tick: number): boolean {
    if (this.fifo.length >= this.capacity) return false;
    entry.state = 'queued';
    entry.lastActiveTick = tick;
    entry.waiters.push(requestId);
    this.fifo.push(entry);
    return true;
  }

  /** Takes `entry` out of the queue head and out of the kept ones (it has no journal record). */
  detach(entry: TxEntry): void {
    if (this.fifo.peek() === entry) this.fifo.shift();
    this.kept.delete(entry.txId);
  }

  /** Forgets `entry`; `error`, when given, is remembered as how it ended (and fails its chain). */
  remove(entry: TxEntry, error: Error | undefined, tick: number): void {
    entry.state = 'removed';
    entry.candidate = undefined;
    this.byId.delete(entry.txId);
    if (error !== undefined) this.rememberFailure(entry, error, tick);
  }

  /** Remembers that `entry` failed with `error`, and that its chain did (its first failure). */
  rememberFailure(entry: TxEntry, error: Error, tick: number): void {
    this.finished.set(entry.txId, { value: { ok: false, error }, tick });
    if (entry.chainId !== undefined && !this.failedChains.has(entry.chainId)) {
      this.failedChains.set(entry.chainId, { value: error, tick });
    }
  }

  /** Remembers how a transaction ended here (a late commit request learns it). */
  rememberOutcome(txId: string, outcome: Outcome, tick: number): void {
    this.finished.set(txId, { value: outcome, tick });
  }

  /** How a recent transaction ended here, when it is remembered. */
  outcomeOf(txId: string): Outcome | undefined {
    return this.finished.get(txId)?.value;
  }

  /** The first failure of `chainId` remembered here, if any. */
  chainFailure(chainId: string | undefined): Error | undefined {
    return chainId === undefined ? undefined : this.failedChains.get(chainId)?.value;
  }

  /** Forgets a closed chain's failure. */
  closeChain(chainId: string): void {
    this.failedChains.delete(chainId);
  }

  /** Forgets outcomes and chain failures remembered before `horizon` (a tick). */
  expireMemos(horizon: number): void {
    for (const [id, memo] of this.finished) if (memo.tick < horizon) this.finished.delete(id);
    for (const [id, memo] of this.failedChains) {
      if (memo.tick < horizon) this.failedChains.delete(id);
    }
  }

  /** Empties the queue and the kept transactions (the shard stopped). */
  clear(): void {
    this.fifo.clear();
    this.kept.clear();
  }
}

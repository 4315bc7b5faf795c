/**
 * The visibility gate of one datastore on one member: it knows which multi-shard transactions are
 * visible on some of their shards and not yet on the others (the coordinator applies its part first,
 * each other participant once it has journaled its outcome: a window of about one journal write).
 * A transaction pins its snapshots only while the gate is open, so that it sees every multi-shard
 * commit on all of its shards or on none (shard-transaction.ts, transaction-proxy.ts). One that opens
 * while the gate is closed keeps the snapshots it could take at its opening, and asks the gate
 * (`capture`) for the root each shard still missing a part has right after applying it: a participant
 * holds its queue head from its prepare to its outcome, so nothing else commits there in between, and
 * that root is the shard as of the opening plus the part. So the transaction sees no commit that came
 * after it opened.
 *
 * Fed with every applied commit (in each shard's commit order); only the parts of live multi-shard
 * transactions matter: replayed ones are hidden anyway (a shard is not readable before it caught up and
 * resolved what was in doubt). A part on a shard this member does not hold is not waited for (remote
 * shards need the next issue's protocol), and a transaction half visible for longer than
 * `partialMaxMs` (a participant restarted meanwhile and resolves it from its journal) stops holding
 * the gate.
 */
import type { Timers } from '../util/timers.js';
import type { ContainerNode } from '../tree/node.js';
import type { AppliedCommit } from '../shard/shard-types.js';

/** Called with a shard's committed root right after it applied its part of a transaction. */
export type PartCapture = (root: ContainerNode) => void;

export class VisibilityGate {
  private readonly local: ReadonlySet<string>;
  private readonly partial = new Map<string, Set<string>>();
  /** By transaction, then shard: who waits for the root after that shard's part. */
  private readonly captures = new Map<string, Map<string, PartCapture[]>>();
  private waiters: (() => void)[] = [];
  private readonly partialMaxMs: number;
  private readonly timers: Timers;

  /** `localShards`: the shards whose parts this member applies; `timers` runs the expiry. */
  constructor(localShards: Iterable<string>, partialMaxMs: number, timers: Timers) {
    this.local = new Set(localShards);
    this.partialMaxMs = partialMaxMs;
    this.timers = timers;
  }

  /** True when no multi-shard transaction is visible on some shards only. */
  get open(): boolean {
    return this.partial.size === 0;
  }

  /** A shard applied `commit`. */
  applied(shard: string, commit: AppliedCommit): void {
    const participants = commit.participants;
    if (participants === undefined || !commit.live) return;
    let remaining = this.partial.get(commit.txId);
    if (remaining === undefined) {
      remaining = new Set(participants.filter((p) => this.local.has(p)));
      this.partial.set(commit.txId, remaining);
      this.timers.schedule(
        this.partialMaxMs,
        () => {
          this.settle(commit.txId);
        },
        { background: true },
      );
    }
    remaining.delete(shard);
    const captured = this.captures.get(commit.txId)?.get(shard);
    if (captured !== undefined) {
      this.captures.get(commit.txId)!.delete(shard);
      for (const capture of captured) capture(commit.candidate.after);
    }
    if (remaining.size === 0) this.settle(commit.txId);
  }

  /**
   * The local shards that have still to apply their part of a multi-shard commit visible on other
   * shards already, each with that transaction's id.
   */
  pendingParts(): [shard: string, txId: string][] {
    const parts: [string, string][] = [];
    for (const [txId, remaining] of this.partial) {
      for (const shard of remaining) parts.push([shard, txId]);
    }
    return parts;
  }

  /**
   * Calls `capture` (synchronously, inside the shard's apply) with `shard`'s committed root right
   * after it applies its part of `txId`; never when the gate stops waiting for the transaction first
   * (`partialMaxMs`).
   */
  capture(txId: string, shard: string, capture: PartCapture): void {
    if (this.partial.get(txId)?.has(shard) !== true) return;
    let byShard = this.captures.get(txId);
    if (byShard === undefined) {
      byShard = new Map();
      this.captures.set(txId, byShard);
    }
    const list = byShard.get(shard);
    if (list === undefined) byShard.set(shard, [capture]);
    else list.push(capture);
  }

  private settle(txId: string): void {
    this.captures.delete(txId);
    if (!this.partial.delete(txId) || this.partial.size > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves when the gate is open (at once when it is). */
  whenOpen(): Promise<void> {
    if (this.open) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

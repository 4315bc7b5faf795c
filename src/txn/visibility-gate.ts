/**
 * The visibility gate of one datastore on one member: it knows which multi-shard transactions are
 * visible on some of their shards and not yet on the others (the coordinator applies its part first,
 * each other participant once it has journaled its outcome: a window of about one journal write).
 * A transaction pins its snapshots only while the gate is open, so that it sees every multi-shard
 * commit on all of its shards or on none (shard-transaction.ts, transaction-proxy.ts).
 *
 * Fed with every applied commit (in each shard's commit order); only the parts of live multi-shard
 * transactions matter: replayed ones are hidden anyway (a shard is not readable before it caught up and
 * resolved what was in doubt). A part on a shard this member does not hold is not waited for (remote
 * shards need the next issue's protocol), and a transaction half visible for longer than
 * `partialMaxMs` (a participant restarted meanwhile and resolves it from its journal) stops holding
 * the gate.
 */
import type { Timers } from '../util/timers.js';
import type { AppliedCommit } from '../shard/shard-types.js';

export class VisibilityGate {
  private readonly local: ReadonlySet<string>;
  private readonly partial = new Map<string, Set<string>>();
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
    if (remaining.size === 0) this.settle(commit.txId);
  }

  private settle(txId: string): void {
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

/**
 * The reads a shard replica has been asked and not yet answered (ShardCore.read). Linearizable reads
 * are batched: every read waiting when a ReadIndex round starts shares that round (one heartbeat
 * round confirms the leadership for all of them; a read arriving later waits for the next round,
 * since a read point fixed before it arrived could miss a commit acknowledged in between). Once a
 * round's read point is known, its reads wait until the replica applied up to it. Local reads wait
 * only for the replica to recover its journal.
 *
 * Bookkeeping only: the shard core asks Raft for the rounds and answers the reads.
 *
 * Invariants: a read is in exactly one place (the batch, one round, the waiting list, or the local
 * list) until it is taken out to be answered; the waiting list is in read-point order.
 *
 * Pure.
 */

/** The unanswered reads of one replica. See the file comment. */
export class ReadQueue {
  private batch: number[] = [];
  private readonly rounds = new Map<string, number[]>();
  private seq = 0;
  private waiting: { readonly index: number; readonly requestIds: number[] }[] = [];
  private local: number[] = [];

  /** A linearizable read: it joins the next round. */
  addLinearizable(requestId: number): void {
    this.batch.push(requestId);
  }

  /** A local read: answered once the replica recovered its journal. */
  addLocal(requestId: number): void {
    this.local.push(requestId);
  }

  /** Starts a round for the reads batched so far: its id (for Raft's readIndex), or undefined. */
  startRound(): string | undefined {
    if (this.batch.length === 0) return undefined;
    const round = `r${++this.seq}`;
    this.rounds.set(round, this.batch);
    this.batch = [];
    return round;
  }

  /** Raft confirmed `round` at read point `index`; unknown rounds are ignored. */
  confirmed(round: string, index: number): void {
    const requestIds = this.rounds.get(round);
    if (requestIds === undefined) return;
    this.rounds.delete(round);
    // Read points never go down; keep the list sorted anyway (a forwarded round may answer late).
    let at = this.waiting.length;
    while (at > 0 && this.waiting[at - 1]!.index > index) at--;
    this.waiting.splice(at, 0, { index, requestIds });
  }

  /** Raft could not confirm `round`: its reads, to answer with an error. */
  failed(round: string): number[] {
    const requestIds = this.rounds.get(round) ?? [];
    this.rounds.delete(round);
    return requestIds;
  }

  /** The local reads waiting for the replica to recover. */
  takeLocal(): number[] {
    return this.local.splice(0);
  }

  /** The reads whose read point the replica has applied (`applied` is its applied index). */
  takeServable(applied: number): number[] {
    let served = 0;
    const out: number[] = [];
    for (const r of this.waiting) {
      if (r.index > applied) break;
      for (const requestId of r.requestIds) out.push(requestId);
      served++;
    }
    if (served > 0) this.waiting = this.waiting.slice(served);
    return out;
  }

  /** Every unanswered read (the replica stops). */
  takeAll(): number[] {
    const out = [
      ...this.batch,
      ...[...this.rounds.values()].flat(),
      ...this.waiting.flatMap((r) => r.requestIds),
      ...this.local,
    ];
    this.batch = [];
    this.rounds.clear();
    this.waiting = [];
    this.local = [];
    return out;
  }

  /** Unanswered reads. */
  get size(): number {
    let n = this.batch.length + this.local.length;
    for (const ids of this.rounds.values()) n += ids.length;
    for (const r of this.waiting) n += r.requestIds.length;
    return n;
  }
}

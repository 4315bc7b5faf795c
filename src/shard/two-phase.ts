/**
 * The durable two-phase commit state of one shard replica: as a participant, the transactions it
 * prepared (journaled `prepare` records) and which of them are in doubt; as a coordinator, the commit
 * decisions it journaled and which participants have recorded them. The protocol (records, who writes
 * what when, the point of no return, presumed abort, in-doubt resolution, forgetting) is described
 * once, in docs/ARCHITECTURE.md, "Two-phase commit across shards".
 *
 * This module keeps the state and answers questions about it; the shard core (shard-core.ts) decides
 * what to journal and what to send. The state is rebuilt from the applied log on a restart (and on a
 * new leader): the snapshot's image (`image` / `restore`), then the replayed records.
 *
 * Invariants: a transaction is in doubt only while it is prepared here; a blocked transaction (its
 * coordinator replica stopped) is prepared here; a decision is forgotten only once every other
 * participant recorded it, and only through a journaled `forget`. Every prepared transaction knows
 * the log index of its `prepare` (linearizable reads at or past it wait until it is settled: see
 * docs/ARCHITECTURE.md, "Readers and prepared transactions"); every replica of the shard, leader or
 * not, keeps the prepared set, since every replica serves such reads.
 *
 * Pure.
 */
import type { DecisionRecord, PreparedRecord } from './payload.js';
import type { TxEntry } from './commit-queue.js';

/** A transaction prepared on this replica as a participant. */
export interface PreparedTx {
  readonly record: PreparedRecord;
  /**
   * The log index of its `prepare` record (a snapshot's index for one restored from a snapshot):
   * linearizable reads at or after it wait until the transaction is settled here.
   */
  readonly index: number;
  /** The transaction still holding the head here, when it was prepared in this run. */
  live: TxEntry | undefined;
  /** Its commit-prepared or abort-prepared record is proposed. */
  outcomeProposed: boolean;
  /** When the coordinator was last asked for the outcome. */
  lastAskedTick: number;
}

interface Decision {
  readonly participants: readonly string[];
  readonly acked: Set<string>;
}

/** What a snapshot keeps of the two-phase state. */
export interface TwoPhaseImage {
  readonly prepared: readonly PreparedRecord[];
  readonly decisions: readonly DecisionRecord[];
}

/** One replica's two-phase commit state. See the file comment. */
export class TwoPhaseState {
  /** This replica's shard name: how participants are named. */
  private readonly self: string;
  private readonly prepared = new Map<string, PreparedTx>();
  private readonly inDoubt = new Set<string>();
  /** Transactions prepared here whose coordinator replica stopped: why each cannot be resolved. */
  private readonly blocked = new Map<string, string>();
  private readonly decisions = new Map<string, Decision>();
  /** Participants that asked for a decision still on its way to the journal. */
  private readonly decisionWaiters = new Map<string, string[]>();
  /** Decisions every participant recorded, to forget with the next `forget` record. */
  private readonly forgettable = new Set<string>();

  constructor(self: string) {
    this.self = self;
  }

  // Participant side -----------------------------------------------------------------------------

  /** Records a prepare (journaled, applied or replayed). */
  prepare(
    record: PreparedRecord,
    index: number,
    live: TxEntry | undefined,
    outcomeProposed: boolean,
    tick: number,
  ) {
    this.prepared.set(record.txId, { record, index, live, outcomeProposed, lastAskedTick: tick });
  }

  /**
   * The lowest log index of a `prepare` not yet settled here (committed or aborted), undefined when
   * none is: a linearizable read whose read point is at or past it must wait, since the transaction
   * may already be acknowledged at its coordinator (docs/ARCHITECTURE.md, "Readers and prepared
   * transactions").
   */
  lowestUnsettledIndex(): number | undefined {
    let lowest: number | undefined;
    for (const p of this.prepared.values()) {
      if (lowest === undefined || p.index < lowest) lowest = p.index;
    }
    return lowest;
  }

  preparedTx(txId: string): PreparedTx | undefined {
    return this.prepared.get(txId);
  }

  isPrepared(txId: string): boolean {
    return this.prepared.has(txId);
  }

  /** The outcome of a prepared transaction is applied (committed or aborted): it is settled here. */
  settle(txId: string): PreparedTx | undefined {
    const p = this.prepared.get(txId);
    this.prepared.delete(txId);
    this.inDoubt.delete(txId);
    this.blocked.delete(txId);
    return p;
  }

  /**
   * The replica caught up with its log (recovered, or a new leader applied its predecessors'
   * entries): every prepared transaction with no live owner and no outcome proposed is in doubt.
   * Returns them, to ask their coordinators.
   */
  markInDoubt(): PreparedTx[] {
    const out: PreparedTx[] = [];
    for (const p of this.prepared.values()) {
      if (p.live !== undefined || p.outcomeProposed) continue;
      this.inDoubt.add(p.record.txId);
      out.push(p);
    }
    return out;
  }

  /** Transactions in doubt whose coordinator is due to be asked again (`retryTicks` since). */
  dueToAsk(tick: number, retryTicks: number): PreparedTx[] {
    const out: PreparedTx[] = [];
    for (const txId of this.inDoubt) {
      const p = this.prepared.get(txId);
      if (p !== undefined && !p.outcomeProposed && tick - p.lastAskedTick >= retryTicks)
        out.push(p);
    }
    return out;
  }

  /** The transactions prepared here and not yet settled, in prepare order. */
  preparedIds(): string[] {
    return [...this.prepared.values()].sort((x, y) => x.index - y.index).map((p) => p.record.txId);
  }

  get inDoubtCount(): number {
    return this.inDoubt.size;
  }

  /**
   * The coordinator replica of `txId` stopped: remembers why the transaction cannot be resolved.
   * Returns the reason when this newly blocks a transaction in doubt (readers are then refused),
   * undefined otherwise.
   */
  coordinatorUnavailable(txId: string, reason: string): string | undefined {
    const p = this.prepared.get(txId);
    if (p === undefined || p.outcomeProposed) return undefined;
    const known = this.blocked.has(txId);
    this.blocked.set(txId, reason);
    return !known && this.inDoubt.has(txId) ? reason : undefined;
  }

  /** Why readers are refused: a transaction in doubt here whose coordinator replica stopped. */
  readBlock(): string | undefined {
    for (const txId of this.inDoubt) {
      const reason = this.blocked.get(txId);
      if (reason !== undefined) return reason;
    }
    return undefined;
  }

  /** Why this replica cannot serve readers although it runs (for status), or undefined. */
  blockedReason(): string | undefined {
    for (const [txId, reason] of this.blocked) {
      if (this.inDoubt.has(txId) || this.prepared.has(txId)) return reason;
    }
    return undefined;
  }

  /**
   * This replica stopped leading: what only a leader knows goes (live owners, proposed outcomes, who
   * waits for a decision, what may be forgotten, what is in doubt); the records the applied log
   * holds stay. Leading again, it rebuilds the rest as a restarted replica does.
   */
  leadershipLost(): void {
    for (const p of this.prepared.values()) {
      p.live = undefined;
      p.outcomeProposed = false;
    }
    this.inDoubt.clear();
    this.decisionWaiters.clear();
    this.forgettable.clear();
  }

  /** Drops everything (a snapshot from the leader replaces the state). */
  clear(): void {
    this.prepared.clear();
    this.inDoubt.clear();
    this.blocked.clear();
    this.decisions.clear();
    this.decisionWaiters.clear();
    this.forgettable.clear();
  }

  // Coordinator side -----------------------------------------------------------------------------

  /** A commit decision is applied; returns the participants that asked for it meanwhile. */
  recordDecision(txId: string, participants: readonly string[]): string[] {
    this.decisions.set(txId, { participants, acked: new Set() });
    const waiting = this.decisionWaiters.get(txId) ?? [];
    this.decisionWaiters.delete(txId);
    return waiting;
  }

  hasDecision(txId: string): boolean {
    return this.decisions.has(txId);
  }

  /** `from` asked for a decision that is proposed but not yet applied: answer it then. */
  awaitDecision(txId: string, from: string): void {
    const waiting = this.decisionWaiters.get(txId) ?? [];
    waiting.push(from);
    this.decisionWaiters.set(txId, waiting);
  }

  /** Takes every participant waiting for a decision (the replica stopped: tell them). */
  takeDecisionWaiters(): [string, string[]][] {
    const out = [...this.decisionWaiters];
    this.decisionWaiters.clear();
    return out;
  }

  /** Every decision kept, with the participants other than this shard (to confirm after restart). */
  decisionsToConfirm(): { txId: string; participants: string[] }[] {
    return [...this.decisions].map(([txId, d]) => ({
      txId,
      participants: d.participants.filter((s) => s !== this.self),
    }));
  }

  /** `participant` recorded the commit of `txId`; once all did, the decision may be forgotten. */
  outcomeRecorded(txId: string, participant: string): void {
    const d = this.decisions.get(txId);
    if (d === undefined) return;
    d.acked.add(participant);
    if (d.participants.every((s) => s === this.self || d.acked.has(s))) this.forgettable.add(txId);
  }

  /** Takes the decisions to forget in the next `forget` record. */
  takeForgettable(): string[] {
    const out = [...this.forgettable];
    this.forgettable.clear();
    return out;
  }

  /** Drops decisions (a `forget` record is applied). */
  forget(txIds: readonly string[]): void {
    for (const txId of txIds) this.decisions.delete(txId);
  }

  get decisionCount(): number {
    return this.decisions.size;
  }

  // Snapshots ------------------------------------------------------------------------------------

  /** The records a snapshot keeps. */
  image(): TwoPhaseImage {
    return {
      prepared: [...this.prepared.values()].map((p) => p.record),
      decisions: [...this.decisions].map(([txId, d]) => ({ txId, participants: d.participants })),
    };
  }

  /** Restores the records of a snapshot taken at log index `index` (before replaying the entries after it). */
  restore(image: TwoPhaseImage, index: number): void {
    for (const record of image.prepared) this.prepare(record, index, undefined, false, 0);
    for (const d of image.decisions) {
      this.decisions.set(d.txId, { participants: d.participants, acked: new Set() });
    }
  }
}

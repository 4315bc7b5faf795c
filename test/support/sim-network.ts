/**
 * The simulated network between Raft members and clients. Every message gets its own delay (so messages
 * overtake one another: reordering), may be lost, may be delivered twice, and passes only where the
 * directed reachability relation allows, checked both when it is sent and when it arrives (a link cut
 * while a message is in flight loses it). Symmetric partitions block both directions; asymmetric ones a
 * single direction, the case that breaks naive failure detectors (Jepsen's "bridge" and one-way nemeses).
 *
 * Everything random is drawn from the seeded Rng handed in, in the order messages are sent, so one seed
 * gives one schedule. The network never looks inside a message.
 */
import type { Rng } from '../../src/util/rng.js';
import type { EventQueue } from './sim-queue.js';

/** How messages misbehave; probabilities per message, delays in simulated ms. */
export interface LinkFaults {
  readonly lossChance: number;
  readonly duplicateChance: number;
  readonly delayMinMs: number;
  readonly delayMaxMs: number;
  /** Chance that a message is held up by a long delay (a congested or retransmitting link). */
  readonly spikeChance: number;
  readonly spikeMaxMs: number;
}

export const perfectLinks: LinkFaults = {
  lossChance: 0,
  duplicateChance: 0,
  delayMinMs: 1,
  delayMaxMs: 5,
  spikeChance: 0,
  spikeMaxMs: 0,
};

export interface Envelope<M> {
  readonly from: string;
  readonly to: string;
  readonly message: M;
}

export interface NetworkStats {
  sent: number;
  delivered: number;
  lost: number;
  blocked: number;
  duplicated: number;
}

/** A network over endpoints named by strings, carrying messages of type M. */
export class SimNetwork<M> {
  faults: LinkFaults;
  readonly stats: NetworkStats = { sent: 0, delivered: 0, lost: 0, blocked: 0, duplicated: 0 };
  private readonly cut = new Set<string>();
  private readonly queue: EventQueue;
  private readonly rng: Rng;
  private readonly deliver: (envelope: Envelope<M>) => void;
  private readonly duplicable: (from: string, to: string) => boolean;

  /**
   * `duplicable` says which links may deliver a message twice (default all): a datagram-like link may,
   * a connection (TCP) may not, though it may still lose messages when the connection drops.
   */
  constructor(
    queue: EventQueue,
    rng: Rng,
    faults: LinkFaults,
    deliver: (envelope: Envelope<M>) => void,
    duplicable: (from: string, to: string) => boolean = () => true,
  ) {
    this.queue = queue;
    this.rng = rng;
    this.faults = faults;
    this.deliver = deliver;
    this.duplicable = duplicable;
  }

  /** Whether `from` can currently reach `to`. */
  reachable(from: string, to: string): boolean {
    return !this.cut.has(`${from}>${to}`);
  }

  /** Sends one message; it arrives later, twice, or never. */
  send(from: string, to: string, message: M): void {
    this.stats.sent++;
    if (!this.reachable(from, to)) {
      this.stats.blocked++;
      return;
    }
    if (this.rng.chance(this.faults.lossChance)) {
      this.stats.lost++;
      return;
    }
    const envelope: Envelope<M> = { from, to, message };
    this.schedule(envelope);
    if (this.rng.chance(this.faults.duplicateChance) && this.duplicable(from, to)) {
      this.stats.duplicated++;
      this.schedule(envelope);
    }
  }

  /** Blocks the direction from -> to. */
  block(from: string, to: string): void {
    this.cut.add(`${from}>${to}`);
  }

  /** Splits the endpoints into groups that cannot talk across (both directions). */
  partition(groups: readonly (readonly string[])[]): void {
    for (const a of groups) {
      for (const b of groups) {
        if (a === b) continue;
        for (const x of a) for (const y of b) this.block(x, y);
      }
    }
  }

  /** Restores every link. */
  heal(): void {
    this.cut.clear();
  }

  /** The blocked directions, sorted, as `a>b` strings (for traces). */
  describeCuts(): string {
    return [...this.cut].sort().join(' ');
  }

  private schedule(envelope: Envelope<M>): void {
    const f = this.faults;
    let delay = this.rng.range(f.delayMinMs, f.delayMaxMs);
    if (f.spikeChance > 0 && this.rng.chance(f.spikeChance))
      delay += this.rng.range(1, f.spikeMaxMs);
    this.queue.after(delay, () => {
      if (!this.reachable(envelope.from, envelope.to)) {
        this.stats.blocked++;
        return;
      }
      this.stats.delivered++;
      this.deliver(envelope);
    });
  }
}

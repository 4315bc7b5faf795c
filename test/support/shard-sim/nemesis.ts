/**
 * The nemesis of the replicated-shard simulation: at times drawn from the seed it picks a fault from
 * the run's mix (sim-faults.ts, the same mixes as the Raft simulation) and applies it to the shard
 * world. Faults that favour a leader pick the member leading a random shard half the time, since
 * that is where the subtle cases live (a deposed leader with proposals in flight, a coordinator
 * between its decision and its acknowledgement).
 *
 * - partition, isolate, one-way, bridge, heal: on the member-to-member network (every message kind:
 *   Raft, shard peer messages, proxy requests and answers).
 * - crash: a member loses power now, or (half the time) at one of its next durable writes, chosen by
 *   the seed (a crash point: between any two records of a two-phase commit, with the write torn or
 *   lost as the disk faults say); it restarts after a random downtime.
 * - pause: a member freezes for 50-1,000 ms and resumes with stale beliefs.
 * - churn: a burst of isolations and quick crash-restarts of whoever leads some shard.
 * - membership, transfer: not in this simulation yet (shard groups have a fixed membership and the
 *   core offers no leadership transfer); counted as skipped.
 *
 * `stop()` ends the schedule; `heal()` then restores every link, resumes nothing (pauses end by
 * themselves) and restarts every crashed member, for the liveness phase.
 */
import type { Rng } from '../../../src/util/rng.js';
import type { FaultMix, NemesisAction } from '../sim-faults.js';
import { cutBridge, cutOneWay, shuffledBy } from '../sim-nemesis.js';
import type { ShardSimWorld } from './world.js';

export class ShardNemesis {
  private readonly world: ShardSimWorld;
  private readonly mix: FaultMix;
  private readonly rng: Rng;
  private active = false;
  /** Actions taken, by name, for the run's statistics. */
  readonly counts: Record<string, number> = {};

  constructor(world: ShardSimWorld, mix: FaultMix, rng: Rng) {
    this.world = world;
    this.mix = mix;
    this.rng = rng;
    world.onCrashPoint = (member) => {
      this.restartLater(member, this.rng.range(20, 1500));
    };
  }

  start(): void {
    if (Object.keys(this.mix.actions).length === 0) return;
    this.active = true;
    this.scheduleNext();
  }

  stop(): void {
    this.active = false;
  }

  /** Every link restored and every crashed member started again. */
  heal(): void {
    this.world.network.heal();
    for (const name of this.world.members.keys()) this.world.start(name);
    this.note('heal-all', '');
  }

  private scheduleNext(): void {
    const wait = this.rng.range(this.mix.nemesisEveryMinMs, this.mix.nemesisEveryMaxMs);
    this.world.queue.after(wait, () => {
      if (!this.active) return;
      const action = this.pickAction();
      this.count(action);
      this.act(action);
      this.scheduleNext();
    });
  }

  private count(action: string): void {
    this.counts[action] = (this.counts[action] ?? 0) + 1;
  }

  private pickAction(): NemesisAction {
    const entries = Object.entries(this.mix.actions) as [NemesisAction, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.rng.next() * total;
    for (const [action, weight] of entries) {
      roll -= weight;
      if (roll < 0) return action;
    }
    return entries[entries.length - 1]![0];
  }

  private note(event: string, detail: string): void {
    this.world.trace.add(this.world.now, '-', event, detail);
  }

  private memberNames(): string[] {
    return [...this.world.members.keys()];
  }

  private shuffled<T>(items: readonly T[]): T[] {
    return shuffledBy(this.rng, items);
  }

  /** The leader of some shard, if any leads. */
  private someLeader(): string | undefined {
    const shards = this.world.options.placements.map((p) => p.name);
    return this.world.leaderOf(this.rng.pick(shards));
  }

  /** A leader half the time (when one is known), otherwise any running member. */
  private victim(): string | undefined {
    const leader = this.someLeader();
    if (leader !== undefined && this.rng.chance(0.5)) return leader;
    const up = this.memberNames().filter((m) => this.world.member(m).isRunning);
    return up.length > 0 ? this.rng.pick(up) : undefined;
  }

  private act(action: NemesisAction): void {
    const net = this.world.network;
    switch (action) {
      case 'partition': {
        const members = this.shuffled(this.memberNames());
        const cut = this.rng.range(1, members.length - 1);
        net.heal();
        net.partition([members.slice(0, cut), members.slice(cut)]);
        this.note(
          'partition',
          `${members.slice(0, cut).join(',')} | ${members.slice(cut).join(',')}`,
        );
        return;
      }
      case 'isolate': {
        const target = this.victim();
        if (target === undefined) return;
        this.isolate(target);
        return;
      }
      case 'one-way':
        this.note('one-way', cutOneWay(net, this.memberNames(), this.rng));
        return;
      case 'bridge':
        this.note('bridge', cutBridge(net, this.memberNames(), this.rng));
        return;
      case 'heal':
        net.heal();
        this.note('heal', '');
        return;
      case 'crash': {
        const target = this.victim();
        if (target === undefined) return;
        if (this.rng.chance(0.5)) {
          const writes = this.rng.range(1, 30);
          this.world.armCrashAtWrite(target, writes);
          this.note('crash-armed', `${target} at its durable write ${writes} from now`);
        } else {
          this.crash(target, this.rng.range(20, 2000));
        }
        return;
      }
      case 'pause': {
        const target = this.victim();
        if (target === undefined) return;
        this.world.member(target).pause(this.world.now + this.rng.range(50, 1000));
        return;
      }
      case 'churn':
        this.churn(this.rng.range(3, 8));
        return;
      case 'membership':
      case 'transfer':
        this.count(`${action}-skipped`);
        return;
    }
  }

  private isolate(target: string): void {
    const net = this.world.network;
    net.heal();
    net.partition([[target], this.memberNames().filter((m) => m !== target)]);
    this.note('isolate', target);
  }

  /** `steps` blows, 100-400 ms apart, at whoever leads some shard: isolate it or crash it briefly. */
  private churn(steps: number): void {
    if (steps === 0 || !this.active) {
      this.world.network.heal();
      this.note('churn-end', '');
      return;
    }
    const leader = this.someLeader();
    const roll = this.rng.next();
    if (leader !== undefined && roll < 0.6) this.isolate(leader);
    else if (leader !== undefined && roll < 0.85) this.crash(leader, this.rng.range(50, 600));
    else {
      this.world.network.heal();
      this.note('churn', 'heal');
    }
    this.world.queue.after(this.rng.range(100, 400), () => this.churn(steps - 1));
  }

  private crash(target: string, downMs: number): void {
    if (!this.world.member(target).isRunning) return;
    this.note('crash', `${target} for ${downMs} ms`);
    this.world.crash(target);
    this.restartLater(target, downMs);
  }

  private restartLater(target: string, downMs: number): void {
    this.world.queue.after(downMs, () => {
      if (!this.world.member(target).isRunning) {
        this.note('restart', target);
        this.world.start(target);
      }
    });
  }
}

/**
 * The nemesis: at random times drawn from the seed, it picks a fault from the run's mix (sim-faults.ts)
 * and applies it to the world. Faults that need a leader (transfer, membership) ask whoever leads now;
 * faults that favour the leader (isolate, crash, pause) pick it half the time, since that is where
 * Raft's subtle cases live (a deposed leader that has not noticed, a leader losing its tail).
 *
 * Membership changes go one at a time through the leader: add a learner, promote one, remove a voter,
 * or demote one (the leader itself, sometimes) to learner. A vote is taken away (removal or demotion)
 * only from a group of more than two voters.
 *
 * Crashed members come back after a random downtime; partitions last until the next heal or partition.
 * `stop()` ends the schedule; the runner then heals everything for the liveness phase.
 */
import type { ConfChange } from '../../src/raft/types.js';
import type { Rng } from '../../src/util/rng.js';
import type { FaultMix, NemesisAction } from './sim-faults.js';
import type { SimNode } from './sim-node.js';
import type { SimWorld } from './sim-world.js';
import type { SimNetwork } from './sim-network.js';

/** `items` in an order drawn from `rng` (Fisher-Yates). Both nemeses draw through this. */
export function shuffledBy<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Heals, then cuts 1..n-1 random directed pairs of `members`; returns the cuts for the trace. */
export function cutOneWay<M>(net: SimNetwork<M>, members: readonly string[], rng: Rng): string {
  const pairs = rng.range(1, members.length);
  net.heal();
  for (let i = 0; i < pairs; i++) {
    const [from, to] = shuffledBy(rng, members);
    net.block(from!, to!);
  }
  return net.describeCuts();
}

/** Heals, then splits `members` in two halves with one member (the bridge) reaching both. */
export function cutBridge<M>(net: SimNetwork<M>, members: readonly string[], rng: Rng): string {
  const order = shuffledBy(rng, members);
  const bridge = order.pop()!;
  const half = Math.ceil(order.length / 2);
  net.heal();
  net.partition([order.slice(0, half), order.slice(half)]);
  return `${order.slice(0, half).join(',')} <${bridge}> ${order.slice(half).join(',')}`;
}

export class Nemesis {
  private readonly world: SimWorld;
  private readonly mix: FaultMix;
  private readonly rng: Rng;
  private active = false;
  /** Actions taken, by name, for the run's statistics. */
  readonly counts: Record<string, number> = {};

  /** Set during a churn burst: isolate the next member elected as soon as it wins. */
  private isolateNextLeader = false;

  constructor(world: SimWorld, mix: FaultMix, rng: Rng) {
    this.world = world;
    this.mix = mix;
    this.rng = rng;
    world.electionListeners.push((member) => this.onElected(member));
  }

  private onElected(member: string): void {
    if (!this.active || !this.isolateNextLeader) return;
    this.isolateNextLeader = false;
    // Within a few ms: its first appends (and its no-op) may or may not get out.
    this.world.queue.after(this.rng.range(0, 5), () => {
      const net = this.world.network;
      net.heal();
      net.partition([[member], this.members().filter((m) => m !== member)]);
      this.note('churn', `isolate new leader ${member}`);
    });
  }

  start(): void {
    if (Object.keys(this.mix.actions).length === 0) return;
    this.active = true;
    this.scheduleNext();
  }

  stop(): void {
    this.active = false;
  }

  private scheduleNext(): void {
    const wait = this.rng.range(this.mix.nemesisEveryMinMs, this.mix.nemesisEveryMaxMs);
    this.world.queue.after(wait, () => {
      if (!this.active) return;
      const action = this.pickAction();
      this.counts[action] = (this.counts[action] ?? 0) + 1;
      this.act(action);
      this.scheduleNext();
    });
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

  private members(): string[] {
    return this.world.memberIds;
  }

  private shuffled<T>(items: readonly T[]): T[] {
    return shuffledBy(this.rng, items);
  }

  /** The leader half the time (when there is one), otherwise any member that is up. */
  private victim(): SimNode | undefined {
    const leader = this.world.leader();
    if (leader && this.rng.chance(0.5)) return leader;
    const up = [...this.world.nodes.values()].filter((n) => n.up);
    return up.length ? this.rng.pick(up) : undefined;
  }

  private act(action: NemesisAction): void {
    const net = this.world.network;
    switch (action) {
      case 'partition': {
        const members = this.shuffled(this.members());
        const cut = this.rng.range(1, members.length - 1);
        const a = members.slice(0, cut);
        const b = members.slice(cut);
        for (const c of this.world.clients) (this.rng.chance(0.5) ? a : b).push(c.name);
        net.heal();
        net.partition([a, b]);
        this.note('partition', `${a.join(',')} | ${b.join(',')}`);
        return;
      }
      case 'isolate': {
        const target = this.victim();
        if (!target) return;
        net.heal();
        // Only from the other members: clients still reach it, as they would a deposed leader.
        net.partition([[target.id], this.members().filter((m) => m !== target.id)]);
        this.note('isolate', target.id);
        return;
      }
      case 'one-way':
        this.note('one-way', cutOneWay(net, this.members(), this.rng));
        return;
      case 'bridge':
        this.note('bridge', cutBridge(net, this.members(), this.rng));
        return;
      case 'heal':
        net.heal();
        this.note('heal', '');
        return;
      case 'crash':
        if (this.rng.chance(0.4)) this.crashMidSync();
        else this.crash();
        return;
      case 'pause': {
        const target = this.victim();
        if (!target) return;
        target.pause(this.world.now + this.rng.range(50, 1000));
        return;
      }
      case 'membership':
        this.changeMembership();
        return;
      case 'churn':
        this.churn(this.rng.range(3, 8));
        return;
      case 'transfer': {
        const leader = this.world.leader();
        const voters = leader?.raft?.status().confState.voters.filter((v) => v !== leader.id) ?? [];
        if (!leader || voters.length === 0) return;
        leader.transferLeadership(this.rng.pick(voters));
        return;
      }
    }
  }

  /**
   * `steps` blows at whoever leads, 100-400 ms apart (about one election each): isolate it from the
   * other members (its clients still reach it, so it keeps accepting entries it cannot replicate, and
   * the one isolated before rejoins), isolate the next leader the moment it is elected (before its
   * first appends spread), or crash it briefly. Successive short-lived leaders leave divergent
   * uncommitted suffixes from different terms: the raw material of the paper's Figure 8.
   */
  private churn(steps: number): void {
    const net = this.world.network;
    if (steps === 0 || !this.active) {
      this.isolateNextLeader = false;
      net.heal();
      this.note('churn-end', '');
      return;
    }
    const leader = this.world.leader();
    const roll = this.rng.next();
    if (roll < 0.3) {
      this.isolateNextLeader = true;
    } else if (leader && roll < 0.7) {
      net.heal();
      net.partition([[leader.id], this.members().filter((m) => m !== leader.id)]);
      this.note('churn', `isolate leader ${leader.id}`);
    } else if (leader && roll < 0.85) {
      this.crash(leader, this.rng.range(50, 600));
    } else {
      net.heal();
      this.note('churn', 'heal');
    }
    this.world.queue.after(this.rng.range(100, 400), () => this.churn(steps - 1));
  }

  private crash(target = this.victim(), downMs = this.rng.range(20, 2000)): void {
    if (!target) return;
    target.crash();
    this.world.queue.after(downMs, () => {
      if (!target.up) target.start();
    });
  }

  /**
   * One membership change through the leader (the core refuses a second while one is unapplied):
   * remove a voter, demote one to learner (the leader itself 30% of the time, which makes it step
   * down once the change applies, while it keeps receiving the log), promote a learner, or add a
   * member from outside as a learner. Removals and demotions both take a vote away, so both need
   * more than two voters, which leaves a group of two or more that can still elect and commit.
   */
  /**
   * Crashes a member during its next slow fsync, at a random moment before the fsync returns, so the
   * crash finds a write of entries unsynced (it may be lost, kept, or torn: sim-disk.ts). Crashing at
   * a random time almost never does: fsyncs are instant unless slow.
   */
  private crashMidSync(): void {
    const target = this.victim();
    if (!target) return;
    target.onNextSlowSync((delayMs) => {
      this.world.queue.after(this.rng.range(0, delayMs - 1), () => {
        if (this.active && target.up) this.crash(target);
      });
    });
  }

  private changeMembership(): void {
    const leader = this.world.leader();
    const status = leader?.raft?.status();
    if (!leader || !status) return;
    const { voters, learners } = status.confState;
    const outside = this.members().filter((m) => !voters.includes(m) && !learners.includes(m));
    const canShrink = voters.length > 2;
    let change: ConfChange;
    const roll = this.rng.next();
    if (roll < 0.25 && canShrink) {
      change = { type: 'remove-node', node: this.rng.pick(voters) };
    } else if (roll < 0.4 && canShrink) {
      change = { type: 'add-learner', node: this.demotionTarget(leader.id, voters) };
    } else if (learners.length > 0 && (roll < 0.8 || outside.length === 0)) {
      change = { type: 'add-voter', node: this.rng.pick(learners) };
    } else if (outside.length > 0) {
      change = { type: 'add-learner', node: this.rng.pick(outside) };
    } else if (canShrink) {
      change = this.rng.chance(0.5)
        ? { type: 'remove-node', node: this.rng.pick(voters) }
        : { type: 'add-learner', node: this.demotionTarget(leader.id, voters) };
    } else {
      return;
    }
    const result = leader.proposeConfChange(change);
    if (result?.ok === true && change.type === 'add-learner' && voters.includes(change.node)) {
      // Counted apart in the run's statistics; the member's own conf-propose line has the details.
      const kind = change.node === leader.id ? 'demote-leader' : 'demote';
      this.counts[kind] = (this.counts[kind] ?? 0) + 1;
      this.note(kind, `${change.node} to learner`);
    }
  }

  /** The voter to demote: the leader itself 30% of the time, otherwise one of its followers. */
  private demotionTarget(leader: string, voters: readonly string[]): string {
    const followers = voters.filter((v) => v !== leader);
    return this.rng.chance(0.3) || followers.length === 0 ? leader : this.rng.pick(followers);
  }
}

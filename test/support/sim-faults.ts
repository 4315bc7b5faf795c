/**
 * The fault model of the simulation: named mixes of link, disk, clock and process faults, and the
 * nemesis that injects the scheduled ones (partitions, crashes, pauses, membership changes, leadership
 * transfers) at times drawn from the seed. Jepsen calls this the nemesis; FoundationDB's simulator
 * spreads the same idea over its workloads and BUGGIFY points.
 *
 * Every mix is printed with each run (`describeMix`), so a reported seed says under which faults it
 * failed. Weights are relative; an action that does not apply (no leader to transfer from) is skipped.
 */
import type { DiskFaults } from './sim-disk.js';
import { reliableDisk } from './sim-disk.js';
import type { LinkFaults } from './sim-network.js';
import { perfectLinks } from './sim-network.js';

export type NemesisAction =
  /** A random split of the members into two sides, clients attached to either. */
  | 'partition'
  /** One member (the leader, when there is one, half the time) cut off from everyone. */
  | 'isolate'
  /** A single direction blocked between random pairs of members. */
  | 'one-way'
  /** Two halves that can both reach one bridge member (Jepsen's bridge). */
  | 'bridge'
  /** All links restored. */
  | 'heal'
  /**
   * A member loses power (the leader, half the time), now or, 40% of the time, in the middle of its
   * next slow fsync; it restarts after a while.
   */
  | 'crash'
  /** A member freezes (GC pause, stopped VM) and resumes with stale beliefs. */
  | 'pause'
  /** The leader proposes removing a voter, demoting one (itself, sometimes), adding a learner, or promoting one. */
  | 'membership'
  /** The leader hands leadership to another voter. */
  | 'transfer'
  /**
   * A burst of leader churn: several isolations, partitions and quick crash-restarts of whoever leads,
   * tens of ms apart. It leaves short-lived leaders with entries on a minority, the raw material of the
   * Raft paper's Figure 8.
   */
  | 'churn';

export interface FaultMix {
  readonly name: string;
  readonly description: string;
  readonly links: LinkFaults;
  readonly disk: DiskFaults;
  /** Largest relative clock drift of a member's tick period (0.1: +-10%). */
  readonly clockDriftMax: number;
  /** Time between nemesis actions, ms; unused when there are no actions. */
  readonly nemesisEveryMinMs: number;
  readonly nemesisEveryMaxMs: number;
  readonly actions: Readonly<Partial<Record<NemesisAction, number>>>;
}

const lossyLinks: LinkFaults = {
  lossChance: 0.05,
  duplicateChance: 0.03,
  delayMinMs: 1,
  delayMaxMs: 25,
  spikeChance: 0.02,
  spikeMaxMs: 400,
};

const faultyDisk: DiskFaults = {
  slowSyncChance: 0.05,
  slowSyncMaxMs: 60,
  partialFlushChance: 0.5,
  tornWriteChance: 0.4,
};

export const faultMixes: Readonly<Record<string, FaultMix>> = {
  calm: {
    name: 'calm',
    description: 'no faults: short random delays (reordering) only',
    links: perfectLinks,
    disk: reliableDisk,
    clockDriftMax: 0,
    nemesisEveryMinMs: 0,
    nemesisEveryMaxMs: 0,
    actions: {},
  },
  network: {
    name: 'network',
    description:
      'loss 5%, duplication 3%, delays 1-25 ms with 2% spikes to 400 ms; partitions; leader churn',
    links: lossyLinks,
    disk: reliableDisk,
    clockDriftMax: 0.05,
    nemesisEveryMinMs: 200,
    nemesisEveryMaxMs: 1500,
    actions: { partition: 3, isolate: 3, 'one-way': 2, bridge: 1, heal: 4, churn: 2 },
  },
  crash: {
    name: 'crash',
    description:
      'crashes losing unsynced writes (partial flushes, torn writes), pauses, slow fsync',
    links: perfectLinks,
    disk: faultyDisk,
    clockDriftMax: 0.1,
    nemesisEveryMinMs: 200,
    nemesisEveryMaxMs: 1500,
    actions: { crash: 4, pause: 2 },
  },
  membership: {
    name: 'membership',
    description: 'membership changes and leadership transfers under load, with snapshots',
    links: perfectLinks,
    disk: reliableDisk,
    clockDriftMax: 0.05,
    nemesisEveryMinMs: 150,
    nemesisEveryMaxMs: 800,
    actions: { membership: 3, transfer: 2 },
  },
  full: {
    name: 'full',
    description:
      'everything: lossy, duplicating, reordering links; partitions (symmetric, one-way, bridge); ' +
      'crashes with partial flushes and torn writes; pauses; slow fsync; clock drift 10%; ' +
      'membership changes; leadership transfers; bursts of leader churn',
    links: lossyLinks,
    disk: faultyDisk,
    clockDriftMax: 0.1,
    nemesisEveryMinMs: 150,
    nemesisEveryMaxMs: 1200,
    actions: {
      partition: 3,
      isolate: 3,
      'one-way': 2,
      bridge: 1,
      heal: 5,
      crash: 3,
      pause: 2,
      membership: 2,
      transfer: 2,
      churn: 4,
    },
  },
};

export const faultMixNames = Object.keys(faultMixes);

/** One line naming a mix and what it does. */
export function describeMix(mix: FaultMix): string {
  const actions = Object.entries(mix.actions)
    .map(([a, w]) => `${a}:${w}`)
    .join(' ');
  return `faults=${mix.name} (${mix.description})${actions ? ` nemesis every ${mix.nemesisEveryMinMs}-${mix.nemesisEveryMaxMs} ms [${actions}]` : ''}`;
}

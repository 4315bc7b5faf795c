/**
 * One randomized run of the route registry simulation, FoundationDB-workload style: setup (3 to 100
 * members drawn from the seed, each registering a few routes), run (the members' applications add and
 * withdraw routes while the nemesis partitions, loses, crashes, restarts, kills, removes and adds
 * members, the invariants checked at every bucket change), heal (faults stop, crashed members restart,
 * route changes stop) and check (every member's copy of each bucket converges to the bucket its member
 * holds within a bound, lookups name exactly the live members registered, and the view stays converged).
 *
 * Invariants checked at every change (GossipInvariants):
 * - versions only move forward: in a member's copy of each other member's bucket (across drops,
 *   within one life of the viewer), and of each member's own bucket across all of its lives;
 * - a bucket a member holds is one its member produced (same version, same routes);
 * - a member never holds the bucket of a member it knows to be removed or expired;
 * - a persisted incarnation only grows.
 * A failure carries the line that replays it (`npm run sim:gossip -- --seed N ...`) and the trace tail.
 */
import {
  compareVersions,
  sameBucket,
  show,
  type Bucket,
  type BucketVersion,
  type Route,
  type RouteRegistryBug,
} from '../../src/rpc/route-registry-core.js';
import type { Rng } from '../../src/util/rng.js';
import {
  GossipSimWorld,
  defaultTiming,
  routePool,
  describeRoutes,
  type GossipObserver,
  type GossipSimNode,
} from './gossip-sim-world.js';
import { perfectLinks, type LinkFaults } from './sim-network.js';

export type GossipNemesisAction =
  | 'partition'
  | 'isolate'
  | 'one-way'
  | 'heal'
  /** A member crashes and restarts 0.1 to 3 s later, with a new incarnation. */
  | 'crash'
  /** A member crashes for good but stays in the cluster: the others must expire its bucket. */
  | 'kill'
  /** A member is removed from the cluster for good. */
  | 'remove'
  /** A spare member joins. */
  | 'join';

export interface GossipFaultMix {
  readonly name: string;
  readonly description: string;
  readonly links: LinkFaults;
  readonly actions: Readonly<Partial<Record<GossipNemesisAction, number>>>;
}

const lossyLinks: LinkFaults = {
  lossChance: 0.1,
  duplicateChance: 0.03,
  delayMinMs: 1,
  delayMaxMs: 30,
  spikeChance: 0.03,
  spikeMaxMs: 500,
};

export const gossipFaultMixes: Readonly<Record<string, GossipFaultMix>> = {
  calm: {
    name: 'calm',
    description: 'route churn only; short random delays (reordering)',
    links: perfectLinks,
    actions: {},
  },
  network: {
    name: 'network',
    description: 'loss 10%, duplication 3%, delays 1-30 ms with 3% spikes to 500 ms; partitions',
    links: lossyLinks,
    actions: { partition: 3, isolate: 3, 'one-way': 2, heal: 4 },
  },
  churn: {
    name: 'churn',
    description: 'crashes and restarts, members killed, removed and joining',
    links: perfectLinks,
    actions: { crash: 4, kill: 1, remove: 1, join: 2 },
  },
  full: {
    name: 'full',
    description:
      'lossy, duplicating, reordering links; partitions (symmetric, isolated, one-way); crashes and ' +
      'restarts; members killed, removed and joining; route churn throughout',
    links: lossyLinks,
    actions: {
      partition: 3,
      isolate: 3,
      'one-way': 2,
      heal: 5,
      crash: 4,
      kill: 1,
      remove: 1,
      join: 2,
    },
  },
};

export const gossipFaultMixNames = Object.keys(gossipFaultMixes);

export const gossipBugNames: readonly RouteRegistryBug[] = [
  'accept-older-version',
  'accept-dropped-member',
  'never-expire-down',
  'restart-same-incarnation',
];

export interface GossipRunOptions {
  readonly seed: number;
  readonly members: number;
  readonly faults: GossipFaultMix;
  /** Length of the faulty phase in gossip rounds. */
  readonly rounds: number;
  readonly bug?: RouteRegistryBug | undefined;
  readonly traceKeep?: number | undefined;
  readonly traceSink?: ((line: string) => void) | undefined;
  /** Count bytes sent (JSON-encodes every message: slower). */
  readonly countBytes?: boolean | undefined;
}

export type GossipFailureKind = 'invariant' | 'convergence' | 'exception';

export interface GossipRunResult {
  readonly options: GossipRunOptions;
  readonly ok: boolean;
  readonly failure?: { readonly kind: GossipFailureKind; readonly message: string } | undefined;
  readonly traceHash: string;
  readonly traceTail: readonly string[];
  readonly stats: Readonly<Record<string, number | string>>;
  readonly repro: string;
}

/** Default length of the faulty phase, in gossip rounds (100 simulated ms each). */
export const defaultGossipRounds = 150;

/** Member count for a seed when none is given: 3, 5, 10, 30 in turn. */
export function membersForSeed(seed: number): number {
  return [3, 5, 10, 30][seed % 4]!;
}

export function gossipReproLine(options: GossipRunOptions): string {
  const parts = [`npm run sim:gossip -- --seed ${options.seed} --members ${options.members}`];
  parts.push(`--faults ${options.faults.name} --rounds ${options.rounds}`);
  if (options.bug) parts.push(`--bug ${options.bug}`);
  return parts.join(' ');
}

/** An invariant of the registry broke. */
export class GossipInvariantViolation extends Error {}

/** The invariants checked at every bucket change (see the file comment). */
export class GossipInvariants implements GossipObserver {
  checks = 0;
  private readonly produced = new Map<string, Map<string, Bucket>>();
  private readonly ownerNewest = new Map<string, BucketVersion>();
  private readonly views = new Map<string, Map<string, BucketVersion>>();

  onStart(node: string): void {
    this.views.set(node, new Map());
  }

  onIncarnation(node: string, persisted: number, next: number): void {
    this.checks++;
    if (next <= persisted)
      throw new GossipInvariantViolation(
        `${node}: incarnation ${next} persisted over ${persisted}: a new life must be newer`,
      );
  }

  onChanged(
    node: string,
    member: string,
    bucket: Bucket | undefined,
    status: string | undefined,
  ): void {
    this.checks++;
    if (member === node) {
      this.ownBucket(node, bucket!);
      return;
    }
    if (bucket === undefined) return;
    if (status !== 'up' && status !== 'down')
      throw new GossipInvariantViolation(
        `${node} holds the bucket of ${member} (${show(bucket.version)}) while it knows ${member} as ${status ?? 'unknown'}`,
      );
    const view = this.views.get(node)!;
    const seen = view.get(member);
    if (seen !== undefined && compareVersions(bucket.version, seen) < 0)
      throw new GossipInvariantViolation(
        `versions only move forward: ${node}'s view of ${member} went from ${show(seen)} back to ${show(bucket.version)}`,
      );
    view.set(member, bucket.version);
    const original = this.produced.get(member)?.get(show(bucket.version));
    if (original === undefined || !sameBucket(original, bucket))
      throw new GossipInvariantViolation(
        `${node} holds a bucket of ${member} at ${show(bucket.version)} [${describeRoutes(bucket)}] that ` +
          `${member} never produced${original ? ` (it produced [${describeRoutes(original)}])` : ''}`,
      );
  }

  private ownBucket(owner: string, bucket: Bucket): void {
    const newest = this.ownerNewest.get(owner);
    if (newest !== undefined && compareVersions(bucket.version, newest) <= 0)
      throw new GossipInvariantViolation(
        `versions only move forward: ${owner}'s own bucket went from ${show(newest)} to ${show(bucket.version)} ` +
          `(a new life must start a newer incarnation)`,
      );
    this.ownerNewest.set(owner, bucket.version);
    let versions = this.produced.get(owner);
    if (versions === undefined) this.produced.set(owner, (versions = new Map<string, Bucket>()));
    versions.set(show(bucket.version), bucket);
  }
}

/** The nemesis: one action every 300 to 1500 simulated ms, drawn by weight from the mix. */
class GossipNemesis {
  readonly counts: Partial<Record<GossipNemesisAction, number>> = {};
  private stopped = false;
  private readonly world: GossipSimWorld;
  private readonly mix: GossipFaultMix;
  private readonly rng: Rng;
  private readonly minLive: number;

  constructor(world: GossipSimWorld, mix: GossipFaultMix, rng: Rng, members: number) {
    this.world = world;
    this.mix = mix;
    this.rng = rng;
    this.minLive = Math.min(2, members);
  }

  start(): void {
    if (Object.keys(this.mix.actions).length === 0) return;
    const step = (): void => {
      if (this.stopped) return;
      this.act(this.draw());
      this.world.queue.after(this.rng.range(300, 1500), step);
    };
    this.world.queue.after(this.rng.range(300, 1500), step);
  }

  stop(): void {
    this.stopped = true;
  }

  private draw(): GossipNemesisAction {
    const entries = Object.entries(this.mix.actions) as [GossipNemesisAction, number][];
    let r = this.rng.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [action, weight] of entries) {
      r -= weight;
      if (r < 0) return action;
    }
    return entries[entries.length - 1]![0];
  }

  private act(action: GossipNemesisAction): void {
    const world = this.world;
    const members = [...world.cluster];
    const live = world.live();
    let detail = '';
    switch (action) {
      case 'partition': {
        world.linksWhole = false;
        const side = members.filter(() => this.rng.chance(0.5));
        world.network.partition([side, members.filter((m) => !side.includes(m))]);
        detail = side.join(',');
        break;
      }
      case 'isolate': {
        world.linksWhole = false;
        const one = this.rng.pick(members);
        world.network.partition([[one], members.filter((m) => m !== one)]);
        detail = one;
        break;
      }
      case 'one-way': {
        world.linksWhole = false;
        for (let i = this.rng.range(1, Math.max(1, members.length >> 1)); i > 0; i--) {
          const a = this.rng.pick(members);
          const b = this.rng.pick(members);
          if (a !== b) world.network.block(a, b);
        }
        detail = world.network.describeCuts();
        break;
      }
      case 'heal':
        world.network.heal();
        world.linksWhole = true;
        break;
      case 'crash': {
        if (live.length <= this.minLive) return;
        const node = this.rng.pick(live);
        node.crash();
        world.queue.after(this.rng.range(100, 3000), () => node.start());
        detail = node.name;
        break;
      }
      case 'kill':
      case 'remove': {
        if (live.length <= this.minLive + 1 || this.gone() >= Math.ceil(members.length / 3)) return;
        const node = this.rng.pick(live);
        detail = node.name;
        if (action === 'remove') {
          world.remove(node.name);
        } else {
          node.crash();
          node.dead = true;
        }
        break;
      }
      case 'join':
        detail = world.join() ?? '';
        if (detail === '') return;
        break;
    }
    this.counts[action] = (this.counts[action] ?? 0) + 1;
    world.trace.add(world.now, '-', action, detail);
  }

  private gone(): number {
    return this.world.removed.size + [...this.world.nodes.values()].filter((n) => n.dead).length;
  }
}

/** Why the cluster has not converged, or undefined when it has. */
export function divergence(world: GossipSimWorld): string | undefined {
  const live = world.live();
  const gone = [...world.nodes.values()].filter((n) => !n.up && n.diskIncarnation > 0);
  for (const viewer of live) {
    const core = viewer.core!;
    for (const owner of live) {
      const held = core.bucket(owner.name);
      const truth = owner.core!.ownBucket;
      if (held === undefined || !sameBucket(held, truth))
        return (
          `${viewer.name} holds ${owner.name} at ${show(held?.version)}` +
          `${held ? ` [${describeRoutes(held)}]` : ''}, its member is at ${show(truth.version)} [${describeRoutes(truth)}]`
        );
    }
    for (const other of gone) {
      const held = core.bucket(other.name);
      if (held !== undefined)
        return `${viewer.name} still holds the bucket of ${other.name} (${world.removed.has(other.name) ? 'removed' : 'down for good'}) at ${show(held.version)}`;
    }
  }
  return undefined;
}

/**
 * Lookups at every live member name exactly the live members that registered each route (with the fallback of a
 * routed rpc to its global registrations), and never a member that is removed or down for good.
 */
export function lookupMismatch(world: GossipSimWorld): string | undefined {
  const live = world.live();
  const owners = (key: string): string[] =>
    live
      .filter((n) => n.core!.ownBucket.routes.some((r) => `${r.rpc} ${r.path ?? ''}` === key))
      .map((n) => n.name)
      .sort();
  for (const route of routePool) {
    let expected = owners(`${route.rpc} ${route.path ?? ''}`);
    if (route.path !== undefined && expected.length === 0) expected = owners(`${route.rpc} `);
    for (const viewer of live) {
      const got = viewer.core!.lookup(route.rpc, route.path);
      if (got.join(',') !== expected.join(','))
        return `${viewer.name} looks up ${route.rpc}${route.path ? ` for ${route.path}` : ''}: [${got.join(',')}], registered at [${expected.join(',')}]`;
    }
  }
  return undefined;
}

/** Simulated ms the healed cluster gets to converge: membership lag, detection, expiry, 100 rounds. */
function convergeBudgetMs(world: GossipSimWorld): number {
  const t = world.timing;
  return t.membershipLagMaxMs + 2 * t.fdIntervalMs + t.downExpiryMs + 100 * t.gossipIntervalMs;
}

/** Rounds the converged cluster is watched to stay converged. */
const stableRounds = 20;

export function runGossipSimulation(options: GossipRunOptions): GossipRunResult {
  const mix = options.faults;
  const world = new GossipSimWorld({
    seed: options.seed,
    members: options.members,
    spares: (mix.actions.join ?? 0) > 0 ? 3 : 0,
    links: mix.links,
    bugs: new Set(options.bug ? [options.bug] : []),
    traceKeep: options.traceKeep,
    traceSink: options.traceSink,
    countBytes: options.countBytes,
  });
  const invariants = new GossipInvariants();
  world.checker = invariants;
  const interval = world.timing.gossipIntervalMs;
  world.trace.add(0, '-', 'run', gossipReproLine(options));
  const nemesis = new GossipNemesis(world, mix, world.rng.fork(), options.members);
  const churnRng = world.rng.fork();
  let failure: GossipRunResult['failure'];
  let convergeRounds = -1;
  try {
    for (const name of world.cluster) world.nodes.get(name)!.start();
    let churning = true;
    const churn = (): void => {
      if (!churning) return;
      const live = world.live();
      if (live.length > 0) churnRng.pick(live).churn();
      world.queue.after(churnRng.range(10, 100), churn);
    };
    world.queue.after(churnRng.range(10, 100), churn);
    nemesis.start();
    world.runUntilTime(options.rounds * interval);
    nemesis.stop();
    churning = false;
    world.network.heal();
    world.linksWhole = true;
    for (const node of world.nodes.values()) if (!node.dead) node.start();
    const healedAt = world.now;
    world.trace.add(
      world.now,
      '-',
      'heal-all',
      'faults and route changes end; crashed members restart',
    );
    if (world.runUntil(() => divergence(world) === undefined, convergeBudgetMs(world), interval)) {
      convergeRounds = Math.round((world.now - healedAt) / interval);
      world.trace.add(world.now, '-', 'converged', `${convergeRounds} rounds after healing`);
      const wrong = lookupMismatch(world);
      if (wrong) failure = { kind: 'convergence', message: `converged, but ${wrong}` };
      world.runUntilTime(world.now + stableRounds * interval);
      const drift = failure ? undefined : divergence(world);
      if (drift) failure = { kind: 'convergence', message: `converged, then diverged: ${drift}` };
    } else {
      failure = {
        kind: 'convergence',
        message: `not converged ${convergeBudgetMs(world)} ms after healing: ${divergence(world)}`,
      };
    }
  } catch (error) {
    failure = {
      kind: error instanceof GossipInvariantViolation ? 'invariant' : 'exception',
      message:
        error instanceof GossipInvariantViolation
          ? error.message
          : error instanceof Error
            ? (error.stack ?? error.message)
            : String(error),
    };
  }
  return {
    options,
    ok: failure === undefined,
    failure,
    traceHash: world.trace.hash(),
    traceTail: world.trace.tail(),
    stats: {
      simMs: world.now,
      members: world.cluster.size,
      live: world.live().length,
      convergeRounds,
      messages: world.traffic.messages,
      bytes: world.traffic.bytes,
      lost: world.network.stats.lost + world.network.stats.blocked,
      checks: invariants.checks,
      nemesis: Object.entries(nemesis.counts)
        .map(([a, n]) => `${a}:${n}`)
        .join(' '),
    },
    repro: gossipReproLine(options),
  };
}

/** A failure report: what failed, how to replay it, and the trace that led there. */
export function formatGossipFailure(result: GossipRunResult): string {
  if (result.ok || !result.failure) return `seed ${result.options.seed}: ok`;
  return [
    `FAILED (${result.failure.kind}) seed ${result.options.seed}`,
    `replay: ${result.repro}`,
    `faults=${result.options.faults.name} (${result.options.faults.description})`,
    result.failure.message,
    `last ${result.traceTail.length} trace lines (time ms, member, event, detail):`,
    ...result.traceTail,
  ].join('\n');
}

/** What `measureConvergence` reports for one cluster size, averaged over seeds. */
export interface ConvergenceFigures {
  readonly members: number;
  readonly seeds: number;
  /** Rounds from a cold start (every member knows only its own bucket) until every view is complete. */
  readonly coldRounds: number;
  readonly coldRoundsMax: number;
  /** Rounds for one member's change to reach every member. */
  readonly spreadRounds: number;
  readonly spreadRoundsMax: number;
  /** Bytes sent per round by the whole cluster, and per member, once converged (Status traffic). */
  readonly steadyBytesPerRound: number;
  /** Bytes sent per round by the whole cluster while one change spreads. */
  readonly spreadBytesPerRound: number;
}

/**
 * Rounds to converge and bytes per round on calm links (delays 1-5 ms, no loss), for docs/PERFORMANCE.md.
 * Each member registers 3 routes; sizes are JSON in UTF-8 (the wire encoding is not fixed yet).
 */
export function measureConvergence(
  members: number,
  seeds: number,
  firstSeed = 1,
): ConvergenceFigures {
  const cold: number[] = [];
  const spread: number[] = [];
  const steadyBytes: number[] = [];
  const spreadBytes: number[] = [];
  for (let seed = firstSeed; seed < firstSeed + seeds; seed++) {
    const world = new GossipSimWorld({
      seed,
      members,
      spares: 0,
      links: perfectLinks,
      timing: { ...defaultTiming, clockDriftMax: 0.05 },
      countBytes: true,
    });
    const interval = world.timing.gossipIntervalMs;
    const rng = world.rng.fork();
    for (const name of world.cluster) {
      const node = world.nodes.get(name)!;
      node.start();
      node.core!.setRoutes(pickThree(rng));
      node.drain();
    }
    const step = interval / 10;
    assertTrue(
      world.runUntil(() => divergence(world) === undefined, 200 * interval, step),
      'cold',
    );
    cold.push(world.now / interval);
    let mark = { ...world.traffic };
    let at = world.now;
    world.runUntilTime(at + 10 * interval);
    steadyBytes.push((world.traffic.bytes - mark.bytes) / 10);
    const owner: GossipSimNode = rng.pick(world.live());
    owner.core!.addRoutes([{ rpc: 'app:measured-change' }]);
    owner.drain();
    mark = { ...world.traffic };
    at = world.now;
    assertTrue(
      world.runUntil(() => divergence(world) === undefined, 200 * interval, step),
      'spread',
    );
    const rounds = (world.now - at) / interval;
    spread.push(rounds);
    spreadBytes.push((world.traffic.bytes - mark.bytes) / Math.max(rounds, 1));
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    members,
    seeds,
    coldRounds: mean(cold),
    coldRoundsMax: Math.max(...cold),
    spreadRounds: mean(spread),
    spreadRoundsMax: Math.max(...spread),
    steadyBytesPerRound: mean(steadyBytes),
    spreadBytesPerRound: mean(spreadBytes),
  };
}

function pickThree(rng: Rng): Route[] {
  const routes = [...routePool];
  const out = [];
  for (let i = 0; i < 3; i++) out.push(routes.splice(rng.int(routes.length), 1)[0]!);
  return out;
}

function assertTrue(condition: boolean, what: string): void {
  if (!condition) throw new Error(`measureConvergence: no convergence (${what})`);
}

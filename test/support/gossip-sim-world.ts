/**
 * The simulated cluster for the RPC route registry (src/rpc/route-registry-core.ts): members running
 * the real core, a simulated network carrying its gossip (SimNetwork: delays, reordering, loss,
 * duplication, partitions), a disk per member that keeps only the persisted incarnation, a failure
 * detector and a membership service, and the members' applications registering and withdrawing routes.
 * Everything random comes from one seed, so a seed replays a run exactly (same trace hash).
 *
 * The model of the cluster around the registry:
 * - Membership truth: `cluster` (members that joined and were not removed), `removed`, and spare names
 *   that may join later. A removal reaches each member after its own random lag (membership itself is
 *   Raft-replicated; members learn commits at different times); a restarted member learns it at start.
 * - Failure detector: every member checks each cluster member every `fdIntervalMs` (its own phase) and
 *   reports it up exactly when it is running and both directions of the link pass, down otherwise.
 * - A crash loses the member's memory (the core) but not its disk (the persisted incarnation). A
 *   member killed for good stays in the cluster, down: the others must drop its bucket after the expiry.
 *
 * The checker's hooks (`onChanged`, `onOwnBucket`) see every bucket change of every member, between
 * the core's Ready and advance, the way a shell would.
 */
import {
  RouteRegistryCore,
  drainRouteRegistry,
  show,
  type Bucket,
  type GossipMessage,
  type Route,
  type RouteRegistryBug,
} from '../../src/rpc/route-registry-core.js';
import { SeededRng, type Rng } from '../../src/util/rng.js';
import { SimNetwork, type LinkFaults } from './sim-network.js';
import { EventQueue } from './sim-queue.js';
import { Trace } from './sim-trace.js';

/** The simulated durations, in ms, and the registry's settings. */
export interface GossipTiming {
  readonly gossipIntervalMs: number;
  /** canopy.conf's down-member expiry, turned into ticks as the shell does. */
  readonly downExpiryMs: number;
  readonly fdIntervalMs: number;
  /** Largest delay before a member learns a removal. */
  readonly membershipLagMaxMs: number;
  /** Largest relative drift of a member's gossip interval. */
  readonly clockDriftMax: number;
}

export const defaultTiming: GossipTiming = {
  gossipIntervalMs: 100,
  downExpiryMs: 2000,
  fdIntervalMs: 200,
  membershipLagMaxMs: 1500,
  clockDriftMax: 0.1,
};

/** The routes applications register: a few global rpcs and one routed rpc over a few paths. */
export const globalRpcs: readonly string[] = Array.from({ length: 6 }, (_, i) => `app:rpc-${i}`);
export const routedRpc = 'app:reset-thing';
export const routedPaths: readonly string[] = Array.from(
  { length: 10 },
  (_, i) => `/app:things/thing=t${i}`,
);
export const routePool: readonly Route[] = [
  ...globalRpcs.map((rpc) => ({ rpc })),
  { rpc: routedRpc },
  ...routedPaths.map((path) => ({ rpc: routedRpc, path })),
];

/** One member: its core while running, its disk always. */
export class GossipSimNode {
  readonly name: string;
  core: RouteRegistryCore | undefined;
  /** The persisted incarnation (0: never started). */
  diskIncarnation = 0;
  /** Killed for good: never restarts. */
  dead = false;
  /** Bumped at each crash so that timers of an earlier life do nothing. */
  life = 0;
  private readonly world: GossipSimWorld;
  private readonly rng: Rng;
  private readonly periodMs: number;

  constructor(world: GossipSimWorld, name: string, rng: Rng) {
    this.world = world;
    this.name = name;
    this.rng = rng;
    const drift = world.timing.clockDriftMax;
    this.periodMs = Math.max(
      1,
      Math.round(world.timing.gossipIntervalMs * (1 + (rng.next() * 2 - 1) * drift)),
    );
  }

  get up(): boolean {
    return this.core !== undefined;
  }

  /** Starts a life: a new incarnation on disk first, membership as known now, the application's routes. */
  start(): void {
    if (this.core || this.dead) return;
    const world = this.world;
    const sameIncarnation = world.bugs.has('restart-same-incarnation') && this.diskIncarnation > 0;
    const incarnation = sameIncarnation ? this.diskIncarnation : this.diskIncarnation + 1;
    const downExpiryTicks = Math.max(
      1,
      Math.ceil(world.timing.downExpiryMs / world.timing.gossipIntervalMs),
    );
    this.core = new RouteRegistryCore(
      { member: this.name, incarnation, downExpiryTicks, bugs: world.bugs },
      this.rng.fork(),
    );
    this.life++;
    world.trace.add(world.now, this.name, 'start', `incarnation ${incarnation}`);
    world.checker?.onStart(this.name);
    for (const member of world.cluster) if (member !== this.name) this.core.memberUp(member);
    for (const member of world.removed) this.core.memberRemoved(member);
    this.core.setRoutes(pickSome(this.rng, routePool, this.rng.range(0, 4)));
    this.drain();
    const life = this.life;
    const tick = (): void => {
      if (this.life !== life || !this.core) return;
      this.core.tick();
      this.drain();
      world.queue.after(this.periodMs, tick);
    };
    world.queue.after(this.rng.range(1, this.periodMs), tick);
    const detect = (): void => {
      if (this.life !== life || !this.core) return;
      this.detect();
      world.queue.after(world.timing.fdIntervalMs, detect);
    };
    world.queue.after(this.rng.range(1, world.timing.fdIntervalMs), detect);
  }

  /** Loses power: memory gone, disk kept. */
  crash(): void {
    if (!this.core) return;
    this.core = undefined;
    this.life++;
    this.world.trace.add(this.world.now, this.name, 'crash', '');
  }

  /** The application changes its routes: adds or withdraws one. */
  churn(): void {
    const core = this.core;
    if (!core) return;
    const route = this.rng.pick(routePool);
    const has = core.ownBucket.routes.some((r) => r.rpc === route.rpc && r.path === route.path);
    if (has) core.removeRoutes([route]);
    else core.addRoutes([route]);
    this.drain();
  }

  /** The failure detector's round: every other cluster member up or down as reachability says. */
  private detect(): void {
    const core = this.core!;
    const world = this.world;
    const whole = world.linksWhole;
    for (const member of world.cluster) {
      if (member === this.name) continue;
      const peer = world.nodes.get(member)!;
      const reachable =
        peer.up &&
        (whole ||
          (world.network.reachable(this.name, member) &&
            world.network.reachable(member, this.name)));
      const status = core.peerStatus(member);
      if (reachable && status !== 'up') {
        core.memberUp(member);
        world.trace.add(world.now, this.name, 'fd-up', member);
      } else if (!reachable && status === 'up') {
        core.memberDown(member);
        world.trace.add(world.now, this.name, 'fd-down', member);
      }
    }
    this.drain();
  }

  /** Membership tells this member that `member` was removed. */
  learnRemoved(member: string): void {
    if (!this.core) return;
    this.core.memberRemoved(member);
    this.world.trace.add(this.world.now, this.name, 'learn-removed', member);
    this.drain();
  }

  /** A message arrives. */
  receive(from: string, message: GossipMessage): void {
    if (!this.core) return;
    this.core.step(from, message);
    this.drain();
  }

  /**
   * The shell's loop (the shipped drainRouteRegistry): persist the incarnation, then send, then let
   * the checker see the changes.
   */
  drain(): void {
    const core = this.core;
    if (!core) return;
    const world = this.world;
    drainRouteRegistry(core, {
      persistIncarnation: (incarnation) => {
        if (!world.bugs.has('restart-same-incarnation')) {
          world.checker?.onIncarnation(this.name, this.diskIncarnation, incarnation);
        }
        this.diskIncarnation = incarnation;
      },
      send: (to, message) => world.send(this.name, to, message),
      changed: (member, bucket) => {
        world.trace.add(
          world.now,
          this.name,
          member === this.name ? 'own' : bucket ? 'accept' : 'drop',
          `${member} ${show(bucket?.version)}${member === this.name ? ` ${describeRoutes(bucket!)}` : ''}`,
        );
        world.checker?.onChanged(this.name, member, bucket, core.peerStatus(member));
      },
    });
  }
}

/** Something that sees every change (the invariants). */
export interface GossipObserver {
  onStart(node: string): void;
  onIncarnation(node: string, persisted: number, next: number): void;
  onChanged(
    node: string,
    member: string,
    bucket: Bucket | undefined,
    status: string | undefined,
  ): void;
}

export interface GossipWorldOptions {
  readonly seed: number;
  readonly members: number;
  /** Names that may join later. */
  readonly spares: number;
  readonly links: LinkFaults;
  readonly timing?: GossipTiming | undefined;
  readonly bugs?: ReadonlySet<RouteRegistryBug> | undefined;
  readonly traceKeep?: number | undefined;
  readonly traceSink?: ((line: string) => void) | undefined;
  /** Keep `traffic.bytes` (JSON-encodes every message; off in sweeps). */
  readonly countBytes?: boolean | undefined;
}

/** Traffic counters: messages and their size as JSON in UTF-8 (docs/PERFORMANCE.md). */
export interface GossipTraffic {
  messages: number;
  bytes: number;
}

export class GossipSimWorld {
  readonly rng: Rng;
  readonly queue: EventQueue;
  readonly network: SimNetwork<GossipMessage>;
  readonly trace: Trace;
  readonly timing: GossipTiming;
  readonly bugs: ReadonlySet<RouteRegistryBug>;
  readonly nodes = new Map<string, GossipSimNode>();
  /** Members that joined and were not removed (running or not). */
  readonly cluster = new Set<string>();
  readonly removed = new Set<string>();
  readonly spares: string[] = [];
  readonly traffic: GossipTraffic = { messages: 0, bytes: 0 };
  checker: GossipObserver | undefined;
  /** Whether `traffic.bytes` is kept (it costs a JSON encoding per message). */
  readonly countBytes: boolean;
  /** False while any link is cut (set by whoever cuts and heals; spares the detector a lookup per pair). */
  linksWhole = true;
  private readonly encoder = new TextEncoder();

  constructor(options: GossipWorldOptions) {
    this.rng = new SeededRng(options.seed);
    this.queue = new EventQueue(this.rng.fork());
    this.timing = options.timing ?? defaultTiming;
    this.bugs = options.bugs ?? new Set();
    this.countBytes = options.countBytes ?? false;
    this.trace = new Trace(options.traceKeep ?? 60, options.traceSink);
    this.network = new SimNetwork<GossipMessage>(
      this.queue,
      this.rng.fork(),
      options.links,
      (envelope) => this.nodes.get(envelope.to)?.receive(envelope.from, envelope.message),
    );
    const total = options.members + options.spares;
    const width = String(total).length;
    for (let i = 1; i <= total; i++) {
      const name = `m${String(i).padStart(width, '0')}`;
      this.nodes.set(name, new GossipSimNode(this, name, this.rng.fork()));
      if (i <= options.members) this.cluster.add(name);
      else this.spares.push(name);
    }
  }

  get now(): number {
    return this.queue.now;
  }

  send(from: string, to: string, message: GossipMessage): void {
    this.traffic.messages++;
    if (this.countBytes) this.traffic.bytes += this.encoder.encode(JSON.stringify(message)).length;
    this.network.send(from, to, message);
  }

  /** Runs events until simulated time `until`. */
  runUntilTime(until: number): void {
    while (this.queue.runNext(until));
  }

  /** Runs for `ms`, checking `done` every `stepMs`; true once it holds. */
  runUntil(done: () => boolean, ms: number, stepMs: number): boolean {
    const end = this.now + ms;
    while (this.now < end) {
      if (done()) return true;
      this.runUntilTime(Math.min(end, this.now + stepMs));
    }
    return done();
  }

  /** Members of the cluster that are running. */
  live(): GossipSimNode[] {
    return [...this.cluster].map((m) => this.nodes.get(m)!).filter((n) => n.up);
  }

  /** A spare joins the cluster and starts; the others' failure detectors find it. */
  join(): string | undefined {
    const name = this.spares.shift();
    if (name === undefined) return undefined;
    this.cluster.add(name);
    this.trace.add(this.now, '-', 'join', name);
    this.nodes.get(name)!.start();
    return name;
  }

  /** Removes a member for good: it stops, and each member learns of it after its own lag. */
  remove(name: string): void {
    if (!this.cluster.delete(name)) return;
    this.removed.add(name);
    const node = this.nodes.get(name)!;
    node.crash();
    node.dead = true;
    this.trace.add(this.now, '-', 'remove', name);
    for (const other of this.nodes.values()) {
      if (other === node) continue;
      this.queue.after(this.rng.range(0, this.timing.membershipLagMaxMs), () =>
        other.learnRemoved(name),
      );
    }
  }
}

/** Routes in short form for traces: `rpc-0,reset-thing@t3`. */
export function describeRoutes(bucket: Bucket): string {
  return bucket.routes
    .map((r) => {
      const name = r.rpc.slice(r.rpc.indexOf(':') + 1);
      return r.path === undefined ? name : `${name}@${r.path.slice(r.path.indexOf('=') + 1)}`;
    })
    .join(',');
}

/** `k` distinct items of `items` chosen with `rng`, in their original order. */
export function pickSome<T>(rng: Rng, items: readonly T[], k: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(k, items.length)) chosen.add(rng.int(items.length));
  return [...chosen].sort((a, b) => a - b).map((i) => items[i]!);
}

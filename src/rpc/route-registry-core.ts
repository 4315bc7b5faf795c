/**
 * The RPC route registry of one member, as a deterministic state machine (design 003, "Remote RPC":
 * Route Registry, GossipTick, Status, Delta). Every member owns one bucket `{ version, routes }` listing
 * the RPCs it implements (global RPCs by QName, routed RPCs by QName and context path); it keeps a copy
 * of every other member's bucket, learned by gossip, and answers "which members implement RPC X (for
 * path P)". The shell calls `tick()` once per gossip interval, `step()` for each message from a peer,
 * and the membership inputs as the cluster reports them; it collects effects with `ready()` and
 * `advance()`, like the Raft core.
 *
 * The protocol, push-pull anti-entropy (the idea of OpenDaylight's Gossiper and BucketStoreActor):
 * - On each tick a member sends its Status (member -> bucket version, for every bucket it holds, its own
 *   included) to one peer it believes up, chosen with the injected Rng.
 * - The peer answers with a Delta: its buckets that are newer than (or missing from) the Status, and
 *   `want`, the members whose buckets the Status shows newer than its own. The first member answers a
 *   non-empty `want` with a last Delta. Three messages at most; any may be lost, the next tick retries.
 *
 * Invariants kept here:
 * - Only a member changes its own bucket; a bucket received for the receiver itself is never stored.
 *   ("Owner" is kept for entity ownership, docs/ARCHITECTURE.md's glossary: a bucket has a member.)
 * - Versions only move forward: a member replaces its copy of a bucket only with a strictly newer
 *   version, and remembers the newest version it ever held of each member (a floor that outlives a
 *   dropped bucket), so a stale copy gossiped back after a drop is refused.
 * - A version is `(incarnation, counter)`, compared in that order. The shell gives each life of a
 *   member an incarnation greater than every earlier one (persisted, as ODL persists its incarnation),
 *   so a restarted member's new routes win over the copies of its old bucket. `ready().incarnation` is
 *   the incarnation to persist before any message of that Ready is sent. Should a member hear of its own
 *   bucket at a version its current life never produced (its persisted incarnation was lost), it moves
 *   to the next incarnation above it rather than being ignored for ever.
 * - Buckets are held only for members membership reports as up, or down for less than
 *   `downExpiryTicks`. A member removed, or down past that expiry, has its bucket dropped and refused
 *   until membership reports it up again; so once gossip has converged no lookup names it.
 *
 * It must not do I/O, read clocks or draw randomness of its own: time is `tick()`, randomness the Rng.
 */
import type { RpcConfig } from '../config/types.js';
import { assert } from '../util/assert.js';
import type { Rng } from '../util/rng.js';

/** An RPC a member implements: global when `path` is absent, else routed for that context path. */
export interface Route {
  /** The RPC's QName, `module:name`. */
  readonly rpc: string;
  /** The context instance identifier (RFC 8040 path) of a routed RPC; absent for a global one. */
  readonly path?: string | undefined;
}

/** A bucket's version: newer incarnations win; within one, the larger counter. */
export interface BucketVersion {
  readonly incarnation: number;
  readonly counter: number;
}

/** One member's routes at one version. `routes` is sorted by (rpc, path) and free of duplicates. */
export interface Bucket {
  readonly version: BucketVersion;
  readonly routes: readonly Route[];
}

/** A member and the version of its bucket, as a Status lists them. */
export interface VersionEntry {
  readonly member: string;
  readonly version: BucketVersion;
}

/** A member and its bucket, as a Delta carries them. */
export interface BucketEntry {
  readonly member: string;
  readonly bucket: Bucket;
}

/** The messages members exchange. */
export type GossipMessage =
  /** "These are the versions I hold": sent to one random peer per tick. */
  | { readonly type: 'status'; readonly versions: readonly VersionEntry[] }
  /**
   * Buckets newer than the receiver's, and the members whose buckets the sender wants (empty in the
   * last message of an exchange).
   */
  | {
      readonly type: 'delta';
      readonly buckets: readonly BucketEntry[];
      readonly want: readonly string[];
    };

/** A message to send. */
export interface GossipOutgoing {
  readonly to: string;
  readonly message: GossipMessage;
}

/** What membership says about a peer, as this member last heard it. */
export type PeerStatus = 'up' | 'down' | 'expired' | 'removed';

/**
 * Deliberately planted bugs, set only by the simulator to show that its checkers catch them.
 * - `accept-older-version`: replace a held bucket with any other version, older ones included.
 * - `accept-dropped-member`: store buckets of members that are removed, expired or unknown.
 * - `never-expire-down`: keep the bucket of a member that stays down, past the expiry.
 * - `restart-same-incarnation`: lives in the simulator's shell (a restart reuses the old incarnation).
 */
export type RouteRegistryBug =
  | 'accept-older-version'
  | 'accept-dropped-member'
  | 'never-expire-down'
  | 'restart-same-incarnation';

export interface RouteRegistryConfig {
  /** This member's name. */
  readonly member: string;
  /** This life's incarnation: a safe integer >= 0, greater than that of every earlier life. */
  readonly incarnation: number;
  /** Ticks a member may stay down before its bucket is dropped (>= 1). */
  readonly downExpiryTicks: number;
  /** Planted bugs; only the simulator sets this. */
  readonly bugs?: ReadonlySet<RouteRegistryBug> | undefined;
}

/**
 * The core's settings from canopy.conf's `rpc { }`: the shell ticks every `gossipIntervalMs`, so the
 * expiry is counted in whole intervals, rounded up. `incarnation`: greater than every earlier life's;
 * the shell takes the persisted one plus one (or, with nothing persisted, the wall-clock ms at start,
 * which also outranks a life whose data directory was lost).
 */
export function routeRegistryConfig(
  member: string,
  incarnation: number,
  rpc: RpcConfig,
): RouteRegistryConfig {
  return {
    member,
    incarnation,
    downExpiryTicks: Math.max(1, Math.ceil(rpc.downMemberExpiryMs / rpc.gossipIntervalMs)),
  };
}

/** The effects the shell executes, in this order, before calling `advance`. */
export interface RouteRegistryReady {
  /**
   * A new incarnation of this member: durable before any message below is sent. The first Ready
   * carries the configured one; any later one means the member heard of a newer life of itself (its
   * persisted incarnation was lost), worth a warning in the log: should it recur, two processes run
   * under one member name and outbid each other.
   */
  readonly incarnation: number | undefined;
  readonly messages: readonly GossipOutgoing[];
  /** Members whose bucket in this view appeared, changed or was dropped, sorted (the own one too). */
  readonly changed: readonly string[];
}

/** One row of `snapshot()`: a member this registry knows, its status and the bucket it holds. */
export interface RegistryMemberView {
  readonly member: string;
  /** `self` for this member. */
  readonly status: PeerStatus | 'self';
  readonly bucket: Bucket | undefined;
}

/** Orders versions: negative when a is older than b, 0 when equal, positive when newer. */
export function compareVersions(a: BucketVersion, b: BucketVersion): number {
  return a.incarnation !== b.incarnation ? a.incarnation - b.incarnation : a.counter - b.counter;
}

/** A route's identity: the QName, a space (never in a QName) and the path; the QName alone if global. */
export function routeKey(route: Route): string {
  return route.path === undefined ? route.rpc : `${route.rpc} ${route.path}`;
}

/** Routes sorted by key with duplicates removed (the form a bucket holds). */
export function normalizeRoutes(routes: Iterable<Route>): Route[] {
  const byKey = new Map<string, Route>();
  for (const route of routes) {
    assert(
      route.rpc.length > 0 && !route.rpc.includes(' ') && route.path !== '',
      () => `route registry: bad route ${JSON.stringify(route)} (empty or spaced rpc, empty path)`,
    );
    const clean: Route = route.path === undefined ? { rpc: route.rpc } : { ...route };
    byKey.set(routeKey(clean), clean);
  }
  return [...byKey.keys()].sort().map((key) => byKey.get(key)!);
}

/** Whether two buckets hold the same version and the same routes. */
export function sameBucket(a: Bucket, b: Bucket): boolean {
  if (compareVersions(a.version, b.version) !== 0 || a.routes.length !== b.routes.length)
    return false;
  return a.routes.every((r, i) => routeKey(r) === routeKey(b.routes[i]!));
}

interface PeerState {
  status: PeerStatus;
  /** For `down`: the tick at which it went down. */
  downSinceTick: number;
}

/** The route registry of one member; see the file comment for the protocol and its invariants. */
export class RouteRegistryCore {
  readonly member: string;
  private readonly bugs: ReadonlySet<RouteRegistryBug>;
  private readonly downExpiryTicks: number;
  private readonly rng: Rng;
  private incarnationValue: number;
  private ticks = 0;
  private readonly peers = new Map<string, PeerState>();
  /** Peers believed up, sorted (gossip targets); undefined after a membership change, rebuilt on use. */
  private upPeersCache: string[] | undefined = [];
  /** The Status of the buckets held, sorted by member; undefined after any bucket change. */
  private versionsCache: VersionEntry[] | undefined;
  private readonly buckets = new Map<string, Bucket>();
  /** Newest version ever held per member, kept after a drop. */
  private readonly floors = new Map<string, BucketVersion>();
  /** rpc -> path ('' for global) -> members. */
  private readonly index = new Map<string, Map<string, Set<string>>>();
  private pendingIncarnation: number | undefined;
  private outbox: GossipOutgoing[] = [];
  private readonly changedMembers = new Set<string>();

  constructor(config: RouteRegistryConfig, rng: Rng) {
    assert(config.member.length > 0, () => 'route registry: empty member name');
    assert(
      Number.isSafeInteger(config.incarnation) && config.incarnation >= 0,
      () => `route registry: incarnation ${config.incarnation} is not a safe integer >= 0`,
    );
    assert(
      Number.isSafeInteger(config.downExpiryTicks) && config.downExpiryTicks >= 1,
      () => `route registry: downExpiryTicks ${config.downExpiryTicks} is not an integer >= 1`,
    );
    this.member = config.member;
    this.incarnationValue = config.incarnation;
    this.downExpiryTicks = config.downExpiryTicks;
    this.bugs = config.bugs ?? new Set();
    this.rng = rng;
    this.pendingIncarnation = config.incarnation;
    this.storeBucket(this.member, {
      version: { incarnation: config.incarnation, counter: 1 },
      routes: [],
    });
  }

  /** This life's incarnation (it grows only if the member hears of a newer life of itself). */
  get incarnation(): number {
    return this.incarnationValue;
  }

  /** This member's own bucket. */
  get ownBucket(): Bucket {
    return this.buckets.get(this.member)!;
  }

  // ---- this member's own routes ----

  /** Adds routes to this member's bucket; a new version when anything was added. */
  addRoutes(routes: Iterable<Route>): void {
    this.setRoutes([...this.ownBucket.routes, ...routes]);
  }

  /** Removes routes from this member's bucket; a new version when anything was removed. */
  removeRoutes(routes: Iterable<Route>): void {
    const gone = new Set([...routes].map(routeKey));
    this.setRoutes(this.ownBucket.routes.filter((r) => !gone.has(routeKey(r))));
  }

  /** Replaces this member's routes; a new version when they differ from the current ones. */
  setRoutes(routes: Iterable<Route>): void {
    const own = this.ownBucket;
    const next = normalizeRoutes(routes);
    if (
      next.length === own.routes.length &&
      next.every((r, i) => routeKey(r) === routeKey(own.routes[i]!))
    )
      return;
    const counter = own.version.counter + 1;
    assert(Number.isSafeInteger(counter), () => 'route registry: bucket counter overflow');
    this.storeBucket(this.member, {
      version: { incarnation: own.version.incarnation, counter },
      routes: next,
    });
  }

  // ---- membership ----

  /** Membership reports `member` up (joined, or reachable again): its buckets are accepted again. */
  memberUp(member: string): void {
    if (member === this.member) return;
    const peer = this.peers.get(member);
    if (peer?.status === 'up') return;
    this.peers.set(member, { status: 'up', downSinceTick: 0 });
    this.upPeersCache = undefined;
  }

  /** Membership reports `member` down (unreachable); its bucket is dropped after downExpiryTicks. */
  memberDown(member: string): void {
    if (member === this.member) return;
    const peer = this.peers.get(member);
    if (peer !== undefined && peer.status !== 'up') return;
    this.peers.set(member, { status: 'down', downSinceTick: this.ticks });
    this.upPeersCache = undefined;
  }

  /** Membership reports `member` removed from the cluster: its bucket is dropped and refused. */
  memberRemoved(member: string): void {
    if (member === this.member) return;
    this.peers.set(member, { status: 'removed', downSinceTick: 0 });
    this.dropBucket(member);
    this.upPeersCache = undefined;
  }

  /** What membership last said about `member` (undefined: never heard of it). */
  peerStatus(member: string): PeerStatus | undefined {
    return this.peers.get(member)?.status;
  }

  // ---- driving ----

  /** One gossip interval: expire members down too long, then send Status to one random up peer. */
  tick(): void {
    this.ticks++;
    if (!this.bugs.has('never-expire-down')) {
      for (const [member, peer] of this.peers) {
        if (peer.status === 'down' && this.ticks - peer.downSinceTick >= this.downExpiryTicks) {
          peer.status = 'expired';
          this.dropBucket(member);
        }
      }
    }
    const upPeers = (this.upPeersCache ??= this.sortedUpPeers());
    if (upPeers.length === 0) return;
    const to = this.rng.pick(upPeers);
    this.outbox.push({ to, message: { type: 'status', versions: this.versions() } });
  }

  /** Handles a message from `from`. Messages from removed members are ignored. */
  step(from: string, message: GossipMessage): void {
    if (from === this.member || this.peers.get(from)?.status === 'removed') return;
    switch (message.type) {
      case 'status':
        this.onStatus(from, message.versions);
        return;
      case 'delta':
        this.onDelta(from, message.buckets, message.want);
        return;
    }
  }

  /** The effects collected since the last `advance`, or undefined when there are none. */
  ready(): RouteRegistryReady | undefined {
    if (
      this.pendingIncarnation === undefined &&
      this.outbox.length === 0 &&
      this.changedMembers.size === 0
    )
      return undefined;
    return {
      incarnation: this.pendingIncarnation,
      messages: [...this.outbox],
      changed: [...this.changedMembers].sort(),
    };
  }

  /** The shell has persisted the incarnation, sent the messages and applied the changes of `ready`. */
  advance(ready: RouteRegistryReady): void {
    if (ready.incarnation === this.pendingIncarnation) this.pendingIncarnation = undefined;
    const sent = new Set(ready.messages);
    this.outbox = this.outbox.filter((m) => !sent.has(m));
    for (const member of ready.changed) this.changedMembers.delete(member);
  }

  // ---- queries ----

  /**
   * Members that implement `rpc`, sorted, this member included. With `path`: the members that
   * registered the routed RPC for exactly that path or, when none did, those that registered it
   * globally (OpenDaylight's fallback to the default implementation). Without: the global ones.
   */
  lookup(rpc: string, path?: string): readonly string[] {
    const paths = this.index.get(rpc);
    if (paths === undefined) return [];
    const exact = path === undefined ? undefined : paths.get(path);
    const members = exact !== undefined && exact.size > 0 ? exact : paths.get('');
    return members === undefined ? [] : [...members].sort();
  }

  /** The bucket this member holds for `member` (its own included), or undefined. */
  bucket(member: string): Bucket | undefined {
    return this.buckets.get(member);
  }

  /** The versions of every bucket held, sorted by member (what a Status carries). */
  versions(): readonly VersionEntry[] {
    return (this.versionsCache ??= [...this.buckets.keys()]
      .sort()
      .map((member) => ({ member, version: this.buckets.get(member)!.version })));
  }

  /** Every member this registry knows, sorted, with its status and bucket (for status tools). */
  snapshot(): RegistryMemberView[] {
    const names = new Set([...this.peers.keys(), ...this.buckets.keys(), this.member]);
    return [...names].sort().map((member) => ({
      member,
      status: member === this.member ? 'self' : this.peers.get(member)!.status,
      bucket: this.buckets.get(member),
    }));
  }

  // ---- the protocol ----

  private onStatus(from: string, versions: readonly VersionEntry[]): void {
    // Own entry first: should it reveal a newer life of this member, the reply carries the new bucket.
    const want: string[] = [];
    for (const { member, version } of versions) {
      if (member === this.member) {
        this.noticeOwnVersion(version);
      } else if (this.wouldAccept(member, version)) {
        want.push(member);
      }
    }
    const theirs = new Map(versions.map((e) => [e.member, e.version]));
    const buckets: BucketEntry[] = [];
    for (const [member, bucket] of this.buckets) {
      const their = theirs.get(member);
      if (their === undefined || compareVersions(bucket.version, their) > 0)
        buckets.push({ member, bucket });
    }
    if (buckets.length > 0 || want.length > 0) {
      this.outbox.push({ to: from, message: { type: 'delta', buckets, want } });
    }
  }

  private onDelta(from: string, entries: readonly BucketEntry[], want: readonly string[]): void {
    for (const { member, bucket } of entries) {
      if (member === this.member) {
        this.noticeOwnBucket(bucket);
      } else if (this.wouldAccept(member, bucket.version)) {
        this.storeBucket(member, bucket);
      }
    }
    if (want.length === 0) return;
    const buckets: BucketEntry[] = [];
    for (const member of want) {
      const bucket = this.buckets.get(member);
      if (bucket !== undefined) buckets.push({ member, bucket });
    }
    if (buckets.length > 0)
      this.outbox.push({ to: from, message: { type: 'delta', buckets, want: [] } });
  }

  /** Whether a bucket of `member` at `version` would replace what this member holds. */
  private wouldAccept(member: string, version: BucketVersion): boolean {
    const status = this.peers.get(member)?.status;
    if (status !== 'up' && status !== 'down' && !this.bugs.has('accept-dropped-member'))
      return false;
    const held = this.buckets.get(member);
    if (held !== undefined) {
      const order = compareVersions(version, held.version);
      return this.bugs.has('accept-older-version') ? order !== 0 : order > 0;
    }
    // Not held: accept the floor's version itself again (a member up again after its bucket expired,
    // unchanged meanwhile), never an older one.
    const floor = this.floors.get(member);
    return floor === undefined || compareVersions(version, floor) >= 0;
  }

  /** A peer listed our own bucket at `version`: newer than ours means an earlier life outran us. */
  private noticeOwnVersion(version: BucketVersion): void {
    if (compareVersions(version, this.ownBucket.version) > 0) this.newIncarnationAbove(version);
  }

  /** A peer sent our own bucket: newer, or the same version with other routes, is an earlier life. */
  private noticeOwnBucket(bucket: Bucket): void {
    const order = compareVersions(bucket.version, this.ownBucket.version);
    if (order > 0 || (order === 0 && !sameBucket(bucket, this.ownBucket)))
      this.newIncarnationAbove(bucket.version);
  }

  private newIncarnationAbove(version: BucketVersion): void {
    const incarnation = version.incarnation + 1;
    assert(Number.isSafeInteger(incarnation), () => 'route registry: incarnation overflow');
    this.incarnationValue = incarnation;
    this.pendingIncarnation = incarnation;
    this.storeBucket(this.member, {
      version: { incarnation, counter: 1 },
      routes: this.ownBucket.routes,
    });
  }

  private storeBucket(member: string, bucket: Bucket): void {
    const floor = this.floors.get(member);
    if (!this.bugs.has('accept-older-version')) {
      assert(
        floor === undefined || compareVersions(bucket.version, floor) >= 0,
        () =>
          `route registry ${this.member}: bucket of ${member} would move back from ${show(floor)} to ${show(bucket.version)}`,
      );
    }
    const previous = this.buckets.get(member);
    if (previous !== undefined) this.unindex(member, previous);
    this.buckets.set(member, bucket);
    this.versionsCache = undefined;
    if (floor === undefined || compareVersions(bucket.version, floor) > 0)
      this.floors.set(member, bucket.version);
    this.indexRoutes(member, bucket);
    this.changedMembers.add(member);
  }

  private dropBucket(member: string): void {
    const previous = this.buckets.get(member);
    if (previous === undefined) return;
    this.unindex(member, previous);
    this.buckets.delete(member);
    this.versionsCache = undefined;
    this.changedMembers.add(member);
  }

  private indexRoutes(member: string, bucket: Bucket): void {
    for (const route of bucket.routes) {
      let paths = this.index.get(route.rpc);
      if (paths === undefined) this.index.set(route.rpc, (paths = new Map<string, Set<string>>()));
      const key = route.path ?? '';
      let members = paths.get(key);
      if (members === undefined) paths.set(key, (members = new Set<string>()));
      members.add(member);
    }
  }

  private unindex(member: string, bucket: Bucket): void {
    for (const route of bucket.routes) {
      const paths = this.index.get(route.rpc);
      const key = route.path ?? '';
      const members = paths?.get(key);
      if (paths === undefined || members === undefined) continue;
      members.delete(member);
      if (members.size === 0) paths.delete(key);
      if (paths.size === 0) this.index.delete(route.rpc);
    }
  }

  private sortedUpPeers(): string[] {
    return [...this.peers]
      .filter(([, peer]) => peer.status === 'up')
      .map(([member]) => member)
      .sort();
  }
}

/** `incarnation.counter`, for messages and traces. */
export function show(version: BucketVersion | undefined): string {
  return version === undefined ? '-' : `${version.incarnation}.${version.counter}`;
}

/** Where a shell executes a Ready's effects (route-registry.ts over the transport, the simulator's node). */
export interface RouteRegistryEffects {
  /** Make `incarnation` durable; returns only once it is (before any message of its Ready is sent). */
  persistIncarnation(incarnation: number): void;
  send(to: string, message: GossipMessage): void;
  /** `member`'s bucket in this view appeared, changed (`bucket`) or was dropped (undefined). */
  changed(member: string, bucket: Bucket | undefined): void;
}

/**
 * The shell's loop, one function for the shipped shell and the simulator's node: for each Ready,
 * persist the incarnation, then send, then report the changed buckets, then advance.
 */
export function drainRouteRegistry(core: RouteRegistryCore, effects: RouteRegistryEffects): void {
  for (let ready = core.ready(); ready; ready = core.ready()) {
    if (ready.incarnation !== undefined) effects.persistIncarnation(ready.incarnation);
    for (const out of ready.messages) effects.send(out.to, out.message);
    for (const member of ready.changed) effects.changed(member, core.bucket(member));
    core.advance(ready);
  }
}

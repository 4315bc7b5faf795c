/**
 * The route registry of a running member: the shell around route-registry-core.ts (design 003's
 * RpcRegistry and Gossiper). It ticks the core every `rpc.gossip-interval-ms`, sends the core's
 * gossip over the cluster transport under the subject `rpc-gossip` (proto/rpc.proto), steps the core
 * with what peers send, tells it what ClusterService reports about members, and keeps this member's
 * bucket equal to the rpcs implemented in this process (RpcService.onLocalRoutesChanged).
 *
 * Membership, as the core reads it: `member-up` and `member-reachable` are up; `member-unreachable`
 * and `member-down` are down (the core drops the bucket after `rpc.down-member-expiry-ms` counted in
 * gossip ticks); `member-removed` (left, or restarted) drops the bucket at once. A restarted member's
 * new life is then `member-up` again, and its bucket carries a newer incarnation.
 *
 * Incarnation: each start takes max(persisted + 1, wall-clock ms), so a new life outranks every
 * earlier one even when its data directory was lost (the transport's incarnation is random, so it
 * cannot order lives). The core's Ready says when a new incarnation must be persisted; it is written
 * (file, then rename) before that Ready's messages are sent, by the same drain the simulator runs
 * (drainRouteRegistry).
 *
 * Gossip goes only to connected peers: a Status queued for a disconnected peer is stale by the time
 * it would go out, and the next tick sends a fresh one. Decisions are the core's; this file fixes the
 * order of effects and nothing more.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterService } from '../cluster/cluster-service.js';
import type { MembershipEvent } from '../cluster/membership-core.js';
import type { ClusterTransport } from '../cluster/transport.js';
import type { RpcConfig } from '../config/types.js';
import type { Logger } from '../runtime/logger.js';
import { silentLogger } from '../runtime/logger.js';
import type { Rng } from '../util/rng.js';
import { decodeGossipMessage, encodeGossipMessage } from '../wire/rpc-codec.js';
import {
  RouteRegistryCore,
  drainRouteRegistry,
  routeRegistryConfig,
  show,
  type Bucket,
  type RegistryMemberView,
  type Route,
} from './route-registry-core.js';

/** The transport subject of the registry's gossip. */
export const GOSSIP_SUBJECT = 'rpc-gossip';

/** The file under the data directory that keeps the last incarnation. */
export const INCARNATION_FILE = 'rpc-incarnation';

/** The part of ClusterTransport the remote RPC shells use. */
export type RpcTransport = Pick<
  ClusterTransport,
  'self' | 'send' | 'onMessage' | 'onPeerEvent' | 'peerState'
>;

/** The part of ClusterService the remote RPC shells use. */
export type RpcMembership = Pick<ClusterService, 'onEvent' | 'state' | 'members'>;

/** Where the incarnation is kept: `load` the last one (0: none), `save` a new one durably. */
export interface IncarnationStore {
  load(): number;
  save(incarnation: number): void;
}

/** The incarnation kept in `<dataDir>/rpc-incarnation` (decimal text, replaced by rename). */
export function fileIncarnationStore(dataDir: string): IncarnationStore {
  const file = join(dataDir, INCARNATION_FILE);
  return {
    load: () => {
      try {
        const n = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
        return Number.isSafeInteger(n) && n > 0 ? n : 0;
      } catch {
        return 0;
      }
    },
    save: (incarnation) => {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(`${file}.tmp`, `${incarnation}\n`);
      renameSync(`${file}.tmp`, file);
    },
  };
}

export interface RouteRegistryOptions {
  readonly transport: RpcTransport;
  readonly membership: RpcMembership;
  readonly settings: RpcConfig;
  readonly incarnations: IncarnationStore;
  /** Picks gossip targets. */
  readonly rng: Rng;
  readonly logger?: Logger | undefined;
  /** Wall-clock ms, for the first incarnation; default Date.now. */
  readonly nowMs?: (() => number) | undefined;
}

/** One route of `routes()`: an rpc (and path, for a routed one) with the members that implement it. */
export interface RouteView {
  readonly rpc: string;
  readonly path: string | undefined;
  readonly members: readonly string[];
}

/** The route registry of this member; see the file comment. */
export class RouteRegistry {
  private readonly core: RouteRegistryCore;
  private readonly transport: RpcTransport;
  private readonly incarnations: IncarnationStore;
  private readonly logger: Logger;
  private readonly stops: (() => void)[] = [];
  private readonly timer: NodeJS.Timeout;
  private closed = false;

  constructor(options: RouteRegistryOptions) {
    this.transport = options.transport;
    this.incarnations = options.incarnations;
    this.logger = (options.logger ?? silentLogger()).child({ component: 'rpc-registry' });
    const incarnation = Math.max(
      options.incarnations.load() + 1,
      Math.floor((options.nowMs ?? Date.now)()),
    );
    this.core = new RouteRegistryCore(
      routeRegistryConfig(options.transport.self, incarnation, options.settings),
      options.rng,
    );
    for (const view of options.membership.members()) {
      // Unreachable at start means not heard yet: unknown to the core until membership decides.
      if (!view.self)
        this.onMembership(view.member, view.state === 'unreachable' ? undefined : view.state);
    }
    this.stops.push(
      options.membership.onEvent((event) => {
        this.onMembership(event.member, stateOf(event));
        this.drain();
      }),
      options.transport.onMessage(GOSSIP_SUBJECT, (from, payload) => {
        this.receive(from, payload);
      }),
    );
    this.timer = setInterval(() => {
      this.core.tick();
      this.drain();
    }, options.settings.gossipIntervalMs);
    this.timer.unref();
    this.drain();
    this.logger.info(
      { member: this.core.member, incarnation },
      `rpc route registry: started (incarnation ${incarnation})`,
    );
  }

  /** This member's member name. */
  get member(): string {
    return this.core.member;
  }

  /** Replaces this member's routes (a new bucket version when they differ). */
  setLocalRoutes(routes: Iterable<Route>): void {
    if (this.closed) return;
    this.core.setRoutes(routes);
    this.drain();
  }

  /** Members whose bucket has a route for `rpc` (and `path`), sorted, this member included. */
  lookup(rpc: string, path?: string): readonly string[] {
    return this.core.lookup(rpc, path);
  }

  /** Every member this registry knows, with its status and bucket. */
  snapshot(): RegistryMemberView[] {
    return this.core.snapshot();
  }

  /** Every route in the buckets held, sorted by rpc then path, with its members (sorted). */
  routes(): RouteView[] {
    const byKey = new Map<string, { rpc: string; path: string | undefined; members: string[] }>();
    for (const view of this.core.snapshot()) {
      for (const route of view.bucket?.routes ?? []) {
        const key = `${route.rpc} ${route.path ?? ''}`;
        let entry = byKey.get(key);
        if (entry === undefined) {
          entry = { rpc: route.rpc, path: route.path, members: [] };
          byKey.set(key, entry);
        }
        entry.members.push(view.member);
      }
    }
    return [...byKey.keys()].sort().map((key) => byKey.get(key)!);
  }

  /** Stops gossiping. Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    for (const stop of this.stops.splice(0)) stop();
  }

  private onMembership(member: string, state: 'up' | 'down' | 'removed' | undefined): void {
    if (state === 'up') this.core.memberUp(member);
    else if (state === 'down') this.core.memberDown(member);
    else if (state === 'removed') this.core.memberRemoved(member);
  }

  private receive(from: string, payload: Uint8Array): void {
    if (this.closed) return;
    let message;
    try {
      message = decodeGossipMessage(payload);
    } catch (error) {
      this.logger.warn(
        { peer: from, error: error instanceof Error ? error.message : String(error) },
        'rpc route registry: dropped a gossip message that does not decode',
      );
      return;
    }
    this.core.step(from, message);
    this.drain();
  }

  private drain(): void {
    if (this.closed) return;
    drainRouteRegistry(this.core, {
      persistIncarnation: (incarnation) => {
        this.incarnations.save(incarnation);
      },
      send: (to, message) => {
        if (this.transport.peerState(to) === 'connected') {
          this.transport.send(to, GOSSIP_SUBJECT, encodeGossipMessage(message));
        }
      },
      changed: (member, bucket) => {
        this.logChange(member, bucket);
      },
    });
  }

  private logChange(member: string, bucket: Bucket | undefined): void {
    const routes = bucket?.routes.map((r) => (r.path === undefined ? r.rpc : `${r.rpc} ${r.path}`));
    if (bucket === undefined) {
      this.logger.info(
        { member, status: this.core.peerStatus(member) },
        `rpc route registry: dropped the routes of ${member}`,
      );
    } else {
      this.logger.debug(
        { member, version: show(bucket.version), routes },
        `rpc route registry: ${member === this.core.member ? 'own' : member} bucket at ${show(bucket.version)}`,
      );
    }
  }
}

/** The registry's reading of a membership state or event. */
function stateOf(event: MembershipEvent): 'up' | 'down' | 'removed' {
  switch (event.type) {
    case 'member-up':
    case 'member-reachable':
      return 'up';
    case 'member-unreachable':
    case 'member-down':
      return 'down';
    case 'member-removed':
      return 'removed';
  }
}

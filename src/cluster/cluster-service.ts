/**
 * ClusterService: the shell around membership-core.ts in a running member (design 003's
 * ClusterService). It sends a heartbeat to every connected peer each `heartbeat-interval-ms` over the
 * cluster transport (subject `membership`, proto/membership.proto), feeds the heartbeats and leave
 * notices it receives to the core with the monotonic clock, ticks the core every check interval, and
 * hands the core's events to subscribers and to the log (one structured line per change, naming the
 * member). On close it tells every connected peer it leaves, so they mark it removed at once rather
 * than suspecting it for seconds.
 *
 * Heartbeats go only to connected peers: a heartbeat queued while a peer is disconnected would be
 * delivered in a burst on reconnect and teach its detector intervals near 0. Every member heartbeats
 * every other (n^2 messages per interval: fine for the handful of members a cluster of Raft groups has;
 * Akka's ring of monitors is the answer if that changes).
 *
 * It decides nothing itself: every `if` that matters is in the core. Safety never rests on it (Raft's
 * elections do not read it); it tells status, the route registry and clients early what is going on.
 */
import type { MembershipSettings } from '../config/types.js';
import type { Logger } from '../runtime/logger.js';
import { silentLogger } from '../runtime/logger.js';
import {
  decodeMembershipMessage,
  encodeMembershipMessage,
  type MembershipMessage,
} from '../wire/membership-codec.js';
import {
  MembershipCore,
  type MemberState,
  type MemberView,
  type MembershipEvent,
} from './membership-core.js';
import type { ClusterTransport } from './transport.js';

/** The transport subject of membership messages. */
export const MEMBERSHIP_SUBJECT = 'membership';

/** How long `close` waits for its leave notices to be written before the transport closes. */
const LEAVE_FLUSH_MS = 200;

/** The part of ClusterTransport the service uses (tests may pass another). */
export type MembershipTransport = Pick<
  ClusterTransport,
  'self' | 'incarnation' | 'send' | 'onMessage' | 'onPeerEvent' | 'peerState' | 'stats'
>;

export interface ClusterServiceOptions {
  readonly transport: MembershipTransport;
  /** Every member's name (`cluster.members`), this one included. */
  readonly members: readonly string[];
  readonly settings: MembershipSettings;
  readonly logger?: Logger | undefined;
  /** A monotonic clock in ms; default `performance.now`. */
  readonly nowMs?: (() => number) | undefined;
}

/** A subscriber to membership events. */
export type MembershipListener = (event: MembershipEvent) => void;

/**
 * How often the core is ticked: often enough that detection is late by at most a fifth of a
 * heartbeat interval, and not more often than every 10 ms.
 */
export function checkIntervalMs(settings: MembershipSettings): number {
  return Math.min(250, Math.max(10, Math.floor(settings.heartbeatIntervalMs / 5)));
}

/** The membership of one running member; see the file comment. */
export class ClusterService {
  private readonly transport: MembershipTransport;
  private readonly core: MembershipCore;
  private readonly logger: Logger;
  private readonly now: () => number;
  private readonly peers: readonly string[];
  private readonly listeners = new Set<MembershipListener>();
  private readonly stops: (() => void)[] = [];
  private readonly heartbeatTimer: NodeJS.Timeout;
  private readonly checkTimer: NodeJS.Timeout;
  private sequence = 0;
  private closed = false;

  private constructor(options: ClusterServiceOptions) {
    this.transport = options.transport;
    this.logger = (options.logger ?? silentLogger()).child({ component: 'cluster-membership' });
    this.now = options.nowMs ?? (() => performance.now());
    this.peers = options.members.filter((m) => m !== options.transport.self);
    this.core = new MembershipCore({
      self: options.transport.self,
      members: options.members,
      settings: options.settings,
      incarnation: options.transport.incarnation,
      nowMs: this.now(),
    });
    this.stops.push(
      this.transport.onMessage(MEMBERSHIP_SUBJECT, (from, payload) => {
        this.receive(from, payload);
      }),
      this.transport.onPeerEvent((event) => {
        // A new connection: say hello at once rather than up to an interval later.
        if (event.type === 'connected') this.sendTo(event.member, this.nextHeartbeat());
      }),
    );
    this.heartbeatTimer = setInterval(() => {
      this.heartbeatAll();
    }, options.settings.heartbeatIntervalMs);
    this.heartbeatTimer.unref();
    this.checkTimer = setInterval(() => {
      this.core.tick(this.now());
      this.publish();
    }, checkIntervalMs(options.settings));
    this.checkTimer.unref();
  }

  /** Starts heartbeating over `transport` (already started) and watching every peer. */
  static start(options: ClusterServiceOptions): ClusterService {
    const service = new ClusterService(options);
    service.logger.info(
      {
        member: options.transport.self,
        incarnation: options.transport.incarnation,
        peers: service.peers,
        heartbeatIntervalMs: options.settings.heartbeatIntervalMs,
        phiThreshold: options.settings.phiThreshold,
      },
      'cluster membership: started',
    );
    service.heartbeatAll();
    return service;
  }

  /** Calls `listener` with every membership event from now on; returns the function that removes it. */
  onEvent(listener: MembershipListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** A member's state now; undefined for a name that is not a member. */
  state(member: string): MemberState | undefined {
    return this.core.state(member);
  }

  /** Every member as it is now, this one first. */
  members(): MemberView[] {
    return this.core.view(this.now());
  }

  /**
   * Tells every connected peer this member leaves, waits (at most LEAVE_FLUSH_MS) for the notices to
   * be written, and stops the timers. Call before closing the transport. Idempotent.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeatTimer);
    clearInterval(this.checkTimer);
    const leave: MembershipMessage = { type: 'leave', incarnation: this.transport.incarnation };
    const told = this.peers.filter((p) => this.sendTo(p, leave));
    const deadline = this.now() + LEAVE_FLUSH_MS;
    while (this.now() < deadline && this.queued(told)) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // The last frame was handed to its socket; let the socket write it before it is destroyed.
    await new Promise((resolve) => setImmediate(resolve));
    for (const stop of this.stops.splice(0)) stop();
    this.listeners.clear();
    this.logger.info({ member: this.transport.self, told }, 'cluster membership: left');
  }

  // ---- internals -----------------------------------------------------------------------------------

  private nextHeartbeat(): MembershipMessage {
    this.sequence += 1;
    return { type: 'heartbeat', incarnation: this.transport.incarnation, sequence: this.sequence };
  }

  private heartbeatAll(): void {
    if (this.closed) return;
    const heartbeat = this.nextHeartbeat();
    for (const peer of this.peers) this.sendTo(peer, heartbeat);
  }

  /** Sends to a connected peer; false when it is not connected or its queue is full. */
  private sendTo(peer: string, message: MembershipMessage): boolean {
    if (this.transport.peerState(peer) !== 'connected') return false;
    return (
      this.transport.send(peer, MEMBERSHIP_SUBJECT, encodeMembershipMessage(message)) === 'queued'
    );
  }

  private queued(peers: readonly string[]): boolean {
    return this.transport
      .stats()
      .some((s) => peers.includes(s.member) && s.state === 'connected' && s.queueMessages > 0);
  }

  private receive(from: string, payload: Uint8Array): void {
    if (this.closed) return;
    let message: MembershipMessage;
    try {
      message = decodeMembershipMessage(payload);
    } catch (error) {
      this.logger.warn(
        { peer: from, error: error instanceof Error ? error.message : String(error) },
        'cluster membership: dropped a message that does not decode',
      );
      return;
    }
    const now = this.now();
    if (message.type === 'heartbeat') this.core.heartbeat(from, message.incarnation, now);
    else this.core.leave(from, message.incarnation, now);
    this.publish();
  }

  private publish(): void {
    for (const event of this.core.takeEvents()) {
      this.log(event);
      for (const listener of this.listeners) {
        try {
          listener(event);
        } catch (error) {
          this.logger.error(
            { error: error instanceof Error ? error.message : String(error), event: event.type },
            'cluster membership: an event listener threw',
          );
        }
      }
    }
  }

  private log(event: MembershipEvent): void {
    const member = event.member;
    switch (event.type) {
      case 'member-up':
        this.logger.info(
          { member, state: 'up', incarnation: event.incarnation },
          `cluster membership: ${member} is up`,
        );
        return;
      case 'member-unreachable':
        this.logger.warn(
          {
            member,
            state: 'unreachable',
            phi: round(event.phi),
            silentMs: Math.round(event.silentMs),
          },
          `cluster membership: ${member} is unreachable (nothing heard for ${Math.round(event.silentMs)} ms)`,
        );
        return;
      case 'member-reachable':
        this.logger.info(
          { member, state: 'up', unreachableMs: Math.round(event.unreachableMs) },
          `cluster membership: ${member} is reachable again`,
        );
        return;
      case 'member-down':
        this.logger.warn(
          { member, state: 'down', unreachableMs: Math.round(event.unreachableMs) },
          `cluster membership: ${member} is down (unreachable for ${Math.round(event.unreachableMs)} ms)`,
        );
        return;
      case 'member-removed':
        this.logger.info(
          { member, state: 'removed', incarnation: event.incarnation, reason: event.reason },
          `cluster membership: ${member} is removed (${event.reason === 'left' ? 'it left' : 'it restarted'})`,
        );
        return;
    }
  }
}

function round(n: number): number {
  return Number.isFinite(n) ? Math.round(n * 100) / 100 : n;
}

/**
 * Membership of the cluster as one member sees it (design 003's ClusterService, after Akka cluster's
 * reachability and member states): every member of `cluster.members` with its state, decided from the
 * heartbeats and leave notices that member's peers send it, and the events others subscribe to.
 *
 * States of a peer (this member itself is always `up`):
 * - `up`: heard from, and its phi-accrual detector (phi-accrual-core.ts) does not suspect it.
 * - `unreachable`: not heard from since this member started, or its detector suspects it. Not a
 *   verdict: a peer that is heard again becomes `up` (`member-reachable`).
 * - `down`: unreachable for `downAfterMs` (never, when 0). Consumers drop what they keep for it (the
 *   route registry its routes); it comes back `up` if it is heard again.
 * - `removed`: it left cleanly (sent a leave notice when stopping) or restarted (its heartbeats carry
 *   a new incarnation: the old life is removed, then the new one is up). A removed life never comes
 *   back: a late heartbeat of it is ignored.
 * Events are emitted exactly on state changes, in the order they happen; each names the member.
 * Safety never rests on these states: Raft elects leaders and commits without them; they tell
 * clients and the route registry early what Raft would find out late.
 *
 * Pure: no timers, no I/O. Time arrives as `nowMs` (a monotonic clock read by the shell,
 * cluster-service.ts); the shell calls `tick(nowMs)` often (every check interval) and the input
 * methods as messages arrive, then collects `takeEvents()`.
 */
import type { MembershipSettings } from '../config/types.js';
import { assert } from '../util/assert.js';
import { PhiAccrualDetector } from './phi-accrual-core.js';

/** A member's state as this member sees it (see the file comment). */
export type MemberState = 'up' | 'unreachable' | 'down' | 'removed';

/** What happened to a member; emitted on each change of its state. */
export type MembershipEvent =
  | {
      /** First heard, heard again after `down`, or a new life after a restart. */
      readonly type: 'member-up';
      readonly member: string;
      readonly incarnation: number;
    }
  | {
      readonly type: 'member-unreachable';
      readonly member: string;
      /** Phi when it was suspected (0 for a member not heard since start). */
      readonly phi: number;
      /** Milliseconds since its last heartbeat (since start when never heard). */
      readonly silentMs: number;
    }
  | { readonly type: 'member-reachable'; readonly member: string; readonly unreachableMs: number }
  | { readonly type: 'member-down'; readonly member: string; readonly unreachableMs: number }
  | {
      readonly type: 'member-removed';
      readonly member: string;
      /** The life that was removed. */
      readonly incarnation: number;
      readonly reason: 'left' | 'restarted';
    };

/** One member as status shows it. */
export interface MemberView {
  readonly member: string;
  readonly self: boolean;
  readonly state: MemberState;
  /** The incarnation of the life last heard; undefined when never heard. */
  readonly incarnation: number | undefined;
  /** Phi now (0 for this member and for a member never heard). */
  readonly phi: number;
  /** Milliseconds since its last heartbeat; undefined when never heard (and for this member). */
  readonly lastHeartbeatAgoMs: number | undefined;
  /** Milliseconds since it entered its state. */
  readonly sinceMs: number;
}

interface Peer {
  state: MemberState;
  incarnation: number | undefined;
  detector: PhiAccrualDetector;
  /** When it entered `state`. */
  sinceMs: number;
  /** When it became unreachable (kept through `down`). */
  unreachableSinceMs: number;
  /** The latest lives removed, newest last (at most REMOVED_REMEMBERED). */
  readonly removedIncarnations: number[];
}

/** How many removed lives of a member are remembered to refuse their late heartbeats. */
const REMOVED_REMEMBERED = 8;

export interface MembershipCoreOptions {
  /** This member's name. */
  readonly self: string;
  /** Every member's name (`cluster.members`), this one included. */
  readonly members: readonly string[];
  readonly settings: MembershipSettings;
  /** This member's own incarnation (its transport's). */
  readonly incarnation: number;
  /** When this member started (monotonic ms). */
  readonly nowMs: number;
}

/** The membership state machine of one member. */
export class MembershipCore {
  private readonly self: string;
  private readonly settings: MembershipSettings;
  private readonly ownIncarnation: number;
  private readonly startedAtMs: number;
  private readonly peers = new Map<string, Peer>();
  private events: MembershipEvent[] = [];
  private lastNowMs: number;

  constructor(options: MembershipCoreOptions) {
    assert(
      options.members.includes(options.self),
      () => `membership: ${options.self} is not one of the members`,
    );
    this.self = options.self;
    this.settings = options.settings;
    this.ownIncarnation = options.incarnation;
    this.startedAtMs = options.nowMs;
    this.lastNowMs = options.nowMs;
    for (const m of options.members) {
      if (m === options.self) continue;
      this.peers.set(m, {
        state: 'unreachable',
        incarnation: undefined,
        detector: new PhiAccrualDetector(options.settings),
        sinceMs: options.nowMs,
        unreachableSinceMs: options.nowMs,
        removedIncarnations: [],
      });
    }
  }

  /** A heartbeat from `from`'s life `incarnation` arrived at `nowMs`. Unknown members are ignored. */
  heartbeat(from: string, incarnation: number, nowMs: number): void {
    this.advanceClock(nowMs);
    const peer = this.peers.get(from);
    if (peer === undefined) return;
    // A heartbeat of a life already removed is late (sent before it left or restarted): drop it.
    // Incarnations are random, not ordered, so the removed ones are remembered.
    if (peer.removedIncarnations.includes(incarnation)) return;
    if (peer.incarnation !== undefined && incarnation !== peer.incarnation) {
      // A restarted member: its old life is removed (unless it left already), the new one is up.
      if (peer.state !== 'removed') {
        this.emit({
          type: 'member-removed',
          member: from,
          incarnation: peer.incarnation,
          reason: 'restarted',
        });
      }
      this.startLife(peer, from, incarnation, nowMs);
      return;
    }
    if (peer.incarnation === undefined) {
      this.startLife(peer, from, incarnation, nowMs);
      return;
    }
    // Same life.
    switch (peer.state) {
      case 'removed':
        return; // It left; a heartbeat sent before its leave notice arrived late.
      case 'up':
        peer.detector.heartbeat(nowMs);
        return;
      case 'unreachable':
        peer.detector.heartbeat(nowMs);
        this.setState(peer, 'up', nowMs);
        this.emit({
          type: 'member-reachable',
          member: from,
          unreachableMs: nowMs - peer.unreachableSinceMs,
        });
        return;
      case 'down':
        peer.detector.heartbeat(nowMs);
        this.setState(peer, 'up', nowMs);
        this.emit({ type: 'member-up', member: from, incarnation });
        return;
    }
  }

  /** `from`'s life `incarnation` announced it leaves the cluster (a clean stop). */
  leave(from: string, incarnation: number, nowMs: number): void {
    this.advanceClock(nowMs);
    const peer = this.peers.get(from);
    if (peer === undefined || peer.state === 'removed') return;
    // A leave of another life than the one known is either stale or of a life never heard: in both
    // cases there is nothing of it to remove.
    if (peer.incarnation !== incarnation) return;
    this.setState(peer, 'removed', nowMs);
    remember(peer, incarnation);
    this.emit({ type: 'member-removed', member: from, incarnation, reason: 'left' });
  }

  /** Checks every peer's detector and the down timer at `nowMs`. */
  tick(nowMs: number): void {
    this.advanceClock(nowMs);
    for (const [name, peer] of this.peers) {
      if (peer.state === 'up' && !peer.detector.isAvailable(nowMs)) {
        const last = peer.detector.lastHeartbeatAtMs;
        assert(last !== undefined, () => `membership: ${name} is up without a heartbeat`);
        const suspicion = peer.detector.phi(nowMs);
        this.setState(peer, 'unreachable', nowMs);
        peer.unreachableSinceMs = nowMs;
        this.emit({
          type: 'member-unreachable',
          member: name,
          phi: suspicion,
          silentMs: nowMs - last,
        });
      } else if (
        peer.state === 'unreachable' &&
        this.settings.downAfterMs > 0 &&
        nowMs - peer.unreachableSinceMs >= this.settings.downAfterMs
      ) {
        this.setState(peer, 'down', nowMs);
        this.emit({
          type: 'member-down',
          member: name,
          unreachableMs: nowMs - peer.unreachableSinceMs,
        });
      }
    }
  }

  /** The events since the last call, oldest first; the core forgets them. */
  takeEvents(): MembershipEvent[] {
    const out = this.events;
    this.events = [];
    return out;
  }

  /** A member's state; undefined for a name that is not a member. */
  state(member: string): MemberState | undefined {
    if (member === this.self) return 'up';
    return this.peers.get(member)?.state;
  }

  /** Every member, this one first, then the peers in `cluster.members` order, as of `nowMs`. */
  view(nowMs: number): MemberView[] {
    const own: MemberView = {
      member: this.self,
      self: true,
      state: 'up',
      incarnation: this.ownIncarnation,
      phi: 0,
      lastHeartbeatAgoMs: undefined,
      sinceMs: nowMs - this.startedAtMs,
    };
    return [
      own,
      ...[...this.peers].map(([name, p]): MemberView => {
        const last = p.detector.lastHeartbeatAtMs;
        return {
          member: name,
          self: false,
          state: p.state,
          incarnation: p.incarnation,
          phi: p.state === 'removed' ? 0 : p.detector.phi(nowMs),
          lastHeartbeatAgoMs: last === undefined ? undefined : nowMs - last,
          sinceMs: nowMs - p.sinceMs,
        };
      }),
    ];
  }

  // ---- internals -----------------------------------------------------------------------------------

  private startLife(peer: Peer, name: string, incarnation: number, nowMs: number): void {
    if (peer.incarnation !== undefined) remember(peer, peer.incarnation);
    peer.incarnation = incarnation;
    peer.detector = new PhiAccrualDetector(this.settings);
    peer.detector.heartbeat(nowMs);
    // Up from any state: a restarted member may have been up (its restart was quicker than the
    // detector), so this is not setState's one-way change.
    peer.state = 'up';
    peer.sinceMs = nowMs;
    this.emit({ type: 'member-up', member: name, incarnation });
  }

  private setState(peer: Peer, state: MemberState, nowMs: number): void {
    assert(peer.state !== state, () => `membership: already ${state}`);
    peer.state = state;
    peer.sinceMs = nowMs;
  }

  private emit(event: MembershipEvent): void {
    this.events.push(event);
  }

  private advanceClock(nowMs: number): void {
    assert(
      nowMs >= this.lastNowMs,
      () => `membership: time went back from ${this.lastNowMs} to ${nowMs}`,
    );
    this.lastNowMs = nowMs;
  }
}

function remember(peer: Peer, incarnation: number): void {
  if (peer.removedIncarnations.includes(incarnation)) return;
  peer.removedIncarnations.push(incarnation);
  if (peer.removedIncarnations.length > REMOVED_REMEMBERED) peer.removedIncarnations.shift();
}

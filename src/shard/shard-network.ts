/**
 * The peer-network port of a shard shell (shard-actor.ts), and the in-process network that
 * implements it today.
 *
 * A shard replica talks to two kinds of peers: the other replicas of its own shard (Raft messages,
 * each naming its addressee's replica id in `to`) and the replicas of the other shards of its
 * datastore (ShardPeerMessage: two-phase commit resolution, addressed to a shard by name; it goes to
 * every replica of that shard and only the one that leads acts on it, which is the core's business).
 * The shell joins the network with its inbound handlers and gets a `ShardLink` to send on. The
 * handlers only post to the replica's mailbox, so a message is never handled inside its sender's turn
 * (delivery is asynchronous, as over a socket), whether or not the network delays it.
 *
 * `InProcessShardNetwork` delivers between shard actors in one process: every replica of one member
 * (the single-member datastore: a network of one member, over which only peer messages between its
 * shards travel), or the replicas of several "members" in one process (tests and the replicated
 * bench; issue 11's TCP transport replaces it between processes behind the same port). Tests can
 * make it lossy or slow, or cut a replica off, per message; a message to a replica that is not joined
 * (stopped, not started yet) is dropped, as a message to a dead process is.
 *
 * Invariants: a message reaches at most one incarnation of its addressee (the one joined when it is
 * delivered), at most once; messages between one pair of replicas with no delay configured arrive in
 * send order (delays may reorder them: Raft tolerates that).
 */
import type { Timers } from '../util/timers.js';
import type { RaftMessage } from '../raft/types.js';
import type { ShardPeerMessage } from './shard-types.js';

/** What a replica's shell hands the network: where its inbound messages go. */
export interface ShardInbound {
  /** The replica id (`member-1-shard-inventory-config`): what Raft messages name. */
  readonly id: string;
  /** The shard's name (`inventory`): what shard peer messages name. */
  readonly shard: string;
  /** A Raft message from another replica of this shard. */
  raft(message: RaftMessage): void;
  /** A message from a replica of another shard (or of this one) of the datastore. */
  peer(message: ShardPeerMessage): void;
}

/** A joined replica's way out. */
export interface ShardLink {
  /** Sends Raft messages, each to the replica its `to` names. */
  sendRaft(messages: readonly RaftMessage[]): void;
  /** Sends `message` to every replica of shard `to` joined now. */
  sendPeer(to: string, message: ShardPeerMessage): void;
  /** Stops delivering to this replica (it stopped); messages in flight to it are dropped. */
  leave(): void;
}

/** The port: how a shard shell reaches its peers. */
export interface ShardNetwork {
  /**
   * Joins replica `inbound.id` (replacing an earlier incarnation of it, whose messages in flight are
   * then dropped) and returns its link.
   */
  join(inbound: ShardInbound): ShardLink;
}

/** What a test does to one message: drop it, or deliver it after `delayMs` (default at once). */
export interface FaultVerdict {
  readonly drop?: boolean | undefined;
  readonly delayMs?: number | undefined;
}

/** One message as the fault hook sees it. */
export interface NetworkEnvelope {
  readonly from: string;
  /** The addressee replica id. */
  readonly to: string;
  readonly kind: 'raft' | 'peer';
  readonly message: RaftMessage | ShardPeerMessage;
}

/** Options of the in-process network. */
export interface InProcessNetworkOptions {
  /** The clock of delayed messages; needed only when the fault hook delays one. */
  readonly timers?: Timers | undefined;
  /**
   * Decides each message's fate (tests: loss, delay, a replica cut off). Default: deliver at once
   * (on a later turn: the handler posts to a mailbox).
   */
  readonly faults?: ((envelope: NetworkEnvelope) => FaultVerdict | undefined) | undefined;
}

interface Joined {
  readonly inbound: ShardInbound;
  readonly incarnation: number;
}

/** Messages each way, for tests and the bench (what crossed, what was dropped). */
export interface NetworkCounters {
  raftSent: number;
  peerSent: number;
  dropped: number;
}

/** Delivers between shard replicas in one process. See the file comment. */
export class InProcessShardNetwork implements ShardNetwork {
  readonly counters: NetworkCounters = { raftSent: 0, peerSent: 0, dropped: 0 };
  private readonly byId = new Map<string, Joined>();
  private readonly byShard = new Map<string, Set<string>>();
  private readonly options: InProcessNetworkOptions;
  private incarnations = 0;

  constructor(options: InProcessNetworkOptions = {}) {
    this.options = options;
  }

  join(inbound: ShardInbound): ShardLink {
    const incarnation = ++this.incarnations;
    this.byId.set(inbound.id, { inbound, incarnation });
    let ids = this.byShard.get(inbound.shard);
    if (ids === undefined) {
      ids = new Set();
      this.byShard.set(inbound.shard, ids);
    }
    ids.add(inbound.id);
    const from = inbound.id;
    return {
      sendRaft: (messages) => {
        for (const message of messages) {
          this.counters.raftSent++;
          this.route(from, message.to, 'raft', message, (to) => {
            to.raft(message);
          });
        }
      },
      sendPeer: (to, message) => {
        for (const id of this.byShard.get(to) ?? []) {
          this.counters.peerSent++;
          this.route(from, id, 'peer', message, (target) => {
            target.peer(message);
          });
        }
      },
      leave: () => {
        const joined = this.byId.get(from);
        if (joined?.incarnation !== incarnation) return;
        this.byId.delete(from);
        this.byShard.get(inbound.shard)?.delete(from);
      },
    };
  }

  /** Whether replica `id` is joined now. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  private route(
    from: string,
    to: string,
    kind: 'raft' | 'peer',
    message: RaftMessage | ShardPeerMessage,
    deliver: (inbound: ShardInbound) => void,
  ): void {
    const target = this.byId.get(to);
    const verdict = this.options.faults?.({ from, to, kind, message });
    if (target === undefined || verdict?.drop === true) {
      this.counters.dropped++;
      return;
    }
    const delayMs = verdict?.delayMs ?? 0;
    if (delayMs <= 0) {
      // The inbound handlers post to the addressee's mailbox: delivery is already asynchronous.
      deliver(target.inbound);
      return;
    }
    const timers = this.options.timers;
    if (timers === undefined) throw new RangeError("a delayed message needs the network's timers");
    timers.schedule(
      delayMs,
      () => {
        // Only the incarnation it was sent to, if it is still there.
        const now = this.byId.get(to);
        if (now?.incarnation !== target.incarnation) {
          this.counters.dropped++;
          return;
        }
        deliver(now.inbound);
      },
      { background: true },
    );
  }
}

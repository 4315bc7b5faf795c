/**
 * The shard network (src/shard/shard-network.ts's port) between members over the cluster transport:
 * what the replicas of one datastore of a member use to reach the replicas on other members, as the
 * in-process network does within one process. (It lives in src/cluster, not next to the port in
 * src/shard, because it needs the transport and the wire codecs, which sit below the shard layer.)
 *
 * Routing. A Raft message goes to the member that holds its addressee: replica ids map to members by
 * the configuration (`<member>-shard-<shard>-<datastore>` for every member in a shard's `replicas`).
 * A shard peer message (two-phase commit resolution) goes to every member holding a replica of the
 * shard it names, this one included, and there to that member's replica of the shard. Messages to a
 * replica on this member are delivered without the transport.
 *
 * Subjects: `shard-raft.<datastore>` carries a batch of Raft messages (proto/shard-network.proto:
 * one transport message per destination member per `sendRaft`, split only where a batch would pass
 * the transport's message-bytes-max), `shard-peer.<datastore>` one peer message. Large messages
 * (a snapshot chunk) are cut into frames by the transport.
 *
 * Faults never crash the member: a send the transport refuses (`queue-full`, closed, too large) is a
 * lost message, as Raft and the two-phase resolution retry on their own; a payload that does not
 * decode, a message for a replica this member does not hold (or not now: stopped, not started yet)
 * is dropped, logged once per kind and sender at warn level (then at debug), and counted.
 *
 * Invariants: as the port says, a message reaches at most one incarnation of its addressee, at most
 * once; messages between one pair of replicas arrive in send order while the connection lasts (the
 * transport's per-pair order; a batch is delivered in its order).
 */
import { shardId } from '../config/shards.js';
import type { DatastoreType } from '../config/types.js';
import type { RaftMessage } from '../raft/types.js';
import type { Logger } from '../runtime/logger.js';
import { silentLogger } from '../runtime/logger.js';
import type {
  NetworkCounters,
  ShardInbound,
  ShardLink,
  ShardNetwork,
} from '../shard/shard-network.js';
import type { ShardPeerMessage } from '../shard/shard-types.js';
import {
  decodePeerEnvelope,
  decodeRaftBatch,
  encodePeerEnvelope,
  encodeRaftBatch,
  encodeRaftMessageBytes,
} from '../wire/shard-network-codec.js';
import type { ClusterTransport, SendResult } from './transport.js';

/** The part of the transport this network uses (ClusterTransport). */
export type ShardTransport = Pick<ClusterTransport, 'self' | 'send' | 'onMessage'>;

/** What the network needs. */
export interface TransportShardNetworkOptions {
  readonly transport: ShardTransport;
  /** The datastore whose replicas join (each datastore has its own network and subjects). */
  readonly datastore: DatastoreType;
  /** Each shard's replicas by member name (module-shards.conf's `replicas`), by shard name. */
  readonly replicas: ReadonlyMap<string, readonly string[]>;
  /** The transport's message-bytes-max: a Raft batch is split below it. */
  readonly messageBytesMax: number;
  readonly logger?: Logger | undefined;
}

/** Room left in a transport message for the batch's own framing (per element: tag and length). */
const BATCH_ELEMENT_OVERHEAD_BYTES = 16;

interface Joined {
  readonly inbound: ShardInbound;
  readonly incarnation: number;
}

/** Counters of the transport network: what crossed, and why something was dropped. */
export interface TransportNetworkCounters extends NetworkCounters {
  /** Transport messages sent (a Raft batch counts once). */
  transportMessages: number;
  /** Sends the transport refused (queue full, closed, too large). */
  refused: number;
  /** Inbound payloads that did not decode. */
  undecodable: number;
  /** Inbound messages for a replica this member does not hold now. */
  unknownReplica: number;
}

/** A ShardNetwork over the cluster transport. See the file comment. */
export class TransportShardNetwork implements ShardNetwork {
  readonly counters: TransportNetworkCounters = {
    raftSent: 0,
    peerSent: 0,
    dropped: 0,
    transportMessages: 0,
    refused: 0,
    undecodable: 0,
    unknownReplica: 0,
  };
  private readonly transport: ShardTransport;
  private readonly self: string;
  private readonly logger: Logger;
  private readonly messageBytesMax: number;
  private readonly raftSubject: string;
  private readonly peerSubject: string;
  /** Replica id -> member, for every replica of every shard of the datastore. */
  private readonly memberOf = new Map<string, string>();
  /** Shard name -> the members holding one of its replicas. */
  private readonly membersOf: ReadonlyMap<string, readonly string[]>;
  private readonly byId = new Map<string, Joined>();
  private readonly byShard = new Map<string, Joined>();
  private readonly warned = new Set<string>();
  private readonly unsubscribe: (() => void)[] = [];
  private incarnations = 0;

  constructor(options: TransportShardNetworkOptions) {
    this.transport = options.transport;
    this.self = options.transport.self;
    this.logger = (options.logger ?? silentLogger()).child({
      component: 'shard-network',
      datastore: options.datastore,
    });
    this.messageBytesMax = options.messageBytesMax;
    this.raftSubject = `shard-raft.${options.datastore}`;
    this.peerSubject = `shard-peer.${options.datastore}`;
    for (const [shard, members] of options.replicas) {
      for (const member of members) {
        this.memberOf.set(shardId(member, shard, options.datastore), member);
      }
    }
    this.membersOf = options.replicas;
    this.unsubscribe.push(
      this.transport.onMessage(this.raftSubject, (from, payload) => {
        this.receiveRaft(from, payload);
      }),
      this.transport.onMessage(this.peerSubject, (from, payload) => {
        this.receivePeer(from, payload);
      }),
    );
  }

  join(inbound: ShardInbound): ShardLink {
    const joined: Joined = { inbound, incarnation: ++this.incarnations };
    this.byId.set(inbound.id, joined);
    this.byShard.set(inbound.shard, joined);
    return {
      sendRaft: (messages) => {
        this.sendRaft(messages);
      },
      sendPeer: (to, message) => {
        this.sendPeer(to, message);
      },
      leave: () => {
        if (this.byId.get(inbound.id) === joined) this.byId.delete(inbound.id);
        if (this.byShard.get(inbound.shard) === joined) this.byShard.delete(inbound.shard);
      },
    };
  }

  /** Stops taking messages from the transport (the datastore closed). Idempotent. */
  close(): void {
    for (const off of this.unsubscribe.splice(0)) off();
  }

  // ---- sending -------------------------------------------------------------------------------------

  private sendRaft(messages: readonly RaftMessage[]): void {
    // One batch per destination member, in send order within it.
    const byMember = new Map<string, Uint8Array[]>();
    for (const message of messages) {
      this.counters.raftSent++;
      const member = this.memberOf.get(message.to);
      if (member === undefined) {
        this.drop(
          'unknown-addressee',
          message.to,
          `a Raft message to unknown replica ${message.to}`,
        );
        continue;
      }
      if (member === this.self) {
        const target = this.byId.get(message.to);
        if (target === undefined) this.counters.dropped++;
        else target.inbound.raft(message);
        continue;
      }
      let batch = byMember.get(member);
      if (batch === undefined) {
        batch = [];
        byMember.set(member, batch);
      }
      batch.push(encodeRaftMessageBytes(message));
    }
    for (const [member, encoded] of byMember) {
      let start = 0;
      let bytes = 0;
      for (let i = 0; i < encoded.length; i++) {
        const size = encoded[i]!.byteLength + BATCH_ELEMENT_OVERHEAD_BYTES;
        if (i > start && bytes + size > this.messageBytesMax) {
          this.post(member, this.raftSubject, encodeRaftBatch(encoded.slice(start, i)), i - start);
          start = i;
          bytes = 0;
        }
        bytes += size;
      }
      this.post(
        member,
        this.raftSubject,
        encodeRaftBatch(encoded.slice(start)),
        encoded.length - start,
      );
    }
  }

  private sendPeer(to: string, message: ShardPeerMessage): void {
    const members = this.membersOf.get(to) ?? [];
    let payload: Uint8Array | undefined;
    for (const member of members) {
      this.counters.peerSent++;
      if (member === this.self) {
        const target = this.byShard.get(to);
        if (target === undefined) this.counters.dropped++;
        else target.inbound.peer(message);
        continue;
      }
      payload ??= encodePeerEnvelope(to, message);
      this.post(member, this.peerSubject, payload, 1);
    }
  }

  /** Hands one payload to the transport; a refusal is `count` lost messages. */
  private post(member: string, subject: string, payload: Uint8Array, count: number): void {
    let result: SendResult;
    try {
      result = this.transport.send(member, subject, payload);
    } catch (error) {
      this.counters.refused++;
      this.counters.dropped += count;
      const detail = error instanceof Error ? error.message : String(error);
      this.drop(`send-${member}-${subject}`, member, `cannot send to ${member}: ${detail}`, false);
      return;
    }
    if (result === 'queue-full') {
      // Raft resends what a lost message carried; the transport's queue is the backpressure.
      this.counters.refused++;
      this.counters.dropped += count;
      return;
    }
    this.counters.transportMessages++;
  }

  // ---- receiving -----------------------------------------------------------------------------------

  private receiveRaft(from: string, payload: Uint8Array): void {
    let messages: RaftMessage[];
    try {
      messages = decodeRaftBatch(payload);
    } catch (error) {
      this.counters.undecodable++;
      const detail = error instanceof Error ? error.message : String(error);
      this.drop(
        `undecodable-raft-${from}`,
        from,
        `an undecodable Raft batch from ${from}: ${detail}`,
      );
      return;
    }
    for (const message of messages) {
      const target = this.byId.get(message.to);
      if (target === undefined) {
        this.counters.unknownReplica++;
        // A replica of this member not started yet (or closed) is routine; one it never holds is not.
        if (this.memberOf.get(message.to) !== this.self) {
          this.drop(
            `unknown-raft-${from}-${message.to}`,
            from,
            `a Raft message from ${message.from} for replica ${message.to}, which this member ` +
              'does not hold (the members disagree on module-shards.conf?)',
            false,
          );
        }
        this.counters.dropped++;
        continue;
      }
      target.inbound.raft(message);
    }
  }

  private receivePeer(from: string, payload: Uint8Array): void {
    let envelope: ReturnType<typeof decodePeerEnvelope>;
    try {
      envelope = decodePeerEnvelope(payload);
    } catch (error) {
      this.counters.undecodable++;
      const detail = error instanceof Error ? error.message : String(error);
      this.drop(
        `undecodable-peer-${from}`,
        from,
        `an undecodable peer message from ${from}: ${detail}`,
      );
      return;
    }
    const target = this.byShard.get(envelope.to);
    if (target === undefined) {
      this.counters.unknownReplica++;
      this.counters.dropped++;
      if (!(this.membersOf.get(envelope.to) ?? []).includes(this.self)) {
        this.drop(
          `unknown-peer-${from}-${envelope.to}`,
          from,
          `a peer message from ${from} for shard ${envelope.to}, of which this member holds no ` +
            'replica (the members disagree on module-shards.conf?)',
          false,
        );
      }
      return;
    }
    target.inbound.peer(envelope.message);
  }

  /** Logs a dropped message: at warn the first time per `key`, then at debug. */
  private drop(key: string, peer: string, message: string, count = true): void {
    if (count) this.counters.dropped++;
    if (this.warned.has(key)) {
      this.logger.debug({ peer }, `shard network: dropped ${message}`);
      return;
    }
    this.warned.add(key);
    this.logger.warn({ peer }, `shard network: dropped ${message} (further ones at debug level)`);
  }
}

/**
 * The shard service on the cluster transport: the shell that binds the proxies' remote replicas
 * (src/txn/remote-replica.ts) and the server that answers other members' requests
 * (src/txn/shard-service.ts) to ClusterTransport subjects `shard-request` and `shard-answer`
 * (proto/shard-service.proto), and to ClusterService for fail-fast.
 *
 * - Requests are sent with `send` only while the peer is connected: a request queued for a peer
 *   that is not connected would be delivered whenever it reconnects, long after its proxy gave up,
 *   and `not-sent` tells the proxy it is safe to ask elsewhere. A full queue is `not-sent` too.
 * - Answers go with `sendWhenReady`, so they leave in the order the shard settled them (the order
 *   the proxies rely on: remote-replica.ts, "Order"); one that cannot be sent (the transport
 *   closed) is logged and dropped: its request then fails as lost at the sender.
 * - A connection lost, or a member ClusterService marks unreachable, down or removed: every request
 *   in flight to it fails at once (RemoteShards.memberLost), and new ones are refused until it is
 *   back (ShardServiceChannel.unreachable). A member not heard since this one started is not
 *   refused for that: until its first heartbeat ClusterService cannot tell it from a lost one.
 * - Bytes that do not decode are answered with a WireDecodeError when the request id could be read,
 *   and logged otherwise; never a crash.
 *
 * It decides nothing itself: every rule is in src/txn.
 */
import type { Logger } from '../runtime/logger.js';
import { silentLogger } from '../runtime/logger.js';
import type { Timers } from '../util/timers.js';
import { RemoteShards, type ShardServiceChannel } from '../txn/remote-replica.js';
import { ShardServiceServer, type ServedShard } from '../txn/shard-service.js';
import type { ShardServiceRequest } from '../txn/shard-service-types.js';
import {
  decodeShardAnswer,
  decodeShardRequest,
  encodeShardAnswer,
  encodeShardRequest,
} from '../wire/shard-service-codec.js';
import type { ClusterService } from './cluster-service.js';
import type { ClusterTransport } from './transport.js';

/** The transport subject of requests to a member's replicas. */
export const SHARD_REQUEST_SUBJECT = 'shard-request';
/** The transport subject of their answers. */
export const SHARD_ANSWER_SUBJECT = 'shard-answer';

/** The part of ClusterTransport the service uses. */
export type ShardServiceTransport = Pick<
  ClusterTransport,
  'self' | 'send' | 'sendWhenReady' | 'onMessage' | 'onPeerEvent' | 'peerState'
>;

export interface ShardServiceOptions {
  readonly transport: ShardServiceTransport;
  /** Member states for fail-fast; without it only connection losses are seen. */
  readonly membership?: Pick<ClusterService, 'members' | 'onEvent'> | undefined;
  /**
   * This member's replica `replicaId` (any datastore), or undefined when it holds none. Default:
   * the replicas registered with `serve` (what DistributedDataStore does).
   */
  readonly lookup?: ((replicaId: string) => ServedShard | undefined) | undefined;
  /** The proxies' timers (request bookkeeping). */
  readonly timers: Timers;
  /** How long an unanswered request is kept at most (ms): above every operation timeout. */
  readonly abandonAfterMs: number;
  readonly logger?: Logger | undefined;
}

/** One member's shard service. See the file comment. */
export class ShardService {
  /** This member's requests to other members' replicas (for ClusterShardLocator). */
  readonly remote: RemoteShards;
  private readonly server: ShardServiceServer;
  private readonly transport: ShardServiceTransport;
  private readonly logger: Logger;
  private readonly stops: (() => void)[] = [];
  private readonly served = new Map<string, ServedShard>();

  private constructor(options: ShardServiceOptions) {
    this.transport = options.transport;
    this.logger = (options.logger ?? silentLogger()).child({ component: 'shard-service' });
    const membership = options.membership;
    const channel: ShardServiceChannel = {
      send: (member, request) => this.sendRequest(member, request),
      unreachable: (member) => {
        // NB: a member never heard since this one started is 'unreachable' to ClusterService until
        // its first heartbeat; it is not refused for that (the first requests after a start would
        // fail for no reason): only a member heard and then lost is.
        const view = membership?.members().find((m) => m.member === member);
        if (view === undefined || view.incarnation === undefined) return undefined;
        const state = view.state;
        return state === 'unreachable' || state === 'down' || state === 'removed'
          ? state
          : undefined;
      },
    };
    this.remote = new RemoteShards({
      channel,
      timers: options.timers,
      abandonAfterMs: options.abandonAfterMs,
    });
    this.server = new ShardServiceServer({
      member: options.transport.self,
      lookup: options.lookup ?? ((replicaId) => this.served.get(replicaId)),
    });
    const t = this.transport;
    this.stops.push(
      t.onMessage(SHARD_REQUEST_SUBJECT, (from, payload) => {
        this.receiveRequest(from, payload);
      }),
      t.onMessage(SHARD_ANSWER_SUBJECT, (from, payload) => {
        this.receiveAnswer(from, payload);
      }),
      t.onPeerEvent((event) => {
        if (event.type === 'disconnected') {
          this.remote.memberLost(event.member, event.error?.message ?? 'disconnected');
        }
      }),
    );
    if (membership !== undefined) {
      this.stops.push(
        membership.onEvent((event) => {
          if (
            event.type === 'member-unreachable' ||
            event.type === 'member-down' ||
            event.type === 'member-removed'
          ) {
            this.remote.memberLost(event.member, `ClusterService: ${event.type}`);
          }
        }),
      );
    }
  }

  /** Subscribes to the transport (and ClusterService) and starts answering requests. */
  static start(options: ShardServiceOptions): ShardService {
    return new ShardService(options);
  }

  /**
   * Answers other members' requests for replica `replicaId` with `shard` (a datastore's local
   * replica) until the returned function is called.
   */
  serve(replicaId: string, shard: ServedShard): () => void {
    this.served.set(replicaId, shard);
    return () => {
      if (this.served.get(replicaId) === shard) this.served.delete(replicaId);
    };
  }

  /** Stops answering and fails every request in flight. Idempotent. */
  close(): void {
    for (const stop of this.stops.splice(0)) stop();
    this.remote.close();
  }

  private sendRequest(member: string, request: ShardServiceRequest): 'sent' | 'not-sent' {
    if (this.transport.peerState(member) !== 'connected') return 'not-sent';
    try {
      return this.transport.send(member, SHARD_REQUEST_SUBJECT, encodeShardRequest(request)) ===
        'queued'
        ? 'sent'
        : 'not-sent';
    } catch (error) {
      // Not a member, above the message limit, or the transport closed: it did not leave.
      this.logger.warn({ member, err: error }, 'shard request not sent');
      return 'not-sent';
    }
  }

  private receiveRequest(from: string, payload: Uint8Array): void {
    const decoded = decodeShardRequest(payload);
    if (!decoded.ok) {
      this.logger.warn({ member: from, err: decoded.error }, 'malformed shard request');
      if (decoded.requestId !== undefined) {
        this.answer(from, decoded.requestId, { type: 'error', error: decoded.error });
      }
      return;
    }
    const { requestId } = decoded.request;
    this.server.handle(decoded.request, (result) => {
      this.answer(from, requestId, result);
    });
  }

  private answer(
    to: string,
    requestId: number,
    result: Parameters<typeof encodeShardAnswer>[0]['result'],
  ): void {
    let bytes: Uint8Array;
    try {
      bytes = encodeShardAnswer({ requestId, result });
    } catch (error) {
      this.logger.error({ member: to, err: error }, 'shard answer could not be encoded');
      return;
    }
    this.transport.sendWhenReady(to, SHARD_ANSWER_SUBJECT, bytes).catch((error: unknown) => {
      this.logger.debug({ member: to, err: error }, 'shard answer dropped');
    });
  }

  private receiveAnswer(from: string, payload: Uint8Array): void {
    let answer;
    try {
      answer = decodeShardAnswer(payload);
    } catch (error) {
      this.logger.warn({ member: from, err: error }, 'malformed shard answer');
      return;
    }
    this.remote.answer(from, answer);
  }
}

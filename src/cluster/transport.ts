/**
 * The member-to-member transport: one TCP connection per pair of members, carrying length-prefixed
 * protobuf frames (proto/cluster.proto) after a handshake that checks cluster name, member name and
 * protocol version. Upper layers (Raft shells, gossip, remote RPC) send opaque payloads under a subject
 * to a member and subscribe to a subject; the transport knows nothing of Raft or shards.
 *
 * Which member dials: of each pair, the member whose name sorts first (JavaScript string order) dials
 * the other and redials with jittered, capped exponential backoff whenever the connection is lost; the
 * other only accepts. One rule on both sides means one connection per pair without a race. An inbound
 * connection that completes its handshake replaces an older one from the same member (the peer
 * restarted, or its old connection is half-open and not yet timed out).
 *
 * Delivery: in order per pair while a connection lasts, at most once. Messages sent while a peer is
 * not connected wait in its send queue (bounded by `send-queue-bytes-max`) and go out when it connects;
 * frames written to a socket that then fails may be lost, and nothing is redelivered on another
 * connection (a large message cut mid-way is sent again whole). Raft, gossip and RPC each retry at
 * their own level, as over etcd's rafthttp.
 *
 * Backpressure: `send` never blocks and never grows memory past the bound: it answers `queue-full`
 * (Raft treats the message as lost, as etcd drops messages when a peer's buffer is full), and
 * `sendWhenReady` returns a promise that resolves once the message is queued.
 *
 * Faults never crash the member: socket errors, malformed frames and refused handshakes close that
 * connection only, with a typed error in the log and in a peer event; message handlers that throw are
 * logged and the connection carries on.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { TRANSPORT_CHUNK_OVERHEAD_BYTES } from '../config/settings.js';
import type { ClusterMember, TransportSettings } from '../config/types.js';
import type { Logger } from '../runtime/logger.js';
import { silentLogger } from '../runtime/logger.js';
import { assert } from '../util/assert.js';
import type { Rng } from '../util/rng.js';
import { Backoff } from './backoff.js';
import { Connection, type ConnectionCounters, type ConnectionOwner } from './connection.js';
import {
  ConnectionLostError,
  HandshakeRefusedError,
  MessageTooLargeError,
  TransportClosedError,
  UnknownMemberError,
} from './errors.js';
import { MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, type HandshakeIdentity } from './handshake.js';
import { SendQueue } from './send-queue.js';

/** A subject: what a message is for. Short and plain, so a frame's overhead stays bounded. */
const SUBJECT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Accepted connections still in their handshake, at most: beyond it new ones are closed at once, so a
 * flood of connections that never say Hello holds bounded memory (each holds at most a 4 KiB frame
 * for at most connect-timeout-ms).
 */
const PENDING_INBOUND_MAX = 64;

/** How long a repeated, identical handshake refusal is logged at debug instead of error. */
const REFUSAL_LOG_QUIET_MS = 60_000;

export interface TransportOptions {
  /** `cluster.name`: peers of another cluster are refused. */
  readonly cluster: string;
  /** This member's name, one of `members`. */
  readonly self: string;
  /** `cluster.members`, this member included: whom to dial and whom to accept. */
  readonly members: readonly ClusterMember[];
  readonly settings: TransportSettings;
  /** Jitter and incarnation. */
  readonly rng: Rng;
  readonly logger?: Logger | undefined;
  /**
   * Where to listen; default this member's host and port in `members`. Port 0 picks a free port
   * (`address` tells which); peers must then be told, so it is for tests.
   */
  readonly listen?: { readonly host: string; readonly port: number } | undefined;
  /** Tests only: announce other protocol versions. */
  readonly protocolVersion?: number | undefined;
  readonly minProtocolVersion?: number | undefined;
}

/** The answer of `send`: queued, or refused because the peer's queue is full. */
export type SendResult = 'queued' | 'queue-full';

/** A peer's connection state. */
export type PeerState = 'connected' | 'disconnected';

/** What happens to peers: connections made and lost, refusals and protocol errors. */
export type PeerEvent =
  | {
      readonly type: 'connected';
      readonly member: string;
      /** The peer's incarnation: a new value means the peer restarted. */
      readonly incarnation: number;
      readonly direction: 'inbound' | 'outbound';
    }
  | { readonly type: 'disconnected'; readonly member: string; readonly error: Error | undefined }
  | {
      /** A connection failed before its handshake completed (refused, timed out, malformed). */
      readonly type: 'connection-failed';
      /** The member, when known. */
      readonly member: string | undefined;
      readonly error: Error;
    };

/** Counters and gauges of one peer, for metrics and status. */
export interface PeerStats extends ConnectionCounters {
  readonly member: string;
  readonly state: PeerState;
  /** Handshakes completed with this peer since start (reconnects are this minus one). */
  readonly connects: number;
  readonly messagesSent: number;
  /** Messages `send` refused because the queue was full. */
  readonly messagesRefused: number;
  readonly queueBytes: number;
  readonly queueMessages: number;
}

/** A message handler: `from` is the sending member. The payload is the handler's to keep. */
export type MessageHandler = (from: string, payload: Uint8Array) => void;

interface Waiter {
  readonly bytes: number;
  readonly go: () => void;
  readonly fail: (error: Error) => void;
}

class PeerLink {
  readonly member: ClusterMember;
  readonly queue: SendQueue;
  readonly backoff: Backoff;
  /** Whether this member dials the peer (its name sorts first). */
  readonly dials: boolean;
  connection: Connection | undefined;
  dialing: Connection | undefined;
  redialTimer: NodeJS.Timeout | undefined;
  flushScheduled = false;
  readonly waiters: Waiter[] = [];
  readonly counters: ConnectionCounters = {
    bytesSent: 0,
    framesSent: 0,
    bytesReceived: 0,
    framesReceived: 0,
    messagesReceived: 0,
  };
  connects = 0;
  messagesSent = 0;
  messagesRefused = 0;

  constructor(member: ClusterMember, self: string, settings: TransportSettings, rng: Rng) {
    this.member = member;
    this.queue = new SendQueue(settings.sendQueueBytesMax, settings.chunkBytes);
    this.backoff = new Backoff(settings.backoffMinMs, settings.backoffMaxMs, rng);
    this.dials = self < member.name;
  }
}

/**
 * The transport of one member. `start` listens and begins dialing; `close` stops everything. See the
 * file comment for the delivery and backpressure contract.
 */
export class ClusterTransport {
  private readonly options: TransportOptions;
  private readonly settings: TransportSettings;
  private readonly logger: Logger;
  private readonly links = new Map<string, PeerLink>();
  private readonly handlers = new Map<string, MessageHandler>();
  private readonly listeners = new Set<(event: PeerEvent) => void>();
  private readonly inbound = new Set<Connection>();
  private readonly refusalsLogged = new Map<string, number>();
  private readonly owner: ConnectionOwner;
  private server: Server | undefined;
  private closed = false;
  /** Random per start: peers tell a restart of this member from a reconnect. */
  readonly incarnation: number;

  private constructor(options: TransportOptions) {
    this.options = options;
    this.settings = options.settings;
    this.logger = (options.logger ?? silentLogger()).child({ component: 'cluster-transport' });
    const names = options.members.map((m) => m.name);
    assert(names.includes(options.self), () => `transport: ${options.self} is not in members`);
    // Config validation guarantees this; a hand-made settings object must too, or small messages
    // could make frames the receiver refuses.
    assert(
      this.settings.chunkBytes + TRANSPORT_CHUNK_OVERHEAD_BYTES <= this.settings.frameBytesMax,
      () => 'transport: chunk-bytes plus its overhead must fit in frame-bytes-max',
    );
    for (const m of options.members) {
      if (m.name !== options.self) {
        this.links.set(m.name, new PeerLink(m, options.self, this.settings, options.rng.fork()));
      }
    }
    this.incarnation = 1 + options.rng.int(2 ** 48);
    const identity: HandshakeIdentity = {
      cluster: options.cluster,
      member: options.self,
      members: new Set(names),
      protocolVersion: options.protocolVersion ?? PROTOCOL_VERSION,
      minProtocolVersion: options.minProtocolVersion ?? MIN_PROTOCOL_VERSION,
    };
    this.owner = this.makeOwner(identity);
  }

  /** Listens on this member's address and starts dialing the members it dials. */
  static async start(options: TransportOptions): Promise<ClusterTransport> {
    const transport = new ClusterTransport(options);
    await transport.listen();
    for (const link of transport.links.values()) {
      if (link.dials) transport.dial(link);
    }
    return transport;
  }

  /** Where this member listens (the actual port when started with port 0). */
  get address(): { readonly host: string; readonly port: number } {
    const a = this.server?.address();
    assert(typeof a === 'object' && a !== null, () => 'transport: not listening');
    return { host: a.address, port: a.port };
  }

  /** This member's name. */
  get self(): string {
    return this.options.self;
  }

  /**
   * Queues `payload` for `to` under `subject`. Never blocks: `queue-full` when the peer's send queue
   * cannot take it now (nothing is queued then). Throws UnknownMemberError for a name that is not
   * another member, MessageTooLargeError above `message-bytes-max`, TransportClosedError after close.
   * The payload must not be changed until it is sent (it is not copied).
   */
  send(to: string, subject: string, payload: Uint8Array): SendResult {
    const link = this.linkFor(to, subject, payload);
    if (link.waiters.length > 0 || !link.queue.offer(subject, payload)) {
      link.messagesRefused += 1;
      return 'queue-full';
    }
    link.messagesSent += 1;
    this.schedule(link);
    return 'queued';
  }

  /**
   * Like `send`, but waits (in order with other waiting senders to the same peer) until the queue has
   * room; rejects with TransportClosedError if the transport closes first, or with the signal's reason
   * if `signal` aborts.
   */
  sendWhenReady(
    to: string,
    subject: string,
    payload: Uint8Array,
    signal?: AbortSignal,
  ): Promise<void> {
    const link = this.linkFor(to, subject, payload);
    if (link.waiters.length === 0 && link.queue.offer(subject, payload)) {
      link.messagesSent += 1;
      this.schedule(link);
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        const i = link.waiters.indexOf(waiter);
        if (i >= 0) link.waiters.splice(i, 1);
        reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
      };
      const waiter: Waiter = {
        bytes: payload.byteLength,
        go: () => {
          signal?.removeEventListener('abort', onAbort);
          assert(link.queue.offer(subject, payload), () => 'transport: waiter admitted twice');
          link.messagesSent += 1;
          resolve();
        },
        fail: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      if (signal?.aborted === true) {
        onAbort();
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      link.waiters.push(waiter);
    });
  }

  /**
   * Handles messages of `subject` from every member (one handler per subject). Returns the function
   * that removes it. Messages of a subject nobody handles are dropped with a debug log line.
   */
  onMessage(subject: string, handler: MessageHandler): () => void {
    assert(
      SUBJECT_PATTERN.test(subject),
      () => `transport: bad subject ${JSON.stringify(subject)}`,
    );
    assert(!this.handlers.has(subject), () => `transport: ${subject} already has a handler`);
    this.handlers.set(subject, handler);
    return () => {
      if (this.handlers.get(subject) === handler) this.handlers.delete(subject);
    };
  }

  /** Calls `listener` on every peer event. Returns the function that removes it. */
  onPeerEvent(listener: (event: PeerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Whether `member` is connected now. */
  peerState(member: string): PeerState {
    return this.links.get(member)?.connection !== undefined ? 'connected' : 'disconnected';
  }

  /** Every peer's counters and queue, in `cluster.members` order. */
  stats(): PeerStats[] {
    return [...this.links.values()].map((l) => ({
      member: l.member.name,
      state: l.connection !== undefined ? 'connected' : 'disconnected',
      ...l.counters,
      connects: l.connects,
      messagesSent: l.messagesSent,
      messagesRefused: l.messagesRefused,
      queueBytes: l.queue.bytes,
      queueMessages: l.queue.length,
    }));
  }

  /**
   * Stops listening and dialing, closes every connection and drops what is queued; waiting senders
   * get TransportClosedError. Idempotent.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const error = new TransportClosedError();
    for (const link of this.links.values()) {
      clearTimeout(link.redialTimer);
      link.dialing?.close();
      link.connection?.close();
      link.queue.clear();
      for (const w of link.waiters.splice(0)) w.fail(error);
    }
    for (const c of [...this.inbound]) c.close();
    const server = this.server;
    if (server !== undefined) {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    }
  }

  // ---- internals -----------------------------------------------------------------------------------

  private linkFor(to: string, subject: string, payload: Uint8Array): PeerLink {
    if (this.closed) throw new TransportClosedError();
    const link = this.links.get(to);
    if (link === undefined) {
      throw new UnknownMemberError(
        to,
        this.options.members.map((m) => m.name).filter((n) => n !== this.options.self),
      );
    }
    assert(
      SUBJECT_PATTERN.test(subject),
      () => `transport: bad subject ${JSON.stringify(subject)}`,
    );
    if (payload.byteLength > this.settings.messageBytesMax) {
      throw new MessageTooLargeError(payload.byteLength, this.settings.messageBytesMax);
    }
    return link;
  }

  private listen(): Promise<void> {
    const self = this.options.members.find((m) => m.name === this.options.self)!;
    const at = this.options.listen ?? { host: self.host, port: self.port };
    const server = createServer((socket) => {
      this.accept(socket);
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(at.port, at.host, () => {
        server.off('error', reject);
        server.on('error', (error) => {
          this.logger.error({ error: error.message }, 'cluster transport: listener error');
        });
        this.logger.info(
          { address: `${at.host}:${this.address.port}`, incarnation: this.incarnation },
          'cluster transport: listening',
        );
        resolve();
      });
    });
  }

  private accept(socket: Socket): void {
    if (this.closed) {
      socket.destroy();
      return;
    }
    if (this.inbound.size >= PENDING_INBOUND_MAX) {
      this.logger.warn(
        { remote: `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}` },
        `cluster transport: ${PENDING_INBOUND_MAX} connections are still in their handshake; ` +
          'closed a new one',
      );
      socket.destroy();
      return;
    }
    this.inbound.add(new Connection(socket, 'inbound', '', this.owner));
  }

  private dial(link: PeerLink): void {
    if (this.closed || link.connection !== undefined || link.dialing !== undefined) return;
    link.redialTimer = undefined;
    const socket = connect({ host: link.member.host, port: link.member.port });
    link.dialing = new Connection(socket, 'outbound', link.member.name, this.owner);
  }

  private redial(link: PeerLink): void {
    if (this.closed || !link.dials || link.redialTimer !== undefined) return;
    if (link.connection !== undefined || link.dialing !== undefined) return;
    const delay = link.backoff.next();
    link.redialTimer = setTimeout(() => {
      link.redialTimer = undefined;
      this.dial(link);
    }, delay);
    link.redialTimer.unref();
  }

  private emit(event: PeerEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error(
          { error: error instanceof Error ? error.message : String(error) },
          'cluster transport: a peer event listener threw',
        );
      }
    }
  }

  private schedule(link: PeerLink): void {
    if (link.flushScheduled || link.connection === undefined) return;
    link.flushScheduled = true;
    queueMicrotask(() => {
      link.flushScheduled = false;
      this.flush(link);
    });
  }

  /** Writes queued frames until the socket pushes back or the queue is empty; admits waiters. */
  private flush(link: PeerLink): void {
    const c = link.connection;
    if (c === undefined || !c.writable) return;
    c.cork();
    try {
      for (let frame = link.queue.next(); frame !== undefined; frame = link.queue.next()) {
        if (!c.write(frame)) break;
        this.admitWaiters(link);
      }
    } finally {
      c.uncork();
    }
    this.admitWaiters(link);
  }

  private admitWaiters(link: PeerLink): void {
    while (link.waiters.length > 0 && link.queue.fits(link.waiters[0]!.bytes)) {
      link.waiters.shift()!.go();
      this.schedule(link);
    }
  }

  private makeOwner(identity: HandshakeIdentity): ConnectionOwner {
    return {
      identity,
      incarnation: this.incarnation,
      settings: this.settings,
      logger: this.logger,
      opened: (c) => {
        this.opened(c);
      },
      message: (c, subject, payload) => {
        this.deliver(c, subject, payload);
      },
      drained: (c) => {
        const link = this.links.get(c.peer);
        if (link !== undefined && link.connection === c) this.flush(link);
      },
      closed: (c, error) => {
        this.connectionClosed(c, error);
      },
      refused: (c, error) => {
        this.logRefusal(c, error);
      },
      counters: (peer) => this.links.get(peer)?.counters,
    };
  }

  private opened(c: Connection): void {
    this.inbound.delete(c);
    const link = this.links.get(c.peer);
    assert(link !== undefined, () => `transport: opened a connection with unknown ${c.peer}`);
    if (link.dialing === c) link.dialing = undefined;
    const old = link.connection;
    if (old !== undefined) {
      if (c.direction === 'outbound') {
        // The peer dialed us meanwhile (it follows another rule): keep its connection.
        c.close();
        return;
      }
      this.logger.info(
        { peer: c.peer, incarnation: c.peerIncarnation, previous: old.peerIncarnation },
        'cluster transport: a new connection replaces the old one',
      );
      link.connection = undefined;
      old.close(new ConnectionLostError(`${old.describe()}: replaced by a new connection`));
    }
    link.connection = c;
    link.connects += 1;
    link.backoff.reset();
    this.refusalsLogged.clear();
    this.logger.info(
      {
        peer: c.peer,
        direction: c.direction,
        remote: c.remote,
        incarnation: c.peerIncarnation,
      },
      'cluster transport: connected',
    );
    this.emit({
      type: 'connected',
      member: c.peer,
      incarnation: c.peerIncarnation,
      direction: c.direction,
    });
    this.flush(link);
  }

  private deliver(c: Connection, subject: string, payload: Uint8Array): void {
    const handler = this.handlers.get(subject);
    if (handler === undefined) {
      this.logger.debug({ peer: c.peer, subject }, 'cluster transport: no handler for subject');
      return;
    }
    try {
      handler(c.peer, payload);
    } catch (error) {
      this.logger.error(
        {
          peer: c.peer,
          subject,
          error: error instanceof Error ? error.message : String(error),
        },
        'cluster transport: a message handler threw',
      );
    }
  }

  private connectionClosed(c: Connection, error: Error | undefined): void {
    this.inbound.delete(c);
    const link = this.links.get(c.peer);
    if (link === undefined) {
      if (error !== undefined && !(error instanceof ConnectionLostError)) {
        this.emit({ type: 'connection-failed', member: c.peer || undefined, error });
      }
      return;
    }
    if (link.dialing === c) {
      link.dialing = undefined;
      if (error !== undefined) {
        this.logger.debug(
          { peer: c.peer, error: error.message, attempt: link.backoff.attempts + 1 },
          'cluster transport: dial failed',
        );
        this.emit({ type: 'connection-failed', member: c.peer, error });
      }
    } else if (link.connection === c) {
      link.connection = undefined;
      link.queue.rewind();
      this.logger.info(
        { peer: c.peer, error: error?.message, code: codeOf(error) },
        'cluster transport: disconnected',
      );
      this.emit({ type: 'disconnected', member: c.peer, error });
    } else if (
      error !== undefined &&
      c.state !== 'open' &&
      !(error instanceof ConnectionLostError)
    ) {
      this.emit({ type: 'connection-failed', member: c.peer, error });
    }
    this.redial(link);
  }

  private logRefusal(c: Connection, error: HandshakeRefusedError): void {
    const key = `${error.refusedBy}/${c.peer}/${error.reason}`;
    const now = Date.now();
    const last = this.refusalsLogged.get(key);
    const fields = {
      peer: c.peer || undefined,
      remote: c.remote,
      code: error.code,
      reason: error.reason,
      refusedBy: error.refusedBy,
      error: error.message,
    };
    const message =
      error.refusedBy === 'local'
        ? 'cluster transport: handshake refused'
        : 'cluster transport: handshake refused by the peer';
    if (last !== undefined && now - last < REFUSAL_LOG_QUIET_MS) {
      this.logger.debug(fields, message);
      return;
    }
    this.refusalsLogged.set(key, now);
    this.logger.error(fields, message);
  }
}

function codeOf(error: Error | undefined): string | undefined {
  return error !== undefined && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

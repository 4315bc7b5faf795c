/**
 * One TCP connection between two members: frames in and out, the handshake, heartbeats and the idle
 * timeout. A thin shell around a `net.Socket`; the decisions are in handshake.ts (who is accepted),
 * frame-splitter.ts and reassembler.ts (what bytes are valid), and the owner (transport.ts) decides
 * what an open connection is for.
 *
 * Life: `handshaking` (the dialer sent Hello and waits for Welcome or Refuse; the acceptor waits for
 * Hello) -> `open` (messages, chunks, heartbeats both ways) -> `closed`. Anything out of place closes
 * the connection with a typed error: a frame other than the handshake first, a handshake twice, a
 * malformed frame (TransportProtocolError), a refusal (HandshakeRefusedError), a handshake not done
 * within `connectTimeoutMs`, silence beyond `idleTimeoutMs`. A refusal is logged on both sides: the
 * refusing side logs it and sends Refuse; the refused side logs the Refuse it received. `onClosed`
 * is called exactly once, whatever happened; errors never escape to the event loop.
 */
import type { Socket } from 'node:net';
import type { Logger } from '../runtime/logger.js';
import {
  decodeFrameBody,
  encodeFrame,
  type ClusterFrame,
  type RefuseReason,
} from '../wire/cluster-codec.js';
import { WireDecodeError } from '../wire/errors.js';
import { ConnectionLostError, HandshakeRefusedError, TransportProtocolError } from './errors.js';
import { FrameSplitter } from './frame-splitter.js';
import { checkHello, checkWelcome, type HandshakeIdentity, type Refusal } from './handshake.js';
import { Reassembler } from './reassembler.js';
import type { TransportSettings } from '../config/types.js';

/** Who opened the connection. */
export type Direction = 'inbound' | 'outbound';

/** Counters a connection bumps; the owner's per-peer stats object. */
export interface ConnectionCounters {
  bytesSent: number;
  framesSent: number;
  bytesReceived: number;
  framesReceived: number;
  messagesReceived: number;
}

/** What a connection needs from its owner. */
export interface ConnectionOwner {
  readonly identity: HandshakeIdentity;
  readonly incarnation: number;
  readonly settings: TransportSettings;
  readonly logger: Logger;
  /** The handshake succeeded; from now on frames flow. `peer` is the other member's name. */
  opened(connection: Connection): void;
  /** A whole message arrived on an open connection. */
  message(connection: Connection, subject: string, payload: Uint8Array): void;
  /** The socket's buffer drained: the owner may write more. */
  drained(connection: Connection): void;
  /** The connection is closed (exactly once); `error` says why, undefined for a local `close()`. */
  closed(connection: Connection, error: Error | undefined): void;
  /** Logs a refused handshake (either side's), deduplicating repeats of the same refusal. */
  refused(connection: Connection, error: HandshakeRefusedError): void;
  /** The counters of a peer, once its name is known. */
  counters(peer: string): ConnectionCounters | undefined;
}

/**
 * The largest frame accepted before the handshake completes: a Hello or Welcome is a few hundred
 * bytes, so a stranger cannot make a member buffer a whole `frame-bytes-max` frame.
 */
export const HANDSHAKE_FRAME_BYTES_MAX = 4096;

export class Connection {
  readonly direction: Direction;
  /** The peer's member name: known from the start when dialing, after the Hello when accepting. */
  peer: string;
  /** The peer's incarnation, from its handshake (0 before). */
  peerIncarnation = 0;
  state: 'handshaking' | 'open' | 'closed' = 'handshaking';
  private readonly socket: Socket;
  private readonly owner: ConnectionOwner;
  private readonly splitter: FrameSplitter;
  private readonly reassembler: Reassembler;
  private counters: ConnectionCounters | undefined;
  private lastSentMs: number;
  private lastReceivedMs: number;
  private readonly timer: NodeJS.Timeout;
  private readonly handshakeTimer: NodeJS.Timeout;
  /** Where the remote end is, for log lines about peers not yet named. */
  readonly remote: string;

  /**
   * Wraps `socket`. For an outbound connection, `peer` is the member dialed and the Hello goes out as
   * soon as the socket connects; for an inbound one, `peer` is ''.
   */
  constructor(socket: Socket, direction: Direction, peer: string, owner: ConnectionOwner) {
    this.socket = socket;
    this.direction = direction;
    this.peer = peer;
    this.owner = owner;
    const s = owner.settings;
    this.splitter = new FrameSplitter(Math.min(HANDSHAKE_FRAME_BYTES_MAX, s.frameBytesMax));
    this.reassembler = new Reassembler(s.messageBytesMax);
    this.counters = peer === '' ? undefined : owner.counters(peer);
    this.remote = `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`;
    this.lastSentMs = this.lastReceivedMs = Date.now();
    socket.setNoDelay(true);
    socket.on('data', (data: Buffer) => {
      this.receive(data);
    });
    socket.on('error', (error) => {
      this.close(new ConnectionLostError(`${this.describe()}: ${error.message}`, { cause: error }));
    });
    socket.on('close', () => {
      this.close(new ConnectionLostError(`${this.describe()}: closed by the peer`));
    });
    socket.on('drain', () => {
      if (this.state === 'open') this.owner.drained(this);
    });
    if (direction === 'outbound') {
      socket.on('connect', () => {
        // NB: Nagle's algorithm with the peer's delayed ACKs stalls small frames up to ~40 ms; set
        // no-delay again now that the handle is connected.
        socket.setNoDelay(true);
        this.remoteKnown();
        this.sendHello();
      });
    }
    this.handshakeTimer = setTimeout(() => {
      this.close(
        new ConnectionLostError(
          `${this.describe()}: no handshake within cluster.transport.connect-timeout-ms ` +
            `(${s.connectTimeoutMs})`,
        ),
      );
    }, s.connectTimeoutMs);
    this.timer = setInterval(
      () => {
        this.tick();
      },
      Math.max(5, Math.min(s.heartbeatIntervalMs, s.idleTimeoutMs) / 2),
    );
    this.timer.unref();
    this.handshakeTimer.unref();
  }

  /** Whether the socket takes more bytes without growing past its high-water mark. */
  get writable(): boolean {
    return this.state === 'open' && !this.socket.writableNeedDrain;
  }

  /** Writes one frame; false when the socket's buffer is above its high-water mark (wait for drain). */
  write(frame: ClusterFrame): boolean {
    const bytes = encodeFrame(frame);
    this.lastSentMs = Date.now();
    if (this.counters !== undefined) {
      this.counters.bytesSent += bytes.byteLength;
      this.counters.framesSent += 1;
    }
    return this.socket.write(bytes);
  }

  /** Batches the writes until `uncork` into as few socket writes as possible. */
  cork(): void {
    this.socket.cork();
  }

  uncork(): void {
    this.socket.uncork();
  }

  /**
   * Closes the connection (idempotent). With `refusal`, a Refuse frame goes first so the peer can log
   * why; `error` is what the owner hears (undefined: a local, orderly close).
   */
  close(error?: Error, refusal?: Refusal): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    clearInterval(this.timer);
    clearTimeout(this.handshakeTimer);
    if (refusal !== undefined) {
      this.socket.end(encodeFrame({ type: 'refuse', ...refusal }));
      // A peer that does not read must not keep the socket: destroy it after a grace period.
      setTimeout(() => this.socket.destroy(), 1000).unref();
    } else {
      this.socket.destroy();
    }
    this.owner.closed(this, error);
  }

  isClosed(): boolean {
    return this.state === 'closed';
  }

  describe(): string {
    const who = this.peer === '' ? this.remote : `member "${this.peer}" (${this.remote})`;
    return `${this.direction} connection with ${who}`;
  }

  private remoteKnown(): void {
    (this as { remote: string }).remote =
      `${this.socket.remoteAddress ?? '?'}:${this.socket.remotePort ?? '?'}`;
  }

  private sendHello(): void {
    const id = this.owner.identity;
    this.write({
      type: 'hello',
      cluster: id.cluster,
      from: id.member,
      to: this.peer,
      protocolVersion: id.protocolVersion,
      minProtocolVersion: id.minProtocolVersion,
      incarnation: this.owner.incarnation,
    });
  }

  private tick(): void {
    if (this.state !== 'open') return;
    const now = Date.now();
    const s = this.owner.settings;
    if (now - this.lastReceivedMs >= s.idleTimeoutMs) {
      this.close(
        new ConnectionLostError(
          `${this.describe()}: nothing received for ${now - this.lastReceivedMs} ms ` +
            `(cluster.transport.idle-timeout-ms ${s.idleTimeoutMs})`,
        ),
      );
      return;
    }
    if (now - this.lastSentMs >= s.heartbeatIntervalMs && !this.socket.writableNeedDrain) {
      this.write({ type: 'heartbeat' });
    }
  }

  private receive(data: Buffer): void {
    if (this.state === 'closed') return;
    this.lastReceivedMs = Date.now();
    if (this.counters !== undefined) this.counters.bytesReceived += data.byteLength;
    try {
      for (const body of this.splitter.push(data)) {
        if (this.counters !== undefined) this.counters.framesReceived += 1;
        this.handle(decodeFrameBody(body));
        // NB: handling may close the connection (a refusal, a handler that closed the transport).
        if (this.isClosed()) return;
      }
    } catch (error) {
      this.protocolError(error);
    }
  }

  private protocolError(error: unknown): void {
    let typed: TransportProtocolError;
    if (error instanceof TransportProtocolError) typed = error;
    else if (error instanceof WireDecodeError) {
      typed = new TransportProtocolError('undecodable', error.message, { cause: error });
    } else throw error;
    this.owner.logger.warn(
      {
        peer: this.peer || undefined,
        remote: this.remote,
        code: typed.code,
        problem: typed.problem,
        error: typed.message,
      },
      'cluster transport: protocol error, connection closed',
    );
    this.close(typed);
  }

  private unexpected(frame: ClusterFrame): never {
    throw new TransportProtocolError(
      'unexpected-frame',
      `a ${frame.type} frame on the ${this.state} ${this.describe()}`,
    );
  }

  private handle(frame: ClusterFrame): void {
    if (this.state === 'handshaking') {
      this.handshake(frame);
      return;
    }
    switch (frame.type) {
      case 'message':
        if (this.counters !== undefined) this.counters.messagesReceived += 1;
        this.owner.message(this, frame.subject, frame.payload);
        return;
      case 'chunk': {
        const whole = this.reassembler.accept(frame);
        if (whole !== undefined) {
          if (this.counters !== undefined) this.counters.messagesReceived += 1;
          this.owner.message(this, whole.subject, whole.payload);
        }
        return;
      }
      case 'heartbeat':
        return;
      case 'refuse':
        // The dialer refused our Welcome: log its reason as ours.
        this.refusedByPeer(frame.reason, frame.detail);
        return;
      case 'hello':
      case 'welcome':
        this.unexpected(frame);
    }
  }

  private handshake(frame: ClusterFrame): void {
    const id = this.owner.identity;
    if (this.direction === 'inbound') {
      if (frame.type !== 'hello') this.unexpected(frame);
      this.peer = frame.from;
      const refusal = checkHello(id, frame);
      if (refusal !== undefined) {
        this.refuse(refusal);
        return;
      }
      this.peerIncarnation = frame.incarnation;
      this.write({
        type: 'welcome',
        cluster: id.cluster,
        member: id.member,
        protocolVersion: id.protocolVersion,
        minProtocolVersion: id.minProtocolVersion,
        incarnation: this.owner.incarnation,
      });
      this.open();
      return;
    }
    if (frame.type === 'refuse') {
      this.refusedByPeer(frame.reason, frame.detail);
      return;
    }
    if (frame.type !== 'welcome') this.unexpected(frame);
    const refusal = checkWelcome(id, this.peer, frame);
    if (refusal !== undefined) {
      this.refuse(refusal);
      return;
    }
    this.peerIncarnation = frame.incarnation;
    this.open();
  }

  private open(): void {
    clearTimeout(this.handshakeTimer);
    this.splitter.frameBytesMax = this.owner.settings.frameBytesMax;
    this.counters = this.owner.counters(this.peer);
    this.state = 'open';
    this.owner.opened(this);
  }

  /** This member refuses the handshake: log, tell the peer, close. */
  private refuse(refusal: Refusal): void {
    const error = new HandshakeRefusedError(refusal.reason, 'local', this.peer, refusal.detail);
    this.owner.refused(this, error);
    this.close(error, refusal);
  }

  /** The peer refused our handshake: log its reason, close. */
  private refusedByPeer(reason: RefuseReason, detail: string): void {
    const error = new HandshakeRefusedError(reason, 'remote', this.peer, detail);
    this.owner.refused(this, error);
    this.close(error);
  }
}

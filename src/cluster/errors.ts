/**
 * The errors of the member-to-member transport (src/cluster/transport.ts). A caller reacts differently
 * to each: a refused handshake is a configuration problem to fix (another cluster, an unknown member
 * name, an incompatible version) and is not cured by retrying sooner; a protocol error means a damaged
 * or foreign peer and costs only that connection; a full send queue is backpressure (answered by `send`, not thrown); a message above
 * the limit will never fit; a closed transport sends nothing more. Codes are listed in docs/API.md.
 */
import { CanopyError } from '../util/errors.js';
import type { RefuseReason } from '../wire/cluster-codec.js';

/** Who refused a handshake: this member (`local`) or the peer (`remote`). */
export type RefusedBy = 'local' | 'remote';

/**
 * A handshake was refused, by this member or by the peer: the peer belongs to another cluster, is not
 * in this member's `cluster.members`, was reached at another member's address, or speaks an
 * incompatible protocol version. Both sides log it; the dialer keeps retrying with backoff (the peer
 * may be reconfigured), logging again only when the reason changes.
 */
export class HandshakeRefusedError extends CanopyError {
  readonly code = 'transport-handshake-refused';
  readonly reason: RefuseReason;
  readonly refusedBy: RefusedBy;
  /** The peer's member name as it announced it or as this member expected it; '' when unknown. */
  readonly peer: string;
  constructor(reason: RefuseReason, refusedBy: RefusedBy, peer: string, detail: string) {
    super(
      refusedBy === 'local'
        ? `refused the handshake of ${peer === '' ? 'a peer' : `member "${peer}"`}: ${detail}`
        : `${peer === '' ? 'the peer' : `member "${peer}"`} refused our handshake: ${detail}`,
    );
    this.reason = reason;
    this.refusedBy = refusedBy;
    this.peer = peer;
  }
}

/** What was wrong with the bytes a peer sent. */
export type ProtocolProblem =
  | 'frame-length'
  | 'frame-too-large'
  | 'undecodable'
  | 'unexpected-frame'
  | 'chunk-sequence'
  | 'message-too-large';

/**
 * A peer sent bytes that break the transport protocol: a zero or oversized frame length, protobuf that
 * does not decode, a frame out of place (anything but a handshake first, a handshake twice), or chunks
 * out of sequence or above the message limit. The connection is closed and the error logged; the
 * member carries on.
 */
export class TransportProtocolError extends CanopyError {
  readonly code = 'transport-protocol';
  readonly problem: ProtocolProblem;
  constructor(problem: ProtocolProblem, message: string, options?: ErrorOptions) {
    super(message, options);
    this.problem = problem;
  }
}

/** `send` to a name that is not another member of `cluster.members`. */
export class UnknownMemberError extends CanopyError {
  readonly code = 'transport-unknown-member';
  readonly member: string;
  constructor(member: string, known: readonly string[]) {
    super(
      `"${member}" is not another member of the cluster (cluster.members: ${known.join(', ')})`,
    );
    this.member = member;
  }
}

/** A message larger than `cluster.transport.message-bytes-max`; it can never be sent. */
export class MessageTooLargeError extends CanopyError {
  readonly code = 'transport-message-too-large';
  readonly bytes: number;
  readonly limit: number;
  constructor(bytes: number, limit: number) {
    super(
      `a message of ${bytes} bytes is above cluster.transport.message-bytes-max (${limit}); ` +
        'send it in parts or raise the limit on every member',
    );
    this.bytes = bytes;
    this.limit = limit;
  }
}

/**
 * A connection ended: the peer closed it or went away, the socket failed, the handshake did not finish
 * within `connect-timeout-ms`, or nothing arrived for `idle-timeout-ms`. The dialing side redials with
 * backoff; messages written to the lost socket may be lost (delivery is at most once).
 */
export class ConnectionLostError extends CanopyError {
  readonly code = 'transport-connection-lost';
}

/** The transport was closed; nothing more is sent or received. */
export class TransportClosedError extends CanopyError {
  readonly code = 'transport-closed';
  constructor() {
    super('the cluster transport is closed');
  }
}

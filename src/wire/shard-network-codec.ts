/**
 * The codec of the shard replicas' messages between members (proto/shard-network.proto, package
 * canopy.shardnet): a batch of Raft messages (each encoded by raft-codec.ts) and a shard peer message
 * (ShardPeerMessage, shard-types.ts) addressed to a shard by name. The payloads of the transport's
 * `shard-raft.<datastore>` and `shard-peer.<datastore>` subjects (src/shard/shard-network-transport.ts).
 *
 * Invariants. Decoding trusts nothing: malformed protobuf, a missing body, an unknown outcome or an
 * empty name is a WireDecodeError naming the field; a batch decodes whole or not at all. Unknown
 * fields are skipped, so later versions may add some.
 */
import type { RaftMessage } from '../raft/types.js';
import type { ShardPeerMessage } from '../shard/shard-types.js';
import { WireDecodeError } from './errors.js';
import { decodePb } from './pb-decode.js';
import * as generated from './gen/proto.js';
import { decodeRaftMessage, encodeRaftMessage } from './raft-codec.js';

interface PbType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

interface PbRaftBatch {
  messages?: Uint8Array[] | null | undefined;
}

interface PbPeerEnvelope {
  to?: string | undefined;
  resolveRequest?: { txId?: string; from?: string } | null | undefined;
  resolveAnswer?: { txId?: string; outcome?: number } | null | undefined;
  confirmRequest?: { txId?: string; from?: string } | null | undefined;
  outcomeRecorded?: { txId?: string; participant?: string } | null | undefined;
  resolveUnavailable?: { txId?: string; replica?: string; reason?: string } | null | undefined;
  outcomeQuery?: { txId?: string; from?: string } | null | undefined;
  readonly body?:
    | 'resolveRequest'
    | 'resolveAnswer'
    | 'confirmRequest'
    | 'outcomeRecorded'
    | 'resolveUnavailable'
    | 'outcomeQuery'
    | undefined;
}

const pb = (
  generated as unknown as {
    readonly canopy: {
      readonly shardnet: {
        readonly RaftBatch: PbType<PbRaftBatch>;
        readonly PeerEnvelope: PbType<PbPeerEnvelope>;
      };
    };
  }
).canopy.shardnet;

const T_BATCH = 'canopy.shardnet.RaftBatch';
const T_PEER = 'canopy.shardnet.PeerEnvelope';
const OUTCOME_COMMIT = 1;
const OUTCOME_ABORT = 2;

function text(value: string | undefined, field: string): string {
  if (value === undefined || value === '') throw new WireDecodeError(T_PEER, field, 'is missing');
  return value;
}

/** The encoded Raft messages of a batch, each as raft-codec.ts writes it. */
export function encodeRaftMessageBytes(message: RaftMessage): Uint8Array {
  return encodeRaftMessage(message);
}

/** One batch of already encoded Raft messages (encodeRaftMessageBytes), in order. */
export function encodeRaftBatch(encoded: readonly Uint8Array[]): Uint8Array {
  return pb.RaftBatch.encode({ messages: [...encoded] }).finish();
}

/** The Raft messages of a batch, in order; throws WireDecodeError naming the element at fault. */
export function decodeRaftBatch(bytes: Uint8Array): RaftMessage[] {
  const batch = decodePb(pb.RaftBatch, bytes, T_BATCH);
  return (batch.messages ?? []).map((m, i) => {
    try {
      return decodeRaftMessage(m);
    } catch (error) {
      if (!(error instanceof WireDecodeError)) throw error;
      throw new WireDecodeError(T_BATCH, `messages[${i}]`, error.message, { cause: error });
    }
  });
}

/** A peer message for the replica of shard `to` on the receiving member. */
export function encodePeerEnvelope(to: string, message: ShardPeerMessage): Uint8Array {
  const out: PbPeerEnvelope = { to };
  switch (message.type) {
    case 'resolve-request':
      out.resolveRequest = { txId: message.txId, from: message.from };
      break;
    case 'resolve-answer':
      out.resolveAnswer = {
        txId: message.txId,
        outcome: message.outcome === 'commit' ? OUTCOME_COMMIT : OUTCOME_ABORT,
      };
      break;
    case 'confirm-request':
      out.confirmRequest = { txId: message.txId, from: message.from };
      break;
    case 'outcome-query':
      out.outcomeQuery = { txId: message.txId, from: message.from };
      break;
    case 'outcome-recorded':
      out.outcomeRecorded = { txId: message.txId, participant: message.participant };
      break;
    case 'resolve-unavailable':
      out.resolveUnavailable = {
        txId: message.txId,
        replica: message.replica,
        reason: message.reason,
      };
      break;
    default: {
      // Every message type must have its field: one without would go out bodiless and be dropped.
      const unknown: never = message;
      throw new TypeError(`no wire form for peer message ${JSON.stringify(unknown)}`);
    }
  }
  return pb.PeerEnvelope.encode(out).finish();
}

/** The addressee shard and the message of a peer envelope; throws WireDecodeError. */
export function decodePeerEnvelope(bytes: Uint8Array): {
  readonly to: string;
  readonly message: ShardPeerMessage;
} {
  const e = decodePb(pb.PeerEnvelope, bytes, T_PEER);
  const to = text(e.to, 'to');
  switch (e.body) {
    case 'resolveRequest': {
      const b = e.resolveRequest ?? {};
      const txId = text(b.txId, 'resolve_request.tx_id');
      return {
        to,
        message: { type: 'resolve-request', txId, from: text(b.from, 'resolve_request.from') },
      };
    }
    case 'resolveAnswer': {
      const b = e.resolveAnswer ?? {};
      const txId = text(b.txId, 'resolve_answer.tx_id');
      const outcome =
        b.outcome === OUTCOME_COMMIT ? 'commit' : b.outcome === OUTCOME_ABORT ? 'abort' : undefined;
      if (outcome === undefined) {
        throw new WireDecodeError(
          T_PEER,
          'resolve_answer.outcome',
          `${String(b.outcome)} is not a known outcome`,
        );
      }
      return { to, message: { type: 'resolve-answer', txId, outcome } };
    }
    case 'confirmRequest': {
      const b = e.confirmRequest ?? {};
      const txId = text(b.txId, 'confirm_request.tx_id');
      return {
        to,
        message: { type: 'confirm-request', txId, from: text(b.from, 'confirm_request.from') },
      };
    }
    case 'outcomeQuery': {
      const b = e.outcomeQuery ?? {};
      const txId = text(b.txId, 'outcome_query.tx_id');
      return {
        to,
        message: { type: 'outcome-query', txId, from: text(b.from, 'outcome_query.from') },
      };
    }
    case 'outcomeRecorded': {
      const b = e.outcomeRecorded ?? {};
      const txId = text(b.txId, 'outcome_recorded.tx_id');
      const participant = text(b.participant, 'outcome_recorded.participant');
      return { to, message: { type: 'outcome-recorded', txId, participant } };
    }
    case 'resolveUnavailable': {
      const b = e.resolveUnavailable ?? {};
      return {
        to,
        message: {
          type: 'resolve-unavailable',
          txId: text(b.txId, 'resolve_unavailable.tx_id'),
          replica: text(b.replica, 'resolve_unavailable.replica'),
          reason: b.reason ?? '',
        },
      };
    }
    case undefined:
      throw new WireDecodeError(
        T_PEER,
        'body',
        'is missing or of a kind this version does not know',
      );
  }
}

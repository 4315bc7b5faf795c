/**
 * The codec of the member-to-member transport's frames (proto/cluster.proto, package canopy.cluster):
 * plain `ClusterFrame` unions to and from their protobuf bytes, and the 4-byte big-endian length prefix
 * each frame carries on the socket.
 *
 * Invariants. Encoding accepts only what the transport produces (non-empty names and subjects, safe
 * non-negative integers) and asserts it. Decoding trusts nothing: malformed protobuf, a missing oneof,
 * an empty name or subject, or a number the transport cannot hold exactly is a `WireDecodeError` naming
 * the message type and the field; a decoded frame is never half valid. Unknown fields are skipped, so a
 * later version may add fields (never reusing a number). An unknown refusal reason decodes as
 * `unspecified`. Decoded byte fields are views into the input: the caller must not reuse the buffer.
 */
import protobuf from 'protobufjs/minimal.js';
import { assert } from '../util/assert.js';
import { WireDecodeError } from './errors.js';
import * as generated from './gen/proto.js';

/** Bytes of the length prefix before every frame. */
export const FRAME_HEADER_BYTES = 4;

/** Why a handshake was refused (proto `Refuse.Reason`). */
export type RefuseReason =
  'unspecified' | 'cluster-mismatch' | 'unknown-member' | 'wrong-member' | 'version-incompatible';

/** The dialer's opening frame. */
export interface HelloFrame {
  readonly type: 'hello';
  readonly cluster: string;
  readonly from: string;
  readonly to: string;
  readonly protocolVersion: number;
  readonly minProtocolVersion: number;
  readonly incarnation: number;
}

/** The acceptor's answer to an accepted Hello. */
export interface WelcomeFrame {
  readonly type: 'welcome';
  readonly cluster: string;
  readonly member: string;
  readonly protocolVersion: number;
  readonly minProtocolVersion: number;
  readonly incarnation: number;
}

export interface RefuseFrame {
  readonly type: 'refuse';
  readonly reason: RefuseReason;
  readonly detail: string;
}

export interface MessageFrame {
  readonly type: 'message';
  readonly subject: string;
  readonly payload: Uint8Array;
}

/** A piece of a large message; `subject` and `totalBytes` are set on the first piece only (else ''/0). */
export interface ChunkFrame {
  readonly type: 'chunk';
  readonly messageId: number;
  readonly subject: string;
  readonly totalBytes: number;
  readonly data: Uint8Array;
}

export interface HeartbeatFrame {
  readonly type: 'heartbeat';
}

/** Every frame of the transport. */
export type ClusterFrame =
  HelloFrame | WelcomeFrame | RefuseFrame | MessageFrame | ChunkFrame | HeartbeatFrame;

// ---- protobufjs shapes -----------------------------------------------------------------------------

type Int64 =
  number | { toNumber(): number; toString(): string; unsigned: boolean; low: number; high: number };

interface PbHello {
  cluster?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  protocolVersion?: number | undefined;
  minProtocolVersion?: number | undefined;
  incarnation?: Int64 | undefined;
}

interface PbWelcome {
  cluster?: string | undefined;
  member?: string | undefined;
  protocolVersion?: number | undefined;
  minProtocolVersion?: number | undefined;
  incarnation?: Int64 | undefined;
}

interface PbRefuse {
  reason?: number | undefined;
  detail?: string | undefined;
}

interface PbMessage {
  subject?: string | undefined;
  payload?: Uint8Array | undefined;
}

interface PbChunk {
  messageId?: Int64 | undefined;
  subject?: string | undefined;
  totalBytes?: Int64 | undefined;
  data?: Uint8Array | undefined;
}

type PbBodyName = 'hello' | 'welcome' | 'refuse' | 'message' | 'chunk' | 'heartbeat';

interface PbFrame {
  hello?: PbHello | null | undefined;
  welcome?: PbWelcome | null | undefined;
  refuse?: PbRefuse | null | undefined;
  message?: PbMessage | null | undefined;
  chunk?: PbChunk | null | undefined;
  heartbeat?: Record<string, never> | null | undefined;
  readonly body?: PbBodyName | undefined;
}

interface PbWriter {
  fixed32(value: number): PbWriter;
  finish(): Uint8Array;
}

interface PbType<T> {
  encode(message: T, writer?: PbWriter): PbWriter;
  decode(bytes: Uint8Array): T;
}

const clusterPb = (
  generated as unknown as {
    readonly canopy: { readonly cluster: { readonly Frame: PbType<PbFrame> } };
  }
).canopy.cluster;

const T_FRAME = 'canopy.cluster.Frame';

/** proto Refuse.Reason values, by our names; the index is the wire value. */
const REASONS: readonly RefuseReason[] = [
  'unspecified',
  'cluster-mismatch',
  'unknown-member',
  'wrong-member',
  'version-incompatible',
];

// ---- encoding --------------------------------------------------------------------------------------

function u(value: number, what: string): number {
  assert(
    Number.isSafeInteger(value) && value >= 0,
    () => `cluster codec: ${what} ${value} is not a safe non-negative integer`,
  );
  return value;
}

function nonEmpty(value: string, what: string): string {
  assert(value !== '', () => `cluster codec: ${what} is empty`);
  return value;
}

function toPb(frame: ClusterFrame): PbFrame {
  switch (frame.type) {
    case 'hello':
      return {
        hello: {
          cluster: nonEmpty(frame.cluster, 'hello.cluster'),
          from: nonEmpty(frame.from, 'hello.from'),
          to: nonEmpty(frame.to, 'hello.to'),
          protocolVersion: u(frame.protocolVersion, 'hello.protocolVersion'),
          minProtocolVersion: u(frame.minProtocolVersion, 'hello.minProtocolVersion'),
          incarnation: u(frame.incarnation, 'hello.incarnation'),
        },
      };
    case 'welcome':
      return {
        welcome: {
          cluster: nonEmpty(frame.cluster, 'welcome.cluster'),
          member: nonEmpty(frame.member, 'welcome.member'),
          protocolVersion: u(frame.protocolVersion, 'welcome.protocolVersion'),
          minProtocolVersion: u(frame.minProtocolVersion, 'welcome.minProtocolVersion'),
          incarnation: u(frame.incarnation, 'welcome.incarnation'),
        },
      };
    case 'refuse':
      return { refuse: { reason: REASONS.indexOf(frame.reason), detail: frame.detail } };
    case 'message':
      return {
        message: { subject: nonEmpty(frame.subject, 'message.subject'), payload: frame.payload },
      };
    case 'chunk':
      return {
        chunk: {
          messageId: u(frame.messageId, 'chunk.messageId'),
          subject: frame.subject,
          totalBytes: u(frame.totalBytes, 'chunk.totalBytes'),
          data: frame.data,
        },
      };
    case 'heartbeat':
      return { heartbeat: {} };
  }
}

/**
 * One frame as it goes on the socket: the 4-byte big-endian length of the protobuf bytes, then the
 * bytes. The caller checks the length against its frame limit (`frameBodyBytes`).
 */
export function encodeFrame(frame: ClusterFrame): Uint8Array {
  const writer = protobuf.Writer.create() as unknown as PbWriter;
  writer.fixed32(0);
  const out = clusterPb.Frame.encode(toPb(frame), writer).finish();
  const length = out.byteLength - FRAME_HEADER_BYTES;
  new DataView(out.buffer, out.byteOffset, FRAME_HEADER_BYTES).setUint32(0, length, false);
  return out;
}

/** The protobuf bytes of a frame without its length prefix (tests, other framings). */
export function encodeFrameBody(frame: ClusterFrame): Uint8Array {
  return clusterPb.Frame.encode(toPb(frame)).finish();
}

// ---- decoding --------------------------------------------------------------------------------------

function uint(value: Int64 | undefined, field: string): number {
  if (value === undefined) return 0;
  const n =
    typeof value === 'number'
      ? value
      : value.unsigned
        ? (value.high >>> 0) * 2 ** 32 + (value.low >>> 0)
        : value.toNumber();
  if (Number.isSafeInteger(n) && n >= 0) return n;
  throw new WireDecodeError(T_FRAME, field, `${value.toString()} is not an integer in [0, 2^53-1]`);
}

function required(value: string | undefined, field: string): string {
  if (value === undefined || value === '') {
    throw new WireDecodeError(T_FRAME, field, 'is missing (empty)');
  }
  return value;
}

function bytesView(value: Uint8Array | null | undefined): Uint8Array {
  if (value === null || value === undefined) return new Uint8Array(0);
  if (value.constructor === Uint8Array) return value;
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

function need<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined) {
    throw new WireDecodeError(T_FRAME, field, 'is missing');
  }
  return value;
}

/** Decodes the protobuf bytes of one frame (without its length prefix); throws WireDecodeError. */
export function decodeFrameBody(bytes: Uint8Array): ClusterFrame {
  let pb: PbFrame;
  try {
    pb = clusterPb.Frame.decode(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new WireDecodeError(T_FRAME, '', `malformed protobuf (${detail})`, { cause: error });
  }
  switch (pb.body) {
    case 'hello': {
      const h = need(pb.hello, 'hello');
      return {
        type: 'hello',
        cluster: required(h.cluster, 'hello.cluster'),
        from: required(h.from, 'hello.from'),
        to: required(h.to, 'hello.to'),
        protocolVersion: h.protocolVersion ?? 0,
        minProtocolVersion: h.minProtocolVersion ?? 0,
        incarnation: uint(h.incarnation, 'hello.incarnation'),
      };
    }
    case 'welcome': {
      const w = need(pb.welcome, 'welcome');
      return {
        type: 'welcome',
        cluster: required(w.cluster, 'welcome.cluster'),
        member: required(w.member, 'welcome.member'),
        protocolVersion: w.protocolVersion ?? 0,
        minProtocolVersion: w.minProtocolVersion ?? 0,
        incarnation: uint(w.incarnation, 'welcome.incarnation'),
      };
    }
    case 'refuse': {
      const r = need(pb.refuse, 'refuse');
      return {
        type: 'refuse',
        reason: REASONS[r.reason ?? 0] ?? 'unspecified',
        detail: r.detail ?? '',
      };
    }
    case 'message': {
      const m = need(pb.message, 'message');
      return {
        type: 'message',
        subject: required(m.subject, 'message.subject'),
        payload: bytesView(m.payload),
      };
    }
    case 'chunk': {
      const c = need(pb.chunk, 'chunk');
      const messageId = uint(c.messageId, 'chunk.message_id');
      if (messageId === 0) throw new WireDecodeError(T_FRAME, 'chunk.message_id', 'is missing (0)');
      return {
        type: 'chunk',
        messageId,
        subject: c.subject ?? '',
        totalBytes: uint(c.totalBytes, 'chunk.total_bytes'),
        data: bytesView(c.data),
      };
    }
    case 'heartbeat':
      return { type: 'heartbeat' };
    case undefined:
      throw new WireDecodeError(
        T_FRAME,
        'body',
        'is missing or of a kind this version does not know',
      );
  }
}

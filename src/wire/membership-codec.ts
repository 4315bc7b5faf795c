/**
 * The codec of the membership messages (proto/membership.proto, package canopy.membership): plain
 * `MembershipMessage` unions to and from their protobuf bytes, the payload of the transport's
 * `membership` subject.
 *
 * Invariants. Encoding asserts safe non-negative integers. Decoding trusts nothing: malformed
 * protobuf, a missing body, a missing incarnation (0) or a number above 2^53-1 is a WireDecodeError
 * naming the field; unknown fields are skipped, so later versions may add some.
 */
import { assert } from '../util/assert.js';
import { WireDecodeError } from './errors.js';
import * as generated from './gen/proto.js';

/** A membership message as src/cluster sees it. */
export type MembershipMessage =
  | { readonly type: 'heartbeat'; readonly incarnation: number; readonly sequence: number }
  | { readonly type: 'leave'; readonly incarnation: number };

type Int64 = number | { low: number; high: number; unsigned: boolean; toNumber(): number };

interface PbMembershipMessage {
  heartbeat?: { incarnation?: Int64 | undefined; sequence?: Int64 | undefined } | null | undefined;
  leave?: { incarnation?: Int64 | undefined } | null | undefined;
  readonly body?: 'heartbeat' | 'leave' | undefined;
}

interface PbType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

const membershipPb = (
  generated as unknown as {
    readonly canopy: {
      readonly membership: { readonly MembershipMessage: PbType<PbMembershipMessage> };
    };
  }
).canopy.membership;

const T_MESSAGE = 'canopy.membership.MembershipMessage';

function u(value: number, what: string): number {
  assert(
    Number.isSafeInteger(value) && value >= 0,
    () => `membership codec: ${what} ${value} is not a safe non-negative integer`,
  );
  return value;
}

/** The protobuf bytes of `message`. */
export function encodeMembershipMessage(message: MembershipMessage): Uint8Array {
  const pb: PbMembershipMessage =
    message.type === 'heartbeat'
      ? {
          heartbeat: {
            incarnation: u(message.incarnation, 'incarnation'),
            sequence: u(message.sequence, 'sequence'),
          },
        }
      : { leave: { incarnation: u(message.incarnation, 'incarnation') } };
  return membershipPb.MembershipMessage.encode(pb).finish();
}

function uint(value: Int64 | undefined, field: string): number {
  if (value === undefined) return 0;
  const n =
    typeof value === 'number'
      ? value
      : value.unsigned
        ? (value.high >>> 0) * 2 ** 32 + (value.low >>> 0)
        : value.toNumber();
  if (Number.isSafeInteger(n) && n >= 0) return n;
  throw new WireDecodeError(T_MESSAGE, field, `${String(n)} is not an integer in [0, 2^53-1]`);
}

function incarnation(value: Int64 | undefined, field: string): number {
  const n = uint(value, field);
  if (n === 0) throw new WireDecodeError(T_MESSAGE, field, 'is missing (0)');
  return n;
}

/** Decodes one membership message; throws WireDecodeError. */
export function decodeMembershipMessage(bytes: Uint8Array): MembershipMessage {
  let pb: PbMembershipMessage;
  try {
    pb = membershipPb.MembershipMessage.decode(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new WireDecodeError(T_MESSAGE, '', `malformed protobuf (${detail})`, { cause: error });
  }
  switch (pb.body) {
    case 'heartbeat':
      return {
        type: 'heartbeat',
        incarnation: incarnation(pb.heartbeat?.incarnation, 'heartbeat.incarnation'),
        sequence: uint(pb.heartbeat?.sequence, 'heartbeat.sequence'),
      };
    case 'leave':
      return {
        type: 'leave',
        incarnation: incarnation(pb.leave?.incarnation, 'leave.incarnation'),
      };
    case undefined:
      throw new WireDecodeError(
        T_MESSAGE,
        'body',
        'is missing or of a kind this version does not know',
      );
  }
}

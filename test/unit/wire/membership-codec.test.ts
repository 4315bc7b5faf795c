/**
 * Goal: membership messages (proto/membership.proto) round-trip exactly, incarnations up to 2^53-1
 * included, and bytes that are not a valid message are a WireDecodeError naming the field, never a
 * half-read message: malformed protobuf, no body, a missing incarnation, a number past 2^53-1; a
 * later version's extra fields are skipped. Method: the codec against bytes written by protobufjs's
 * reflection from the .proto text (playing another member).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import {
  decodeMembershipMessage,
  encodeMembershipMessage,
  type MembershipMessage,
} from '../../../src/wire/membership-codec.js';
import { WireDecodeError } from '../../../src/wire/errors.js';

const ROOT = protobuf.parse(readFileSync('proto/membership.proto', 'utf8')).root;
const Message = ROOT.lookupType('canopy.membership.MembershipMessage');

function written(value: Record<string, unknown>): Uint8Array {
  return Message.encode(Message.fromObject(value)).finish();
}

function refused(bytes: Uint8Array, field: RegExp): void {
  assert.throws(
    () => decodeMembershipMessage(bytes),
    (e: unknown) => e instanceof WireDecodeError && field.test(e.field),
  );
}

describe('wire: membership codec', () => {
  it('round-trips heartbeats and leaves, incarnations up to 2^53-1', () => {
    const messages: MembershipMessage[] = [
      { type: 'heartbeat', incarnation: 1, sequence: 0 },
      { type: 'heartbeat', incarnation: 2 ** 48 + 5, sequence: 12345 },
      { type: 'heartbeat', incarnation: Number.MAX_SAFE_INTEGER, sequence: 2 ** 40 },
      { type: 'leave', incarnation: 77 },
    ];
    for (const m of messages)
      assert.deepEqual(decodeMembershipMessage(encodeMembershipMessage(m)), m);
  });

  it('reads what another encoder of the schema wrote', () => {
    assert.deepEqual(decodeMembershipMessage(written({ leave: { incarnation: 9 } })), {
      type: 'leave',
      incarnation: 9,
    });
  });

  it('refuses malformed bytes, no body, a missing incarnation and numbers past 2^53-1', () => {
    refused(Uint8Array.from([0x0a, 0xff, 0xff]), /^$/);
    refused(new Uint8Array(0), /^body$/);
    refused(written({ heartbeat: { sequence: 3 } }), /^heartbeat\.incarnation$/);
    refused(written({ leave: {} }), /^leave\.incarnation$/);
    refused(
      written({ heartbeat: { incarnation: '18446744073709551615', sequence: 1 } }),
      /^heartbeat\.incarnation$/,
    );
  });

  it('skips fields a later version adds', () => {
    const later = protobuf.parse(`syntax = "proto3";
package canopy.membership;
message Heartbeat { uint64 incarnation = 1; uint64 sequence = 2; string zone = 9; }
message MembershipMessage { oneof body { Heartbeat heartbeat = 1; } }`).root;
    const T = later.lookupType('canopy.membership.MembershipMessage');
    const bytes = T.encode(
      T.fromObject({ heartbeat: { incarnation: 5, sequence: 6, zone: 'b' } }),
    ).finish();
    assert.deepEqual(decodeMembershipMessage(bytes), {
      type: 'heartbeat',
      incarnation: 5,
      sequence: 6,
    });
  });
});

/**
 * Goal: the remote RPC messages (proto/rpc.proto) round-trip exactly (gossip Status and Delta with
 * global and routed routes, versions up to 2^53-1; call requests, answers with and without output,
 * errors with and without RpcError details; relayed notifications), and bytes that are not a valid
 * message are a WireDecodeError naming the field: malformed protobuf, no body, a missing member, rpc
 * or id, a route with a space, a number past 2^53-1. Method: the codec, and protobufjs's reflection
 * from the .proto text playing another member.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import { WireDecodeError } from '../../../src/wire/errors.js';
import {
  decodeCallMessage,
  decodeGossipMessage,
  decodeNotification,
  encodeCallMessage,
  encodeGossipMessage,
  encodeNotification,
  type WireCallMessage,
  type WireGossipMessage,
} from '../../../src/wire/rpc-codec.js';

const ROOT = protobuf.parse(readFileSync('proto/rpc.proto', 'utf8')).root;
const Gossip = ROOT.lookupType('canopy.rpc.GossipMessage');
const Call = ROOT.lookupType('canopy.rpc.CallMessage');

function written(type: protobuf.Type, value: Record<string, unknown>): Uint8Array {
  return type.encode(type.fromObject(value)).finish();
}

function refused(decode: () => unknown, field: RegExp): void {
  assert.throws(decode, (e: unknown) => e instanceof WireDecodeError && field.test(e.field));
}

describe('wire: rpc codec', () => {
  it('round-trips gossip: Status, and Delta with global and routed routes and wants', () => {
    const messages: WireGossipMessage[] = [
      { type: 'status', versions: [] },
      {
        type: 'status',
        versions: [
          { member: 'member-1', version: { incarnation: Number.MAX_SAFE_INTEGER, counter: 3 } },
          { member: 'member-2', version: { incarnation: 1, counter: 1 } },
        ],
      },
      {
        type: 'delta',
        buckets: [
          {
            member: 'member-3',
            bucket: {
              version: { incarnation: 1_765_155_000_123, counter: 9 },
              routes: [{ rpc: 'toaster:make-toast' }, { rpc: 'm:r', path: '/m:c/e=1' }],
            },
          },
          { member: 'member-4', bucket: { version: { incarnation: 2, counter: 1 }, routes: [] } },
        ],
        want: ['member-1'],
      },
      { type: 'delta', buckets: [], want: [] },
    ];
    for (const m of messages)
      assert.deepStrictEqual(decodeGossipMessage(encodeGossipMessage(m)), m);
  });

  it('round-trips calls: requests, outputs, no output, errors with and without RpcError details', () => {
    const messages: WireCallMessage[] = [
      {
        type: 'request',
        id: 1,
        rpc: 'toaster:make-toast',
        inputJson: '{"a":1}',
        timeoutMs: 30_000,
      },
      { type: 'request', id: Number.MAX_SAFE_INTEGER, rpc: 'm:r', inputJson: '{}', timeoutMs: 0 },
      { type: 'response', id: 2, outputJson: '{"echoed":["x"]}' },
      { type: 'response', id: 3, outputJson: '' },
      {
        type: 'error',
        id: 4,
        error: {
          code: 'rpc-error',
          message: 'no bread',
          tag: 'resource-denied',
          errorType: 'application',
          appTag: 'out-of-stock',
          infoJson: '{"slices":0}',
        },
      },
      {
        type: 'error',
        id: 5,
        error: {
          code: 'rpc-not-found',
          message: 'gone',
          tag: undefined,
          errorType: undefined,
          appTag: undefined,
          infoJson: undefined,
        },
      },
    ];
    for (const m of messages) assert.deepStrictEqual(decodeCallMessage(encodeCallMessage(m)), m);
  });

  it('round-trips a relayed notification', () => {
    const n = {
      notification: 'toaster:toasterRestocked',
      contentJson: '{"amountOfBread":3}',
      eventTime: '2026-12-08T01:00:00.000Z',
      sequence: 42,
    };
    assert.deepStrictEqual(decodeNotification(encodeNotification(n)), n);
  });

  it('refuses what is not a valid message, naming the field', () => {
    refused(() => decodeGossipMessage(Uint8Array.of(0xff, 0xff)), /^$/);
    refused(() => decodeGossipMessage(new Uint8Array()), /^body$/);
    refused(
      () => decodeGossipMessage(written(Gossip, { status: { versions: [{ member: 'a' }] } })),
      /^status\.versions\[0\]\.version$/,
    );
    refused(
      () =>
        decodeGossipMessage(
          written(Gossip, {
            status: { versions: [{ version: { incarnation: 1, counter: 1 } }] },
          }),
        ),
      /^status\.versions\[0\]\.member$/,
    );
    refused(
      () =>
        decodeGossipMessage(
          written(Gossip, {
            delta: {
              buckets: [
                {
                  member: 'a',
                  version: { incarnation: 1, counter: 1 },
                  routes: [{ rpc: 'a b' }],
                },
              ],
            },
          }),
        ),
      /^delta\.buckets\[0\]\.routes\[0\]\.rpc$/,
    );
    refused(
      () =>
        decodeGossipMessage(
          written(Gossip, {
            status: {
              versions: [
                { member: 'a', version: { incarnation: '18446744073709551615', counter: 1 } },
              ],
            },
          }),
        ),
      /incarnation$/,
    );
    refused(() => decodeCallMessage(new Uint8Array()), /^body$/);
    refused(() => decodeCallMessage(written(Call, { request: { rpc: 'm:r' } })), /^request\.id$/);
    refused(() => decodeCallMessage(written(Call, { request: { id: 3 } })), /^request\.rpc$/);
    refused(() => decodeCallMessage(written(Call, { response: { id: 3 } })), /^response\.result$/);
    refused(
      () => decodeCallMessage(written(Call, { response: { id: 3, error: { message: 'x' } } })),
      /^response\.error\.code$/,
    );
    refused(() => decodeNotification(new Uint8Array()), /^notification$/);
  });
});

/**
 * Goal: members of different versions keep understanding each other's frames: no field of the first
 * schema of proto/cluster.proto is ever renumbered, retyped or reused, frames a previous version wrote
 * decode in this one, frames this one writes decode in the previous one, and fields a later version
 * adds are skipped.
 * Method: test/unit/cluster/fixtures/cluster-v1.proto is a frozen copy of the first schema. It is
 * compared field by field with proto/cluster.proto, and loaded with protobufjs's reflection to play
 * the previous version's encoder and decoder against src/wire/cluster-codec.ts; a hand-written "v2"
 * schema plays a later version.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import { WireDecodeError } from '../../../src/wire/errors.js';
import {
  decodeFrameBody,
  encodeFrameBody,
  type ClusterFrame,
} from '../../../src/wire/cluster-codec.js';

const V1 = protobuf.parse(readFileSync('test/unit/cluster/fixtures/cluster-v1.proto', 'utf8'), {
  keepCase: false,
}).root;
const CURRENT = protobuf.parse(readFileSync('proto/cluster.proto', 'utf8'), {
  keepCase: false,
}).root;

function allTypes(ns: protobuf.NamespaceBase): (protobuf.Type | protobuf.Enum)[] {
  const out: (protobuf.Type | protobuf.Enum)[] = [];
  for (const nested of ns.nestedArray) {
    if (nested instanceof protobuf.Type || nested instanceof protobuf.Enum) out.push(nested);
    if (nested instanceof protobuf.Namespace) out.push(...allTypes(nested));
  }
  return out;
}

function reserves(type: protobuf.Type | protobuf.Enum, id: number, name: string): boolean {
  return (type.reserved ?? []).some((r) =>
    typeof r === 'string' ? r === name : id >= r[0]! && id <= r[1]!,
  );
}

const v1Frame = V1.lookupType('canopy.cluster.Frame');

const SAMPLES: readonly ClusterFrame[] = [
  {
    type: 'hello',
    cluster: 'prod',
    from: 'member-1',
    to: 'member-2',
    protocolVersion: 1,
    minProtocolVersion: 1,
    incarnation: 2 ** 47 + 5,
  },
  {
    type: 'welcome',
    cluster: 'prod',
    member: 'member-2',
    protocolVersion: 1,
    minProtocolVersion: 1,
    incarnation: 77,
  },
  { type: 'refuse', reason: 'version-incompatible', detail: 'too old' },
  { type: 'message', subject: 'raft', payload: new Uint8Array([1, 2, 3]) },
  {
    type: 'chunk',
    messageId: 3,
    subject: 'snapshot',
    totalBytes: 10,
    data: new Uint8Array([9, 8, 7]),
  },
  { type: 'chunk', messageId: 3, subject: '', totalBytes: 0, data: new Uint8Array([6]) },
  { type: 'heartbeat' },
];

/** The sample as the v1 reflection would build it (field names in camelCase, enum by number). */
function asV1Object(frame: ClusterFrame): Record<string, unknown> {
  const { type, ...fields } = frame;
  if (type === 'refuse') {
    const reasons = [
      'unspecified',
      'cluster-mismatch',
      'unknown-member',
      'wrong-member',
      'version-incompatible',
    ];
    return { refuse: { reason: reasons.indexOf(frame.reason), detail: frame.detail } };
  }
  return { [type]: fields };
}

function plain(frame: ClusterFrame): unknown {
  return JSON.parse(
    JSON.stringify(frame, (_k, v: unknown) => (v instanceof Uint8Array ? [...v] : v)),
  );
}

describe('cluster wire: compatibility with the first schema', () => {
  it('every field and enum value of the first schema keeps its number and type, or is reserved', () => {
    for (const old of allTypes(V1)) {
      const now = CURRENT.lookup(old.fullName);
      assert.ok(now !== null, `${old.fullName} still exists`);
      if (old instanceof protobuf.Enum) {
        assert.ok(now instanceof protobuf.Enum);
        for (const [name, id] of Object.entries(old.values)) {
          if (reserves(now, id, name)) continue;
          assert.equal(now.values[name], id, `${old.fullName}.${name} keeps ${id}`);
        }
        continue;
      }
      assert.ok(now instanceof protobuf.Type);
      for (const field of old.fieldsArray) {
        const match: protobuf.Field | undefined = now.fieldsById[field.id];
        if (match === undefined) {
          assert.ok(reserves(now, field.id, field.name), `${old.fullName} reserves ${field.id}`);
          continue;
        }
        assert.equal(match.name, field.name, `${old.fullName} field ${field.id}`);
        assert.equal(match.type, field.type, `${old.fullName}.${field.name} type`);
        assert.equal(match.repeated, field.repeated, `${old.fullName}.${field.name} repeated`);
      }
    }
  });

  it('frames written by the previous version decode in this one', () => {
    for (const sample of SAMPLES) {
      const bytes = v1Frame.encode(v1Frame.fromObject(asV1Object(sample))).finish();
      assert.deepEqual(plain(decodeFrameBody(bytes)), plain(sample), sample.type);
    }
  });

  it('frames written by this version decode in the previous one', () => {
    for (const sample of SAMPLES) {
      const decoded = v1Frame.toObject(v1Frame.decode(encodeFrameBody(sample)), {
        longs: Number,
        bytes: Array,
        defaults: true,
        oneofs: true,
      }) as Record<string, unknown>;
      assert.equal(decoded['body'], sample.type);
      const expected = asV1Object(sample)[sample.type] as Record<string, unknown>;
      const got = decoded[sample.type] as Record<string, unknown>;
      for (const [key, value] of Object.entries(expected)) {
        assert.deepEqual(
          got[key],
          value instanceof Uint8Array ? [...value] : value,
          `${sample.type}.${key}`,
        );
      }
    }
  });

  it('fields a later version adds are skipped; a frame kind it adds is refused as undecodable', () => {
    const v2 = protobuf
      .parse(
        `
      syntax = "proto3";
      package canopy.cluster;
      message Hello {
        string cluster = 1; string from = 2; string to = 3;
        uint32 protocol_version = 4; uint32 min_protocol_version = 5; uint64 incarnation = 6;
        repeated string features = 7;
      }
      message Ping { uint64 nonce = 1; }
      message Frame { oneof body { Hello hello = 1; Ping ping = 7; } }
    `,
      )
      .root.lookupType('canopy.cluster.Frame');
    const hello = v2
      .encode(
        v2.fromObject({
          hello: {
            cluster: 'c',
            from: 'a',
            to: 'b',
            protocolVersion: 2,
            minProtocolVersion: 1,
            incarnation: 1,
            features: ['compression'],
          },
        }),
      )
      .finish();
    const decoded = decodeFrameBody(hello);
    assert.equal(decoded.type, 'hello');
    assert.equal(decoded.type === 'hello' && decoded.protocolVersion, 2);
    const ping = v2.encode(v2.fromObject({ ping: { nonce: 9 } })).finish();
    assert.throws(() => decodeFrameBody(ping), WireDecodeError);
  });
});

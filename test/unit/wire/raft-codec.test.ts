/**
 * Goal: the raft codec refuses every frame it cannot turn into a valid core value, with a
 * WireDecodeError naming the message type and the field at fault, and accepts what a newer peer may
 * legitimately send (unknown fields). Method: protobuf bytes built by hand with a tiny writer (so the
 * tests do not depend on the encoder under test), decoded and checked field by field.
 */
import { strict as assert } from 'node:assert';
import { InvariantViolation } from '../../../src/util/errors.js';
import { WireDecodeError } from '../../../src/wire/errors.js';
import {
  decodeConfChange,
  decodeEntry,
  decodeRaftMessage,
  decodeSnapshotMeta,
  encodeEntry,
  encodeRaftMessage,
} from '../../../src/wire/raft-codec.js';

/** Minimal protobuf writer: varint and length-delimited fields. */
function varint(value: bigint): number[] {
  const out: number[] = [];
  let v = value;
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n);
  return out;
}
function vfield(field: number, value: bigint | number): number[] {
  return [...varint(BigInt(field << 3)), ...varint(BigInt(value))];
}
function lfield(field: number, body: number[] | string): number[] {
  const bytes = typeof body === 'string' ? [...new TextEncoder().encode(body)] : body;
  return [...varint(BigInt((field << 3) | 2)), ...varint(BigInt(bytes.length)), ...bytes];
}
const pb = (...parts: number[][]): Uint8Array => Uint8Array.from(parts.flat());

function rejects(decode: () => unknown, field: string, pattern?: RegExp): WireDecodeError {
  try {
    decode();
  } catch (error) {
    assert.ok(error instanceof WireDecodeError, `expected WireDecodeError, got ${String(error)}`);
    assert.equal(error.code, 'wire-decode');
    assert.equal(error.field, field, error.message);
    if (pattern) assert.match(error.message, pattern);
    return error;
  }
  assert.fail(`decoding succeeded, expected a WireDecodeError on field '${field}'`);
}

const header = [...lfield(1, 'member-1'), ...lfield(2, 'member-2'), ...vfield(3, 7)];
const confState = lfield(3, lfield(1, 'member-1'));

describe('wire: raft codec rejects bad frames', () => {
  it('a uint64 above 2^53-1 is rejected, naming the field', () => {
    const err = rejects(
      () => decodeEntry(pb(vfield(1, 1), vfield(2, 2n ** 53n), lfield(3, []))),
      'index',
      /9007199254740992 is above 2\^53-1/,
    );
    assert.equal(err.messageType, 'canopy.raft.Entry');
    rejects(() => decodeEntry(pb(vfield(1, 2n ** 64n - 1n), vfield(2, 1), lfield(3, []))), 'term');
  });

  it('2^53-1 itself is accepted', () => {
    const e = decodeEntry(pb(vfield(1, 2n ** 53n - 1n), vfield(2, 2n ** 53n - 1n), lfield(3, [9])));
    assert.equal(e.index, Number.MAX_SAFE_INTEGER);
    assert.equal(e.term, Number.MAX_SAFE_INTEGER);
  });

  it('an oversized index inside a nested entry names its path', () => {
    const entry = [...vfield(1, 1), ...vfield(2, 2n ** 60n), ...lfield(3, [])];
    const frame = pb(header, lfield(10, [...vfield(1, 0), ...lfield(3, entry)]));
    rejects(() => decodeRaftMessage(frame), 'append_entries.entries[0].index');
  });

  it('an entry with neither data nor change is rejected; an empty data field is a no-op entry', () => {
    rejects(
      () => decodeEntry(pb(vfield(1, 1), vfield(2, 1))),
      'payload',
      /neither data nor change/,
    );
    const noop = decodeEntry(pb(vfield(1, 1), vfield(2, 1), lfield(3, [])));
    assert.equal(noop.type, 'normal');
    assert.equal(noop.type === 'normal' && noop.data.length, 0);
  });

  it('an entry with index or term 0 is rejected', () => {
    rejects(() => decodeEntry(pb(vfield(1, 1), lfield(3, []))), 'index', /missing/);
    rejects(() => decodeEntry(pb(vfield(2, 1), lfield(3, []))), 'term', /missing/);
  });

  it('a conf change with a missing or unknown type, or no node, is rejected', () => {
    rejects(() => decodeConfChange(pb(lfield(2, 'member-1'))), 'type', /UNSPECIFIED/);
    rejects(
      () => decodeConfChange(pb(vfield(1, 9), lfield(2, 'member-1'))),
      'type',
      /unknown value 9/,
    );
    rejects(() => decodeConfChange(pb(vfield(1, 1))), 'node');
    const inEntry = pb(vfield(1, 1), vfield(2, 1), lfield(4, vfield(1, 2)));
    rejects(() => decodeEntry(inEntry), 'change.node');
  });

  it('a message without a body, or with a body this version does not know, is rejected', () => {
    rejects(() => decodeRaftMessage(pb(header)), 'body');
    rejects(() => decodeRaftMessage(pb(header, lfield(30, []))), 'body', /does not know/);
  });

  it('a message without from or to is rejected', () => {
    const body = lfield(18, []);
    rejects(() => decodeRaftMessage(pb(lfield(2, 'member-2'), body)), 'from');
    rejects(() => decodeRaftMessage(pb(lfield(1, 'member-1'), body)), 'to');
  });

  it('install-snapshot without metadata or without its conf state is rejected', () => {
    rejects(() => decodeRaftMessage(pb(header, lfield(16, vfield(2, 5)))), 'install_snapshot.meta');
    const noConf = lfield(1, [...vfield(1, 10), ...vfield(2, 2)]);
    rejects(
      () => decodeRaftMessage(pb(header, lfield(16, noConf))),
      'install_snapshot.meta.conf_state',
    );
    rejects(() => decodeSnapshotMeta(pb(vfield(1, 3))), 'meta.conf_state');
    const ok = decodeSnapshotMeta(pb(vfield(1, 3), vfield(2, 1), confState));
    assert.deepEqual(ok.confState, { voters: ['member-1'], learners: [] });
  });

  it('a read index below -1 or above 2^53-1 is rejected', () => {
    const zigzag = (n: bigint): bigint => (n >= 0n ? n * 2n : -n * 2n - 1n);
    const frame = (n: bigint) =>
      pb(header, lfield(20, [...lfield(1, 'r1'), ...vfield(2, zigzag(n))]));
    const served = decodeRaftMessage(frame(-1n));
    assert.equal(served.type === 'read-index-response' && served.index, -1);
    rejects(() => decodeRaftMessage(frame(-2n)), 'read_index_response.index');
    rejects(() => decodeRaftMessage(frame(2n ** 53n)), 'read_index_response.index');
  });

  it('malformed protobuf (an invalid wire type, a truncated field) is rejected as a whole', () => {
    rejects(() => decodeRaftMessage(pb([0x0f])), '', /malformed protobuf/);
    rejects(() => decodeEntry(pb([0x1a, 0x05, 0x01])), '', /malformed protobuf/);
    rejects(() => decodeEntry(pb([0x08, 0xff, 0xff])), '', /malformed protobuf/);
  });

  it('unknown fields from a newer peer are skipped', () => {
    const known = encodeRaftMessage({
      type: 'heartbeat',
      from: 'member-1',
      to: 'member-2',
      term: 4,
      commit: 9,
      context: 'c',
    });
    const withExtra = pb([...known], vfield(99, 12345), lfield(98, 'future'));
    assert.deepEqual(decodeRaftMessage(withExtra), decodeRaftMessage(known));
  });
});

describe('wire: raft codec refuses to encode what the cores never produce', () => {
  it('an unsafe index or an empty node name is an invariant violation', () => {
    const data = new Uint8Array(0);
    assert.throws(
      () => encodeEntry({ type: 'normal', term: 1, index: 2 ** 53, data }),
      InvariantViolation,
    );
    assert.throws(
      () => encodeEntry({ type: 'normal', term: -1, index: 1, data }),
      InvariantViolation,
    );
    assert.throws(
      () => encodeRaftMessage({ type: 'timeout-now', from: '', to: 'member-2', term: 1 }),
      InvariantViolation,
    );
  });
});

/**
 * Goal: every Raft type the cores produce survives encode then decode unchanged, for all values the
 * types allow (indexes and terms up to 2^53-1, empty and large payloads, every message variant), and a
 * decoder fed arbitrary bytes either yields a valid value or throws WireDecodeError, never anything else.
 * Method: fast-check generators for each type, compared with deep equality after a round trip.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type {
  ConfChange,
  ConfState,
  Entry,
  HardState,
  RaftMessage,
  SnapshotMeta,
} from '../../../src/raft/types.js';
import { WireDecodeError } from '../../../src/wire/errors.js';
import {
  decodeConfChange,
  decodeEntry,
  decodeEntryGeneral,
  decodeHardState,
  decodeRaftMessage,
  decodeSnapshotManifest,
  decodeSnapshotMeta,
  encodeConfChange,
  encodeEntry,
  encodeHardState,
  encodeRaftMessage,
  encodeSnapshotManifest,
  encodeSnapshotMeta,
} from '../../../src/wire/raft-codec.js';

const RUNS = { numRuns: 300, seed: 20240501 };

const safe = fc.oneof(
  fc.nat({ max: 1000 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.constant(Number.MAX_SAFE_INTEGER),
);
const positive = safe.map((n) => Math.max(1, n));
const nodeId = fc.stringMatching(/^member-[0-9a-z]{1,8}$/);
const anyText = fc.string({ maxLength: 40 });
const bytes = fc.oneof(
  fc.constant(new Uint8Array(0)),
  fc.uint8Array({ maxLength: 64 }),
  fc.uint8Array({ minLength: 1000, maxLength: 5000 }),
);

const confChange: Arbitrary<ConfChange> = fc.record({
  type: fc.constantFrom('add-voter' as const, 'add-learner' as const, 'remove-node' as const),
  node: nodeId,
});
const confState: Arbitrary<ConfState> = fc.record({
  voters: fc.array(nodeId, { maxLength: 5 }),
  learners: fc.array(nodeId, { maxLength: 3 }),
});
const entry: Arbitrary<Entry> = fc.oneof(
  fc.record({ type: fc.constant('normal' as const), term: positive, index: positive, data: bytes }),
  fc.record({
    type: fc.constant('config-change' as const),
    term: positive,
    index: positive,
    change: confChange,
  }),
);
const hardState: Arbitrary<HardState> = fc.record({
  term: safe,
  vote: fc.option(nodeId, { nil: null }),
  commit: safe,
});
const snapshotMeta: Arbitrary<SnapshotMeta> = fc.record({ index: safe, term: safe, confState });

const header = { from: nodeId, to: nodeId, term: safe };
const message: Arbitrary<RaftMessage> = fc.oneof(
  fc.record({
    ...header,
    type: fc.constant('append-entries' as const),
    prevLogIndex: safe,
    prevLogTerm: safe,
    entries: fc.array(entry, { maxLength: 5 }),
    leaderCommit: safe,
  }),
  fc.record({
    ...header,
    type: fc.constant('append-entries-response' as const),
    success: fc.boolean(),
    index: safe,
    rejectHint: safe,
    rejectTerm: safe,
  }),
  fc.record({
    ...header,
    type: fc.constant('request-vote' as const),
    preVote: fc.boolean(),
    lastLogIndex: safe,
    lastLogTerm: safe,
    transfer: fc.boolean(),
  }),
  fc.record({
    ...header,
    type: fc.constant('request-vote-response' as const),
    preVote: fc.boolean(),
    granted: fc.boolean(),
  }),
  fc.record({ ...header, type: fc.constant('heartbeat' as const), commit: safe, context: anyText }),
  fc.record({ ...header, type: fc.constant('heartbeat-response' as const), context: anyText }),
  fc.record({
    ...header,
    type: fc.constant('install-snapshot' as const),
    meta: snapshotMeta,
    totalBytes: safe,
    checksum: fc.nat({ max: 2 ** 32 - 1 }),
    offset: safe,
    chunk: bytes,
    done: fc.boolean(),
  }),
  fc.record({
    ...header,
    type: fc.constant('install-snapshot-response' as const),
    offset: safe,
    index: safe,
    done: fc.boolean(),
    reject: fc.boolean(),
  }),
  fc.record({ ...header, type: fc.constant('timeout-now' as const) }),
  fc.record({ ...header, type: fc.constant('read-index' as const), requestId: anyText }),
  fc.record({
    ...header,
    type: fc.constant('read-index-response' as const),
    requestId: anyText,
    index: fc.oneof(fc.constant(-1), safe),
  }),
);

/** Buffers and plain Uint8Arrays with the same bytes compare equal. */
function normalize(value: unknown): unknown {
  if (value instanceof Uint8Array) return Array.from(value);
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

function roundTrips<T>(arb: Arbitrary<T>, enc: (v: T) => Uint8Array, dec: (b: Uint8Array) => T) {
  fc.assert(
    fc.property(arb, (value) => {
      assert.deepStrictEqual(normalize(dec(enc(value))), normalize(value));
    }),
    RUNS,
  );
}

describe('wire: raft codec round trips', () => {
  it('an entry of either variant decodes to what was encoded', () => {
    roundTrips(entry, (e) => encodeEntry(e), decodeEntry);
  });

  it('an entry encoded with headroom decodes from the bytes after the headroom', () => {
    fc.assert(
      fc.property(entry, (e) => {
        const withRoom = encodeEntry(e, 8);
        assert.deepEqual(Array.from(withRoom.subarray(0, 8)), [0, 0, 0, 0, 0, 0, 0, 0]);
        assert.deepStrictEqual(normalize(decodeEntry(withRoom.subarray(8))), normalize(e));
      }),
      RUNS,
    );
  });

  it('a hard state, snapshot metadata and a conf change decode to what was encoded', () => {
    roundTrips(hardState, encodeHardState, decodeHardState);
    roundTrips(snapshotMeta, encodeSnapshotMeta, decodeSnapshotMeta);
    roundTrips(confChange, encodeConfChange, decodeConfChange);
  });

  it('a snapshot manifest decodes to what was encoded', () => {
    const manifest = fc.record({
      meta: snapshotMeta,
      dataBytes: safe,
      chunkCount: fc.nat({ max: 2 ** 32 - 1 }),
      dataCrc: fc.nat({ max: 2 ** 32 - 1 }),
    });
    roundTrips(manifest, encodeSnapshotManifest, decodeSnapshotManifest);
  });

  it('every RaftMessage variant decodes to what was encoded', () => {
    roundTrips(message, encodeRaftMessage, decodeRaftMessage);
  });

  it('arbitrary bytes decode to a valid message or throw WireDecodeError, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (noise) => {
        for (const decode of [
          decodeRaftMessage,
          decodeEntry,
          decodeHardState,
          decodeSnapshotMeta,
        ]) {
          try {
            decode(noise);
          } catch (error) {
            assert.ok(error instanceof WireDecodeError, `unexpected ${String(error)}`);
          }
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it("decodeEntry's fast path agrees with the general decoder on any bytes", () => {
    const outcome = (decode: (b: Uint8Array) => unknown, bytes: Uint8Array): unknown => {
      try {
        return normalize(decode(bytes));
      } catch (error) {
        return error instanceof WireDecodeError ? `${error.field}: ${error.message}` : error;
      }
    };
    const damaged = fc
      .tuple(entry, fc.nat(), fc.integer({ min: 0, max: 255 }), fc.nat({ max: 3 }))
      .map(([e, at, byte, cut]) => {
        const bytes = Uint8Array.from(encodeEntry(e));
        bytes[at % bytes.length] = byte;
        return bytes.subarray(0, bytes.length - cut);
      });
    fc.assert(
      fc.property(fc.oneof(damaged, fc.uint8Array({ maxLength: 40 })), (bytes) => {
        assert.deepStrictEqual(outcome(decodeEntry, bytes), outcome(decodeEntryGeneral, bytes));
      }),
      { numRuns: 5000, seed: 11 },
    );
  });

  it('a message with one byte flipped decodes to a valid message or throws WireDecodeError', () => {
    fc.assert(
      fc.property(message, fc.nat(), fc.integer({ min: 1, max: 255 }), (m, at, xor) => {
        const encoded = Uint8Array.from(encodeRaftMessage(m));
        encoded[at % encoded.length]! ^= xor;
        try {
          decodeRaftMessage(encoded);
        } catch (error) {
          assert.ok(error instanceof WireDecodeError, `unexpected ${String(error)}`);
        }
      }),
      RUNS,
    );
  });
});

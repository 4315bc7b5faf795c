/**
 * Codecs between the Raft core's plain types (src/raft/types.ts) and their protobuf form
 * (proto/raft.proto, package canopy.raft): log entries, hard state, snapshot metadata, membership
 * changes, every RaftMessage variant, and the snapshot manifest the journal stores.
 *
 * Invariants. Encoding accepts only what the core can produce (safe non-negative integers, non-empty
 * node names) and asserts it. Decoding trusts nothing: malformed protobuf, a missing oneof, sub-message,
 * enum value or node name, an unknown enum value, or a uint64 above 2^53-1 is a `WireDecodeError` naming
 * the message type and the field path; decoding never yields a half-valid object. Unknown fields are
 * skipped, so a newer peer may add fields (never reusing a number) without breaking older ones.
 * Decoded byte fields are zero-copy views into the input: the caller must not reuse the input buffer.
 *
 * The shape follows etcd-io/raft's raftpb, with our messages as a oneof `body` so one frame type carries
 * them all.
 */
import { assert, unreachable } from '../util/assert.js';
import type {
  ConfChange,
  ConfState,
  Entry,
  HardState,
  RaftMessage,
  SnapshotMeta,
} from '../raft/types.js';
import { WireDecodeError } from './errors.js';
import {
  type Int64,
  type PbConfChange,
  type PbConfState,
  type PbEntry,
  type PbRaftMessage,
  type PbSnapshotMeta,
  type PbBodyName,
  type PbType,
  PB_CONF_CHANGE_TYPE,
  newWriter,
  raftPb,
} from './raft-proto.js';

const T_ENTRY = 'canopy.raft.Entry';
const T_HARD_STATE = 'canopy.raft.HardState';
const T_SNAPSHOT_META = 'canopy.raft.SnapshotMeta';
const T_CONF_CHANGE = 'canopy.raft.ConfChange';
const T_MANIFEST = 'canopy.raft.SnapshotManifest';
const T_MESSAGE = 'canopy.raft.RaftMessage';

/** How the journal stores a snapshot: its metadata, and its data as `chunkCount` chunks. */
export interface SnapshotManifest {
  readonly meta: SnapshotMeta;
  /** Total length of the snapshot data. */
  readonly dataBytes: number;
  readonly chunkCount: number;
  /** crc32c of the whole snapshot data. */
  readonly dataCrc: number;
}

// ---- numbers ---------------------------------------------------------------------------------------

/** A decoded uint64 as a number, or a WireDecodeError when it exceeds 2^53-1. */
function uint(value: Int64 | undefined, type: string, field: string): number {
  if (value === undefined) return 0;
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value >= 0) return value;
    throw new WireDecodeError(type, field, `${value} is not an integer in [0, 2^53-1]`);
  }
  // NB: rounding is monotonic, so every value above 2^53-1 converts to at least 2^53 (not safe).
  const n = value.unsigned ? (value.high >>> 0) * 2 ** 32 + (value.low >>> 0) : value.toNumber();
  if (Number.isSafeInteger(n) && n >= 0) return n;
  throw new WireDecodeError(
    type,
    field,
    `${value.toString()} is above 2^53-1, the largest index or term canopy holds exactly`,
  );
}

/** A decoded sint64 that must lie in [-1, 2^53-1] (a read index, -1 meaning "not served"). */
function readPoint(value: Int64 | undefined, type: string, field: string): number {
  if (value === undefined) return 0;
  const n = typeof value === 'number' ? value : value.toNumber();
  if (Number.isSafeInteger(n) && n >= -1) return n;
  throw new WireDecodeError(type, field, `${value.toString()} is outside [-1, 2^53-1]`);
}

/** Asserts that the core handed us an index, term, offset or count the wire can carry exactly. */
function u(value: number, what: string): number {
  assert(
    Number.isSafeInteger(value) && value >= 0,
    () => `raft codec: ${what} ${value} is not a safe non-negative integer`,
  );
  return value;
}

function name(value: string, what: string): string {
  assert(value !== '', () => `raft codec: ${what} is empty`);
  return value;
}

function requiredName(value: string | undefined, type: string, field: string): string {
  if (value === undefined || value === '') {
    throw new WireDecodeError(type, field, 'is missing (an empty node name)');
  }
  return value;
}

/** A protobufjs byte field (a Buffer or a view) as a plain Uint8Array view, without copying. */
function bytesView(value: Uint8Array | null | undefined): Uint8Array {
  if (value === null || value === undefined) return new Uint8Array(0);
  if (value.constructor === Uint8Array) return value;
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

function parse<T>(pbType: PbType<T>, bytes: Uint8Array, type: string): T {
  try {
    return pbType.decode(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new WireDecodeError(type, '', `malformed protobuf (${detail})`, { cause: error });
  }
}

// ---- membership ------------------------------------------------------------------------------------

function confChangeToPb(change: ConfChange): PbConfChange {
  switch (change.type) {
    case 'add-voter':
      return { type: PB_CONF_CHANGE_TYPE.addVoter, node: name(change.node, 'conf change node') };
    case 'add-learner':
      return { type: PB_CONF_CHANGE_TYPE.addLearner, node: name(change.node, 'conf change node') };
    case 'remove-node':
      return { type: PB_CONF_CHANGE_TYPE.removeNode, node: name(change.node, 'conf change node') };
    default:
      return unreachable(change, 'conf change');
  }
}

function confChangeFromPb(pb: PbConfChange, type: string, path: string): ConfChange {
  const node = requiredName(pb.node, type, `${path}node`);
  switch (pb.type) {
    case PB_CONF_CHANGE_TYPE.addVoter:
      return { type: 'add-voter', node };
    case PB_CONF_CHANGE_TYPE.addLearner:
      return { type: 'add-learner', node };
    case PB_CONF_CHANGE_TYPE.removeNode:
      return { type: 'remove-node', node };
    case undefined:
    case PB_CONF_CHANGE_TYPE.unspecified:
      throw new WireDecodeError(type, `${path}type`, 'is missing (TYPE_UNSPECIFIED)');
    default:
      throw new WireDecodeError(type, `${path}type`, `has the unknown value ${pb.type}`);
  }
}

function confStateToPb(state: ConfState): PbConfState {
  return {
    voters: state.voters.map((n) => name(n, 'voter')),
    learners: state.learners.map((n) => name(n, 'learner')),
  };
}

function confStateFromPb(pb: PbConfState, type: string, path: string): ConfState {
  const names = (list: string[] | undefined, field: string): string[] =>
    (list ?? []).map((n, i) => requiredName(n, type, `${path}${field}[${i}]`));
  return { voters: names(pb.voters, 'voters'), learners: names(pb.learners, 'learners') };
}

// ---- entries ---------------------------------------------------------------------------------------

function entryToPb(entry: Entry): PbEntry {
  const term = u(entry.term, 'entry term');
  const index = u(entry.index, 'entry index');
  switch (entry.type) {
    case 'normal':
      return { term, index, data: entry.data };
    case 'config-change':
      return { term, index, change: confChangeToPb(entry.change) };
    default:
      return unreachable(entry, 'entry');
  }
}

function entryFromPb(pb: PbEntry, type: string, path: string): Entry {
  const term = uint(pb.term, type, `${path}term`);
  const index = uint(pb.index, type, `${path}index`);
  if (index === 0) throw new WireDecodeError(type, `${path}index`, 'is missing (0)');
  if (term === 0) throw new WireDecodeError(type, `${path}term`, 'is missing (0)');
  switch (pb.payload) {
    case 'data':
      return { type: 'normal', term, index, data: bytesView(pb.data) };
    case 'change':
      return {
        type: 'config-change',
        term,
        index,
        change: confChangeFromPb(pb.change ?? {}, type, `${path}change.`),
      };
    case undefined:
      throw new WireDecodeError(type, `${path}payload`, 'is missing (neither data nor change)');
    default:
      return unreachable(pb.payload, 'entry payload');
  }
}

/**
 * Encodes an entry. With `headroomBytes` (a multiple of 4), the result starts with that many zero bytes
 * the caller may fill (the journal puts its checksum there), saving a copy.
 */
export function encodeEntry(entry: Entry, headroomBytes = 0): Uint8Array {
  assert(
    headroomBytes % 4 === 0,
    () => `encodeEntry: headroom ${headroomBytes} not a multiple of 4`,
  );
  const writer = newWriter();
  for (let i = 0; i < headroomBytes; i += 4) writer.fixed32(0);
  return raftPb.Entry.encode(entryToPb(entry), writer).finish();
}

/** Decodes an entry; throws WireDecodeError. */
export function decodeEntry(bytes: Uint8Array): Entry {
  return (
    decodeNormalEntryFast(bytes) ?? entryFromPb(parse(raftPb.Entry, bytes, T_ENTRY), T_ENTRY, '')
  );
}

/** decodeEntry without its fast path: for tests that check the two agree. */
export function decodeEntryGeneral(bytes: Uint8Array): Entry {
  return entryFromPb(parse(raftPb.Entry, bytes, T_ENTRY), T_ENTRY, '');
}

/** Reads a varint of at most 8 bytes at `at`: [value, next position], or undefined to bail out. */
function varint(bytes: Uint8Array, at: number): readonly [number, number] | undefined {
  let value = 0;
  let scale = 1;
  let pos = at;
  for (;;) {
    if (pos >= bytes.length || scale > 2 ** 49) return undefined;
    const b = bytes[pos++]!;
    value += (b & 0x7f) * scale;
    scale *= 128;
    if (b < 0x80) break;
  }
  // NB: sums above 2^53-1 may round, but never down to a safe integer: the general path reports them.
  return value <= Number.MAX_SAFE_INTEGER ? [value, pos] : undefined;
}

/**
 * The fast path of decodeEntry for the shape the journal reads a million times at recovery: fields
 * term (1), index (2) and data (3) only, well formed and in range. Anything else (a conf change, an
 * unknown field, a truncated or out-of-range value) returns undefined and takes the general path,
 * which decodes it or throws the precise WireDecodeError; the property tests check the two agree.
 */
function decodeNormalEntryFast(bytes: Uint8Array): Entry | undefined {
  let term = 0;
  let index = 0;
  let data: Uint8Array | undefined;
  let pos = 0;
  while (pos < bytes.length) {
    const tag = bytes[pos++];
    const read = varint(bytes, pos);
    if (read === undefined) return undefined;
    pos = read[1];
    if (tag === 0x08) term = read[0];
    else if (tag === 0x10) index = read[0];
    else if (tag === 0x1a) {
      if (pos + read[0] > bytes.length) return undefined;
      data = new Uint8Array(bytes.buffer, bytes.byteOffset + pos, read[0]);
      pos += read[0];
    } else return undefined;
  }
  if (data === undefined || term === 0 || index === 0) return undefined;
  return { type: 'normal', term, index, data };
}

// ---- hard state, snapshot metadata, conf change ----------------------------------------------------

export function encodeHardState(state: HardState): Uint8Array {
  return raftPb.HardState.encode({
    term: u(state.term, 'hard state term'),
    vote: state.vote === null ? '' : name(state.vote, 'vote'),
    commit: u(state.commit, 'hard state commit'),
  }).finish();
}

/** Decodes a hard state (an empty vote reads as null); throws WireDecodeError. */
export function decodeHardState(bytes: Uint8Array): HardState {
  const pb = parse(raftPb.HardState, bytes, T_HARD_STATE);
  return {
    term: uint(pb.term, T_HARD_STATE, 'term'),
    vote: pb.vote === undefined || pb.vote === '' ? null : pb.vote,
    commit: uint(pb.commit, T_HARD_STATE, 'commit'),
  };
}

function snapshotMetaToPb(meta: SnapshotMeta): PbSnapshotMeta {
  return {
    index: u(meta.index, 'snapshot index'),
    term: u(meta.term, 'snapshot term'),
    confState: confStateToPb(meta.confState),
  };
}

function snapshotMetaFromPb(
  pb: PbSnapshotMeta | null | undefined,
  type: string,
  path: string,
): SnapshotMeta {
  if (pb === null || pb === undefined) throw new WireDecodeError(type, path, 'is missing');
  const confState = pb.confState;
  if (confState === null || confState === undefined) {
    throw new WireDecodeError(type, `${path}.conf_state`, 'is missing');
  }
  return {
    index: uint(pb.index, type, `${path}.index`),
    term: uint(pb.term, type, `${path}.term`),
    confState: confStateFromPb(confState, type, `${path}.conf_state.`),
  };
}

export function encodeSnapshotMeta(meta: SnapshotMeta): Uint8Array {
  return raftPb.SnapshotMeta.encode(snapshotMetaToPb(meta)).finish();
}

/** Decodes snapshot metadata (its conf_state is required); throws WireDecodeError. */
export function decodeSnapshotMeta(bytes: Uint8Array): SnapshotMeta {
  const pb = parse(raftPb.SnapshotMeta, bytes, T_SNAPSHOT_META);
  // The root message is present by construction; reuse the sub-message check for its fields.
  const meta = snapshotMetaFromPb(pb, T_SNAPSHOT_META, 'meta');
  return meta;
}

export function encodeConfChange(change: ConfChange): Uint8Array {
  return raftPb.ConfChange.encode(confChangeToPb(change)).finish();
}

/** Decodes a membership change; throws WireDecodeError. */
export function decodeConfChange(bytes: Uint8Array): ConfChange {
  return confChangeFromPb(parse(raftPb.ConfChange, bytes, T_CONF_CHANGE), T_CONF_CHANGE, '');
}

export function encodeSnapshotManifest(manifest: SnapshotManifest): Uint8Array {
  return raftPb.SnapshotManifest.encode({
    meta: snapshotMetaToPb(manifest.meta),
    dataBytes: u(manifest.dataBytes, 'snapshot data bytes'),
    chunkCount: u(manifest.chunkCount, 'snapshot chunk count'),
    dataCrc: manifest.dataCrc >>> 0,
  }).finish();
}

/** Decodes a snapshot manifest; throws WireDecodeError. */
export function decodeSnapshotManifest(bytes: Uint8Array): SnapshotManifest {
  const pb = parse(raftPb.SnapshotManifest, bytes, T_MANIFEST);
  return {
    meta: snapshotMetaFromPb(pb.meta, T_MANIFEST, 'meta'),
    dataBytes: uint(pb.dataBytes, T_MANIFEST, 'data_bytes'),
    chunkCount: pb.chunkCount ?? 0,
    dataCrc: (pb.dataCrc ?? 0) >>> 0,
  };
}

// ---- messages --------------------------------------------------------------------------------------

function messageBodyToPb(m: RaftMessage): PbRaftMessage {
  switch (m.type) {
    case 'append-entries':
      return {
        appendEntries: {
          prevLogIndex: u(m.prevLogIndex, 'prevLogIndex'),
          prevLogTerm: u(m.prevLogTerm, 'prevLogTerm'),
          entries: m.entries.map(entryToPb),
          leaderCommit: u(m.leaderCommit, 'leaderCommit'),
        },
      };
    case 'append-entries-response':
      return {
        appendEntriesResponse: {
          success: m.success,
          index: u(m.index, 'index'),
          rejectHint: u(m.rejectHint, 'rejectHint'),
          rejectTerm: u(m.rejectTerm, 'rejectTerm'),
        },
      };
    case 'request-vote':
      return {
        requestVote: {
          preVote: m.preVote,
          lastLogIndex: u(m.lastLogIndex, 'lastLogIndex'),
          lastLogTerm: u(m.lastLogTerm, 'lastLogTerm'),
          transfer: m.transfer,
        },
      };
    case 'request-vote-response':
      return { requestVoteResponse: { preVote: m.preVote, granted: m.granted } };
    case 'heartbeat':
      return { heartbeat: { commit: u(m.commit, 'commit'), context: m.context } };
    case 'heartbeat-response':
      return { heartbeatResponse: { context: m.context } };
    case 'install-snapshot':
      return {
        installSnapshot: {
          meta: snapshotMetaToPb(m.meta),
          totalBytes: u(m.totalBytes, 'totalBytes'),
          checksum: m.checksum >>> 0,
          offset: u(m.offset, 'offset'),
          chunk: m.chunk,
          done: m.done,
        },
      };
    case 'install-snapshot-response':
      return {
        installSnapshotResponse: {
          offset: u(m.offset, 'offset'),
          index: u(m.index, 'index'),
          done: m.done,
          reject: m.reject,
        },
      };
    case 'timeout-now':
      return { timeoutNow: {} };
    case 'read-index':
      return { readIndex: { requestId: m.requestId } };
    case 'read-index-response':
      assert(
        Number.isSafeInteger(m.index) && m.index >= -1,
        () => `raft codec: read index ${m.index} outside [-1, 2^53-1]`,
      );
      return { readIndexResponse: { requestId: m.requestId, index: m.index } };
    default:
      return unreachable(m, 'raft message');
  }
}

/** Encodes any Raft message: the header (from, to, term) and exactly one body. */
export function encodeRaftMessage(message: RaftMessage): Uint8Array {
  const pb = messageBodyToPb(message);
  pb.from = name(message.from, 'message from');
  pb.to = name(message.to, 'message to');
  pb.term = u(message.term, 'message term');
  return raftPb.RaftMessage.encode(pb).finish();
}

interface Header {
  readonly from: string;
  readonly to: string;
  readonly term: number;
}

function required<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined)
    throw new WireDecodeError(T_MESSAGE, field, 'is missing');
  return value;
}

/** Decodes any Raft message; throws WireDecodeError naming the field at fault. */
export function decodeRaftMessage(bytes: Uint8Array): RaftMessage {
  const pb = parse(raftPb.RaftMessage, bytes, T_MESSAGE);
  const header: Header = {
    from: requiredName(pb.from, T_MESSAGE, 'from'),
    to: requiredName(pb.to, T_MESSAGE, 'to'),
    term: uint(pb.term, T_MESSAGE, 'term'),
  };
  return messageBodyFromPb(pb, header);
}

/**
 * One decoder per body; the mapped type makes a body added to the proto fail to compile until it has
 * a decoder here.
 */
const bodyDecoders: { readonly [K in PbBodyName]: (pb: PbRaftMessage, h: Header) => RaftMessage } =
  {
    appendEntries: (pb, h) => {
      const b = required(pb.appendEntries, 'append_entries');
      return {
        ...h,
        type: 'append-entries',
        prevLogIndex: uint(b.prevLogIndex, T_MESSAGE, 'append_entries.prev_log_index'),
        prevLogTerm: uint(b.prevLogTerm, T_MESSAGE, 'append_entries.prev_log_term'),
        entries: (b.entries ?? []).map((e, i) =>
          entryFromPb(e, T_MESSAGE, `append_entries.entries[${i}].`),
        ),
        leaderCommit: uint(b.leaderCommit, T_MESSAGE, 'append_entries.leader_commit'),
      };
    },
    appendEntriesResponse: (pb, h) => {
      const b = required(pb.appendEntriesResponse, 'append_entries_response');
      return {
        ...h,
        type: 'append-entries-response',
        success: b.success === true,
        index: uint(b.index, T_MESSAGE, 'append_entries_response.index'),
        rejectHint: uint(b.rejectHint, T_MESSAGE, 'append_entries_response.reject_hint'),
        rejectTerm: uint(b.rejectTerm, T_MESSAGE, 'append_entries_response.reject_term'),
      };
    },
    requestVote: (pb, h) => {
      const b = required(pb.requestVote, 'request_vote');
      return {
        ...h,
        type: 'request-vote',
        preVote: b.preVote === true,
        lastLogIndex: uint(b.lastLogIndex, T_MESSAGE, 'request_vote.last_log_index'),
        lastLogTerm: uint(b.lastLogTerm, T_MESSAGE, 'request_vote.last_log_term'),
        transfer: b.transfer === true,
      };
    },
    requestVoteResponse: (pb, h) => {
      const b = required(pb.requestVoteResponse, 'request_vote_response');
      const preVote = b.preVote === true;
      return { ...h, type: 'request-vote-response', preVote, granted: b.granted === true };
    },
    heartbeat: (pb, h) => {
      const b = required(pb.heartbeat, 'heartbeat');
      const commit = uint(b.commit, T_MESSAGE, 'heartbeat.commit');
      return { ...h, type: 'heartbeat', commit, context: b.context ?? '' };
    },
    heartbeatResponse: (pb, h) => {
      const b = required(pb.heartbeatResponse, 'heartbeat_response');
      return { ...h, type: 'heartbeat-response', context: b.context ?? '' };
    },
    installSnapshot: (pb, h) => {
      const b = required(pb.installSnapshot, 'install_snapshot');
      return {
        ...h,
        type: 'install-snapshot',
        meta: snapshotMetaFromPb(b.meta, T_MESSAGE, 'install_snapshot.meta'),
        totalBytes: uint(b.totalBytes, T_MESSAGE, 'install_snapshot.total_bytes'),
        checksum: (b.checksum ?? 0) >>> 0,
        offset: uint(b.offset, T_MESSAGE, 'install_snapshot.offset'),
        chunk: bytesView(b.chunk),
        done: b.done === true,
      };
    },
    installSnapshotResponse: (pb, h) => {
      const b = required(pb.installSnapshotResponse, 'install_snapshot_response');
      return {
        ...h,
        type: 'install-snapshot-response',
        offset: uint(b.offset, T_MESSAGE, 'install_snapshot_response.offset'),
        index: uint(b.index, T_MESSAGE, 'install_snapshot_response.index'),
        done: b.done === true,
        reject: b.reject === true,
      };
    },
    timeoutNow: (pb, h) => {
      required(pb.timeoutNow, 'timeout_now');
      return { ...h, type: 'timeout-now' };
    },
    readIndex: (pb, h) => {
      const b = required(pb.readIndex, 'read_index');
      return { ...h, type: 'read-index', requestId: b.requestId ?? '' };
    },
    readIndexResponse: (pb, h) => {
      const b = required(pb.readIndexResponse, 'read_index_response');
      const index = readPoint(b.index, T_MESSAGE, 'read_index_response.index');
      return { ...h, type: 'read-index-response', requestId: b.requestId ?? '', index };
    },
  };

function messageBodyFromPb(pb: PbRaftMessage, h: Header): RaftMessage {
  const body = pb.body;
  if (body === undefined || !Object.hasOwn(bodyDecoders, body)) {
    throw new WireDecodeError(
      T_MESSAGE,
      'body',
      'is missing (no message body, or one this version does not know)',
    );
  }
  return bodyDecoders[body](pb, h);
}

/**
 * A typed view of the code protobufjs generates from proto/raft.proto (src/wire/gen/proto.js): the shapes
 * of the `canopy.raft` messages as protobufjs reads and writes them, and nothing else. protobufjs's loose
 * types stop here; raft-codec.ts turns these shapes into the plain unions of src/raft/types.ts.
 *
 * NB: the generated declaration file may carry no types (pbts needs the JSDoc that `--no-comments`
 * strips), so the module is cast once to the interfaces below. They restate the proto fields: keep them
 * in step with proto/raft.proto. On decode, uint64 fields arrive as `number | Long` (Long when the `long`
 * package is present); absent scalars read as their proto3 defaults, absent messages as null.
 */
import protobuf from 'protobufjs/minimal.js';
import * as generated from './gen/proto.js';

/** protobufjs's 64-bit value; only what the codec reads of it. */
export interface LongValue {
  readonly low: number;
  readonly high: number;
  readonly unsigned: boolean;
  toNumber(): number;
  /** Decimal digits. */
  toString(): string;
}

/** A uint64 / sint64 as protobufjs hands it over. */
export type Int64 = number | LongValue;

/** protobufjs's growable writer; only what the codec uses. */
export interface PbWriter {
  fixed32(value: number): PbWriter;
  finish(): Uint8Array;
}

/** One generated message class: encode a plain object, decode bytes into an instance. */
export interface PbType<T> {
  encode(message: T, writer?: PbWriter): PbWriter;
  decode(bytes: Uint8Array): T;
}

export interface PbConfChange {
  type?: number | undefined;
  node?: string | undefined;
}

export interface PbConfState {
  voters?: string[] | undefined;
  learners?: string[] | undefined;
}

export interface PbEntry {
  term?: Int64 | undefined;
  index?: Int64 | undefined;
  data?: Uint8Array | null | undefined;
  change?: PbConfChange | null | undefined;
  /** The oneof's virtual field: which member is set. Read-only on decode. */
  readonly payload?: 'data' | 'change' | undefined;
}

export interface PbHardState {
  term?: Int64 | undefined;
  vote?: string | undefined;
  commit?: Int64 | undefined;
}

export interface PbSnapshotMeta {
  index?: Int64 | undefined;
  term?: Int64 | undefined;
  confState?: PbConfState | null | undefined;
}

export interface PbSnapshotManifest {
  meta?: PbSnapshotMeta | null | undefined;
  dataBytes?: Int64 | undefined;
  chunkCount?: number | undefined;
  dataCrc?: number | undefined;
}

export interface PbAppendEntries {
  prevLogIndex?: Int64 | undefined;
  prevLogTerm?: Int64 | undefined;
  entries?: PbEntry[] | undefined;
  leaderCommit?: Int64 | undefined;
}

export interface PbAppendEntriesResponse {
  success?: boolean | undefined;
  index?: Int64 | undefined;
  rejectHint?: Int64 | undefined;
  rejectTerm?: Int64 | undefined;
}

export interface PbRequestVote {
  preVote?: boolean | undefined;
  lastLogIndex?: Int64 | undefined;
  lastLogTerm?: Int64 | undefined;
  transfer?: boolean | undefined;
}

export interface PbRequestVoteResponse {
  preVote?: boolean | undefined;
  granted?: boolean | undefined;
}

export interface PbHeartbeat {
  commit?: Int64 | undefined;
  context?: string | undefined;
}

export interface PbHeartbeatResponse {
  context?: string | undefined;
}

export interface PbInstallSnapshot {
  meta?: PbSnapshotMeta | null | undefined;
  offset?: Int64 | undefined;
  chunk?: Uint8Array | undefined;
  done?: boolean | undefined;
  totalBytes?: Int64 | undefined;
  checksum?: number | undefined;
}

export interface PbInstallSnapshotResponse {
  offset?: Int64 | undefined;
  index?: Int64 | undefined;
  done?: boolean | undefined;
  reject?: boolean | undefined;
}

export type PbTimeoutNow = Record<string, never>;

export interface PbReadIndex {
  requestId?: string | undefined;
}

export interface PbReadIndexResponse {
  requestId?: string | undefined;
  index?: Int64 | undefined;
}

/** The names of RaftMessage's `body` oneof members, as protobufjs reports them. */
export type PbBodyName =
  | 'appendEntries'
  | 'appendEntriesResponse'
  | 'requestVote'
  | 'requestVoteResponse'
  | 'heartbeat'
  | 'heartbeatResponse'
  | 'installSnapshot'
  | 'installSnapshotResponse'
  | 'timeoutNow'
  | 'readIndex'
  | 'readIndexResponse';

export interface PbRaftMessage {
  from?: string | undefined;
  to?: string | undefined;
  term?: Int64 | undefined;
  appendEntries?: PbAppendEntries | null | undefined;
  appendEntriesResponse?: PbAppendEntriesResponse | null | undefined;
  requestVote?: PbRequestVote | null | undefined;
  requestVoteResponse?: PbRequestVoteResponse | null | undefined;
  heartbeat?: PbHeartbeat | null | undefined;
  heartbeatResponse?: PbHeartbeatResponse | null | undefined;
  installSnapshot?: PbInstallSnapshot | null | undefined;
  installSnapshotResponse?: PbInstallSnapshotResponse | null | undefined;
  timeoutNow?: PbTimeoutNow | null | undefined;
  readIndex?: PbReadIndex | null | undefined;
  readIndexResponse?: PbReadIndexResponse | null | undefined;
  /** The oneof's virtual field: which body is set. Read-only on decode. */
  readonly body?: PbBodyName | undefined;
}

/** proto ConfChange.Type values. */
export const PB_CONF_CHANGE_TYPE = Object.freeze({
  unspecified: 0,
  addVoter: 1,
  addLearner: 2,
  removeNode: 3,
});

interface RaftPackage {
  readonly ConfChange: PbType<PbConfChange>;
  readonly ConfState: PbType<PbConfState>;
  readonly Entry: PbType<PbEntry>;
  readonly HardState: PbType<PbHardState>;
  readonly SnapshotMeta: PbType<PbSnapshotMeta>;
  readonly SnapshotManifest: PbType<PbSnapshotManifest>;
  readonly RaftMessage: PbType<PbRaftMessage>;
}

/** The generated `canopy.raft` package. */
export const raftPb = (generated as unknown as { readonly canopy: { readonly raft: RaftPackage } })
  .canopy.raft;

/** A fresh protobufjs writer (to reserve headroom before a message, see encodeEntry). */
export function newWriter(): PbWriter {
  return protobuf.Writer.create();
}

/**
 * The codec of a shard's journal records and snapshot image (proto/shard.proto, package
 * canopy.shard) to and from the plain types of src/shard/payload.ts: the implementation of the
 * `ShardCodec` port the shard core is built with.
 *
 * Invariants. Encoding accepts only what the shard core produces (non-empty transaction ids, a
 * participant list of at least two sorted names whose first is the coordinator) and asserts it.
 * Decoding trusts nothing: malformed protobuf, a missing oneof, an empty transaction id or participant
 * list, or an unknown image format is a `WireDecodeError` naming the message type and the field; a
 * decoded record is never half valid. Unknown fields are skipped, so a newer version may add fields.
 * Decoded byte fields are views into the input: the caller must not reuse the input buffer.
 */
import { assert } from '../util/assert.js';
import type {
  DecisionRecord,
  PreparedRecord,
  ShardCodec,
  ShardImage,
  ShardPayload,
} from '../shard/payload.js';
import type { PairMarkRecord } from '../shard/pair-marks.js';
import { WireDecodeError } from './errors.js';
import { decodePb, safeUint } from './pb-decode.js';
import type { Int64 } from './raft-proto.js';
import * as generated from './gen/proto.js';

/** The image format this build writes and reads. */
export const SHARD_IMAGE_FORMAT = 1;

const T_PAYLOAD = 'canopy.shard.Payload';
const T_IMAGE = 'canopy.shard.Image';
const EMPTY = new Uint8Array(0);

interface PbTx {
  txId?: string | undefined;
  ops?: Uint8Array | undefined;
  participants?: string[] | undefined;
  coordinator?: string | undefined;
}

interface PbForget {
  txIds?: string[] | undefined;
}

type PbRecordName =
  'commit' | 'prepare' | 'commitDecision' | 'commitPrepared' | 'abortPrepared' | 'forget';

interface PbPayload {
  commit?: PbTx | null | undefined;
  prepare?: PbTx | null | undefined;
  commitDecision?: PbTx | null | undefined;
  commitPrepared?: PbTx | null | undefined;
  abortPrepared?: PbTx | null | undefined;
  forget?: PbForget | null | undefined;
  readonly record?: PbRecordName | undefined;
}

interface PbDecision {
  txId?: string | undefined;
  participants?: string[] | undefined;
}

interface PbImage {
  format?: number | undefined;
  tree?: Uint8Array | undefined;
  prepared?: PbTx[] | undefined;
  decisions?: PbDecision[] | undefined;
  pairMarks?: PbPairMark[] | undefined;
}

interface PbPairMark {
  shard?: string | undefined;
  txId?: string | undefined;
  count?: Int64 | undefined;
}

interface PbType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

const shardPb = (
  generated as unknown as {
    readonly canopy: {
      readonly shard: { readonly Payload: PbType<PbPayload>; readonly Image: PbType<PbImage> };
    };
  }
).canopy.shard;

function txId(value: string | undefined, type: string, field: string): string {
  if (value === undefined || value === '') {
    throw new WireDecodeError(type, field, 'the transaction id is missing');
  }
  return value;
}

function shardName(value: string | undefined, type: string, field: string): string {
  if (value === undefined || value === '') {
    throw new WireDecodeError(type, field, 'the shard name is missing');
  }
  return value;
}

function participants(value: string[] | undefined, type: string, field: string): string[] {
  if (value === undefined || value.length < 2 || value.some((p) => p === '')) {
    throw new WireDecodeError(type, field, 'a multi-shard record needs two or more participants');
  }
  return value;
}

function checkParticipants(list: readonly string[], coordinator?: string): void {
  assert(
    list.length >= 2 && list.every((p, i) => p !== '' && (i === 0 || list[i - 1]! < p)),
    () => `shard codec: participants must be two or more sorted names, got ${list.join(',')}`,
  );
  assert(
    coordinator === undefined || coordinator === list[0],
    () => `shard codec: the coordinator ${coordinator} is not the first participant`,
  );
}

function decodePrepare(pb: PbTx, type: string, field: string): PreparedRecord {
  const list = participants(pb.participants, type, `${field}.participants`);
  const coordinator = pb.coordinator ?? '';
  if (coordinator !== list[0]) {
    throw new WireDecodeError(
      type,
      `${field}.coordinator`,
      'the coordinator is not the first participant',
    );
  }
  return {
    txId: txId(pb.txId, type, `${field}.tx_id`),
    ops: pb.ops ?? EMPTY,
    participants: list,
    coordinator,
  };
}

function encodePayload(payload: ShardPayload): Uint8Array {
  let pb: PbPayload;
  switch (payload.type) {
    case 'commit':
      pb = { commit: { txId: payload.txId, ops: payload.ops } };
      break;
    case 'prepare':
      checkParticipants(payload.participants, payload.coordinator);
      pb = {
        prepare: {
          txId: payload.txId,
          ops: payload.ops,
          participants: [...payload.participants],
          coordinator: payload.coordinator,
        },
      };
      break;
    case 'commit-decision':
      checkParticipants(payload.participants);
      pb = {
        commitDecision: {
          txId: payload.txId,
          ops: payload.ops,
          participants: [...payload.participants],
        },
      };
      break;
    case 'commit-prepared':
      pb = { commitPrepared: { txId: payload.txId } };
      break;
    case 'abort-prepared':
      pb = { abortPrepared: { txId: payload.txId } };
      break;
    case 'forget':
      pb = { forget: { txIds: [...payload.txIds] } };
      break;
  }
  if (payload.type !== 'forget') {
    assert(payload.txId !== '', () => 'shard codec: a record needs a transaction id');
  }
  return shardPb.Payload.encode(pb).finish();
}

function decodePayload(data: Uint8Array): ShardPayload {
  const pb = decodePb(shardPb.Payload, data, T_PAYLOAD);
  switch (pb.record) {
    case 'commit':
      return {
        type: 'commit',
        txId: txId(pb.commit!.txId, T_PAYLOAD, 'commit.tx_id'),
        ops: pb.commit!.ops ?? EMPTY,
      };
    case 'prepare':
      return { type: 'prepare', ...decodePrepare(pb.prepare!, T_PAYLOAD, 'prepare') };
    case 'commitDecision': {
      const d = pb.commitDecision!;
      return {
        type: 'commit-decision',
        txId: txId(d.txId, T_PAYLOAD, 'commit_decision.tx_id'),
        ops: d.ops ?? EMPTY,
        participants: participants(d.participants, T_PAYLOAD, 'commit_decision.participants'),
      };
    }
    case 'commitPrepared':
      return {
        type: 'commit-prepared',
        txId: txId(pb.commitPrepared!.txId, T_PAYLOAD, 'commit_prepared.tx_id'),
      };
    case 'abortPrepared':
      return {
        type: 'abort-prepared',
        txId: txId(pb.abortPrepared!.txId, T_PAYLOAD, 'abort_prepared.tx_id'),
      };
    case 'forget':
      return { type: 'forget', txIds: pb.forget!.txIds ?? [] };
    case undefined:
      throw new WireDecodeError(T_PAYLOAD, 'record', 'no record is set');
  }
}

function encodeImage(image: ShardImage): Uint8Array {
  for (const p of image.prepared) checkParticipants(p.participants, p.coordinator);
  for (const d of image.decisions) checkParticipants(d.participants);
  return shardPb.Image.encode({
    format: SHARD_IMAGE_FORMAT,
    tree: image.tree,
    prepared: image.prepared.map((p) => ({
      txId: p.txId,
      ops: p.ops,
      participants: [...p.participants],
      coordinator: p.coordinator,
    })),
    decisions: image.decisions.map((d) => ({ txId: d.txId, participants: [...d.participants] })),
    pairMarks: (image.pairMarks ?? []).map((m) => ({
      shard: m.shard,
      txId: m.txId,
      count: m.count,
    })),
  }).finish();
}

function decodeImage(data: Uint8Array): ShardImage {
  const pb = decodePb(shardPb.Image, data, T_IMAGE);
  if (pb.format !== SHARD_IMAGE_FORMAT) {
    throw new WireDecodeError(
      T_IMAGE,
      'format',
      `format ${pb.format ?? 0} is not the format ${SHARD_IMAGE_FORMAT} this build reads`,
    );
  }
  return {
    tree: pb.tree ?? EMPTY,
    prepared: (pb.prepared ?? []).map((p, i) => decodePrepare(p, T_IMAGE, `prepared[${i}]`)),
    decisions: (pb.decisions ?? []).map((d, i): DecisionRecord => ({
      txId: txId(d.txId, T_IMAGE, `decisions[${i}].tx_id`),
      participants: participants(d.participants, T_IMAGE, `decisions[${i}].participants`),
    })),
    pairMarks: (pb.pairMarks ?? []).map((m, i): PairMarkRecord => ({
      shard: shardName(m.shard, T_IMAGE, `pair_marks[${i}].shard`),
      txId: txId(m.txId, T_IMAGE, `pair_marks[${i}].tx_id`),
      count: safeUint(m.count, T_IMAGE, `pair_marks[${i}].count`),
    })),
  };
}

/** The protobuf implementation of the shard core's ShardCodec port. */
export const shardCodec: ShardCodec = { encodePayload, decodePayload, encodeImage, decodeImage };

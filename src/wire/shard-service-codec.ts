/**
 * The codec of the shard service (proto/shard-service.proto, package canopy.shardservice) to and from
 * the plain types of src/txn/shard-service-types.ts: requests from one member's proxies to a replica
 * on another member, and their answers.
 *
 * Errors travel as their class: `code` picks it, the class's own fields are carried, and the message
 * is restored verbatim, so a remote shard's NotShardLeaderError (with its leader),
 * CommitOutcomeUnknownError, OptimisticLockFailedError (with its path) and the rest arrive as the same
 * class with the same code, fields and message as the local shard would have thrown (ERROR_CLASSES
 * lists them). An error of a class not listed (a bug, a plain Error) arrives as ShardUnavailableError
 * naming the replica, with the original code and message in its reason: the request failed there and
 * nothing of it is known to have happened.
 *
 * Decoding trusts nothing: malformed protobuf, a missing operation or result, an empty replica name or
 * transaction id, an unknown enum value, or a number above 2^53-1 is a WireDecodeError naming the
 * message type and the field. A malformed request whose id could be read is returned with that id,
 * so the server answers it with the error instead of leaving the sender to its timeout.
 */
import {
  CommitOutcomeUnknownError,
  CommitQueueFullError,
  NoShardLeaderError,
  NotShardLeaderError,
  ShardJournalError,
  ShardOperationTimeoutError,
  ShardUnavailableError,
  TransactionIdleTimeoutError,
} from '../shard/errors.js';
import type { PairMarkRecord } from '../shard/pair-marks.js';
import type { CommitMode } from '../shard/shard-core.js';
import { BinaryDecodeError } from '../tree/binary-codec.js';
import {
  DataValidationFailedError,
  InvalidPathError,
  OptimisticLockFailedError,
  TransactionStateError,
} from '../tree/errors.js';
import type { ReadMode } from '../txn/shard-locator.js';
import type {
  ShardServiceAnswer,
  ShardServiceOp,
  ShardServiceRequest,
  ShardServiceResult,
} from '../txn/shard-service-types.js';
import { CanopyError, InvariantViolation } from '../util/errors.js';
import { WireDecodeError } from './errors.js';
import { decodePb, safeUint } from './pb-decode.js';
import type { Int64 } from './raft-proto.js';
import * as generated from './gen/proto.js';

const T_REQUEST = 'canopy.shardservice.ShardRequest';
const T_ANSWER = 'canopy.shardservice.ShardAnswer';
const EMPTY = new Uint8Array(0);

interface PbSubmit {
  txId?: string | undefined;
  modification?: Uint8Array | undefined;
  baseIndex?: Int64 | undefined;
  baseKnown?: boolean | undefined;
  verifications?: string[] | undefined;
  participants?: string[] | undefined;
  chainId?: string | undefined;
  mode?: number | undefined;
}

interface PbTxStep {
  txId?: string | undefined;
}

type PbOpName = 'submit' | 'canCommit' | 'preCommit' | 'commit' | 'abort' | 'closeChain' | 'read';

interface PbRequest {
  requestId?: Int64 | undefined;
  replica?: string | undefined;
  submit?: PbSubmit | null | undefined;
  canCommit?: PbTxStep | null | undefined;
  preCommit?: PbTxStep | null | undefined;
  commit?: PbTxStep | null | undefined;
  abort?: PbTxStep | null | undefined;
  closeChain?: { chainId?: string | undefined } | null | undefined;
  read?: { mode?: number | undefined } | null | undefined;
  readonly op?: PbOpName | undefined;
}

interface PbPairMark {
  shard?: string | undefined;
  txId?: string | undefined;
  count?: Int64 | undefined;
}

interface PbReadResult {
  tree?: Uint8Array | undefined;
  appliedIndex?: Int64 | undefined;
  shard?: string | undefined;
  pairMarks?: PbPairMark[] | undefined;
}

interface PbError {
  code?: string | undefined;
  message?: string | undefined;
  shard?: string | undefined;
  transaction?: string | undefined;
  path?: string | undefined;
  reason?: string | undefined;
  leaderReplica?: string | undefined;
  leaderMember?: string | undefined;
  number?: Int64 | undefined;
  names?: string[] | undefined;
  detail?: string | undefined;
}

interface PbAnswer {
  requestId?: Int64 | undefined;
  ok?: object | null | undefined;
  read?: PbReadResult | null | undefined;
  error?: PbError | null | undefined;
  readonly result?: 'ok' | 'read' | 'error' | undefined;
}

interface PbType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

const pb = (
  generated as unknown as {
    readonly canopy: {
      readonly shardservice: {
        readonly ShardRequest: PbType<PbRequest>;
        readonly ShardAnswer: PbType<PbAnswer>;
      };
    };
  }
).canopy.shardservice;

const COMMIT_MODES: Record<CommitMode, number> = { 'commit-on-ready': 1, 'three-phase': 2 };
const READ_MODES: Record<ReadMode, number> = { linearizable: 1, local: 2 };

function nonEmpty(value: string | undefined, type: string, field: string, what: string): string {
  if (value === undefined || value === '')
    throw new WireDecodeError(type, field, `${what} is missing`);
  return value;
}

function enumKey<K extends string>(
  table: Record<K, number>,
  value: number | undefined,
  type: string,
  field: string,
): K {
  for (const key of Object.keys(table) as K[]) if (table[key] === value) return key;
  throw new WireDecodeError(type, field, `unknown value ${value ?? 0}`);
}

// ---- requests

/** Encodes a request. */
export function encodeShardRequest(request: ShardServiceRequest): Uint8Array {
  const message: PbRequest = { requestId: request.requestId, replica: request.replica };
  const op = request.op;
  switch (op.type) {
    case 'submit':
      message.submit = {
        txId: op.txId,
        modification: op.modification,
        baseIndex: op.baseIndex ?? 0,
        baseKnown: op.baseIndex !== undefined,
        verifications: [...op.verifications],
        participants: op.participants === undefined ? [] : [...op.participants],
        chainId: op.chainId ?? '',
        mode: COMMIT_MODES[op.mode],
      };
      break;
    case 'can-commit':
      message.canCommit = { txId: op.txId };
      break;
    case 'pre-commit':
      message.preCommit = { txId: op.txId };
      break;
    case 'commit':
      message.commit = { txId: op.txId };
      break;
    case 'abort':
      message.abort = { txId: op.txId };
      break;
    case 'close-chain':
      message.closeChain = { chainId: op.chainId };
      break;
    case 'read':
      message.read = { mode: READ_MODES[op.mode] };
      break;
  }
  return pb.ShardRequest.encode(message).finish();
}

/** A decoded request, or why it could not be (with its id when that much was readable). */
export type DecodedShardRequest =
  | { readonly ok: true; readonly request: ShardServiceRequest }
  | { readonly ok: false; readonly requestId: number | undefined; readonly error: WireDecodeError };

/** Decodes a request; never throws (see DecodedShardRequest). */
export function decodeShardRequest(bytes: Uint8Array): DecodedShardRequest {
  let requestId: number | undefined;
  try {
    const m = decodePb(pb.ShardRequest, bytes, T_REQUEST);
    requestId = safeUint(m.requestId, T_REQUEST, 'request_id');
    const replica = nonEmpty(m.replica, T_REQUEST, 'replica', 'the replica');
    return { ok: true, request: { requestId, replica, op: decodeOp(m) } };
  } catch (error) {
    if (error instanceof WireDecodeError) return { ok: false, requestId, error };
    throw error;
  }
}

function txStep(step: PbTxStep, field: string): string {
  return nonEmpty(step.txId, T_REQUEST, `${field}.tx_id`, 'the transaction id');
}

function decodeOp(m: PbRequest): ShardServiceOp {
  switch (m.op) {
    case 'submit': {
      const s = m.submit!;
      const participants = s.participants ?? [];
      if (participants.length === 1 || participants.some((p) => p === '')) {
        throw new WireDecodeError(
          T_REQUEST,
          'submit.participants',
          'a multi-shard transaction needs two or more participant names',
        );
      }
      return {
        type: 'submit',
        txId: nonEmpty(s.txId, T_REQUEST, 'submit.tx_id', 'the transaction id'),
        modification: s.modification ?? EMPTY,
        baseIndex:
          s.baseKnown === true ? safeUint(s.baseIndex, T_REQUEST, 'submit.base_index') : undefined,
        verifications: s.verifications ?? [],
        participants: participants.length === 0 ? undefined : participants,
        chainId: s.chainId === undefined || s.chainId === '' ? undefined : s.chainId,
        mode: enumKey(COMMIT_MODES, s.mode, T_REQUEST, 'submit.mode'),
      };
    }
    case 'canCommit':
      return { type: 'can-commit', txId: txStep(m.canCommit!, 'can_commit') };
    case 'preCommit':
      return { type: 'pre-commit', txId: txStep(m.preCommit!, 'pre_commit') };
    case 'commit':
      return { type: 'commit', txId: txStep(m.commit!, 'commit') };
    case 'abort':
      return { type: 'abort', txId: txStep(m.abort!, 'abort') };
    case 'closeChain':
      return {
        type: 'close-chain',
        chainId: nonEmpty(m.closeChain!.chainId, T_REQUEST, 'close_chain.chain_id', 'the chain id'),
      };
    case 'read':
      return { type: 'read', mode: enumKey(READ_MODES, m.read!.mode, T_REQUEST, 'read.mode') };
    case undefined:
      throw new WireDecodeError(T_REQUEST, 'op', 'no operation is set');
  }
}

// ---- answers

/** Encodes an answer. */
export function encodeShardAnswer(answer: ShardServiceAnswer): Uint8Array {
  const message: PbAnswer = { requestId: answer.requestId };
  const result = answer.result;
  switch (result.type) {
    case 'ok':
      message.ok = {};
      break;
    case 'read':
      message.read = {
        tree: result.read.tree,
        appliedIndex: result.read.appliedIndex,
        shard: result.read.shard,
        pairMarks: result.read.pairMarks.map((p) => ({
          shard: p.shard,
          txId: p.txId,
          count: p.count,
        })),
      };
      break;
    case 'error':
      message.error = encodeError(result.error);
      break;
  }
  return pb.ShardAnswer.encode(message).finish();
}

/** Decodes an answer; throws WireDecodeError. */
export function decodeShardAnswer(bytes: Uint8Array): ShardServiceAnswer {
  const m = decodePb(pb.ShardAnswer, bytes, T_ANSWER);
  const requestId = safeUint(m.requestId, T_ANSWER, 'request_id');
  let result: ShardServiceResult;
  switch (m.result) {
    case 'ok':
      result = { type: 'ok' };
      break;
    case 'read': {
      const r = m.read!;
      result = {
        type: 'read',
        read: {
          tree: r.tree ?? EMPTY,
          appliedIndex: safeUint(r.appliedIndex, T_ANSWER, 'read.applied_index'),
          shard: r.shard ?? '',
          pairMarks: (r.pairMarks ?? []).map((p, i): PairMarkRecord => ({
            shard: nonEmpty(p.shard, T_ANSWER, `read.pair_marks[${i}].shard`, 'the shard name'),
            txId: nonEmpty(p.txId, T_ANSWER, `read.pair_marks[${i}].tx_id`, 'the transaction id'),
            count: safeUint(p.count, T_ANSWER, `read.pair_marks[${i}].count`),
          })),
        },
      };
      break;
    }
    case 'error':
      result = { type: 'error', error: decodeError(m.error!) };
      break;
    case undefined:
      throw new WireDecodeError(T_ANSWER, 'result', 'no result is set');
  }
  return { requestId, result };
}

// ---- errors

/** The error codes that travel as their own class (see the file comment). */
export const ERROR_CLASSES: readonly string[] = [
  'shard-unavailable',
  'commit-outcome-unknown',
  'shard-operation-timeout',
  'transaction-idle-timeout',
  'shard-not-leader',
  'commit-queue-full',
  'shard-journal',
  'no-shard-leader',
  'optimistic-lock-failed',
  'data-validation-failed',
  'invalid-path',
  'transaction-state',
  'binary-decode',
  'wire-decode',
  'invariant-violation',
];

function encodeError(error: Error): PbError {
  const e: PbError = { code: '', message: error.message };
  if (error instanceof ShardUnavailableError) {
    e.shard = error.shard;
  } else if (error instanceof CommitOutcomeUnknownError) {
    e.shard = error.shard;
    e.transaction = error.transaction;
  } else if (error instanceof ShardOperationTimeoutError) {
    e.shard = error.shard;
    e.transaction = error.transaction;
  } else if (error instanceof TransactionIdleTimeoutError) {
    e.transaction = error.transaction;
    e.names = [...error.shards];
  } else if (error instanceof NotShardLeaderError) {
    e.shard = error.shard;
    e.leaderReplica = error.leader?.replica ?? '';
    e.leaderMember = error.leader?.member ?? '';
  } else if (error instanceof CommitQueueFullError) {
    e.shard = error.shard;
    e.transaction = error.transaction;
  } else if (error instanceof ShardJournalError) {
    e.shard = error.shard;
    e.number = error.index;
  } else if (error instanceof NoShardLeaderError) {
    e.shard = error.shard;
    e.transaction = error.transaction;
    e.names = [...error.tried];
  } else if (
    error instanceof OptimisticLockFailedError ||
    error instanceof DataValidationFailedError
  ) {
    e.path = error.path;
    e.reason = error.reason;
  } else if (error instanceof InvalidPathError) {
    e.path = error.path;
  } else if (error instanceof WireDecodeError) {
    e.detail = error.messageType;
    e.path = error.field;
  }
  if (error instanceof CanopyError) e.code = error.code;
  return e;
}

/** `error` with `message` restored verbatim (constructors compose theirs). */
function verbatim<E extends Error>(error: E, message: string): E {
  error.message = message;
  return error;
}

function decodeError(e: PbError): Error {
  const message = e.message ?? '';
  const shard = e.shard ?? '';
  const tx = e.transaction ?? '';
  const made = errorOf(e, shard, tx, message);
  return ERROR_CLASSES.includes(e.code ?? '') ? verbatim(made, message) : made;
}

function errorOf(e: PbError, shard: string, tx: string, message: string): Error {
  switch (e.code) {
    case 'shard-unavailable':
      return new ShardUnavailableError(shard, '');
    case 'commit-outcome-unknown':
      return new CommitOutcomeUnknownError(shard, tx, '');
    case 'shard-operation-timeout':
      return new ShardOperationTimeoutError(shard, tx, '', 0);
    case 'transaction-idle-timeout':
      return new TransactionIdleTimeoutError(tx, e.names ?? [], 0);
    case 'shard-not-leader': {
      const replica = e.leaderReplica ?? '';
      const leader = replica === '' ? undefined : { replica, member: e.leaderMember ?? '' };
      return new NotShardLeaderError(shard, leader, '');
    }
    case 'commit-queue-full':
      return new CommitQueueFullError(shard, tx, 0);
    case 'shard-journal':
      return new ShardJournalError(shard, safeUint(e.number, T_ANSWER, 'error.number'), '');
    case 'no-shard-leader':
      return new NoShardLeaderError(shard, tx, '', 0, e.names ?? []);
    case 'optimistic-lock-failed':
      return new OptimisticLockFailedError(e.path ?? '', e.reason ?? '');
    case 'data-validation-failed':
      return new DataValidationFailedError(e.path ?? '', e.reason ?? '');
    case 'invalid-path':
      return new InvalidPathError(e.path ?? '', '');
    case 'transaction-state':
      return new TransactionStateError('');
    case 'binary-decode':
      return new BinaryDecodeError('');
    case 'wire-decode':
      return new WireDecodeError(e.detail ?? '', e.path ?? '', '');
    case 'invariant-violation':
      return new InvariantViolation('');
    case undefined:
    default:
      // A class this build does not carry: the request failed at the replica, nothing more known.
      return new ShardUnavailableError(
        shard,
        `it failed the request with ${e.code === undefined || e.code === '' ? 'an error' : e.code}: ${message}`,
      );
  }
}

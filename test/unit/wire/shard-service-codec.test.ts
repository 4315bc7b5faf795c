/**
 * Goal: the shard service's requests and answers (proto/shard-service.proto) round-trip exactly; every
 * error a local shard can answer arrives as the same class with the same code, message and fields;
 * an error of another class arrives as ShardUnavailableError naming the replica; bytes that are not a
 * valid message are a WireDecodeError naming the field, and a malformed request whose id was readable
 * keeps it (so the server can answer it). Method: the codec against its own bytes and bytes written by
 * protobufjs's reflection from the .proto text (playing another member).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import {
  CommitOutcomeUnknownError,
  CommitQueueFullError,
  NoShardLeaderError,
  NotShardLeaderError,
  ShardJournalError,
  ShardOperationTimeoutError,
  ShardUnavailableError,
  TransactionIdleTimeoutError,
} from '../../../src/shard/errors.js';
import { BinaryDecodeError } from '../../../src/tree/binary-codec.js';
import {
  DataValidationFailedError,
  InvalidPathError,
  OptimisticLockFailedError,
  TransactionStateError,
} from '../../../src/tree/errors.js';
import type { ShardServiceOp } from '../../../src/txn/shard-service-types.js';
import { CanopyError, InvariantViolation } from '../../../src/util/errors.js';
import { WireDecodeError } from '../../../src/wire/errors.js';
import {
  decodeShardAnswer,
  decodeShardRequest,
  encodeShardAnswer,
  encodeShardRequest,
  ERROR_CLASSES,
} from '../../../src/wire/shard-service-codec.js';

const ROOT = protobuf.parse(readFileSync('proto/shard-service.proto', 'utf8')).root;
const Request = ROOT.lookupType('canopy.shardservice.ShardRequest');
const Answer = ROOT.lookupType('canopy.shardservice.ShardAnswer');

function written(type: protobuf.Type, value: Record<string, unknown>): Uint8Array {
  return type.encode(type.fromObject(value)).finish();
}

const REPLICA = 'member-2-shard-inventory-config';

/** One instance of every class a shard answers with, fields filled. */
const ERRORS: readonly CanopyError[] = [
  new ShardUnavailableError(REPLICA, 'the replica was closed'),
  new CommitOutcomeUnknownError(REPLICA, 'tx-1', 'leadership lost after proposing'),
  new ShardOperationTimeoutError(REPLICA, 'tx-1', 'commit', 5000),
  new TransactionIdleTimeoutError('tx-1', ['inventory', 'toaster'], 600_000),
  new NotShardLeaderError(
    REPLICA,
    { replica: 'member-3-shard-inventory-config', member: 'member-3' },
    'a follower',
  ),
  new NotShardLeaderError(REPLICA, undefined, 'a candidate'),
  new CommitQueueFullError(REPLICA, 'tx-1', 20000),
  new ShardJournalError(REPLICA, 42, 'it does not decode'),
  new NoShardLeaderError('inventory', 'tx-1', 'read', 5000, [
    REPLICA,
    'member-1-shard-inventory-config',
  ]),
  new OptimisticLockFailedError('/opendaylight-inventory:nodes/node=n1', 'the node was changed'),
  new DataValidationFailedError('/toaster:toaster/darknessFactor', 'must be in 1..10'),
  new InvalidPathError('/nope:nope', 'no module nope'),
  new TransactionStateError('transaction tx-1 is already ready'),
  new BinaryDecodeError('trailing bytes after the last operation'),
  new WireDecodeError(
    'canopy.shardservice.ShardRequest',
    'submit.tx_id',
    'the transaction id is missing',
  ),
  new InvariantViolation('a broken invariant'),
];

function roundTrip(error: Error): Error {
  const bytes = encodeShardAnswer({ requestId: 7, result: { type: 'error', error } });
  const answer = decodeShardAnswer(bytes);
  assert.equal(answer.requestId, 7);
  assert.equal(answer.result.type, 'error');
  return (answer.result as { error: Error }).error;
}

describe('wire: shard service codec', () => {
  it('every op of a request round-trips', () => {
    const ops: ShardServiceOp[] = [
      {
        type: 'submit',
        txId: 'tx-1',
        modification: new Uint8Array([1, 2, 3]),
        baseIndex: 0,
        verifications: ['/toaster:toaster'],
        participants: ['inventory', 'toaster'],
        chainId: 'chain-1',
        mode: 'three-phase',
      },
      {
        type: 'submit',
        txId: 'tx-2',
        modification: new Uint8Array([4]),
        baseIndex: undefined,
        verifications: [],
        participants: undefined,
        chainId: undefined,
        mode: 'commit-on-ready',
      },
      { type: 'can-commit', txId: 'tx-1' },
      { type: 'pre-commit', txId: 'tx-1' },
      { type: 'commit', txId: 'tx-1' },
      { type: 'abort', txId: 'tx-1' },
      { type: 'close-chain', chainId: 'chain-1' },
      { type: 'read', mode: 'linearizable' },
      { type: 'read', mode: 'local' },
    ];
    for (const [i, op] of ops.entries()) {
      const request = { requestId: 2 ** 53 - 1 - i, replica: REPLICA, op };
      const decoded = decodeShardRequest(encodeShardRequest(request));
      assert.ok(decoded.ok);
      assert.deepEqual(
        { ...decoded.request, op: normalised(decoded.request.op) },
        { ...request, op: normalised(op) },
      );
    }
  });

  it('ok and read answers round-trip, pair marks included', () => {
    assert.deepEqual(
      decodeShardAnswer(encodeShardAnswer({ requestId: 1, result: { type: 'ok' } })),
      {
        requestId: 1,
        result: { type: 'ok' },
      },
    );
    const read = {
      tree: new Uint8Array([9, 8, 7]),
      appliedIndex: 12,
      shard: 'inventory',
      pairMarks: [{ shard: 'toaster', txId: 'tx-9', count: 3 }],
    };
    const answer = decodeShardAnswer(
      encodeShardAnswer({ requestId: 2, result: { type: 'read', read } }),
    );
    assert.equal(answer.result.type, 'read');
    const got = (answer.result as unknown as { read: typeof read }).read;
    assert.deepEqual({ ...got, tree: [...got.tree] }, { ...read, tree: [9, 8, 7] });
  });

  it('every error class a shard answers with arrives as the same class, code, message and fields', () => {
    assert.equal(new Set(ERRORS.map((e) => e.code)).size, ERROR_CLASSES.length);
    for (const error of ERRORS) {
      const got = roundTrip(error);
      assert.equal(got.constructor, error.constructor, error.code);
      assert.ok(got instanceof CanopyError);
      assert.equal(got.code, error.code);
      assert.equal(got.message, error.message);
      assert.equal(got.name, error.name);
      for (const key of [
        'shard',
        'transaction',
        'path',
        'reason',
        'leader',
        'index',
        'tried',
        'shards',
        'messageType',
        'field',
      ]) {
        assert.deepEqual(
          (got as unknown as Record<string, unknown>)[key],
          (error as unknown as Record<string, unknown>)[key],
          `${error.code}.${key}`,
        );
      }
    }
  });

  it('an error of another class arrives as ShardUnavailableError with its code and message in the reason', () => {
    const got = roundTrip(new RangeError('no member member-9'));
    assert.ok(got instanceof ShardUnavailableError);
    assert.match(got.message, /no member member-9/);
  });

  it('malformed bytes, a missing op or result, an empty replica or unknown enum are WireDecodeErrors naming the field', () => {
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]);
    const bad = decodeShardRequest(garbage);
    assert.ok(!bad.ok && bad.error instanceof WireDecodeError);
    assert.throws(() => decodeShardAnswer(garbage), WireDecodeError);
    const cases: [Record<string, unknown>, string][] = [
      [{ requestId: 3, replica: REPLICA }, 'op'],
      [{ requestId: 3, canCommit: { txId: 'tx' } }, 'replica'],
      [{ requestId: 3, replica: REPLICA, commit: {} }, 'commit.tx_id'],
      [{ requestId: 3, replica: REPLICA, read: { mode: 7 } }, 'read.mode'],
      [
        { requestId: 3, replica: REPLICA, submit: { txId: 't', mode: 1, participants: ['a'] } },
        'submit.participants',
      ],
    ];
    for (const [value, field] of cases) {
      const decoded = decodeShardRequest(written(Request, value));
      assert.ok(!decoded.ok, field);
      assert.equal(decoded.requestId, 3, `the request id survives (${field})`);
      assert.equal(decoded.error.field, field);
    }
    assert.throws(
      () => decodeShardAnswer(written(Answer, { requestId: 1 })),
      (e: unknown) => e instanceof WireDecodeError && e.field === 'result',
    );
    assert.throws(
      () => decodeShardAnswer(written(Answer, { requestId: '9007199254740993', ok: {} })),
      (e: unknown) => e instanceof WireDecodeError && e.field === 'request_id',
    );
  });
});

/** `op` with its bytes as a plain array (protobufjs decodes bytes as a Buffer). */
function normalised(op: ShardServiceOp): unknown {
  return op.type === 'submit' ? { ...op, modification: [...op.modification] } : op;
}

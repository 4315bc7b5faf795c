/**
 * Goal: the snapshot policy (src/shard/snapshot-policy.ts) asks for a snapshot exactly when one of
 * its three triggers is reached (entries applied, journal bytes, the replay bound of about one
 * snapshot's worth), never twice at once, and again after a failed save. Method: feed it applied
 * entries and read its decisions.
 */
import { strict as assert } from 'node:assert';
import { SnapshotPolicy, type SnapshotPolicyConfig } from '../../../src/shard/snapshot-policy.js';

const NEVER: SnapshotPolicyConfig = {
  snapshotBatchCount: Number.MAX_SAFE_INTEGER,
  snapshotThresholdBytes: Number.MAX_SAFE_INTEGER,
  snapshotReplayBytesMin: 0,
};

function apply(policy: SnapshotPolicy, from: number, count: number, bytes: number): number {
  for (let i = 0; i < count; i++) policy.applied(bytes);
  return from + count;
}

describe('shard snapshot policy', () => {
  it('is due after snapshotBatchCount entries since the last snapshot, not before', () => {
    const policy = new SnapshotPolicy(
      { ...NEVER, snapshotBatchCount: 10 },
      { index: 100, bytes: 0 },
    );
    let index = apply(policy, 100, 9, 1);
    assert.equal(policy.due(index), false);
    index = apply(policy, index, 1, 1);
    assert.equal(policy.due(index), true);
  });

  it('is due once the journal bytes since the last snapshot reach the threshold', () => {
    const policy = new SnapshotPolicy(
      { ...NEVER, snapshotThresholdBytes: 1000 },
      { index: 0, bytes: 0 },
    );
    assert.equal(policy.due(apply(policy, 0, 1, 999)), false);
    assert.equal(policy.due(apply(policy, 1, 1, 1)), true);
  });

  it('bounds replay by the last snapshot size, with a floor', () => {
    const policy = new SnapshotPolicy(
      { ...NEVER, snapshotReplayBytesMin: 100 },
      { index: 5, bytes: 500 },
    );
    assert.equal(policy.replayBoundBytes(), 500, 'the larger of the floor and the last snapshot');
    assert.equal(policy.due(apply(policy, 5, 4, 100)), false);
    assert.equal(policy.due(apply(policy, 9, 1, 100)), true);
    policy.taken();
    policy.saved(10, 50);
    assert.equal(policy.replayBoundBytes(), 100, 'the floor when the snapshot is smaller');
    const off = new SnapshotPolicy(NEVER, { index: 0, bytes: 0 });
    assert.equal(off.replayBoundBytes(), Number.POSITIVE_INFINITY, 'a floor of 0 turns it off');
  });

  it('never asks for a second snapshot while one is being saved, and asks again after a failure', () => {
    const policy = new SnapshotPolicy({ ...NEVER, snapshotBatchCount: 1 }, { index: 0, bytes: 0 });
    const index = apply(policy, 0, 3, 10);
    assert.equal(policy.due(index), true);
    policy.taken();
    assert.equal(policy.bytesSinceSnapshot, 0, 'the count restarts when a snapshot is taken');
    assert.equal(policy.due(apply(policy, index, 2, 10)), false, 'one is being saved');
    policy.failed();
    assert.equal(policy.due(index + 2), true);
  });

  it('is never due at or below the last snapshot index', () => {
    const policy = new SnapshotPolicy(
      { ...NEVER, snapshotThresholdBytes: 0 },
      { index: 7, bytes: 0 },
    );
    assert.equal(policy.due(7), false);
    policy.taken();
    policy.saved(9, 10);
    assert.equal(policy.snapshotIndex, 9);
    assert.equal(policy.snapshotBytes, 10);
    assert.equal(policy.due(9), false);
    assert.equal(policy.due(10), true);
  });
});

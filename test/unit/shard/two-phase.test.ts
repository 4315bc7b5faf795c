/**
 * Goal: the two-phase commit state (src/shard/two-phase.ts): prepared transactions become in doubt
 * only when recovered without a live owner or an outcome on its way; coordinators are asked again
 * only after the retry interval; a stopped coordinator blocks readers once per transaction; a
 * decision answers the participants that asked while it was being journaled, and is forgettable once
 * every other participant recorded it; a snapshot image restores the same state. Method: drive the
 * state directly, as the shard core does.
 */
import { strict as assert } from 'node:assert';
import type { PreparedRecord } from '../../../src/shard/payload.js';
import { TwoPhaseState } from '../../../src/shard/two-phase.js';

function record(txId: string, participants = ['a', 'b', 'c']): PreparedRecord {
  return { txId, ops: new Uint8Array([1]), participants, coordinator: participants[0]! };
}

describe('shard two-phase commit state', () => {
  it('puts prepared transactions in doubt when caught up, except live or settling ones', () => {
    const state = new TwoPhaseState('b');
    state.prepare(record('t1'), 5, undefined, false, 0);
    state.prepare(record('t2'), 6, undefined, true, 0);
    assert.equal(state.inDoubtCount, 0, 'nothing is in doubt before the replica caught up');
    const asked = state.markInDoubt().map((p) => p.record.txId);
    assert.deepEqual(asked, ['t1'], 'an outcome already proposed is not in doubt');
    assert.equal(state.inDoubtCount, 1);
    state.settle('t1');
    assert.equal(state.inDoubtCount, 0);
    assert.equal(state.isPrepared('t1'), false);
  });

  it('reports the lowest log index of a prepare not yet settled, for readers to wait on', () => {
    const state = new TwoPhaseState('b');
    assert.equal(state.lowestUnsettledIndex(), undefined);
    state.prepare(record('t1'), 7, undefined, false, 0);
    state.prepare(record('t2'), 4, undefined, true, 0);
    assert.equal(
      state.lowestUnsettledIndex(),
      4,
      'an outcome proposed but not applied still counts',
    );
    assert.deepEqual(state.preparedIds(), ['t2', 't1'], 'unsettled prepares, oldest first');
    state.settle('t2');
    assert.equal(state.lowestUnsettledIndex(), 7);
    state.settle('t1');
    assert.equal(state.lowestUnsettledIndex(), undefined);
    assert.deepEqual(state.preparedIds(), []);
  });

  it('asks a coordinator again only after the retry interval', () => {
    const state = new TwoPhaseState('b');
    state.prepare(record('t1'), 5, undefined, false, 10);
    state.markInDoubt();
    assert.deepEqual(state.dueToAsk(12, 3), []);
    const due = state.dueToAsk(13, 3);
    assert.deepEqual(
      due.map((p) => p.record.txId),
      ['t1'],
    );
    due[0]!.lastAskedTick = 13;
    assert.deepEqual(state.dueToAsk(14, 3), []);
  });

  it('blocks readers once when the coordinator of a transaction in doubt stopped', () => {
    const state = new TwoPhaseState('b');
    state.prepare(record('t1'), 5, undefined, false, 0);
    assert.equal(
      state.coordinatorUnavailable('t1', 'down'),
      undefined,
      'not in doubt yet: remembered, readers not refused',
    );
    assert.equal(state.blockedReason(), 'down', 'status tells it');
    state.markInDoubt();
    assert.equal(state.readBlock(), 'down');
    assert.equal(state.coordinatorUnavailable('t1', 'down'), undefined, 'told once');
    assert.equal(state.coordinatorUnavailable('t9', 'down'), undefined, 'not prepared here');
    state.settle('t1');
    assert.equal(state.readBlock(), undefined, 'resolved: readers go on');
    assert.equal(state.blockedReason(), undefined);
  });

  it('answers the participants that asked while the decision was journaled', () => {
    const state = new TwoPhaseState('a');
    state.awaitDecision('t1', 'b');
    state.awaitDecision('t1', 'c');
    assert.equal(state.hasDecision('t1'), false);
    assert.deepEqual(state.recordDecision('t1', ['a', 'b', 'c']), ['b', 'c']);
    assert.equal(state.hasDecision('t1'), true);
    assert.deepEqual(state.recordDecision('t2', ['a', 'b']), [], 'nobody asked');
  });

  it('forgets a decision only after every other participant recorded it', () => {
    const state = new TwoPhaseState('a');
    state.recordDecision('t1', ['a', 'b', 'c']);
    state.outcomeRecorded('t1', 'b');
    assert.deepEqual(state.takeForgettable(), []);
    state.outcomeRecorded('t1', 'c');
    assert.deepEqual(state.takeForgettable(), ['t1']);
    assert.deepEqual(state.takeForgettable(), [], 'taken once');
    assert.equal(state.decisionCount, 1, 'kept until the forget record is applied');
    state.forget(['t1']);
    assert.equal(state.decisionCount, 0);
    state.outcomeRecorded('t1', 'b');
    assert.deepEqual(state.takeForgettable(), [], 'a late acknowledgement of a forgotten decision');
  });

  it('confirms decisions with the other participants after a restart', () => {
    const state = new TwoPhaseState('a');
    state.recordDecision('t1', ['a', 'b', 'c']);
    assert.deepEqual(state.decisionsToConfirm(), [{ txId: 't1', participants: ['b', 'c'] }]);
  });

  it('tells the participants waiting on a decision when the replica stops', () => {
    const state = new TwoPhaseState('a');
    state.awaitDecision('t1', 'b');
    assert.deepEqual(state.takeDecisionWaiters(), [['t1', ['b']]]);
    assert.deepEqual(state.takeDecisionWaiters(), []);
  });

  it('restores prepared transactions and decisions from a snapshot image', () => {
    const state = new TwoPhaseState('a');
    state.prepare(record('t1', ['x', 'a']), 5, undefined, false, 0);
    state.recordDecision('t2', ['a', 'b']);
    const restored = new TwoPhaseState('a');
    restored.restore(state.image(), 9);
    assert.equal(restored.lowestUnsettledIndex(), 9, 'a restored prepare counts from the snapshot');
    assert.deepEqual(restored.image(), state.image());
    assert.deepEqual(
      restored.markInDoubt().map((p) => p.record.txId),
      ['t1'],
    );
  });
});

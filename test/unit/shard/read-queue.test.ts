/**
 * Goal: the read queue (src/shard/read-queue.ts) batches every linearizable read waiting when a round
 * starts into that round and none arriving later; serves a round's reads only once its read point is
 * applied, in read-point order; hands a failed round's reads back; and gives every unanswered read
 * back when the replica stops. Method: drive the queue directly.
 */
import { strict as assert } from 'node:assert';
import { ReadQueue } from '../../../src/shard/read-queue.js';

describe('shard read queue', () => {
  it('puts every read waiting when a round starts into it, and later ones into the next', () => {
    const q = new ReadQueue();
    assert.equal(q.startRound(), undefined, 'no read, no round');
    q.addLinearizable(1);
    q.addLinearizable(2);
    const first = q.startRound()!;
    q.addLinearizable(3);
    const second = q.startRound()!;
    assert.notEqual(first, second);
    q.confirmed(first, 10);
    q.confirmed(second, 12);
    assert.deepEqual(q.takeServable(9), [], 'the read point is not applied yet');
    assert.deepEqual(q.takeServable(11), [1, 2]);
    assert.deepEqual(q.takeServable(12), [3]);
    assert.equal(q.size, 0);
  });

  it('keeps confirmed rounds in read-point order', () => {
    const q = new ReadQueue();
    q.addLinearizable(1);
    const a = q.startRound()!;
    q.addLinearizable(2);
    const b = q.startRound()!;
    q.confirmed(b, 8);
    q.confirmed(a, 5);
    assert.deepEqual(q.takeServable(5), [1]);
    assert.deepEqual(q.takeServable(8), [2]);
  });

  it('hands back the reads of a failed round, and ignores unknown rounds', () => {
    const q = new ReadQueue();
    q.addLinearizable(1);
    const round = q.startRound()!;
    assert.deepEqual(q.failed(round), [1]);
    assert.deepEqual(q.failed(round), []);
    q.confirmed('r99', 3);
    assert.equal(q.size, 0);
  });

  it('gives every unanswered read back when the replica stops', () => {
    const q = new ReadQueue();
    q.addLinearizable(1);
    const round = q.startRound()!;
    q.addLinearizable(2);
    const other = q.startRound()!;
    q.confirmed(other, 4);
    q.addLinearizable(3);
    q.addLocal(4);
    assert.equal(q.size, 4);
    assert.deepEqual(q.takeAll().sort(), [1, 2, 3, 4]);
    assert.equal(q.size, 0);
    assert.deepEqual(q.failed(round), [], 'taken');
  });

  it('keeps local reads apart until taken', () => {
    const q = new ReadQueue();
    q.addLocal(7);
    assert.deepEqual(q.takeServable(100), []);
    assert.deepEqual(q.takeLocal(), [7]);
    assert.deepEqual(q.takeLocal(), []);
  });
});

/**
 * Goal: the commit queue's bookkeeping (src/shard/commit-queue.ts): FIFO order and capacity, the
 * three-phase transactions kept apart from the queue, the memory of outcomes and of a chain's first
 * failure and its expiry, and the FIFO's compaction keeping order over many items. Method: plain
 * entries, no tree (the queue never looks at the modification).
 */
import { strict as assert } from 'node:assert';
import { CommitQueue, Fifo, roleOf, type TxEntry } from '../../../src/shard/commit-queue.js';
import type { DataTreeModification } from '../../../src/tree/modification.js';

function entry(txId: string, chainId?: string): TxEntry {
  return {
    txId,
    mod: undefined as unknown as DataTreeModification,
    participants: undefined,
    chainId,
    mode: 'commit-on-ready',
    role: 'single',
    state: 'stored',
    commitAtHead: true,
    candidate: undefined,
    lastActiveTick: 0,
    waiters: [],
  };
}

describe('shard commit queue', () => {
  it('serves transactions in arrival order and refuses one past its capacity', () => {
    const queue = new CommitQueue(2);
    const [a, b, c] = [entry('a'), entry('b'), entry('c')];
    assert.equal(queue.enqueue(a, 1, 5), true);
    assert.equal(queue.enqueue(b, 2, 5), true);
    assert.equal(queue.enqueue(c, 3, 5), false, 'full');
    assert.equal(c.state, 'stored', 'a refused transaction is left as it was');
    assert.deepEqual(c.waiters, []);
    assert.equal(a.state, 'queued');
    assert.deepEqual(a.waiters, [1]);
    assert.equal(a.lastActiveTick, 5);
    assert.equal(queue.head(), a);
    queue.shiftHead();
    assert.equal(queue.head(), b);
    assert.equal(queue.enqueue(c, 3, 6), true, 'room again');
    assert.equal(queue.length, 2);
  });

  it('keeps three-phase transactions apart from the queue until they move on', () => {
    const queue = new CommitQueue(10);
    const a = entry('a');
    queue.keep(a);
    assert.equal(queue.has('a'), true);
    assert.equal(queue.keptCount, 1);
    assert.equal(queue.length, 0, 'not queued');
    queue.release('a');
    assert.equal(queue.keptCount, 0);
    assert.equal(queue.get('a'), a, 'still known');
    queue.remove(a, undefined, 1);
    assert.equal(queue.has('a'), false);
    assert.equal(a.state, 'removed');
  });

  it('detaches a transaction from the head and from the kept ones', () => {
    const queue = new CommitQueue(10);
    const [a, b] = [entry('a'), entry('b')];
    queue.track(a);
    queue.enqueue(a, 1, 0);
    queue.keep(b);
    queue.detach(b);
    assert.equal(queue.keptCount, 0);
    assert.equal(queue.head(), a, 'detaching another leaves the head');
    queue.detach(a);
    assert.equal(queue.head(), undefined);
  });

  it("remembers outcomes, and a chain's first failure only, until they expire", () => {
    const queue = new CommitQueue(10);
    const [a, b] = [entry('a', 'chain'), entry('b', 'chain')];
    queue.track(a);
    queue.track(b);
    const first = new Error('first');
    queue.remove(a, first, 10);
    queue.remove(b, new Error('second'), 12);
    assert.deepEqual(queue.outcomeOf('a'), { ok: false, error: first });
    assert.equal(queue.chainFailure('chain'), first, 'the first failure of the chain');
    assert.equal(queue.chainFailure(undefined), undefined);
    queue.rememberOutcome('c', { ok: true }, 20);
    queue.expireMemos(11);
    assert.equal(queue.outcomeOf('a'), undefined, 'expired');
    assert.ok(queue.outcomeOf('b') !== undefined, 'not yet');
    assert.equal(queue.chainFailure('chain'), undefined, 'remembered at tick 10: expired');
    queue.rememberFailure(b, first, 30);
    queue.closeChain('chain');
    assert.equal(queue.chainFailure('chain'), undefined, 'a closed chain is forgotten');
    assert.deepEqual(queue.outcomeOf('c'), { ok: true });
  });

  it('a FIFO keeps its order across compactions', () => {
    const fifo = new Fifo<number>();
    const out: number[] = [];
    for (let i = 0; i < 5000; i++) {
      fifo.push(i);
      if (i % 3 === 0) out.push(fifo.shift()!);
    }
    while (fifo.length > 0) out.push(fifo.shift()!);
    assert.deepEqual(
      out,
      Array.from({ length: 5000 }, (_, i) => i),
    );
    assert.equal(fifo.shift(), undefined);
  });

  it('names the role of a shard in a transaction: alone, coordinator (first) or participant', () => {
    assert.equal(roleOf(undefined, 'a'), 'single');
    assert.equal(roleOf(['a'], 'a'), 'single');
    assert.equal(roleOf(['a', 'b'], 'a'), 'coordinator');
    assert.equal(roleOf(['a', 'b'], 'b'), 'participant');
  });
});

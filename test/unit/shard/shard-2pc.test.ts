/**
 * Goal: a transaction spanning shards is all or nothing across crashes at any point of the two-phase
 * commit, in-doubt participants hold their queue and their readers until the coordinator answers,
 * the coordinator presumes abort when it holds no decision (killing the live transaction if it still
 * holds it), and decisions are forgotten once every participant recorded the commit. Method: three
 * real shard cores (a, b, c; `a` coordinates, being first by name) driven step by step through
 * core-driver.ts as the ThreePhaseCommitCohortProxy would (canCommit on all, preCommit in name order,
 * the decision on a, then the others); after each step every disk is crashed
 * (unsynced writes lost), the cores restart from what survived, their messages are routed until they
 * settle, and the data is checked on every shard.
 */
import { strict as assert } from 'node:assert';
import { TransactionStateError } from '../../../src/tree/errors.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';
import type { ShardPeerMessage } from '../../../src/shard/shard-types.js';
import { ShardCluster } from './core-driver.js';

const NAMES = ['a', 'b', 'c'] as const;
const PARTICIPANTS = ['a', 'b', 'c'];
const PATHS: Record<string, string> = {
  a: '/conformance:types/i32',
  b: '/conformance:types/u8',
  c: '/conformance:types/text',
};
const VALUES: Record<string, unknown> = { a: 7, b: 8, c: 'nine' };

/** The proxy's steps for one transaction writing PATHS on a, b and c. */
const STEPS = [
  'ready',
  'canCommit all',
  'preCommit a',
  'preCommit b',
  'preCommit c',
  'commit a (decision)',
  'commit b',
  'commit c',
] as const;

function expectOk(cluster: ShardCluster, shard: string, id: number): void {
  assert.deepEqual(cluster.get(shard).outcome(id), { ok: true }, `${shard} answered ${id}`);
}

/** The coordinator's pushed decision (a `commit` answer nobody asked for). */
function pushed(_to: string, message: ShardPeerMessage): boolean {
  return message.type === 'resolve-answer';
}

/** Runs the proxy's steps up to and including `last`. */
function runSteps(cluster: ShardCluster, txId: string, last: number, push = false): void {
  for (let step = 0; step <= last; step++) {
    const name = STEPS[step]!;
    if (name === 'ready') {
      for (const s of NAMES) {
        const shard = cluster.get(s);
        const mod = shard.newModification();
        mod.write(PATHS[s]!, VALUES[s]);
        expectOk(cluster, s, shard.submit(txId, mod, 'three-phase', PARTICIPANTS));
      }
    } else if (name === 'canCommit all') {
      const ids = NAMES.map((s) => [s, cluster.get(s).request('canCommit', txId)] as const);
      cluster.settle();
      for (const [s, id] of ids) expectOk(cluster, s, id);
    } else {
      const [phase, s] = name.split(' ') as ['preCommit' | 'commit', string];
      const id = cluster.get(s).request(phase, txId);
      // The coordinator's pushed decision is lost unless `push`: the participants then learn the
      // outcome from the proxy's steps, a restart's question or their own.
      const lose = cluster.lose;
      if (name === 'commit a (decision)' && !push) cluster.lose = pushed;
      cluster.settle();
      cluster.lose = lose;
      expectOk(cluster, s, id);
    }
  }
}

function committedOn(cluster: ShardCluster): boolean[] {
  return NAMES.map((s) => cluster.get(s).read(PATHS[s]!) !== undefined);
}

describe('shard core: multi-shard two-phase commit', () => {
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  function cluster(): ShardCluster {
    const c = new ShardCluster(schema, NAMES);
    c.settle();
    return c;
  }

  it('commits on every participant and the coordinator then forgets its decision', () => {
    const c = cluster();
    runSteps(c, 'tx', STEPS.length - 1);
    c.settle();
    assert.deepEqual(committedOn(c), [true, true, true]);
    assert.equal(c.get('a').core.status().decisions, 0, 'every participant acknowledged');
  });

  for (let last = 0; last < STEPS.length; last++) {
    const decided = last >= STEPS.indexOf('commit a (decision)');
    it(`a crash of every shard after "${STEPS[last]}" leaves the transaction ${decided ? 'committed' : 'absent'} on all shards`, () => {
      const c = cluster();
      runSteps(c, 'tx', last);
      for (const s of NAMES) c.get(s).crashAndRestart();
      c.settle();
      const expected = NAMES.map(() => decided);
      assert.deepEqual(committedOn(c), expected);
      for (const s of NAMES) {
        const status = c.get(s).core.status();
        assert.equal(status.inDoubt, 0, `${s} resolved everything`);
        assert.equal(status.state, 'running');
      }
      // The shards still commit afterwards.
      const b = c.get('b');
      const mod = b.newModification();
      mod.write('/conformance:types/u16', 1);
      const id = b.submit('after', mod, 'commit-on-ready');
      c.settle();
      expectOk(c, 'b', id);
    });
  }

  it('a crash after the decision is synced but before it is applied still commits everywhere', () => {
    const c = cluster();
    runSteps(c, 'tx', STEPS.indexOf('preCommit c'));
    c.get('a').request('commit', 'tx');
    assert.ok(c.get('a').saveOnly(), 'the decision reaches the disk');
    for (const s of NAMES) c.get(s).crashAndRestart();
    c.settle();
    assert.deepEqual(committedOn(c), [true, true, true]);
  });

  it('an in-doubt participant refuses readers and holds its queue until the coordinator answers', () => {
    const c = cluster();
    runSteps(c, 'tx', STEPS.indexOf('commit a (decision)'));
    const b = c.get('b');
    b.crashAndRestart();
    c.unreachable.add('a');
    c.settle();
    assert.equal(b.core.status().inDoubt, 1);
    assert.equal(b.core.readSnapshot(), undefined, 'no reader may see b without the outcome');
    c.unreachable.clear();
    c.settle();
    assert.equal(b.core.status().inDoubt, 0);
    assert.equal(b.read(PATHS['b']!), VALUES['b']);
  });

  it('a coordinator asked about a transaction it has not decided presumes abort and kills it', () => {
    const c = cluster();
    runSteps(c, 'tx', STEPS.indexOf('preCommit c'));
    // b restarts with its prepare durable: in doubt, it asks a, which still holds tx live.
    c.get('b').crashAndRestart();
    c.settle();
    assert.equal(c.get('b').core.status().inDoubt, 0, 'b learned the outcome');
    const late = c.get('a').request('commit', 'tx');
    c.settle();
    const outcome = c.get('a').outcome(late);
    assert.ok(
      outcome !== undefined && !outcome.ok && outcome.error instanceof TransactionStateError,
    );
    assert.match(outcome.error.message, /asked for the outcome/);
    // The proxy then aborts the others; nothing of tx is anywhere.
    for (const s of ['b', 'c']) c.get(s).request('abort', 'tx');
    c.settle();
    assert.deepEqual(committedOn(c), [false, false, false]);
  });

  it('a prepared participant whose commit and pushed decision were lost asks the coordinator after the resolve interval, well before the commit timeout', () => {
    // core-driver.ts: resolve interval 3 ticks, commit timeout 10.
    const c = cluster();
    runSteps(c, 'tx', STEPS.indexOf('commit a (decision)'));
    // The proxy never sends commit to b and c and a's push is lost: they hold the prepare (what
    // the shard simulator waits on before checking all or nothing, finding F2).
    assert.deepEqual(c.get('b').core.unsettledPrepares(), ['tx']);
    assert.deepEqual(c.get('c').core.unsettledPrepares(), ['tx']);
    const tickAll = (): void => {
      for (const s of NAMES) c.get(s).tick();
      c.settle();
    };
    tickAll();
    tickAll();
    assert.deepEqual(c.get('b').core.unsettledPrepares(), ['tx'], 'not asked yet');
    tickAll();
    assert.deepEqual(committedOn(c), [true, true, true]);
    assert.equal(c.get('a').core.status().decisions, 0);
    for (const s of NAMES) assert.deepEqual(c.get(s).core.unsettledPrepares(), [], s);
  });

  it("the coordinator's leader pushes its applied decision: the participants commit without the proxy's commit or a tick", () => {
    const c = cluster();
    runSteps(c, 'tx', STEPS.indexOf('commit a (decision)'), true);
    assert.deepEqual(committedOn(c), [true, true, true]);
    for (const s of NAMES) assert.deepEqual(c.get(s).core.unsettledPrepares(), [], s);
    assert.equal(c.get('a').core.status().decisions, 0, 'both recorded it: forgotten');
    // The proxy's commit, arriving late, learns the outcome.
    for (const s of ['b', 'c']) {
      const id = c.get(s).request('commit', 'tx');
      c.settle();
      expectOk(c, s, id);
    }
  });

  it("a participant's question does not abort a transaction its coordinator still holds undecided", () => {
    const c = cluster();
    runSteps(c, 'tx', STEPS.indexOf('preCommit c'));
    const asked: string[] = [];
    c.lose = (to, message) => {
      if (message.type === 'outcome-query') asked.push(`${message.from}->${to}`);
      return false;
    };
    // Past the resolve interval, short of the commit timeout: b and c ask, a does not answer.
    for (let i = 0; i < 7; i++) {
      for (const s of NAMES) c.get(s).tick();
      c.settle();
    }
    assert.ok(asked.includes('b->a') && asked.includes('c->a'), asked.join(', '));
    assert.deepEqual(c.get('b').core.unsettledPrepares(), ['tx'], 'b still waits');
    const id = c.get('a').request('commit', 'tx');
    c.settle();
    expectOk(c, 'a', id);
    assert.deepEqual(committedOn(c), [true, true, true]);
  });

  it('a participant whose abort was lost learns presumed abort from the coordinator that dropped the transaction', () => {
    const c = cluster();
    runSteps(c, 'tx', STEPS.indexOf('preCommit c'));
    const id = c.get('a').request('abort', 'tx');
    c.settle();
    expectOk(c, 'a', id);
    // The proxy's aborts to b and c are lost: they ask after the resolve interval.
    for (let i = 0; i < 3; i++) {
      for (const s of NAMES) c.get(s).tick();
      c.settle();
    }
    for (const s of NAMES) assert.deepEqual(c.get(s).core.unsettledPrepares(), [], s);
    assert.deepEqual(committedOn(c), [false, false, false]);
    const late = c.get('a').request('commit', 'tx');
    c.settle();
    assert.equal(c.get('a').outcome(late)?.ok, false, 'no decision can follow the abort');
  });

  it("a restarted coordinator's confirm-request commits a participant still holding the prepare", () => {
    const c = cluster();
    runSteps(c, 'tx', STEPS.indexOf('commit a (decision)'));
    assert.deepEqual(c.get('b').core.unsettledPrepares(), ['tx']);
    c.get('a').crashAndRestart();
    c.settle(); // no tick: only the restarted coordinator's question reaches b and c
    assert.deepEqual(committedOn(c), [true, true, true]);
    for (const s of NAMES) assert.deepEqual(c.get(s).core.unsettledPrepares(), [], s);
    assert.equal(c.get('a').core.status().decisions, 0, 'confirmed and forgotten');
  });

  it('a proxy commit that arrives after the participant resolved itself still succeeds', () => {
    const c = cluster();
    runSteps(c, 'tx', STEPS.indexOf('commit a (decision)'));
    for (let i = 0; i < 15; i++) {
      for (const s of NAMES) c.get(s).tick();
      c.settle();
    }
    const id = c.get('b').request('commit', 'tx');
    c.settle();
    expectOk(c, 'b', id);
  });

  it('a restarted coordinator confirms its remaining decisions and forgets them', () => {
    const c = cluster();
    runSteps(c, 'tx', STEPS.indexOf('commit a (decision)'));
    c.unreachable.add('a');
    for (const s of ['b', 'c']) {
      const id = c.get(s).request('commit', 'tx');
      c.settle();
      expectOk(c, s, id);
      c.get(s).outbox.length = 0; // their acknowledgements are lost
    }
    const a = c.get('a');
    assert.equal(a.core.status().decisions, 1, 'a still keeps the decision');
    a.crashAndRestart();
    c.unreachable.clear();
    c.settle();
    assert.equal(a.core.status().decisions, 0, 'confirmed and forgotten after the restart');
    assert.deepEqual(committedOn(c), [true, true, true]);
  });

  it('an abort after prepare journals the abort and lets the queue move on', () => {
    const c = cluster();
    runSteps(c, 'tx', STEPS.indexOf('preCommit c'));
    const ids = NAMES.map((s) => [s, c.get(s).request('abort', 'tx')] as const);
    c.settle();
    for (const [s, id] of ids) expectOk(c, s, id);
    for (const s of NAMES) c.get(s).crashAndRestart();
    c.settle();
    assert.deepEqual(committedOn(c), [false, false, false]);
    for (const s of NAMES) assert.equal(c.get(s).core.status().inDoubt, 0);
  });
});

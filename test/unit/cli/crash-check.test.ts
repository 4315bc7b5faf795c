/**
 * Goal: the crash-safety checker (test/support/proc-crash-check.ts) is sharp: each invariant it claims
 * is shown to catch a planted violation (FoundationDB's rule: a checker first proves it can fail), and
 * a good state passes. Method: hand-built recovered states, one bug each.
 */
import assert from 'node:assert/strict';
import { ALL_WRITERS, checkCrashState, type CrashState } from '../../support/proc-crash-check.js';

/** The state all writers leave after committing `n` (a good state). */
function good(n: number): {
  inventory: Record<string, { description?: string; connectors: Record<string, string> }>;
  topology: Record<string, string[]>;
  darkness: number | undefined;
} {
  const inventory: Record<string, { description?: string; connectors: Record<string, string> }> =
    {};
  const topology: Record<string, string[]> = {};
  for (const w of ['s0', 's1', 's2', 's3']) {
    inventory[w] = {
      description: String(n),
      connectors: { [`${w}-c1`]: String(n), [`${w}-c2`]: String(n), [`${w}-c3`]: String(n) },
    };
  }
  topology.t0 = [`${n}-a`, `${n}-b`];
  for (const w of ['m0', 'm1']) {
    inventory[w] = { description: String(n), connectors: {} };
    topology[w] = [String(n)];
  }
  return { inventory, topology, darkness: n };
}

const acked = (n: number): Record<string, number> =>
  Object.fromEntries(ALL_WRITERS.map((w) => [w, n]));

function violations(state: CrashState, ack = 5, baseline = {}, slack = 0): string[] {
  return checkCrashState({ state, baseline, acked: acked(ack), ackSlackPerWriter: slack })
    .violations;
}

describe('crash safety: the checker', () => {
  it('passes a state holding every acknowledged commit, and reports what it recovered', () => {
    const result = checkCrashState({
      state: good(7),
      baseline: acked(3),
      acked: acked(6),
      ackSlackPerWriter: 0,
    });
    assert.deepEqual(result.violations, []);
    assert.deepEqual(result.recovered, acked(7));
    assert.deepEqual(violations({ inventory: {}, topology: {}, darkness: undefined }, 0), []);
  });

  it('catches a lost acknowledged commit, and allows exactly the slack it is given', () => {
    assert.deepEqual(violations(good(4), 5), [
      ...ALL_WRITERS.map((w) => `${w}: acknowledged commit 5 is lost: recovered 4`),
    ]);
    assert.deepEqual(violations(good(4), 5, {}, 1), []);
    assert.equal(violations(good(3), 5, {}, 1).length, ALL_WRITERS.length);
    assert.equal(violations({ inventory: {}, topology: {}, darkness: undefined }, 1).length, 7);
  });

  it('catches a counter going backwards across restarts', () => {
    assert.deepEqual(violations(good(5), 5, { s2: 6 }), [
      's2: counter went backwards: 6 at the previous start, 5 now',
    ]);
  });

  it('catches a partial single-shard transaction: a leaf from another commit, or a missing one', () => {
    const mixed = good(5);
    mixed.inventory.s1!.connectors['s1-c2'] = '4';
    assert.deepEqual(violations(mixed), [
      's1: partial transaction: description 5 but connector s1-c2 named 4',
    ]);
    const missing = good(5);
    delete missing.inventory.s3!.connectors['s3-c3'];
    assert.match(violations(missing).join('\n'), /s3: partial transaction: connectors s3-c1,s3-c2/);
    const topo = good(5);
    topo.topology.t0 = ['5-a'];
    assert.match(violations(topo).join('\n'), /t0: partial transaction/);
  });

  it('catches a multi-shard transaction visible in one shard only, or with different tokens', () => {
    const oneShard = good(5);
    delete oneShard.topology.m1;
    assert.deepEqual(violations(oneShard, 5), [
      'm1: multi-shard transaction not all-or-nothing: inventory=5 topology=absent',
    ]);
    const ahead = good(5);
    ahead.darkness = 6;
    assert.deepEqual(violations(ahead, 5), [
      'm0: multi-shard transaction not all-or-nothing: inventory=5 topology=5 toaster=6',
    ]);
  });

  it('catches data nobody wrote', () => {
    const extra = good(5);
    extra.inventory.intruder = { connectors: {} };
    assert.deepEqual(violations(extra), ['unexpected node intruder: nobody writes it']);
  });
});

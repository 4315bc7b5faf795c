/**
 * Goal: the Raft core keeps every safety property and serves a linearizable key-value history under the
 * full fault model, and the simulation that says so is deterministic and able to fail. Method: (1) run
 * seeds twice and compare trace hashes and histories; (2) a bounded sweep of seeds across 3, 5 and 7
 * members with the full fault mix plus each narrower mix, every run required to pass with its
 * linearizability check decided (an undecided check is not a pass); (3) for each planted bug, search
 * from seed 1 for the first failing seed within 1,000, and replay that seed without the bug to show the
 * bug, not the seed, is what fails. Long sweeps (`npm run sim -- --seeds 100000`) are recorded in
 * docs/TESTING.md.
 */
import { strict as assert } from 'node:assert';
import { checkKvHistory } from '../support/linearizability-kv.js';
import { faultMixes } from '../support/sim-faults.js';
import { parseHistory } from '../support/sim-history.js';
import {
  bugNames,
  defaultTicks,
  formatFailure,
  nodesForSeed,
  runSimulation,
  type RunOptions,
  type RunResult,
} from '../support/sim-run.js';
import type { RaftBug } from '../../src/raft/raft-core.js';

/** Seeds per member count in the CI sweep of the full mix; SIM_SWEEP_SEEDS overrides. */
const fullSeedsPerSize = Number(process.env.SIM_SWEEP_SEEDS ?? 150);
/** Seeds per narrower mix. */
const mixSeeds = Number(process.env.SIM_MIX_SEEDS ?? 40);

function options(seed: number, overrides: Partial<RunOptions> = {}): RunOptions {
  return {
    seed,
    nodes: nodesForSeed(seed),
    faults: faultMixes.full!,
    ticks: defaultTicks,
    ...overrides,
  };
}

function expectPass(result: RunResult): void {
  assert.ok(result.ok, formatFailure(result));
  assert.equal(
    result.checker,
    'ok',
    `seed ${result.options.seed}: linearizability ${result.checker}`,
  );
}

describe('sim: determinism', function () {
  this.timeout(60_000);

  it('one seed replays the same trace and the same history', () => {
    const a = runSimulation(options(11, { nodes: 5 }));
    const b = runSimulation(options(11, { nodes: 5 }));
    assert.equal(a.traceHash, b.traceHash);
    assert.equal(a.history.toJsonLines(), b.history.toJsonLines());
    assert.ok(a.history.events.length > 100, 'the run did some work');
  });

  it('the history written as JSON lines has the documented shape and checks the same when read back', () => {
    const result = runSimulation(options(12, { nodes: 3 }));
    const text = result.history.toJsonLines();
    const events = parseHistory(text);
    assert.deepEqual(events, result.history.events);
    for (const line of text.trim().split('\n')) {
      const keys = Object.keys(JSON.parse(line) as object);
      assert.deepEqual(keys.slice(0, 6), ['process', 'type', 'f', 'key', 'value', 'time']);
    }
    assert.ok(events.some((e) => e.type === 'info') && events.some((e) => e.type === 'fail'));
    assert.equal(checkKvHistory(events).kind, result.checker);
  });

  it('different seeds give different runs', () => {
    const hashes = new Set(
      [1, 2, 3].map((seed) => runSimulation(options(seed, { nodes: 3 })).traceHash),
    );
    assert.equal(hashes.size, 3);
  });

  it('a failing seed fails the same way on replay', () => {
    const bug = 'vote-without-log-check';
    const a = firstFailingSeed(bug, 50);
    assert.ok(a, `--bug ${bug} survived seeds 1..50`);
    const seed = a.options.seed;
    const b = runSimulation(options(seed, { bug }));
    assert.equal(b.ok, false);
    assert.equal(a.failure?.message.split('\n')[0], b.failure?.message.split('\n')[0]);
    assert.equal(a.traceHash, b.traceHash);
    const nodes = nodesForSeed(seed);
    assert.ok(
      formatFailure(a).includes(`npm run sim -- --seed ${seed} --nodes ${nodes} --faults full`),
      formatFailure(a),
    );
  });
});

describe('sim: sweep', function () {
  this.timeout(600_000);

  for (const nodes of [3, 5, 7]) {
    it(`${fullSeedsPerSize} seeds of the full fault mix on ${nodes} members keep safety and linearizability`, () => {
      for (let i = 0; i < fullSeedsPerSize; i++) {
        expectPass(runSimulation(options(1000 * nodes + i, { nodes })));
      }
    });
  }

  for (const mix of ['calm', 'network', 'crash', 'membership'] as const) {
    it(`${mixSeeds} seeds of the ${mix} mix keep safety and linearizability`, () => {
      for (let seed = 1; seed <= mixSeeds; seed++) {
        expectPass(runSimulation(options(seed, { faults: faultMixes[mix]! })));
      }
    });
  }
});

/** First seed in 1..limit at which the bug makes the run fail, or undefined. */
function firstFailingSeed(bug: RaftBug, limit: number): RunResult | undefined {
  for (let seed = 1; seed <= limit; seed++) {
    const result = runSimulation(options(seed, { bug }));
    if (!result.ok) return result;
  }
  return undefined;
}

/**
 * The check each planted bug must be caught by: a safety invariant (the message names which) or the
 * linearizability checker; a liveness failure or an exception would not show the bug was understood.
 */
const CAUGHT_BY: Readonly<Record<RaftBug, { kind: string; check: RegExp }>> = {
  'vote-without-log-check': { kind: 'safety', check: /leader completeness|commit durability/ },
  'commit-old-term': { kind: 'safety', check: /commit durability|leader completeness/ },
  'no-truncate': { kind: 'safety', check: /log matching|state machine safety/ },
  'ack-before-sync': { kind: 'safety', check: /commit durability|acknowledged/ },
  'stale-read': { kind: 'linearizability', check: /not linearizable/ },
};

describe('sim: planted bugs are caught within 1,000 seeds', function () {
  this.timeout(600_000);

  for (const bug of bugNames) {
    it(`--bug ${bug}`, () => {
      const failed = firstFailingSeed(bug, 1000);
      assert.ok(failed, `--bug ${bug} survived seeds 1..1000`);
      const seed = failed.options.seed;
      console.log(
        `      expected: planted bug ${bug} caught at seed ${seed} (${failed.failure?.kind}: ${failed.failure?.message.split('\n')[0]})`,
      );
      const expected = CAUGHT_BY[bug];
      assert.equal(failed.failure?.kind, expected.kind, formatFailure(failed));
      assert.match(failed.failure.message, expected.check);
      expectPass(runSimulation(options(seed)));
    });
  }
});

/**
 * Goal: the RPC route registry (src/rpc/route-registry-core.ts) converges after any mix of partitions,
 * message loss, crashes, restarts, removals and joins with routes changing throughout; once converged
 * it routes only to live members that registered the route; versions only move forward; and the simulation that says so is
 * deterministic and able to fail. Method: (1) run a seed twice and compare trace hashes; (2) a bounded
 * sweep of seeds over 3 to 100 members with the full fault mix and each narrower mix, every run required
 * to pass; (3) for each planted bug, search from seed 1 for the first failing seed within 1,000, check
 * that the expected check caught it, and replay that seed without the bug to show the bug, not the
 * seed, is what fails. Long sweeps (`npm run sim:gossip -- --seeds 10000`) are recorded in
 * docs/TESTING.md.
 */
import { strict as assert } from 'node:assert';
import type { RouteRegistryBug } from '../../src/rpc/route-registry-core.js';
import {
  defaultGossipRounds,
  formatGossipFailure,
  gossipBugNames,
  gossipFaultMixes,
  membersForSeed,
  runGossipSimulation,
  type GossipRunOptions,
  type GossipRunResult,
} from '../support/gossip-sim-run.js';

/** Seeds per small cluster size in the CI sweep; GOSSIP_SWEEP_SEEDS overrides. */
const seedsPerSize = Number(process.env.GOSSIP_SWEEP_SEEDS ?? 12);

function options(seed: number, overrides: Partial<GossipRunOptions> = {}): GossipRunOptions {
  return {
    seed,
    members: membersForSeed(seed),
    faults: gossipFaultMixes.full!,
    rounds: defaultGossipRounds,
    ...overrides,
  };
}

function expectPass(result: GossipRunResult): void {
  assert.ok(result.ok, formatGossipFailure(result));
  assert.ok(Number(result.stats.convergeRounds) >= 0);
}

describe('sim: gossip: determinism', function () {
  this.timeout(60_000);

  it('one seed replays the same trace', () => {
    const a = runGossipSimulation(options(7, { members: 10 }));
    const b = runGossipSimulation(options(7, { members: 10 }));
    assert.equal(a.traceHash, b.traceHash);
    assert.ok(Number(a.stats.checks) > 100, 'the run did some work');
  });

  it('different seeds give different runs', () => {
    const hashes = new Set(
      [1, 2, 3].map((seed) => runGossipSimulation(options(seed, { members: 5 })).traceHash),
    );
    assert.equal(hashes.size, 3);
  });
});

describe('sim: gossip: sweep', function () {
  this.timeout(600_000);

  for (const members of [3, 5, 10]) {
    it(`${seedsPerSize} seeds of the full fault mix on ${members} members converge and keep every invariant`, () => {
      for (let i = 0; i < seedsPerSize; i++) {
        expectPass(runGossipSimulation(options(100 * members + i, { members })));
      }
    });
  }

  it('2 seeds of the full fault mix on 30 members and 1 on 100 converge and keep every invariant', () => {
    expectPass(runGossipSimulation(options(3001, { members: 30 })));
    expectPass(runGossipSimulation(options(3002, { members: 30 })));
    expectPass(runGossipSimulation(options(10001, { members: 100, rounds: 60 })));
  });

  for (const mix of ['calm', 'network', 'churn'] as const) {
    it(`5 seeds of the ${mix} mix converge and keep every invariant`, () => {
      for (let seed = 1; seed <= 5; seed++) {
        expectPass(runGossipSimulation(options(seed, { faults: gossipFaultMixes[mix]! })));
      }
    });
  }
});

/** The check each planted bug must be caught by. */
const CAUGHT_BY: Readonly<Record<RouteRegistryBug, { kind: string; check: RegExp }>> = {
  'accept-older-version': { kind: 'invariant', check: /versions only move forward: \S+'s view/ },
  'accept-dropped-member': { kind: 'invariant', check: /while it knows \S+ as (removed|expired)/ },
  'never-expire-down': {
    kind: 'convergence',
    check: /still holds the bucket of \S+ \(down for good\)/,
  },
  'restart-same-incarnation': {
    kind: 'invariant',
    check: /own bucket went from .*a new life must start a newer incarnation/,
  },
};

describe('sim: gossip: planted bugs are caught within 1,000 seeds', function () {
  this.timeout(600_000);

  for (const bug of gossipBugNames) {
    it(`--bug ${bug}`, () => {
      let failed: GossipRunResult | undefined;
      for (let seed = 1; seed <= 1000 && !failed; seed++) {
        const result = runGossipSimulation(options(seed, { bug }));
        if (!result.ok) failed = result;
      }
      assert.ok(failed, `--bug ${bug} survived seeds 1..1000`);
      const seed = failed.options.seed;
      console.log(
        `      expected: planted bug ${bug} caught at seed ${seed} (${failed.failure?.kind}: ${failed.failure?.message.split('\n')[0]})`,
      );
      assert.equal(failed.failure?.kind, CAUGHT_BY[bug].kind, formatGossipFailure(failed));
      assert.match(failed.failure.message, CAUGHT_BY[bug].check);
      expectPass(runGossipSimulation(options(seed)));
    });
  }
});

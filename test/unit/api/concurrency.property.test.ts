/**
 * Goal: under any interleaving of concurrent transactions, the in-memory store behaves like the
 * reference model (test/support/store-model.ts) of yangtools' optimistic concurrency: every committed
 * outcome is serializable in commit order, each transaction reads its snapshot plus its own writes,
 * rejected transactions leave no trace, a commit is rejected with OptimisticLockFailedError exactly
 * when the conflict rules say so, and listeners see exactly the committed changes.
 *
 * Method: fast-check generates programs (an initial state, 2-5 transactions of reads, writes, merges,
 * deletes and verifyUnchanged calls over a small key space, each ending in commit(), the three phases,
 * an abort after some phase, or cancel) and the choices of a seeded interleaver that moves one transaction by one action at a time
 * (store-concurrency-runner.ts, which lists what is checked, (a) to (e)). Listeners sit on several
 * paths from the start and one is registered mid-run. A second property runs a transaction chain among
 * outside transactions (store-chain-runner.ts). Both are in store-concurrency-property.ts, so that
 * other stores run them unchanged.
 *
 * Isolation is snapshot isolation, as in yangtools: only write-write conflicts are detected, so write
 * skew (two transactions each reading what the other writes) is possible and is not a failure; the
 * model never rejects a transaction for what it only read, unless it verified it unchanged
 * (verifyUnchanged: the read set the transaction asks to be checked).
 *
 * The checker is shown to be sharp first: with a planted bug (store-faults.ts) wrapped around the
 * store, it must find a counterexample, and name the right failure.
 *
 * Runs: CANOPY_PROPERTY_RUNS (default 150) and CANOPY_PROPERTY_SEED replay a failure; a failure prints
 * the seed, the shrunk program and the history of the run. CANOPY_CONFLICT_FLAGS and CANOPY_NOOP_BUMPS
 * pin the contract's open corners (store-concurrency-runner.ts). The in-memory store matches, exactly,
 * CANOPY_CONFLICT_FLAGS=literalDelete,mergedChildrenChecked,expandMerge,emptyWriteIsDelete with
 * CANOPY_NOOP_BUMPS=0 (checked over 3,000 runs when this was written).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { InMemoryDataStore } from '../../../src/index.js';
import { chainProgramArb, runChainProgram } from '../../support/store-chain-runner.js';
import { describeConcurrencyProperties } from '../../support/store-concurrency-property.js';
import { programArb } from '../../support/store-concurrency-model.js';
import type { VerdictStats } from '../../support/store-concurrency-runner.js';
import { runProgram } from '../../support/store-concurrency-runner.js';
import type { Fault } from '../../support/store-faults.js';
import { withFault } from '../../support/store-faults.js';
import { loadTestSchema } from '../../support/store-schema.js';

describe('DOMStore concurrency (property): the checker catches planted bugs', function () {
  this.timeout(600_000);
  const expected: [Fault, RegExp][] = [
    ['blind-retry', /the model finds a conflict|final state|read /],
    ['read-latest', /read .*the model/],
    // The commit an abort let through surfaces as a wrong state, read or delivery, or as a later
    // rejection the model cannot explain.
    ['abort-commits', /final state|read .*the model|listener|rejected .*but the model says commit/],
    ['drop-delivery', /listener/],
    ['ignore-verify', /(resolved|committed), but .*the model (says|finds a) conflict/],
  ];
  for (const [fault, message] of expected) {
    it(`${fault} is found`, async () => {
      const schema = await loadTestSchema();
      const stats: VerdictStats = { decidedCommit: 0, decidedConflict: 0, either: 0 };
      const result = await fc.check(
        fc.asyncProperty(programArb, async (program) => {
          const store = new InMemoryDataStore({ schema });
          try {
            await runProgram(withFault(store, fault), schema, program, stats);
          } finally {
            await store.close();
          }
        }),
        { numRuns: 500, seed: 42, endOnFailure: true },
      );
      assert.ok(result.failed, `the planted bug ${fault} went unnoticed in ${result.numRuns} runs`);
      const error = result.errorInstance;
      assert.match(error instanceof Error ? error.message : String(error), message);
    });
  }
});

describe('DOMStore concurrency (property): the chain checker catches a planted bug', function () {
  this.timeout(600_000);
  it('no-chain is found', async () => {
    const schema = await loadTestSchema();
    const result = await fc.check(
      fc.asyncProperty(chainProgramArb, async (program) => {
        const store = new InMemoryDataStore({ schema });
        try {
          await runChainProgram(withFault(store, 'no-chain'), program);
        } finally {
          await store.close();
        }
      }),
      { numRuns: 500, seed: 42, endOnFailure: true },
    );
    assert.ok(
      result.failed,
      `independent transactions passed for a chain in ${result.numRuns} runs`,
    );
  });
});

describeConcurrencyProperties('InMemoryDataStore', async () => {
  const schema = await loadTestSchema();
  const store = new InMemoryDataStore({ schema });
  return { store, schema, close: () => store.close() };
});

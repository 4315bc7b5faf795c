/**
 * The concurrency properties (store-concurrency-runner.ts, store-chain-runner.ts) as a mocha block for
 * any DOMStore, so that every store implementation runs them unchanged:
 *
 *   describeConcurrencyProperties('DistributedDataStore', async () => { ...; return { store, schema, close } });
 *
 * The factory is called once per generated program and must return an empty store over a schema that
 * holds test/fixtures/conformance/concurrency.yang (loadTestSchema does). Runs: CANOPY_PROPERTY_RUNS
 * (defaults below) and CANOPY_PROPERTY_SEED to replay a failure (with CANOPY_PROPERTY_PATH, the
 * `path` fast-check printed, to replay only the shrunk counterexample); CANOPY_PROPERTY_VERBOSE
 * prints how decided the model's verdicts were.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { DOMStore, SchemaContext } from '../../src/index.js';
import { chainProgramArb, runChainProgram } from './store-chain-runner.js';
import { programArb } from './store-concurrency-model.js';
import type { VerdictStats } from './store-concurrency-runner.js';
import { runProgram } from './store-concurrency-runner.js';

/** One store under test for one generated program. */
export interface PropertyHarness {
  readonly store: DOMStore;
  readonly schema: SchemaContext;
  close(): Promise<void>;
}

/**
 * fast-check parameters from the environment, with `defaultRuns` runs by default and a random seed
 * unless CANOPY_PROPERTY_SEED names one (and CANOPY_PROPERTY_PATH the shrunk case to replay).
 */
export function propertyRuns(defaultRuns: number): fc.Parameters<unknown> {
  const numRuns = Number(process.env['CANOPY_PROPERTY_RUNS'] ?? defaultRuns);
  const seed = process.env['CANOPY_PROPERTY_SEED'];
  const path = process.env['CANOPY_PROPERTY_PATH'];
  if (seed !== undefined && path !== undefined) {
    return { numRuns, seed: Number(seed), path, endOnFailure: true };
  }
  if (seed !== undefined) return { numRuns, seed: Number(seed) };
  return { numRuns };
}

/**
 * Registers the two concurrency properties for the store `factory` makes. `decidedConflicts: false`
 * drops the requirement that the interleavings exercised a decided conflict, for a layout whose point
 * is elsewhere and whose timing makes conflicts mostly undecided (the jittered journal: its
 * verdicts are "either"); another layout of the same store must keep it.
 */
export function describeConcurrencyProperties(
  name: string,
  factory: () => Promise<PropertyHarness>,
  runs: { interleavings: number; chains: number } = { interleavings: 150, chains: 300 },
  coverage: { decidedConflicts: boolean } = { decidedConflicts: true },
): void {
  describe(`DOMStore concurrency (property): ${name}`, function () {
    this.timeout(600_000);

    it('random interleavings are serializable, exact in their conflicts, and fully observed by listeners', async () => {
      const stats: VerdictStats = { decidedCommit: 0, decidedConflict: 0, either: 0 };
      await fc.assert(
        fc.asyncProperty(programArb, async (program) => {
          const h = await factory();
          try {
            await runProgram(h.store, h.schema, program, stats);
          } finally {
            await h.close();
          }
        }),
        propertyRuns(runs.interleavings),
      );
      if (process.env['CANOPY_PROPERTY_VERBOSE'] !== undefined) {
        console.log('verdicts', stats);
      }
      // The property is only as good as what it exercised: both decided outcomes must have occurred.
      assert.ok(
        stats.decidedConflict > 0 || !coverage.decidedConflicts,
        `no decided conflict was exercised: ${JSON.stringify(stats)}`,
      );
      assert.ok(
        stats.decidedCommit > 0,
        `no decided commit was exercised: ${JSON.stringify(stats)}`,
      );
    });

    it('a transaction chain interleaved with outside transactions commits in chain order and reads what it built', async () => {
      await fc.assert(
        fc.asyncProperty(chainProgramArb, async (program) => {
          const h = await factory();
          try {
            await runChainProgram(h.store, program);
          } finally {
            await h.close();
          }
        }),
        propertyRuns(runs.chains),
      );
    });
  });
}

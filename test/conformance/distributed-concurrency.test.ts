/**
 * Goal: under random interleavings of concurrent transactions, the distributed datastore behaves like
 * the reference model of yangtools' optimistic concurrency, as the in-memory store does: serializable
 * in commit order, snapshot reads, exact conflicts, no trace of what did not commit, listeners that
 * see every committed change exactly once. Run twice: with the model's data in one shard, and with its
 * list in a prefix shard of its own, so that most transactions span two shards (split writes above the
 * boundary, merged reads, multi-shard commits, listeners spanning shards that get a multi-shard commit
 * as one change). Method: the interleaving property of store-concurrency-runner.ts, unchanged, with a
 * fresh in-memory DistributedDataStore per generated program (CANOPY_PROPERTY_RUNS, _SEED replay).
 *
 * The chain property of store-concurrency-property.ts is not run here: store-chain-runner.ts assumes a
 * transaction's snapshot is taken when it opens, while the contract (and this store, like MD-SAL's)
 * takes it at the first operation; the case is kept below as a skipped test.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { ChainProgram } from '../support/store-chain-runner.js';
import { runChainProgram } from '../support/store-chain-runner.js';
import { programArb } from '../support/store-concurrency-model.js';
import { propertyRuns } from '../support/store-concurrency-property.js';
import { runProgram, type VerdictStats } from '../support/store-concurrency-runner.js';
import { loadTestSchema } from '../support/store-schema.js';
import { startFixtureStore } from '../unit/shard/store-fixture.js';

for (const itemsShard of [false, true]) {
  const name = itemsShard ? 'list in a prefix shard' : 'one shard';
  describe(`DOMStore concurrency (property): DistributedDataStore, ${name}`, function () {
    this.timeout(600_000);

    it('random interleavings are serializable, exact in their conflicts, and fully observed by listeners', async () => {
      const schema = await loadTestSchema();
      const stats: VerdictStats = { decidedCommit: 0, decidedConflict: 0, either: 0 };
      await fc.assert(
        fc.asyncProperty(programArb, async (program) => {
          const started = await startFixtureStore(schema, { persistent: false, itemsShard });
          try {
            await runProgram(started.store, schema, program, stats);
          } finally {
            await started.close();
          }
        }),
        propertyRuns(100),
      );
      assert.ok(stats.decidedConflict > 0 && stats.decidedCommit > 0, JSON.stringify(stats));
    });
  });
}

describe('DOMStore concurrency: store-chain-runner and snapshots taken at the first operation', () => {
  // BUG (test/support/store-chain-runner.ts): the runner models a chain transaction's snapshot as taken
  // when it opens. The chain's first transaction opens, an outside transaction commits, then the chain
  // transaction reads: a store that snapshots at the first operation (allowed: "a transaction's
  // snapshot is taken by its first operation at the latest") reads the outside commit, and the runner
  // reports "the model says undefined". The main runner handles this (every state between open and the
  // first operation is a candidate snapshot); the chain runner should too.
  it.skip('a chain transaction opened before an outside commit may read it at its first operation', async () => {
    const schema = await loadTestSchema();
    const started = await startFixtureStore(schema, { persistent: false });
    const program: ChainProgram = {
      chain: [
        { kind: 'read-write', actions: [{ type: 'read', path: ['top'] }], end: 'commit' },
        {
          kind: 'write-only',
          actions: [{ type: 'merge', path: ['top', 'a'], data: 0 }],
          end: 'commit',
        },
      ],
      outside: [[{ type: 'merge', path: ['top', 'inner', 'y'], data: 0 }]],
      choices: [0, 37, 283, 241],
    } as unknown as ChainProgram;
    try {
      await runChainProgram(started.store, program);
    } finally {
      await started.close();
    }
  });
});

/**
 * Goal: under random interleavings of concurrent transactions, and of a transaction chain among
 * outside transactions, the distributed datastore behaves like the reference model of yangtools'
 * optimistic concurrency, as the in-memory store does: serializable in commit order, one snapshot per
 * transaction, exact conflicts, no trace of what did not commit, listeners that see every committed
 * change exactly once. Run three times: with the model's data in one shard; with its list in a prefix
 * shard of its own, so that most transactions span two shards (split writes above the boundary, merged
 * reads, multi-shard commits, listeners spanning shards that get a multi-shard commit as one change);
 * and with the list and the `inner` container each in a prefix shard, so that transactions span two
 * or three shards, and a listener on `top` spans shards some commits do not touch (a one-shard commit
 * on one shard while a multi-shard commit of the two others is half applied).
 * Method: store-concurrency-property.ts, unchanged, with a fresh in-memory DistributedDataStore per
 * generated program (CANOPY_PROPERTY_RUNS and CANOPY_PROPERTY_SEED as for the in-memory store).
 * Past failures, each with its regression test: a chain transaction that pinned late started from
 * the store instead of its predecessor's result (seeds -1598566653, -485271020:
 * test/unit/txn/chain-opening.test.ts); a one-shard commit acknowledged before a multi-shard commit
 * its shard applied first (seed -485271020: test/unit/txn/ack-order.test.ts).
 */
import { describeConcurrencyProperties } from '../support/store-concurrency-property.js';
import { loadTestSchema } from '../support/store-schema.js';
import { startFixtureStore } from '../unit/shard/store-fixture.js';

const LAYOUTS = [
  { name: 'one shard', itemsShard: false, innerShard: false },
  { name: 'list in a prefix shard', itemsShard: true, innerShard: false },
  { name: 'list and inner container in prefix shards', itemsShard: true, innerShard: true },
] as const;

for (const layout of LAYOUTS) {
  describeConcurrencyProperties(
    `DistributedDataStore, ${layout.name}`,
    async () => {
      const schema = await loadTestSchema();
      const started = await startFixtureStore(schema, {
        persistent: false,
        itemsShard: layout.itemsShard,
        innerShard: layout.innerShard,
      });
      return { store: started.store, schema, close: () => started.close() };
    },
    { interleavings: 100, chains: 100 },
  );
}

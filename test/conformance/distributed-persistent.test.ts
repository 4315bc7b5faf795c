/**
 * Goal: the distributed datastore journaling to LevelDB (persistent = true) meets the whole DOMStore
 * contract, unchanged: every commit resolves only after its journal write is synced, and nothing else
 * about the contract changes. Method: the conformance suite with a fresh DistributedDataStore on a
 * fresh temporary data directory per test (real shard actors, real LevelDB), the data spread over
 * module, prefix and default shards.
 */
import { loadTestSchema } from '../support/store-schema.js';
import { startFixtureStore } from '../unit/shard/store-fixture.js';
import { describeDomStoreConformance } from './dom-store-suite.js';

describeDomStoreConformance('DistributedDataStore, persistent', async () => {
  const schema = await loadTestSchema();
  const started = await startFixtureStore(schema, { persistent: true });
  return { store: started.store, schema, close: () => started.close() };
});

/**
 * Goal: the distributed datastore with in-memory journals (persistent = false, ODL's operational
 * default) meets the whole DOMStore contract, unchanged, while its data is spread over shards by every
 * strategy: module shards, a prefix shard below /conformance:users, and the default shard, so that
 * reads of `/`, root writes and writes above the prefix span shards. Method: the implementation-
 * agnostic conformance suite with a fresh DistributedDataStore per test (real shard actors).
 */
import { loadTestSchema } from '../support/store-schema.js';
import { startFixtureStore } from '../unit/shard/store-fixture.js';
import { describeDomStoreConformance } from './dom-store-suite.js';

describeDomStoreConformance('DistributedDataStore, in memory', async () => {
  const schema = await loadTestSchema();
  const started = await startFixtureStore(schema, { persistent: false });
  return { store: started.store, schema, close: () => started.close() };
});

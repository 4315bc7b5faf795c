/**
 * Goal: the in-memory store (InMemoryDataStore) meets the whole DOMStore contract. Method: run the
 * implementation-agnostic conformance suite (dom-store-suite.ts) with a fresh store per test over
 * conf/yang plus the conformance fixtures.
 */
import { InMemoryDataStore } from '../../src/index.js';
import { loadTestSchema } from '../support/store-schema.js';
import { describeDomStoreConformance } from './dom-store-suite.js';

describeDomStoreConformance('InMemoryDataStore', async () => {
  const schema = await loadTestSchema();
  const store = new InMemoryDataStore({ schema });
  return { store, schema, close: () => store.close() };
});

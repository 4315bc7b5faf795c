/**
 * The DOMStore conformance suite: what every datastore canopy offers must do, checked through the
 * DOMStore interface alone (src/api/dom-store.ts), so that it runs unchanged against the in-memory
 * store now and the distributed store later (design 003: the clustered store "must be a drop-in
 * replacement for the InMemory Data Store").
 *
 * Usage, from a `*.test.ts` next to this file:
 *
 *   describeDomStoreConformance('InMemoryDataStore', async () => {
 *     const schema = await loadTestSchema();
 *     const store = new InMemoryDataStore({ schema });
 *     return { store, schema, close: () => store.close() };
 *   });
 *
 * The factory is called before every test and must return an empty store whose schema holds conf/yang
 * and test/fixtures/conformance (see test/support/store-schema.ts). The suite assumes nothing the
 * contract does not promise: a commit that resolved is visible to transactions opened after it; a
 * transaction's snapshot is taken by its first operation at the latest; listeners are called
 * asynchronously, in commit order; no timing, no object identity, no process locality.
 */
import { chainSuite } from './suite-chains.js';
import { conflictSuite } from './suite-conflicts.js';
import { SuiteContext } from './suite-context.js';
import type { StoreFactory } from './suite-context.js';
import { listenerSuite } from './suite-listeners.js';
import { pathSuite } from './suite-paths.js';
import { readWriteSuite } from './suite-read-write.js';
import { transactionSuite } from './suite-transactions.js';
import { valueSuite } from './suite-values.js';
import { verifySuite } from './suite-verify.js';

export type { StoreFactory, StoreHarness } from './suite-context.js';

/** Registers the conformance suite for one store implementation as mocha `describe` blocks. */
export function describeDomStoreConformance(name: string, factory: StoreFactory): void {
  describe(`DOMStore conformance (${name})`, () => {
    const ctx = new SuiteContext(factory);
    ctx.hooks();
    describe('DOMStore conformance: reads and writes', () => readWriteSuite(ctx));
    describe('DOMStore conformance: values and validation', () => valueSuite(ctx));
    describe('DOMStore conformance: paths', () => pathSuite(ctx));
    describe('DOMStore conformance: transactions', () => transactionSuite(ctx));
    describe('DOMStore conformance: optimistic concurrency', () => conflictSuite(ctx));
    describe('DOMStore conformance: verifyUnchanged', () => verifySuite(ctx));
    describe('DOMStore conformance: transaction chains', () => chainSuite(ctx));
    describe('DOMStore conformance: listeners', () => listenerSuite(ctx));
  });
}

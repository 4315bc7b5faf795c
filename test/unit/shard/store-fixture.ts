/**
 * Configurations and stores for the tests of the distributed datastore: a one-member config built from
 * canopy.conf / modules.conf / module-shards.conf texts (through the real `buildConfig`), placing the
 * conformance model in shards of its own by every strategy (module shards, a prefix shard below
 * `/conformance:users`, the default shard for the rest), and a temporary data directory removed after
 * the test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildConfig } from '../../../src/config/validate.js';
import type { Config } from '../../../src/config/types.js';
import { DistributedDataStore } from '../../../src/api/distributed-data-store.js';
import type { DatastoreType } from '../../../src/config/types.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { openRaftStore } from '../../../src/persistence/raft-store.js';
import { jitteryJournal } from '../../support/store-jittery-journal.js';

export interface FixtureOptions {
  readonly dataDir: string;
  readonly persistent: boolean;
  /** Extra `datastore { }` settings, HOCON lines. */
  readonly settings?: readonly string[] | undefined;
  /** Place `/conformance:users/user` in a prefix shard `users` (default true). */
  readonly prefixShard?: boolean | undefined;
  /** Keep the operational datastore in memory whatever `persistent` says (ODL's default). */
  readonly operationalInMemory?: boolean | undefined;
  /** Place `/concurrency:top/item` (the concurrency property's list) in a prefix shard `items`. */
  readonly itemsShard?: boolean | undefined;
  /**
   * Place `/concurrency:top/inner` (the concurrency property's non-presence container) in a prefix
   * shard `inner`: with `itemsShard`, the property's data spans three shards.
   */
  readonly innerShard?: boolean | undefined;
}

/** The shards of the fixture, by strategy. */
export const FIXTURE_SHARDS = ['augment', 'conformance', 'default', 'users'] as const;

export function fixtureConfig(options: FixtureOptions): Config {
  const prefix = options.prefixShard ?? true;
  const canopy = `
member-name = "member-1"
data-dir = "${options.dataDir}"
cluster { members = [ { name = "member-1", host = "127.0.0.1", port = 2550 } ] }
datastore {
  persistent = ${options.persistent}
  shard-heartbeat-interval-in-millis = 100
${(options.settings ?? []).map((s) => `  ${s}`).join('\n')}
${options.operationalInMemory === true ? '  operational { persistent = false }' : ''}
}
`;
  const modules = `
modules = [
  { name = "conformance", namespace = "urn:canopy:test:conformance", shard-strategy = "module" }
  { name = "augment", namespace = "urn:canopy:test:conformance-augment", shard-strategy = "module" }
${
  prefix
    ? '  { name = "users", namespace = "urn:canopy:test:conformance", shard-strategy = "prefix", prefix = "/conformance:users/user" }'
    : ''
}
${
  options.itemsShard === true
    ? '  { name = "items", namespace = "urn:canopy:test:concurrency", shard-strategy = "prefix", prefix = "/concurrency:top/item" }'
    : ''
}
${
  options.innerShard === true
    ? '  { name = "inner", namespace = "urn:canopy:test:concurrency", shard-strategy = "prefix", prefix = "/concurrency:top/inner" }'
    : ''
}
]
`;
  const shard = (name: string): string =>
    `  { name = "${name}", shards = [ { name = "${name}", replicas = [ "member-1" ] } ] }`;
  const moduleShards = `
module-shards = [
${shard('default')}
${shard('conformance')}
${shard('augment')}
${prefix ? shard('users') : ''}
${options.itemsShard === true ? shard('items') : ''}
${options.innerShard === true ? shard('inner') : ''}
]
`;
  return buildConfig({
    canopy: { file: 'canopy.conf', text: canopy },
    modules: { file: 'modules.conf', text: modules },
    moduleShards: { file: 'module-shards.conf', text: moduleShards },
  });
}

/** A temporary directory under os.tmpdir(); `remove()` deletes it. */
export function tempDataDir(label: string): { readonly dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `canopy-${label}-`));
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A started DistributedDataStore on a fresh temporary directory; `close` also removes it. */
export async function startFixtureStore(
  schema: SchemaContext,
  options: {
    readonly persistent: boolean;
    readonly datastore?: DatastoreType | undefined;
    readonly settings?: readonly string[] | undefined;
    readonly prefixShard?: boolean | undefined;
    readonly itemsShard?: boolean | undefined;
    readonly innerShard?: boolean | undefined;
    /**
     * With `persistent`: delay some of each shard's journal writes at random (seeded by this value),
     * so shards finish their writes out of the order they started them (store-jittery-journal.ts).
     */
    readonly jitterSeed?: number | undefined;
  },
): Promise<{ store: DistributedDataStore; dir: string; close(): Promise<void> }> {
  const temp = tempDataDir('ds');
  const config = fixtureConfig({ dataDir: temp.dir, ...options });
  const journal =
    options.persistent && options.jitterSeed !== undefined
      ? jitteryJournal(await openRaftStore(join(temp.dir, 'journal')), options.jitterSeed)
      : undefined;
  let store: DistributedDataStore;
  try {
    store = await DistributedDataStore.start({
      config,
      schema,
      datastore: options.datastore ?? 'config',
      raftStore: journal,
    });
  } catch (error) {
    await journal?.close();
    temp.remove();
    throw error;
  }
  return {
    store,
    dir: temp.dir,
    close: async () => {
      await store.close();
      await journal?.close();
      temp.remove();
    },
  };
}

/**
 * Goal: a member whose shard layout (modules.conf, module-shards.conf) changed under data on disk
 * refuses to start instead of hiding acknowledged data, and a library start checks modules.conf
 * against the schema as `canopy start` does. (a) A journal group of a replica the configuration no
 * longer places here, holding data, is refused naming the group and the journal directory; one that
 * never committed a transaction is ignored. (b) A recovered shard holding data that routing now
 * sends to another shard (a new prefix shard, a module given its own shard, a prefix narrowed to one
 * entry) is refused naming the replica, the first such path and the shard it routes to. In every
 * case the old layout still serves everything. The walk of (b) reads nothing below a node its shard
 * owns when no prefix lies under it.
 *
 * Method: real DistributedDataStore and startMember on LevelDB in temporary directories, configured
 * through the real buildConfig; the walk itself is also run on a hand-built tree whose unowned parts
 * throw when read.
 */
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DistributedDataStore, startMember } from '../../../src/api/distributed-data-store.js';
import { ConfigValidationError } from '../../../src/config/errors.js';
import { shardRoutingTable } from '../../../src/config/shards.js';
import type { Config } from '../../../src/config/types.js';
import { buildConfig } from '../../../src/config/validate.js';
import { MisroutedShardDataError, OrphanedShardReplicaError } from '../../../src/shard/errors.js';
import {
  describeData,
  findMisroutedData,
  foreignReplicaGroups,
} from '../../../src/shard/layout-check.js';
import { shardBootstrapState } from '../../../src/shard/shard-core.js';
import { ShardRouter } from '../../../src/shard/routing.js';
import type { ContainerNode } from '../../../src/tree/node.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { tempDataDir } from './store-fixture.js';

const NAMESPACES: Readonly<Record<string, string>> = {
  conformance: 'urn:canopy:test:conformance',
  toaster: 'http://netconfcentral.org/ns/toaster',
  nowhere: 'urn:canopy:test:no-such-module',
};

/** One modules.conf entry: a module shard, or a prefix shard when `prefix` is given. */
interface ModuleEntry {
  readonly name: string;
  readonly module: keyof typeof NAMESPACES;
  readonly prefix?: string | undefined;
}

function layoutConfig(
  dataDir: string,
  modules: readonly ModuleEntry[],
  member = 'member-1',
): Config {
  const canopy = `
member-name = "${member}"
data-dir = "${dataDir}"
cluster { members = [ { name = "${member}", host = "127.0.0.1", port = 2550 } ] }
datastore {
  persistent = true
  shard-heartbeat-interval-in-millis = 100
  operational { persistent = false }
}
`;
  const entry = (m: ModuleEntry): string =>
    `  { name = "${m.name}", namespace = "${NAMESPACES[m.module]}", ` +
    (m.prefix === undefined
      ? 'shard-strategy = "module" }'
      : `shard-strategy = "prefix", prefix = "${m.prefix}" }`);
  const shard = (name: string): string =>
    `  { name = "${name}", shards = [ { name = "${name}", replicas = [ "${member}" ] } ] }`;
  return buildConfig({
    canopy: { file: 'canopy.conf', text: canopy },
    modules: { file: 'modules.conf', text: `modules = [\n${modules.map(entry).join('\n')}\n]\n` },
    moduleShards: {
      file: 'module-shards.conf',
      text: `module-shards = [\n${['default', ...modules.map((m) => m.name)].map(shard).join('\n')}\n]\n`,
    },
  });
}

const CONFORMANCE: ModuleEntry = { name: 'conformance', module: 'conformance' };
const TOASTER: ModuleEntry = { name: 'toaster', module: 'toaster' };
const USERS: ModuleEntry = {
  name: 'users',
  module: 'conformance',
  prefix: '/conformance:users/user',
};
const BOB: ModuleEntry = {
  name: 'users',
  module: 'conformance',
  prefix: '/conformance:users/user=bob',
};

async function put(store: DistributedDataStore, entries: Record<string, unknown>): Promise<void> {
  const tx = store.newWriteOnlyTransaction();
  for (const [path, data] of Object.entries(entries)) tx.write(path, data);
  await tx.commit();
}

async function read(store: DistributedDataStore, path: string): Promise<unknown> {
  const tx = store.newReadOnlyTransaction();
  try {
    return await tx.read(path);
  } finally {
    tx.close();
  }
}

/** An assert.rejects predicate: the start was refused for exactly these misrouted problems. */
function misrouted(problems: MisroutedShardDataError['problems']): (e: unknown) => boolean {
  return (e) => {
    assert.ok(e instanceof MisroutedShardDataError, String(e));
    assert.deepEqual(e.problems, problems);
    return true;
  };
}

describe('shard layout: a changed layout never hides acknowledged data', function () {
  this.timeout(30_000);
  let schema: SchemaContext;
  let temp: { readonly dir: string; remove(): void };
  before(async () => {
    schema = await loadTestSchema();
  });
  beforeEach(() => {
    temp = tempDataDir('layout');
  });
  afterEach(() => {
    temp.remove();
  });

  async function withStore(
    config: Config,
    work: (store: DistributedDataStore) => Promise<void>,
  ): Promise<void> {
    const store = await DistributedDataStore.start({ config, schema, datastore: 'config' });
    try {
      await work(store);
    } finally {
      await store.close();
    }
  }

  it('a replica no longer placed here that holds data refuses the start, naming the group and the journal', async () => {
    const before = layoutConfig(temp.dir, [CONFORMANCE, TOASTER]);
    await withStore(before, (s) => put(s, { '/toaster:toaster': { darknessFactor: 2000 } }));
    const after = layoutConfig(temp.dir, [CONFORMANCE]);
    const journal = join(temp.dir, 'journal');
    const refused = (e: unknown): boolean => {
      assert.ok(e instanceof OrphanedShardReplicaError, String(e));
      assert.equal(e.code, 'shard-replica-orphaned');
      assert.equal(e.dir, journal);
      assert.deepEqual(
        e.replicas.map((r) => r.replica),
        ['member-1-shard-toaster-config'],
      );
      assert.match(
        e.message,
        /journal .*journal holds shard replica member-1-shard-toaster-config/,
      );
      assert.match(e.message, /1 journal entry with transaction records/);
      assert.match(e.message, /docs\/OPERATIONS\.md/);
      return true;
    };
    await assert.rejects(
      DistributedDataStore.start({ config: after, schema, datastore: 'config' }),
      refused,
    );
    await assert.rejects(startMember({ config: after, schema }), refused);
    // Nothing was dropped: the old layout serves it, and the journal is free again.
    await withStore(before, async (s) => {
      assert.deepEqual(await read(s, '/toaster:toaster'), { darknessFactor: 2000 });
    });
  });

  it('a journal written under another member-name is refused the same way', async () => {
    await withStore(layoutConfig(temp.dir, [CONFORMANCE]), (s) =>
      put(s, { '/conformance:types/i32': 7 }),
    );
    await assert.rejects(
      DistributedDataStore.start({
        config: layoutConfig(temp.dir, [CONFORMANCE], 'member-2'),
        schema,
        datastore: 'config',
      }),
      (e: unknown) => {
        assert.ok(e instanceof OrphanedShardReplicaError, String(e));
        assert.deepEqual(e.replicas.map((r) => r.replica).sort(), [
          'member-1-shard-conformance-config',
        ]);
        assert.match(e.message, /written by member member-1: was member-name changed\?/);
        return true;
      },
    );
  });

  it('a replica dropped from the layout that never committed a transaction is ignored', async () => {
    await withStore(layoutConfig(temp.dir, [CONFORMANCE, TOASTER]), (s) =>
      put(s, { '/conformance:types/i32': 7 }),
    );
    await withStore(layoutConfig(temp.dir, [CONFORMANCE]), async (s) => {
      assert.equal(await read(s, '/conformance:types/i32'), 7);
    });
  });

  it('data a new prefix shard owns refuses the start, naming the replica, the first entry and the new shard', async () => {
    const before = layoutConfig(temp.dir, [CONFORMANCE]);
    await withStore(before, (s) =>
      put(s, {
        '/conformance:users/user=n1': { name: 'n1', uid: 1 },
        '/conformance:types/i32': 7,
      }),
    );
    const after = layoutConfig(temp.dir, [CONFORMANCE, USERS]);
    const refused = (e: unknown): boolean => {
      assert.ok(e instanceof MisroutedShardDataError, String(e));
      assert.equal(e.code, 'shard-data-misrouted');
      assert.deepEqual(e.problems, [
        {
          replica: 'member-1-shard-conformance-config',
          path: '/conformance:users/user=n1',
          routedTo: 'users',
        },
      ]);
      assert.match(
        e.message,
        /shard replica member-1-shard-conformance-config holds \/conformance:users\/user=n1, which the configuration now routes to shard users/,
      );
      return true;
    };
    await assert.rejects(
      DistributedDataStore.start({ config: after, schema, datastore: 'config' }),
      refused,
    );
    await assert.rejects(startMember({ config: after, schema }), refused);
    await withStore(before, async (s) => {
      assert.deepEqual(await read(s, '/conformance:users/user=n1'), { name: 'n1', uid: 1 });
    });
  });

  it('data of a module given a shard of its own refuses the start (it sits in the default shard)', async () => {
    await withStore(layoutConfig(temp.dir, [CONFORMANCE]), (s) =>
      put(s, { '/toaster:toaster': { darknessFactor: 2000 } }),
    );
    await assert.rejects(
      DistributedDataStore.start({
        config: layoutConfig(temp.dir, [CONFORMANCE, TOASTER]),
        schema,
        datastore: 'config',
      }),
      misrouted([
        { replica: 'member-1-shard-default-config', path: '/toaster:toaster', routedTo: 'toaster' },
      ]),
    );
  });

  it('a prefix narrowed to one entry refuses the start for the entries its shard still holds', async () => {
    await withStore(layoutConfig(temp.dir, [CONFORMANCE, USERS]), (s) =>
      put(s, {
        '/conformance:users/user=alice': { name: 'alice', uid: 1 },
        '/conformance:users/user=bob': { name: 'bob', uid: 2 },
      }),
    );
    await assert.rejects(
      DistributedDataStore.start({
        config: layoutConfig(temp.dir, [CONFORMANCE, BOB]),
        schema,
        datastore: 'config',
      }),
      misrouted([
        {
          replica: 'member-1-shard-users-config',
          path: '/conformance:users/user=alice',
          routedTo: 'conformance',
        },
      ]),
    );
  });

  it('an unchanged layout with data on both sides of a prefix boundary starts', async () => {
    const config = layoutConfig(temp.dir, [CONFORMANCE, TOASTER, BOB]);
    await withStore(config, (s) =>
      put(s, {
        '/conformance:users': {
          user: [
            { name: 'alice', uid: 1 },
            { name: 'bob', uid: 2 },
          ],
        },
        '/conformance:types/i32': 7,
        '/toaster:toaster': { darknessFactor: 1 },
      }),
    );
    await withStore(config, async (s) => {
      assert.deepEqual(await read(s, '/conformance:users/user=bob'), { name: 'bob', uid: 2 });
      assert.deepEqual(await read(s, '/conformance:users/user=alice'), { name: 'alice', uid: 1 });
    });
  });

  it('startMember and DistributedDataStore.start refuse a modules.conf namespace no YANG module has, before opening the journal', async () => {
    const config = layoutConfig(temp.dir, [CONFORMANCE, { name: 'ghost', module: 'nowhere' }]);
    const refused = (e: unknown): boolean => {
      assert.ok(e instanceof ConfigValidationError, String(e));
      assert.match(
        e.message,
        /modules\.conf:\d+: .*no YANG module has the namespace "urn:canopy:test:no-such-module"/,
      );
      return true;
    };
    await assert.rejects(startMember({ config, schema }), refused);
    await assert.rejects(
      DistributedDataStore.start({ config, schema, datastore: 'config' }),
      refused,
    );
    assert.equal(existsSync(join(temp.dir, 'journal')), false);
  });
});

describe('shard layout: the routing walk stays shallow', () => {
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  /** A node whose content must never be read. */
  function untouchable(what: string): ContainerNode {
    const fail = (): never => {
      throw new Error(`the walk read ${what}`);
    };
    return {
      kind: 'container',
      version: 1,
      subtreeVersion: 1,
      get children(): never {
        return fail();
      },
    };
  }

  it('reads nothing below a node its shard owns when no prefix lies under it', () => {
    const config = layoutConfig('/nonexistent', [CONFORMANCE, TOASTER, USERS]);
    const router = new ShardRouter(schema, shardRoutingTable(config));
    const children = new Map<string, ContainerNode>([
      ['conformance:types', untouchable('/conformance:types')],
      ['conformance:deep', untouchable('/conformance:deep')],
    ]);
    const root = {
      kind: 'container',
      version: 1,
      subtreeVersion: 1,
      children: {
        forEach: (fn: (child: ContainerNode, key: string) => void) => {
          children.forEach(fn);
        },
      },
    } as unknown as ContainerNode;
    assert.equal(findMisroutedData(router, 'conformance', root), undefined);
    // The same nodes in another shard are reported at once, without reading them either.
    assert.ok(findMisroutedData(router, 'default', root)?.routedTo === 'conformance');
  });
});

describe('shard layout: which journal groups are foreign replicas holding data', () => {
  it('only groups named like replicas of the datastore and not local count', () => {
    const groups = [
      'filler',
      'member-1-shard-default-config',
      'member-1-shard-toaster-config',
      'member-1-shard-toaster-operational',
      'member-2-shard-default-config',
      '-shard-x-config',
      'member-1-shard--config',
    ];
    assert.deepEqual(
      foreignReplicaGroups(groups, new Set(['member-1-shard-default-config']), 'config'),
      ['member-1-shard-toaster-config', 'member-2-shard-default-config'],
    );
  });

  it('Raft entries alone are no data; a transaction record or a snapshot is', () => {
    const boot = shardBootstrapState(['member-1-shard-toaster-config']);
    assert.equal(describeData(boot), undefined);
    const leader = { type: 'normal' as const, term: 2, index: 2, data: new Uint8Array(0) };
    assert.equal(describeData({ ...boot, entries: [...boot.entries, leader] }), undefined);
    const record = { type: 'normal' as const, term: 2, index: 3, data: Uint8Array.of(1) };
    assert.equal(
      describeData({ ...boot, entries: [...boot.entries, leader, record] }),
      '1 journal entry with transaction records',
    );
    const snapshot = {
      meta: { index: 3, term: 2, confState: { voters: [], learners: [] } },
      data: Uint8Array.of(1),
    };
    assert.equal(describeData({ ...boot, snapshot, entries: [record] }), 'a snapshot at index 3');
  });
});

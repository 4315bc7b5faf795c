/**
 * Goal: the shard strategies route every path to the shard that owns it: a module's namespace to its
 * module shard, data at and below a prefix ONLY to the prefix shard (the longest prefix winning),
 * everything else to the default shard; an operation above a boundary involves both sides; the root
 * involves every shard; prefixes that would cut through a schema constraint are refused at start.
 * Method: ShardRouter over the test schema and routing tables built from real configs (buildConfig)
 * or by hand.
 */
import { strict as assert } from 'node:assert';
import { shardRoutingTable, type ShardRoutingTable } from '../../../src/config/shards.js';
import { ShardConfigError } from '../../../src/shard/errors.js';
import { ShardRouter } from '../../../src/shard/routing.js';
import { parsePath } from '../../../src/tree/path.js';
import { compileSchema } from '../../../src/yang/compile.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { fixtureConfig } from './store-fixture.js';

const CF = 'urn:canopy:test:conformance';

function table(
  prefixes: { prefix: string; shard: string }[],
  modules: Record<string, string>,
): ShardRoutingTable {
  const shards = new Set(['default', ...Object.values(modules), ...prefixes.map((p) => p.shard)]);
  return {
    prefixes: prefixes
      .map((p) => ({ ...p, namespace: CF, module: p.shard }))
      .sort((a, b) => b.prefix.length - a.prefix.length),
    moduleShards: new Map(Object.entries(modules)),
    defaultShard: 'default',
    replicas: new Map([...shards].map((s) => [s, ['member-1']])),
  };
}

describe('shard routing: module, prefix and default strategies', () => {
  let schema: SchemaContext;
  let router: ShardRouter;
  before(async () => {
    schema = await loadTestSchema();
    router = new ShardRouter(
      schema,
      shardRoutingTable(fixtureConfig({ dataDir: '/tmp/x', persistent: false })),
    );
  });

  const route = (path: string) => router.route(parsePath(schema, path));

  it('a module listed with the module strategy goes to its shard', () => {
    assert.deepEqual(route('/conformance:types/i32'), {
      owner: 'conformance',
      below: [],
      shards: ['conformance'],
    });
    assert.equal(route('/conformance-augment:other').owner, 'augment');
  });

  it('data at and below a prefix goes only to the prefix shard', () => {
    assert.equal(route('/conformance:users/user').owner, 'users');
    assert.equal(route('/conformance:users/user=bob').owner, 'users');
    assert.equal(route('/conformance:users/user=bob/uid').owner, 'users');
    // An augmenting module's node below the prefix follows the path, not its namespace.
    assert.equal(route('/conformance:users/user=bob/conformance-augment:email').owner, 'users');
  });

  it('an operation above a prefix boundary involves the parent shard and the prefix shard', () => {
    const r = route('/conformance:users');
    assert.equal(r.owner, 'conformance');
    assert.deepEqual(
      r.below.map((b) => [b.shard, b.path.text]),
      [['users', '/conformance:users/user']],
    );
    assert.deepEqual(r.shards, ['conformance', 'users']);
  });

  it('a module not listed goes to the default shard', () => {
    assert.equal(route('/toaster:toaster').owner, 'default');
    assert.equal(route('/concurrency:top/a').owner, 'default');
  });

  it('the root involves every shard', () => {
    const r = route('/');
    assert.equal(r.owner, undefined);
    assert.deepEqual(r.shards, ['augment', 'conformance', 'default', 'users']);
  });

  it('the longest matching prefix wins and nested prefixes are listed shallowest first', () => {
    const nested = new ShardRouter(
      schema,
      table(
        [
          { prefix: '/conformance:users', shard: 'outer' },
          { prefix: '/conformance:users/user=alice', shard: 'inner' },
        ],
        { [CF]: 'conformance' },
      ),
    );
    const at = (p: string) => nested.route(parsePath(schema, p));
    assert.equal(at('/conformance:users/user=bob').owner, 'outer');
    assert.equal(at('/conformance:users/user=alice/uid').owner, 'inner');
    assert.deepEqual(
      at('/').below.map((b) => b.shard),
      ['outer', 'inner'],
    );
    assert.equal(nested.ownerOfTopLevel('conformance:users'), 'outer');
    assert.equal(nested.ownerOfTopLevel('conformance:types'), 'conformance');
  });

  it('refuses a prefix that names nothing, a leaf, or a node under another mandatory node', () => {
    // A presence container holds its own mandatory leaves: it is a valid boundary.
    assert.doesNotThrow(
      () => new ShardRouter(schema, table([{ prefix: '/conformance:settings', shard: 'p' }], {})),
    );
    const bad = (prefix: string, pattern: RegExp): void => {
      assert.throws(
        () => new ShardRouter(schema, table([{ prefix, shard: 'p' }], {})),
        (e: unknown) => e instanceof ShardConfigError && pattern.test(e.message),
        prefix,
      );
    };
    bad('/conformance:nothing', /does not name a node/);
    bad('/conformance:types/i32', /names a leaf/);
    // user has a mandatory uid: the prefix shard would hold bob's entry without it.
    bad('/conformance:users/user=bob/profile', /other mandatory children/);
  });

  it('refuses a prefix in a module with other top-level mandatory nodes', () => {
    const tm = compileSchema([
      {
        file: 'tm.yang',
        text: `module tm {
  namespace "urn:tm";
  prefix tm;
  leaf name { type string; mandatory true; }
  container big { list item { key id; leaf id { type string; } } }
}`,
      },
      {
        file: 'free.yang',
        text: `module free {
  namespace "urn:free";
  prefix f;
  leaf name { type string; }
  container big { list item { key id; leaf id { type string; } } }
}`,
      },
    ]);
    const at = (prefix: string, namespace: string): ShardRoutingTable => ({
      prefixes: [{ prefix, shard: 'p', namespace, module: 'p' }],
      moduleShards: new Map(),
      defaultShard: 'default',
      replicas: new Map([
        ['default', ['member-1']],
        ['p', ['member-1']],
      ]),
    });
    assert.throws(
      () => new ShardRouter(tm, at('/tm:big/item', 'urn:tm')),
      (e: unknown) =>
        e instanceof ShardConfigError && /other mandatory top-level nodes/.test(e.message),
    );
    assert.doesNotThrow(() => new ShardRouter(tm, at('/free:big/item', 'urn:free')));
  });

  it('refuses a prefix that splits what a unique statement compares', () => {
    const u = compileSchema([
      {
        file: 'u.yang',
        text: `module u {
  namespace "urn:u";
  prefix u;
  list server {
    key name;
    unique "addr/ip";
    leaf name { type string; }
    container addr { leaf ip { type string; } }
    container stats { leaf hits { type uint32; } }
  }
}`,
      },
    ]);
    const at = (prefix: string): ShardRoutingTable => ({
      prefixes: [{ prefix, shard: 'p', namespace: 'urn:u', module: 'p' }],
      moduleShards: new Map(),
      defaultShard: 'default',
      replicas: new Map([
        ['default', ['member-1']],
        ['p', ['member-1']],
      ]),
    });
    const refuses = (prefix: string, pattern: RegExp): void => {
      assert.throws(
        () => new ShardRouter(u, at(prefix)),
        (e: unknown) => e instanceof ShardConfigError && pattern.test(e.message),
        prefix,
      );
    };
    refuses('/u:server=a', /has a unique statement/);
    refuses('/u:server=a/addr', /whose unique statement names leaves below the prefix/);
    assert.doesNotThrow(() => new ShardRouter(u, at('/u:server=a/stats')));
    assert.doesNotThrow(() => new ShardRouter(u, at('/u:server')));
  });
});

/**
 * Goal: from a Config, localShards lists exactly the replicas a member hosts, named as ODL names them
 * (`<member>-shard-<shard>-<datastore>`) with their Raft peers and their datastore's settings, and the
 * routing table sends data to the longest matching prefix's shard, else the module's shard, else the
 * default shard. Method: design 003's seed layout (replicas spread unevenly over three members) and
 * a config with prefix entries; routeShard is driven with a stand-in prefix matcher, since matching
 * paths belongs to src/tree.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { localShards, routeShard, shardId, shardRoutingTable } from '../../../src/config/shards.js';
import { CANOPY_3, build } from './support.js';

const seed = (name: string): string => readFileSync(`test/fixtures/config/seed/${name}`, 'utf8');

function seedConfig(extraCanopy = '') {
  return build(seed('canopy.conf') + extraCanopy, seed('modules.conf'), seed('module-shards.conf'));
}

describe('config: local shards', () => {
  it("names replicas <member>-shard-<shard>-<datastore>, ODL's ShardIdentifier", () => {
    assert.equal(shardId('member-1', 'inventory', 'config'), 'member-1-shard-inventory-config');
  });

  it('lists, per datastore type, every shard whose replicas include the member, with its peers', () => {
    const shards = localShards(
      seedConfig('datastore.operational.operation-timeout-in-seconds = 9'),
      'member-2',
    );
    assert.deepEqual(
      shards.map((s) => s.id),
      [
        'member-2-shard-default-config',
        'member-2-shard-topology-config',
        'member-2-shard-inventory-config',
        'member-2-shard-toaster-config',
        'member-2-shard-default-operational',
        'member-2-shard-topology-operational',
        'member-2-shard-inventory-operational',
        'member-2-shard-toaster-operational',
      ],
    );
    const topology = shards[5]!;
    assert.deepEqual(topology.replicas, ['member-3', 'member-2', 'member-1']);
    assert.deepEqual(topology.peerIds, [
      'member-3-shard-topology-operational',
      'member-1-shard-topology-operational',
    ]);
    assert.equal(topology.settings.persistent, false);
    assert.equal(topology.settings.operationTimeoutMs, 9000);
    assert.equal(shards[0]!.settings.persistent, true);
  });

  it("defaults to the config's own member, and is empty for a member that replicates nothing", () => {
    const c = build(
      CANOPY_3,
      'modules = []',
      'module-shards = [ { name = "default", shards = [ { name = "default", replicas = ["member-1", "member-2"] } ] } ]',
    );
    assert.deepEqual(
      localShards(c).map((s) => s.id),
      ['member-1-shard-default-config', 'member-1-shard-default-operational'],
    );
    assert.deepEqual(localShards(c, 'member-3'), []);
  });
});

describe('config: shard routing table', () => {
  const config = build(
    CANOPY_3,
    `modules = [
  { name = "inventory", namespace = "urn:opendaylight:inventory", shard-strategy = "module" }
  { name = "nodes", namespace = "urn:opendaylight:inventory", shard-strategy = "prefix", prefix = "/opendaylight-inventory:nodes/node" }
  { name = "node-1", namespace = "urn:opendaylight:inventory", shard-strategy = "prefix", prefix = "/opendaylight-inventory:nodes/node=openflow%3A1" }
]`,
    `module-shards = [
  { name = "inventory", shards = [ { name = "inventory", replicas = ["member-1"] } ] }
  { name = "nodes", shards = [ { name = "nodes", replicas = ["member-2"] } ] }
  { name = "node-1", shards = [ { name = "node-one", replicas = ["member-3"] } ] }
]`,
  );
  const table = shardRoutingTable(config);
  /** A stand-in for src/tree's matching: the path text continues the prefix at a step or key. */
  const startsWith = (path: string) => (route: { prefix: string }) =>
    path === route.prefix ||
    path.startsWith(`${route.prefix}/`) ||
    path.startsWith(`${route.prefix}=`);

  it('lists prefixes longest first, module entries by namespace, and each shard’s replicas', () => {
    assert.deepEqual(
      table.prefixes.map((p) => [p.prefix, p.shard]),
      [
        ['/opendaylight-inventory:nodes/node=openflow%3A1', 'node-one'],
        ['/opendaylight-inventory:nodes/node', 'nodes'],
      ],
    );
    assert.deepEqual([...table.moduleShards], [['urn:opendaylight:inventory', 'inventory']]);
    assert.equal(table.defaultShard, 'default');
    assert.deepEqual(table.replicas.get('nodes'), ['member-2']);
    assert.deepEqual(table.replicas.get('default'), ['member-1', 'member-2', 'member-3']);
  });

  it('routes to the longest matching prefix, else the module shard, else the default shard', () => {
    const ns = 'urn:opendaylight:inventory';
    const route = (path: string, namespace = ns) => routeShard(table, namespace, startsWith(path));
    assert.equal(route('/opendaylight-inventory:nodes/node=openflow%3A1/port'), 'node-one');
    assert.equal(route('/opendaylight-inventory:nodes/node=openflow%3A2'), 'nodes');
    assert.equal(route('/opendaylight-inventory:nodes'), 'inventory');
    assert.equal(route('/toaster:toaster', 'http://netconfcentral.org/ns/toaster'), 'default');
  });
});

/**
 * Goal: buildConfig turns valid files into the documented Config and refuses every invalid one with a
 * ConfigValidationError whose message names the file, the line, the key, what was expected and what
 * to do: design 003's examples load as they are; each rule of canopy.conf, modules.conf and
 * module-shards.conf has a case that breaks it. Method: inline file texts (support.ts), asserting on
 * the Config or on fragments of the message, including `file:line: key:`.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { ConfigValidationError } from '../../../src/config/errors.js';
import { validateAgainstSchema, validateReplicaPlacement } from '../../../src/config/validate.js';
import { CANOPY_3, MODULES_3, SHARDS_3, build, includesAll, invalid } from './support.js';
import { buildConfig } from '../../../src/config/validate.js';

const seed = (name: string): string => readFileSync(`test/fixtures/config/seed/${name}`, 'utf8');

describe("config: design 003's examples", () => {
  it('the seed modules.conf and module-shards.conf load as they are with a three-member cluster', () => {
    const config = buildConfig({
      canopy: { file: 'seed/canopy.conf', text: seed('canopy.conf') },
      modules: { file: 'seed/modules.conf', text: seed('modules.conf') },
      moduleShards: { file: 'seed/module-shards.conf', text: seed('module-shards.conf') },
    });
    assert.deepEqual(
      config.shards.map((s) => [s.name, s.module, s.replicas.join(' ')]),
      [
        ['default', 'default', 'member-1 member-2 member-3'],
        ['topology', 'topology', 'member-3 member-2 member-1'],
        ['inventory', 'inventory', 'member-2 member-1 member-3'],
        ['toaster', 'toaster', 'member-1 member-2 member-3'],
      ],
    );
    assert.deepEqual(
      config.modules.map((m) => [m.name, m.namespace, m.strategy.type, m.shard]),
      [
        ['inventory', 'urn:opendaylight:inventory', 'module', 'inventory'],
        ['topology', 'urn:TBD:params:xml:ns:yang:network-topology', 'module', 'topology'],
        ['toaster', 'http://netconfcentral.org/ns/toaster', 'module', 'toaster'],
      ],
    );
  });

  it('the seed module-shards.conf with a one-member cluster names each replica that is not a member', () => {
    const message = invalid(() => build('', seed('modules.conf'), seed('module-shards.conf')));
    includesAll(
      message,
      'conf/module-shards.conf:9: module-shards[0].shards[0].replicas[1]: "member-2" is not a ' +
        'member of the cluster (cluster.members in canopy.conf: member-1)',
      'conf/module-shards.conf:10: module-shards[0].shards[0].replicas[2]: "member-3"',
    );
  });
});

describe('config: canopy.conf', () => {
  it('an empty canopy.conf gives the documented defaults', () => {
    const c = build('', MODULES_3, SHARDS_3.replaceAll(', "member-2", "member-3"', ''));
    assert.equal(c.memberName, 'member-1');
    assert.equal(c.dataDir, './data');
    assert.deepEqual(c.http, {
      host: '127.0.0.1',
      port: 8181,
      publicUrl: undefined,
      accessLog: true,
      bodyBytesMax: 8 * 1024 * 1024,
      requestTimeoutMs: 60_000,
      keepAliveTimeoutMs: 72_000,
      closeGraceMs: 10_000,
      streamsMax: 256,
      streamBufferBytesMax: 4 * 1024 * 1024,
      streamHeartbeatIntervalMs: 15_000,
      namedStreamsMax: 1024,
      namedStreamIdleMs: 300_000,
    });
    assert.deepEqual(c.cluster.members, [{ name: 'member-1', host: '127.0.0.1', port: 2550 }]);
    assert.deepEqual(c.datastore.config, {
      persistent: true,
      shardTransactionIdleTimeoutMs: 600_000,
      operationTimeoutMs: 5000,
      shardTransactionCommitTimeoutMs: 30_000,
      shardTransactionResolveIntervalMs: 1000,
      shardTransactionCommitQueueCapacity: 50_000,
      shardSnapshotBatchCount: 20_000,
      shardSnapshotDataThresholdPercentage: 12,
      shardSnapshotDataThresholdBytes: 0,
      shardBatchedModificationCount: 1000,
      shardHeartbeatIntervalMs: 100,
      shardElectionTimeoutFactor: 4,
      shardAppendEntriesInflightMax: 256,
      shardAppendEntriesBytesMax: 1024 * 1024,
      shardSnapshotChunkBytes: 1024 * 1024,
      shardIsolatedLeaderCheckIntervalMs: 5000,
      shardLeaderElectionTimeoutMs: 30_000,
      shardInitializationTimeoutMs: 300_000,
    });
    assert.deepEqual(c.datastore.operational, { ...c.datastore.config, persistent: false });
    assert.deepEqual(c.journal, { syncedHighWater: 'trailing' });
    assert.deepEqual(c.rpc, {
      gossipIntervalMs: 500,
      downMemberExpiryMs: 10_000,
      requestTimeoutMs: 30_000,
    });
    assert.deepEqual(c.examples, { toasterProvider: true });
  });

  it('examples { toaster-provider } places the toaster sample; a non-boolean is refused with file:line', () => {
    assert.equal(
      build(`${CANOPY_3}examples { toaster-provider = false }\n`).examples.toasterProvider,
      false,
    );
    includesAll(
      invalid(() => build(`${CANOPY_3}examples.toaster-provider = maybe\n`)),
      'conf/canopy.conf:10: examples.toaster-provider',
    );
    includesAll(
      invalid(() => build(`${CANOPY_3}examples.toaster = true\n`)),
      'conf/canopy.conf:10: examples.toaster',
    );
  });

  it('rpc { } sets the gossip interval and the down-member expiry, in milliseconds', () => {
    const c = build(
      `${CANOPY_3}rpc { gossip-interval-ms = 250, down-member-expiry-ms = 5000, request-timeout-ms = 700 }\n`,
    );
    assert.deepEqual(c.rpc, {
      gossipIntervalMs: 250,
      downMemberExpiryMs: 5000,
      requestTimeoutMs: 700,
    });
  });

  it('an rpc setting out of range, or an expiry shorter than the interval, is refused naming the key', () => {
    includesAll(
      invalid(() => build(`${CANOPY_3}rpc.gossip-interval-ms = 0\n`)),
      'conf/canopy.conf:10: rpc.gossip-interval-ms: expected a whole number from 10 to 2147483647',
    );
    includesAll(
      invalid(() =>
        build(`${CANOPY_3}rpc { gossip-interval-ms = 1000, down-member-expiry-ms = 500 }\n`),
      ),
      'rpc.down-member-expiry-ms: 500 ms is shorter than rpc.gossip-interval-ms (1000 ms)',
    );
    includesAll(
      invalid(() => build(`${CANOPY_3}rpc { gossip-interval = 100 }\n`)),
      'rpc.gossip-interval: unknown key; did you mean "gossip-interval-ms"?',
    );
  });

  it('journal.synced-high-water takes strict, trailing or off, and names the choices otherwise', () => {
    for (const mode of ['strict', 'trailing', 'off'] as const) {
      const c = build(`${CANOPY_3}\njournal { synced-high-water = ${mode} }`);
      assert.equal(c.journal.syncedHighWater, mode);
    }
    const message = invalid(() => build(`${CANOPY_3}\njournal.synced-high-water = always`));
    includesAll(
      message,
      'conf/canopy.conf:11: journal.synced-high-water: expected one of strict, trailing, off',
    );
  });

  it('http.access-log is a boolean; anything else is refused naming the line and key', () => {
    assert.equal(build(`${CANOPY_3}http.access-log = false\n`).http.accessLog, false);
    const message = invalid(() => build(`${CANOPY_3}http { access-log = sometimes }\n`));
    includesAll(message, 'http.access-log', 'expected true or false, got "sometimes"');
  });

  it('the Config is deeply frozen', () => {
    const c = build(CANOPY_3);
    assert.ok(Object.isFrozen(c) && Object.isFrozen(c.datastore.config));
    assert.ok(Object.isFrozen(c.shards[1]!.replicas) && Object.isFrozen(c.cluster.members[2]));
    assert.throws(() => {
      (c.http as { port: number }).port = 1;
    }, TypeError);
  });

  it('a datastore key applies to both types; a config { } or operational { } key wins for its type', () => {
    const c = build(`${CANOPY_3}
      datastore {
        persistent = true
        shard-snapshot-batch-count = 500
        operation-timeout-in-seconds = 2
        shard-snapshot-data-threshold = 64
        config { shard-snapshot-batch-count = 700 }
        operational.shard-heartbeat-interval-in-millis = 250
      }`);
    assert.equal(c.datastore.operational.persistent, true);
    assert.equal(c.datastore.config.shardSnapshotBatchCount, 700);
    assert.equal(c.datastore.operational.shardSnapshotBatchCount, 500);
    assert.equal(c.datastore.config.operationTimeoutMs, 2000);
    assert.equal(c.datastore.operational.shardHeartbeatIntervalMs, 250);
    assert.equal(c.datastore.config.shardHeartbeatIntervalMs, 100);
    assert.equal(c.datastore.config.shardSnapshotDataThresholdBytes, 64 * 1024 * 1024);
  });

  it('an unknown key is rejected with its line, key path and the closest known key', () => {
    const message = invalid(() =>
      build(`${CANOPY_3}datastore {\n  shard-snapshot-batch-cont = 5\n}\nhtp.port = 1\n`),
    );
    includesAll(
      message,
      'conf/canopy.conf:11: datastore.shard-snapshot-batch-cont: unknown key; did you mean ' +
        '"shard-snapshot-batch-count"?',
      'conf/canopy.conf:13: htp: unknown key; did you mean "http"?',
    );
  });

  it('values out of range or of the wrong type name the key, the range and the unit', () => {
    const message = invalid(() =>
      build(`${CANOPY_3}
http.port = 70000
datastore {
  shard-snapshot-data-threshold-percentage = 101
  shard-batched-modification-count = 0
  persistent = 5
  shard-transaction-idle-timeout-in-minutes = 1.5
  operational.operation-timeout-in-seconds = -3
  shard-election-timeout-factor = 1
  config.shard-snapshot-batch-count = null
}`),
    );
    includesAll(
      message,
      'conf/canopy.conf:11: http.port: expected a whole number from 1 to 65535, got 70000',
      'conf/canopy.conf:13: datastore.shard-snapshot-data-threshold-percentage: expected a whole ' +
        'number from 0 to 100 (percent), got 101',
      'conf/canopy.conf:14: datastore.shard-batched-modification-count: expected a whole number ' +
        'from 1 to 4294967295 (modifications), got 0',
      'conf/canopy.conf:15: datastore.persistent: expected true or false, got 5',
      'datastore.shard-transaction-idle-timeout-in-minutes: expected a whole number from 1 to ' +
        '35791 (minutes), got 1.5',
      'conf/canopy.conf:17: datastore.operational.operation-timeout-in-seconds: expected a whole ' +
        'number from 1 to 2147483 (seconds), got -3',
      'conf/canopy.conf:18: datastore.shard-election-timeout-factor: expected a whole number from 2',
      'conf/canopy.conf:19: datastore.config.shard-snapshot-batch-count: expected a whole number ' +
        'from 1 to 4294967295 (journal entries), got null; remove the line to use the default',
    );
  });

  it('the Raft limits load in bytes and messages, and refuse values out of range naming the unit', () => {
    const c = build(`${CANOPY_3}
datastore {
  shard-append-entries-inflight-max = 16
  shard-append-entries-bytes-max = 65536
  operational.shard-snapshot-chunk-bytes = 4096
}`);
    assert.equal(c.datastore.config.shardAppendEntriesInflightMax, 16);
    assert.equal(c.datastore.config.shardAppendEntriesBytesMax, 65536);
    assert.equal(c.datastore.config.shardSnapshotChunkBytes, 1024 * 1024, 'the default');
    assert.equal(c.datastore.operational.shardSnapshotChunkBytes, 4096);
    const message = invalid(() =>
      build(`${CANOPY_3}
datastore {
  shard-append-entries-inflight-max = 0
  shard-append-entries-bytes-max = 1000
  shard-snapshot-chunk-bytes = 268435457
}`),
    );
    includesAll(
      message,
      'conf/canopy.conf:12: datastore.shard-append-entries-inflight-max: expected a whole number ' +
        'from 1 to 65536 (messages), got 0',
      'conf/canopy.conf:13: datastore.shard-append-entries-bytes-max: expected a whole number ' +
        'from 1024 to 268435456 (bytes), got 1000',
      'conf/canopy.conf:14: datastore.shard-snapshot-chunk-bytes: expected a whole number from ' +
        '1024 to 268435456 (bytes), got 268435457',
    );
  });

  it('the http limits and public URL load from the file, streams.* from a nested block', () => {
    const c = build(`${CANOPY_3}
http {
  public-url = "https://canopy.example.org:8443/api/"
  body-bytes-max = 1024
  request-timeout-ms = 0
  keep-alive-timeout-ms = 5000
  close-grace-ms = 0
  streams { max = 3, buffer-bytes-max = 65536 }
  streams.heartbeat-interval-ms = 0
  streams.named-max = 5
}`);
    assert.deepEqual(c.http, {
      host: '127.0.0.1',
      port: 8181,
      publicUrl: 'https://canopy.example.org:8443/api',
      bodyBytesMax: 1024,
      requestTimeoutMs: 0,
      keepAliveTimeoutMs: 5000,
      closeGraceMs: 0,
      streamsMax: 3,
      streamBufferBytesMax: 65536,
      streamHeartbeatIntervalMs: 0,
      accessLog: true,
      namedStreamsMax: 5,
      namedStreamIdleMs: 300_000,
    });
  });

  it('http limits out of range, unknown http keys and a bad public URL name the key, line and range', () => {
    const message = invalid(() =>
      build(`${CANOPY_3}
http {
  body-bytes-max = 0
  keep-alive-timeout-ms = 0
  streams.buffer-bytes-max = 1073741825
  streams.maxx = 1
  body-size-max = 1
  public-url = "ftp://example.org"
}
`),
    );
    includesAll(
      message,
      'conf/canopy.conf:12: http.body-bytes-max: expected a whole number from 1 to 268435456 ' +
        '(bytes), got 0',
      'conf/canopy.conf:13: http.keep-alive-timeout-ms: expected a whole number from 1 to ' +
        '2147483647 (milliseconds), got 0',
      'conf/canopy.conf:14: http.streams.buffer-bytes-max: expected a whole number from 1 to ' +
        '1073741824 (bytes), got 1073741825',
      'conf/canopy.conf:15: http.streams.maxx: unknown key; did you mean "max"?',
      'conf/canopy.conf:16: http.body-size-max: unknown key; did you mean "body-bytes-max"?',
      'conf/canopy.conf:17: http.public-url: expected an http:// or https:// URL',
    );
  });

  it('a public URL with a user name, a query or a fragment is refused', () => {
    for (const url of ['https://u:p@example.org', 'https://example.org/?a=1', 'http://h/#x']) {
      const message = invalid(() => build(`${CANOPY_3}http.public-url = "${url}"\n`));
      assert.match(message, /http\.public-url: /, url);
    }
  });

  it('a string of digits and "true" are read as HOCON reads them', () => {
    const c = build(`${CANOPY_3}http.port = "8182"\ndatastore.persistent = "false"\n`);
    assert.equal(c.http.port, 8182);
    assert.equal(c.datastore.config.persistent, false);
  });

  it('a member-name that is not in cluster.members is rejected naming the file, line and members', () => {
    const message = invalid(() =>
      build(CANOPY_3.replace('member-name = "member-1"', 'member-name = "member-9"')),
    );
    includesAll(
      message,
      'conf/canopy.conf:2: member-name: this member, "member-9", is not in cluster.members ' +
        '(member-1, member-2, member-3)',
    );
  });

  it('the default member-name must be in the cluster too', () => {
    const canopy = 'cluster.members = [ { name = "a", host = "h", port = 1 } ]\n';
    const message = invalid(() => build(canopy, 'modules = []', 'module-shards = []'));
    includesAll(message, 'conf/canopy.conf: member-name: this member, "member-1" (the default)');
  });

  it('members: names and addresses unique, at least one, each with name, host and port', () => {
    const message = invalid(() =>
      build(
        `member-name = "a"
cluster.members = [
  { name = "a", host = "h1", port = 2550 }
  { name = "b", host = "h1", port = 2550 }
  { name = "a", host = "h2", port = 2550 }
  { name = "c", host = "h 3" }
  { name = "-d", host = "h4", port = 1 }
]`,
        'modules = []',
        'module-shards = []',
      ),
    );
    includesAll(
      message,
      'conf/canopy.conf:4: cluster.members[1].port: h1:2550 is also the address of members[0]',
      'conf/canopy.conf:5: cluster.members[2].name: the member "a" is listed twice (first as members[0])',
      'conf/canopy.conf:6: cluster.members[3]: missing key "port"',
      'conf/canopy.conf:6: cluster.members[3].host: expected a host name or IP address',
      'conf/canopy.conf:7: cluster.members[4].name: expected a name of letters, digits',
    );
    includesAll(
      invalid(() => build('cluster.members = []', 'modules = []', 'module-shards = []')),
      'conf/canopy.conf:1: cluster.members: the cluster needs at least one member',
    );
  });

  it("HTTP on this member's cluster address is rejected", () => {
    const message = invalid(() => build(`${CANOPY_3}http.port = 2550\n`));
    includesAll(
      message,
      "conf/canopy.conf:10: http.port: 127.0.0.1:2550 is also this member's cluster address",
    );
  });

  it('a wrong type for a block names the block', () => {
    includesAll(
      invalid(() => build(`${CANOPY_3}datastore = 5\n`)),
      'conf/canopy.conf:10: datastore: expected an object ({ ... }), got 5',
    );
  });
});

describe('config: modules.conf', () => {
  it('prefix entries load beside module entries of the same namespace', () => {
    const c = build(
      CANOPY_3,
      `modules = [
  { name = "inventory", namespace = "urn:opendaylight:inventory", shard-strategy = "module" }
  {
    name = "inventory-nodes"
    namespace = "urn:opendaylight:inventory"
    shard-strategy = "prefix"
    prefix = "/opendaylight-inventory:nodes/node"
  }
  {
    name = "node-1"
    namespace = "urn:opendaylight:inventory"
    shard-strategy = "prefix"
    prefix = "/opendaylight-inventory:nodes/node=openflow%3A1"
  }
]`,
      `module-shards = [
  { name = "inventory", shards = [ { name = "inventory", replicas = ["member-1"] } ] }
  { name = "inventory-nodes", shards = [ { name = "nodes", replicas = ["member-2"] } ] }
  { name = "node-1", shards = [ { name = "node-1", replicas = ["member-3"] } ] }
]`,
    );
    assert.deepEqual(
      c.modules
        .filter((m) => m.strategy.type === 'prefix')
        .map((m) => [m.name, m.strategy, m.shard]),
      [
        [
          'inventory-nodes',
          { type: 'prefix', prefix: '/opendaylight-inventory:nodes/node' },
          'nodes',
        ],
        [
          'node-1',
          { type: 'prefix', prefix: '/opendaylight-inventory:nodes/node=openflow%3A1' },
          'node-1',
        ],
      ],
    );
  });

  it('names unique and not "default", one module entry per namespace, a known strategy', () => {
    const message = invalid(() =>
      build(
        CANOPY_3,
        `modules = [
  { name = "inventory", namespace = "urn:opendaylight:inventory", shard-strategy = "module" }
  { name = "inventory", namespace = "urn:x", shard-strategy = "module" }
  { name = "inv2", namespace = "urn:opendaylight:inventory", shard-strategy = "module" }
  { name = "default", namespace = "urn:y", shard-strategy = "module" }
  { name = "t", namespace = "urn:t", shard-strategy = "modul" }
  { name = "u", namespace = "not a uri", shard-strategy = "module" }
  { namespace = "urn:v", shard-strategy = "module", shard = "x" }
]`,
        'module-shards = [ { name = "inventory", shards = [ { name = "inventory", replicas = ["member-1"] } ] } ]',
      ),
    );
    includesAll(
      message,
      'conf/modules.conf:3: modules[1].name: the module "inventory" is listed twice (first at line 2); remove one',
      'conf/modules.conf:4: modules[2].namespace: the namespace "urn:opendaylight:inventory" already has ' +
        'a module entry (at line 2)',
      'conf/modules.conf:5: modules[3].name: the name "default" is reserved for the default shard',
      'conf/modules.conf:6: modules[4].shard-strategy: expected "module" or "prefix", got "modul"; did ' +
        'you mean "module"?',
      'conf/modules.conf:7: modules[5].namespace: expected a YANG namespace URI',
      'conf/modules.conf:8: modules[6].shard: unknown key',
      'conf/modules.conf:8: modules[6]: missing key "name"',
    );
  });

  it('prefixes: required with "prefix", refused with "module", shaped like an RFC 8040 path, unique', () => {
    const message = invalid(() =>
      build(
        CANOPY_3,
        `modules = [
  { name = "a", namespace = "urn:a", shard-strategy = "prefix" }
  { name = "b", namespace = "urn:b", shard-strategy = "module", prefix = "/b:b" }
  { name = "c", namespace = "urn:c", shard-strategy = "prefix", prefix = "c:c/d" }
  { name = "d", namespace = "urn:d", shard-strategy = "prefix", prefix = "/d/e" }
  { name = "e", namespace = "urn:e", shard-strategy = "prefix", prefix = "/e:e//f" }
  { name = "f", namespace = "urn:f", shard-strategy = "prefix", prefix = "/f:f/g" }
  { name = "g", namespace = "urn:f", shard-strategy = "prefix", prefix = "/f:f/g" }
]`,
        'module-shards = []',
      ),
    );
    includesAll(
      message,
      'conf/modules.conf:2: modules[0]: missing key "prefix"',
      'conf/modules.conf:3: modules[1].prefix: a prefix is only read with shard-strategy = "prefix"',
      'conf/modules.conf:4: modules[2].prefix: expected an RFC 8040 path',
      'conf/modules.conf:5: modules[3].prefix: the prefix "/d/e" must name its module in the first step',
      'conf/modules.conf:6: modules[4].prefix: the prefix "/e:e//f" must start with',
      'conf/modules.conf:8: modules[6].prefix: this prefix is listed twice (first at line 7)',
    );
  });

  it('a module in modules.conf without a module-shards.conf entry is refused, not sent to default', () => {
    const message = invalid(() =>
      build(CANOPY_3, MODULES_3, SHARDS_3.replace(/^.*"toaster".*$/m, '')),
    );
    includesAll(
      message,
      'conf/modules.conf:5: modules[2].name: the module "toaster" has no entry in ' +
        'conf/module-shards.conf; add one with its replicas, or remove the module here',
    );
  });
});

describe('config: module-shards.conf', () => {
  it('a module listed in module-shards.conf but not in modules.conf is rejected naming the file and the module', () => {
    const message = invalid(() =>
      build(
        CANOPY_3,
        MODULES_3,
        `${SHARDS_3.trimEnd().slice(0, -1)}  { name = "toastr", shards = [ { name = "t2", replicas = ["member-1"] } ] }\n]`,
      ),
    );
    includesAll(
      message,
      'conf/module-shards.conf:6: module-shards[3].name: the module "toastr" is not in ' +
        'conf/modules.conf (it lists inventory, topology, toaster); did you mean "toaster"?',
    );
  });

  it('a duplicate shard is reported with the line of the first', () => {
    const message = invalid(() =>
      build(
        CANOPY_3,
        MODULES_3,
        `module-shards = [
  {
    name = "inventory"
    shards = [ { name = "inventory", replicas = ["member-1"] } ]
  }
  {
    name = "topology"
    shards = [
      {
        name = "inventory"
        replicas = ["member-1"]
      }
    ]
  }
  {
    name = "inventory"
    shards = [ { name = "inv", replicas = ["member-1"] } ]
  }
]`,
      ),
    );
    includesAll(
      message,
      'conf/module-shards.conf:10: module-shards[1].shards[0].name: the shard "inventory" is listed ' +
        'twice (first at line 4)',
      'conf/module-shards.conf:16: module-shards[2].name: the module "inventory" is listed twice ' +
        '(first at line 3)',
    );
    // The module whose shard name is the duplicate has its entry: no second, false complaint.
    assert.ok(!message.includes('"topology" has no entry'), message);
  });

  it('exactly one shard per entry, replicas non-empty and unique, members suggested for typos', () => {
    const message = invalid(() =>
      build(
        CANOPY_3,
        MODULES_3,
        `module-shards = [
  { name = "inventory", shards = [] }
  { name = "topology", shards = [ { name = "a", replicas = ["member-1"] }, { name = "b", replicas = ["member-1"] } ] }
  { name = "toaster", shards = [ { name = "toaster", replicas = [] } ] }
  { name = "default", shards = [ { name = "default", replicas = ["member-1", "member-1", "membr-2"] } ] }
]`,
      ),
    );
    includesAll(
      message,
      'conf/module-shards.conf:2: module-shards[0].shards: expected one shard, got none',
      "conf/module-shards.conf:3: module-shards[1].shards: expected one shard, got 2: canopy places all of a module's data in one shard",
      'conf/module-shards.conf:4: module-shards[2].shards[0].replicas: a shard needs at least one replica',
      'module-shards[3].shards[0].replicas[1]: the replica "member-1" is listed twice (first at line 5)',
      'module-shards[3].shards[0].replicas[2]: "membr-2" is not a member of the cluster ' +
        '(cluster.members in canopy.conf: member-1, member-2, member-3); did you mean "member-2"?',
    );
  });

  it('without a "default" entry, a default shard on every member is added first', () => {
    const c = build(CANOPY_3);
    assert.deepEqual(c.shards[0], {
      name: 'default',
      module: 'default',
      replicas: ['member-1', 'member-2', 'member-3'],
    });
    assert.equal(c.shards.length, 4);
  });

  it('the "default" shard name belongs to the "default" entry, which names its shard "default"', () => {
    const message = invalid(() =>
      build(
        CANOPY_3,
        MODULES_3,
        SHARDS_3.replace('name = "toaster", replicas', 'name = "default", replicas').replace(
          /\]\s*$/,
          '{ name = "default", shards = [ { name = "dflt", replicas = ["member-1"] } ] }\n]',
        ),
      ),
    );
    includesAll(
      message,
      'conf/module-shards.conf:5: module-shards[2].shards[0].name: the shard name "default" belongs to the "default" entry',
      'conf/module-shards.conf:6: module-shards[3].shards[0].name: the shard of the "default" entry must be named "default", got "dflt"',
    );
  });
});

describe('config: every problem in one error', () => {
  it('an invalid modules.conf entry is reported once, not again as missing from module-shards.conf', () => {
    try {
      build(
        CANOPY_3,
        MODULES_3.replace('shard-strategy = "module" }', 'shard-strategy = "modular" }'),
      );
      assert.fail('expected ConfigValidationError');
    } catch (e) {
      assert.ok(e instanceof ConfigValidationError);
      assert.deepEqual(
        e.problems.map((p) => p.key),
        ['modules[0].shard-strategy'],
      );
    }
  });

  it('problems within a file are listed top to bottom, whatever order they were found in', () => {
    const message = invalid(() =>
      build('member-name = "member-2"\nhttp.port = 0\n', 'modules = []', 'module-shards = []'),
    );
    assert.match(
      message,
      /^conf\/canopy\.conf:1: member-name: .*\nconf\/canopy\.conf:2: http\.port: /,
    );
  });

  it('problems in all three files are reported together, file by file', () => {
    try {
      build(`${CANOPY_3}http.port = 0\n`, 'modules = [ { name = "x" } ]', 'modules-shards = []');
      assert.fail('expected ConfigValidationError');
    } catch (e) {
      assert.ok(e instanceof ConfigValidationError);
      assert.deepEqual(
        e.problems.map((p) => `${p.origin.type === 'file' ? p.origin.file : ''} ${p.key}`),
        [
          'conf/canopy.conf http.port',
          'conf/modules.conf modules[0]',
          'conf/modules.conf modules[0]',
          'conf/module-shards.conf modules-shards',
        ],
      );
      includesAll(e.message.split('\n')[3]!, 'unknown key; did you mean "module-shards"?');
    }
  });
});

describe('config: namespaces against the YANG schema', () => {
  const known = new Set([
    'urn:opendaylight:inventory',
    'urn:TBD:params:xml:ns:yang:network-topology',
    'http://netconfcentral.org/ns/toaster',
  ]);

  it('passes when every namespace belongs to a loaded module', () => {
    validateAgainstSchema(build(CANOPY_3), known);
    build(CANOPY_3, MODULES_3, SHARDS_3, { namespaces: known });
  });

  it('a namespace with no YANG module is rejected naming the file, line, key and the known namespaces', () => {
    const c = build(
      CANOPY_3,
      MODULES_3.replace('urn:opendaylight:inventory', 'urn:opendaylight:inventry'),
    );
    const message = invalid(() => validateAgainstSchema(c, known));
    includesAll(
      message,
      'conf/modules.conf:3: modules[0].namespace: no YANG module has the namespace ' +
        '"urn:opendaylight:inventry" (module "inventory"; the loaded modules\' namespaces: ' +
        'http://netconfcentral.org/ns/toaster, urn:TBD:params:xml:ns:yang:network-topology, ' +
        'urn:opendaylight:inventory); did you mean "urn:opendaylight:inventory"?',
    );
    includesAll(
      invalid(() =>
        build(CANOPY_3, MODULES_3.replace('urn:opendaylight:inventory', 'urn:x'), SHARDS_3, {
          namespaces: known,
        }),
      ),
      'conf/modules.conf:3: modules[0].namespace: no YANG module has the namespace "urn:x"',
    );
  });

  it('with no YANG modules loaded, says so', () => {
    includesAll(
      invalid(() => validateAgainstSchema(build(CANOPY_3), new Set())),
      'no YANG modules are loaded',
    );
  });
});

describe('config: replica placement across members', () => {
  const CANOPY_1 = `
member-name = "member-1"
cluster { members = [ { name = "member-1", host = "127.0.0.1", port = 2550 } ] }
`;
  const SHARDS_1 = SHARDS_3.replaceAll('["member-1", "member-2", "member-3"]', '["member-1"]');

  it('passes when every shard has one replica, on this member', () => {
    validateReplicaPlacement(build(CANOPY_1, MODULES_3, SHARDS_1));
  });

  it('passes when shards are replicated on other members as well as this one (a Raft group)', () => {
    validateReplicaPlacement(build(CANOPY_3));
  });

  it('passes for the default shard placed on every member of a multi-member cluster', () => {
    validateReplicaPlacement(build(CANOPY_3, MODULES_3, SHARDS_1));
  });

  it('a shard with no replica on this member is refused, naming where its replicas are', () => {
    const shards = SHARDS_1.replace(
      '{ name = "toaster", replicas = ["member-1"] }',
      '{ name = "toaster", replicas = ["member-2", "member-3"] }',
    );
    const message = invalid(() => validateReplicaPlacement(build(CANOPY_3, MODULES_3, shards)));
    includesAll(
      message,
      'conf/module-shards.conf:5: module-shards[2].shards[0].replicas: shard "toaster" has no ' +
        'replica on this member (member-1); its replicas are on member-2, member-3',
      'this release needs a replica of every shard on every member',
      'add "member-1" to its replicas',
    );
    assert.ok(!message.includes('"inventory"'), message);
    assert.ok(!message.includes('"default"'), message);
  });
});

/**
 * Goal: environment variables and command-line flags override canopy.conf with the documented
 * precedence (flags > environment > file > defaults), and a bad override is an error naming the
 * variable or flag, never a silent fallback. Method: buildConfig with inline files and explicit
 * `env` and `flags` objects (never process.env), asserting on the Config or the message.
 */
import { strict as assert } from 'node:assert';
import { CANOPY_3, build, includesAll, invalid } from './support.js';

const FILE = `${CANOPY_3}data-dir = "/var/lib/canopy"\nhttp.port = 9000\n`;

describe('config: overrides by environment and flags', () => {
  it('the named environment variables override the file', () => {
    const c = build(FILE, undefined, undefined, {
      env: {
        CANOPY_MEMBER_NAME: 'member-2',
        CANOPY_DATA_DIR: '/tmp/d',
        CANOPY_HTTP_HOST: '0.0.0.0',
        CANOPY_HTTP_PORT: '8282',
      },
    });
    assert.equal(c.memberName, 'member-2');
    assert.equal(c.dataDir, '/tmp/d');
    assert.equal(c.http.host, '0.0.0.0');
    assert.equal(c.http.port, 8282);
    assert.equal(c.http.accessLog, true);
  });

  it('flags override the environment, which overrides the file, which overrides the defaults', () => {
    const env = { CANOPY_HTTP_PORT: '8282', CANOPY_DATA_DIR: '/env' };
    const flags = { httpPort: 8383 };
    const c = build(FILE, undefined, undefined, { env, flags });
    assert.equal(c.http.port, 8383); // flag
    assert.equal(c.dataDir, '/env'); // environment
    assert.equal(c.memberName, 'member-1'); // file
    assert.equal(c.http.host, '127.0.0.1'); // default
  });

  it('http.access-log is overridden by CANOPY__HTTP__ACCESS_LOG and --set, the flag winning', () => {
    const env = { CANOPY__HTTP__ACCESS_LOG: 'false' };
    assert.equal(build(FILE, undefined, undefined, { env }).http.accessLog, false);
    const flags = { set: ['http.access-log=true'] };
    assert.equal(build(FILE, undefined, undefined, { env, flags }).http.accessLog, true);
  });

  it('the generic CANOPY__ form reaches any key, in shell style or as the key is written', () => {
    const c = build(FILE, undefined, undefined, {
      env: {
        CANOPY__DATASTORE__OPERATIONAL__PERSISTENT: 'true',
        'CANOPY__datastore__shard-snapshot-batch-count': '77',
        CANOPY__DATASTORE__CONFIG__OPERATION_TIMEOUT_IN_SECONDS: '9',
        CANOPY__JOURNAL__SYNCED_HIGH_WATER: 'off',
      },
    });
    assert.equal(c.journal.syncedHighWater, 'off');
    assert.equal(c.datastore.operational.persistent, true);
    assert.equal(c.datastore.operational.shardSnapshotBatchCount, 77);
    assert.equal(c.datastore.config.operationTimeoutMs, 9000);
    assert.equal(c.datastore.operational.operationTimeoutMs, 5000);
  });

  it('--set reaches any key; the named flags reach theirs', () => {
    const c = build(FILE, undefined, undefined, {
      flags: {
        member: 'member-3',
        dataDir: 'rel/dir',
        httpHost: 'localhost',
        set: [
          'datastore.shard-heartbeat-interval-in-millis=200',
          'datastore.persistent=false',
          'journal.synced-high-water=strict',
          'rpc.gossip-interval-ms=200',
        ],
      },
    });
    assert.equal(c.memberName, 'member-3');
    assert.equal(c.dataDir, 'rel/dir');
    assert.equal(c.http.host, 'localhost');
    assert.equal(c.datastore.config.shardHeartbeatIntervalMs, 200);
    assert.equal(c.datastore.config.persistent, false);
    assert.equal(c.journal.syncedHighWater, 'strict');
    assert.equal(c.rpc.gossipIntervalMs, 200);
  });

  it('cluster.members is given as JSON', () => {
    const members = JSON.stringify([
      { name: 'member-1', host: '10.0.0.1', port: 2550 },
      { name: 'member-2', host: '10.0.0.2', port: 2550 },
      { name: 'member-3', host: '10.0.0.3', port: 2550 },
    ]);
    const c = build(FILE, undefined, undefined, { env: { CANOPY__CLUSTER__MEMBERS: members } });
    assert.deepEqual(
      c.cluster.members.map((m) => m.host),
      ['10.0.0.1', '10.0.0.2', '10.0.0.3'],
    );
  });

  it('a bad value names the environment variable or flag, the key and what was expected', () => {
    includesAll(
      invalid(() => build(FILE, undefined, undefined, { env: { CANOPY_HTTP_PORT: 'http' } })),
      'environment variable CANOPY_HTTP_PORT (http.port): expected a whole number from 1 to 65535, ' +
        'got "http"',
    );
    includesAll(
      invalid(() => build(FILE, undefined, undefined, { flags: { httpPort: '0' } })),
      'command-line flag --http-port (http.port): expected a whole number from 1 to 65535, got 0',
    );
    includesAll(
      invalid(() =>
        build(FILE, undefined, undefined, { flags: { set: ['datastore.persistent=yes'] } }),
      ),
      'command-line flag --set datastore.persistent (datastore.persistent): expected true or false, ' +
        'got "yes"',
    );
    includesAll(
      invalid(() => build(FILE, undefined, undefined, { env: { CANOPY__CLUSTER__MEMBERS: '[{' } })),
      'environment variable CANOPY__CLUSTER__MEMBERS (cluster.members): expected JSON like',
    );
  });

  it('an overridden member-name that is not in the cluster names the override, not the file', () => {
    includesAll(
      invalid(() => build(FILE, undefined, undefined, { flags: { member: 'member-7' } })),
      'command-line flag --member (member-name): this member, "member-7", is not in cluster.members',
    );
  });

  it('problems inside a JSON members list are reported against the variable', () => {
    const env = { CANOPY__CLUSTER__MEMBERS: '[{"name":"member-1","host":"h","port":99999}]' };
    includesAll(
      invalid(() => build('', 'modules = []', 'module-shards = []', { env })),
      'environment variable CANOPY__CLUSTER__MEMBERS (cluster.members[0].port): expected a whole ' +
        'number from 1 to 65535',
    );
  });

  it('an unknown key in CANOPY__ or --set is rejected with a suggestion', () => {
    includesAll(
      invalid(() =>
        build(FILE, undefined, undefined, {
          env: { CANOPY__DATASTORE__PERSISTANT: 'true' },
          flags: { set: ['http.prot=1'] },
        }),
      ),
      'environment variable CANOPY__DATASTORE__PERSISTANT (datastore.persistant): is not a setting ' +
        'of canopy.conf; did you mean "datastore.persistent"?',
      'command-line flag --set http.prot (http.prot): is not a setting of canopy.conf; did you mean ' +
        '"http.port"?',
    );
  });

  it('a CANOPY_ variable one typo away from a known one is rejected; unrelated ones are left alone', () => {
    includesAll(
      invalid(() => build(FILE, undefined, undefined, { env: { CANOPY_HTTP_PROT: '1' } })),
      'environment variable CANOPY_HTTP_PROT: is not a canopy setting; did you mean CANOPY_HTTP_PORT?',
    );
    const c = build(FILE, undefined, undefined, {
      env: { CANOPY_LOG_LEVEL: 'debug', CANOPY_SEED: '7', PATH: '/bin' },
    });
    assert.equal(c.http.port, 9000);
  });

  it('a malformed --set and one key set twice in one layer are rejected', () => {
    includesAll(
      invalid(() => build(FILE, undefined, undefined, { flags: { set: ['http.port'] } })),
      'command-line flag --set: expected key=value (like --set http.port=8182), got "http.port"',
    );
    includesAll(
      invalid(() =>
        build(FILE, undefined, undefined, {
          flags: { member: 'member-2', set: ['member-name=member-3'] },
        }),
      ),
      'command-line flag --set member-name (member-name): also set by the flag --member; keep one',
    );
    includesAll(
      invalid(() =>
        build(FILE, undefined, undefined, {
          env: { CANOPY_HTTP_PORT: '1', CANOPY__HTTP__PORT: '2' },
        }),
      ),
      'also set by the environment variable',
    );
  });
});

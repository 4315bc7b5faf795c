/**
 * Goal: `cluster.name` and `cluster.transport { }` of canopy.conf load with their documented defaults
 * and units, take overrides like every key, and are refused with file, line, key, range and unit when
 * out of range; the pairs that must agree (backoff min and max, heartbeat and idle timeout, chunk and
 * frame, message and queue) are refused together with a sentence naming both keys.
 * Method: inline file texts through buildConfig (support.ts) and loadConfig's override path.
 */
import { strict as assert } from 'node:assert';
import { TRANSPORT_DEFAULTS, TRANSPORT_SETTINGS } from '../../../src/config/settings.js';
import { CANOPY_3, build, includesAll, invalid } from './support.js';

describe('config: cluster.name and cluster.transport', () => {
  it('default to the documented values', () => {
    const c = build(CANOPY_3);
    assert.equal(c.cluster.name, 'canopy');
    assert.deepEqual(c.cluster.transport, {
      connectTimeoutMs: 5000,
      backoffMinMs: 100,
      backoffMaxMs: 2000,
      heartbeatIntervalMs: 1000,
      idleTimeoutMs: 5000,
      frameBytesMax: 1024 * 1024,
      chunkBytes: 256 * 1024,
      messageBytesMax: 16 * 1024 * 1024,
      sendQueueBytesMax: 32 * 1024 * 1024,
    });
    assert.deepEqual(c.cluster.transport, TRANSPORT_DEFAULTS);
    assert.ok(Object.isFrozen(c.cluster.transport));
  });

  it('load from the file, in a nested block or with dotted keys', () => {
    const c = build(`${CANOPY_3}
cluster {
  name = "east-1"
  transport {
    connect-timeout-ms = 250
    backoff-min-ms = 20
    frame-bytes-max = 65536
    chunk-bytes = 32768
  }
  transport.send-queue-bytes-max = 1048576
  transport.message-bytes-max = 1048576
}`);
    assert.equal(c.cluster.name, 'east-1');
    assert.equal(c.cluster.members.length, 3, 'the members of the first cluster block stay');
    assert.deepEqual(c.cluster.transport, {
      ...TRANSPORT_DEFAULTS,
      connectTimeoutMs: 250,
      backoffMinMs: 20,
      frameBytesMax: 65536,
      chunkBytes: 32768,
      sendQueueBytesMax: 1048576,
      messageBytesMax: 1048576,
    });
  });

  it('values out of range, unknown keys and a bad name are refused naming line, key, range and unit', () => {
    const message = invalid(() =>
      build(`${CANOPY_3}cluster {
  name = "not a name"
  transport {
    frame-bytes-max = 100
    heartbeat-interval-ms = 0
    chunk-byte = 5
  }
}`),
    );
    includesAll(
      message,
      'conf/canopy.conf:11: cluster.name: expected a name',
      'conf/canopy.conf:13: cluster.transport.frame-bytes-max: expected a whole number from 4096 ' +
        'to 67108864 (bytes), got 100',
      'conf/canopy.conf:14: cluster.transport.heartbeat-interval-ms: expected a whole number ' +
        'from 10 to 2147483647 (milliseconds), got 0',
      'conf/canopy.conf:15: cluster.transport.chunk-byte: unknown key; did you mean "chunk-bytes"?',
    );
  });

  it('settings that must agree are refused with both keys named, at the key that was written', () => {
    const message = invalid(() =>
      build(`${CANOPY_3}cluster.transport {
  backoff-min-ms = 5000
  idle-timeout-ms = 1000
  chunk-bytes = 1048576
  message-bytes-max = 67108864
}`),
    );
    includesAll(
      message,
      'conf/canopy.conf:11: cluster.transport.backoff-min-ms: backoff-min-ms (5000) is above ' +
        'backoff-max-ms (2000)',
      'conf/canopy.conf:12: cluster.transport.idle-timeout-ms: heartbeat-interval-ms (1000) must ' +
        'be shorter than idle-timeout-ms (1000)',
      'conf/canopy.conf:13: cluster.transport.chunk-bytes: chunk-bytes (1048576) plus 1024 bytes ' +
        'of frame overhead must fit in frame-bytes-max (1048576)',
      'conf/canopy.conf:14: cluster.transport.message-bytes-max: message-bytes-max (67108864) is ' +
        'above send-queue-bytes-max (33554432)',
    );
  });

  it('take environment variables and --set flags like every key', () => {
    const c = build(CANOPY_3, undefined, undefined, {
      env: {
        CANOPY__CLUSTER__NAME: 'from-env',
        CANOPY__CLUSTER__TRANSPORT__HEARTBEAT_INTERVAL_MS: '250',
      },
      flags: { set: ['cluster.transport.idle-timeout-ms=900'] },
    });
    assert.equal(c.cluster.name, 'from-env');
    assert.equal(c.cluster.transport.heartbeatIntervalMs, 250);
    assert.equal(c.cluster.transport.idleTimeoutMs, 900);
  });

  it('every transport key is a whole number with a range that holds its default', () => {
    for (const spec of TRANSPORT_SETTINGS) {
      assert.ok(spec.min <= spec.default && spec.default <= spec.max, spec.key);
      assert.match(spec.key, /-(ms|bytes|bytes-max)$/, `${spec.key} names its unit last`);
    }
  });
});

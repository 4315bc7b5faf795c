/**
 * Goal: `cluster.membership { }` of canopy.conf loads with its documented defaults and units, takes a
 * fractional phi threshold, takes overrides like every key, and is refused with file, line, key,
 * range and unit when out of range. Method: inline file texts through buildConfig (support.ts).
 */
import { strict as assert } from 'node:assert';
import { MEMBERSHIP_DEFAULTS, MEMBERSHIP_SETTINGS } from '../../../src/config/settings.js';
import { CANOPY_3, build, includesAll, invalid } from './support.js';

describe('config: cluster.membership', () => {
  it('defaults to the documented values', () => {
    const c = build(CANOPY_3);
    assert.deepEqual(c.cluster.membership, {
      heartbeatIntervalMs: 500,
      phiThreshold: 8,
      acceptableHeartbeatPauseMs: 1500,
      minStdDeviationMs: 100,
      firstHeartbeatEstimateMs: 500,
      maxSampleSize: 1000,
      downAfterMs: 10_000,
    });
    assert.deepEqual(c.cluster.membership, MEMBERSHIP_DEFAULTS);
    assert.ok(Object.isFrozen(c.cluster.membership));
  });

  it('loads from the file, a fractional threshold included', () => {
    const c = build(`${CANOPY_3}
cluster.membership {
  heartbeat-interval-ms = 200
  phi-threshold = 10.5
  down-after-ms = 0
}`);
    assert.deepEqual(c.cluster.membership, {
      ...MEMBERSHIP_DEFAULTS,
      heartbeatIntervalMs: 200,
      phiThreshold: 10.5,
      downAfterMs: 0,
    });
  });

  it('values out of range and unknown keys are refused naming line, key, range and unit', () => {
    const message = invalid(() =>
      build(`${CANOPY_3}cluster.membership {
  phi-threshold = 0.5
  heartbeat-interval-ms = 2.5
  min-std-deviation-ms = 0
  threshold = 8
}`),
    );
    includesAll(
      message,
      'conf/canopy.conf:11: cluster.membership.phi-threshold: expected a number from 1 to 100 (phi), got 0.5',
      'conf/canopy.conf:12: cluster.membership.heartbeat-interval-ms: expected a whole number from ' +
        '10 to 2147483647 (milliseconds), got 2.5',
      'conf/canopy.conf:13: cluster.membership.min-std-deviation-ms: expected a whole number from ' +
        '1 to 2147483647 (milliseconds), got 0',
      'conf/canopy.conf:14: cluster.membership.threshold: unknown key',
    );
  });

  it('takes environment variables and --set flags like every key', () => {
    const c = build(CANOPY_3, undefined, undefined, {
      env: { CANOPY__CLUSTER__MEMBERSHIP__PHI_THRESHOLD: '12.25' },
      flags: { set: ['cluster.membership.down-after-ms=3000'] },
    });
    assert.equal(c.cluster.membership.phiThreshold, 12.25);
    assert.equal(c.cluster.membership.downAfterMs, 3000);
  });

  it('every key has a range that holds its default and names its unit last', () => {
    for (const spec of MEMBERSHIP_SETTINGS) {
      assert.ok(spec.min <= spec.default && spec.default <= spec.max, spec.key);
      assert.match(spec.key, /-(ms|threshold|size)$/, spec.key);
    }
  });
});

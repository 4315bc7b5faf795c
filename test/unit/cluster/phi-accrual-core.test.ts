/**
 * Goal: the phi-accrual detector computes what the paper and Akka's detector define: phi is
 * -log10 of the normal tail of the silence, with the mean lengthened by the acceptable pause and the
 * deviation floored; it adapts to the intervals it measures, ignores the gap that ended a suspicion,
 * and forgets the oldest intervals. Method: phi against the standard normal distribution's known
 * values (tables), and detectors fed heartbeat times chosen by hand or by a seeded Rng.
 */
import { strict as assert } from 'node:assert';
import {
  detectionTimeMs,
  phi,
  PhiAccrualDetector,
  type PhiAccrualSettings,
} from '../../../src/cluster/phi-accrual-core.js';
import { MEMBERSHIP_DEFAULTS } from '../../../src/config/settings.js';
import { SeededRng } from '../../../src/util/rng.js';

const settings = (over: Partial<PhiAccrualSettings> = {}): PhiAccrualSettings => ({
  phiThreshold: 8,
  acceptableHeartbeatPauseMs: 0,
  minStdDeviationMs: 10,
  firstHeartbeatEstimateMs: 100,
  maxSampleSize: 1000,
  ...over,
});

/** 1 - 10^-phi: the probability the detector gives that the peer has failed. */
const cdf = (p: number): number => 1 - 10 ** -p;

describe('cluster: phi accrual: the formula', () => {
  it('1 - 10^-phi is the standard normal distribution at 0 to 4 deviations (to 0.001)', () => {
    // Φ(z) from standard tables.
    const table: [number, number][] = [
      [0, 0.5],
      [0.6, 0.7257],
      [1.5, 0.9332],
      [2, 0.97725],
      [2.5, 0.99379],
      [3.5, 0.99977],
      [4, 0.99997],
    ];
    for (const [z, expected] of table) {
      // mean 0, deviation 10: a silence of 10z ms is z deviations.
      const got = cdf(phi(10 * z, 0, 10));
      assert.ok(Math.abs(got - expected) < 0.001, `z=${z}: ${got} vs ${expected}`);
    }
  });

  it('phi is log10(2) at the mean, small before it, and grows with the silence', () => {
    assert.ok(Math.abs(phi(500, 500, 100) - Math.log10(2)) < 1e-9);
    assert.ok(phi(0, 500, 100) < 1e-6);
    let previous = -1;
    for (let t = 0; t <= 2000; t += 5) {
      const p = phi(t, 500, 100);
      assert.ok(p >= 0, `phi(${t}) = ${p} is negative`);
      assert.ok(p >= previous, `phi(${t}) = ${p} fell below ${previous}`);
      previous = p;
    }
    // The logistic approximation overstates the far tail: phi 8 (the default threshold) is about
    // 5.2 deviations past the mean, where the exact normal tail gives 7.0; at 5.6 deviations it
    // gives 9.3 where the exact value is 8.0. Akka's thresholds are on this same scale.
    assert.ok(Math.abs(phi(500 + 5.2 * 100, 500, 100) - 8) < 0.2);
    assert.ok(Math.abs(phi(500 + 5.6 * 100, 500, 100) - 9.3) < 0.2);
  });
});

describe('cluster: phi accrual: one peer', () => {
  it('is not suspicious before the first heartbeat', () => {
    const d = new PhiAccrualDetector(settings());
    assert.equal(d.phi(1_000_000), 0);
    assert.ok(d.isAvailable(1_000_000));
  });

  it('after one heartbeat the first-heartbeat estimate is the mean, a quarter of it the deviation', () => {
    const d = new PhiAccrualDetector(
      settings({ firstHeartbeatEstimateMs: 1000, minStdDeviationMs: 1 }),
    );
    d.heartbeat(0);
    assert.equal(d.meanIntervalMs, 1000);
    assert.ok(Math.abs(d.phi(1000) - Math.log10(2)) < 1e-9);
    // 2 deviations (250 ms each) past the mean.
    assert.ok(Math.abs(cdf(d.phi(1500)) - 0.97725) < 0.001);
  });

  it('steady heartbeats: available through the acceptable pause, suspected about 5.6 deviations later', () => {
    const s = settings({ acceptableHeartbeatPauseMs: 300, minStdDeviationMs: 50 });
    const d = new PhiAccrualDetector(s);
    let t = 0;
    for (let i = 0; i < 200; i++, t += 100) d.heartbeat(t);
    const last = t - 100;
    assert.ok(Math.abs(d.meanIntervalMs - 100) < 1e-9);
    assert.ok(d.isAvailable(last + 400), 'a silence of mean + pause is fine');
    const bound = detectionTimeMs(s, 100);
    assert.ok(bound > 400 + 5 * 50 && bound < 400 + 6.5 * 50, `bound ${bound}`);
    assert.ok(d.isAvailable(last + bound - 2), 'not suspected before the bound');
    assert.ok(!d.isAvailable(last + bound + 1), 'suspected after it');
  });

  it('a jittery network widens the deviation, so the same silence is less suspicious', () => {
    const s = settings({ minStdDeviationMs: 1 });
    const steady = new PhiAccrualDetector(s);
    const jittery = new PhiAccrualDetector(s);
    const rng = new SeededRng(42);
    let a = 0;
    let b = 0;
    for (let i = 0; i < 500; i++) {
      steady.heartbeat(a);
      jittery.heartbeat(b);
      a += 100;
      b += 50 + rng.int(101); // 50..150, mean 100
    }
    const silence = 200;
    assert.ok(
      jittery.phi(b - 100 + silence) < steady.phi(a - 100 + silence),
      `jittery ${jittery.phi(b - 100 + silence)} vs steady ${steady.phi(a - 100 + silence)}`,
    );
  });

  it('the heartbeat that ends a suspicion does not teach the detector to expect long gaps', () => {
    const d = new PhiAccrualDetector(settings());
    let t = 0;
    for (let i = 0; i < 20; i++, t += 100) d.heartbeat(t);
    const mean = d.meanIntervalMs;
    const resumed = t - 100 + 60_000;
    assert.ok(!d.isAvailable(resumed));
    d.heartbeat(resumed);
    assert.equal(d.meanIntervalMs, mean);
    assert.ok(d.isAvailable(resumed + 100));
  });

  it('remembers only the newest max-sample-size intervals', () => {
    const d = new PhiAccrualDetector(
      settings({ maxSampleSize: 3, minStdDeviationMs: 1000, phiThreshold: 100 }),
    );
    let t = 0;
    for (let i = 0; i < 4; i++, t += 100) d.heartbeat(t);
    for (let i = 0; i < 3; i++) {
      t += 400;
      d.heartbeat(t - 100);
    }
    assert.equal(d.meanIntervalMs, 400);
  });

  it('with the shipped defaults a steady peer is suspected about 2.5 s after its last heartbeat', () => {
    const bound = detectionTimeMs(MEMBERSHIP_DEFAULTS, MEMBERSHIP_DEFAULTS.heartbeatIntervalMs);
    assert.ok(bound >= 2400 && bound <= 2700, `bound ${bound}`);
  });
});

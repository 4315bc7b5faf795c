/**
 * The phi-accrual failure detector of one peer (Hayashibara, Défago, Yared, Katayama: "The φ Accrual
 * Failure Detector", SRDS 2004), with the parameters Akka's cluster (and so OpenDaylight) uses.
 * Instead of a yes/no timeout it answers how suspicious the silence of a peer is: phi is
 * -log10 of the probability that a heartbeat would still arrive this late, assuming heartbeat
 * intervals are normally distributed with the mean and deviation of the intervals seen so far. phi 1
 * means a 10% chance of being wrong to suspect the peer, 8 about one in 10^8.
 *
 * Three adjustments make it usable on real networks (Akka's): the mean is lengthened by
 * `acceptableHeartbeatPauseMs` (a garbage-collection pause or a burst of load is not a failure), the
 * deviation never drops below `minStdDeviationMs` (on a quiet LAN the measured one is near 0, and phi
 * would jump from 0 to infinity within a millisecond), and before any interval is measured the history
 * holds two made-up intervals around `firstHeartbeatEstimateMs`. The first heartbeat after the peer
 * was suspected is not recorded: the long gap would teach the detector to expect long gaps.
 *
 * The normal tail uses the logistic approximation of the normal cumulative distribution
 * (1 / (1 + e^(-y (1.5976 + 0.070566 y^2))), error below 1.4e-4 over the real line), as Akka does, so
 * thresholds mean what they mean in Akka and OpenDaylight. NB: far out in the tail it overstates phi
 * (phi 8 is reached about 5.2 deviations past the mean, where the exact tail gives 7.0).
 *
 * Pure: time arrives as a number of milliseconds from a monotonic clock the caller reads.
 */
import { assert } from '../util/assert.js';

/** The detector's parameters: the `cluster.membership` settings it reads. */
export interface PhiAccrualSettings {
  readonly phiThreshold: number;
  readonly acceptableHeartbeatPauseMs: number;
  readonly minStdDeviationMs: number;
  readonly firstHeartbeatEstimateMs: number;
  readonly maxSampleSize: number;
}

/**
 * Phi for a silence of `elapsedMs` when heartbeats come every `meanMs` on average with standard
 * deviation `stdDeviationMs` (the logistic approximation; see the file comment). 0 and up; large
 * values are capped by floating point (Infinity is possible for absurd silences and is suspicious).
 */
export function phi(elapsedMs: number, meanMs: number, stdDeviationMs: number): number {
  assert(stdDeviationMs > 0, () => `phi: standard deviation ${stdDeviationMs} must be positive`);
  const y = (elapsedMs - meanMs) / stdDeviationMs;
  const e = Math.exp(-y * (1.5976 + 0.070566 * y * y));
  // Two forms of -log10(1 - F(y)), each exact where the other would lose all precision.
  return elapsedMs > meanMs ? -Math.log10(e / (1 + e)) : -Math.log10(1 - 1 / (1 + e));
}

/**
 * The heartbeat intervals of one peer, the newest `maxSampleSize`, with running sums for the mean
 * and variance (O(1) per heartbeat).
 */
class IntervalHistory {
  private readonly intervals: number[] = [];
  private head = 0;
  private sum = 0;
  private squaredSum = 0;
  private readonly maxSize: number;

  constructor(maxSize: number) {
    assert(maxSize >= 2, () => `phi accrual: max-sample-size ${maxSize} must be at least 2`);
    this.maxSize = maxSize;
  }

  get size(): number {
    return this.intervals.length;
  }

  add(intervalMs: number): void {
    if (this.intervals.length < this.maxSize) {
      this.intervals.push(intervalMs);
    } else {
      const old = this.intervals[this.head]!;
      this.sum -= old;
      this.squaredSum -= old * old;
      this.intervals[this.head] = intervalMs;
      this.head = (this.head + 1) % this.maxSize;
    }
    this.sum += intervalMs;
    this.squaredSum += intervalMs * intervalMs;
  }

  get meanMs(): number {
    return this.sum / this.intervals.length;
  }

  get stdDeviationMs(): number {
    const mean = this.meanMs;
    // Running sums can go a hair below 0 by rounding when every interval is equal.
    return Math.sqrt(Math.max(0, this.squaredSum / this.intervals.length - mean * mean));
  }
}

/**
 * The failure detector of one peer: `heartbeat(nowMs)` on each heartbeat received, `phi(nowMs)` and
 * `isAvailable(nowMs)` at any time. Before the first heartbeat phi is 0: a peer never heard is not
 * suspected by the detector (membership-core.ts decides what a never-heard member is).
 */
export class PhiAccrualDetector {
  private readonly settings: PhiAccrualSettings;
  private readonly history: IntervalHistory;
  private lastHeartbeatMs: number | undefined;

  constructor(settings: PhiAccrualSettings) {
    assert(settings.minStdDeviationMs > 0, () => 'phi accrual: min-std-deviation must be positive');
    assert(
      settings.firstHeartbeatEstimateMs > 0,
      () => 'phi accrual: first-heartbeat-estimate must be positive',
    );
    this.settings = settings;
    this.history = new IntervalHistory(settings.maxSampleSize);
  }

  /** When the last heartbeat arrived; undefined before the first. */
  get lastHeartbeatAtMs(): number | undefined {
    return this.lastHeartbeatMs;
  }

  /** The mean of the recorded intervals (the estimate before any is measured). */
  get meanIntervalMs(): number {
    return this.history.size === 0 ? this.settings.firstHeartbeatEstimateMs : this.history.meanMs;
  }

  /** Records a heartbeat that arrived at `nowMs` (monotonic, never before the previous one). */
  heartbeat(nowMs: number): void {
    const last = this.lastHeartbeatMs;
    if (last === undefined) {
      // Akka's firstHeartbeat: two intervals a quarter of the estimate either side of it, so the
      // first mean is the estimate and the first deviation a quarter of it.
      const mean = this.settings.firstHeartbeatEstimateMs;
      const deviation = mean / 4;
      this.history.add(mean - deviation);
      this.history.add(mean + deviation);
    } else {
      assert(nowMs >= last, () => `phi accrual: heartbeat at ${nowMs} before the last at ${last}`);
      // A heartbeat after the peer was suspected ends a gap that is not a heartbeat interval.
      if (this.isAvailable(nowMs)) this.history.add(nowMs - last);
    }
    this.lastHeartbeatMs = nowMs;
  }

  /** How suspicious the silence since the last heartbeat is at `nowMs`; 0 before any heartbeat. */
  phi(nowMs: number): number {
    const last = this.lastHeartbeatMs;
    if (last === undefined) return 0;
    const deviation = Math.max(this.history.stdDeviationMs, this.settings.minStdDeviationMs);
    return phi(
      nowMs - last,
      this.history.meanMs + this.settings.acceptableHeartbeatPauseMs,
      deviation,
    );
  }

  /** Whether phi at `nowMs` is below the threshold. */
  isAvailable(nowMs: number): boolean {
    return this.phi(nowMs) < this.settings.phiThreshold;
  }
}

/**
 * How long after its last heartbeat a peer that sent them steadily every `heartbeatIntervalMs` is
 * suspected: the silence at which phi reaches the threshold, with the deviation at its minimum (a
 * steady sender on a quiet network). The detection time operators should expect, to within the
 * membership check interval; found by bisection, since phi grows with the silence.
 */
export function detectionTimeMs(settings: PhiAccrualSettings, heartbeatIntervalMs: number): number {
  const mean = heartbeatIntervalMs + settings.acceptableHeartbeatPauseMs;
  const deviation = settings.minStdDeviationMs;
  let low = 0;
  let high = mean + deviation;
  while (phi(high, mean, deviation) < settings.phiThreshold) high *= 2;
  while (high - low > 0.5) {
    const mid = (low + high) / 2;
    if (phi(mid, mean, deviation) < settings.phiThreshold) low = mid;
    else high = mid;
  }
  return Math.ceil(high);
}

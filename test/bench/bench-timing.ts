/**
 * Timing helpers for benchmarks: calibrate an operation count so one run lasts about `runMs`, warm up,
 * then time several runs and report the median (and the spread, so a noisy figure shows). Time comes
 * from process.hrtime.bigint (monotonic, nanoseconds). Benchmarks only: nothing here may back a test
 * assertion.
 */

/** An operation run `count` times in a row; may be asynchronous. */
export type Workload = (count: number) => Promise<void> | void;

export interface TimingOptions {
  /** Target duration of one measured run. */
  readonly runMs: number;
  /** Warm-up duration before measuring (JIT, caches). */
  readonly warmupMs: number;
  /** Measured runs; the median is reported. */
  readonly runs: number;
}

export const DEFAULT_TIMING: TimingOptions = { runMs: 1000, warmupMs: 1000, runs: 5 };

export interface Throughput {
  readonly opsPerSec: number;
  readonly opsPerRun: number;
  readonly runs: number;
  readonly spread: number;
}

function nowNs(): bigint {
  return process.hrtime.bigint();
}

async function timeNs(work: Workload, count: number): Promise<number> {
  const start = nowNs();
  await work(count);
  return Number(nowNs() - start);
}

/** Operations per second of `work`, median of `runs` runs of a calibrated count. */
export async function throughput(
  work: Workload,
  options: TimingOptions = DEFAULT_TIMING,
): Promise<Throughput> {
  // Calibrate: grow the count until one batch takes a tenth of a run.
  let count = 1;
  for (;;) {
    const ns = await timeNs(work, count);
    if (ns > (options.runMs * 1e6) / 10 || count >= 1e9) {
      count = Math.max(1, Math.round((count * options.runMs * 1e6) / Math.max(ns, 1)));
      break;
    }
    count *= 4;
  }
  const warmupEnd = Date.now() + options.warmupMs;
  while (Date.now() < warmupEnd) {
    await work(Math.max(1, Math.round(count / 10)));
  }
  const rates: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const ns = await timeNs(work, count);
    rates.push((count * 1e9) / ns);
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)]!;
  return {
    opsPerSec: median,
    opsPerRun: count,
    runs: options.runs,
    spread: (rates[rates.length - 1]! - rates[0]!) / median,
  };
}

/** The p-th percentile (0..100) of `samples`, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** High-resolution time in microseconds, for latency samples. */
export function nowMicros(): number {
  return Number(nowNs()) / 1000;
}

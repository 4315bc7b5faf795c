/**
 * Timing helpers for benchmarks: calibrate a batch of operations, warm up, then time several runs of at
 * least `runMs` each and report the median (and the spread, so a noisy figure shows). Time comes
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

/**
 * Operations per second of `work`: the median of `runs` runs, each repeating a calibrated batch until
 * at least `runMs` have passed (so a slow moment lengthens a run instead of shortening it).
 */
export async function throughput(
  work: Workload,
  options: TimingOptions = DEFAULT_TIMING,
): Promise<Throughput> {
  // Calibrate a batch of about a twentieth of a run.
  const batchNs = (options.runMs * 1e6) / 20;
  let batch = 1;
  for (;;) {
    const ns = await timeNs(work, batch);
    if (ns >= batchNs || batch >= 1e9) break;
    batch = ns < batchNs / 16 ? batch * 16 : Math.ceil((batch * batchNs) / Math.max(ns, 1));
  }
  const warmupEnd = Date.now() + options.warmupMs;
  while (Date.now() < warmupEnd) {
    await work(batch);
  }
  const rates: number[] = [];
  let totalOps = 0;
  for (let i = 0; i < options.runs; i++) {
    let ops = 0;
    let ns = 0;
    while (ns < options.runMs * 1e6) {
      ns += await timeNs(work, batch);
      ops += batch;
    }
    totalOps += ops;
    rates.push((ops * 1e9) / ns);
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)]!;
  return {
    opsPerSec: median,
    opsPerRun: Math.round(totalOps / options.runs),
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

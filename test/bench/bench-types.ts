/**
 * The shape of a benchmark module: `export const benches: Bench[]` (or one `export const bench: Bench`),
 * discovered by run.ts in every `*.bench.js` next to it. A bench measures one thing and compares it, in the same run, with a floor or
 * a peer (a plain Map doing the same number of updates, a raw LevelDB write, ...), so that the figures
 * in docs/PERFORMANCE.md carry their own yardstick. Units are in the field names.
 */

/** One measured case. Fields that do not apply are left out. */
export interface BenchResult {
  /** The case, e.g. `single-leaf write+commit`. */
  readonly name: string;
  /** Operations per second (median of the measured runs). */
  readonly opsPerSec?: number | undefined;
  /** Items per second when an operation handles several (entries of a list write). */
  readonly itemsPerSec?: number | undefined;
  /** Latency percentiles over every sample of every measured run, in microseconds. */
  readonly p50Micros?: number | undefined;
  readonly p99Micros?: number | undefined;
  /** The floor or peer measured in the same run, in the same unit as the figure it is compared with. */
  readonly floorOpsPerSec?: number | undefined;
  readonly floorP50Micros?: number | undefined;
  readonly floorP99Micros?: number | undefined;
  /** How many times the floor is faster (floor ops/s over ops/s, or latency over floor latency). */
  readonly floorRatio?: number | undefined;
  /** What the floor is, in words. */
  readonly floor?: string | undefined;
  /** Measured runs (after warm-up) and operations per run. */
  readonly runs: number;
  readonly opsPerRun: number;
  /** Spread of the runs: (max - min) / median of the per-run figure, as a fraction. */
  readonly spread?: number | undefined;
  /** A figure that fits none of the fields above, with its unit spelled out (`MB/s`, `ms`). */
  readonly value?: number | undefined;
  readonly unit?: string | undefined;
  readonly note?: string | undefined;
}

export interface Bench {
  /** The family, matched by `--filter`: `datastore`, `persistence`, ... */
  readonly name: string;
  /** Runs the cases that `selected` accepts (by case name), in order. */
  run(selected: (caseName: string) => boolean): Promise<BenchResult[]>;
}

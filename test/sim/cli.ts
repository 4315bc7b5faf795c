/**
 * `npm run sim -- ...`: runs one simulation seed, or sweeps many, and reports failures with the line
 * that replays them. Seeds are the only input: `--seed N` with the same options replays a run exactly
 * (same trace hash). Exit status is 1 when any run failed, 2 on bad usage.
 *
 *   npm run sim -- --seed 42                 one run, summary and trace hash
 *   npm run sim -- --seed 42 --trace         the same run, printing every trace line
 *   npm run sim -- --seeds 1000              seeds 1..1000 (or from --seed), stops at the first failure
 *   npm run sim -- --seeds 100000 --keep-going --jobs 2
 *   npm run sim -- --bug commit-old-term --seeds 1000   find the first seed that catches a planted bug
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { RaftBug } from '../../src/raft/raft-core.js';
import { describeMix, faultMixes, faultMixNames } from '../support/sim-faults.js';
import {
  bugNames,
  defaultTicks,
  formatFailure,
  nodesForSeed,
  runSimulation,
  type RunOptions,
  type RunResult,
} from '../support/sim-run.js';

interface CliOptions {
  seed: number;
  seeds?: number | undefined;
  nodes?: number | undefined;
  bug?: RaftBug | undefined;
  faults: string;
  ticks: number;
  trace: boolean;
  historyOut?: string | undefined;
  keepGoing: boolean;
  jobs: number;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new InvalidArgumentError('expected a non-negative integer');
  return n;
}

function runOptions(cli: CliOptions, seed: number, traceSink?: (line: string) => void): RunOptions {
  return {
    seed,
    nodes: cli.nodes ?? nodesForSeed(seed),
    bug: cli.bug,
    faults: faultMixes[cli.faults]!,
    ticks: cli.ticks,
    traceSink,
  };
}

/** What a worker sends back per seed: enough to summarize and report, no history. */
interface SeedOutcome {
  readonly seed: number;
  readonly ok: boolean;
  readonly report: string;
  readonly checker: string;
  readonly ms: number;
}

function runOne(cli: CliOptions, seed: number): { outcome: SeedOutcome; result: RunResult } {
  const started = performance.now();
  const result = runSimulation(runOptions(cli, seed));
  const ms = performance.now() - started;
  return {
    outcome: { seed, ok: result.ok, report: formatFailure(result), checker: result.checker, ms },
    result,
  };
}

function single(cli: CliOptions): number {
  const sink = cli.trace ? (line: string) => console.log(line) : undefined;
  const result = runSimulation(runOptions(cli, cli.seed, sink));
  if (cli.historyOut) writeFileSync(cli.historyOut, result.history.toJsonLines());
  console.log(describeMix(result.options.faults));
  console.log(
    `seed ${cli.seed} nodes ${result.options.nodes}${cli.bug ? ` bug ${cli.bug}` : ''}: ${result.ok ? 'ok' : 'FAILED'} ` +
      `linearizability ${result.checker} trace ${result.traceHash}`,
  );
  console.log(`stats ${JSON.stringify(result.stats)}`);
  if (!result.ok) console.log(formatFailure(result));
  if (result.window && !cli.trace) printWindow(cli, result.window);
  return result.ok ? 0 : 1;
}

/**
 * A linearizability failure is found after the run, so the trace tail shows the end of the run, not
 * the anomaly. Replaying the seed (it is deterministic) gives the trace of the anomaly's window: the
 * lines about its key, and every change of leadership, membership, process or network state.
 */
function printWindow(cli: CliOptions, window: { fromMs: number; toMs: number; key: string }): void {
  const lines: string[] = [];
  const from = window.fromMs - 300;
  const keyWord = new RegExp(`[ #]${window.key.replace('.', '\\.')}([ =]|$)`);
  const always =
    /^ *\d+ (-|\S+ +(role|crash|start|pause|resume|transfer|conf-propose|restore|snapshot)) /;
  runSimulation(
    runOptions(cli, cli.seed, (line) => {
      const time = Number(line.slice(0, 7));
      if (time < from || time > window.toMs || lines.length >= 400) return;
      if (always.test(line) || keyWord.test(line)) lines.push(line);
    }),
  );
  console.log(
    `trace of the anomaly on key ${window.key}, ${from}..${window.toMs} ms (replayed, ${lines.length} lines):`,
  );
  for (const line of lines) console.log(line);
}

async function sweep(cli: CliOptions): Promise<number> {
  const count = cli.seeds!;
  const first = cli.seed;
  console.log(
    `sweep seeds ${first}..${first + count - 1} nodes ${cli.nodes ?? '3/5/7 by seed'} ticks ${cli.ticks}` +
      `${cli.bug ? ` bug ${cli.bug}` : ''} jobs ${cli.jobs}`,
  );
  console.log(describeMix(faultMixes[cli.faults]!));
  const started = performance.now();
  const failures: SeedOutcome[] = [];
  let done = 0;
  const undecided: number[] = [];
  const onOutcome = (o: SeedOutcome): boolean => {
    done++;
    if (o.checker === 'unknown') undecided.push(o.seed);
    if (!o.ok) {
      failures.push(o);
      console.log(o.report);
    }
    if (done % 100 === 0 || done === count) {
      const secs = (performance.now() - started) / 1000;
      console.log(
        `  ${done}/${count} seeds, ${failures.length} failed, ${undecided.length} undecided, ${secs.toFixed(1)} s`,
      );
    }
    return o.ok || cli.keepGoing;
  };
  if (cli.jobs <= 1) {
    for (let seed = first; seed < first + count; seed++) {
      const { outcome, result } = runOne(cli, seed);
      if (!outcome.ok && cli.historyOut && failures.length === 0) {
        writeFileSync(cli.historyOut, result.history.toJsonLines());
      }
      if (!onOutcome(outcome)) break;
    }
  } else {
    await parallelSweep(cli, first, count, onOutcome);
    if (cli.historyOut && failures.length > 0) {
      // Workers report outcomes only; a seed replays exactly, so run the lowest failing one again here.
      const seed = Math.min(...failures.map((f) => f.seed));
      writeFileSync(cli.historyOut, runOne(cli, seed).result.history.toJsonLines());
      console.log(`history of seed ${seed} written to ${cli.historyOut}`);
    }
  }
  const secs = (performance.now() - started) / 1000;
  const failed = failures.map((f) => f.seed).join(', ');
  console.log(
    `summary: ${done} seeds run, ${done - failures.length} passed, ${failures.length} failed` +
      `${failed ? ` (seeds ${failed})` : ''}, ${undecided.length} with linearizability undecided` +
      `${undecided.length ? ` (seeds ${undecided.slice(0, 20).join(', ')})` : ''}, ${secs.toFixed(1)} s`,
  );
  return failures.length === 0 ? 0 : 1;
}

/** Seeds spread over worker threads; outcomes are reported in completion order. */
async function parallelSweep(
  cli: CliOptions,
  first: number,
  count: number,
  onOutcome: (o: SeedOutcome) => boolean,
): Promise<void> {
  let next = first;
  let stop = false;
  const file = fileURLToPath(import.meta.url);
  const jobs = Math.min(cli.jobs, count);
  await Promise.all(
    Array.from({ length: jobs }, () => {
      const worker = new Worker(file, { workerData: cli });
      return new Promise<void>((resolve, reject) => {
        const feed = (): void => {
          if (stop || next >= first + count) {
            void worker.terminate().then(() => resolve());
            return;
          }
          worker.postMessage(next++);
        };
        worker.on('message', (o: SeedOutcome) => {
          if (!onOutcome(o)) stop = true;
          feed();
        });
        worker.on('error', reject);
        feed();
      });
    }),
  );
}

function workerMain(): void {
  const cli = workerData as CliOptions;
  parentPort!.on('message', (seed: number) => {
    parentPort!.postMessage(runOne(cli, seed).outcome);
  });
}

async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('npm run sim --')
    .description('deterministic simulation of the Raft core with a key-value workload')
    .option('--seed <n>', 'seed to run (or first seed of a sweep)', positiveInt, 1)
    .option('--seeds <k>', 'sweep k seeds starting at --seed', positiveInt)
    .option('--nodes <n>', 'initial voters, 3..7 (default: 3, 5, 7 chosen by seed)', positiveInt)
    .addOption(new Option('--bug <name>', 'plant a bug the checkers must catch').choices(bugNames))
    .addOption(new Option('--faults <mix>', 'fault mix').choices(faultMixNames).default('full'))
    .option('--ticks <n>', 'length of the faulty phase in Raft ticks', positiveInt, defaultTicks)
    .option('--trace', 'print every trace line (single seed)', false)
    .option(
      '--history-out <file>',
      'write the client history as JSON lines (failing seed of a sweep)',
    )
    .option('--keep-going', 'in a sweep, continue after a failure', false)
    .option('--jobs <n>', 'worker threads for a sweep', positiveInt, 1)
    .exitOverride();
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    // --help and --version exit 0; a usage error has already been printed by commander.
    return error instanceof CommanderError && error.exitCode === 0 ? 0 : 2;
  }
  const cli = program.opts<CliOptions>();
  if (cli.nodes !== undefined && (cli.nodes < 1 || cli.nodes > 9)) {
    console.error('--nodes must be between 1 and 9 (3 to 7 are the supported cluster sizes)');
    return 2;
  }
  cli.jobs = Math.max(1, Math.min(cli.jobs, availableParallelism()));
  return cli.seeds === undefined ? single(cli) : sweep(cli);
}

if (!isMainThread) {
  workerMain();
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}

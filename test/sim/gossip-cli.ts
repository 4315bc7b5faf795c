/**
 * `npm run sim:gossip -- ...`: runs the route registry simulation for one seed, or sweeps many, and
 * reports failures with the line that replays them; or measures rounds to converge and bytes per round.
 * Seeds are the only input: `--seed N` with the same options replays a run exactly (same trace hash).
 * Exit status is 1 when any run failed, 2 on bad usage.
 *
 *   npm run sim:gossip -- --seed 42                   one run, summary and trace hash
 *   npm run sim:gossip -- --seed 42 --members 100 --trace
 *   npm run sim:gossip -- --seeds 10000 --jobs 2      seeds 1..10000 (or from --seed), sizes 3/5/10/30
 *   npm run sim:gossip -- --bug accept-older-version --seeds 1000
 *   npm run sim:gossip -- --measure --seeds 20        the docs/PERFORMANCE.md table (3, 10, 30, 100)
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { RouteRegistryBug } from '../../src/rpc/route-registry-core.js';
import {
  defaultGossipRounds,
  formatGossipFailure,
  gossipBugNames,
  gossipFaultMixes,
  gossipFaultMixNames,
  measureConvergence,
  membersForSeed,
  runGossipSimulation,
  type GossipRunOptions,
} from '../support/gossip-sim-run.js';

interface CliOptions {
  seed: number;
  seeds?: number | undefined;
  members?: number | undefined;
  bug?: RouteRegistryBug | undefined;
  faults: string;
  rounds: number;
  trace: boolean;
  keepGoing: boolean;
  jobs: number;
  measure: boolean;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new InvalidArgumentError('expected a non-negative integer');
  return n;
}

function runOptions(
  cli: CliOptions,
  seed: number,
  traceSink?: (line: string) => void,
): GossipRunOptions {
  return {
    seed,
    members: cli.members ?? membersForSeed(seed),
    faults: gossipFaultMixes[cli.faults]!,
    rounds: cli.rounds,
    bug: cli.bug,
    traceSink,
  };
}

interface SeedOutcome {
  readonly seed: number;
  readonly ok: boolean;
  readonly report: string;
  readonly convergeRounds: number;
}

function runOne(cli: CliOptions, seed: number): SeedOutcome {
  const result = runGossipSimulation(runOptions(cli, seed));
  return {
    seed,
    ok: result.ok,
    report: formatGossipFailure(result),
    convergeRounds: Number(result.stats.convergeRounds),
  };
}

function single(cli: CliOptions): number {
  const sink = cli.trace ? (line: string) => console.log(line) : undefined;
  const result = runGossipSimulation({ ...runOptions(cli, cli.seed, sink), countBytes: true });
  console.log(
    `seed ${cli.seed} members ${result.options.members}${cli.bug ? ` bug ${cli.bug}` : ''}: ` +
      `${result.ok ? 'ok' : 'FAILED'} trace ${result.traceHash}`,
  );
  console.log(`stats ${JSON.stringify(result.stats)}`);
  if (!result.ok) console.log(formatGossipFailure(result));
  return result.ok ? 0 : 1;
}

async function sweep(cli: CliOptions): Promise<number> {
  const count = cli.seeds!;
  const first = cli.seed;
  console.log(
    `sweep seeds ${first}..${first + count - 1} members ${cli.members ?? '3/5/10/30 by seed'} ` +
      `faults ${cli.faults} rounds ${cli.rounds}${cli.bug ? ` bug ${cli.bug}` : ''} jobs ${cli.jobs}`,
  );
  const started = performance.now();
  const failures: SeedOutcome[] = [];
  let done = 0;
  let slowest = 0;
  const onOutcome = (o: SeedOutcome): boolean => {
    done++;
    slowest = Math.max(slowest, o.convergeRounds);
    if (!o.ok) {
      failures.push(o);
      console.log(o.report);
    }
    if (done % 500 === 0 || done === count) {
      const secs = (performance.now() - started) / 1000;
      console.log(`  ${done}/${count} seeds, ${failures.length} failed, ${secs.toFixed(1)} s`);
    }
    return o.ok || cli.keepGoing;
  };
  if (cli.jobs <= 1) {
    for (let seed = first; seed < first + count; seed++) if (!onOutcome(runOne(cli, seed))) break;
  } else {
    await parallelSweep(cli, first, count, onOutcome);
  }
  const secs = (performance.now() - started) / 1000;
  const failed = failures.map((f) => f.seed).join(', ');
  console.log(
    `summary: ${done} seeds run, ${done - failures.length} passed, ${failures.length} failed` +
      `${failed ? ` (seeds ${failed})` : ''}; slowest convergence after healing ${slowest} rounds; ${secs.toFixed(1)} s`,
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
  await Promise.all(
    Array.from({ length: Math.min(cli.jobs, count) }, () => {
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
    parentPort!.postMessage(runOne(cli, seed));
  });
}

function measure(cli: CliOptions): number {
  const seeds = cli.seeds ?? 20;
  const sizes = cli.members === undefined ? [3, 10, 30, 100] : [cli.members];
  console.log(
    `route registry convergence on calm links, gossip interval 100 ms, 3 routes per member, ` +
      `${seeds} seeds from ${cli.seed}; bytes are JSON in UTF-8`,
  );
  console.log(
    '| N | log2(N) | cold start: rounds (max) | one change: rounds (max) | bytes/round converged (per member) | bytes/round while a change spreads |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const n of sizes) {
    const f = measureConvergence(n, seeds, cli.seed);
    console.log(
      `| ${n} | ${Math.log2(n).toFixed(1)} | ${f.coldRounds.toFixed(1)} (${f.coldRoundsMax.toFixed(1)}) | ` +
        `${f.spreadRounds.toFixed(1)} (${f.spreadRoundsMax.toFixed(1)}) | ` +
        `${Math.round(f.steadyBytesPerRound)} (${Math.round(f.steadyBytesPerRound / n)}) | ${Math.round(f.spreadBytesPerRound)} |`,
    );
  }
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('npm run sim:gossip --')
    .description('deterministic simulation of the RPC route registry gossip')
    .option('--seed <n>', 'seed to run (or first seed of a sweep)', nonNegativeInt, 1)
    .option('--seeds <k>', 'sweep k seeds starting at --seed', nonNegativeInt)
    .option('--members <n>', 'cluster size, 3..100 (default: 3, 5, 10, 30 by seed)', nonNegativeInt)
    .addOption(
      new Option('--bug <name>', 'plant a bug the checkers must catch').choices(gossipBugNames),
    )
    .addOption(
      new Option('--faults <mix>', 'fault mix').choices(gossipFaultMixNames).default('full'),
    )
    .option(
      '--rounds <n>',
      'length of the faulty phase in gossip rounds',
      nonNegativeInt,
      defaultGossipRounds,
    )
    .option('--trace', 'print every trace line (single seed)', false)
    .option('--keep-going', 'in a sweep, continue after a failure', false)
    .option('--jobs <n>', 'worker threads for a sweep', nonNegativeInt, 1)
    .option(
      '--measure',
      'print rounds to converge and bytes per round for N = 3, 10, 30, 100',
      false,
    )
    .exitOverride();
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    return error instanceof CommanderError && error.exitCode === 0 ? 0 : 2;
  }
  const cli = program.opts<CliOptions>();
  if (cli.members !== undefined && (cli.members < 1 || cli.members > 200)) {
    console.error('--members must be between 1 and 200 (3 to 100 are the sizes the sweep covers)');
    return 2;
  }
  cli.jobs = Math.max(1, Math.min(cli.jobs, availableParallelism()));
  if (cli.measure) return measure(cli);
  return cli.seeds === undefined ? single(cli) : sweep(cli);
}

if (!isMainThread) {
  workerMain();
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}

/**
 * One randomized simulation run, FoundationDB-workload style: setup (a cluster of 3 to 7 members drawn
 * from the seed, clients on a small key space), run (clients issue reads, writes and compare-and-sets
 * while the nemesis injects the mix's faults, with Raft's safety properties checked at every step),
 * heal (faults stop, crashed members restart; the cluster must serve a client again: liveness), and
 * check (the whole client history must be linearizable).
 *
 * A failure carries the line that replays it (`npm run sim -- --seed N ...`), the last trace lines and
 * the kind of check that failed. The run never consults anything but its seed and options.
 */
import type { RaftBug } from '../../src/raft/raft-core.js';
import { checkKvHistory, describeKvViolation } from './linearizability-kv.js';
import { describeMix, type FaultMix } from './sim-faults.js';
import type { History } from './sim-history.js';
import { SafetyViolation } from './sim-invariants.js';
import { Nemesis } from './sim-nemesis.js';
import { tickMs, SimWorld } from './sim-world.js';
import { perfectLinks } from './sim-network.js';
import { reliableDisk } from './sim-disk.js';

export interface RunOptions {
  readonly seed: number;
  /** Initial voters (3..7). */
  readonly nodes: number;
  readonly bug?: RaftBug | undefined;
  readonly faults: FaultMix;
  /** Length of the faulty phase in nominal Raft ticks (10 simulated ms each). */
  readonly ticks: number;
  readonly traceKeep?: number | undefined;
  readonly traceSink?: ((line: string) => void) | undefined;
}

export type FailureKind = 'safety' | 'linearizability' | 'liveness' | 'exception';

export interface RunResult {
  readonly options: RunOptions;
  readonly ok: boolean;
  readonly failure?: { readonly kind: FailureKind; readonly message: string } | undefined;
  /** Linearizability verdict (`unknown`: the search budget ran out; not a pass, not a failure). */
  readonly checker: 'ok' | 'illegal' | 'unknown' | 'skipped';
  readonly traceHash: string;
  readonly traceTail: readonly string[];
  readonly history: History;
  readonly stats: Readonly<Record<string, number | string>>;
  /** The command that replays this run. */
  readonly repro: string;
  /** For a linearizability failure: the simulated time span of the minimal non-linearizable history. */
  readonly window?:
    { readonly fromMs: number; readonly toMs: number; readonly key: string } | undefined;
}

/** The planted bugs `--bug` accepts (RaftConfig.bugs, plus the shell's ack-before-sync). */
export const bugNames: readonly RaftBug[] = [
  'vote-without-log-check',
  'commit-old-term',
  'no-truncate',
  'ack-before-sync',
  'stale-read',
];

/** Default length of the faulty phase in ticks (10 simulated ms each). */
export const defaultTicks = 1500;

/** Member count for a seed when none is given: 3, 5 and 7 in turn. */
export function nodesForSeed(seed: number): number {
  return 3 + (seed % 3) * 2;
}

/** Ticks of the heal phase: long enough for elections under the slowest drawn settings. */
const healTicks = 400;

export function reproLine(options: RunOptions): string {
  const parts = [`npm run sim -- --seed ${options.seed} --nodes ${options.nodes}`];
  parts.push(`--faults ${options.faults.name} --ticks ${options.ticks}`);
  if (options.bug) parts.push(`--bug ${options.bug}`);
  return parts.join(' ');
}

export function runSimulation(options: RunOptions): RunResult {
  const hasMembership = (options.faults.actions.membership ?? 0) > 0;
  const world = new SimWorld({
    seed: options.seed,
    nodes: options.nodes,
    spares: hasMembership ? 1 : 0,
    bugs: new Set(options.bug ? [options.bug] : []),
    faults: options.faults,
    traceKeep: options.traceKeep,
    traceSink: options.traceSink,
  });
  const workload = world.rng.fork();
  const keys = ['x', 'y', 'z', 'w'].slice(0, workload.range(1, 4));
  const clientCount = workload.range(2, 5);
  world.trace.add(0, '-', 'run', reproLine(options));
  world.trace.add(0, '-', 'config', describeMix(options.faults));
  world.trace.add(
    0,
    '-',
    'config',
    `raft ${JSON.stringify(world.raftParams)} snapshotEvery ${world.snapshotEveryEntries} clients ${clientCount} keys ${keys.join(',')}`,
  );
  const nemesis = new Nemesis(world, options.faults, world.rng.fork());
  let failure: RunResult['failure'];
  let livenessOps = 0;
  try {
    for (const node of world.nodes.values()) node.start();
    world.addClients(clientCount, {
      keys,
      thinkMinMs: 0,
      thinkMaxMs: 40,
      timeoutMs: workload.range(400, 1500),
      readChance: 0.4,
      writeChance: 0.3,
    });
    nemesis.start();
    world.runFor(options.ticks * tickMs);
    nemesis.stop();
    heal(world);
    const before = successes(world);
    world.runFor(healTicks * tickMs);
    livenessOps = successes(world) - before;
    if (livenessOps === 0) {
      failure = {
        kind: 'liveness',
        message: `no client operation succeeded in the ${healTicks} ticks after every fault was healed`,
      };
    }
    for (const client of world.clients) client.stop();
    world.runUntil(() => world.clients.every((c) => !c.busy), 5000);
    const lagging = failure ? undefined : awaitConvergence(world);
    if (lagging) failure = { kind: 'liveness', message: lagging };
  } catch (error) {
    failure = {
      kind: error instanceof SafetyViolation ? 'safety' : 'exception',
      // A safety violation explains itself; anything else (a core assertion) needs its stack.
      message:
        error instanceof SafetyViolation
          ? error.message
          : error instanceof Error
            ? (error.stack ?? error.message)
            : String(error),
    };
  }
  let checker: RunResult['checker'] = 'skipped';
  let window: RunResult['window'];
  if (failure?.kind !== 'safety' && failure?.kind !== 'exception') {
    const verdict = checkKvHistory(world.history.events);
    checker = verdict.kind;
    if (verdict.kind === 'illegal' && failure === undefined) {
      failure = { kind: 'linearizability', message: describeKvViolation(verdict) };
      if (verdict.window) window = { ...verdict.window, key: verdict.key ?? '' };
    }
  }
  const ops = world.history.events.filter((e) => e.type !== 'invoke');
  return {
    options,
    ok: failure === undefined,
    failure,
    checker,
    traceHash: world.trace.hash(),
    traceTail: world.trace.tail(),
    history: world.history,
    stats: {
      simMs: world.now,
      events: world.trace.length,
      ops: ops.length,
      okOps: ops.filter((e) => e.type === 'ok').length,
      infoOps: ops.filter((e) => e.type === 'info').length,
      livenessOps,
      messages: world.network.stats.sent,
      lost: world.network.stats.lost + world.network.stats.blocked,
      checks: world.safety.checks,
      nemesis: Object.entries(nemesis.counts)
        .map(([a, n]) => `${a}:${n}`)
        .join(' '),
    },
    repro: reproLine(options),
    window,
  };
}

/** Ticks a healed, idle cluster gets to bring every member up to the leader's applied index. */
const convergeTicks = 300;

/**
 * Convergence: with no faults and no new writes, every member of the leader's configuration applies
 * what the leader applied. Returns why not, or undefined.
 */
function awaitConvergence(world: SimWorld): string | undefined {
  const converged = (): boolean => {
    const leader = world.leader();
    if (!leader?.raft) return false;
    const { voters, learners } = leader.raft.status().confState;
    return [...voters, ...learners].every(
      (id) => world.node(id).appliedIndex >= leader.appliedIndex,
    );
  };
  if (world.runUntil(converged, convergeTicks * tickMs)) return undefined;
  const leader = world.leader();
  if (!leader?.raft) return `no leader ${convergeTicks} ticks after the clients stopped`;
  const { voters, learners } = leader.raft.status().confState;
  const behind = [...voters, ...learners]
    .filter((id) => world.node(id).appliedIndex < leader.appliedIndex)
    .map((id) => `${id} at ${world.node(id).appliedIndex}`);
  return (
    `members did not catch up with the leader ${leader.id} (applied ${leader.appliedIndex}) within ` +
    `${convergeTicks} idle ticks: ${behind.join(', ')}`
  );
}

function successes(world: SimWorld): number {
  return world.clients.reduce((sum, c) => sum + c.succeeded, 0);
}

/** Ends every fault: links perfect and whole, disks reliable, every member up. */
function heal(world: SimWorld): void {
  world.network.heal();
  world.network.faults = perfectLinks;
  for (const node of world.nodes.values()) {
    node.disk.faults = reliableDisk;
    if (!node.up) node.start();
  }
  world.trace.add(world.now, '-', 'heal-all', 'faults end; every member up; liveness phase');
}

/** A failure report: what failed, how to replay it, and the trace that led there. */
export function formatFailure(result: RunResult): string {
  if (result.ok || !result.failure) return `seed ${result.options.seed}: ok`;
  return [
    `FAILED (${result.failure.kind}) seed ${result.options.seed}`,
    `replay: ${result.repro}`,
    describeMix(result.options.faults),
    result.failure.message,
    `last ${result.traceTail.length} trace lines (time ms, member, event, detail):`,
    ...result.traceTail,
  ].join('\n');
}

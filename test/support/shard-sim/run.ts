/**
 * One run of the replicated-shard simulation, start to verdict (what `npm run sim:shards` and the
 * sim-tier sweeps call): a world of 3 or 5 members (shards a, b, c; with 5 members each shard on
 * three of them, so leaders spread and proxies reach remote replicas), clients on every member, the
 * nemesis of the chosen fault mix for the faulty phase, then healing, a liveness phase, quiescence
 * and the final checks.
 *
 * Checks at every step (the world's, during the run): Raft's invariants per shard; every replica
 * applies one sequence, each transaction at one index (exactly once); no core stops; every replica's
 * listener receives changes that chain (listener-check.ts). At the end: every running replica of a
 * shard holds the same tree; every multi-shard transaction applied on one of its shards was applied
 * on all of them (all or nothing, checked once every replica settled its prepares: a participant
 * whose outcome messages were all lost resolves it a resolve interval later, or once the coordinator
 * shard has a leader again); every listener caught up with its replica; and the clients'
 * history is strictly serializable (linearizability-txn.ts), transactions spanning shards
 * (`spanShards`) included.
 *
 * Deterministic: one options object (seed, members, mix, bugs, workload) replays one run exactly;
 * `traceHash` says so.
 */
import { SafetyViolation } from '../sim-invariants.js';
import { describeMix, faultMixes, type FaultMix } from '../sim-faults.js';
import { checkTxnHistory, describeTxnViolation } from '../linearizability-txn.js';
import type { History, HistoryEvent } from '../sim-history.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { ShardNemesis } from './nemesis.js';
import type { ShardSimBug } from './front.js';
import type { ShardPlacement } from './member.js';
import { ShardSimWorld } from './world.js';

export interface ShardRunOptions {
  readonly seed: number;
  /** 3 or 5. */
  readonly members: number;
  /** A fault mix of sim-faults.ts. */
  readonly mix: string;
  readonly bugs?: readonly ShardSimBug[] | undefined;
  /**
   * Transactions may span shards (two-phase commit). Off by default: multi-shard histories fail
   * the strict-serializability checker today (the twopc work fixes it); switch on once it passes.
   */
  readonly spanShards?: boolean | undefined;
  /** Length of the faulty phase in simulated ms (default 3,000). */
  readonly faultyMs?: number | undefined;
  /** Clients (default members + 1). */
  readonly clients?: number | undefined;
  readonly traceSink?: ((line: string) => void) | undefined;
}

export type ShardFailureKind = 'safety' | 'linearizability' | 'liveness' | 'exception';

export interface ShardRunStats {
  /** Simulated ms of the run. */
  readonly simulatedMs: number;
  /** Simulated ms during which clients ran. */
  readonly clientMs: number;
  /** Client transactions with writes that committed (`ok`). */
  readonly commits: number;
  readonly commitsPerSimSecond: number;
  /** Messages sent between members (Raft, peer, requests and answers). */
  readonly messages: number;
  readonly messagesPerCommit: number;
  readonly operations: number;
  /** `applied` effects on all replicas. */
  readonly applied: number;
  readonly listeners: number;
  readonly listenerChanges: number;
  readonly snapshotChanges: number;
  readonly crashPoints: number;
  readonly multiShardCommits: number;
  /**
   * Latency of client transactions with writes on two or more shards that committed (invocation to
   * answer, simulated ms; reads included): median and 99th percentile, 0 when there were none.
   */
  readonly spanCommitP50Ms: number;
  readonly spanCommitP99Ms: number;
  /** How long replicas held prepares (world.prepareHolds, simulated ms): 99th percentile and longest. */
  readonly prepareHoldP99Ms: number;
  readonly prepareHoldMaxMs: number;
  readonly nemesis: Readonly<Record<string, number>>;
}

export interface ShardRunResult {
  readonly options: ShardRunOptions;
  readonly ok: boolean;
  readonly failure?:
    | { readonly kind: ShardFailureKind; readonly check: string; readonly message: string }
    | undefined;
  /** The history check's verdict; `skipped` when the run failed before it. */
  readonly checker: 'ok' | 'illegal' | 'unknown' | 'skipped';
  readonly history: History;
  readonly traceHash: string;
  readonly traceTail: readonly string[];
  readonly stats: ShardRunStats;
  /** The samples behind the latency statistics, for a sweep to pool (simulated ms). */
  readonly samples: {
    readonly spanCommits: readonly number[];
    readonly prepareHolds: readonly number[];
  };
}

/** Where each shard's replicas live with `members` members. */
export function placementsFor(members: number): ShardPlacement[] {
  const names = Array.from({ length: members }, (_, i) => `m${i + 1}`);
  return ['a', 'b', 'c'].map((name, i) => ({
    name,
    members: members <= 3 ? names : [0, 1, 2].map((k) => names[(i + k) % members]!),
  }));
}

/** The command that replays `options`. */
export function shardReproLine(options: ShardRunOptions): string {
  const bugs = (options.bugs ?? []).map((b) => ` --bug ${b}`).join('');
  return (
    `npm run sim:shards -- --seed ${options.seed} --members ${options.members} --mix ${options.mix}` +
    `${options.spanShards === true ? ' --span' : ''}${bugs}`
  );
}

/**
 * The fault mixes a shard run takes: sim-faults.ts's, and `lossy`, the network mix's links (loss,
 * duplication, delays, spikes) without its nemesis, to measure what lost messages alone cost (the
 * two-phase resolution's figures in docs/TESTING.md). Not in `--mix all`'s rotation.
 */
export const shardFaultMixes: Readonly<Record<string, FaultMix>> = {
  ...faultMixes,
  lossy: {
    ...faultMixes['network']!,
    name: 'lossy',
    description:
      'the network mix without its nemesis: loss 5%, duplication 3%, delays 1-25 ms with 2% spikes to 400 ms',
    actions: {},
  },
};

/** Runs one simulation; never throws for a finding (it is the result). */
export async function runShardSim(
  options: ShardRunOptions,
  schema: SchemaContext,
): Promise<ShardRunResult> {
  const mix = shardFaultMixes[options.mix];
  if (mix === undefined) throw new RangeError(`no fault mix ${options.mix}`);
  const faulty = mix.actions.crash !== undefined || mix.disk.tornWriteChance > 0;
  const world = new ShardSimWorld({
    seed: options.seed,
    members: options.members,
    placements: placementsFor(options.members),
    faults: mix,
    schema,
    bugs: new Set(options.bugs ?? []),
    // Crash points at durable writes: rare per write, but a run makes thousands.
    crashAtWriteChance: faulty ? 0.002 : 0,
    traceSink: options.traceSink,
  });
  const nemesis = new ShardNemesis(world, mix, world.rng.fork());
  const shards = world.options.placements.map((p) => p.name);
  const everyShardLeads = (): boolean => shards.every((s) => world.leaderOf(s) !== undefined);
  let failure: ShardRunResult['failure'];
  let checker: ShardRunResult['checker'] = 'skipped';
  let clientStart = 0;
  let clientEnd = 0;
  const span = options.spanShards === true;
  try {
    world.trace.add(world.now, '-', 'mix', describeMix(mix));
    world.startAll();
    if (!(await world.runUntil(everyShardLeads, 5_000))) {
      failure = {
        kind: 'liveness',
        check: 'election',
        message: 'a shard elected no leader in 5 s',
      };
    } else {
      clientStart = world.now;
      world.addClients(options.clients ?? options.members + 1, 3, span);
      nemesis.start();
      await world.runFor(options.faultyMs ?? 3_000);
      nemesis.stop();
      nemesis.heal();
      // Liveness: once healed, every shard leads again, and clients go on for a while.
      if (!(await world.runUntil(everyShardLeads, 10_000))) {
        failure = {
          kind: 'liveness',
          check: 'election after healing',
          message: `shards without a leader 10 s after healing: ${shards.filter((s) => world.leaderOf(s) === undefined).join(', ')}`,
        };
      } else {
        await world.runFor(1_500);
        world.stopClients();
        clientEnd = world.now;
        await world.runUntil(() => caughtUp(world), 10_000);
        // Two-phase commit settles after Raft catches up, and after the clients' last operations
        // (a stopped client finishes the one it started): a participant that heard neither the
        // proxy's commit nor the coordinator's push (lost messages) holds its prepare until it asks
        // the coordinator, a resolve interval later. All or nothing holds once every prepare is settled, so it is checked then; a
        // prepare still held 10 s after the clients stopped is a liveness failure of its own.
        if (!(await settle(world, 10_000))) {
          failure = {
            kind: 'liveness',
            check: 'two-phase resolution',
            message: `not settled 10 s after the clients stopped: ${unsettledReport(world)}`,
          };
        } else {
          world.checkConverged();
          world.checkListeners();
        }
      }
    }
  } catch (error) {
    failure =
      error instanceof SafetyViolation
        ? { kind: 'safety', check: error.property, message: error.message }
        : {
            kind: 'exception',
            check: 'exception',
            message: error instanceof Error ? (error.stack ?? error.message) : String(error),
          };
  }
  if (failure === undefined) {
    const verdict = checkTxnHistory(world.history.events);
    checker = verdict.kind;
    if (verdict.kind === 'illegal') {
      failure = {
        kind: 'linearizability',
        check: knownWithdrawFinding(world.history.events)
          ? KNOWN_WITHDRAW_FINDING
          : 'strict serializability',
        message: describeTxnViolation(verdict),
      };
    }
  }
  const events = world.history.events;
  const commits = events.filter(
    (e) =>
      e.type === 'ok' && (e.value as readonly (readonly unknown[])[]).some((m) => m[0] === 'w'),
  ).length;
  const clientMs = Math.max(1, (clientEnd || world.now) - clientStart);
  const messages = world.network.stats.sent;
  const spanCommits = spanCommitLatencies(events);
  return {
    options,
    ok: failure === undefined,
    failure,
    checker,
    history: world.history,
    traceHash: world.trace.hash(),
    traceTail: world.trace.tail(60),
    stats: {
      simulatedMs: world.now,
      clientMs,
      commits,
      commitsPerSimSecond: Math.round((commits * 1000) / clientMs),
      messages,
      messagesPerCommit: commits === 0 ? 0 : Math.round((messages / commits) * 10) / 10,
      operations: events.filter((e) => e.type !== 'invoke').length,
      applied: world.appliedCount,
      listeners: world.listenerCount,
      listenerChanges: world.listenerChanges,
      snapshotChanges: world.snapshotChanges,
      crashPoints: world.crashPoints,
      multiShardCommits: world.multiShardCount,
      spanCommitP50Ms: percentile(spanCommits, 0.5),
      spanCommitP99Ms: percentile(spanCommits, 0.99),
      prepareHoldP99Ms: percentile(world.prepareHolds, 0.99),
      prepareHoldMaxMs: percentile(world.prepareHolds, 1),
      nemesis: { ...nemesis.counts },
    },
    samples: { spanCommits, prepareHolds: world.prepareHolds },
  };
}

/** The latencies (ms) of committed client transactions that wrote keys of two or more shards. */
export function spanCommitLatencies(events: readonly HistoryEvent[]): number[] {
  const invoked = new Map<number, number>();
  const out: number[] = [];
  for (const e of events) {
    if (e.type === 'invoke') {
      invoked.set(e.process, e.time);
      continue;
    }
    const start = invoked.get(e.process);
    invoked.delete(e.process);
    if (e.type !== 'ok' || start === undefined) continue;
    const micro = e.value as readonly (readonly unknown[])[];
    const shards = new Set(
      micro.filter((m) => m[0] === 'w').map((m) => String(m[1]).split('/')[0]),
    );
    if (shards.size >= 2) out.push(e.time - start);
  }
  return out;
}

/** The `q` quantile (0..1) of `values` by the nearest-rank method; 0 when empty. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * An open finding of this simulation (docs/TESTING.md): a one-shard commit whose answer was lost
 * (a dropped message, a crashed member) times out, the proxy withdraws it with an abort, and the
 * abort of a transaction the shard already committed and forgot answers ok, so the proxy reports
 * ShardOperationTimeoutError ("nothing committed") for a commit that happened. A history whose only
 * problem is that passes the checker once those failures count as unknown outcomes; such runs
 * fail with this check's name, which the CI sweep tolerates until the fix.
 */
export const KNOWN_WITHDRAW_FINDING =
  'strict serializability: known finding, a withdrawn commit that had committed';

function knownWithdrawFinding(events: readonly HistoryEvent[]): boolean {
  const relaxed = events.map((e) =>
    e.type === 'fail' && e.error === 'shard-operation-timeout'
      ? { ...e, type: 'info' as const }
      : e,
  );
  return checkTxnHistory(relaxed).kind !== 'illegal';
}

/**
 * Runs until no client operation is in flight, every replica caught up and no replica holds a
 * prepare, and that still holds 500 ms later (a late message may start another); false when that
 * takes longer than `maxMs`.
 */
async function settle(world: ShardSimWorld, maxMs: number): Promise<boolean> {
  const deadline = world.now + maxMs;
  const settled = (): boolean =>
    world.clients.every((c) => !c.busy) && caughtUp(world) && unsettledPrepares(world).length === 0;
  for (;;) {
    if (!(await world.runUntil(settled, Math.max(0, deadline - world.now)))) return false;
    await world.runFor(500);
    if (settled()) return true;
    if (world.now >= deadline) return false;
  }
}

/** What keeps `settle` waiting, for a liveness failure. */
function unsettledReport(world: ShardSimWorld): string {
  const parts: string[] = [];
  const busy = world.clients.filter((c) => c.busy).length;
  if (busy > 0) parts.push(`${busy} client operation(s) in flight`);
  if (!caughtUp(world))
    parts.push('a replica has not caught up with its leader (or a shard has none)');
  const prepares = unsettledPrepares(world);
  if (prepares.length > 0) parts.push(`prepares held on ${prepares.join('; ')}`);
  return parts.join('; ');
}

/** `replica: txId, ...` for every running replica holding prepares not yet settled. */
function unsettledPrepares(world: ShardSimWorld): string[] {
  const out: string[] = [];
  for (const placement of world.options.placements) {
    for (const name of placement.members) {
      const core = world.member(name).core(placement.name);
      if (core === undefined || core.currentState === 'stopped') continue;
      const txIds = core.unsettledPrepares();
      if (txIds.length > 0) out.push(`${name}-shard-${placement.name}: ${txIds.join(', ')}`);
    }
  }
  return out;
}

/** Every running replica of every shard applied up to its leader's commit index. */
function caughtUp(world: ShardSimWorld): boolean {
  for (const placement of world.options.placements) {
    const leader = world.leaderOf(placement.name);
    if (leader === undefined) return false;
    const commit = world.member(leader).core(placement.name)!.status().commitIndex;
    for (const name of placement.members) {
      const core = world.member(name).core(placement.name);
      if (core === undefined) continue;
      const status = core.status();
      if (status.appliedIndex < commit || status.state === 'recovering') return false;
    }
  }
  return true;
}

/** A failure as a report: what broke, how to replay it, and the end of the trace. */
export function formatShardFailure(result: ShardRunResult): string {
  if (result.ok) return `seed ${result.options.seed}: ok`;
  const f = result.failure!;
  return [
    `seed ${result.options.seed} FAILED (${f.kind}: ${f.check}): ${f.message}`,
    `replay: ${shardReproLine(result.options)}`,
    `trace ${result.traceHash}, last lines:`,
    ...result.traceTail.map((l) => `  ${l}`),
  ].join('\n');
}

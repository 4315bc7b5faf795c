/**
 * Benchmark of a replicated shard in one process (issue 10, Performance), never part of npm test and
 * never asserted: a three-replica group (test/support/replicated-group.ts: three shard actors, each
 * with its own LevelDB journal, fsync per Ready, over the in-process network) against a group of one
 * (the single-member case, the same shell, proxies and journal) in the same run. Clients are the
 * production TransactionProxy on the leader's member, each awaiting its own commit of one small list
 * entry; 1, 16 and 64 commits in flight. Aim: the three-replica group at least 70% of the
 * single-member throughput.
 *
 * Each case: one second of warm-up, then five one-second runs; ops/s is the median run, p50/p99 are
 * over every commit of the measured runs. The note gives the batching: commits per Raft entry and per
 * leader fsync, fsyncs per commit on each follower, Raft messages per commit (every message, both
 * ways, heartbeats and ReadIndex rounds included), and the process's CPU per commit (all three
 * replicas run in this process: each applies every commit).
 *
 * Run: npm run bench -- --filter replicated; CANOPY_BENCH_QUICK=1 for a smoke run.
 */
import type { SchemaContext } from '../../src/yang/schema.js';
import { loadTestSchema } from '../support/store-schema.js';
import { ReplicatedGroup } from '../support/replicated-group.js';
import { nowMicros, percentile } from './bench-timing.js';
import type { Bench, BenchResult } from './bench-types.js';

const QUICK = process.env['CANOPY_BENCH_QUICK'] !== undefined;
const WARMUP_MS = QUICK ? 300 : 1000;
const RUN_MS = QUICK ? 300 : 1000;
const RUNS = QUICK ? 3 : 5;
const REGISTRY = '/conformance:registry';

interface GroupFigures {
  readonly opsPerSec: number;
  readonly spread: number;
  readonly opsPerRun: number;
  readonly p50Micros: number;
  readonly p99Micros: number;
  readonly commitsPerEntry: number;
  readonly commitsPerLeaderSync: number;
  /** Follower fsyncs per commit, the mean over the followers; NaN for a group of one. */
  readonly followerSyncsPerCommit: number;
  readonly messagesPerCommit: number;
  /** The process's CPU (every replica, the clients) per commit over the measured runs. */
  readonly cpuMicrosPerCommit: number;
}

/** `writers` clients commit for the warm-up and the runs; figures over the runs. */
async function measure(
  schema: SchemaContext,
  members: readonly string[],
  writers: number,
): Promise<GroupFigures> {
  const group = await ReplicatedGroup.start({
    schema,
    members,
    // Elections after 1 to 2 s: a loaded bench process must not look like a dead leader.
    tickMs: 50,
    core: { electionTicks: 20, heartbeatTicks: 1 },
    operationTimeoutMs: 10_000,
  });
  try {
    const leader = await group.waitForLeader(10_000);
    let recording = false;
    let stop = false;
    let commits = 0;
    const samples: number[] = [];
    const clients = Array.from({ length: writers }, async (_, w) => {
      let n = 0;
      while (!stop) {
        const started = nowMicros();
        const tx = group.newReadWriteTransaction(leader);
        tx.write(`${REGISTRY}=w${w}`, { id: `w${w}`, value: String(n++) });
        await tx.commit();
        if (recording) {
          samples.push(nowMicros() - started);
          commits++;
        }
      }
    });
    const failed = Promise.race(clients.map((c) => c.then(() => new Promise<never>(() => {}))));
    const sleep = (ms: number): Promise<void> =>
      Promise.race([new Promise<void>((r) => setTimeout(r, ms)), failed]);
    await sleep(WARMUP_MS);
    const statusBefore = group.status(leader);
    const syncsBefore = members.map((m) => group.syncs(m));
    const messagesBefore = group.network.counters.raftSent;
    const cpuBefore = process.cpuUsage();
    recording = true;
    const rates: number[] = [];
    let total = 0;
    for (let r = 0; r < RUNS; r++) {
      const before = commits;
      const start = performance.now();
      await sleep(RUN_MS);
      const done = commits - before;
      total += done;
      rates.push((done * 1000) / (performance.now() - start));
    }
    recording = false;
    const cpu = process.cpuUsage(cpuBefore);
    const entries = group.status(leader).journalLastIndex - statusBefore.journalLastIndex;
    const syncs = members.map((m, i) => group.syncs(m) - syncsBefore[i]!);
    const messages = group.network.counters.raftSent - messagesBefore;
    stop = true;
    await Promise.all(clients);
    // A benchmark of work that did not happen measures nothing: the last commit must be there.
    const ro = group.newReadOnlyTransaction(leader);
    if ((await ro.read(`${REGISTRY}=w0`)) === undefined) throw new Error('nothing was committed');
    ro.close();
    rates.sort((a, b) => a - b);
    const median = rates[Math.floor(rates.length / 2)]!;
    const leaderAt = members.indexOf(leader);
    const followerSyncs = syncs.filter((_, i) => i !== leaderAt);
    return {
      opsPerSec: median,
      spread: (rates[rates.length - 1]! - rates[0]!) / median,
      opsPerRun: Math.round(total / RUNS),
      p50Micros: percentile(samples, 50),
      p99Micros: percentile(samples, 99),
      commitsPerEntry: total / Math.max(1, entries),
      commitsPerLeaderSync: total / Math.max(1, syncs[leaderAt]!),
      followerSyncsPerCommit:
        followerSyncs.length === 0
          ? Number.NaN
          : followerSyncs.reduce((a, b) => a + b, 0) / followerSyncs.length / Math.max(1, total),
      messagesPerCommit: messages / Math.max(1, total),
      cpuMicrosPerCommit: (cpu.user + cpu.system) / Math.max(1, total),
    };
  } finally {
    await group.close();
  }
}

function fmt(n: number, digits = 1): string {
  return Number.isNaN(n) ? '-' : n.toFixed(digits);
}

async function replicatedCase(schema: SchemaContext, writers: number): Promise<BenchResult> {
  const single = await measure(schema, ['member-1'], writers);
  const three = await measure(schema, ['member-1', 'member-2', 'member-3'], writers);
  return {
    name: `3 replicas vs 1, ${writers} in flight`,
    opsPerSec: three.opsPerSec,
    p50Micros: three.p50Micros,
    p99Micros: three.p99Micros,
    floorOpsPerSec: single.opsPerSec,
    floorRatio: single.opsPerSec / three.opsPerSec,
    floor: `one replica (same shell, proxies and LevelDB journal), p50 ${fmt(single.p50Micros, 0)} / p99 ${fmt(single.p99Micros, 0)} µs`,
    runs: RUNS,
    opsPerRun: three.opsPerRun,
    spread: three.spread,
    note:
      `${((100 * three.opsPerSec) / single.opsPerSec).toFixed(0)}% of one replica; ` +
      `3 replicas: ${fmt(three.commitsPerEntry)} commits per entry, ` +
      `${fmt(three.commitsPerLeaderSync)} per leader fsync, ` +
      `${fmt(three.followerSyncsPerCommit, 2)} fsyncs per commit per follower, ` +
      `${fmt(three.messagesPerCommit, 2)} Raft messages per commit, ` +
      `${fmt(three.cpuMicrosPerCommit, 0)} µs CPU per commit; ` +
      `1 replica: ${fmt(single.commitsPerEntry)} commits per entry, ` +
      `${fmt(single.commitsPerLeaderSync)} per fsync, ${fmt(single.cpuMicrosPerCommit, 0)} µs CPU per commit`,
  };
}

export const bench: Bench = {
  name: 'replicated',
  async run(selected) {
    const schema = await loadTestSchema();
    const results: BenchResult[] = [];
    for (const writers of [1, 16, 64]) {
      if (selected(`3 replicas vs 1, ${writers} in flight`)) {
        const result = await replicatedCase(schema, writers);
        console.log(`${result.name}: ${result.note}`);
        results.push(result);
      }
    }
    return results;
  },
};

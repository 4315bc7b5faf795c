/**
 * Datastore benchmarks (issue 3, point 8), over the in-memory store with the shipped models plus the
 * conformance fixtures:
 * - single-leaf write+commit per second (a write-only transaction, one leaf, commit() awaited);
 * - a 100-entry list write per commit, and per entry;
 * - read-only transactions per second (open, read one leaf, close), and leaf reads inside one open
 *   read-only transaction;
 * - listener notification latency (p50/p99, from the start of a commit to each listener's call) with
 *   100 listeners on the changed subtree.
 * Each is compared in the same run with a floor: plain Map updates (or gets) of the same count, and for
 * latency, a Map update followed by the same asynchronous fan-out the store uses (one setImmediate
 * calling 100 callbacks). The ratio says how many times the floor is faster.
 *
 * Aims from the issue: 100,000 single-leaf commits/s and 1,000,000 reads/s in-process.
 * CANOPY_BENCH_QUICK=1 shortens every run (for smoke runs; not for recorded figures).
 */
import { InMemoryDataStore } from '../../src/index.js';
import type { DataTreeCandidate, SchemaContext } from '../../src/index.js';
import { loadTestSchema } from '../support/store-schema.js';
import type { Bench, BenchResult } from './bench-types.js';
import type { TimingOptions } from './bench-timing.js';
import { DEFAULT_TIMING, nowMicros, percentile, throughput } from './bench-timing.js';

const LEAF = '/toaster:toaster/darknessFactor';
const CONTAINER = '/toaster:toaster';
const USER_LIST = '/conformance:users/user';
const LIST_SIZE = 100;
const LISTENERS = 100;

const timing: TimingOptions =
  process.env['CANOPY_BENCH_QUICK'] !== undefined
    ? { runMs: 200, warmupMs: 200, runs: 3 }
    : DEFAULT_TIMING;

function compared(
  name: string,
  ours: { opsPerSec: number; opsPerRun: number; runs: number; spread: number },
  floor: { opsPerSec: number },
  floorWords: string,
  itemsPerOp?: number,
): BenchResult {
  return {
    name,
    opsPerSec: ours.opsPerSec,
    itemsPerSec: itemsPerOp === undefined ? undefined : ours.opsPerSec * itemsPerOp,
    floorOpsPerSec: floor.opsPerSec,
    floorRatio: floor.opsPerSec / ours.opsPerSec,
    floor: floorWords,
    runs: ours.runs,
    opsPerRun: ours.opsPerRun,
    spread: ours.spread,
  };
}

async function singleLeafCommit(schema: SchemaContext): Promise<BenchResult> {
  const store = new InMemoryDataStore({ schema });
  let v = 0;
  const ours = await throughput(async (count) => {
    for (let i = 0; i < count; i++) {
      const tx = store.newWriteOnlyTransaction();
      tx.write(LEAF, (v = (v + 1) & 0xffff));
      await tx.commit();
    }
  }, timing);
  await expectCommitted(store, LEAF, v);
  await store.close();
  const map = new Map<string, number>();
  const floor = await throughput((count) => {
    for (let i = 0; i < count; i++) map.set(LEAF, (v = (v + 1) & 0xffff));
  }, timing);
  return compared('single-leaf write+commit', ours, floor, 'Map.set of one key per commit');
}

/** A benchmark of work that did not happen measures nothing: check the last commit landed. */
async function expectCommitted(
  store: InMemoryDataStore,
  path: string,
  value: unknown,
): Promise<void> {
  const ro = store.newReadOnlyTransaction();
  const got = await ro.read(path);
  ro.close();
  if (got !== value) {
    throw new Error(
      `bench sanity: ${path} reads ${JSON.stringify(got)}, expected ${String(value)}`,
    );
  }
}

function userEntries(generation: number): { name: string; uid: number; groups: string[] }[] {
  return Array.from({ length: LIST_SIZE }, (_, i) => ({
    name: `user${i}`,
    uid: generation * LIST_SIZE + i,
    groups: ['staff', `g${i % 7}`],
  }));
}

async function listWrite(schema: SchemaContext): Promise<BenchResult> {
  const store = new InMemoryDataStore({ schema });
  const generations = [userEntries(0), userEntries(1)];
  let g = 0;
  const ours = await throughput(async (count) => {
    for (let i = 0; i < count; i++) {
      const tx = store.newWriteOnlyTransaction();
      tx.write(USER_LIST, generations[(g = g ^ 1)]);
      await tx.commit();
    }
  }, timing);
  await expectCommitted(store, `${USER_LIST}=user7/uid`, g * LIST_SIZE + 7);
  await store.close();
  const map = new Map<string, unknown>();
  const floor = await throughput((count) => {
    for (let i = 0; i < count; i++) {
      for (const e of generations[(g = g ^ 1)]!) map.set(e.name, e);
    }
  }, timing);
  return compared(
    `${LIST_SIZE}-entry list write+commit`,
    ours,
    floor,
    `${LIST_SIZE} Map.set of entry objects per commit`,
    LIST_SIZE,
  );
}

async function readTransactions(schema: SchemaContext): Promise<BenchResult[]> {
  const store = new InMemoryDataStore({ schema });
  const seed = store.newWriteOnlyTransaction();
  seed.write(LEAF, 1000);
  await seed.commit();
  const perTransaction = await throughput(async (count) => {
    for (let i = 0; i < count; i++) {
      const ro = store.newReadOnlyTransaction();
      await ro.read(LEAF);
      ro.close();
    }
  }, timing);
  const ro = store.newReadOnlyTransaction();
  const inOne = await throughput(async (count) => {
    for (let i = 0; i < count; i++) await ro.read(LEAF);
  }, timing);
  ro.close();
  await store.close();
  const map = new Map<string, number>([[LEAF, 1000]]);
  let sink = 0;
  const floor = await throughput((count) => {
    for (let i = 0; i < count; i++) sink += map.get(LEAF)!;
  }, timing);
  if (sink < 0) console.log(sink); // keeps the loop observable
  return [
    compared(
      'read-only transaction: open, read a leaf, close',
      perTransaction,
      floor,
      'Map.get of one key',
    ),
    compared('leaf read in an open read-only transaction', inOne, floor, 'Map.get of one key'),
  ];
}

/** Latency samples (µs) from a commit's start to each listener call, over `commits` commits. */
async function listenerLatency(
  schema: SchemaContext,
  commits: number,
): Promise<{ samples: number[]; perRunP50: number[] }> {
  const store = new InMemoryDataStore({ schema });
  const samples: number[] = [];
  let start = 0;
  let pending = 0;
  let wake: () => void = () => undefined;
  const listener = (changes: readonly DataTreeCandidate[]): void => {
    const c = changes[changes.length - 1];
    if (c === undefined) return; // the initial, empty call
    // A real listener looks at what changed: touch the lazily computed fields.
    if (c.modificationType === 'unmodified' || c.dataAfter === undefined) return;
    samples.push(nowMicros() - start);
    if (--pending === 0) wake();
  };
  for (let i = 0; i < LISTENERS; i++) store.registerTreeChangeListener(CONTAINER, listener);
  await new Promise<void>((resolve) => setImmediate(resolve));
  const perRunP50: number[] = [];
  for (let i = 0; i < commits; i++) {
    const delivered = new Promise<void>((resolve) => {
      wake = resolve;
    });
    pending = LISTENERS;
    start = nowMicros();
    const tx = store.newWriteOnlyTransaction();
    tx.write(LEAF, i & 0xffff);
    await tx.commit();
    await delivered;
  }
  perRunP50.push(percentile(samples, 50));
  if (samples.length !== commits * LISTENERS) {
    throw new Error(`bench sanity: ${samples.length} deliveries for ${commits} commits`);
  }
  await store.close();
  return { samples, perRunP50 };
}

/** The same fan-out without a store: a Map update, then one setImmediate calling 100 callbacks. */
async function fanOutLatency(commits: number): Promise<number[]> {
  const map = new Map<string, number>();
  const samples: number[] = [];
  const callbacks = Array.from({ length: LISTENERS }, () => (start: number) => {
    samples.push(nowMicros() - start);
  });
  for (let i = 0; i < commits; i++) {
    const start = nowMicros();
    map.set(LEAF, i);
    await new Promise<void>((resolve) =>
      setImmediate(() => {
        for (const cb of callbacks) cb(start);
        resolve();
      }),
    );
  }
  return samples;
}

async function listeners(schema: SchemaContext): Promise<BenchResult> {
  const commitsPerRun = timing.runMs >= 1000 ? 2000 : 300;
  await listenerLatency(schema, Math.round(commitsPerRun / 4)); // warm-up
  await fanOutLatency(Math.round(commitsPerRun / 4));
  const samples: number[] = [];
  const runP50s: number[] = [];
  const floorSamples: number[] = [];
  for (let r = 0; r < timing.runs; r++) {
    const run = await listenerLatency(schema, commitsPerRun);
    for (const x of run.samples) samples.push(x);
    runP50s.push(...run.perRunP50);
    for (const x of await fanOutLatency(commitsPerRun)) floorSamples.push(x);
  }
  const p50 = percentile(samples, 50);
  const floorP50 = percentile(floorSamples, 50);
  runP50s.sort((a, b) => a - b);
  return {
    name: `listener latency, ${LISTENERS} listeners, commit start to call`,
    p50Micros: p50,
    p99Micros: percentile(samples, 99),
    floorP50Micros: floorP50,
    floorP99Micros: percentile(floorSamples, 99),
    floorRatio: p50 / floorP50,
    floor: `Map.set, then one setImmediate calling ${LISTENERS} callbacks`,
    runs: timing.runs,
    opsPerRun: commitsPerRun,
    spread: (runP50s[runP50s.length - 1]! - runP50s[0]!) / percentile(runP50s, 50),
  };
}

export const benches: Bench[] = [
  {
    name: 'datastore',
    async run(selected): Promise<BenchResult[]> {
      const schema = await loadTestSchema();
      const out: BenchResult[] = [];
      if (selected('single-leaf write+commit')) out.push(await singleLeafCommit(schema));
      if (selected(`${LIST_SIZE}-entry list write+commit`)) out.push(await listWrite(schema));
      if (selected('read-only transaction') || selected('leaf read')) {
        out.push(...(await readTransactions(schema)));
      }
      if (selected('listener latency')) out.push(await listeners(schema));
      return out;
    },
  },
];

/**
 * Benchmarks of what the journal's start-time safety costs (issue 9, points 1 and 2), never part of
 * npm test and never asserted:
 *
 * - journal-high-water: synced journal saves (1 group; 64 groups at once) and persistent member
 *   commits (1 writer; 64 writers) with the synced high-water file `off`, `trailing` (the default,
 *   updated at most every 100 ms), `trailing` updated after every group commit, and `strict`
 *   (src/persistence/synced-high-water.ts). The machine is shared, so the three modes run
 *   interleaved, round after round, and each mode's figure is the median of its rounds; the ratio to
 *   `off` in the same rounds is the cost.
 * - journal-open: opening an existing journal whose write-ahead log holds 4 MiB (LevelDB's default
 *   write buffer, the most it holds between flushes): openRaftStore, which inspects the files and
 *   opens a shadow copy before the real open (src/persistence/open-check.ts), against a bare LevelDB
 *   open of an identical copy.
 *
 *   npm run bench -- --filter journal-
 *   CANOPY_BENCH_ROUNDS=9 CANOPY_BENCH_ROUND_MS=2000 node dist/test/bench/run.js --filter journal-
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ClassicLevel } from 'classic-level';
import { startMember } from '../../src/api/distributed-data-store.js';
import { loadMemberConfig } from '../../src/cli/member-process.js';
import { type RaftStoreOptions, openRaftStore } from '../../src/persistence/raft-store.js';
import { silentLogger } from '../../src/runtime/logger.js';
import type { Bench, BenchResult } from './bench-types.js';
import { shippedConfDir } from '../support/proc-member.js';

/** The settings compared: each high-water mode, and `trailing` updating after every group commit. */
const MODES = ['off', 'trailing', 'trailing-every', 'strict'] as const;
type Mode = (typeof MODES)[number];

function storeOptions(mode: Mode): RaftStoreOptions {
  return mode === 'trailing-every'
    ? { syncedHighWater: 'trailing', highWaterIntervalMs: 0 }
    : { syncedHighWater: mode };
}

function describeMode(mode: Mode): string {
  if (mode === 'trailing') return 'trailing (default, at most every 100 ms)';
  if (mode === 'trailing-every') return 'trailing, after every group commit';
  return mode;
}
/** Rounds per case (each runs every mode once) and their length; more of both on a noisy machine. */
const ROUNDS = Number(process.env.CANOPY_BENCH_ROUNDS ?? 5);
const ROUND_MS = Number(process.env.CANOPY_BENCH_ROUND_MS ?? 1500);
const WRITERS = 64;

function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `canopy-bench-${label}-`));
}

/** Operations per second of `writers` loops each awaiting `op`, for about ROUND_MS. */
async function rate(writers: number, op: (w: number, n: number) => Promise<void>): Promise<number> {
  const next = new Array<number>(writers).fill(0);
  const end = performance.now() + ROUND_MS;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      while (performance.now() < end) await op(w, next[w]!++);
    }),
  );
  const total = next.reduce((a, b) => a + b, 0);
  return total / ((performance.now() - start) / 1000);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function spread(xs: readonly number[]): number {
  return (Math.max(...xs) - Math.min(...xs)) / median(xs);
}

/** A setup per mode, measured in interleaved rounds; results per mode with the ratio to `off`. */
async function interleaved(
  label: string,
  unit: string,
  setup: (mode: Mode) => Promise<{ measure(): Promise<number>; close(): Promise<void> }>,
): Promise<BenchResult[]> {
  const subjects = new Map<Mode, Awaited<ReturnType<typeof setup>>>();
  for (const mode of MODES) subjects.set(mode, await setup(mode));
  const rates = new Map<Mode, number[]>(MODES.map((m) => [m, []]));
  const ratios = new Map<Mode, number[]>(MODES.map((m) => [m, []]));
  try {
    for (const mode of MODES) await subjects.get(mode)!.measure(); // warm-up
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order so no mode always runs first.
      const order = MODES.map((_, i) => MODES[(i + round) % MODES.length]!);
      const got = new Map<Mode, number>();
      for (const mode of order) got.set(mode, await subjects.get(mode)!.measure());
      for (const mode of MODES) {
        rates.get(mode)!.push(got.get(mode)!);
        ratios.get(mode)!.push(got.get('off')! / got.get(mode)!);
      }
    }
  } finally {
    for (const s of subjects.values()) await s.close();
  }
  return MODES.map((mode) => ({
    name: `${label}, high-water ${describeMode(mode)}`,
    opsPerSec: median(rates.get(mode)!),
    floorOpsPerSec: median(rates.get('off')!),
    floorRatio: median(ratios.get(mode)!),
    floor: `the same ${unit} with high-water off, in the same rounds (ratio: median of the rounds)`,
    runs: ROUNDS,
    opsPerRun: Math.round(median(rates.get(mode)!) * (ROUND_MS / 1000)),
    spread: spread(rates.get(mode)!),
  }));
}

async function journalSaves(groups: number): Promise<BenchResult[]> {
  return interleaved(
    `journal save, ${groups} group${groups === 1 ? '' : 's'}`,
    'saves',
    async (mode) => {
      const dir = tempDir('high-water');
      const store = await openRaftStore(dir, storeOptions(mode));
      const logs = Array.from({ length: groups }, (_, g) =>
        store.group(`member-1-shard-bench-${g}`),
      );
      for (const log of logs) await log.load();
      const last = new Array<number>(groups).fill(0);
      const data = new Uint8Array(100).fill(7);
      return {
        measure: () =>
          rate(groups, async (g) => {
            const index = ++last[g]!;
            await logs[g]!.save(
              {
                entries: [{ type: 'normal', term: 1, index, data }],
                hardState: { term: 1, vote: 'member-1', commit: index },
              },
              { sync: true },
            );
          }),
        close: async () => {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  );
}

async function memberCommits(writers: number): Promise<BenchResult[]> {
  const label = `persistent member commit, ${writers} writer${writers === 1 ? '' : 's'}`;
  return interleaved(label, 'commits', async (mode) => {
    const dir = tempDir('high-water-member');
    const { config, schema } = await loadMemberConfig({
      flags: { conf: shippedConfDir(), dataDir: join(dir, 'data') },
    });
    const member = await startMember({
      config,
      schema,
      logger: silentLogger(),
      raftStoreOptions: storeOptions(mode),
    });
    return {
      measure: () =>
        rate(writers, async (w, n) => {
          const tx = member.broker.newWriteOnlyTransaction();
          tx.write('config', `/opendaylight-inventory:nodes/node=w${w}`, {
            id: `w${w}`,
            description: String(n),
          });
          await tx.commit();
        }),
      close: async () => {
        await member.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
}

/** A closed journal whose LevelDB log holds about `logBytes` of synced saves. */
async function journalWithLog(logBytes: number): Promise<string> {
  const dir = tempDir('open');
  const store = await openRaftStore(dir);
  const log = store.group('member-1-shard-bench-open');
  await log.load();
  const data = new Uint8Array(1000).fill(3);
  const entries = Math.floor(logBytes / 1100);
  for (let index = 1; index <= entries; index += 100) {
    const batch = Array.from({ length: 100 }, (_, i) => ({
      type: 'normal' as const,
      term: 1,
      index: index + i,
      data,
    }));
    await log.save(
      { entries: batch, hardState: { term: 1, vote: null, commit: index + 99 } },
      {
        sync: false,
      },
    );
  }
  await store.close();
  return dir;
}

async function openCost(): Promise<BenchResult[]> {
  const source = await journalWithLog(3.5 * 1024 * 1024);
  const ours: number[] = [];
  const bare: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const a = tempDir('open-ours');
      const b = tempDir('open-bare');
      cpSync(source, a, { recursive: true });
      cpSync(source, b, { recursive: true });
      let start = performance.now();
      await (await openRaftStore(a)).close();
      ours.push(performance.now() - start);
      start = performance.now();
      const db = new ClassicLevel(b);
      await db.open();
      await db.close();
      bare.push(performance.now() - start);
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
  return [
    {
      name: 'open of a journal whose write-ahead log holds 3.5 MiB',
      value: median(ours),
      unit: 'ms',
      floor: `a bare LevelDB open of an identical copy: median ${median(bare).toFixed(1)} ms`,
      floorRatio: median(ours) / median(bare),
      runs: ROUNDS,
      opsPerRun: 1,
      spread: spread(ours),
      note: `ours ${ours.map((x) => x.toFixed(0)).join(', ')} ms; bare ${bare.map((x) => x.toFixed(0)).join(', ')} ms`,
    },
  ];
}

export const benches: Bench[] = [
  {
    name: 'journal-high-water',
    async run(selected) {
      const results: BenchResult[] = [];
      if (selected('journal save, 1 group')) results.push(...(await journalSaves(1)));
      if (selected(`journal save, ${WRITERS} groups`))
        results.push(...(await journalSaves(WRITERS)));
      if (selected('persistent member commit, 1 writer')) results.push(...(await memberCommits(1)));
      if (selected(`persistent member commit, ${WRITERS} writers`)) {
        results.push(...(await memberCommits(WRITERS)));
      }
      return results;
    },
  },
  {
    name: 'journal-open',
    async run(selected) {
      return selected('open of a journal') ? openCost() : [];
    },
  },
];

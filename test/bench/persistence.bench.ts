/**
 * Benchmarks of the durable Raft journal (src/persistence), never part of npm test and never asserted:
 *
 * - synced writes of small entries: raw classic-level batches (one writer; 64 concurrent writers, each
 *   awaiting its own synced batch, which LevelDB's own writer queue may merge) against our `save`
 *   through group commit (one group, one writer; 64 groups, one writer each), same entry size, same run;
 * - recovery: `load()` of one group holding 1,000,000 small entries.
 *
 * Run: npm run bench (the harness finds `*.bench.js`), or directly:
 *   node dist/test/bench/persistence.bench.js [--quick]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ClassicLevel } from 'classic-level';
import { openRaftStore } from '../../src/persistence/raft-store.js';
import type { Entry } from '../../src/raft/types.js';

/** One figure of a benchmark. */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string | undefined;
}

export interface Bench {
  readonly name: string;
  run(): Promise<BenchResult[]>;
}

const ENTRY_BYTES = 100;
const WRITERS = 64;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'canopy-bench-journal-'));
}

function entryData(index: number): Uint8Array {
  const data = new Uint8Array(ENTRY_BYTES);
  for (let i = 0; i < data.length; i++) data[i] = (index + i * 7) & 0xff;
  return data;
}

function entry(index: number): Entry {
  return { type: 'normal', term: 1, index, data: entryData(index) };
}

/** Runs `writers` loops of `perWriter` awaited writes each; returns writes per second. */
async function timeWriters(
  writers: number,
  perWriter: number,
  write: (writer: number, n: number) => Promise<void>,
): Promise<number> {
  const start = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let n = 0; n < perWriter; n++) await write(w, n);
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  return (writers * perWriter) / seconds;
}

async function rawLevel(writers: number, perWriter: number): Promise<number> {
  const dir = tempDir();
  const db = new ClassicLevel<Uint8Array, Uint8Array>(dir, {
    keyEncoding: 'view',
    valueEncoding: 'view',
  });
  await db.open();
  try {
    return await timeWriters(writers, perWriter, async (w, n) => {
      const key = new Uint8Array(12);
      const view = new DataView(key.buffer);
      view.setUint32(0, w);
      view.setUint32(8, n);
      // The same bytes a save writes: an entry record and a hard state record.
      await db.batch(
        [
          { type: 'put', key, value: entryData(n + 4) },
          { type: 'put', key: Uint8Array.of(w, 0xff), value: new Uint8Array(24) },
        ],
        { sync: true },
      );
    });
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function journalSaves(
  groups: number,
  perWriter: number,
): Promise<{ perSecond: number; batches: number; syncs: number }> {
  const dir = tempDir();
  const store = await openRaftStore(dir);
  try {
    const logs = Array.from({ length: groups }, (_, g) => store.group(`member-1-shard-bench-${g}`));
    for (const log of logs) await log.load();
    const before = store.stats();
    const perSecond = await timeWriters(groups, perWriter, (g, n) =>
      logs[g]!.save(
        { entries: [entry(n + 1)], hardState: { term: 1, vote: 'member-1', commit: n + 1 } },
        { sync: true },
      ),
    );
    const after = store.stats();
    return {
      perSecond,
      batches: after.batches - before.batches,
      syncs: after.syncs - before.syncs,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function recovery(
  count: number,
): Promise<{ seconds: number; cpuSeconds: number; loaded: number }> {
  const dir = tempDir();
  try {
    const store = await openRaftStore(dir);
    const log = store.group('member-1-shard-bench-recovery');
    await log.load();
    const chunk = 10_000;
    for (let from = 1; from <= count; from += chunk) {
      const batch: Entry[] = [];
      for (let i = from; i < from + chunk && i <= count; i++) batch.push(entry(i));
      const last = batch[batch.length - 1]!.index;
      await log.save(
        { entries: batch, hardState: { term: 1, vote: null, commit: last } },
        { sync: false },
      );
    }
    await store.close();
    // Recovery as a restarting member sees it: open (LevelDB replays its log) and load.
    const start = performance.now();
    const cpu = process.cpuUsage();
    const reopened = await openRaftStore(dir);
    const state = await reopened.group('member-1-shard-bench-recovery').load();
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    await reopened.close();
    return { seconds, cpuSeconds: (used.user + used.system) / 1e6, loaded: state.entries.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const bench: Bench = {
  name: 'persistence',
  async run(): Promise<BenchResult[]> {
    const quick = process.argv.includes('--quick');
    const one = quick ? 100 : 500;
    const many = quick ? 20 : 60;
    const rawOne = await rawLevel(1, one);
    const ourOne = await journalSaves(1, one);
    const rawMany = await rawLevel(WRITERS, many);
    const ourMany = await journalSaves(WRITERS, many);
    const count = quick ? 100_000 : 1_000_000;
    const rec = await recovery(count);
    const entryNote = `${ENTRY_BYTES}-byte entries, sync: true`;
    return [
      {
        name: 'raw classic-level synced batch, 1 writer',
        value: rawOne,
        unit: 'writes/s',
        note: entryNote,
      },
      {
        name: 'journal save, 1 group, 1 writer',
        value: ourOne.perSecond,
        unit: 'saves/s',
        note: entryNote,
      },
      {
        name: `raw classic-level synced batch, ${WRITERS} concurrent writers`,
        value: rawMany,
        unit: 'writes/s',
        note: entryNote,
      },
      {
        name: `journal save with group commit, ${WRITERS} groups, 1 writer each`,
        value: ourMany.perSecond,
        unit: 'saves/s',
        note: `${entryNote}; ${WRITERS * many} saves in ${ourMany.batches} batches, ${ourMany.syncs} fsyncs`,
      },
      {
        name: `recovery: open + load() of ${rec.loaded.toLocaleString('en')} entries`,
        value: rec.seconds,
        unit: 's',
        note:
          `${Math.round(rec.loaded / rec.seconds).toLocaleString('en')} entries/s, ` +
          `${rec.cpuSeconds.toFixed(2)} s CPU, ${ENTRY_BYTES}-byte payloads`,
      },
    ];
  },
};

if (process.argv[1]?.endsWith('persistence.bench.js') === true) {
  const results = await bench.run();
  for (const r of results) {
    const value = r.value >= 100 ? Math.round(r.value).toLocaleString('en') : r.value.toFixed(2);
    console.log(`${r.name}: ${value} ${r.unit}${r.note === undefined ? '' : ` (${r.note})`}`);
  }
}

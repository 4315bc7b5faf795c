/**
 * Throughput of a three-member Raft group whose members each journal to their own LevelDB store with
 * synced writes (issue 5, point 7, second half): the Raft core plus the classic-level storage adapter
 * (src/persistence), in one process, over a zero-delay in-memory network. Never part of npm test and
 * never asserted.
 *
 * Each member runs the shell order of STYLE.md: save the Ready (synced when `mustSync`), append it to the
 * in-memory log view, send its messages, apply, advance; saves run concurrently with message handling,
 * so proposals that arrive during an fsync join the next Ready (group commit). A commit needs the
 * leader's fsync and then a follower's, so one writer waiting for each commit sees about two fsyncs of
 * latency; concurrent writers share them.
 *
 * The floor, measured in the same run: raw classic-level synced batch writes of the same entry bytes
 * (one writer awaiting each write; 64 writers each awaiting its own), the physical limit of one disk.
 * All three members share this machine's disk, so their fsyncs contend: a real cluster does better.
 *
 * Run: npm run bench -- --filter raft-leveldb, or node dist/test/bench/raft-leveldb.bench.js [--quick]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ClassicLevel } from 'classic-level';
import { openRaftStore, type RaftStore } from '../../src/persistence/raft-store.js';
import type { RaftGroupLog } from '../../src/persistence/raft-group-log.js';
import { MemoryRaftLog, bootstrapState } from '../../src/raft/memory-log.js';
import { RaftCore, type Ready } from '../../src/raft/raft-core.js';
import type { NodeId, RaftMessage } from '../../src/raft/types.js';
import { SeededRng } from '../../src/util/rng.js';
import type { Bench, BenchResult } from './bench-types.js';

const ENTRY_BYTES = 100;
const IDS: readonly NodeId[] = ['m1', 'm2', 'm3'];

class Member {
  readonly core: RaftCore;
  readonly view: MemoryRaftLog;
  applied = 0;
  private saving = false;
  private readonly group: Group;
  private readonly storage: RaftGroupLog;

  constructor(id: NodeId, group: Group, storage: RaftGroupLog, seed: number) {
    this.group = group;
    this.storage = storage;
    this.view = new MemoryRaftLog(bootstrapState(IDS));
    this.core = new RaftCore(
      {
        id,
        electionTicks: 10,
        heartbeatTicks: 1,
        preVote: true,
        checkQuorum: false,
        inflightAppendsMax: 256,
        appendBytesMax: 1024 * 1024,
        snapshotChunkBytes: 1024 * 1024,
      },
      this.view,
      new SeededRng(seed),
    );
  }

  /** Starts draining unless a save is in flight (its completion drains again). */
  kick(): void {
    if (this.saving) return;
    const ready = this.core.ready();
    if (ready === undefined) return;
    this.saving = true;
    this.persist(ready).then(
      () => {
        this.saving = false;
        this.finish(ready);
        this.kick();
      },
      (error: unknown) => {
        this.group.fail(error);
      },
    );
  }

  private async persist(ready: Ready): Promise<void> {
    if (ready.hardState !== undefined || ready.entries.length > 0 || ready.snapshot !== undefined) {
      await this.storage.save(
        { hardState: ready.hardState, entries: ready.entries, snapshot: ready.snapshot },
        { sync: ready.mustSync },
      );
    }
  }

  private finish(ready: Ready): void {
    this.view.save({
      hardState: ready.hardState,
      entries: ready.entries,
      snapshot: ready.snapshot,
    });
    for (const m of ready.messages) this.group.send(m);
    this.applied += ready.committed.length;
    this.core.advance(ready);
    this.group.onApplied(this);
  }
}

class Group {
  readonly members = new Map<NodeId, Member>();
  private waiters: { index: number; resolve: () => void }[] = [];
  private failure: unknown = undefined;

  static async open(stores: readonly RaftStore[]): Promise<Group> {
    const group = new Group();
    let seed = 1;
    for (const [i, id] of IDS.entries()) {
      const storage = stores[i]!.group(`bench-${id}`);
      await storage.load();
      const boot = bootstrapState(IDS);
      await storage.save({ hardState: boot.hardState, entries: boot.entries }, { sync: true });
      group.members.set(id, new Member(id, group, storage, seed++));
    }
    // Apply the bootstrap membership everywhere, then elect m1.
    await group.until(() => [...group.members.values()].every((m) => m.applied >= IDS.length));
    group.leader().core.campaign();
    group.leader().kick();
    await group.until(() => group.leader().core.status().role === 'leader');
    return group;
  }

  leader(): Member {
    return this.members.get(IDS[0]!)!;
  }

  send(message: RaftMessage): void {
    // Zero delay, but never inside the sender's turn.
    queueMicrotask(() => {
      const to = this.members.get(message.to)!;
      to.core.step(message);
      to.kick();
    });
  }

  fail(error: unknown): void {
    this.failure = error;
  }

  onApplied(member: Member): void {
    if (member !== this.leader()) return;
    const applied = member.core.status().appliedIndex;
    const still: typeof this.waiters = [];
    for (const w of this.waiters) {
      if (w.index <= applied) w.resolve();
      else still.push(w);
    }
    this.waiters = still;
  }

  /** Proposes one entry on the leader and resolves once the leader applied it. */
  async commit(data: Uint8Array): Promise<void> {
    if (this.failure !== undefined) {
      throw new Error('raft-leveldb bench: a member failed', { cause: this.failure });
    }
    const leader = this.leader();
    const r = leader.core.propose(data);
    if (!r.ok) throw new Error(`proposal refused: ${r.reason}`);
    leader.kick();
    await new Promise<void>((resolve) => this.waiters.push({ index: r.index, resolve }));
  }

  async until(cond: () => boolean): Promise<void> {
    for (let i = 0; i < 10_000 && !cond(); i++) {
      for (const m of this.members.values()) m.kick();
      await new Promise((r) => setImmediate(r));
    }
    if (!cond()) {
      const states = [...this.members.values()].map((m) =>
        JSON.stringify({ ...m.core.status(), progress: undefined, applied: m.applied }),
      );
      throw new Error(
        `raft-leveldb bench: the group did not settle (failure: ${String(this.failure)}): ${states.join(' ')}`,
      );
    }
  }
}

async function writers(count: number, commits: number, one: () => Promise<void>): Promise<number> {
  let left = commits;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: count }, async () => {
      while (left > 0) {
        left--;
        await one();
      }
    }),
  );
  return commits / ((performance.now() - start) / 1000);
}

async function rawFloor(dir: string, count: number, commits: number): Promise<number> {
  const db = new ClassicLevel<string, Uint8Array>(join(dir, 'raw'), { valueEncoding: 'view' });
  await db.open();
  const value = new Uint8Array(ENTRY_BYTES);
  let key = 0;
  const opsPerSec = await writers(count, commits, async () => {
    await db.batch().put(String(key++).padStart(12, '0'), value).write({ sync: true });
  });
  await db.close();
  return opsPerSec;
}

async function measure(writerCount: number, commits: number): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'canopy-raft-leveldb-'));
  try {
    const floor = await rawFloor(dir, writerCount, Math.max(200, Math.floor(commits / 2)));
    const stores = await Promise.all(IDS.map((id) => openRaftStore(join(dir, id))));
    const group = await Group.open(stores);
    const data = new Uint8Array(ENTRY_BYTES);
    const opsPerSec = await writers(writerCount, commits, () => group.commit(data));
    const syncs = stores.reduce((n, s) => n + s.stats().syncs, 0);
    for (const s of stores) await s.close();
    return {
      name: `raft 3 members on LevelDB (synced), ${writerCount} concurrent writer${writerCount === 1 ? '' : 's'}`,
      opsPerSec,
      floorOpsPerSec: floor,
      floorRatio: floor / opsPerSec,
      floor: `raw classic-level synced batch writes, ${writerCount} writer(s), same entry bytes`,
      runs: 1,
      opsPerRun: commits,
      note: `${commits} commits of ${ENTRY_BYTES} B; ${(syncs / commits).toFixed(2)} syncs per commit over the 3 members`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const bench: Bench = {
  name: 'raft-leveldb',
  async run(selected: (caseName: string) => boolean): Promise<BenchResult[]> {
    const quick = process.argv.includes('--quick') || process.env['CANOPY_BENCH_QUICK'] === '1';
    const results: BenchResult[] = [];
    for (const [writerCount, commits] of [
      [1, quick ? 300 : 2_000],
      [64, quick ? 3_000 : 30_000],
    ] as const) {
      const name = `raft 3 members on LevelDB (synced), ${writerCount} concurrent writer${writerCount === 1 ? '' : 's'}`;
      if (selected(name)) results.push(await measure(writerCount, commits));
    }
    return results;
  },
};

if (process.argv[1]?.endsWith('raft-leveldb.bench.js') === true) {
  for (const r of await bench.run(() => true)) {
    console.log(
      `${r.name}: ${Math.round(r.opsPerSec ?? 0).toLocaleString('en')} commits/s; floor ${Math.round(r.floorOpsPerSec ?? 0).toLocaleString('en')}/s (${(r.floorRatio ?? 0).toFixed(2)}x); ${r.note ?? ''}`,
    );
  }
}

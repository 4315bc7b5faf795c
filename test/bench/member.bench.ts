/**
 * Benchmarks of a whole member (issue 4, point 9), never part of npm test and never asserted:
 *
 * - member-commit: persistent commits per second through the member's DataBroker (the distributed
 *   config datastore, one LevelDB journal, fsync per group commit) with 1 and with 64 concurrent
 *   writers (each awaiting its own commit of one small list entry into the inventory shard), against
 *   the physical limit measured in the same run: raw classic-level synced batches of the same bytes per
 *   write (the journal's own average, read from its counters), 1 writer awaiting each, 64 writers each
 *   awaiting its own (LevelDB's writer queue merges them, as our group commit does); the note gives
 *   the process's CPU per commit (the member runs in the bench process, no HTTP).
 *   Aim: at 64 writers at least half the raw throughput (floor/ours <= 2).
 * - member-recovery: a restart of a member whose inventory shard holds 1,000,000 small list entries,
 *   from the journal (1,000 commits of 1,000 entries replayed), from a snapshot, and with the default
 *   snapshot policy (a snapshot plus the journal the replay bound leaves), and the worst case an
 *   operator can configure (snapshots off, a million one-entry commits from 64 writers); timed from startBackend
 *   until every shard serves. Aim: under 10 s. The journal case also times the replay alone: the
 *   same journal, loaded, applied by a ShardCore (no LevelDB, no actors), against decoding the
 *   resulting tree from a snapshot image (the least work that rebuilds it).
 * - member-http: RESTCONF PUT and GET per second against a real `canopy start` process, 16 concurrent
 *   keep-alive clients (Node's fetch), against a minimal node:http server in another process answering
 *   the same requests with canned responses (the HTTP floor on this machine).
 *
 * Run: npm run bench -- --filter member (or a case name); CANOPY_BENCH_QUICK=1 for a smoke run
 * (smaller sizes; not for recorded figures).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { loadMemberConfig } from '../../src/cli/member-process.js';
import { startBackend, type MemberBackend } from '../../src/cli/member-backend.js';
import { silentLogger } from '../../src/runtime/logger.js';
import { localShards } from '../../src/config/shards.js';
import { openRaftStore } from '../../src/persistence/raft-store.js';
import { ShardCore } from '../../src/shard/shard-core.js';
import { shardCoreConfig } from '../../src/shard/shard-manager.js';
import { binaryTreeCodec } from '../../src/shard/tree-codec.js';
import { decodeTree, encodeTree } from '../../src/tree/binary-codec.js';
import { SeededRng } from '../../src/util/rng.js';
import { shardCodec } from '../../src/wire/shard-codec.js';
import type { Bench, BenchResult } from './bench-types.js';
import {
  DEFAULT_TIMING,
  nowMicros,
  percentile,
  throughput,
  type TimingOptions,
  type Workload,
} from './bench-timing.js';
import {
  freePort,
  MemberProcess,
  removeDir,
  shippedConfDir,
  stopAll,
  tempDir,
  waitFor,
} from '../support/proc-member.js';

const QUICK = process.env['CANOPY_BENCH_QUICK'] !== undefined;
const timing: TimingOptions = QUICK ? { runMs: 300, warmupMs: 300, runs: 3 } : DEFAULT_TIMING;
const NODES = '/opendaylight-inventory:nodes';
/** Bytes of the hard-state record written with every journal save (term, vote, commit + crc). */
const HARD_STATE_BYTES = 40;

async function startPersistentMember(
  dataDir: string,
  set: readonly string[] = [],
): Promise<MemberBackend> {
  const { config, schema } = await loadMemberConfig({
    flags: { conf: shippedConfDir(), dataDir, set },
  });
  return startBackend({ config, schema, logger: silentLogger() });
}

type Figures = Awaited<ReturnType<typeof throughput>>;

/**
 * Operations per second of `writers` concurrent loops, each awaiting its own operation. The timed unit
 * is a round (every writer does one more operation), so all writers always run, however small the
 * calibrated batch; the figures are scaled back to operations.
 */
async function concurrentThroughput(
  writers: number,
  op: (writer: number, n: number) => Promise<void>,
): Promise<Figures> {
  const next = new Array<number>(writers).fill(0);
  const rounds: Workload = async (count) => {
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < count; i++) await op(w, next[w]!++);
      }),
    );
  };
  const figures = await throughput(rounds, timing);
  return {
    ...figures,
    opsPerSec: figures.opsPerSec * writers,
    opsPerRun: figures.opsPerRun * writers,
  };
}

interface CommitFigures {
  readonly ours: Figures;
  /** This process's CPU (user + system, every thread) per commit over the whole measurement. */
  readonly cpuMicrosPerCommit: number;
  /** Journal bytes per commit (entry, hard state, keys and checksums, shared ones divided). */
  readonly bytesPerCommit: number;
  readonly commitsPerSync: number;
}

async function memberCommits(writers: number): Promise<CommitFigures> {
  const dir = tempDir('bench-member');
  const backend = await startPersistentMember(join(dir, 'data'));
  try {
    const before = backend.status().journal!;
    const cpuBefore = process.cpuUsage();
    let commits = 0;
    const ours = await concurrentThroughput(writers, async (w, n) => {
      const tx = backend.broker.newWriteOnlyTransaction();
      tx.write('config', `${NODES}/node=w${w}`, { id: `w${w}`, description: String(n) });
      await tx.commit();
      commits++;
    });
    const cpu = process.cpuUsage(cpuBefore);
    const after = backend.status().journal!;
    // A benchmark of work that did not happen measures nothing: the last commit must be there.
    const ro = backend.broker.newReadOnlyTransaction();
    const node = (await ro.read('config', `${NODES}/node=w0`)) as
      { description?: string } | undefined;
    ro.close();
    if (node?.description === undefined) throw new Error('member-commit: nothing was committed');
    return {
      ours,
      cpuMicrosPerCommit: (cpu.user + cpu.system) / Math.max(1, commits),
      bytesPerCommit: (after.bytes - before.bytes) / Math.max(1, commits),
      commitsPerSync: commits / Math.max(1, after.syncs - before.syncs),
    };
  } finally {
    await backend.close();
    removeDir(dir);
  }
}

/**
 * Raw classic-level synced batches, one per operation, each awaited by its writer: an entry record and
 * a hard-state record adding up to `bytesPerCommit` (keys included), as the journal writes a commit.
 */
async function rawSyncedBatches(writers: number, bytesPerCommit: number): Promise<Figures> {
  const dir = tempDir('bench-raw');
  const db = new ClassicLevel<Uint8Array, Uint8Array>(dir, {
    keyEncoding: 'view',
    valueEncoding: 'view',
  });
  await db.open();
  const entryBytes = Math.max(1, Math.round(bytesPerCommit) - HARD_STATE_BYTES - 3 - 16);
  const value = new Uint8Array(entryBytes).map((_, i) => (i * 31) & 0xff);
  try {
    return await concurrentThroughput(writers, async (w, n) => {
      const key = new Uint8Array(16);
      const view = new DataView(key.buffer);
      view.setUint32(0, w);
      view.setFloat64(8, n);
      await db.batch(
        [
          { type: 'put', key, value },
          {
            type: 'put',
            key: Uint8Array.of(1, w, 0x68),
            value: new Uint8Array(HARD_STATE_BYTES),
          },
        ],
        { sync: true },
      );
    });
  } finally {
    await db.close();
    removeDir(dir);
  }
}

async function commitCase(writers: number): Promise<BenchResult> {
  const member = await memberCommits(writers);
  const raw = await rawSyncedBatches(writers, member.bytesPerCommit);
  return {
    name: `persistent commit, ${writers} writer${writers === 1 ? '' : 's'}`,
    opsPerSec: member.ours.opsPerSec,
    floorOpsPerSec: raw.opsPerSec,
    floorRatio: raw.opsPerSec / member.ours.opsPerSec,
    floor: `raw classic-level synced batches of the same ${Math.round(member.bytesPerCommit)} bytes per commit, ${writers} concurrent writer(s) each awaiting its own`,
    runs: member.ours.runs,
    opsPerRun: member.ours.opsPerRun,
    spread: member.ours.spread,
    note:
      `${member.commitsPerSync.toFixed(1)} commits per journal fsync (group commit), ` +
      `${Math.round(member.cpuMicrosPerCommit)} µs CPU per commit`,
  };
}

const memberCommit: Bench = {
  name: 'member-commit',
  async run(selected) {
    const results: BenchResult[] = [];
    for (const writers of [1, 64]) {
      const name = `persistent commit, ${writers} writer${writers === 1 ? '' : 's'}`;
      if (selected(name)) results.push(await commitCase(writers));
    }
    return results;
  },
};

/** Writes `entries` small list entries into the inventory shard, `perCommit` per commit. */
async function fillInventory(
  backend: MemberBackend,
  entries: number,
  perCommit: number,
): Promise<void> {
  // One-entry commits come from 64 concurrent writers (group commit), larger ones from one.
  const writers = perCommit === 1 ? 64 : 1;
  let next = 0;
  const writer = async (): Promise<void> => {
    for (let from = next; from < entries; from = next) {
      next = from + perCommit;
      const tx = backend.broker.newWriteOnlyTransaction();
      const node = [];
      for (let i = from; i < Math.min(entries, from + perCommit); i++) node.push({ id: `n${i}` });
      tx.merge('config', NODES, { node });
      await tx.commit();
    }
  };
  await Promise.all(Array.from({ length: writers }, writer));
}

type RecoveryKind =
  'the journal' | 'a snapshot' | 'the default snapshot policy' | 'a journal of one-entry commits';

/**
 * Snapshot settings per case: none during the fill (batch count and an absolute data threshold out
 * of reach, which also turns the replay bound off), one every 100 journal entries, or the defaults.
 */
const RECOVERY_SETTINGS: Readonly<Record<RecoveryKind, readonly string[]>> = {
  'the journal': [
    'datastore.shard-snapshot-batch-count=1000000',
    'datastore.shard-snapshot-data-threshold=4096',
  ],
  'a snapshot': ['datastore.shard-snapshot-batch-count=100'],
  'the default snapshot policy': [],
  // The worst case an operator can configure: snapshots off, a million one-entry transactions.
  'a journal of one-entry commits': [
    'datastore.shard-snapshot-batch-count=100000000',
    'datastore.shard-snapshot-data-threshold=4096',
  ],
};

const INVENTORY = 'member-1-shard-inventory-config';

async function recoveryCase(
  kind: RecoveryKind,
  replay: ((dataDir: string, set: readonly string[]) => Promise<BenchResult>) | undefined,
): Promise<BenchResult[]> {
  const entries = QUICK ? 100_000 : 1_000_000;
  const perCommit = kind === 'a journal of one-entry commits' ? 1 : 1000;
  const dir = tempDir('bench-recovery');
  const dataDir = join(dir, 'data');
  const set = RECOVERY_SETTINGS[kind];
  try {
    const builder = await startPersistentMember(dataDir, set);
    await fillInventory(builder, entries, perCommit);
    await builder.close();
    // The replay alone first: the member's restart below may snapshot what it replayed.
    const alone = replay === undefined ? [] : [await replay(dataDir, set)];
    const cpu = process.cpuUsage();
    const start = nowMicros();
    const backend = await startPersistentMember(dataDir, set);
    const seconds = (nowMicros() - start) / 1e6;
    const used = process.cpuUsage(cpu);
    const shard = backend.status().shards.find((s) => s.id === INVENTORY)!;
    const ro = backend.broker.newReadOnlyTransaction();
    const nodes = (await ro.read('config', NODES)) as { node?: unknown[] } | undefined;
    ro.close();
    await backend.close();
    if (nodes?.node?.length !== entries) {
      throw new Error(
        `member-recovery: ${String(nodes?.node?.length)} entries recovered of ${entries}`,
      );
    }
    const restart: BenchResult = {
      name: `recovery of ${entries.toLocaleString('en-US')} entries from ${kind}`,
      value: seconds,
      unit: 's',
      runs: 1,
      opsPerRun: 1,
      note:
        `${Math.round(entries / seconds).toLocaleString('en-US')} entries/s, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU; ` +
        `shard snapshot at index ${shard.snapshotIndex} (${(shard.snapshotBytes / 2 ** 20).toFixed(1)} MiB), journal ${shard.journalFirstIndex}..${shard.journalLastIndex}; ` +
        `${entries / perCommit} commits of ${perCommit} entries`,
    };
    return [restart, ...alone];
  } finally {
    removeDir(dir);
  }
}

/**
 * The replay alone: the inventory replica's journal, loaded from the member's LevelDB, applied by a
 * ShardCore until it has caught up (timed from its construction), against decoding the resulting
 * tree from a snapshot image.
 */
async function coreReplay(dataDir: string, set: readonly string[]): Promise<BenchResult> {
  const { config, schema } = await loadMemberConfig({
    flags: { conf: shippedConfDir(), dataDir, set },
  });
  const replica = localShards(config).find((r) => r.id === INVENTORY)!;
  const store = await openRaftStore(join(dataDir, 'journal'));
  const durable = await store.group(INVENTORY).load();
  await store.close();
  const entries = durable.entries.length;
  const bytes = durable.entries.reduce(
    (n, e) => n + (e.type === 'normal' ? e.data.byteLength : 0),
    0,
  );
  const cfg = shardCoreConfig(replica, schema, 2 ** 40, 500);
  const codecs = { codec: shardCodec, treeCodec: binaryTreeCodec };
  const cpu = process.cpuUsage();
  const start = nowMicros();
  const core = new ShardCore(cfg, durable, codecs, new SeededRng(1));
  for (let ready = core.ready(); ready !== undefined; ready = core.ready()) core.advance(ready);
  const seconds = (nowMicros() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  if (core.status().state !== 'running') throw new Error('member-recovery: the replay stopped');
  const image = encodeTree(core.root);
  const floorStart = nowMicros();
  decodeTree(image, 1);
  const floorSeconds = (nowMicros() - floorStart) / 1e6;
  return {
    name: `journal replay in the shard core, ${entries.toLocaleString('en-US')} journal entries`,
    value: seconds,
    unit: 's',
    runs: 1,
    opsPerRun: 1,
    floorRatio: seconds / floorSeconds,
    floor: `decoding the same tree from its ${(image.byteLength / 2 ** 20).toFixed(1)} MiB snapshot image: ${floorSeconds.toFixed(2)} s`,
    note: `${(bytes / 2 ** 20).toFixed(1)} MiB of journal, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`,
  };
}

const memberRecovery: Bench = {
  name: 'member-recovery',
  async run(selected) {
    const results: BenchResult[] = [];
    for (const kind of Object.keys(RECOVERY_SETTINGS) as RecoveryKind[]) {
      const replay = kind === 'the journal' && selected('journal replay') ? coreReplay : undefined;
      if (selected(`recovery from ${kind}`) || replay !== undefined) {
        results.push(...(await recoveryCase(kind, replay)));
      }
    }
    return results;
  },
};

const HTTP_CLIENTS = 16;

/** A canned-response HTTP server in a child process: the floor of one request on this machine. */
const FLOOR_SERVER = `
const http = require('node:http');
const body = JSON.stringify({ 'opendaylight-inventory:node': [{ id: 'h0', description: '1' }] });
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    if (req.method === 'PUT') { JSON.parse(Buffer.concat(chunks).toString()); res.writeHead(204); res.end(); return; }
    res.writeHead(200, { 'Content-Type': 'application/yang-data+json' });
    res.end(body);
  });
});
server.keepAliveTimeout = 60000;
server.listen(Number(process.argv[1]), '127.0.0.1', () => process.stdout.write('listening\\n'));
`;

interface HttpFigures {
  readonly rate: Figures;
  readonly p50Micros: number;
  readonly p99Micros: number;
}

async function httpLoad(url: string, method: 'PUT' | 'GET'): Promise<HttpFigures> {
  const samples: number[] = [];
  const rate = await concurrentThroughput(HTTP_CLIENTS, async (c, n) => {
    const target = `${url}/rests/data/opendaylight-inventory:nodes/node=h${c}`;
    const start = nowMicros();
    const response = await fetch(target, {
      method,
      headers: {
        Accept: 'application/yang-data+json',
        ...(method === 'PUT' ? { 'Content-Type': 'application/yang-data+json' } : {}),
      },
      ...(method === 'PUT'
        ? {
            body: JSON.stringify({
              'opendaylight-inventory:node': [{ id: `h${c}`, description: String(n) }],
            }),
          }
        : {}),
    });
    await response.arrayBuffer();
    if (response.status >= 300) throw new Error(`${method} ${target}: ${response.status}`);
    samples.push(nowMicros() - start);
  });
  return { rate, p50Micros: percentile(samples, 50), p99Micros: percentile(samples, 99) };
}

async function withFloorServer<T>(work: (url: string) => Promise<T>): Promise<T> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', FLOOR_SERVER, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
  try {
    if (!(await waitFor(() => out.includes('listening'), 10_000))) {
      throw new Error('member-http: the floor server did not start');
    }
    return await work(`http://127.0.0.1:${port}`);
  } finally {
    child.kill('SIGKILL');
  }
}

function httpResult(name: string, ours: HttpFigures, floor: HttpFigures): BenchResult {
  return {
    name,
    opsPerSec: ours.rate.opsPerSec,
    p50Micros: ours.p50Micros,
    p99Micros: ours.p99Micros,
    floorOpsPerSec: floor.rate.opsPerSec,
    floorRatio: floor.rate.opsPerSec / ours.rate.opsPerSec,
    floor: `a node:http server in another process answering with canned responses; ${HTTP_CLIENTS} keep-alive clients`,
    runs: ours.rate.runs,
    opsPerRun: ours.rate.opsPerRun,
    spread: ours.rate.spread,
    note: `floor latency p50 ${floor.p50Micros.toFixed(0)} µs, p99 ${floor.p99Micros.toFixed(0)} µs`,
  };
}

const memberHttp: Bench = {
  name: 'member-http',
  async run(selected) {
    const cases = ['RESTCONF PUT', 'RESTCONF GET'].filter((c) => selected(c));
    if (cases.length === 0) return [];
    const dir = tempDir('bench-http');
    try {
      const member = await MemberProcess.start({
        dataDir: join(dir, 'data'),
        args: ['--log-level', 'warn'],
      });
      const results: BenchResult[] = [];
      try {
        await httpCases(member, selected, results);
      } catch (e) {
        throw new Error(`member-http failed; the member's log:\n${member.logTail(60)}`, {
          cause: e,
        });
      }
      await member.stop();
      return results;
    } finally {
      await stopAll();
      removeDir(dir);
    }
  },
};

async function httpCases(
  member: MemberProcess,
  selected: (caseName: string) => boolean,
  results: BenchResult[],
): Promise<void> {
  // PUT first: GET reads what PUT wrote.
  const put = await httpLoad(member.url, 'PUT');
  const putFloor = await withFloorServer((url) => httpLoad(url, 'PUT'));
  if (selected('RESTCONF PUT'))
    results.push(httpResult('RESTCONF PUT (persistent commit)', put, putFloor));
  if (selected('RESTCONF GET')) {
    const get = await httpLoad(member.url, 'GET');
    const getFloor = await withFloorServer((url) => httpLoad(url, 'GET'));
    results.push(httpResult('RESTCONF GET', get, getFloor));
  }
}

export const benches: Bench[] = [memberCommit, memberRecovery, memberHttp];

/**
 * Throughput of the pure Raft core, never part of npm test and never asserted: entries committed per
 * second by a three-member group in one process, over an in-memory network with zero delay and
 * MemoryRaftLog (no disk, no encoding), so the figures bound what the core itself costs per entry.
 *
 * The driver runs rounds: propose `perRound` entries of 100 bytes on the leader, then let every member
 * handle one Ready and deliver every message sent. Variants cross batching on the wire
 * (appendBytesMax 128 bytes, about one entry per append, against 1 MiB) with batching of proposals (one
 * per Ready against 64 per Ready). Pipelining is on (inflightAppendsMax 256).
 *
 * Run: npm run bench (the harness finds `*.bench.js`), or directly:
 *   node dist/test/bench/raft.bench.js [--quick]
 */
import { performance } from 'node:perf_hooks';
import { MemoryRaftLog, bootstrapState } from '../../src/raft/memory-log.js';
import { RaftCore, type RaftConfig } from '../../src/raft/raft-core.js';
import type { NodeId, RaftMessage } from '../../src/raft/types.js';
import { SeededRng } from '../../src/util/rng.js';

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
const IDS: readonly NodeId[] = ['m1', 'm2', 'm3'];

interface Member {
  readonly core: RaftCore;
  readonly log: MemoryRaftLog;
  applied: number;
}

class Group {
  readonly members = new Map<NodeId, Member>();
  private queue: RaftMessage[] = [];
  messages = 0;

  constructor(config: Partial<RaftConfig>) {
    const state = bootstrapState(IDS);
    let seed = 1;
    for (const id of IDS) {
      const log = new MemoryRaftLog(state);
      const core = new RaftCore(
        {
          id,
          electionTicks: 10,
          heartbeatTicks: 1,
          preVote: false,
          checkQuorum: false,
          inflightAppendsMax: 256,
          appendBytesMax: 1024 * 1024,
          snapshotChunkBytes: 1024 * 1024,
          ...config,
        },
        log,
        new SeededRng(seed++),
      );
      this.members.set(id, { core, log, applied: 0 });
    }
    this.round(); // apply the bootstrap membership
    this.leader().core.campaign();
    for (let i = 0; i < 20; i++) this.round();
  }

  leader(): Member {
    return this.members.get(IDS[0]!)!;
  }

  /** Every member handles one Ready (save, send, apply, advance); then every message is delivered. */
  round(): void {
    for (const m of this.members.values()) {
      const ready = m.core.ready();
      if (ready === undefined) continue;
      m.log.save(ready);
      for (const msg of ready.messages) this.queue.push(msg);
      m.applied += ready.committed.length;
      m.core.advance(ready);
    }
    const batch = this.queue;
    this.queue = [];
    this.messages += batch.length;
    for (const msg of batch) this.members.get(msg.to)!.core.step(msg);
  }
}

interface Variant {
  readonly name: string;
  readonly appendBytesMax: number;
  readonly perRound: number;
}

function measure(v: Variant, entries: number): BenchResult {
  const group = new Group({ appendBytesMax: v.appendBytesMax });
  const leader = group.leader();
  const data = new Uint8Array(ENTRY_BYTES);
  const target = leader.applied + entries;
  const messagesBefore = group.messages;
  let proposed = 0;
  const start = performance.now();
  while (leader.applied < target) {
    for (let i = 0; i < v.perRound && proposed < entries; i++, proposed++) {
      const r = leader.core.propose(data);
      if (!r.ok) throw new Error(`proposal refused: ${r.reason}`);
    }
    group.round();
  }
  const seconds = (performance.now() - start) / 1000;
  const messages = group.messages - messagesBefore;
  return {
    name: `raft core, 3 members, ${v.name}`,
    value: entries / seconds,
    unit: 'entries/s',
    note: `${entries} entries of ${ENTRY_BYTES} B, ${(messages / entries).toFixed(2)} messages per entry`,
  };
}

export const bench: Bench = {
  name: 'raft',
  run(): Promise<BenchResult[]> {
    const quick = process.argv.includes('--quick');
    const entries = quick ? 20_000 : 200_000;
    const variants: Variant[] = [
      { name: 'appendBytesMax 128 B, 1 proposal per Ready', appendBytesMax: 128, perRound: 1 },
      { name: 'appendBytesMax 128 B, 64 proposals per Ready', appendBytesMax: 128, perRound: 64 },
      {
        name: 'appendBytesMax 1 MiB, 1 proposal per Ready',
        appendBytesMax: 1024 * 1024,
        perRound: 1,
      },
      {
        name: 'appendBytesMax 1 MiB, 64 proposals per Ready',
        appendBytesMax: 1024 * 1024,
        perRound: 64,
      },
    ];
    measure(variants[3]!, entries / 10); // warm up the JIT
    return Promise.resolve(variants.map((v) => measure(v, entries)));
  },
};

if (process.argv[1]?.endsWith('raft.bench.js') === true) {
  const results = await bench.run();
  for (const r of results) {
    const value = r.value >= 100 ? Math.round(r.value).toLocaleString('en') : r.value.toFixed(2);
    console.log(`${r.name}: ${value} ${r.unit}${r.note === undefined ? '' : ` (${r.note})`}`);
  }
}

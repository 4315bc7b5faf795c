/**
 * A tiny in-process Raft group for unit tests: one RaftCore per member over a MemoryRaftLog, a message
 * queue the test pumps by hand, and link cuts. No timers: time passes only when a test calls tick().
 * Each member's "state machine" is the list of the normal entries it applied, so tests can compare what
 * members applied. The shell here follows the Ready contract exactly: save, then send, then apply, then
 * advance.
 */
import { strict as assert } from 'node:assert';
import { RaftCore, type RaftConfig, type Ready } from '../../../src/raft/raft-core.js';
import { MemoryRaftLog, bootstrapState } from '../../../src/raft/memory-log.js';
import type {
  ConfChange,
  Entry,
  NodeId,
  RaftMessage,
  ReadState,
  Snapshot,
} from '../../../src/raft/types.js';
import type { ReadFailure } from '../../../src/raft/raft-core.js';
import { SeededRng } from '../../../src/util/rng.js';

export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
export const dec = (b: Uint8Array): string => new TextDecoder().decode(b);

/** The config every test member starts from; tests override fields. */
export function testConfig(id: NodeId, overrides: Partial<RaftConfig> = {}): RaftConfig {
  return {
    id,
    electionTicks: 10,
    heartbeatTicks: 1,
    preVote: false,
    checkQuorum: false,
    inflightAppendsMax: 256,
    appendBytesMax: 1024 * 1024,
    snapshotChunkBytes: 1024,
    ...overrides,
  };
}

export interface TestMember {
  readonly id: NodeId;
  core: RaftCore;
  log: MemoryRaftLog;
  config: RaftConfig;
  /** Data of the normal, non-empty entries applied, in order (the state machine). */
  applied: string[];
  /** Every committed entry handed out, in order (after a snapshot restore: from there on). */
  committed: Entry[];
  readStates: ReadState[];
  readFailures: ReadFailure[];
  /** Readies handled, for tests that inspect them. */
  readies: Ready[];
}

export interface ClusterOptions {
  readonly voters: readonly NodeId[];
  readonly learners?: readonly NodeId[];
  readonly config?: Partial<RaftConfig>;
  /** Per-member overrides. */
  readonly configs?: Readonly<Record<NodeId, Partial<RaftConfig>>>;
  readonly seed?: number;
  /** Start members from these logs instead of bootstrapping `voters`. */
  readonly logs?: Readonly<Record<NodeId, MemoryRaftLog>>;
}

function encodeState(applied: readonly string[]): Uint8Array {
  return enc(JSON.stringify(applied));
}

export class Cluster {
  readonly members = new Map<NodeId, TestMember>();
  /** Messages sent and not yet delivered, in send order. */
  queue: RaftMessage[] = [];
  /** Every message ever sent, for assertions about traffic. */
  sent: RaftMessage[] = [];
  private readonly cut = new Set<string>();
  private seed: number;
  private readonly options: ClusterOptions;
  /** Drop messages this returns true for (besides cut links). */
  dropIf: (m: RaftMessage) => boolean = () => false;

  constructor(options: ClusterOptions) {
    this.options = options;
    this.seed = options.seed ?? 1;
    if (options.logs !== undefined) {
      for (const [id, log] of Object.entries(options.logs)) this.addMember(id, log);
      return;
    }
    const state = bootstrapState(options.voters, options.learners ?? []);
    for (const id of [...options.voters, ...(options.learners ?? [])]) {
      this.addMember(id, new MemoryRaftLog(state));
    }
    this.stabilize();
  }

  /** A group whose members start from the given logs (no bootstrap, nothing processed yet). */
  static withLogs(
    logs: Readonly<Record<NodeId, MemoryRaftLog>>,
    options: Partial<ClusterOptions> = {},
  ): Cluster {
    return new Cluster({ voters: Object.keys(logs), ...options, logs });
  }

  /** Adds a member with the given log (empty by default: a new server joining). */
  addMember(id: NodeId, log = new MemoryRaftLog()): TestMember {
    const config = testConfig(id, { ...this.options.config, ...this.options.configs?.[id] });
    const core = new RaftCore(config, log, new SeededRng(this.seed++));
    const member: TestMember = {
      id,
      core,
      log,
      config,
      applied: [],
      committed: [],
      readStates: [],
      readFailures: [],
      readies: [],
    };
    this.members.set(id, member);
    return member;
  }

  /** Restarts a member from its stable log, as after a crash: everything volatile is lost. */
  restart(id: NodeId): TestMember {
    const old = this.m(id);
    const log = new MemoryRaftLog(old.log.toDurableState());
    const member = this.addMember(id, log);
    member.config = old.config;
    const snap = log.snapshot();
    member.applied = snap.meta.index > 0 ? (JSON.parse(dec(snap.data)) as string[]) : [];
    this.queue = this.queue.filter((m) => m.to !== id);
    return member;
  }

  m(id: NodeId): TestMember {
    const member = this.members.get(id);
    assert.ok(member, `no member ${id}`);
    return member;
  }

  core(id: NodeId): RaftCore {
    return this.m(id).core;
  }

  /** Handles one Ready of `id` the way a correct shell does. Returns whether there was one. */
  processReady(id: NodeId): boolean {
    const member = this.m(id);
    const ready = member.core.ready();
    if (ready === undefined) return false;
    member.readies.push(ready);
    member.log.save(ready);
    for (const msg of ready.messages) {
      this.sent.push(msg);
      this.queue.push(msg);
    }
    if (ready.snapshot !== undefined) {
      member.applied = JSON.parse(dec(ready.snapshot.data)) as string[];
    }
    for (const e of ready.committed) {
      member.committed.push(e);
      if (e.type === 'normal' && e.data.byteLength > 0) member.applied.push(dec(e.data));
    }
    member.readStates.push(...ready.readStates);
    member.readFailures.push(...ready.readFailures);
    member.core.advance(ready);
    return true;
  }

  /** Processes Readies of every member until none has any. */
  processAll(): void {
    for (let progress = true; progress;) {
      progress = false;
      for (const id of this.members.keys()) {
        while (this.processReady(id)) progress = true;
      }
    }
  }

  /** Delivers every queued message (those sent meanwhile wait for the next call). Returns how many. */
  deliver(filter: (m: RaftMessage) => boolean = () => true): number {
    const batch = this.queue.filter(filter);
    this.queue = this.queue.filter((m) => !filter(m));
    for (const msg of batch) {
      if (this.cut.has(`${msg.from}>${msg.to}`) || this.dropIf(msg)) continue;
      this.members.get(msg.to)?.core.step(msg);
    }
    return batch.length;
  }

  /** Alternates Ready processing and delivery until nothing moves. */
  stabilize(maxRounds = 10_000): void {
    for (let round = 0; round < maxRounds; round++) {
      this.processAll();
      if (this.queue.length === 0) return;
      this.deliver();
    }
    assert.fail('cluster did not stabilize');
  }

  /** Ticks `id` n times (processing Readies in between, not delivering). */
  tick(id: NodeId, n = 1): void {
    for (let i = 0; i < n; i++) {
      this.core(id).tick();
      this.processReady(id);
    }
  }

  tickAll(n = 1): void {
    for (let i = 0; i < n; i++) for (const id of this.members.keys()) this.tick(id);
  }

  /** Makes `id` campaign and runs the election to the end. */
  elect(id: NodeId): void {
    this.core(id).campaign();
    this.stabilize();
    assert.equal(this.core(id).status().role, 'leader', `${id} failed to become leader`);
  }

  propose(id: NodeId, data: string): void {
    const result = this.core(id).propose(enc(data));
    assert.ok(result.ok, `proposal on ${id} refused: ${JSON.stringify(result)}`);
  }

  proposeConfChange(id: NodeId, change: ConfChange): void {
    const result = this.core(id).proposeConfChange(change);
    assert.ok(result.ok, `conf change on ${id} refused: ${JSON.stringify(result)}`);
  }

  /** Cuts both directions between `id` and every other member. */
  isolate(id: NodeId): void {
    for (const other of this.members.keys()) {
      if (other === id) continue;
      this.cut.add(`${id}>${other}`);
      this.cut.add(`${other}>${id}`);
    }
  }

  /** Splits the members into groups that cannot talk to each other. */
  partition(...groups: NodeId[][]): void {
    for (const a of groups) {
      for (const b of groups) {
        if (a === b) continue;
        for (const x of a) for (const y of b) this.cut.add(`${x}>${y}`);
      }
    }
  }

  cutLink(from: NodeId, to: NodeId): void {
    this.cut.add(`${from}>${to}`);
  }

  /** Whether the link from `from` to `to` is cut. */
  isCut(from: NodeId, to: NodeId): boolean {
    return this.cut.has(`${from}>${to}`);
  }

  heal(): void {
    this.cut.clear();
  }

  /** Members that believe they are leader. */
  leaders(): NodeId[] {
    return [...this.members.values()]
      .filter((m) => m.core.status().role === 'leader')
      .map((m) => m.id);
  }

  /** Takes a snapshot of `id`'s state machine at its applied index and compacts its log up to it. */
  snapshotAndCompact(id: NodeId, keep = 0): Snapshot {
    const member = this.m(id);
    const status = member.core.status();
    const snap = member.log.createSnapshot(
      status.appliedIndex,
      status.confState,
      encodeState(member.applied),
    );
    member.log.compact(status.appliedIndex - keep);
    return snap;
  }
}

/**
 * The replicated-shard simulation's world (issue 10 point 5): members m1..mN, each holding replicas of
 * several shards (SimMember: real ShardCores under the production drain step), one seeded Rng, one
 * event queue (simulated time), one simulated network between members, and the checkers that watch
 * every Ready, commit and apply. Like the Raft simulation (sim-world.ts), nothing reads a clock, a
 * timer or Math.random: one seed replays one run exactly.
 *
 * Checks made as the run goes (a violation throws at once, with the trace):
 * - Raft's invariants per shard (sim-invariants.ts' SafetyChecker, one per shard): election safety,
 *   log matching, leader completeness, state machine safety, commit durability.
 * - Exactly once: no replica applies a transaction twice (its `applied` effects, across its restarts).
 * - Order: the replicas of a shard apply transactions in one order (each replica's sequence is
 *   consistent with the shard's: the n-th transaction a replica applies after a given one is the
 *   same everywhere it was observed live).
 * - No core stops: a stopped core in the simulation is a broken invariant or a failed journal write,
 *   which the simulated disk never fails.
 * - Listeners: each replica, once readable, has a listener (listener-check.ts) whose changes must
 *   chain (no gap, no duplicate; a snapshot install is one change); a new one per incarnation.
 * A check that breaks is recorded (`violation`, the first wins) rather than thrown where it runs,
 * since that may be a promise job; `runFor`/`runUntil` throw it before the next event.
 * And at the end, after healing and quiescence (`checkConverged`, `checkListeners`): every running
 * replica of a shard holds the same tree; every multi-shard transaction applied on one of its shards
 * was applied on all; every listener's last change is its replica's tree.
 *
 * Faults the world carries out for the nemesis (nemesis.ts): crashes (now, or at a crash point: a
 * durable write, `crashAtWrite`), duplicated Raft and peer messages (`send`), each member's clock
 * drift (`tickPeriodMs`).
 */
import { SafetyChecker, SafetyViolation } from '../sim-invariants.js';
import { SimNetwork } from '../sim-network.js';
import { EventQueue } from '../sim-queue.js';
import { Trace } from '../sim-trace.js';
import type { FaultMix } from '../sim-faults.js';
import type { Ready } from '../../../src/raft/raft-core.js';
import type { MemoryRaftLog } from '../../../src/raft/memory-log.js';
import type { AppliedCommit, ShardCoreConfig } from '../../../src/shard/shard-types.js';
import { SeededRng, type Rng } from '../../../src/util/rng.js';
import { ShardRouter } from '../../../src/shard/routing.js';
import { History } from '../sim-history.js';
import { SimClient, ValueSource, type ClientWorld } from './clients.js';
import { SimFront, type ShardSimBug } from './front.js';
import { ReplicaListener } from './listener-check.js';
import type { ContainerNode } from '../../../src/tree/node.js';
import type { ShardCoreBug } from '../../../src/shard/shard-types.js';
import { SimTimers } from './timers.js';
import { join } from 'node:path';
import { loadSchema } from '../../../src/index.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { repoRoot } from '../store-schema.js';
import {
  replicaId,
  SimMember,
  type MemberObserver,
  type MemberWire,
  type ShardPlacement,
} from './member.js';

/** Lets every promise job queued so far run (one macrotask turn; nothing else runs meanwhile). */
function drainJobs(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Nominal tick period in simulated ms (the shell's tick). */
export const shardSimTickMs = 10;

export interface ShardSimOptions {
  readonly seed: number;
  /** Members m1..mN. */
  readonly members: number;
  /** Which members hold each shard's replicas. */
  readonly placements: readonly ShardPlacement[];
  readonly faults: FaultMix;
  readonly schema: SchemaContext;
  /** Overrides of the core settings drawn from the seed. */
  readonly core?: Partial<ShardSimWorld['coreSettings']> | undefined;
  /** Bugs to plant (front.ts; the shard core's go down to every core). */
  readonly bugs?: ReadonlySet<ShardSimBug> | undefined;
  /**
   * Chance that a member loses power at one durable write of one of its replicas (the seed's crash
   * points; a crash between any two records of a two-phase commit). Default 0; the runner sets it
   * for mixes that crash.
   */
  readonly crashAtWriteChance?: number | undefined;
  /** The transaction proxies' operation timeout (ms); default 2,000. */
  readonly operationTimeoutMs?: number | undefined;
  readonly traceKeep?: number | undefined;
  readonly traceSink?: ((line: string) => void) | undefined;
}

/** Core settings drawn from the seed, so sweeps cover the configuration space too. */
export function drawCoreSettings(rng: Rng): ShardSimWorld['coreSettings'] {
  return {
    commitQueueCapacity: rng.pick([4, 16, 100]),
    snapshotBatchCount: rng.pick([8, 32, 1_000_000]),
    snapshotThresholdBytes: rng.pick([4096, Number.MAX_SAFE_INTEGER]),
    snapshotReplayBytesMin: 0,
    commitTimeoutTicks: rng.range(20, 60),
    idleTimeoutTicks: rng.range(100, 300),
    resolveRetryTicks: rng.range(3, 10),
    electionTicks: rng.range(8, 14),
    heartbeatTicks: rng.range(1, 3),
    inflightAppendsMax: rng.range(1, 8),
    appendBytesMax: rng.pick([256, 4096, 1 << 20]),
    snapshotChunkBytes: rng.pick([256, 4096, 1 << 20]),
  };
}

/**
 * What the replicas of a shard applied, as observed live (`applied` effects, which name the log
 * index). Exactly once: a transaction is applied at one index of the shard's log, whichever replica
 * tells; one order: every replica applies the same transaction at a given index; in order: within one
 * incarnation a replica applies increasing indexes (after a restart it may apply again what its
 * journal had not recorded as committed: the same transactions at the same indexes).
 */
class ShardLedger {
  readonly safety: SafetyChecker;
  private readonly txAt = new Map<number, { txId: string; replica: string }>();
  private readonly indexOf = new Map<string, number>();
  private readonly lastIndex = new Map<string, number>();

  constructor(bootstrapEntries: number) {
    this.safety = new SafetyChecker(bootstrapEntries);
  }

  /** `replica` (in incarnation `incarnation`) applied `txId` at `index`. */
  onApplied(replica: string, incarnation: number, index: number, txId: string): void {
    const key = `${replica}#${incarnation}`;
    const last = this.lastIndex.get(key) ?? 0;
    if (index <= last) {
      throw new SafetyViolation(
        'apply order',
        `${replica} applied ${txId} at index ${index} after index ${last} in one incarnation`,
      );
    }
    this.lastIndex.set(key, index);
    const there = this.txAt.get(index);
    if (there === undefined) {
      this.txAt.set(index, { txId, replica });
    } else if (there.txId !== txId) {
      throw new SafetyViolation(
        'one order',
        `${replica} applied ${txId} at index ${index}, ${there.replica} applied ${there.txId} there`,
      );
    }
    const at = this.indexOf.get(txId);
    if (at === undefined) {
      this.indexOf.set(txId, index);
    } else if (at !== index) {
      throw new SafetyViolation(
        'exactly once',
        `transaction ${txId} applied at index ${index} by ${replica} and at index ${at} before`,
      );
    }
  }
}

export class ShardSimWorld implements MemberObserver {
  readonly options: ShardSimOptions;
  readonly queue: EventQueue;
  readonly trace: Trace;
  readonly network: SimNetwork<MemberWire>;
  readonly members = new Map<string, SimMember>();
  readonly coreSettings: Omit<ShardCoreConfig, 'id' | 'shardName' | 'schema' | 'treeType'>;
  /** Randomness for the runner's own choices (nemesis, workload). */
  readonly rng: Rng;
  private readonly ledgers = new Map<string, ShardLedger>();
  /** Multi-shard transactions seen applied, with the shards they were seen on. */
  private readonly multiShard = new Map<
    string,
    { participants: readonly string[]; seen: Set<string> }
  >();
  /** Multi-shard transactions seen applied (on at least one of their shards). */
  get multiShardCount(): number {
    return this.multiShard.size;
  }

  /** Every `applied` effect seen (for statistics). */
  appliedCount = 0;
  readonly history = new History();
  readonly clients: SimClient[] = [];
  readonly router: ShardRouter;
  private readonly fronts = new Map<string, SimFront>();
  private readonly values = new ValueSource();
  /** operation-timeout-in-seconds of the simulated members, in ms. */
  readonly operationTimeoutMs: number;
  /** The first broken check, once one broke (the run stops at the next event). */
  violation: SafetyViolation | undefined;
  /** The listener registered on each running replica (listener-check.ts), by replica id. */
  private readonly listeners = new Map<string, ReplicaListener>();
  /** Listeners of earlier incarnations (ended by a crash), for the statistics. */
  private listenersEnded = 0;
  /** Changes delivered to listeners, over the run. */
  listenerChanges = 0;
  /** Snapshot installs delivered to listeners as one change. */
  snapshotChanges = 0;
  /** Crash points taken (crashes at a durable write). */
  crashPoints = 0;
  /** Members whose next crash point is armed by the nemesis: crash at their k-th durable write. */
  private readonly armed = new Map<string, number>();
  /** Called when a crash point crashed a member (the nemesis restarts it later). */
  onCrashPoint: ((member: string) => void) | undefined;
  private readonly faultRng: Rng;

  constructor(options: ShardSimOptions) {
    this.options = options;
    const root = new SeededRng(options.seed);
    this.queue = new EventQueue(root.fork());
    this.rng = root.fork();
    this.trace = new Trace(options.traceKeep ?? 120, options.traceSink);
    this.network = new SimNetwork<MemberWire>(
      this.queue,
      root.fork(),
      options.faults.links,
      (envelope) => this.members.get(envelope.to)?.receive(envelope.from, envelope.message),
      // Requests and answers ride connections (TCP): lost, never delivered twice. Raft and shard
      // peer messages are duplicated by `send` (a reconnect resends them), which they must bear.
      () => false,
    );
    const coreBugs = [...(options.bugs ?? [])].filter(
      (b): b is ShardCoreBug =>
        b === 'coordinator-ack-before-durable' ||
        b === 'forget-prepare-on-restart' ||
        b === 'follower-read-before-apply',
    );
    this.coreSettings = {
      ...drawCoreSettings(root.fork()),
      ...options.core,
      ...(coreBugs.length > 0 ? { bugs: new Set(coreBugs) } : {}),
    };
    this.operationTimeoutMs = options.operationTimeoutMs ?? 2_000;
    this.router = new ShardRouter(options.schema, {
      prefixes: options.placements
        .filter((p) => p.name !== 'default')
        .map((p) => ({
          prefix: `/sim:${p.name}`,
          namespace: 'urn:canopy:test:sim',
          module: 'sim',
          shard: p.name,
        })),
      moduleShards: new Map(),
      defaultShard: 'default',
      replicas: new Map(options.placements.map((p) => [p.name, p.members])),
    });
    for (const placement of options.placements) {
      const voters = placement.members.length;
      this.ledgers.set(placement.name, new ShardLedger(voters));
    }
    const names = Array.from({ length: options.members }, (_, i) => `m${i + 1}`);
    const memberRngs = names.map(() => root.fork());
    // Forked after everything older runs drew from, so those runs replay as they did.
    this.faultRng = root.fork();
    for (const [i, name] of names.entries()) {
      const member = new SimMember(
        name,
        {
          queue: this.queue,
          trace: this.trace,
          tickMs: shardSimTickMs,
          schema: options.schema,
          placements: options.placements,
          observer: this,
          coreSettings: this.coreSettings,
          send: (from, to, wire) => this.send(from, to, wire),
        },
        memberRngs[i]!,
        options.faults.disk,
      );
      // Each member's clock runs at its own rate, within the mix's drift.
      const drift = options.faults.clockDriftMax;
      member.tickPeriodMs = shardSimTickMs * (1 + (this.faultRng.next() * 2 - 1) * drift);
      member.crashHook = () => {
        this.crashPoints++;
        this.crash(name);
        this.onCrashPoint?.(name);
      };
      this.members.set(name, member);
    }
  }

  /** Sends over the simulated network; Raft and peer messages may arrive twice. */
  private send(from: string, to: string, wire: MemberWire): void {
    this.network.send(from, to, wire);
    const dup = this.options.faults.links.duplicateChance;
    if ((wire.kind === 'raft' || wire.kind === 'peer') && dup > 0 && this.faultRng.chance(dup)) {
      this.network.send(from, to, wire);
    }
  }

  /** Arms a crash point: `member` loses power at its `writes`-th durable write from now. */
  armCrashAtWrite(member: string, writes: number): void {
    this.armed.set(member, writes);
  }

  get now(): number {
    return this.queue.now;
  }

  member(name: string): SimMember {
    const member = this.members.get(name);
    if (member === undefined) throw new RangeError(`no member ${name}`);
    return member;
  }

  startAll(): void {
    for (const name of this.members.keys()) this.start(name);
  }

  /** Starts (or restarts) `name` with a fresh transaction front. */
  start(name: string): void {
    const member = this.member(name);
    if (member.isRunning) return;
    member.start();
    const incarnation = member.incarnationNumber;
    const timers = new SimTimers(
      this.queue,
      () => member.isRunning && member.incarnationNumber === incarnation,
    );
    this.fronts.set(
      name,
      new SimFront({
        member,
        placements: this.options.placements,
        schema: this.options.schema,
        router: this.router,
        timers,
        operationTimeoutMs: this.operationTimeoutMs,
        bugs: this.options.bugs,
      }),
    );
  }

  /** Power loss on `name`: its clients' operations in flight get unknown outcomes. */
  crash(name: string): void {
    const member = this.member(name);
    if (!member.isRunning) return;
    member.crash();
    this.armed.delete(name);
    for (const shard of member.shards) {
      if (this.listeners.delete(replicaId(name, shard))) this.listenersEnded++;
    }
    this.fronts.get(name)?.close();
    this.fronts.delete(name);
    for (const client of this.clients) if (client.member === name) client.abandon();
  }

  /** Adds `count` clients on members round robin; they start at once. */
  addClients(count: number, keysPerContainer = 3, spanShards = true): void {
    const names = [...this.members.keys()];
    const world: ClientWorld = {
      history: this.history,
      now: () => this.queue.now,
      front: (member) => this.fronts.get(member),
      after: (ms, fn) => {
        this.queue.after(ms, fn);
      },
    };
    for (let i = 0; i < count; i++) {
      const id = this.clients.length + 1;
      const client = new SimClient(
        id,
        names[(id - 1) % names.length]!,
        world,
        this.rng.fork(),
        this.values,
        keysPerContainer,
        spanShards,
      );
      this.clients.push(client);
      client.start();
    }
  }

  stopClients(): void {
    for (const client of this.clients) client.stop();
  }

  /**
   * Runs events until simulated time `ms` from now. Between events the promise jobs they queued run
   * (the proxies are async code): a macrotask turn drains them all, in their deterministic order.
   */
  async runFor(ms: number): Promise<void> {
    const until = this.queue.now + ms;
    for (;;) {
      await drainJobs();
      this.throwIfViolated();
      if (!this.queue.runNext(until)) break;
    }
    await drainJobs();
    this.throwIfViolated();
  }

  /**
   * Throws the first broken check. Checks run inside events and inside promise jobs (the proxies'
   * code); they record the violation rather than throw where a throw would be lost, and the run
   * stops at the next event.
   */
  throwIfViolated(): void {
    if (this.violation !== undefined) throw this.violation;
  }

  /**
   * Runs `check`; a SafetyViolation it throws is recorded (the first wins), not thrown on: the
   * caller may be a promise job, where a throw would be lost. The run stops at the next event.
   */
  private guard(check: () => void): void {
    try {
      check();
    } catch (error) {
      if (!(error instanceof SafetyViolation)) throw error;
      this.violation ??= error;
      this.trace.add(this.queue.now, '-', 'VIOLATION', error.message);
    }
  }

  /** Runs until `done()` holds (checked after each event) or `maxMs` passed; whether it held. */
  async runUntil(done: () => boolean, maxMs: number): Promise<boolean> {
    const until = this.queue.now + maxMs;
    for (;;) {
      await drainJobs();
      this.throwIfViolated();
      if (done()) return true;
      if (!this.queue.runNext(until)) break;
    }
    await drainJobs();
    this.throwIfViolated();
    return done();
  }

  /** The member whose replica of `shard` leads, by its own account (the newest term wins). */
  leaderOf(shard: string): string | undefined {
    let best: { member: string; term: number } | undefined;
    for (const member of this.members.values()) {
      const core = member.core(shard);
      if (core === undefined) continue;
      const status = core.status();
      if (status.role !== 'leader') continue;
      if (best === undefined || status.term > best.term)
        best = { member: member.name, term: status.term };
    }
    return best?.member;
  }

  // MemberObserver ------------------------------------------------------------------------------

  onDurable(member: string, replica: string, ready: Ready, log: MemoryRaftLog): void {
    this.guard(() => {
      this.checkDurable(member, replica, ready, log);
    });
  }

  private checkDurable(_member: string, replica: string, ready: Ready, log: MemoryRaftLog): void {
    const shard = this.shardOfReplica(replica);
    const ledger = this.ledgers.get(shard)!;
    const safety = ledger.safety;
    const term = log.hardState().term;
    safety.onAppend(replica, ready.entries, log);
    if (ready.softState !== undefined) {
      if (ready.softState.role === 'leader') {
        safety.onLeader(replica, term);
        safety.onLeaderLog(replica, term, log);
      } else {
        safety.onNotLeader(replica);
      }
    }
    const placement = this.options.placements.find((p) => p.name === shard)!;
    const leads = this.member(replica.split('-shard-')[0]!).core(shard)?.status().role === 'leader';
    if (leads && ready.hardState !== undefined && ready.hardState.commit > 0) {
      const commit = ready.hardState.commit;
      safety.onLeaderCommit(
        replica,
        commit,
        log.term(commit) ?? -1,
        placement.members.map((m) => replicaId(m, shard)),
        (id) => this.member(id.split('-shard-')[0]!).diskOf(shard).durableLog(),
      );
    }
  }

  onApplied(member: string, replica: string, commit: AppliedCommit): void {
    this.guard(() => {
      this.checkApplied(member, replica, commit);
    });
  }

  private checkApplied(member: string, replica: string, commit: AppliedCommit): void {
    this.appliedCount++;
    const shard = this.shardOfReplica(replica);
    this.fronts.get(member)?.applied(shard, commit);
    const listener = this.listeners.get(replica);
    if (listener !== undefined) {
      const before = listener.violations.length;
      listener.applied(commit);
      if (listener.registered) this.listenerChanges++;
      if (commit.snapshot === true && listener.registered) this.snapshotChanges++;
      if (listener.violations.length > before) {
        throw new SafetyViolation('listeners', listener.violations[before]!);
      }
    }
    // A snapshot install is no transaction: it covers the ones the replica had not applied.
    if (commit.snapshot === true) return;
    const incarnation = this.member(member).incarnationNumber;
    this.ledgers.get(shard)!.onApplied(replica, incarnation, commit.index, commit.txId);
    if (commit.participants !== undefined) {
      const record = this.multiShard.get(commit.txId) ?? {
        participants: commit.participants,
        seen: new Set<string>(),
      };
      record.seen.add(shard);
      this.multiShard.set(commit.txId, record);
    }
  }

  onStopped(member: string, replica: string, error: Error): void {
    this.guard(() => {
      throw new SafetyViolation(
        'shard stopped',
        `${replica} on ${member} stopped: ${error.message}`,
      );
    });
  }

  onReadable(_member: string, replica: string): void {
    let listener = this.listeners.get(replica);
    if (listener === undefined) {
      listener = new ReplicaListener(replica, this.options.schema);
      this.listeners.set(replica, listener);
    }
    listener.readable();
  }

  onEffectsDelivered(
    _member: string,
    replica: string,
    current: () => { root: ContainerNode; index: number } | undefined,
  ): void {
    this.listeners.get(replica)?.endOfBatch(current);
  }

  crashAtWrite(member: string, _replica: string, twoPhase: boolean): boolean {
    const armed = this.armed.get(member);
    if (armed !== undefined) {
      if (armed > 1) {
        this.armed.set(member, armed - 1);
        return false;
      }
      this.armed.delete(member);
      return true;
    }
    const chance = this.options.crashAtWriteChance ?? 0;
    // Writes of two-phase records are where a crash splits a multi-shard commit: ten times likelier.
    return chance > 0 && this.faultRng.chance(twoPhase ? Math.min(1, chance * 10) : chance);
  }

  /** Listeners registered so far (live and ended by crashes). */
  get listenerCount(): number {
    return this.listeners.size + this.listenersEnded;
  }

  /**
   * At the end: every live listener's last change is its replica's committed tree (nothing applied
   * was left undelivered).
   */
  checkListeners(): void {
    for (const [replica, listener] of this.listeners) {
      const member = this.member(replica.split('-shard-')[0]!);
      const core = member.core(this.shardOfReplica(replica));
      if (core === undefined || core.currentState === 'stopped') continue;
      listener.checkCaughtUp(core.localSnapshot()?.root);
      if (listener.violations.length > 0) {
        throw new SafetyViolation('listeners', listener.violations[0]!);
      }
    }
  }

  /**
   * After healing and quiescence: every running replica of each shard holds the same tree, and every
   * multi-shard transaction seen applied on one shard was applied on each of its shards.
   */
  checkConverged(): void {
    for (const placement of this.options.placements) {
      let first: { member: string; json: string } | undefined;
      for (const name of placement.members) {
        const core = this.member(name).core(placement.name);
        const snapshot = core?.readSnapshot();
        if (snapshot === undefined) continue;
        const json = JSON.stringify(snapshot.read('/') ?? null);
        if (first === undefined) first = { member: name, json };
        else if (first.json !== json) {
          throw new SafetyViolation(
            'replicas converge',
            `shard ${placement.name}: the tree on ${name} differs from the tree on ${first.member}`,
          );
        }
      }
    }
    for (const [txId, record] of this.multiShard) {
      const missing = record.participants.filter((s) => !record.seen.has(s));
      if (missing.length > 0) {
        throw new SafetyViolation(
          'all or nothing',
          `transaction ${txId} applied on ${[...record.seen].join(', ')} but never on ${missing.join(', ')}`,
        );
      }
    }
  }

  private shardOfReplica(replica: string): string {
    const rest = replica.split('-shard-')[1] ?? '';
    return rest.replace(/-config$/, '');
  }
}

let simSchema: Promise<SchemaContext> | undefined;

/** The simulation's key space (test/fixtures/shard-sim/sim.yang), compiled once per process. */
export function loadSimSchema(): Promise<SchemaContext> {
  simSchema ??= loadSchema(join(repoRoot(), 'test', 'fixtures', 'shard-sim'));
  return simSchema;
}

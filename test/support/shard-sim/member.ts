/**
 * One simulated canopy member holding replicas of several shards: for each replica a real ShardCore
 * driven by the production drain step (src/shard/drain.ts, the code shard-actor.ts runs) over a port
 * whose disk is a SimDisk (fsyncs take simulated time, crashes lose unsynced writes and may tear the
 * last one) and whose network is the simulated one. Nothing here decides anything a shard decides: it
 * moves bytes and time, as the production shell does, and reports every Ready, commit and apply to
 * the checkers.
 *
 * Addressing. A replica's id is `<member>-shard-<shard>-config` (as production names them); a Raft
 * message goes to the member holding the replica it names. A shard peer message (two-phase commit
 * resolution) names a shard, not a replica: it goes to every replica of that shard, and only a leader
 * acts on it (the core's business).
 *
 * Crashes. `crash()` loses every replica's core and unsynced writes at once (one process, one power
 * cut), and answers nothing: a request in flight simply never hears back (its caller times out, as a
 * remote caller would). `restart()` builds new cores from what each disk kept. Each start is a new
 * incarnation: events scheduled for an older one are ignored. Crash points: at every durable write
 * the world may choose (by the seed) to cut the power right there, before the write is synced, so
 * a crash falls between any two records of a two-phase commit (`MemberObserver.crashAtWrite`).
 *
 * Other faults: `pause(until)` freezes the member (no ticks; messages wait until it resumes), and
 * `tickPeriodMs` is its own clock's tick period (the world draws a drift per member).
 *
 * Invariant: nothing that depends on a write leaves the member before the disk synced it (the drain
 * step sends a Ready's messages only after `saved`, which this port calls after the fsync).
 */
import type { Ready } from '../../../src/raft/raft-core.js';
import { MemoryRaftLog } from '../../../src/raft/memory-log.js';
import type { DurableWrite } from '../../../src/raft/storage.js';
import type { Entry, RaftMessage, Snapshot } from '../../../src/raft/types.js';
import { ShardDrain, type DeliveredEffect } from '../../../src/shard/drain.js';
import { ShardCore, shardBootstrapState, type CommitMode } from '../../../src/shard/shard-core.js';
import type {
  AppliedCommit,
  Outcome,
  ReadConsistency,
  ReadOutcome,
  ReadyTransaction,
  ShardCoreConfig,
  ShardPeerMessage,
} from '../../../src/shard/shard-types.js';
import { binaryTreeCodec } from '../../../src/shard/tree-codec.js';
import { shardCodec } from '../../../src/wire/shard-codec.js';
import type { Rng } from '../../../src/util/rng.js';
import { SimDisk, type DiskFaults } from '../sim-disk.js';
import type { EventQueue } from '../sim-queue.js';
import type { Trace } from '../sim-trace.js';
import type { ContainerNode } from '../../../src/tree/node.js';

/** A request of a transaction proxy to a shard replica (ShardReplica's methods, as data). */
export type ReplicaOp =
  | { readonly op: 'read'; readonly consistency: ReadConsistency }
  | { readonly op: 'submit'; readonly tx: ReadyTransaction; readonly mode: CommitMode }
  | { readonly op: 'canCommit' | 'preCommit' | 'commit' | 'abort'; readonly txId: string }
  | { readonly op: 'closeChain'; readonly chainId: string };

/** What crosses the simulated network between members. */
export type MemberWire =
  | { readonly kind: 'raft'; readonly replica: string; readonly message: RaftMessage }
  | { readonly kind: 'peer'; readonly shard: string; readonly message: ShardPeerMessage }
  | {
      readonly kind: 'call';
      readonly id: number;
      readonly shard: string;
      readonly call: ReplicaOp;
    }
  | { readonly kind: 'answer'; readonly id: number; readonly outcome: Outcome | ReadOutcome };

/** Where a shard's replicas live. */
export interface ShardPlacement {
  readonly name: string;
  /** Member names, in the order module-shards.conf lists them. */
  readonly members: readonly string[];
}

/** The replica id of shard `shard` on `member`, as production names it. */
export function replicaId(member: string, shard: string): string {
  return `${member}-shard-${shard}-config`;
}

/** What a member reports as it runs (the world's checkers listen). */
export interface MemberObserver {
  /**
   * `replica`'s write of `ready` is durable (synced when it had to be); `log` is its log view after
   * the write, before the Ready's messages leave and it is applied.
   */
  onDurable(member: string, replica: string, ready: Ready, log: MemoryRaftLog): void;
  /** `replica` applied a committed transaction (its `applied` effect). */
  onApplied(member: string, replica: string, commit: AppliedCommit): void;
  /** A core stopped: in the simulation always a finding (a broken invariant or a failed journal). */
  onStopped(member: string, replica: string, error: Error): void;
  /** `replica` became readable (its `readable` effect): listeners may register. */
  onReadable(member: string, replica: string): void;
  /**
   * A batch of `replica`'s effects was carried out; `current` reads its committed tree now and the
   * index it reflects (undefined while it is not readable).
   */
  onEffectsDelivered(
    member: string,
    replica: string,
    current: () => { root: ContainerNode; index: number } | undefined,
  ): void;
  /**
   * `replica` started a durable write (a Ready with entries or a hard state to sync, or a
   * snapshot): true to lose power right there, before it is synced (the seed's crash points).
   * `twoPhase`: the write carries a record of a two-phase commit (prepare, decision, outcome).
   */
  crashAtWrite(member: string, replica: string, twoPhase: boolean): boolean;
}

/** What a member needs from the world around it. */
export interface MemberContext {
  readonly queue: EventQueue;
  readonly trace: Trace;
  readonly tickMs: number;
  readonly schema: ShardCoreConfig['schema'];
  readonly placements: readonly ShardPlacement[];
  readonly observer: MemberObserver;
  /** Sends `wire` from `from` to member `to` over the simulated network. */
  send(from: string, to: string, wire: MemberWire): void;
  /** Core settings the world chose (ticks, queue capacity, snapshot policy). */
  readonly coreSettings: Omit<ShardCoreConfig, 'id' | 'shardName' | 'schema' | 'treeType'>;
}

/** A request's answer as its caller receives it. */
type Pending =
  | { readonly kind: 'reply'; readonly resolve: (outcome: Outcome) => void }
  | { readonly kind: 'read'; readonly resolve: (outcome: ReadOutcome) => void };

/** One replica on this member: its disk outlives its cores. */
class Replica {
  readonly id: string;
  readonly shard: string;
  readonly disk: SimDisk;
  core: ShardCore | undefined;
  drain: ShardDrain | undefined;
  /** The log as the core sees it (durable writes applied on `saved`), for the Raft checkers. */
  log: MemoryRaftLog | undefined;
  readonly pending = new Map<number, Pending>();

  constructor(id: string, shard: string, disk: SimDisk) {
    this.id = id;
    this.shard = shard;
    this.disk = disk;
  }
}

export class SimMember {
  readonly name: string;
  private readonly ctx: MemberContext;
  private readonly rng: Rng;
  private readonly replicas = new Map<string, Replica>();
  /** The same replicas by replica id (what Raft messages name). */
  private readonly replicasById = new Map<string, Replica>();
  private incarnation = 0;
  private running = false;
  private nextRequest = 1;
  private nextCall = 1;
  /** Calls to other members awaiting their answer. */
  private readonly calls = new Map<number, (outcome: Outcome | ReadOutcome) => void>();
  /** This member's tick period: the nominal one with its clock's drift (set by the world). */
  tickPeriodMs: number;
  /** Frozen (a GC pause, a stopped VM) until this simulated time: nothing runs, messages wait. */
  private pausedUntil = 0;
  /** When this member's clock says the last tick was due (fractional with drift). */
  private tickClock = 0;
  /** Called to crash this member at a crash point (the world's crash: fronts and clients too). */
  crashHook: (() => void) | undefined;

  constructor(name: string, ctx: MemberContext, rng: Rng, diskFaults: DiskFaults) {
    this.name = name;
    this.ctx = ctx;
    this.rng = rng;
    this.tickPeriodMs = ctx.tickMs;
    for (const placement of ctx.placements) {
      if (!placement.members.includes(name)) continue;
      const id = replicaId(name, placement.name);
      const voters = placement.members.map((m) => replicaId(m, placement.name));
      const disk = new SimDisk(rng.fork(), diskFaults, shardBootstrapState(voters));
      const replica = new Replica(id, placement.name, disk);
      this.replicas.set(placement.name, replica);
      this.replicasById.set(id, replica);
    }
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Bumped at each start: events of an older incarnation are ignored. */
  get incarnationNumber(): number {
    return this.incarnation;
  }

  /** The shards this member holds a replica of. */
  get shards(): readonly string[] {
    return [...this.replicas.keys()];
  }

  /** This member's replica of `shard`'s core, when running. */
  core(shard: string): ShardCore | undefined {
    return this.running ? this.replicas.get(shard)?.core : undefined;
  }

  /** The disk under this member's replica of `shard`. */
  diskOf(shard: string): SimDisk {
    const replica = this.replicas.get(shard);
    if (replica === undefined) throw new RangeError(`${this.name} holds no replica of ${shard}`);
    return replica.disk;
  }

  /** Builds every replica's core from its disk and starts ticking. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.incarnation++;
    this.tickClock = this.ctx.queue.now;
    for (const replica of this.replicas.values()) this.boot(replica);
    this.scheduleTick(this.incarnation);
    this.ctx.trace.add(this.ctx.queue.now, this.name, 'start', `incarnation ${this.incarnation}`);
  }

  /** Power loss: every core and every unsynced write is gone; requests in flight never hear back. */
  crash(): void {
    if (!this.running) return;
    this.running = false;
    this.pausedUntil = 0;
    for (const replica of this.replicas.values()) {
      replica.core = undefined;
      replica.drain = undefined;
      replica.log = undefined;
      replica.pending.clear();
      this.calls.clear();
      const report = replica.disk.crash();
      this.ctx.trace.add(
        this.ctx.queue.now,
        this.name,
        'crash',
        `${replica.id}: kept ${report.keptOps} unsynced writes, ${report.tornEntriesKept} torn entries`,
      );
    }
  }

  /** Whether the member is frozen now (see `pause`). */
  get paused(): boolean {
    return this.running && this.ctx.queue.now < this.pausedUntil;
  }

  /**
   * Freezes the member until simulated time `until`: it neither ticks nor handles messages (they
   * wait, in arrival order, and are handled when it resumes), and wakes with stale beliefs.
   */
  pause(until: number): void {
    if (!this.running || until <= this.ctx.queue.now) return;
    this.pausedUntil = Math.max(this.pausedUntil, until);
    this.ctx.trace.add(this.ctx.queue.now, this.name, 'pause', `until ${this.pausedUntil}`);
  }

  /** A message from `from`, another member. */
  receive(from: string, wire: MemberWire): void {
    if (!this.running) return;
    if (this.paused) {
      const incarnation = this.incarnation;
      this.ctx.queue.at(this.pausedUntil, () => {
        if (incarnation === this.incarnation) this.receive(from, wire);
      });
      return;
    }
    if (wire.kind === 'call') {
      void this.execute(wire.shard, wire.call).then((outcome) => {
        if (this.running) this.ctx.send(this.name, from, { kind: 'answer', id: wire.id, outcome });
      });
      return;
    }
    if (wire.kind === 'answer') {
      const resolve = this.calls.get(wire.id);
      this.calls.delete(wire.id);
      resolve?.(wire.outcome);
      return;
    }
    if (wire.kind === 'raft') {
      const replica = this.replicasById.get(wire.replica);
      if (replica?.core === undefined) return;
      const message = wire.message;
      this.guarded(replica, () => {
        replica.core!.step(message);
        replica.drain!.run();
      });
      return;
    }
    const replica = this.replicas.get(wire.shard);
    if (replica?.core === undefined) return;
    const message = wire.message;
    this.guarded(replica, () => {
      replica.core!.receive(message);
      replica.drain!.run();
    });
  }

  /**
   * Sends `call` to the replica of `shard` on member `to` (this member's own without the network) and
   * resolves with its answer; never resolves when the answer cannot come (a message lost, either
   * member crashed): the caller's operation timeout decides, as over a real connection.
   */
  call(to: string, shard: string, call: ReplicaOp): Promise<Outcome | ReadOutcome> {
    if (to === this.name) return this.execute(shard, call);
    return new Promise((resolve) => {
      if (!this.running) return;
      const id = this.nextCall++;
      this.calls.set(id, resolve);
      this.ctx.send(this.name, to, { kind: 'call', id, shard, call });
    });
  }

  /** Carries out `call` on this member's replica of `shard`. */
  private execute(shard: string, call: ReplicaOp): Promise<Outcome | ReadOutcome> {
    switch (call.op) {
      case 'read':
        return this.read(shard, (core, id) => {
          core.read(id, call.consistency);
        });
      case 'submit':
        return this.request(shard, (core, id) => {
          core.submit(id, call.tx, call.mode);
        });
      case 'closeChain': {
        this.replicas.get(shard)?.core?.closeChain(call.chainId);
        return Promise.resolve({ ok: true });
      }
      case 'canCommit':
      case 'preCommit':
      case 'commit':
      case 'abort':
        return this.request(shard, (core, id) => {
          core[call.op](id, call.txId);
        });
    }
  }

  /**
   * Calls `call` on this member's replica of `shard` with a fresh request id, and resolves with its
   * answer; never resolves when the member crashes first (or is down: the caller's timeout decides).
   */
  request(shard: string, call: (core: ShardCore, requestId: number) => void): Promise<Outcome> {
    return new Promise((resolve) => {
      const replica = this.replicas.get(shard);
      if (!this.running || replica?.core === undefined) return;
      const id = this.nextRequest++;
      replica.pending.set(id, { kind: 'reply', resolve });
      this.guarded(replica, () => {
        call(replica.core!, id);
        replica.drain!.run();
      });
    });
  }

  /** As `request`, for a read answered by a `read` effect. */
  read(shard: string, call: (core: ShardCore, requestId: number) => void): Promise<ReadOutcome> {
    return new Promise((resolve) => {
      const replica = this.replicas.get(shard);
      if (!this.running || replica?.core === undefined) return;
      const id = this.nextRequest++;
      replica.pending.set(id, { kind: 'read', resolve });
      this.guarded(replica, () => {
        call(replica.core!, id);
        replica.drain!.run();
      });
    });
  }

  /**
   * Runs `fn` on `replica`'s core as the production shell does (shard-actor.ts's crash): a throw
   * (a broken invariant, a journal entry that cannot be applied) stops the shard, whose `stopped`
   * effect the world reports as a finding.
   */
  private guarded(replica: Replica, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      const core = replica.core;
      if (core === undefined || !(error instanceof Error)) throw error;
      this.ctx.trace.add(
        this.ctx.queue.now,
        this.name,
        'core-failed',
        `${replica.id}: ${error.message}`,
      );
      core.stop(error);
      replica.drain?.effects();
      replica.drain?.saveFailed();
    }
  }

  private boot(replica: Replica): void {
    const durable = replica.disk.durableState();
    const config: ShardCoreConfig = {
      ...this.ctx.coreSettings,
      id: replica.id,
      shardName: replica.shard,
      schema: this.ctx.schema,
      treeType: 'config',
    };
    const core = new ShardCore(
      config,
      durable,
      { codec: shardCodec, treeCodec: binaryTreeCodec },
      this.rng.fork(),
    );
    replica.core = core;
    replica.log = new MemoryRaftLog(durable);
    const drain = new ShardDrain(core, this.port(replica, this.incarnation));
    replica.drain = drain;
    this.guarded(replica, () => {
      drain.run();
    });
  }

  private scheduleTick(incarnation: number): void {
    // The drifting clock keeps its fractional phase; events land on whole simulated ms.
    this.tickClock += this.tickPeriodMs;
    this.ctx.queue.at(Math.max(this.ctx.queue.now, Math.round(this.tickClock)), () => {
      if (incarnation !== this.incarnation || !this.running) return;
      if (this.paused) {
        this.scheduleTick(incarnation);
        return;
      }
      for (const replica of this.replicas.values()) {
        if (replica.core === undefined) continue;
        this.guarded(replica, () => {
          replica.core!.tick();
          replica.drain!.run();
        });
      }
      this.scheduleTick(incarnation);
    });
  }

  /** The drain step's port for `replica` in this incarnation. */
  private port(replica: Replica, incarnation: number): ConstructorParameters<typeof ShardDrain>[1] {
    const live = (): boolean => incarnation === this.incarnation && this.running;
    const afterSync = (delay: number, done: () => void): void => {
      this.ctx.queue.after(delay, () => {
        if (!live()) return;
        replica.disk.sync();
        done();
      });
    };
    /** A crash point: the world may crash this member right after a durable write started. */
    const crashPoint = (entries: readonly Entry[]): void => {
      if (!this.ctx.observer.crashAtWrite(this.name, replica.id, carriesTwoPhase(entries))) return;
      // Power fails while the write is on its way to the platter: at the same simulated instant as
      // its fsync's completion and the answers already sent, in an order the seed picks (so the
      // write may or may not be synced, and answers may or may not have left).
      this.ctx.queue.after(0, () => {
        if (live()) {
          this.ctx.trace.add(this.ctx.queue.now, this.name, 'crash-point', replica.id);
          this.crashHook?.();
        }
      });
    };
    return {
      save: (ready: Ready, write: DurableWrite, options: { readonly sync: boolean }) => {
        replica.disk.write(write);
        crashPoint(write.entries);
        const finish = (): void => {
          replica.log!.save(ready);
          this.ctx.observer.onDurable(this.name, replica.id, ready, replica.log!);
          this.guarded(replica, () => {
            replica.drain!.saved(ready);
            replica.drain!.run();
          });
        };
        if (options.sync) {
          afterSync(replica.disk.syncDelayMs(), finish);
        } else {
          // Written to the page cache: done on the next turn, as LevelDB's write callback would be.
          this.ctx.queue.after(0, () => {
            if (live()) finish();
          });
        }
      },
      saveAside: (write: DurableWrite) => {
        replica.disk.write(write);
      },
      saveSnapshot: (snapshot: Snapshot) => {
        replica.disk.write({ snapshot, entries: [] });
        crashPoint([]);
        afterSync(replica.disk.syncDelayMs(), () => {
          this.guarded(replica, () => {
            replica.drain!.snapshotSaved(snapshot);
            replica.drain!.run();
          });
        });
      },
      send: (messages: readonly RaftMessage[]) => {
        for (const message of messages) {
          const member = this.memberOfReplica(replica.shard, message.to);
          this.ctx.send(this.name, member, { kind: 'raft', replica: message.to, message });
        }
      },
      deliver: (effects: readonly DeliveredEffect[]) => {
        if (!live()) return;
        for (const effect of effects) this.deliver(replica, effect);
        this.ctx.observer.onEffectsDelivered(this.name, replica.id, () => {
          const core = replica.core;
          if (!live() || core === undefined || core.currentState === 'stopped') return undefined;
          const snapshot = core.localSnapshot();
          return snapshot && { root: snapshot.root, index: core.status().appliedIndex };
        });
      },
    };
  }

  private deliver(replica: Replica, effect: DeliveredEffect): void {
    switch (effect.type) {
      case 'reply':
      case 'read': {
        const pending = replica.pending.get(effect.requestId);
        replica.pending.delete(effect.requestId);
        if (pending === undefined) return;
        // Answers reach the caller on a later turn, as an actor's reply would.
        const outcome = effect.outcome;
        this.ctx.queue.after(0, () => {
          if (pending.kind === 'reply') pending.resolve(outcome);
          else pending.resolve(outcome as ReadOutcome);
        });
        return;
      }
      case 'applied':
        this.ctx.observer.onApplied(this.name, replica.id, effect.commit);
        return;
      case 'send': {
        const placement = this.ctx.placements.find((p) => p.name === effect.to);
        for (const member of placement?.members ?? []) {
          if (member === this.name) {
            const local = this.replicas.get(effect.to);
            const message = effect.message;
            this.ctx.queue.after(0, () => {
              if (!this.running || local?.core === undefined) return;
              this.guarded(local, () => {
                local.core!.receive(message);
                local.drain!.run();
              });
            });
          } else {
            this.ctx.send(this.name, member, {
              kind: 'peer',
              shard: effect.to,
              message: effect.message,
            });
          }
        }
        return;
      }
      case 'stopped':
        this.ctx.observer.onStopped(this.name, replica.id, effect.error);
        return;
      case 'readable':
        this.ctx.observer.onReadable(this.name, replica.id);
        return;
      case 'blocked':
        return;
    }
  }

  private memberOfReplica(shard: string, id: string): string {
    const placement = this.ctx.placements.find((p) => p.name === shard);
    const member = placement?.members.find((m) => replicaId(m, shard) === id);
    if (member === undefined) throw new Error(`${this.name}: no member holds replica ${id}`);
    return member;
  }
}

/** Whether `entries` hold a record of a two-phase commit (a crash there is the interesting kind). */
function carriesTwoPhase(entries: readonly Entry[]): boolean {
  for (const entry of entries) {
    if (entry.type !== 'normal' || entry.data.byteLength === 0) continue;
    const type = shardCodec.decodePayload(entry.data).type;
    if (type !== 'commit' && type !== 'forget') return true;
  }
  return false;
}

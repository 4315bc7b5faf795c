/**
 * A deterministic shell for shard cores in unit tests: it runs the drain step shard-actor.ts runs
 * (src/shard/drain.ts: save each Ready to a MemoryDurableStorage, synced when the Ready asks, the
 * commit index alone unsynced; send; advance; carry out the effects) over a synchronous port and
 * without actors, so a test can stop between any two steps, crash the disk (losing unsynced writes)
 * and restart the core from what survived. `ShardCluster` routes the messages shards send each other,
 * or holds them back; `ShardGroup` runs the replicas of one shard as a Raft group over an in-memory
 * router that can cut replicas off.
 */
import type { DataTreeCandidate } from '../../../src/tree/candidate.js';
import type { DataTreeModification } from '../../../src/tree/modification.js';
import { MemoryDurableStorage } from '../../../src/raft/memory-durable-storage.js';
import { bootstrapState } from '../../../src/raft/memory-log.js';
import type { RaftMessage } from '../../../src/raft/types.js';
import { SeededRng } from '../../../src/util/rng.js';
import { ShardDrain, type DeliveredEffect } from '../../../src/shard/drain.js';
import { ShardCore, type CommitMode } from '../../../src/shard/shard-core.js';
import type {
  Outcome,
  ReadConsistency,
  ReadOutcome,
  ShardCoreConfig,
  ShardPeerMessage,
} from '../../../src/shard/shard-types.js';
import { binaryTreeCodec } from '../../../src/shard/tree-codec.js';
import { shardCodec } from '../../../src/wire/shard-codec.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import type { AppliedCommit } from '../../../src/shard/shard-types.js';
import { ReplicaListener } from '../../support/shard-sim/listener-check.js';

export function coreConfig(
  schema: SchemaContext,
  name: string,
  overrides: Partial<ShardCoreConfig> = {},
): ShardCoreConfig {
  return {
    id: `member-1-shard-${name}-config`,
    shardName: name,
    schema,
    treeType: 'config',
    commitQueueCapacity: 100,
    snapshotBatchCount: 1_000_000,
    snapshotThresholdBytes: Number.MAX_SAFE_INTEGER,
    snapshotReplayBytesMin: 0,
    commitTimeoutTicks: 10,
    idleTimeoutTicks: 50,
    resolveRetryTicks: 3,
    electionTicks: 10,
    heartbeatTicks: 1,
    inflightAppendsMax: 256,
    appendBytesMax: 1024 * 1024,
    snapshotChunkBytes: 1024 * 1024,
    ...overrides,
  };
}

/** One shard core with its disk and a record of everything it did. */
export class ShardDriver {
  readonly name: string;
  readonly config: ShardCoreConfig;
  readonly storage: MemoryDurableStorage;
  core: ShardCore;
  drain: ShardDrain;
  readonly replies = new Map<number, Outcome>();
  readonly applied: DataTreeCandidate[] = [];
  /** Every `applied` effect, across restarts. */
  readonly commits: AppliedCommit[] = [];
  /** `readable` effects received, across restarts. */
  readables = 0;
  /**
   * A listener registered on this replica once it is readable (listener-check.ts: it records
   * changes that do not chain); a new one after each restart.
   */
  listener: ReplicaListener;
  private readonly schema: SchemaContext;
  readonly reads = new Map<number, ReadOutcome>();
  readonly outbox: { to: string; message: ShardPeerMessage }[] = [];
  /** Raft messages to the other replicas of this shard, in send order. */
  readonly raftOutbox: RaftMessage[] = [];
  /** Durable writes made (Readies and snapshots; not the unsynced commit-index writes). */
  saves = 0;
  snapshots = 0;
  stopped: Error | undefined;
  /** The last `blocked` effect's error. */
  blocked: Error | undefined;
  private nextRequest = 1;
  private readonly seed: number;

  /**
   * `group`: the replica ids of the shard's voters and learners, when it is one of several replicas
   * (`overrides.id` names this one); a sole voter otherwise.
   */
  constructor(
    schema: SchemaContext,
    name: string,
    overrides: Partial<ShardCoreConfig> = {},
    group?: {
      readonly voters: readonly string[];
      readonly learners?: readonly string[];
      /** Each replica of a group needs its own (else their election timeouts tie forever). */
      readonly seed?: number;
    },
  ) {
    this.seed = group?.seed ?? 7;
    this.name = name;
    this.schema = schema;
    this.config = coreConfig(schema, name, overrides);
    this.storage = new MemoryDurableStorage(
      bootstrapState(group?.voters ?? [this.config.id], group?.learners ?? []),
    );
    this.listener = new ReplicaListener(this.config.id, schema);
    this.core = this.boot();
    this.drain = this.drainOf(this.core);
  }

  private boot(): ShardCore {
    return new ShardCore(
      this.config,
      this.storage.durableState(),
      { codec: shardCodec, treeCodec: binaryTreeCodec },
      new SeededRng(this.seed),
    );
  }

  /** The drain step over this driver's synchronous port. */
  private drainOf(core: ShardCore): ShardDrain {
    const drain: ShardDrain = new ShardDrain(core, {
      save: (_ready, write, options) => {
        void this.storage.save(write, options);
        this.saves++;
      },
      saveAside: (write) => {
        void this.storage.save(write, { sync: false });
      },
      saveSnapshot: (snapshot) => {
        void this.storage.save({ snapshot, entries: [] }, { sync: true });
        this.saves++;
        this.snapshots++;
        drain.snapshotSaved(snapshot);
      },
      send: (messages) => {
        this.raftOutbox.push(...messages);
      },
      deliver: (effects) => {
        this.deliver(effects);
      },
    });
    return drain;
  }

  /** Power loss: unsynced writes are lost; a new core starts from what survived. */
  crashAndRestart(): void {
    this.storage.crash();
    this.outbox.length = 0;
    this.raftOutbox.length = 0;
    this.listener = new ReplicaListener(this.config.id, this.schema);
    this.core = this.boot();
    this.drain = this.drainOf(this.core);
  }

  /** A modification on the current committed snapshot (the shard must be readable). */
  newModification(): DataTreeModification {
    const snapshot = this.core.readSnapshot();
    if (snapshot === undefined) throw new Error(`${this.name} is not readable`);
    return snapshot.newModification();
  }

  submit(
    txId: string,
    mod: DataTreeModification,
    mode: CommitMode,
    participants?: string[],
  ): number {
    mod.ready();
    const id = this.nextRequest++;
    this.core.submit(id, { txId, mod, participants }, mode);
    this.collect();
    return id;
  }

  request(op: 'canCommit' | 'preCommit' | 'commit' | 'abort', txId: string): number {
    const id = this.nextRequest++;
    this.core[op](id, txId);
    this.collect();
    return id;
  }

  /** Asks the core for a read; its answer lands in `reads` under the returned id. */
  requestRead(consistency: ReadConsistency): number {
    const id = this.nextRequest++;
    this.core.read(id, consistency);
    this.collect();
    return id;
  }

  /** A fresh request id for calling the core directly. */
  newRequestId(): number {
    return this.nextRequest++;
  }

  outcome(id: number): Outcome | undefined {
    return this.replies.get(id);
  }

  /** Runs Readies until none is left (each save is durable at once). */
  run(): void {
    for (let i = 0; i < 10_000; i++) {
      this.drain.run();
      const ready = this.drain.saving;
      if (ready === undefined) break;
      this.drain.saved(ready);
    }
    this.collect();
  }

  /**
   * Takes Readies until one has a durable write, and saves it without advancing: the state of a
   * crash during apply. False when nothing was left to save.
   */
  saveOnly(): boolean {
    this.drain.run();
    return this.drain.saving !== undefined;
  }

  tick(n = 1): void {
    for (let i = 0; i < n; i++) {
      this.core.tick();
      this.run();
    }
  }

  /** Carries out the core's effects. */
  collect(): void {
    this.drain.effects();
  }

  private deliver(effects: readonly DeliveredEffect[]): void {
    for (const effect of effects) {
      switch (effect.type) {
        case 'reply':
          this.replies.set(effect.requestId, effect.outcome);
          break;
        case 'applied':
          this.applied.push(effect.commit.candidate);
          this.commits.push(effect.commit);
          this.listener.applied(effect.commit);
          break;
        case 'send':
          this.outbox.push({ to: effect.to, message: effect.message });
          break;
        case 'read':
          this.reads.set(effect.requestId, effect.outcome);
          break;
        case 'readable':
          this.readables++;
          this.listener.readable();
          break;
        case 'blocked':
          this.blocked = effect.error;
          break;
        case 'stopped':
          this.stopped = effect.error;
          break;
      }
    }
    this.listener.endOfBatch(() => {
      const snapshot = this.core.currentState === 'stopped' ? undefined : this.core.localSnapshot();
      return snapshot && { root: snapshot.root, index: this.core.status().appliedIndex };
    });
  }

  read(path: string): unknown {
    return this.core.readSnapshot()?.read(path);
  }
}

/** Several shards of one datastore whose messages to each other are routed by `settle`. */
export class ShardCluster {
  readonly shards = new Map<string, ShardDriver>();
  /** Messages to these shards are held back. */
  readonly unreachable = new Set<string>();
  /** Drops the peer messages it returns true for (a lost message). */
  lose: ((to: string, message: ShardPeerMessage) => boolean) | undefined;

  constructor(
    schema: SchemaContext,
    names: readonly string[],
    overrides: Partial<ShardCoreConfig> = {},
  ) {
    for (const name of names) this.shards.set(name, new ShardDriver(schema, name, overrides));
  }

  get(name: string): ShardDriver {
    const shard = this.shards.get(name);
    if (shard === undefined) throw new Error(`no shard ${name}`);
    return shard;
  }

  /** Runs every shard and delivers messages until nothing moves. */
  settle(): void {
    for (let round = 0; round < 1000; round++) {
      let moved = false;
      for (const shard of this.shards.values()) shard.run();
      for (const shard of this.shards.values()) {
        const keep: typeof shard.outbox = [];
        for (const m of shard.outbox.splice(0)) {
          if (this.unreachable.has(m.to)) {
            keep.push(m);
            continue;
          }
          if (this.lose?.(m.to, m.message) === true) continue;
          this.get(m.to).core.receive(m.message);
          moved = true;
        }
        shard.outbox.push(...keep);
      }
      if (!moved) return;
    }
    throw new Error('the shards did not settle');
  }
}

/**
 * The replicas of one shard on several members, as one Raft group: `settle` runs every replica and
 * delivers Raft messages (and the shard peer messages they send) until nothing moves; messages to or
 * from a replica in `cut` are dropped, as a partition would.
 */
export class ShardGroup {
  readonly replicas = new Map<string, ShardDriver>();
  /** Members cut off from the others. */
  readonly cut = new Set<string>();
  /** Drops the Raft messages it returns true for (a selective fault). */
  drop: ((message: RaftMessage) => boolean) | undefined;
  readonly shardName: string;

  constructor(
    schema: SchemaContext,
    shardName: string,
    members: readonly string[],
    overrides: Partial<ShardCoreConfig> = {},
    learners: readonly string[] = [],
  ) {
    this.shardName = shardName;
    const id = (m: string): string => `${m}-shard-${shardName}-config`;
    const voters = members.map(id);
    for (const m of [...members, ...learners]) {
      this.replicas.set(
        m,
        new ShardDriver(
          schema,
          shardName,
          { ...overrides, id: id(m) },
          { voters, learners: learners.map(id), seed: 7 + this.replicas.size },
        ),
      );
    }
  }

  get(member: string): ShardDriver {
    const r = this.replicas.get(member);
    if (r === undefined) throw new Error(`no replica on ${member}`);
    return r;
  }

  /** The member whose replica leads and has caught up (takes transactions), if any. */
  leader(): string | undefined {
    for (const [m, r] of this.replicas) {
      if (this.cut.has(m)) continue;
      if (r.core.leads) return m;
    }
    return undefined;
  }

  private memberOf(replicaId: string): string {
    return replicaId.slice(0, replicaId.indexOf('-shard-'));
  }

  /** Runs every replica and delivers messages until nothing moves. */
  settle(): void {
    for (let round = 0; round < 10_000; round++) {
      let moved = false;
      for (const r of this.replicas.values()) r.run();
      for (const [m, r] of this.replicas) {
        for (const message of r.raftOutbox.splice(0)) {
          const to = this.memberOf(message.to);
          if (this.cut.has(m) || this.cut.has(to) || this.drop?.(message) === true) continue;
          this.replicas.get(to)?.core.step(message);
          moved = true;
        }
      }
      if (!moved) return;
    }
    throw new Error('the group did not settle');
  }

  /** `n` ticks on every replica, settling after each. */
  tick(n = 1): void {
    for (let i = 0; i < n; i++) {
      for (const r of this.replicas.values()) r.core.tick();
      this.settle();
    }
  }

  /** Ticks until a replica leads and has caught up; returns its member. */
  elect(maxTicks = 200): string {
    for (let i = 0; i < maxTicks; i++) {
      const leader = this.leader();
      if (leader !== undefined) return leader;
      this.tick();
    }
    throw new Error(`no leader within ${maxTicks} ticks`);
  }
}

/** The value at `path` in a read's snapshot; throws when the read failed or is not answered. */
export function readValue(outcome: ReadOutcome | undefined, path: string): unknown {
  if (outcome === undefined) throw new Error('the read is not answered');
  if (!outcome.ok) throw outcome.error;
  return outcome.snapshot.read(path);
}

/**
 * A replicated shard group in one process, for the integration tests and the bench: the replicas of
 * one shard (`default`, which every path routes to) on several "members", each a real shard actor
 * (src/shard/shard-actor.ts) with its own LevelDB journal (a RaftStore in its own temp dir) and its
 * own real tick timer, talking over the in-process network (src/shard/shard-network.ts). Each
 * member's clients are the production transaction proxies (TransactionProxy through a ShardClient
 * over a ReplicaSetLocator, src/txn/replica-locator.ts), which find the leader by following the
 * replicas' NotShardLeaderError answers. Nothing is mocked: only the network is in-process.
 *
 * A member can be stopped (its actor closed, its journal closed), killed (stopped at once, as a dead
 * process: what it had in flight fails), and restarted from its journal (a new actor, a new
 * incarnation on the network). A group of one member is the single-member case, through the same
 * code (the bench compares the two).
 *
 * With `overTcp`, each member has its own ClusterTransport on 127.0.0.1 (a free port) and its own
 * TransportShardNetwork over it (src/cluster/shard-transport-network.ts): the replicas talk over real
 * sockets, as members in separate processes do. A member's transport outlives its replica's restarts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRaftStore, type RaftStore } from '../../src/persistence/raft-store.js';
import { ActorSystem } from '../../src/runtime/actors.js';
import { silentLogger } from '../../src/runtime/logger.js';
import { realTimers } from '../../src/runtime/timers.js';
import { ShardRouter } from '../../src/shard/routing.js';
import { startShard, type Shard } from '../../src/shard/shard-actor.js';
import {
  InProcessShardNetwork,
  type InProcessNetworkOptions,
} from '../../src/shard/shard-network.js';
import type { AppliedCommit, ShardCoreConfig, ShardStatus } from '../../src/shard/shard-types.js';
import { binaryTreeCodec } from '../../src/shard/tree-codec.js';
import { encodeTree } from '../../src/tree/binary-codec.js';
import { DataTree } from '../../src/tree/data-tree.js';
import type { DataTreeSnapshot } from '../../src/tree/modification.js';
import { pathCodec } from '../../src/tree/path.js';
import { IdleTracker, type ProxyContext } from '../../src/txn/context.js';
import { ReplicaSetLocator, type ReplicaAccess } from '../../src/txn/replica-locator.js';
import { ShardClient } from '../../src/txn/shard-client.js';
import type { ReadMode } from '../../src/txn/shard-locator.js';
import { TransactionProxy } from '../../src/txn/transaction-proxy.js';
import { VisibilityGate } from '../../src/txn/visibility-gate.js';
import { SeededRng } from '../../src/util/rng.js';
import type { ClusterTransport } from '../../src/cluster/transport.js';
import { TransportShardNetwork } from '../../src/cluster/shard-transport-network.js';
import type { TransportSettings } from '../../src/config/types.js';
import type { ShardNetwork } from '../../src/shard/shard-network.js';
import {
  membersOnFreePorts,
  startTransport,
  TEST_TRANSPORT_SETTINGS,
} from './transport-cluster.js';
import { shardCodec } from '../../src/wire/shard-codec.js';
import type { SchemaContext } from '../../src/yang/schema.js';
import type { CommitMode } from '../../src/shard/shard-core.js';
import type { ReadyTransaction } from '../../src/shard/shard-types.js';

export const GROUP_SHARD = 'default';

/** The replica id of the group's shard on `member`, as production names it. */
export function groupReplicaId(member: string): string {
  return `${member}-shard-${GROUP_SHARD}-config`;
}

export interface ReplicatedGroupOptions {
  readonly schema: SchemaContext;
  /** Member names; default three. */
  readonly members?: readonly string[] | undefined;
  /** The tick period of every replica's timer (ms). Default 20. */
  readonly tickMs?: number | undefined;
  /** Core settings over the defaults (ticks: election 25, heartbeat 1). */
  readonly core?: Partial<ShardCoreConfig> | undefined;
  /** The proxies' operation timeout (ms). Default 2,000. */
  readonly operationTimeoutMs?: number | undefined;
  readonly faults?: InProcessNetworkOptions['faults'];
  /** Seed of the replicas' Rngs (election timeouts). */
  readonly seed?: number | undefined;
  /** Each member talks over its own ClusterTransport (real TCP on 127.0.0.1) instead of in-process. */
  readonly overTcp?: boolean | undefined;
  /** The transports' settings with `overTcp` (default: the transport tests' fast settings). */
  readonly transportSettings?: TransportSettings | undefined;
}

/** A member's transport and the shard network over it (`overTcp`). */
export interface TcpLink {
  readonly transport: ClusterTransport;
  readonly network: TransportShardNetwork;
}

/** One member's replica: its journal outlives its actors. */
class Member implements ReplicaAccess {
  readonly name: string;
  readonly id: string;
  readonly dir: string;
  store: RaftStore | undefined;
  current: Shard | undefined;
  timer: NodeJS.Timeout | undefined;
  /** Every commit this replica applied, across its incarnations (the live ones). */
  readonly applied: AppliedCommit[] = [];

  constructor(name: string, dir: string) {
    this.name = name;
    this.id = groupReplicaId(name);
    this.dir = dir;
  }

  // ReplicaAccess over whichever incarnation runs now.
  get soleVoter(): boolean {
    return this.shard.soleVoter;
  }
  get down(): boolean {
    return this.current === undefined || this.current.down;
  }
  get shard(): Shard {
    const shard = this.current;
    if (shard === undefined) throw new Error(`${this.name} is not running`);
    return shard;
  }
  readSnapshot(): DataTreeSnapshot | undefined {
    return this.shard.readSnapshot();
  }
  whenReadable(): Promise<void> {
    return this.shard.whenReadable();
  }
  read(mode: ReadMode): Promise<DataTreeSnapshot> {
    return this.shard.read(mode);
  }
  submit(tx: ReadyTransaction, mode: CommitMode): Promise<void> {
    return this.shard.submit(tx, mode);
  }
  canCommit(txId: string): Promise<void> {
    return this.shard.canCommit(txId);
  }
  preCommit(txId: string): Promise<void> {
    return this.shard.preCommit(txId);
  }
  commit(txId: string): Promise<void> {
    return this.shard.commit(txId);
  }
  abort(txId: string): Promise<void> {
    return this.shard.abort(txId);
  }
  closeChain(chainId: string): void {
    this.shard.closeChain(chainId);
  }
}

/** The replicas of one shard on several members in this process. See the file comment. */
export class ReplicatedGroup {
  readonly network: InProcessShardNetwork;
  readonly members: readonly string[];
  readonly operationTimeoutMs: number;
  private readonly schema: SchemaContext;
  private readonly system: ActorSystem;
  private readonly byName = new Map<string, Member>();
  private readonly tickMs: number;
  private readonly coreConfig: Omit<ShardCoreConfig, 'id'>;
  private readonly router: ShardRouter;
  private readonly contexts = new Map<string, ProxyContext>();
  private readonly root: string;
  /** Per member, with `overTcp`. */
  readonly tcp = new Map<string, TcpLink>();
  private seed: number;
  private closed = false;

  private constructor(options: ReplicatedGroupOptions, root: string) {
    this.schema = options.schema;
    this.members = options.members ?? ['member-1', 'member-2', 'member-3'];
    this.tickMs = options.tickMs ?? 20;
    this.operationTimeoutMs = options.operationTimeoutMs ?? 2000;
    this.seed = options.seed ?? 1;
    this.root = root;
    this.network = new InProcessShardNetwork({ timers: realTimers, faults: options.faults });
    this.system = ActorSystem.start(`replicated-group-${root.split('-').pop()}`);
    this.coreConfig = {
      shardName: GROUP_SHARD,
      schema: options.schema,
      treeType: 'config',
      commitQueueCapacity: 20_000,
      snapshotBatchCount: 20_000,
      snapshotThresholdBytes: 64 * 1024 * 1024,
      snapshotReplayBytesMin: 0,
      commitTimeoutTicks: Math.ceil(30_000 / this.tickMs),
      idleTimeoutTicks: Math.ceil(600_000 / this.tickMs),
      resolveRetryTicks: Math.ceil(1000 / this.tickMs),
      electionTicks: 25,
      heartbeatTicks: 1,
      inflightAppendsMax: 256,
      appendBytesMax: 1024 * 1024,
      snapshotChunkBytes: 1024 * 1024,
      ...options.core,
    };
    this.router = new ShardRouter(options.schema, {
      prefixes: [],
      moduleShards: new Map(),
      defaultShard: GROUP_SHARD,
      replicas: new Map([[GROUP_SHARD, [...this.members]]]),
    });
    for (const name of this.members) {
      this.byName.set(name, new Member(name, join(root, name)));
    }
  }

  /** Opens every member's journal and starts its replica. */
  static async start(options: ReplicatedGroupOptions): Promise<ReplicatedGroup> {
    const root = mkdtempSync(join(tmpdir(), 'canopy-group-'));
    const group = new ReplicatedGroup(options, root);
    if (options.overTcp === true) await group.startTransports(options.transportSettings);
    for (const name of group.members) await group.restart(name);
    return group;
  }

  /** The member's replica (throws when it is not running). */
  shard(member: string): Shard {
    return this.member(member).shard;
  }

  /** Whether the member's replica runs. */
  running(member: string): boolean {
    return !this.member(member).down;
  }

  /** Every commit the member's replica applied live, in its order, across its incarnations. */
  applied(member: string): readonly AppliedCommit[] {
    return this.member(member).applied;
  }

  status(member: string): ShardStatus {
    return this.shard(member).status();
  }

  /** The running member whose replica leads in the highest term, if any. */
  leader(): string | undefined {
    let best: { name: string; term: number } | undefined;
    for (const name of this.members) {
      if (!this.running(name)) continue;
      const s = this.status(name);
      if (
        s.role === 'leader' &&
        s.state === 'running' &&
        (best === undefined || s.term > best.term)
      ) {
        best = { name, term: s.term };
      }
    }
    return best?.name;
  }

  /** Waits until some running replica leads (and is readable); returns its member. */
  async waitForLeader(timeoutMs = 5000): Promise<string> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const leader = this.leader();
      if (leader !== undefined && this.shard(leader).readSnapshot() !== undefined) return leader;
      // (A leader's readSnapshot is its committed tree once it applied its log up to its term.)
      if (performance.now() > deadline) {
        const states = this.members
          .filter((m) => this.running(m))
          .map((m) => `${m}: ${this.status(m).role} term ${this.status(m).term}`);
        throw new Error(`no leader within ${timeoutMs} ms (${states.join('; ')})`);
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** Waits until `cond` holds, checking every few ms; throws after `timeoutMs`. */
  async until(
    cond: () => boolean | Promise<boolean>,
    what: string,
    timeoutMs = 5000,
  ): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (!(await cond())) {
      if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** A read-write transaction of a client on `member` (the production TransactionProxy). */
  newReadWriteTransaction(member: string = this.members[0]!): TransactionProxy {
    return new TransactionProxy(this.context(member), true);
  }

  /** A read-only transaction of a client on `member` (linearizable reads, through the leader). */
  newReadOnlyTransaction(member: string = this.members[0]!): TransactionProxy {
    return new TransactionProxy(this.context(member), false, undefined, 'linearizable');
  }

  /** The member's committed tree as bytes (to compare replicas). */
  async treeBytes(member: string): Promise<Uint8Array> {
    return encodeTree((await this.localSnapshot(member)).root);
  }

  /** The member's committed tree (a local read of its replica: a follower's may lag). */
  localSnapshot(member: string): Promise<DataTreeSnapshot> {
    return this.shard(member).read('local');
  }

  /** Closes the member's replica (finishing what it handed to Raft) and its journal. */
  async stop(member: string): Promise<void> {
    const m = this.member(member);
    if (m.current === undefined) return;
    await this.halt(m, () => m.current!.close());
  }

  /** Kills the member's replica at once (see Shard.kill), then closes its journal. */
  async kill(member: string): Promise<void> {
    const m = this.member(member);
    if (m.current === undefined) return;
    await this.halt(m, () => m.current!.kill());
  }

  /** Starts the member's replica from its journal (a new one the first time). */
  async restart(member: string): Promise<void> {
    const m = this.member(member);
    if (m.current !== undefined && !m.current.down) return;
    m.store = await openRaftStore(m.dir);
    const config: ShardCoreConfig = { ...this.coreConfig, id: m.id };
    const shard = startShard({
      system: this.system,
      config,
      storage: m.store.group(m.id),
      codecs: { codec: shardCodec, treeCodec: binaryTreeCodec },
      rng: new SeededRng(this.seed++),
      logger: silentLogger(),
      network: this.networkOf(member),
      voters: this.members.map(groupReplicaId),
      onApplied: (commit) => {
        m.applied.push(commit);
      },
    });
    m.current = shard;
    m.timer = setInterval(() => {
      shard.tick();
    }, this.tickMs);
    await shard.whenLoaded();
  }

  /** Journal syncs of the member's store since it was opened last. */
  syncs(member: string): number {
    return this.member(member).store?.stats().syncs ?? 0;
  }

  /** Stops everything and removes the journals. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const name of this.members) {
      const m = this.member(name);
      if (m.current !== undefined && !m.current.down) await this.halt(m, () => m.current!.kill());
    }
    for (const ctx of this.contexts.values()) ctx.idle.stop();
    for (const link of this.tcp.values()) {
      link.network.close();
      await link.transport.close();
    }
    this.system.shutdown();
    rmSync(this.root, { recursive: true, force: true });
  }

  private async halt(m: Member, stop: () => Promise<void>): Promise<void> {
    // The timer ticks on while closing: a replica of a group waits for its majority for a while.
    await stop();
    clearInterval(m.timer);
    m.timer = undefined;
    await m.store?.close();
    m.store = undefined;
  }

  private async startTransports(settings: TransportSettings | undefined): Promise<void> {
    const addresses = await membersOnFreePorts(this.members.length);
    const members = addresses.map((a, i) => ({ ...a, name: this.members[i]! }));
    for (const name of this.members) {
      const { transport } = await startTransport(members, name, {
        settings: settings ?? TEST_TRANSPORT_SETTINGS,
        logger: silentLogger(),
      });
      const network = new TransportShardNetwork({
        transport,
        datastore: 'config',
        replicas: new Map([[GROUP_SHARD, [...this.members]]]),
        messageBytesMax: (settings ?? TEST_TRANSPORT_SETTINGS).messageBytesMax,
      });
      this.tcp.set(name, { transport, network });
    }
  }

  private networkOf(member: string): ShardNetwork {
    return this.tcp.get(member)?.network ?? this.network;
  }

  private member(name: string): Member {
    const m = this.byName.get(name);
    if (m === undefined) throw new RangeError(`no member ${name}`);
    return m;
  }

  private context(member: string): ProxyContext {
    let ctx = this.contexts.get(member);
    if (ctx !== undefined) return ctx;
    const order = [member, ...this.members.filter((m) => m !== member)].map((n) => this.member(n));
    const scratch = new DataTree(this.schema, { treeType: 'config' });
    let counter = 0;
    ctx = {
      storeName: 'config',
      router: this.router,
      paths: pathCodec(this.schema),
      shards: new ShardClient(new ReplicaSetLocator(() => order, member), realTimers),
      // No pinning of local snapshots: a follower's tree may be stale; reads go to the leader.
      localShards: [],
      visibility: new VisibilityGate([], this.operationTimeoutMs / 2, realTimers),
      operationTimeoutMs: this.operationTimeoutMs,
      readableTimeoutMs: this.operationTimeoutMs,
      nextTransactionId: () => `${member}-tx-${++counter}`,
      checkOpen: () => {
        if (this.closed) throw new Error('the group is closed');
      },
      scratchModification: () => scratch.takeSnapshot().newModification(),
      idle: new IdleTracker(600_000, realTimers),
      timers: realTimers,
    };
    this.contexts.set(member, ctx);
    return ctx;
  }
}

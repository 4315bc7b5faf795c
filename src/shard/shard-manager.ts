/**
 * The ShardManager of one datastore (design 003: "The ShardManager looks at the configuration of the
 * cluster, and automatically creates all the local shards... and provides a mechanism to locate the
 * shard to which a message needs to be sent"; ODL's ShardManager). It spawns one Shard actor per local
 * replica of the datastore (`member-1-shard-inventory-config`), builds the router of the shard
 * strategies (routing.ts), and ticks the shards from one real timer. The shards reach each other (the
 * messages that settle multi-shard transactions) over a ShardNetwork (shard-network.ts): by default an
 * in-process network of this member alone, the same port a replicated group uses between members.
 *
 * Each replica starts with its shard's voters from module-shards.conf: the replica ids of every member
 * in the shard's `replicas` (one voter on a single member, which elects itself at once). Its journal
 * comes through `storageFor` (a group of the member's LevelDB store, or memory for a non-persistent
 * datastore), so this layer imports no persistence. With replicas on other members the owner passes
 * a network over the cluster transport (src/cluster/shard-transport-network.ts); a journal created
 * for other voters refuses to load (ShardVotersMismatchError, shard-actor.ts).
 */
import type { Config, DatastoreType } from '../config/types.js';
import { localShards, shardId, shardRoutingTable, type LocalShard } from '../config/shards.js';
import type { ActorRef, ActorSystem } from '../runtime/actors.js';
import type { Logger } from '../runtime/logger.js';
import type { MemberMetrics } from '../runtime/metrics.js';
import type { Rng } from '../util/rng.js';
import type { DurableRaftStorage } from '../raft/storage.js';
import type { SchemaContext } from '../yang/schema.js';
import { ShardUnavailableError } from './errors.js';
import type { ShardCodec } from './payload.js';
import { ShardRouter } from './routing.js';
import { startShard, type Shard } from './shard-actor.js';
import { InProcessShardNetwork, type ShardNetwork } from './shard-network.js';
import type { AppliedCommit, ShardCoreConfig, ShardStatus } from './shard-types.js';
import type { TreeCodec } from './tree-codec.js';

/** What the manager of one datastore needs. */
export interface ShardManagerOptions {
  readonly system: ActorSystem;
  readonly config: Config;
  readonly datastore: DatastoreType;
  readonly schema: SchemaContext;
  readonly logger: Logger;
  /** The journal of one replica (by replica id). */
  readonly storageFor: (replica: LocalShard) => DurableRaftStorage;
  readonly codecs: { readonly codec: ShardCodec; readonly treeCodec: TreeCodec };
  readonly rng: Rng;
  /**
   * The JavaScript heap limit in bytes (v8's heap_size_limit): shard-snapshot-data-threshold-percentage
   * is a share of it, as ODL's is of the JVM heap.
   */
  readonly heapLimitBytes: number;
  /** Every committed candidate of a shard, in that shard's commit order (none while it recovers). */
  readonly onApplied: (shard: string, commit: AppliedCommit) => void;
  /** The tick period; default shard-heartbeat-interval-in-millis. */
  readonly tickMs?: number | undefined;
  /** Where each shard counts its commits and aborts; default nowhere. */
  readonly metrics?: MemberMetrics | undefined;
  /** How the shards reach each other; default an in-process network of this member's shards. */
  readonly network?: ShardNetwork | undefined;
}

type ManagerMessage = { readonly type: 'tick' };

/** Tick counts of a duration (at least one tick). */
function ticksOf(ms: number, tickMs: number): number {
  return Math.max(1, Math.ceil(ms / tickMs));
}

/**
 * The floor of the replay bound (ShardCoreConfig.snapshotReplayBytesMin) while
 * shard-snapshot-data-threshold is 0: a journal of this many bytes replays in about 2 s on the
 * 2-core machine of docs/PERFORMANCE.md even in the worst case measured there (a million 44-byte
 * list entries merged a thousand at a time), and with the default shard-snapshot-batch-count (20000
 * entries) only commits larger than 800 bytes reach it first.
 */
export const SNAPSHOT_REPLAY_BYTES_MIN = 16 * 1024 * 1024;

/** The snapshot data threshold in bytes: the absolute setting when set, else the heap share. */
export function snapshotThresholdBytes(
  settings: LocalShard['settings'],
  heapLimitBytes: number,
): number {
  if (settings.shardSnapshotDataThresholdBytes > 0) return settings.shardSnapshotDataThresholdBytes;
  return Math.floor((heapLimitBytes * settings.shardSnapshotDataThresholdPercentage) / 100);
}

/** The core configuration of one local replica. */
export function shardCoreConfig(
  replica: LocalShard,
  schema: SchemaContext,
  heapLimitBytes: number,
  tickMs: number,
): ShardCoreConfig {
  const s = replica.settings;
  return {
    id: replica.id,
    shardName: replica.shardName,
    schema,
    treeType: replica.datastore,
    commitQueueCapacity: s.shardTransactionCommitQueueCapacity,
    snapshotBatchCount: s.shardSnapshotBatchCount,
    snapshotThresholdBytes: snapshotThresholdBytes(s, heapLimitBytes),
    // An absolute shard-snapshot-data-threshold is the operator's whole policy; the default (0, a
    // share of the heap) adds the replay bound, which the heap share alone never reaches for a
    // journal of large commits (a million list entries are 44 MB of journal, 12% of a 4 GB heap is 490).
    snapshotReplayBytesMin: s.shardSnapshotDataThresholdBytes > 0 ? 0 : SNAPSHOT_REPLAY_BYTES_MIN,
    commitTimeoutTicks: ticksOf(s.shardTransactionCommitTimeoutMs, tickMs),
    idleTimeoutTicks: ticksOf(s.shardTransactionIdleTimeoutMs, tickMs),
    resolveRetryTicks: ticksOf(s.shardTransactionResolveIntervalMs, tickMs),
    electionTicks: Math.max(
      2,
      Math.round((s.shardHeartbeatIntervalMs * s.shardElectionTimeoutFactor) / tickMs),
    ),
    heartbeatTicks: Math.max(1, Math.round(s.shardHeartbeatIntervalMs / tickMs)),
    inflightAppendsMax: s.shardAppendEntriesInflightMax,
    appendBytesMax: s.shardAppendEntriesBytesMax,
    snapshotChunkBytes: s.shardSnapshotChunkBytes,
  };
}

/** The voters of a replica's shard: the replica id of every member in its `replicas`. */
export function replicaVoters(replica: LocalShard): string[] {
  return replica.replicas.map((member) => shardId(member, replica.shardName, replica.datastore));
}

/** The local shards of one datastore. */
export class ShardManager {
  readonly datastore: DatastoreType;
  readonly router: ShardRouter;
  /** Local replicas by shard name. */
  readonly shards: ReadonlyMap<string, Shard>;
  readonly memberName: string;
  private readonly system: ActorSystem;
  private readonly ref: ActorRef<ManagerMessage>;
  private readonly timer: NodeJS.Timeout;
  private closed: Promise<void> | undefined;

  private constructor(
    options: ShardManagerOptions,
    router: ShardRouter,
    shards: Map<string, Shard>,
    ref: ActorRef<ManagerMessage>,
    timer: NodeJS.Timeout,
  ) {
    this.datastore = options.datastore;
    this.memberName = options.config.memberName;
    this.system = options.system;
    this.router = router;
    this.shards = shards;
    this.ref = ref;
    this.timer = timer;
  }

  /**
   * Builds the router (throws ShardConfigError for a prefix the schema does not allow) and spawns the
   * datastore's local shards, which start loading their journals.
   */
  static start(options: ShardManagerOptions): ShardManager {
    const { system, config, datastore, schema } = options;
    const router = new ShardRouter(schema, shardRoutingTable(config));
    const replicas = localShards(config).filter((r) => r.datastore === datastore);
    const first = replicas[0];
    const tickMs = options.tickMs ?? first?.settings.shardHeartbeatIntervalMs ?? 500;
    const shards = new Map<string, Shard>();
    const managerName = `${config.memberName}-shard-manager-${datastore}`;
    const ref = system.spawn<Map<string, Shard>, ManagerMessage>(
      managerName,
      (st) => {
        st.forEach((shard) => {
          shard.tick();
        });
        return st;
      },
      shards,
    );
    const network = options.network ?? new InProcessShardNetwork();
    for (const replica of replicas) {
      const shard = startShard({
        system,
        config: shardCoreConfig(replica, schema, options.heapLimitBytes, tickMs),
        storage: options.storageFor(replica),
        codecs: options.codecs,
        rng: options.rng.fork(),
        logger: options.logger,
        network,
        voters: replicaVoters(replica),
        onApplied: (commit) => {
          options.onApplied(replica.shardName, commit);
        },
        metrics: options.metrics?.shard(replica.shardName, datastore),
      });
      shards.set(replica.shardName, shard);
    }
    const timer = setInterval(() => {
      system.dispatch(ref, { type: 'tick' });
    }, tickMs);
    timer.unref();
    return new ShardManager(options, router, shards, ref, timer);
  }

  /** The local replica of shard `name`; throws ShardUnavailableError when there is none. */
  shard(name: string): Shard {
    const shard = this.shards.get(name);
    if (shard === undefined) {
      throw new ShardUnavailableError(
        `${this.memberName}-shard-${name}-${this.datastore}`,
        `member ${this.memberName} holds no replica of shard ${name}; reaching a shard on other ` +
          'members only is not in this release',
      );
    }
    return shard;
  }

  /** Resolves once every shard finished loading its journal (running, or stopped with a reason). */
  async whenLoaded(): Promise<void> {
    await Promise.all([...this.shards.values()].map((s) => s.whenLoaded()));
  }

  /** Every local replica's status, in shard name order. */
  status(): ShardStatus[] {
    return [...this.shards.keys()].sort().map((name) => this.shards.get(name)!.status());
  }

  /** Closes every shard (see Shard.close) and stops the manager. Idempotent. */
  close(): Promise<void> {
    this.closed ??= (async () => {
      clearInterval(this.timer);
      await Promise.all([...this.shards.values()].map((s) => s.close()));
      this.system.stop(this.ref);
    })();
    return this.closed;
  }
}

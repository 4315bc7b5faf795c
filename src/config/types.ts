/**
 * The typed configuration of a canopy member: what conf/canopy.conf, conf/modules.conf and
 * conf/module-shards.conf say once validated, with environment variables and command-line flags
 * applied. Design 003's ClusteringConfiguration: the members of the cluster, which shards live on
 * each member, and what data goes in each shard.
 *
 * Invariants (established by validate.ts, relied on by everything downstream): a `Config` is deeply
 * frozen; `memberName` is one of `cluster.members`; member names, shard names and module names are
 * each unique; every replica is a cluster member; exactly one shard is named "default" (module
 * "default"); every module names an existing shard. Durations are in milliseconds and sizes in bytes
 * whatever unit the file's key uses (units are last in field names).
 */

/** The two datastores of MD-SAL: configuration data and operational (state) data. */
export type DatastoreType = 'config' | 'operational';

/** Both datastore types, in the order shards are listed. */
export const DATASTORE_TYPES: readonly DatastoreType[] = Object.freeze(['config', 'operational']);

/** The name of the shard that holds the data of every module modules.conf does not place. */
export const DEFAULT_SHARD_NAME = 'default';

/**
 * Settings of one datastore type, from `datastore { }` with its `config { }` or `operational { }`
 * block applied. Named after ODL's datastore.cfg keys (docs/CONFIGURATION.md maps each one).
 */
export interface DatastoreSettings {
  /** Whether shards keep a journal and snapshots on disk; false keeps the datastore in memory. */
  readonly persistent: boolean;
  /** A shard transaction idle this long is closed. */
  readonly shardTransactionIdleTimeoutMs: number;
  /** How long a request to a shard (local or remote) may take before it fails. */
  readonly operationTimeoutMs: number;
  /** A transaction in three-phase commit idle this long between phases is aborted. */
  readonly shardTransactionCommitTimeoutMs: number;
  /**
   * A participant of a multi-shard commit holding its prepared part this long without hearing the
   * outcome asks the coordinator shard, and again as often; far below the commit timeout.
   */
  readonly shardTransactionResolveIntervalMs: number;
  /** The most transactions a shard's commit queue holds; more are rejected. */
  readonly shardTransactionCommitQueueCapacity: number;
  /** Journal entries held in memory before a snapshot is taken. */
  readonly shardSnapshotBatchCount: number;
  /** Share of the JavaScript heap limit the in-memory journal may use before a snapshot, 0..100. */
  readonly shardSnapshotDataThresholdPercentage: number;
  /** In-memory journal size that triggers a snapshot; 0 means use the percentage instead. */
  readonly shardSnapshotDataThresholdBytes: number;
  /** Modifications (put, merge, delete) a transaction batches before sending them to the shard. */
  readonly shardBatchedModificationCount: number;
  /** Interval between a Raft leader's heartbeats. */
  readonly shardHeartbeatIntervalMs: number;
  /** Election timeout = heartbeat interval x this factor. */
  readonly shardElectionTimeoutFactor: number;
  /**
   * Raft flow control: AppendEntries messages a leader keeps in flight to one follower before it
   * waits for an answer (etcd's MaxInflightMsgs).
   */
  readonly shardAppendEntriesInflightMax: number;
  /** The most entry bytes one AppendEntries message carries (at least one entry is always sent). */
  readonly shardAppendEntriesBytesMax: number;
  /** A snapshot sent to a lagging replica travels in chunks of at most this many bytes. */
  readonly shardSnapshotChunkBytes: number;
  /** Interval at which a leader checks that a majority of followers is still active. */
  readonly shardIsolatedLeaderCheckIntervalMs: number;
  /** How long an operation waits for a shard to elect a leader before it fails. */
  readonly shardLeaderElectionTimeoutMs: number;
  /** How long an operation waits for a shard to recover from disk before it fails. */
  readonly shardInitializationTimeoutMs: number;
}

/** A member of the cluster and where its peers reach it (the TCP transport). */
export interface ClusterMember {
  readonly name: string;
  readonly host: string;
  readonly port: number;
}

/**
 * The member-to-member transport (src/cluster), `cluster.transport { }` of canopy.conf. Durations in
 * milliseconds, sizes in bytes.
 */
export interface TransportSettings {
  /** A dial and its handshake must finish within this long. */
  readonly connectTimeoutMs: number;
  /** Reconnect backoff: the first retry waits about this long, doubling up to `backoffMaxMs` (jittered). */
  readonly backoffMinMs: number;
  readonly backoffMaxMs: number;
  /** A connection that has sent nothing this long sends a heartbeat frame. */
  readonly heartbeatIntervalMs: number;
  /** A connection that has received nothing this long is closed (and redialed). */
  readonly idleTimeoutMs: number;
  /** Largest frame sent or accepted (protobuf bytes after the 4-byte length); larger closes the connection. */
  readonly frameBytesMax: number;
  /** Messages larger than this go as chunks of this size. */
  readonly chunkBytes: number;
  /** Largest message a send accepts and a receiver reassembles. */
  readonly messageBytesMax: number;
  /** Bytes of messages queued for one peer; a send beyond it is refused (backpressure). */
  readonly sendQueueBytesMax: number;
}

/**
 * Membership and failure detection (src/cluster/membership-core.ts), `cluster.membership { }` of
 * canopy.conf: heartbeats between members and the phi-accrual failure detector of each peer
 * (Hayashibara et al. 2004, as Akka and OpenDaylight configure it). Durations in milliseconds.
 */
export interface MembershipSettings {
  /** Each member sends a heartbeat to every connected peer this often. */
  readonly heartbeatIntervalMs: number;
  /** A peer whose phi reaches this is unreachable (Akka's `threshold`; 8 is about 1 in 10^8). */
  readonly phiThreshold: number;
  /** Heartbeats may pause this much longer than their mean interval before phi rises sharply. */
  readonly acceptableHeartbeatPauseMs: number;
  /** The detector never assumes heartbeat intervals vary by less than this standard deviation. */
  readonly minStdDeviationMs: number;
  /** The interval assumed before a peer's first heartbeat gives a measured one. */
  readonly firstHeartbeatEstimateMs: number;
  /** Heartbeat intervals remembered per peer, the newest win. */
  readonly maxSampleSize: number;
  /** An unreachable member is marked down after this long; 0: never. */
  readonly downAfterMs: number;
}

/** The cluster: its name, its members and the transport between them. */
export interface ClusterConfig {
  /** Members of another cluster are refused at the handshake. */
  readonly name: string;
  readonly members: readonly ClusterMember[];
  readonly transport: TransportSettings;
  readonly membership: MembershipSettings;
}

/** Where RESTCONF listens, the URL clients reach it at, and its limits (settings.ts, HTTP_SETTINGS). */
export interface HttpConfig {
  readonly host: string;
  readonly port: number;
  /**
   * The URL clients reach RESTCONF at (`https://canopy.example.com`, no trailing '/'), from which the
   * server builds absolute URLs (event stream locations); undefined: from each request's Host header.
   */
  readonly publicUrl: string | undefined;
  /** Largest request body accepted; 413 beyond. */
  readonly bodyBytesMax: number;
  /** Longest a client may take to send a whole request; 0 for no limit. */
  readonly requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this long. */
  readonly keepAliveTimeoutMs: number;
  /** On close, connections still open this long after the streams ended are dropped. */
  readonly closeGraceMs: number;
  /** Most event streams open at once; 503 beyond. */
  readonly streamsMax: number;
  /** Most bytes a stream may have waiting for a slow client before it is cut off. */
  readonly streamBufferBytesMax: number;
  /** A heartbeat comment goes to each stream this often; 0 for never. */
  readonly streamHeartbeatIntervalMs: number;
  /** Most named streams (sal-remote's create-data-change-event-subscription) at once; 409 beyond. */
  readonly namedStreamsMax: number;
  /** A named stream without subscribers is removed this long after its last one left. */
  readonly namedStreamIdleMs: number;
  /** `http.access-log`: one info line per request (method, url, status, duration, bytes, client). */
  readonly accessLog: boolean;
}

/** When a synced journal write's acknowledgement waits for the journal's high-water file. */
export type SyncedHighWaterMode = 'strict' | 'trailing' | 'off';

/** The member's journal (`journal { }` of canopy.conf). */
export interface JournalConfig {
  /**
   * `trailing` (default): the high-water file that finds lost synced writes at start is updated in
   * the background; `strict`: every acknowledgement waits for it; `off`: no file, no check.
   */
  readonly syncedHighWater: SyncedHighWaterMode;
}

/**
 * The RPC route registry (`rpc { }` of canopy.conf): how often each member gossips its route versions
 * to a random peer, and how long a member may stay down before its routes are dropped.
 */
export interface RpcConfig {
  /** Interval between two gossip rounds of a member (one Status to one random peer). */
  readonly gossipIntervalMs: number;
  /** The routes of a member down (unreachable) this long are dropped; >= gossipIntervalMs. */
  readonly downMemberExpiryMs: number;
  /** A call to an rpc implemented on another member fails with RpcTimeoutError after this long. */
  readonly requestTimeoutMs: number;
}

/** `examples { }` of canopy.conf: which shipped sample applications this member runs. */
export interface ExamplesConfig {
  /** `examples.toaster-provider`: run the toaster sample provider here (default true). */
  readonly toasterProvider: boolean;
}

/**
 * How a module's data is placed: `module` puts everything under the module's namespace in its shard;
 * `prefix` puts everything at or below `prefix` (an RFC 8040 path, checked only for shape here; the
 * shard layer resolves it against the schema) in its shard. The longest matching prefix wins over a
 * module entry, which wins over the default shard.
 */
export type ShardStrategy =
  { readonly type: 'module' } | { readonly type: 'prefix'; readonly prefix: string };

/** An entry of modules.conf. */
export interface ModuleConfig {
  /** The friendly name, which module-shards.conf refers to. */
  readonly name: string;
  /** The YANG namespace of the module whose data this entry places. */
  readonly namespace: string;
  readonly strategy: ShardStrategy;
  /** The shard module-shards.conf gives this module. */
  readonly shard: string;
}

/** A shard: one per module-shards.conf entry, plus the default shard. */
export interface ShardConfig {
  /** Unique across the cluster; part of each replica's id (`member-1-shard-<name>-config`). */
  readonly name: string;
  /** The module-shards.conf entry it comes from: a modules.conf name, or "default". */
  readonly module: string;
  /** Member names in the order written (design 003: the order suggests which replica leads). */
  readonly replicas: readonly string[];
}

/** The files a Config was read from, as named in messages. */
export interface ConfigFiles {
  readonly canopy: string;
  readonly modules: string;
  readonly moduleShards: string;
}

/** The validated, frozen configuration of one member. */
export interface Config {
  /** This member's name: one of `cluster.members`. */
  readonly memberName: string;
  /** Where persistent shards keep their data; relative paths are relative to the working directory. */
  readonly dataDir: string;
  readonly http: HttpConfig;
  readonly cluster: ClusterConfig;
  readonly datastore: { readonly [T in DatastoreType]: DatastoreSettings };
  readonly journal: JournalConfig;
  readonly rpc: RpcConfig;
  readonly examples: ExamplesConfig;
  /** modules.conf, in file order. */
  readonly modules: readonly ModuleConfig[];
  /** module-shards.conf, in file order; the default shard first when the file does not list it. */
  readonly shards: readonly ShardConfig[];
  readonly files: ConfigFiles;
}

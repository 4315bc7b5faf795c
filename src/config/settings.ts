/**
 * What canopy.conf may contain: every key, its type, range, unit and default. validate-canopy.ts,
 * overrides.ts and the docs test all read these tables, so a key exists in exactly one place.
 *
 * The datastore keys are OpenDaylight's (datastore.cfg and distributed-datastore-provider.yang), with
 * their defaults; units are in the key names as ODL writes them (`-in-seconds`, `-in-millis`). Ranges
 * follow ODL's YANG types except where noted: durations stop at what a Node.js timer can hold
 * (2^31-1 ms, about 24.8 days), `operation-timeout-in-seconds` may go below ODL's 5, and
 * `shard-election-timeout-factor` starts at 2 because Raft needs an election timeout longer than the
 * heartbeat interval.
 *
 * Pure data: no I/O.
 */
import type {
  DatastoreSettings,
  DatastoreType,
  MembershipSettings,
  RpcConfig,
  TransportSettings,
} from './types.js';

/** The largest duration in milliseconds a Node.js timer holds. */
export const TIMER_MS_MAX = 2 ** 31 - 1;
const UINT32_MAX = 2 ** 32 - 1;
const MIB = 1024 * 1024;

/** One key of `datastore { }` (and of its `config { }` and `operational { }` blocks). */
export interface DatastoreSettingSpec {
  /** The key in canopy.conf, ODL's name. */
  readonly key: string;
  readonly field: keyof DatastoreSettings;
  readonly kind: 'boolean' | 'integer';
  /** Inclusive range of the value as written (in `unit`); unused for booleans. */
  readonly min: number;
  readonly max: number;
  /** The unit of the value as written, for messages and docs. */
  readonly unit: string;
  /** field = value x scale (60000 turns minutes into milliseconds). */
  readonly scale: number;
  readonly defaults: { readonly [T in DatastoreType]: number | boolean };
}

function same(value: number | boolean): { readonly [T in DatastoreType]: number | boolean } {
  return { config: value, operational: value };
}

/** Every datastore key, in the order docs/CONFIGURATION.md lists them. */
export const DATASTORE_SETTINGS: readonly DatastoreSettingSpec[] = Object.freeze(
  (
    [
      {
        key: 'persistent',
        field: 'persistent',
        kind: 'boolean',
        min: 0,
        max: 0,
        unit: '',
        scale: 1,
        // ODL: persistent=true, and datastore.cfg sets operational.persistent=false.
        defaults: { config: true, operational: false },
      },
      durationSpec(
        'shard-transaction-idle-timeout-in-minutes',
        'shardTransactionIdleTimeoutMs',
        'minutes',
        1,
        10,
      ),
      durationSpec('operation-timeout-in-seconds', 'operationTimeoutMs', 'seconds', 1, 5),
      durationSpec(
        'shard-transaction-commit-timeout-in-seconds',
        'shardTransactionCommitTimeoutMs',
        'seconds',
        1,
        30,
      ),
      // canopy's own key: how soon a participant holding a prepare asks the coordinator (2PC).
      durationSpec(
        'shard-transaction-resolve-interval-in-millis',
        'shardTransactionResolveIntervalMs',
        'milliseconds',
        1,
        1000,
      ),
      countSpec(
        'shard-transaction-commit-queue-capacity',
        'shardTransactionCommitQueueCapacity',
        'transactions',
        1,
        UINT32_MAX,
        50000,
      ),
      countSpec(
        'shard-snapshot-batch-count',
        'shardSnapshotBatchCount',
        'journal entries',
        1,
        UINT32_MAX,
        20000,
      ),
      countSpec(
        'shard-snapshot-data-threshold-percentage',
        'shardSnapshotDataThresholdPercentage',
        'percent',
        0,
        100,
        12,
      ),
      {
        key: 'shard-snapshot-data-threshold',
        field: 'shardSnapshotDataThresholdBytes',
        kind: 'integer',
        min: 0,
        max: UINT32_MAX,
        unit: 'MiB',
        scale: MIB,
        defaults: same(0),
      },
      countSpec(
        'shard-batched-modification-count',
        'shardBatchedModificationCount',
        'modifications',
        1,
        UINT32_MAX,
        1000,
      ),
      // ODL's heartbeat-interval-type: uint16 from 100. The two defaults are not ODL's (500 ms x 20,
      // a 10 s election timeout): 100 ms x 4 elects a new leader within a second on one host
      // (docs/PERFORMANCE.md, leader failover), as issue 11 asks; the cost is an election after an
      // event-loop stall of over 400 ms on a leader (docs/CONFIGURATION.md says how to raise it).
      durationSpec(
        'shard-heartbeat-interval-in-millis',
        'shardHeartbeatIntervalMs',
        'milliseconds',
        100,
        100,
        65535,
      ),
      countSpec(
        'shard-election-timeout-factor',
        'shardElectionTimeoutFactor',
        'heartbeat intervals',
        2,
        1000,
        4,
      ),
      // Raft flow control and snapshot transfer (canopy's own keys: ODL sizes these differently).
      countSpec(
        'shard-append-entries-inflight-max',
        'shardAppendEntriesInflightMax',
        'messages',
        1,
        65536,
        256,
      ),
      countSpec(
        'shard-append-entries-bytes-max',
        'shardAppendEntriesBytesMax',
        'bytes',
        1024,
        256 * MIB,
        MIB,
      ),
      countSpec(
        'shard-snapshot-chunk-bytes',
        'shardSnapshotChunkBytes',
        'bytes',
        1024,
        256 * MIB,
        MIB,
      ),
      durationSpec(
        'shard-isolated-leader-check-interval-in-millis',
        'shardIsolatedLeaderCheckIntervalMs',
        'milliseconds',
        100,
        5000,
        65535,
      ),
      durationSpec(
        'shard-leader-election-timeout-in-seconds',
        'shardLeaderElectionTimeoutMs',
        'seconds',
        1,
        30,
      ),
      durationSpec(
        'shard-initialization-timeout-in-seconds',
        'shardInitializationTimeoutMs',
        'seconds',
        1,
        300,
      ),
    ] satisfies DatastoreSettingSpec[]
  ).map((spec) => Object.freeze(spec)),
);

function durationSpec(
  key: string,
  field: keyof DatastoreSettings,
  unit: 'minutes' | 'seconds' | 'milliseconds',
  min: number,
  value: number,
  max?: number,
): DatastoreSettingSpec {
  const scale = unit === 'minutes' ? 60_000 : unit === 'seconds' ? 1000 : 1;
  return {
    key,
    field,
    kind: 'integer',
    min,
    max: max ?? Math.floor(TIMER_MS_MAX / scale),
    unit,
    scale,
    defaults: same(value),
  };
}

function countSpec(
  key: string,
  field: keyof DatastoreSettings,
  unit: string,
  min: number,
  max: number,
  value: number,
): DatastoreSettingSpec {
  return { key, field, kind: 'integer', min, max, unit, scale: 1, defaults: same(value) };
}

/**
 * One limit of the RESTCONF server, a key of `http { }` (`body-bytes-max`, `streams.max`): an integer
 * in `unit`, which the key's last word names (TigerStyle: `-bytes-max`, `-ms`).
 */
export interface HttpSettingSpec {
  /** The key path below `http`, as written in canopy.conf (`streams.buffer-bytes-max`). */
  readonly key: string;
  readonly field: HttpLimitField;
  /** Inclusive range. */
  readonly min: number;
  readonly max: number;
  /** The unit, for messages and docs. */
  readonly unit: string;
  readonly default: number;
}

/** The fields of HttpConfig the `http` limits set. */
export type HttpLimitField =
  | 'bodyBytesMax'
  | 'requestTimeoutMs'
  | 'keepAliveTimeoutMs'
  | 'closeGraceMs'
  | 'streamsMax'
  | 'streamBufferBytesMax'
  | 'streamHeartbeatIntervalMs'
  | 'namedStreamsMax'
  | 'namedStreamIdleMs';

/**
 * The largest request body a member may accept: the body is read into one string before it is parsed,
 * and V8 strings hold at most 2^29-24 characters; 256 MiB stays well below that.
 */
export const HTTP_BODY_BYTES_LIMIT = 256 * MIB;

/** The `http` limits, in the order docs/CONFIGURATION.md lists them. */
export const HTTP_SETTINGS: readonly HttpSettingSpec[] = Object.freeze(
  (
    [
      httpSpec('body-bytes-max', 'bodyBytesMax', 1, HTTP_BODY_BYTES_LIMIT, 'bytes', 8 * MIB),
      httpSpec('request-timeout-ms', 'requestTimeoutMs', 0, TIMER_MS_MAX, 'milliseconds', 60_000),
      httpSpec(
        'keep-alive-timeout-ms',
        'keepAliveTimeoutMs',
        1,
        TIMER_MS_MAX,
        'milliseconds',
        72_000,
      ),
      httpSpec('close-grace-ms', 'closeGraceMs', 0, TIMER_MS_MAX, 'milliseconds', 10_000),
      httpSpec('streams.max', 'streamsMax', 0, 1_000_000, 'streams', 256),
      httpSpec('streams.buffer-bytes-max', 'streamBufferBytesMax', 1, 1024 * MIB, 'bytes', 4 * MIB),
      httpSpec(
        'streams.heartbeat-interval-ms',
        'streamHeartbeatIntervalMs',
        0,
        TIMER_MS_MAX,
        'milliseconds',
        15_000,
      ),
      httpSpec('streams.named-max', 'namedStreamsMax', 0, 1_000_000, 'streams', 1024),
      httpSpec(
        'streams.named-idle-ms',
        'namedStreamIdleMs',
        0,
        TIMER_MS_MAX,
        'milliseconds',
        300_000,
      ),
    ] satisfies HttpSettingSpec[]
  ).map((spec) => Object.freeze(spec)),
);

function httpSpec(
  key: string,
  field: HttpLimitField,
  min: number,
  max: number,
  unit: string,
  value: number,
): HttpSettingSpec {
  return { key, field, min, max, unit, default: value };
}

/**
 * One setting of the RPC route registry, a key of `rpc { }` (src/rpc/route-registry-core.ts): an
 * integer in `unit`, which the key's last word names.
 */
export interface RpcSettingSpec {
  /** The key below `rpc`, as written in canopy.conf. */
  readonly key: string;
  readonly field: keyof RpcConfig;
  /** Inclusive range. */
  readonly min: number;
  readonly max: number;
  readonly unit: string;
  readonly default: number;
}

/**
 * One setting of the member-to-member transport, a key of `cluster.transport { }` (src/cluster): an
 * integer in `unit`, which the key's last word names.
 */
export interface TransportSettingSpec {
  /** The key below `cluster.transport`, as written in canopy.conf. */
  readonly key: string;
  readonly field: keyof TransportSettings;
  /** Inclusive range. */
  readonly min: number;
  readonly max: number;
  readonly unit: string;
  readonly default: number;
}

/** The `rpc` settings, in the order docs/CONFIGURATION.md lists them. */
export const RPC_SETTINGS: readonly RpcSettingSpec[] = Object.freeze(
  (
    [
      // ODL's remote rpc gossip-tick-interval is 500 ms.
      {
        key: 'gossip-interval-ms',
        field: 'gossipIntervalMs',
        min: 10,
        max: TIMER_MS_MAX,
        unit: 'milliseconds',
        default: 500,
      },
      {
        key: 'down-member-expiry-ms',
        field: 'downMemberExpiryMs',
        min: 10,
        max: TIMER_MS_MAX,
        unit: 'milliseconds',
        default: 10_000,
      },
      // ODL's remote rpc ask-duration is 15 s; a toast of the shipped toaster takes up to 10 s.
      {
        key: 'request-timeout-ms',
        field: 'requestTimeoutMs',
        min: 10,
        max: TIMER_MS_MAX,
        unit: 'milliseconds',
        default: 30_000,
      },
    ] satisfies RpcSettingSpec[]
  ).map((spec) => Object.freeze(spec)),
);

/**
 * Bytes of a chunk frame besides its data (frame header, message id, subject, sizes): `chunk-bytes`
 * plus this must fit in `frame-bytes-max`. Subjects are at most 128 bytes (src/cluster).
 */
export const TRANSPORT_CHUNK_OVERHEAD_BYTES = 1024;

/** The transport settings, in the order docs/CONFIGURATION.md lists them. */
export const TRANSPORT_SETTINGS: readonly TransportSettingSpec[] = Object.freeze(
  (
    [
      transportSpec(
        'connect-timeout-ms',
        'connectTimeoutMs',
        1,
        TIMER_MS_MAX,
        'milliseconds',
        5000,
      ),
      transportSpec('backoff-min-ms', 'backoffMinMs', 1, TIMER_MS_MAX, 'milliseconds', 100),
      transportSpec('backoff-max-ms', 'backoffMaxMs', 1, TIMER_MS_MAX, 'milliseconds', 2000),
      transportSpec(
        'heartbeat-interval-ms',
        'heartbeatIntervalMs',
        10,
        TIMER_MS_MAX,
        'milliseconds',
        1000,
      ),
      transportSpec('idle-timeout-ms', 'idleTimeoutMs', 20, TIMER_MS_MAX, 'milliseconds', 5000),
      transportSpec('frame-bytes-max', 'frameBytesMax', 4096, 64 * MIB, 'bytes', MIB),
      transportSpec(
        'chunk-bytes',
        'chunkBytes',
        1024,
        64 * MIB - TRANSPORT_CHUNK_OVERHEAD_BYTES,
        'bytes',
        256 * 1024,
      ),
      transportSpec('message-bytes-max', 'messageBytesMax', 1, 1024 * MIB, 'bytes', 16 * MIB),
      transportSpec('send-queue-bytes-max', 'sendQueueBytesMax', 1, 4096 * MIB, 'bytes', 32 * MIB),
    ] satisfies TransportSettingSpec[]
  ).map((spec) => Object.freeze(spec)),
);

function transportSpec(
  key: string,
  field: keyof TransportSettings,
  min: number,
  max: number,
  unit: string,
  value: number,
): TransportSettingSpec {
  return { key, field, min, max, unit, default: value };
}

/** Every transport setting at its default. */
export const TRANSPORT_DEFAULTS: TransportSettings = Object.freeze(
  Object.fromEntries(
    TRANSPORT_SETTINGS.map((s) => [s.field, s.default]),
  ) as unknown as TransportSettings,
);

/**
 * One setting of membership and failure detection, a key of `cluster.membership { }`
 * (src/cluster/membership-core.ts): a number in `unit`, whole unless `kind` is `number`.
 */
export interface MembershipSettingSpec {
  /** The key below `cluster.membership`, as written in canopy.conf. */
  readonly key: string;
  readonly field: keyof MembershipSettings;
  readonly kind: 'integer' | 'number';
  /** Inclusive range. */
  readonly min: number;
  readonly max: number;
  readonly unit: string;
  readonly default: number;
}

/**
 * The membership settings, in the order docs/CONFIGURATION.md lists them. Akka's cluster failure
 * detector (which OpenDaylight uses) defaults to a 1 s heartbeat, threshold 8, a 3 s acceptable pause
 * and a 100 ms minimum deviation; canopy halves the heartbeat and the pause, since its members talk
 * over a LAN and Raft, not the detector, keeps the data safe: an unreachable member is detected in
 * about 2.5 s of silence with these defaults (docs/OPERATIONS.md, "Membership").
 */
export const MEMBERSHIP_SETTINGS: readonly MembershipSettingSpec[] = Object.freeze(
  (
    [
      membershipSpec(
        'heartbeat-interval-ms',
        'heartbeatIntervalMs',
        10,
        TIMER_MS_MAX,
        'milliseconds',
        500,
      ),
      {
        key: 'phi-threshold',
        field: 'phiThreshold',
        kind: 'number',
        min: 1,
        max: 100,
        unit: 'phi',
        default: 8,
      },
      membershipSpec(
        'acceptable-heartbeat-pause-ms',
        'acceptableHeartbeatPauseMs',
        0,
        TIMER_MS_MAX,
        'milliseconds',
        1500,
      ),
      membershipSpec(
        'min-std-deviation-ms',
        'minStdDeviationMs',
        1,
        TIMER_MS_MAX,
        'milliseconds',
        100,
      ),
      membershipSpec(
        'first-heartbeat-estimate-ms',
        'firstHeartbeatEstimateMs',
        1,
        TIMER_MS_MAX,
        'milliseconds',
        500,
      ),
      membershipSpec('max-sample-size', 'maxSampleSize', 2, 100_000, 'heartbeats', 1000),
      membershipSpec('down-after-ms', 'downAfterMs', 0, TIMER_MS_MAX, 'milliseconds', 10_000),
    ] satisfies MembershipSettingSpec[]
  ).map((spec) => Object.freeze(spec)),
);

function membershipSpec(
  key: string,
  field: keyof MembershipSettings,
  min: number,
  max: number,
  unit: string,
  value: number,
): MembershipSettingSpec {
  return { key, field, kind: 'integer', min, max, unit, default: value };
}

/** Every membership setting at its default. */
export const MEMBERSHIP_DEFAULTS: MembershipSettings = Object.freeze(
  Object.fromEntries(
    MEMBERSHIP_SETTINGS.map((s) => [s.field, s.default]),
  ) as unknown as MembershipSettings,
);

/** The datastore keys by name. */
export const DATASTORE_SETTINGS_BY_KEY: ReadonlyMap<string, DatastoreSettingSpec> = new Map(
  DATASTORE_SETTINGS.map((s) => [s.key, s]),
);

/** Defaults of the top-level keys of canopy.conf. */
export const CANOPY_DEFAULTS = Object.freeze({
  memberName: 'member-1',
  dataDir: './data',
  httpHost: '127.0.0.1',
  httpPort: 8181,
  /** No public URL: absolute URLs are built from each request's Host header. */
  httpPublicUrl: undefined,
  httpAccessLog: true,
  /** The cluster's name: members refuse peers of another cluster. */
  clusterName: 'canopy',
  members: Object.freeze([Object.freeze({ name: 'member-1', host: '127.0.0.1', port: 2550 })]),
  journalSyncedHighWater: 'trailing',
} as const);

/** The keys allowed at each level of canopy.conf. */
export const CANOPY_KEYS = Object.freeze({
  root: Object.freeze([
    'member-name',
    'data-dir',
    'http',
    'cluster',
    'datastore',
    'journal',
    'rpc',
    'examples',
  ]),
  http: Object.freeze([
    'host',
    'port',
    'public-url',
    'access-log',
    ...HTTP_SETTINGS.filter((s) => !s.key.includes('.')).map((s) => s.key),
    'streams',
  ]),
  httpStreams: Object.freeze(
    HTTP_SETTINGS.filter((s) => s.key.startsWith('streams.')).map((s) => s.key.slice(8)),
  ),
  journal: Object.freeze(['synced-high-water']),
  rpc: Object.freeze(RPC_SETTINGS.map((s) => s.key)),
  examples: Object.freeze(['toaster-provider']),
  cluster: Object.freeze(['name', 'members', 'transport', 'membership']),
  clusterMembership: Object.freeze(MEMBERSHIP_SETTINGS.map((s) => s.key)),
  clusterTransport: Object.freeze(TRANSPORT_SETTINGS.map((s) => s.key)),
  member: Object.freeze(['name', 'host', 'port']),
  datastore: Object.freeze([...DATASTORE_SETTINGS.map((s) => s.key), 'config', 'operational']),
  datastoreType: Object.freeze(DATASTORE_SETTINGS.map((s) => s.key)),
});

/** How an override (environment variable or flag) value is read for a key. */
export type OverrideKind = 'string' | 'integer' | 'number' | 'boolean' | 'json';

/** Every key of canopy.conf an environment variable or `--set` may override, with how to read it. */
export const OVERRIDABLE_KEYS: ReadonlyMap<string, OverrideKind> = new Map<string, OverrideKind>([
  ['member-name', 'string'],
  ['data-dir', 'string'],
  ['http.host', 'string'],
  ['http.port', 'integer'],
  ['http.public-url', 'string'],
  ...HTTP_SETTINGS.map((s): [string, OverrideKind] => [`http.${s.key}`, 'integer']),
  ['http.access-log', 'boolean'],
  ['cluster.name', 'string'],
  ['cluster.members', 'json'],
  ...TRANSPORT_SETTINGS.map((s): [string, OverrideKind] => [
    `cluster.transport.${s.key}`,
    'integer',
  ]),
  ...MEMBERSHIP_SETTINGS.map((s): [string, OverrideKind] => [
    `cluster.membership.${s.key}`,
    s.kind,
  ]),
  ['journal.synced-high-water', 'string'],
  ...RPC_SETTINGS.map((s): [string, OverrideKind] => [`rpc.${s.key}`, 'integer']),
  ['examples.toaster-provider', 'boolean'],
  ...DATASTORE_SETTINGS.flatMap((s): [string, OverrideKind][] => [
    [`datastore.${s.key}`, s.kind],
    [`datastore.config.${s.key}`, s.kind],
    [`datastore.operational.${s.key}`, s.kind],
  ]),
]);

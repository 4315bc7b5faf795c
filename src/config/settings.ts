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
import type { DatastoreSettings, DatastoreType } from './types.js';

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
      // ODL's heartbeat-interval-type: uint16 from 100.
      durationSpec(
        'shard-heartbeat-interval-in-millis',
        'shardHeartbeatIntervalMs',
        'milliseconds',
        100,
        500,
        65535,
      ),
      countSpec(
        'shard-election-timeout-factor',
        'shardElectionTimeoutFactor',
        'heartbeat intervals',
        2,
        1000,
        20,
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
  members: Object.freeze([Object.freeze({ name: 'member-1', host: '127.0.0.1', port: 2550 })]),
  journalSyncedHighWater: 'trailing',
} as const);

/** The keys allowed at each level of canopy.conf. */
export const CANOPY_KEYS = Object.freeze({
  root: Object.freeze(['member-name', 'data-dir', 'http', 'cluster', 'datastore', 'journal']),
  journal: Object.freeze(['synced-high-water']),
  http: Object.freeze(['host', 'port']),
  cluster: Object.freeze(['members']),
  member: Object.freeze(['name', 'host', 'port']),
  datastore: Object.freeze([...DATASTORE_SETTINGS.map((s) => s.key), 'config', 'operational']),
  datastoreType: Object.freeze(DATASTORE_SETTINGS.map((s) => s.key)),
});

/** How an override (environment variable or flag) value is read for a key. */
export type OverrideKind = 'string' | 'integer' | 'boolean' | 'json';

/** Every key of canopy.conf an environment variable or `--set` may override, with how to read it. */
export const OVERRIDABLE_KEYS: ReadonlyMap<string, OverrideKind> = new Map<string, OverrideKind>([
  ['member-name', 'string'],
  ['data-dir', 'string'],
  ['http.host', 'string'],
  ['http.port', 'integer'],
  ['cluster.members', 'json'],
  ['journal.synced-high-water', 'string'],
  ...DATASTORE_SETTINGS.flatMap((s): [string, OverrideKind][] => [
    [`datastore.${s.key}`, s.kind],
    [`datastore.config.${s.key}`, s.kind],
    [`datastore.operational.${s.key}`, s.kind],
  ]),
]);

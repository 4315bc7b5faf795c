/**
 * The datastores a `canopy start` member serves, behind one small port: a DataBroker over a config and
 * an operational store, a status report per shard replica, and close. `startBackend` starts the
 * distributed datastores (design 003: DistributedDataStore, its ShardManager and shards, one LevelDB
 * journal under `<data-dir>/journal`); member-process.ts depends only on `MemberBackend`, so tests
 * can pass plain in-memory stores instead.
 *
 * Invariants: `close()` resolves only after every commit that was acknowledged is durable (for the
 * persistent member: the journal is flushed and LevelDB closed), and is idempotent; `status()` never
 * throws and never waits (it reads what the shards last reported), so it answers even when a shard
 * has stopped: that is when an operator needs it most.
 */
import { DataBroker } from '../api/data-broker.js';
import {
  startMember,
  type CanopyMember,
  type MemberStatus as CanopyMemberStatus,
} from '../api/distributed-data-store.js';
import { InMemoryDataStore } from '../api/in-memory-data-store.js';
import type { ShardService } from '../cluster/shard-service.js';
import type { ClusterTransport } from '../cluster/transport.js';
import type { Config, DatastoreType } from '../config/types.js';
import type { Logger } from '../runtime/logger.js';
import type { MemberMetrics } from '../runtime/metrics.js';
import type { ShardStatus } from '../shard/shard-types.js';
import { CanopyError } from '../util/errors.js';
import type { SchemaContext } from '../yang/schema.js';

/** What `canopy status` shows of one shard replica: ShardStatus of src/shard, with its datastore. */
export type ShardReplicaStatus = Pick<
  ShardStatus,
  | 'id'
  | 'shard'
  | 'state'
  | 'reason'
  | 'role'
  | 'term'
  | 'leader'
  | 'commitIndex'
  | 'appliedIndex'
  | 'journalFirstIndex'
  | 'journalLastIndex'
  | 'snapshotIndex'
  | 'snapshotBytes'
  | 'journalBytesSinceSnapshot'
  | 'treeNodes'
  | 'queueLength'
  | 'inDoubt'
  | 'commits'
> & {
  readonly datastore: DatastoreType;
  /** Whether the replica keeps a journal on disk. */
  readonly persistent: boolean;
};

/** The member's LevelDB journal (shared by every persistent shard replica) and its group commit. */
export interface JournalStatus {
  readonly dir: string;
  /** LevelDB batches written, and how many of them were synced (one fsync each). */
  readonly batches: number;
  readonly syncs: number;
  /** Writes submitted (a shard's save, a compaction step): writes / syncs is the group-commit gain. */
  readonly writes: number;
  readonly bytes: number;
}

/** The member's status as `canopy status` prints it. */
export interface MemberStatus {
  /** `sharded`: the distributed datastores; `in-memory`: plain in-memory stores (tests). */
  readonly backend: 'in-memory' | 'sharded';
  readonly shards: readonly ShardReplicaStatus[];
  /** Absent when no datastore is persistent. */
  readonly journal?: JournalStatus | undefined;
}

/** The datastores of a running member. */
export interface MemberBackend {
  readonly broker: DataBroker;
  /** The current status; never throws, never waits. */
  status(): MemberStatus;
  /** Flushes and closes every store; acknowledged commits are durable when it resolves. Idempotent. */
  close(): Promise<void>;
}

export interface BackendOptions {
  readonly config: Config;
  readonly schema: SchemaContext;
  readonly logger: Logger;
  /**
   * Open the journal even though LevelDB dropped records of its write-ahead log (the journal's
   * `acceptDroppedWalRecords`; `canopy start --accept-dropped-wal-records`): a loud warning, once.
   */
  readonly acceptDroppedWalRecords?: boolean | undefined;
  /** Where shards and the journal record metrics; default nowhere. */
  readonly metrics?: MemberMetrics | undefined;
  /**
   * Open the journal even though synced writes are missing from it, or that cannot be checked (the
   * journal's `acceptLostSyncedTail`; `canopy start --accept-lost-synced-tail`): a loud warning, once.
   */
  readonly acceptLostSyncedTail?: boolean | undefined;
  /** The cluster transport, when `cluster.members` lists other members: shards replicate over it. */
  readonly transport?: ClusterTransport | undefined;
  /** The shard service over that transport: the proxies reach replicas on other members through it. */
  readonly shardService?: ShardService | undefined;
}

/** A shard replica could not recover its journal: the member refuses to start. */
export class ShardRecoveryError extends CanopyError {
  readonly code = 'shard-recovery-failed';
  /** The replicas that stopped, with why. */
  readonly shards: readonly { readonly id: string; readonly reason: string }[];
  constructor(shards: readonly { readonly id: string; readonly reason: string }[]) {
    super(
      shards.map((s) => `shard replica ${s.id} could not recover: ${s.reason}`).join('\n') +
        '\nthe member refuses to start rather than serve without this data (docs/OPERATIONS.md, recovery)',
    );
    this.shards = shards;
  }
}

/**
 * Starts the datastores described by `config` (the distributed datastores of src/api, design 003):
 * resolves when every local shard replica has recovered its journal and serves. A replica that stops
 * while recovering (a damaged journal: the reason names the replica and the entry) makes the whole
 * start fail with ShardRecoveryError, after closing what had opened: a member never serves with
 * acknowledged data missing.
 */
export async function startBackend(options: BackendOptions): Promise<MemberBackend> {
  // NB: while shards recover, nothing may hold the event loop (the recovery timeout is unref'd): a
  // recovery that waits, e.g. for an in-doubt transaction's coordinator to recover, would let the
  // process exit 0 without a word. Hold it until startMember settles.
  const keepAlive = setInterval(() => undefined, 60_000);
  let member: CanopyMember;
  try {
    member = await startMember({
      config: options.config,
      schema: options.schema,
      logger: options.logger,
      raftStoreOptions: {
        ...(options.acceptDroppedWalRecords === true ? { acceptDroppedWalRecords: true } : {}),
        ...(options.acceptLostSyncedTail === true ? { acceptLostSyncedTail: true } : {}),
      },
      metrics: options.metrics,
      transport: options.transport,
      shardService: options.shardService,
    });
  } finally {
    clearInterval(keepAlive);
  }
  const status = (): MemberStatus => memberStatus(member.status());
  const stopped = status().shards.filter((s) => s.state === 'stopped');
  if (stopped.length > 0) {
    const waiting = status().shards.filter(
      (s) => s.state === 'recovering' || (s.state === 'running' && s.inDoubt > 0),
    );
    await member.close();
    throw new ShardRecoveryError([
      ...stopped.map((s) => ({ id: s.id, reason: s.reason ?? 'stopped (no reason given)' })),
      ...waiting.map((s) => ({
        id: s.id,
        // A participant whose coordinator replica stopped says so (naming both) without waiting.
        reason:
          s.reason ??
          `not serving after shard-initialization-timeout: ${s.state}, ${s.inDoubt} transaction(s) in doubt`,
      })),
    ]);
  }
  for (const s of status().shards) {
    options.logger.info(
      {
        shard: s.id,
        persistent: s.persistent,
        commitIndex: s.commitIndex,
        snapshotIndex: s.snapshotIndex,
        journalLastIndex: s.journalLastIndex,
      },
      `shard ${s.id} recovered`,
    );
  }
  return { broker: member.broker, status, close: () => member.close() };
}

/** The distributed member's status in the shape of `canopy status` (pure). */
export function memberStatus(status: CanopyMemberStatus): MemberStatus {
  const shards = status.datastores.flatMap((ds) =>
    ds.shards.map((s): ShardReplicaStatus => ({
      ...s,
      datastore: ds.datastore,
      persistent: ds.persistent,
    })),
  );
  const j = status.journal;
  return {
    backend: 'sharded',
    shards,
    journal:
      j === undefined
        ? undefined
        : { dir: j.dir, batches: j.batches, syncs: j.syncs, writes: j.writes, bytes: j.bytes },
  };
}

/**
 * Plain in-memory stores (one InMemoryDataStore per datastore type, nothing on disk), for tests that
 * exercise the member's wiring without shards. Status reports no shards.
 */
export function startInMemoryBackend(options: BackendOptions): MemberBackend {
  const config = new InMemoryDataStore({ schema: options.schema, treeType: 'config' });
  const operational = new InMemoryDataStore({ schema: options.schema });
  let closing: Promise<void> | undefined;
  return {
    broker: new DataBroker({ config, operational }),
    status: () => ({ backend: 'in-memory', shards: [] }),
    close: () => {
      closing ??= Promise.all([config.close(), operational.close()]).then(() => undefined);
      return closing;
    },
  };
}

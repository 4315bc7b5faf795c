/**
 * The datastores a `canopy start` member serves, behind one small port: a DataBroker over a config and
 * an operational store, a status report per shard replica, and close. member-process.ts depends only
 * on `MemberBackend`, so switching from the in-memory stores to the persistent, sharded member (design
 * 003: DistributedDataStore with its ShardManager) is one line in `startBackend`.
 *
 * Invariants: `close()` resolves only after every commit that was acknowledged is durable (for the
 * persistent member: the journal is flushed and LevelDB closed), and is idempotent; `status()` never
 * throws and never waits (it reads what the shards last reported), so it answers even when a shard
 * has stopped: that is when an operator needs it most.
 */
import { DataBroker } from '../api/data-broker.js';
import { InMemoryDataStore } from '../api/in-memory-data-store.js';
import type { Config, DatastoreType } from '../config/types.js';
import type { Logger } from '../runtime/logger.js';
import type { ShardState } from '../shard/shard-types.js';
import type { Role } from '../raft/types.js';
import type { SchemaContext } from '../yang/schema.js';

/** What `canopy status` shows of one shard replica (ShardStatus of src/shard, with its datastore). */
export interface ShardReplicaStatus {
  /** ODL's ShardIdentifier: `member-1-shard-inventory-config`. */
  readonly id: string;
  readonly shard: string;
  readonly datastore: DatastoreType;
  /** Whether the replica keeps a journal on disk. */
  readonly persistent: boolean;
  readonly state: ShardState;
  /** Why the replica stopped (the error's text), when it did. */
  readonly reason: string | undefined;
  readonly role: Role;
  readonly term: number;
  readonly leader: string | null;
  readonly commitIndex: number;
  readonly appliedIndex: number;
  readonly journalFirstIndex: number;
  readonly journalLastIndex: number;
  readonly snapshotIndex: number;
  readonly snapshotBytes: number;
  readonly journalBytesSinceSnapshot: number;
  readonly treeNodes: number;
  readonly queueLength: number;
  readonly inDoubt: number;
  readonly commits: number;
}

/** The member's status as `canopy status` prints it. */
export interface MemberStatus {
  /** `in-memory` until the persistent member is wired; `sharded` after. */
  readonly backend: 'in-memory' | 'sharded';
  readonly shards: readonly ShardReplicaStatus[];
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
}

/**
 * Starts the datastores described by `config`: resolves when every local shard has recovered and
 * serves, rejects (naming the shard and the journal entry) when one cannot recover.
 */
export function startBackend(options: BackendOptions): Promise<MemberBackend> {
  // TODO(#4): the persistent sharded member (src/shard startMember) replaces this when it lands.
  return Promise.resolve(startInMemoryBackend(options));
}

/**
 * The interim backend: one InMemoryDataStore per datastore type, nothing on disk. Status reports no
 * shards, so a reader can tell it from the persistent member.
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

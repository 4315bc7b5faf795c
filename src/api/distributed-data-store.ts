/**
 * The distributed datastore (design 003's DistributedDataStore; ODL's DistributedDataStore): the
 * DOMStore whose data lives in shards, each a Raft group with its own journal, created by a
 * ShardManager from the member's configuration. It is a drop-in replacement for the in-memory store
 * (test/conformance runs the same suite against both).
 *
 * Wiring, in one place: the member's ActorSystem, its LevelDB Raft journal (one store under
 * `<data-dir>/journal` shared by every shard replica of both datastores, so concurrent commits of all
 * shards share fsyncs), the protobuf journal codec, the tree's binary codec, the shard router, and the
 * proxies of src/txn. `persistent = false` (ODL's default for operational) gives every replica an
 * in-memory journal instead.
 *
 * Lifecycle: `start` checks modules.conf's namespaces against the schema (ConfigValidationError), and
 * refuses a journal holding data of replicas the configuration no longer places on this member
 * (OrphanedShardReplicaError). It resolves once every shard has replayed its journal and is
 * readable, or has stopped (a damaged journal: `status()` says why, and requests to it fail with
 * ShardUnavailableError); a shard still not readable after shard-initialization-timeout is left to
 * finish in the background. A readable shard whose tree holds data routing now sends to another
 * shard makes the start fail with MisroutedShardDataError (layout-check.ts): a changed layout never
 * hides acknowledged data. `close` fails what has not reached a journal yet, waits for what has,
 * and closes the journal it opened; operations on a closed store throw TransactionStateError.
 *
 * `startMember` starts both datastores of a member over one ActorSystem and one journal, with a
 * DataBroker over them: what the `canopy` command runs.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import type { SchemaContext } from '../yang/schema.js';
import type { Config, DatastoreType } from '../config/types.js';
import { ActorSystem } from '../runtime/actors.js';
import { silentLogger, type Logger } from '../runtime/logger.js';
import type { MemberMetrics } from '../runtime/metrics.js';
import { SeededRng } from '../util/rng.js';
import { DataTree } from '../tree/data-tree.js';
import { TransactionStateError } from '../tree/errors.js';
import { pathCodec } from '../tree/path.js';
import { ShardManager } from '../shard/shard-manager.js';
import type { Shard } from '../shard/shard-actor.js';
import type { ShardStatus } from '../shard/shard-types.js';
import { binaryTreeCodec } from '../shard/tree-codec.js';
import { VolatileRaftStorage } from '../shard/volatile-storage.js';
import { realTimers } from '../runtime/timers.js';
import type { Timers } from '../util/timers.js';
import { IdleTracker, type ProxyContext } from '../txn/context.js';
import { ShardListeners } from '../txn/listener-proxy.js';
import { ShardClient } from '../txn/shard-client.js';
import { LocalShardLocator, type ShardAccess, type ShardLocator } from '../txn/shard-locator.js';
import { ReplicaSetLocator } from '../txn/replica-locator.js';
import { ClusterShardLocator } from '../txn/cluster-locator.js';
import { TransportShardNetwork, type ShardTransport } from '../cluster/shard-transport-network.js';
import type { ShardService } from '../cluster/shard-service.js';
import { TransactionChainProxy } from '../txn/transaction-chain-proxy.js';
import { TransactionProxy } from '../txn/transaction-proxy.js';
import { VisibilityGate } from '../txn/visibility-gate.js';
import { localShards } from '../config/shards.js';
import { validateAgainstSchema, validateReplicaPlacement } from '../config/validate.js';
import {
  MisroutedShardDataError,
  OrphanedShardReplicaError,
  ShardUnavailableError,
  type MisroutedData,
  type OrphanedReplica,
} from '../shard/errors.js';
import { describeData, findMisroutedData, foreignReplicaGroups } from '../shard/layout-check.js';
import { CanopyError } from '../util/errors.js';
import { shardCodec } from '../wire/shard-codec.js';
import {
  openRaftStore,
  type RaftStore,
  type RaftStoreOptions,
  type RaftStoreStats,
} from '../persistence/raft-store.js';
import { DataBroker } from './data-broker.js';
import type {
  DataPath,
  DataTreeChangeListener,
  DOMStore,
  DOMStoreReadTransaction,
  DOMStoreReadWriteTransaction,
  DOMStoreTransactionChain,
  DOMStoreWriteTransaction,
  ListenerRegistration,
  ReadConsistency,
} from './dom-store.js';
import { LISTENER_BATCH_MAX, type ListenerErrorHandler } from '../txn/listener-registry.js';

export interface DistributedDataStoreOptions {
  /** The member's configuration (loadConfig / buildConfig). */
  readonly config: Config;
  /** The compiled YANG models; every namespace of modules.conf must be among them. */
  readonly schema: SchemaContext;
  readonly datastore: DatastoreType;
  /** The member's actor system; a private one is started (and shut down by close) when omitted. */
  readonly system?: ActorSystem | undefined;
  readonly logger?: Logger | undefined;
  /**
   * The member's journal, shared by both datastores. When omitted and the datastore is persistent,
   * one is opened at `<data-dir>/journal` and closed by `close()`.
   */
  readonly raftStore?: RaftStore | undefined;
  /** Options for the journal this store opens itself. */
  readonly raftStoreOptions?: RaftStoreOptions | undefined;
  /** The shards' tick period; default shard-heartbeat-interval-in-millis. */
  readonly tickMs?: number | undefined;
  /** Called when a listener throws or rejects; default: a warning through the logger. */
  readonly onListenerError?: ListenerErrorHandler | undefined;
  /** Most candidates one listener call receives when changes queue up (default 1000). */
  readonly listenerBatchMax?: number | undefined;
  /**
   * Where shards count commits and aborts, and a journal this store opens itself records its group
   * commit; default nowhere.
   */
  readonly metrics?: MemberMetrics | undefined;
  /**
   * The clock and timers of the transaction proxies (operation timeouts, leader retries, idle
   * expiry); default the real ones. The simulator passes its own.
   */
  readonly timers?: Timers | undefined;
  /**
   * The cluster transport, when `cluster.members` lists other members: the shards' Raft and peer
   * messages to replicas on other members go over it (src/cluster/shard-transport-network.ts).
   */
  readonly transport?: ShardTransport | undefined;
  /**
   * The member's shard service over the cluster transport (src/cluster/shard-service.ts), when the
   * cluster has other members: this store's proxies then reach every replica of each shard, local or
   * on another member (ClusterShardLocator), and its local replicas answer the other members'
   * requests. Without it every shard must be local (LocalShardLocator).
   */
  readonly shardService?: ShardService | undefined;
}

/** Options of `DistributedDataStore.newReadOnlyTransaction`. */
export interface ReadTransactionOptions {
  /** Read this member's replicas (may lag the leaders) instead of each shard's leader. */
  readonly stale?: boolean | undefined;
  /** `local` is `stale: true` (DOMStore's name for it); default linearizable. */
  readonly consistency?: ReadConsistency | undefined;
}

/** What `canopy status` shows of one datastore. */
export interface DatastoreStatus {
  readonly datastore: DatastoreType;
  readonly persistent: boolean;
  readonly shards: readonly ShardStatus[];
}

function incarnation(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** The distributed DOMStore of one datastore type on one member. */
export class DistributedDataStore implements DOMStore {
  readonly datastore: DatastoreType;
  readonly schema: SchemaContext;
  readonly persistent: boolean;
  private readonly manager: ShardManager;
  private readonly listeners: ShardListeners;
  private readonly ctx: ProxyContext;
  private readonly idle: IdleTracker;
  private readonly owned: Owned;
  private closed = false;
  private closing: Promise<void> | undefined;
  private chains = 0;
  /** Stops serving the local replicas to other members (shardService). */
  private readonly unserve: (() => void)[] = [];

  private constructor(
    options: DistributedDataStoreOptions,
    manager: ShardManager,
    listeners: ShardListeners,
    owned: Owned,
    visibility: VisibilityGate,
  ) {
    const { config, datastore, schema } = options;
    const settings = config.datastore[datastore];
    this.datastore = datastore;
    this.schema = schema;
    this.persistent = settings.persistent;
    this.manager = manager;
    this.listeners = listeners;
    this.owned = owned;
    const timers = options.timers ?? realTimers;
    this.idle = new IdleTracker(settings.shardTransactionIdleTimeoutMs, timers);
    const prefix = `${config.memberName}-${datastore}-${incarnation()}-`;
    let txCounter = 0;
    const scratch = new DataTree(schema, { treeType: datastore });
    this.ctx = {
      storeName: datastore,
      router: manager.router,
      paths: pathCodec(schema),
      shards: new ShardClient(this.locator(options, manager), timers),
      // A replica of a group may lag its leader: no pinning of local snapshots, reads go to leaders.
      localShards: replicated(manager) ? [] : [...manager.shards.keys()].sort(),
      visibility,
      operationTimeoutMs: settings.operationTimeoutMs,
      readableTimeoutMs: settings.shardInitializationTimeoutMs,
      nextTransactionId: () => `${prefix}${++txCounter}`,
      checkOpen: () => {
        this.checkOpen();
      },
      scratchModification: () => scratch.takeSnapshot().newModification(),
      idle: this.idle,
      timers,
    };
  }

  /** Where the proxies find each shard's replicas (see DistributedDataStoreOptions.shardService). */
  private locator(options: DistributedDataStoreOptions, manager: ShardManager): ShardLocator {
    const service = options.shardService;
    const { config, datastore, schema } = options;
    if (service === undefined || config.cluster.members.length < 2) return locatorOf(manager);
    for (const shard of manager.shards.values()) {
      this.unserve.push(service.serve(shard.id, { replica: shard, schema, treeType: datastore }));
    }
    return new ClusterShardLocator({
      member: config.memberName,
      datastore,
      schema,
      placement: (name) => config.shards.find((s) => s.name === name)?.replicas,
      local: (name) => manager.shards.get(name),
      remote: service.remote,
    });
  }

  /**
   * Starts the datastore's shards and waits for them to recover (see the file comment). Throws
   * ConfigValidationError when a modules.conf namespace belongs to no module of `schema`,
   * ShardConfigError when modules.conf places a prefix the schema does not allow,
   * OrphanedShardReplicaError and MisroutedShardDataError when the shard layout changed under data
   * on disk, and the journal's errors (JournalIoError, JournalVersionError) when it opens the
   * journal itself.
   */
  static async start(options: DistributedDataStoreOptions): Promise<DistributedDataStore> {
    const { config, datastore, schema } = options;
    validateAgainstSchema(config, new Set(schema.modulesByNamespace.keys()));
    validateReplicaPlacement(config);
    const settings = config.datastore[datastore];
    const logger = (options.logger ?? silentLogger()).child({ datastore });
    const owned: Owned = {};
    let store = options.raftStore;
    if (settings.persistent && store === undefined) {
      store = await openRaftStore(join(config.dataDir, 'journal'), {
        onWarning: (w) => {
          logger.warn({ group: w.group }, w.message);
        },
        metrics: options.metrics?.journal,
        syncedHighWater: config.journal.syncedHighWater,
        ...options.raftStoreOptions,
      });
      owned.store = store;
    }
    if (settings.persistent) {
      try {
        await checkOrphanedReplicas(store!, config, datastore, logger);
      } catch (error) {
        await owned.store?.close();
        throw error;
      }
    }
    let system = options.system;
    if (system === undefined) {
      system = ActorSystem.start(`canopy-${config.memberName}-${datastore}-${incarnation()}`);
      owned.system = system;
    }
    const journal = store;
    const local = localShards(config).filter((r) => r.datastore === datastore);
    const gate = new VisibilityGate(
      local.map((r) => r.shardName),
      settings.operationTimeoutMs / 2,
      options.timers ?? realTimers,
    );
    const listenersRef: { current?: ShardListeners } = {};
    const network = transportNetwork(options, logger);
    owned.network = network;
    let manager: ShardManager;
    try {
      manager = ShardManager.start({
        system,
        config,
        datastore,
        schema,
        logger,
        storageFor: (replica) =>
          settings.persistent ? journal!.group(replica.id) : new VolatileRaftStorage(),
        codecs: { codec: shardCodec, treeCodec: binaryTreeCodec },
        rng: new SeededRng(randomBytes(4).readUInt32LE(0)),
        heapLimitBytes: getHeapStatistics().heap_size_limit,
        onApplied: (shard, commit) => {
          gate.applied(shard, commit);
          listenersRef.current?.applied(shard, commit);
        },
        tickMs: options.tickMs,
        metrics: options.metrics,
        network,
      });
    } catch (error) {
      network?.close();
      owned.system?.shutdown();
      await owned.store?.close();
      throw error;
    }
    const listeners = new ShardListeners(
      schema,
      manager.router,
      pathCodec(schema).resolve('/'),
      gate,
      options.onListenerError ?? warnListenerError(logger),
      options.listenerBatchMax ?? LISTENER_BATCH_MAX,
    );
    listenersRef.current = listeners;
    const ds = new DistributedDataStore(options, manager, listeners, owned, gate);
    await ds.recovered(settings.shardInitializationTimeoutMs, logger);
    try {
      ds.checkRouting(logger);
    } catch (error) {
      await ds.close();
      throw error;
    }
    return ds;
  }

  /**
   * A read-only transaction. `stale: true` reads this member's replica of each shard (no round trip
   * to the leader; it may lag it) where it holds one; default: each shard's leader (linearizable).
   */
  newReadOnlyTransaction(options?: ReadTransactionOptions): DOMStoreReadTransaction {
    this.checkOpen();
    return new TransactionProxy(
      this.ctx,
      false,
      undefined,
      options?.stale === true || options?.consistency === 'local' ? 'local' : 'linearizable',
    );
  }

  newWriteOnlyTransaction(): DOMStoreWriteTransaction {
    return this.newReadWriteTransaction();
  }

  newReadWriteTransaction(): DOMStoreReadWriteTransaction {
    this.checkOpen();
    return new TransactionProxy(this.ctx, true);
  }

  createTransactionChain(): DOMStoreTransactionChain {
    this.checkOpen();
    return new TransactionChainProxy(
      this.ctx,
      `${this.ctx.nextTransactionId()}-chain-${++this.chains}`,
    );
  }

  registerTreeChangeListener(
    path: DataPath,
    listener: DataTreeChangeListener,
  ): ListenerRegistration {
    this.checkOpen();
    const resolved = this.ctx.paths.resolve(path);
    // Listeners take this member's replica as it applies commits, whether it leads or follows.
    return this.listeners.register(resolved, listener, (name) => {
      const shard = this.manager.shard(name);
      return shard.soleVoter ? shard : localView(shard);
    });
  }

  /** Every local shard replica of this datastore, for `canopy status`. */
  status(): DatastoreStatus {
    return {
      datastore: this.datastore,
      persistent: this.persistent,
      shards: this.manager.status(),
    };
  }

  /** Stops the datastore (see the file comment). Idempotent. */
  close(): Promise<void> {
    this.closing ??= this.doClose();
    return this.closing;
  }

  private async doClose(): Promise<void> {
    this.closed = true;
    for (const stop of this.unserve.splice(0)) stop();
    this.listeners.closeAll();
    this.idle.stop();
    await this.manager.close();
    this.owned.network?.close();
    await this.owned.store?.close();
    this.owned.system?.shutdown();
  }

  private checkOpen(): void {
    if (this.closed) {
      throw new TransactionStateError(`the datastore ${this.datastore} is closed`);
    }
  }

  /**
   * Throws MisroutedShardDataError when a recovered shard holds data the router sends to another
   * shard (layout-check.ts). A stopped shard is left to `status()`; one still not readable is not
   * checked (logged): `canopy start` refuses to serve with it anyway.
   */
  private checkRouting(logger: Logger): void {
    const problems: MisroutedData[] = [];
    for (const name of [...this.manager.shards.keys()].sort()) {
      const shard = this.manager.shard(name);
      let snapshot;
      try {
        // A follower's own tree: what is on this member's disk is what the check is about.
        snapshot = shard.soleVoter ? shard.readSnapshot() : shard.localSnapshot();
      } catch (error) {
        if (error instanceof ShardUnavailableError) continue; // stopped: status() says why
        throw error;
      }
      if (snapshot === undefined) {
        logger.warn(
          { shard: shard.id },
          'shard not readable yet: its data was not checked against the routing',
        );
        continue;
      }
      const hit = findMisroutedData(this.manager.router, name, snapshot.root);
      if (hit !== undefined) problems.push({ replica: shard.id, ...hit });
    }
    if (problems.length > 0) throw new MisroutedShardDataError(problems);
  }

  private async recovered(timeoutMs: number, logger: Logger): Promise<void> {
    await this.manager.whenLoaded();
    const shards = [...this.manager.shards.values()];
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => {
        resolve('timeout');
      }, timeoutMs);
      timer.unref();
    });
    // A follower is recovered once it applied its journal: it cannot know the leader's commits yet.
    const ready = Promise.all(
      shards.map((s) =>
        (s.soleVoter ? s.whenReadable() : s.whenLocallyReadable()).catch(() => undefined),
      ),
    );
    const outcome = await Promise.race([ready.then(() => 'ready' as const), timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      logger.warn({ timeoutMs }, 'some shards are still recovering; operations on them wait');
    }
  }
}

/** What a datastore owns and closes: its actor system and journal when it opened them, its network. */
interface Owned {
  system?: ActorSystem;
  store?: RaftStore;
  network?: TransportShardNetwork | undefined;
}

/** The shards' network over the cluster transport, when there is one and other members. */
function transportNetwork(
  options: DistributedDataStoreOptions,
  logger: Logger,
): TransportShardNetwork | undefined {
  const { config, transport } = options;
  if (transport === undefined || config.cluster.members.length < 2) return undefined;
  return new TransportShardNetwork({
    transport,
    datastore: options.datastore,
    replicas: new Map(config.shards.map((s) => [s.name, s.replicas])),
    messageBytesMax: config.cluster.transport.messageBytesMax,
    logger,
  });
}

/** Whether the datastore's shards have replicas on other members (Raft groups of several voters). */
function replicated(manager: ShardManager): boolean {
  return [...manager.shards.values()].some((s) => !s.soleVoter);
}

/**
 * The proxies' locator: each shard's local sole voter (it always leads once readable), or, when the
 * shards are replicated, the local replica of a group (it may follow: the ShardClient follows its
 * NotShardLeaderError answers; a leader on another member is reached by the remote shard proxy).
 */
function locatorOf(manager: ShardManager): ShardLocator {
  if (!replicated(manager)) return new LocalShardLocator((name) => manager.shard(name));
  return new ReplicaSetLocator((name) => [manager.shard(name)], manager.memberName);
}

/**
 * A replica as the listeners see it: its local committed tree (ShardCore.localSnapshot), on a
 * follower too, where `readSnapshot` (the linearizable one) has none. Listeners get every commit from
 * the replica's own apply, so the tree they start from must be the one that apply continues.
 */
function localView(shard: Shard): ShardAccess {
  return {
    id: shard.id,
    name: shard.name,
    readSnapshot: () => shard.localSnapshot(),
    whenReadable: () => shard.whenLocallyReadable(),
    submit: (tx, mode) => shard.submit(tx, mode),
    canCommit: (txId) => shard.canCommit(txId),
    preCommit: (txId) => shard.preCommit(txId),
    commit: (txId) => shard.commit(txId),
    abort: (txId) => shard.abort(txId),
    closeChain: (chainId) => {
      shard.closeChain(chainId);
    },
  };
}

/** The default listener error handler: a warning through the logger. */
function warnListenerError(logger: Logger): ListenerErrorHandler {
  return (error: unknown, path: string) => {
    logger.warn(
      { path, error: error instanceof Error ? error.message : String(error) },
      'a data tree change listener failed',
    );
  };
}

/**
 * Throws OrphanedShardReplicaError when the journal holds groups named like replicas of `datastore`
 * that the configuration does not place on this member and that hold data (layout-check.ts). Such
 * a group holding none (a replica that never committed a transaction) is left alone, logged.
 */
async function checkOrphanedReplicas(
  store: RaftStore,
  config: Config,
  datastore: DatastoreType,
  logger: Logger,
): Promise<void> {
  const local = new Set(
    localShards(config)
      .filter((r) => r.datastore === datastore)
      .map((r) => r.id),
  );
  const orphans: OrphanedReplica[] = [];
  let cause: unknown;
  for (const group of foreignReplicaGroups(await store.groupNames(), local, datastore)) {
    const log = store.group(group);
    let holds: string | undefined;
    try {
      holds = describeData(await log.load());
    } catch (error) {
      if (!(error instanceof CanopyError)) throw error;
      // Unreadable is not empty: whatever it held is refused like data.
      holds = `records that cannot be read: ${error.message}`;
      cause ??= error;
    } finally {
      await log.close();
    }
    if (holds === undefined) {
      logger.info(
        { group },
        `journal group ${group} is no replica of this member in the configuration; it holds no data and is ignored`,
      );
      continue;
    }
    orphans.push({ replica: group, holds });
  }
  if (orphans.length > 0) {
    throw new OrphanedShardReplicaError(
      store.dir,
      config.memberName,
      orphans,
      cause === undefined ? undefined : { cause },
    );
  }
}

/** Both datastores of a member, the data broker over them, and the journal they share. */
export interface CanopyMember {
  readonly memberName: string;
  readonly config: DistributedDataStore;
  readonly operational: DistributedDataStore;
  readonly broker: DataBroker;
  status(): MemberStatus;
  /** Closes both datastores, then the journal and the actor system. */
  close(): Promise<void>;
}

/** What `canopy status` prints. */
export interface MemberStatus {
  readonly member: string;
  readonly datastores: readonly DatastoreStatus[];
  /** The journal's group-commit counters, when a datastore is persistent. */
  readonly journal: (RaftStoreStats & { readonly dir: string }) | undefined;
}

export interface StartMemberOptions {
  readonly config: Config;
  readonly schema: SchemaContext;
  readonly logger?: Logger | undefined;
  readonly raftStoreOptions?: RaftStoreOptions | undefined;
  readonly tickMs?: number | undefined;
  readonly onListenerError?: ListenerErrorHandler | undefined;
  /** Where shards and the journal record metrics (PrometheusMetrics); default nowhere. */
  readonly metrics?: MemberMetrics | undefined;
  /** The cluster transport when `cluster.members` lists other members (DistributedDataStoreOptions). */
  readonly transport?: ShardTransport | undefined;
  /** The shard service, when the cluster has other members (DistributedDataStoreOptions). */
  readonly shardService?: ShardService | undefined;
}

/**
 * Starts a member's two datastores over one ActorSystem and one journal (opened at
 * `<data-dir>/journal` when either datastore is persistent), and a DataBroker over them. Throws what
 * `DistributedDataStore.start` throws (ConfigValidationError before anything is opened), after
 * closing whatever it had opened.
 */
export async function startMember(options: StartMemberOptions): Promise<CanopyMember> {
  const { config, schema } = options;
  // Before the journal opens: a namespace no module has would send its data to the default shard.
  validateAgainstSchema(config, new Set(schema.modulesByNamespace.keys()));
  validateReplicaPlacement(config);
  const logger = options.logger ?? silentLogger();
  const persistent = config.datastore.config.persistent || config.datastore.operational.persistent;
  const dir = join(config.dataDir, 'journal');
  const raftStore = persistent
    ? await openRaftStore(dir, {
        onWarning: (w) => {
          logger.warn({ group: w.group }, w.message);
        },
        metrics: options.metrics?.journal,
        syncedHighWater: config.journal.syncedHighWater,
        ...options.raftStoreOptions,
      })
    : undefined;
  const system = ActorSystem.start(`canopy-${config.memberName}-${incarnation()}`);
  const common = {
    config,
    schema,
    system,
    logger,
    raftStore,
    tickMs: options.tickMs,
    onListenerError: options.onListenerError,
    metrics: options.metrics,
    transport: options.transport,
    shardService: options.shardService,
  };
  const started: DistributedDataStore[] = [];
  try {
    started.push(await DistributedDataStore.start({ ...common, datastore: 'config' }));
    started.push(await DistributedDataStore.start({ ...common, datastore: 'operational' }));
  } catch (error) {
    for (const ds of started) await ds.close();
    await raftStore?.close();
    system.shutdown();
    throw error;
  }
  const [configStore, operationalStore] = started as [DistributedDataStore, DistributedDataStore];
  let closing: Promise<void> | undefined;
  return {
    memberName: config.memberName,
    config: configStore,
    operational: operationalStore,
    broker: new DataBroker({ config: configStore, operational: operationalStore }),
    status: () => ({
      member: config.memberName,
      datastores: [configStore.status(), operationalStore.status()],
      journal: raftStore === undefined ? undefined : { ...raftStore.stats(), dir },
    }),
    close: () =>
      (closing ??= (async () => {
        await Promise.all([configStore.close(), operationalStore.close()]);
        await raftStore?.close();
        system.shutdown();
      })()),
  };
}

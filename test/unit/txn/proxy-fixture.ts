/**
 * Real shards for the proxy tests: a ShardManager of the fixture configuration (module shards, a prefix
 * shard below /conformance:users, the default shard) on real actors, with journals in LevelDB or
 * in memory, and a ProxyContext whose timeouts and clock the test chooses, so that idle expiry and
 * operation timeouts can be driven without waiting on wall-clock time in assertions.
 */
import { openRaftStore, type RaftStore } from '../../../src/persistence/raft-store.js';
import type { DurableRaftStorage } from '../../../src/raft/storage.js';
import { ActorSystem } from '../../../src/runtime/actors.js';
import { silentLogger } from '../../../src/runtime/logger.js';
import { ShardManager } from '../../../src/shard/shard-manager.js';
import type { AppliedCommit } from '../../../src/shard/shard-types.js';
import { binaryTreeCodec } from '../../../src/shard/tree-codec.js';
import { VolatileRaftStorage } from '../../../src/shard/volatile-storage.js';
import { DataTree } from '../../../src/tree/data-tree.js';
import { pathCodec } from '../../../src/tree/path.js';
import type { DataTreeCandidate } from '../../../src/tree/candidate.js';
import { realTimers } from '../../../src/runtime/timers.js';
import { IdleTracker, type ProxyContext } from '../../../src/txn/context.js';
import { ShardClient, type LeaderRetryPolicy } from '../../../src/txn/shard-client.js';
import { LocalShardLocator, type ShardLocator } from '../../../src/txn/shard-locator.js';
import { VisibilityGate } from '../../../src/txn/visibility-gate.js';
import type { Timers } from '../../../src/util/timers.js';
import { localShards } from '../../../src/config/shards.js';
import { SeededRng } from '../../../src/util/rng.js';
import { shardCodec } from '../../../src/wire/shard-codec.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { fixtureConfig, tempDataDir } from '../shard/store-fixture.js';
import { join } from 'node:path';

let systems = 0;

export interface ProxyFixture {
  readonly manager: ShardManager;
  readonly ctx: ProxyContext;
  readonly store: RaftStore | undefined;
  readonly dir: string;
  /** Every applied candidate, by shard, in order. */
  readonly applied: { shard: string; txId: string; candidate: DataTreeCandidate }[];
  /** The test's clock for idle expiry (ms), unless `timers` was given (then its clock). */
  clock: number;
  readonly timers: Timers;
  /** Graceful stop: shards, journal, actor system, directory. */
  close(): Promise<void>;
  /** Abrupt stop, as a killed process: no shard is closed; the journal keeps what was synced. */
  kill(): Promise<void>;
}

export interface ProxyFixtureOptions {
  readonly persistent?: boolean | undefined;
  readonly operationTimeoutMs?: number | undefined;
  readonly idleTimeoutMs?: number | undefined;
  /** Reuse a data directory (restart); default a fresh one. */
  readonly dir?: string | undefined;
  /**
   * Puts something between a replica and its journal (e.g. a disk that stalls); by replica id
   * (`member-1-shard-users-config`). Default: the journal itself.
   */
  readonly wrapStorage?:
    ((replicaId: string, storage: DurableRaftStorage) => DurableRaftStorage) | undefined;
  /**
   * The proxies' clock and timers (e.g. ManualTimers). Default: real timers, with `clock` as the
   * clock (so idle expiry is driven by the test, operation timeouts by real time).
   */
  readonly timers?: Timers | undefined;
  /** How the proxies reach the shards; default the local sole-voter locator over the manager. */
  readonly locator?: ((manager: ShardManager) => ShardLocator) | undefined;
  readonly leaderRetry?: LeaderRetryPolicy | undefined;
  /** Called with every applied commit, after the visibility gate (e.g. to feed listeners). */
  readonly onApplied?: ((shard: string, commit: AppliedCommit) => void) | undefined;
}

export async function startProxyFixture(
  schema: SchemaContext,
  options: ProxyFixtureOptions = {},
): Promise<ProxyFixture> {
  const persistent = options.persistent ?? false;
  const temp = options.dir === undefined ? tempDataDir('proxy') : undefined;
  const dir = options.dir ?? temp!.dir;
  const config = fixtureConfig({ dataDir: dir, persistent });
  const store = persistent ? await openRaftStore(join(dir, 'journal')) : undefined;
  const system = ActorSystem.start(`proxy-fixture-${++systems}`);
  const applied: { shard: string; txId: string; candidate: DataTreeCandidate }[] = [];
  const holder: { fixture?: ProxyFixture } = {};
  const timers: Timers = options.timers ?? {
    now: () => holder.fixture!.clock,
    schedule: (delayMs, fn, scheduleOptions) => realTimers.schedule(delayMs, fn, scheduleOptions),
    cancel: (handle) => {
      realTimers.cancel(handle);
    },
  };
  const gate = new VisibilityGate(
    localShards(config)
      .filter((r) => r.datastore === 'config')
      .map((r) => r.shardName),
    2500,
    timers,
  );
  const manager = ShardManager.start({
    system,
    config,
    datastore: 'config',
    schema,
    logger: silentLogger(),
    storageFor: (replica) => {
      const storage = store === undefined ? new VolatileRaftStorage() : store.group(replica.id);
      return options.wrapStorage?.(replica.id, storage) ?? storage;
    },
    codecs: { codec: shardCodec, treeCodec: binaryTreeCodec },
    rng: new SeededRng(11),
    heapLimitBytes: 1 << 30,
    onApplied: (shard, commit) => {
      gate.applied(shard, commit);
      applied.push({ shard, txId: commit.txId, candidate: commit.candidate });
      options.onApplied?.(shard, commit);
    },
    tickMs: 50,
  });
  await manager.whenLoaded();
  await Promise.all([...manager.shards.values()].map((s) => s.whenReadable()));
  let counter = 0;
  const scratch = new DataTree(schema, { treeType: 'config' });
  const fixture: ProxyFixture = {
    manager,
    store,
    dir,
    applied,
    clock: 0,
    timers,
    ctx: undefined as unknown as ProxyContext,
    close: async () => {
      fixture.ctx.idle.stop();
      await manager.close();
      await store?.close();
      system.shutdown();
      temp?.remove();
    },
    kill: async () => {
      fixture.ctx.idle.stop();
      system.shutdown();
      await store?.close();
    },
  };
  holder.fixture = fixture;
  const idle = new IdleTracker(options.idleTimeoutMs ?? 60_000, timers);
  const locator =
    options.locator?.(manager) ?? new LocalShardLocator((name) => manager.shard(name));
  (fixture as { ctx: ProxyContext }).ctx = {
    storeName: 'config',
    router: manager.router,
    paths: pathCodec(schema),
    shards: new ShardClient(locator, timers, options.leaderRetry),
    localShards: [...manager.shards.keys()].sort(),
    visibility: gate,
    operationTimeoutMs: options.operationTimeoutMs ?? 5000,
    readableTimeoutMs: 5000,
    nextTransactionId: () => `test-tx-${++counter}`,
    checkOpen: () => undefined,
    scratchModification: () => scratch.takeSnapshot().newModification(),
    idle,
    timers,
  };
  return fixture;
}

/**
 * The transaction front of a simulated member: the production transaction proxies (src/txn:
 * TransactionProxy, the three-phase cohort, chains, the leader-following ShardClient) over a
 * ShardLocator whose replicas are reached through the simulated network (SimMember.call), with every
 * clock read and timer on simulated time (SimTimers). What a user of one member's DOMStore does in
 * production, the simulated clients do here; only the transport differs.
 *
 * NB: a read's answer carries the replica's DataTreeSnapshot object across the simulated network (a
 * stand-in for the data a real transport would carry); the transaction then builds its modification
 * on it, so it can commit only at the replica that gave the snapshot. That is the state of src/txn
 * today (see docs/ARCHITECTURE.md, transactions across leader changes).
 */
import { pathCodec } from '../../../src/tree/path.js';
import { DataTree } from '../../../src/tree/data-tree.js';
import type { DataTreeSnapshot } from '../../../src/tree/modification.js';
import type { ShardRouter } from '../../../src/shard/routing.js';
import type { CommitMode } from '../../../src/shard/shard-core.js';
import type {
  AppliedCommit,
  Outcome,
  ReadOutcome,
  ReadyTransaction,
} from '../../../src/shard/shard-types.js';
import { IdleTracker, type ProxyContext } from '../../../src/txn/context.js';
import { ShardClient } from '../../../src/txn/shard-client.js';
import type { ReadMode, ShardLocator, ShardReplica } from '../../../src/txn/shard-locator.js';
import { TransactionProxy } from '../../../src/txn/transaction-proxy.js';
import { VisibilityGate } from '../../../src/txn/visibility-gate.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { CommitOutcomeUnknownError, NotShardLeaderError } from '../../../src/shard/errors.js';
import type { ShardCoreBug } from '../../../src/shard/shard-types.js';
import { replicaId, type ReplicaOp, type ShardPlacement, type SimMember } from './member.js';
import type { SimTimers } from './timers.js';

/**
 * Bugs the simulation can plant, each to be caught by the check meant for it:
 * - `follower-local-read`: a linearizable read is served from the member's own replica's tree as it
 *   is (no ReadIndex): stale reads, caught by the strict-serializability check of the history.
 * - `proxy-retries-unknown`: a proxy treats a commit whose outcome is unknown
 *   (CommitOutcomeUnknownError from the replica that proposed it) as never made, and sends it again
 *   to the leader: caught by the exactly-once check (one transaction at two log indexes).
 * - `coordinator-ack-before-durable`, `forget-prepare-on-restart`: planted in the shard core
 *   (ShardCoreBug), caught by the all-or-nothing check of multi-shard transactions.
 * - `follower-read-before-apply`: planted in the shard core (ShardCoreBug); a member's linearizable
 *   reads are served by its own replica (the proxy's follower read), and a follower answers before
 *   its apply reaches the read point: caught by the strict-serializability check.
 */
export type ShardSimBug = 'follower-local-read' | 'proxy-retries-unknown' | ShardCoreBug;

/** Every bug the simulation can plant. */
export const shardSimBugs: readonly ShardSimBug[] = [
  'follower-local-read',
  'proxy-retries-unknown',
  'coordinator-ack-before-durable',
  'forget-prepare-on-restart',
  'coordinator-pushes-before-durable',
  'query-presumes-abort-while-live',
  'follower-read-before-apply',
];

function settle(outcome: Outcome | ReadOutcome): void {
  if (!outcome.ok) throw outcome.error;
}

/** One replica of a shard as a member's proxies reach it: locally, or over the network. */
class SimReplica implements ShardReplica {
  readonly id: string;
  readonly shard: string;
  private readonly from: SimMember;
  private readonly to: string;

  private readonly bugs: ReadonlySet<ShardSimBug>;

  constructor(from: SimMember, to: string, shard: string, bugs: ReadonlySet<ShardSimBug>) {
    this.bugs = bugs;
    this.from = from;
    this.to = to;
    this.shard = shard;
    this.id = replicaId(to, shard);
  }

  snapshotNow(mode: ReadMode): DataTreeSnapshot | undefined {
    // A stale read of this member's own replica needs no round trip; anything else asks.
    if (mode !== 'local' || this.to !== this.from.name) return undefined;
    return this.from.core(this.shard)?.readSnapshot();
  }

  async read(mode: ReadMode): Promise<DataTreeSnapshot> {
    // The planted bug: a linearizable read served from this member's own replica, as it is now.
    const outcome = (
      this.bugs.has('follower-local-read')
        ? await this.from.call(this.from.name, this.shard, { op: 'read', consistency: 'local' })
        : await this.call({ op: 'read', consistency: mode })
    ) as ReadOutcome;
    settle(outcome);
    return (outcome as Extract<ReadOutcome, { ok: true }>).snapshot;
  }

  async submit(tx: ReadyTransaction, mode: CommitMode): Promise<void> {
    const outcome = await this.call({ op: 'submit', tx, mode });
    if (
      !outcome.ok &&
      outcome.error instanceof CommitOutcomeUnknownError &&
      this.bugs.has('proxy-retries-unknown')
    ) {
      // The planted bug: the unknown outcome passed off as "nothing happened, ask the leader".
      throw new NotShardLeaderError(this.id, undefined, 'planted: an unknown outcome retried');
    }
    settle(outcome);
  }

  async canCommit(txId: string): Promise<void> {
    settle(await this.call({ op: 'canCommit', txId }));
  }

  async preCommit(txId: string): Promise<void> {
    settle(await this.call({ op: 'preCommit', txId }));
  }

  async commit(txId: string): Promise<void> {
    settle(await this.call({ op: 'commit', txId }));
  }

  async abort(txId: string): Promise<void> {
    settle(await this.call({ op: 'abort', txId }));
  }

  closeChain(chainId: string): void {
    void this.call({ op: 'closeChain', chainId });
  }

  private call(op: ReplicaOp): Promise<Outcome | ReadOutcome> {
    return this.from.call(this.to, this.shard, op);
  }
}

/** Every shard's replicas as `member` reaches them; its own replica first. */
class SimShardLocator implements ShardLocator {
  private readonly byShard = new Map<string, SimReplica[]>();
  private readonly member: SimMember;

  constructor(
    member: SimMember,
    placements: readonly ShardPlacement[],
    bugs: ReadonlySet<ShardSimBug>,
  ) {
    this.member = member;
    for (const p of placements) {
      const order = [...p.members].sort((a, b) =>
        a === member.name ? -1 : b === member.name ? 1 : a < b ? -1 : a > b ? 1 : 0,
      );
      this.byShard.set(
        p.name,
        order.map((m) => new SimReplica(member, m, p.name, bugs)),
      );
    }
  }

  replicas(name: string): readonly ShardReplica[] {
    const list = this.byShard.get(name);
    if (list === undefined) throw new RangeError(`no shard ${name}`);
    return list;
  }

  local(name: string): ShardReplica | undefined {
    return this.byShard.get(name)?.find((r) => r.id === replicaId(this.member.name, name));
  }
}

export interface FrontOptions {
  readonly member: SimMember;
  readonly placements: readonly ShardPlacement[];
  readonly schema: SchemaContext;
  readonly router: ShardRouter;
  readonly timers: SimTimers;
  readonly operationTimeoutMs: number;
  readonly bugs?: ReadonlySet<ShardSimBug> | undefined;
}

/** The transaction front of one member incarnation. */
export class SimFront {
  readonly ctx: ProxyContext;
  private readonly visibility: VisibilityGate;
  private closed = false;

  constructor(options: FrontOptions) {
    const { member, schema, timers } = options;
    // No shard is pinned from a local replica here (`localShards` below is empty: every read takes
    // a ReadIndex point, served by the member's own replica when it holds one (a follower read) or
    // else by the shard's leader; the serving replica's read hold and the proxy's cut check keep
    // multi-shard commits whole), so the gate has nothing to protect. Given the local shards, it closed for its whole
    // timeout on every multi-shard commit led from this member with a participant led elsewhere
    // (a follower's apply is not `live`, so the gate never hears that part).
    this.visibility = new VisibilityGate([], options.operationTimeoutMs / 2, timers);
    const scratch = new DataTree(schema, { treeType: 'config' });
    let counter = 0;
    this.ctx = {
      storeName: 'config',
      router: options.router,
      paths: pathCodec(schema),
      shards: new ShardClient(
        new SimShardLocator(member, options.placements, options.bugs ?? new Set()),
        timers,
      ),
      localShards: [],
      visibility: this.visibility,
      operationTimeoutMs: options.operationTimeoutMs,
      readableTimeoutMs: options.operationTimeoutMs,
      nextTransactionId: () => `${member.name}-tx-${timers.now()}-${++counter}`,
      checkOpen: () => {
        if (this.closed)
          throw new Error(`${member.name}: the front is closed (the member crashed)`);
      },
      scratchModification: () => scratch.takeSnapshot().newModification(),
      idle: new IdleTracker(60 * 60_000, timers),
      timers,
    };
  }

  /** A local replica applied `commit` (its listeners and the visibility gate hear of it). */
  applied(shard: string, commit: AppliedCommit): void {
    this.visibility.applied(shard, commit);
  }

  newReadWriteTransaction(): TransactionProxy {
    return new TransactionProxy(this.ctx, true);
  }

  newReadOnlyTransaction(): TransactionProxy {
    return new TransactionProxy(this.ctx, false);
  }

  close(): void {
    this.closed = true;
  }
}

/**
 * Shard replicas on other members, as the transaction proxies reach them (issue 11 point 4, ODL's
 * RemoteTransactionContext): each request to a RemoteReplica travels over a ShardServiceChannel (the
 * cluster transport with the shard-service codec; src/cluster/shard-service.ts binds it) to the
 * member holding the replica, whose shard service (shard-service.ts) calls the local shard actor and
 * sends its answer back. `RemoteShards` keeps the requests in flight of one member and settles each
 * with its answer.
 *
 * Order. A replica answers its requests in the order it settles them, and the proxies rely on it
 * (ack-order.ts: the acknowledgment order is the order the shards answered; the cohort's withdraw
 * reads "the commit's answer came first"). It holds across the transport: the server sends each
 * answer when the shard actor settles it (promise reactions run in settlement order) with
 * `sendWhenReady`, which keeps the order of one peer's messages, and the transport delivers in order
 * per pair while a connection lasts; here each answer settles its request as it arrives. A lost
 * connection loses answers, never reorders them.
 *
 * Delivery and failure, each safe for what it claims:
 * - A request to a member ClusterService marks unreachable or down, or that the transport could
 *   not take (the peer not connected, its send queue full), provably never left: it is refused with
 *   NotShardLeaderError naming no leader, so the ShardClient tries the next replica (fail fast,
 *   issue 11 point 3: no wait for the operation timeout).
 * - A request that left and whose answer cannot come any more (the connection was lost, or the
 *   member became unreachable) fails at once: a commit (the commit phase, a commit-on-ready submit)
 *   with CommitOutcomeUnknownError, never retried, since it may have committed; a read with
 *   NotShardLeaderError (it changed nothing: ask elsewhere); an abort succeeds (nothing is held for
 *   a dead coordinator beyond the shard's commit timeout); the other phases with
 *   ShardUnavailableError (the cohort proxy aborts).
 * - A request whose answer never comes while the connection stays up is the proxy's business (its
 *   operation timeout, ShardClient's `onTimeout`); `abandonAfterMs` only frees the entry long after.
 *
 * Reads: a remote replica serves a linearizable read by shipping its whole committed tree (encodeTree
 * at the leader's read point, with its applied index and pair marks): correct, and costly for a large
 * shard (docs/PERFORMANCE.md). A member holding a replica of the shard reads it locally instead
 * (cluster-locator.ts). Every time decision runs on the Timers port.
 */
import {
  CommitOutcomeUnknownError,
  NotShardLeaderError,
  ShardUnavailableError,
} from '../shard/errors.js';
import { ShardReadSnapshot } from '../shard/pair-marks.js';
import type { CommitMode } from '../shard/shard-core.js';
import type { ReadyTransaction } from '../shard/shard-types.js';
import { decodeTree, encodeModification } from '../tree/binary-codec.js';
import type { DataTree } from '../tree/data-tree.js';
import type { DataTreeSnapshot } from '../tree/modification.js';
import type { Timers, TimerHandle } from '../util/timers.js';
import type { ReadMode, ShardReplica } from './shard-locator.js';
import type {
  ShardServiceAnswer,
  ShardServiceOp,
  ShardServiceRequest,
  ShardServiceResult,
} from './shard-service-types.js';

/** How a member's requests reach other members (the cluster transport, or a test's). */
export interface ShardServiceChannel {
  /**
   * Sends `request` to `member`. `not-sent` when it provably did not leave and never will (the peer
   * is not connected now, or its send queue is full): nothing of it happened.
   */
  send(member: string, request: ShardServiceRequest): 'sent' | 'not-sent';
  /**
   * Why `member` cannot be reached now (ClusterService marks it unreachable or down, or it left), or
   * undefined when it can.
   */
  unreachable(member: string): string | undefined;
}

export interface RemoteShardsOptions {
  readonly channel: ShardServiceChannel;
  readonly timers: Timers;
  /**
   * How long an unanswered request is kept before it fails (ms). Above the proxies' operation
   * timeout, which decides first; this only bounds memory for answers that never come.
   */
  readonly abandonAfterMs: number;
}

interface Pending {
  readonly member: string;
  readonly replica: string;
  readonly op: ShardServiceOp;
  readonly resolve: (result: ShardServiceResult) => void;
  readonly timer: TimerHandle;
}

/** The requests in flight from this member to replicas on other members. See the file comment. */
export class RemoteShards {
  private readonly options: RemoteShardsOptions;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(options: RemoteShardsOptions) {
    this.options = options;
  }

  /**
   * The replica `replicaId` of shard `shard`, held by `member`; its read snapshots are decoded into
   * `tree`'s context (a tree of the datastore's schema and type that only lends its context).
   */
  replica(member: string, replicaId: string, shard: string, tree: DataTree): RemoteReplica {
    return new RemoteReplica(this, member, replicaId, shard, tree);
  }

  /** Requests sent and not answered yet. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** An answer from `from`; an answer nobody waits for (late, or a stranger's) is ignored. */
  answer(from: string, answer: ShardServiceAnswer): void {
    const p = this.pending.get(answer.requestId);
    if (p === undefined || p.member !== from) return;
    this.settle(answer.requestId, p, answer.result);
  }

  /**
   * `member` cannot answer any more (its connection was lost, ClusterService marks it unreachable
   * or down): fails every request in flight to it at once (see the file comment).
   */
  memberLost(member: string, reason: string): void {
    for (const [id, p] of [...this.pending]) {
      if (p.member === member) this.settle(id, p, lostResult(p, reason));
    }
  }

  /** Fails everything in flight; later requests are refused. Idempotent. */
  close(): void {
    this.closed = true;
    for (const [id, p] of [...this.pending]) {
      this.settle(id, p, lostResult(p, 'this member is closing'));
    }
  }

  /** Whether `member` can be reached now (ClusterService's view). */
  reachable(member: string): boolean {
    return this.options.channel.unreachable(member) === undefined;
  }

  /** @internal sends `op` to `replica` on `member`; resolves with the replica's result. */
  call(member: string, replica: string, op: ShardServiceOp): Promise<ShardServiceResult> {
    const refused = (why: string): Promise<ShardServiceResult> =>
      Promise.resolve({
        type: 'error',
        error: new NotShardLeaderError(replica, undefined, why),
      });
    if (this.closed) return refused('this member is closing');
    const down = this.options.channel.unreachable(member);
    if (down !== undefined) return refused(`member ${member} is ${down}`);
    const requestId = this.nextId++;
    const request: ShardServiceRequest = { requestId, replica, op };
    if (this.options.channel.send(member, request) === 'not-sent') {
      return refused(`member ${member} is not connected or its send queue is full; not sent`);
    }
    return new Promise((resolve) => {
      const timer = this.options.timers.schedule(
        this.options.abandonAfterMs,
        () => {
          const p = this.pending.get(requestId);
          if (p !== undefined) {
            this.settle(
              requestId,
              p,
              lostResult(p, `no answer within ${this.options.abandonAfterMs} ms`),
            );
          }
        },
        { background: true },
      );
      this.pending.set(requestId, { member, replica, op, resolve, timer });
    });
  }

  private settle(id: number, p: Pending, result: ShardServiceResult): void {
    this.pending.delete(id);
    this.options.timers.cancel(p.timer);
    p.resolve(result);
  }
}

/** What a request whose answer can no longer come gets (see the file comment). */
function lostResult(p: Pending, reason: string): ShardServiceResult {
  const why = `the connection to member ${p.member} was lost before the answer came (${reason})`;
  const op = p.op;
  switch (op.type) {
    case 'read':
      return { type: 'error', error: new NotShardLeaderError(p.replica, undefined, why) };
    case 'abort':
    case 'close-chain':
      return { type: 'ok' };
    case 'commit':
      return { type: 'error', error: new CommitOutcomeUnknownError(p.replica, op.txId, why) };
    case 'submit':
      return op.mode === 'commit-on-ready'
        ? { type: 'error', error: new CommitOutcomeUnknownError(p.replica, op.txId, why) }
        : { type: 'error', error: new ShardUnavailableError(p.replica, why) };
    case 'can-commit':
    case 'pre-commit':
      return { type: 'error', error: new ShardUnavailableError(p.replica, why) };
  }
}

/** A read's snapshot, decoded into `tree`'s context (a tree no transaction commits to). */
function snapshotOf(
  into: DataTree,
  result: Extract<ShardServiceResult, { type: 'read' }>,
): DataTreeSnapshot {
  const { tree, appliedIndex, shard, pairMarks } = result.read;
  const root = decodeTree(tree, into.context.nextVersion());
  if (shard === '') return into.snapshotOf(root, appliedIndex);
  return new ShardReadSnapshot(
    into.context,
    root,
    appliedIndex,
    shard,
    new Map(pairMarks.map((m) => [m.shard, { txId: m.txId, count: m.count }])),
  );
}

function settled(result: ShardServiceResult): void {
  if (result.type === 'error') throw result.error;
}

/** One replica of a shard on another member. See the file comment. */
export class RemoteReplica implements ShardReplica {
  readonly id: string;
  readonly shard: string;
  /** The member that holds it. */
  readonly member: string;
  private readonly remote: RemoteShards;
  private readonly tree: DataTree;

  constructor(remote: RemoteShards, member: string, id: string, shard: string, tree: DataTree) {
    this.remote = remote;
    this.tree = tree;
    this.member = member;
    this.id = id;
    this.shard = shard;
  }

  /** Never at once: every read is a round trip. */
  snapshotNow(_mode: ReadMode): DataTreeSnapshot | undefined {
    return undefined;
  }

  async read(mode: ReadMode): Promise<DataTreeSnapshot> {
    const result = await this.remote.call(this.member, this.id, { type: 'read', mode });
    if (result.type === 'read') return snapshotOf(this.tree, result);
    settled(result);
    throw new ShardUnavailableError(this.id, 'it answered a read without a snapshot');
  }

  async submit(tx: ReadyTransaction, mode: CommitMode): Promise<void> {
    settled(
      await this.remote.call(this.member, this.id, {
        type: 'submit',
        txId: tx.txId,
        modification: encodeModification(tx.mod),
        baseIndex: tx.mod.base.appliedIndex,
        verifications: tx.mod.verifications.map((p) => p.text),
        participants: tx.participants,
        chainId: tx.chainId,
        mode,
      }),
    );
  }

  async canCommit(txId: string): Promise<void> {
    settled(await this.remote.call(this.member, this.id, { type: 'can-commit', txId }));
  }

  async preCommit(txId: string): Promise<void> {
    settled(await this.remote.call(this.member, this.id, { type: 'pre-commit', txId }));
  }

  async commit(txId: string): Promise<void> {
    settled(await this.remote.call(this.member, this.id, { type: 'commit', txId }));
  }

  async abort(txId: string): Promise<void> {
    settled(await this.remote.call(this.member, this.id, { type: 'abort', txId }));
  }

  closeChain(chainId: string): void {
    void this.remote.call(this.member, this.id, { type: 'close-chain', chainId });
  }

  /** Whether its member can be reached now (ClusterService's view): see ShardClient's fail-fast. */
  reachable(): boolean {
    return this.remote.reachable(this.member);
  }
}

/**
 * The server half of the shard service: a member answers the requests other members' proxies send
 * to its replicas (remote-replica.ts) by calling the local shard actor (shard-actor.ts's Shard), and
 * hands each answer back through `reply` once the actor settled it. It never blocks: every call is a
 * message to the actor, answered later; decoding a modification is the only work done in line.
 *
 * Order: `reply` is called in the order the actor settles its requests (promise reactions run in
 * settlement order), which the transport binding keeps on the wire (remote-replica.ts, "Order").
 *
 * A submitted modification arrives as operations with the applied index of the snapshot it was built
 * on. It is decoded here on an empty scratch tree of the datastore's schema (recording operations
 * does not read the base) tagged with that index; the replica's core, which does not own that
 * tree, re-records it on its committed root at the index (ShardCore's ownModification), so conflicts
 * are judged exactly as the sender's snapshot implies. Verified paths travel with it.
 *
 * Refusals: a request for a replica this member does not hold, or whose actor is down, is answered
 * NotShardLeaderError naming no leader (nothing of it happened: the sender tries another replica),
 * except an abort or a chain's close, which succeed (nothing is held there: idempotent, as a local
 * replica that is down answers); a request that does not decode is answered with its typed error,
 * never a crash.
 */
import { NotShardLeaderError } from '../shard/errors.js';
import type { PairMark } from '../shard/pair-marks.js';
import { ShardReadSnapshot } from '../shard/pair-marks.js';
import type { CommitMode } from '../shard/shard-core.js';
import type { ReadyTransaction } from '../shard/shard-types.js';
import { decodeModification, encodeTree } from '../tree/binary-codec.js';
import { DataTree } from '../tree/data-tree.js';
import type { TreeType } from '../tree/json-codec.js';
import type { DataTreeSnapshot } from '../tree/modification.js';
import type { SchemaContext } from '../yang/schema.js';
import type { ReadMode } from './shard-locator.js';
import type {
  ShardServiceRequest,
  ShardServiceResult,
  SubmitRequest,
} from './shard-service-types.js';

/** A local replica as the service calls it (shard-actor.ts's Shard offers all of it). */
export interface ServedReplica {
  /** Whether its actor was closed or killed. */
  readonly down: boolean;
  submit(tx: ReadyTransaction, mode: CommitMode): Promise<void>;
  canCommit(txId: string): Promise<void>;
  preCommit(txId: string): Promise<void>;
  commit(txId: string): Promise<void>;
  abort(txId: string): Promise<void>;
  closeChain(chainId: string): void;
  read(mode: ReadMode): Promise<DataTreeSnapshot>;
}

/** Where a replica id leads on this member. */
export interface ServedShard {
  readonly replica: ServedReplica;
  readonly schema: SchemaContext;
  readonly treeType: TreeType;
}

export interface ShardServiceServerOptions {
  /** This member's name (for refusals). */
  readonly member: string;
  /** This member's replica `replicaId`, or undefined when it holds none. */
  readonly lookup: (replicaId: string) => ServedShard | undefined;
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

const OK: ShardServiceResult = { type: 'ok' };

/** Answers requests addressed to this member's replicas. See the file comment. */
export class ShardServiceServer {
  private readonly options: ShardServiceServerOptions;
  private readonly scratch = new Map<string, DataTree>();

  constructor(options: ShardServiceServerOptions) {
    this.options = options;
  }

  /** Handles `request`; `reply` is called once, with the replica's result. */
  handle(request: ShardServiceRequest, reply: (result: ShardServiceResult) => void): void {
    const fail = (e: unknown): void => {
      reply({ type: 'error', error: asError(e) });
    };
    const served = this.options.lookup(request.replica);
    if (
      (served === undefined || served.replica.down) &&
      (request.op.type === 'abort' || request.op.type === 'close-chain')
    ) {
      // Nothing of the transaction (or chain) is held here any more: abort is idempotent.
      reply(OK);
      return;
    }
    if (served === undefined || served.replica.down) {
      const why =
        served === undefined
          ? `member ${this.options.member} holds no replica ${request.replica}`
          : 'the replica is down';
      fail(new NotShardLeaderError(request.replica, undefined, why));
      return;
    }
    const replica = served.replica;
    const done = (p: Promise<void>): void => {
      p.then(() => {
        reply(OK);
      }, fail);
    };
    const op = request.op;
    try {
      switch (op.type) {
        case 'submit':
          done(replica.submit(this.readyTransaction(served, request.replica, op), op.mode));
          return;
        case 'can-commit':
          done(replica.canCommit(op.txId));
          return;
        case 'pre-commit':
          done(replica.preCommit(op.txId));
          return;
        case 'commit':
          done(replica.commit(op.txId));
          return;
        case 'abort':
          done(replica.abort(op.txId));
          return;
        case 'close-chain':
          replica.closeChain(op.chainId);
          reply(OK);
          return;
        case 'read':
          replica.read(op.mode).then((snapshot) => {
            reply(readResult(snapshot));
          }, fail);
          return;
      }
    } catch (error) {
      // A modification that does not decode (BinaryDecodeError, InvalidPathError, ...).
      fail(error);
    }
  }

  private readyTransaction(
    served: ServedShard,
    replicaId: string,
    op: SubmitRequest,
  ): ReadyTransaction {
    let tree = this.scratch.get(replicaId);
    if (tree === undefined) {
      tree = new DataTree(served.schema, { treeType: served.treeType });
      this.scratch.set(replicaId, tree);
    }
    const base = tree.snapshotOf(tree.root, op.baseIndex);
    const mod = decodeModification(op.modification, base, (m) => {
      for (const path of op.verifications) m.verifyUnchanged(path);
    });
    return { txId: op.txId, mod, participants: op.participants, chainId: op.chainId };
  }
}

/** A read's snapshot as it travels: the whole tree, its applied index and pair marks. */
function readResult(snapshot: DataTreeSnapshot): ShardServiceResult {
  const marks: [string, PairMark][] =
    snapshot instanceof ShardReadSnapshot ? [...snapshot.pairMarks] : [];
  return {
    type: 'read',
    read: {
      tree: encodeTree(snapshot.root),
      appliedIndex: snapshot.appliedIndex ?? 0,
      shard: snapshot instanceof ShardReadSnapshot ? snapshot.shard : '',
      pairMarks: marks.map(([shard, m]) => ({ shard, txId: m.txId, count: m.count })),
    },
  };
}

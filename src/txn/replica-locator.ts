/**
 * A ShardLocator over shard replicas that may not lead: the replicas of a replicated shard group as
 * shard actors in this process (shard-actor.ts's Shard, reached over the in-process network today and
 * over the cluster transport in issue 11). Each shard lists its replicas, this member's own first; the
 * ShardClient (shard-client.ts) finds the leader by following NotShardLeaderError answers.
 *
 * A replica that is down (its actor was closed or killed: a dead process, as far as a caller can
 * tell) refuses a request before sending it with NotShardLeaderError naming no leader: nothing of the
 * request happened, so the client tries the next replica after its backoff, as it does while an
 * election runs. A request already at a replica when it dies is answered by the replica's stop:
 * CommitOutcomeUnknownError for a commit handed to Raft (never retried), ShardUnavailableError for
 * what it had not proposed. A read or a submit refused that way by a replica that is down now is
 * turned into the same NotShardLeaderError (a submit not proposed left nothing behind: the stop
 * dropped it), so the client takes it to the next leader; the three-phase steps keep the error (their
 * state lived on the dead leader; shard-client.ts and the cohort proxy decide).
 *
 * Reads: a sole voter's committed tree is linearizable and served at once (`snapshotNow`); a replica
 * of a group serves a linearizable read only through its actor (ReadIndex: on the leader, or on a
 * follower, which asks its leader for the read point and answers once it applied past it; with no
 * leader known it refuses), and a local read from its own tree.
 */
import type { DataTreeSnapshot } from '../tree/modification.js';
import { NotShardLeaderError, ShardUnavailableError } from '../shard/errors.js';
import type { CommitMode } from '../shard/shard-core.js';
import type { ReadyTransaction } from '../shard/shard-types.js';
import type { ReadMode, ShardAccess, ShardLocator, ShardReplica } from './shard-locator.js';

/** A shard replica as its actor's handle offers it, with what a replica of a group needs beyond it. */
export interface ReplicaAccess extends ShardAccess {
  /** Whether it is its shard's only voter (its committed tree is then linearizable). */
  readonly soleVoter: boolean;
  /** Whether its actor was closed or killed: it takes no request any more. */
  readonly down: boolean;
  /** A snapshot of the committed tree for `mode` (linearizable: NotShardLeaderError off the leader). */
  read(mode: ReadMode): Promise<DataTreeSnapshot>;
}

/** One replica of a shard as the proxies reach it (a local replica of a group: cluster-locator.ts too). */
export class GroupReplica implements ShardReplica {
  readonly id: string;
  readonly shard: string;
  private readonly access: ReplicaAccess;

  constructor(access: ReplicaAccess) {
    this.access = access;
    this.id = access.id;
    this.shard = access.name;
  }

  snapshotNow(mode: ReadMode): DataTreeSnapshot | undefined {
    if (this.access.down) return undefined;
    if (mode === 'linearizable' && !this.access.soleVoter) return undefined;
    return this.access.readSnapshot();
  }

  read(mode: ReadMode): Promise<DataTreeSnapshot> {
    return this.call(() => this.access.read(mode)).catch((e: unknown) => this.ifDown(e));
  }

  submit(tx: ReadyTransaction, mode: CommitMode): Promise<void> {
    return this.call(() => this.access.submit(tx, mode)).catch((e: unknown) => this.ifDown(e));
  }

  canCommit(txId: string): Promise<void> {
    return this.call(() => this.access.canCommit(txId));
  }

  preCommit(txId: string): Promise<void> {
    return this.call(() => this.access.preCommit(txId));
  }

  commit(txId: string): Promise<void> {
    return this.call(() => this.access.commit(txId));
  }

  abort(txId: string): Promise<void> {
    // A replica that is down holds nothing of the transaction any more.
    if (this.access.down) return Promise.resolve();
    return this.access.abort(txId);
  }

  closeChain(chainId: string): void {
    if (!this.access.down) this.access.closeChain(chainId);
  }

  /** A ShardUnavailableError from a replica that is down now: refused, safe to send elsewhere. */
  private ifDown(error: unknown): never {
    if (error instanceof ShardUnavailableError && this.access.down) {
      throw new NotShardLeaderError(this.id, undefined, `the replica went down (${error.message})`);
    }
    throw error;
  }

  private call<T>(send: () => Promise<T>): Promise<T> {
    if (this.access.down) {
      return Promise.reject(new NotShardLeaderError(this.id, undefined, 'the replica is down'));
    }
    return send();
  }
}

/**
 * The locator of a member whose shards are replicated groups reachable in this process. `replicasOf`
 * lists a shard's replicas (this member's own first, if it holds one), or throws
 * ShardUnavailableError when the shard has none; `member` names this member (its replica is `local`).
 */
export class ReplicaSetLocator implements ShardLocator {
  private readonly replicasOf: (name: string) => readonly ReplicaAccess[];
  private readonly localSuffix: string;
  private readonly byName = new Map<string, readonly ShardReplica[]>();

  constructor(replicasOf: (name: string) => readonly ReplicaAccess[], member: string) {
    this.replicasOf = replicasOf;
    this.localSuffix = `${member}-shard-`;
  }

  replicas(name: string): readonly ShardReplica[] {
    let replicas = this.byName.get(name);
    if (replicas === undefined) {
      const list = this.replicasOf(name);
      if (list.length === 0) {
        throw new ShardUnavailableError(name, 'the shard has no replica this member can reach');
      }
      replicas = list.map((access) => new GroupReplica(access));
      this.byName.set(name, replicas);
    }
    return replicas;
  }

  local(name: string): ShardReplica | undefined {
    try {
      return this.replicas(name).find((r) => r.id.startsWith(this.localSuffix));
    } catch (error) {
      if (error instanceof ShardUnavailableError) return undefined;
      throw error;
    }
  }
}

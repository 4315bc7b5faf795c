/**
 * The port through which the transaction proxies reach shards (design 003: "the ShardManager ...
 * provides a mechanism to locate the shard to which a message needs to be sent"; ODL's
 * ActorUtils.findPrimaryShard). A shard is a Raft group of replicas; only its leader takes
 * transaction work. A replica that does not lead refuses a request before queuing it with
 * NotShardLeaderError, naming the leader it knows (or none), so the request is safe to send again to
 * the leader; shard-client.ts follows these answers. The proxies never hold a replica beyond one
 * request: which replica leads is the client's cached belief, never a fact.
 *
 * `LocalShardLocator` is what runs today: every shard a sole voter on this member, whose local replica
 * always leads (once it recovered). A locator over the cluster transport (issue 11) will list every
 * replica of a shard, local or remote, behind the same interface.
 */
import type { DataTreeSnapshot } from '../tree/modification.js';
import { ShardUnavailableError } from '../shard/errors.js';
import type { CommitMode } from '../shard/shard-core.js';
import type { ReadyTransaction } from '../shard/shard-types.js';

/**
 * A shard replica of this member as its actor's handle offers it (shard-actor.ts's Shard): what
 * listeners read, and what the local locator (shard-locator.ts) wraps for the proxies.
 */
export interface ShardAccess {
  readonly id: string;
  readonly name: string;
  /** A snapshot of the committed tree, or undefined when not readable yet; throws when stopped. */
  readSnapshot(): DataTreeSnapshot | undefined;
  whenReadable(): Promise<void>;
  submit(tx: ReadyTransaction, mode: CommitMode): Promise<void>;
  canCommit(txId: string): Promise<void>;
  preCommit(txId: string): Promise<void>;
  commit(txId: string): Promise<void>;
  abort(txId: string): Promise<void>;
  closeChain(chainId: string): void;
}

/**
 * Which snapshot a read takes (the shard core's ReadConsistency): `linearizable` is the leader's
 * committed tree once it knows it still leads (ReadIndex); `local` is this member's replica's committed
 * tree, which may lag the leader (stale).
 */
export type ReadMode = 'linearizable' | 'local';

/**
 * One replica of a shard as the proxies reach it. Every request may be refused with
 * NotShardLeaderError (nothing of it happened) unless said otherwise; other errors are the shard's.
 */
export interface ShardReplica {
  /** The replica id (`member-1-shard-inventory-config`): what errors name. */
  readonly id: string;
  /** The shard's name (`inventory`). */
  readonly shard: string;
  /**
   * A snapshot of the committed tree that serves `mode` at once, without asking anyone: for
   * `linearizable` only a replica that knows it leads with no round trip (a sole voter), for `local` any local
   * replica that is readable. Undefined otherwise (then `read`). Throws ShardUnavailableError when
   * the replica stopped.
   */
  snapshotNow(mode: ReadMode): DataTreeSnapshot | undefined;
  /**
   * A snapshot of the committed tree for `mode`, once the replica can give one (it recovers, resolves
   * a transaction in doubt, or confirms its leadership). `linearizable` on a replica that does not lead:
   * NotShardLeaderError.
   */
  read(mode: ReadMode): Promise<DataTreeSnapshot>;
  /** Hands a ready transaction over (ODL's ReadyLocalTransaction). */
  submit(tx: ReadyTransaction, mode: CommitMode): Promise<void>;
  canCommit(txId: string): Promise<void>;
  preCommit(txId: string): Promise<void>;
  commit(txId: string): Promise<void>;
  /** Abandons the transaction; an unknown one is no error (idempotent). */
  abort(txId: string): Promise<void>;
  /** Forgets a closed chain's failure (best effort, no answer). */
  closeChain(chainId: string): void;
  /**
   * Whether the replica's member can be reached now, as ClusterService sees it (a replica on another
   * member: remote-replica.ts); absent for a local replica, which always can. When no replica of a
   * shard can be reached, a request fails at once (ShardClient) instead of waiting out its timeout.
   */
  reachable?: (() => boolean) | undefined;
}

/** Where the replicas of each shard are. */
export interface ShardLocator {
  /**
   * The replicas of shard `name` (at least one), in the order to try them while no leader is known;
   * throws ShardUnavailableError when the shard has no replica this member can reach.
   */
  replicas(name: string): readonly ShardReplica[];
  /** This member's replica of shard `name`, if it holds one (stale reads and pinning read it). */
  local(name: string): ShardReplica | undefined;
}

/** A replica of this member over its shard actor (shard-actor.ts's Shard): a sole voter. */
class LocalReplica implements ShardReplica {
  readonly id: string;
  readonly shard: string;
  private readonly access: ShardAccess;

  constructor(access: ShardAccess) {
    this.access = access;
    this.id = access.id;
    this.shard = access.name;
  }

  /** A sole voter leads whenever it is readable: its committed tree is linearizable. */
  snapshotNow(_mode: ReadMode): DataTreeSnapshot | undefined {
    return this.access.readSnapshot();
  }

  async read(_mode: ReadMode): Promise<DataTreeSnapshot> {
    for (;;) {
      await this.access.whenReadable();
      const snapshot = this.access.readSnapshot();
      if (snapshot !== undefined) return snapshot;
    }
  }

  submit(tx: ReadyTransaction, mode: CommitMode): Promise<void> {
    return this.access.submit(tx, mode);
  }

  canCommit(txId: string): Promise<void> {
    return this.access.canCommit(txId);
  }

  preCommit(txId: string): Promise<void> {
    return this.access.preCommit(txId);
  }

  commit(txId: string): Promise<void> {
    return this.access.commit(txId);
  }

  abort(txId: string): Promise<void> {
    return this.access.abort(txId);
  }

  closeChain(chainId: string): void {
    this.access.closeChain(chainId);
  }
}

/**
 * The locator of a member whose shards are all local sole voters (today's deployment): each shard's
 * one replica is its leader. `lookup` gives the local shard or throws ShardUnavailableError.
 */
export class LocalShardLocator implements ShardLocator {
  private readonly lookup: (name: string) => ShardAccess;
  private readonly replicasByName = new Map<string, readonly ShardReplica[]>();

  constructor(lookup: (name: string) => ShardAccess) {
    this.lookup = lookup;
  }

  replicas(name: string): readonly ShardReplica[] {
    let replicas = this.replicasByName.get(name);
    if (replicas === undefined) {
      replicas = [new LocalReplica(this.lookup(name))];
      this.replicasByName.set(name, replicas);
    }
    return replicas;
  }

  local(name: string): ShardReplica | undefined {
    try {
      return this.replicas(name)[0];
    } catch (error) {
      // No local replica: the shard's requests fail with the lookup's error.
      if (error instanceof ShardUnavailableError) return undefined;
      throw error;
    }
  }
}

/**
 * The ShardLocator of a member of a cluster (issue 11 point 4): each shard's replicas as
 * module-shards.conf places them, this member's own first (a local shard actor, GroupReplica), then
 * the others in configuration order (RemoteReplica over the shard service). The ShardClient finds
 * the leader by following NotShardLeaderError answers, local or remote alike.
 *
 * Reads: a linearizable read goes to the shard's leader through the ShardClient. A member that
 * holds a replica could serve it locally through its follower (the core asks the leader for a read
 * index and waits to apply past it: ShardCore.read); the transaction proxy asks the leader today, and
 * a member without a replica gets the leader's tree shipped (remote-replica.ts).
 */
import { ShardUnavailableError } from '../shard/errors.js';
import { DataTree } from '../tree/data-tree.js';
import type { TreeType } from '../tree/json-codec.js';
import type { SchemaContext } from '../yang/schema.js';
import type { RemoteShards } from './remote-replica.js';
import { GroupReplica, type ReplicaAccess } from './replica-locator.js';
import type { ShardLocator, ShardReplica } from './shard-locator.js';

export interface ClusterLocatorOptions {
  /** This member's name. */
  readonly member: string;
  /** The datastore (`config`, `operational`): the last part of a replica id. */
  readonly datastore: TreeType;
  readonly schema: SchemaContext;
  /** The members that hold shard `name`'s replicas (module-shards.conf), or undefined for none. */
  readonly placement: (name: string) => readonly string[] | undefined;
  /** This member's replica of shard `name`, when it holds one. */
  readonly local: (name: string) => ReplicaAccess | undefined;
  /** Requests to the other members' replicas. */
  readonly remote: RemoteShards;
}

/** A replica id as production names it (`member-2-shard-inventory-config`). */
export function replicaIdOf(member: string, shard: string, datastore: string): string {
  return `${member}-shard-${shard}-${datastore}`;
}

/** Every replica of every shard in the cluster. See the file comment. */
export class ClusterShardLocator implements ShardLocator {
  private readonly options: ClusterLocatorOptions;
  private readonly byName = new Map<string, readonly ShardReplica[]>();
  private readonly tree: DataTree;

  constructor(options: ClusterLocatorOptions) {
    this.options = options;
    this.tree = new DataTree(options.schema, { treeType: options.datastore });
  }

  replicas(name: string): readonly ShardReplica[] {
    let replicas = this.byName.get(name);
    if (replicas === undefined) {
      const { member, datastore, remote } = this.options;
      const members = this.options.placement(name) ?? [];
      const list: ShardReplica[] = [];
      const local = members.includes(member) ? this.options.local(name) : undefined;
      if (local !== undefined) list.push(new GroupReplica(local));
      for (const m of members) {
        if (m === member) continue;
        list.push(remote.replica(m, replicaIdOf(m, name, datastore), name, this.tree));
      }
      if (list.length === 0) {
        throw new ShardUnavailableError(
          replicaIdOf(member, name, datastore),
          `shard ${name} has no replica in the cluster's configuration`,
        );
      }
      replicas = list;
      this.byName.set(name, replicas);
    }
    return replicas;
  }

  local(name: string): ShardReplica | undefined {
    try {
      const first = this.replicas(name)[0];
      return first instanceof GroupReplica ? first : undefined;
    } catch (error) {
      if (error instanceof ShardUnavailableError) return undefined;
      throw error;
    }
  }
}

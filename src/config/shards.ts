/**
 * What the ShardManager needs from a Config: the shard replicas a member hosts (one per shard it
 * replicates, per datastore type), and the routing table from data to shard.
 *
 * Shard replica ids follow ODL's ShardIdentifier: `<member>-shard-<shard>-<datastore>`, e.g.
 * `member-1-shard-inventory-config`. Routing follows design 003's strategies: a path whose longest
 * matching `prefix` entry exists goes to that entry's shard; else the namespace of its first step
 * selects a `module` entry's shard; else it goes to the default shard (ODL's DefaultShardStrategy).
 * This file provides the table only: matching a path against a prefix needs the path parser of
 * src/tree, which the shard layer owns. Pure.
 */
import { DATASTORE_TYPES, DEFAULT_SHARD_NAME } from './types.js';
import type { Config, DatastoreSettings, DatastoreType } from './types.js';

/** ODL's shard replica id: `<member>-shard-<shard>-<datastore>`. */
export function shardId(memberName: string, shardName: string, datastore: DatastoreType): string {
  return `${memberName}-shard-${shardName}-${datastore}`;
}

/** One shard replica a member hosts. */
export interface LocalShard {
  /** `<member>-shard-<shard>-<datastore>`; also names its directory under data-dir. */
  readonly id: string;
  readonly shardName: string;
  readonly memberName: string;
  readonly datastore: DatastoreType;
  /** Every replica's member name, this one included, in configured order. */
  readonly replicas: readonly string[];
  /** The ids of the other replicas of this shard in the same datastore (its Raft peers). */
  readonly peerIds: readonly string[];
  /** The settings of this replica's datastore type. */
  readonly settings: DatastoreSettings;
}

/**
 * The replicas `memberName` (default: the config's own member) hosts: for each shard listing it, in
 * config order, one per datastore type (config first). Empty for a member that replicates nothing.
 */
export function localShards(config: Config, memberName: string = config.memberName): LocalShard[] {
  const out: LocalShard[] = [];
  for (const datastore of DATASTORE_TYPES) {
    for (const shard of config.shards) {
      if (!shard.replicas.includes(memberName)) continue;
      out.push(
        Object.freeze({
          id: shardId(memberName, shard.name, datastore),
          shardName: shard.name,
          memberName,
          datastore,
          replicas: shard.replicas,
          peerIds: Object.freeze(
            shard.replicas
              .filter((m) => m !== memberName)
              .map((m) => shardId(m, shard.name, datastore)),
          ),
          settings: config.datastore[datastore],
        }),
      );
    }
  }
  return out;
}

/** A prefix entry of modules.conf, for routing. */
export interface PrefixRoute {
  /** The RFC 8040 path as written in modules.conf. */
  readonly prefix: string;
  readonly namespace: string;
  readonly module: string;
  readonly shard: string;
}

/** Where data goes, by strategy. The same for both datastore types. */
export interface ShardRoutingTable {
  /** Prefix entries, longest prefix first (ties by text), so the first match is the longest. */
  readonly prefixes: readonly PrefixRoute[];
  /** `module` entries: the namespace of a path's first step to its shard. */
  readonly moduleShards: ReadonlyMap<string, string>;
  /** Everything else. */
  readonly defaultShard: string;
  /** Each shard's replicas, by shard name. */
  readonly replicas: ReadonlyMap<string, readonly string[]>;
}

/** The routing table of `config`. */
export function shardRoutingTable(config: Config): ShardRoutingTable {
  const prefixes: PrefixRoute[] = [];
  const moduleShards = new Map<string, string>();
  for (const m of config.modules) {
    if (m.strategy.type === 'module') moduleShards.set(m.namespace, m.shard);
    else {
      prefixes.push({
        prefix: m.strategy.prefix,
        namespace: m.namespace,
        module: m.name,
        shard: m.shard,
      });
    }
  }
  prefixes.sort((a, b) =>
    b.prefix.length !== a.prefix.length
      ? b.prefix.length - a.prefix.length
      : a.prefix < b.prefix
        ? -1
        : 1,
  );
  return {
    prefixes,
    moduleShards,
    defaultShard: DEFAULT_SHARD_NAME,
    replicas: new Map(config.shards.map((s) => [s.name, s.replicas])),
  };
}

/**
 * The shard for data whose first step is in `namespace`, given which prefixes the path starts with
 * (`startsWithPrefix`, supplied by the caller that can parse paths). The routing rule in one place.
 */
export function routeShard(
  table: ShardRoutingTable,
  namespace: string,
  startsWithPrefix: (route: PrefixRoute) => boolean,
): string {
  for (const route of table.prefixes) {
    if (startsWithPrefix(route)) return route.shard;
  }
  return table.moduleShards.get(namespace) ?? table.defaultShard;
}

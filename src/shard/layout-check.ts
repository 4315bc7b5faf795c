/**
 * The start-up checks that keep a change of the shard layout (modules.conf, module-shards.conf) from
 * hiding acknowledged data. Neither OpenDaylight nor canopy migrates data between shards; what canopy
 * does is refuse to start when the configured layout no longer matches what is on disk:
 *
 * - `foreignReplicaGroups` + `describeData`: a journal group named like a replica of this datastore
 *   (`<member>-shard-<shard>-<datastore>`) that is not one of the member's replicas now, and that holds
 *   data (a snapshot, or a journal entry carrying a transaction record), was written under another
 *   layout: nobody would read it again. A group holding only Raft's own entries (the bootstrap
 *   membership, a new leader's empty entry: a replica that never committed a transaction) holds
 *   nothing to lose.
 * - `findMisroutedData`: a recovered shard's tree may hold only what the router sends to that shard
 *   (prefix > module > default, routing.ts), plus, in a prefix shard, the bare structure leading to
 *   its prefix. Data there that routing sends elsewhere is invisible to every read. The walk stays
 *   cheap: it visits the top-level nodes and then descends only along the configured prefix paths,
 *   never the whole tree. Below a node the shard owns with no prefix under it, every node has the same
 *   owner, so nothing further is looked at; a node it holds only as structure may contain nothing but
 *   key leaves and the way to its own prefixes, so the walk stops at the first child that is neither.
 *
 * Pure: trees, paths and the router come in; no I/O.
 */
import type { DatastoreType } from '../config/types.js';
import { assert } from '../util/assert.js';
import type { DurableState } from '../raft/storage.js';
import { childOf, orderedEntries, type ContainerNode, type TreeNode } from '../tree/node.js';
import { resolveChild, rootPath, type ResolvedPath } from '../tree/path.js';
import type { JsonScalar } from '../yang/schema.js';
import type { ShardRouter } from './routing.js';

/**
 * The groups of `groups` named like replicas of `datastore` (`<member>-shard-<shard>-<datastore>`, ODL's
 * ShardIdentifier) that are not in `localIds`, in the order given. Groups named otherwise are not
 * replicas of a datastore and are left alone.
 */
export function foreignReplicaGroups(
  groups: readonly string[],
  localIds: ReadonlySet<string>,
  datastore: DatastoreType,
): string[] {
  const suffix = `-${datastore}`;
  return groups.filter((g) => {
    if (localIds.has(g) || !g.endsWith(suffix)) return false;
    const at = g.indexOf('-shard-');
    return at > 0 && at + '-shard-'.length < g.length - suffix.length;
  });
}

/**
 * What a replica's durable state holds of data, for a message (`3 journal entries with transaction
 * records, a snapshot at index 20000`), or undefined when it holds none: no snapshot, and no entry
 * but Raft's own (membership changes, a leader's empty entry).
 */
export function describeData(state: DurableState): string | undefined {
  const parts: string[] = [];
  const snapshotIndex = state.snapshot?.meta.index ?? 0;
  const records = state.entries.filter(
    (e) => e.type === 'normal' && e.data.length > 0 && e.index > snapshotIndex,
  ).length;
  if (records > 0) {
    parts.push(
      `${records} journal ${records === 1 ? 'entry' : 'entries'} with transaction records`,
    );
  }
  if (state.snapshot !== undefined && snapshotIndex > 0) {
    parts.push(`a snapshot at index ${snapshotIndex}`);
  }
  return parts.length === 0 ? undefined : parts.join(', ');
}

/** Data a shard's tree holds that routing sends elsewhere. */
export interface Misrouted {
  /** The first such node, RFC 8040 text; for a whole list, its first entry. */
  readonly path: string;
  /** The shard routing sends it to. */
  readonly routedTo: string;
}

/**
 * The first node of `root` (the committed tree of shard `shard`) that `router` routes to another
 * shard, or undefined when the tree holds only what belongs there (see the file comment).
 */
export function findMisroutedData(
  router: ShardRouter,
  shard: string,
  root: ContainerNode,
): Misrouted | undefined {
  const top = rootPath(router.schema);
  let found: Misrouted | undefined;
  root.children.forEach((child, qname) => {
    found ??= walk(router, shard, resolveChild(top, { kind: 'node', qname }), child, top);
  });
  return found;
}

/**
 * Checks the node `node` at `path` (a non-root path; `parent` is its parent's path, needed to name the
 * entries of a list).
 */
function walk(
  router: ShardRouter,
  shard: string,
  path: ResolvedPath,
  node: TreeNode,
  parent: ResolvedPath,
): Misrouted | undefined {
  const owner = router.ownerOf(path)!;
  const below = router.route(path).below;
  if (below.length === 0) {
    return owner === shard ? undefined : misplaced(router, path, node, parent, owner);
  }
  if (owner === shard) {
    // Everything here is ours except what lies at or below the prefixes under this node: follow them.
    const depth = path.steps.length;
    const seen = new Set<string>();
    for (const boundary of below) {
      const step = boundary.path.steps[depth]!;
      if (seen.has(step.key)) continue;
      seen.add(step.key);
      const child = childOf(node, step.key);
      if (child === undefined) continue;
      const childPath =
        step.kind === 'entry'
          ? entryPath(parent, step.schema.qname, step.keys)
          : resolveChild(path, { kind: 'node', qname: step.key });
      const hit = walk(router, shard, childPath, child, path);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
  // Not ours: allowed only as bare structure on the way to one of our own prefixes.
  if (!below.some((b) => b.shard === shard)) return misplaced(router, path, node, parent, owner);
  return structureChildren(router, shard, path, node, parent);
}

/** Checks the children of a node the shard holds as structure only. */
function structureChildren(
  router: ShardRouter,
  shard: string,
  path: ResolvedPath,
  node: TreeNode,
  parent: ResolvedPath,
): Misrouted | undefined {
  let found: Misrouted | undefined;
  switch (node.kind) {
    case 'list':
      for (const entry of node.entries.values()) {
        const at = entryPath(parent, path.target!.qname, entry.keys);
        found = walk(router, shard, at, entry, path);
        if (found !== undefined) return found;
      }
      return undefined;
    case 'container':
    case 'entry': {
      const target = path.target;
      const keys = node.kind === 'entry' && target?.kind === 'list' ? target.keys : [];
      node.children.forEach((child, qname) => {
        if (found !== undefined || keys.includes(qname)) return;
        found = walk(router, shard, resolveChild(path, { kind: 'node', qname }), child, path);
      });
      return found;
    }
    case 'leaf-list':
    case 'value':
    case 'leaf':
    case 'anydata':
      // routing.ts refuses a prefix below these, so no boundary can lie under one.
      assert(false, () => `${path.text}: a shard boundary below a ${node.kind}`);
  }
}

/** The report for a node routed to `owner`: a whole list is named by its first entry. */
function misplaced(
  router: ShardRouter,
  path: ResolvedPath,
  node: TreeNode,
  parent: ResolvedPath,
  owner: string,
): Misrouted {
  if (node.kind === 'list') {
    const first = orderedEntries(node)[0];
    if (first !== undefined) {
      const at = entryPath(parent, path.target!.qname, first.keys);
      return { path: at.text, routedTo: router.ownerOf(at)! };
    }
  }
  return { path: path.text, routedTo: owner };
}

/** The path of the entry with `keys` of list `list` (a QName) under `parent`. */
function entryPath(parent: ResolvedPath, list: string, keys: readonly JsonScalar[]): ResolvedPath {
  return resolveChild(parent, { kind: 'entry', qname: list, keys });
}

/**
 * How data crosses shard boundaries (routing.ts): splitting what an operation writes at a path into
 * the part each shard owns, and merging what the shards hold under a path back into one node for a
 * read. Both work on tree nodes, not JSON, so list entries and leaf-list values are matched by their
 * keys exactly as the tree matches them.
 *
 * Split: a shard's part of the node N written at path P is, for the owner of P, N without the
 * subtrees at boundaries owned by other shards; for a prefix shard, only the subtrees at its own
 * boundaries, with the bare structure that leads to them from P. Boundaries are processed shallowest
 * first, so a prefix nested in another prefix's region goes back to its own shard.
 *
 * Merge: the owner's node at P, then each boundary's subtree grafted in from its shard, shallowest
 * first. At the root, each top-level node comes from the shard that owns it (a prefix shard's copy of
 * the structure above its prefix is never read as data).
 *
 * Pure functions; versions of the nodes built here are the calling modification's (split) or
 * meaningless (merge: the result is only read).
 */
import { getIn, putIn } from '../tree/apply.js';
import { createStructure, kindOfSchema, type NodeKind } from '../tree/modified-node.js';
import { emptyRoot, type TreeNode, type Version } from '../tree/node.js';
import type { PathStep, ResolvedPath } from '../tree/path.js';
import type { QName } from '../yang/schema.js';
import type { Route, ShardRouter } from '../shard/routing.js';

/** The kind and schema of the node at `path` (the root for the empty path). */
function kindAt(path: ResolvedPath): { kind: NodeKind; schema: ResolvedPath['target'] } {
  const last = path.steps[path.steps.length - 1];
  return last === undefined
    ? { kind: 'root', schema: undefined }
    : { kind: last.kind, schema: last.schema };
}

/** An empty node of the kind at `path`, to build into. */
function structureAt(path: ResolvedPath, version: Version): TreeNode {
  const last = path.steps[path.steps.length - 1];
  if (last === undefined) return emptyRoot(version);
  return createStructure(last.kind, last.schema, last.keys, last.key, version);
}

/** `node` (at `path`) with the subtree at `at` replaced by `sub` (removed when undefined). */
function graft(
  path: ResolvedPath,
  node: TreeNode | undefined,
  at: ResolvedPath,
  sub: TreeNode | undefined,
  version: Version,
): TreeNode | undefined {
  if (node === undefined && sub === undefined) return undefined;
  const { kind, schema } = kindAt(path);
  return putIn(
    kind,
    schema,
    node ?? structureAt(path, version),
    at.steps,
    path.steps.length,
    sub,
    version,
  );
}

/** `root` with its top-level child `qname` replaced (removed when `child` is undefined). */
function setTopLevel(
  router: ShardRouter,
  root: TreeNode,
  qname: QName,
  child: TreeNode | undefined,
  version: Version,
): TreeNode {
  const schema = router.schema.root.children.get(qname);
  if (schema === undefined) return root;
  const step: PathStep = { kind: kindOfSchema(schema), key: qname, schema, keys: [] };
  return putIn('root', undefined, root, [step], 0, child, version) ?? emptyRoot(version);
}

/** `root` without the top-level nodes `shard` does not own (a prefix shard's structure above it). */
function ownedTopLevel(
  router: ShardRouter,
  root: TreeNode | undefined,
  shard: string,
  version: Version,
): TreeNode | undefined {
  if (root?.kind !== 'container') return undefined;
  const foreign: QName[] = [];
  root.children.forEach((_child, qname) => {
    if (router.ownerOfTopLevel(qname) !== shard) foreign.push(qname);
  });
  let out: TreeNode = root;
  for (const qname of foreign) out = setTopLevel(router, out, qname, undefined, version);
  return out.kind === 'container' && out.children.size === 0 ? undefined : out;
}

/**
 * The part of `node` (decoded for an operation at `path`) that `shard` owns: for the owner of `path`
 * (every shard, at the root) the node without the subtrees other shards own; for a shard whose
 * boundary lies below `path`, only its subtrees with the structure leading to them. Undefined when the
 * shard owns nothing of it.
 */
export function splitFor(
  router: ShardRouter,
  route: Route,
  path: ResolvedPath,
  node: TreeNode | undefined,
  shard: string,
  version: Version,
): TreeNode | undefined {
  const isRoot = path.steps.length === 0;
  let part: TreeNode | undefined = isRoot
    ? ownedTopLevel(router, node, shard, version)
    : route.owner === shard
      ? node
      : undefined;
  for (const boundary of route.below) {
    const sub =
      node === undefined ? undefined : getIn(node, boundary.path.steps, path.steps.length);
    if (boundary.shard === shard) {
      part = graft(path, part, boundary.path, sub, version);
    } else if (part !== undefined) {
      part = graft(path, part, boundary.path, undefined, version);
    }
  }
  return part;
}

/**
 * The node at `path` as the shards hold it together: `read(shard, path)` gives one shard's node at a
 * path (through the transaction's own changes for a read-write transaction).
 */
export function mergeRead(
  router: ShardRouter,
  route: Route,
  path: ResolvedPath,
  read: (shard: string, at: ResolvedPath) => TreeNode | undefined,
): TreeNode | undefined {
  let node: TreeNode | undefined;
  if (path.steps.length === 0) {
    for (const shard of route.shards) {
      const owned = ownedTopLevel(router, read(shard, path), shard, 0);
      if (owned?.kind !== 'container') continue;
      if (node === undefined) {
        node = owned;
        continue;
      }
      const into: TreeNode = node;
      let merged = into;
      owned.children.forEach((child, qname) => {
        merged = setTopLevel(router, merged, qname, child, 0);
      });
      node = merged;
    }
  } else {
    node = read(route.owner!, path);
  }
  for (const boundary of route.below) {
    const sub = read(boundary.shard, boundary.path);
    if (sub === undefined && node === undefined) continue;
    node = graft(path, node, boundary.path, sub, 0);
  }
  if (path.steps.length === 0 && node?.kind === 'container' && node.children.size === 0) {
    return undefined;
  }
  return node;
}

/**
 * Shard strategies (design 003 "Sharding (and data access)"): which shard owns each node of the data
 * tree. A node belongs to the shard of the longest `prefix` entry of modules.conf that is the node's
 * path or an ancestor of it; else to the `module` entry of its top-level node's namespace; else to the
 * default shard. So all data at and below a prefix lives ONLY in the prefix shard, and every shard's
 * tree holds the nodes it owns plus, in a prefix shard, the bare structure (containers, entries with
 * their keys) leading to its prefix.
 *
 * An operation at a path is routed to the path's owner, and to every shard whose prefix lies strictly
 * below the path (a boundary): a write of a container above a prefix is split, each shard receiving
 * its own part (split.ts), and committed atomically by the multi-shard commit. The datastore root has
 * no single owner: every shard takes part in an operation on `/`.
 *
 * Constraints at boundaries: each shard validates its own tree, so a boundary must not cut through a
 * constraint: the prefix node must not be mandatory (nor a list with min-elements), and its ancestors
 * must have no mandatory child other than the next node towards the prefix (the prefix shard holds them
 * as bare structure); nor may the prefix's module have top-level mandatory nodes other than the
 * prefix's first step (a shard checks them for each module it holds data of); nor may a prefix split
 * what a list's `unique` statement compares (an entry of such a list, or the leaves it names). The router checks this
 * when it is built and refuses with ShardConfigError.
 *
 * Pure: paths come resolved from src/tree (cached per schema), so routing one operation is a walk over
 * the configured prefixes, memoized per resolved path.
 */
import type {
  ChoiceSchema,
  DataNodeSchema,
  DataParent,
  QName,
  SchemaContext,
} from '../yang/schema.js';
import type { ShardRoutingTable } from '../config/shards.js';
import { InvalidPathError } from '../tree/errors.js';
import { moduleOf, pathCodec, type ResolvedPath } from '../tree/path.js';
import { ShardConfigError } from './errors.js';

/** A prefix shard's boundary: where its data starts. */
export interface ShardBoundary {
  readonly shard: string;
  readonly path: ResolvedPath;
}

/** Where an operation at one path goes. */
export interface Route {
  /** The shard owning the node at the path; undefined for the datastore root. */
  readonly owner: string | undefined;
  /** Boundaries strictly below the path, shallowest first (nested prefixes after their parents). */
  readonly below: readonly ShardBoundary[];
  /** Every shard the operation involves, sorted by name. */
  readonly shards: readonly string[];
}

/** True when `ancestor` is `path` or one of its ancestors (compared step by step). */
export function isAncestorOrSelf(ancestor: ResolvedPath, path: ResolvedPath): boolean {
  const a = ancestor.steps;
  const p = path.steps;
  if (a.length > p.length) return false;
  for (let i = a.length - 1; i >= 0; i--) {
    if (a[i]!.key !== p[i]!.key) return false;
  }
  return true;
}

function requiredIn(node: DataNodeSchema): boolean {
  switch (node.kind) {
    case 'leaf':
    case 'anydata':
    case 'anyxml':
      return node.mandatory && !(node.kind === 'leaf' && node.isKey);
    case 'list':
    case 'leaf-list':
      return node.minElements > 0;
    case 'container':
      return !node.presence && hasRequired(node, undefined);
  }
}

function mandatoryChoice(choices: ReadonlyMap<QName, ChoiceSchema>): ChoiceSchema | undefined {
  for (const choice of choices.values()) {
    if (choice.mandatory) return choice;
  }
  return undefined;
}

/** Whether `parent` requires a child other than `except`. */
function hasRequired(parent: DataParent, except: QName | undefined): boolean {
  if (mandatoryChoice(parent.choices) !== undefined) return true;
  for (const [qname, child] of parent.children) {
    if (qname !== except && requiredIn(child)) return true;
  }
  return false;
}

/** The root's children and choices that belong to `module`. */
function moduleRoot(schema: SchemaContext, module: string): DataParent {
  return {
    children: new Map([...schema.root.children].filter(([, c]) => c.module === module)),
    choices: new Map([...schema.root.choices].filter(([, c]) => c.module === module)),
  };
}

/** Routes paths of one datastore to its shards. */
export class ShardRouter {
  readonly schema: SchemaContext;
  /** Every shard of the datastore, sorted by name. */
  readonly shards: readonly string[];
  readonly defaultShard: string;
  /** Resolved prefixes, longest first. */
  readonly prefixes: readonly ShardBoundary[];
  private readonly moduleShards: ReadonlyMap<string, string>;
  /** Routes of paths with boundaries below them (the rare case), by path. */
  private readonly cache = new WeakMap<ResolvedPath, Route>();
  private readonly rootRoute: Route;
  /** The route of a path inside one shard, shared by every such path (the common case). */
  private readonly within = new Map<string, Route>();

  /**
   * Resolves the table's prefixes against `schema`; throws ShardConfigError for a prefix that names
   * nothing, names a leaf, or cuts through a constraint (see the file comment).
   */
  constructor(schema: SchemaContext, table: ShardRoutingTable) {
    this.schema = schema;
    this.defaultShard = table.defaultShard;
    this.shards = [...table.replicas.keys()].sort();
    this.moduleShards = table.moduleShards;
    const paths = pathCodec(schema);
    const prefixes: ShardBoundary[] = [];
    for (const route of table.prefixes) {
      let path: ResolvedPath;
      try {
        path = paths.resolve(route.prefix);
      } catch (error) {
        if (!(error instanceof InvalidPathError)) throw error;
        throw new ShardConfigError(
          `modules.conf: the prefix ${route.prefix} of ${route.module} does not name a node of the ` +
            `loaded YANG models: ${error.message}`,
          { cause: error },
        );
      }
      checkBoundary(schema, route.module, route.namespace, path);
      prefixes.push({ shard: route.shard, path });
    }
    this.prefixes = prefixes.sort((a, b) => b.path.steps.length - a.path.steps.length);
    const below = [...prefixes].sort((a, b) => a.path.steps.length - b.path.steps.length);
    this.rootRoute = { owner: undefined, below, shards: this.shards };
  }

  /** The shard owning the node at `path`; undefined for the root. */
  ownerOf(path: ResolvedPath): string | undefined {
    const first = path.steps[0];
    if (first === undefined) return undefined;
    for (const prefix of this.prefixes) {
      if (isAncestorOrSelf(prefix.path, path)) return prefix.shard;
    }
    return this.ownerOfModule(first.schema.module);
  }

  /** The shard owning the top-level node `qname` itself. */
  ownerOfTopLevel(qname: QName): string {
    for (const prefix of this.prefixes) {
      if (prefix.path.steps.length === 1 && prefix.path.steps[0]!.key === qname) {
        return prefix.shard;
      }
    }
    return this.ownerOfModule(moduleOf(qname));
  }

  /** Where an operation at `path` goes. */
  route(path: ResolvedPath): Route {
    if (path.steps.length === 0) return this.rootRoute;
    const hit = this.cache.get(path);
    if (hit !== undefined) return hit;
    const owner = this.ownerOf(path)!;
    let below: ShardBoundary[] | undefined;
    for (let i = this.prefixes.length - 1; i >= 0; i--) {
      const prefix = this.prefixes[i]!;
      if (prefix.path.steps.length > path.steps.length && isAncestorOrSelf(path, prefix.path)) {
        (below ??= []).push(prefix);
      }
    }
    if (below === undefined) {
      // NB: nothing cached per path: a new path per request would only fill the WeakMap.
      let route = this.within.get(owner);
      if (route === undefined) {
        route = Object.freeze({ owner, below: [], shards: [owner] });
        this.within.set(owner, route);
      }
      return route;
    }
    const shards = new Set<string>([owner]);
    for (const prefix of below) shards.add(prefix.shard);
    const route: Route = { owner, below, shards: [...shards].sort() };
    this.cache.set(path, route);
    return route;
  }

  private ownerOfModule(module: string): string {
    const namespace = this.schema.modules.get(module)?.namespace;
    return (
      (namespace === undefined ? undefined : this.moduleShards.get(namespace)) ?? this.defaultShard
    );
  }
}

function checkBoundary(
  schema: SchemaContext,
  moduleName: string,
  namespace: string,
  path: ResolvedPath,
): void {
  const where = `modules.conf: the prefix ${path.text} of ${moduleName}`;
  const first = path.steps[0];
  if (first === undefined) {
    throw new ShardConfigError(`${where} names the datastore root; name a node below it`);
  }
  if (schema.modules.get(first.schema.module)?.namespace !== namespace) {
    throw new ShardConfigError(
      `${where} starts in module ${first.schema.module}, not in the entry's namespace ${namespace}`,
    );
  }
  const target = path.steps[path.steps.length - 1]!;
  if (target.kind !== 'container' && target.kind !== 'list' && target.kind !== 'entry') {
    throw new ShardConfigError(
      `${where} names a ${target.kind}; a prefix must name a container, a list or a list entry`,
    );
  }
  // The prefix node must not be required where the parent shard validates without it.
  if (target.kind === 'entry') {
    if (target.schema.kind === 'list' && target.schema.minElements > 0) {
      throw new ShardConfigError(
        `${where} names an entry of ${target.schema.qname}, which has min-elements: the shards would ` +
          'count its entries separately; shard the whole list instead',
      );
    }
    if (target.schema.kind === 'list' && target.schema.unique.length > 0) {
      throw new ShardConfigError(
        `${where} names an entry of ${target.schema.qname}, which has a unique statement: no shard ` +
          'would see all its entries to check it; shard the whole list instead',
      );
    }
  } else if (requiredIn(target.schema)) {
    throw new ShardConfigError(
      `${where} names a mandatory node; its parent's shard could not validate without it`,
    );
  }
  // The ancestors are bare structure in the prefix shard: they may require nothing else. That holds
  // for the root too: a shard holding data of a module checks that module's top-level mandatory
  // nodes (src/tree/validation.ts), so the module may require no top-level node but the first step.
  const module = first.schema.module;
  if (hasRequired(moduleRoot(schema, module), first.key)) {
    throw new ShardConfigError(
      `${where} lies in module ${module}, which has other mandatory top-level nodes: the prefix ` +
        'shard holds its data without them and could not validate it; choose a prefix in a module ' +
        'without top-level mandatory nodes',
    );
  }
  let parent: DataParent | undefined;
  for (let i = 0; i < path.steps.length - 1; i++) {
    const step = path.steps[i]!;
    const next = path.steps[i + 1]!;
    if (step.kind === 'list') continue; // its entry is the next step
    parent =
      step.schema.kind === 'container' || step.schema.kind === 'list' ? step.schema : undefined;
    if (parent !== undefined && hasRequired(parent, next.key)) {
      throw new ShardConfigError(
        `${where} lies under ${step.schema.qname}, which has other mandatory children: the prefix ` +
          'shard holds that node as bare structure and could not validate it; choose a prefix ' +
          'whose ancestors have no mandatory children',
      );
    }
    if (
      step.kind === 'entry' &&
      step.schema.kind === 'list' &&
      step.schema.unique.some((paths) => paths.some((p) => p.split('/')[0] === next.key))
    ) {
      throw new ShardConfigError(
        `${where} lies under an entry of ${step.schema.qname}, whose unique statement names leaves ` +
          'below the prefix: the shard of the list could not check it; choose a prefix outside them',
      );
    }
  }
}

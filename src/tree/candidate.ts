/**
 * Data tree candidates: what a commit changes, node by node, with the data before and after (yangtools'
 * DataTreeCandidate and DataTreeCandidateNode). A candidate is the modification tree plus the roots
 * before and after; every candidate node is computed lazily from those three when someone asks, so a
 * commit that nobody listens to pays nothing for its candidate.
 *
 * Modification types: along the modified paths the operation decides (`write`, `delete`, `merge`,
 * `touch`); below a written or deleted node, and for the children of a write, the two data versions are
 * compared. A node whose data did not change is `unmodified` and is not listed among its parent's
 * children (for ordered-by system lists and leaf-lists, a new order of the same entries is no change). The schema-free before/after nodes are kept as is; src/api turns them into JSON views.
 */
import type { DataNodeSchema, JsonScalar, SchemaContext } from '../yang/schema.js';
import { nodeEquals } from './apply.js';
import {
  childOf,
  forEachChild,
  orderedEntries,
  orderedValues,
  type ContainerNode,
  type TreeNode,
  type Version,
} from './node.js';
import {
  ResolvedPath,
  printPath,
  type PathArgument,
  type PathStep,
  type StepKind,
} from './path.js';
import {
  childInfo,
  isLeafLike,
  isStructural,
  keysOfNode,
  type ModifiedNode,
  type NodeKind,
} from './modified-node.js';

/**
 * How a node changed in a commit:
 * - `write`: the node was (re)placed as a whole; `delete`: removed (it existed before);
 * - `subtree-modified`: the node existed before and after and something below it changed;
 * - `appeared` / `disappeared`: a non-presence container or list came into or went out of existence
 *   because of changes to its children (or a list entry was created by a write below it);
 * - `unmodified`: nothing changed (e.g. a write of identical data, or a delete of something absent).
 */
export type ModificationType =
  'write' | 'delete' | 'subtree-modified' | 'appeared' | 'disappeared' | 'unmodified';

/** One node of a candidate. Children are computed on first access and cached. */
export class CandidateNode {
  readonly context: SchemaContext;
  readonly parent: CandidateNode | undefined;
  readonly kind: NodeKind;
  readonly schema: DataNodeSchema | undefined;
  /** The key of this node in its parent. */
  readonly key: string;
  readonly keys: readonly JsonScalar[];
  /** The modification at this node; undefined below a write or delete. */
  readonly mod: ModifiedNode | undefined;
  readonly before: TreeNode | undefined;
  readonly after: TreeNode | undefined;
  private cachedType: ModificationType | undefined;
  private cachedChildren: CandidateNode[] | undefined;
  private cachedPath: ResolvedPath | undefined;

  constructor(
    context: SchemaContext,
    parent: CandidateNode | undefined,
    kind: NodeKind,
    schema: DataNodeSchema | undefined,
    key: string,
    keys: readonly JsonScalar[],
    mod: ModifiedNode | undefined,
    before: TreeNode | undefined,
    after: TreeNode | undefined,
  ) {
    this.context = context;
    this.parent = parent;
    this.kind = kind;
    this.schema = schema;
    this.key = key;
    this.keys = keys;
    this.mod = mod;
    this.before = before;
    this.after = after;
  }

  get modificationType(): ModificationType {
    return (this.cachedType ??= this.computeType());
  }

  private computeType(): ModificationType {
    const { before, after, mod } = this;
    if (before === after) {
      return 'unmodified';
    }
    if (after === undefined) {
      return mod !== undefined && (mod.op === 'touch' || mod.op === 'merge')
        ? 'disappeared'
        : 'delete';
    }
    if (before === undefined) {
      if (mod === undefined || mod.op === 'write') {
        return 'write';
      }
      if (mod.op === 'touch' || (mod.op === 'merge' && isStructural(this.kind, this.schema))) {
        return 'appeared';
      }
      return 'write';
    }
    if (mod === undefined || mod.op === 'write' || isLeafLike(this.kind)) {
      return nodeEquals(before, after, this.schema ?? this.context.root) ? 'unmodified' : 'write';
    }
    return 'subtree-modified';
  }

  /** The changed children (not `unmodified` ones), in data order. */
  children(): readonly CandidateNode[] {
    if (this.cachedChildren !== undefined) {
      return this.cachedChildren;
    }
    const out: CandidateNode[] = [];
    if (!isLeafLike(this.kind) && this.modificationType !== 'unmodified') {
      const mod = this.mod;
      if (mod !== undefined && (mod.op === 'touch' || mod.op === 'merge')) {
        for (const childMod of mod.children?.values() ?? []) {
          const c = this.makeChild(childMod.key, childMod);
          if (c !== undefined && c.modificationType !== 'unmodified') {
            out.push(c);
          }
        }
      } else {
        this.diffChildren(out);
      }
    }
    this.cachedChildren = out;
    return out;
  }

  private diffChildren(out: CandidateNode[]): void {
    const { before, after } = this;
    const seen = new Set<string>();
    const consider = (key: string): void => {
      if (seen.has(key)) {
        return;
      }
      seen.add(key);
      const c = this.makeChild(key, undefined);
      if (c !== undefined && c.modificationType !== 'unmodified') {
        out.push(c);
      }
    };
    for (const node of [after, before]) {
      if (node === undefined) {
        continue;
      }
      if (node.kind === 'list') {
        for (const e of orderedEntries(node)) {
          consider(e.key);
        }
      } else if (node.kind === 'leaf-list') {
        for (const v of orderedValues(node)) {
          consider(v.key);
        }
      } else {
        forEachChild(node, (_c, key) => {
          consider(key);
        });
      }
    }
  }

  /** The candidate node of child `key` (possibly unmodified); undefined when the schema has none. */
  child(key: string): CandidateNode | undefined {
    const mod = this.mod;
    const childMod =
      mod !== undefined && (mod.op === 'touch' || mod.op === 'merge')
        ? mod.children?.get(key)
        : undefined;
    return this.makeChild(key, childMod);
  }

  private makeChild(key: string, childMod: ModifiedNode | undefined): CandidateNode | undefined {
    const info = childInfo(this.context, this.kind, this.schema, key);
    if (info === undefined) {
      return undefined;
    }
    const before = childOf(this.before, key);
    const after = childOf(this.after, key);
    const data = after ?? before;
    const keys =
      childMod !== undefined ? childMod.keys : data !== undefined ? keysOfNode(data) : [];
    return new CandidateNode(
      this.context,
      this,
      info.kind,
      info.schema,
      key,
      keys,
      childMod,
      before,
      after,
    );
  }

  /** The path of this node (a list entry's path ends with the entry, not the list). */
  get path(): ResolvedPath {
    if (this.cachedPath !== undefined) {
      return this.cachedPath;
    }
    const parent = this.parent;
    let result: ResolvedPath;
    if (parent === undefined) {
      result = new ResolvedPath(this.context, [], [], '/');
    } else {
      const schema = this.schema!;
      const step: PathStep = {
        kind: this.kind as StepKind,
        key: this.key,
        schema,
        keys: this.keys,
      };
      if (this.kind === 'entry' || this.kind === 'value') {
        const listPath = parent.path;
        const arg: PathArgument =
          this.kind === 'entry'
            ? { kind: 'entry', qname: schema.qname, keys: this.keys }
            : { kind: 'value', qname: schema.qname, value: this.keys[0]! };
        const args = [...listPath.args.slice(0, -1), arg];
        result = new ResolvedPath(
          this.context,
          args,
          [...listPath.steps, step],
          printPath({ args }),
        );
      } else {
        result = parent.path.child({ kind: 'node', qname: schema.qname }, [step]);
      }
    }
    this.cachedPath = result;
    return result;
  }

  /** The module the node's JSON content is relative to ('' for the root). */
  get module(): string {
    return this.schema?.module ?? '';
  }
}

/** A prepared commit: the modification, the roots before and after, and the lazily built nodes. */
export class DataTreeCandidate {
  readonly context: SchemaContext;
  readonly modification: ModifiedNode;
  readonly before: ContainerNode;
  readonly after: ContainerNode;
  readonly version: Version;
  private cachedRoot: CandidateNode | undefined;

  constructor(
    context: SchemaContext,
    modification: ModifiedNode,
    before: ContainerNode,
    after: ContainerNode,
    version: Version,
  ) {
    this.context = context;
    this.modification = modification;
    this.before = before;
    this.after = after;
    this.version = version;
  }

  /** The candidate node of the datastore root. */
  get root(): CandidateNode {
    return (this.cachedRoot ??= new CandidateNode(
      this.context,
      undefined,
      'root',
      undefined,
      '',
      [],
      this.modification,
      this.before,
      this.after,
    ));
  }

  /** True when the commit changes nothing. */
  get isEmpty(): boolean {
    return this.before === this.after;
  }

  /**
   * The candidate node at `steps` (tree steps of a resolved path), or undefined when nothing changed
   * there. Cheap when the path is outside the modification: the walk stops at the first untouched step.
   */
  nodeAt(steps: readonly PathStep[]): CandidateNode | undefined {
    let node: CandidateNode | undefined = this.root;
    for (const step of steps) {
      if (node.before === node.after) {
        return undefined;
      }
      node = node.child(step.key);
      if (node === undefined) {
        return undefined;
      }
    }
    return node.before === node.after ? undefined : node;
  }
}

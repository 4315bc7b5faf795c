/**
 * Applying a modification tree to a data tree (yangtools' SchemaAwareApplyOperation.apply): computes the
 * new node for every modified place, copying the path up to the root and sharing everything else.
 *
 * Invariants of the result:
 * - A node nothing changed under is returned as the same object (identity means "unchanged"; candidates
 *   and the next conflict check rely on it). A write of data equal to what is there keeps the old node;
 *   equal as `nodeEquals` says, where the order of ordered-by system entries does not count.
 * - Created and replaced nodes carry the modification's version; a node whose descendants changed keeps
 *   its `version` and gets the modification's version as `subtreeVersion`.
 * - Structural nodes (non-presence containers, lists, leaf-lists) left or written empty are removed:
 *   the tree never stores one, so an empty structural node never appears to a candidate either.
 * - A list entry or leaf-list value keeps its position (`seq`) when replaced; a new one is appended.
 *
 * Also here: the same edits on a standalone node (`putIn`, `removeIn`, `mergeNodes`), used when a
 * transaction edits below something it wrote earlier.
 */
import type {
  DataNodeSchema,
  DataParent,
  LeafListSchema,
  ListSchema,
  SchemaContext,
} from '../yang/schema.js';
import { assert } from '../util/assert.js';
import type { ChildMapEditor } from './child-map.js';
import { PersistentMap, type TrieOwnership } from './hamt.js';
import {
  childCount,
  childOf,
  containerNode,
  entryNode,
  jsonEquals,
  leafListNode,
  listNode,
  orderedEntries,
  orderedValues,
  scalarEquals,
  valueNode,
  type EntryNode,
  type TreeNode,
  type ValueNode,
  type Version,
} from './node.js';
import type { PathStep } from './path.js';
import {
  childInfo,
  createStructure,
  isLeafLike,
  isStructural,
  type ModifiedNode,
  type NodeKind,
} from './modified-node.js';

/** The schema a node is compared under: its own schema node, or the root's children for the root. */
export type EqualitySchema = DataNodeSchema | DataParent;

/**
 * Deep equality of two nodes' data (versions ignored). `schema` is the schema node of `a` and `b` (for
 * an entry its list, for a value its leaf-list; for the datastore root `context.root`): it decides
 * which orders count. The order of a list or leaf-list that is `ordered-by user` is data; the order of
 * an `ordered-by system` one is the system's (RFC 7950 §7.7.1, §7.8.1), so two such lists with the
 * same entries (same keys, equal content) are equal whatever their positions. This is what makes a
 * rewrite in another order a no-op: apply keeps the old node, the candidate is `unmodified`, and no
 * concurrent transaction sees a change.
 */
export function nodeEquals(a: TreeNode, b: TreeNode, schema: EqualitySchema): boolean {
  if (a === b) {
    return true;
  }
  switch (a.kind) {
    case 'leaf':
    case 'value':
      return b.kind === a.kind && scalarEquals(a.value, b.value);
    case 'anydata':
      return b.kind === 'anydata' && jsonEquals(a.value, b.value);
    case 'container':
    case 'entry': {
      if (b.kind !== a.kind || a.children.size !== b.children.size) {
        return false;
      }
      const parent = schema as DataParent;
      const n = a.children.size;
      for (let i = 0; i < n; i++) {
        const key = a.children.keyAt(i);
        const other = b.children.get(key);
        if (other === undefined) {
          return false;
        }
        const childSchema = parent.children.get(key);
        assert(childSchema !== undefined, () => `nodeEquals: no schema for child ${key}`);
        if (!nodeEquals(a.children.valueAt(i), other, childSchema)) {
          return false;
        }
      }
      return true;
    }
    case 'list': {
      if (b.kind !== 'list' || a.entries.size !== b.entries.size) {
        return false;
      }
      const list = schema as ListSchema;
      if (list.orderedBy === 'system') {
        return sameEntries(a.entries, b.entries, list);
      }
      const ao = orderedEntries(a);
      const bo = orderedEntries(b);
      return ao.every((e, i) => e.key === bo[i]!.key && nodeEquals(e, bo[i]!, list));
    }
    case 'leaf-list': {
      if (b.kind !== 'leaf-list' || a.entries.size !== b.entries.size) {
        return false;
      }
      if ((schema as LeafListSchema).orderedBy === 'system') {
        // Values are their own keys: the same key set is the same set of values.
        return sameEntries(a.entries, b.entries, schema as LeafListSchema);
      }
      const ao = orderedValues(a);
      const bo = orderedValues(b);
      return ao.every((v, i) => v.key === bo[i]!.key);
    }
  }
}

/** Equal entry maps of the same size, compared by key whatever the positions. */
function sameEntries<T extends EntryNode | ValueNode>(
  a: PersistentMap<T>,
  b: PersistentMap<T>,
  schema: ListSchema | LeafListSchema,
): boolean {
  let equal = true;
  a.forEach((entry, key) => {
    if (equal) {
      const other = b.get(key);
      equal = other !== undefined && nodeEquals(entry, other, schema);
    }
  });
  return equal;
}

function withSeq<T extends EntryNode | ValueNode>(node: T, seq: number): T {
  if (node.seq === seq) {
    return node;
  }
  if (node.kind === 'entry') {
    return entryNode(
      node.key,
      node.keys,
      seq,
      node.children,
      node.version,
      node.subtreeVersion,
    ) as T;
  }
  return valueNode(node.key, node.value, seq, node.version) as T;
}

/**
 * Collects child changes to one parent and builds the new parent once. `version` is the version of a
 * new node; `subtreeVersion` the version of the change. With an ownership (replay, see
 * DataTree.replayCommitted), the entry maps of lists and leaf-lists are edited transiently.
 * @internal shared with replay.ts, which applies the same edits streamed.
 */
export class ChildEditor {
  private readonly base: TreeNode;
  private readonly ownership: TrieOwnership | undefined;
  private map: ChildMapEditor<TreeNode> | undefined;
  private entries: ReturnType<typeof PersistentMap.builder<EntryNode>> | undefined;
  private values: ReturnType<typeof PersistentMap.builder<ValueNode>> | undefined;
  private nextSeq: number;
  changed = false;

  constructor(base: TreeNode, ownership?: TrieOwnership) {
    this.base = base;
    this.ownership = ownership;
    this.nextSeq = base.kind === 'list' || base.kind === 'leaf-list' ? base.nextSeq : 0;
  }

  /** Sets (or with undefined removes) the child `key`, whose current value is `old`. */
  set(key: string, old: TreeNode | undefined, child: TreeNode | undefined): void {
    if (child === old) {
      return;
    }
    this.changed = true;
    const base = this.base;
    switch (base.kind) {
      case 'container':
      case 'entry': {
        const map = (this.map ??= base.children.edit());
        if (child === undefined) {
          map.delete(key);
        } else {
          map.set(key, child);
        }
        return;
      }
      case 'list': {
        const b = (this.entries ??= PersistentMap.builder(base.entries, this.ownership));
        if (child === undefined) {
          b.delete(key);
        } else {
          assert(child.kind === 'entry', () => `list child ${key} is a ${child.kind}`);
          b.set(key, withSeq(child, old === undefined ? this.nextSeq++ : (old as EntryNode).seq));
        }
        return;
      }
      case 'leaf-list': {
        const b = (this.values ??= PersistentMap.builder(base.entries, this.ownership));
        if (child === undefined) {
          b.delete(key);
        } else {
          assert(child.kind === 'value', () => `leaf-list child ${key} is a ${child.kind}`);
          b.set(key, withSeq(child, old === undefined ? this.nextSeq++ : (old as ValueNode).seq));
        }
        return;
      }
      case 'value':
      case 'leaf':
      case 'anydata':
        assert(false, () => `ChildEditor: a ${base.kind} has no children`);
    }
  }

  /** The child `key` with the edits so far (replay.ts, which keeps editors open across changes). */
  get(key: string): TreeNode | undefined {
    if (this.map !== undefined) return this.map.get(key);
    if (this.entries !== undefined) return this.entries.get(key);
    if (this.values !== undefined) return this.values.get(key);
    return childOf(this.base, key);
  }

  /** The number of children with the edits so far. */
  get size(): number {
    if (this.map !== undefined) return this.map.size;
    if (this.entries !== undefined) return this.entries.size;
    if (this.values !== undefined) return this.values.size;
    return childCount(this.base);
  }

  /** The new parent, or the base itself when nothing changed. */
  build(version: Version, subtreeVersion: Version): TreeNode {
    const base = this.base;
    if (!this.changed) {
      return base;
    }
    switch (base.kind) {
      case 'container':
        return containerNode(this.map!.build(), version, subtreeVersion);
      case 'entry':
        return entryNode(base.key, base.keys, base.seq, this.map!.build(), version, subtreeVersion);
      case 'list':
        return listNode(this.entries!.build(), this.nextSeq, version, subtreeVersion);
      case 'leaf-list':
        return leafListNode(this.values!.build(), this.nextSeq, version, subtreeVersion);
      case 'value':
      case 'leaf':
      case 'anydata':
        assert(false, () => `ChildEditor: a ${base.kind} has no children`);
    }
  }
}

/** True for a container, list or leaf-list without content. */
export function isEmptyContent(node: TreeNode): boolean {
  if (node.kind === 'container') {
    return node.children.size === 0;
  }
  if (node.kind === 'list' || node.kind === 'leaf-list') {
    return node.entries.size === 0;
  }
  return false;
}

/**
 * True when `node` (of `kind`, under `schema`) is structure without content: a non-presence container,
 * list or leaf-list with nothing in it, which the tree never stores (it is absent by definition).
 */
export function isEmptyStructure(
  kind: NodeKind,
  schema: DataNodeSchema | undefined,
  node: TreeNode,
): boolean {
  return isStructural(kind, schema) && isEmptyContent(node);
}

/**
 * Applies `mod` to `current` (the node at the same place in the tree being changed) at `version`.
 * Returns the new node, undefined when absent, or `current` itself when nothing changed.
 *
 * With `ownership` (journal replay only: DataTree.replayCommitted), the entry maps of lists and
 * leaf-lists that earlier applications under the same ownership built are changed in place rather
 * than copied: `current` and every tree it belongs to may change, and only the result may be kept.
 * NB: identity then no longer means "unchanged" below a list: do not build candidates from it.
 *
 * `rebaseVersion` (DataTree.prepare, when the tip is not the modification's snapshot): the subtree
 * version of each node this rebuilds where `current` is not the node the modification saw
 * (`mod.original`: not the same node, nor one with its versions, as a re-application of the same
 * modifications builds). Such a node holds what other transactions committed meanwhile, so it
 * differs from the same node in the modification's own result (`afterRoot`, a chained transaction's
 * snapshot), and must not carry the same versions: the chained transaction would take it for
 * unchanged, and write over or verify past those commits. Where `current` is `mod.original`, the
 * result equals the modification's own and keeps `version`, so the chained transaction sees its
 * predecessor's changes as unchanged.
 */
export function applyModification(
  context: SchemaContext,
  mod: ModifiedNode,
  current: TreeNode | undefined,
  version: Version,
  ownership?: TrieOwnership,
  rebaseVersion?: Version,
): TreeNode | undefined {
  switch (mod.op) {
    case 'none':
      return current;
    case 'delete':
      return undefined;
    case 'write': {
      const value = mod.value;
      if (value === undefined || isEmptyStructure(mod.kind, mod.schema, value)) {
        // A structural node written empty is absent (yangtools' AutomaticLifecycleMixin): it
        // disappears, so the candidate sees a delete of what was there, or nothing at all.
        return undefined;
      }
      return current !== undefined && nodeEquals(value, current, mod.schema ?? context.root)
        ? current
        : value;
    }
    case 'merge':
      if (isLeafLike(mod.kind)) {
        const value = mod.value!;
        return current !== undefined && nodeEquals(value, current, mod.schema!) ? current : value;
      }
      return applyChildren(context, mod, current, version, ownership, rebaseVersion);
    case 'touch':
      return applyChildren(context, mod, current, version, ownership, rebaseVersion);
  }
}

/** The same node, or equal versions: nothing changed it since (the conflict check's notion). */
function sameVersions(a: TreeNode | undefined, b: TreeNode | undefined): boolean {
  return (
    a === b ||
    (a !== undefined &&
      b !== undefined &&
      a.version === b.version &&
      a.subtreeVersion === b.subtreeVersion)
  );
}

function applyChildren(
  context: SchemaContext,
  mod: ModifiedNode,
  current: TreeNode | undefined,
  version: Version,
  ownership: TrieOwnership | undefined,
  rebaseVersion: Version | undefined,
): TreeNode | undefined {
  const base = current ?? createStructure(mod.kind, mod.schema, mod.keys, mod.key, version);
  const editor = new ChildEditor(base, ownership);
  if (mod.children !== undefined) {
    for (const child of mod.children.values()) {
      const old = childOf(base, child.key);
      editor.set(
        child.key,
        old,
        applyModification(context, child, old, version, ownership, rebaseVersion),
      );
    }
  }
  if (current === undefined && !editor.changed && mod.op === 'touch') {
    // Only deletes below a node that does not exist: nothing to create.
    return undefined;
  }
  const subtree =
    rebaseVersion !== undefined && !sameVersions(current, mod.original) ? rebaseVersion : version;
  const result =
    current === undefined ? editor.build(version, subtree) : editor.build(current.version, subtree);
  return isEmptyStructure(mod.kind, mod.schema, result) ? undefined : result;
}

// ---- edits on standalone nodes (inside a value a transaction wrote)

function structureFor(step: PathStep, version: Version): TreeNode {
  return createStructure(step.kind, step.schema, step.keys, step.key, version);
}

function normalised(
  kind: NodeKind,
  schema: DataNodeSchema | undefined,
  node: TreeNode,
): TreeNode | undefined {
  return isEmptyStructure(kind, schema, node) ? undefined : node;
}

/**
 * `node` with the descendant at `steps[from..]` replaced by `child` (removed when undefined), creating
 * missing structure on the way. `node` is of kind `kind`.
 */
export function putIn(
  kind: NodeKind,
  schema: DataNodeSchema | undefined,
  node: TreeNode,
  steps: readonly PathStep[],
  from: number,
  child: TreeNode | undefined,
  version: Version,
): TreeNode | undefined {
  const step = steps[from]!;
  const old = childOf(node, step.key);
  let next: TreeNode | undefined;
  if (from === steps.length - 1) {
    next = child;
  } else {
    if (old === undefined && child === undefined) {
      return node;
    }
    next = putIn(
      step.kind,
      step.schema,
      old ?? structureFor(step, version),
      steps,
      from + 1,
      child,
      version,
    );
  }
  const editor = new ChildEditor(node);
  editor.set(step.key, old, next);
  return normalised(kind, schema, editor.build(version, version));
}

/** `node` with the descendant at `steps[from..]` merged with `data`. */
export function mergeIn(
  context: SchemaContext,
  kind: NodeKind,
  schema: DataNodeSchema | undefined,
  node: TreeNode,
  steps: readonly PathStep[],
  from: number,
  data: TreeNode,
  version: Version,
): TreeNode | undefined {
  const step = steps[from]!;
  const old = childOf(node, step.key);
  const next =
    from === steps.length - 1
      ? old === undefined
        ? normalised(step.kind, step.schema, data)
        : mergeNodes(context, step.kind, step.schema, old, data, version)
      : mergeIn(
          context,
          step.kind,
          step.schema,
          old ?? structureFor(step, version),
          steps,
          from + 1,
          data,
          version,
        );
  const editor = new ChildEditor(node);
  editor.set(step.key, old, next);
  return normalised(kind, schema, editor.build(version, version));
}

/**
 * Merges `data` into `node` (both of kind `kind`): leaves and values are replaced, containers and
 * entries merged member by member, lists by entry key, leaf-lists by value; keyless lists are replaced.
 */
export function mergeNodes(
  context: SchemaContext,
  kind: NodeKind,
  schema: DataNodeSchema | undefined,
  node: TreeNode,
  data: TreeNode,
  version: Version,
): TreeNode {
  if (isLeafLike(kind) || (kind === 'list' && (schema as ListSchema).keys.length === 0)) {
    return data;
  }
  const editor = new ChildEditor(node);
  const mergeChild = (child: TreeNode, key: string): void => {
    const old = childOf(node, key);
    if (old === undefined) {
      editor.set(key, old, child);
      return;
    }
    const info = childInfo(context, kind, schema, key);
    assert(info !== undefined, () => `mergeNodes: no schema for child ${key}`);
    editor.set(key, old, mergeNodes(context, info.kind, info.schema, old, child, version));
  };
  switch (data.kind) {
    case 'container':
    case 'entry':
      data.children.forEach(mergeChild);
      break;
    case 'list':
      for (const e of orderedEntries(data)) {
        mergeChild(e, e.key);
      }
      break;
    case 'leaf-list':
      for (const v of orderedValues(data)) {
        mergeChild(v, v.key);
      }
      break;
    case 'value':
    case 'leaf':
    case 'anydata':
      break;
  }
  return editor.build(version, version);
}

/** The node at `steps[from..]` below `node`, or undefined. */
export function getIn(
  node: TreeNode | undefined,
  steps: readonly PathStep[],
  from: number,
): TreeNode | undefined {
  let current = node;
  for (let i = from; i < steps.length && current !== undefined; i++) {
    current = childOf(current, steps[i]!.key);
  }
  return current;
}

/**
 * One node of a modification tree (yangtools' ModifiedNode): what a transaction did at one place of the
 * tree, relative to the snapshot it started from. The modification tree mirrors the data tree's shape
 * only along the paths the transaction touched.
 *
 * Operations (yangtools' LogicalOperation):
 * - `none`: created while navigating, nothing done yet;
 * - `touch`: an ancestor of something modified; created if absent (the parent structure of a write);
 * - `merge`: for containers, entries, lists and leaf-lists: create if absent, then apply the children;
 *   for leaves and values: set the value, with merge's milder conflict rule (conflicts.ts);
 * - `write`: replace with `value` (a complete node); later edits below change `value` directly;
 * - `delete`: remove.
 *
 * `original` is the node in the base snapshot, captured when this node is created; conflict detection
 * compares it with the tip. Also here: the schema-derived facts every stage shares (what kind of tree
 * node a schema node makes, whether it is structural, how to create an empty one).
 */
import type { DataNodeSchema, JsonScalar, ListSchema, SchemaContext } from '../yang/schema.js';
import { assert } from '../util/assert.js';
import { ChildMap } from './child-map.js';
import {
  NO_CHILDREN,
  childOf,
  containerNode,
  emptyLeafList,
  emptyList,
  emptyRoot,
  entryNode,
  leafNode,
  type TreeNode,
  type Version,
} from './node.js';
import { localName, moduleOf, type PathStep, type StepKind } from './path.js';
import { valueToText } from './values.js';

export type LogicalOperation = 'none' | 'touch' | 'merge' | 'write' | 'delete';

/** A tree node's kind as the schema determines it; `root` is the datastore root. */
export type NodeKind = StepKind | 'root';

/** The tree-node kind a data schema node makes when addressed by name. */
export function kindOfSchema(schema: DataNodeSchema): StepKind {
  switch (schema.kind) {
    case 'container':
    case 'list':
    case 'leaf-list':
    case 'leaf':
      return schema.kind;
    case 'anydata':
    case 'anyxml':
      return 'anydata';
  }
}

/** Leaves, leaf-list values and anydata: nodes without children. */
export function isLeafLike(kind: NodeKind): boolean {
  return kind === 'leaf' || kind === 'value' || kind === 'anydata';
}

/**
 * Structural nodes exist only through their content: non-presence containers, lists and leaf-lists.
 * They are never stored empty; an entry, a presence container and the root exist on their own.
 */
export function isStructural(kind: NodeKind, schema: DataNodeSchema | undefined): boolean {
  if (kind === 'container') {
    return !(schema?.kind === 'container' && schema.presence);
  }
  return kind === 'list' || kind === 'leaf-list';
}

/**
 * A child map of each list's key leaves, whose key array every new entry shares (replay creates a
 * million entries; copying and freezing the key names for each was a third of a microsecond).
 */
const keyLeafMaps = new WeakMap<ListSchema, ChildMap<TreeNode>>();

function keyLeafMap(list: ListSchema): ChildMap<TreeNode> {
  let map = keyLeafMaps.get(list);
  if (map === undefined) {
    map = ChildMap.of(
      list.keys.slice(),
      list.keys.map((): TreeNode => leafNode('', 0)),
    );
    keyLeafMaps.set(list, map);
  }
  return map;
}

/** An empty node of `kind` to build into (an entry gets its key leaves). */
export function createStructure(
  kind: NodeKind,
  schema: DataNodeSchema | undefined,
  keys: readonly JsonScalar[],
  key: string,
  version: Version,
): TreeNode {
  switch (kind) {
    case 'root':
      return emptyRoot(version);
    case 'container':
      return containerNode(NO_CHILDREN, version);
    case 'list':
      return emptyList(version);
    case 'leaf-list':
      return emptyLeafList(version);
    case 'entry': {
      const list = schema as ListSchema;
      const n = list.keys.length;
      if (n === 0) return entryNode(key, keys, 0, NO_CHILDREN, version);
      const values = new Array<TreeNode>(n);
      for (let i = 0; i < n; i++) values[i] = leafNode(keys[i]!, version);
      return entryNode(key, keys, 0, ChildMap.sharing(keyLeafMap(list), values), version);
    }
    case 'value':
    case 'leaf':
    case 'anydata':
      assert(false, () => `createStructure: ${kind} has no structure`);
  }
}

/** Describes the child `key` of a node of `kind`/`schema`; undefined when the schema has no such child. */
export interface ChildInfo {
  readonly kind: StepKind;
  readonly schema: DataNodeSchema;
}

/** The kind and schema of the child `key` of a node (for lists and leaf-lists: the entry or value). */
export function childInfo(
  context: SchemaContext,
  kind: NodeKind,
  schema: DataNodeSchema | undefined,
  key: string,
): ChildInfo | undefined {
  switch (kind) {
    case 'root': {
      const child = context.root.children.get(key);
      return child === undefined ? undefined : { kind: kindOfSchema(child), schema: child };
    }
    case 'container':
    case 'entry': {
      const parent = schema as DataNodeSchema;
      if (parent.kind !== 'container' && parent.kind !== 'list') {
        return undefined;
      }
      const child = parent.children.get(key);
      return child === undefined ? undefined : { kind: kindOfSchema(child), schema: child };
    }
    case 'list':
      return { kind: 'entry', schema: schema! };
    case 'leaf-list':
      return { kind: 'value', schema: schema! };
    case 'value':
    case 'leaf':
    case 'anydata':
      return undefined;
  }
}

/** The key values of a data node that is an entry or value (for a child modification). */
export function keysOfNode(node: TreeNode): readonly JsonScalar[] {
  if (node.kind === 'entry') {
    return node.keys;
  }
  return node.kind === 'value' ? [node.value] : [];
}

export class ModifiedNode {
  readonly key: string;
  readonly kind: NodeKind;
  /** The schema node (for entries: the list; for values: the leaf-list); undefined for the root. */
  readonly schema: DataNodeSchema | undefined;
  /** Key values of an entry, the value of a leaf-list value; empty otherwise. */
  readonly keys: readonly JsonScalar[];
  /** The node in the base snapshot. */
  readonly original: TreeNode | undefined;
  op: LogicalOperation = 'none';
  /** The new node of a `write`, or the value of a leaf `merge`. */
  value: TreeNode | undefined = undefined;
  children: Map<string, ModifiedNode> | undefined = undefined;

  constructor(
    key: string,
    kind: NodeKind,
    schema: DataNodeSchema | undefined,
    keys: readonly JsonScalar[],
    original: TreeNode | undefined,
  ) {
    this.key = key;
    this.kind = kind;
    this.schema = schema;
    this.keys = keys;
    this.original = original;
  }

  /** The root of a modification over a base root. */
  static root(original: TreeNode): ModifiedNode {
    return new ModifiedNode('', 'root', undefined, [], original);
  }

  /** The child modification for a path step, created when missing. */
  childForStep(step: PathStep): ModifiedNode {
    const existing = this.children?.get(step.key);
    if (existing !== undefined) {
      return existing;
    }
    return this.addChild(
      new ModifiedNode(
        step.key,
        step.kind,
        step.schema,
        step.keys,
        childOf(this.original, step.key),
      ),
    );
  }

  /** The child modification for a data child (during a merge), created when missing. */
  childForData(context: SchemaContext, key: string, data: TreeNode): ModifiedNode {
    const existing = this.children?.get(key);
    if (existing !== undefined) {
      return existing;
    }
    const info = childInfo(context, this.kind, this.schema, key);
    assert(info !== undefined, () => `childForData: no schema child ${key} under ${this.kind}`);
    return this.addChild(
      new ModifiedNode(key, info.kind, info.schema, keysOfNode(data), childOf(this.original, key)),
    );
  }

  private addChild(child: ModifiedNode): ModifiedNode {
    (this.children ??= new Map()).set(child.key, child);
    return child;
  }

  /** Replaces this node's effect with `op` on `value`, dropping children modifications. */
  set(op: LogicalOperation, value: TreeNode | undefined): void {
    this.op = op;
    this.value = value;
    this.children = undefined;
  }
}

/** What printing a path needs of a node: a ModifiedNode, or a step of a walk over data. */
export interface PathPart {
  readonly kind: NodeKind;
  readonly schema: DataNodeSchema | undefined;
  readonly keys: readonly JsonScalar[];
}

/** The RFC 8040 segment of a node below a parent of `parentModule`. */
function segmentOf(mod: PathPart, parentModule: string): string {
  const qname = mod.schema!.qname;
  const name = moduleOf(qname) === parentModule ? localName(qname) : qname;
  if (mod.kind === 'entry' || mod.kind === 'value') {
    return `${name}=${mod.keys.map((k) => encodeURIComponent(valueToText(k))).join(',')}`;
  }
  return name;
}

/** The RFC 8040 path of the last node of a stack of modification nodes (root first). */
export function printModPath(stack: readonly PathPart[]): string {
  let out = '';
  let module = '';
  for (let i = 0; i < stack.length; i++) {
    const mod = stack[i]!;
    if (mod.kind === 'root') {
      continue;
    }
    // A list (or leaf-list) followed by its entry prints as one segment: the entry's.
    const next = stack[i + 1];
    if ((mod.kind === 'list' || mod.kind === 'leaf-list') && next !== undefined) {
      continue;
    }
    out += '/' + segmentOf(mod, module);
    module = mod.schema!.module;
  }
  return out === '' ? '/' : out;
}

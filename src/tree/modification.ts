/**
 * Snapshots and modifications (yangtools' DataTreeSnapshot and DataTreeModification). A snapshot is an
 * immutable root; a modification records write, merge and delete operations against a snapshot in a
 * modification tree (modified-node.ts) and reads through them, and a read set of verified paths
 * (`verifyUnchanged`), kept apart from the operations: they change nothing and are never encoded,
 * they only make validation fail when the verified nodes changed since the snapshot (conflicts.ts).
 * Nothing here changes the tree: the tree (data-tree.ts) validates, prepares and commits a
 * modification once it is ready.
 *
 * Contract:
 * - Paths are resolved, and data decoded and checked against the schema, at the call: a bad path throws
 *   InvalidPathError and bad data DataValidationFailedError, and the modification is left unchanged.
 *   Constraints that depend on the final tree (mandatory nodes, choices, element counts) are checked by
 *   DataTree.prepare.
 * - write/merge below a missing node create the missing parents (containers, and list entries with
 *   their key leaves): the parent structure is implied, as with MD-SAL's mergeParentStructure.
 * - Key leaves of an entry cannot be changed or deleted through the entry's path.
 * - After `ready()` the modification is sealed: operations throw TransactionStateError; it may be
 *   validated, prepared and committed, and chained (`newModification()` sees its effects).
 * - Each modification owns a unique version: every node it creates or replaces carries it, also when it
 *   is re-applied on a newer tip (so a chained modification sees its predecessor's nodes as unchanged);
 *   a node it rebuilds where the newer tip holds other commits gets another one (apply.ts), so the
 *   chained modification sees those commits as changes.
 */
import type { JsonValue, SchemaContext } from '../yang/schema.js';
import { DataValidationFailedError, TransactionStateError } from './errors.js';
import { applyModification, getIn, isEmptyStructure, mergeIn, mergeNodes, putIn } from './apply.js';
import { decodeAt, encodeNode, type CodecContext, type TreeType } from './json-codec.js';
import {
  childOf,
  emptyRoot,
  orderedEntries,
  orderedValues,
  scalarEquals,
  type ContainerNode,
  type TreeNode,
  type Version,
} from './node.js';
import { type PathCodec, type PathInput, type ResolvedPath } from './path.js';
import { createStructure, isLeafLike, ModifiedNode } from './modified-node.js';
import type { LeafSchema, ListSchema } from '../yang/schema.js';

/** What every snapshot and modification of one tree shares. */
export interface TreeContext {
  readonly schema: SchemaContext;
  readonly treeType: TreeType;
  readonly codec: CodecContext;
  readonly paths: PathCodec;
  /** A version no other modification of this tree has. */
  nextVersion(): Version;
}

/**
 * `node` (found at `path`), or undefined when it is the root of an empty tree: like an empty
 * non-presence container, an empty datastore holds nothing to read.
 */
function present(node: TreeNode | undefined, path: ResolvedPath): TreeNode | undefined {
  return path.steps.length === 0 && node?.kind === 'container' && node.children.size === 0
    ? undefined
    : node;
}

/** The content of `node` (found at `path`) as JSON. */
function toJson(node: TreeNode | undefined, path: ResolvedPath): JsonValue | undefined {
  return node === undefined
    ? undefined
    : encodeNode(node, path.steps.length === 0 ? '' : path.target!.module);
}

/**
 * Records a merge of `node` into the modification node `mod` (a modification at `version`): leaves
 * and values take the new value, containers, entries, lists and leaf-lists merge child by child
 * (creating the child modifications), keyless lists are replaced, and a merge into something this
 * modification wrote or deleted edits the written data. Also used by journal replay (replay.ts),
 * which must record exactly what `DataTreeModification.merge` does.
 */
export function mergeInto(
  schema: SchemaContext,
  version: Version,
  mod: ModifiedNode,
  node: TreeNode,
): void {
  switch (mod.op) {
    case 'write':
      mod.value = mergeNodes(schema, mod.kind, mod.schema, mod.value!, node, version);
      return;
    case 'delete':
      // Merging empty structure into what this modification deleted leaves it deleted.
      if (!isEmptyStructure(mod.kind, mod.schema, node)) {
        mod.set('write', node);
      }
      return;
    case 'none':
    case 'touch':
    case 'merge':
      break;
  }
  if (isLeafLike(mod.kind)) {
    mod.set('merge', node);
    return;
  }
  if (mod.kind === 'list' && (mod.schema as ListSchema).keys.length === 0) {
    // A keyless list has no identity to merge by: merge replaces it.
    mod.set('write', node);
    return;
  }
  mod.op = 'merge';
  const each = (child: TreeNode, key: string): void => {
    mergeInto(schema, version, mod.childForData(schema, key, child), child);
  };
  switch (node.kind) {
    case 'container':
    case 'entry':
      node.children.forEach(each);
      return;
    case 'list':
      for (const e of orderedEntries(node)) {
        each(e, e.key);
      }
      return;
    case 'leaf-list':
      for (const v of orderedValues(node)) {
        each(v, v.key);
      }
      return;
    case 'value':
    case 'leaf':
    case 'anydata':
      return;
  }
}

/** An immutable view of the tree at one moment. Taking one costs nothing. */
export class DataTreeSnapshot {
  readonly context: TreeContext;
  readonly root: ContainerNode;
  /**
   * The log index this tree reflects when a shard replica handed it out (its applied index): every
   * replica of the shard holds the same content at that index, so a transaction built here can be
   * validated on another replica (see rebaseModification). Undefined for other snapshots.
   */
  readonly appliedIndex: number | undefined;

  constructor(context: TreeContext, root: ContainerNode, appliedIndex?: number) {
    this.context = context;
    this.root = root;
    this.appliedIndex = appliedIndex;
  }

  /** Resolves a path against this tree's schema (cached); throws InvalidPathError. */
  resolve(path: PathInput): ResolvedPath {
    return this.context.paths.resolve(path);
  }

  /** The node at `path`, or undefined. */
  readNode(path: PathInput): TreeNode | undefined {
    const p = this.resolve(path);
    return present(getIn(this.root, p.steps, 0), p);
  }

  /** The JSON content at `path`, or undefined when nothing is there. */
  read(path: PathInput): JsonValue | undefined {
    const p = this.resolve(path);
    return toJson(present(getIn(this.root, p.steps, 0), p), p);
  }

  exists(path: PathInput): boolean {
    return this.readNode(path) !== undefined;
  }

  /** A new, open modification based on this snapshot. */
  newModification(): DataTreeModification {
    return new DataTreeModification(this);
  }
}

type Operation = 'write' | 'merge' | 'delete';

/** A set of changes against a snapshot, readable through, then sealed with `ready()`. */
export class DataTreeModification {
  readonly base: DataTreeSnapshot;
  /** The version every node this modification creates carries. */
  readonly version: Version;
  private readonly rootMod: ModifiedNode;
  /** The verified paths, each once, in the order first recorded. */
  private readonly verified: ResolvedPath[] = [];
  private readonly verifiedTexts = new Set<string>();
  private sealed = false;
  private cachedAfter: ContainerNode | undefined;

  constructor(base: DataTreeSnapshot) {
    this.base = base;
    this.version = base.context.nextVersion();
    this.rootMod = ModifiedNode.root(base.root);
  }

  get context(): TreeContext {
    return this.base.context;
  }

  /** True once `ready()` was called. */
  get isReady(): boolean {
    return this.sealed;
  }

  /** The modification tree (for the tree, the candidate and the binary codec; do not change it). */
  get root(): ModifiedNode {
    return this.rootMod;
  }

  /**
   * True when nothing was recorded, neither an operation nor a verification: committing it checks
   * nothing and changes nothing, so it need not reach the tree at all.
   */
  get isEmpty(): boolean {
    return this.rootMod.op === 'none' && this.verified.length === 0;
  }

  /** True when a write, merge or delete was recorded (whether or not it changes the data). */
  get hasOperations(): boolean {
    return this.rootMod.op !== 'none';
  }

  /** The paths `verifyUnchanged` recorded, in the order first recorded. */
  get verifications(): readonly ResolvedPath[] {
    return this.verified;
  }

  /** Replaces the node at `path` with `data` (RFC 7951 JSON content). */
  write(path: PathInput, data: unknown): void {
    const p = this.prepareCall(path, 'write');
    const node = decodeAt(this.context.codec, p, data, this.version);
    this.checkKeyLeaf(p, 'write', node);
    this.record(p, 'write', node);
  }

  /** Merges `data` into the node at `path`, creating what is missing. */
  merge(path: PathInput, data: unknown): void {
    const p = this.prepareCall(path, 'merge');
    const node = decodeAt(this.context.codec, p, data, this.version);
    this.checkKeyLeaf(p, 'merge', node);
    this.record(p, 'merge', node);
  }

  /** Removes the node at `path`; removing what is absent is not an error. */
  delete(path: PathInput): void {
    const p = this.prepareCall(path, 'delete');
    this.checkKeyLeaf(p, 'delete', undefined);
    this.record(p, 'delete', undefined);
  }

  /**
   * Records that the node at `path` must be unchanged at commit: validation against the tip
   * (`DataTree.validate`) then fails with OptimisticLockFailedError naming `path` when, since this
   * modification's snapshot, another transaction created, deleted or replaced that node or changed
   * anything below it (present or absent at the snapshot alike). It writes nothing: no operation, no
   * candidate node, nothing encoded. The verdict compares the snapshot with the tip only, whatever
   * this modification itself writes, merges or deletes at, above or below `path`, before or after
   * the call. Unlike an operation it accepts state (config false) paths in a configuration tree,
   * which are always absent there. Throws InvalidPathError for a bad path, TransactionStateError
   * once ready.
   */
  verifyUnchanged(path: PathInput): void {
    if (this.sealed) {
      throw new TransactionStateError(
        'cannot verifyUnchanged: the modification is already ready (sealed)',
      );
    }
    const p = this.base.resolve(path);
    if (!this.verifiedTexts.has(p.text)) {
      this.verifiedTexts.add(p.text);
      this.verified.push(p);
    }
  }

  /**
   * Writes an already decoded node (undefined deletes). For replaying decoded operations (binary
   * codec); the node must have been built for this schema, and carry this modification's version.
   */
  writeNode(path: PathInput, node: TreeNode | undefined): void {
    this.record(this.prepareCall(path, 'write'), node === undefined ? 'delete' : 'write', node);
  }

  /** Merges an already decoded node (see writeNode). */
  mergeNode(path: PathInput, node: TreeNode): void {
    this.record(this.prepareCall(path, 'merge'), 'merge', node);
  }

  /**
   * Makes sure the node at `path` exists, as a merge of empty content does (creating a list entry with
   * its keys, or a presence container). For replaying decoded operations (binary codec).
   */
  ensure(path: PathInput): void {
    const p = this.prepareCall(path, 'merge');
    const last = p.steps[p.steps.length - 1];
    const node =
      last === undefined
        ? emptyRoot(this.version)
        : createStructure(last.kind, last.schema, last.keys, last.key, this.version);
    this.record(p, 'merge', node);
  }

  /** The node at `path` as this modification leaves it, or undefined. */
  readNode(path: PathInput): TreeNode | undefined {
    const p = this.base.resolve(path);
    return present(this.readResolved(p), p);
  }

  /** The JSON content at `path` as this modification leaves it. */
  read(path: PathInput): JsonValue | undefined {
    const p = this.base.resolve(path);
    return toJson(present(this.readResolved(p), p), p);
  }

  exists(path: PathInput): boolean {
    return this.readNode(path) !== undefined;
  }

  /** Seals the modification. Idempotent. */
  ready(): void {
    this.sealed = true;
  }

  /** The root this modification leaves when applied to its base (computed once, for chains). */
  afterRoot(): ContainerNode {
    if (this.cachedAfter === undefined) {
      const after = applyModification(
        this.context.schema,
        this.rootMod,
        this.base.root,
        this.version,
      );
      this.cachedAfter = (after ?? emptyRoot(this.version)) as ContainerNode;
    }
    return this.cachedAfter;
  }

  /** A snapshot of the base with this (ready) modification applied: the base of the next in a chain. */
  snapshotAfter(): DataTreeSnapshot {
    if (!this.sealed) {
      throw new TransactionStateError('a modification must be ready before it can be chained');
    }
    return this.rootMod.op === 'none'
      ? this.base
      : new DataTreeSnapshot(this.context, this.afterRoot());
  }

  /** A new modification based on this one's result (yangtools' chained modification). */
  newModification(): DataTreeModification {
    return this.snapshotAfter().newModification();
  }

  private prepareCall(path: PathInput, op: Operation): ResolvedPath {
    if (this.sealed) {
      throw new TransactionStateError(`cannot ${op}: the modification is already ready (sealed)`);
    }
    const p = this.base.resolve(path);
    const target = p.target;
    if (target !== undefined && this.context.treeType === 'config' && !target.config) {
      throw new DataValidationFailedError(
        p.text,
        `${target.qname} is state data (config false) and cannot be changed in a configuration datastore; use the operational one`,
      );
    }
    return p;
  }

  private checkKeyLeaf(p: ResolvedPath, op: Operation, node: TreeNode | undefined): void {
    const n = p.steps.length;
    const last = p.steps[n - 1];
    const parent = p.steps[n - 2];
    if (last?.kind !== 'leaf' || parent?.kind !== 'entry' || !(last.schema as LeafSchema).isKey) {
      return;
    }
    const index = (parent.schema as ListSchema).keys.indexOf(last.schema.qname);
    const expected = parent.keys[index]!;
    if (op === 'delete') {
      throw new DataValidationFailedError(
        p.text,
        `key leaf ${last.schema.name} of a list entry cannot be deleted; delete the entry instead`,
      );
    }
    if (node?.kind === 'leaf' && !scalarEquals(node.value, expected)) {
      throw new DataValidationFailedError(
        p.text,
        `key leaf ${last.schema.name} cannot be changed from ${JSON.stringify(expected)} to ${JSON.stringify(node.value)}; delete the entry and write a new one`,
      );
    }
  }

  private record(p: ResolvedPath, op: Operation, node: TreeNode | undefined): void {
    this.cachedAfter = undefined;
    const steps = p.steps;
    let mod = this.rootMod;
    for (let i = 0; i < steps.length; i++) {
      if (mod.op === 'delete') {
        if (op === 'delete') {
          return;
        }
        // Writing below something this modification deleted: start from empty structure.
        mod.set('write', createStructure(mod.kind, mod.schema, mod.keys, mod.key, this.version));
      }
      if (mod.op === 'write') {
        this.editWritten(mod, steps, i, op, node);
        return;
      }
      if (mod.op === 'none') {
        mod.op = 'touch';
      }
      mod = mod.childForStep(steps[i]!);
    }
    if (steps.length === 0 && op !== 'merge') {
      mod.set('write', node ?? emptyRoot(this.version));
      return;
    }
    if (op === 'merge') {
      if (node !== undefined) {
        mergeInto(this.context.schema, this.version, mod, node);
      } else if (mod.op === 'none') {
        mod.op = 'merge';
      }
      return;
    }
    if (node === undefined) {
      mod.set('delete', undefined);
    } else {
      mod.set('write', node);
    }
  }

  private editWritten(
    mod: ModifiedNode,
    steps: ResolvedPath['steps'],
    from: number,
    op: Operation,
    node: TreeNode | undefined,
  ): void {
    const value = mod.value!;
    const next =
      op === 'merge'
        ? node === undefined
          ? value
          : mergeIn(
              this.context.schema,
              mod.kind,
              mod.schema,
              value,
              steps,
              from,
              node,
              this.version,
            )
        : putIn(mod.kind, mod.schema, value, steps, from, node, this.version);
    // A written value is never empty structure: an edit that leaves nothing below a non-presence
    // container (a merge of empty content, or a delete of something absent, below what this
    // modification deleted or wrote empty) leaves it deleted, as it leaves the tree.
    if (next === undefined || isEmptyStructure(mod.kind, mod.schema, next)) {
      mod.set('delete', undefined);
    } else {
      mod.value = next;
    }
  }

  private readResolved(p: ResolvedPath): TreeNode | undefined {
    const steps = p.steps;
    let mod: ModifiedNode | undefined = this.rootMod;
    let node: TreeNode | undefined = this.base.root;
    for (let i = 0; i < steps.length; i++) {
      if (mod === undefined) {
        return getIn(node, steps, i);
      }
      if (mod.op === 'write') {
        return getIn(mod.value, steps, i);
      }
      if (mod.op === 'delete') {
        return undefined;
      }
      const key = steps[i]!.key;
      node = childOf(node, key);
      mod = mod.children?.get(key);
    }
    return mod === undefined
      ? node
      : applyModification(this.context.schema, mod, node, this.version);
  }
}

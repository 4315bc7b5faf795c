/**
 * A reference model of a YANG data tree with yangtools-style optimistic concurrency, small enough to be
 * obviously right, for the property tests in test/unit/api. It knows nothing of canopy's code.
 *
 * Data (`MData`) is a scalar (leaf, leaf-list value) or a Map from step to child (container, list entry,
 * the root; a list maps key -> entry; a leaf-list maps value text -> value). Non-presence containers,
 * lists and leaf-lists that are empty do not exist (`prune`). `applyOp` applies one write/merge/delete
 * in order: the meaning every store must give to a sequence of operations.
 *
 * Conflicts are modelled as yangtools' DataTree does (SchemaAwareApplyOperation.checkApplicable): a
 * transaction's operations are folded into a modification tree (`buildModification`: write, merge,
 * delete, touch per node, as ModifiedNode does), the committed tree carries a version and a subtree
 * version per node (`VNode`, bumped by `applyModification` like TreeNode), and `checkModification`
 * compares the transaction's snapshot with the current tree along the modified nodes only. A `verify`
 * operation (DOMStoreReadWriteTransaction.verifyUnchanged) changes no data and adds a read set to the
 * modification: the node at each verified path must be the same in the snapshot and the current tree
 * (not created, deleted, replaced or changed below: a `write`'s rule), whatever else the transaction
 * does there.
 *
 * The contract leaves a few corners open, and the model says "either" there rather than guess. Each
 * corner is a flag; the verdict of a commit is the set of outcomes over all flag values:
 * - `noopBumps`: whether a write or merge of data identical to what is there counts as a change (in
 *   yangtools it does: the node is replaced);
 * - `literalDelete`: whether a delete conflicts with a creation or change of its node (the issue's
 *   summary: "a write or delete of the same node") or never (yangtools: delete is always applicable);
 * - `literalMerge`: whether a merge of a leaf conflicts with a creation or deletion of the leaf (the
 *   summary again) or only with a change of its value (yangtools);
 * - `mergedChildrenChecked`: whether what a transaction modified below a container it also merged is
 *   checked when another transaction deleted that container (the summary: "a delete of an ancestor")
 *   or not (yangtools skips it);
 * - `expandMerge`: whether a merge of a container checks the leaves its value names (an implementation
 *   that expands merges eagerly) or only what later operations touched (yangtools);
 * - `emptyWriteIsDelete`: whether a write of an empty non-presence container (which leaves the node
 *   absent) is checked as a write (yangtools) or as the delete it amounts to.
 */
import type { JsonObject, JsonScalar, JsonValue } from '../../src/index.js';

export type Kind =
  'root' | 'container' | 'presence' | 'list' | 'entry' | 'leaf-list' | 'value' | 'leaf';

/** The schema of a model node. */
export interface ModelSchema {
  readonly kind: Kind;
  /** Members of a root, container, presence container or list entry. */
  readonly children?: Readonly<Record<string, ModelSchema>> | undefined;
  /** The entry (list) or value (leaf-list) schema. */
  readonly item?: ModelSchema | undefined;
  /** The key leaf of a list. */
  readonly key?: string | undefined;
}

export type MScalar = string | number | boolean;
export type MData = MScalar | MMap;
export type MMap = ReadonlyMap<string, MData>;
export type ModelPath = readonly string[];

export function isMap(d: MData | undefined): d is MMap {
  return d instanceof Map;
}

export function childSchema(s: ModelSchema, step: string): ModelSchema | undefined {
  if (s.kind === 'list' || s.kind === 'leaf-list') return s.item;
  return s.children?.[step];
}

export function schemaAt(root: ModelSchema, path: ModelPath): ModelSchema | undefined {
  let s: ModelSchema | undefined = root;
  for (const step of path) {
    s = s === undefined ? undefined : childSchema(s, step);
  }
  return s;
}

/** Exists only through its children. */
export function isStructural(kind: Kind): boolean {
  return kind === 'root' || kind === 'container' || kind === 'list' || kind === 'leaf-list';
}

function isLeafish(kind: Kind): boolean {
  return kind === 'leaf' || kind === 'value';
}

/** Removes empty structural nodes, recursively; undefined when this node itself is gone. */
export function prune(d: MData | undefined, s: ModelSchema): MData | undefined {
  if (d === undefined || !isMap(d)) return d;
  const out = new Map<string, MData>();
  for (const [k, v] of d) {
    const cs = childSchema(s, k);
    const p = cs === undefined ? v : prune(v, cs);
    if (p !== undefined) out.set(k, p);
  }
  if (out.size === 0 && isStructural(s.kind)) return undefined;
  return out;
}

export function dataAt(d: MData | undefined, path: ModelPath): MData | undefined {
  let cur = d;
  for (const step of path) {
    cur = isMap(cur) ? cur.get(step) : undefined;
  }
  return cur;
}

export function equalData(a: MData | undefined, b: MData | undefined): boolean {
  if (isMap(a) && isMap(b)) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) {
      if (!equalData(v, b.get(k))) return false;
    }
    return true;
  }
  return a === b;
}

/** A node that must exist for a child to be written: a list entry gets its key leaf. */
function emptyNode(s: ModelSchema, step: string): MMap {
  return s.kind === 'entry' && s.key !== undefined ? new Map([[s.key, step]]) : new Map();
}

/** Merges `b` into `a` (RFC 8072 merge: maps member by member, scalars replaced). */
export function mergeData(a: MData | undefined, b: MData): MData {
  if (!isMap(a) || !isMap(b)) return b;
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, mergeData(a.get(k), v));
  return out;
}

export type Op =
  | { readonly type: 'write'; readonly path: ModelPath; readonly data: MData }
  | { readonly type: 'merge'; readonly path: ModelPath; readonly data: MData }
  | { readonly type: 'delete'; readonly path: ModelPath }
  | { readonly type: 'verify'; readonly path: ModelPath };

/** Applies one operation to `root` (in schema `rs`), returning the new, pruned root. */
export function applyOp(
  root: MData | undefined,
  rs: ModelSchema,
  op: Op,
  selfKey = '',
): MData | undefined {
  if (op.type === 'verify') return root;
  const go = (d: MData | undefined, s: ModelSchema, i: number): MData | undefined => {
    if (i === op.path.length) {
      switch (op.type) {
        case 'write':
          return op.data;
        case 'merge':
          return mergeData(d, op.data);
        case 'delete':
          return undefined;
      }
    }
    const step = op.path[i]!;
    const cs = childSchema(s, step)!;
    if (op.type === 'delete' && (d === undefined || (isMap(d) && !d.has(step)))) {
      return d;
    }
    const base: MMap = isMap(d) ? d : emptyNode(s, i === 0 ? selfKey : op.path[i - 1]!);
    const next = go(base.get(step), cs, i + 1);
    const out = new Map(base);
    if (next === undefined) out.delete(step);
    else out.set(step, next);
    return out;
  };
  return prune(go(root, rs, 0), rs);
}

// ---------------------------------------------------------------------------------------------------
// Versioned trees and modifications.

/** A committed node: its version changes when it is replaced, its subtree version when anything in it
 *  changes (yangtools TreeNode). */
export interface VNode {
  readonly version: number;
  readonly subtreeVersion: number;
  readonly value?: MScalar | undefined;
  readonly children?: ReadonlyMap<string, VNode> | undefined;
}

/** A node newly written at version `v`; undefined when `d` is an empty structural node. */
export function fresh(d: MData, s: ModelSchema, v: number): VNode | undefined {
  if (!isMap(d)) return { version: v, subtreeVersion: v, value: d };
  const children = new Map<string, VNode>();
  for (const [k, c] of d) {
    const child = fresh(c, childSchema(s, k)!, v);
    if (child !== undefined) children.set(k, child);
  }
  if (children.size === 0 && isStructural(s.kind)) return undefined;
  return { version: v, subtreeVersion: v, children };
}

export function dataOfV(n: VNode | undefined): MData | undefined {
  if (n === undefined) return undefined;
  if (n.children === undefined) return n.value;
  const out = new Map<string, MData>();
  for (const [k, c] of n.children) out.set(k, dataOfV(c)!);
  return out;
}

type ModOp = 'none' | 'touch' | 'write' | 'merge' | 'delete';

/** One node of a transaction's modification tree (yangtools ModifiedNode). */
export interface ModNode {
  op: ModOp;
  value: MData | undefined;
  /** A write that began as a delete with later writes below it. */
  fromDelete: boolean;
  /** A delete of data this transaction had created (yangtools turns it into a no-op). */
  deletedNew: boolean;
  /** A write of an empty non-presence container, list or leaf-list: in effect a delete. */
  emptyWrite: boolean;
  /**
   * A touch (or a merge that began as one) that a write or merge below passed through. Serially, such
   * an operation creates the node when it is missing (a list entry with its key leaf), and the node
   * stays even if later deletes empty it; deletes alone leave a missing node missing.
   */
  writtenThrough: boolean;
  readonly children: Map<string, ModNode>;
  /** The paths the transaction verified unchanged (the root's only; empty elsewhere). */
  readonly verified: ModelPath[];
}

function newMod(): ModNode {
  return {
    op: 'none',
    value: undefined,
    fromDelete: false,
    deletedNew: false,
    emptyWrite: false,
    writtenThrough: false,
    children: new Map(),
    verified: [],
  };
}

/**
 * Folds `ops`, issued in order by a transaction whose snapshot is `snap`, into a modification tree.
 */
export function buildModification(
  ops: readonly Op[],
  snap: VNode | undefined,
  rs: ModelSchema,
): ModNode {
  const root = newMod();
  for (const op of ops) {
    if (op.type === 'verify') root.verified.push(op.path);
    else applyToMod(root, op, 0, rs, snap);
  }
  return root;
}

function applyToMod(
  mod: ModNode,
  op: Op,
  i: number,
  s: ModelSchema,
  snap: VNode | undefined,
): void {
  if (i === op.path.length) {
    switch (op.type) {
      case 'write':
        setOp(mod, 'write', op.data);
        mod.emptyWrite = prune(op.data, s) === undefined;
        return;
      case 'delete': {
        // yangtools turns a delete of data this transaction created into a no-op (BUG-2470), which
        // would keep what a concurrent transaction created there: not serial in commit order. The
        // model keeps the delete (the data is serial) and only notes it for the conflict check.
        const wasNew = mod.op !== 'none' && mod.op !== 'delete' && snap === undefined;
        setOp(mod, 'delete', undefined);
        mod.deletedNew = wasNew;
        return;
      }
      case 'merge':
        mergeIntoMod(mod, op.data, s, snap);
        return;
      case 'verify':
        return;
    }
  }
  const rest: Op = { ...op, path: op.path.slice(i) };
  switch (mod.op) {
    case 'write': {
      // yangtools seals a write with children by folding them into its value.
      const value = applyOp(mod.value, s, rest, op.path[i - 1]);
      setOp(mod, value === undefined ? 'delete' : 'write', value);
      return;
    }
    case 'delete': {
      const value = applyOp(undefined, s, rest, op.path[i - 1]);
      if (value !== undefined) {
        setOp(mod, 'write', value);
        mod.fromDelete = true;
      }
      return;
    }
    case 'none':
    case 'touch':
      mod.op = 'touch';
      if (op.type !== 'delete') mod.writtenThrough = true;
      break;
    case 'merge':
      break;
  }
  const step = op.path[i]!;
  const child = materialize(mod, step, s, snap);
  applyToMod(child, op, i + 1, childSchema(s, step)!, snap?.children?.get(step));
}

function setOp(mod: ModNode, op: ModOp, value: MData | undefined): void {
  mod.op = op;
  mod.value = value;
  mod.fromDelete = false;
  mod.emptyWrite = false;
  mod.writtenThrough = false;
  mod.children.clear();
}

/** The child modification, creating it from the parent's merge value when needed. */
function materialize(mod: ModNode, step: string, s: ModelSchema, snap: VNode | undefined): ModNode {
  let child = mod.children.get(step);
  if (child !== undefined) return child;
  child = newMod();
  mod.children.set(step, child);
  if (mod.op === 'merge' && isMap(mod.value) && mod.value.has(step)) {
    const rest = new Map(mod.value);
    const part = rest.get(step)!;
    rest.delete(step);
    mod.value = rest;
    mergeIntoMod(child, part, childSchema(s, step)!, snap?.children?.get(step));
  }
  return child;
}

function mergeIntoMod(mod: ModNode, d: MData, s: ModelSchema, snap: VNode | undefined): void {
  if (isLeafish(s.kind)) {
    if (mod.op === 'write' || mod.op === 'delete') setOp(mod, 'write', d);
    else {
      mod.op = 'merge';
      mod.value = d;
    }
    return;
  }
  switch (mod.op) {
    case 'none':
      mod.op = 'merge';
      mod.value = d;
      return;
    case 'touch':
    case 'merge':
      if (isMap(d)) {
        for (const [k, v] of d) {
          const child = materialize(mod, k, s, snap);
          mergeIntoMod(child, v, childSchema(s, k)!, snap?.children?.get(k));
        }
      }
      if (mod.op === 'touch') {
        mod.op = 'merge';
        mod.value = new Map();
      }
      return;
    case 'delete':
      setOp(mod, 'write', d);
      return;
    case 'write': {
      const value = prune(mergeData(mod.value, d), s);
      setOp(mod, value === undefined ? 'delete' : 'write', value);
      return;
    }
  }
}

/** The open corners of the contract (see the file comment). */
export interface ConflictFlags {
  /** A delete conflicts with a creation or change of its node since the snapshot. */
  readonly literalDelete: boolean;
  /** A merge of a leaf conflicts with a creation or deletion of the leaf since the snapshot. */
  readonly literalMerge: boolean;
  /** Modifications below a merged container are checked when the container was deleted meanwhile. */
  readonly mergedChildrenChecked: boolean;
  /** A merge of a container checks every leaf its value names. */
  readonly expandMerge: boolean;
  /** A write of an empty structural node is checked as the delete it amounts to (else as a write). */
  readonly emptyWriteIsDelete: boolean;
}

const bools = [false, true] as const;

export const ALL_CONFLICT_FLAGS: readonly ConflictFlags[] = bools.flatMap((literalDelete) =>
  bools.flatMap((literalMerge) =>
    bools.flatMap((mergedChildrenChecked) =>
      bools.flatMap((expandMerge) =>
        bools.map((emptyWriteIsDelete) => ({
          literalDelete,
          literalMerge,
          mergedChildrenChecked,
          expandMerge,
          emptyWriteIsDelete,
        })),
      ),
    ),
  ),
);

/** The path of the first conflict, or undefined when the modification applies. */
export function checkModification(
  mod: ModNode,
  original: VNode | undefined,
  current: VNode | undefined,
  s: ModelSchema,
  flags: ConflictFlags,
): ModelPath | undefined {
  return conflictPaths(mod, original, current, s, flags)[0];
}

/** Every node where the modification conflicts (a conflict below a conflicting node included). */
export function conflictPaths(
  mod: ModNode,
  original: VNode | undefined,
  current: VNode | undefined,
  s: ModelSchema,
  flags: ConflictFlags,
): ModelPath[] {
  const out: ModelPath[] = [];
  for (const path of mod.verified) {
    const o = vNodeAt(original, path);
    const c = vNodeAt(current, path);
    if (changedSince(o, c)) out.push(path);
  }
  collect(mod, original, current, s, flags, [], out);
  return out;
}

function vNodeAt(n: VNode | undefined, path: ModelPath): VNode | undefined {
  let cur = n;
  for (const step of path) cur = cur?.children?.get(step);
  return cur;
}

/** Created, deleted, replaced or changed below (a write's conflict rule). */
function changedSince(original: VNode | undefined, current: VNode | undefined): boolean {
  return original === undefined
    ? current !== undefined
    : current === undefined ||
        original.version !== current.version ||
        original.subtreeVersion !== current.subtreeVersion;
}

function collect(
  mod: ModNode,
  original: VNode | undefined,
  current: VNode | undefined,
  s: ModelSchema,
  flags: ConflictFlags,
  path: ModelPath,
  out: ModelPath[],
): void {
  const replaced = (): boolean => changedSince(original, current);
  switch (mod.op) {
    case 'none':
      return;
    case 'write':
      if (mod.emptyWrite && flags.emptyWriteIsDelete) {
        collect({ ...mod, op: 'delete' }, original, current, s, flags, path, out);
      } else if ((!mod.fromDelete || flags.literalDelete) && replaced()) {
        out.push(path);
      }
      return;
    case 'delete':
      // Two deletes agree; with literalDelete, anything else that touched the node conflicts.
      if (flags.literalDelete && current !== undefined && replaced()) out.push(path);
      return;
    case 'merge':
      collectMerge(mod, original, current, s, flags, path, out);
      return;
    case 'touch':
      if (current === undefined && !isStructural(s.kind)) {
        // The list entry or presence container this transaction edits inside is gone.
        out.push(path);
      }
      collectChildren(mod, original, current, s, flags, path, out);
      return;
  }
}

function collectMerge(
  mod: ModNode,
  original: VNode | undefined,
  current: VNode | undefined,
  s: ModelSchema,
  flags: ConflictFlags,
  path: ModelPath,
  out: ModelPath[],
): void {
  if (isLeafish(s.kind)) {
    const createdOrDeleted = (original === undefined) !== (current === undefined);
    const changed =
      original !== undefined && current !== undefined && original.value !== current.value;
    if (changed || (flags.literalMerge && createdOrDeleted)) out.push(path);
    return;
  }
  // yangtools checks nothing below a merged container that is gone now; with mergedChildrenChecked
  // the children decide, as below a touched one.
  if (current === undefined && !flags.mergedChildrenChecked) return;
  collectChildren(mod, original, current, s, flags, path, out);
  if (!flags.expandMerge || !isMap(mod.value)) return;
  for (const [k, v] of mod.value) {
    const cs = childSchema(s, k)!;
    const child = newMod();
    mergeIntoMod(child, v, cs, original?.children?.get(k));
    const co = original?.children?.get(k);
    collectMerge(child, co, current?.children?.get(k), cs, flags, [...path, k], out);
  }
}

function collectChildren(
  mod: ModNode,
  original: VNode | undefined,
  current: VNode | undefined,
  s: ModelSchema,
  flags: ConflictFlags,
  path: ModelPath,
  out: ModelPath[],
): void {
  for (const [k, child] of mod.children) {
    const cs = childSchema(s, k)!;
    const co = original?.children?.get(k);
    collect(child, co, current?.children?.get(k), cs, flags, [...path, k], out);
  }
}

/**
 * Applies a checked modification to the committed tree at version `v` (yangtools apply): replaced
 * nodes get `v` as version, their ancestors `v` as subtree version. With `noopBumps` false a write or
 * merge that leaves the data as it was keeps the node (and its versions).
 */
export function applyModification(
  mod: ModNode,
  current: VNode | undefined,
  s: ModelSchema,
  v: number,
  noopBumps: boolean,
): VNode | undefined {
  return applyNode(mod, current, s, '', v, noopBumps);
}

/** applyModification at the node whose last path step is `step` (a list entry's key). */
function applyNode(
  mod: ModNode,
  current: VNode | undefined,
  s: ModelSchema,
  step: string,
  v: number,
  noopBumps: boolean,
): VNode | undefined {
  const result = applyMod(mod, current, s, step, v, noopBumps);
  if (result === undefined || !isStructural(s.kind)) return result;
  return result.children === undefined || result.children.size > 0 ? result : undefined;
}

function applyMod(
  mod: ModNode,
  cur: VNode | undefined,
  s: ModelSchema,
  step: string,
  v: number,
  noopBumps: boolean,
): VNode | undefined {
  switch (mod.op) {
    case 'none':
      return cur;
    case 'delete':
      return undefined;
    case 'write': {
      const d = prune(mod.value, s);
      if (d === undefined) return undefined;
      if (!noopBumps && cur !== undefined && equalData(dataOfV(cur), d)) return cur;
      return fresh(d, s, v);
    }
    case 'merge': {
      if (cur === undefined) {
        const value = mod.value ?? new Map<string, MData>();
        const d = mod.writtenThrough ? mergeData(emptyNode(s, step), value) : value;
        return withChildren(freshOrEmpty(d, s, v), mod, s, v, noopBumps, v);
      }
      if (isLeafish(s.kind)) {
        if (!noopBumps && cur.value === mod.value) return cur;
        return fresh(mod.value!, s, v);
      }
      const merged = isMap(mod.value) ? mergeV(cur, mod.value, s, v, noopBumps) : cur;
      return withChildren(merged, mod, s, v, noopBumps, cur.version);
    }
    case 'touch':
      if (cur !== undefined) return withChildren(cur, mod, s, v, noopBumps, cur.version);
      // NB: the check lets a touch of a node that is gone now through only below a merged container
      // another transaction deleted (mergedChildrenChecked false). Applying it must still give the
      // serial result: the node comes back, a list entry with its key leaf, only if a write or merge
      // passed through it; below a node only deletes passed through, there is nothing to delete.
      if (!mod.writtenThrough) return undefined;
      return withChildren(freshOrEmpty(emptyNode(s, step), s, v), mod, s, v, noopBumps, v);
  }
}

/** A node newly written at version `v`, empty (with no children) where `fresh` would drop it. */
function freshOrEmpty(d: MData, s: ModelSchema, v: number): VNode {
  return fresh(d, s, v) ?? { version: v, subtreeVersion: v, children: new Map<string, VNode>() };
}

/** `base` with the child modifications applied; `base` itself when no child changed. */
function withChildren(
  base: VNode,
  mod: ModNode,
  s: ModelSchema,
  v: number,
  noopBumps: boolean,
  version: number,
): VNode | undefined {
  let children: Map<string, VNode> | undefined;
  for (const [k, child] of mod.children) {
    const before = base.children?.get(k);
    const after = applyNode(child, before, childSchema(s, k)!, k, v, noopBumps);
    if (after === before) continue;
    children ??= new Map(base.children);
    if (after === undefined) children.delete(k);
    else children.set(k, after);
  }
  const result = children === undefined ? base : { version, subtreeVersion: v, children };
  if (isStructural(s.kind) && (result.children?.size ?? 0) === 0) {
    return undefined;
  }
  return result;
}

function mergeV(cur: VNode, d: MMap, s: ModelSchema, v: number, noopBumps: boolean): VNode {
  let children: Map<string, VNode> | undefined;
  for (const [k, cd] of d) {
    const cs = childSchema(s, k)!;
    const before = cur.children?.get(k);
    let after: VNode | undefined;
    if (before === undefined) after = fresh(cd, cs, v);
    else if (isLeafish(cs.kind) || !isMap(cd)) {
      after = !noopBumps && before.value === cd ? before : fresh(cd, cs, v);
    } else after = mergeV(before, cd, cs, v, noopBumps);
    if (after === before || after === undefined) continue;
    children ??= new Map(cur.children);
    children.set(k, after);
  }
  return children === undefined ? cur : { version: cur.version, subtreeVersion: v, children };
}

// ---------------------------------------------------------------------------------------------------
// RFC 7951 JSON for one module's model.

/** JSON content of `d` (schema `s`); `module` qualifies the members of the root. */
export function toJson(
  d: MData | undefined,
  s: ModelSchema,
  module: string,
): JsonValue | undefined {
  if (d === undefined) return undefined;
  if (!isMap(d)) return d;
  if (s.kind === 'list' || s.kind === 'leaf-list') {
    return [...d.keys()].sort().map((k) => toJson(d.get(k), s.item!, module)!);
  }
  const out: Record<string, JsonValue> = {};
  for (const [k, c] of d) {
    out[s.kind === 'root' ? `${module}:${k}` : k] = toJson(c, childSchema(s, k)!, module)!;
  }
  return out;
}

/** Model data from JSON content (the inverse of toJson, for content the model itself generated). */
export function fromJson(j: JsonValue, s: ModelSchema): MData {
  if (isLeafish(s.kind)) return j as JsonScalar as MScalar;
  if (s.kind === 'list' || s.kind === 'leaf-list') {
    const out = new Map<string, MData>();
    for (const item of j as readonly JsonValue[]) {
      const scalar = s.kind === 'list' ? (item as JsonObject)[s.key!] : item;
      const key = typeof scalar === 'object' ? JSON.stringify(scalar) : String(scalar);
      out.set(key, fromJson(item, s.item!));
    }
    return out;
  }
  const out = new Map<string, MData>();
  for (const [k, c] of Object.entries(j as JsonObject)) {
    const local = k.slice(k.indexOf(':') + 1);
    out.set(local, fromJson(c, childSchema(s, local)!));
  }
  return out;
}

/** The RFC 8040 path of a model path (the first step is qualified with `module`). */
export function pathText(path: ModelPath, rs: ModelSchema, module: string): string {
  if (path.length === 0) return '/';
  let out = '';
  let s: ModelSchema = rs;
  path.forEach((step, i) => {
    if (s.kind === 'list' || s.kind === 'leaf-list') out += `=${encodeURIComponent(step)}`;
    else out += i === 0 ? `/${module}:${step}` : `/${step}`;
    s = childSchema(s, step)!;
  });
  return out;
}

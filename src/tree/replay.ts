/**
 * Streamed journal replay: applies the decoded operations of one modification (binary-codec.ts's
 * list, parents first) straight to the tree, without recording a modification tree first. It exists
 * for recovery, where a journal of a million list entries is a million ModifiedNodes, resolved paths
 * and twice-built entries through `decodeModification` + `applyModification`, and nearly all of that
 * is garbage the moment it is applied.
 *
 * Exactness. The result must equal what `decodeModification` followed by `applyModification` gives,
 * bit for bit of the encoded tree. It does for *canonical* operation lists, which is what
 * `encodeModification` writes (it lists a modification tree depth first, each node's own operation
 * before its children's): every node is visited in one contiguous run, no path is operated on twice,
 * nothing is operated on below a write, merge or delete, and an `ensure` comes before anything below
 * it. Then each node of the modification tree that `decodeModification` would record is an open
 * frame here for exactly the run of its descendants, and a frame's close does what `applyChildren`
 * (apply.ts) does at that node: same base, same children in the same order, same structural rules. A
 * target operation builds the same ModifiedNode (or, for a leaf, the same equality test) and goes
 * through `applyModification` itself. `ReplayOps.add` checks canonical form while the operations are
 * decoded, before anything is applied; for anything else (and any decoding or path error) the caller
 * takes the slow path, which behaves, and fails, exactly as before.
 *
 * Pure: no I/O. Must not be used where anyone holds a root of the tree being replayed (see
 * DataTree.replayCommitted): list entry maps are edited in place under the batch's ownership.
 */
import type { LeafSchema, ListSchema, SchemaContext } from '../yang/schema.js';
import { applyModification, ChildEditor, isEmptyContent, nodeEquals } from './apply.js';
import type { TrieOwnership } from './hamt.js';
import { mergeInto } from './modification.js';
import {
  createStructure,
  isLeafLike,
  isStructural,
  ModifiedNode,
  type NodeKind,
} from './modified-node.js';
import {
  childOf,
  leafNode,
  scalarEquals,
  type ContainerNode,
  type TreeNode,
  type Version,
} from './node.js';
import type { PathStep } from './path.js';
import type { TreeType } from './json-codec.js';

/** The operations of the binary codec. */
export type ReplayOpCode = 'write' | 'merge' | 'delete' | 'ensure';

/** A node of the modification tree being checked for canonical form: its key and closed children. */
interface CheckFrame {
  key: string;
  /** The first child key that may not be visited again, and the set once there are more. */
  closedFirst: string | undefined;
  closed: Set<string> | undefined;
}

function isClosed(frame: CheckFrame, key: string): boolean {
  return frame.closedFirst === key || frame.closed?.has(key) === true;
}

function close(frame: CheckFrame, key: string): void {
  if (frame.closedFirst === undefined) {
    frame.closedFirst = key;
    return;
  }
  (frame.closed ??= new Set()).add(key);
}

function isKeyLeaf(step: PathStep): boolean {
  return step.kind === 'leaf' && (step.schema as LeafSchema).isKey;
}

/** Kinds an `ensure` may name (what `DataTreeModification.ensure` records as a merge of structure). */
function ensurable(step: PathStep): boolean {
  switch (step.kind) {
    case 'container':
    case 'entry':
    case 'leaf-list':
      return true;
    case 'list':
      return (step.schema as ListSchema).keys.length > 0;
    case 'leaf':
    case 'value':
    case 'anydata':
      return false;
  }
}

/**
 * The decoded operations of one modification, kept flat (`[code, node, stepCount, ...steps]` per
 * operation, in one array reused from one modification to the next), and checked for canonical form
 * as they are added (see the file comment).
 */
export class ReplayOps {
  /** `items[0 .. length)`; never shortened, so that its backing store is reused. */
  private readonly items: unknown[] = [];
  private length = 0;
  private readonly open: CheckFrame[] = [];
  private treeType: TreeType = 'operational';
  private canonical = true;

  /** Starts a new modification of a tree of `treeType`. */
  reset(treeType: TreeType): void {
    this.items.fill(undefined, 0, this.length);
    this.length = 0;
    this.open.length = 0;
    this.open.push({ key: '', closedFirst: undefined, closed: undefined });
    this.treeType = treeType;
    this.canonical = true;
  }

  /** True while every operation added so far keeps the list canonical. */
  get isCanonical(): boolean {
    return this.canonical;
  }

  /**
   * Adds one operation on the node at `steps` (its first `count`); `node` for write and merge.
   * Returns false, and the list stops being usable, when it is not canonical or when recording it
   * would fail (state data in a configuration tree, a deleted key leaf, an ensure of a leaf).
   */
  add(
    code: ReplayOpCode,
    node: TreeNode | undefined,
    steps: readonly PathStep[],
    count: number,
  ): boolean {
    if (!this.canonical || !this.check(code, steps, count)) {
      this.canonical = false;
      return false;
    }
    const items = this.items;
    let at = this.length;
    items[at++] = code;
    items[at++] = node;
    items[at++] = count;
    for (let i = 0; i < count; i++) items[at++] = steps[i];
    this.length = at;
    return true;
  }

  private check(code: ReplayOpCode, steps: readonly PathStep[], count: number): boolean {
    if (count === 0) return false;
    const target = steps[count - 1]!;
    // What DataTreeModification refuses (its prepareCall and checkKeyLeaf): the slow path says so.
    if (this.treeType === 'config' && !target.schema.config) return false;
    if (code === 'delete' && isKeyLeaf(target) && steps[count - 2]?.kind === 'entry') return false;
    const open = this.open;
    let k = 0;
    while (k + 1 < open.length && k < count && open[k + 1]!.key === steps[k]!.key) k++;
    // An operation on a node already open (an ensure after its children, a second operation).
    if (k === count) return false;
    while (open.length - 1 > k) close(open[open.length - 2]!, open.pop()!.key);
    for (let i = k; i < count - 1; i++) {
      const key = steps[i]!.key;
      if (isClosed(open[open.length - 1]!, key)) return false;
      open.push({ key, closedFirst: undefined, closed: undefined });
    }
    const parent = open[open.length - 1]!;
    if (isClosed(parent, target.key)) return false;
    if (code === 'ensure') {
      if (!ensurable(target)) return false;
      open.push({ key: target.key, closedFirst: undefined, closed: undefined });
    } else {
      close(parent, target.key);
    }
    return true;
  }

  /** @internal for applyReplayOps: the operations are `flat[0 .. flatLength)`. */
  get flat(): readonly unknown[] {
    return this.items;
  }

  /** @internal */
  get flatLength(): number {
    return this.length;
  }
}

/** One node of the modification tree while its descendants' operations stream past. */
interface Frame {
  key: string;
  kind: NodeKind;
  step: PathStep | undefined;
  /** `merge` for an ensured node, `touch` for one only passed through. */
  op: 'merge' | 'touch';
  current: TreeNode | undefined;
  base: TreeNode;
  editor: ChildEditor | undefined;
  /**
   * An ensured entry whose key leaves the ensure changed (a key leaf missing or unequal: never in a
   * sound tree). A later operation on a key leaf then replaces that change, as it replaces the key
   * leaf's merge in the modification tree.
   */
  rekeyed: boolean;
}

/** Applies canonical operations (see the file comment) streamed onto a tree. */
class Streamer {
  private readonly frames: Frame[] = [];
  private depth = 0;
  private readonly schema: SchemaContext;
  private readonly version: Version;
  private readonly ownership: TrieOwnership;

  constructor(
    schema: SchemaContext,
    root: ContainerNode,
    version: Version,
    ownership: TrieOwnership,
  ) {
    this.schema = schema;
    this.version = version;
    this.ownership = ownership;
    this.frames.push({
      key: '',
      kind: 'root',
      step: undefined,
      op: 'touch',
      current: root,
      base: root,
      editor: undefined,
      rekeyed: false,
    });
  }

  /** Applies one operation on the node at `flat[at .. at + count)` (steps). */
  apply(
    code: ReplayOpCode,
    node: TreeNode | undefined,
    flat: readonly unknown[],
    at: number,
    count: number,
  ): void {
    const frames = this.frames;
    let k = 0;
    while (k < this.depth && k < count && frames[k + 1]!.key === (flat[at + k] as PathStep).key)
      k++;
    while (this.depth > k) this.closeTop();
    for (let i = k; i < count - 1; i++) this.push(flat[at + i] as PathStep, 'touch');
    const target = flat[at + count - 1] as PathStep;
    if (code === 'ensure') {
      this.ensure(target);
      return;
    }
    const parent = frames[this.depth]!;
    const current = childOf(parent.base, target.key);
    const result = this.result(code, target, node, current);
    if (parent.rekeyed && result === current && isKeyLeaf(target)) {
      // Undo the ensure's key leaf (see Frame.rekeyed): unchanged here means the base's leaf.
      parent.editor!.set(target.key, undefined, result);
      return;
    }
    this.set(parent, target.key, current, result);
  }

  /** Closes every frame; the new root. */
  finish(): ContainerNode {
    while (this.depth > 0) this.closeTop();
    const root = this.frames[0]!;
    const current = root.current!;
    return root.editor === undefined
      ? (current as ContainerNode)
      : (root.editor.build(current.version, this.version) as ContainerNode);
  }

  /** What `applyModification` returns for the target's ModifiedNode as `record` builds it. */
  private result(
    code: ReplayOpCode,
    target: PathStep,
    node: TreeNode | undefined,
    current: TreeNode | undefined,
  ): TreeNode | undefined {
    if (code === 'delete') return undefined;
    const value = node!;
    if (
      code === 'write' ||
      isLeafLike(target.kind) ||
      (target.kind === 'list' && (target.schema as ListSchema).keys.length === 0)
    ) {
      // A write, a leaf merge, and a merge into a keyless list (which replaces it).
      return current !== undefined && nodeEquals(value, current, target.schema) ? current : value;
    }
    const mod = new ModifiedNode(target.key, target.kind, target.schema, target.keys, current);
    mergeInto(this.schema, this.version, mod, value);
    return applyModification(this.schema, mod, current, this.version, this.ownership);
  }

  /** An ensure: the node's frame, with its key leaves merged as `mergeInto` of its structure does. */
  private ensure(target: PathStep): void {
    const frame = this.push(target, 'merge');
    if (target.kind !== 'entry') return;
    const keyNames = (target.schema as ListSchema).keys;
    for (let i = 0; i < keyNames.length; i++) {
      const name = keyNames[i]!;
      const value = target.keys[i]!;
      const old = childOf(frame.base, name);
      if (old?.kind === 'leaf' && scalarEquals(old.value, value)) continue;
      this.set(frame, name, old, leafNode(value, this.version));
      frame.rekeyed = true;
    }
  }

  private push(step: PathStep, op: 'merge' | 'touch'): Frame {
    const parent = this.frames[this.depth]!;
    const current = childOf(parent.base, step.key);
    const base =
      current ?? createStructure(step.kind, step.schema, step.keys, step.key, this.version);
    this.depth++;
    let frame = this.frames[this.depth];
    if (frame === undefined) {
      frame = {
        key: step.key,
        kind: step.kind,
        step,
        op,
        current,
        base,
        editor: undefined,
        rekeyed: false,
      };
      this.frames.push(frame);
    } else {
      frame.key = step.key;
      frame.kind = step.kind;
      frame.step = step;
      frame.op = op;
      frame.current = current;
      frame.base = base;
      frame.editor = undefined;
      frame.rekeyed = false;
    }
    return frame;
  }

  private set(
    frame: Frame,
    key: string,
    old: TreeNode | undefined,
    child: TreeNode | undefined,
  ): void {
    if (child === old) return;
    (frame.editor ??= new ChildEditor(frame.base, this.ownership)).set(key, old, child);
  }

  /** `applyChildren`'s ending for the top frame, then its parent's `editor.set`. */
  private closeTop(): void {
    const frame = this.frames[this.depth]!;
    this.depth--;
    const { current, editor } = frame;
    const changed = editor?.changed === true;
    let result: TreeNode | undefined;
    if (current === undefined && !changed && frame.op === 'touch') {
      result = undefined;
    } else {
      result = !changed
        ? frame.base
        : editor.build(current === undefined ? this.version : current.version, this.version);
      if (isStructural(frame.kind, frame.step?.schema) && isEmptyContent(result))
        result = undefined;
    }
    this.set(this.frames[this.depth]!, frame.key, current, result);
    frame.editor = undefined;
    frame.current = undefined;
  }
}

/**
 * Applies the canonical operations `ops` (all decoded with `version`) to `root`, editing list entry
 * maps in place under `ownership`; returns the new root. Equal to recording them in a modification
 * and applying it (see the file comment).
 */
export function applyReplayOps(
  schema: SchemaContext,
  root: ContainerNode,
  ops: ReplayOps,
  version: Version,
  ownership: TrieOwnership,
): ContainerNode {
  const streamer = new Streamer(schema, root, version, ownership);
  const flat = ops.flat;
  const end = ops.flatLength;
  for (let at = 0; at < end;) {
    const code = flat[at] as ReplayOpCode;
    const node = flat[at + 1] as TreeNode | undefined;
    const count = flat[at + 2] as number;
    streamer.apply(code, node, flat, at + 3, count);
    at += 3 + count;
  }
  return streamer.finish();
}

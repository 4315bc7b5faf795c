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
 * Across modifications. One `Streamer` applies the consecutive streamed modifications of a replay run
 * (DataTree.replayOps). The frames above the first list entry of the last path (the root, the
 * containers and lists above the entries) stay open from one modification to the next, so that a run
 * of modifications below the same containers edits one editor per level instead of rebuilding the
 * path from the root for each; their nodes are built once, when the path leaves them or the tree is
 * read. What each modification would have done at an open frame is still decided when it ends
 * (`settle`, the same rules as a close): whether the node exists afterwards (a structural node left
 * empty is removed, and comes back as new structure, list positions from 0, with the version of the
 * modification that recreates it), its version and subtree version, and whether its parent changed.
 * A removal or creation is stored in the parent's editor at once, so that sizes and list positions
 * are as they would be; the built node replaces the stored one later.
 *
 * Pure: no I/O. Must not be used where anyone holds a root of the tree being replayed (see
 * DataTree.replayCommitted): list entry maps are edited in place under the batch's ownership.
 */
import type { LeafSchema, ListSchema, SchemaContext } from '../yang/schema.js';
import {
  applyModification,
  ChildEditor,
  isEmptyContent,
  isEmptyStructure,
  nodeEquals,
} from './apply.js';
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

/**
 * One node on the path of the operations streaming past. A frame outlives the modification that
 * opened it: the frames above the first list entry stay open across the modifications of a run, so
 * that consecutive modifications below the same containers and lists edit one set of editors instead
 * of rebuilding the path from the root each time. Its node is built once, when the path leaves it
 * (`seal`). What each modification would have done to it (`settle`) is tracked separately: whether
 * it exists afterwards and its versions, exactly as `applyChildren`'s ending would have left them.
 */
interface Frame {
  key: string;
  kind: NodeKind;
  step: PathStep | undefined;
  /** `merge` for a node the current modification ensured, `touch` for one only passed through. */
  op: 'merge' | 'touch';
  /** The node the editor edits: the node when the frame was opened, or new structure. */
  base: TreeNode;
  editor: ChildEditor | undefined;
  /** What the parent's editor holds under `key` (the node's last stored build, or nothing). */
  stored: TreeNode | undefined;
  /** Whether the node exists, as of the last modification settled (`settle`). */
  present: boolean;
  /** Whether the node existed when the current modification reached it. */
  existed: boolean;
  /** Reached by the current modification (not yet settled for it). */
  active: boolean;
  /** Changed by the current modification (`applyChildren`'s `editor.changed`). */
  changed: boolean;
  /** The node's versions as of the last modification settled. */
  version: Version;
  subtreeVersion: Version;
  /**
   * An ensured entry whose key leaves the ensure changed (a key leaf missing or unequal: never in a
   * sound tree). A later operation on a key leaf then replaces that change, as it replaces the key
   * leaf's merge in the modification tree.
   */
  rekeyed: boolean;
}

/**
 * Applies canonical operations (see the file comment) streamed onto a tree, one modification after
 * another (`begin`, `apply`..., `end`), and builds the new root once (`finish`). Between `finish`
 * calls the editors of the open frames hold the tree: read it only through `finish`.
 */
export class Streamer {
  private readonly frames: Frame[] = [];
  private depth = 0;
  private readonly schema: SchemaContext;
  private readonly ownership: TrieOwnership;
  private version: Version = 0;
  /** No operation of the current modification applied yet. */
  private first = true;

  constructor(schema: SchemaContext, root: ContainerNode, ownership: TrieOwnership) {
    this.schema = schema;
    this.ownership = ownership;
    this.frames.push({
      key: '',
      kind: 'root',
      step: undefined,
      op: 'touch',
      base: root,
      editor: undefined,
      stored: undefined,
      present: true,
      existed: true,
      active: false,
      changed: false,
      version: root.version,
      subtreeVersion: root.subtreeVersion,
      rekeyed: false,
    });
  }

  /** Starts a modification whose nodes carry `version`. */
  begin(version: Version): void {
    this.version = version;
    this.first = true;
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
    const target = flat[at + count - 1] as PathStep;
    // The target itself is never an open frame (canonical form; an open frame from an earlier
    // modification is sealed first), except a node the first operation ensures again.
    let k = 0;
    while (k < this.depth && k < count - 1 && frames[k + 1]!.key === (flat[at + k] as PathStep).key)
      k++;
    const reopen =
      this.first &&
      code === 'ensure' &&
      k === count - 1 &&
      this.depth > k &&
      frames[k + 1]!.key === target.key &&
      target.kind !== 'entry';
    if (reopen) k++;
    while (this.depth > k) this.closeTop();
    if (this.first) {
      this.first = false;
      for (let i = 0; i <= this.depth; i++) this.activate(frames[i]!);
      if (reopen) {
        frames[this.depth]!.op = 'merge';
        return;
      }
    }
    for (let i = k; i < count - 1; i++) this.push(flat[at + i] as PathStep, 'touch');
    if (code === 'ensure') {
      this.ensure(target);
      return;
    }
    const parent = frames[this.depth]!;
    const current = parent.rekeyed
      ? childOf(parent.base, target.key)
      : this.get(parent, target.key);
    const result = this.result(code, target, node, current);
    if (parent.rekeyed && result === current && isKeyLeaf(target)) {
      // Undo the ensure's key leaf (see Frame.rekeyed): unchanged here means the base's leaf.
      parent.changed = true;
      parent.editor!.set(target.key, undefined, result);
      return;
    }
    this.edit(parent, target.key, current, result);
  }

  /**
   * Ends the current modification: what `applyChildren` does at the end of it for every open frame,
   * without building anything. Frames from the first list entry down are closed (an entry is rarely
   * reached by the next modification); the others stay open for it.
   */
  end(): void {
    if (this.first) return; // no operations
    const frames = this.frames;
    let entry = 1;
    while (entry <= this.depth && frames[entry]!.kind !== 'entry') entry++;
    while (this.depth >= entry) this.closeTop();
    for (let d = this.depth; d > 0; d--) this.settle(frames[d]!, frames[d - 1]!, true);
    this.settleRoot();
  }

  /** Closes every frame; the new root. The streamer may go on from it. */
  finish(): ContainerNode {
    while (this.depth > 0) this.closeTop();
    const root = this.frames[0]!;
    if (root.editor?.changed === true) {
      root.base = root.editor.build(root.version, root.subtreeVersion);
      root.editor = undefined;
    }
    return root.base as ContainerNode;
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
      // A write, a leaf merge, and a merge into a keyless list (which replaces it); written empty,
      // structure is absent, as applyModification has it.
      if (isEmptyStructure(target.kind, target.schema, value)) return undefined;
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
      this.edit(frame, name, old, leafNode(value, this.version));
      frame.rekeyed = true;
    }
  }

  /** The child `key` of the frame's node as edited so far. */
  private get(frame: Frame, key: string): TreeNode | undefined {
    return frame.editor === undefined ? childOf(frame.base, key) : frame.editor.get(key);
  }

  private push(step: PathStep, op: 'merge' | 'touch'): Frame {
    const parent = this.frames[this.depth]!;
    const current = this.get(parent, step.key);
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
        base,
        editor: undefined,
        stored: current,
        present: current !== undefined,
        existed: current !== undefined,
        active: true,
        changed: false,
        version: base.version,
        subtreeVersion: base.subtreeVersion,
        rekeyed: false,
      };
      this.frames.push(frame);
    } else {
      frame.key = step.key;
      frame.kind = step.kind;
      frame.step = step;
      frame.op = op;
      frame.base = base;
      frame.editor = undefined;
      frame.stored = current;
      frame.present = current !== undefined;
      frame.existed = current !== undefined;
      frame.active = true;
      frame.changed = false;
      frame.version = base.version;
      frame.subtreeVersion = base.subtreeVersion;
      frame.rekeyed = false;
    }
    return frame;
  }

  /** An open frame reached by the current modification: as `push` would have opened it. */
  private activate(frame: Frame): void {
    frame.active = true;
    frame.existed = frame.present;
    frame.changed = false;
    frame.op = 'touch';
    frame.rekeyed = false;
    if (!frame.present) {
      // Removed (or never created) by an earlier modification: new structure, as push makes.
      const step = frame.step!;
      frame.base = createStructure(step.kind, step.schema, step.keys, step.key, this.version);
      frame.editor = undefined;
      frame.version = frame.base.version;
      frame.subtreeVersion = frame.base.subtreeVersion;
    }
  }

  /** A change by the current modification (`applyChildren`'s `editor.set`). */
  private edit(
    frame: Frame,
    key: string,
    old: TreeNode | undefined,
    child: TreeNode | undefined,
  ): void {
    if (child === old) return;
    frame.changed = true;
    (frame.editor ??= new ChildEditor(frame.base, this.ownership)).set(key, old, child);
  }

  /** Stores `child`'s node, built later than its change, in its parent (no change of its own). */
  private store(parent: Frame, child: Frame, node: TreeNode | undefined): void {
    const old = child.stored;
    if (node === old) return;
    (parent.editor ??= new ChildEditor(parent.base, this.ownership)).set(child.key, old, node);
    child.stored = node;
  }

  /**
   * `applyChildren`'s ending of the current modification for an active frame: whether the node
   * exists after it, its versions, and whether its parent changed. With `storePresence` (the frame
   * stays open) the parent's editor learns a removal or a creation now (a new node is held by its
   * unbuilt structure until `seal`), so that its size and its list positions are right.
   */
  private settle(frame: Frame, parent: Frame, storePresence: boolean): void {
    if (!frame.active) return;
    frame.active = false;
    const v = this.version;
    if (!frame.existed && !frame.changed && frame.op === 'touch') {
      // Only deletes below a node that does not exist: nothing to create.
      frame.present = false;
      return;
    }
    if (frame.changed) {
      if (!frame.existed) frame.version = v;
      frame.subtreeVersion = v;
    }
    const empty =
      isStructural(frame.kind, frame.step?.schema) &&
      (frame.editor === undefined ? isEmptyContent(frame.base) : frame.editor.size === 0);
    if (empty) {
      frame.present = false;
      if (frame.existed) {
        parent.changed = true;
        if (storePresence) this.store(parent, frame, undefined);
      }
      return;
    }
    frame.present = true;
    if (frame.changed || !frame.existed) parent.changed = true;
    if (storePresence && !frame.existed) this.store(parent, frame, frame.base);
  }

  private settleRoot(): void {
    const root = this.frames[0]!;
    if (!root.active) return;
    root.active = false;
    if (root.changed) root.subtreeVersion = this.version;
  }

  /** Closes the top frame: settles it if the current modification reached it, then builds it. */
  private closeTop(): void {
    const frame = this.frames[this.depth]!;
    this.depth--;
    const parent = this.frames[this.depth]!;
    this.settle(frame, parent, false);
    let node: TreeNode | undefined;
    if (frame.present) {
      node =
        frame.editor?.changed === true
          ? frame.editor.build(frame.version, frame.subtreeVersion)
          : frame.base;
    }
    this.store(parent, frame, node);
    frame.editor = undefined;
    frame.stored = undefined;
  }
}

/**
 * Applies the canonical operations `ops` (all decoded with `version`) as the next modification of a
 * replay run streamed by `streamer` (see the file comment); the tree is read with `streamer.finish()`.
 * Equal to recording them in a modification and applying it.
 */
export function applyReplayOps(streamer: Streamer, ops: ReplayOps, version: Version): void {
  streamer.begin(version);
  const flat = ops.flat;
  const end = ops.flatLength;
  for (let at = 0; at < end;) {
    const code = flat[at] as ReplayOpCode;
    const node = flat[at + 1] as TreeNode | undefined;
    const count = flat[at + 2] as number;
    streamer.apply(code, node, flat, at + 3, count);
    at += 3 + count;
  }
  streamer.end();
}

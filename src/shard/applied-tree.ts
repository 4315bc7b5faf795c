/**
 * Apply and replay: a shard replica's data tree as two roots. The committed root is the tree after
 * exactly the journal entries applied so far, the only one readers and listeners ever see; the
 * speculative tip (the DataTree's own root, which the commit queue validates and prepares against)
 * runs ahead of it by the transactions proposed and not yet applied (ODL's ShardDataTree tip).
 *
 * Entries are applied in two ways. A replica's own proposal, applied live, publishes the candidate it
 * prepared (its `before` must be the committed root: entries apply in log order). An entry it did not
 * prepare (replayed from its journal, or, on a follower, written by the leader) is decoded and applied
 * to the committed tree. While the replica recovers, nobody reads its tree and no listener is
 * registered with it (both wait until it is readable), so the entries of one advance() are applied as
 * one replay run (`replay`): streamed into the tree by the tree codec, without candidates, with the
 * tries of large lists edited in place within the run. The run ends with `endRun()`, so a root the
 * replica publishes is never edited again.
 *
 * Invariants: the committed root moves only forward through applied entries; applying an entry the
 * replica did not prepare requires the tip to equal the committed root (no speculation pending); a
 * replay run's root is read only after its run ended.
 *
 * Pure.
 */
import { assert } from '../util/assert.js';
import type { TreeType } from '../tree/json-codec.js';
import { DataTree, ReplayBatch } from '../tree/data-tree.js';
import { DataTreeCandidate } from '../tree/candidate.js';
import { DataTreeSnapshot } from '../tree/modification.js';
import { ModifiedNode } from '../tree/modified-node.js';
import { nodeEquals } from '../tree/apply.js';
import {
  containerNode,
  countDescendants,
  entryNode,
  type ContainerNode,
  type TreeNode,
} from '../tree/node.js';
import type { DataParent } from '../yang/schema.js';
import type { SchemaContext } from '../yang/schema.js';
import type { TreeCodec } from './tree-codec.js';

/** A replica's tree: committed root and speculative tip. See the file comment. */
export class AppliedTree {
  /** The speculative tip: validate, prepare and commit transactions here. */
  readonly tip: DataTree;
  private readonly codec: TreeCodec;
  private committedTree: ContainerNode;
  /**
   * The tree after the applied entries is still being streamed into by a replay run: read from the
   * tip when next needed, which builds it (DataTree.replayOps).
   */
  private replayedRootPending = false;
  private replayBatch: ReplayBatch | undefined;
  private snapshotCache: DataTreeSnapshot | undefined;
  private nodesCache: { root: ContainerNode; nodes: number } | undefined;
  private applied = 0;
  /**
   * Committed roots by the log index they reflect, ascending from `retainedStart`: one per live
   * entry that changed the tree (an index between two holds the earlier one's root). A transaction
   * built on another replica's snapshot at index N is re-recorded on `rootAt(N)` (see the shard core's
   * submit). Bounded: the oldest go first.
   */
  private retainedIndexes: number[] = [];
  private retainedRoots: ContainerNode[] = [];
  /** Lookups below this index cannot be answered exactly. */
  private retainedFrom = Number.POSITIVE_INFINITY;

  constructor(schema: SchemaContext, treeType: TreeType, codec: TreeCodec) {
    this.tip = new DataTree(schema, { treeType });
    this.codec = codec;
    this.committedTree = this.tip.root;
  }

  /** The tree after exactly the applied entries. */
  get root(): ContainerNode {
    if (this.replayedRootPending) {
      this.replayedRootPending = false;
      this.committedTree = this.tip.root;
    }
    return this.committedTree;
  }

  /** Transactions applied (replayed ones included). */
  get commits(): number {
    return this.applied;
  }

  /** Whether the tip equals the committed root: no speculative commit is pending. */
  get settled(): boolean {
    return this.replayedRootPending || this.tip.root === this.root;
  }

  /**
   * Records the committed root as the tree at log index `index` (after a live apply of the entry at
   * `index`; entries are applied in index order). Keeps at most `max` roots.
   */
  retain(index: number, max: number): void {
    const root = this.root;
    const n = this.retainedIndexes.length;
    if (n === 0) this.retainedFrom = index;
    if (n > 0 && this.retainedRoots[n - 1] === root) return; // unchanged: the earlier one covers it
    this.retainedIndexes.push(index);
    this.retainedRoots.push(root);
    if (this.retainedIndexes.length > max * 2) {
      const drop = this.retainedIndexes.length - max;
      this.retainedIndexes = this.retainedIndexes.slice(drop);
      this.retainedRoots = this.retainedRoots.slice(drop);
      this.retainedFrom = this.retainedIndexes[0]!;
    }
  }

  /**
   * The committed root at log index `index`, when retained: the root of the newest retained entry at
   * or before it. Undefined below the retained window, or beyond `appliedIndex` (not applied here yet).
   */
  rootAt(index: number, appliedIndex: number): ContainerNode | undefined {
    if (index < this.retainedFrom || index > appliedIndex) return undefined;
    const list = this.retainedIndexes;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (list[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return list[lo]! <= index ? this.retainedRoots[lo] : undefined;
  }

  /** Forgets every retained root (the tree was replaced: the history before does not lead here). */
  forgetRetained(): void {
    this.retainedIndexes = [];
    this.retainedRoots = [];
    this.retainedFrom = Number.POSITIVE_INFINITY;
  }

  /** Restores the tree of a snapshot image (encoded by the tree codec). */
  restore(image: Uint8Array): void {
    const root = this.codec.decodeTree(this.tip, image);
    this.forgetRetained();
    this.tip.resetTo(root);
    this.committedTree = root;
    this.replayedRootPending = false;
  }

  /**
   * Restores the tree of a snapshot installed from the leader while this replica is readable, and
   * returns the difference as one candidate: a write of the root from the tree before to the tree
   * after (ODL's ShardDataTree.applySnapshot commits the snapshot as a write of the root the same
   * way). Subtrees whose data did not change keep the nodes they had (the same objects), so a
   * listener whose subtree the install did not change is not called: candidates and listener
   * registries tell changed from unchanged by node identity first. Undefined when nothing changed.
   */
  restoreWithChange(image: Uint8Array): DataTreeCandidate | undefined {
    const before = this.root;
    const decoded = this.codec.decodeTree(this.tip, image);
    const schema = this.tip.context.schema;
    const after = shareUnchanged(before, decoded, schema.root) as ContainerNode;
    this.forgetRetained();
    this.tip.resetTo(after);
    this.committedTree = after;
    this.replayedRootPending = false;
    if (after === before) return undefined;
    const mod = ModifiedNode.root(before);
    mod.op = 'write';
    mod.value = after;
    return new DataTreeCandidate(schema, mod, before, after, this.tip.nextVersion());
  }

  /** The committed tree, encoded for a snapshot. */
  encode(): Uint8Array {
    return this.codec.encodeTree(this.root);
  }

  /**
   * Applies the journaled operations of a transaction this replica did not prepare (no speculation
   * may be pending). `replaying`: part of the current replay run (no candidate); otherwise the
   * candidate is returned, for listeners. Throws what the codec throws when `ops` do not decode.
   */
  applyOps(ops: Uint8Array, replaying: boolean, txId: string): DataTreeCandidate | undefined {
    // A replay run still streaming started from a tree checked here, and nothing read it since.
    assert(this.settled, () => `applying ${txId} while speculative commits are pending`);
    let candidate: DataTreeCandidate | undefined;
    if (replaying) {
      this.codec.replayModification(this.tip, ops, (this.replayBatch ??= new ReplayBatch()));
      // Read when needed: reading it now would end the run's open frames (DataTree.replayOps).
      this.replayedRootPending = true;
    } else {
      const mod = this.codec.decodeModification(this.tip.takeSnapshot(), ops);
      candidate = this.tip.applyCommitted(mod);
      this.committedTree = this.tip.root;
      this.replayedRootPending = false;
    }
    this.applied++;
    return candidate;
  }

  /** Publishes the candidate of this replica's own proposal, now applied in log order. */
  publish(candidate: DataTreeCandidate): void {
    assert(
      candidate.before === this.root,
      () => 'a commit applies out of order (its candidate is not based on the committed root)',
    );
    this.committedTree = candidate.after;
    this.replayedRootPending = false;
    this.applied++;
  }

  /** Ends the current replay run: its root becomes an ordinary, immutable root. */
  endRun(): void {
    this.replayBatch = undefined;
    if (this.replayedRootPending) {
      this.replayedRootPending = false;
      this.committedTree = this.tip.root;
    }
  }

  /** Drops the speculation: the tip goes back to the committed root. */
  resetTip(): void {
    this.tip.resetTo(this.root);
  }

  /** An immutable snapshot of the committed tree (the same object while it does not move). */
  snapshot(appliedIndex?: number): DataTreeSnapshot {
    const root = this.root;
    const cached = this.snapshotCache;
    if (cached !== undefined && cached.root === root && cached.appliedIndex === appliedIndex) {
      return cached;
    }
    const snapshot = new DataTreeSnapshot(this.tip.context, root, appliedIndex);
    this.snapshotCache = snapshot;
    return snapshot;
  }

  /** Nodes in the committed tree (cached per root). */
  countNodes(): number {
    const root = this.root;
    if (this.nodesCache?.root === root) return this.nodesCache.nodes;
    const nodes = countDescendants(root);
    this.nodesCache = { root, nodes };
    return nodes;
  }
}

/**
 * `after`, with every subtree whose data equals `before`'s at the same place replaced by `before`'s
 * node (containers and list entries are compared child by child; anything else as a whole). Returns
 * `before` itself when the data is the same throughout.
 */
function shareUnchanged(before: TreeNode, after: TreeNode, schema: DataParent): TreeNode {
  if (before === after) return before;
  if (
    (before.kind !== 'container' || after.kind !== 'container') &&
    (before.kind !== 'entry' || after.kind !== 'entry' || before.key !== after.key)
  ) {
    return nodeEquals(before, after, schema) ? before : after;
  }
  let changed = before.children.size !== after.children.size;
  const editor = after.children.edit();
  for (let i = 0; i < after.children.size; i++) {
    const key = after.children.keyAt(i);
    const child = after.children.valueAt(i);
    const old = before.children.get(key);
    const childSchema = schema.children.get(key);
    const shared =
      old === undefined || childSchema === undefined
        ? child
        : shareUnchanged(old, child, childSchema as DataParent);
    if (shared !== old) changed = true;
    if (shared !== child) editor.set(key, shared);
  }
  if (!changed) return before;
  const children = editor.build();
  return after.kind === 'container'
    ? containerNode(children, after.version, after.subtreeVersion)
    : entryNode(after.key, after.keys, after.seq, children, after.version, after.subtreeVersion);
}

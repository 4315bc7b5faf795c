/**
 * The port through which a shard turns data into journal bytes and back: a ready modification into the
 * `ops` of a journal record, and the whole committed tree into a snapshot image. Replaying decoded
 * operations must rebuild exactly the tree the leader built (followers apply them with
 * `DataTree.applyCommitted`, recovery with `replayModification`, both without conflict checks: they
 * were checked where they were produced).
 *
 * `binaryTreeCodec` is the tree's binary codec (src/tree/binary-codec.ts). The port exists so that the
 * shard core names what it needs and tests can count or fault the encoding.
 *
 * Pure: no I/O, no clocks.
 */
import {
  decodeModification,
  decodeTree,
  encodeModification,
  encodeTree,
  replayEncodedModification,
} from '../tree/binary-codec.js';
import type { DataTree, ReplayBatch } from '../tree/data-tree.js';
import type { DataTreeModification, DataTreeSnapshot } from '../tree/modification.js';
import type { ContainerNode } from '../tree/node.js';

/** Encodes modifications and trees for the journal; see the file comment. */
export interface TreeCodec {
  /** The operations of a ready modification. */
  encodeModification(mod: DataTreeModification): Uint8Array;
  /** A ready modification based on `base` that performs the encoded operations. */
  decodeModification(base: DataTreeSnapshot, data: Uint8Array): DataTreeModification;
  /**
   * Applies encoded operations to `tree` during recovery, as one of the run `batch` (no candidate;
   * see DataTree.replayCommitted). Equal to decoding them and applying the modification.
   */
  replayModification(tree: DataTree, data: Uint8Array, batch: ReplayBatch): void;
  /** The whole tree under `root`. */
  encodeTree(root: ContainerNode): Uint8Array;
  /** The root of a tree of `tree`'s schema holding the encoded data. */
  decodeTree(tree: DataTree, data: Uint8Array): ContainerNode;
}

/** The tree's binary codec behind the TreeCodec port. */
export const binaryTreeCodec: TreeCodec = {
  encodeModification: (mod) => encodeModification(mod),
  decodeModification: (base, data) => decodeModification(data, base),
  replayModification: (tree, data, batch) => {
    replayEncodedModification(tree, data, batch);
  },
  encodeTree: (root) => encodeTree(root),
  decodeTree: (tree, data) => decodeTree(data, tree.nextVersion()),
};

/**
 * The port through which a shard turns data into journal bytes and back: a ready modification into the
 * `ops` of a journal record, and the whole committed tree into a snapshot image. Replaying decoded
 * operations must rebuild exactly the tree the leader built (recovery and followers apply them with
 * `DataTree.applyCommitted`, without conflict checks: they were checked where they were produced).
 *
 * `jsonTreeCodec` is an implementation over the RFC 7951 JSON codec of src/tree: each operation of the
 * modification tree becomes (path, write|merge|delete, JSON). It is correct but not compact; the tree's
 * binary codec replaces it where it is available.
 *
 * Pure: no I/O, no clocks.
 */
import type { JsonValue } from '../yang/schema.js';
import { assert } from '../util/assert.js';
import type { DataTree } from '../tree/data-tree.js';
import { encodeNode } from '../tree/json-codec.js';
import { DataTreeSnapshot, type DataTreeModification } from '../tree/modification.js';
import {
  createStructure,
  isLeafLike,
  printModPath,
  type ModifiedNode,
  type PathPart,
} from '../tree/modified-node.js';
import { emptyRoot, type ContainerNode } from '../tree/node.js';

/** Encodes modifications and trees for the journal; see the file comment. */
export interface TreeCodec {
  /** The operations of a ready modification. */
  encodeModification(mod: DataTreeModification): Uint8Array;
  /** A ready modification based on `base` that performs the encoded operations. */
  decodeModification(base: DataTreeSnapshot, data: Uint8Array): DataTreeModification;
  /** The whole tree under `root`. */
  encodeTree(root: ContainerNode): Uint8Array;
  /** The root of a tree of `tree`'s schema holding the encoded data. */
  decodeTree(tree: DataTree, data: Uint8Array): ContainerNode;
}

type JsonOp =
  | { readonly o: 'w'; readonly p: string; readonly v: JsonValue }
  | { readonly o: 'd'; readonly p: string }
  /** Create the node if absent (a merge of a container, entry or list), then its children follow. */
  | { readonly o: 'e'; readonly p: string };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function moduleOfPart(part: PathPart): string {
  return part.schema?.module ?? '';
}

function collectOps(mod: ModifiedNode, stack: ModifiedNode[], out: JsonOp[]): void {
  stack.push(mod);
  switch (mod.op) {
    case 'none':
      break;
    case 'delete':
      out.push({ o: 'd', p: printModPath(stack) });
      break;
    case 'write':
      out.push({ o: 'w', p: printModPath(stack), v: encodeNode(mod.value!, moduleOfPart(mod)) });
      break;
    case 'merge':
      if (isLeafLike(mod.kind)) {
        out.push({ o: 'w', p: printModPath(stack), v: encodeNode(mod.value!, moduleOfPart(mod)) });
        break;
      }
      if (mod.kind !== 'root') out.push({ o: 'e', p: printModPath(stack) });
      mod.children?.forEach((child) => {
        collectOps(child, stack, out);
      });
      break;
    case 'touch':
      mod.children?.forEach((child) => {
        collectOps(child, stack, out);
      });
      break;
  }
  stack.pop();
}

/** The JSON implementation of TreeCodec (see the file comment). */
export const jsonTreeCodec: TreeCodec = {
  encodeModification(mod: DataTreeModification): Uint8Array {
    assert(mod.isReady, () => 'encodeModification: the modification must be ready');
    const ops: JsonOp[] = [];
    collectOps(mod.root, [], ops);
    return encoder.encode(JSON.stringify(ops));
  },

  decodeModification(base: DataTreeSnapshot, data: Uint8Array): DataTreeModification {
    const ops = JSON.parse(decoder.decode(data)) as JsonOp[];
    const mod = base.newModification();
    for (const op of ops) {
      switch (op.o) {
        case 'w':
          mod.write(op.p, op.v);
          break;
        case 'd':
          mod.delete(op.p);
          break;
        case 'e': {
          const path = base.resolve(op.p);
          const step = path.steps[path.steps.length - 1]!;
          const node = createStructure(step.kind, step.schema, step.keys, step.key, mod.version);
          mod.mergeNode(path, node);
          break;
        }
      }
    }
    mod.ready();
    return mod;
  },

  encodeTree(root: ContainerNode): Uint8Array {
    return encoder.encode(JSON.stringify(encodeNode(root, '')));
  },

  decodeTree(tree: DataTree, data: Uint8Array): ContainerNode {
    const json = JSON.parse(decoder.decode(data)) as JsonValue;
    const empty = new DataTreeSnapshot(tree.context, emptyRoot(tree.nextVersion()));
    const mod = empty.newModification();
    mod.write('/', json);
    mod.ready();
    return mod.afterRoot();
  },
};

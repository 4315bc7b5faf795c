/**
 * Optimistic concurrency (yangtools' checkApplicable family): may a modification built on an older
 * snapshot still be applied to the current tip? It compares, along the modified paths only, the node
 * the modification saw (`original`) with the node at the tip (`current`):
 *
 * - identical node (same object): nothing changed there since the snapshot, nor below; no conflict;
 * - `write` / `delete` of a node that another transaction created, deleted (write only), replaced, or
 *   changed below since the snapshot: conflict (two deletes agree and do not conflict);
 * - `merge` of a leaf: conflict only when the other transaction left a different value;
 * - `merge` / `touch` of a container, entry or list: no conflict at this node, the children decide;
 *   except that a `touch` of a list entry or presence container that another transaction deleted is a
 *   conflict (the entry this transaction edits is gone; re-creating it would resurrect a half entry).
 *
 * Consequences: writes to different entries of one list commit concurrently; a delete or a replacing
 * write of an ancestor conflicts with any modification below it of data that existed.
 * Rejections are OptimisticLockFailedError naming the path and the reason.
 */
import { OptimisticLockFailedError } from './errors.js';
import { childOf, jsonEquals, scalarEquals, type TreeNode } from './node.js';
import { isLeafLike, printModPath, type ModifiedNode } from './modified-node.js';

function conflict(stack: readonly ModifiedNode[], reason: string): never {
  throw new OptimisticLockFailedError(printModPath(stack), reason);
}

function sameValue(a: TreeNode, b: TreeNode): boolean {
  if ((a.kind === 'leaf' || a.kind === 'value') && (b.kind === 'leaf' || b.kind === 'value')) {
    return scalarEquals(a.value, b.value);
  }
  if (a.kind === 'anydata' && b.kind === 'anydata') {
    return jsonEquals(a.value, b.value);
  }
  return false;
}

function checkReplace(
  stack: readonly ModifiedNode[],
  mod: ModifiedNode,
  current: TreeNode | undefined,
): void {
  const original = mod.original;
  if (original === undefined) {
    if (current !== undefined) {
      conflict(stack, 'the node was created by another transaction since this one started');
    }
    return;
  }
  if (current === undefined) {
    if (mod.op === 'write') {
      conflict(stack, 'the node was deleted by another transaction since this one started');
    }
    return;
  }
  if (original.version !== current.version) {
    conflict(stack, 'the node was replaced by another transaction since this one started');
  }
  if (original.subtreeVersion !== current.subtreeVersion) {
    conflict(
      stack,
      'data below the node was changed by another transaction since this one started',
    );
  }
}

function check(stack: ModifiedNode[], mod: ModifiedNode, current: TreeNode | undefined): void {
  if (mod.original === current) {
    return;
  }
  switch (mod.op) {
    case 'none':
      return;
    case 'write':
    case 'delete':
      checkReplace(stack, mod, current);
      return;
    case 'merge':
      if (isLeafLike(mod.kind)) {
        if (
          mod.original !== undefined &&
          current !== undefined &&
          !sameValue(mod.original, current)
        ) {
          conflict(stack, 'the value was changed by another transaction since this one started');
        }
        return;
      }
      break;
    case 'touch':
      if (
        mod.original !== undefined &&
        current === undefined &&
        (mod.kind === 'entry' || (mod.schema?.kind === 'container' && mod.schema.presence))
      ) {
        conflict(stack, 'the node was deleted by another transaction since this one started');
      }
      break;
  }
  if (mod.children === undefined) {
    return;
  }
  for (const child of mod.children.values()) {
    stack.push(child);
    check(stack, child, childOf(current, child.key));
    stack.pop();
  }
}

/**
 * Checks that `root` (a modification tree) may be applied to `tip`, the current root.
 * Throws OptimisticLockFailedError at the first conflict.
 */
export function checkApplicable(root: ModifiedNode, tip: TreeNode): void {
  check([root], root, tip);
}

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
 *
 * Verifications (`DataTreeModification.verifyUnchanged`) are a read set, checked apart from the
 * modification tree: the node at each verified path in the snapshot must still be the node at the
 * tip, by the rule of a `write` there (not created, not deleted, not replaced, nothing changed below).
 * They compare the snapshot with the tip only, so what the transaction itself does at, above or below
 * a verified path does not change their verdict.
 *
 * Rejections are OptimisticLockFailedError naming the path and the reason.
 */
import { OptimisticLockFailedError } from './errors.js';
import { getIn } from './apply.js';
import { childOf, jsonEquals, scalarEquals, type TreeNode } from './node.js';
import { isLeafLike, printModPath, type ModifiedNode } from './modified-node.js';
import type { ResolvedPath } from './path.js';

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

/**
 * How the node `current` at the tip differs from the node `original` a transaction saw at the same
 * place: a sentence for OptimisticLockFailedError, or undefined when it is unchanged (the same node, or
 * a re-application of the same versions, as a chained transaction sees its predecessor's nodes).
 * `deletedCounts` false lets a deletion pass (two deletes agree).
 */
function changeOf(
  original: TreeNode | undefined,
  current: TreeNode | undefined,
  deletedCounts: boolean,
): string | undefined {
  if (original === current) {
    return undefined;
  }
  if (original === undefined) {
    return 'the node was created by another transaction since this one started';
  }
  if (current === undefined) {
    return deletedCounts
      ? 'the node was deleted by another transaction since this one started'
      : undefined;
  }
  if (original.version !== current.version) {
    return 'the node was replaced by another transaction since this one started';
  }
  if (original.subtreeVersion !== current.subtreeVersion) {
    return 'data below the node was changed by another transaction since this one started';
  }
  return undefined;
}

function checkReplace(
  stack: readonly ModifiedNode[],
  mod: ModifiedNode,
  current: TreeNode | undefined,
): void {
  const change = changeOf(mod.original, current, mod.op === 'write');
  if (change !== undefined) {
    conflict(stack, change);
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

/**
 * Checks that the node at each of `paths` is the same at `tip` as in `snapshot` (the root the
 * verifying modification was built on): not created, deleted, replaced or changed below since.
 * Throws OptimisticLockFailedError naming the first verified path that changed.
 */
export function checkVerified(
  paths: readonly ResolvedPath[],
  snapshot: TreeNode,
  tip: TreeNode,
): void {
  if (snapshot === tip) {
    return;
  }
  for (const path of paths) {
    const change = changeOf(getIn(snapshot, path.steps, 0), getIn(tip, path.steps, 0), true);
    if (change !== undefined) {
      throw new OptimisticLockFailedError(
        path.text,
        `${change} (this transaction verified it unchanged)`,
      );
    }
  }
}

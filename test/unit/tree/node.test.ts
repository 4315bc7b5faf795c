/**
 * Goal: `countDescendants` (the shard status's node count) counts exactly the nodes below a root.
 * Method: random trees built by committing random operations (tree-ops.ts), counted against a naive
 * recursive walk over `forEachChild`.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { DataTree } from '../../../src/tree/data-tree.js';
import { countDescendants, forEachChild, type TreeNode } from '../../../src/tree/node.js';
import { testSchema } from './fixtures.js';
import { build, deepOp, tryCommit } from './tree-ops.js';

function naiveCount(node: TreeNode): number {
  let n = 0;
  forEachChild(node, (child) => {
    n += 1 + naiveCount(child);
  });
  return n;
}

describe('tree: node counting', () => {
  it('countDescendants equals a recursive walk over every child', () => {
    let nonEmpty = 0;
    fc.assert(
      fc.property(fc.array(fc.array(deepOp, { maxLength: 6 }), { maxLength: 8 }), (history) => {
        const tree = new DataTree(testSchema());
        for (const ops of history) tryCommit(tree, build(tree, ops));
        const expected = naiveCount(tree.root);
        if (expected > 0) nonEmpty++;
        assert.equal(countDescendants(tree.root), expected);
      }),
      { numRuns: 300 },
    );
    assert.ok(nonEmpty > 100, `too few non-empty trees (${nonEmpty})`);
  });
});

/**
 * Goal: the binary codec round-trips exactly, for any tree and any modification the test model
 * allows: decoding gives the same data in the same order, re-encoding gives the same bytes, and
 * applying a decoded modification to a replica gives the same tree as committing the original.
 * Method: fast-check generates sequences of write/merge/delete operations from a pool of paths and
 * values of the test model (lists, multi-key and user-ordered lists, leaf-lists, keyless state lists,
 * anydata, every scalar kind); operations the schema refuses at the call are skipped, commits that
 * fail validation are dropped, as a user's would be.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  decodeModification,
  decodeTree,
  encodeModification,
  encodeTree,
  installTree,
} from '../../../src/tree/binary-codec.js';
import { DataTree } from '../../../src/tree/data-tree.js';
import { testSchema } from './fixtures.js';
import { build, op, tryCommit } from './tree-ops.js';

describe('tree: binary codec round trips (property)', () => {
  it('any tree decodes to the same data and order and re-encodes to the same bytes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(op, { maxLength: 6 }), { maxLength: 5 }), (batches) => {
        const tree = new DataTree(testSchema());
        for (const ops of batches) tryCommit(tree, build(tree, ops));
        const bytes = encodeTree(tree.root);
        const copy = new DataTree(testSchema());
        copy.resetTo(decodeTree(bytes, copy.nextVersion()));
        assert.deepEqual(copy.takeSnapshot().read('/'), tree.takeSnapshot().read('/'));
        assert.deepEqual(encodeTree(copy.root), bytes);
      }),
      { numRuns: 150 },
    );
  });

  it('any modification, decoded and applied to a replica, gives the same tree as the original', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(op, { maxLength: 6 }), { maxLength: 3 }),
        fc.array(op, { minLength: 1, maxLength: 8 }),
        (history, ops) => {
          const tree = new DataTree(testSchema());
          for (const batch of history) tryCommit(tree, build(tree, batch));
          const replica = new DataTree(testSchema());
          installTree(replica, encodeTree(tree.root));
          const base = tree.takeSnapshot();
          const m = build(tree, ops);
          const bytes = encodeModification(m);
          const decoded = decodeModification(bytes, base);
          assert.deepEqual(
            decoded.read('/'),
            m.read('/'),
            'read-through of the decoded modification',
          );
          assert.deepEqual(encodeModification(decoded), bytes, 're-encoding');
          if (!tryCommit(tree, m)) return;
          replica.applyCommitted(decodeModification(bytes, replica.takeSnapshot()));
          assert.deepEqual(replica.takeSnapshot().read('/'), tree.takeSnapshot().read('/'));
          assert.deepEqual(encodeTree(replica.root), encodeTree(tree.root));
        },
      ),
      { numRuns: 150 },
    );
  });
});

/**
 * Goal: journal replay (binary-codec's replayEncodedModification, replay.ts) rebuilds exactly the tree
 * that applying each journaled modification in turn builds (applyEncodedModification: decode, then
 * DataTree.applyCommitted), byte for byte of the encoded tree, while leaving alone every tree that
 * existed before the replay run; the modifications the journal holds (encodeModification's canonical
 * lists) all take the streamed path; and any other list of operations (reordered, repeated, nested
 * below a write, from several modifications) takes the slow path with the same result or the same
 * error. Method: fast-check generates commit histories over the test model (tree-ops.ts, including
 * deep paths, cascading removals and presence containers), replays their journal into a replica in
 * one replay run (ReplayBatch), and compares with the reference replica and with the source tree;
 * the second property shuffles, duplicates and mixes the decoded operations of several modifications
 * (encodeOperations) and compares both paths on them.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  applyEncodedModification,
  decodeModification,
  decodeOperations,
  encodeModification,
  encodeOperations,
  encodeTree,
  installTree,
  replayEncodedModification,
} from '../../../src/tree/binary-codec.js';
import { DataTree, ReplayBatch } from '../../../src/tree/data-tree.js';
import type { TreeNode } from '../../../src/tree/node.js';
import { CanopyError } from '../../../src/util/errors.js';
import { testSchema } from './fixtures.js';
import { build, deepOp, tryCommit } from './tree-ops.js';

/** Commits `history` to a new tree; returns it, its start and the journal of what committed. */
function journalOf(
  prefix: readonly (readonly Parameters<typeof build>[1][number][])[],
  history: readonly (readonly Parameters<typeof build>[1][number][])[],
): { source: DataTree; start: Uint8Array; journal: Uint8Array[] } {
  const source = new DataTree(testSchema());
  for (const ops of prefix) tryCommit(source, build(source, ops));
  const start = encodeTree(source.root);
  const journal: Uint8Array[] = [];
  for (const ops of history) {
    const m = build(source, ops);
    if (tryCommit(source, m)) journal.push(encodeModification(m));
  }
  return { source, start, journal };
}

/**
 * The metadata of every node, which encodeTree leaves out and conflict checks and list order rely
 * on: versions, and the positions of entries and values.
 */
function metadataOf(node: TreeNode): unknown {
  const own = [node.kind, node.version, node.subtreeVersion];
  switch (node.kind) {
    case 'container':
    case 'entry': {
      const children: unknown[] = [];
      node.children.forEach((child, key) => children.push([key, metadataOf(child)]));
      return node.kind === 'entry' ? [...own, node.seq, children] : [...own, children];
    }
    case 'list':
    case 'leaf-list': {
      const entries: [string, unknown][] = [];
      node.entries.forEach((entry, key) => entries.push([key, metadataOf(entry)]));
      entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      return [...own, node.nextSeq, entries];
    }
    case 'value':
      return [...own, node.seq];
    case 'leaf':
    case 'anydata':
      return own;
  }
}

function replicaOf(start: Uint8Array): DataTree {
  const replica = new DataTree(testSchema());
  installTree(replica, start);
  return replica;
}

/** CANOPY_PROPERTY_RUNS raises (or lowers) the first property's run count; the second scales with it. */
const runs = Number(process.env['CANOPY_PROPERTY_RUNS'] ?? 1000);

const batches = fc.array(fc.array(deepOp, { maxLength: 6 }), { maxLength: 4 });

describe('tree: journal replay (property)', function () {
  // Each property runs many generated journals: seconds alone, much longer on a loaded 2-core machine.
  this.timeout(120_000);
  it('a journal replayed in one run gives the tree applying each entry gives, and changes no earlier tree', () => {
    let streamed = 0;
    fc.assert(
      fc.property(
        batches,
        fc.array(fc.array(deepOp, { maxLength: 6 }), { maxLength: 8 }),
        fc.array(fc.boolean(), { maxLength: 8 }),
        (prefix, history, slowly) => {
          const { source, start, journal } = journalOf(prefix, history);
          const reference = replicaOf(start);
          for (const bytes of journal) applyEncodedModification(reference, bytes);
          const replayed = replicaOf(start);
          const before = replayed.root;
          const batch = new ReplayBatch();
          journal.forEach((bytes, i) => {
            // Some through the slow path's API, in the same run: both edit the run's tries.
            if (slowly[i] === true) {
              replayed.replayCommitted(decodeModification(bytes, replayed.takeSnapshot()), batch);
            } else {
              replayEncodedModification(replayed, bytes, batch);
            }
          });
          assert.deepEqual(encodeTree(replayed.root), encodeTree(reference.root));
          assert.deepEqual(metadataOf(replayed.root), metadataOf(reference.root));
          assert.deepEqual(replayed.takeSnapshot().read('/'), source.takeSnapshot().read('/'));
          assert.deepEqual(encodeTree(before), start, 'the tree before the run is unchanged');
          assert.equal(batch.applied, journal.length);
          const forced = journal.filter((_b, i) => slowly[i] === true).length;
          assert.equal(batch.slow, forced, 'every journaled modification is in canonical form');
          streamed += journal.length - forced;
        },
      ),
      { numRuns: runs },
    );
    assert.ok(streamed > 300, `too few modifications were replayed (${streamed})`);
  });

  it('operations in any other order or combination give the same tree, or the same error, as decoding them', () => {
    let slow = 0;
    let fast = 0;
    fc.assert(
      fc.property(
        batches,
        fc.array(fc.array(deepOp, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (prefix, history, picks) => {
          const { start, journal } = journalOf(prefix, history);
          const pool = journal.flatMap((bytes) => decodeOperations(bytes, 1));
          if (pool.length === 0) return;
          const ops = picks.length === 0 ? pool : picks.map((p) => pool[p % pool.length]!);
          const bytes = encodeOperations(ops);
          const reference = replicaOf(start);
          let expected: unknown;
          try {
            applyEncodedModification(reference, bytes);
          } catch (e) {
            if (!(e instanceof CanopyError)) throw e;
            expected = e.constructor;
          }
          const replayed = replicaOf(start);
          const batch = new ReplayBatch();
          let actual: unknown;
          try {
            replayEncodedModification(replayed, bytes, batch);
          } catch (e) {
            if (!(e instanceof CanopyError)) throw e;
            actual = e.constructor;
          }
          assert.equal(actual, expected);
          if (expected === undefined) {
            assert.deepEqual(encodeTree(replayed.root), encodeTree(reference.root));
            // The slow path takes one more version number (decoding), so only the streamed one's match.
            if (batch.slow === 0) {
              assert.deepEqual(metadataOf(replayed.root), metadataOf(reference.root));
            }
            slow += batch.slow;
            fast += batch.applied - batch.slow;
          }
        },
      ),
      { numRuns: runs * 3 },
    );
    assert.ok(slow > 20 && fast > 20, `both paths must be exercised (slow ${slow}, fast ${fast})`);
  });
});

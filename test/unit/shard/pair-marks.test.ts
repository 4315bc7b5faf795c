/**
 * Goal: pair marks (src/shard/pair-marks.ts), what lets a transaction check that its snapshots of
 * several shards form a consistent cut: a replica counts, per other shard, the multi-shard commits
 * involving both and remembers the newest; a snapshot keeps the marks as they were when it was taken;
 * two snapshots agree when their marks for each other name the same commit, and otherwise the one
 * with the smaller count lags; the marks survive a snapshot image, through the protobuf codec too.
 * Method: drive PairMarks directly, as the shard core does, and compare snapshots built on its views.
 */
import { strict as assert } from 'node:assert';
import { DataTree } from '../../../src/tree/data-tree.js';
import { comparePair, PairMarks, ShardReadSnapshot } from '../../../src/shard/pair-marks.js';
import { shardCodec } from '../../../src/wire/shard-codec.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';

describe('shard pair marks', () => {
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  function snapshotOf(shard: string, marks: PairMarks, index: number): ShardReadSnapshot {
    const tree = new DataTree(schema, { treeType: 'config' }).takeSnapshot();
    return new ShardReadSnapshot(tree.context, tree.root, index, shard, marks.view);
  }

  it('counts the multi-shard commits shared with each other shard and remembers the newest', () => {
    const a = new PairMarks('a');
    a.applied('t1', ['a', 'b']);
    a.applied('t2', ['a', 'b', 'c']);
    a.applied('t3', ['a', 'c']);
    assert.deepEqual(a.view.get('b'), { txId: 't2', count: 2 });
    assert.deepEqual(a.view.get('c'), { txId: 't3', count: 2 });
    assert.equal(a.view.get('a'), undefined, 'no mark for the shard itself');
  });

  it('keeps the marks a snapshot was taken with when later commits move them', () => {
    const a = new PairMarks('a');
    a.applied('t1', ['a', 'b']);
    const before = a.view;
    a.applied('t2', ['a', 'b']);
    assert.deepEqual(before.get('b'), { txId: 't1', count: 1 });
    assert.deepEqual(a.view.get('b'), { txId: 't2', count: 2 });
  });

  it('judges two snapshots: the same newest shared commit agrees, a smaller count lags', () => {
    const a = new PairMarks('a');
    const b = new PairMarks('b');
    assert.equal(comparePair(snapshotOf('b', b, 1), snapshotOf('a', a, 1)), 'ok', 'none on both');
    a.applied('t1', ['a', 'b']);
    b.applied('t1', ['a', 'b']);
    const b1 = snapshotOf('b', b, 5);
    assert.equal(comparePair(b1, snapshotOf('a', a, 5)), 'ok');
    a.applied('t2', ['a', 'b']);
    const a2 = snapshotOf('a', a, 6);
    assert.equal(comparePair(b1, a2), 'pinned-lags', 'b was read before t2 reached it');
    assert.equal(comparePair(a2, b1), 'fresh-lags', 'the other way round: read b again');
    const fresh = new PairMarks('c');
    assert.equal(
      comparePair(snapshotOf('a', a, 6), snapshotOf('c', fresh, 1)),
      'ok',
      'shards with no commit in common agree',
    );
    assert.equal(comparePair(snapshotOf('b', new PairMarks('b'), 1), a2), 'pinned-lags');
  });

  it('restores the marks from a snapshot image, through the protobuf codec', () => {
    const a = new PairMarks('a');
    a.applied('t1', ['a', 'b']);
    a.applied('t2', ['a', 'b', 'c']);
    const bytes = shardCodec.encodeImage({
      tree: new Uint8Array(0),
      prepared: [],
      decisions: [],
      pairMarks: a.image(),
    });
    const image = shardCodec.decodeImage(bytes);
    const restored = new PairMarks('a');
    restored.restore(image.pairMarks ?? []);
    assert.deepEqual([...restored.view], [...a.view]);
    const older = shardCodec.decodeImage(
      shardCodec.encodeImage({ tree: new Uint8Array(0), prepared: [], decisions: [] }),
    );
    assert.deepEqual(older.pairMarks, [], 'an image without marks restores none');
  });
});

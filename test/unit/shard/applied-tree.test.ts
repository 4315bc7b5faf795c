/**
 * Goal: apply and replay (src/shard/applied-tree.ts): readers see only the committed root while the
 * tip runs ahead; an own proposal publishes in log order (out of order is an invariant violation);
 * entries the replica did not prepare apply live (with a candidate) or as one replay run (without,
 * readable once the run ends) and never over pending speculation; the tip resets to the committed
 * root; a snapshot image restores the same tree. Method: a real DataTree and the binary tree codec.
 */
import { strict as assert } from 'node:assert';
import { AppliedTree } from '../../../src/shard/applied-tree.js';
import { binaryTreeCodec } from '../../../src/shard/tree-codec.js';
import type { DataTreeModification } from '../../../src/tree/modification.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';

const I32 = '/conformance:types/i32';
const U8 = '/conformance:types/u8';

function ops(tree: AppliedTree, path: string, value: number): Uint8Array {
  const mod: DataTreeModification = tree.snapshot().newModification();
  mod.write(path, value);
  mod.ready();
  return binaryTreeCodec.encodeModification(mod);
}

describe('shard applied tree (apply and replay)', () => {
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  it('keeps readers on the committed root while the tip runs ahead, and publishes in order', () => {
    const t = new AppliedTree(schema, 'config', binaryTreeCodec);
    const mod = t.snapshot().newModification();
    mod.write(I32, 1);
    mod.ready();
    t.tip.validate(mod);
    const candidate = t.tip.prepare(mod);
    t.tip.commit(candidate);
    assert.equal(t.settled, false, 'speculation pending');
    assert.equal(t.snapshot().read(I32), undefined, 'readers do not see the tip');
    t.publish(candidate);
    assert.equal(t.snapshot().read(I32), 1);
    assert.equal(t.commits, 1);
    assert.throws(() => {
      t.publish(candidate);
    }, /out of order/);
  });

  it('applies entries it did not prepare live, with a candidate, but never over speculation', () => {
    const t = new AppliedTree(schema, 'config', binaryTreeCodec);
    const candidate = t.applyOps(ops(t, I32, 4), false, 't1');
    assert.ok(candidate !== undefined, 'a candidate for listeners');
    assert.equal(t.snapshot().read(I32), 4);
    const mod = t.snapshot().newModification();
    mod.write(U8, 1);
    mod.ready();
    t.tip.commit(t.tip.prepare(mod));
    assert.throws(() => t.applyOps(ops(t, I32, 5), false, 't2'), /speculative commits are pending/);
    t.resetTip();
    assert.equal(t.settled, true, 'the tip is back on the committed root');
    t.applyOps(ops(t, I32, 5), false, 't2');
    assert.equal(t.snapshot().read(I32), 5);
    assert.equal(t.snapshot().read(U8), undefined, 'the dropped speculation is gone');
  });

  it('replays a run without candidates; its root is read once the run ends', () => {
    const t = new AppliedTree(schema, 'config', binaryTreeCodec);
    const first = ops(t, I32, 1);
    const second = ops(t, U8, 2);
    assert.equal(t.applyOps(first, true, 't1'), undefined);
    assert.equal(t.applyOps(second, true, 't2'), undefined);
    t.endRun();
    assert.equal(t.snapshot().read(I32), 1);
    assert.equal(t.snapshot().read(U8), 2);
    assert.equal(t.commits, 2);
  });

  it('restores the tree of a snapshot image', () => {
    const t = new AppliedTree(schema, 'config', binaryTreeCodec);
    t.applyOps(ops(t, I32, 9), false, 't1');
    const image = t.encode();
    const restored = new AppliedTree(schema, 'config', binaryTreeCodec);
    restored.restore(image);
    assert.equal(restored.snapshot().read(I32), 9);
    assert.equal(restored.settled, true);
    assert.equal(restored.countNodes(), t.countNodes());
  });

  it('hands out the same snapshot object while the committed root does not move', () => {
    const t = new AppliedTree(schema, 'config', binaryTreeCodec);
    const a = t.snapshot();
    assert.equal(t.snapshot(), a);
    t.applyOps(ops(t, I32, 1), false, 't1');
    assert.notEqual(t.snapshot(), a);
  });
});

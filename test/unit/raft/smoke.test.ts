import { strict as assert } from 'node:assert';
import { Cluster } from './cluster.js';

describe('raft: smoke', () => {
  it('three members elect a leader and replicate', () => {
    const c = new Cluster({ voters: ['a', 'b', 'c'] });
    c.elect('a');
    c.propose('a', 'x');
    c.propose('a', 'y');
    c.stabilize();
    for (const id of ['a', 'b', 'c']) {
      assert.deepEqual(c.m(id).applied, ['x', 'y'], id);
    }
  });
});

/**
 * Goal: the replicated-shard simulation (test/support/shard-sim) runs real ShardCores under the
 * production drain step on several members, and its checkers hold on healthy runs: each shard elects
 * one leader, survives the loss of its leader's member, and its replicas converge. Method: seeded
 * worlds of three members with two shards replicated on all three, calm links, crash and restart.
 */
import { strict as assert } from 'node:assert';
import { faultMixes } from '../support/sim-faults.js';
import { loadTestSchema } from '../support/store-schema.js';
import { ShardSimWorld } from '../support/shard-sim/world.js';
import type { SchemaContext } from '../../src/yang/schema.js';

describe('sim: replicated shards (shard-sim)', function () {
  this.timeout(60_000);
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  function world(seed: number): ShardSimWorld {
    return new ShardSimWorld({
      seed,
      members: 3,
      placements: [
        { name: 'alpha', members: ['m1', 'm2', 'm3'] },
        { name: 'beta', members: ['m1', 'm2', 'm3'] },
      ],
      faults: faultMixes['calm']!,
      schema,
    });
  }

  it('each shard elects one leader among its replicas', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const w = world(seed);
      w.startAll();
      const elected = w.runUntil(
        () => w.leaderOf('alpha') !== undefined && w.leaderOf('beta') !== undefined,
        5_000,
      );
      assert.ok(elected, `seed ${seed}: no leader within 5 s: ${w.trace.tail(20).join('\n')}`);
      w.runFor(1_000);
      w.checkConverged();
    }
  });

  it("a shard elects a new leader when its leader's member crashes, and the old one rejoins", () => {
    const w = world(11);
    w.startAll();
    assert.ok(w.runUntil(() => w.leaderOf('alpha') !== undefined, 5_000));
    const first = w.leaderOf('alpha')!;
    w.member(first).crash();
    const next = w.runUntil(() => {
      const l = w.leaderOf('alpha');
      return l !== undefined && l !== first;
    }, 5_000);
    assert.ok(next, `no new leader after ${first} crashed`);
    w.member(first).start();
    w.runFor(2_000);
    w.checkConverged();
  });
});

/**
 * Goal: the route registry's behaviour in the situations an operator meets, with the time each takes
 * bounded: a member that dies stops being routed to within detection + expiry; a member cut off past
 * the expiry loses its routes and gets them back soon after the link heals; a removed member's routes
 * go as soon as each member learns of the removal and never come back from stale copies; a restarted
 * member's new routes replace its old ones everywhere. Method: scripted runs of the simulated cluster
 * (test/support/gossip-sim-world.ts) on calm links, with the invariants of the sweep checked throughout.
 */
import { strict as assert } from 'node:assert';
import { divergence, GossipInvariants } from '../support/gossip-sim-run.js';
import { GossipSimWorld, defaultTiming } from '../support/gossip-sim-world.js';
import { perfectLinks } from '../support/sim-network.js';

const timing = defaultTiming;
const interval = timing.gossipIntervalMs;

/** A converged five-member cluster in which m1 implements `app:probe`. */
function cluster(seed: number): GossipSimWorld {
  const world = new GossipSimWorld({ seed, members: 5, spares: 0, links: perfectLinks, timing });
  world.checker = new GossipInvariants();
  for (const name of world.cluster) world.nodes.get(name)!.start();
  const m1 = world.nodes.get('m1')!;
  m1.core!.addRoutes([{ rpc: 'app:probe' }]);
  m1.drain();
  assert.ok(world.runUntil(() => divergence(world) === undefined, 50 * interval, 10));
  assert.ok(everyone(world, (core) => core.lookup('app:probe').includes('m1')));
  return world;
}

/** Whether `check` holds at every running member other than m1. */
function everyone(
  world: GossipSimWorld,
  check: (core: NonNullable<ReturnType<GossipSimWorld['live']>[number]['core']>) => boolean,
): boolean {
  return world.live().every((n) => n.name === 'm1' || check(n.core!));
}

describe('sim: gossip: scenarios', function () {
  this.timeout(30_000);

  it('a member that dies is no longer routed to, anywhere, within detection + expiry + one interval (with clock drift)', () => {
    for (const seed of [1, 2, 3]) {
      const world = cluster(seed);
      const m1 = world.nodes.get('m1')!;
      m1.crash();
      m1.dead = true;
      const bound =
        timing.fdIntervalMs + (timing.downExpiryMs + interval) * (1 + timing.clockDriftMax);
      const started = world.now;
      assert.ok(
        world.runUntil(() => everyone(world, (c) => c.lookup('app:probe').length === 0), bound, 10),
        `seed ${seed}: app:probe still routed to m1 ${bound} ms after it died`,
      );
      assert.ok(world.now - started > timing.downExpiryMs - interval, 'not before the expiry');
    }
  });

  it('a member cut off past the expiry loses its routes, and gets them back within a few rounds of healing', () => {
    const world = cluster(4);
    const others = [...world.cluster].filter((m) => m !== 'm1');
    world.network.partition([['m1'], others]);
    world.linksWhole = false;
    world.runUntilTime(world.now + timing.fdIntervalMs + timing.downExpiryMs + 3 * interval);
    assert.ok(everyone(world, (c) => c.lookup('app:probe').length === 0));
    world.network.heal();
    world.linksWhole = true;
    const healed = world.now;
    assert.ok(world.runUntil(() => divergence(world) === undefined, 30 * interval, 10));
    assert.ok(everyone(world, (c) => c.lookup('app:probe').includes('m1')));
    const rounds = (world.now - healed) / interval;
    assert.ok(rounds <= 2 + timing.fdIntervalMs / interval + 5, `${rounds} rounds after healing`);
  });

  it('a removed member is dropped as each member learns of it, and stale copies never bring it back', () => {
    const world = cluster(5);
    // Each member hears of the removal after its own lag; those that have not yet keep gossiping
    // m1's bucket to those that have.
    world.remove('m1');
    const learnedBy = world.now + timing.membershipLagMaxMs;
    world.runUntilTime(learnedBy + 1);
    assert.ok(
      everyone(world, (c) => c.bucket('m1') === undefined && c.peerStatus('m1') === 'removed'),
    );
    world.runUntilTime(world.now + 50 * interval);
    assert.ok(everyone(world, (c) => c.lookup('app:probe').length === 0));
    assert.equal(divergence(world), undefined);
  });

  it("a restarted member's new routes replace its old ones everywhere, though its counter starts again", () => {
    const world = cluster(6);
    const m1 = world.nodes.get('m1')!;
    for (const rpc of ['app:a', 'app:b', 'app:c']) m1.core!.addRoutes([{ rpc }]);
    m1.drain();
    assert.ok(world.runUntil(() => divergence(world) === undefined, 30 * interval, 10));
    m1.crash();
    m1.start();
    m1.core!.setRoutes([{ rpc: 'app:after-restart' }]);
    m1.drain();
    assert.equal(m1.core!.ownBucket.version.incarnation, 2);
    assert.ok(world.runUntil(() => divergence(world) === undefined, 30 * interval, 10));
    assert.ok(everyone(world, (c) => c.lookup('app:after-restart').includes('m1')));
    assert.ok(everyone(world, (c) => c.lookup('app:probe').length === 0));
  });
});

/**
 * Goal: the route registry core keeps its contract: only the owner changes its bucket and every change
 * is a newer version; a Status / Delta exchange brings two members level in at most three messages;
 * older versions are refused, before and after a drop; removed members and members down past the
 * expiry are dropped and refused until up again; a restart with a new incarnation wins over the old
 * bucket, and a member that hears of a newer life of itself moves past it; lookups answer global and
 * routed RPCs (with the fallback to a global registration); Ready and advance hand out each effect once.
 * Method: real cores with seeded Rngs, messages carried by hand (`exchange`) so each test controls
 * exactly what is delivered, lost or delivered late.
 */
import { strict as assert } from 'node:assert';
import {
  RouteRegistryCore,
  compareVersions,
  normalizeRoutes,
  routeRegistryConfig,
  type GossipMessage,
  type GossipOutgoing,
  type RouteRegistryBug,
} from '../../../src/rpc/route-registry-core.js';
import { SeededRng } from '../../../src/util/rng.js';
import { InvariantViolation } from '../../../src/util/errors.js';

function core(
  member: string,
  options: { incarnation?: number; downExpiryTicks?: number; bugs?: RouteRegistryBug[] } = {},
): RouteRegistryCore {
  return new RouteRegistryCore(
    {
      member,
      incarnation: options.incarnation ?? 1,
      downExpiryTicks: options.downExpiryTicks ?? 3,
      bugs: new Set(options.bugs ?? []),
    },
    new SeededRng(member.length * 7 + 1),
  );
}

/** Takes every pending message of `c` (advancing it) and returns them. */
function drain(c: RouteRegistryCore): GossipOutgoing[] {
  const ready = c.ready();
  if (ready === undefined) return [];
  c.advance(ready);
  return [...ready.messages];
}

/** Delivers messages among `cores` until none is left; returns how many were delivered. */
function settle(cores: readonly RouteRegistryCore[]): number {
  const byName = new Map(cores.map((c) => [c.member, c]));
  let delivered = 0;
  for (let progress = true; progress;) {
    progress = false;
    for (const c of cores) {
      for (const out of drain(c)) {
        byName.get(out.to)?.step(c.member, out.message);
        delivered++;
        progress = true;
      }
    }
  }
  return delivered;
}

/** A member ticks (sends Status to its only up peer) and the exchange runs to its end. */
function exchange(from: RouteRegistryCore, cores: readonly RouteRegistryCore[]): number {
  drain(from);
  from.tick();
  return settle(cores);
}

function meet(...cores: RouteRegistryCore[]): void {
  for (const a of cores) for (const b of cores) if (a !== b) a.memberUp(b.member);
}

describe('rpc: route registry: the owner bucket', () => {
  it('a new member starts with an empty bucket at counter 1 of its incarnation', () => {
    const a = core('a', { incarnation: 4 });
    assert.deepEqual(a.ownBucket, { version: { incarnation: 4, counter: 1 }, routes: [] });
  });

  it('every change of the routes is a newer version; a change that changes nothing is none', () => {
    const a = core('a');
    a.addRoutes([{ rpc: 'toaster:make-toast' }]);
    assert.deepEqual(a.ownBucket.version, { incarnation: 1, counter: 2 });
    a.addRoutes([{ rpc: 'toaster:make-toast' }]);
    a.removeRoutes([{ rpc: 'toaster:cancel-toast' }]);
    assert.deepEqual(a.ownBucket.version, { incarnation: 1, counter: 2 });
    a.addRoutes([{ rpc: 'inv:reset', path: '/inv:nodes/node=n1' }]);
    a.removeRoutes([{ rpc: 'toaster:make-toast' }]);
    assert.deepEqual(a.ownBucket.version, { incarnation: 1, counter: 4 });
    assert.deepEqual(a.ownBucket.routes, [{ rpc: 'inv:reset', path: '/inv:nodes/node=n1' }]);
  });

  it('routes are kept sorted and free of duplicates; a global and a routed route of one rpc differ', () => {
    const routes = normalizeRoutes([
      { rpc: 'b:x' },
      { rpc: 'a:y', path: '/a:c/d=2' },
      { rpc: 'a:y' },
      { rpc: 'a:y', path: '/a:c/d=2' },
      { rpc: 'b:x', path: undefined },
    ]);
    assert.deepEqual(routes, [{ rpc: 'a:y' }, { rpc: 'a:y', path: '/a:c/d=2' }, { rpc: 'b:x' }]);
  });

  it('an empty rpc name or an empty context path is a bug of the caller, refused', () => {
    assert.throws(() => normalizeRoutes([{ rpc: '' }]), InvariantViolation);
    assert.throws(() => normalizeRoutes([{ rpc: 'a:b', path: '' }]), InvariantViolation);
  });

  it('the first Ready carries the incarnation to persist, once', () => {
    const a = core('a', { incarnation: 9 });
    const ready = a.ready();
    assert.equal(ready?.incarnation, 9);
    a.advance(ready);
    assert.equal(a.ready(), undefined);
  });
});

describe('rpc: route registry: settings', () => {
  it('the down-member expiry is counted in gossip intervals, rounded up', () => {
    const config = (gossipIntervalMs: number, downMemberExpiryMs: number) =>
      routeRegistryConfig('a', 3, { gossipIntervalMs, downMemberExpiryMs, requestTimeoutMs: 1000 });
    assert.deepEqual(config(500, 10_000), { member: 'a', incarnation: 3, downExpiryTicks: 20 });
    assert.equal(config(500, 10_001).downExpiryTicks, 21);
    assert.equal(config(500, 500).downExpiryTicks, 1);
  });
});

describe('rpc: route registry: gossip', () => {
  it('a tick sends Status to an up peer; with no peer up it sends nothing', () => {
    const a = core('a');
    drain(a);
    a.tick();
    assert.deepEqual(drain(a), []);
    a.memberUp('b');
    a.tick();
    const [out] = drain(a);
    assert.equal(out?.to, 'b');
    assert.deepEqual(out?.message, {
      type: 'status',
      versions: [{ member: 'a', version: { incarnation: 1, counter: 1 } }],
    });
  });

  it('one exchange brings both members level: the peer sends what is newer and asks for what it lacks', () => {
    const a = core('a');
    const b = core('b');
    meet(a, b);
    a.addRoutes([{ rpc: 'toaster:make-toast' }]);
    b.addRoutes([{ rpc: 'toaster:restock-toaster' }]);
    const delivered = exchange(a, [a, b]);
    assert.equal(delivered, 3, 'status, delta with want, last delta');
    assert.deepEqual(a.bucket('b'), b.ownBucket);
    assert.deepEqual(b.bucket('a'), a.ownBucket);
    assert.equal(exchange(a, [a, b]), 1, 'level members exchange a Status only');
  });

  it('buckets travel through third members (only the owner writes, everyone relays)', () => {
    const [a, b, c] = [core('a'), core('b'), core('c')];
    meet(a, b, c);
    a.addRoutes([{ rpc: 'x:rpc' }]);
    b.step('a', { type: 'delta', buckets: [{ member: 'a', bucket: a.ownBucket }], want: [] });
    drain(c);
    b.step('c', { type: 'status', versions: c.versions() });
    settle([b, c]);
    assert.deepEqual(c.bucket('a'), a.ownBucket);
    assert.deepEqual(c.lookup('x:rpc'), ['a']);
  });

  it('an older version never replaces a newer one, whatever order deltas arrive in', () => {
    const a = core('a');
    const b = core('b');
    meet(a, b);
    a.addRoutes([{ rpc: 'x:one' }]);
    const old = { member: 'a', bucket: a.ownBucket };
    a.addRoutes([{ rpc: 'x:two' }]);
    const fresh = { member: 'a', bucket: a.ownBucket };
    b.step('a', { type: 'delta', buckets: [fresh], want: [] });
    b.step('a', { type: 'delta', buckets: [old], want: [] });
    assert.deepEqual(b.bucket('a'), a.ownBucket);
    assert.deepEqual(b.lookup('x:two'), ['a']);
  });

  it('with the planted bug accept-older-version a late delta moves the view back', () => {
    const a = core('a');
    const b = core('b', { bugs: ['accept-older-version'] });
    meet(a, b);
    a.addRoutes([{ rpc: 'x:one' }]);
    const old = { member: 'a', bucket: a.ownBucket };
    a.addRoutes([{ rpc: 'x:two' }]);
    b.step('a', { type: 'delta', buckets: [{ member: 'a', bucket: a.ownBucket }], want: [] });
    b.step('a', { type: 'delta', buckets: [old], want: [] });
    assert.deepEqual(b.bucket('a'), old.bucket);
  });

  it('a bucket sent for the receiver itself is never stored', () => {
    const a = core('a');
    a.memberUp('b');
    a.addRoutes([{ rpc: 'x:mine' }]);
    const forged = { version: { incarnation: 1, counter: 2 }, routes: [{ rpc: 'x:mine' }] };
    a.step('b', { type: 'delta', buckets: [{ member: 'a', bucket: forged }], want: [] });
    assert.deepEqual(a.ownBucket.routes, [{ rpc: 'x:mine' }]);
    assert.deepEqual(a.ownBucket.version, { incarnation: 1, counter: 2 });
  });

  it('messages from the member itself or from a removed member are ignored', () => {
    const a = core('a');
    a.memberRemoved('z');
    drain(a);
    const status: GossipMessage = { type: 'status', versions: [] };
    a.step('z', status);
    a.step('a', status);
    assert.equal(a.ready(), undefined);
  });
});

describe('rpc: route registry: membership', () => {
  function pair(): [RouteRegistryCore, RouteRegistryCore] {
    const a = core('a', { downExpiryTicks: 3 });
    const b = core('b');
    meet(a, b);
    b.addRoutes([{ rpc: 'x:b' }]);
    exchange(b, [a, b]);
    assert.deepEqual(a.lookup('x:b'), ['b']);
    return [a, b];
  }

  it('a removed member is dropped at once and its bucket is refused afterwards', () => {
    const [a, b] = pair();
    a.memberRemoved('b');
    assert.equal(a.bucket('b'), undefined);
    assert.deepEqual(a.lookup('x:b'), []);
    a.step('c', { type: 'delta', buckets: [{ member: 'b', bucket: b.ownBucket }], want: [] });
    assert.equal(a.bucket('b'), undefined);
  });

  it('with the planted bug accept-dropped-member a stale copy brings a removed member back', () => {
    const a = core('a', { bugs: ['accept-dropped-member'] });
    const b = core('b');
    a.memberRemoved('b');
    a.step('c', { type: 'delta', buckets: [{ member: 'b', bucket: b.ownBucket }], want: [] });
    assert.notEqual(a.bucket('b'), undefined);
  });

  it('buckets of members membership never reported are refused', () => {
    const a = core('a');
    const b = core('b');
    a.step('b', { type: 'delta', buckets: [{ member: 'b', bucket: b.ownBucket }], want: [] });
    assert.equal(a.bucket('b'), undefined);
  });

  it('a member down keeps its bucket until downExpiryTicks have passed, then loses it', () => {
    const [a] = pair();
    a.memberDown('b');
    a.tick();
    a.tick();
    assert.deepEqual(a.lookup('x:b'), ['b'], 'still held after 2 of 3 ticks');
    a.tick();
    assert.deepEqual(a.lookup('x:b'), []);
    assert.equal(a.peerStatus('b'), 'expired');
  });

  it('a member up again before the expiry keeps its bucket', () => {
    const [a] = pair();
    a.memberDown('b');
    a.tick();
    a.memberUp('b');
    for (let i = 0; i < 5; i++) a.tick();
    assert.deepEqual(a.lookup('x:b'), ['b']);
  });

  it('after an expiry, the member up again is accepted at the same version, never an older one', () => {
    const [a, b] = pair();
    const before = a.bucket('b')!;
    for (let i = 0; i < 3; i++) a.tick();
    a.memberDown('b');
    for (let i = 0; i < 3; i++) a.tick();
    assert.equal(a.bucket('b'), undefined);
    a.memberUp('b');
    const older = { version: { incarnation: 1, counter: 1 }, routes: [] };
    a.step('c', { type: 'delta', buckets: [{ member: 'b', bucket: older }], want: [] });
    assert.equal(a.bucket('b'), undefined, 'below the floor');
    exchange(b, [a, b]);
    assert.deepEqual(a.bucket('b'), before);
  });

  it('a down member is not a gossip target; an expired one is not asked for', () => {
    const a = core('a');
    a.memberUp('b');
    a.memberDown('c');
    drain(a);
    for (let i = 0; i < 20; i++) a.tick();
    assert.ok(drain(a).every((m) => m.to === 'b'));
    for (let i = 0; i < 3; i++) a.tick();
    const c = core('c');
    a.step('b', { type: 'status', versions: c.versions() });
    const reply = drain(a).find((m) => m.message.type === 'delta');
    assert.deepEqual(reply?.message.type === 'delta' ? reply.message.want : undefined, []);
  });

  it('the planted bug never-expire-down keeps a dead member for ever', () => {
    const a = core('a', { bugs: ['never-expire-down'] });
    const b = core('b');
    meet(a, b);
    b.addRoutes([{ rpc: 'x:b' }]);
    exchange(b, [a, b]);
    a.memberDown('b');
    for (let i = 0; i < 10; i++) a.tick();
    assert.deepEqual(a.lookup('x:b'), ['b']);
  });
});

describe('rpc: route registry: incarnations', () => {
  it("a restarted member's new bucket wins over copies of its old one, even at a lower counter", () => {
    const a = core('a');
    const b1 = core('b', { incarnation: 1 });
    meet(a, b1);
    for (const rpc of ['x:1', 'x:2', 'x:3']) b1.addRoutes([{ rpc }]);
    exchange(b1, [a, b1]);
    const b2 = core('b', { incarnation: 2 });
    meet(a, b2);
    b2.addRoutes([{ rpc: 'x:new' }]);
    exchange(a, [a, b2]);
    assert.deepEqual(a.bucket('b'), b2.ownBucket);
    assert.deepEqual(a.lookup('x:1'), []);
    assert.deepEqual(a.lookup('x:new'), ['b']);
    assert.ok(compareVersions({ incarnation: 2, counter: 2 }, { incarnation: 1, counter: 4 }) > 0);
  });

  it('a member that hears of a newer life of itself moves to the next incarnation and persists it', () => {
    const a = core('a');
    const b1 = core('b', { incarnation: 5 });
    meet(a, b1);
    b1.addRoutes([{ rpc: 'x:old' }]);
    b1.addRoutes([{ rpc: 'x:older' }]);
    exchange(b1, [a, b1]);
    const b2 = core('b', { incarnation: 5 }); // its persisted incarnation was lost
    meet(a, b2);
    b2.addRoutes([{ rpc: 'x:new' }]);
    drain(b2);
    drain(a);
    a.tick();
    const [status] = drain(a);
    b2.step('a', status!.message);
    assert.equal(b2.incarnation, 6);
    assert.equal(b2.ready()?.incarnation, 6);
    settle([a, b2]);
    assert.deepEqual(a.bucket('b'), b2.ownBucket);
    assert.deepEqual(a.lookup('x:new'), ['b']);
    assert.deepEqual(a.lookup('x:old'), []);
  });
});

describe('rpc: route registry: lookup', () => {
  function registry(): RouteRegistryCore {
    const [a, b, c] = [core('a'), core('b'), core('c')];
    meet(a, b, c);
    a.addRoutes([{ rpc: 'inv:reset', path: '/inv:nodes/node=n1' }, { rpc: 'toaster:make-toast' }]);
    b.addRoutes([{ rpc: 'inv:reset', path: '/inv:nodes/node=n2' }, { rpc: 'toaster:make-toast' }]);
    c.addRoutes([{ rpc: 'inv:reset' }]);
    exchange(a, [a, b, c]);
    exchange(a, [a, b, c]);
    exchange(b, [a, b, c]);
    exchange(c, [a, b, c]);
    return a;
  }

  it('a global rpc names every member that registered it, sorted, the local one included', () => {
    const a = registry();
    assert.deepEqual(a.lookup('toaster:make-toast'), ['a', 'b']);
    assert.deepEqual(a.lookup('toaster:cancel-toast'), []);
  });

  it('a routed rpc names the member registered for exactly that path', () => {
    const a = registry();
    assert.deepEqual(a.lookup('inv:reset', '/inv:nodes/node=n1'), ['a']);
    assert.deepEqual(a.lookup('inv:reset', '/inv:nodes/node=n2'), ['b']);
  });

  it('a routed rpc for a path nobody registered falls back to its global registrations', () => {
    const a = registry();
    assert.deepEqual(a.lookup('inv:reset', '/inv:nodes/node=n9'), ['c']);
    assert.deepEqual(a.lookup('inv:reset'), ['c']);
  });

  it('the snapshot lists every known member with its status and bucket', () => {
    const a = registry();
    a.memberDown('c');
    const rows = a.snapshot().map((r) => [r.member, r.status, r.bucket?.routes.length]);
    assert.deepEqual(rows, [
      ['a', 'self', 2],
      ['b', 'up', 2],
      ['c', 'down', 1],
    ]);
  });
});

describe('rpc: route registry: ready and advance', () => {
  it('changed names each member whose bucket appeared, changed or went, once', () => {
    const a = core('a');
    const b = core('b');
    meet(a, b);
    a.advance(a.ready()!);
    a.step('b', { type: 'delta', buckets: [{ member: 'b', bucket: b.ownBucket }], want: [] });
    const ready = a.ready();
    assert.deepEqual(ready?.changed, ['b']);
    a.advance(ready);
    a.memberRemoved('b');
    assert.deepEqual(a.ready()?.changed, ['b']);
  });

  it('a message queued after ready() was taken survives the advance of that ready', () => {
    const a = core('a');
    a.memberUp('b');
    a.tick();
    const ready = a.ready()!;
    a.tick();
    a.advance(ready);
    assert.equal(a.ready()?.messages.length, 1);
  });
});

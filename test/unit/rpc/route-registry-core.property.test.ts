/**
 * Goal: the route registry's lookup index always agrees with the buckets it holds, and any schedule of
 * lost, duplicated and reordered gossip leaves each copy at a version no older than before. Method:
 * fast-check drives three cores through random route changes, membership changes, ticks and message
 * deliveries (any pending message, in any order, possibly twice or never); after every step each
 * core's lookups are compared with a naive scan of its `snapshot()`, and its versions with the newest
 * it held before. Finally every message is delivered over healed links and all three must agree.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  RouteRegistryCore,
  compareVersions,
  sameBucket,
  type BucketVersion,
  type GossipMessage,
  type Route,
} from '../../../src/rpc/route-registry-core.js';
import { SeededRng } from '../../../src/util/rng.js';

const names = ['a', 'b', 'c'];
const pool: Route[] = [
  { rpc: 'x:one' },
  { rpc: 'x:two' },
  { rpc: 'x:routed' },
  { rpc: 'x:routed', path: '/x:n/n=1' },
  { rpc: 'x:routed', path: '/x:n/n=2' },
];

type Op =
  | { kind: 'add' | 'remove'; who: number; route: number }
  | { kind: 'tick'; who: number }
  | { kind: 'deliver'; pick: number; twice: boolean }
  | { kind: 'lose'; pick: number }
  | { kind: 'down' | 'up'; who: number; peer: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('add' as const, 'remove' as const),
    who: fc.nat(2),
    route: fc.nat(pool.length - 1),
  }),
  fc.record({ kind: fc.constant('tick' as const), who: fc.nat(2) }),
  fc.record({ kind: fc.constant('deliver' as const), pick: fc.nat(), twice: fc.boolean() }),
  fc.record({ kind: fc.constant('lose' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constantFrom('down' as const, 'up' as const),
    who: fc.nat(2),
    peer: fc.nat(2),
  }),
);

/** Lookup by scanning the snapshot: exact path first, else the global registrations. */
function naiveLookup(core: RouteRegistryCore, route: Route): string[] {
  const having = (path: string | undefined): string[] =>
    core
      .snapshot()
      .filter((row) => row.bucket?.routes.some((r) => r.rpc === route.rpc && r.path === path))
      .map((row) => row.member);
  const exact = route.path === undefined ? [] : having(route.path);
  return exact.length > 0 ? exact : having(undefined);
}

interface InFlight {
  from: string;
  to: string;
  message: GossipMessage;
}

describe('rpc: route registry: properties', () => {
  it('lookups agree with the buckets held and versions never move back, under any schedule', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), fc.nat(1000), (ops, seed) => {
        const cores = names.map(
          (member, i) =>
            new RouteRegistryCore(
              { member, incarnation: 1, downExpiryTicks: 4 },
              new SeededRng(seed + i),
            ),
        );
        for (const c of cores) for (const m of names) c.memberUp(m);
        const inFlight: InFlight[] = [];
        const newest = new Map<string, BucketVersion>();
        const collect = (): void => {
          for (const c of cores) {
            const ready = c.ready();
            if (ready === undefined) continue;
            for (const out of ready.messages)
              inFlight.push({ from: c.member, to: out.to, message: out.message });
            c.advance(ready);
          }
        };
        const check = (): void => {
          for (const c of cores) {
            for (const route of pool)
              assert.deepEqual(c.lookup(route.rpc, route.path), naiveLookup(c, route));
            for (const { member, version } of c.versions()) {
              const key = `${c.member}>${member}`;
              const before = newest.get(key);
              assert.ok(before === undefined || compareVersions(version, before) >= 0, key);
              newest.set(key, version);
            }
          }
        };
        for (const o of ops) {
          switch (o.kind) {
            case 'add':
              cores[o.who]!.addRoutes([pool[o.route]!]);
              break;
            case 'remove':
              cores[o.who]!.removeRoutes([pool[o.route]!]);
              break;
            case 'tick':
              cores[o.who]!.tick();
              break;
            case 'deliver':
            case 'lose': {
              if (inFlight.length === 0) break;
              const [m] = inFlight.splice(o.pick % inFlight.length, 1);
              if (o.kind === 'deliver') {
                const target = cores[names.indexOf(m!.to)]!;
                target.step(m!.from, m!.message);
                if (o.twice) target.step(m!.from, m!.message);
              }
              break;
            }
            case 'down':
              cores[o.who]!.memberDown(names[o.peer]!);
              break;
            case 'up':
              cores[o.who]!.memberUp(names[o.peer]!);
              break;
          }
          collect();
          check();
        }
        // Heal: everyone up, then rounds of ticks with every message delivered until quiet.
        for (const c of cores) for (const m of names) c.memberUp(m);
        for (let round = 0; round < 20; round++) {
          for (const c of cores) c.tick();
          collect();
          while (inFlight.length > 0) {
            const m = inFlight.shift()!;
            cores[names.indexOf(m.to)]!.step(m.from, m.message);
            collect();
          }
          check();
        }
        for (const viewer of cores)
          for (const member of cores)
            assert.ok(
              sameBucket(viewer.bucket(member.member)!, member.ownBucket),
              `${viewer.member}'s copy of ${member.member}`,
            );
      }),
      { numRuns: 200 },
    );
  });
});

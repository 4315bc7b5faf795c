/**
 * Goal: the membership core keeps each member's state (up, unreachable, down, removed) as its file
 * comment defines, and emits exactly one event per change, naming the member, in order: first
 * heartbeat, silence past the detector's bound, heard again, down after the setting, a clean leave, a
 * restart with a new incarnation, late heartbeats of removed lives, and flapping. Method: a core
 * driven by hand-written and seeded schedules of heartbeats, leaves and ticks (time in ms); a
 * fast-check property replays the events against a naive model of the states.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  MembershipCore,
  type MembershipEvent,
  type MemberState,
} from '../../../src/cluster/membership-core.js';
import { detectionTimeMs } from '../../../src/cluster/phi-accrual-core.js';
import type { MembershipSettings } from '../../../src/config/types.js';

const SETTINGS: MembershipSettings = {
  heartbeatIntervalMs: 100,
  phiThreshold: 8,
  acceptableHeartbeatPauseMs: 200,
  minStdDeviationMs: 50,
  firstHeartbeatEstimateMs: 100,
  maxSampleSize: 100,
  downAfterMs: 5000,
};
const BOUND = detectionTimeMs(SETTINGS, SETTINGS.heartbeatIntervalMs);
const MEMBERS = ['a', 'b', 'c'];

function core(settings: MembershipSettings = SETTINGS): MembershipCore {
  return new MembershipCore({ self: 'a', members: MEMBERS, settings, incarnation: 7, nowMs: 0 });
}

/** Heartbeats from `from` every interval in [start, end), ticking every 10 ms; returns end. */
function beat(
  c: MembershipCore,
  from: string,
  incarnation: number,
  start: number,
  end: number,
): number {
  for (let t = start; t < end; t += 10) {
    if ((t - start) % SETTINGS.heartbeatIntervalMs === 0) c.heartbeat(from, incarnation, t);
    c.tick(t);
  }
  return end;
}

/** Ticks every 10 ms in [start, end); returns end. */
function silence(c: MembershipCore, start: number, end: number): number {
  for (let t = start; t < end; t += 10) c.tick(t);
  return end;
}

const types = (events: readonly MembershipEvent[]): string[] =>
  events.map((e) => `${e.type} ${e.member}`);

describe('cluster: membership core: states and events', () => {
  it('peers start unreachable, never heard, and this member is up', () => {
    const c = core();
    assert.equal(c.state('a'), 'up');
    assert.equal(c.state('b'), 'unreachable');
    assert.equal(c.state('nobody'), undefined);
    const view = c.view(0);
    assert.deepEqual(
      view.map((v) => [v.member, v.self, v.state, v.incarnation]),
      [
        ['a', true, 'up', 7],
        ['b', false, 'unreachable', undefined],
        ['c', false, 'unreachable', undefined],
      ],
    );
    assert.deepEqual(c.takeEvents(), []);
  });

  it('the first heartbeat makes a peer up, naming its incarnation', () => {
    const c = core();
    c.heartbeat('b', 42, 10);
    assert.equal(c.state('b'), 'up');
    assert.deepEqual(c.takeEvents(), [{ type: 'member-up', member: 'b', incarnation: 42 }]);
    c.heartbeat('b', 42, 110);
    assert.deepEqual(c.takeEvents(), [], 'no event without a change');
  });

  it('a peer that falls silent is unreachable once phi reaches the threshold, not before', () => {
    const c = core();
    const end = beat(c, 'b', 1, 0, 3000);
    c.takeEvents();
    const last = end - SETTINGS.heartbeatIntervalMs;
    silence(c, end, last + BOUND - 10);
    assert.equal(c.state('b'), 'up', `still up ${BOUND - 10} ms after its last heartbeat`);
    silence(c, last + BOUND - 10, last + BOUND + 20);
    assert.equal(c.state('b'), 'unreachable');
    const events = c.takeEvents();
    assert.deepEqual(types(events), ['member-unreachable b']);
    const e = events[0] as Extract<MembershipEvent, { type: 'member-unreachable' }>;
    assert.ok(e.phi >= SETTINGS.phiThreshold);
    assert.ok(e.silentMs >= BOUND - 1 && e.silentMs <= BOUND + 20, `silent ${e.silentMs}`);
  });

  it('an unreachable peer heard again is reachable, and the silence it ended does not count', () => {
    const c = core();
    let t = beat(c, 'b', 1, 0, 2000);
    t = silence(c, t, t + 2000);
    c.takeEvents();
    c.heartbeat('b', 1, t);
    assert.equal(c.state('b'), 'up');
    const events = c.takeEvents().filter((e) => e.member === 'b');
    assert.deepEqual(types(events), ['member-reachable b']);
    assert.ok((events[0] as { unreachableMs: number }).unreachableMs > 1000);
    // Steady again: no new suspicion at the old bound.
    beat(c, 'b', 1, t + 100, t + 3000);
    assert.deepEqual(types(c.takeEvents()), ['member-down c']);
  });

  it('unreachable for down-after-ms is down; heard again it is up', () => {
    const c = core();
    let t = beat(c, 'b', 1, 0, 1000);
    t = silence(c, t, t + BOUND + SETTINGS.downAfterMs + 100);
    assert.equal(c.state('b'), 'down');
    // c, never heard, is down down-after-ms after the start; b down-after-ms after it fell silent.
    assert.deepEqual(types(c.takeEvents()), [
      'member-up b',
      'member-unreachable b',
      'member-down c',
      'member-down b',
    ]);
    c.heartbeat('b', 1, t);
    assert.deepEqual(c.takeEvents(), [{ type: 'member-up', member: 'b', incarnation: 1 }]);
  });

  it('a member never heard is down down-after-ms after this member started', () => {
    const c = core();
    silence(c, 0, SETTINGS.downAfterMs - 10);
    assert.equal(c.state('c'), 'unreachable');
    silence(c, SETTINGS.downAfterMs - 10, SETTINGS.downAfterMs + 10);
    assert.equal(c.state('c'), 'down');
    assert.deepEqual(types(c.takeEvents()), ['member-down b', 'member-down c']);
  });

  it('with down-after-ms 0 nobody is ever down', () => {
    const c = core({ ...SETTINGS, downAfterMs: 0 });
    beat(c, 'b', 1, 0, 1000);
    silence(c, 1000, 100_000);
    assert.equal(c.state('b'), 'unreachable');
    assert.equal(c.state('c'), 'unreachable');
  });

  it('a clean leave removes the member; late heartbeats of that life are ignored; a new life is up', () => {
    const c = core();
    beat(c, 'b', 1, 0, 1000);
    c.takeEvents();
    c.leave('b', 1, 1000);
    assert.equal(c.state('b'), 'removed');
    assert.deepEqual(c.takeEvents(), [
      { type: 'member-removed', member: 'b', incarnation: 1, reason: 'left' },
    ]);
    c.heartbeat('b', 1, 1010);
    silence(c, 1010, 20_000);
    assert.equal(c.state('b'), 'removed', 'neither revived nor downed');
    assert.deepEqual(types(c.takeEvents()), ['member-down c']);
    c.heartbeat('b', 2, 20_000);
    assert.equal(c.state('b'), 'up');
    assert.deepEqual(c.takeEvents(), [{ type: 'member-up', member: 'b', incarnation: 2 }]);
  });

  it('a leave of another life than the one known changes nothing', () => {
    const c = core();
    c.heartbeat('b', 1, 0);
    c.takeEvents();
    c.leave('b', 99, 10);
    c.leave('nobody', 1, 10);
    assert.equal(c.state('b'), 'up');
    assert.deepEqual(c.takeEvents(), []);
  });

  it('a restart (a new incarnation) removes the old life and brings up the new one', () => {
    const c = core();
    beat(c, 'b', 1, 0, 1000);
    c.takeEvents();
    c.heartbeat('b', 2, 1000);
    assert.deepEqual(c.takeEvents(), [
      { type: 'member-removed', member: 'b', incarnation: 1, reason: 'restarted' },
      { type: 'member-up', member: 'b', incarnation: 2 },
    ]);
    // A heartbeat of the old life still in flight is not a second restart.
    c.heartbeat('b', 1, 1005);
    assert.deepEqual(c.takeEvents(), []);
    assert.equal(c.view(1005)[1]!.incarnation, 2);
  });

  it('refuses time going back', () => {
    const c = core();
    c.tick(100);
    assert.throws(() => c.tick(50), /time went back/);
  });
});

describe('cluster: membership core: flapping', () => {
  type Step =
    | { kind: 'beats'; from: string; count: number }
    | { kind: 'quiet'; ms: number }
    | {
        kind: 'restart';
        from: string;
      }
    | { kind: 'leave'; from: string };

  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({
      kind: fc.constant('beats' as const),
      from: fc.constantFrom('b', 'c'),
      count: fc.integer({ min: 1, max: 30 }),
    }),
    fc.record({ kind: fc.constant('quiet' as const), ms: fc.integer({ min: 10, max: 8000 }) }),
    fc.record({ kind: fc.constant('restart' as const), from: fc.constantFrom('b', 'c') }),
    fc.record({ kind: fc.constant('leave' as const), from: fc.constantFrom('b', 'c') }),
  );

  /** The state an event leads to, and the states it may come from. */
  const transition: Record<MembershipEvent['type'], [MemberState[], MemberState]> = {
    'member-up': [['unreachable', 'down', 'removed', 'up'], 'up'],
    'member-unreachable': [['up'], 'unreachable'],
    'member-reachable': [['unreachable'], 'up'],
    'member-down': [['unreachable'], 'down'],
    'member-removed': [['up', 'unreachable', 'down'], 'removed'],
  };

  it('any schedule of heartbeats, silences, restarts and leaves: events replay to the states, one per change', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const c = core();
        const model = new Map<string, MemberState>([
          ['b', 'unreachable'],
          ['c', 'unreachable'],
        ]);
        const life = new Map([
          ['b', 1],
          ['c', 1],
        ]);
        let t = 0;
        const check = (): void => {
          for (const e of c.takeEvents()) {
            const [from, to] = transition[e.type];
            const before = model.get(e.member)!;
            assert.ok(from.includes(before), `${e.type} ${e.member} from ${before}`);
            // member-up from up only as the second half of a restart (after member-removed).
            model.set(e.member, to);
            if (e.type === 'member-unreachable') assert.ok(e.phi >= SETTINGS.phiThreshold);
          }
          for (const m of ['b', 'c']) assert.equal(c.state(m), model.get(m), `${m} at ${t}`);
        };
        for (const s of steps) {
          switch (s.kind) {
            case 'beats':
              for (let i = 0; i < s.count; i++) {
                c.heartbeat(s.from, life.get(s.from)!, t);
                check();
                t += 100;
                c.tick(t);
                check();
              }
              break;
            case 'quiet':
              for (const end = t + s.ms; t < end; t += 50) {
                c.tick(t);
                check();
              }
              break;
            case 'restart':
              life.set(s.from, life.get(s.from)! + 1);
              break;
            case 'leave':
              c.leave(s.from, life.get(s.from)!, t);
              check();
              break;
          }
        }
      }),
      { seed: 1107, numRuns: 300 },
    );
  });

  it('a peer flapping around the bound is reported each time, paired unreachable/reachable', () => {
    const c = core({ ...SETTINGS, downAfterMs: 0 });
    let t = beat(c, 'b', 1, 0, 2000);
    c.takeEvents();
    for (let round = 0; round < 5; round++) {
      t = silence(c, t, t + BOUND + 200);
      t = beat(c, 'b', 1, t, t + 1000);
    }
    const events = types(c.takeEvents()).filter((e) => e.endsWith(' b'));
    assert.deepEqual(
      events,
      Array.from({ length: 5 }, () => ['member-unreachable b', 'member-reachable b']).flat(),
    );
  });
});

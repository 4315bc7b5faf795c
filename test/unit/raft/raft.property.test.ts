/**
 * Goal: under any schedule of ticks, message deliveries, drops, duplicates and reorderings, proposals,
 * restarts and compactions, a group of 3 to 5 members keeps Raft's safety properties (Figure 3):
 * - election safety: at most one leader per term;
 * - state machine safety: no two members apply different entries at the same index;
 * - leader completeness: every leader's log holds every entry applied anywhere (where not compacted).
 * Method: fast-check generates the schedule as a list of steps; the group runs over the test network
 * with a correct shell (save, send, apply, advance) after every step, and the properties are checked
 * after every step. A fixed seed keeps CI deterministic (RAFT_PROPERTY_SEED overrides it). To show
 * the checks are not vacuous, the same generator must find a violation when a bug is planted.
 * The simulator (test/sim) runs the heavy versions with disks, clocks and linearizability checking.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { RaftBug } from '../../../src/raft/raft-core.js';
import type { NodeId } from '../../../src/raft/types.js';
import { Cluster } from './cluster.js';

type Step =
  | { readonly kind: 'tick'; readonly node: number }
  | { readonly kind: 'tick-all' }
  | { readonly kind: 'deliver'; readonly pick: number }
  | { readonly kind: 'deliver-all' }
  | { readonly kind: 'drop'; readonly pick: number }
  | { readonly kind: 'duplicate'; readonly pick: number }
  | { readonly kind: 'propose'; readonly node: number }
  | { readonly kind: 'campaign'; readonly node: number }
  | { readonly kind: 'restart'; readonly node: number }
  | { readonly kind: 'compact'; readonly node: number }
  | { readonly kind: 'isolate'; readonly node: number }
  | { readonly kind: 'heal' };

const node = fc.nat(4);
const pick = fc.nat(1000);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('tick' as const), node }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('tick-all' as const) }) },
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('deliver' as const), pick }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('deliver-all' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), pick }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('propose' as const), node }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('campaign' as const), node }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const), node }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('compact' as const), node }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('isolate' as const), node }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('heal' as const) }) },
);

interface Scenario {
  readonly size: number;
  readonly preVote: boolean;
  readonly checkQuorum: boolean;
  readonly steps: readonly Step[];
}

const scenario: fc.Arbitrary<Scenario> = fc.record({
  size: fc.integer({ min: 3, max: 5 }),
  preVote: fc.boolean(),
  checkQuorum: fc.boolean(),
  steps: fc.array(step, { minLength: 100, maxLength: 400, size: 'max' }),
});

/**
 * The safety checks. An entry applied anywhere was committed in some term T no higher than the highest
 * term any member had when it was first applied; every leader of a higher term must hold it.
 */
class Checker {
  private readonly leaderOfTerm = new Map<number, NodeId>();
  /** index -> [term of the applied entry, highest member term when it was first applied]. */
  private readonly applied = new Map<number, readonly [number, number]>();
  private readonly seen = new Map<NodeId, number>();

  check(c: Cluster): void {
    const maxTerm = Math.max(...[...c.members.values()].map((m) => m.core.status().term));
    for (const m of c.members.values()) {
      const from = this.seen.get(m.id) ?? 0;
      for (const e of m.committed.slice(from)) {
        const known = this.applied.get(e.index);
        if (known === undefined) this.applied.set(e.index, [e.term, maxTerm]);
        else {
          assert.equal(
            e.term,
            known[0],
            `${m.id} applied ${e.term}/${e.index}, another member ${known[0]}/${e.index}`,
          );
        }
      }
      this.seen.set(m.id, m.committed.length);
    }
    for (const m of c.members.values()) {
      const st = m.core.status();
      if (st.role !== 'leader') continue;
      const other = this.leaderOfTerm.get(st.term);
      assert.ok(
        other === undefined || other === m.id,
        `two leaders in term ${st.term}: ${other} and ${m.id}`,
      );
      this.leaderOfTerm.set(st.term, m.id);
      for (const [index, [term, bound]] of this.applied) {
        if (st.term <= bound || index < m.log.firstIndex()) continue;
        assert.equal(
          termAt(c, m.id, index),
          term,
          `leader ${m.id} of term ${st.term} lacks applied entry ${term}/${index}`,
        );
      }
    }
  }
}

/** Term at `index` in the member's log, stable or not yet durable (via the log view after draining). */
function termAt(c: Cluster, id: NodeId, index: number): number | undefined {
  return c.m(id).log.term(index);
}

/** Runs one schedule, checking after every step; returns how many entries were applied at most. */
function run(s: Scenario, bugs: ReadonlySet<RaftBug>): number {
  const ids = ['a', 'b', 'c', 'd', 'e'].slice(0, s.size);
  const c = new Cluster({
    voters: ids,
    config: {
      preVote: s.preVote,
      checkQuorum: s.checkQuorum,
      bugs,
      electionTicks: 5,
      heartbeatTicks: 1,
    },
  });
  const checker = new Checker();
  const at = (n: number): NodeId => ids[n % s.size]!;
  let proposals = 0;
  for (const st of s.steps) {
    switch (st.kind) {
      case 'tick':
        c.core(at(st.node)).tick();
        break;
      case 'tick-all':
        for (const id of ids) c.core(id).tick();
        break;
      case 'deliver':
      case 'drop':
      case 'duplicate': {
        if (c.queue.length === 0) break;
        const i = st.pick % c.queue.length;
        const msg = c.queue[i]!;
        if (st.kind !== 'duplicate') c.queue.splice(i, 1);
        if (st.kind !== 'drop' && !c.isCut(msg.from, msg.to)) c.core(msg.to).step(msg);
        break;
      }
      case 'deliver-all':
        c.deliver();
        break;
      case 'propose': {
        // Mostly at a leader, so that something commits; sometimes anywhere (refused).
        const leader = c.leaders()[0];
        const id = leader !== undefined && st.node % 4 !== 0 ? leader : at(st.node);
        c.core(id).propose(new TextEncoder().encode(`p${proposals++}`));
        break;
      }
      case 'campaign':
        c.core(at(st.node)).campaign();
        break;
      case 'restart':
        c.restart(at(st.node));
        break;
      case 'compact': {
        const id = at(st.node);
        if (c.core(id).status().appliedIndex > c.m(id).log.snapshot().meta.index) {
          c.snapshotAndCompact(id);
        }
        break;
      }
      case 'isolate':
        c.isolate(at(st.node));
        break;
      case 'heal':
        c.heal();
        break;
    }
    c.processAll();
    checker.check(c);
  }
  return Math.max(...ids.map((id) => c.m(id).applied.length));
}

function seed(): number {
  const env = process.env['RAFT_PROPERTY_SEED'];
  return env === undefined ? 20240611 : Number(env);
}

describe('raft: safety under random schedules (property)', () => {
  it('never two leaders in a term, never divergent applied entries, leaders hold every applied entry', () => {
    let productive = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        if (run(s, new Set()) >= 3) productive++;
      }),
      { numRuns: 300, seed: seed() },
    );
    // The schedules must exercise replication, not just lose every message.
    assert.ok(productive >= 150, `only ${productive} of 300 schedules applied three entries`);
  });

  for (const bug of ['vote-without-log-check', 'no-truncate'] as const) {
    it(`finds a violation when ${bug} is planted`, () => {
      assert.throws(() => {
        fc.assert(
          fc.property(scenario, (s) => {
            run(s, new Set([bug]));
          }),
          { numRuns: 2000, seed: seed(), endOnFailure: true },
        );
      });
    });
  }
});

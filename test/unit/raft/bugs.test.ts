/**
 * Goal: each planted bug (RaftConfig.bugs, set only by the simulator) really breaks what it claims to,
 * so that a simulator checker that stays quiet under a planted bug is known to be blind. Each test runs
 * a schedule that exposes the bug and, where it helps, the same schedule without it as the contrast.
 * Method: groups over the test network with hand-picked deliveries; ack-before-sync lives in the shell,
 * so its test plays a shell that sends before saving and then crashes.
 */
import { strict as assert } from 'node:assert';
import type { RaftBug } from '../../../src/raft/raft-core.js';
import type { Entry, NodeId } from '../../../src/raft/types.js';
import type { MemoryRaftLog } from '../../../src/raft/memory-log.js';
import { Cluster } from './cluster.js';
import {
  appendMsg,
  entriesWithTerms,
  logWith,
  ofType,
  single,
  stepAll,
  voteMsg,
} from './helpers.js';

const ABC = ['a', 'b', 'c'];

function termsOf(log: MemoryRaftLog): number[] {
  const out: number[] = [];
  for (let i = log.firstIndex(); i <= log.lastIndex(); i++) out.push(log.term(i)!);
  return out;
}

/** Committed entries of a member by index, as [index, term]. */
function committedIds(entries: readonly Entry[]): [number, number][] {
  return entries.map((e) => [e.index, e.term]);
}

describe('raft: planted bugs', () => {
  describe('vote-without-log-check', () => {
    it('a voter grants a candidate whose log is behind', () => {
      const s = single('b', logWith(ABC, [1, 2, 2], { term: 2 }), {
        bugs: new Set<RaftBug>(['vote-without-log-check']),
      });
      const out = stepAll(s, voteMsg('a', 'b', 3, 1, 1));
      assert.equal(ofType(out, 'request-vote-response')[0]!.granted, true);
    });

    /** a commits x with b's acknowledgement; b does not learn the commit; then a goes away and c campaigns. */
    function run(bugs: ReadonlySet<RaftBug>): Cluster {
      const c = new Cluster({ voters: ABC, config: { bugs } });
      c.elect('a');
      c.isolate('c');
      c.propose('a', 'x');
      c.processAll();
      c.deliver(); // append to b
      c.processAll();
      c.deliver(); // b's acknowledgement: a commits
      c.processAll();
      assert.deepEqual(c.m('a').applied, ['x']);
      c.queue = [];
      c.heal();
      c.isolate('a');
      c.core('c').campaign();
      c.stabilize();
      return c;
    }

    it('a member missing a committed entry wins, and the entry is lost', () => {
      const c = run(new Set(['vote-without-log-check']));
      assert.deepEqual(c.leaders().sort(), ['a', 'c']);
      c.propose('c', 'y');
      c.stabilize();
      assert.deepEqual(c.m('b').applied, ['y']);
      assert.deepEqual(c.m('a').applied, ['x'], 'a applied x where b and c applied y');
    });

    it('without the bug, the member with the older log cannot win', () => {
      const c = run(new Set());
      assert.notEqual(c.core('c').status().role, 'leader');
    });
  });

  describe('commit-old-term (Figure 8)', () => {
    /**
     * Figure 8 with five members: s1 leads term 4 over [1, 2]; index 2 (term 2) reaches s2 and s3 but
     * s1's own no-op at 3 does not; s1 goes away; s5, whose index 2 is of term 3, wins and replaces it.
     */
    function run(bugs: ReadonlySet<RaftBug>): Cluster {
      const voters = ['s1', 's2', 's3', 's4', 's5'];
      const logs: Record<NodeId, MemoryRaftLog> = {
        s1: logWith(voters, [1, 2], { term: 3, commit: 1 }),
        s2: logWith(voters, [1], { term: 3, commit: 1 }),
        s3: logWith(voters, [1], { term: 3, commit: 1 }),
        s4: logWith(voters, [1], { term: 3, commit: 1 }),
        s5: logWith(voters, [1, 3], { term: 3, commit: 1 }),
      };
      const c = Cluster.withLogs(logs, { config: { bugs, appendBytesMax: 1 } });
      c.processAll();
      c.dropIf = (m) =>
        m.type === 'append-entries' &&
        m.entries.some((e) => e.index === 3) &&
        c.m(m.to).log.lastIndex() >= 2;
      c.core('s1').campaign();
      c.processAll();
      c.deliver();
      c.processAll();
      c.deliver(); // s1 leads term 4
      c.cutLink('s1', 's4');
      c.cutLink('s1', 's5');
      c.stabilize();
      c.dropIf = () => false;
      c.isolate('s1');
      c.queue = [];
      for (let i = 0; i < 3 && c.core('s5').status().role !== 'leader'; i++) {
        c.core('s5').campaign();
        c.stabilize();
      }
      assert.equal(c.core('s5').status().role, 'leader');
      c.stabilize();
      return c;
    }

    it('the leader commits an entry of an earlier term that a later leader then replaces', () => {
      const c = run(new Set(['commit-old-term']));
      const s1 = committedIds(c.m('s1').committed).find(([i]) => i === 2);
      const s5 = committedIds(c.m('s5').committed).find(([i]) => i === 2);
      assert.deepEqual(s1, [2, 2], 's1 applied index 2 of term 2');
      assert.deepEqual(s5, [2, 3], 's5 applied index 2 of term 3: the members diverged');
    });

    it('without the bug, s1 never commits index 2 and nothing diverges', () => {
      const c = run(new Set());
      assert.equal(c.core('s1').status().commitIndex, 1);
      assert.deepEqual(
        committedIds(c.m('s5').committed).find(([i]) => i === 2),
        [2, 3],
      );
    });
  });

  describe('no-truncate', () => {
    it('a follower keeps its conflicting entries, acknowledges the leader entries and commits its own', () => {
      const s = single('b', logWith(ABC, [1, 1, 2, 2], { term: 2 }), {
        bugs: new Set<RaftBug>(['no-truncate']),
      });
      const out = stepAll(s, appendMsg('a', 'b', 3, 2, 1, entriesWithTerms([3], 3), 3));
      assert.deepEqual(termsOf(s.log), [1, 1, 2, 2], 'kept the term-2 entry at index 3');
      assert.equal(ofType(out, 'append-entries-response')[0]!.success, true);
      assert.equal(s.core.status().commitIndex, 3, 'and committed it: the leader has term 3 there');
    });

    it('without the bug, the conflicting suffix is cut', () => {
      const s = single('b', logWith(ABC, [1, 1, 2, 2], { term: 2 }));
      stepAll(s, appendMsg('a', 'b', 3, 2, 1, entriesWithTerms([3], 3), 3));
      assert.deepEqual(termsOf(s.log), [1, 1, 3]);
    });
  });

  describe('stale-read', () => {
    it('a leader cut off from the group hands out a read point at once', () => {
      const c = new Cluster({ voters: ABC, config: { bugs: new Set(['stale-read']) } });
      c.elect('a');
      c.isolate('a');
      c.core('a').readIndex('r');
      c.processAll();
      assert.equal(c.m('a').readStates.length, 1, 'no heartbeat round confirmed it');
    });
  });

  describe('ack-before-sync (planted in the shell)', () => {
    /**
     * a proposes x; b receives it. A shell with the bug sends b's acknowledgement before saving, and
     * b crashes before the save. a commits x on that acknowledgement; then a goes away.
     */
    function run(sendBeforeSave: boolean): Cluster {
      const c = new Cluster({ voters: ABC });
      c.elect('a');
      c.isolate('c');
      c.propose('a', 'x');
      c.processAll();
      c.deliver((m) => m.to === 'b');
      const b = c.m('b');
      const ready = b.core.ready()!;
      if (sendBeforeSave) {
        c.queue.push(...ready.messages); // acknowledged, never saved: the crash comes first
      } else {
        b.log.save(ready);
        c.queue.push(...ready.messages);
      }
      c.restart('b');
      c.deliver((m) => m.to === 'a');
      c.processAll();
      c.queue = [];
      c.heal();
      c.isolate('a');
      for (let i = 0; i < 100 && c.leaders().filter((id) => id !== 'a').length === 0; i++) {
        c.tick('b');
        c.tick('c');
        c.stabilize();
      }
      return c;
    }

    it('a write acknowledged before it was durable is committed, then lost', () => {
      const c = run(true);
      assert.deepEqual(c.m('a').applied, ['x'], 'a committed x on the early acknowledgement');
      const leader = c.leaders().find((id) => id !== 'a')!;
      c.propose(leader, 'y');
      c.stabilize();
      assert.deepEqual(c.m('b').applied, ['y']);
      assert.deepEqual(c.m('c').applied, ['y']);
    });

    it('with the save first, the committed write survives the crash', () => {
      const c = run(false);
      assert.deepEqual(c.m('a').applied, ['x']);
      const leader = c.leaders().find((id) => id !== 'a')!;
      c.propose(leader, 'y');
      c.stabilize();
      assert.deepEqual(c.m('b').applied, ['x', 'y']);
      assert.deepEqual(c.m('c').applied, ['x', 'y']);
    });
  });
});

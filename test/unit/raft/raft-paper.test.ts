/**
 * Goal: check the core against the rules of the Raft paper (Ongaro and Ousterhout, "In Search of an
 * Understandable Consensus Algorithm", 2014), section by section: §5.1 terms, §5.2 leader election,
 * §5.3 log replication, §5.4.1 the election restriction, §5.4.2 committing entries of earlier terms
 * (Figure 8), and Figure 2's persistence rule (state is durable before the reply that depends on it).
 *
 * Method, as in etcd-io/raft's raft_paper_test.go: drive one core at a time with hand-written
 * messages and inspect what its Readies carry, or run a small group over an in-test message queue
 * that the test pumps. No timers: time is tick().
 */
import { strict as assert } from 'node:assert';
import { MemoryRaftLog } from '../../../src/raft/memory-log.js';
import { RaftCore } from '../../../src/raft/raft-core.js';
import type { NodeId } from '../../../src/raft/types.js';
import { SeededRng } from '../../../src/util/rng.js';
import { Cluster, enc, testConfig } from './cluster.js';
import {
  appendMsg,
  appendResp,
  drain,
  entriesWithTerms,
  logWith,
  ofType,
  single,
  stepAll,
  ticks,
  voteMsg,
  voteResp,
} from './helpers.js';

const ABC = ['a', 'b', 'c'];

/** Terms of a log's entries from index 1 to lastIndex. */
function termsOf(log: MemoryRaftLog): number[] {
  const out: number[] = [];
  for (let i = log.firstIndex(); i <= log.lastIndex(); i++) out.push(log.term(i)!);
  return out;
}

describe('raft: terms (§5.1)', () => {
  it('a follower that sees a higher term adopts it and forgets its vote', () => {
    const s = single('b', logWith(ABC, [], { term: 1, vote: 'a' }));
    stepAll(s, appendMsg('c', 'b', 3, 0, 0));
    const st = s.core.status();
    assert.equal(st.term, 3);
    assert.equal(st.vote, null);
    assert.equal(st.leader, 'c');
  });

  it('a candidate that sees a higher term becomes a follower', () => {
    const s = single('a', logWith(ABC));
    s.core.campaign();
    drain(s);
    assert.equal(s.core.status().role, 'candidate');
    stepAll(s, voteResp('b', 'a', 5, false));
    assert.equal(s.core.status().role, 'follower');
    assert.equal(s.core.status().term, 5);
  });

  it('a leader that sees a higher term steps down', () => {
    const s = single('a', logWith(ABC));
    s.core.campaign();
    stepAll(s, voteResp('b', 'a', 1, true));
    assert.equal(s.core.status().role, 'leader');
    stepAll(s, appendMsg('c', 'a', 2, 0, 0));
    assert.equal(s.core.status().role, 'follower');
    assert.equal(s.core.status().leader, 'c');
  });

  it('a message of an older term changes nothing', () => {
    const s = single('b', logWith(ABC, [1, 2], { term: 2 }));
    const out = stepAll(s, appendMsg('a', 'b', 1, 2, 2, entriesWithTerms([1], 3)));
    assert.equal(s.log.lastIndex(), 2);
    assert.equal(s.core.status().term, 2);
    assert.deepEqual(out, [], 'without pre-vote or check-quorum a stale message gets no answer');
  });
});

describe('raft: leader election (§5.2)', () => {
  it('a follower that hears no leader for electionTicks becomes a candidate, votes for itself and asks every voter', () => {
    const s = single('a', logWith(ABC, [1], { term: 1 }));
    assert.deepEqual(ticks(s, 9), []);
    assert.equal(s.core.status().role, 'follower', 'no election before electionTicks');
    const out = ticks(s, 10);
    const st = s.core.status();
    assert.equal(st.role, 'candidate');
    assert.equal(st.term, 2);
    assert.equal(st.vote, 'a');
    const votes = ofType(out, 'request-vote');
    assert.deepEqual(
      votes.map((m) => [m.to, m.term, m.lastLogIndex, m.lastLogTerm, m.preVote]),
      [
        ['b', 2, 1, 1, false],
        ['c', 2, 1, 1, false],
      ],
    );
  });

  it('election timeouts are randomized within [electionTicks, 2 * electionTicks) so split votes resolve', () => {
    const seen = new Set<number>();
    for (let seed = 1; seed <= 60; seed++) {
      const s = single('a', logWith(ABC), {}, seed);
      let n = 0;
      while (s.core.status().role === 'follower') {
        s.core.tick();
        n++;
      }
      assert.ok(n >= 10 && n < 20, `timeout ${n} out of range`);
      seen.add(n);
    }
    assert.ok(seen.size >= 5, `only ${seen.size} distinct timeouts`);
  });

  it('a candidate that wins a majority becomes leader and appends a no-op of its term', () => {
    const s = single('a', logWith(ABC));
    s.core.campaign();
    drain(s);
    const last = s.readies.length;
    stepAll(s, voteResp('b', 'a', 1, true));
    assert.equal(s.core.status().role, 'leader');
    const entries = s.readies.slice(last).flatMap((r) => r.entries);
    assert.equal(entries.length, 1);
    const noop = entries[0]!;
    assert.equal(noop.term, 1);
    assert.ok(noop.type === 'normal' && noop.data.byteLength === 0);
  });

  it('a candidate rejected by a majority returns to follower in the same term', () => {
    const s = single('a', logWith(['a', 'b', 'c', 'd', 'e']));
    s.core.campaign();
    stepAll(s, voteResp('b', 'a', 1, false), voteResp('c', 'a', 1, false));
    assert.equal(s.core.status().role, 'candidate', 'two rejections of five do not decide');
    stepAll(s, voteResp('d', 'a', 1, false));
    assert.equal(s.core.status().role, 'follower');
    assert.equal(s.core.status().term, 1);
  });

  it('a candidate that hears from a leader of its own term becomes its follower', () => {
    const s = single('a', logWith(ABC));
    s.core.campaign();
    stepAll(s, appendMsg('b', 'a', 1, 0, 0));
    assert.equal(s.core.status().role, 'follower');
    assert.equal(s.core.status().leader, 'b');
  });

  it('a candidate whose election ends without a winner starts another in the next term after a timeout', () => {
    const s = single('a', logWith(ABC));
    s.core.campaign();
    drain(s);
    assert.equal(s.core.status().term, 1);
    ticks(s, 20);
    assert.equal(s.core.status().role, 'candidate');
    assert.equal(s.core.status().term, 2);
  });

  it('a member votes at most once per term, first come first served', () => {
    const s = single('b', logWith(ABC));
    const first = stepAll(s, voteMsg('a', 'b', 1, 0, 0));
    const second = stepAll(s, voteMsg('c', 'b', 1, 0, 0));
    const again = stepAll(s, voteMsg('a', 'b', 1, 0, 0));
    assert.equal(ofType(first, 'request-vote-response')[0]!.granted, true);
    assert.equal(ofType(second, 'request-vote-response')[0]!.granted, false);
    assert.equal(
      ofType(again, 'request-vote-response')[0]!.granted,
      true,
      'a repeat request is granted again',
    );
  });

  it('in a group, exactly one leader emerges and every member learns it', () => {
    const c = new Cluster({ voters: ['a', 'b', 'c', 'd', 'e'], seed: 7 });
    for (let i = 0; i < 40 && c.leaders().length === 0; i++) {
      c.tickAll();
      c.stabilize();
    }
    const leaders = c.leaders();
    assert.equal(leaders.length, 1);
    for (const m of c.members.values()) assert.equal(m.core.status().leader, leaders[0]);
  });
});

describe('raft: log replication (§5.3)', () => {
  it('a leader commits an entry once a majority stores it, and followers learn the commit', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.isolate('c');
    c.propose('a', 'x');
    c.stabilize();
    assert.deepEqual(c.m('a').applied, ['x']);
    assert.deepEqual(c.m('b').applied, ['x']);
    assert.deepEqual(c.m('c').applied, []);
    c.heal();
    c.tick('a');
    c.stabilize();
    assert.deepEqual(c.m('c').applied, ['x']);
  });

  it('a leader without a majority commits nothing', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    const commit = c.core('a').status().commitIndex;
    c.isolate('a');
    c.propose('a', 'x');
    c.tickAll(5);
    c.stabilize();
    assert.equal(c.core('a').status().commitIndex, commit);
    assert.deepEqual(c.m('a').applied, []);
  });

  it('a follower rejects an append whose previous entry it lacks or holds with another term, and accepts a matching one', () => {
    const s = single('b', logWith(ABC, [1, 1, 2], { term: 2 }));
    const beyond = ofType(stepAll(s, appendMsg('a', 'b', 2, 5, 2)), 'append-entries-response')[0]!;
    assert.equal(beyond.success, false);
    assert.equal(beyond.rejectHint, 3, 'the hint is our last index');
    const wrongTerm = ofType(
      stepAll(s, appendMsg('a', 'b', 3, 3, 3)),
      'append-entries-response',
    )[0]!;
    assert.equal(wrongTerm.success, false);
    const ok = ofType(
      stepAll(s, appendMsg('a', 'b', 3, 3, 2, entriesWithTerms([3], 4), 4)),
      'append-entries-response',
    )[0]!;
    assert.equal(ok.success, true);
    assert.equal(ok.index, 4);
    assert.equal(s.core.status().commitIndex, 4);
  });

  it('a follower cuts a conflicting suffix and takes the leader entries', () => {
    const s = single('b', logWith(ABC, [1, 1, 2, 2], { term: 2 }));
    stepAll(s, appendMsg('a', 'b', 3, 2, 1, entriesWithTerms([3], 3)));
    assert.deepEqual(termsOf(s.log), [1, 1, 3]);
  });

  it('an append older than the follower commit index is answered with the commit index', () => {
    const log = logWith(ABC, [1, 1, 1], { term: 1, commit: 3 });
    log.createSnapshot(3, { voters: ABC, learners: [] }, enc('state'));
    log.compact(3);
    const s = single('b', log);
    const out = stepAll(s, appendMsg('a', 'b', 1, 1, 1, entriesWithTerms([1], 2)));
    const answer = ofType(out, 'append-entries-response')[0]!;
    assert.deepEqual([answer.success, answer.index], [true, 3]);
  });

  it('an append that matches what the follower holds changes nothing (it may be a late duplicate)', () => {
    const s = single('b', logWith(ABC, [1, 1, 2, 2], { term: 2 }));
    stepAll(s, appendMsg('a', 'b', 2, 1, 1, entriesWithTerms([1], 2)));
    assert.deepEqual(termsOf(s.log), [1, 1, 2, 2], 'entries after the matching ones are kept');
  });

  // Figure 7: the leader of term 8 and six possible follower logs.
  const leaderLog = [1, 1, 1, 4, 4, 5, 5, 6, 6, 6];
  const figure7: [string, number[]][] = [
    ['a: missing entries', [1, 1, 1, 4, 4, 5, 5, 6, 6]],
    ['b: missing many entries', [1, 1, 1, 4]],
    ['c: an extra uncommitted entry', [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 6]],
    ['d: extra entries of a later term', [1, 1, 1, 4, 4, 5, 5, 6, 6, 6, 7, 7]],
    ['e: missing entries and extra ones', [1, 1, 1, 4, 4, 4, 4]],
    ['f: extra entries of terms 2 and 3', [1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3]],
  ];
  for (const [name, followerLog] of figure7) {
    it(`a leader makes the follower log of Figure 7 (${name}) identical to its own`, () => {
      const logs: Record<NodeId, MemoryRaftLog> = {
        l: logWith(['l', 'f', 'x'], leaderLog, { term: 7, commit: 3 }),
        f: logWith(['l', 'f', 'x'], followerLog, { term: 7, commit: 3 }),
        x: logWith(['l', 'f', 'x'], leaderLog, { term: 7, commit: 3 }),
      };
      const c = Cluster.withLogs(logs);
      c.elect('l');
      c.propose('l', 'new');
      c.stabilize();
      assert.deepEqual(termsOf(c.m('f').log), termsOf(c.m('l').log));
      assert.deepEqual(termsOf(c.m('l').log), [...leaderLog, 8, 8]);
    });
  }

  it('a rejected append lets the leader skip back a whole term at a time', () => {
    // Follower f of Figure 7 diverges from index 4; the leader finds the meeting point in few probes.
    const logs: Record<NodeId, MemoryRaftLog> = {
      l: logWith(['l', 'f', 'x'], leaderLog, { term: 7 }),
      f: logWith(['l', 'f', 'x'], [1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3], { term: 7 }),
      x: logWith(['l', 'f', 'x'], leaderLog, { term: 7 }),
    };
    const c = Cluster.withLogs(logs);
    c.elect('l');
    const rejections = c.sent.filter(
      (m) => m.type === 'append-entries-response' && m.from === 'f' && !m.success,
    );
    assert.ok(rejections.length <= 3, `${rejections.length} rejections, expected at most 3`);
  });
});

describe('raft: election restriction (§5.4.1)', () => {
  const cases: [string, number, number, boolean][] = [
    ['an older last term', 2, 1, false],
    ['the same last term and a shorter log', 2, 2, false],
    ['the same last term and an equal log', 3, 2, true],
    ['the same last term and a longer log', 4, 2, true],
    ['a newer last term and a shorter log', 1, 3, true],
  ];
  for (const [name, lastIndex, lastTerm, granted] of cases) {
    it(`a voter ${granted ? 'grants' : 'refuses'} a candidate whose log has ${name}`, () => {
      const s = single('b', logWith(ABC, [1, 2, 2], { term: 2 }));
      const out = stepAll(s, voteMsg('a', 'b', 3, lastIndex, lastTerm));
      assert.equal(ofType(out, 'request-vote-response')[0]!.granted, granted);
    });
  }
});

describe('raft: committing entries from previous terms (§5.4.2, Figure 8)', () => {
  /** s1 of Figure 8 (c): leader of term 4 over a log [1, 2], after its no-op at index 3. */
  function figure8Leader(
    bugs: ReadonlySet<'commit-old-term'> = new Set(),
  ): ReturnType<typeof single> {
    const s = single(
      's1',
      logWith(['s1', 's2', 's3', 's4', 's5'], [1, 2], { term: 3, commit: 1 }),
      {
        bugs,
      },
    );
    s.core.campaign();
    stepAll(s, voteResp('s2', 's1', 4, true), voteResp('s3', 's1', 4, true));
    assert.equal(s.core.status().role, 'leader');
    assert.equal(s.log.lastIndex(), 3);
    return s;
  }

  it('a leader does not commit an entry of an earlier term by counting the members that store it', () => {
    const s = figure8Leader();
    stepAll(s, appendResp('s2', 's1', 4, 2), appendResp('s3', 's1', 4, 2));
    assert.equal(
      s.core.status().commitIndex,
      1,
      'index 2 (term 2) is on a majority but not committed',
    );
  });

  it('a leader commits earlier entries once an entry of its own term reaches a majority', () => {
    const s = figure8Leader();
    stepAll(s, appendResp('s2', 's1', 4, 2), appendResp('s3', 's1', 4, 2));
    stepAll(s, appendResp('s2', 's1', 4, 3), appendResp('s3', 's1', 4, 3));
    assert.equal(s.core.status().commitIndex, 3);
  });

  it('with the commit-old-term bug planted, it does commit the earlier-term entry (Figure 8 c)', () => {
    const s = figure8Leader(new Set(['commit-old-term']));
    stepAll(s, appendResp('s2', 's1', 4, 2), appendResp('s3', 's1', 4, 2));
    assert.equal(s.core.status().commitIndex, 2);
  });
});

describe('raft: persistence before replies (Figure 2)', () => {
  it('a granted vote leaves in the same Ready as the hard state recording it, marked for sync', () => {
    const s = single('b', logWith(ABC));
    s.core.step(voteMsg('a', 'b', 1, 0, 0));
    const ready = s.core.ready()!;
    assert.deepEqual(ready.hardState, { term: 1, vote: 'a', commit: 0 });
    assert.equal(ready.mustSync, true);
    assert.equal(ofType(ready.messages, 'request-vote-response')[0]!.granted, true);
  });

  it('an append acknowledgement leaves in the same Ready as the entries it acknowledges', () => {
    const s = single('b', logWith(ABC, [], { term: 1 }));
    s.core.step(appendMsg('a', 'b', 1, 0, 0, entriesWithTerms([1, 1])));
    const ready = s.core.ready()!;
    assert.deepEqual(
      ready.entries.map((e) => e.index),
      [1, 2],
    );
    assert.equal(ready.mustSync, true);
    assert.equal(ofType(ready.messages, 'append-entries-response')[0]!.index, 2);
  });

  it('a leader counts its own entry toward commitment only once the shell reports it durable', () => {
    const s = single('a', logWith(['a'], [], { term: 0 }));
    s.core.campaign();
    drain(s);
    const proposal = s.core.propose(enc('x'));
    assert.ok(proposal.ok);
    const first = s.core.ready()!;
    assert.deepEqual(
      first.entries.map((e) => e.index),
      [proposal.index],
    );
    assert.ok(
      !first.committed.some((e) => e.index === proposal.index),
      'not committed before durable',
    );
    s.log.save(first);
    s.core.advance(first);
    const second = s.core.ready()!;
    assert.ok(second.committed.some((e) => e.index === proposal.index));
  });

  it('entries replaced between ready() and advance() are persisted again by the next Ready', () => {
    const s = single('b', logWith(ABC, [1], { term: 2 }));
    s.core.step(appendMsg('a', 'b', 2, 1, 1, entriesWithTerms([2, 2, 2], 2)));
    const first = s.core.ready()!;
    // A new leader's append cuts 3 and 4 while the shell is still saving the first Ready.
    s.core.step(appendMsg('c', 'b', 3, 2, 2, entriesWithTerms([3], 3)));
    s.log.save(first);
    s.core.advance(first);
    drain(s);
    assert.deepEqual(termsOf(s.log), [1, 2, 3]);
  });

  it('a change of the commit index alone does not need a sync', () => {
    const s = single('b', logWith(ABC, [1, 1], { term: 1 }));
    s.core.step({ type: 'heartbeat', from: 'a', to: 'b', term: 1, commit: 2, context: '' });
    const ready = s.core.ready()!;
    assert.deepEqual(ready.hardState, { term: 1, vote: null, commit: 2 });
    assert.equal(ready.mustSync, false);
  });

  it('a restarted member keeps its term, vote and log, and does not vote twice in a term', () => {
    const s = single('b', logWith(ABC, [1], { term: 1 }));
    stepAll(s, voteMsg('a', 'b', 2, 1, 1));
    const restarted = new MemoryRaftLog(s.log.toDurableState());
    const again = single('b', restarted);
    const st = again.core.status();
    assert.deepEqual([st.term, st.vote, st.lastIndex], [2, 'a', 1]);
    const out = stepAll(again, voteMsg('c', 'b', 2, 1, 1));
    assert.equal(ofType(out, 'request-vote-response')[0]!.granted, false);
  });

  it('a restarted member hands out its committed entries again from its snapshot on', () => {
    const log = logWith(ABC, [1, 1, 1], { term: 1, commit: 2 });
    const core = new RaftCore(testConfig('b'), log, new SeededRng(1));
    const ready = core.ready()!;
    assert.deepEqual(
      ready.committed.map((e) => e.index),
      [1, 2],
    );
  });
});

describe('raft: malformed messages', () => {
  it('an append with non-contiguous entries or a term from the future is counted and dropped', () => {
    const s = single('b', logWith(ABC, [1], { term: 1 }));
    const gap = appendMsg('a', 'b', 1, 1, 1, [
      ...entriesWithTerms([1], 2),
      ...entriesWithTerms([1], 4),
    ]);
    const future = appendMsg('a', 'b', 1, 1, 1, entriesWithTerms([5], 2));
    assert.deepEqual(stepAll(s, gap, future), []);
    assert.equal(s.core.status().malformedMessages, 2);
    assert.equal(s.log.lastIndex(), 1);
  });

  it('a snapshot chunk beyond its snapshot size is counted and dropped', () => {
    const s = single('b', logWith(ABC, [1], { term: 1 }));
    const out = stepAll(s, {
      type: 'install-snapshot',
      from: 'a',
      to: 'b',
      term: 1,
      meta: { index: 5, term: 1, confState: { voters: ABC, learners: [] } },
      totalBytes: 4,
      checksum: 0,
      offset: 2,
      chunk: enc('xyz'),
      done: true,
    });
    assert.deepEqual(out, []);
    assert.equal(s.core.status().malformedMessages, 1);
  });
});

/**
 * Goal: check-quorum (dissertation §6.2) makes a leader that has not heard from a majority for an
 * election timeout step down, so the minority side of a partition serves no writes; and the leader
 * lease it enables (§4.2.3) keeps members that hear from their leader from voting in a disruptive
 * election. Method: a group over the test network with links cut, and single cores for the rules.
 */
import { strict as assert } from 'node:assert';
import { Cluster, enc } from './cluster.js';
import { appendMsg, logWith, ofType, single, stepAll, voteMsg } from './helpers.js';

const ABC = ['a', 'b', 'c'];

describe('raft: check-quorum', () => {
  it('a leader that hears from no majority for electionTicks steps down and refuses proposals', () => {
    const c = new Cluster({ voters: ABC, config: { checkQuorum: true } });
    c.elect('a');
    c.isolate('a');
    c.tick('a', 9);
    assert.equal(c.core('a').status().role, 'leader', 'not before electionTicks');
    c.tick('a', 11);
    assert.equal(c.core('a').status().role, 'follower');
    const refused = c.core('a').propose(enc('x'));
    assert.ok(!refused.ok && refused.reason === 'not-leader');
  });

  it('a leader that keeps hearing from a majority stays leader', () => {
    const c = new Cluster({ voters: ABC, config: { checkQuorum: true } });
    c.elect('a');
    c.isolate('c');
    for (let i = 0; i < 50; i++) {
      c.tick('a');
      c.tick('b');
      c.stabilize();
    }
    assert.equal(c.core('a').status().role, 'leader');
  });

  it('the minority side of a partition serves no writes while the majority elects a leader and commits', () => {
    const c = new Cluster({
      voters: ['a', 'b', 'c', 'd', 'e'],
      config: { checkQuorum: true, preVote: true },
    });
    c.elect('a');
    c.partition(['a', 'b'], ['c', 'd', 'e']);
    for (let i = 0; i < 40; i++) {
      c.tickAll();
      c.stabilize();
    }
    assert.notEqual(c.core('a').status().role, 'leader');
    const majorityLeader = c.leaders();
    assert.equal(majorityLeader.length, 1);
    assert.ok(['c', 'd', 'e'].includes(majorityLeader[0]!));
    for (const id of ['a', 'b']) assert.ok(!c.core(id).propose(enc('minority')).ok);
    c.propose(majorityLeader[0]!, 'majority');
    c.stabilize();
    for (const id of ['c', 'd', 'e']) assert.deepEqual(c.m(id).applied, ['majority']);
    for (const id of ['a', 'b']) assert.deepEqual(c.m(id).applied, []);
  });

  it('a follower that heard from its leader within electionTicks ignores a vote request of a higher term', () => {
    const s = single('b', logWith(ABC, [1], { term: 1 }), { checkQuorum: true });
    stepAll(s, appendMsg('a', 'b', 1, 1, 1));
    const out = stepAll(s, voteMsg('c', 'b', 2, 1, 1));
    assert.deepEqual(out, []);
    assert.equal(s.core.status().term, 1);
  });

  it('once the lease has run out, the same request is granted', () => {
    const s = single('b', logWith(ABC, [1], { term: 1 }), { checkQuorum: true });
    stepAll(s, appendMsg('a', 'b', 1, 1, 1));
    for (let i = 0; i < 10; i++) s.core.tick();
    const out = stepAll(s, voteMsg('c', 'b', 2, 1, 1));
    assert.equal(ofType(out, 'request-vote-response')[0]?.granted, true);
  });

  it('a leader of an older term that contacts the group is told the current term and steps down', () => {
    const s = single('b', logWith(ABC, [1], { term: 3 }), { checkQuorum: true });
    const out = stepAll(s, appendMsg('a', 'b', 1, 1, 1));
    const answer = ofType(out, 'append-entries-response')[0]!;
    assert.equal(answer.term, 3);
    const old = single('a', logWith(ABC, [1], { term: 0 }), { checkQuorum: true });
    old.core.campaign();
    stepAll(old, {
      type: 'request-vote-response',
      from: 'c',
      to: 'a',
      term: 1,
      granted: true,
      preVote: false,
    });
    assert.equal(old.core.status().role, 'leader');
    stepAll(old, { ...answer, to: 'a' });
    assert.deepEqual([old.core.status().role, old.core.status().term], ['follower', 3]);
  });
});

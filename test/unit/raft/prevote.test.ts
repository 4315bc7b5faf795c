/**
 * Goal: pre-vote (Ongaro's dissertation §9.6) keeps a member that cannot win from disrupting the group:
 * it asks "would you vote for me in the next term?" without raising any term, and only campaigns for
 * real once a majority says yes. Method: message-level tests of single cores for the rules, and a
 * three-member group over the test network for the partition scenario, contrasted with the same
 * scenario without pre-vote.
 */
import { strict as assert } from 'node:assert';
import { Cluster } from './cluster.js';
import { drain, logWith, ofType, single, stepAll, voteMsg, voteResp } from './helpers.js';

const ABC = ['a', 'b', 'c'];

describe('raft: pre-vote', () => {
  it('a pre-candidate asks for votes in the next term without raising its own term or voting', () => {
    const s = single('a', logWith(ABC, [1], { term: 1 }), { preVote: true });
    s.core.campaign();
    const ready = s.core.ready()!;
    assert.equal(ready.hardState, undefined, 'neither term nor vote changes');
    assert.equal(s.core.status().role, 'pre-candidate');
    const asks = ofType(ready.messages, 'request-vote');
    assert.deepEqual(
      asks.map((m) => [m.to, m.term, m.preVote]),
      [
        ['b', 2, true],
        ['c', 2, true],
      ],
    );
  });

  it('a pre-candidate that wins a majority of pre-votes starts a real election in the next term', () => {
    const s = single('a', logWith(ABC, [1], { term: 1 }), { preVote: true });
    s.core.campaign();
    drain(s);
    const out = stepAll(s, voteResp('b', 'a', 2, true, true));
    assert.equal(s.core.status().role, 'candidate');
    assert.equal(s.core.status().term, 2);
    assert.ok(ofType(out, 'request-vote').every((m) => !m.preVote && m.term === 2));
  });

  it('a voter grants a pre-vote without recording a vote or changing its term', () => {
    const s = single('b', logWith(ABC, [1], { term: 1 }), { preVote: true });
    const out = stepAll(s, voteMsg('a', 'b', 2, 1, 1, { preVote: true }));
    const answer = ofType(out, 'request-vote-response')[0]!;
    assert.deepEqual([answer.granted, answer.preVote, answer.term], [true, true, 2]);
    assert.deepEqual([s.core.status().term, s.core.status().vote], [1, null]);
  });

  it('a voter refuses a pre-vote from a member whose log is behind', () => {
    const s = single('b', logWith(ABC, [1, 1], { term: 1 }), { preVote: true });
    const out = stepAll(s, voteMsg('a', 'b', 2, 1, 1, { preVote: true }));
    assert.equal(ofType(out, 'request-vote-response')[0]!.granted, false);
  });

  it('a pre-vote refusal from a higher term makes the pre-candidate a follower of that term', () => {
    const s = single('a', logWith(ABC, [1], { term: 1 }), { preVote: true });
    s.core.campaign();
    drain(s);
    stepAll(s, voteResp('b', 'a', 5, false, true));
    assert.deepEqual([s.core.status().role, s.core.status().term], ['follower', 5]);
  });

  it('a pre-candidate that loses the pre-vote returns to follower in its own term', () => {
    const s = single('a', logWith(ABC, [1], { term: 1 }), { preVote: true });
    s.core.campaign();
    drain(s);
    stepAll(s, voteResp('b', 'a', 1, false, true), voteResp('c', 'a', 1, false, true));
    assert.deepEqual([s.core.status().role, s.core.status().term], ['follower', 1]);
  });

  function isolatedRejoin(preVote: boolean): { before: number; after: number; leader: string[] } {
    const c = new Cluster({ voters: ABC, config: { preVote } });
    c.elect('a');
    c.isolate('c');
    c.propose('a', 'x'); // c falls behind, so no majority would elect it
    c.stabilize();
    for (let i = 0; i < 100; i++) c.tick('c');
    c.queue = [];
    const before = c.core('a').status().term;
    c.heal();
    c.tick('c', 20);
    c.stabilize();
    return { before, after: c.core('a').status().term, leader: c.leaders() };
  }

  it('a member cut off from the group does not raise its term, and rejoining does not depose the leader', () => {
    const { before, after, leader } = isolatedRejoin(true);
    assert.equal(after, before);
    assert.deepEqual(leader, ['a']);
  });

  it('without pre-vote the same member does disrupt the group on rejoining (the contrast)', () => {
    const { before, after } = isolatedRejoin(false);
    assert.ok(after > before, 'the leader was deposed by the higher term');
  });
});

/**
 * Goal: non-voting members (learners, dissertation §4.2.1) receive and apply the log but never
 * campaign, are never asked for votes, and count neither toward commitment, nor check-quorum, nor the
 * confirmation of a ReadIndex. Method: a group of three voters and one learner over the test network,
 * with links cut to show what the learner's acknowledgements do not achieve.
 */
import { strict as assert } from 'node:assert';
import { Cluster } from './cluster.js';
import { logWith, ofType, single, stepAll, voteMsg } from './helpers.js';

function group(config = {}): Cluster {
  return new Cluster({ voters: ['a', 'b', 'c'], learners: ['d'], config });
}

describe('raft: learners', () => {
  it('a learner receives and applies the log', () => {
    const c = group();
    c.elect('a');
    c.propose('a', 'x');
    c.stabilize();
    assert.deepEqual(c.m('d').applied, ['x']);
    assert.deepEqual(c.core('d').status().confState, { voters: ['a', 'b', 'c'], learners: ['d'] });
  });

  it('a learner never campaigns, however long it hears nothing', () => {
    const c = group();
    c.tick('d', 100);
    c.core('d').campaign();
    c.processAll();
    assert.equal(c.core('d').status().role, 'follower');
    assert.equal(c.queue.filter((m) => m.from === 'd').length, 0);
  });

  it('a candidate does not ask learners for votes', () => {
    const c = group();
    c.core('a').campaign();
    c.processAll();
    const asked = ofType(c.queue, 'request-vote').map((m) => m.to);
    assert.deepEqual(asked.sort(), ['b', 'c']);
  });

  it('commitment does not wait for learners', () => {
    const c = group();
    c.elect('a');
    c.isolate('d');
    c.propose('a', 'x');
    c.stabilize();
    assert.deepEqual(c.m('a').applied, ['x']);
  });

  it('a learner acknowledgement does not count toward commitment', () => {
    const c = group();
    c.elect('a');
    c.isolate('b');
    c.isolate('c');
    c.cutLink('a', 'd'); // isolate() above cut a-d too; restore it
    c.heal();
    c.partition(['a', 'd'], ['b', 'c']);
    c.propose('a', 'x');
    c.stabilize();
    const d = c
      .core('a')
      .status()
      .progress.find((p) => p.id === 'd')!;
    assert.equal(d.match, c.core('a').status().lastIndex, 'd stores the entry');
    assert.deepEqual(
      c.m('a').applied,
      [],
      'yet a leader and a learner are no majority of three voters',
    );
  });

  it('learners do not keep a leader in office under check-quorum', () => {
    const c = group({ checkQuorum: true });
    c.elect('a');
    c.partition(['a', 'd'], ['b', 'c']);
    for (let i = 0; i < 25; i++) {
      c.tick('a');
      c.tick('d');
      c.stabilize();
    }
    assert.equal(c.core('a').status().role, 'follower');
  });

  it('heartbeat answers from a learner do not confirm a ReadIndex', () => {
    const c = group();
    c.elect('a');
    c.partition(['a', 'd'], ['b', 'c']);
    c.core('a').readIndex('r1');
    c.stabilize();
    assert.deepEqual(c.m('a').readStates, []);
    c.heal();
    c.tick('a');
    c.stabilize();
    assert.deepEqual(
      c.m('a').readStates.map((r) => r.requestId),
      ['r1'],
    );
  });

  it('a learner asked for a vote still answers: it may be a voter in a configuration it has not applied yet', () => {
    const s = single('d', logWith(['a', 'b', 'c'], [1], { term: 1 }, ['d']));
    const out = stepAll(s, voteMsg('a', 'd', 2, 1, 1));
    assert.equal(ofType(out, 'request-vote-response')[0]!.granted, true);
  });
});

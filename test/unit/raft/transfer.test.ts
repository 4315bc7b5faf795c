/**
 * Goal: leadership transfer (dissertation §3.10). The leader stops accepting proposals, brings the
 * target's log up to date, then sends it timeout-now; the target campaigns at once in a real election
 * that voters grant despite the lease of check-quorum and without a pre-vote. A transfer that does not
 * finish within an election timeout is abandoned. Method: groups over the test network.
 */
import { strict as assert } from 'node:assert';
import { Cluster, enc } from './cluster.js';
import { ofType } from './helpers.js';

const ABC = ['a', 'b', 'c'];

describe('raft: leadership transfer', () => {
  it('a leader hands over to an up-to-date voter, which wins at once', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    const term = c.core('a').status().term;
    assert.deepEqual(c.core('a').transferLeadership('b'), { ok: true });
    c.stabilize();
    assert.deepEqual(c.leaders(), ['b']);
    assert.equal(c.core('b').status().term, term + 1);
    assert.equal(c.core('a').status().leader, 'b');
    assert.equal(ofType(c.sent, 'timeout-now').length, 1);
  });

  it('a lagging target is caught up before it is told to campaign', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.isolate('b');
    c.propose('a', 'x');
    c.propose('a', 'y');
    c.stabilize();
    c.heal();
    c.core('a').transferLeadership('b');
    c.stabilize();
    assert.deepEqual(c.leaders(), ['b']);
    const timeoutNow = c.sent.findIndex((m) => m.type === 'timeout-now');
    const appendsToB = c.sent
      .map((m, i) => (m.type === 'append-entries' && m.to === 'b' ? i : -1))
      .filter((i) => i >= 0);
    const lastAppendToB = appendsToB.at(-1)!;
    assert.ok(lastAppendToB < timeoutNow, 'timeout-now follows the catch-up');
    assert.deepEqual(c.m('b').applied, ['x', 'y']);
  });

  it('proposals are refused while a transfer is in progress', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.isolate('b');
    c.core('a').transferLeadership('b');
    const r = c.core('a').propose(enc('x'));
    assert.ok(!r.ok && r.reason === 'transferring');
  });

  it('a transfer that does not finish within electionTicks is abandoned and proposals resume', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.isolate('b');
    c.core('a').transferLeadership('b');
    c.tick('a', 10);
    assert.equal(c.core('a').status().transferee, null);
    assert.ok(c.core('a').propose(enc('x')).ok);
    assert.equal(c.core('a').status().role, 'leader');
  });

  it('a transfer to a learner, to the leader itself, or asked of a follower is refused', () => {
    const c = new Cluster({ voters: ABC, learners: ['l'] });
    c.elect('a');
    assert.deepEqual(c.core('a').transferLeadership('l'), {
      ok: false,
      reason: 'not-voter',
      leader: 'a',
    });
    assert.deepEqual(c.core('a').transferLeadership('a'), {
      ok: false,
      reason: 'self',
      leader: 'a',
    });
    assert.deepEqual(c.core('b').transferLeadership('c'), {
      ok: false,
      reason: 'not-leader',
      leader: 'a',
    });
  });

  it('the target wins despite the lease of check-quorum and without a pre-vote', () => {
    const c = new Cluster({ voters: ABC, config: { checkQuorum: true, preVote: true } });
    c.elect('a');
    c.core('a').transferLeadership('c');
    c.stabilize();
    assert.deepEqual(c.leaders(), ['c']);
    const votes = ofType(c.sent, 'request-vote').filter((m) => m.from === 'c');
    assert.ok(votes.every((m) => !m.preVote && m.transfer));
  });

  it('without a transfer, the same vote request is ignored under the lease', () => {
    const c = new Cluster({ voters: ABC, config: { checkQuorum: true } });
    c.elect('a');
    c.core('c').campaign();
    c.stabilize();
    assert.equal(c.core('b').status().vote, 'a', 'b kept its vote and leader');
    assert.equal(c.core('b').status().leader, 'a');
  });

  it('a transfer to a member whose removal is applied meanwhile is abandoned', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.isolate('c');
    c.proposeConfChange('a', { type: 'remove-node', node: 'c' });
    assert.deepEqual(c.core('a').transferLeadership('c'), { ok: true });
    c.stabilize();
    assert.deepEqual(c.core('a').status().confState.voters, ['a', 'b']);
    assert.equal(c.core('a').status().transferee, null);
    assert.ok(c.core('a').propose(enc('x')).ok);
  });
});

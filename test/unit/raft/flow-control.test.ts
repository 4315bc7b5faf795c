/**
 * Goal: the leader's per-follower flow control (etcd-io/raft tracker/progress.go) — probe state sends
 * one append at a time, replicate state pipelines up to inflightAppendsMax unacknowledged appends,
 * each append carries at most appendBytesMax of entries, proposals between two Readies are batched, and
 * lost appends are detected and resent. Method: a three-member group over the test network; the test
 * delivers messages selectively and counts the appends that went out.
 */
import { strict as assert } from 'node:assert';
import type { RaftMessage } from '../../../src/raft/types.js';
import { Cluster, enc } from './cluster.js';
import { logWith, ofType, single, stepAll } from './helpers.js';

type Append = Extract<RaftMessage, { type: 'append-entries' }>;

function appendsTo(c: Cluster, to: string, since = 0): Append[] {
  return ofType(c.sent.slice(since), 'append-entries').filter((m) => m.to === to);
}

const ABC = ['a', 'b', 'c'];

describe('raft: flow control', () => {
  it('in probe state the leader sends one append and waits for the answer before the next', () => {
    const c = new Cluster({ voters: ABC });
    c.core('a').campaign();
    c.processAll();
    c.deliver(); // vote requests
    c.processAll();
    c.deliver(); // votes: a is leader and probes b and c
    c.processAll();
    assert.equal(
      c
        .core('a')
        .status()
        .progress.find((p) => p.id === 'b')!.state,
      'probe',
    );
    const mark = c.sent.length;
    c.propose('a', 'x');
    c.propose('a', 'y');
    c.processAll();
    c.propose('a', 'z');
    c.processAll();
    assert.equal(appendsTo(c, 'b', mark).length, 0, 'nothing more until the probe is answered');
    c.stabilize();
    assert.equal(
      c
        .core('a')
        .status()
        .progress.find((p) => p.id === 'b')!.state,
      'replicate',
    );
    assert.deepEqual(c.m('b').applied, ['x', 'y', 'z']);
  });

  it('in replicate state at most inflightAppendsMax appends are unacknowledged', () => {
    const c = new Cluster({ voters: ABC, config: { inflightAppendsMax: 3 } });
    c.elect('a');
    const mark = c.sent.length;
    for (let i = 0; i < 6; i++) {
      c.propose('a', `p${i}`);
      c.processAll();
    }
    assert.equal(appendsTo(c, 'b', mark).length, 3);
    const b = c
      .core('a')
      .status()
      .progress.find((p) => p.id === 'b')!;
    assert.deepEqual([b.inflight, b.paused], [3, true]);
    // One acknowledgement frees the window; the rest go out batched in one append.
    const firstAck = c.queue.find((m) => m.to === 'b')!;
    c.deliver((m) => m === firstAck);
    c.processAll();
    c.deliver((m) => m.from === 'b' && m.type === 'append-entries-response');
    c.processAll();
    const later = appendsTo(c, 'b', mark).slice(3);
    assert.equal(later.length, 1);
    assert.deepEqual(
      later[0]!.entries.map((e) => e.index),
      [
        c.core('a').status().lastIndex - 2,
        c.core('a').status().lastIndex - 1,
        c.core('a').status().lastIndex,
      ],
    );
    c.stabilize();
    assert.equal(c.m('b').applied.length, 6);
  });

  it('an append carries at most appendBytesMax bytes of entries, and always at least one entry', () => {
    const c = new Cluster({ voters: ABC, config: { appendBytesMax: 10 } });
    c.elect('a');
    c.isolate('b');
    for (let i = 0; i < 5; i++) c.propose('a', `e${i}xx`); // 4 bytes each
    c.propose('a', 'x'.repeat(100));
    c.stabilize();
    c.heal();
    const mark = c.sent.length;
    c.tick('a');
    c.stabilize();
    const sizes = appendsTo(c, 'b', mark)
      .filter((m) => m.entries.length > 0)
      .map((m) => m.entries.map((e) => (e.type === 'normal' ? e.data.byteLength : 0)));
    for (const batch of sizes) {
      const total = batch.reduce((x, y) => x + y, 0);
      assert.ok(total <= 10 || batch.length === 1, `batch ${JSON.stringify(batch)} too large`);
    }
    assert.ok(sizes.some((batch) => batch.length === 1 && batch[0] === 100));
    assert.equal(c.m('b').applied.length, 6);
  });

  it('proposals made between two Readies go out as one append per follower', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    const mark = c.sent.length;
    for (let i = 0; i < 10; i++) c.propose('a', `p${i}`);
    c.processAll();
    const toB = appendsTo(c, 'b', mark);
    assert.equal(toB.length, 1);
    assert.equal(toB[0]!.entries.length, 10);
  });

  it('when appends are lost and the window stays full, a heartbeat answer triggers a probe that resends them', () => {
    const c = new Cluster({ voters: ABC, config: { inflightAppendsMax: 2 } });
    c.elect('a');
    c.dropIf = (m) => m.type === 'append-entries' && m.to === 'b';
    for (let i = 0; i < 4; i++) {
      c.propose('a', `p${i}`);
      c.stabilize();
    }
    assert.equal(
      c
        .core('a')
        .status()
        .progress.find((p) => p.id === 'b')!.paused,
      true,
    );
    assert.deepEqual(c.m('b').applied, []);
    c.dropIf = () => false;
    c.tick('a'); // heartbeat; b answers; a probes the full window
    c.stabilize();
    assert.deepEqual(c.m('b').applied, ['p0', 'p1', 'p2', 'p3']);
    assert.equal(
      c
        .core('a')
        .status()
        .progress.find((p) => p.id === 'b')!.state,
      'replicate',
    );
  });

  it('a rejection sends a replicating follower back to probe from its match index', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.propose('a', 'x');
    c.stabilize();
    const { lastIndex, term } = c.core('a').status();
    c.core('a').step({
      type: 'append-entries-response',
      from: 'b',
      to: 'a',
      term,
      success: false,
      index: lastIndex + 5,
      rejectHint: lastIndex,
      rejectTerm: 0,
    });
    const b = c
      .core('a')
      .status()
      .progress.find((p) => p.id === 'b')!;
    assert.equal(b.state, 'probe');
    assert.equal(b.next, b.match + 1);
  });

  it('a stale rejection, for an index the follower has since matched, changes nothing', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.propose('a', 'x');
    c.stabilize();
    const before = c
      .core('a')
      .status()
      .progress.find((p) => p.id === 'b')!;
    c.core('a').step({
      type: 'append-entries-response',
      from: 'b',
      to: 'a',
      term: c.core('a').status().term,
      success: false,
      index: before.match - 1,
      rejectHint: 0,
      rejectTerm: 0,
    });
    assert.deepEqual(
      c
        .core('a')
        .status()
        .progress.find((p) => p.id === 'b'),
      before,
    );
  });

  it('a heartbeat never carries a commit index beyond what the follower is known to match', () => {
    // b holds an uncommitted entry of an old term at index 2 that the leader's log does not have.
    const s = single('b', logWith(ABC, [1, 1], { term: 1, commit: 1 }));
    stepAll(s, { type: 'heartbeat', from: 'a', to: 'b', term: 2, commit: 1, context: '' });
    assert.equal(s.core.status().commitIndex, 1);
    const leader = new Cluster({ voters: ABC });
    leader.elect('a');
    leader.isolate('b');
    leader.propose('a', 'x');
    leader.stabilize();
    const commit = leader.core('a').status().commitIndex;
    const heartbeatsToB = ofType(leader.sent, 'heartbeat').filter((m) => m.to === 'b');
    const bMatch = leader
      .core('a')
      .status()
      .progress.find((p) => p.id === 'b')!.match;
    assert.ok(bMatch < commit);
    leader.tick('a');
    const latest = ofType(leader.queue, 'heartbeat').find((m) => m.to === 'b')!;
    assert.equal(latest.commit, bMatch);
    assert.ok(heartbeatsToB.every((m) => m.commit <= bMatch));
  });

  it('a follower that has every entry still learns a new commit index through an empty append', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.propose('a', 'x');
    c.stabilize();
    const { commitIndex } = c.core('a').status();
    assert.equal(c.core('b').status().commitIndex, commitIndex);
    assert.equal(c.core('c').status().commitIndex, commitIndex);
    const lastAppendToB = appendsTo(c, 'b').at(-1)!;
    assert.equal(lastAppendToB.entries.length, 0, 'the commit went out without entries');
    assert.equal(lastAppendToB.leaderCommit, commitIndex);
  });

  it('a proposal is refused once uncommittedBytesMax bytes are waiting, and accepted again after they commit', () => {
    const c = new Cluster({ voters: ABC, config: { uncommittedBytesMax: 10 } });
    c.elect('a');
    c.isolate('a');
    assert.ok(c.core('a').propose(enc('12345678')).ok);
    const refused = c.core('a').propose(enc('12345'));
    assert.ok(!refused.ok && refused.reason === 'overloaded');
    c.heal();
    c.tick('a');
    c.stabilize();
    assert.ok(c.core('a').propose(enc('12345')).ok);
  });
});

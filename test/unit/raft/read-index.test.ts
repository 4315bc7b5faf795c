/**
 * Goal: linearizable reads by ReadIndex (dissertation §6.4). A leader records its commit index as the
 * read point, confirms it is still leader by a heartbeat round a majority of voters answers, and only
 * then hands out the point; a new leader first commits an entry of its term; a follower forwards the
 * request to its leader. Every request ends in a ReadState or a ReadFailure, never in silence.
 * Method: groups over the test network with links cut; the stale-read bug shows what the heartbeat
 * round prevents.
 */
import { strict as assert } from 'node:assert';
import { MemoryDurableStorage } from '../../../src/raft/memory-durable-storage.js';
import { bootstrapState, MemoryRaftLog } from '../../../src/raft/memory-log.js';
import { RaftCore } from '../../../src/raft/raft-core.js';
import type { ReadState } from '../../../src/raft/types.js';
import { SeededRng } from '../../../src/util/rng.js';
import { Cluster } from './cluster.js';
import { ofType } from './helpers.js';

const ABC = ['a', 'b', 'c'];

describe('raft: ReadIndex', () => {
  it('a leader hands out the read point only after a majority answered its heartbeat round', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.propose('a', 'x');
    c.stabilize();
    const commit = c.core('a').status().commitIndex;
    c.core('a').readIndex('r1');
    c.processAll();
    assert.deepEqual(c.m('a').readStates, []);
    const heartbeats = ofType(c.queue, 'heartbeat');
    assert.deepEqual(
      heartbeats.map((m) => [m.to, m.context]),
      [
        ['b', '1'],
        ['c', '1'],
      ],
    );
    c.stabilize();
    assert.deepEqual(c.m('a').readStates, [{ index: commit, requestId: 'r1' }]);
  });

  it('the read point is the commit index when the request arrived', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    const commit = c.core('a').status().commitIndex;
    c.core('a').readIndex('r1');
    c.propose('a', 'later');
    c.stabilize();
    assert.deepEqual(c.m('a').readStates, [{ index: commit, requestId: 'r1' }]);
  });

  it('an acknowledgement confirms the requests made before its heartbeat, not those after', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.core('a').readIndex('r1');
    c.processAll();
    const first = c.queue.splice(0);
    c.core('a').readIndex('r2');
    c.processAll();
    c.queue = [];
    for (const m of first) c.core(m.to).step(m);
    c.processAll();
    c.deliver((m) => m.to === 'a');
    c.processAll();
    assert.deepEqual(
      c.m('a').readStates.map((r) => r.requestId),
      ['r1'],
    );
  });

  it('many reads between two Readies share one heartbeat round', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    const mark = c.sent.length;
    for (let i = 0; i < 10; i++) c.core('a').readIndex(`r${i}`);
    c.stabilize();
    assert.equal(ofType(c.sent.slice(mark), 'heartbeat').length, 2);
    assert.equal(c.m('a').readStates.length, 10);
  });

  it('a new leader holds reads until it has committed an entry of its own term', () => {
    const c = new Cluster({ voters: ABC });
    c.core('a').campaign();
    c.processAll();
    c.deliver();
    c.processAll();
    c.deliver(); // a wins; its no-op is not committed yet
    c.core('a').readIndex('r1');
    c.processAll();
    assert.equal(ofType(c.queue, 'heartbeat').length, 0, 'no heartbeat round yet');
    c.stabilize();
    const { commitIndex, term } = c.core('a').status();
    assert.deepEqual(c.m('a').readStates, [{ index: commitIndex, requestId: 'r1' }]);
    assert.equal(c.m('a').log.term(commitIndex), term);
  });

  it('a follower forwards a read to its leader and gets the read point back', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.propose('a', 'x');
    c.stabilize();
    c.core('b').readIndex('rb');
    c.stabilize();
    assert.deepEqual(c.m('b').readStates, [
      { index: c.core('a').status().commitIndex, requestId: 'rb' },
    ]);
  });

  it('a read on a member that knows no leader fails at once', () => {
    const c = new Cluster({ voters: ABC });
    c.core('b').readIndex('r1');
    c.processAll();
    assert.deepEqual(c.m('b').readFailures, [
      { requestId: 'r1', reason: 'no-leader', leader: null },
    ]);
    c.core('a').campaign();
    c.core('a').readIndex('r2');
    c.processAll();
    assert.equal(c.m('a').readFailures[0]?.reason, 'no-leader');
  });

  it('reads pending on a leader fail when it steps down, and forwarded ones when the leader changes', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.isolate('a');
    c.core('a').readIndex('on-a');
    c.core('c').readIndex('via-c');
    c.stabilize();
    c.heal();
    c.isolate('a');
    c.elect('b');
    c.core('a').step({
      type: 'heartbeat',
      from: 'b',
      to: 'a',
      term: c.core('b').status().term,
      commit: 0,
      context: '',
    });
    c.processAll();
    assert.deepEqual(c.m('a').readFailures, [
      { requestId: 'on-a', reason: 'leadership-lost', leader: 'b' },
    ]);
    assert.deepEqual(c.m('c').readFailures, [
      { requestId: 'via-c', reason: 'leadership-lost', leader: null },
    ]);
  });

  it('a leader cut off from its majority never hands out a read point; the read times out', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.isolate('a');
    c.core('a').readIndex('r1');
    c.tick('a', 19);
    c.stabilize();
    assert.deepEqual(c.m('a').readFailures, []);
    c.tick('a');
    assert.deepEqual(c.m('a').readStates, []);
    assert.deepEqual(c.m('a').readFailures, [{ requestId: 'r1', reason: 'timeout', leader: 'a' }]);
  });

  it('a sole voter answers once an entry of its term is committed', () => {
    const c = new Cluster({ voters: ['a'] });
    c.elect('a');
    c.core('a').readIndex('r1');
    c.processAll();
    assert.deepEqual(c.m('a').readStates, [
      { index: c.core('a').status().commitIndex, requestId: 'r1' },
    ]);
  });

  it('a sole voter restarted with a commit index behind what it acknowledged waits for its own entry', () => {
    // The commit index alone is persisted without a sync (mustSync false), so a crash can take it back
    // below entries the member applied and acknowledged. A read answered at that commit index would
    // miss an acknowledged write; the read must wait until the new term's no-op commits.
    const cfg = {
      id: 'a',
      electionTicks: 10,
      heartbeatTicks: 1,
      preVote: false,
      checkQuorum: false,
      inflightAppendsMax: 4,
      appendBytesMax: 1 << 20,
      snapshotChunkBytes: 1 << 20,
    };
    const disk = new MemoryDurableStorage(bootstrapState(['a']));
    let applied = 0;
    const reads: ReadState[] = [];
    const boot = () => {
      const log = new MemoryRaftLog(disk.durableState());
      return { log, core: new RaftCore(cfg, log, new SeededRng(1)) };
    };
    const drain = ({ core, log }: ReturnType<typeof boot>): void => {
      for (let r = core.ready(); r !== undefined; r = core.ready()) {
        void disk.save(
          { hardState: r.hardState, entries: r.entries, snapshot: r.snapshot },
          { sync: false },
        );
        if (r.mustSync) disk.sync();
        log.save(r);
        for (const e of r.committed) applied = e.index;
        reads.push(...r.readStates);
        core.advance(r);
      }
    };
    let n = boot();
    drain(n);
    n.core.campaign();
    drain(n);
    n.core.propose(new TextEncoder().encode('x=1'));
    drain(n);
    const acknowledged = applied;
    disk.crash();
    assert.ok(
      disk.durableState().hardState.commit < acknowledged,
      'the crash lost the commit index',
    );
    applied = 0;
    n = boot();
    drain(n);
    n.core.campaign();
    n.core.readIndex('r1');
    drain(n);
    assert.equal(reads.length, 1);
    assert.ok(
      reads[0]!.index >= acknowledged,
      `read point ${reads[0]!.index} is behind the acknowledged write at ${acknowledged}`,
    );
    assert.ok(applied >= reads[0]!.index);
  });

  it('with the stale-read bug, a deposed leader serves a read point older than a committed write', () => {
    const c = new Cluster({ voters: ABC, config: { bugs: new Set(['stale-read']) } });
    c.elect('a');
    c.isolate('a');
    c.elect('b');
    c.propose('b', 'new');
    c.stabilize();
    c.core('a').readIndex('stale');
    c.processAll();
    const point = c.m('a').readStates[0];
    assert.ok(point !== undefined, 'the deposed leader answered');
    assert.ok(point.index < c.core('b').status().commitIndex, 'and missed the newer write');
  });

  it('without the bug, the deposed leader gives no read point', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.isolate('a');
    c.elect('b');
    c.propose('b', 'new');
    c.stabilize();
    c.core('a').readIndex('r');
    c.stabilize();
    assert.deepEqual(c.m('a').readStates, []);
  });
});

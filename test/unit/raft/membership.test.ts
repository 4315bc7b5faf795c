/**
 * Goal: membership changes one server at a time (dissertation §4.1) with their safety conditions. A
 * change is an entry; it takes effect on each member when that member applies it (etcd's semantics),
 * so the configuration in force is always a committed one. A leader accepts one change at a time: not
 * while an earlier one is unapplied, and not before it has committed an entry of its own term (the fix
 * Ongaro published for single-server changes across leader changes). A leader that removes or demotes
 * itself steps down once the change is applied. A new member replays the log from index 1 (or gets a
 * snapshot) and so learns the whole membership history. Method: groups over the test network.
 */
import { strict as assert } from 'node:assert';
import { MemoryRaftLog } from '../../../src/raft/memory-log.js';
import { RaftCore } from '../../../src/raft/raft-core.js';
import type { Entry } from '../../../src/raft/types.js';
import { SeededRng } from '../../../src/util/rng.js';
import { Cluster, enc, testConfig } from './cluster.js';

const ABC = ['a', 'b', 'c'];

function electAny(c: Cluster, among: string[]): string {
  for (let i = 0; i < 100 && c.leaders().filter((id) => among.includes(id)).length === 0; i++) {
    for (const id of among) c.tick(id);
    c.stabilize();
  }
  const leader = c.leaders().find((id) => among.includes(id));
  assert.ok(leader !== undefined, 'no leader elected');
  return leader;
}

describe('raft: membership changes', () => {
  it('a new member replays the log from index 1 and ends with the whole membership', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.propose('a', 'x');
    c.stabilize();
    c.addMember('d');
    c.proposeConfChange('a', { type: 'add-voter', node: 'd' });
    c.stabilize();
    assert.deepEqual(c.m('d').applied, ['x']);
    for (const id of ['a', 'b', 'c', 'd']) {
      assert.deepEqual(c.core(id).status().confState.voters, ['a', 'b', 'c', 'd'], id);
    }
  });

  it('a change takes effect when applied, not when appended', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.addMember('d');
    c.isolate('b');
    c.isolate('c');
    c.proposeConfChange('a', { type: 'add-voter', node: 'd' });
    c.stabilize();
    assert.deepEqual(c.core('a').status().confState.voters, ABC, 'appended but not committed');
    c.heal();
    c.tick('a');
    c.stabilize();
    assert.deepEqual(c.core('a').status().confState.voters, ['a', 'b', 'c', 'd']);
  });

  it('after a voter is added, a commit needs three of four', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.addMember('d');
    c.proposeConfChange('a', { type: 'add-voter', node: 'd' });
    c.stabilize();
    c.partition(['a', 'b'], ['c', 'd']);
    c.propose('a', 'x');
    c.stabilize();
    assert.deepEqual(c.m('a').applied, []);
  });

  it('after a follower is removed, the remaining two commit without it', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.proposeConfChange('a', { type: 'remove-node', node: 'c' });
    c.stabilize();
    c.isolate('c');
    c.propose('a', 'x');
    c.stabilize();
    assert.deepEqual(c.m('a').applied, ['x']);
    assert.equal(c.core('a').status().progress.length, 2);
  });

  it('a leader that removes itself steps down once the change is applied, and the rest elect a leader', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.proposeConfChange('a', { type: 'remove-node', node: 'a' });
    c.stabilize();
    assert.equal(c.core('a').status().role, 'follower');
    for (const id of ['b', 'c']) assert.deepEqual(c.core(id).status().confState.voters, ['b', 'c']);
    const leader = electAny(c, ['b', 'c']);
    c.propose(leader, 'after');
    c.stabilize();
    assert.deepEqual(c.m('b').applied, ['after']);
    c.tick('a', 50);
    assert.equal(c.core('a').status().role, 'follower', 'a removed member never campaigns');
  });

  it('a leader that demotes itself to learner steps down and keeps receiving the log', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.proposeConfChange('a', { type: 'add-learner', node: 'a' });
    c.stabilize();
    assert.equal(c.core('a').status().role, 'follower');
    const leader = electAny(c, ['b', 'c']);
    c.propose(leader, 'x');
    c.stabilize();
    assert.deepEqual(c.m('a').applied, ['x']);
  });

  it('a learner promoted to voter counts from then on', () => {
    const c = new Cluster({ voters: ABC, learners: ['d'] });
    c.elect('a');
    c.proposeConfChange('a', { type: 'add-voter', node: 'd' });
    c.stabilize();
    assert.deepEqual(c.core('d').status().confState, {
      voters: ['a', 'b', 'c', 'd'],
      learners: [],
    });
    c.partition(['a', 'd', 'b'], ['c']);
    c.propose('a', 'x');
    c.stabilize();
    assert.deepEqual(c.m('a').applied, ['x']);
  });

  it('a second change is refused while the first is not yet applied', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.addMember('d');
    c.addMember('e');
    c.proposeConfChange('a', { type: 'add-voter', node: 'd' });
    const second = c.core('a').proposeConfChange({ type: 'add-voter', node: 'e' });
    assert.ok(!second.ok && second.reason === 'conf-change-pending');
    c.stabilize();
    c.proposeConfChange('a', { type: 'add-voter', node: 'e' });
  });

  it('a new leader refuses a change until it has committed an entry of its own term', () => {
    const c = new Cluster({ voters: ABC });
    c.core('a').campaign();
    c.processAll();
    c.deliver();
    c.processAll();
    c.deliver(); // a wins; its no-op is not yet committed
    assert.equal(c.core('a').status().role, 'leader');
    const early = c.core('a').proposeConfChange({ type: 'remove-node', node: 'c' });
    assert.ok(!early.ok && early.reason === 'conf-change-pending');
    c.stabilize();
    assert.ok(c.core('a').proposeConfChange({ type: 'remove-node', node: 'c' }).ok);
  });

  it('changes that make no sense are refused with a reason', () => {
    const c = new Cluster({ voters: ['a'], learners: ['l'] });
    c.elect('a');
    const cases = [
      { type: 'add-voter', node: 'a' },
      { type: 'add-learner', node: 'l' },
      { type: 'remove-node', node: 'zz' },
      { type: 'remove-node', node: 'a' },
      { type: 'add-learner', node: 'a' },
    ] as const;
    for (const change of cases) {
      const r = c.core('a').proposeConfChange(change);
      assert.ok(!r.ok && r.reason === 'conf-change-invalid', JSON.stringify(change));
      assert.ok(r.detail.length > 0);
    }
  });

  it('a member does not campaign while a committed membership change is unapplied', () => {
    const entries: Entry[] = [
      { type: 'config-change', term: 1, index: 1, change: { type: 'add-voter', node: 'a' } },
      { type: 'config-change', term: 1, index: 2, change: { type: 'add-voter', node: 'b' } },
    ];
    const log = new MemoryRaftLog({
      hardState: { term: 1, vote: null, commit: 2 },
      snapshot: {
        meta: { index: 0, term: 0, confState: { voters: ['a'], learners: [] } },
        data: enc(''),
      },
      entries,
    });
    const core = new RaftCore(testConfig('a'), log, new SeededRng(1));
    core.campaign();
    assert.equal(core.status().role, 'follower', 'b may be a voter: winning alone could be unsafe');
    const ready = core.ready()!;
    log.save(ready);
    core.advance(ready);
    core.campaign();
    assert.equal(core.status().role, 'candidate');
  });

  it('a newly elected leader accepts no change while one from an earlier term is unapplied', () => {
    const c = new Cluster({ voters: ABC });
    c.elect('a');
    c.addMember('d');
    c.isolate('c');
    // a's change reaches b, but a never hears back: it stays uncommitted.
    c.dropIf = (m) => m.type === 'append-entries-response' && m.from === 'b';
    c.proposeConfChange('a', { type: 'add-voter', node: 'd' });
    c.stabilize();
    c.dropIf = () => false;
    c.heal();
    c.isolate('a');
    c.core('b').campaign();
    c.processAll();
    c.deliver();
    c.processAll();
    c.deliver(); // b wins with c's vote; its log ends with a's change
    assert.equal(c.core('b').status().role, 'leader');
    const early = c.core('b').proposeConfChange({ type: 'remove-node', node: 'c' });
    assert.ok(!early.ok && early.reason === 'conf-change-pending');
    // Let b commit its no-op (and so a's change) but not yet apply them.
    for (
      let i = 0;
      i < 10 && c.core('b').status().commitIndex < c.core('b').status().lastIndex;
      i++
    ) {
      c.processReady('b');
      c.processReady('c');
      c.deliver();
    }
    const st = c.core('b').status();
    assert.ok(st.commitIndex === st.lastIndex && st.appliedIndex < st.commitIndex);
    const committedNotApplied = c.core('b').proposeConfChange({ type: 'remove-node', node: 'c' });
    assert.ok(!committedNotApplied.ok && committedNotApplied.reason === 'conf-change-pending');
    c.stabilize();
    assert.deepEqual(c.core('b').status().confState.voters, ['a', 'b', 'c', 'd']);
    assert.ok(c.core('b').proposeConfChange({ type: 'remove-node', node: 'c' }).ok);
  });
});

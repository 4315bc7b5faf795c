/**
 * Goal: log compaction and InstallSnapshot (Raft §7, Figure 13, sent in chunks as in the dissertation
 * §5.3). A follower whose next entries were compacted away receives the leader's snapshot as a stream
 * of snapshotChunkBytes chunks, at most inflightAppendsMax unacknowledged; lost chunks are resent
 * (go-back-N) after a heartbeat interval without progress; a restarted follower starts over; a new
 * leader with the same snapshot resumes where the old one stopped; the assembled data is verified by
 * checksum. Method: a group over the test network with selective delivery, and the receiver on its own.
 */
import { strict as assert } from 'node:assert';
import { SnapshotReceiver, snapshotChecksum } from '../../../src/raft/snapshot-receiver.js';
import type { RaftMessage, Snapshot } from '../../../src/raft/types.js';
import { Cluster, enc } from './cluster.js';
import { logWith, ofType, single, stepAll } from './helpers.js';

type Chunk = Extract<RaftMessage, { type: 'install-snapshot' }>;

const ABC = ['a', 'b', 'c'];

function chunks(c: Cluster, to: string, since = 0): Chunk[] {
  return ofType(c.sent.slice(since), 'install-snapshot').filter((m) => m.to === to);
}

/** A group where c fell behind while a committed `n` entries and compacted its log. */
function laggingFollower(n: number, config = {}): { c: Cluster; snap: Snapshot } {
  const c = new Cluster({ voters: ABC, config: { snapshotChunkBytes: 16, ...config } });
  c.elect('a');
  c.isolate('c');
  for (let i = 0; i < n; i++) c.propose('a', `value-${i}`);
  c.stabilize();
  const snap = c.snapshotAndCompact('a');
  return { c, snap };
}

describe('raft: snapshots', () => {
  it('a follower whose next entries were compacted receives the snapshot in chunks, then later entries', () => {
    const { c, snap } = laggingFollower(20);
    c.heal();
    c.tick('a');
    c.stabilize();
    c.propose('a', 'after');
    c.stabilize();
    assert.deepEqual(c.m('c').applied, c.m('a').applied);
    assert.equal(c.m('c').applied.at(-1), 'after');
    const sent = chunks(c, 'c');
    assert.equal(sent.length, Math.ceil(snap.data.byteLength / 16));
    assert.deepEqual(
      sent.map((m) => m.offset),
      sent.map((_, i) => i * 16),
    );
    assert.equal(sent.at(-1)!.done, true);
    assert.equal(c.m('c').log.snapshot().meta.index, snap.meta.index);
    assert.equal(c.m('c').log.firstIndex(), snap.meta.index + 1);
  });

  it('the first chunk goes out alone, then at most inflightAppendsMax chunks are unacknowledged', () => {
    const { c } = laggingFollower(20, { inflightAppendsMax: 2 });
    c.heal();
    c.tick('a');
    let acks = 0;
    for (let i = 0; i < 10; i++) {
      c.processAll();
      // Deliver everything except c's chunk acknowledgements after the first.
      c.deliver((m) => m.type !== 'install-snapshot-response' || acks++ === 0);
    }
    assert.deepEqual(
      chunks(c, 'c').map((m) => m.offset),
      [0, 16, 32],
      'one chunk, then a window of two after its acknowledgement',
    );
    const p = c
      .core('a')
      .status()
      .progress.find((x) => x.id === 'c')!;
    assert.equal(p.state, 'snapshot');
  });

  it('a lost chunk is resent after a heartbeat interval without progress', () => {
    const { c, snap } = laggingFollower(20);
    let dropped = false;
    c.dropIf = (m) => {
      if (m.type === 'install-snapshot' && m.offset === 32 && !dropped) {
        dropped = true;
        return true;
      }
      return false;
    };
    c.heal();
    c.tick('a');
    c.stabilize();
    assert.ok(dropped);
    assert.notDeepEqual(c.m('c').applied, c.m('a').applied, 'stuck until the stall is noticed');
    c.tick('a'); // the stream made progress during this interval
    c.stabilize();
    c.tick('a'); // no progress since: rewind to what c reported and resend
    c.stabilize();
    assert.deepEqual(c.m('c').applied, c.m('a').applied);
    assert.equal(c.m('c').log.snapshot().meta.index, snap.meta.index);
  });

  it('a follower that lost its partial copy in a restart gets the stream from the beginning', () => {
    const { c } = laggingFollower(20);
    c.heal();
    c.tick('a');
    for (let i = 0; i < 10; i++) {
      c.processAll();
      c.deliver((m) => !(m.type === 'install-snapshot' && m.offset >= 48));
    }
    assert.equal(chunks(c, 'c').filter((m) => m.offset < 48).length, 3, 'c got three chunks');
    c.queue = c.queue.filter((m) => m.type !== 'install-snapshot');
    c.restart('c');
    for (let i = 0; i < 4; i++) {
      c.tick('a');
      c.stabilize();
    }
    assert.deepEqual(c.m('c').applied, c.m('a').applied);
    const offsets = chunks(c, 'c').map((m) => m.offset);
    assert.ok(offsets.lastIndexOf(0) > 0, 'the stream restarted at offset 0');
  });

  it('a new leader sending the same snapshot resumes the stream where the old leader stopped', () => {
    const { c, snap } = laggingFollower(30);
    c.snapshotAndCompact('b'); // b applied the same entries: the same snapshot
    assert.deepEqual(c.m('b').log.snapshot().data, snap.data);
    c.heal();
    c.tick('a');
    for (let i = 0; i < 10; i++) {
      c.processAll();
      c.deliver((m) => !(m.type === 'install-snapshot' && m.offset >= 64));
    }
    assert.equal(chunks(c, 'c').filter((m) => m.offset < 64).length, 4, 'c got four chunks from a');
    c.queue = [];
    c.isolate('a');
    const mark = c.sent.length;
    c.elect('b');
    c.stabilize();
    assert.deepEqual(c.m('c').applied, c.m('b').applied);
    const fromB = chunks(c, 'c', mark);
    const bytes = fromB.reduce((n, m) => n + m.chunk.byteLength, 0);
    assert.ok(bytes < snap.data.byteLength, `b resent ${bytes} of ${snap.data.byteLength} bytes`);
  });

  it('while a snapshot awaits persistence the member hands out no committed entries and does not campaign', () => {
    const { c } = laggingFollower(5);
    c.heal();
    c.tick('a');
    const member = c.m('c');
    let ready = undefined;
    for (let i = 0; i < 20 && ready === undefined; i++) {
      c.processReady('a');
      c.processReady('b');
      const r = member.core.ready();
      if (r?.snapshot !== undefined) ready = r;
      else if (r !== undefined) {
        member.log.save(r);
        c.queue.push(...r.messages);
        member.core.advance(r);
      }
      c.deliver();
    }
    assert.ok(ready?.snapshot !== undefined);
    assert.deepEqual(ready.committed, []);
    assert.equal(ready.hardState?.commit, ready.snapshot.meta.index);
    for (let i = 0; i < 30; i++) c.core('c').tick();
    assert.equal(c.core('c').status().role, 'follower');
  });

  it('a member added after the newest snapshot installs it and learns its membership from the log', () => {
    const { c } = laggingFollower(5);
    c.heal();
    c.isolate('c');
    const before = c.m('a').log.snapshot().meta;
    assert.ok(before.index > 0 && !before.confState.learners.includes('d'));
    c.addMember('d');
    c.proposeConfChange('a', { type: 'add-learner', node: 'd' });
    c.stabilize();
    assert.equal(
      c.m('d').log.snapshot().meta.index,
      before.index,
      'd installed the older snapshot',
    );
    const d = c.core('d').status();
    assert.deepEqual(d.confState, { voters: ['a', 'b', 'c'], learners: ['d'] });
    assert.equal(c.m('d').log.lastIndex(), c.m('a').log.lastIndex());
    c.snapshotAndCompact('a');
    c.tick('a');
    c.stabilize();
    assert.deepEqual(c.core('d').status().confState, { voters: ['a', 'b', 'c'], learners: ['d'] });
  });

  it('a snapshot the follower log already covers only moves its commit index', () => {
    const s = single('b', logWith(ABC, [1, 1, 1], { term: 1, commit: 1 }));
    const data = enc('state');
    const out = stepAll(s, {
      type: 'install-snapshot',
      from: 'a',
      to: 'b',
      term: 1,
      meta: { index: 2, term: 1, confState: { voters: ABC, learners: [] } },
      totalBytes: data.byteLength,
      checksum: snapshotChecksum({
        meta: { index: 2, term: 1, confState: { voters: ABC, learners: [] } },
        data,
      }),
      offset: 0,
      chunk: data,
      done: true,
    });
    assert.equal(ofType(out, 'install-snapshot-response')[0]!.done, true);
    assert.equal(s.core.status().commitIndex, 2);
    assert.equal(s.log.lastIndex(), 3, 'the entries after it stay');
    assert.ok(s.readies.every((r) => r.snapshot === undefined));
  });

  it('a member outside the snapshot membership installs it and does not campaign', () => {
    const s = single('b', logWith(ABC, [1], { term: 1 }));
    const snapshot = {
      meta: { index: 5, term: 1, confState: { voters: ['a', 'c'], learners: [] } },
      data: enc('x'),
    };
    const out = stepAll(s, {
      type: 'install-snapshot',
      from: 'a',
      to: 'b',
      term: 1,
      meta: snapshot.meta,
      totalBytes: 1,
      checksum: snapshotChecksum(snapshot),
      offset: 0,
      chunk: snapshot.data,
      done: true,
    });
    const answer = ofType(out, 'install-snapshot-response')[0]!;
    assert.deepEqual([answer.done, answer.reject], [true, false]);
    assert.deepEqual(s.core.status().confState, { voters: ['a', 'c'], learners: [] });
    for (let i = 0; i < 100; i++) s.core.tick();
    const r = s.core.ready();
    assert.equal(s.core.status().role, 'follower');
    assert.deepEqual(r?.messages.filter((m) => m.type.includes('vote')) ?? [], []);
  });

  it('a member restarted after installing a snapshot starts its state machine from it', () => {
    const { c } = laggingFollower(10);
    c.heal();
    c.tick('a');
    c.stabilize();
    c.propose('a', 'after');
    c.stabilize();
    const before = [...c.m('c').applied];
    const restarted = c.restart('c');
    c.processReady('c');
    assert.deepEqual(restarted.applied, before);
  });
});

describe('raft: snapshot receiver', () => {
  const meta = { index: 9, term: 2, confState: { voters: ['a'], learners: [] } };
  const data = enc('0123456789abcdef');
  const snap: Snapshot = { meta, data };
  const chunk = (offset: number, len: number, checksum = snapshotChecksum(snap)) => ({
    meta,
    totalBytes: data.byteLength,
    checksum,
    offset,
    chunk: data.subarray(offset, offset + len),
  });

  it('assembles in-order chunks and verifies them', () => {
    const r = new SnapshotReceiver();
    assert.deepEqual(r.offer(chunk(0, 6)), { offset: 6, snapshot: undefined });
    assert.equal(r.offer(chunk(6, 6)).offset, 12);
    const last = r.offer(chunk(12, 4));
    assert.deepEqual(last.snapshot?.data, data);
  });

  it('ignores a chunk after a gap and a duplicate, answering with the offset it expects', () => {
    const r = new SnapshotReceiver();
    r.offer(chunk(0, 4));
    assert.equal(r.offer(chunk(8, 4)).offset, 4);
    assert.equal(r.offer(chunk(0, 4)).offset, 4);
    assert.equal(r.offer(chunk(2, 6)).offset, 8, 'an overlapping chunk contributes its new bytes');
  });

  it('asks for a restart when a stream it does not know begins past offset 0', () => {
    assert.equal(new SnapshotReceiver().offer(chunk(4, 4)).offset, 0);
  });

  it('discards the data when the checksum does not match, and asks for a restart', () => {
    const r = new SnapshotReceiver();
    const bad = snapshotChecksum(snap) ^ 1;
    r.offer(chunk(0, 8, bad));
    const out = r.offer(chunk(8, 8, bad));
    assert.deepEqual(out, { offset: 0, snapshot: undefined });
    assert.equal(r.receivedBytes(), 0);
  });
});

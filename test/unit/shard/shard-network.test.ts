/**
 * Goal: the in-process shard network (src/shard/shard-network.ts) delivers a Raft message to the
 * replica it names and a peer message to every replica of a shard, drops what is addressed to a
 * replica that left (or to an older incarnation of one that joined again), and obeys its fault hook
 * (drop, delay). Method: plain inbound recorders and a manual clock.
 */
import { strict as assert } from 'node:assert';
import type { RaftMessage } from '../../../src/raft/types.js';
import { InProcessShardNetwork, type ShardInbound } from '../../../src/shard/shard-network.js';
import type { ShardPeerMessage } from '../../../src/shard/shard-types.js';
import { ManualTimers } from '../txn/manual-timers.js';

interface Recorder extends ShardInbound {
  readonly got: (RaftMessage | ShardPeerMessage)[];
}

function recorder(id: string, shard: string): Recorder {
  const got: (RaftMessage | ShardPeerMessage)[] = [];
  return {
    id,
    shard,
    got,
    raft: (m) => got.push(m),
    peer: (m) => got.push(m),
  };
}

function heartbeat(from: string, to: string): RaftMessage {
  return { type: 'heartbeat', from, to, term: 1, commit: 0 } as unknown as RaftMessage;
}

const RESOLVE: ShardPeerMessage = { type: 'resolve-request', txId: 't1', from: 'a' };

describe('in-process shard network', () => {
  it('delivers a Raft message to the replica it names, and to no other', () => {
    const net = new InProcessShardNetwork();
    const a = recorder('m1-shard-a-config', 'a');
    const b = recorder('m2-shard-a-config', 'a');
    const c = recorder('m3-shard-a-config', 'a');
    const link = net.join(a);
    net.join(b);
    net.join(c);
    link.sendRaft([heartbeat(a.id, b.id)]);
    assert.equal(b.got.length, 1);
    assert.equal(c.got.length, 0);
    assert.equal(a.got.length, 0);
    assert.equal(net.counters.raftSent, 1);
  });

  it('sends a peer message to every replica of the named shard', () => {
    const net = new InProcessShardNetwork();
    const x = recorder('m1-shard-x-config', 'x');
    const a1 = recorder('m1-shard-a-config', 'a');
    const a2 = recorder('m2-shard-a-config', 'a');
    const link = net.join(x);
    net.join(a1);
    net.join(a2);
    link.sendPeer('a', RESOLVE);
    assert.deepEqual(a1.got, [RESOLVE]);
    assert.deepEqual(a2.got, [RESOLVE]);
    assert.equal(x.got.length, 0);
  });

  it('drops messages to a replica that left, and to an older incarnation after a rejoin', async () => {
    const timers = new ManualTimers();
    const net = new InProcessShardNetwork({ timers, faults: () => ({ delayMs: 10 }) });
    const a = recorder('m1-shard-a-config', 'a');
    const old = recorder('m2-shard-a-config', 'a');
    const link = net.join(a);
    const oldLink = net.join(old);
    link.sendRaft([heartbeat(a.id, old.id)]);
    // The replica restarts before the delayed message arrives: its new incarnation must not get it.
    oldLink.leave();
    const fresh = recorder('m2-shard-a-config', 'a');
    net.join(fresh);
    await timers.advance(10);
    assert.equal(old.got.length, 0);
    assert.equal(fresh.got.length, 0);
    assert.equal(net.counters.dropped, 1);
    // A leave of the old incarnation does not remove the new one.
    oldLink.leave();
    link.sendRaft([heartbeat(a.id, fresh.id)]);
    await timers.advance(10);
    assert.equal(fresh.got.length, 1);
    assert.ok(net.has(fresh.id));
  });

  it('obeys the fault hook: a dropped message never arrives, a delayed one arrives after its delay', async () => {
    const timers = new ManualTimers();
    const net = new InProcessShardNetwork({
      timers,
      faults: (e) => (e.to.startsWith('m3') ? { drop: true } : { delayMs: 5 }),
    });
    const a = recorder('m1-shard-a-config', 'a');
    const b = recorder('m2-shard-a-config', 'a');
    const c = recorder('m3-shard-a-config', 'a');
    const link = net.join(a);
    net.join(b);
    net.join(c);
    link.sendRaft([heartbeat(a.id, b.id), heartbeat(a.id, c.id)]);
    assert.equal(b.got.length, 0, 'not before its delay');
    await timers.advance(4);
    assert.equal(b.got.length, 0);
    await timers.advance(1);
    assert.equal(b.got.length, 1);
    assert.equal(c.got.length, 0);
    assert.equal(net.counters.dropped, 1);
  });
});

/**
 * Goal: the shard network over the cluster transport routes and frames as its contract says: Raft
 * messages go to the member holding their addressee, one transport message per destination member per
 * send (split only above message-bytes-max), replicas on this member get theirs without the
 * transport; a peer message goes to every member holding a replica of the named shard; a send the
 * transport refuses (queue full, closed) is a lost message, counted, never thrown; an undecodable
 * payload or a message for a replica this member does not hold is dropped, logged once at warn, and
 * the network carries on. The shard-network codec round-trips every peer message and refuses
 * malformed bytes with a WireDecodeError naming the field.
 *
 * Method: the network over a loopback transport in this process (each member's `send` hands the
 * payload to the addressee's handler synchronously, after recording it), so the routing is checked
 * message by message; the same network over real TCP is in test/integration/shard-transport-network.test.ts.
 */
import { strict as assert } from 'node:assert';
import { TransportClosedError } from '../../../src/cluster/errors.js';
import {
  TransportShardNetwork,
  type ShardTransport,
} from '../../../src/cluster/shard-transport-network.js';
import type { MessageHandler, SendResult } from '../../../src/cluster/transport.js';
import type { RaftMessage } from '../../../src/raft/types.js';
import { memoryLogger } from '../../../src/runtime/logger.js';
import type { ShardInbound } from '../../../src/shard/shard-network.js';
import type { ShardPeerMessage } from '../../../src/shard/shard-types.js';
import { WireDecodeError } from '../../../src/wire/errors.js';
import {
  decodePeerEnvelope,
  decodeRaftBatch,
  encodePeerEnvelope,
  encodeRaftBatch,
  encodeRaftMessageBytes,
} from '../../../src/wire/shard-network-codec.js';

const MEMBERS = ['member-1', 'member-2', 'member-3'];

/** Every member's loopback transport: sends are recorded, then delivered at once. */
class Loopback {
  readonly handlers = new Map<string, Map<string, MessageHandler>>();
  readonly sent: { from: string; to: string; subject: string; bytes: number }[] = [];
  /** What `send` answers instead of delivering (tests of refusals). */
  refuse: 'queue-full' | 'closed' | undefined;

  transport(self: string): ShardTransport {
    const handlers = new Map<string, MessageHandler>();
    this.handlers.set(self, handlers);
    return {
      self,
      send: (to: string, subject: string, payload: Uint8Array): SendResult => {
        if (this.refuse === 'closed') throw new TransportClosedError();
        if (this.refuse === 'queue-full') return 'queue-full';
        this.sent.push({ from: self, to, subject, bytes: payload.byteLength });
        this.handlers.get(to)?.get(subject)?.(self, payload);
        return 'queued';
      },
      onMessage: (subject: string, handler: MessageHandler) => {
        handlers.set(subject, handler);
        return () => handlers.delete(subject);
      },
    };
  }
}

interface Received {
  raft: RaftMessage[];
  peer: ShardPeerMessage[];
}

function fresh(): Received {
  return { raft: [], peer: [] };
}

function inbound(member: string, shard: string, into: Received): ShardInbound {
  return {
    id: `${member}-shard-${shard}-config`,
    shard,
    raft: (m) => into.raft.push(m),
    peer: (m) => into.peer.push(m),
  };
}

function heartbeat(from: string, to: string, commit = 1): RaftMessage {
  return { type: 'heartbeat', from, to, term: 3, commit, context: '' };
}

const rid = (member: string, shard = 'default'): string => `${member}-shard-${shard}-config`;

function setup(messageBytesMax = 1024 * 1024): {
  loop: Loopback;
  nets: Map<string, TransportShardNetwork>;
  logs: Map<string, ReturnType<typeof memoryLogger>>;
} {
  const loop = new Loopback();
  const nets = new Map<string, TransportShardNetwork>();
  const logs = new Map<string, ReturnType<typeof memoryLogger>>();
  for (const m of MEMBERS) {
    const logger = memoryLogger();
    logs.set(m, logger);
    nets.set(
      m,
      new TransportShardNetwork({
        transport: loop.transport(m),
        datastore: 'config',
        replicas: new Map([
          ['default', MEMBERS],
          ['inventory', ['member-1', 'member-2']],
        ]),
        messageBytesMax,
        logger,
      }),
    );
  }
  return { loop, nets, logs };
}

describe('cluster: shard network over the transport: routing', () => {
  it('sends one transport message per destination member per send, in order, to the addressed replicas', () => {
    const { loop, nets } = setup();
    const got = new Map(MEMBERS.map((m) => [m, fresh()]));
    const links = MEMBERS.map((m) => nets.get(m)!.join(inbound(m, 'default', got.get(m)!)));
    links[0]!.sendRaft([
      heartbeat(rid('member-1'), rid('member-2'), 1),
      heartbeat(rid('member-1'), rid('member-3'), 2),
      heartbeat(rid('member-1'), rid('member-2'), 3),
    ]);
    assert.deepEqual(
      loop.sent.map((s) => `${s.to} ${s.subject}`),
      ['member-2 shard-raft.config', 'member-3 shard-raft.config'],
    );
    assert.deepEqual(
      got.get('member-2')!.raft.map((m) => (m.type === 'heartbeat' ? m.commit : -1)),
      [1, 3],
    );
    assert.equal(got.get('member-3')!.raft.length, 1);
    assert.equal(got.get('member-1')!.raft.length, 0);
    assert.equal(nets.get('member-1')!.counters.transportMessages, 2);
    assert.equal(nets.get('member-1')!.counters.raftSent, 3);
  });

  it('splits a batch that would pass message-bytes-max, keeping the order', () => {
    const { loop, nets } = setup(200);
    const got: Received = { raft: [], peer: [] };
    const a = nets.get('member-1')!.join(inbound('member-1', 'default', { raft: [], peer: [] }));
    nets.get('member-2')!.join(inbound('member-2', 'default', got));
    const batch = Array.from({ length: 10 }, (_, i) =>
      heartbeat(rid('member-1'), rid('member-2'), i),
    );
    a.sendRaft(batch);
    assert.ok(loop.sent.length > 1, `${loop.sent.length} transport messages`);
    for (const s of loop.sent) assert.ok(s.bytes <= 200, `${s.bytes} bytes`);
    assert.deepEqual(
      got.raft.map((m) => (m.type === 'heartbeat' ? m.commit : -1)),
      batch.map((_, i) => i),
    );
  });

  it('delivers to a replica on this member without the transport', () => {
    const { loop, nets } = setup();
    const net = nets.get('member-1')!;
    const got: Received = { raft: [], peer: [] };
    const a = net.join(inbound('member-1', 'default', { raft: [], peer: [] }));
    net.join(inbound('member-1', 'inventory', got));
    a.sendPeer('inventory', { type: 'resolve-request', txId: 't1', from: 'default' });
    // member-2 also holds inventory: it gets the message over the transport.
    assert.equal(got.peer.length, 1);
    assert.deepEqual(
      loop.sent.map((s) => `${s.to} ${s.subject}`),
      ['member-2 shard-peer.config'],
    );
  });

  it('sends a peer message to every member holding a replica of the named shard', () => {
    const { nets } = setup();
    const got = new Map(MEMBERS.map((m) => [m, fresh()]));
    const links = MEMBERS.map((m) => nets.get(m)!.join(inbound(m, 'default', got.get(m)!)));
    const message: ShardPeerMessage = { type: 'resolve-answer', txId: 't9', outcome: 'commit' };
    links[2]!.sendPeer('default', message);
    for (const m of MEMBERS) assert.deepEqual(got.get(m)!.peer, [message], m);
  });

  it('a replica that left gets nothing more; its new incarnation does', () => {
    const { nets } = setup();
    const old: Received = { raft: [], peer: [] };
    const now: Received = { raft: [], peer: [] };
    const a = nets.get('member-1')!.join(inbound('member-1', 'default', { raft: [], peer: [] }));
    const b = nets.get('member-2')!.join(inbound('member-2', 'default', old));
    b.leave();
    a.sendRaft([heartbeat(rid('member-1'), rid('member-2'))]);
    nets.get('member-2')!.join(inbound('member-2', 'default', now));
    a.sendRaft([heartbeat(rid('member-1'), rid('member-2'))]);
    assert.equal(old.raft.length, 0);
    assert.equal(now.raft.length, 1);
    assert.equal(nets.get('member-2')!.counters.dropped, 1);
  });
});

describe('cluster: shard network over the transport: faults', () => {
  it('a send the transport refuses (queue full, closed) is counted as lost, never thrown', () => {
    const { loop, nets } = setup();
    const a = nets.get('member-1')!.join(inbound('member-1', 'default', { raft: [], peer: [] }));
    loop.refuse = 'queue-full';
    a.sendRaft([
      heartbeat(rid('member-1'), rid('member-2')),
      heartbeat(rid('member-1'), rid('member-3')),
    ]);
    loop.refuse = 'closed';
    a.sendPeer('default', { type: 'resolve-request', txId: 't', from: 'x' });
    const c = nets.get('member-1')!.counters;
    assert.equal(c.refused, 4);
    // Two Raft messages, two peer messages to other members (the local replica got its own).
    assert.equal(c.dropped, 4);
  });

  it('an undecodable payload and a message for a replica this member never holds are dropped, logged once at warn', () => {
    const { loop, nets, logs } = setup();
    const got: Received = { raft: [], peer: [] };
    nets.get('member-3')!.join(inbound('member-3', 'default', got));
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0x0f]);
    const deliver = (subject: string, payload: Uint8Array): void => {
      loop.handlers.get('member-3')!.get(subject)!('member-1', payload);
    };
    deliver('shard-raft.config', garbage);
    deliver('shard-raft.config', garbage);
    deliver('shard-peer.config', garbage);
    // inventory has no replica on member-3.
    deliver(
      'shard-raft.config',
      encodeRaftBatch([
        encodeRaftMessageBytes(heartbeat(rid('member-1'), rid('member-3', 'inventory'))),
      ]),
    );
    deliver(
      'shard-peer.config',
      encodePeerEnvelope('inventory', { type: 'resolve-request', txId: 't', from: 'default' }),
    );
    // The network carries on.
    deliver(
      'shard-raft.config',
      encodeRaftBatch([encodeRaftMessageBytes(heartbeat(rid('member-1'), rid('member-3')))]),
    );
    assert.equal(got.raft.length, 1);
    const c = nets.get('member-3')!.counters;
    assert.equal(c.undecodable, 3);
    assert.equal(c.unknownReplica, 2);
    assert.equal(c.dropped, 5);
    const warns = logs.get('member-3')!.lines.filter((l) => l.level === 'warn');
    assert.equal(warns.length, 4, warns.map((w) => w.message).join('\n'));
    assert.ok(warns.some((w) => /undecodable Raft batch from member-1/.test(w.message)));
    assert.ok(
      warns.some((w) =>
        /member-3-shard-inventory-config, which this member does not hold/.test(w.message),
      ),
    );
    assert.ok(
      warns.some((w) =>
        /for shard inventory, of which this member holds no replica/.test(w.message),
      ),
    );
  });

  it('a message for a replica of this member that is not running is dropped quietly', () => {
    const { loop, nets, logs } = setup();
    loop.handlers.get('member-2')!.get('shard-raft.config')!(
      'member-1',
      encodeRaftBatch([encodeRaftMessageBytes(heartbeat(rid('member-1'), rid('member-2')))]),
    );
    assert.equal(nets.get('member-2')!.counters.dropped, 1);
    assert.equal(logs.get('member-2')!.lines.filter((l) => l.level === 'warn').length, 0);
  });
});

describe('wire: shard network codec', () => {
  it('round-trips every peer message and a batch of Raft messages', () => {
    const messages: ShardPeerMessage[] = [
      { type: 'resolve-request', txId: 't1', from: 'inventory' },
      { type: 'resolve-answer', txId: 't2', outcome: 'commit' },
      { type: 'resolve-answer', txId: 't3', outcome: 'abort' },
      { type: 'confirm-request', txId: 't4', from: 'default' },
      { type: 'outcome-recorded', txId: 't5', participant: 'topology' },
      { type: 'outcome-query', txId: 't7', from: 'inventory' },
      {
        type: 'resolve-unavailable',
        txId: 't6',
        replica: 'member-1-shard-x-config',
        reason: 'why',
      },
    ];
    for (const m of messages) {
      assert.deepEqual(decodePeerEnvelope(encodePeerEnvelope('toaster', m)), {
        to: 'toaster',
        message: m,
      });
    }
    const raft = [heartbeat('a', 'b', 1), heartbeat('b', 'c', 2)];
    assert.deepEqual(decodeRaftBatch(encodeRaftBatch(raft.map(encodeRaftMessageBytes))), raft);
  });

  it('refuses malformed bytes, a missing body and a bad element with a WireDecodeError naming the field', () => {
    assert.throws(() => decodePeerEnvelope(new Uint8Array([0xff, 0xff])), WireDecodeError);
    assert.throws(
      () => decodePeerEnvelope(new Uint8Array([0x0a, 0x01, 0x78])),
      (e: unknown) => e instanceof WireDecodeError && e.field === 'body',
    );
    assert.throws(
      () => decodeRaftBatch(encodeRaftBatch([new Uint8Array([0x08, 0x01])])),
      (e: unknown) => e instanceof WireDecodeError && e.field === 'messages[0]',
    );
  });
});

/**
 * Goal: the member-to-member transport (src/cluster/transport.ts) over real TCP on 127.0.0.1 keeps
 * its contract: one connection per pair whatever the start order, messages in order both ways,
 * reconnection after a peer restarts, refusals of another cluster, an unknown member, a member reached
 * at the wrong address and an incompatible version logged on both sides with a typed error, bounded
 * send queues with backpressure, large messages in chunks beside small ones, and malformed input
 * closing one connection without harming the member.
 * Method: several ClusterTransports in this process with free ports (test/support/transport-cluster.ts),
 * plus raw sockets that play a broken or foreign peer.
 */
import { strict as assert } from 'node:assert';
import { connect, type Socket } from 'node:net';
import fc from 'fast-check';
import type { ClusterMember } from '../../src/config/types.js';
import {
  HandshakeRefusedError,
  MessageTooLargeError,
  TransportClosedError,
  UnknownMemberError,
} from '../../src/cluster/errors.js';
import type { ClusterTransport, PeerEvent } from '../../src/cluster/transport.js';
import { PrometheusMetrics } from '../../src/runtime/metrics.js';
import { encodeFrame } from '../../src/wire/cluster-codec.js';
import { parseExposition } from '../support/prometheus-text.js';
import {
  membersOnFreePorts,
  startTransport,
  TEST_TRANSPORT_SETTINGS,
  until,
  type MemoryLogger,
} from '../support/transport-cluster.js';

const open: ClusterTransport[] = [];

async function start(
  members: readonly ClusterMember[],
  self: string,
  options: Parameters<typeof startTransport>[2] = {},
): Promise<{ transport: ClusterTransport; log: MemoryLogger; events: PeerEvent[] }> {
  const started = await startTransport(members, self, options);
  open.push(started.transport);
  const events: PeerEvent[] = [];
  started.transport.onPeerEvent((e) => events.push(e));
  return { ...started, events };
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close()));
});

function inbox(t: ClusterTransport, subject = 'test'): { from: string; text: string }[] {
  const got: { from: string; text: string }[] = [];
  t.onMessage(subject, (from, payload) =>
    got.push({ from, text: Buffer.from(payload).toString() }),
  );
  return got;
}

const text = (s: string): Uint8Array => Buffer.from(s);

function errorsLogged(log: MemoryLogger, message: string): Record<string, unknown>[] {
  return log.lines.filter((l) => l.level === 'error' && l.message === message).map((l) => l.fields);
}

describe('cluster transport: connections', () => {
  it('two members connect once, the first name dialing, and exchange messages in order both ways', async () => {
    const members = await membersOnFreePorts(2);
    const a = await start(members, 'member-1');
    const b = await start(members, 'member-2');
    const atA = inbox(a.transport);
    const atB = inbox(b.transport);
    for (let i = 0; i < 100; i++) {
      assert.equal(a.transport.send('member-2', 'test', text(`a${i}`)), 'queued');
      assert.equal(b.transport.send('member-1', 'test', text(`b${i}`)), 'queued');
    }
    await until(() => atA.length === 100 && atB.length === 100, 5000, 'messages');
    assert.deepEqual(
      atB.map((m) => m.text),
      Array.from({ length: 100 }, (_, i) => `a${i}`),
    );
    assert.deepEqual(
      atA.map((m) => m.text),
      Array.from({ length: 100 }, (_, i) => `b${i}`),
    );
    assert.ok(atA.every((m) => m.from === 'member-2'));
    assert.deepEqual(
      a.events
        .filter((e) => e.type === 'connected')
        .map((e) => e.type === 'connected' && e.direction),
      ['outbound'],
    );
    assert.deepEqual(
      b.events
        .filter((e) => e.type === 'connected')
        .map((e) => e.type === 'connected' && e.direction),
      ['inbound'],
    );
    assert.equal(a.transport.stats()[0]!.connects, 1);
    assert.equal(b.transport.stats()[0]!.connects, 1);
  });

  it('three members started in any order form every pair, and messages sent before a peer is up wait for it', async () => {
    const members = await membersOnFreePorts(3);
    const c = await start(members, 'member-3');
    const atC = inbox(c.transport);
    assert.equal(c.transport.send('member-1', 'test', text('early')), 'queued');
    const a = await start(members, 'member-1');
    const atA = inbox(a.transport);
    assert.equal(a.transport.send('member-2', 'test', text('to-2-before-start')), 'queued');
    await new Promise((r) => setTimeout(r, 150));
    const b = await start(members, 'member-2');
    const atB = inbox(b.transport);
    b.transport.send('member-3', 'test', text('b-to-c'));
    await until(() => atA.length === 1 && atB.length === 1 && atC.length === 1, 5000, 'messages');
    assert.deepEqual(atA, [{ from: 'member-3', text: 'early' }]);
    assert.deepEqual(atB, [{ from: 'member-1', text: 'to-2-before-start' }]);
    assert.deepEqual(atC, [{ from: 'member-2', text: 'b-to-c' }]);
    for (const t of [a, b, c]) {
      assert.ok(t.transport.stats().every((s) => s.state === 'connected' && s.connects === 1));
    }
  });

  it('a restarted peer is redialed; the new connection reports its new incarnation', async () => {
    const members = await membersOnFreePorts(2);
    const a = await start(members, 'member-1');
    const first = await start(members, 'member-2', { seed: 1 });
    await until(() => a.transport.peerState('member-2') === 'connected');
    const before = first.transport.incarnation;
    await first.transport.close();
    await until(() => a.transport.peerState('member-2') === 'disconnected');
    assert.equal(a.transport.send('member-2', 'test', text('while-down')), 'queued');
    await new Promise((r) => setTimeout(r, 200));
    const second = await start(members, 'member-2', { seed: 2 });
    const atB = inbox(second.transport);
    await until(() => atB.length === 1, 5000, 'the queued message');
    assert.deepEqual(atB, [{ from: 'member-1', text: 'while-down' }]);
    const connected = a.events.filter((e) => e.type === 'connected');
    assert.equal(connected.length, 2);
    assert.notEqual(before, second.transport.incarnation);
    const last = connected[1]!;
    assert.equal(last.type === 'connected' && last.incarnation, second.transport.incarnation);
    assert.ok(a.events.some((e) => e.type === 'disconnected' && e.member === 'member-2'));
    assert.equal(a.transport.stats()[0]!.connects, 2);
  });

  it('a peer that goes silent past the idle timeout is disconnected and redialed', async () => {
    const members = await membersOnFreePorts(2);
    const a = await start(members, 'member-1');
    // A fake member-2 that completes the handshake, then never sends again.
    const { server, sockets } = await fakeListener(members[1]!.port, (socket, frame) => {
      if (frame === 'hello') socket.write(welcome('member-2'));
    });
    try {
      await until(() => a.transport.peerState('member-2') === 'connected', 3000, 'connected');
      await until(
        () => a.events.some((e) => e.type === 'disconnected'),
        TEST_TRANSPORT_SETTINGS.idleTimeoutMs * 3,
        'the idle timeout',
      );
      const gone = a.events.find((e) => e.type === 'disconnected');
      assert.match(
        String(gone?.type === 'disconnected' && gone.error?.message),
        /nothing received/,
      );
      await until(() => sockets.length >= 2, 3000, 'a redial');
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    }
  });
});

describe('cluster transport: liveness and replacement', () => {
  it('heartbeats keep an idle connection open well past the idle timeout', async () => {
    const members = await membersOnFreePorts(2);
    const settings = { ...TEST_TRANSPORT_SETTINGS, heartbeatIntervalMs: 30, idleTimeoutMs: 150 };
    const a = await start(members, 'member-1', { settings });
    const b = await start(members, 'member-2', { settings });
    await until(() => a.transport.peerState('member-2') === 'connected');
    await new Promise((r) => setTimeout(r, 700));
    assert.equal(a.transport.stats()[0]!.connects, 1);
    assert.equal(b.transport.stats()[0]!.connects, 1);
    assert.ok(!a.events.some((e) => e.type === 'disconnected'));
    assert.ok(b.transport.stats()[0]!.framesReceived >= 5, 'heartbeat frames arrived');
  });

  it('a new handshake from a member replaces its older connection (a restart behind a half-open one)', async () => {
    const members = await membersOnFreePorts(2);
    const b = await start(members, 'member-2');
    const a = await start(members, 'member-1');
    await until(() => b.transport.peerState('member-1') === 'connected');
    // A raw socket says it is member-1 again, with another incarnation.
    const socket = connect({ host: '127.0.0.1', port: members[1]!.port }, () => {
      socket.write(
        encodeFrame({
          type: 'hello',
          cluster: 'test-cluster',
          from: 'member-1',
          to: 'member-2',
          protocolVersion: 1,
          minProtocolVersion: 1,
          incarnation: 4242,
        }),
      );
    });
    socket.on('data', () => undefined);
    socket.on('error', () => undefined);
    try {
      await until(
        () => b.events.some((e) => e.type === 'connected' && e.incarnation === 4242),
        3000,
        'the replacement',
      );
      await until(
        () => a.events.some((e) => e.type === 'disconnected'),
        3000,
        'the old one closed',
      );
      assert.ok(
        b.log.lines.some(
          (l) => l.message === 'cluster transport: a new connection replaces the old one',
        ),
      );
    } finally {
      socket.destroy();
    }
  });
});

describe('cluster transport: handshake refusals', () => {
  async function refusedBothWays(
    dialer: Awaited<ReturnType<typeof start>>,
    acceptor: Awaited<ReturnType<typeof start>>,
    reason: string,
  ): Promise<void> {
    const failed = (events: PeerEvent[]): HandshakeRefusedError | undefined => {
      for (const e of events) {
        if (e.type === 'connection-failed' && e.error instanceof HandshakeRefusedError)
          return e.error;
      }
      return undefined;
    };
    await until(
      () => failed(dialer.events) !== undefined && failed(acceptor.events) !== undefined,
      5000,
      'refusals',
    );
    const d = failed(dialer.events)!;
    const a = failed(acceptor.events)!;
    assert.equal(d.code, 'transport-handshake-refused');
    assert.equal(d.reason, reason);
    assert.equal(a.reason, reason);
    assert.deepEqual(
      [d.refusedBy, a.refusedBy].sort(),
      ['local', 'remote'],
      'one side refused, the other was told',
    );
    const dLines = [
      ...errorsLogged(dialer.log, 'cluster transport: handshake refused'),
      ...errorsLogged(dialer.log, 'cluster transport: handshake refused by the peer'),
    ];
    const aLines = [
      ...errorsLogged(acceptor.log, 'cluster transport: handshake refused'),
      ...errorsLogged(acceptor.log, 'cluster transport: handshake refused by the peer'),
    ];
    assert.equal(dLines.length, 1, 'the dialer logs one error line however often it retries');
    assert.equal(aLines.length, 1, 'the acceptor logs one error line');
    assert.equal(dLines[0]!['reason'], reason);
    assert.equal(aLines[0]!['reason'], reason);
    assert.equal(dialer.transport.stats()[0]!.connects, 0);
  }

  it('a member of another cluster is refused, logged on both sides', async () => {
    const members = await membersOnFreePorts(2);
    const b = await start(members, 'member-2', { cluster: 'blue' });
    const a = await start(members, 'member-1', { cluster: 'green' });
    await refusedBothWays(a, b, 'cluster-mismatch');
    assert.match(
      errorsLogged(b.log, 'cluster transport: handshake refused')[0]!['error'] as string,
      /member "member-1" belongs to cluster "green", member "member-2" to cluster "blue"/,
    );
  });

  it('a member not in cluster.members is refused, logged on both sides', async () => {
    const members = await membersOnFreePorts(3);
    // member-2 knows member-2 and member-3 only; member-1 believes it belongs.
    const b = await start([members[1]!, members[2]!], 'member-2');
    const a = await start([members[0]!, members[1]!], 'member-1');
    await refusedBothWays(a, b, 'unknown-member');
  });

  it('a member reached at another member’s address is refused, logged on both sides', async () => {
    const members = await membersOnFreePorts(3);
    // member-1 thinks member-2 listens where member-3 does.
    const c = await start(members, 'member-3');
    const wrong = [members[0]!, { ...members[1]!, port: members[2]!.port }, members[2]!];
    const a = await start(wrong, 'member-1', {
      listen: { host: '127.0.0.1', port: members[0]!.port },
    });
    await refusedBothWays(a, c, 'wrong-member');
  });

  it('an incompatible protocol version is refused, logged on both sides', async () => {
    const members = await membersOnFreePorts(2);
    const b = await start(members, 'member-2');
    const a = await start(members, 'member-1', { protocolVersion: 3, minProtocolVersion: 2 });
    await refusedBothWays(a, b, 'version-incompatible');
  });

  it('a later version that still talks to ours connects', async () => {
    const members = await membersOnFreePorts(2);
    const b = await start(members, 'member-2');
    const a = await start(members, 'member-1', { protocolVersion: 2, minProtocolVersion: 1 });
    await until(() => a.transport.peerState('member-2') === 'connected', 3000, 'connected');
    assert.equal(b.transport.peerState('member-1'), 'connected');
  });
});

describe('cluster transport: queues, backpressure and chunks', () => {
  it('a full queue answers queue-full, never holds more than its bound, and sendWhenReady waits for room', async () => {
    const members = await membersOnFreePorts(2);
    const settings = {
      ...TEST_TRANSPORT_SETTINGS,
      sendQueueBytesMax: 64 * 1024,
      messageBytesMax: 16 * 1024,
    };
    const a = await start(members, 'member-1', { settings });
    const payload = new Uint8Array(1000);
    let queued = 0;
    while (a.transport.send('member-2', 'test', payload) === 'queued') queued += 1;
    assert.ok(queued > 0 && queued < 64, `queued ${queued}`);
    const stats = a.transport.stats()[0]!;
    assert.ok(stats.queueBytes <= 64 * 1024, `${stats.queueBytes} bytes held`);
    assert.equal(stats.messagesRefused, 1);
    const lastPayload = new Uint8Array(1000);
    lastPayload.set(text('last'));
    let done = false;
    const waiting = a.transport.sendWhenReady('member-2', 'test', lastPayload).then(() => {
      done = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(done, false, 'waits while the peer is down');
    assert.equal(
      a.transport.send('member-2', 'test', text('x')),
      'queue-full',
      'no overtaking a waiter',
    );
    const b = await start(members, 'member-2', { settings });
    const atB = inbox(b.transport);
    await waiting;
    await until(() => atB.length === queued + 1, 5000, 'every message');
    assert.ok(atB.at(-1)!.text.startsWith('last'));
  });

  it('a connected peer that stops reading fills the queue to its bound, not memory', async () => {
    const members = await membersOnFreePorts(2);
    const settings = {
      ...TEST_TRANSPORT_SETTINGS,
      idleTimeoutMs: 30_000,
      sendQueueBytesMax: 256 * 1024,
      messageBytesMax: 64 * 1024,
    };
    // A fake member-2 that completes the handshake and then never reads again.
    const { server, sockets } = await fakeListener(members[1]!.port, (socket, frame) => {
      if (frame === 'hello') {
        socket.write(welcome('member-2'));
        socket.pause();
      }
    });
    try {
      const a = await start(members, 'member-1', { settings });
      await until(() => a.transport.peerState('member-2') === 'connected', 3000, 'connected');
      const payload = new Uint8Array(16 * 1024);
      let sent = 0;
      for (let round = 0; round < 200; round++) {
        while (a.transport.send('member-2', 'test', payload) === 'queued') sent += 1;
        await new Promise((r) => setImmediate(r));
      }
      const stats = a.transport.stats()[0]!;
      assert.ok(stats.queueBytes <= settings.sendQueueBytesMax, `${stats.queueBytes} queued`);
      assert.ok(stats.messagesRefused > 0, 'sends were refused');
      // What left the queue sits in the kernel's and the socket's buffers, which stop taking more.
      assert.ok(sent * payload.length < 64 * 1024 * 1024, `${sent} messages accepted`);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    }
  });

  it('sendWhenReady gives up when its signal aborts, and the queue is unchanged', async () => {
    const members = await membersOnFreePorts(2);
    const settings = { ...TEST_TRANSPORT_SETTINGS, sendQueueBytesMax: 4096, messageBytesMax: 4096 };
    const a = await start(members, 'member-1', { settings });
    while (a.transport.send('member-2', 'test', new Uint8Array(500)) === 'queued');
    const before = a.transport.stats()[0]!.queueBytes;
    const controller = new AbortController();
    const waiting = a.transport.sendWhenReady(
      'member-2',
      'test',
      new Uint8Array(500),
      controller.signal,
    );
    controller.abort(new Error('gave up'));
    await assert.rejects(waiting, /gave up/);
    assert.equal(a.transport.stats()[0]!.queueBytes, before);
    assert.equal(
      a.transport.send('member-2', 'test', new Uint8Array(0)),
      'queued',
      'no waiter left',
    );
  });

  it('sendWhenReady rejects with TransportClosedError when the transport closes', async () => {
    const members = await membersOnFreePorts(2);
    const settings = { ...TEST_TRANSPORT_SETTINGS, sendQueueBytesMax: 4096, messageBytesMax: 4096 };
    const a = await start(members, 'member-1', { settings });
    while (a.transport.send('member-2', 'test', new Uint8Array(500)) === 'queued');
    const waiting = a.transport.sendWhenReady('member-2', 'test', new Uint8Array(500));
    await a.transport.close();
    await assert.rejects(waiting, TransportClosedError);
    assert.throws(() => a.transport.send('member-2', 'test', text('x')), TransportClosedError);
  });

  it('refuses an unknown member and a message above message-bytes-max with typed errors', async () => {
    const members = await membersOnFreePorts(2);
    const a = await start(members, 'member-1');
    assert.throws(() => a.transport.send('member-9', 'test', text('x')), UnknownMemberError);
    assert.throws(() => a.transport.send('member-1', 'test', text('x')), UnknownMemberError);
    const big = new Uint8Array(TEST_TRANSPORT_SETTINGS.messageBytesMax + 1);
    assert.throws(() => a.transport.send('member-2', 'test', big), MessageTooLargeError);
  });

  it('a large message goes in chunks below the frame limit and small messages pass it meanwhile', async () => {
    const members = await membersOnFreePorts(2);
    const settings = {
      ...TEST_TRANSPORT_SETTINGS,
      frameBytesMax: 16 * 1024,
      chunkBytes: 8 * 1024,
      messageBytesMax: 8 * 1024 * 1024,
      sendQueueBytesMax: 16 * 1024 * 1024,
    };
    const a = await start(members, 'member-1', { settings });
    const b = await start(members, 'member-2', { settings });
    await until(() => a.transport.peerState('member-2') === 'connected');
    const order: string[] = [];
    let big: Uint8Array | undefined;
    b.transport.onMessage('snapshot', (_from, payload) => {
      big = payload;
      order.push('big');
    });
    b.transport.onMessage('small', (_from, payload) => order.push(Buffer.from(payload).toString()));
    const data = new Uint8Array(4 * 1024 * 1024);
    for (let i = 0; i < data.length; i++) data[i] = (i * 31 + 7) & 0xff;
    assert.equal(a.transport.send('member-2', 'snapshot', data), 'queued');
    for (let i = 0; i < 5; i++) a.transport.send('member-2', 'small', text(`s${i}`));
    await until(() => big !== undefined && order.length === 6, 10_000, 'the large message');
    assert.ok(Buffer.from(big!).equals(Buffer.from(data)), 'reassembled byte for byte');
    assert.deepEqual(
      order,
      ['s0', 's1', 's2', 's3', 's4', 'big'],
      'small messages are not stuck behind it',
    );
    const frames = b.transport.stats()[0]!.framesReceived;
    assert.ok(frames >= data.length / settings.chunkBytes, `${frames} frames`);
  });
});

describe('cluster transport: metrics', () => {
  it('per-peer bytes, frames, connects, refusals, queue bytes and state reach /metrics', async () => {
    const members = await membersOnFreePorts(3);
    const a = await start(members, 'member-1');
    const b = await start(members, 'member-2');
    const atB = inbox(b.transport);
    for (let i = 0; i < 10; i++) a.transport.send('member-2', 'test', new Uint8Array(100));
    a.transport.send('member-3', 'test', new Uint8Array(100));
    await until(() => atB.length === 10, 5000, 'messages');
    const metrics = new PrometheusMetrics({ processMetrics: false });
    metrics.watchTransport(() => a.transport.stats());
    const x = parseExposition(await metrics.scrape());
    const sent = a.transport.stats()[0]!;
    assert.equal(
      x.value('canopy_transport_sent_bytes_total', { peer: 'member-2' }),
      sent.bytesSent,
    );
    assert.ok(sent.bytesSent > 1000);
    assert.ok(x.value('canopy_transport_sent_frames_total', { peer: 'member-2' })! >= 11);
    assert.ok(x.value('canopy_transport_received_frames_total', { peer: 'member-2' })! >= 1);
    assert.ok(x.value('canopy_transport_received_bytes_total', { peer: 'member-2' })! > 0);
    assert.equal(x.value('canopy_transport_connects_total', { peer: 'member-2' }), 1);
    assert.equal(x.value('canopy_transport_connected', { peer: 'member-2' }), 1);
    assert.equal(x.value('canopy_transport_connected', { peer: 'member-3' }), 0);
    assert.equal(x.value('canopy_transport_queue_bytes', { peer: 'member-3' }), 164);
    assert.equal(x.value('canopy_transport_refused_messages_total', { peer: 'member-3' }), 0);
  });
});

describe('cluster transport: malformed input', () => {
  function raw(port: number, bytes: Uint8Array): Promise<void> {
    return new Promise((resolve) => {
      const socket = connect({ host: '127.0.0.1', port }, () => socket.write(bytes));
      socket.on('data', () => undefined);
      socket.on('error', () => resolve());
      socket.on('close', () => resolve());
    });
  }

  function lengthPrefix(length: number, body: Uint8Array = new Uint8Array(0)): Uint8Array {
    const out = new Uint8Array(4 + body.length);
    new DataView(out.buffer).setUint32(0, length, false);
    out.set(body, 4);
    return out;
  }

  const cases: [string, string, () => Uint8Array][] = [
    ['a zero length', 'frame-length', () => lengthPrefix(0)],
    ['a length above frame-bytes-max', 'frame-too-large', () => lengthPrefix(0x7fffffff)],
    ['a frame above 4 KiB before the handshake', 'frame-too-large', () => lengthPrefix(5000)],
    [
      'bytes that are not protobuf',
      'undecodable',
      () => lengthPrefix(3, new Uint8Array([0xff, 0xff, 0xff])),
    ],
    [
      'a message before the handshake',
      'unexpected-frame',
      () => encodeFrame({ type: 'message', subject: 'test', payload: text('hi') }),
    ],
    [
      'a frame of a kind this version does not know',
      'undecodable',
      () => lengthPrefix(2, new Uint8Array([0x3a, 0x00])),
    ],
  ];
  for (const [what, problem, bytes] of cases) {
    it(`${what} closes that connection with a typed error logged, and the member carries on`, async () => {
      const members = await membersOnFreePorts(2);
      const b = await start(members, 'member-2');
      await raw(members[1]!.port, bytes());
      const line = b.log.lines.find(
        (l) => l.message === 'cluster transport: protocol error, connection closed',
      );
      assert.ok(line !== undefined, 'logged');
      assert.equal(line.level, 'warn');
      assert.equal(line.fields['code'], 'transport-protocol');
      assert.equal(line.fields['problem'], problem);
      const a = await start(members, 'member-1');
      const atB = inbox(b.transport);
      a.transport.send('member-2', 'test', text('still fine'));
      await until(() => atB.length === 1, 5000, 'a good peer after the bad one');
    });
  }

  it('random bytes from a stranger never crash the member (property)', async () => {
    const members = await membersOnFreePorts(2);
    const b = await start(members, 'member-2');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 300 }), async (bytes) => {
        await rawQuick(members[1]!.port, bytes);
      }),
      { numRuns: 60, seed: 20261207 },
    );
    const a = await start(members, 'member-1');
    const atB = inbox(b.transport);
    a.transport.send('member-2', 'test', text('alive'));
    await until(() => atB.length === 1, 5000, 'a good peer after the fuzzing');
  });
});

/** Writes `bytes` and closes after a short while (the member may or may not have answered). */
function rawQuick(port: number, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.write(bytes);
      setTimeout(() => socket.destroy(), 20);
    });
    socket.on('data', () => undefined);
    socket.on('error', () => resolve());
    socket.on('close', () => resolve());
  });
}

function welcome(member: string): Uint8Array {
  return encodeFrame({
    type: 'welcome',
    cluster: 'test-cluster',
    member,
    protocolVersion: 1,
    minProtocolVersion: 1,
    incarnation: 42,
  });
}

/** A listener that plays a peer: `onFrame` sees the kind of the first frame of each connection. */
async function fakeListener(
  port: number,
  onFrame: (socket: Socket, frame: string) => void,
): Promise<{ server: import('node:net').Server; sockets: Socket[] }> {
  const { createServer } = await import('node:net');
  const { decodeFrameBody } = await import('../../src/wire/cluster-codec.js');
  const sockets: Socket[] = [];
  const server = createServer((socket) => {
    sockets.push(socket);
    let seen = false;
    socket.on('error', () => undefined);
    socket.on('data', (data: Buffer) => {
      if (seen) return;
      seen = true;
      onFrame(socket, decodeFrameBody(data.subarray(4)).type);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, sockets };
}

/**
 * Benchmarks of the member-to-member transport (src/cluster/transport.ts) over 127.0.0.1, never part
 * of npm test and never asserted. Family `transport`: `npm run bench -- --filter transport`
 * (CANOPY_BENCH_QUICK=1 for a smoke run).
 *
 * Two endpoints in this process (both ends share one event loop, as do the peers), each case against
 * a bare `node:net` peer measured in the same run doing the same work with the least code: frames of a
 * 4-byte length and the payload, no protobuf, no handshake, no queues.
 * - round trip: member-1 sends a 64-byte message, member-2's handler sends it back, one in flight;
 *   latency percentiles and round trips per second. Peer: a net echo of the same frames.
 * - one way: member-1 sends 64-byte messages as fast as the queue takes them (`send`, then
 *   `sendWhenReady` when full) until member-2 has received them all. Peer: net writes of one
 *   length-prefixed buffer per message, counted by the server.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { ClusterTransport } from '../../src/cluster/transport.js';
import { membersOnFreePorts, startTransport, until } from '../support/transport-cluster.js';
import { TRANSPORT_DEFAULTS } from '../../src/config/settings.js';
import type { Bench, BenchResult } from './bench-types.js';
import {
  DEFAULT_TIMING,
  nowMicros,
  percentile,
  throughput,
  type TimingOptions,
} from './bench-timing.js';

const timing: TimingOptions =
  process.env['CANOPY_BENCH_QUICK'] !== undefined
    ? { runMs: 200, warmupMs: 200, runs: 3 }
    : DEFAULT_TIMING;

const PAYLOAD_BYTES = 64;

/** Calls `onFrame` with each length-prefixed frame's body arriving on `socket`. */
function frames(socket: Socket, onFrame: (body: Buffer) => void): void {
  let pending: Buffer = Buffer.alloc(0);
  socket.on('data', (data: Buffer) => {
    pending = pending.length === 0 ? data : Buffer.concat([pending, data]);
    let at = 0;
    while (pending.length - at >= 4) {
      const length = pending.readUInt32BE(at);
      if (pending.length - at - 4 < length) break;
      onFrame(pending.subarray(at + 4, at + 4 + length));
      at += 4 + length;
    }
    pending = pending.subarray(at);
  });
}

function framed(body: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(4 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.set(body, 4);
  return out;
}

interface NetPair {
  readonly server: Server;
  readonly client: Socket;
  readonly serverSide: Promise<Socket>;
}

async function netPair(): Promise<NetPair> {
  let accept: (s: Socket) => void = () => undefined;
  const serverSide = new Promise<Socket>((resolve) => (accept = resolve));
  const server = createServer((s) => {
    s.setNoDelay(true);
    accept(s);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const client = connect({ host: '127.0.0.1', port });
  client.setNoDelay(true);
  await new Promise<void>((resolve) => client.once('connect', () => resolve()));
  return { server, client, serverSide };
}

async function closeNet(pair: NetPair): Promise<void> {
  pair.client.destroy();
  (await pair.serverSide).destroy();
  await new Promise((resolve) => pair.server.close(resolve));
}

async function transportPair(): Promise<{ a: ClusterTransport; b: ClusterTransport }> {
  const members = await membersOnFreePorts(2);
  const settings = { ...TRANSPORT_DEFAULTS, heartbeatIntervalMs: 1000, idleTimeoutMs: 30_000 };
  const a = (await startTransport(members, 'member-1', { settings })).transport;
  const b = (await startTransport(members, 'member-2', { settings })).transport;
  await until(() => a.peerState('member-2') === 'connected', 10_000, 'connected');
  return { a, b };
}

/** Round trips of `count`, one in flight, with `send` and a resolver; returns per-trip latencies. */
async function roundTrips(
  count: number,
  send: () => void,
  setReply: (fn: () => void) => void,
  samples: number[],
): Promise<void> {
  for (let i = 0; i < count; i++) {
    const start = nowMicros();
    await new Promise<void>((resolve) => {
      setReply(resolve);
      send();
    });
    samples.push(nowMicros() - start);
  }
}

async function roundTrip(): Promise<BenchResult> {
  const payload = new Uint8Array(PAYLOAD_BYTES).fill(7);
  const { a, b } = await transportPair();
  let reply: () => void = () => undefined;
  b.onMessage('echo', (from, p) => {
    b.send(from, 'echo', p);
  });
  a.onMessage('echo', () => reply());
  const ours: number[] = [];
  const oursRate = await throughput(
    (count) =>
      roundTrips(
        count,
        () => a.send('member-2', 'echo', payload),
        (fn) => (reply = fn),
        ours,
      ),
    timing,
  );
  await Promise.all([a.close(), b.close()]);

  const net = await netPair();
  const server = await net.serverSide;
  frames(server, (body) => server.write(framed(body)));
  let netReply: () => void = () => undefined;
  frames(net.client, () => netReply());
  const theirs: number[] = [];
  const theirRate = await throughput(
    (count) =>
      roundTrips(
        count,
        () => net.client.write(framed(payload)),
        (fn) => (netReply = fn),
        theirs,
      ),
    timing,
  );
  await closeNet(net);
  const p50 = percentile(ours, 50);
  const netP50 = percentile(theirs, 50);
  return {
    name: `round trip, ${PAYLOAD_BYTES}-byte message, 1 in flight`,
    opsPerSec: oursRate.opsPerSec,
    p50Micros: p50,
    p99Micros: percentile(ours, 99),
    floorP50Micros: netP50,
    floorP99Micros: percentile(theirs, 99),
    floorRatio: p50 / netP50,
    floor: `bare node:net echo of length-prefixed frames (${theirRate.opsPerSec.toFixed(0)} trips/s)`,
    runs: oursRate.runs,
    opsPerRun: oursRate.opsPerRun,
    spread: oursRate.spread,
  };
}

/** Counts arrivals; `after(n)` resolves once n more have arrived. */
function counter(): { bump: () => void; after: (n: number) => Promise<void> } {
  let seen = 0;
  let target = Infinity;
  let wake: () => void = () => undefined;
  return {
    bump: () => {
      seen += 1;
      if (seen >= target) {
        target = Infinity;
        wake();
      }
    },
    after: (n) =>
      new Promise<void>((resolve) => {
        target = seen + n;
        wake = resolve;
      }),
  };
}

async function oneWay(): Promise<BenchResult> {
  const payload = new Uint8Array(PAYLOAD_BYTES).fill(9);
  const { a, b } = await transportPair();
  const counted = counter();
  b.onMessage('load', counted.bump);
  const ours = await throughput(async (count) => {
    const done = counted.after(count);
    for (let i = 0; i < count; i++) {
      if (a.send('member-2', 'load', payload) === 'queue-full') {
        await a.sendWhenReady('member-2', 'load', payload);
      }
    }
    await done;
  }, timing);
  await Promise.all([a.close(), b.close()]);

  const net = await netPair();
  const server = await net.serverSide;
  const netCounted = counter();
  frames(server, netCounted.bump);
  const theirs = await throughput(async (count) => {
    const done = netCounted.after(count);
    for (let i = 0; i < count; i++) {
      if (!net.client.write(framed(payload))) {
        await new Promise((resolve) => net.client.once('drain', resolve));
      }
    }
    await done;
  }, timing);
  await closeNet(net);
  return {
    name: `one way, ${PAYLOAD_BYTES}-byte messages, pipelined`,
    opsPerSec: ours.opsPerSec,
    floorOpsPerSec: theirs.opsPerSec,
    floorRatio: theirs.opsPerSec / ours.opsPerSec,
    floor: 'bare node:net writes of length-prefixed frames, counted by the server',
    runs: ours.runs,
    opsPerRun: ours.opsPerRun,
    spread: ours.spread,
    note: `${((ours.opsPerSec * PAYLOAD_BYTES) / 1e6).toFixed(1)} MB/s of payload`,
  };
}

export const benches: Bench[] = [
  {
    name: 'transport',
    async run(selected) {
      const out: BenchResult[] = [];
      if (selected('round trip')) out.push(await roundTrip());
      if (selected('one way')) out.push(await oneWay());
      return out;
    },
  },
];

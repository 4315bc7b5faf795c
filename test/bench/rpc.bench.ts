/**
 * Benchmarks of remote RPC (src/rpc/remote-rpc.ts) over the member-to-member transport on 127.0.0.1,
 * never part of npm test and never asserted. Family `rpc`: `npm run bench -- --filter rpc`
 * (CANOPY_BENCH_QUICK=1 for a smoke run).
 *
 * Two members in this process (both ends share one event loop), each a ClusterTransport, a
 * ClusterService, a RouteRegistry and RemoteRpc around an RpcService on the rtest schema; member-1
 * implements `rtest:echo`. One call in flight; latency percentiles and calls per second.
 * - remote call: member-2 invokes rtest:echo (input checked on both ends, output on both ends, JSON
 *   and protobuf both ways). Floor, in the same run over the same transports: a bare request/response
 *   of the same JSON bytes under another subject, the handler sending them straight back.
 * - local call: member-1 invokes its own implementation (input and output checked once). Floor: the
 *   same bare round trip, to show what the network costs.
 */
import { ClusterService } from '../../src/cluster/cluster-service.js';
import type { ClusterTransport } from '../../src/cluster/transport.js';
import { MEMBERSHIP_DEFAULTS, TRANSPORT_DEFAULTS } from '../../src/config/settings.js';
import { NotificationService } from '../../src/rpc/notification-service.js';
import { RemoteRpc } from '../../src/rpc/remote-rpc.js';
import { RouteRegistry } from '../../src/rpc/route-registry.js';
import { RpcService } from '../../src/rpc/rpc-service.js';
import { SeededRng } from '../../src/util/rng.js';
import { membersOnFreePorts, startTransport, until } from '../support/transport-cluster.js';
import { operationsSchema } from '../unit/rpc/operations-schema.js';
import type { Bench, BenchResult } from './bench-types.js';
import {
  DEFAULT_TIMING,
  nowMicros,
  percentile,
  throughput,
  type Throughput,
  type TimingOptions,
} from './bench-timing.js';

const timing: TimingOptions =
  process.env['CANOPY_BENCH_QUICK'] !== undefined
    ? { runMs: 200, warmupMs: 200, runs: 3 }
    : DEFAULT_TIMING;

const INPUT = { message: 'hello, toaster', times: 2 };

interface BenchMember {
  readonly transport: ClusterTransport;
  readonly service: ClusterService;
  readonly rpc: RpcService;
  readonly registry: RouteRegistry;
  readonly remote: RemoteRpc;
}

interface Pair {
  readonly a: BenchMember;
  readonly b: BenchMember;
  close(): Promise<void>;
}

interface Measured {
  readonly rate: Throughput;
  readonly samples: number[];
}

async function twoMembers(): Promise<Pair> {
  const schema = operationsSchema();
  const members = await membersOnFreePorts(2);
  const settings = { ...TRANSPORT_DEFAULTS, heartbeatIntervalMs: 1000, idleTimeoutMs: 30_000 };
  const started: BenchMember[] = [];
  for (const m of members) {
    const { transport } = await startTransport(members, m.name, { settings });
    const service = ClusterService.start({
      transport,
      members: members.map((x) => x.name),
      settings: MEMBERSHIP_DEFAULTS,
    });
    const rpc = new RpcService({ schema, memberName: m.name });
    const notifications = new NotificationService({ schema });
    const registry = new RouteRegistry({
      transport,
      membership: service,
      settings: { gossipIntervalMs: 50, downMemberExpiryMs: 10_000, requestTimeoutMs: 30_000 },
      incarnations: { load: () => 0, save: () => undefined },
      rng: new SeededRng(m.port),
    });
    const remote = new RemoteRpc({
      transport,
      membership: service,
      registry,
      rpc,
      notifications,
      requestTimeoutMs: 30_000,
    });
    started.push({ transport, service, rpc, registry, remote });
  }
  const [a, b] = started as [BenchMember, BenchMember];
  a.rpc.registerRpcImplementation('rtest:echo', (input) =>
    Promise.resolve({
      echoed: Array.from(
        { length: Number(input['times']) },
        (_, i) => `${input['message'] as string} ${i}`,
      ),
    }),
  );
  await until(() => b.registry.lookup('rtest:echo').includes('member-1'), 10_000, 'route');
  await until(() => b.service.state('member-1') === 'up', 10_000, 'member-1 up');
  const close = async (): Promise<void> => {
    for (const m of started) {
      m.remote.close();
      m.registry.close();
      await m.service.close();
      await m.transport.close();
    }
  };
  return { a, b, close };
}

/** Measures `call` one at a time; returns the rate and every latency sample. */
async function measure(call: () => Promise<unknown>): Promise<Measured> {
  const samples: number[] = [];
  const rate = await throughput(async (count) => {
    for (let i = 0; i < count; i++) {
      const start = nowMicros();
      await call();
      samples.push(nowMicros() - start);
    }
  }, timing);
  return { rate, samples };
}

async function bareRoundTrips(m: Pair): Promise<Measured> {
  const payload = new TextEncoder().encode(JSON.stringify(INPUT));
  m.a.transport.onMessage('bench-echo', (from, p) => {
    m.a.transport.send(from, 'bench-echo', p);
  });
  let reply: () => void = () => undefined;
  m.b.transport.onMessage('bench-echo', () => reply());
  return measure(
    () =>
      new Promise<void>((resolve) => {
        reply = resolve;
        m.b.transport.send('member-1', 'bench-echo', payload);
      }),
  );
}

function result(name: string, ours: Measured, floor: Measured, what: string): BenchResult {
  const p50 = percentile(ours.samples, 50);
  const floorP50 = percentile(floor.samples, 50);
  return {
    name,
    opsPerSec: ours.rate.opsPerSec,
    p50Micros: p50,
    p99Micros: percentile(ours.samples, 99),
    floorP50Micros: floorP50,
    floorP99Micros: percentile(floor.samples, 99),
    floorRatio: p50 / floorP50,
    floor: `${what} (${floor.rate.opsPerSec.toFixed(0)} trips/s)`,
    runs: ours.rate.runs,
    opsPerRun: ours.rate.opsPerRun,
    spread: ours.rate.spread,
  };
}

export const benches: Bench[] = [
  {
    name: 'rpc',
    async run(selected) {
      const out: BenchResult[] = [];
      const m = await twoMembers();
      try {
        const bare = await bareRoundTrips(m);
        const floor = 'bare request/response of the same JSON bytes over the same transport';
        if (selected('remote call')) {
          const remote = await measure(() => m.b.rpc.invokeRpc('rtest:echo', INPUT));
          out.push(result('remote call (rtest:echo), 1 in flight', remote, bare, floor));
        }
        if (selected('local call')) {
          const local = await measure(() => m.a.rpc.invokeRpc('rtest:echo', INPUT));
          out.push(result('local call (rtest:echo), 1 in flight', local, bare, floor));
        }
      } finally {
        await m.close();
      }
      return out;
    },
  },
];

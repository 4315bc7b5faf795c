/**
 * What a linearizable read costs a member that holds no replica of the shard: the leader's whole
 * committed tree is shipped (remote-replica.ts). Family `remote-read`: `npm run bench -- --filter
 * remote-read` (CANOPY_BENCH_QUICK=1 for a smoke run). Never part of npm test, never asserted.
 *
 * Two real ClusterTransports on 127.0.0.1 in this process, each with a ShardService
 * (src/cluster/shard-service.ts): member-2 serves a replica whose read answers a fixed snapshot of a
 * registry list with N entries (the server code, the codec, encodeTree, the transport, decodeTree at
 * member-1: everything a shipped read does except the ReadIndex round, which the follower read pays
 * too). One read in flight; latency percentiles and reads per second. Floor, in the same run: the
 * same round trip answering `ok` (a canCommit), i.e. what the read would cost without the tree.
 */
import { ShardService } from '../../src/cluster/shard-service.js';
import type { ClusterTransport } from '../../src/cluster/transport.js';
import { realTimers } from '../../src/runtime/timers.js';
import { DataTree } from '../../src/tree/data-tree.js';
import type { DataTreeSnapshot } from '../../src/tree/modification.js';
import type { RemoteReplica } from '../../src/txn/remote-replica.js';
import type { ServedReplica } from '../../src/txn/shard-service.js';
import { loadTestSchema } from '../support/store-schema.js';
import { membersOnFreePorts, startTransport, until } from '../support/transport-cluster.js';
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

const REPLICA = 'member-2-shard-default-config';

function served(snapshot: DataTreeSnapshot): ServedReplica {
  const ok = (): Promise<void> => Promise.resolve();
  return {
    down: false,
    submit: ok,
    canCommit: ok,
    preCommit: ok,
    commit: ok,
    abort: ok,
    closeChain: () => undefined,
    read: () => Promise.resolve(snapshot),
  };
}

async function measure(
  name: string,
  work: () => Promise<unknown>,
  floor: () => Promise<unknown>,
): Promise<BenchResult> {
  const samples: number[] = [];
  const floorSamples: number[] = [];
  const ours = await throughput(async (count) => {
    for (let i = 0; i < count; i++) {
      const start = nowMicros();
      await work();
      samples.push(nowMicros() - start);
    }
  }, timing);
  const theirs = await throughput(async (count) => {
    for (let i = 0; i < count; i++) {
      const start = nowMicros();
      await floor();
      floorSamples.push(nowMicros() - start);
    }
  }, timing);
  const p50 = percentile(samples, 50);
  const floorP50 = percentile(floorSamples, 50);
  return {
    name,
    opsPerSec: ours.opsPerSec,
    p50Micros: p50,
    p99Micros: percentile(samples, 99),
    floorOpsPerSec: theirs.opsPerSec,
    floorP50Micros: floorP50,
    floorP99Micros: percentile(floorSamples, 99),
    floorRatio: p50 / floorP50,
    floor: 'the same round trip answering ok (no tree)',
    runs: ours.runs,
    opsPerRun: ours.opsPerRun,
    spread: ours.spread,
  };
}

export const benches: Bench[] = [
  {
    name: 'remote-read',
    async run(selected): Promise<BenchResult[]> {
      const schema = await loadTestSchema();
      const members = await membersOnFreePorts(2);
      const transports: ClusterTransport[] = [];
      const services: ShardService[] = [];
      const results: BenchResult[] = [];
      try {
        for (const m of members) transports.push((await startTransport(members, m.name)).transport);
        await until(() => transports[0]!.peerState('member-2') === 'connected', 5000);
        const tree = new DataTree(schema, { treeType: 'config' });
        let snapshot = tree.takeSnapshot();
        const lookup = (id: string): ReturnType<typeof served> | undefined =>
          id === REPLICA ? served(snapshot) : undefined;
        for (const t of transports) {
          services.push(
            ShardService.start({
              transport: t,
              timers: realTimers,
              abandonAfterMs: 60_000,
              lookup: (id) => {
                const replica = lookup(id);
                return replica === undefined ? undefined : { replica, schema, treeType: 'config' };
              },
            }),
          );
        }
        const replica: RemoteReplica = services[0]!.remote.replica(
          'member-2',
          REPLICA,
          'default',
          new DataTree(schema, { treeType: 'config' }),
        );
        for (const entries of [10, 1000, 10_000]) {
          const name = `linearizable read shipping ${entries} entries`;
          if (!selected(name)) continue;
          const mod = tree.takeSnapshot().newModification();
          mod.write(
            '/conformance:registry',
            Array.from({ length: entries }, (_, i) => ({ id: `k${i}`, value: `value-${i}` })),
          );
          mod.ready();
          tree.validate(mod);
          tree.commit(tree.prepare(mod));
          snapshot = tree.snapshotOf(tree.root, entries);
          results.push(
            await measure(
              name,
              () => replica.read('linearizable'),
              () => replica.canCommit('tx'),
            ),
          );
        }
      } finally {
        for (const s of services) s.close();
        for (const t of transports) await t.close();
      }
      return results;
    },
  },
];

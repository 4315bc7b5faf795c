/**
 * The child process of the crash-safety test: starts a member's datastores in-process exactly as
 * `canopy start` does (loadMemberConfig + startBackend of src/cli), reads back and prints what it
 * recovered, then commits as fast as it can with the writers of proc-crash-check.ts, printing each
 * commit only after its commit promise resolved (so every `ack` line is a commit the datastore
 * acknowledged as durable). The parent kills it with SIGKILL at chosen moments.
 *
 *   node proc-crash-writer.js --conf DIR --data-dir DIR [--set KEY=VALUE ...] [--accept-lost-synced-tail]
 *
 * Standard output, one line each: `backend NAME`; `state JSON` (a CrashState); `snapshots JSON`
 * (the snapshot index each persistent shard replica recovered, by replica id); `ready`; `ack WRITER N`;
 * `snapshot REPLICA INDEX` each time a shard's snapshot is durable (the shard logged `snapshot saved`;
 * the compaction of the entries it covers follows in the background); and `refused MESSAGE` (exit 4)
 * when the datastores refuse to start (a damaged journal). Warnings and errors the datastores log go to
 * stderr. SIGTERM closes the datastores cleanly and exits 0. Any other failure is printed on stderr and
 * exits 1: a commit that fails is a finding, since nothing here conflicts.
 */
import { parseArgs } from 'node:util';
import { DataBroker } from '../../src/api/data-broker.js';
import { loadMemberConfig } from '../../src/cli/member-process.js';
import { startBackend, type MemberBackend } from '../../src/cli/member-backend.js';
import type { Logger } from '../../src/runtime/logger.js';
import type { JsonValue } from '../../src/yang/schema.js';
import {
  CRASH_TOPOLOGY,
  MULTI_WRITERS,
  SINGLE_WRITERS,
  TOASTER_WRITER,
  TOPOLOGY_WRITERS,
  type CrashState,
} from './proc-crash-check.js';

const NODES = '/opendaylight-inventory:nodes';
const TOPOLOGY = `/network-topology:network-topology/topology=${CRASH_TOPOLOGY}`;

function out(line: string): void {
  process.stdout.write(`${line}\n`);
}

type Obj = Record<string, JsonValue>;

/**
 * The datastores' logger: reports each durable shard snapshot on stdout (the parent counts them and
 * checks that a restart recovers at least the newest one), warnings and errors on stderr, drops the rest.
 */
function reportingLogger(base: Record<string, unknown> = {}): Logger {
  const loud =
    (level: string) =>
    (fields: Record<string, unknown>, message: string): void => {
      process.stderr.write(`${JSON.stringify({ level, ...base, ...fields, message })}\n`);
    };
  return {
    debug: () => undefined,
    info: (fields, message) => {
      const all = { ...base, ...fields };
      if (message === 'snapshot saved') out(`snapshot ${String(all.shard)} ${String(all.index)}`);
    },
    warn: loud('warn'),
    error: loud('error'),
    child: (fields) => reportingLogger({ ...base, ...fields }),
  };
}

/** A leaf as text: strings as they are, anything else (a bug to report) as JSON. */
function str(v: JsonValue | undefined): string {
  return typeof v === 'string' ? v : JSON.stringify(v ?? null);
}

function asArray(v: JsonValue | undefined): Obj[] {
  return Array.isArray(v) ? (v as Obj[]) : [];
}

/** Reads the config datastore and reduces it to a CrashState. */
async function readState(broker: DataBroker): Promise<CrashState> {
  const tx = broker.newReadOnlyTransaction();
  try {
    const nodes = (await tx.read('config', NODES)) as Obj | undefined;
    const topology = (await tx.read('config', TOPOLOGY)) as Obj | undefined;
    const toaster = (await tx.read('config', '/toaster:toaster')) as Obj | undefined;
    const inventory: Record<string, { description?: string; connectors: Record<string, string> }> =
      {};
    for (const node of asArray(nodes?.node)) {
      const connectors: Record<string, string> = {};
      for (const c of asArray(node['node-connector'])) connectors[str(c.id)] = str(c.name);
      inventory[str(node.id)] = {
        ...(node.description === undefined ? {} : { description: str(node.description) }),
        connectors,
      };
    }
    const topo: Record<string, string[]> = {};
    for (const node of asArray(topology?.node)) {
      topo[str(node['node-id'])] = asArray(node['termination-point'])
        .map((tp) => str(tp['tp-id']))
        .sort();
    }
    const darkness = toaster?.darknessFactor;
    return {
      inventory,
      topology: topo,
      darkness: typeof darkness === 'number' ? darkness : undefined,
    };
  } finally {
    tx.close();
  }
}

/** One commit of writer `w` with counter `n` (see proc-crash-check.ts). */
function commitOnce(broker: DataBroker, w: string, n: number): Promise<void> {
  const tx = broker.newReadWriteTransaction();
  const v = String(n);
  if ((SINGLE_WRITERS as readonly string[]).includes(w)) {
    tx.write('config', `${NODES}/node=${w}`, {
      id: w,
      description: v,
      'node-connector': [1, 2, 3].map((c) => ({ id: `${w}-c${c}`, name: v })),
    });
  } else if ((TOPOLOGY_WRITERS as readonly string[]).includes(w)) {
    tx.write('config', `${TOPOLOGY}/node=${w}`, {
      'node-id': w,
      'termination-point': [{ 'tp-id': `${v}-a` }, { 'tp-id': `${v}-b` }],
    });
  } else {
    tx.write('config', `${NODES}/node=${w}`, { id: w, description: v });
    tx.write('config', `${TOPOLOGY}/node=${w}`, {
      'node-id': w,
      'termination-point': [{ 'tp-id': v }],
    });
    if (w === TOASTER_WRITER) tx.merge('config', '/toaster:toaster', { darknessFactor: n });
  }
  return tx.commit();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      conf: { type: 'string' },
      'data-dir': { type: 'string' },
      set: { type: 'string', multiple: true },
      'accept-lost-synced-tail': { type: 'boolean' },
    },
    strict: true,
  });
  const { config, schema } = await loadMemberConfig({
    flags: { conf: values.conf, dataDir: values['data-dir'], set: values.set },
  });
  let backend: MemberBackend;
  try {
    backend = await startBackend({
      config,
      schema,
      logger: reportingLogger(),
      acceptLostSyncedTail: values['accept-lost-synced-tail'] === true,
    });
  } catch (e) {
    out(`refused ${(e as Error).message.replace(/\n/g, ' | ')}`);
    process.exit(4);
  }
  out(`backend ${backend.status().backend}`);
  const snapshots = Object.fromEntries(
    backend
      .status()
      .shards.filter((s) => s.persistent)
      .map((s) => [s.id, s.snapshotIndex]),
  );
  out(`snapshots ${JSON.stringify(snapshots)}`);
  const broker = backend.broker;
  let stopping = false;
  process.once('SIGTERM', () => {
    stopping = true;
    void backend.close().then(() => process.exit(0));
  });
  const state = await readState(broker);
  out(`state ${JSON.stringify(state)}`);
  const setup = broker.newReadWriteTransaction();
  setup.merge('config', TOPOLOGY, { 'topology-id': CRASH_TOPOLOGY });
  await setup.commit();
  out('ready');
  const start = (w: string): number => {
    const inv = state.inventory[w]?.description;
    const tps = state.topology[w];
    const fromTopology = tps?.[0] === undefined ? 0 : Number.parseInt(tps[0], 10);
    return Math.max(inv === undefined ? 0 : Number(inv), fromTopology || 0) + 1;
  };
  const writers = [...SINGLE_WRITERS, ...TOPOLOGY_WRITERS, ...MULTI_WRITERS];
  await Promise.all(
    writers.map(async (w) => {
      for (let n = start(w); !stopping; n++) {
        try {
          await commitOnce(broker, w, n);
        } catch (e) {
          // After SIGTERM the store closes under the writers: their last commits may fail.
          if (stopping) return;
          throw e;
        }
        out(`ack ${w} ${n}`);
      }
    }),
  );
}

main().catch((e: unknown) => {
  process.stderr.write(
    `crash writer failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  process.exit(1);
});

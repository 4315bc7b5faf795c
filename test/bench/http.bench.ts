/**
 * Benchmarks of the RESTCONF server (src/http), never part of npm test and never asserted. Family
 * `restconf`: `npm run bench -- --filter restconf` (CANOPY_BENCH_QUICK=1 for a smoke run); family
 * `restconf-body` (at the end) times request body parsing alone.
 *
 * Method: the servers run in this process; the load comes from a child process (this module forked
 * with CANOPY_HTTP_BENCH_CLIENT=1) running HTTP_CLIENTS keep-alive clients on node:http, each awaiting
 * its own response before sending the next request. The client is node:http rather than fetch because
 * fetch costs the client process several times the server's CPU per request, which made the client the
 * bottleneck of earlier figures. Every case is measured against three servers in turn, over the same
 * client and on an ephemeral port each:
 *
 * - ours: the RESTCONF server (createRestconfServer) over the backend's DataBroker;
 * - bare: a node:http handler doing the same datastore work without RESTCONF (the same transaction,
 *   read or rpc call; no routing, media types, ETag or error mapping): what the HTTP stack costs is
 *   ours minus bare;
 * - floor: a node:http server answering with canned responses (it parses the body and nothing more);
 * - observed: ours again with what `canopy start` turns on to show what it does: Prometheus metrics
 *   (PrometheusMetrics, also recording the persistent member's shards and journal) and the access log
 *   (one JSON line per request, written synchronously to /dev/null), so observed minus ours is what
 *   they cost per request.
 *
 * Backends: the in-memory DataBroker (two InMemoryDataStores, isolating the HTTP path) and a
 * persistent member (`startMember`: distributed datastores, one LevelDB journal synced per group
 * commit, in a temporary data dir). Cases: PUT of a list entry (each client its own entry, so 201
 * once, then 204), GET of a leaf of that entry (content=all, so both datastores are read), POST of an
 * rpc with input (an implementation that returns nothing: 204; in-memory backend only, an rpc does not
 * touch the datastore).
 *
 * Besides throughput and latency, the note gives the server process's CPU time per request (user +
 * system over every request of the measurement, warm-up included), which a shared, noisy machine
 * disturbs much less than throughput. For the persistent member it includes LevelDB's threads, and
 * the note adds commits per fsync: a persistent PUT is bound by the journal's fsync latency, not by
 * HTTP.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { openSync, writeSync } from 'node:fs';
import {
  Agent,
  createServer,
  request,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataBroker, InMemoryDataStore, startMember } from '../../src/index.js';
import { loadMemberConfig } from '../../src/cli/member-process.js';
import { parseJsonBody } from '../../src/http/json-body.js';
import { createRestconfServer } from '../../src/http/restconf-server.js';
import { createLogger, silentLogger } from '../../src/runtime/logger.js';
import { PrometheusMetrics } from '../../src/runtime/metrics.js';
import { loadSchema } from '../../src/yang/load-schema.js';
import { RpcService } from '../../src/rpc/rpc-service.js';
import type { JsonValue, SchemaContext } from '../../src/yang/schema.js';
import { removeDir, shippedConfDir, tempDir } from '../support/proc-member.js';
import type { Bench, BenchResult } from './bench-types.js';
import {
  DEFAULT_TIMING,
  nowMicros,
  percentile,
  throughput,
  type Throughput,
  type TimingOptions,
} from './bench-timing.js';

const QUICK = process.env['CANOPY_BENCH_QUICK'] !== undefined;
const timing: TimingOptions = QUICK ? { runMs: 300, warmupMs: 300, runs: 3 } : DEFAULT_TIMING;
const HTTP_CLIENTS = 16;
const CLIENT_ENV = 'CANOPY_HTTP_BENCH_CLIENT';
const DATA = '/rests/data';
const NODES = '/opendaylight-inventory:nodes';
const RPC = 'toaster:restock-toaster';

type Op = 'put-entry' | 'get-leaf' | 'post-rpc';

/** What the client process is asked to do: `rounds` requests on each of `clients` connections. */
interface RunRequest {
  readonly type: 'run';
  readonly url: string;
  readonly op: Op;
  readonly clients: number;
  readonly rounds: number;
}

type ClientReply =
  | { readonly type: 'done'; readonly micros: readonly number[] }
  | { readonly type: 'failed'; readonly message: string };

interface RequestSpec {
  readonly method: 'PUT' | 'GET' | 'POST';
  readonly path: string;
  readonly body?: string | undefined;
}

/** Request `n` of client `c`: every client PUTs and GETs its own list entry `h<c>`. */
function requestFor(op: Op, c: number, n: number): RequestSpec {
  const entry = `${DATA}${NODES}/node=h${c}`;
  switch (op) {
    case 'put-entry':
      return {
        method: 'PUT',
        path: entry,
        body: JSON.stringify({
          'opendaylight-inventory:node': [{ id: `h${c}`, description: String(n) }],
        }),
      };
    case 'get-leaf':
      return { method: 'GET', path: `${entry}/description` };
    case 'post-rpc':
      return {
        method: 'POST',
        path: `/rests/operations/${RPC}`,
        body: JSON.stringify({ 'toaster:input': { amountOfBreadToStock: (n % 100) + 1 } }),
      };
  }
}

// --- the client process ---------------------------------------------------------------------------

/** One request on `agent`; resolves with the status once the whole response has arrived. */
function send(agent: Agent, target: URL, spec: RequestSpec): Promise<number> {
  const headers: Record<string, string> = { Accept: 'application/yang-data+json' };
  if (spec.body !== undefined) {
    headers['Content-Type'] = 'application/yang-data+json';
    headers['Content-Length'] = String(Buffer.byteLength(spec.body));
  }
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        method: spec.method,
        path: spec.path,
        headers,
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          resolve(res.statusCode ?? 0);
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(spec.body);
  });
}

/** The client process: runs what the parent asks, answers with every request's latency. */
function runClientProcess(): void {
  const agents = new Map<string, Agent>();
  const next = new Map<string, number>();
  const run = async (m: RunRequest): Promise<number[]> => {
    let agent = agents.get(m.url);
    if (agent === undefined) {
      agent = new Agent({ keepAlive: true, maxSockets: m.clients });
      agents.set(m.url, agent);
    }
    const target = new URL(m.url);
    const micros: number[] = [];
    await Promise.all(
      Array.from({ length: m.clients }, async (_, c) => {
        const key = `${m.op} ${c}`;
        for (let i = 0; i < m.rounds; i++) {
          const n = next.get(key) ?? 0;
          next.set(key, n + 1);
          const spec = requestFor(m.op, c, n);
          const start = nowMicros();
          const status = await send(agent, target, spec);
          if (status >= 300) throw new Error(`${spec.method} ${spec.path}: status ${status}`);
          micros.push(nowMicros() - start);
        }
      }),
    );
    return micros;
  };
  process.on('message', (m: RunRequest) => {
    run(m).then(
      (micros) => process.send?.({ type: 'done', micros } satisfies ClientReply),
      (e: unknown) => process.send?.({ type: 'failed', message: String(e) } satisfies ClientReply),
    );
  });
  process.on('disconnect', () => {
    for (const agent of agents.values()) agent.destroy();
    process.exit(0);
  });
}

if (process.env[CLIENT_ENV] === '1') runClientProcess();

/** The parent's handle on the client process. */
class LoadClient {
  private readonly child: ChildProcess;
  private pending: ((reply: ClientReply) => void) | undefined;

  private constructor(child: ChildProcess) {
    this.child = child;
    child.on('message', (reply: ClientReply) => {
      const pending = this.pending;
      this.pending = undefined;
      pending?.(reply);
    });
    child.on('exit', (code) => {
      this.pending?.({ type: 'failed', message: `the client process exited (${String(code)})` });
      this.pending = undefined;
    });
  }

  static start(): LoadClient {
    const child = fork(fileURLToPath(import.meta.url), [], {
      env: { ...process.env, [CLIENT_ENV]: '1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new LoadClient(child);
  }

  /** `rounds` requests per client, all clients at once; every request's latency in µs. */
  run(url: string, op: Op, rounds: number): Promise<readonly number[]> {
    const message: RunRequest = { type: 'run', url, op, clients: HTTP_CLIENTS, rounds };
    return new Promise((resolve, reject) => {
      this.pending = (reply) => {
        if (reply.type === 'done') resolve(reply.micros);
        else reject(new Error(`restconf bench client: ${reply.message}`));
      };
      this.child.send(message);
    });
  }

  close(): void {
    this.child.disconnect();
  }
}

// --- servers ------------------------------------------------------------------------------------

/** A backend: the broker the servers share, and its journal's fsync count when it has one. */
type BackendLabel = 'in-memory broker' | 'persistent member';

interface Backend {
  readonly label: BackendLabel;
  readonly schema: SchemaContext;
  readonly broker: DataBroker;
  /** The metrics the observed server records into (the member's, for the persistent backend). */
  readonly metrics: PrometheusMetrics;
  syncs(): number | undefined;
  close(): Promise<void>;
}

async function inMemoryBackend(): Promise<Backend> {
  const schema = await loadSchema(join(shippedConfDir(), 'yang'));
  const config = new InMemoryDataStore({ schema, treeType: 'config' });
  const operational = new InMemoryDataStore({ schema });
  return {
    label: 'in-memory broker',
    schema,
    broker: new DataBroker({ config, operational }),
    metrics: new PrometheusMetrics(),
    syncs: () => undefined,
    close: async () => {
      await config.close();
      await operational.close();
    },
  };
}

async function persistentBackend(): Promise<Backend> {
  const dir = tempDir('bench-restconf');
  const { config, schema } = await loadMemberConfig({
    flags: { conf: shippedConfDir(), dataDir: join(dir, 'data'), set: [] },
  });
  // As `canopy start` runs it: its shards and journal record metrics (for every server below; the
  // HTTP metrics and the access log are the observed server's only).
  const metrics = new PrometheusMetrics();
  const member = await startMember({ config, schema, logger: silentLogger(), metrics });
  metrics.watchStatus(() => {
    const status = member.status();
    return {
      shards: status.datastores.flatMap((d) =>
        d.shards.map((s) => ({ ...s, datastore: d.datastore })),
      ),
      journal: status.journal,
    };
  });
  return {
    label: 'persistent member',
    schema,
    broker: member.broker,
    metrics,
    syncs: () => member.status().journal?.syncs,
    close: async () => {
      await member.close();
      removeDir(dir);
    },
  };
}

function listen(server: Server): Promise<string> {
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Calls `handle` with the request's whole body; answers 500 with the message when it throws. */
function withBody(
  handle: (req: IncomingMessage, body: string, res: ServerResponse) => Promise<void> | void,
): Server {
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      Promise.resolve()
        .then(() => handle(req, Buffer.concat(chunks).toString(), res))
        .catch((e: unknown) => {
          res.writeHead(500).end(String(e));
        });
    });
  });
}

const CANNED_LEAF = JSON.stringify({ 'opendaylight-inventory:description': '1' });

/** The floor: canned answers; a body is parsed and dropped. */
function cannedServer(): Server {
  return withBody((req, body, res) => {
    if (req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'application/yang-data+json' }).end(CANNED_LEAF);
      return;
    }
    JSON.parse(body);
    res.writeHead(204).end();
  });
}

/** The same datastore work as RESTCONF does for each case, behind a bare node:http handler. */
function bareServer(backend: Backend, rpc: RpcService): Server {
  const broker = backend.broker;
  return withBody(async (req, body, res) => {
    const url = req.url ?? '/';
    if (req.method === 'POST') {
      const input = (JSON.parse(body) as Record<string, unknown>)['toaster:input'];
      await rpc.invokeRpc(RPC, input);
      res.writeHead(204).end();
      return;
    }
    const path = url.slice(DATA.length);
    if (req.method === 'PUT') {
      const entry = (JSON.parse(body) as Record<string, unknown[]>)['opendaylight-inventory:node'];
      const tx = broker.newReadWriteTransaction();
      const existed = await tx.exists('config', path);
      tx.write('config', path, entry?.[0]);
      await tx.commit();
      res.writeHead(existed ? 204 : 201).end();
      return;
    }
    const tx = broker.newReadOnlyTransaction();
    const [config, operational] = await Promise.all([
      tx.read('config', path),
      tx.read('operational', path),
    ]);
    tx.close();
    const value: JsonValue | undefined = config ?? operational;
    res
      .writeHead(200, { 'Content-Type': 'application/yang-data+json' })
      .end(JSON.stringify({ 'opendaylight-inventory:description': value ?? null }));
  });
}

/** The servers of one backend, listening. */
interface Servers {
  readonly ours: string;
  readonly observed: string;
  readonly bare: string;
  readonly floor: string;
  close(): Promise<void>;
}

/** Access-log lines written as `canopy start` writes them (synchronously), to /dev/null. */
function devNullLogger(): ReturnType<typeof createLogger> {
  const fd = openSync('/dev/null', 'w');
  return createLogger({
    level: 'info',
    write: (line) => {
      writeSync(fd, line);
    },
  });
}

async function startServers(backend: Backend): Promise<Servers> {
  const rpc = new RpcService({ schema: backend.schema });
  rpc.registerRpcImplementation(RPC, () => Promise.resolve(undefined));
  const restconf = createRestconfServer({
    broker: backend.broker,
    schema: backend.schema,
    rpc,
    logger: silentLogger(),
  });
  const { url: ours } = await restconf.listen('127.0.0.1', 0);
  const observedServer = createRestconfServer({
    broker: backend.broker,
    schema: backend.schema,
    rpc,
    logger: devNullLogger(),
    metrics: backend.metrics,
    accessLog: true,
  });
  const { url: observed } = await observedServer.listen('127.0.0.1', 0);
  const bare = bareServer(backend, rpc);
  const floor = cannedServer();
  return {
    ours,
    observed,
    bare: await listen(bare),
    floor: await listen(floor),
    close: async () => {
      await Promise.all([
        restconf.close(),
        observedServer.close(),
        closeServer(bare),
        closeServer(floor),
      ]);
    },
  };
}

/** Every client's entry, so that GET finds it whichever cases run. */
async function seed(broker: DataBroker): Promise<void> {
  const tx = broker.newWriteOnlyTransaction();
  for (let c = 0; c < HTTP_CLIENTS; c++) {
    tx.write('config', `${NODES}/node=h${c}`, { id: `h${c}`, description: 'seed' });
  }
  await tx.commit();
}

// --- measuring ----------------------------------------------------------------------------------

interface Measured {
  readonly rate: Throughput;
  readonly p50Micros: number;
  readonly p99Micros: number;
  /** This process's CPU time per request, µs (the servers run here; the clients do not). */
  readonly cpuMicrosPerRequest: number;
  readonly requests: number;
  /** Journal fsyncs during the measurement, when the backend has a journal. */
  readonly syncs: number | undefined;
}

async function measure(
  client: LoadClient,
  url: string,
  op: Op,
  backend: Backend,
): Promise<Measured> {
  // Warm up first (JIT, connections), outside the CPU window: the first server measured would
  // otherwise pay for compiling code the others reuse.
  for (const end = Date.now() + timing.warmupMs; Date.now() < end;) {
    await client.run(url, op, 4);
  }
  const samples: number[] = [];
  let requests = 0;
  const syncsBefore = backend.syncs();
  const cpu = process.cpuUsage();
  const rate = await throughput(async (rounds) => {
    const micros = await client.run(url, op, rounds);
    requests += micros.length;
    for (const m of micros) samples.push(m);
  }, timing);
  const used = process.cpuUsage(cpu);
  const syncsAfter = backend.syncs();
  const measured: Measured = {
    rate: {
      ...rate,
      opsPerSec: rate.opsPerSec * HTTP_CLIENTS,
      opsPerRun: rate.opsPerRun * HTTP_CLIENTS,
    },
    p50Micros: percentile(samples, 50),
    p99Micros: percentile(samples, 99),
    cpuMicrosPerRequest: (used.user + used.system) / Math.max(1, requests),
    requests,
    syncs:
      syncsBefore === undefined || syncsAfter === undefined ? undefined : syncsAfter - syncsBefore,
  };
  return measured;
}

const CASES: readonly { readonly op: Op; readonly what: string; readonly datastore: boolean }[] = [
  { op: 'put-entry', what: 'RESTCONF PUT of a list entry', datastore: true },
  { op: 'get-leaf', what: 'RESTCONF GET of a leaf', datastore: true },
  { op: 'post-rpc', what: 'RESTCONF POST of an rpc', datastore: false },
];

/** The cases run over a backend: an rpc does not touch the datastore, so it runs over one only. */
function casesOf(label: BackendLabel): typeof CASES {
  return label === 'persistent member' ? CASES.filter((c) => c.datastore) : CASES;
}

function perFsync(m: Measured): string {
  return m.syncs === undefined || m.syncs === 0 ? '-' : (m.requests / m.syncs).toFixed(1);
}

/** CPU time of one scrape of `metrics`, in µs (the mean of 50, after 5 to warm up). */
async function scrapeMicros(
  metrics: PrometheusMetrics,
): Promise<{ micros: number; bytes: number }> {
  let bytes = 0;
  for (let i = 0; i < 5; i++) bytes = (await metrics.scrape()).length;
  const cpu = process.cpuUsage();
  for (let i = 0; i < 50; i++) await metrics.scrape();
  const used = process.cpuUsage(cpu);
  return { micros: (used.user + used.system) / 50, bytes };
}

function caseResult(
  name: string,
  ours: Measured,
  observed: Measured,
  bare: Measured,
  floor: Measured,
): BenchResult {
  const cpu = (m: Measured): string => `${m.cpuMicrosPerRequest.toFixed(0)} µs`;
  const fsyncs =
    ours.syncs === undefined || ours.syncs === 0
      ? ''
      : `; commits per fsync: ours ${perFsync(ours)}, bare ${perFsync(bare)}`;
  return {
    name,
    opsPerSec: ours.rate.opsPerSec,
    p50Micros: ours.p50Micros,
    p99Micros: ours.p99Micros,
    floorOpsPerSec: floor.rate.opsPerSec,
    floorRatio: floor.rate.opsPerSec / ours.rate.opsPerSec,
    floor: `a node:http server in this process answering with canned responses; ${HTTP_CLIENTS} keep-alive node:http clients in a child process`,
    runs: ours.rate.runs,
    opsPerRun: ours.rate.opsPerRun,
    spread: ours.rate.spread,
    note:
      `server CPU per request: ours ${cpu(ours)}, bare node:http doing the same datastore work ${cpu(bare)} ` +
      `(${Math.round(bare.rate.opsPerSec).toLocaleString('en-US')}/s, p50 ${bare.p50Micros.toFixed(0)} µs), ` +
      `canned ${cpu(floor)}; floor latency p50 ${floor.p50Micros.toFixed(0)} µs, p99 ${floor.p99Micros.toFixed(0)} µs; ` +
      `with metrics and the access log ${cpu(observed)} (${Math.round(observed.rate.opsPerSec).toLocaleString('en-US')}/s)` +
      fsyncs,
  };
}

async function runBackend(
  backend: Backend,
  client: LoadClient,
  selected: (caseName: string) => boolean,
  results: BenchResult[],
): Promise<void> {
  await seed(backend.broker);
  const servers = await startServers(backend);
  try {
    for (const c of casesOf(backend.label)) {
      const name = `${c.what}, ${backend.label}`;
      if (!selected(name)) continue;
      const ours = await measure(client, servers.ours, c.op, backend);
      const observed = await measure(client, servers.observed, c.op, backend);
      const bare = await measure(client, servers.bare, c.op, backend);
      const floor = await measure(client, servers.floor, c.op, backend);
      results.push(caseResult(name, ours, observed, bare, floor));
    }
    if (selected(`scrape of /metrics, ${backend.label}`)) {
      const scrape = await scrapeMicros(backend.metrics);
      results.push({
        name: `scrape of /metrics, ${backend.label}`,
        value: scrape.micros / 1000,
        unit: 'ms CPU per scrape',
        runs: 1,
        opsPerRun: 50,
        note: `CPU per scrape ${(scrape.micros / 1000).toFixed(2)} ms, ${scrape.bytes} bytes of text (process metrics included)`,
      });
    }
  } finally {
    await servers.close();
  }
}

const restconf: Bench = {
  name: 'restconf',
  async run(selected) {
    const wanted = (label: BackendLabel): boolean =>
      casesOf(label).some((c) => selected(`${c.what}, ${label}`));
    const results: BenchResult[] = [];
    const client = LoadClient.start();
    try {
      if (wanted('in-memory broker')) {
        const backend = await inMemoryBackend();
        try {
          await runBackend(backend, client, selected, results);
        } finally {
          await backend.close();
        }
      }
      if (wanted('persistent member')) {
        const backend = await persistentBackend();
        try {
          await runBackend(backend, client, selected, results);
        } finally {
          await backend.close();
        }
      }
    } finally {
      client.close();
    }
    return results;
  },
};

/** A list body of `entries` inventory nodes, as a PUT of `/opendaylight-inventory:nodes` sends. */
function listBody(entries: number): string {
  const node = Array.from({ length: entries }, (_, i) => ({
    id: `openflow:${i}`,
    description: `switch ${i} in rack ${i % 40}`,
    'hardware-version': 'x86',
  }));
  return JSON.stringify({ 'opendaylight-inventory:nodes': { node } });
}

const BODY_CASES: readonly { readonly what: string; readonly text: string }[] = [
  {
    what: 'one list entry (the PUT above)',
    text: JSON.stringify({ 'opendaylight-inventory:node': [{ id: 'h0', description: '1' }] }),
  },
  { what: '1,000 list entries', text: listBody(1000) },
  { what: '100,000 list entries', text: listBody(100_000) },
];

/**
 * Family `restconf-body`: parsing a request body (json-body.ts: JSON.parse, then the scan that refuses
 * repeated member names) against JSON.parse alone, the floor, on the same text.
 */
const restconfBody: Bench = {
  name: 'restconf-body',
  async run(selected) {
    const results: BenchResult[] = [];
    for (const c of BODY_CASES) {
      const name = `parse a body of ${c.what}, ${(c.text.length / 1024).toFixed(1)} KiB`;
      if (!selected(name)) continue;
      const ours = await throughput((n) => {
        for (let i = 0; i < n; i++) parseJsonBody(c.text);
      }, timing);
      const floor = await throughput((n) => {
        for (let i = 0; i < n; i++) JSON.parse(c.text);
      }, timing);
      results.push({
        name,
        opsPerSec: ours.opsPerSec,
        floorOpsPerSec: floor.opsPerSec,
        floorRatio: floor.opsPerSec / ours.opsPerSec,
        floor: 'JSON.parse of the same text',
        runs: ours.runs,
        opsPerRun: ours.opsPerRun,
        spread: ours.spread,
        value: (ours.opsPerSec * c.text.length) / 1e6,
        unit: 'MB/s parsed and checked',
      });
    }
    return results;
  },
};

export const benches: Bench[] = [restconf, restconfBody];

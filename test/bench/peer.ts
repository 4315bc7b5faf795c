/**
 * `npm run bench:peer`: canopy's one-member write path against etcd's, side by side in one run (issue
 * 9, point 9). Never part of npm test or `npm run bench`, never asserted.
 *
 * Method. Both servers run as real processes on temporary data directories (peer-servers.ts): canopy
 * as `canopy start` with the shipped configuration (persistent config datastore), etcd 3.4 as a
 * one-member cluster with its defaults. The same load generator (http-load.ts: HTTP/1.1 keep-alive,
 * one request in flight per connection) sends each the same puts: 100-byte values under string keys
 * `key-0` .. `key-9999` (`--keys`), cycling. For canopy a RESTCONF PUT of the list entry
 * `/opendaylight-inventory:nodes/node=key-N` with the value in its `description` leaf; for etcd a
 * `POST /v3/kv/put` to its v3 JSON gateway (the key and value base64-encoded, as the gateway wants).
 * Both acknowledge a put only once it is fsynced. Every key is written once before measuring (so
 * every measured put replaces a value), then, for 1 and 64 requests in flight, each subject is warmed
 * up and measured in 3 runs, the subjects taking turns run by run, who goes first rotating (so a
 * change in the machine's load falls on all). A run reports puts/s, p50 and p99 latency, and the
 * server's CPU per put (user + system of the server process, every thread, from /proc/<pid>/stat
 * around the run). The table gives the median of the runs and the ratios canopy/etcd. One more
 * subject takes its turns with the servers: the floor under both, bare classic-level synced puts of
 * the same keys and values in the bench process, as many writers as requests in flight (what a
 * synced LevelDB write costs on this disk at that moment, the journal's own floor).
 *
 * NB: etcd's JSON gateway is a proxy inside etcd in front of its gRPC API, so etcd's figures include
 * that translation (as canopy's include HTTP and JSON); a gRPC client would make etcd cheaper per
 * put. We measure what an HTTP/JSON client of each gets; docs/PERFORMANCE.md says so.
 *
 *   node dist/test/bench/peer.js [--runs 3] [--run-ms 5000] [--inflight 1,64] [--only canopy|etcd]
 *     [--baseline DIR] [--profile DIR] [--canopy-arg ARG]... [--keys 10000] [--no-floor]
 *     [--json FILE] [--keep]
 *
 * `--baseline DIR` adds a third server to the same run: canopy built in DIR (a checkout of another
 * commit with its own `npm run build`, e.g. `git worktree add DIR COMMIT`), measured in turn with
 * the others, so that a change is shown before and after on the same machine at the same moment.
 * `--profile DIR` runs canopy under `node --cpu-prof` and writes its profile to DIR when it stops
 * (read it with `node scripts/cpuprofile-top.mjs DIR/*.cpuprofile`). `CANOPY_BENCH_QUICK=1`: short
 * runs, for a smoke test only. `CANOPY_ETCD`: the etcd binary (else scripts/ensure-etcd.mjs finds or
 * installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ClassicLevel } from 'classic-level';
import { removeDir, tempDir } from '../support/proc-member.js';
import { percentile } from './bench-timing.js';
import { runLoad, type LoadResult, type LoadTarget } from './http-load.js';
import { startCanopy, startEtcd, type ServerProcess } from './peer-servers.js';

const here = dirname(fileURLToPath(import.meta.url));
/** Distinct keys, cycled through (`--keys`); every one is written before measuring. */
let keys = 10_000;
const VALUE_BYTES = 100;
const QUICK = process.env['CANOPY_BENCH_QUICK'] !== undefined;

interface Options {
  readonly runs: number;
  readonly runMs: number;
  readonly warmupMs: number;
  readonly inflight: readonly number[];
  readonly only: 'canopy' | 'etcd' | undefined;
  readonly baselineDir: string | undefined;
  readonly profileDir: string | undefined;
  readonly canopyArgs: readonly string[];
  readonly json: string | undefined;
  readonly keep: boolean;
  /** Leave the LevelDB floor out of the rotation. */
  readonly noFloor: boolean;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      'run-ms': { type: 'string' },
      inflight: { type: 'string' },
      only: { type: 'string' },
      baseline: { type: 'string' },
      profile: { type: 'string' },
      'canopy-arg': { type: 'string', multiple: true },
      json: { type: 'string' },
      keep: { type: 'boolean' },
      keys: { type: 'string' },
      'no-floor': { type: 'boolean' },
    },
    strict: true,
  });
  const only = values.only;
  if (only !== undefined && only !== 'canopy' && only !== 'etcd') {
    throw new Error(`--only expects canopy or etcd, got ${only}`);
  }
  const runMs = Number(values['run-ms'] ?? (QUICK ? 1000 : 5000));
  if (values.keys !== undefined) keys = Math.max(1, Number(values.keys));
  const inflight = (values.inflight ?? '1,64').split(',').map(Number);
  // Requests n and n + keys write the same key: with too few keys, two in flight at once could,
  // and canopy would rightly refuse the second (409, a conflict), which is not what is measured.
  if (keys < 100 * Math.max(...inflight)) {
    throw new Error(`--keys must be at least 100 x the most requests in flight (${keys} given)`);
  }
  return {
    runs: Number(values.runs ?? 3),
    runMs,
    warmupMs: Math.min(3000, runMs),
    inflight,
    only: values.profile !== undefined ? 'canopy' : only,
    baselineDir: values.baseline === undefined ? undefined : resolve(values.baseline),
    profileDir: values.profile === undefined ? undefined : resolve(values.profile),
    canopyArgs: values['canopy-arg'] ?? [],
    json: values.json,
    keep: values.keep === true,
    noFloor: values['no-floor'] === true || values.profile !== undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// What each server is sent

function key(n: number): string {
  return `key-${n % keys}`;
}

/** A 100-byte ASCII value that differs from one put to the next. */
function value(n: number): string {
  const head = `value-${n}-`;
  return head + 'x'.repeat(VALUE_BYTES - head.length);
}

function canopyTarget(name: string, port: number): LoadTarget {
  const host = `127.0.0.1:${port}`;
  return {
    name,
    host: '127.0.0.1',
    port,
    request(n) {
      const k = key(n);
      const body = `{"opendaylight-inventory:node":[{"id":"${k}","description":"${value(n)}"}]}`;
      return Buffer.from(
        `PUT /rests/data/opendaylight-inventory:nodes/node=${k} HTTP/1.1\r\nHost: ${host}\r\n` +
          `Content-Type: application/yang-data+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    },
    check(status, body) {
      if (status !== 201 && status !== 204) {
        throw new Error(`${name} answered a PUT with ${status}: ${body.toString('utf8')}`);
      }
    },
  };
}

function etcdTarget(port: number): LoadTarget {
  const host = `127.0.0.1:${port}`;
  return {
    name: 'etcd',
    host: '127.0.0.1',
    port,
    request(n) {
      const k = Buffer.from(key(n)).toString('base64');
      const v = Buffer.from(value(n)).toString('base64');
      const body = `{"key":"${k}","value":"${v}"}`;
      return Buffer.from(
        `POST /v3/kv/put HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    },
    check(status, body) {
      if (status !== 200 || !body.includes('"header"')) {
        throw new Error(`etcd answered a put with ${status}: ${body.toString('utf8')}`);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Run {
  readonly putsPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly cpuMicrosPerPut: number;
}

/** Something measured in the rotation: a server under the load generator, or the floor. */
interface Subject {
  /** `canopy`, `baseline`, `etcd` or `floor`. */
  readonly name: string;
  measure(inflight: number, durationMs: number): Promise<Run>;
}

function runOf(requests: number, elapsedMs: number, latencies: number[], cpu: number): Run {
  return {
    putsPerSec: (requests * 1000) / elapsedMs,
    p50Ms: percentile(latencies, 50) / 1000,
    p99Ms: percentile(latencies, 99) / 1000,
    cpuMicrosPerPut: cpu / Math.max(1, requests),
  };
}

/** A server process under the load generator; keys keep cycling from run to run. */
function serverSubject(name: string, server: ServerProcess, target: LoadTarget): Subject {
  let next = 0;
  return {
    name,
    async measure(inflight, durationMs) {
      const cpuBefore = server.cpuMicros();
      let result: LoadResult;
      try {
        result = await runLoad(target, { inflight, durationMs, firstRequest: next });
      } catch (error) {
        throw new Error(`${name}: ${String(error)}\n${server.logTail()}`, { cause: error });
      }
      const cpu = server.cpuMicros() - cpuBefore;
      next += result.requests;
      return runOf(result.requests, result.elapsedMs, Array.from(result.latenciesMicros), cpu);
    },
  };
}

/** Writes every key once (64 in flight), so that measured puts replace values. */
async function prefill(target: LoadTarget): Promise<void> {
  await runLoad(target, { inflight: 64, durationMs: 600_000, firstRequest: 0, requestsMax: keys });
}

/**
 * The floor under both servers, measured in the rotation like them: bare classic-level synced puts
 * of the same keys and values in this process, as many writers as requests in flight, each awaiting
 * its own (LevelDB's writer queue merges concurrent ones, as group commit does). CPU per put is this
 * process's (LevelDB's threads included).
 */
async function floorSubject(dir: string): Promise<Subject & { close(): Promise<void> }> {
  const db = new ClassicLevel<string, string>(join(dir, 'db'));
  await db.open();
  let next = 0;
  return {
    name: 'floor',
    async measure(inflight, durationMs) {
      const latencies: number[] = [];
      const cpuBefore = process.cpuUsage();
      const started = process.hrtime.bigint();
      const deadline = started + BigInt(Math.round(durationMs * 1e6));
      const writer = async (): Promise<void> => {
        while (process.hrtime.bigint() < deadline) {
          const n = next++;
          const sent = process.hrtime.bigint();
          await db.put(key(n), value(n), { sync: true });
          latencies.push(Number(process.hrtime.bigint() - sent) / 1000);
        }
      };
      await Promise.all(Array.from({ length: inflight }, writer));
      const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
      const cpu = process.cpuUsage(cpuBefore);
      return runOf(latencies.length, elapsedMs, latencies, cpu.user + cpu.system);
    },
    close: () => db.close(),
  };
}

function median(runs: readonly Run[], field: keyof Run): number {
  const sorted = runs.map((r) => r[field]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

interface Row {
  readonly inflight: number;
  /** Each server's runs, by subject name. */
  readonly runs: Readonly<Record<string, readonly Run[]>>;
}

/** For each in-flight level: warm every server up, then `runs` runs each, rotating who goes first. */
async function measureAll(subjects: readonly Subject[], opts: Options): Promise<Row[]> {
  const rows: Row[] = [];
  for (const inflight of opts.inflight) {
    const runs: Record<string, Run[]> = {};
    for (const s of subjects) {
      runs[s.name] = [];
      await s.measure(inflight, opts.warmupMs);
    }
    for (let r = 0; r < opts.runs; r++) {
      const shift = r % subjects.length;
      const order = [...subjects.slice(shift), ...subjects.slice(0, shift)];
      for (const s of order) {
        const run = await s.measure(inflight, opts.runMs);
        runs[s.name]!.push(run);
        console.error(
          `  ${s.name} ${inflight} in flight, run ${r + 1}: ${Math.round(run.putsPerSec)} puts/s, ` +
            `p50 ${run.p50Ms.toFixed(2)} ms, p99 ${run.p99Ms.toFixed(2)} ms, ` +
            `${Math.round(run.cpuMicrosPerPut)} µs CPU/put`,
        );
      }
    }
    rows.push({ inflight, runs });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Reporting

function fmt(n: number, digits = 0): string {
  if (Number.isNaN(n)) return '-';
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-US');
  return n.toFixed(digits);
}

function ratio(a: number, b: number): string {
  return Number.isNaN(a) || Number.isNaN(b) || b === 0 ? '-' : `${(a / b).toFixed(2)}x`;
}

function printTable(rows: readonly Row[], names: readonly string[]): void {
  const servers = names.filter((n) => n !== 'floor');
  const measured = servers.filter((n) => n !== 'etcd');
  const vsEtcd = names.includes('etcd') ? measured.map((n) => `${n}/etcd`) : [];
  const vsBaseline = names.includes('baseline') ? ['canopy/baseline'] : [];
  const header = ['in flight', 'figure', ...names, ...vsEtcd, ...vsBaseline];
  const cells: string[][] = [];
  const figures: [keyof Run, string, number][] = [
    ['putsPerSec', 'puts/s', 0],
    ['p50Ms', 'p50 ms', 2],
    ['p99Ms', 'p99 ms', 2],
    ['cpuMicrosPerPut', 'server CPU µs/put', 0],
  ];
  for (const row of rows) {
    for (const [field, label, digits] of figures) {
      const m = (name: string): number => median(row.runs[name] ?? [], field);
      cells.push([
        String(row.inflight),
        label,
        ...names.map((n) => fmt(m(n), digits)),
        ...(vsEtcd.length > 0 ? measured.map((n) => ratio(m(n), m('etcd'))) : []),
        ...(vsBaseline.length > 0 ? [ratio(m('canopy'), m('baseline'))] : []),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]): string =>
    c.map((x, i) => (i < 2 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
  if (names.includes('floor')) {
    console.log(
      'floor = bare classic-level synced puts in the bench process, one writer per request in ' +
        "flight, each awaiting its own (its CPU is the bench process's)",
    );
  }
}

function etcdBinary(): string {
  const fromRepo = resolve(here, '../../..', 'scripts', 'ensure-etcd.mjs');
  const script = existsSync(fromRepo) ? fromRepo : resolve('scripts', 'ensure-etcd.mjs');
  const run = spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error('etcd is not available (see above)');
  return run.stdout.trim();
}

interface Machine {
  readonly node: string;
  readonly cores: number;
  readonly cpu: string;
  readonly commit: string;
  readonly etcd: string;
}

function describeMachine(etcd: string | undefined): Machine {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      cwd: here,
    }).trim();
  } catch {
    // Not a git checkout: the commit stays unknown.
  }
  return {
    node: process.version,
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    commit,
    etcd:
      etcd === undefined
        ? 'no etcd'
        : (execFileSync(etcd, ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? etcd),
  };
}

async function main(): Promise<void> {
  const opts = options();
  const etcd = opts.only === 'canopy' ? undefined : etcdBinary();
  const machine = describeMachine(etcd);
  console.log(
    `canopy bench:peer: node ${machine.node}, ${machine.cores} cores, ${machine.cpu}, ` +
      `commit ${machine.commit}, ${machine.etcd}`,
  );
  const loadBefore = loadavg();
  const dirs: string[] = [];
  const servers: ServerProcess[] = [];
  let floor: { close(): Promise<void> } | undefined;
  try {
    const subjects: Subject[] = [];
    const canopies: [string, string | undefined][] = [];
    if (opts.only !== 'etcd') canopies.push(['canopy', undefined]);
    if (opts.only !== 'etcd' && opts.baselineDir !== undefined) {
      canopies.push(['baseline', join(opts.baselineDir, 'dist', 'src', 'cli', 'main.js')]);
    }
    for (const [name, cli] of canopies) {
      const dir = tempDir(`peer-${name}`);
      dirs.push(dir);
      const nodeArgs =
        opts.profileDir === undefined || name !== 'canopy'
          ? []
          : ['--cpu-prof', `--cpu-prof-dir=${opts.profileDir}`];
      const server = await startCanopy(dir, nodeArgs, opts.canopyArgs, cli);
      servers.push(server);
      const target = canopyTarget(name, server.port);
      await prefill(target);
      subjects.push(serverSubject(name, server, target));
    }
    if (etcd !== undefined) {
      const dir = tempDir('peer-etcd');
      dirs.push(dir);
      const server = await startEtcd(etcd, dir);
      servers.push(server);
      const target = etcdTarget(server.port);
      await prefill(target);
      subjects.push(serverSubject('etcd', server, target));
    }
    if (!opts.noFloor) {
      const dir = tempDir('peer-floor');
      dirs.push(dir);
      const subject = await floorSubject(dir);
      floor = subject;
      subjects.push(subject);
    }
    const rows = await measureAll(subjects, opts);
    const loadAfter = loadavg();
    printTable(
      rows,
      subjects.map((x) => x.name),
    );
    const load = `load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after`;
    console.log(load);
    if (opts.json !== undefined) {
      const report = {
        machine,
        load: { before: loadBefore, after: loadAfter },
        options: opts,
        rows,
      };
      writeFileSync(opts.json, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`wrote ${opts.json}`);
    }
  } finally {
    await floor?.close();
    await Promise.all(servers.map((s) => s.stop()));
    if (opts.profileDir !== undefined) console.log(`canopy's CPU profile is in ${opts.profileDir}`);
    for (const dir of dirs) {
      if (opts.keep) console.log(`kept ${dir}`);
      else removeDir(dir);
    }
  }
}

await main();

/**
 * The servers of the peer benchmark (peer.ts), each a real process on its own temporary data
 * directory and a free port: canopy as `canopy start` (the compiled CLI, the shipped configuration:
 * a persistent config datastore, one member) and etcd as a single-member cluster (its defaults: WAL
 * fsync on every commit batch). Their output goes to files in their directory, never into this
 * process's memory, so a long run cannot grow it. `cpuMicros()` reads the process's user + system CPU
 * from /proc/<pid>/stat (every thread: LevelDB's and libuv's for canopy, Go's for etcd), which is
 * what "server CPU per put" divides. Benchmarks only; never part of npm test.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync, closeSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { cliPath, freePort, shippedConfDir } from '../support/proc-member.js';

/** Clock ticks per second of /proc/<pid>/stat (CLK_TCK; 100 on Linux in practice). */
const CLOCK_TICKS_PER_SEC = ((): number => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** A server process under test. */
export class ServerProcess {
  readonly name: string;
  readonly port: number;
  readonly dir: string;
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;
  private exitCode: number | null | undefined;

  constructor(name: string, port: number, dir: string, child: ChildProcess) {
    this.name = name;
    this.port = port;
    this.dir = dir;
    this.child = child;
    this.exited = new Promise((resolve) => {
      child.once('exit', (code) => {
        this.exitCode = code;
        resolve(code);
      });
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** User + system CPU the process used so far, in microseconds (10 ms resolution). */
  cpuMicros(): number {
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'latin1');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1e6) / CLOCK_TICKS_PER_SEC;
  }

  /** The last lines of the process's output, for error messages. */
  logTail(lines = 20): string {
    try {
      return readFileSync(join(this.dir, 'server.log'), 'utf8')
        .trimEnd()
        .split('\n')
        .slice(-lines)
        .join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
  async stop(graceMs = 30_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** Waits until `ready()` holds (polled every 50 ms); fails if the process exits or time runs out. */
  async waitReady(ready: () => Promise<boolean>, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.running) {
        throw new Error(
          `${this.name} exited (${String(this.exitCode)}) before it served:\n${this.logTail()}`,
        );
      }
      if (await ready().catch(() => false)) return;
      if (Date.now() > deadline) {
        throw new Error(`${this.name} did not serve within ${timeoutMs} ms:\n${this.logTail()}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

function spawnLogged(command: string, args: readonly string[], dir: string): ChildProcess {
  const log = openSync(join(dir, 'server.log'), 'a');
  try {
    return spawn(command, args, { stdio: ['ignore', log, log], cwd: dir });
  } finally {
    closeSync(log);
  }
}

/** The status of a GET to `http://127.0.0.1:port/path` (any answer means the server listens). */
function getStatus(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', agent: false }, (res) => {
      res.resume();
      res.on('end', () => {
        resolve(res.statusCode ?? 0);
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * `canopy start` on `dir/data` with the shipped configuration and a free HTTP port; `nodeArgs`
 * go to node (e.g. `--cpu-prof`), `args` to the command (e.g. `--log-level warn`). `cli` is the
 * compiled CLI to run (another build's `dist/src/cli/main.js`); default this build's.
 */
export async function startCanopy(
  dir: string,
  nodeArgs: readonly string[],
  args: readonly string[],
  cli: string = cliPath(),
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawnLogged(
    process.execPath,
    [
      ...nodeArgs,
      cli,
      'start',
      '--conf',
      // The build's own shipped configuration: another build may not know this one's keys.
      cli === cliPath() ? shippedConfDir() : resolve(dirname(cli), '..', '..', '..', 'conf'),
      '--data-dir',
      join(dir, 'data'),
      '--http-port',
      String(port),
      ...args,
    ],
    dir,
  );
  const server = new ServerProcess('canopy', port, dir, child);
  await server.waitReady(async () => (await getStatus(port, '/rests')) === 200, 120_000);
  return server;
}

/** etcd as a one-member cluster on `dir/data`, client and peer URLs on free loopback ports. */
export async function startEtcd(etcd: string, dir: string): Promise<ServerProcess> {
  const port = await freePort();
  const peerPort = await freePort();
  const client = `http://127.0.0.1:${port}`;
  const peer = `http://127.0.0.1:${peerPort}`;
  const child = spawnLogged(
    etcd,
    [
      '--name',
      'peer-bench',
      '--data-dir',
      join(dir, 'data'),
      '--listen-client-urls',
      client,
      '--advertise-client-urls',
      client,
      '--listen-peer-urls',
      peer,
      '--initial-advertise-peer-urls',
      peer,
      '--initial-cluster',
      `peer-bench=${peer}`,
      '--initial-cluster-state',
      'new',
      '--logger',
      'zap',
    ],
    dir,
  );
  const server = new ServerProcess('etcd', port, dir, child);
  await server.waitReady(async () => (await getStatus(port, '/health')) === 200, 60_000);
  return server;
}

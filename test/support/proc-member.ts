/**
 * Process harness for integration tests: runs the real `canopy` command (the compiled
 * dist/src/cli/main.js next to this compiled file, so the same test works in the shared dist/ and in a
 * private scripts/dev-test.sh build) as child processes, on temporary data directories and free ports.
 *
 * `MemberProcess.start` spawns `canopy start` and resolves once the member prints its `listening on`
 * line (so it serves), or rejects with the member's exit code and its last log lines. Every process
 * keeps its stdout and stderr, so a failing assertion can show what the member said
 * (`member.logTail()`). `stop()` sends SIGTERM and waits; `kill()` sends SIGKILL and waits; a member
 * restarts on the same data directory and port with `restart()`. `runCli` runs a client command to
 * completion and returns its exit code and output. `stopAll()` (in an `after` hook) kills whatever a
 * test left running, so no child outlives the test run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The compiled CLI entry point: dist/src/cli/main.js, found relative to this compiled file. */
export function cliPath(): string {
  return resolve(here, '../../src/cli/main.js');
}

/**
 * The repository's shipped conf/ directory: searched upwards from this file (the real dist/ sits in
 * the repository), else under the working directory (a private build in /tmp run from the repository).
 */
export function shippedConfDir(): string {
  for (let dir = here; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'conf', 'canopy.conf'))) return join(dir, 'conf');
  }
  const fromCwd = resolve('conf');
  if (existsSync(join(fromCwd, 'canopy.conf'))) return fromCwd;
  throw new Error(`cannot find the shipped conf/ directory above ${here} or in ${process.cwd()}`);
}

/** A fresh temporary directory; remove it with `removeDir`. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `canopy-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A copy of the shipped configuration in `dir/conf` (tests may edit it); returns its path. */
export function copyShippedConf(dir: string): string {
  const conf = join(dir, 'conf');
  cpSync(shippedConfDir(), conf, { recursive: true });
  return conf;
}

/** A TCP port that was free a moment ago on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolvePort(port);
      });
    });
  });
}

export interface MemberProcessOptions {
  /** The configuration directory; default the shipped conf/. */
  readonly confDir?: string | undefined;
  readonly dataDir: string;
  /** Default: a free port. */
  readonly httpPort?: number | undefined;
  /** More `canopy start` arguments (`--set`, `--log-level`). */
  readonly args?: readonly string[] | undefined;
  readonly env?: Readonly<Record<string, string>> | undefined;
  /** How long to wait for the `listening on` line. Default 60 s (2 shared cores, a big recovery). */
  readonly startTimeoutMs?: number | undefined;
}

/** How a process ended. */
export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

const live = new Set<ChildProcess>();

/** Environment for children: no CANOPY_ variables of the test runner's leak in. */
function childEnv(extra: Readonly<Record<string, string>> | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('CANOPY')) env[k] = v;
  }
  return { ...env, ...extra };
}

/** Collects a child's output and its exit. */
class Watched {
  stdout = '';
  stderr = '';
  exit: Exit | undefined;
  readonly exited: Promise<Exit>;
  readonly child: ChildProcess;
  constructor(child: ChildProcess) {
    this.child = child;
    live.add(child);
    child.stdout?.setEncoding('utf8').on('data', (s: string) => (this.stdout += s));
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (this.stderr += s));
    this.exited = new Promise((resolveExit) => {
      child.once('close', (code, signal) => {
        live.delete(child);
        this.exit = { code, signal };
        resolveExit(this.exit);
      });
    });
  }
}

/** A `canopy start` child process. */
export class MemberProcess {
  readonly options: MemberProcessOptions;
  readonly httpPort: number;
  readonly url: string;
  private readonly watched: Watched;

  private constructor(options: MemberProcessOptions, httpPort: number, watched: Watched) {
    this.options = options;
    this.httpPort = httpPort;
    this.url = `http://127.0.0.1:${httpPort}`;
    this.watched = watched;
  }

  /** Spawns the member and waits until it listens; rejects with its output if it exits first. */
  static async start(options: MemberProcessOptions): Promise<MemberProcess> {
    const member = await MemberProcess.spawn(options);
    await member.waitListening(options.startTimeoutMs ?? 60_000);
    return member;
  }

  /** Spawns the member without waiting for anything (see `waitForLog`). */
  static async spawn(options: MemberProcessOptions): Promise<MemberProcess> {
    const httpPort = options.httpPort ?? (await freePort());
    return new MemberProcess(options, httpPort, spawnStart(options, httpPort));
  }

  /** Waits until a JSON log line satisfies `predicate`; false if the member exits or time runs out. */
  async waitForLog(
    predicate: (line: Record<string, unknown>) => boolean,
    timeoutMs = 60_000,
  ): Promise<boolean> {
    const seen = waitFor(
      () => this.watched.exit !== undefined || this.logLines().some(predicate),
      timeoutMs,
    );
    return (await seen) && this.logLines().some(predicate);
  }

  /**
   * Spawns `canopy start` and waits for it to exit by itself (a start that must fail); kills it and
   * rejects if it listens instead.
   */
  static async startExpectingFailure(
    options: MemberProcessOptions,
  ): Promise<Exit & { stdout: string; stderr: string }> {
    const httpPort = options.httpPort ?? (await freePort());
    const watched = spawnStart(options, httpPort);
    const exit = await Promise.race([
      watched.exited,
      waitFor(() => watched.stdout.includes(' listening on '), options.startTimeoutMs ?? 60_000),
    ]);
    if (exit === true) {
      watched.child.kill('SIGKILL');
      await watched.exited;
      throw new Error(`the member started although it should not have:\n${tail(watched)}`);
    }
    const ended = await watched.exited;
    return { ...ended, stdout: watched.stdout, stderr: watched.stderr };
  }

  get pid(): number {
    return this.watched.child.pid ?? -1;
  }

  get stdout(): string {
    return this.watched.stdout;
  }

  get stderr(): string {
    return this.watched.stderr;
  }

  get exited(): Promise<Exit> {
    return this.watched.exited;
  }

  /** How the process ended; undefined while it runs. */
  get exit(): Exit | undefined {
    return this.watched.exit;
  }

  /** The member's JSON log lines (stderr), parsed; lines that are not JSON are skipped. */
  logLines(): Record<string, unknown>[] {
    return this.watched.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .flatMap((l) => {
        try {
          return [JSON.parse(l) as Record<string, unknown>];
        } catch {
          // A line cut by a kill is not a log line.
          return [];
        }
      });
  }

  /** The last lines the member wrote, for failure messages. */
  logTail(lines = 30): string {
    return tail(this.watched, lines);
  }

  /** SIGTERM; resolves with the exit (the member shuts down cleanly, or the test says it did not). */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<Exit> {
    if (this.watched.exit === undefined) this.watched.child.kill(signal);
    return this.watched.exited;
  }

  /** SIGKILL: the process gets no chance to flush anything. */
  async kill(): Promise<Exit> {
    if (this.watched.exit === undefined) this.watched.child.kill('SIGKILL');
    return this.watched.exited;
  }

  /** A new process on the same configuration, data directory and port (stop or kill this one first). */
  restart(overrides: Partial<MemberProcessOptions> = {}): Promise<MemberProcess> {
    return MemberProcess.start({ ...this.options, httpPort: this.httpPort, ...overrides });
  }

  private async waitListening(timeoutMs: number): Promise<void> {
    const listening = waitFor(() => this.watched.stdout.includes(' listening on '), timeoutMs);
    const result = await Promise.race([listening, this.watched.exited]);
    if (result === true) return;
    if (result === false) {
      this.watched.child.kill('SIGKILL');
      await this.watched.exited;
      throw new Error(`the member did not listen within ${timeoutMs} ms:\n${this.logTail()}`);
    }
    throw new Error(
      `the member exited (code ${String(result.code)}, signal ${String(result.signal)}) before listening:\n${this.logTail()}`,
    );
  }
}

function spawnStart(options: MemberProcessOptions, httpPort: number): Watched {
  const args = [
    cliPath(),
    'start',
    '--conf',
    options.confDir ?? shippedConfDir(),
    '--data-dir',
    options.dataDir,
    '--http-port',
    String(httpPort),
    ...(options.args ?? []),
  ];
  const child = spawn(process.execPath, args, {
    env: childEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Watched(child);
}

/** Polls `condition` every 20 ms; true when it held, false after `timeoutMs`. */
export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

function tail(watched: Watched, lines = 30): string {
  const out = watched.stdout.trimEnd().split('\n').slice(-lines).join('\n');
  const err = watched.stderr.trimEnd().split('\n').slice(-lines).join('\n');
  return `--- stdout (last ${lines} lines)\n${out}\n--- stderr (last ${lines} lines)\n${err}`;
}

/** The outcome of a client command. */
export interface CliRun extends Exit {
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `canopy ARGS` to completion; `input` is written to its standard input. */
export async function runCli(
  args: readonly string[],
  options: { input?: string | undefined; env?: Readonly<Record<string, string>> | undefined } = {},
): Promise<CliRun> {
  const child = spawn(process.execPath, [cliPath(), ...args], {
    env: childEnv(options.env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const watched = new Watched(child);
  child.stdin?.end(options.input ?? '');
  const exit = await watched.exited;
  return { ...exit, stdout: watched.stdout, stderr: watched.stderr };
}

/** Kills every child this harness started that is still running (an `after` hook). */
export async function stopAll(): Promise<void> {
  const children = [...live];
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((r) => {
          c.once('close', () => {
            r();
          });
          c.kill('SIGKILL');
        }),
    ),
  );
}

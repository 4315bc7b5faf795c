/**
 * Goal: `npm start` is a way to run a member that a process manager or a terminal can stop: SIGTERM or
 * SIGINT sent to the npm process reaches the member, which shuts down cleanly (exit 0, its `stopped`
 * line), leaves no process behind and releases the journal lock; Ctrl-C in a terminal (SIGINT to the
 * whole process group, so the member gets it from the terminal and again from npm) is one clean stop,
 * not a "second signal" that exits at once.
 *
 * Method: the real `npm start -- --data-dir ... --http-port ...` in the repository, spawned as the
 * leader of its own process group (so the test can signal the group as a terminal does, and kill
 * whatever is left afterwards). npm's script builds first; after `npm test`'s build that is `tsc -b`
 * finding everything up to date (about a second). Once the member says it listens, the test signals npm (or the
 * group), waits for npm to exit, checks that no process of the group is left, and starts a member
 * directly on the same data directory: that start fails if the journal's LevelDB LOCK is still held.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  freePort,
  MemberProcess,
  removeDir,
  stopAll,
  tempDir,
  waitFor,
  type Exit,
} from '../support/proc-member.js';

/**
 * The repository whose `start` script runs: the one above this compiled file, or, for a private
 * scripts/dev-test.sh build (which has no sources to build), the working directory.
 */
function repositoryRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) {
      return existsSync(join(dir, 'tsconfig.json')) ? dir : process.cwd();
    }
  }
  return process.cwd();
}
const repository = repositoryRoot();

/** `npm start` as the leader of a new process group, with its output collected. */
class NpmStart {
  stdout = '';
  stderr = '';
  exit: Exit | undefined;
  /** npm's own exit ('exit', not 'close': a member left running would hold the pipes open). */
  readonly exited: Promise<Exit>;
  /** All output read: every process holding npm's pipes has ended. */
  closed = false;
  readonly child: ChildProcess;

  constructor(dataDir: string, httpPort: number) {
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (!k.startsWith('CANOPY')) env[k] = v;
    }
    this.child = spawn(
      'npm',
      ['start', '--', '--data-dir', dataDir, '--http-port', String(httpPort)],
      { cwd: repository, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child.stdout?.setEncoding('utf8').on('data', (s: string) => (this.stdout += s));
    this.child.stderr?.setEncoding('utf8').on('data', (s: string) => (this.stderr += s));
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        resolve(this.exit);
      });
    });
    this.child.once('close', () => {
      this.closed = true;
    });
  }

  /** The process group: npm's pid, since it leads the group. */
  get group(): number {
    return this.child.pid ?? -1;
  }

  /** Whether any process of the group is still running. */
  groupAlive(): boolean {
    try {
      process.kill(-this.group, 0);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
      throw e;
    }
  }

  async listening(): Promise<void> {
    const ok = await waitFor(
      () => this.exit !== undefined || this.stdout.includes(' listening on '),
      90_000,
    );
    assert.ok(ok && this.exit === undefined, `npm start did not listen:\n${this.explain()}`);
  }

  explain(): string {
    const err = this.stderr.trimEnd().split('\n').slice(-30).join('\n');
    return `exit ${JSON.stringify(this.exit)}\n--- stdout\n${this.stdout}\n--- stderr (last 30 lines)\n${err}`;
  }
}

describe('npm start: signals reach the member', function () {
  this.timeout(180_000);
  let dir: string;
  let npm: NpmStart | undefined;

  beforeEach(() => {
    dir = tempDir('npm-start');
    npm = undefined;
  });

  afterEach(async () => {
    // Whatever the test left behind, in npm's group or started directly, is killed.
    if (npm?.groupAlive() === true) process.kill(-npm.group, 'SIGKILL');
    await stopAll();
    removeDir(dir);
  });

  async function stopsCleanly(send: (npm: NpmStart) => void): Promise<NpmStart> {
    const dataDir = join(dir, 'data');
    const started = new NpmStart(dataDir, await freePort());
    npm = started;
    await started.listening();
    send(started);
    const exit = await started.exited;
    const alone = await waitFor(() => started.closed && !started.groupAlive(), 5_000);
    assert.ok(alone, `a process of npm start's group outlived npm:\n${started.explain()}`);
    assert.deepEqual(exit, { code: 0, signal: null }, started.explain());
    assert.match(started.stdout, /canopy member-1 stopped\n/, started.explain());
    // The journal lock was released: a member starts on the same data directory at once.
    const again = await MemberProcess.start({ dataDir });
    assert.deepEqual(await again.stop(), { code: 0, signal: null }, again.logTail());
    return started;
  }

  it('SIGTERM to npm stops the member cleanly and releases the journal', async () => {
    const npmStart = await stopsCleanly((n) => n.child.kill('SIGTERM'));
    assert.match(npmStart.stderr, /shutting down \(SIGTERM\)/);
  });

  it('SIGINT to npm stops the member cleanly and releases the journal', async () => {
    const npmStart = await stopsCleanly((n) => n.child.kill('SIGINT'));
    assert.match(npmStart.stderr, /shutting down \(SIGINT\)/);
  });

  it('Ctrl-C (SIGINT to the whole process group) is one clean stop, not a second signal', async () => {
    const npmStart = await stopsCleanly((n) => process.kill(-n.group, 'SIGINT'));
    assert.match(npmStart.stderr, /shutting down \(SIGINT\)/);
    assert.doesNotMatch(npmStart.stderr, /second signal/, npmStart.explain());
  });
});

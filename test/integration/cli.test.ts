/**
 * Goal: the `canopy` command works end to end as an operator uses it: `canopy start` serves RESTCONF and
 * says where, and `canopy get|put|merge|delete|patch|rpc|watch|status` edit, invoke and read a running
 * member, with the exit codes docs/OPERATIONS.md promises (0 done, 1 RESTCONF error, 2 usage, 3 no
 * member), and `--help` says so.
 *
 * Method: one real member process (the compiled CLI, the shipped conf/, a temporary data directory,
 * a free port) for most of the file, and one more for a member that goes away under a watch; each
 * client command is a real child process talking HTTP to it. `canopy watch` runs as a long-lived child
 * that the test reads line by line while other commands commit, and stops with SIGINT as a user would.
 * Assertions read the commands' stdout, stderr and exit codes, and cross-check edits with a second
 * command, never with the member's internals.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cliPath,
  copyShippedConf,
  freePort,
  MemberProcess,
  removeDir,
  runCli,
  stopAll,
  tempDir,
  waitFor,
  type CliRun,
} from '../support/proc-member.js';

function explain(run: CliRun): string {
  return `exit ${String(run.code)}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

/** A `canopy watch` child process: its output so far, and its exit. */
class Watch {
  stdout = '';
  stderr = '';
  readonly child: ChildProcess;
  readonly exited: Promise<CliRun>;
  constructor(args: readonly string[]) {
    this.child = spawn(process.execPath, [cliPath(), 'watch', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    watches.add(this.child);
    this.child.stdout?.setEncoding('utf8').on('data', (s: string) => (this.stdout += s));
    this.child.stderr?.setEncoding('utf8').on('data', (s: string) => (this.stderr += s));
    this.exited = new Promise((resolve) => {
      this.child.once('close', (code, signal) => {
        watches.delete(this.child);
        resolve({ code, signal, stdout: this.stdout, stderr: this.stderr });
      });
    });
  }

  /** The complete lines printed so far. */
  get lines(): string[] {
    return this.stdout.split('\n').slice(0, -1);
  }

  /** Waits until `n` complete lines were printed; fails with the output after 20 s. */
  async waitForLines(n: number): Promise<void> {
    const ok = await waitFor(() => this.lines.length >= n, 20_000);
    assert.ok(
      ok,
      `expected ${n} lines from canopy watch:\n${this.stdout}\n--- stderr\n${this.stderr}`,
    );
  }
}

/** Watch processes still running, killed by the `after` hooks. */
const watches = new Set<ChildProcess>();

function killWatches(): void {
  for (const child of watches) child.kill('SIGKILL');
}

/** The line of a watch event: its time, then what follows it. */
function withoutTime(line: string): string {
  assert.match(line, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z /, line);
  return line.slice(25);
}

describe('cli: client commands against a running member', function () {
  this.timeout(120_000);
  let dir: string;
  let member: MemberProcess;
  const cli = (args: readonly string[], input?: string): Promise<CliRun> =>
    runCli([...args, '--url', member.url], { input });

  before(async () => {
    dir = tempDir('cli');
    member = await MemberProcess.start({ dataDir: join(dir, 'data') });
  });

  after(async () => {
    killWatches();
    await stopAll();
    removeDir(dir);
  });

  it('a started member prints where it listens on stdout and in a JSON log line', () => {
    assert.match(member.stdout, new RegExp(`canopy member-1 listening on ${member.url}/rests\\n`));
    const line = member.logLines().find((l) => String(l.msg).includes('listening on'));
    assert.ok(line, member.logTail());
    assert.equal(line.url, `${member.url}/rests`);
    assert.equal(line.member, 'member-1');
  });

  it('put creates, get prints the JSON, merge adds to it, delete removes it', async () => {
    const path = '/opendaylight-inventory:nodes/node=cli-1';
    const put = await cli(['put', path, '{"opendaylight-inventory:node":[{"id":"cli-1"}]}']);
    assert.equal(put.code, 0, explain(put));
    assert.equal(put.stdout, `created ${path}\n`);

    const merge = await cli([
      'merge',
      path,
      '{"opendaylight-inventory:node":[{"id":"cli-1","description":"rack 4"}]}',
    ]);
    assert.equal(merge.code, 0, explain(merge));

    const get = await cli(['get', path]);
    assert.equal(get.code, 0, explain(get));
    assert.deepEqual(JSON.parse(get.stdout), {
      'opendaylight-inventory:node': [{ id: 'cli-1', description: 'rack 4' }],
    });

    const replace = await cli(['put', path, '{"opendaylight-inventory:node":[{"id":"cli-1"}]}']);
    assert.equal(replace.stdout, `replaced ${path}\n`, explain(replace));
    const afterReplace = await cli(['get', path]);
    assert.deepEqual(JSON.parse(afterReplace.stdout), {
      'opendaylight-inventory:node': [{ id: 'cli-1' }],
    });

    const del = await cli(['delete', path]);
    assert.equal(del.code, 0, explain(del));
    const gone = await cli(['get', path]);
    assert.equal(gone.code, 1, explain(gone));
  });

  it('a body comes from @FILE or from standard input with -', async () => {
    const file = join(dir, 'body.json');
    writeFileSync(file, '{"toaster:toaster":{"darknessFactor":250}}');
    const fromFile = await cli(['put', '/toaster:toaster', `@${file}`]);
    assert.equal(fromFile.code, 0, explain(fromFile));
    const read1 = await cli(['get', '/toaster:toaster/darknessFactor', '--content', 'config']);
    assert.deepEqual(JSON.parse(read1.stdout), { 'toaster:darknessFactor': 250 });

    const fromStdin = await cli(
      ['merge', '/toaster:toaster', '-'],
      '{"toaster:toaster":{"darknessFactor":300}}',
    );
    assert.equal(fromStdin.code, 0, explain(fromStdin));
    const read2 = await cli(['get', '/toaster:toaster/darknessFactor', '--content', 'config']);
    assert.deepEqual(JSON.parse(read2.stdout), { 'toaster:darknessFactor': 300 });
  });

  it('a RESTCONF error exits 1 and prints its error-tag and message', async () => {
    const unknown = await cli(['get', '/toaster:no-such-node']);
    assert.equal(unknown.code, 1, explain(unknown));
    assert.match(unknown.stderr, /^invalid-value: .*toaster:no-such-node/m);

    const missing = await cli(['delete', '/opendaylight-inventory:nodes/node=never-there']);
    assert.equal(missing.code, 1, explain(missing));
    assert.match(missing.stderr, /^data-missing: /m);

    const invalid = await cli([
      'put',
      '/toaster:toaster',
      '{"toaster:toaster":{"darknessFactor":-1}}',
    ]);
    assert.equal(invalid.code, 1, explain(invalid));
    assert.match(invalid.stderr, /^invalid-value: .*\(at \/toaster:toaster\/darknessFactor\)/m);
  });

  it('a body that is not JSON exits 2 and the datastore is unchanged', async () => {
    const before = await cli(['get', '/toaster:toaster', '--content', 'config']);
    const bad = await cli(['put', '/toaster:toaster', '{"toaster:toaster": {']);
    assert.equal(bad.code, 2, explain(bad));
    assert.match(bad.stderr, /the body argument is not JSON/);
    const after = await cli(['get', '/toaster:toaster', '--content', 'config']);
    assert.equal(after.stdout, before.stdout);
  });

  it('an unknown command or flag exits 2 with the usage', async () => {
    const run = await runCli(['frobnicate']);
    assert.equal(run.code, 2, explain(run));
    assert.match(run.stderr, /unknown command 'frobnicate'/);
    const flag = await runCli(['get', '/', '--no-such-flag']);
    assert.equal(flag.code, 2, explain(flag));
  });

  it('without a member at the address a client exits 3 saying it cannot connect', async () => {
    const port = await freePort();
    const run = await runCli(['get', '/toaster:toaster', '--url', `http://127.0.0.1:${port}`]);
    assert.equal(run.code, 3, explain(run));
    assert.match(
      run.stderr,
      /cannot connect to http:\/\/127\.0\.0\.1:\d+\/rests\/data\/toaster:toaster: ECONNREFUSED/,
    );
  });

  it('without --url a client reaches the member its configuration names', async () => {
    const conf = copyShippedConf(join(dir, 'client'));
    const run = await runCli(['get', '/toaster:toaster', '--conf', conf], {
      env: { CANOPY_HTTP_PORT: String(member.httpPort) },
    });
    assert.equal(run.code, 0, explain(run));
    assert.equal(
      (JSON.parse(run.stdout) as { 'toaster:toaster': { toasterStatus: string } })[
        'toaster:toaster'
      ].toasterStatus,
      'up',
    );
  });

  it('status names the member and lists each shard replica with its journal positions', async () => {
    const json = await cli(['status', '--json']);
    assert.equal(json.code, 0, explain(json));
    const status = JSON.parse(json.stdout) as {
      'member-name': string;
      pid: number;
      backend: string;
      shard?: Record<string, string>[];
    };
    assert.equal(status['member-name'], 'member-1');
    assert.equal(status.pid, member.pid);
    const text = await cli(['status']);
    assert.equal(text.code, 0, explain(text));
    assert.match(text.stdout, new RegExp(`^member member-1 \\(pid ${member.pid}, up `));
    assert.equal(status.backend, 'sharded');
    // The shipped conf/: four shards, each in both datastores, all on member-1.
    const ids = (status.shard ?? []).map((s) => s.id).sort();
    const expected = ['default', 'inventory', 'toaster', 'topology'].flatMap((s) => [
      `member-1-shard-${s}-config`,
      `member-1-shard-${s}-operational`,
    ]);
    assert.deepEqual(ids, expected.sort());
    for (const s of status.shard ?? []) {
      assert.equal(s.state, 'running', JSON.stringify(s));
      assert.equal(s.role, 'leader', JSON.stringify(s));
      assert.ok(BigInt(s['applied-index']!) <= BigInt(s['commit-index']!), JSON.stringify(s));
      assert.ok(BigInt(s['commit-index']!) <= BigInt(s['journal-last-index']!), JSON.stringify(s));
      assert.match(text.stdout, new RegExp(`^${s.id}\\s+leader\\s+running\\s`, 'm'));
    }
    const inventory = status.shard?.find((s) => s.id === 'member-1-shard-inventory-config');
    assert.ok(
      BigInt(inventory?.commits ?? '0') > 0n,
      'the inventory shard committed the edits above',
    );
  });

  it('rpc prints the output, nothing for an rpc without one, and wraps a bare input', async () => {
    const status = await cli(['rpc', 'canopy-cluster-admin:get-member-status']);
    assert.equal(status.code, 0, explain(status));
    const output = JSON.parse(status.stdout) as Record<string, { 'member-name': string }>;
    assert.equal(output['canopy-cluster-admin:output']?.['member-name'], 'member-1');

    const whole = await cli([
      'rpc',
      'toaster:restock-toaster',
      '{"toaster:input": {"amountOfBreadToStock": 2}}',
    ]);
    assert.equal(whole.code, 0, explain(whole));
    assert.equal(whole.stdout, '');
    assert.equal(whole.stderr, '');
    // A bare input from standard input is wrapped: one slice in stock makes one toast, not two.
    const bare = await cli(['rpc', 'toaster:restock-toaster', '-'], '{"amountOfBreadToStock": 1}');
    assert.equal(bare.code, 0, explain(bare));
    assert.equal(bare.stdout, '');
    const dark = await cli([
      'put',
      '/toaster:toaster',
      '{"toaster:toaster": {"darknessFactor": 10}}',
    ]);
    assert.equal(dark.code, 0, explain(dark));
    const toast = await cli(['rpc', 'toaster:make-toast', '{"toasterDoneness": 1}']);
    assert.equal(toast.code, 0, explain(toast));
    assert.equal(toast.stdout, '');
    const none = await cli(['rpc', 'toaster:make-toast', '{"toasterDoneness": 1}']);
    assert.equal(none.code, 1, explain(none));
    assert.match(none.stderr, /^resource-denied \[out-of-stock\]: /m);
    const restock = await cli(['rpc', 'toaster:restock-toaster', '{"amountOfBreadToStock": 5}']);
    assert.equal(restock.code, 0, explain(restock));
  });

  it('rpc: a refused input or an unknown rpc exits 1 with the error line; a bad name or input exits 2', async () => {
    const invalid = await cli(['rpc', 'toaster:restock-toaster', '{"amountOfBread": 2}']);
    assert.equal(invalid.code, 1, explain(invalid));
    assert.match(invalid.stderr, /^invalid-value: .*unknown member "amountOfBread"/m);
    const unknown = await cli(['rpc', 'toaster:no-such-rpc']);
    assert.equal(unknown.code, 1, explain(unknown));
    assert.match(unknown.stderr, /^invalid-value: .*no rpc named "no-such-rpc"/m);
    const name = await cli(['rpc', 'make-toast']);
    assert.equal(name.code, 2, explain(name));
    assert.match(name.stderr, /^canopy: the rpc "make-toast" is not MODULE:NAME/);
    const notObject = await cli(['rpc', 'toaster:make-toast', '[3]']);
    assert.equal(notObject.code, 2, explain(notObject));
    assert.match(notObject.stderr, /rpc input must be a JSON object/);
  });

  it('patch applies all edits and prints each one ok; a failing edit exits 1, names it, and commits nothing', async () => {
    const base = '/opendaylight-inventory:nodes';
    const put = await cli([
      'put',
      base,
      '{"opendaylight-inventory:nodes": {"node": [{"id": "p0"}]}}',
    ]);
    assert.equal(put.code, 0, explain(put));
    const patch = (id: string, edits: unknown[]): string =>
      JSON.stringify({ 'ietf-yang-patch:yang-patch': { 'patch-id': id, edit: edits } });
    const node = (id: string, extra: Record<string, unknown> = {}): unknown => ({
      'opendaylight-inventory:node': [{ id, ...extra }],
    });
    const file = join(dir, 'patch.json');
    writeFileSync(
      file,
      patch('two', [
        { 'edit-id': 'e1', operation: 'create', target: '/node=p1', value: node('p1') },
        { 'edit-id': 'e2', operation: 'remove', target: '/node=p0' },
      ]),
    );
    const ok = await cli(['patch', base, `@${file}`]);
    assert.equal(ok.code, 0, explain(ok));
    assert.equal(
      ok.stdout,
      `e1 create /node=p1: ok\ne2 remove /node=p0: ok\npatched ${base} (patch two)\n`,
    );
    const after = await cli(['get', base, '--content', 'config']);
    assert.deepEqual(JSON.parse(after.stdout), {
      'opendaylight-inventory:nodes': { node: [{ id: 'p1' }] },
    });

    const failing = await cli([
      'patch',
      base,
      patch('bad', [
        { 'edit-id': 'a', operation: 'merge', target: '/node=p2', value: node('p2') },
        { 'edit-id': 'b', operation: 'create', target: '/node=p1', value: node('p1') },
        { 'edit-id': 'c', operation: 'delete', target: '/node=p1' },
      ]),
    ]);
    assert.equal(failing.code, 1, explain(failing));
    assert.equal(failing.stdout, '');
    assert.equal(
      failing.stderr,
      'a merge /node=p2: ok\n' +
        `b create /node=p1: data-exists: ${base}/node=p1 already exists (at ${base}/node[id='p1'])\n` +
        'c delete /node=p1: not tried\n' +
        'canopy: patch bad failed; nothing was committed\n',
    );
    const unchanged = await cli(['get', base, '--content', 'config']);
    assert.equal(unchanged.stdout, after.stdout);

    const json = await cli(['patch', base, `@${file}`, '--json']);
    assert.equal(json.code, 1, explain(json));
    const body = JSON.parse(json.stdout) as Record<string, { 'patch-id': string }>;
    assert.equal(body['ietf-yang-patch:yang-patch-status']?.['patch-id'], 'two');

    const malformed = await cli(['patch', base, '{"not": "a patch"}']);
    assert.equal(malformed.code, 1, explain(malformed));
    assert.match(malformed.stderr, /^malformed-message: YANG Patch: /m);
  });

  it('get --fields selects descendants; --depth 0 and other bad depths exit 2 naming --depth', async () => {
    const base = '/opendaylight-inventory:nodes';
    const put = await cli([
      'put',
      base,
      '{"opendaylight-inventory:nodes": {"node": [{"id": "f1", "description": "rack 1"}]}}',
    ]);
    assert.equal(put.code, 0, explain(put));
    const ids = await cli(['get', base, '--fields', 'node(id)', '--content', 'config']);
    assert.equal(ids.code, 0, explain(ids));
    assert.deepEqual(JSON.parse(ids.stdout), {
      'opendaylight-inventory:nodes': { node: [{ id: 'f1' }] },
    });
    const wrong = await cli(['get', base, '--fields', 'no-such-child']);
    assert.equal(wrong.code, 1, explain(wrong));
    assert.match(wrong.stderr, /^invalid-value: fields: /m);
    for (const depth of ['0', '-1', '2.5', 'deep']) {
      const run = await cli(['get', base, '--depth', depth]);
      assert.equal(run.code, 2, `--depth ${depth}: ${explain(run)}`);
      assert.match(run.stderr, /^canopy: --depth expects a whole number from 1 to 65535/);
    }
    const one = await cli(['get', base, '--depth', '1', '--content', 'config']);
    assert.equal(one.code, 0, explain(one));
  });

  it('watch prints the subtree, then each commit as it arrives, in order, until Ctrl-C exits 0', async () => {
    const path = '/toaster:toaster/darknessFactor';
    const set = await cli(['put', path, '{"toaster:darknessFactor": 100}']);
    assert.equal(set.code, 0, explain(set));
    const watch = new Watch([path, '--url', member.url]);
    await watch.waitForLines(1);
    assert.equal(withoutTime(watch.lines[0]!), `initial ${path} 100`);
    for (let i = 1; i <= 5; i++) {
      const merge = await cli([
        'merge',
        '/toaster:toaster',
        `{"toaster:toaster": {"darknessFactor": ${100 + i}}}`,
      ]);
      assert.equal(merge.code, 0, explain(merge));
      // Each change is printed before the next commit: the watch streams, it does not batch.
      await watch.waitForLines(1 + i);
    }
    const other = await cli([
      'put',
      '/opendaylight-inventory:nodes',
      '{"opendaylight-inventory:nodes": {}}',
    ]);
    assert.equal(other.code, 0, explain(other));
    const del = await cli(['delete', path]);
    assert.equal(del.code, 0, explain(del));
    await watch.waitForLines(7);
    watch.child.kill('SIGINT');
    const end = await watch.exited;
    assert.equal(end.code, 0, explain(end));
    assert.equal(end.stderr, '');
    assert.deepEqual(end.stdout.trimEnd().split('\n').map(withoutTime), [
      `initial ${path} 100`,
      `replace ${path} 101`,
      `replace ${path} 102`,
      `replace ${path} 103`,
      `replace ${path} 104`,
      `replace ${path} 105`,
      `delete ${path}`,
    ]);
  });

  it('watch --json --datastore operational gives one JSON event per line: the toaster as a toast is made', async () => {
    const darkness = await cli([
      'put',
      '/toaster:toaster',
      '{"toaster:toaster": {"darknessFactor": 50}}',
    ]);
    assert.equal(darkness.code, 0, explain(darkness));
    const watch = new Watch([
      '/toaster:toaster/toasterStatus',
      '--datastore',
      'operational',
      '--json',
      '--url',
      member.url,
    ]);
    await watch.waitForLines(1);
    const toast = await cli(['rpc', 'toaster:make-toast', '{"toasterDoneness": 1}']);
    assert.equal(toast.code, 0, explain(toast));
    await watch.waitForLines(3);
    watch.child.kill('SIGINT');
    const end = await watch.exited;
    assert.equal(end.code, 0, explain(end));
    const events = watch.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(
      events.map((e) => [e['event'], e['datastore'], e['path'], e['edits']]),
      [
        ['initial-data', 'operational', '/toaster:toaster/toasterStatus', [status('create', 'up')]],
        [
          'data-change',
          'operational',
          '/toaster:toaster/toasterStatus',
          [status('replace', 'down')],
        ],
        ['data-change', 'operational', '/toaster:toaster/toasterStatus', [status('replace', 'up')]],
      ],
    );
  });

  it('watch of an unknown path exits 1 with the error; a bad --datastore exits 2', async () => {
    const unknown = await cli(['watch', '/toaster:no-such-node']);
    assert.equal(unknown.code, 1, explain(unknown));
    assert.match(unknown.stderr, /^invalid-value: .*no-such-node/m);
    const datastore = await cli(['watch', '/toaster:toaster', '--datastore', 'running']);
    assert.equal(datastore.code, 2, explain(datastore));
  });

  it('bare canopy prints the help on stderr and exits 2; --help shows examples, exit codes and the docs', async () => {
    const bare = await runCli([]);
    assert.equal(bare.code, 2, explain(bare));
    assert.equal(bare.stdout, '');
    assert.match(bare.stderr, /^Usage: canopy \[options\] \[command\]/);
    assert.match(bare.stderr, /^Exit codes:/m);
    const help = await runCli(['--help']);
    assert.equal(help.code, 0, explain(help));
    for (const command of [
      'start',
      'get',
      'put',
      'merge',
      'delete',
      'patch',
      'rpc',
      'watch',
      'status',
    ]) {
      assert.match(help.stdout, new RegExp(`^  ${command} `, 'm'), `command list: ${command}`);
      assert.match(help.stdout, new RegExp(`^  canopy ${command}\\b`, 'm'), `example: ${command}`);
    }
    // Every command's help text is checked in test/unit/cli/help.test.ts; here, that it is attached.
    const own = await runCli(['watch', '--help']);
    assert.equal(own.code, 0, explain(own));
    assert.match(own.stdout, /^Usage: canopy watch \[options\] <PATH>$/m);
    assert.match(own.stdout, /^Examples:\n {2}canopy watch /m);
    assert.match(own.stdout, /^Exit codes:$/m);
    assert.match(own.stdout, /^Documentation: \S+\/OPERATIONS\.md/m);
    // In a checkout the manual is on disk: help names the file itself.
    const docs = /^Documentation: (\S+\/OPERATIONS\.md)/m.exec(help.stdout)?.[1];
    assert.ok(docs !== undefined && existsSync(docs), help.stdout);
  });
});

/** An edit of /toaster:toaster/toasterStatus in a data-change event. */
function status(operation: string, value: string): unknown {
  return {
    operation,
    target: '/toaster:toaster/toasterStatus',
    value: { 'toaster:toasterStatus': value },
  };
}

describe('cli: watch when the member goes away', function () {
  this.timeout(120_000);
  let dir: string;
  let member: MemberProcess;

  before(async () => {
    dir = tempDir('cli-watch');
    member = await MemberProcess.start({ dataDir: join(dir, 'data') });
  });

  after(async () => {
    killWatches();
    await stopAll();
    removeDir(dir);
  });

  it('a member that stops (SIGTERM) ends the watch with exit 3, saying the member closed the stream', async () => {
    const watch = new Watch(['/toaster:toaster', '--url', member.url]);
    await watch.waitForLines(1);
    const stopped = await member.stop();
    assert.equal(stopped.code, 0, member.logTail());
    const end = await watch.exited;
    assert.equal(end.code, 3, explain(end));
    assert.equal(end.stderr, 'canopy: the member closed the stream: the server is shutting down\n');
  });

  it('a member that is killed (SIGKILL) ends the watch with exit 3, no stack trace', async () => {
    member = await member.restart();
    const watch = new Watch(['/toaster:toaster', '--url', member.url]);
    await watch.waitForLines(1);
    await member.kill();
    const end = await watch.exited;
    assert.equal(end.code, 3, explain(end));
    assert.match(
      end.stderr,
      /^canopy: (the connection to \S+ was lost|the member ended the stream)/,
    );
    assert.equal(end.stderr.split('\n').length, 2, explain(end));
  });

  it('with no member at the address, watch exits 3 saying it cannot connect', async () => {
    const end = await new Watch(['/toaster:toaster', '--url', member.url]).exited;
    assert.equal(end.code, 3, explain(end));
    assert.match(end.stderr, /^canopy: cannot connect to .*ECONNREFUSED/);
  });
});

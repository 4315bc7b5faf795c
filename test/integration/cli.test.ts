/**
 * Goal: the `canopy` command works end to end as an operator uses it: `canopy start` serves RESTCONF and
 * says where, and `canopy get|put|merge|delete|status` edit and read a running member, with the exit
 * codes docs/OPERATIONS.md promises (0 done, 1 RESTCONF error, 2 usage, 3 no member).
 *
 * Method: one real member process (the compiled CLI, the shipped conf/, a temporary data directory,
 * a free port) for the whole file; each client command is a real child process talking HTTP to it.
 * Assertions read the commands' stdout, stderr and exit codes, and cross-check edits with a second
 * command, never with the member's internals.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  copyShippedConf,
  freePort,
  MemberProcess,
  removeDir,
  runCli,
  stopAll,
  tempDir,
  type CliRun,
} from '../support/proc-member.js';

function explain(run: CliRun): string {
  return `exit ${String(run.code)}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
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
});

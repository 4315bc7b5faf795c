/**
 * Goal: a member's life as an operator sees it: SIGTERM shuts it down cleanly (exit 0, `stopped`), a
 * restart on the same data directory recovers what was committed, and a member that cannot start
 * says why and exits with the documented code: 2 with `file:line` and no stack for configuration and
 * YANG mistakes, 1 naming the address for a port in use, 1 naming the journal group for a shard
 * layout that would hide data (and the documented export/import moves that data).
 *
 * Method: real `canopy start` processes on temporary configuration and data directories and free
 * ports; edits and reads go through the `canopy` client command; mistakes are written into a copy of
 * the shipped conf/.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import {
  copyShippedConf,
  MemberProcess,
  removeDir,
  runCli,
  stopAll,
  tempDir,
  type CliRun,
} from '../support/proc-member.js';
import { LOG_BLOCK_BYTES, newestLog, physicalRecords } from '../support/proc-leveldb-log.js';
import { openRaftStore } from '../../src/persistence/raft-store.js';

function explain(run: { code: number | null; stdout: string; stderr: string }): string {
  return `exit ${String(run.code)}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

describe('cli: member lifecycle', function () {
  this.timeout(120_000);
  let dir: string;

  beforeEach(() => {
    dir = tempDir('lifecycle');
  });

  afterEach(async () => {
    await stopAll();
    removeDir(dir);
  });

  it('SIGTERM stops the member cleanly: exit 0, a stopped line, and the port is released', async () => {
    const member = await MemberProcess.start({ dataDir: join(dir, 'data') });
    const exit = await member.stop('SIGTERM');
    assert.deepEqual(exit, { code: 0, signal: null }, member.logTail());
    assert.match(member.stdout, /canopy member-1 stopped\n$/);
    assert.ok(
      member.logLines().some((l) => l.msg === 'canopy member-1 shutting down (SIGTERM)'),
      member.logTail(),
    );
    // The same port serves again at once: nothing was left listening.
    const again = await member.restart();
    assert.deepEqual(await again.stop('SIGINT'), { code: 0, signal: null }, again.logTail());
  });

  it('SIGTERM while the member starts stops it cleanly once started', async () => {
    const member = await MemberProcess.spawn({ dataDir: join(dir, 'data') });
    const starting = await member.waitForLog((l) => l.msg === 'canopy member-1 starting');
    assert.ok(starting, member.logTail());
    const exit = await member.stop('SIGTERM');
    assert.deepEqual(exit, { code: 0, signal: null }, member.logTail());
    assert.match(member.stdout, /canopy member-1 stopped\n$/);
  });

  it('a commit acknowledged before SIGTERM is there after a restart on the same data directory', async () => {
    const member = await MemberProcess.start({ dataDir: join(dir, 'data') });
    const path = '/opendaylight-inventory:nodes/node=survivor';
    const body = '{"opendaylight-inventory:node":[{"id":"survivor","description":"kept"}]}';
    const put = await runCli(['put', path, body, '--url', member.url]);
    assert.equal(put.code, 0, explain(put));
    assert.deepEqual(await member.stop(), { code: 0, signal: null }, member.logTail());

    const restarted = await member.restart();
    const get = await runCli(['get', path, '--url', restarted.url]);
    assert.equal(get.code, 0, `${explain(get)}\n${restarted.logTail()}`);
    assert.deepEqual(JSON.parse(get.stdout), {
      'opendaylight-inventory:node': [{ id: 'survivor', description: 'kept' }],
    });
    await restarted.stop();
  });

  it('a journal whose write-ahead log lost records refuses to start until --accept-dropped-wal-records', async () => {
    const dataDir = join(dir, 'data');
    const member = await MemberProcess.start({ dataDir });
    const path = '/opendaylight-inventory:nodes/node=before-damage';
    const body = '{"opendaylight-inventory:node":[{"id":"before-damage"}]}';
    const put = await runCli(['put', path, body, '--url', member.url]);
    assert.equal(put.code, 0, explain(put));
    assert.deepEqual(await member.stop(), { code: 0, signal: null }, member.logTail());
    // Grow the journal's write-ahead log past three blocks with synced batches of a group no shard
    // reads, then flip a byte in a record of its last block that whole batches follow: the damage a
    // failing disk leaves, which LevelDB answers by dropping the rest of the block.
    const journal = join(dataDir, 'journal');
    const store = await openRaftStore(journal);
    const log = store.group('filler');
    await log.load();
    const data = new Uint8Array(200).fill(7);
    for (let index = 1; newestLog(journal).bytes < 3.5 * LOG_BLOCK_BYTES; index++) {
      const entry = { type: 'normal' as const, term: 1, index, data };
      await log.save(
        { entries: [entry], hardState: { term: 1, vote: null, commit: index } },
        { sync: true },
      );
    }
    await store.close();
    const { file } = newestLog(journal);
    const bytes = readFileSync(file);
    const lastBlock = Math.floor((bytes.length - 1) / LOG_BLOCK_BYTES);
    const inLast = physicalRecords(bytes).filter(
      (r) => r.type === 1 && Math.floor(r.offset / LOG_BLOCK_BYTES) === lastBlock,
    );
    assert.ok(inLast.length >= 4, `whole batches in the last block: ${inLast.length}`);
    const victim = inLast[1]!;
    bytes[victim.offset + 7 + Math.floor(victim.dataBytes / 2)]! ^= 0x5a;
    writeFileSync(file, bytes);

    const refused = await MemberProcess.startExpectingFailure({ dataDir });
    assert.equal(refused.code, 1, explain(refused));
    assert.match(refused.stderr, /\d+\.log: \d+ bytes dropped/);
    assert.match(refused.stderr, /--accept-dropped-wal-records/);
    const again = await MemberProcess.startExpectingFailure({ dataDir });
    assert.equal(again.code, 1, 'the refusal outlives the log LevelDB deleted');

    const accepted = await MemberProcess.start({
      dataDir,
      args: ['--accept-dropped-wal-records'],
    });
    assert.ok(
      accepted.logLines().some((l) => l.level === 40 && /opened anyway/.test(String(l.msg))),
      accepted.logTail(),
    );
    const get = await runCli(['get', path, '--url', accepted.url]);
    assert.equal(get.code, 0, `${explain(get)}\n${accepted.logTail()}`);
    assert.deepEqual(await accepted.stop(), { code: 0, signal: null }, accepted.logTail());
    // Accepted once: a later start needs no flag.
    const later = await MemberProcess.start({ dataDir });
    assert.deepEqual(await later.stop(), { code: 0, signal: null }, later.logTail());
  });

  it('a second member on the same data directory refuses to start and names the directory', async () => {
    const dataDir = join(dir, 'data');
    const member = await MemberProcess.start({ dataDir });
    const second = await MemberProcess.startExpectingFailure({ dataDir });
    assert.equal(second.code, 1, explain(second));
    assert.match(second.stderr, /could not start/);
    assert.ok(second.stderr.includes(dataDir), explain(second));
    await member.stop();
  });

  it('a syntax error in canopy.conf exits 2 with file:line and no stack trace', async () => {
    const conf = copyShippedConf(dir);
    const file = join(conf, 'canopy.conf');
    const text = readFileSync(file, 'utf8').replace(
      'member-name = "member-1"',
      'member-name = member 1',
    );
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('member-name')) + 1;
    const run = await MemberProcess.startExpectingFailure({
      confDir: conf,
      dataDir: join(dir, 'd'),
    });
    assert.equal(run.code, 2, explain(run));
    assert.ok(run.stderr.includes(`${file}:${line}:`), explain(run));
    assert.doesNotMatch(run.stderr, /^\s+at /m);
  });

  it('a value out of range exits 2 naming the file, the line and the key', async () => {
    const conf = copyShippedConf(dir);
    const file = join(conf, 'canopy.conf');
    const text = readFileSync(file, 'utf8').replace(
      '#shard-election-timeout-factor = 4',
      'shard-election-timeout-factor = 1',
    );
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('timeout-factor = 1')) + 1;
    const run = await MemberProcess.startExpectingFailure({
      confDir: conf,
      dataDir: join(dir, 'd'),
    });
    assert.equal(run.code, 2, explain(run));
    assert.ok(
      run.stderr.includes(`${file}:${line}: datastore.shard-election-timeout-factor:`),
      explain(run),
    );
  });

  it('a YANG module that does not compile exits 2 naming its file and line', async () => {
    const conf = copyShippedConf(dir);
    writeFileSync(
      join(conf, 'yang', 'broken.yang'),
      'module broken {\n  namespace "urn:b";\n  prefix b;\n  leaf x { type no-such-type; }\n}\n',
    );
    const run = await MemberProcess.startExpectingFailure({
      confDir: conf,
      dataDir: join(dir, 'd'),
    });
    assert.equal(run.code, 2, explain(run));
    assert.match(run.stderr, /broken\.yang:4:/);
    assert.doesNotMatch(run.stderr, /^\s+at /m);
  });

  it('a YANG schema with several errors exits 2 printing every one with file:line:column', async () => {
    const conf = copyShippedConf(dir);
    const yang = join(conf, 'yang');
    writeFileSync(
      join(yang, 'broken.yang'),
      'module broken {\n  namespace "urn:b";\n  prefix b;\n  leaf x { type no-such-type; }\n' +
        '  leaf y { type uint8; default 300; }\n  list z { leaf k { type string; } }\n}\n',
    );
    writeFileSync(
      join(yang, 'also-broken.yang'),
      'module also-broken {\n  namespace "urn:ab";\n  prefix ab;\n  uses nowhere;\n}\n',
    );
    const run = await MemberProcess.startExpectingFailure({
      confDir: conf,
      dataDir: join(dir, 'd'),
    });
    assert.equal(run.code, 2, explain(run));
    for (const where of [
      'also-broken.yang:4:3',
      'broken.yang:4:12',
      'broken.yang:5:24',
      'broken.yang:6:3',
    ]) {
      assert.match(
        run.stderr,
        new RegExp(`^\\S*${where.replace(/\./g, '\\.')}: `, 'm'),
        explain(run),
      );
    }
    assert.doesNotMatch(run.stderr, /more error/);
    assert.doesNotMatch(run.stderr, /^\s+at /m);
  });

  it('a modules.conf namespace no YANG module defines exits 2 naming the line', async () => {
    const conf = copyShippedConf(dir);
    const file = join(conf, 'modules.conf');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('urn:opendaylight:inventory', 'urn:nowhere'),
    );
    const run = await MemberProcess.startExpectingFailure({
      confDir: conf,
      dataDir: join(dir, 'd'),
    });
    assert.equal(run.code, 2, explain(run));
    assert.match(run.stderr, /modules\.conf:\d+: .*urn:nowhere/);
  });

  it('a layout placing a shard only on other members exits 2 naming that shard, and creates nothing', async () => {
    // Shards replicated on this member and others form Raft groups over the cluster transport; a
    // shard with no replica here cannot be reached yet: the start is refused before anything opens.
    const conf = copyShippedConf(dir);
    const canopyFile = join(conf, 'canopy.conf');
    writeFileSync(
      canopyFile,
      readFileSync(canopyFile, 'utf8').replace(
        '{ name = "member-1", host = "127.0.0.1", port = 2550 }',
        '{ name = "member-1", host = "127.0.0.1", port = 2550 }\n' +
          '    { name = "member-2", host = "127.0.0.1", port = 2551 }\n' +
          '    { name = "member-3", host = "127.0.0.1", port = 2552 }',
      ),
    );
    const shardsFile = join(conf, 'module-shards.conf');
    const text = readFileSync(shardsFile, 'utf8');
    const toaster = /(name\s*=\s*"toaster"[\s\S]*?)replicas = \[\s*"member-1"\s*\]/;
    assert.match(text, toaster);
    writeFileSync(
      shardsFile,
      text
        .replace(toaster, '$1replicas = ["member-2", "member-3"]')
        .replaceAll(/replicas = \[\s*"member-1"\s*\]/g, 'replicas = ["member-1", "member-2"]'),
    );
    const dataDir = join(dir, 'data');
    const run = await MemberProcess.startExpectingFailure({ confDir: conf, dataDir });
    assert.equal(run.code, 2, explain(run));
    assert.match(
      run.stderr,
      /module-shards\.conf:\d+: .*shard "toaster" has no replica on this member \(member-1\); its replicas are on member-2, member-3/,
    );
    for (const shard of ['default', 'inventory', 'topology']) {
      assert.doesNotMatch(run.stderr, new RegExp(`shard "${shard}"`));
    }
    assert.doesNotMatch(run.stderr, /^\s+at /m);
    assert.equal(existsSync(dataDir), false, 'the refused start created the data directory');
  });

  it('a shard layout that no longer places a replica with data here exits 1 naming the group; the documented move keeps the data', async () => {
    const dataDir = join(dir, 'data');
    const member = await MemberProcess.start({ dataDir });
    const put = await runCli([
      'put',
      '/toaster:toaster',
      '{"toaster:toaster":{"darknessFactor":2000}}',
      '--url',
      member.url,
    ]);
    assert.equal(put.code, 0, explain(put));
    assert.deepEqual(await member.stop(), { code: 0, signal: null }, member.logTail());

    // Remove toaster from a copy of conf/: its data would now sit in a replica nobody reads.
    const conf = copyShippedConf(dir);
    const modules = join(conf, 'modules.conf');
    const moduleShards = join(conf, 'module-shards.conf');
    const modulesText = readFileSync(modules, 'utf8');
    const shardsText = readFileSync(moduleShards, 'utf8');
    const withoutModules = modulesText.replace(/,\s*\{\s*name = "toaster"[^}]*\}/, '');
    const withoutShards = shardsText.replace(
      /,\s*\{\s*name = "toaster"\s*shards = \[[\s\S]*?\]\s*\}\s*\]\s*\}/,
      '',
    );
    assert.ok(withoutModules !== modulesText && withoutShards !== shardsText, 'toaster removed');
    writeFileSync(modules, withoutModules);
    writeFileSync(moduleShards, withoutShards);
    const refused = await MemberProcess.startExpectingFailure({ confDir: conf, dataDir });
    assert.equal(refused.code, 1, explain(refused));
    assert.match(
      refused.stderr,
      /^canopy: the member could not start: journal \S+ holds shard replica member-1-shard-toaster-config \(1 journal entry with transaction records\)/m,
    );
    assert.ok(refused.stderr.includes(join(dataDir, 'journal')), explain(refused));
    assert.match(refused.stderr, /docs\/OPERATIONS\.md/);

    // docs/OPERATIONS.md's move: export under the old layout, import into the new one.
    const old = await MemberProcess.start({ dataDir });
    const exported = await runCli(['get', '/', '--content', 'config', '--url', old.url]);
    assert.equal(exported.code, 0, explain(exported));
    assert.deepEqual(await old.stop(), { code: 0, signal: null }, old.logTail());
    const moved = await MemberProcess.start({ confDir: conf, dataDir: join(dir, 'moved') });
    const imported = await runCli(['put', '/', '-', '--url', moved.url], {
      input: exported.stdout,
    });
    assert.equal(imported.code, 0, explain(imported));
    const get = await runCli([
      'get',
      '/toaster:toaster',
      '--content',
      'config',
      '--url',
      moved.url,
    ]);
    assert.equal(get.code, 0, explain(get));
    assert.deepEqual(JSON.parse(get.stdout), { 'toaster:toaster': { darknessFactor: 2000 } });
    assert.deepEqual(await moved.stop(), { code: 0, signal: null }, moved.logTail());
  });

  it('a port already in use makes the start fail with exit 1, naming the address', async () => {
    const blocker: Server = createServer();
    const port = await new Promise<number>((resolve) => {
      blocker.listen(0, '127.0.0.1', () => {
        const a = blocker.address();
        resolve(typeof a === 'object' && a !== null ? a.port : 0);
      });
    });
    try {
      const run = await MemberProcess.startExpectingFailure({
        dataDir: join(dir, 'data'),
        httpPort: port,
      });
      assert.equal(run.code, 1, explain(run));
      assert.ok(
        run.stderr.includes(`cannot listen for RESTCONF on 127.0.0.1:${port}: EADDRINUSE`),
        explain(run),
      );
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('the toaster rpc of the sample provider answers over RESTCONF', async () => {
    const member = await MemberProcess.start({ dataDir: join(dir, 'data') });
    const response = await fetch(`${member.url}/rests/operations/toaster:restock-toaster`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/yang-data+json' },
      body: JSON.stringify({ 'toaster:input': { amountOfBreadToStock: 3 } }),
    });
    assert.equal(response.status, 204, await response.text());
    const run: CliRun = await runCli(['get', '/toaster:toaster', '--url', member.url]);
    assert.equal(
      (JSON.parse(run.stdout) as { 'toaster:toaster': { toasterStatus: string } })[
        'toaster:toaster'
      ].toasterStatus,
      'up',
      explain(run),
    );
    await member.stop();
  });
});

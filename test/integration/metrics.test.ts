/**
 * Goal: an operator can see what a running member does: `/metrics` of a real `canopy start` process
 * serves the Prometheus text format, and its counters move by exactly what clients saw (commits,
 * conflicts and validation aborts per shard, HTTP requests by method, route and status), its
 * histograms have buckets, its gauges follow the journal and the open event streams; every request
 * leaves one access-log line; `--log-format pretty` prints human lines (JSON stays the default) and
 * still ends with the `stopped` line and exit 0.
 *
 * Method: real member processes (the compiled CLI, the shipped conf/, temporary data directories,
 * free ports). Requests are real HTTP; conflicts come from concurrent PUTs creating the same list
 * entry (each round until at least one is refused, the counts then compared with every response
 * seen, whatever the interleaving); a validation abort from a topology link missing its mandatory
 * ends. The scrape is parsed strictly (test/support/prometheus-text.ts) before and after, and the
 * deltas compared.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseExposition, type Exposition } from '../support/prometheus-text.js';
import { MemberProcess, removeDir, stopAll, tempDir, waitFor } from '../support/proc-member.js';

const JSON_TYPE = 'application/yang-data+json';
const INVENTORY = { shard: 'inventory', datastore: 'config' };
const TOPOLOGY = { shard: 'topology', datastore: 'config' };

async function scrape(member: MemberProcess): Promise<{ m: Exposition; contentType: string }> {
  const res = await fetch(`${member.url}/metrics`);
  assert.equal(res.status, 200);
  return {
    m: parseExposition(await res.text()),
    contentType: res.headers.get('content-type') ?? '',
  };
}

async function put(member: MemberProcess, path: string, body: unknown): Promise<number> {
  const res = await fetch(`${member.url}/rests/data${path}`, {
    method: 'PUT',
    headers: { 'content-type': JSON_TYPE },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

/** Counts of each status. */
function tally(statuses: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const s of statuses) out.set(s, (out.get(s) ?? 0) + 1);
  return out;
}

describe('metrics and logs of a running member', function () {
  this.timeout(180_000);
  let dir: string;

  before(() => {
    dir = tempDir('metrics');
  });

  after(async () => {
    await stopAll();
    removeDir(dir);
  });

  describe('metrics: /metrics of canopy start', () => {
    let member: MemberProcess;

    before(async () => {
      member = await MemberProcess.start({ dataDir: join(dir, 'data-metrics') });
    });

    after(async () => {
      const exit = await member.stop();
      assert.equal(exit.code, 0, member.logTail());
    });

    it('serves the Prometheus text format with the member and process metrics', async () => {
      const { m, contentType } = await scrape(member);
      assert.equal(contentType, 'text/plain; version=0.0.4; charset=utf-8');
      for (const name of [
        'canopy_shard_commits_total',
        'canopy_shard_aborts_total',
        'canopy_http_requests_total',
        'canopy_journal_written_bytes_total',
      ]) {
        assert.equal(m.types.get(name), 'counter', name);
      }
      for (const name of [
        'canopy_shard_commit_duration_seconds',
        'canopy_journal_fsync_duration_seconds',
        'canopy_journal_batch_writes',
        'canopy_http_request_duration_seconds',
      ]) {
        assert.equal(m.types.get(name), 'histogram', name);
      }
      assert.equal(m.types.get('canopy_event_streams'), 'gauge');
      assert.equal(m.types.get('canopy_shard_journal_bytes'), 'gauge');
      assert.equal(m.types.get('canopy_shard_snapshot_bytes'), 'gauge');
      assert.equal(m.types.get('process_cpu_user_seconds_total'), 'counter');
      // Every local replica of both datastores is there, running.
      for (const datastore of ['config', 'operational']) {
        for (const shard of ['default', 'inventory', 'topology', 'toaster']) {
          assert.equal(m.value('canopy_shard_state', { shard, datastore, state: 'running' }), 1);
        }
      }
    });

    it('commits, conflicts and validation aborts move the counters by what the clients saw', async () => {
      const { m: before } = await scrape(member);
      const statuses: number[] = [];
      // Conflicts: rounds of concurrent PUTs creating one new entry each round.
      for (let round = 0; round < 20 && !statuses.includes(409); round++) {
        const path = `/opendaylight-inventory:nodes/node=m${round}`;
        const body = { 'opendaylight-inventory:node': [{ id: `m${round}` }] };
        statuses.push(
          ...(await Promise.all(Array.from({ length: 8 }, () => put(member, path, body)))),
        );
      }
      // And a few plain commits.
      for (let i = 0; i < 3; i++) {
        const path = '/opendaylight-inventory:nodes/node=plain';
        statuses.push(
          await put(member, path, { 'opendaylight-inventory:node': [{ id: 'plain' }] }),
        );
      }
      const invalid = await put(member, '/network-topology:network-topology/topology=t1', {
        'network-topology:topology': [
          { 'topology-id': 't1', link: [{ 'link-id': 'l1', source: { 'source-tp': 'x' } }] },
        ],
      });
      assert.equal(invalid, 400);
      const seen = tally(statuses);
      const committed = (seen.get(201) ?? 0) + (seen.get(204) ?? 0);
      const conflicts = seen.get(409) ?? 0;
      assert.ok(conflicts > 0, `no conflict in ${statuses.join(' ')}`);
      assert.equal(committed + conflicts, statuses.length, statuses.join(' '));

      const { m: after } = await scrape(member);
      const delta = (name: string, labels: Record<string, string> = {}): number =>
        after.sum(name, labels) - before.sum(name, labels);
      assert.equal(delta('canopy_shard_commits_total', INVENTORY), committed);
      assert.equal(
        delta('canopy_shard_aborts_total', { ...INVENTORY, code: 'optimistic-lock-failed' }),
        conflicts,
      );
      assert.equal(
        delta('canopy_shard_aborts_total', { ...TOPOLOGY, code: 'data-validation-failed' }),
        1,
      );
      assert.equal(delta('canopy_shard_commits_total', TOPOLOGY), 0);
      // Each commit is one journal entry of the shard.
      assert.equal(delta('canopy_shard_commit_index', INVENTORY), committed);
      assert.ok(delta('canopy_journal_written_bytes_total') > 0);

      const requests = (status: number): number =>
        delta('canopy_http_requests_total', {
          method: 'PUT',
          route: '/rests/data',
          status: String(status),
        });
      assert.equal(requests(201), seen.get(201) ?? 0);
      assert.equal(requests(204), seen.get(204) ?? 0);
      assert.equal(requests(409), conflicts);
      assert.equal(requests(400), 1);

      const latency = after.histogram('canopy_shard_commit_duration_seconds', INVENTORY);
      const latencyBefore = before.histogram('canopy_shard_commit_duration_seconds', INVENTORY);
      assert.equal(latency.count - latencyBefore.count, committed);
      assert.ok(latency.buckets.length >= 10, 'a histogram with buckets');
      const fsync = after.histogram('canopy_journal_fsync_duration_seconds');
      assert.ok(fsync.count > before.histogram('canopy_journal_fsync_duration_seconds').count);
      const writes = after.histogram('canopy_journal_batch_writes');
      // Group commit: one shard save may carry several commits (the shell steps every request already
      // in its mailbox before the next save), so writes can be fewer than commits, never none.
      const writesDelta = writes.sum - before.histogram('canopy_journal_batch_writes').sum;
      assert.ok(writesDelta > 0, `journal writes ${writesDelta}`);
      const puts = { method: 'PUT', route: '/rests/data' };
      const putDuration = after.histogram('canopy_http_request_duration_seconds', puts);
      const putDurationBefore = before.types.has('canopy_http_request_duration_seconds')
        ? before.sum('canopy_http_request_duration_seconds_count', puts)
        : 0;
      assert.equal(putDuration.count - putDurationBefore, statuses.length + 1);
    });

    it('an open event stream shows in canopy_event_streams until it ends', async () => {
      const controller = new AbortController();
      const res = await fetch(
        `${member.url}/rests/streams/data-change?path=/toaster:toaster&datastore=config`,
        { signal: controller.signal },
      );
      assert.equal(res.status, 200);
      try {
        assert.equal((await scrape(member)).m.value('canopy_event_streams'), 1);
      } finally {
        controller.abort();
      }
      assert.ok(
        await waitFor(
          () => member.logLines().some((l) => l.msg === 'restconf: event stream closed'),
          10_000,
        ),
      );
      assert.equal((await scrape(member)).m.value('canopy_event_streams'), 0);
    });

    it('every answered request leaves one JSON access-log line', async () => {
      const path = '/rests/data/opendaylight-inventory:nodes/node=plain?content=config';
      const res = await fetch(`${member.url}${path}`);
      const body = await res.text();
      const matching = (): Record<string, unknown>[] =>
        member.logLines().filter((l) => l.msg === 'http request' && l.url === path);
      assert.ok(await waitFor(() => matching().length === 1, 10_000), member.logTail());
      const line = matching()[0]!;
      assert.equal(line.level, 30);
      assert.equal(line.method, 'GET');
      assert.equal(line.status, 200);
      assert.equal(line.bytes, Buffer.byteLength(body));
      assert.equal(line.remote, '127.0.0.1');
      assert.equal(typeof line.durationMs, 'number');
    });
  });

  describe('logs: formats and the access-log setting', () => {
    it('--log-format pretty prints human lines, one per event, down to the stopped line and exit 0', async () => {
      const member = await MemberProcess.start({
        dataDir: join(dir, 'data-pretty'),
        args: ['--log-format', 'pretty'],
      });
      const res = await fetch(`${member.url}/rests/data/toaster:toaster`);
      await res.arrayBuffer();
      assert.ok(
        await waitFor(
          () => / INFO: GET \/rests\/data\/toaster:toaster \d{3} /.test(member.stderr),
          10_000,
        ),
        member.logTail(),
      );
      const exit = await member.stop();
      assert.equal(exit.code, 0, member.logTail());
      const lines = member.stderr.trimEnd().split('\n');
      assert.deepEqual(
        lines.filter((l) => l.startsWith('{')),
        [],
        'no JSON line in the pretty format',
      );
      for (const line of lines)
        assert.match(line, /^\[\d\d:\d\d:\d\d\.\d{3}\] (INFO|WARN|ERROR|DEBUG): /);
      assert.ok(
        lines.some((l) =>
          / INFO: canopy member-1 listening on http:\/\/127\.0\.0\.1:\d+\/rests /.test(l),
        ),
      );
      assert.match(lines[lines.length - 1]!, / INFO: canopy member-1 stopped/);
      assert.match(member.stdout, /canopy member-1 stopped\n$/);
    });

    it('JSON is the default, and http.access-log = false leaves the access lines out', async () => {
      const member = await MemberProcess.start({
        dataDir: join(dir, 'data-quiet'),
        args: ['--set', 'http.access-log=false'],
      });
      const res = await fetch(`${member.url}/rests/data/toaster:toaster`);
      await res.arrayBuffer();
      const exit = await member.stop();
      assert.equal(exit.code, 0, member.logTail());
      const lines = member.stderr.trimEnd().split('\n');
      assert.ok(lines.length > 3);
      for (const line of lines) JSON.parse(line);
      assert.deepEqual(
        member.logLines().filter((l) => l.msg === 'http request'),
        [],
      );
      assert.ok(member.logLines().some((l) => l.msg === 'canopy member-1 stopped'));
    });

    it('an unknown --log-format is a usage error (exit 2)', async () => {
      const failed = await MemberProcess.startExpectingFailure({
        dataDir: join(dir, 'data-bad'),
        args: ['--log-format', 'xml'],
      });
      assert.equal(failed.code, 2);
      assert.match(failed.stderr, /--log-format/);
    });
  });
});

/**
 * Goal: PrometheusMetrics turns what the shells record into a well-formed Prometheus scrape with the
 * documented names, labels and values: shard commits and aborts by error code, commit, fsync and
 * HTTP duration histograms with cumulative buckets, group-commit batch sizes, HTTP requests by
 * method, route and status, open event streams, and the status gauges read at scrape time; each
 * member has its own Registry. Method: record through the ports, scrape, parse the text strictly
 * (test/support/prometheus-text.ts) and compare values.
 */
import { strict as assert } from 'node:assert';
import { register as globalRegistry } from 'prom-client';
import {
  errorCode,
  HistogramCell,
  PrometheusMetrics,
  type MemberStatusView,
  type ShardStatusView,
} from '../../../src/runtime/metrics.js';
import { ShardUnavailableError } from '../../../src/shard/errors.js';
import { DataValidationFailedError, OptimisticLockFailedError } from '../../../src/tree/errors.js';
import { parseExposition, type Exposition } from '../../support/prometheus-text.js';

async function scrape(metrics: PrometheusMetrics): Promise<Exposition> {
  return parseExposition(await metrics.scrape());
}

function shardStatus(overrides: Partial<ShardStatusView>): ShardStatusView {
  return {
    shard: 'default',
    datastore: 'config',
    state: 'running',
    commitIndex: 0,
    journalFirstIndex: 1,
    journalLastIndex: 0,
    journalBytesSinceSnapshot: 0,
    snapshotBytes: 0,
    treeNodes: 0,
    queueLength: 0,
    inDoubt: 0,
    ...overrides,
  };
}

describe('runtime: metrics', () => {
  describe('metrics: histogram cells', () => {
    it('a value on a bound counts in that bound, one above every bound only in +Inf', () => {
      const cell = new HistogramCell([1, 2, 4]);
      for (const v of [0.5, 1, 1.5, 2, 4, 5]) cell.observe(v);
      assert.deepEqual([...cell.counts], [2, 2, 1, 1]);
      assert.equal(cell.count, 6);
      assert.equal(cell.sum, 14);
    });
  });

  describe('metrics: shards', () => {
    it('commits, aborts by error code and commit latency are reported per shard and datastore', async () => {
      const metrics = new PrometheusMetrics({ processMetrics: false });
      const inventory = metrics.shard('inventory', 'config');
      const operational = metrics.shard('inventory', 'operational');
      inventory.committed(0.003);
      inventory.committed(0.0004);
      operational.committed(0.02);
      inventory.aborted(new OptimisticLockFailedError('/a:b', 'changed'));
      inventory.aborted(new OptimisticLockFailedError('/a:b', 'changed'));
      inventory.aborted(new DataValidationFailedError('/a:b', 'missing'));
      inventory.aborted(new Error('a bug'));
      const m = await scrape(metrics);
      const config = { shard: 'inventory', datastore: 'config' };
      assert.equal(m.types.get('canopy_shard_commits_total'), 'counter');
      assert.equal(m.value('canopy_shard_commits_total', config), 2);
      assert.equal(
        m.value('canopy_shard_commits_total', { shard: 'inventory', datastore: 'operational' }),
        1,
      );
      const aborts = (code: string): number | undefined =>
        m.value('canopy_shard_aborts_total', { ...config, code });
      assert.equal(aborts('optimistic-lock-failed'), 2);
      assert.equal(aborts('data-validation-failed'), 1);
      assert.equal(aborts('internal'), 1);
      const latency = m.histogram('canopy_shard_commit_duration_seconds', config);
      assert.equal(latency.count, 2);
      assert.ok(Math.abs(latency.sum - 0.0034) < 1e-12);
      assert.deepEqual(
        latency.buckets.filter(([le]) => le === 0.0005 || le === 0.0025 || le === 0.005),
        [
          [0.0005, 1],
          [0.0025, 1],
          [0.005, 2],
        ],
      );
    });

    it('a shard asked for twice gets the same cell, and a shard with nothing yet shows zeros', async () => {
      const metrics = new PrometheusMetrics({ processMetrics: false });
      assert.equal(metrics.shard('default', 'config'), metrics.shard('default', 'config'));
      const m = await scrape(metrics);
      assert.equal(m.value('canopy_shard_commits_total', { shard: 'default' }), 0);
      assert.equal(
        m.histogram('canopy_shard_commit_duration_seconds', {
          shard: 'default',
          datastore: 'config',
        }).count,
        0,
      );
      assert.equal(m.value('canopy_shard_aborts_total', { shard: 'default' }), undefined);
    });

    it('an error is counted under its CanopyError code, anything else as internal', () => {
      assert.equal(errorCode(new ShardUnavailableError('r', 'stopped')), 'shard-unavailable');
      assert.equal(errorCode(new TypeError('x')), 'internal');
      assert.equal(errorCode('a string'), 'internal');
    });
  });

  describe('metrics: journal', () => {
    it('every batch counts its writes; only a synced batch times the fsync', async () => {
      const metrics = new PrometheusMetrics({ processMetrics: false });
      metrics.journal.batchWritten(1, true, 0.002);
      metrics.journal.batchWritten(30, true, 0.004);
      metrics.journal.batchWritten(5, false, 0.0001);
      const m = await scrape(metrics);
      const fsync = m.histogram('canopy_journal_fsync_duration_seconds');
      assert.equal(fsync.count, 2);
      assert.ok(Math.abs(fsync.sum - 0.006) < 1e-12);
      const writes = m.histogram('canopy_journal_batch_writes');
      assert.equal(writes.count, 3);
      assert.equal(writes.sum, 36);
      assert.deepEqual(
        writes.buckets.filter(([le]) => le <= 32),
        [
          [1, 1],
          [2, 1],
          [4, 1],
          [8, 2],
          [16, 2],
          [32, 3],
        ],
      );
    });
  });

  describe('metrics: http', () => {
    it('requests are counted by method, route template and status, and timed by method and route', async () => {
      const metrics = new PrometheusMetrics({ processMetrics: false });
      metrics.http.request('GET', '/rests/data', 200, 0.001);
      metrics.http.request('GET', '/rests/data', 200, 0.002);
      metrics.http.request('GET', '/rests/data', 404, 0.0005);
      metrics.http.request('PUT', '/rests/data', 201, 0.01);
      metrics.http.request('GET', 'unmatched', 404, 0.0001);
      const m = await scrape(metrics);
      const requests = (method: string, route: string, status: string): number | undefined =>
        m.value('canopy_http_requests_total', { method, route, status });
      assert.equal(requests('GET', '/rests/data', '200'), 2);
      assert.equal(requests('GET', '/rests/data', '404'), 1);
      assert.equal(requests('PUT', '/rests/data', '201'), 1);
      assert.equal(requests('GET', 'unmatched', '404'), 1);
      assert.equal(m.sum('canopy_http_requests_total'), 5);
      const get = m.histogram('canopy_http_request_duration_seconds', {
        method: 'GET',
        route: '/rests/data',
      });
      assert.equal(get.count, 3);
      assert.ok(Math.abs(get.sum - 0.0035) < 1e-12);
    });

    it('open event streams are read from every watched server at each scrape', async () => {
      const metrics = new PrometheusMetrics({ processMetrics: false });
      let open = 2;
      metrics.http.watchEventStreams(() => open);
      metrics.http.watchEventStreams(() => 1);
      assert.equal((await scrape(metrics)).value('canopy_event_streams'), 3);
      open = 0;
      assert.equal((await scrape(metrics)).value('canopy_event_streams'), 1);
    });
  });

  describe('metrics: status gauges', () => {
    it('journal and snapshot sizes, positions and state are read from the status at each scrape', async () => {
      const metrics = new PrometheusMetrics({ processMetrics: false });
      let status: MemberStatusView = {
        shards: [
          shardStatus({
            shard: 'toaster',
            commitIndex: 42,
            journalFirstIndex: 21,
            journalLastIndex: 42,
            journalBytesSinceSnapshot: 1234,
            snapshotBytes: 5678,
            treeNodes: 9,
            queueLength: 3,
            inDoubt: 1,
          }),
          shardStatus({ shard: 'default', state: 'stopped' }),
        ],
        journal: { bytes: 99_000 },
      };
      metrics.watchStatus(() => status);
      let m = await scrape(metrics);
      const toaster = { shard: 'toaster', datastore: 'config' };
      assert.equal(m.value('canopy_shard_journal_bytes', toaster), 1234);
      assert.equal(m.value('canopy_shard_journal_entries', toaster), 22);
      assert.equal(m.value('canopy_shard_snapshot_bytes', toaster), 5678);
      assert.equal(m.value('canopy_shard_commit_index', toaster), 42);
      assert.equal(m.value('canopy_shard_tree_nodes', toaster), 9);
      assert.equal(m.value('canopy_shard_queue_length', toaster), 3);
      assert.equal(m.value('canopy_shard_in_doubt', toaster), 1);
      assert.equal(m.value('canopy_shard_journal_entries', { shard: 'default' }), 0);
      assert.equal(m.value('canopy_shard_state', { ...toaster, state: 'running' }), 1);
      assert.equal(m.value('canopy_shard_state', { ...toaster, state: 'stopped' }), 0);
      assert.equal(m.value('canopy_shard_state', { shard: 'default', state: 'stopped' }), 1);
      assert.equal(m.sum('canopy_shard_state'), 2);
      assert.equal(m.value('canopy_journal_written_bytes_total'), 99_000);

      status = { shards: [shardStatus({ shard: 'toaster', commitIndex: 50 })] };
      m = await scrape(metrics);
      assert.equal(m.value('canopy_shard_commit_index', toaster), 50);
      assert.equal(m.value('canopy_shard_commit_index', { shard: 'default' }), undefined);
      assert.equal(m.value('canopy_journal_written_bytes_total'), 0);
    });
  });

  describe('metrics: registries', () => {
    it('two members in one process keep separate metrics, and the global registry stays empty', async () => {
      const a = new PrometheusMetrics();
      const b = new PrometheusMetrics();
      a.shard('default', 'config').committed(0.001);
      const [ma, mb] = [await scrape(a), await scrape(b)];
      assert.equal(ma.value('canopy_shard_commits_total', { shard: 'default' }), 1);
      assert.equal(mb.value('canopy_shard_commits_total', { shard: 'default' }), undefined);
      assert.equal(globalRegistry.getMetricsAsArray().length, 0);
      // Node's process metrics are on each member's registry.
      assert.equal(ma.types.get('process_cpu_user_seconds_total'), 'counter');
      assert.equal(mb.types.get('nodejs_heap_size_used_bytes'), 'gauge');
    });

    it('the scrape is the Prometheus text format: every family has HELP and TYPE', async () => {
      const metrics = new PrometheusMetrics({ processMetrics: false });
      assert.equal(metrics.contentType, 'text/plain; version=0.0.4; charset=utf-8');
      const m = await scrape(metrics);
      for (const [name, type] of m.types) {
        assert.ok((m.helps.get(name) ?? '') !== '', `${name} has a HELP line`);
        assert.ok(name.startsWith('canopy_'), name);
        if (type === 'counter') assert.ok(name.endsWith('_total'), name);
      }
      assert.equal(m.types.get('canopy_shard_commit_duration_seconds'), 'histogram');
      assert.equal(m.types.get('canopy_journal_fsync_duration_seconds'), 'histogram');
      assert.equal(m.types.get('canopy_journal_batch_writes'), 'histogram');
      assert.equal(m.types.get('canopy_http_request_duration_seconds'), 'histogram');
      assert.equal(m.types.get('canopy_event_streams'), 'gauge');
      assert.equal(m.value('process_cpu_user_seconds_total'), undefined);
    });
  });
});

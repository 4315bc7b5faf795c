/**
 * Benchmarks of what seeing a member costs on its hot paths (src/runtime/metrics.ts, the access log),
 * never part of npm test and never asserted. Family `metrics`: `npm run bench -- --filter metrics`
 * (CANOPY_BENCH_QUICK=1 for a smoke run).
 *
 * Cases, each against a peer measured in the same run:
 * - a shard commit recorded (a clock read before and after, `ShardMetrics.committed`), against the same
 *   with prom-client children bound to the shard's labels (`counter.labels(...).inc()`,
 *   `histogram.labels(...).observe()`), which is what the cells replace;
 * - an HTTP request recorded (`HttpMetrics.request`), against prom-client's usual
 *   `counter.inc(labels)` and `histogram.observe(labels, seconds)`;
 * - one access-log line (pino JSON, written synchronously to /dev/null as `canopy start` writes to
 *   standard error), against a bare synchronous write of a line of the same length.
 * Here the peer is slower for the first two: floor/ours below 1 says how many times.
 */
import { openSync, writeSync } from 'node:fs';
import { Counter, Histogram, Registry } from 'prom-client';
import { ACCESS_LOG_MESSAGE, createLogger } from '../../src/runtime/logger.js';
import { DURATION_BUCKETS_SECONDS, PrometheusMetrics } from '../../src/runtime/metrics.js';
import type { Bench, BenchResult } from './bench-types.js';
import { DEFAULT_TIMING, throughput, type Throughput, type TimingOptions } from './bench-timing.js';

const timing: TimingOptions =
  process.env['CANOPY_BENCH_QUICK'] !== undefined
    ? { runMs: 200, warmupMs: 200, runs: 3 }
    : DEFAULT_TIMING;

function compared(name: string, ours: Throughput, peer: Throughput, words: string): BenchResult {
  return {
    name,
    opsPerSec: ours.opsPerSec,
    floorOpsPerSec: peer.opsPerSec,
    floorRatio: peer.opsPerSec / ours.opsPerSec,
    floor: words,
    runs: ours.runs,
    opsPerRun: ours.opsPerRun,
    spread: ours.spread,
    note: `${(1e9 / ours.opsPerSec).toFixed(0)} ns each, peer ${(1e9 / peer.opsPerSec).toFixed(0)} ns`,
  };
}

function promClient(): { counter: Counter; histogram: Histogram } {
  const registry = new Registry();
  return {
    counter: new Counter({
      name: 'peer_total',
      help: 'peer',
      labelNames: ['a', 'b', 'c'],
      registers: [registry],
    }),
    histogram: new Histogram({
      name: 'peer_seconds',
      help: 'peer',
      labelNames: ['a', 'b'],
      buckets: [...DURATION_BUCKETS_SECONDS],
      registers: [registry],
    }),
  };
}

async function shardCommit(): Promise<BenchResult> {
  const cell = new PrometheusMetrics({ processMetrics: false }).shard('inventory', 'config');
  const ours = await throughput((count) => {
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      cell.committed((performance.now() - start) / 1000);
    }
  }, timing);
  const peer = promClient();
  const counter = peer.counter.labels('inventory', 'config', 'x');
  const histogram = peer.histogram.labels('inventory', 'config');
  const theirs = await throughput((count) => {
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      counter.inc();
      histogram.observe((performance.now() - start) / 1000);
    }
  }, timing);
  return compared(
    'shard commit recorded (clock read, counter, histogram)',
    ours,
    theirs,
    'prom-client children bound to the labels',
  );
}

async function httpRequest(): Promise<BenchResult> {
  const metrics = new PrometheusMetrics({ processMetrics: false });
  const ours = await throughput((count) => {
    for (let i = 0; i < count; i++) metrics.http.request('GET', '/rests/data', 200, 0.001);
  }, timing);
  const peer = promClient();
  const theirs = await throughput((count) => {
    for (let i = 0; i < count; i++) {
      peer.counter.inc({ a: 'GET', b: '/rests/data', c: '200' });
      peer.histogram.observe({ a: 'GET', b: '/rests/data' }, 0.001);
    }
  }, timing);
  return compared(
    'HTTP request recorded (method, route, status, duration)',
    ours,
    theirs,
    'prom-client counter.inc(labels) and histogram.observe(labels, seconds)',
  );
}

async function accessLine(): Promise<BenchResult> {
  const fd = openSync('/dev/null', 'w');
  let length = 0;
  const logger = createLogger({
    write: (line) => {
      length = line.length;
      writeSync(fd, line);
    },
  });
  const fields = {
    method: 'GET',
    url: '/rests/data/opendaylight-inventory:nodes/node=h3/description',
    status: 200,
    durationMs: 0.512,
    bytes: 48,
    remote: '127.0.0.1',
  };
  const ours = await throughput((count) => {
    for (let i = 0; i < count; i++) logger.info(fields, ACCESS_LOG_MESSAGE);
  }, timing);
  const line = `${'x'.repeat(Math.max(1, length - 1))}\n`;
  const theirs = await throughput((count) => {
    for (let i = 0; i < count; i++) writeSync(fd, line);
  }, timing);
  return compared(
    'access-log line (pino JSON, synchronous write to /dev/null)',
    ours,
    theirs,
    `writeSync of a ${line.length}-byte line to /dev/null`,
  );
}

const metrics: Bench = {
  name: 'metrics',
  async run(selected) {
    const results: BenchResult[] = [];
    const cases: [string, () => Promise<BenchResult>][] = [
      ['shard commit recorded (clock read, counter, histogram)', shardCommit],
      ['HTTP request recorded (method, route, status, duration)', httpRequest],
      ['access-log line (pino JSON, synchronous write to /dev/null)', accessLine],
    ];
    for (const [name, run] of cases) {
      if (selected(name)) results.push(await run());
    }
    return results;
  },
};

export const benches: Bench[] = [metrics];

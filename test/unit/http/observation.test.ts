/**
 * Goal: the RESTCONF server shows what it does: with metrics it serves `/metrics` (Prometheus text
 * format) and counts and times every answered request by method, route template (never the full
 * path) and status, and counts open event streams; with the access log it writes one info line per
 * request once the response is sent (method, url, status, duration, bytes, client), and an event
 * stream's line when it ends. Without either, neither happens. Method: a real server over in-memory
 * stores (harness.ts) and real HTTP requests; metrics read back by scraping `/metrics` and parsing
 * the text strictly; log lines read from the memory logger.
 */
import { strict as assert } from 'node:assert';
import { ACCESS_LOG_MESSAGE } from '../../../src/runtime/logger.js';
import { PrometheusMetrics } from '../../../src/runtime/metrics.js';
import { parseExposition, type Exposition } from '../../support/prometheus-text.js';
import { waitFor } from '../../support/proc-member.js';
import { call, seed, startRestconf, type Harness } from './harness.js';
import { SseClient } from './sse-client.js';

async function scrape(h: Harness): Promise<Exposition> {
  const reply = await call(h, 'GET', '/metrics');
  assert.equal(reply.status, 200);
  return parseExposition(reply.text);
}

function accessLines(h: Harness): Record<string, unknown>[] {
  return h.logger.lines.filter((l) => l.message === ACCESS_LOG_MESSAGE).map((l) => l.fields);
}

describe('restconf: metrics and access log', () => {
  describe('observation: metrics', () => {
    let h: Harness;
    beforeEach(async () => {
      h = await startRestconf({ metrics: new PrometheusMetrics({ processMetrics: false }) });
    });
    afterEach(async () => {
      await h.close();
    });

    it('/metrics answers in the Prometheus text format', async () => {
      const reply = await call(h, 'GET', '/metrics');
      assert.equal(reply.status, 200);
      assert.equal(reply.headers.get('content-type'), 'text/plain; version=0.0.4; charset=utf-8');
      const m = parseExposition(reply.text);
      assert.equal(m.types.get('canopy_http_requests_total'), 'counter');
      const post = await call(h, 'POST', '/metrics', '');
      assert.equal(post.status, 405);
      assert.equal(post.headers.get('allow'), 'GET, HEAD');
    });

    it('requests are counted by route template and status, whatever the path below it', async () => {
      await seed(h, 'config', '/rtest:box', { label: 'A' });
      assert.equal((await call(h, 'GET', '/rests/data/rtest:box')).status, 200);
      assert.equal((await call(h, 'GET', '/rests/data/rtest:box/label')).status, 200);
      assert.equal((await call(h, 'GET', '/rests/data/rtest:box/nope')).status, 400);
      assert.equal(
        (await call(h, 'PUT', '/rests/data/rtest:box/label', { 'rtest:label': 'B' })).status,
        204,
      );
      assert.equal((await call(h, 'GET', '/rests/operations')).status, 200);
      assert.equal((await call(h, 'GET', '/nowhere/at/all')).status, 404);
      const m = await scrape(h);
      const requests = (method: string, route: string, status: string): number | undefined =>
        m.value('canopy_http_requests_total', { method, route, status });
      assert.equal(requests('GET', '/rests/data', '200'), 2);
      assert.equal(requests('GET', '/rests/data', '400'), 1);
      assert.equal(requests('PUT', '/rests/data', '204'), 1);
      assert.equal(requests('GET', '/rests/operations', '200'), 1);
      assert.equal(requests('GET', 'unmatched', '404'), 1);
      const routes = new Set(
        m.samples
          .filter((s) => s.name === 'canopy_http_requests_total')
          .map((s) => s.labels['route']),
      );
      assert.deepEqual([...routes].sort(), ['/rests/data', '/rests/operations', 'unmatched']);
      const get = m.histogram('canopy_http_request_duration_seconds', {
        method: 'GET',
        route: '/rests/data',
      });
      assert.equal(get.count, 3);
      assert.ok(get.sum > 0);
      // The scrape that produced `m` is counted once answered: the next scrape shows it.
      assert.equal((await scrape(h)).value('canopy_http_requests_total', { route: '/metrics' }), 1);
    });

    it('an open event stream is counted until it ends, and is not counted as a request', async () => {
      const stream = await SseClient.open(
        `${h.url}/rests/streams/data-change?path=/rtest:box&datastore=config`,
      );
      try {
        await stream.next();
        const m = await scrape(h);
        assert.equal(m.value('canopy_event_streams'), 1);
        assert.equal(
          m.sum('canopy_http_requests_total', { route: '/rests/streams/data-change' }),
          0,
        );
      } finally {
        stream.close();
      }
      assert.ok(
        await waitFor(
          () => h.logger.lines.some((l) => l.message === 'restconf: event stream closed'),
          5000,
        ),
      );
      assert.equal((await scrape(h)).value('canopy_event_streams'), 0);
    });

    it('a refused stream request is an answered request like any other', async () => {
      assert.equal((await call(h, 'GET', '/rests/streams/data-change')).status, 400);
      const m = await scrape(h);
      assert.equal(
        m.value('canopy_http_requests_total', {
          method: 'GET',
          route: '/rests/streams/data-change',
          status: '400',
        }),
        1,
      );
    });

    it('without the access log no access line is written', async () => {
      await call(h, 'GET', '/rests/data');
      assert.deepEqual(accessLines(h), []);
    });
  });

  describe('observation: access log', () => {
    let h: Harness;
    beforeEach(async () => {
      h = await startRestconf({ accessLog: true });
    });
    afterEach(async () => {
      await h.close();
    });

    it('one info line per request, after its response, with method, url, status, duration, bytes and client', async () => {
      await seed(h, 'config', '/rtest:box', { label: 'A' });
      const get = await call(h, 'GET', '/rests/data/rtest:box?depth=1');
      const put = await call(h, 'PUT', '/rests/data/rtest:box/label', { 'rtest:label': 'B' });
      const bad = await call(h, 'GET', '/rests/data/rtest:box/nope');
      assert.ok(
        await waitFor(() => accessLines(h).length === 3, 5000),
        JSON.stringify(accessLines(h)),
      );
      const [a, b, c] = accessLines(h) as [
        Record<string, unknown>,
        Record<string, unknown>,
        Record<string, unknown>,
      ];
      assert.deepEqual(
        {
          method: a['method'],
          url: a['url'],
          status: a['status'],
          bytes: a['bytes'],
          remote: a['remote'],
        },
        {
          method: 'GET',
          url: '/rests/data/rtest:box?depth=1',
          status: 200,
          bytes: Buffer.byteLength(get.text),
          remote: '127.0.0.1',
        },
      );
      assert.equal(typeof a['durationMs'], 'number');
      assert.ok((a['durationMs'] as number) >= 0);
      assert.deepEqual([b['method'], b['status'], b['bytes']], ['PUT', put.status, 0]);
      assert.deepEqual([c['status'], c['bytes']], [400, Buffer.byteLength(bad.text)]);
      const levels = h.logger.lines
        .filter((l) => l.message === ACCESS_LOG_MESSAGE)
        .map((l) => l.level);
      assert.deepEqual(levels, ['info', 'info', 'info']);
    });

    it('a URL the router cannot decode is counted and logged too', async () => {
      const metrics = new PrometheusMetrics({ processMetrics: false });
      const both = await startRestconf({ metrics, accessLog: true });
      try {
        const reply = await call(both, 'GET', '/rests/%E0%A4%A');
        assert.equal(reply.status, 400);
        assert.ok(await waitFor(() => accessLines(both).length === 1, 5000));
        assert.deepEqual(
          [accessLines(both)[0]!['status'], accessLines(both)[0]!['bytes']],
          [400, Buffer.byteLength(reply.text)],
        );
        const m = await scrape(both);
        assert.equal(
          m.value('canopy_http_requests_total', {
            method: 'GET',
            route: 'unmatched',
            status: '400',
          }),
          1,
        );
      } finally {
        await both.close();
      }
    });

    it('an error response is logged once as an error and once in the access log', async () => {
      await call(h, 'GET', '/rests/data/rtest:box/nope');
      assert.ok(await waitFor(() => accessLines(h).length === 1, 5000));
      const errors = h.logger.lines.filter((l) => l.message.startsWith('restconf: invalid'));
      assert.equal(errors.length, 1);
    });

    it('an event stream is logged when it ends, with its url, client, duration and bytes sent', async () => {
      const url = '/rests/streams/data-change?path=/rtest:box&datastore=config';
      const stream = await SseClient.open(`${h.url}${url}`);
      await stream.next();
      stream.close();
      const closed = (): Record<string, unknown> | undefined =>
        h.logger.lines.find((l) => l.message === 'restconf: event stream closed')?.fields;
      assert.ok(await waitFor(() => closed() !== undefined, 5000));
      const line = closed()!;
      assert.equal(line['url'], url);
      assert.equal(line['remote'], '127.0.0.1');
      assert.equal(line['status'], 200);
      assert.equal(line['reason'], 'disconnected');
      assert.ok((line['bytes'] as number) > 0, 'the initial-data event was sent');
      assert.equal(typeof line['durationMs'], 'number');
      assert.deepEqual(accessLines(h), [], 'a stream is not an answered request');
    });

    it('without metrics there is no /metrics route', async () => {
      assert.equal((await call(h, 'GET', '/metrics')).status, 404);
    });
  });
});

/**
 * Goal: the event streams deliver what docs/API.md promises: a data-change stream starts with one
 * initial-data event, then one data-change event per commit under its path, in commit order, whose
 * edits mirror the change; a client that stops reading is cut off with a final overflow event instead
 * of growing the server's memory; closing the server ends open streams (it never waits on them); the
 * NETCONF stream carries published notifications as RFC 8040 §6.4 JSON.
 * Method: a real server and real HTTP clients (sse-client.ts: node:http, one connection each; a client
 * that stops reading is one whose events are not consumed). Waiting is always for an event or a state, never a time.
 */
import { strict as assert } from 'node:assert';
import { call, restconfError, seed, startRestconf, type Harness } from './harness.js';
import { SseClient, type SseEvent } from './sse-client.js';

function edits(event: SseEvent): unknown {
  return (event.data as { edits: unknown }).edits;
}

describe('restconf: data-change stream', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startRestconf();
  });
  afterEach(async () => {
    await h.close();
  });

  it('the first event is initial-data with the current subtree, then one event per commit, in order', async () => {
    await seed(h, 'config', '/rtest:box', { label: 'A' });
    const stream = await SseClient.open(
      `${h.url}/rests/streams/data-change?path=/rtest:box&datastore=config`,
    );
    assert.equal(stream.status, 200);
    assert.match(stream.contentType ?? '', /^text\/event-stream/);
    try {
      const initial = await stream.next();
      assert.equal(initial.event, 'initial-data');
      assert.deepStrictEqual(edits(initial), [
        { operation: 'create', target: '/rtest:box', value: { 'rtest:box': { label: 'A' } } },
      ]);
      assert.equal(
        (await call(h, 'PATCH', '/rests/data/rtest:box', { 'rtest:box': { label: 'B' } })).status,
        204,
      );
      assert.equal(
        (await call(h, 'POST', '/rests/data/rtest:box', { 'rtest:item': [{ id: 'i' }] })).status,
        201,
      );
      assert.equal((await call(h, 'DELETE', '/rests/data/rtest:box')).status, 204);
      const events = [await stream.next(), await stream.next(), await stream.next()];
      assert.deepStrictEqual(
        events.map((e) => [e.event, edits(e)]),
        [
          [
            'data-change',
            [{ operation: 'replace', target: '/rtest:box/label', value: { 'rtest:label': 'B' } }],
          ],
          [
            'data-change',
            [
              {
                operation: 'create',
                target: '/rtest:box/item',
                value: { 'rtest:item': [{ id: 'i' }] },
              },
            ],
          ],
          ['data-change', [{ operation: 'delete', target: '/rtest:box' }]],
        ],
      );
      assert.deepStrictEqual(
        [initial, ...events].map((e) => e.id),
        ['0', '1', '2', '3'],
      );
    } finally {
      stream.close();
    }
  });

  it('a stream on an absent subtree starts with an initial-data event without edits', async () => {
    const stream = await SseClient.open(
      `${h.url}/rests/streams/data-change?path=/toaster:toaster&datastore=operational`,
    );
    try {
      const initial = await stream.next();
      assert.equal(initial.event, 'initial-data');
      assert.deepStrictEqual(initial.data, {
        eventTime: (initial.data as { eventTime: string }).eventTime,
        datastore: 'operational',
        path: '/toaster:toaster',
        edits: [],
      });
      await seed(h, 'operational', '/toaster:toaster', { toasterStatus: 'up' });
      assert.deepStrictEqual(edits(await stream.next()), [
        {
          operation: 'create',
          target: '/toaster:toaster',
          value: { 'toaster:toaster': { toasterStatus: 'up' } },
        },
      ]);
    } finally {
      stream.close();
    }
  });

  it('changes outside the path and in the other datastore are not delivered', async () => {
    const stream = await SseClient.open(
      `${h.url}/rests/streams/data-change?path=/rtest:box/item=a&datastore=config`,
    );
    try {
      await stream.next();
      await seed(h, 'config', '/rtest:box/item=b', { id: 'b' });
      await seed(h, 'operational', '/rtest:box/item=a', { id: 'a' });
      await seed(h, 'config', '/rtest:box/item=a', { id: 'a', qty: 1 });
      assert.deepStrictEqual(edits(await stream.next()), [
        {
          operation: 'create',
          target: '/rtest:box/item=a',
          value: { 'rtest:item': [{ id: 'a', qty: 1 }] },
        },
      ]);
    } finally {
      stream.close();
    }
  });

  const badRequests: [string, string, number][] = [
    ['no path', '/rests/streams/data-change', 400],
    ['a bad path', '/rests/streams/data-change?path=/rtest:nope', 400],
    ['a bad datastore', '/rests/streams/data-change?path=/rtest:box&datastore=running', 400],
    ['an unknown parameter', '/rests/streams/data-change?path=/rtest:box&x=1', 400],
    ['an unknown notification', '/rests/streams/NETCONF?notification=rtest:pong', 400],
  ];
  for (const [what, path, status] of badRequests) {
    it(`a stream request with ${what} is a plain ${status} error, not a stream`, async () => {
      const reply = await call(h, 'GET', path);
      assert.equal(reply.status, status);
      restconfError(reply);
    });
  }

  it('streams beyond streamsMax are refused with 503 until one closes', async () => {
    const small = await startRestconf({ limits: { streams: { streamsMax: 1 } } });
    const url = `${small.url}/rests/streams/data-change?path=/rtest:box`;
    try {
      const first = await SseClient.open(url);
      await first.next();
      const refused = await call(small, 'GET', '/rests/streams/data-change?path=/rtest:box');
      assert.equal(refused.status, 503);
      assert.equal(restconfError(refused)['error-tag'], 'resource-denied');
      first.close();
      // The server learns of the disconnect asynchronously: retry until the slot is free. Each
      // attempt is a real request; the loop is bounded.
      let second: SseClient | undefined;
      for (let attempt = 0; attempt < 1000 && second === undefined; attempt++) {
        const s = await SseClient.open(url);
        if (s.status === 200) {
          second = s;
        } else {
          s.close();
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      assert.ok(second, 'a slot frees up once the first client disconnects');
      second.close();
    } finally {
      await small.close();
    }
  });
});

describe('restconf: stream backpressure and shutdown', () => {
  it('a client that stops reading is cut off with a final overflow event once bufferBytesMax is waiting', async () => {
    const h = await startRestconf({ limits: { streams: { bufferBytesMax: 64 * 1024 } } });
    try {
      const stream = await SseClient.open(`${h.url}/rests/streams/data-change?path=/rtest:box`);
      await stream.next();
      const big = 'x'.repeat(100_000);
      let commits = 0;
      // The client reads nothing while each commit sends it ~100 kB: its buffers fill, then the
      // server's. Bounded: 600 commits (60 MB) is far beyond what loopback connections buffer.
      for (; commits < 600 && !overflowed(h); commits++) {
        await seed(h, 'config', '/rtest:box/label', `${commits}${big}`);
        // Let the listener deliver this commit before checking again.
        await new Promise((resolve) => setImmediate(resolve));
      }
      assert.ok(overflowed(h), 'the stream was cut off before the bounded loop ended');
      const events = await stream.rest();
      const last = events[events.length - 1];
      assert.equal(last?.event, 'overflow');
      assert.match((last?.data as { reason: string }).reason, /read too slowly/);
      const changes = events.slice(0, -1);
      assert.ok(changes.length < commits, 'not every commit was queued for the slow client');
      assert.ok(changes.every((e) => e.event === 'data-change'));
      assert.deepStrictEqual(
        changes.map((e) => Number(e.id)),
        changes.map((_, i) => i + 1),
      );
    } finally {
      await h.close();
    }
  });

  it('closing the server ends open streams with a close event and resolves', async () => {
    const h = await startRestconf();
    const a = await SseClient.open(`${h.url}/rests/streams/data-change?path=/rtest:box`);
    const b = await SseClient.open(`${h.url}/rests/streams/NETCONF`);
    await a.next();
    await h.close();
    const restA = await a.rest();
    const restB = await b.rest();
    assert.deepStrictEqual(
      restA.map((e) => e.event),
      ['close'],
    );
    assert.deepStrictEqual(
      restB.map((e) => e.event),
      ['close'],
    );
  });
});

/** Whether the server has closed a stream for overflow (it logs each stream's end with the reason). */
function overflowed(h: Harness): boolean {
  return h.logger.lines.some(
    (l) => l.message === 'restconf: event stream closed' && l.fields['reason'] === 'overflow',
  );
}

describe('restconf: NETCONF notification stream', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startRestconf();
  });
  afterEach(async () => {
    await h.close();
  });

  it('published notifications arrive as RFC 8040 §6.4 JSON, filtered by name when asked', async () => {
    const all = await SseClient.open(`${h.url}/rests/streams/NETCONF`);
    const pings = await SseClient.open(`${h.url}/rests/streams/NETCONF?notification=rtest:ping`);
    try {
      // A stream subscribes once its response has started; both have by now (the status arrived).
      h.notifications.publish('toaster:toasterRestocked', { amountOfBread: 3 });
      const ping = h.notifications.publish('rtest:ping', { n: 1 });
      const first = await all.next();
      assert.equal(first.event, undefined);
      assert.deepStrictEqual(first.data, {
        'ietf-restconf:notification': {
          eventTime: (first.data as { 'ietf-restconf:notification': { eventTime: string } })[
            'ietf-restconf:notification'
          ].eventTime,
          'toaster:toasterRestocked': { amountOfBread: 3 },
        },
      });
      assert.deepStrictEqual((await all.next()).data, {
        'ietf-restconf:notification': { eventTime: ping.eventTime, 'rtest:ping': { n: 1 } },
      });
      assert.deepStrictEqual((await pings.next()).data, {
        'ietf-restconf:notification': { eventTime: ping.eventTime, 'rtest:ping': { n: 1 } },
      });
    } finally {
      all.close();
      pings.close();
    }
  });
});

/**
 * Goal: an OpenDaylight client's stream flow works end to end: POST
 * sal-remote:create-data-change-event-subscription names a stream, restconf-state lists it with an
 * absolute JSON location, a GET of that location is a server-sent event stream, and each later commit
 * under the path arrives as ODL's data-changed-notification (path as instance-identifier, operation,
 * data); the datastore choice is honoured; bad input is a 400; unknown streams 404; a stream without
 * subscribers goes away after its idle time, not while one is open; create-notification-stream does
 * the same for notifications.
 * Method: a real server over rtest + the built-in sal-remote modules; the client side is HTTP only
 * (fetch for the rpcs and reads, sse-client.ts for streams); waiting is for events or states.
 */
import { strict as assert } from 'node:assert';
import { salRemoteSources } from '../../../src/http/sal-remote.js';
import { compileSchema, type YangSource } from '../../../src/yang/compile.js';
import { RTEST_YANG } from '../rpc/operations-schema.js';
import { call, restconfError, seed, startRestconf, type Harness } from './harness.js';
import { SseClient } from './sse-client.js';

const RTEST: YangSource = { file: 'rtest.yang', text: RTEST_YANG };
const SOURCES: readonly YangSource[] = [RTEST, ...salRemoteSources([RTEST])];
const schema = compileSchema(SOURCES);

const SUBSCRIBE = '/rests/operations/sal-remote:create-data-change-event-subscription';
const NOTIFICATION_STREAM = '/rests/operations/sal-remote:create-notification-stream';

async function subscribe(h: Harness, input: Record<string, unknown>): Promise<string> {
  const reply = await call(h, 'POST', SUBSCRIBE, { 'sal-remote:input': input });
  assert.equal(reply.status, 200, reply.text);
  const name = (reply.json as { 'sal-remote:output': { 'stream-name': string } })[
    'sal-remote:output'
  ]['stream-name'];
  assert.match(name, /^urn:uuid:[0-9a-f-]{36}$/);
  return name;
}

interface StreamEntry {
  name: string;
  description: string;
  access: { encoding: string; location: string }[];
}

async function listedStreams(h: Harness): Promise<StreamEntry[]> {
  const reply = await call(h, 'GET', '/rests/data/ietf-restconf-monitoring:restconf-state/streams');
  assert.equal(reply.status, 200, reply.text);
  return (reply.json as { 'ietf-restconf-monitoring:streams': { stream: StreamEntry[] } })[
    'ietf-restconf-monitoring:streams'
  ].stream;
}

async function locationOf(h: Harness, name: string): Promise<string> {
  const entry = (await listedStreams(h)).find((s) => s.name === name);
  assert.ok(entry, `${name} is listed in restconf-state`);
  const json = entry.access.find((a) => a.encoding === 'json');
  assert.ok(json, 'the stream has a JSON location');
  return json.location;
}

/** The data-change-event list of a sal-remote stream event. */
function changeEvents(data: unknown): unknown {
  const notification = (data as Record<string, Record<string, unknown>>)[
    'ietf-restconf:notification'
  ];
  assert.match(String(notification?.['eventTime']), /^\d{4}-\d\d-\d\dT/);
  return (notification?.['sal-remote:data-changed-notification'] as Record<string, unknown>)[
    'data-change-event'
  ];
}

async function waitFor(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (await check()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  assert.fail(`timed out waiting for ${what}`);
}

describe('restconf: sal-remote data-change subscriptions', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startRestconf({ schema, sources: SOURCES });
  });
  afterEach(async () => {
    await h.close();
  });

  it('GET /rests/operations lists the sal-remote rpcs', async () => {
    const ops = (await call(h, 'GET', '/rests/operations')).json as Record<
      string,
      Record<string, unknown>
    >;
    assert.ok(
      ops['ietf-restconf:operations']?.['sal-remote:create-data-change-event-subscription'],
    );
    assert.ok(ops['ietf-restconf:operations']?.['sal-remote:create-notification-stream']);
  });

  it('create, find the location in restconf-state, open it, commit: the change arrives in ODL form', async () => {
    await seed(h, 'config', '/rtest:box', { label: 'A' });
    const name = await subscribe(h, { path: '/rtest:box' });
    const location = await locationOf(h, name);
    assert.equal(location, `${h.url}/rests/streams/json/${name}`);
    const stream = await SseClient.open(location);
    assert.equal(stream.status, 200);
    assert.match(stream.contentType ?? '', /^text\/event-stream/);
    try {
      assert.equal(
        (await call(h, 'PATCH', '/rests/data/rtest:box', { 'rtest:box': { label: 'B' } })).status,
        204,
      );
      assert.equal(
        (await call(h, 'POST', '/rests/data/rtest:box', { 'rtest:item': [{ id: 'i', qty: 2 }] }))
          .status,
        201,
      );
      assert.equal((await call(h, 'DELETE', '/rests/data/rtest:box')).status, 204);
      const events = [await stream.next(), await stream.next(), await stream.next()];
      assert.deepStrictEqual(
        events.map((e) => changeEvents(e.data)),
        [
          [{ path: '/rtest:box/label', operation: 'updated', data: { 'rtest:label': 'B' } }],
          [
            {
              path: '/rtest:box/item',
              operation: 'created',
              data: { 'rtest:item': [{ id: 'i', qty: 2 }] },
            },
          ],
          [{ path: '/rtest:box', operation: 'deleted' }],
        ],
      );
      assert.deepStrictEqual(
        events.map((e) => e.event),
        [undefined, undefined, undefined],
      );
    } finally {
      stream.close();
    }
  });

  it('a list entry path in instance-identifier form watches that entry only', async () => {
    const name = await subscribe(h, { path: "/rtest:box/item[id='a/b']" });
    const stream = await SseClient.open(await locationOf(h, name));
    try {
      await seed(h, 'config', '/rtest:box/item=other', { id: 'other', qty: 9 });
      await seed(h, 'config', '/rtest:box/item=a%2Fb', { id: 'a/b', qty: 1 });
      const event = await stream.next();
      assert.deepStrictEqual(changeEvents(event.data), [
        {
          path: "/rtest:box/item[id='a/b']",
          operation: 'created',
          data: { 'rtest:item': [{ id: 'a/b', qty: 1 }] },
        },
      ]);
    } finally {
      stream.close();
    }
  });

  it('sal-remote-augment:datastore OPERATIONAL watches the operational datastore', async () => {
    const name = await subscribe(h, {
      path: '/rtest:box',
      'sal-remote-augment:datastore': 'OPERATIONAL',
      'sal-remote-augment:scope': 'SUBTREE',
      'sal-remote-augment:notification-output-type': 'JSON',
    });
    const stream = await SseClient.open(await locationOf(h, name));
    try {
      await seed(h, 'config', '/rtest:box', { label: 'config' });
      await seed(h, 'operational', '/rtest:box', { state: 'up' });
      const event = await stream.next();
      assert.deepStrictEqual(changeEvents(event.data), [
        { path: '/rtest:box', operation: 'created', data: { 'rtest:box': { state: 'up' } } },
      ]);
    } finally {
      stream.close();
    }
  });

  it('a path that is no instance-identifier of the schema is 400, naming what is wrong', async () => {
    for (const [path, why] of [
      ['/rtest:nothing', /no node rtest:nothing/],
      ['/rtest:box/item[1]', /positional predicates/],
      ['/rtest:pair[a=x]', /quoted value/],
      ["/rtest:pair[a='x']", /needs key b/],
    ] as const) {
      const reply = await call(h, 'POST', SUBSCRIBE, { 'sal-remote:input': { path } });
      assert.equal(reply.status, 400, `${path}: ${reply.text}`);
      const error = restconfError(reply);
      assert.equal(error['error-tag'], 'invalid-value', path);
      assert.match(String(error['error-message']), why, path);
    }
    const missing = await call(h, 'POST', SUBSCRIBE, { 'sal-remote:input': {} });
    assert.equal(missing.status, 400, missing.text);
  });

  it('an unknown stream is 404, an XML location 406, a query parameter 400', async () => {
    const unknown = await call(h, 'GET', '/rests/streams/json/urn:uuid:nope');
    assert.equal(unknown.status, 404);
    assert.equal(restconfError(unknown)['error-tag'], 'invalid-value');
    const name = await subscribe(h, { path: '/rtest:box' });
    assert.equal((await call(h, 'GET', `/rests/streams/xml/${name}`)).status, 406);
    const param = await call(h, 'GET', `/rests/streams/json/${name}?leaf-nodes-only=true`);
    assert.equal(param.status, 400);
  });

  it('on server close an open named stream ends with a close event', async () => {
    const name = await subscribe(h, { path: '/rtest:box' });
    const stream = await SseClient.open(await locationOf(h, name));
    const closing = h.close();
    const rest = await stream.rest();
    await closing;
    assert.deepStrictEqual(
      rest.map((e) => e.event),
      ['close'],
    );
    h = await startRestconf({ schema, sources: SOURCES });
  });
});

describe('restconf: sal-remote stream lifetime', () => {
  let h: Harness;
  afterEach(async () => {
    await h.close();
  });

  it('a stream nobody opens is removed after idleMs; one with a subscriber stays until it leaves', async () => {
    h = await startRestconf({
      schema,
      sources: SOURCES,
      limits: { salRemote: { idleMs: 1500 } },
    });
    const used = await subscribe(h, { path: '/rtest:box' });
    const stream = await SseClient.open(await locationOf(h, used));
    assert.equal(stream.status, 200);
    const unused = await subscribe(h, { path: '/rtest:box' });
    try {
      await waitFor('the unused stream to go', async () =>
        (await listedStreams(h)).every((s) => s.name !== unused),
      );
      assert.equal((await call(h, 'GET', `/rests/streams/json/${unused}`)).status, 404);
      // The open one outlives many idle periods and still delivers.
      await seed(h, 'config', '/rtest:box', { label: 'late' });
      const event = await stream.next();
      assert.deepStrictEqual(changeEvents(event.data), [
        { path: '/rtest:box', operation: 'created', data: { 'rtest:box': { label: 'late' } } },
      ]);
      assert.ok((await listedStreams(h)).some((s) => s.name === used));
    } finally {
      stream.close();
    }
    await waitFor('the used stream to go after its subscriber left', async () =>
      (await listedStreams(h)).every((s) => s.name !== used),
    );
  });

  it('more than streamsMax named streams is 409 resource-denied', async () => {
    h = await startRestconf({ schema, sources: SOURCES, limits: { salRemote: { streamsMax: 1 } } });
    await subscribe(h, { path: '/rtest:box' });
    const reply = await call(h, 'POST', SUBSCRIBE, { 'sal-remote:input': { path: '/rtest:box' } });
    assert.equal(reply.status, 409, reply.text);
    assert.equal(restconfError(reply)['error-tag'], 'resource-denied');
  });
});

describe('restconf: sal-remote notification streams', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startRestconf({ schema, sources: SOURCES });
  });
  afterEach(async () => {
    await h.close();
  });

  it('create-notification-stream names a stream of the named notifications', async () => {
    for (const name of ['rtest:ping', '(urn:canopy:test:rtest?revision=2026-02-01)ping']) {
      const reply = await call(h, 'POST', NOTIFICATION_STREAM, {
        'sal-remote:input': { notifications: [name] },
      });
      assert.equal(reply.status, 200, reply.text);
      const stream = (
        reply.json as { 'sal-remote:output': { 'notification-stream-identifier': string } }
      )['sal-remote:output']['notification-stream-identifier'];
      const client = await SseClient.open(await locationOf(h, stream));
      try {
        h.notifications.publish('rtest:ping', { n: 7 });
        const event = await client.next();
        const notification = (event.data as Record<string, Record<string, unknown>>)[
          'ietf-restconf:notification'
        ];
        assert.deepStrictEqual(notification?.['rtest:ping'], { n: 7 });
      } finally {
        client.close();
      }
    }
  });

  it('an unknown notification is 400', async () => {
    const reply = await call(h, 'POST', NOTIFICATION_STREAM, {
      'sal-remote:input': { notifications: ['rtest:nothing'] },
    });
    assert.equal(reply.status, 400, reply.text);
    assert.match(String(restconfError(reply)['error-message']), /names no notification/);
  });
});

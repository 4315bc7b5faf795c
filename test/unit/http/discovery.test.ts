/**
 * Goal: a client can find and describe the API as RFC 8040 expects: host-meta (§3.1) points at /rests,
 * the API root (§3.3) and yang-library-version (§3.3.3) answer, the YANG library (RFC 8525) lists every
 * loaded module with revision and namespace, restconf-state (§9) lists capabilities and streams, and
 * the server's own state refuses edits.
 * Method: a real server over the toaster + rtest schema; the expected module list is computed from the
 * schema, not written out, so a new fixture module cannot make the test pass wrongly.
 */
import { strict as assert } from 'node:assert';
import { request } from 'node:http';
import { createRestconfServer } from '../../../src/http/restconf-server.js';
import { call, restconfError, startRestconf, type Harness } from './harness.js';

/** GET `path` with the Host header `host` (fetch sends its own), resolving with the parsed body. */
function getWithHost(url: string, path: string, host: string): Promise<unknown> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers: { host } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        try {
          resolve(JSON.parse(text));
        } catch (e) {
          reject(new Error(`${res.statusCode} ${text}`, { cause: e }));
        }
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('restconf: discovery and the YANG library', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startRestconf();
  });
  afterEach(async () => {
    await h.close();
  });

  it('/.well-known/host-meta is an XRD whose restconf link is /rests', async () => {
    const reply = await call(h, 'GET', '/.well-known/host-meta');
    assert.equal(reply.status, 200);
    assert.match(reply.headers.get('content-type') ?? '', /^application\/xrd\+xml/);
    assert.match(reply.text, /<XRD xmlns="http:\/\/docs\.oasis-open\.org\/ns\/xri\/xrd-1\.0">/);
    assert.match(reply.text, /<Link rel="restconf" href="\/rests"\/>/);
    const json = await call(h, 'GET', '/.well-known/host-meta.json');
    assert.deepStrictEqual(json.json, { links: [{ rel: 'restconf', href: '/rests' }] });
    assert.match(json.headers.get('content-type') ?? '', /^application\/json(;|$)/);
  });

  it('the API root and yang-library-version answer', async () => {
    assert.deepStrictEqual((await call(h, 'GET', '/rests')).json, {
      'ietf-restconf:restconf': { data: {}, operations: {}, 'yang-library-version': '2019-01-04' },
    });
    assert.deepStrictEqual((await call(h, 'GET', '/rests/yang-library-version')).json, {
      'ietf-restconf:yang-library-version': '2019-01-04',
    });
  });

  it('the YANG library lists every loaded module with its revision and namespace', async () => {
    const reply = await call(h, 'GET', '/rests/data/ietf-yang-library:yang-library');
    assert.equal(reply.status, 200);
    const library = (reply.json as Record<string, Record<string, unknown>>)[
      'ietf-yang-library:yang-library'
    ];
    const sets = library?.['module-set'] as { name: string; module: Record<string, unknown>[] }[];
    assert.equal(sets.length, 1);
    const listed = new Map(sets[0]?.module.map((m) => [m['name'], m]));
    for (const module of h.schema.modules.values()) {
      const entry = listed.get(module.name);
      assert.ok(entry, `${module.name} is listed`);
      assert.equal(entry['namespace'], module.namespace);
      assert.equal(entry['revision'], module.revision);
    }
    assert.equal(listed.get('toaster')?.['revision'], '2009-11-20');
    assert.deepStrictEqual(library?.['schema'], [{ name: 'complete', 'module-set': ['complete'] }]);
    assert.deepStrictEqual(library?.['datastore'], [
      { name: 'ietf-datastores:running', schema: 'complete' },
      { name: 'ietf-datastores:operational', schema: 'complete' },
    ]);
    assert.match(String(library?.['content-id']), /^[0-9a-f]{16}$/);
  });

  it('one module of the library is addressable by key, like any list entry', async () => {
    const reply = await call(
      h,
      'GET',
      '/rests/data/ietf-yang-library:yang-library/module-set=complete/module=toaster',
    );
    assert.deepStrictEqual(reply.json, {
      'ietf-yang-library:module': [
        {
          name: 'toaster',
          revision: '2009-11-20',
          namespace: 'http://netconfcentral.org/ns/toaster',
        },
      ],
    });
  });

  it('restconf-state lists the capabilities and the event streams', async () => {
    const reply = await call(h, 'GET', '/rests/data/ietf-restconf-monitoring:restconf-state');
    const state = (
      reply.json as Record<
        string,
        { capabilities: { capability: string[] }; streams: { stream: { name: string }[] } }
      >
    )['ietf-restconf-monitoring:restconf-state'];
    assert.ok(
      state?.capabilities.capability.includes('urn:ietf:params:restconf:capability:depth:1.0'),
    );
    assert.ok(
      state?.capabilities.capability.includes(
        'urn:ietf:params:restconf:capability:defaults:1.0?basic-mode=explicit',
      ),
    );
    assert.deepStrictEqual(
      state?.streams.stream.map((s) => s.name),
      ['NETCONF', 'data-change'],
    );
  });

  it('each stream location is an absolute URL built from the Host the client used (RFC 8040 §9.3)', async () => {
    const streams = '/rests/data/ietf-restconf-monitoring:restconf-state/streams';
    const reply = await call(h, 'GET', streams);
    const list = (
      reply.json as {
        'ietf-restconf-monitoring:streams': {
          stream: { name: string; access: { encoding: string; location: string }[] }[];
        };
      }
    )['ietf-restconf-monitoring:streams'].stream;
    const port = new URL(h.url).port;
    assert.deepStrictEqual(
      list.map((s) => s.access[0]?.location),
      [
        `http://127.0.0.1:${port}/rests/streams/NETCONF`,
        `http://127.0.0.1:${port}/rests/streams/data-change`,
      ],
    );
    const viaName = await getWithHost(
      h.url,
      `${streams}/stream=NETCONF/access=json/location`,
      `localhost:${port}`,
    );
    assert.deepStrictEqual(viaName, {
      'ietf-restconf-monitoring:location': `http://localhost:${port}/rests/streams/NETCONF`,
    });
    // The whole datastore shows them absolute too.
    assert.match(
      (await call(h, 'GET', '/rests/data')).text,
      /"location":"http:\/\/127\.0\.0\.1:\d+\/rests\/streams\/NETCONF"/,
    );
  });

  it('a configured public URL wins over the Host header; a malformed Host falls back to the address', async () => {
    const location =
      '/rests/data/ietf-restconf-monitoring:restconf-state/streams/stream=data-change/access=json/location';
    const proxied = await startRestconf({ publicUrl: 'https://canopy.example.org/api' });
    try {
      const reply = await call(proxied, 'GET', location);
      assert.deepStrictEqual(reply.json, {
        'ietf-restconf-monitoring:location':
          'https://canopy.example.org/api/rests/streams/data-change',
      });
    } finally {
      await proxied.close();
    }
    const odd = await getWithHost(h.url, location, 'evil.example/x?');
    assert.deepStrictEqual(odd, {
      'ietf-restconf-monitoring:location': `${h.url}/rests/streams/data-change`,
    });
  });

  it('the server’s own state refuses edits with 405 and is absent from content=config', async () => {
    const reply = await call(h, 'DELETE', '/rests/data/ietf-yang-library:yang-library');
    assert.equal(reply.status, 405);
    assert.equal(reply.headers.get('allow'), 'GET, HEAD, OPTIONS');
    restconfError(reply);
    const config = await call(
      h,
      'GET',
      '/rests/data/ietf-yang-library:yang-library?content=config',
    );
    assert.equal(config.status, 404);
  });
});

describe('restconf: server lifecycle', () => {
  it('listen on a port in use rejects, the same server can then listen elsewhere, and close is idempotent', async () => {
    const h = await startRestconf();
    try {
      const port = Number(new URL(h.url).port);
      const server = createRestconfServer({ broker: h.broker, schema: h.schema, rpc: h.rpc });
      await assert.rejects(
        server.listen('127.0.0.1', port),
        (e: unknown) => (e as { code?: unknown }).code === 'EADDRINUSE',
      );
      const { url } = await server.listen('127.0.0.1', 0);
      assert.equal((await call({ url }, 'GET', '/rests')).status, 200);
      await server.close();
      await server.close();
    } finally {
      await h.close();
    }
  });
});

/**
 * Goal: /rests/data behaves as RFC 8040 §4 says (and docs/API.md where the RFC leaves a choice): every
 * method's status codes, the outer member name of bodies, content=config|nonconfig|all, depth, the
 * datastore resource, key checks, and an ietf-restconf:errors body on every failure.
 * Method: a real server on 127.0.0.1 (harness.ts) over a real DataBroker with in-memory stores; real
 * HTTP requests with fetch; state is checked through the broker as well as over HTTP.
 */
import { strict as assert } from 'node:assert';
import { call, restconfError, seed, startRestconf, type Harness } from './harness.js';

const BOX = '/rests/data/rtest:box';

async function read(h: Harness, store: 'config' | 'operational', path: string): Promise<unknown> {
  const tx = h.broker.newReadOnlyTransaction();
  try {
    return await tx.read(store, path);
  } finally {
    tx.close();
  }
}

describe('restconf: data resource', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startRestconf();
  });
  afterEach(async () => {
    await h.close();
  });

  describe('restconf: GET and content', () => {
    beforeEach(async () => {
      await seed(h, 'config', '/rtest:box', { label: 'L', item: [{ id: 'a', qty: 1 }] });
      await seed(h, 'operational', '/rtest:box', {
        state: 'on',
        label: 'stale',
        item: [
          { id: 'a', seen: 5 },
          { id: 'z', seen: 1 },
        ],
      });
    });

    it('content=all (the default) merges both datastores: entries by key, config values win', async () => {
      const reply = await call(h, 'GET', BOX);
      assert.equal(reply.status, 200);
      assert.match(reply.headers.get('content-type') ?? '', /^application\/yang-data\+json/);
      assert.deepStrictEqual(reply.json, {
        'rtest:box': {
          label: 'L',
          item: [
            { id: 'a', qty: 1, seen: 5 },
            { id: 'z', seen: 1 },
          ],
          state: 'on',
        },
      });
    });

    it('content=config reads the configuration datastore only', async () => {
      const reply = await call(h, 'GET', `${BOX}?content=config`);
      assert.deepStrictEqual(reply.json, {
        'rtest:box': { label: 'L', item: [{ id: 'a', qty: 1 }] },
      });
    });

    it('content=nonconfig reads the operational datastore only', async () => {
      const reply = await call(h, 'GET', `${BOX}?content=nonconfig`);
      assert.deepStrictEqual(reply.json, {
        'rtest:box': {
          state: 'on',
          label: 'stale',
          item: [
            { id: 'a', seen: 5 },
            { id: 'z', seen: 1 },
          ],
        },
      });
    });

    it('a list entry is returned as a one-entry array under its module-qualified name', async () => {
      const reply = await call(h, 'GET', `${BOX}/item=a`);
      assert.deepStrictEqual(reply.json, { 'rtest:item': [{ id: 'a', qty: 1, seen: 5 }] });
    });

    it('a leaf is returned under its qualified name', async () => {
      const reply = await call(h, 'GET', `${BOX}/label?content=config`);
      assert.deepStrictEqual(reply.json, { 'rtest:label': 'L' });
    });

    it('the datastore resource returns every module under ietf-restconf:data', async () => {
      const reply = await call(h, 'GET', '/rests/data?content=config');
      assert.deepStrictEqual(reply.json, {
        'ietf-restconf:data': { 'rtest:box': { label: 'L', item: [{ id: 'a', qty: 1 }] } },
      });
      const all = (await call(h, 'GET', '/rests/data?depth=1')).json;
      assert.deepStrictEqual(all, {
        'ietf-restconf:data': {
          'rtest:box': {},
          'ietf-yang-library:yang-library': {},
          'ietf-yang-library:modules-state': {},
          'ietf-restconf-monitoring:restconf-state': {},
        },
      });
    });

    it('a missing resource is 404 invalid-value with the error-path (RFC 8040 §4.3)', async () => {
      const reply = await call(h, 'GET', `${BOX}/item=nope`);
      assert.equal(reply.status, 404);
      const error = restconfError(reply);
      assert.equal(error['error-tag'], 'invalid-value');
      assert.equal(error['error-path'], "/rtest:box/item[id='nope']");
    });

    it('a state node asked with content=config is missing', async () => {
      assert.equal((await call(h, 'GET', `${BOX}/state?content=config`)).status, 404);
      assert.deepStrictEqual((await call(h, 'GET', `${BOX}/state`)).json, { 'rtest:state': 'on' });
    });

    it('HEAD answers like GET without a body', async () => {
      const reply = await call(h, 'HEAD', BOX);
      assert.equal(reply.status, 200);
      assert.equal(reply.text, '');
      assert.equal(reply.headers.get('etag'), (await call(h, 'GET', BOX)).headers.get('etag'));
    });

    it('the ETag changes with the content and If-None-Match with the current one is 304', async () => {
      const first = await call(h, 'GET', BOX);
      const etag = first.headers.get('etag') ?? '';
      assert.match(etag, /^".+"$/);
      assert.equal((await call(h, 'GET', BOX, undefined, { 'if-none-match': etag })).status, 304);
      await seed(h, 'config', '/rtest:box/label', 'M');
      const after = await call(h, 'GET', BOX, undefined, { 'if-none-match': etag });
      assert.equal(after.status, 200);
      assert.notEqual(after.headers.get('etag'), etag);
    });

    it('application/json is answered in kind; a client that accepts no JSON gets 406', async () => {
      const json = await call(h, 'GET', BOX, undefined, { accept: 'application/json' });
      assert.match(json.headers.get('content-type') ?? '', /^application\/json/);
      const xml = await call(h, 'GET', BOX, undefined, { accept: 'application/yang-data+xml' });
      assert.equal(xml.status, 406);
      assert.equal(restconfError(xml)['error-tag'], 'invalid-value');
    });
  });

  describe('restconf: depth', () => {
    beforeEach(async () => {
      await seed(h, 'config', '/rtest:box', {
        label: 'L',
        inner: { a: 'x', deeper: { b: 'y' } },
        item: [{ id: 'a', qty: 1, note: 'n' }],
        tags: ['t'],
      });
    });

    const cases: [string, unknown][] = [
      ['1', { 'rtest:box': {} }],
      ['2', { 'rtest:box': { label: 'L', inner: {}, item: [{ id: 'a' }], tags: ['t'] } }],
      [
        '3',
        {
          'rtest:box': {
            label: 'L',
            inner: { a: 'x', deeper: {} },
            item: [{ id: 'a', qty: 1, note: 'n' }],
            tags: ['t'],
          },
        },
      ],
    ];
    for (const [depth, expected] of cases) {
      it(`depth=${depth} keeps nodes down to that level; a list entry at the limit keeps its keys`, async () => {
        const reply = await call(h, 'GET', `${BOX}?content=config&depth=${depth}`);
        assert.equal(reply.status, 200);
        assert.deepStrictEqual(reply.json, expected);
      });
    }

    it('depth=unbounded and a large depth return everything', async () => {
      const full = (await call(h, 'GET', `${BOX}?content=config`)).json;
      assert.deepStrictEqual(
        (await call(h, 'GET', `${BOX}?content=config&depth=unbounded`)).json,
        full,
      );
      assert.deepStrictEqual(
        (await call(h, 'GET', `${BOX}?content=config&depth=65535`)).json,
        full,
      );
    });

    it('consistency=local and consistency=linearizable read the same tree on a single member', async () => {
      const plain = await call(h, 'GET', BOX);
      for (const mode of ['local', 'linearizable']) {
        const reply = await call(h, 'GET', `${BOX}?consistency=${mode}`);
        assert.equal(reply.status, 200, mode);
        assert.deepStrictEqual(reply.json, plain.json, mode);
        assert.equal(reply.headers.get('etag'), plain.headers.get('etag'), mode);
      }
    });

    it('consistency of another value is 400 invalid-value naming the allowed ones', async () => {
      const reply = await call(h, 'GET', `${BOX}?consistency=stale`);
      assert.equal(reply.status, 400);
      const error = restconfError(reply);
      assert.equal(error['error-tag'], 'invalid-value');
      assert.match(
        String(error['error-message']),
        /consistency=stale is not one of linearizable, local/,
      );
    });

    for (const bad of ['0', '65536', 'x', '-1', '1.5']) {
      it(`depth=${bad} is 400 invalid-value`, async () => {
        const reply = await call(h, 'GET', `${BOX}?depth=${bad}`);
        assert.equal(reply.status, 400);
        assert.equal(restconfError(reply)['error-tag'], 'invalid-value');
      });
    }
  });

  describe('restconf: PUT', () => {
    it('PUT creates (201) then replaces (204) and the config datastore holds the body', async () => {
      const created = await call(h, 'PUT', BOX, { 'rtest:box': { label: 'A', size: 3 } });
      assert.equal(created.status, 201);
      const replaced = await call(h, 'PUT', BOX, { 'rtest:box': { label: 'B' } });
      assert.equal(replaced.status, 204);
      assert.deepStrictEqual(await read(h, 'config', '/rtest:box'), { label: 'B' });
    });

    it('concurrent PUTs creating one entry: exactly one is 201, the others replace (204) or lose (409 in-use)', async () => {
      const replies = await Promise.all(
        Array.from({ length: 16 }, (_, i) =>
          call(h, 'PUT', `${BOX}/item=same`, { 'rtest:item': [{ id: 'same', qty: i }] }),
        ),
      );
      const statuses = replies.map((r) => r.status);
      assert.equal(statuses.filter((s) => s === 201).length, 1, `statuses: ${statuses.join(' ')}`);
      for (const reply of replies.filter((r) => r.status === 409)) {
        assert.equal(restconfError(reply)['error-tag'], 'in-use');
      }
      assert.ok(statuses.every((s) => s === 201 || s === 204 || s === 409));
    });

    it('PUT of a list entry with a two-key URI stores the entry', async () => {
      const reply = await call(h, 'PUT', '/rests/data/rtest:pair=x%2Cy,-3', {
        'rtest:pair': [{ a: 'x,y', b: -3, v: 'v' }],
      });
      assert.equal(reply.status, 201);
      assert.deepStrictEqual(await read(h, 'config', '/rtest:pair=x%2Cy,-3'), {
        a: 'x,y',
        b: -3,
        v: 'v',
      });
    });

    it('PUT of a list entry whose body key differs from the URI key is 400 with an ietf-restconf:errors body', async () => {
      const reply = await call(h, 'PUT', `${BOX}/item=a`, { 'rtest:item': [{ id: 'b' }] });
      assert.equal(reply.status, 400);
      const error = restconfError(reply);
      assert.equal(error['error-tag'], 'invalid-value');
      assert.equal(error['error-type'], 'application');
      assert.equal(error['error-path'], "/rtest:box/item[id='a']");
      assert.equal(await read(h, 'config', '/rtest:box'), undefined);
    });

    it('a body naming another node than the URI is 400 malformed-message', async () => {
      const reply = await call(h, 'PUT', BOX, { 'rtest:pair': [] });
      assert.equal(reply.status, 400);
      assert.equal(restconfError(reply)['error-tag'], 'malformed-message');
    });

    it('a body with two members is 400 malformed-message', async () => {
      const reply = await call(h, 'PUT', BOX, { 'rtest:box': {}, 'toaster:toaster': {} });
      assert.equal(reply.status, 400);
      assert.equal(restconfError(reply)['error-tag'], 'malformed-message');
    });

    it('a value the schema refuses is 400 invalid-value naming the node', async () => {
      const reply = await call(h, 'PUT', BOX, { 'rtest:box': { size: 300 } });
      assert.equal(reply.status, 400);
      const error = restconfError(reply);
      assert.equal(error['error-tag'], 'invalid-value');
      assert.equal(error['error-path'], '/rtest:box/size');
    });

    it('state data in a PUT body is refused: RESTCONF edits the configuration', async () => {
      const reply = await call(h, 'PUT', BOX, { 'rtest:box': { state: 'x' } });
      assert.equal(reply.status, 400);
      assert.match(String(restconfError(reply)['error-message']), /config false/);
    });

    it('PUT of the datastore resource replaces the whole configuration', async () => {
      await seed(h, 'config', '/rtest:box', { label: 'gone' });
      const reply = await call(h, 'PUT', '/rests/data', {
        'ietf-restconf:data': { 'toaster:toaster': { darknessFactor: 7 } },
      });
      assert.equal(reply.status, 204);
      assert.deepStrictEqual(await read(h, 'config', '/'), {
        'toaster:toaster': { darknessFactor: 7 },
      });
    });

    it('malformed JSON is 400 malformed-message; an empty body is 400 too', async () => {
      const bad = await call(h, 'PUT', BOX, '{"rtest:box": ');
      assert.equal(bad.status, 400);
      assert.equal(restconfError(bad)['error-tag'], 'malformed-message');
      const empty = await call(h, 'PUT', BOX, '');
      assert.equal(empty.status, 400);
    });

    it('a member named __proto__ is refused', async () => {
      const reply = await call(h, 'PUT', BOX, '{"rtest:box": {"__proto__": {"x": 1}}}');
      assert.equal(reply.status, 400);
      assert.equal(restconfError(reply)['error-tag'], 'malformed-message');
    });

    it('a member named __proto__ is refused when spelled with escapes too', async () => {
      const reply = await call(h, 'PUT', BOX, '{"rtest:box": {"\\u005f_proto__": {"x": 1}}}');
      assert.equal(reply.status, 400);
      assert.equal(restconfError(reply)['error-tag'], 'malformed-message');
    });

    it('an unsupported media type is 415; XML is not served', async () => {
      const reply = await call(h, 'PUT', BOX, '<box/>', {
        'content-type': 'application/yang-data+xml',
      });
      assert.equal(reply.status, 415);
      restconfError(reply);
    });
  });

  describe('restconf: POST', () => {
    it('POST creates the child list entry: 201 with its Location, then 409 data-exists', async () => {
      const body = { 'rtest:item': [{ id: 'a/b', qty: 2 }] };
      const created = await call(h, 'POST', BOX, body);
      assert.equal(created.status, 201);
      assert.equal(created.headers.get('location'), '/rests/data/rtest:box/item=a%2Fb');
      const again = await call(h, 'POST', BOX, body);
      assert.equal(again.status, 409);
      const error = restconfError(again);
      assert.equal(error['error-tag'], 'data-exists');
      assert.equal(error['error-path'], "/rtest:box/item[id='a/b']");
      const fetched = await call(h, 'GET', created.headers.get('location') ?? '');
      assert.deepStrictEqual(fetched.json, { 'rtest:item': [{ id: 'a/b', qty: 2 }] });
    });

    it('POST on the datastore resource creates a top-level node', async () => {
      const reply = await call(h, 'POST', '/rests/data', {
        'toaster:toaster': { darknessFactor: 9 },
      });
      assert.equal(reply.status, 201);
      assert.equal(reply.headers.get('location'), '/rests/data/toaster:toaster');
      assert.deepStrictEqual(await read(h, 'config', '/toaster:toaster'), { darknessFactor: 9 });
    });

    it('POST of a child the target does not have is 400 unknown-element', async () => {
      const reply = await call(h, 'POST', BOX, { 'rtest:nope': 1 });
      assert.equal(reply.status, 400);
      assert.equal(restconfError(reply)['error-tag'], 'unknown-element');
    });

    it('POST of a list entry without its key is 400 malformed-message', async () => {
      const reply = await call(h, 'POST', BOX, { 'rtest:item': [{ qty: 1 }] });
      assert.equal(reply.status, 400);
      assert.equal(restconfError(reply)['error-tag'], 'malformed-message');
    });

    it('POST on a leaf is 405 with the Allow header', async () => {
      const reply = await call(h, 'POST', `${BOX}/label`, { 'rtest:label': 'x' });
      assert.equal(reply.status, 405);
      assert.match(reply.headers.get('allow') ?? '', /PUT/);
    });
  });

  describe('restconf: PATCH (plain merge)', () => {
    it('PATCH merges into an existing resource: 204, other members kept', async () => {
      await seed(h, 'config', '/rtest:box', { label: 'L', item: [{ id: 'a', qty: 1 }] });
      const reply = await call(h, 'PATCH', BOX, { 'rtest:box': { size: 4, item: [{ id: 'b' }] } });
      assert.equal(reply.status, 204);
      assert.deepStrictEqual(await read(h, 'config', '/rtest:box'), {
        label: 'L',
        item: [{ id: 'a', qty: 1 }, { id: 'b' }],
        size: 4,
      });
    });

    it('PATCH of a resource that does not exist is 404 data-missing and creates nothing', async () => {
      const reply = await call(h, 'PATCH', `${BOX}/item=q`, { 'rtest:item': [{ id: 'q' }] });
      assert.equal(reply.status, 404);
      assert.equal(restconfError(reply)['error-tag'], 'data-missing');
      assert.equal(await read(h, 'config', '/rtest:box'), undefined);
    });
  });

  describe('restconf: DELETE', () => {
    it('DELETE removes the resource (204), then it is 404 data-missing', async () => {
      await seed(h, 'config', '/rtest:box', { label: 'L', item: [{ id: 'a' }] });
      assert.equal((await call(h, 'DELETE', `${BOX}/item=a`)).status, 204);
      assert.deepStrictEqual(await read(h, 'config', '/rtest:box'), { label: 'L' });
      const again = await call(h, 'DELETE', `${BOX}/item=a`);
      assert.equal(again.status, 404);
      const error = restconfError(again);
      assert.equal(error['error-tag'], 'data-missing');
      assert.equal(error['error-path'], "/rtest:box/item[id='a']");
    });

    it('DELETE of the datastore resource is 405', async () => {
      const reply = await call(h, 'DELETE', '/rests/data');
      assert.equal(reply.status, 405);
      assert.equal(restconfError(reply)['error-tag'], 'operation-not-supported');
    });
  });

  describe('restconf: requests the server refuses', () => {
    const cases: [string, string, number, string][] = [
      ['an unknown node', `${BOX}/nope`, 400, 'invalid-value'],
      ['an unknown module', '/rests/data/nomodule:x', 400, 'invalid-value'],
      ['an unqualified top-level node', '/rests/data/box', 400, 'invalid-value'],
      ['a list entry with too many keys', `${BOX}/item=a,b`, 400, 'invalid-value'],
      [
        'a key that is not of its type',
        '/rests/data/rtest:pair=a,notanumber',
        400,
        'invalid-value',
      ],
      ['a bad percent-encoding', `${BOX}/item=%zz`, 400, 'invalid-value'],
      ['an unknown query parameter', `${BOX}?colour=red`, 400, 'invalid-value'],
      ['a repeated query parameter', `${BOX}?depth=1&depth=2`, 400, 'invalid-value'],
      ['a bad content value', `${BOX}?content=both`, 400, 'invalid-value'],
      ['a path outside RESTCONF', '/elsewhere', 404, 'invalid-value'],
    ];
    for (const [what, path, status, tag] of cases) {
      it(`GET of ${what} is ${status} ${tag}`, async () => {
        const reply = await call(h, 'GET', path);
        assert.equal(reply.status, status);
        assert.equal(restconfError(reply)['error-tag'], tag);
      });
    }

    it('a method the resource does not have is 405 with Allow', async () => {
      const reply = await call(h, 'PROPFIND', BOX);
      assert.equal(reply.status, 405);
      assert.match(reply.headers.get('allow') ?? '', /GET/);
      restconfError(reply);
    });

    it('OPTIONS lists the methods and the patch media types', async () => {
      const reply = await call(h, 'OPTIONS', BOX);
      assert.equal(reply.status, 200);
      assert.equal(reply.headers.get('allow'), 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT');
      assert.match(reply.headers.get('accept-patch') ?? '', /application\/yang-patch\+json/);
    });

    it('every error response is logged once', async () => {
      const before = h.logger.lines.length;
      await call(h, 'GET', `${BOX}/nope`);
      await call(h, 'DELETE', `${BOX}/item=x`);
      const lines = h.logger.lines.slice(before);
      assert.deepStrictEqual(
        lines.map((l) => [l.level, l.fields['status']]),
        [
          ['info', 400],
          ['info', 404],
        ],
      );
    });

    it('a body over bodyBytesMax is 413 too-big naming the limit and its setting', async () => {
      const small = await startRestconf({ limits: { bodyBytesMax: 64 } });
      try {
        const reply = await call(small, 'PUT', BOX, { 'rtest:box': { label: 'x'.repeat(100) } });
        assert.equal(reply.status, 413);
        const error = restconfError(reply);
        assert.equal(error['error-tag'], 'too-big');
        assert.match(
          String(error['error-message']),
          /larger than 64 bytes, .*http\.body-bytes-max in canopy\.conf/,
        );
      } finally {
        await small.close();
      }
    });

    const unqualified: [string, string, string, unknown, RegExp][] = [
      [
        'a PUT body',
        'PUT',
        '/rests/data/toaster:toaster/darknessFactor',
        { darknessFactor: 1 },
        /"darknessFactor" must be module-qualified as "toaster:darknessFactor"/,
      ],
      ['a PUT body of a container', 'PUT', BOX, { box: {} }, /qualified as "rtest:box"/],
      ['a PATCH body', 'PATCH', BOX, { box: { label: 'x' } }, /qualified as "rtest:box"/],
      ['a POST body', 'POST', BOX, { item: [{ id: 'q' }] }, /qualified as "rtest:item"/],
      ['a POST body at the root', 'POST', '/rests/data', { box: {} }, /qualified as module:name/],
    ];
    for (const [what, method, path, body, message] of unqualified) {
      it(`${what} with an unqualified top-level member is 400 malformed-message (RFC 7951 §4)`, async () => {
        const reply = await call(h, method, path, body);
        assert.equal(reply.status, 400, reply.text);
        const error = restconfError(reply);
        assert.equal(error['error-tag'], 'malformed-message');
        assert.match(String(error['error-message']), message);
      });
    }

    it('nested members are qualified only where the module changes', async () => {
      const reply = await call(h, 'PUT', BOX, { 'rtest:box': { label: 'x', item: [{ id: 'a' }] } });
      assert.equal(reply.status, 201, reply.text);
    });

    const duplicated: [string, string, string, string, string][] = [
      [
        'a data body',
        'PUT',
        BOX,
        '{"rtest:box": {"label": "a", "item": [{"id": "x", "qty": 1, "qty": 2}]}}',
        'application/yang-data+json',
      ],
      [
        'an rpc input',
        'POST',
        '/rests/operations/rtest:echo',
        '{"rtest:input": {"message": "a", "message": "b"}}',
        'application/yang-data+json',
      ],
      [
        'a YANG Patch',
        'PATCH',
        BOX,
        '{"ietf-yang-patch:yang-patch": {"patch-id": "p", "patch-id": "q", "edit": []}}',
        'application/yang-patch+json',
      ],
      [
        'an application/json body',
        'PUT',
        BOX,
        '{"rtest:box": {}, "rtest:box": {}}',
        'application/json',
      ],
    ];
    for (const [what, method, path, text, type] of duplicated) {
      it(`${what} with a member name given twice is 400 malformed-message naming it`, async () => {
        const reply = await call(h, method, path, text, { 'content-type': type });
        assert.equal(reply.status, 400, reply.text);
        const error = restconfError(reply);
        assert.equal(error['error-tag'], 'malformed-message');
        assert.match(
          String(error['error-message']),
          / is given twice in one object \(the second at line 1, column \d+/,
        );
      });
    }
  });
});

describe('restconf: fields', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startRestconf();
    await seed(h, 'config', '/rtest:box', {
      label: 'L',
      size: 2,
      inner: { a: 'x', deeper: { b: 'y' } },
      item: [
        { id: 'a', qty: 1, note: 'n' },
        { id: 'b', qty: 2 },
      ],
    });
  });
  afterEach(async () => {
    await h.close();
  });

  const cases: [string, unknown][] = [
    ['label', { 'rtest:box': { label: 'L' } }],
    ['label;size', { 'rtest:box': { label: 'L', size: 2 } }],
    ['inner/deeper/b', { 'rtest:box': { inner: { deeper: { b: 'y' } } } }],
    ['inner(a)', { 'rtest:box': { inner: { a: 'x' } } }],
    ['inner;inner(a)', { 'rtest:box': { inner: { a: 'x', deeper: { b: 'y' } } } }],
    [
      'item(qty)',
      {
        'rtest:box': {
          item: [
            { id: 'a', qty: 1 },
            { id: 'b', qty: 2 },
          ],
        },
      },
    ],
    ['rtest:label', { 'rtest:box': { label: 'L' } }],
  ];
  for (const [fields, expected] of cases) {
    it(`fields=${fields} returns just that selection (list entries keep their keys)`, async () => {
      const reply = await call(
        h,
        'GET',
        `${BOX}?content=config&fields=${encodeURIComponent(fields)}`,
      );
      assert.equal(reply.status, 200);
      assert.deepStrictEqual(reply.json, expected);
    });
  }

  it('fields on a list entry and on the datastore resource', async () => {
    const entry = await call(h, 'GET', `${BOX}/item=a?content=config&fields=note`);
    assert.deepStrictEqual(entry.json, { 'rtest:item': [{ id: 'a', note: 'n' }] });
    const root = await call(h, 'GET', '/rests/data?content=config&fields=rtest:box(size)');
    assert.deepStrictEqual(root.json, { 'ietf-restconf:data': { 'rtest:box': { size: 2 } } });
  });

  for (const bad of ['nope', 'label(x)', 'inner(', 'label;;size', 'box']) {
    it(`fields=${bad} is 400 invalid-value`, async () => {
      const path = bad === 'box' ? '/rests/data' : BOX;
      const reply = await call(h, 'GET', `${path}?fields=${encodeURIComponent(bad)}`);
      assert.equal(reply.status, 400);
      assert.equal(restconfError(reply)['error-tag'], 'invalid-value');
    });
  }
});

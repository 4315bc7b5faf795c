/**
 * Goal: OpenDaylight's clients can discover and download the schema: RFC 7895 `modules-state` lists
 * every module with revision, namespace, features, deviations, conformance and submodules, and its
 * `schema` leaves (like RFC 8525's `location`) are absolute URIs, built from the host the request
 * named, where GET returns the YANG text the server loaded, byte for byte; submodules too; an unknown
 * module or revision is 404 with an errors body.
 * Method: a real server over a small module set written here (a module with a submodule, a feature
 * and an import of a typedef-only module, a module that deviates it, a module without revision) with
 * the texts passed as the server's sources; every URI the library names is fetched.
 */
import { strict as assert } from 'node:assert';
import { request } from 'node:http';
import { compileSchema, type YangSource } from '../../../src/yang/compile.js';
import { call, restconfError, startRestconf, type Harness } from './harness.js';

const SOURCES: readonly YangSource[] = [
  {
    file: 'lib-main@2026-01-02.yang',
    text: `module lib-main {
  yang-version 1.1;
  namespace "urn:canopy:test:lib-main";
  prefix lm;
  import lib-types { prefix lt; }
  include lib-sub;
  revision 2026-01-02 { description "Second."; }
  revision 2025-06-01 { description "First."; }
  feature fast;
  container top {
    leaf speed { type lt:speed; }
    leaf extra { if-feature fast; type string; }
  }
}
`,
  },
  {
    file: 'lib-sub.yang',
    text: `submodule lib-sub {
  yang-version 1.1;
  belongs-to lib-main { prefix lm; }
  revision 2026-01-01;
  container side { leaf s { type string; } }
}
`,
  },
  {
    file: 'lib-types.yang',
    text: `module lib-types {
  namespace "urn:canopy:test:lib-types";
  prefix lt;
  description "Types only: nothing here will augment or deviation anything.";
  revision 2020-01-01;
  typedef speed { type uint32; }
}
`,
  },
  {
    file: 'lib-dev.yang',
    text: `module lib-dev {
  namespace "urn:canopy:test:lib-dev";
  prefix ld;
  import lib-main { prefix m; }
  import lib-aug { prefix la; }
  revision 2026-02-02;
  deviation "/m:top/m:extra" { deviate not-supported; }
}
`,
  },
  {
    file: 'lib-aug.yang',
    text: `module lib-aug {
  namespace "urn:canopy:test:lib-aug";
  prefix la;
  import lib-main { prefix m; }
  revision 2026-03-03;
  augment "/m:top" { leaf added { type string; } }
}
`,
  },
  {
    file: 'norev.yang',
    text: `module norev {
  namespace "urn:canopy:test:norev";
  prefix nr;
  leaf flag { type boolean; }
}
`,
  },
];

const schema = compileSchema(SOURCES);

interface ModuleEntry {
  name: string;
  revision: string;
  schema?: string;
  namespace: string;
  feature?: string[];
  deviation?: { name: string; revision: string }[];
  'conformance-type': string;
  submodule?: { name: string; revision: string; schema?: string }[];
}

async function modulesState(
  h: Harness,
): Promise<{ 'module-set-id': string; module: ModuleEntry[] }> {
  const reply = await call(h, 'GET', '/rests/data/ietf-yang-library:modules-state');
  assert.equal(reply.status, 200, reply.text);
  return (reply.json as Record<string, { 'module-set-id': string; module: ModuleEntry[] }>)[
    'ietf-yang-library:modules-state'
  ]!;
}

/** A GET with an explicit Host header (fetch does not let a test set one). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.once('error', reject);
    req.end();
  });
}

describe('restconf: RFC 7895 modules-state', () => {
  let h: Harness;
  before(async () => {
    h = await startRestconf({ schema, sources: SOURCES });
  });
  after(async () => {
    await h.close();
  });

  it('lists each module with its revision, namespace, features, conformance and submodules', async () => {
    const state = await modulesState(h);
    assert.match(state['module-set-id'], /^[0-9a-f]{16}$/);
    const byName = new Map(state.module.map((m) => [m.name, m]));
    const main = byName.get('lib-main');
    assert.ok(main);
    assert.equal(main.revision, '2026-01-02');
    assert.equal(main.namespace, 'urn:canopy:test:lib-main');
    assert.deepStrictEqual(main.feature, ['fast']);
    assert.equal(main['conformance-type'], 'implement');
    assert.deepStrictEqual(main.deviation, [{ name: 'lib-dev', revision: '2026-02-02' }]);
    assert.deepStrictEqual(
      main.submodule?.map((s) => [s.name, s.revision]),
      [['lib-sub', '2026-01-01']],
    );
    assert.equal(byName.get('lib-types')?.['conformance-type'], 'import');
    assert.equal(byName.get('lib-dev')?.['conformance-type'], 'implement');
    // Imported by lib-dev, defines no data node of its own, but augments lib-main.
    assert.equal(byName.get('lib-aug')?.['conformance-type'], 'implement');
    assert.equal(byName.get('norev')?.revision, '');
    for (const system of ['ietf-yang-library', 'ietf-restconf-monitoring']) {
      assert.equal(byName.get(system)?.['conformance-type'], 'implement', system);
    }
    for (const module of schema.modules.values()) {
      assert.ok(byName.has(module.name), `${module.name} is listed`);
    }
  });

  it('a module is addressable by its name and revision keys, one without revision by an empty key', async () => {
    const reply = await call(
      h,
      'GET',
      '/rests/data/ietf-yang-library:modules-state/module=lib-types,2020-01-01/namespace',
    );
    assert.deepStrictEqual(reply.json, {
      'ietf-yang-library:namespace': 'urn:canopy:test:lib-types',
    });
    const norev = await call(h, 'GET', '/rests/data/ietf-yang-library:modules-state/module=norev,');
    assert.equal(norev.status, 200, norev.text);
  });

  it('every schema leaf is an absolute URI where GET returns the loaded text as application/yang', async () => {
    const state = await modulesState(h);
    const texts = new Map(SOURCES.map((s) => [s.text.split(/\s/)[1], s.text]));
    let fetched = 0;
    for (const module of state.module) {
      for (const unit of [module, ...(module.submodule ?? [])]) {
        assert.ok(unit.schema, `${unit.name} has a schema location`);
        assert.ok(unit.schema.startsWith(`${h.url}/rests/modules/`), unit.schema);
        const reply = await call(h, 'GET', unit.schema.slice(h.url.length));
        assert.equal(reply.status, 200, `${unit.schema}: ${reply.text}`);
        assert.match(reply.headers.get('content-type') ?? '', /^application\/yang/);
        const expected = texts.get(unit.name);
        if (expected !== undefined) {
          assert.equal(reply.text, expected, unit.name);
        } else {
          assert.match(reply.text, new RegExp(`module ${unit.name} \\{`));
        }
        fetched++;
      }
    }
    assert.equal(fetched, state.module.length + 1);
  });

  it('locations are built from the Host the client used', async () => {
    const port = new URL(h.url).port;
    const reply = await getWithHost(
      `${h.url}/rests/data/ietf-yang-library:modules-state/module=lib-types,2020-01-01/schema`,
      `canopy.example:${port}`,
    );
    assert.equal(reply.status, 200, reply.body);
    assert.deepStrictEqual(JSON.parse(reply.body), {
      'ietf-yang-library:schema': `http://canopy.example:${port}/rests/modules/lib-types/2020-01-01`,
    });
    const bad = await getWithHost(
      `${h.url}/rests/data/ietf-yang-library:modules-state/module=lib-types,2020-01-01/schema`,
      'evil.example/path?x=',
    );
    assert.equal(
      (JSON.parse(bad.body) as Record<string, string>)['ietf-yang-library:schema'],
      `${h.url}/rests/modules/lib-types/2020-01-01`,
    );
  });

  it('the RFC 8525 library names the same locations, and keeps import-only modules apart', async () => {
    const reply = await call(
      h,
      'GET',
      '/rests/data/ietf-yang-library:yang-library/module-set=complete',
    );
    const set = (
      reply.json as Record<
        string,
        {
          module: { name: string; location?: string[]; deviation?: string[] }[];
          'import-only-module': { name: string; revision: string; location?: string[] }[];
        }[]
      >
    )['ietf-yang-library:module-set']![0]!;
    const main = set.module.find((m) => m.name === 'lib-main');
    assert.deepStrictEqual(main?.location, [`${h.url}/rests/modules/lib-main/2026-01-02`]);
    assert.deepStrictEqual(main?.deviation, ['lib-dev']);
    assert.deepStrictEqual(
      set['import-only-module'].map((m) => [m.name, m.revision, m.location]),
      [['lib-types', '2020-01-01', [`${h.url}/rests/modules/lib-types/2020-01-01`]]],
    );
    assert.equal(
      set.module.find((m) => m.name === 'lib-types'),
      undefined,
    );
  });
});

describe('restconf: schema download', () => {
  let h: Harness;
  before(async () => {
    h = await startRestconf({ schema, sources: SOURCES });
  });
  after(async () => {
    await h.close();
  });

  it('a module is served at /rests/modules/{name}, /{name}/{revision} and ?revision=', async () => {
    const text = SOURCES[0]!.text;
    for (const path of [
      '/rests/modules/lib-main',
      '/rests/modules/lib-main/2026-01-02',
      '/rests/modules/lib-main?revision=2026-01-02',
    ]) {
      const reply = await call(h, 'GET', path);
      assert.equal(reply.status, 200, path);
      assert.equal(reply.text, text, path);
    }
    assert.equal((await call(h, 'GET', '/rests/modules/norev')).status, 200);
    assert.equal((await call(h, 'HEAD', '/rests/modules/lib-sub/2026-01-01')).status, 200);
  });

  it('an unknown module or revision is 404 with an errors body saying what is loaded', async () => {
    const unknown = await call(h, 'GET', '/rests/modules/nothing');
    assert.equal(unknown.status, 404);
    assert.match(String(restconfError(unknown)['error-message']), /no module or submodule/);
    const older = await call(h, 'GET', '/rests/modules/lib-main/2025-06-01');
    assert.equal(older.status, 404);
    assert.match(String(restconfError(older)['error-message']), /loaded revision is 2026-01-02/);
    assert.equal((await call(h, 'GET', '/rests/modules/norev/2020-01-01')).status, 404);
    assert.equal((await call(h, 'GET', '/rests/modules/lib-main/a/b')).status, 404);
  });

  it('a client that accepts only JSON is 406; curl and browsers are served', async () => {
    const json = await call(h, 'GET', '/rests/modules/lib-main', undefined, {
      accept: 'application/yang-data+json',
    });
    assert.equal(json.status, 406);
    assert.equal(restconfError(json)['error-tag'], 'invalid-value');
    for (const accept of ['*/*', 'text/html,application/xhtml+xml,*/*;q=0.8', 'application/yang']) {
      const reply = await call(h, 'GET', '/rests/modules/lib-main', undefined, { accept });
      assert.equal(reply.status, 200, accept);
    }
  });

  it('without sources the library lists modules without locations, and download is 404', async () => {
    const bare = await startRestconf({ schema });
    try {
      const state = await modulesState(bare);
      const main = state.module.find((m) => m.name === 'lib-main');
      assert.equal(main?.schema, undefined);
      assert.equal((await call(bare, 'GET', '/rests/modules/lib-main')).status, 404);
      // The server's own modules are always downloadable.
      const own = state.module.find((m) => m.name === 'ietf-yang-library');
      assert.ok(own?.schema);
      assert.equal((await call(bare, 'GET', own.schema.slice(bare.url.length))).status, 200);
    } finally {
      await bare.close();
    }
  });
});

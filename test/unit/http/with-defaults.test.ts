/**
 * Goal: `with-defaults` (RFC 8040 §4.8.9) reports defaults as RFC 6243's modes say: report-all adds
 * the defaults in use (leaf, typedef, leaf-list; through non-presence containers, never into an absent
 * presence container or an unselected case), trim leaves out values equal to their default, and
 * report-all-tagged marks them with RFC 7952 metadata; explicit (and no parameter) is the data as
 * stored; a bad value is 400; the capability is advertised.
 * Method: a real server over a model written here (`wd`) with one node of each kind that has or
 * holds a default; data is written through the broker and read over HTTP.
 */
import { strict as assert } from 'node:assert';
import { compileSchema } from '../../../src/yang/compile.js';
import { call, restconfError, seed, startRestconf, type Harness } from './harness.js';

const WD_YANG = `
module wd {
  yang-version 1.1;
  namespace "urn:canopy:test:wd";
  prefix wd;
  revision 2026-03-01;

  identity server-kind;
  identity primary { base server-kind; }
  identity backup { base server-kind; }

  typedef percent {
    type uint8 { range "0..100"; }
    default 50;
  }

  container settings {
    leaf mtu { type uint16; default 1500; }
    leaf name { type string; }
    leaf level { type percent; }
    leaf-list dns { type string; default "a"; default "b"; }
    leaf counter { type uint32; default 0; config false; }
    container nested {
      leaf depth { type int8; default 3; }
    }
    container opt {
      presence "optional part";
      leaf x { type string; default "x"; }
    }
    choice transport {
      default tcp;
      case tcp {
        leaf tcp-port { type uint16; default 80; }
      }
      case udp {
        leaf udp-port { type uint16; default 53; }
        leaf udp-name { type string; }
      }
    }
  }

  container switch {
    presence "the switch is configured";
    leaf speed { type uint32; default 1000; }
  }

  list server {
    key "name";
    leaf name { type string; }
    leaf weight { type uint8; default 1; }
    leaf kind { type identityref { base server-kind; } default primary; }
  }
}
`;

const schema = compileSchema([{ file: 'wd.yang', text: WD_YANG }]);

const ALL_SETTINGS_DEFAULTS = {
  mtu: 1500,
  level: 50,
  dns: ['a', 'b'],
  counter: 0,
  nested: { depth: 3 },
  'tcp-port': 80,
};

async function getJson(h: Harness, path: string): Promise<unknown> {
  const reply = await call(h, 'GET', path);
  assert.equal(reply.status, 200, reply.text);
  return reply.json;
}

describe('restconf: with-defaults', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startRestconf({ schema });
  });
  afterEach(async () => {
    await h.close();
  });

  it('without the parameter, and with explicit, a GET returns what was written and nothing else', async () => {
    await seed(h, 'config', '/wd:settings', { name: 'n', mtu: 1500 });
    const expected = { 'wd:settings': { name: 'n', mtu: 1500 } };
    assert.deepStrictEqual(await getJson(h, '/rests/data/wd:settings'), expected);
    assert.deepStrictEqual(
      await getJson(h, '/rests/data/wd:settings?with-defaults=explicit'),
      expected,
    );
    assert.equal((await call(h, 'GET', '/rests/data/wd:settings/level')).status, 404);
  });

  it('report-all adds the defaults in use, also through a non-presence container nobody wrote', async () => {
    assert.deepStrictEqual(await getJson(h, '/rests/data/wd:settings?with-defaults=report-all'), {
      'wd:settings': ALL_SETTINGS_DEFAULTS,
    });
    await seed(h, 'config', '/wd:settings', { name: 'n', mtu: 9000 });
    assert.deepStrictEqual(await getJson(h, '/rests/data/wd:settings?with-defaults=report-all'), {
      'wd:settings': { ...ALL_SETTINGS_DEFAULTS, name: 'n', mtu: 9000 },
    });
  });

  it('report-all follows the selected case, and the default case when none is present', async () => {
    await seed(h, 'config', '/wd:settings', { 'udp-name': 'dns' });
    const settings = (
      (await getJson(h, '/rests/data/wd:settings?with-defaults=report-all')) as Record<
        string,
        Record<string, unknown>
      >
    )['wd:settings'];
    assert.equal(settings?.['udp-port'], 53);
    assert.equal(settings?.['tcp-port'], undefined);
  });

  it('report-all adds nothing inside an absent presence container, and fills one that exists', async () => {
    assert.equal(
      (await call(h, 'GET', '/rests/data/wd:switch?with-defaults=report-all')).status,
      404,
    );
    assert.equal(
      (await call(h, 'GET', '/rests/data/wd:switch/speed?with-defaults=report-all')).status,
      404,
    );
    const settings = (await getJson(h, '/rests/data/wd:settings?with-defaults=report-all')) as {
      'wd:settings': Record<string, unknown>;
    };
    assert.equal(settings['wd:settings']['opt'], undefined);
    await seed(h, 'config', '/wd:switch', {});
    assert.deepStrictEqual(await getJson(h, '/rests/data/wd:switch?with-defaults=report-all'), {
      'wd:switch': { speed: 1000 },
    });
    assert.deepStrictEqual(
      await getJson(h, '/rests/data/wd:switch/speed?with-defaults=report-all'),
      { 'wd:speed': 1000 },
    );
  });

  it('report-all answers a GET of an absent leaf, leaf-list or container whose default is in use', async () => {
    assert.deepStrictEqual(
      await getJson(h, '/rests/data/wd:settings/mtu?with-defaults=report-all'),
      { 'wd:mtu': 1500 },
    );
    assert.deepStrictEqual(
      await getJson(h, '/rests/data/wd:settings/dns?with-defaults=report-all'),
      { 'wd:dns': ['a', 'b'] },
    );
    assert.deepStrictEqual(
      await getJson(h, '/rests/data/wd:settings/nested/depth?with-defaults=report-all'),
      { 'wd:depth': 3 },
    );
    assert.deepStrictEqual(
      await getJson(h, '/rests/data/wd:settings/nested?with-defaults=report-all'),
      { 'wd:nested': { depth: 3 } },
    );
    assert.equal(
      (await call(h, 'GET', '/rests/data/wd:settings/udp-port?with-defaults=report-all')).status,
      404,
    );
    assert.equal(
      (await call(h, 'GET', '/rests/data/wd:settings/name?with-defaults=report-all')).status,
      404,
    );
  });

  it('report-all fills each list entry, identityref defaults included, and not an absent entry', async () => {
    await seed(h, 'config', '/wd:server=s1', { name: 's1' });
    await seed(h, 'config', '/wd:server=s2', { name: 's2', weight: 7, kind: 'wd:backup' });
    assert.deepStrictEqual(await getJson(h, '/rests/data/wd:server?with-defaults=report-all'), {
      'wd:server': [
        { name: 's1', weight: 1, kind: 'wd:primary' },
        { name: 's2', weight: 7, kind: 'wd:backup' },
      ],
    });
    assert.deepStrictEqual(
      await getJson(h, '/rests/data/wd:server=s1/kind?with-defaults=report-all'),
      { 'wd:kind': 'wd:primary' },
    );
    assert.equal(
      (await call(h, 'GET', '/rests/data/wd:server=nope/weight?with-defaults=report-all')).status,
      404,
    );
  });

  it('report-all under content=config adds no state leaf; under nonconfig and all it does', async () => {
    const config = (await getJson(
      h,
      '/rests/data/wd:settings?with-defaults=report-all&content=config',
    )) as { 'wd:settings': Record<string, unknown> };
    assert.equal(config['wd:settings']['counter'], undefined);
    assert.equal(config['wd:settings']['mtu'], 1500);
    const state = (await getJson(
      h,
      '/rests/data/wd:settings?with-defaults=report-all&content=nonconfig',
    )) as { 'wd:settings': Record<string, unknown> };
    assert.equal(state['wd:settings']['counter'], 0);
  });

  it('report-all on the datastore resource includes the implied top-level containers', async () => {
    const data = (await getJson(h, '/rests/data?with-defaults=report-all')) as {
      'ietf-restconf:data': Record<string, unknown>;
    };
    assert.deepStrictEqual(data['ietf-restconf:data']['wd:settings'], ALL_SETTINGS_DEFAULTS);
    assert.equal(data['ietf-restconf:data']['wd:switch'], undefined);
  });

  it('fields and depth select among the reported defaults', async () => {
    assert.deepStrictEqual(
      await getJson(h, '/rests/data/wd:settings?with-defaults=report-all&fields=mtu;nested'),
      { 'wd:settings': { mtu: 1500, nested: { depth: 3 } } },
    );
    assert.deepStrictEqual(
      await getJson(h, '/rests/data/wd:settings?with-defaults=report-all&depth=1'),
      { 'wd:settings': {} },
    );
  });

  it('trim leaves out values equal to their default, and a non-presence container left empty', async () => {
    await seed(h, 'config', '/wd:settings', {
      name: 'n',
      mtu: 1500,
      level: 50,
      dns: ['a', 'b'],
      nested: { depth: 3 },
      'tcp-port': 8080,
    });
    assert.deepStrictEqual(await getJson(h, '/rests/data/wd:settings?with-defaults=trim'), {
      'wd:settings': { name: 'n', 'tcp-port': 8080 },
    });
    const reply = await call(h, 'GET', '/rests/data/wd:settings/mtu?with-defaults=trim');
    assert.equal(reply.status, 404);
    assert.match(String(restconfError(reply)['error-message']), /with-defaults=trim/);
    await seed(h, 'config', '/wd:switch', { speed: 1000 });
    assert.deepStrictEqual(await getJson(h, '/rests/data/wd:switch?with-defaults=trim'), {
      'wd:switch': {},
    });
  });

  it('report-all-tagged tags every value equal to its default, written or not, in RFC 7952 form', async () => {
    await seed(h, 'config', '/wd:settings', { name: 'n', mtu: 1500, level: 70 });
    const tag = { 'ietf-netconf-with-defaults:default': true };
    assert.deepStrictEqual(
      await getJson(h, '/rests/data/wd:settings?with-defaults=report-all-tagged'),
      {
        'wd:settings': {
          name: 'n',
          mtu: 1500,
          '@mtu': tag,
          level: 70,
          dns: ['a', 'b'],
          '@dns': [tag, tag],
          counter: 0,
          '@counter': tag,
          nested: { depth: 3, '@depth': tag },
          'tcp-port': 80,
          '@tcp-port': tag,
        },
      },
    );
    assert.deepStrictEqual(
      await getJson(h, '/rests/data/wd:settings/mtu?with-defaults=report-all-tagged'),
      { 'wd:mtu': 1500, '@wd:mtu': tag },
    );
    assert.deepStrictEqual(
      await getJson(h, '/rests/data/wd:settings/level?with-defaults=report-all-tagged'),
      { 'wd:level': 70 },
    );
  });

  it('an unknown mode is 400 invalid-value naming the modes', async () => {
    const reply = await call(h, 'GET', '/rests/data/wd:settings?with-defaults=all');
    assert.equal(reply.status, 400);
    const error = restconfError(reply);
    assert.equal(error['error-tag'], 'invalid-value');
    assert.match(String(error['error-message']), /report-all, trim, explicit, report-all-tagged/);
  });

  it('with-defaults is refused where it means nothing: edits and operations', async () => {
    const put = await call(h, 'PUT', '/rests/data/wd:settings?with-defaults=trim', {
      'wd:settings': {},
    });
    assert.equal(put.status, 400);
  });

  it('restconf-state advertises the with-defaults capability beside basic-mode=explicit', async () => {
    const reply = await getJson(
      h,
      '/rests/data/ietf-restconf-monitoring:restconf-state/capabilities',
    );
    const capabilities = (reply as Record<string, { capability: string[] }>)[
      'ietf-restconf-monitoring:capabilities'
    ]?.capability;
    assert.ok(capabilities?.includes('urn:ietf:params:restconf:capability:with-defaults:1.0'));
    assert.ok(
      capabilities?.includes(
        'urn:ietf:params:restconf:capability:defaults:1.0?basic-mode=explicit',
      ),
    );
  });
});

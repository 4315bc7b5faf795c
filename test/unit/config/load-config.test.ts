/**
 * Goal: loadConfig reads the shipped conf/ (the single-member default) and the directory named by
 * --conf, CANOPY_CONF or confDir in that order, and refuses to start when a file is missing, naming
 * the file and how to point at another directory. Method: the repository's conf/ and
 * test/fixtures/config/seed/, run from the repository root (as mocha runs), and a temporary directory.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigValidationError } from '../../../src/config/errors.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { defaultConfDir } from '../../../src/config/shipped-conf.js';
import { localShards } from '../../../src/config/shards.js';
import { includesAll } from './support.js';

describe('config: loading from disk', () => {
  it('the shipped conf/ loads: member-1 alone holds every shard, operational in memory', async () => {
    const c = await loadConfig({ confDir: 'conf' });
    assert.equal(c.memberName, 'member-1');
    assert.deepEqual(c.files, {
      canopy: join('conf', 'canopy.conf'),
      modules: join('conf', 'modules.conf'),
      moduleShards: join('conf', 'module-shards.conf'),
    });
    assert.deepEqual(
      c.shards.map((s) => `${s.name}:${s.replicas.join(',')}`),
      ['default:member-1', 'topology:member-1', 'inventory:member-1', 'toaster:member-1'],
    );
    assert.deepEqual(
      c.modules.map((m) => m.name),
      ['inventory', 'topology', 'toaster'],
    );
    assert.equal(c.datastore.config.persistent, true);
    assert.equal(c.datastore.operational.persistent, false);
    assert.equal(localShards(c).length, 8);
  });

  it('--conf wins over CANOPY_CONF, which wins over confDir', async () => {
    const seed = 'test/fixtures/config/seed';
    const byFlag = await loadConfig({
      confDir: 'nowhere',
      env: { CANOPY_CONF: 'nowhere' },
      flags: { conf: seed },
    });
    assert.equal(byFlag.cluster.members.length, 3);
    const byEnv = await loadConfig({ confDir: 'nowhere', env: { CANOPY_CONF: seed } });
    assert.equal(byEnv.cluster.members.length, 3);
  });

  it('a missing file is refused naming the file, how to choose the directory, and the shipped one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'canopy-config-'));
    try {
      writeFileSync(join(dir, 'canopy.conf'), '');
      writeFileSync(join(dir, 'modules.conf'), 'modules = []');
      await assert.rejects(loadConfig({ confDir: dir }), (e: unknown) => {
        assert.ok(e instanceof ConfigValidationError);
        includesAll(
          e.message,
          `${join(dir, 'module-shards.conf')}: cannot read the file (ENOENT`,
          `the configuration directory is "${dir}" (set it with --conf or CANOPY_CONF; `,
          `canopy's own, one member serving the shipped models, is ${defaultConfDir})`,
        );
        return true;
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks namespaces when given them', async () => {
    await assert.rejects(
      loadConfig({ confDir: 'conf', namespaces: new Set(['urn:opendaylight:inventory']) }),
      /conf\/modules\.conf:\d+: modules\[1\]\.namespace: no YANG module has the namespace/,
    );
  });
});

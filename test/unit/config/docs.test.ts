/**
 * Goal: docs/CONFIGURATION.md documents every key canopy.conf accepts with its actual default, range,
 * unit and Config field, and every environment variable and flag, so the docs cannot drift from the
 * code. Method: read the tables of the document and compare them with the tables in settings.ts and
 * overrides.ts, row by row.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { ENV_CONF_DIR, ENV_GENERIC_PREFIX, ENV_VARIABLES } from '../../../src/config/overrides.js';
import {
  CANOPY_DEFAULTS,
  DATASTORE_SETTINGS,
  HTTP_SETTINGS,
  MEMBERSHIP_SETTINGS,
  RPC_SETTINGS,
  TRANSPORT_SETTINGS,
} from '../../../src/config/settings.js';

const doc = readFileSync('docs/CONFIGURATION.md', 'utf8');

/** The table row whose first cell is `key` in backquotes. */
function row(key: string): string {
  const line = doc.split('\n').find((l) => l.startsWith(`| \`${key}\` |`));
  assert.ok(line !== undefined, `docs/CONFIGURATION.md has no table row for ${key}`);
  return line;
}

describe('config: docs/CONFIGURATION.md', () => {
  it('lists every datastore key with its defaults, range, unit and Config field', () => {
    for (const spec of DATASTORE_SETTINGS) {
      const cells = row(spec.key)
        .split('|')
        .map((c) => c.trim());
      const { config, operational } = spec.defaults;
      const defaults = config === operational ? String(config) : `${config} / ${operational}`;
      assert.equal(cells[2], defaults, spec.key);
      if (spec.kind === 'integer') assert.equal(cells[3], `${spec.min}..${spec.max}`, spec.key);
      assert.equal(cells[4], spec.unit, spec.key);
      assert.equal(cells[5], `\`${spec.field}\``, spec.key);
    }
  });

  it('lists every http limit with its default, range, unit and Config field', () => {
    for (const spec of HTTP_SETTINGS) {
      const cells = row(`http.${spec.key}`)
        .split('|')
        .map((c) => c.trim());
      assert.equal(cells[2], String(spec.default), spec.key);
      assert.equal(cells[3], `${spec.min}..${spec.max}`, spec.key);
      assert.equal(cells[4], spec.unit, spec.key);
      assert.equal(cells[5], `\`http.${spec.field}\``, spec.key);
    }
    assert.ok(row('http.public-url').includes('`http.publicUrl`'));
  });

  it('lists every rpc setting with its default, range, unit and Config field', () => {
    for (const spec of RPC_SETTINGS) {
      const cells = row(`rpc.${spec.key}`)
        .split('|')
        .map((c) => c.trim());
      assert.equal(cells[2], String(spec.default), spec.key);
      assert.equal(cells[3], `${spec.min}..${spec.max}`, spec.key);
      assert.equal(cells[4], spec.unit, spec.key);
      assert.equal(cells[5], `\`rpc.${spec.field}\``, spec.key);
    }
  });

  it('lists every transport setting with its default, range, unit and Config field', () => {
    for (const spec of TRANSPORT_SETTINGS) {
      const cells = row(`cluster.transport.${spec.key}`)
        .split('|')
        .map((c) => c.trim());
      assert.equal(cells[2], String(spec.default), spec.key);
      assert.equal(cells[3], `${spec.min}..${spec.max}`, spec.key);
      assert.equal(cells[4], spec.unit, spec.key);
      assert.equal(cells[5], `\`cluster.transport.${spec.field}\``, spec.key);
    }
    assert.ok(row('cluster.name').includes(`\`"${CANOPY_DEFAULTS.clusterName}"\``));
  });

  it('lists every membership setting with its default, range, unit and Config field', () => {
    for (const spec of MEMBERSHIP_SETTINGS) {
      const cells = row(`cluster.membership.${spec.key}`)
        .split('|')
        .map((c) => c.trim());
      assert.equal(cells[2], String(spec.default), spec.key);
      assert.equal(cells[3], `${spec.min}..${spec.max}`, spec.key);
      assert.equal(cells[4], spec.unit, spec.key);
      assert.equal(cells[5], `\`cluster.membership.${spec.field}\``, spec.key);
    }
  });

  it('lists the top-level keys of canopy.conf with their defaults, variables and flags', () => {
    assert.ok(row('member-name').includes(`\`"${CANOPY_DEFAULTS.memberName}"\``));
    assert.ok(row('data-dir').includes(`\`"${CANOPY_DEFAULTS.dataDir}"\``));
    assert.ok(row('http.host').includes(`\`"${CANOPY_DEFAULTS.httpHost}"\``));
    assert.ok(row('http.port').includes(`\`${CANOPY_DEFAULTS.httpPort}\``));
    assert.ok(row('http.access-log').includes(`\`${CANOPY_DEFAULTS.httpAccessLog}\``));
    const journal = row('journal.synced-high-water');
    assert.ok(journal.includes(`\`"${CANOPY_DEFAULTS.journalSyncedHighWater}"\``));
    const m = CANOPY_DEFAULTS.members[0]!;
    assert.ok(
      row('cluster.members').includes(`name = "${m.name}", host = "${m.host}", port = ${m.port}`),
    );
    for (const [variable, key] of ENV_VARIABLES) {
      assert.ok(row(key).includes(`\`${variable}\``), `${variable} in the row of ${key}`);
    }
  });

  it('names every environment variable form and flag', () => {
    const flags = ['--member', '--data-dir', '--http-host', '--http-port', '--set', '--conf'];
    for (const word of [ENV_CONF_DIR, ENV_GENERIC_PREFIX, ...ENV_VARIABLES.keys(), ...flags]) {
      assert.ok(doc.includes(`\`${word}`), `docs/CONFIGURATION.md mentions ${word}`);
    }
  });
});

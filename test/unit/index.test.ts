/**
 * Goal: the package entry (src/index.ts) exports what docs/API.md documents, so a user who reads the
 * page can import it: every error class of the error-code table (each a CanopyError), the datastores,
 * services, loaders and the RESTCONF pieces the page's sections name; and `defaultConfDir` /
 * `defaultYangDir` point at the configuration and models the package ships. Method: read
 * docs/API.md, import the compiled entry, compare. (test/integration/package.test.ts runs the same
 * entry from the packed package.)
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as canopy from '../../src/index.js';
import { loadConfig, loadSchema } from '../../src/index.js';

/** docs/API.md of the repository (or private build) this compiled test belongs to. */
function apiDoc(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'docs', 'API.md');
    if (existsSync(file)) return readFileSync(file, 'utf8');
  }
  return readFileSync(join('docs', 'API.md'), 'utf8');
}

/** The `Class` column of API.md's error-code table (rows `| \`code\` | \`Class\` | when |`). */
function documentedErrorClasses(doc: string): string[] {
  return [...doc.matchAll(/^\| `[a-z-]+` \| `([A-Za-z]+)` \|/gm)].map((m) => m[1] ?? '');
}

const exported = canopy as Record<string, unknown>;

describe('package entry', () => {
  it("exports every error class of API.md's error-code table, each a CanopyError", () => {
    const classes = documentedErrorClasses(apiDoc());
    assert.ok(classes.length >= 30, `only ${classes.length} error classes found in API.md`);
    const missing = classes.filter((name) => typeof exported[name] !== 'function');
    assert.deepEqual(missing, [], 'documented error classes the entry does not export');
    for (const name of classes) {
      const cls = exported[name] as { prototype: unknown };
      assert.ok(cls.prototype instanceof canopy.CanopyError, `${name} is not a CanopyError`);
    }
  });

  it('exports the datastores, services, loaders and RESTCONF pieces API.md describes', () => {
    for (const name of [
      'loadSchema',
      'compileSchema',
      'parsePath',
      'printPath',
      'path',
      'InMemoryDataStore',
      'DataBroker',
      'DistributedDataStore',
      'startMember',
      'RpcService',
      'NotificationService',
      'loadConfig',
      'createLogger',
      'createRestconfServer',
      'ToasterProvider',
    ]) {
      assert.equal(typeof exported[name], 'function', `${name} is not exported`);
    }
    assert.equal(canopy.DEFAULT_RESTCONF_LIMITS.bodyBytesMax, 8 * 1024 * 1024);
  });

  it('defaultConfDir and defaultYangDir are the shipped configuration and models, absolute', async () => {
    assert.ok(isAbsolute(canopy.defaultConfDir) && isAbsolute(canopy.defaultYangDir));
    assert.equal(canopy.defaultYangDir, join(canopy.defaultConfDir, 'yang'));
    assert.ok(readdirSync(canopy.defaultYangDir).some((f) => f.startsWith('toaster@')));
    const config = await loadConfig({ confDir: canopy.defaultConfDir });
    assert.equal(config.memberName, 'member-1');
    const schema = await loadSchema(canopy.defaultYangDir);
    assert.ok(schema.modulesByNamespace.size >= 3);
  });
});

/**
 * The schema the conformance suite, the property tests and the datastore benchmark run against: the
 * models canopy ships (conf/yang: toaster, opendaylight-inventory, network-topology) together with the
 * test models in test/fixtures/conformance, compiled once per process through the public `loadSchema`.
 *
 * Tests run from the compiled tree (dist/ or a private build directory), so the YANG sources are found
 * from the repository root: CANOPY_ROOT when set, else the nearest directory above the working directory
 * whose package.json is canopy's and that holds conf/yang.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadSchema } from '../../src/index.js';
import type { SchemaContext } from '../../src/index.js';

/** The repository root (where package.json names canopy). */
export function repoRoot(): string {
  const fromEnv = process.env['CANOPY_ROOT'];
  if (fromEnv !== undefined && fromEnv !== '') {
    return fromEnv;
  }
  let dir = process.cwd();
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && existsSync(join(dir, 'conf', 'yang'))) {
      const parsed = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown };
      if (parsed.name === 'canopy') {
        return dir;
      }
    }
    const up = dirname(dir);
    if (up === dir) {
      throw new Error('store-schema: cannot find the canopy repository root; set CANOPY_ROOT');
    }
    dir = up;
  }
}

let cached: Promise<SchemaContext> | undefined;

/** conf/yang plus test/fixtures/conformance as one SchemaContext (compiled once per process). */
export function loadTestSchema(): Promise<SchemaContext> {
  cached ??= compileTestSchema();
  return cached;
}

async function compileTestSchema(): Promise<SchemaContext> {
  const root = repoRoot();
  // loadSchema reads one directory; the shipped and the test models live in two, so copy both into a
  // private temporary directory and load that.
  const dir = await mkdtemp(join(tmpdir(), 'canopy-test-yang-'));
  try {
    for (const from of [
      join(root, 'conf', 'yang'),
      join(root, 'test', 'fixtures', 'conformance'),
    ]) {
      for (const name of await readdir(from)) {
        if (name.endsWith('.yang')) {
          await cp(join(from, name), join(dir, name));
        }
      }
    }
    return await loadSchema(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

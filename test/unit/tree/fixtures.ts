/**
 * Test schemas for the tree and api unit tests: test/fixtures/tree (every YANG construct the tree
 * handles) and conf/yang (the models canopy ships), compiled once per test process.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileSchema } from '../../../src/yang/compile.js';
import type { SchemaContext } from '../../../src/yang/schema.js';

function compileDir(dir: string): SchemaContext {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yang'))
    .sort();
  return compileSchema(
    files.map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') })),
  );
}

let testSchemaCache: SchemaContext | undefined;
let confSchemaCache: SchemaContext | undefined;

/** The canopy-test and canopy-test-aug modules (test/fixtures/tree). */
export function testSchema(): SchemaContext {
  return (testSchemaCache ??= compileDir(resolve('test/fixtures/tree')));
}

/** The shipped models (conf/yang): toaster, opendaylight-inventory, network-topology. */
export function confSchema(): SchemaContext {
  return (confSchemaCache ??= compileDir(resolve('conf/yang')));
}

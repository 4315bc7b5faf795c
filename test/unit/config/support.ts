/**
 * Test helper for the config tests: builds configurations from inline file texts under the names
 * `conf/canopy.conf`, `conf/modules.conf` and `conf/module-shards.conf`, and asserts on the errors
 * (their class, code, and that the message names the file, line and key). Not a test file itself.
 */
import { strict as assert } from 'node:assert';
import { ConfigSyntaxError, ConfigValidationError } from '../../../src/config/errors.js';
import { buildConfig } from '../../../src/config/validate.js';
import type { BuildConfigOptions, ConfigSources } from '../../../src/config/validate.js';
import type { Config } from '../../../src/config/types.js';

/** A three-member cluster, member-1 local. */
export const CANOPY_3 = `
member-name = "member-1"
cluster {
  members = [
    { name = "member-1", host = "127.0.0.1", port = 2550 }
    { name = "member-2", host = "127.0.0.1", port = 2551 }
    { name = "member-3", host = "127.0.0.1", port = 2552 }
  ]
}
`;

/** modules.conf with design 003's three modules. */
export const MODULES_3 = `
modules = [
  { name = "inventory", namespace = "urn:opendaylight:inventory", shard-strategy = "module" }
  { name = "topology", namespace = "urn:TBD:params:xml:ns:yang:network-topology", shard-strategy = "module" }
  { name = "toaster", namespace = "http://netconfcentral.org/ns/toaster", shard-strategy = "module" }
]
`;

/** module-shards.conf placing each of MODULES_3 on all three members. */
export const SHARDS_3 = `
module-shards = [
  { name = "inventory", shards = [ { name = "inventory", replicas = ["member-1", "member-2", "member-3"] } ] }
  { name = "topology", shards = [ { name = "topology", replicas = ["member-1", "member-2", "member-3"] } ] }
  { name = "toaster", shards = [ { name = "toaster", replicas = ["member-1", "member-2", "member-3"] } ] }
]
`;

export function sources(
  canopy: string,
  modules: string = MODULES_3,
  moduleShards: string = SHARDS_3,
): ConfigSources {
  return {
    canopy: { file: 'conf/canopy.conf', text: canopy },
    modules: { file: 'conf/modules.conf', text: modules },
    moduleShards: { file: 'conf/module-shards.conf', text: moduleShards },
  };
}

/** Builds a config from inline texts (modules and shards default to design 003's three modules). */
export function build(
  canopy: string,
  modules?: string,
  moduleShards?: string,
  options?: BuildConfigOptions,
): Config {
  return buildConfig(sources(canopy, modules, moduleShards), options);
}

/** Runs `fn`, asserts it throws `ConfigValidationError`, and returns its message. */
export function invalid(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.ok(
      e instanceof ConfigValidationError,
      `expected ConfigValidationError, got ${String(e)}`,
    );
    assert.equal(e.code, 'config-invalid');
    return e.message;
  }
  assert.fail('expected ConfigValidationError, but nothing was thrown');
}

/** Runs `fn`, asserts it throws `ConfigSyntaxError`, and returns it. */
export function syntax(fn: () => unknown): ConfigSyntaxError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ConfigSyntaxError, `expected ConfigSyntaxError, got ${String(e)}`);
    assert.equal(e.code, 'config-syntax');
    return e;
  }
  assert.fail('expected ConfigSyntaxError, but nothing was thrown');
}

/** Asserts that `message` contains every fragment (each shown in the failure). */
export function includesAll(message: string, ...fragments: string[]): void {
  for (const f of fragments) {
    assert.ok(
      message.includes(f),
      `expected the message to include ${JSON.stringify(f)}:\n${message}`,
    );
  }
}

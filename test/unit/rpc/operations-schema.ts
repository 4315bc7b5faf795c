/**
 * The schema the rpc and RESTCONF unit tests run against: the toaster model canopy ships
 * (conf/yang/toaster@2009-11-20.yang, read from the repository) plus `rtest`, a small model written
 * here with what those tests need and toaster lacks: state (config false) leaves beside config ones, a
 * keyed list and a two-key list, nested containers for depth, leaf-lists, and rpcs whose input has a
 * mandatory leaf, a default, a list and a choice, and whose output is a leaf-list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileSchema } from '../../../src/yang/compile.js';
import type { SchemaContext } from '../../../src/yang/schema.js';

/** The repository root: CANOPY_ROOT, else the nearest folder up from here with canopy's package.json. */
function repoRoot(): string {
  const fromEnv = process.env['CANOPY_ROOT'];
  if (fromEnv !== undefined && fromEnv !== '') {
    return fromEnv;
  }
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (
      existsSync(pkg) &&
      (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'canopy'
    ) {
      return dir;
    }
    if (dirname(dir) === dir) {
      throw new Error('operations-schema: cannot find the canopy repository root; set CANOPY_ROOT');
    }
  }
}

/** The `rtest` module text. */
export const RTEST_YANG = `
module rtest {
  yang-version 1.1;
  namespace "urn:canopy:test:rtest";
  prefix rt;

  revision 2026-02-01 {
    description "RESTCONF and rpc unit tests.";
  }

  container box {
    leaf label { type string; }
    leaf size { type uint8; }
    leaf state { type string; config false; }
    container inner {
      leaf a { type string; }
      container deeper {
        leaf b { type string; }
      }
    }
    list item {
      key "id";
      leaf id { type string; }
      leaf qty { type uint32; }
      leaf note { type string; }
      leaf seen { type uint32; config false; }
    }
    leaf-list tags { type string; }
  }

  list pair {
    key "a b";
    leaf a { type string; }
    leaf b { type int32; }
    leaf v { type string; }
  }

  rpc echo {
    input {
      leaf message { type string; mandatory true; }
      leaf times { type uint8 { range "1..5"; } default 1; }
      list part {
        key "name";
        leaf name { type string; }
        leaf weight { type uint8; }
      }
      choice mode {
        leaf loud { type empty; }
        leaf quiet { type empty; }
      }
    }
    output {
      leaf-list echoed { type string; ordered-by user; }
    }
  }

  rpc nothing;

  notification ping {
    leaf n { type uint32; mandatory true; }
  }
}
`;

let cached: SchemaContext | undefined;

/** toaster + rtest, compiled once per process. */
export function operationsSchema(): SchemaContext {
  if (cached === undefined) {
    const toasterFile = join(repoRoot(), 'conf', 'yang', 'toaster@2009-11-20.yang');
    cached = compileSchema([
      { file: toasterFile, text: readFileSync(toasterFile, 'utf8') },
      { file: 'rtest.yang', text: RTEST_YANG },
    ]);
  }
  return cached;
}

/**
 * The state RESTCONF itself publishes under /rests/data, computed by the server rather than stored by
 * applications: the YANG library (RFC 8525 `ietf-yang-library:yang-library`, which RFC 8040 §3.3.3 and
 * §10.1 require) and `ietf-restconf-monitoring:restconf-state` (RFC 8040 §9: the capabilities this server
 * implements and its event streams).
 *
 * How: the two modules are described by a compact YANG text of our own (the subset of RFC 8525 and RFC
 * 8040 §9 the data needs, with plain string types where the RFCs import typedefs), compiled into a
 * schema of their own, and the computed data is written once into a private in-memory store. The data
 * resource then reads, depth-limits and addresses it (`.../module-set=complete/module=toaster`) exactly
 * like application data, through the same code. The loaded schema never needs these modules; when it
 * defines a module of the same name, the computed data still wins for reads (it is state the server
 * owns), and writes to it are refused.
 */
import { createHash } from 'node:crypto';
import type { JsonObject, JsonValue, SchemaContext } from '../yang/schema.js';
import { compileSchema } from '../yang/compile.js';
import { InMemoryDataStore } from '../api/in-memory-data-store.js';

/** The revision of RFC 8525's module; also what GET /rests/yang-library-version reports (§3.3.3). */
export const YANG_LIBRARY_REVISION = '2019-01-04';

const SYSTEM_YANG = [
  {
    file: 'canopy:ietf-yang-library@2019-01-04 (subset)',
    text: `
module ietf-yang-library {
  yang-version 1.1;
  namespace "urn:ietf:params:xml:ns:yang:ietf-yang-library";
  prefix yanglib;
  revision 2019-01-04;
  container yang-library {
    config false;
    list module-set {
      key "name";
      leaf name { type string; }
      list module {
        key "name";
        leaf name { type string; }
        leaf revision { type string; }
        leaf namespace { type string; }
        leaf-list location { type string; }
        list submodule {
          key "name";
          leaf name { type string; }
          leaf revision { type string; }
        }
        leaf-list feature { type string; }
        leaf-list deviation { type string; }
      }
    }
    list schema {
      key "name";
      leaf name { type string; }
      leaf-list module-set { type string; }
    }
    list datastore {
      key "name";
      leaf name { type string; }
      leaf schema { type string; }
    }
    leaf content-id { type string; }
  }
}`,
  },
  {
    file: 'canopy:ietf-restconf-monitoring@2017-01-26 (subset)',
    text: `
module ietf-restconf-monitoring {
  yang-version 1.1;
  namespace "urn:ietf:params:xml:ns:yang:ietf-restconf-monitoring";
  prefix rcmon;
  revision 2017-01-26;
  container restconf-state {
    config false;
    container capabilities {
      leaf-list capability { type string; }
    }
    container streams {
      list stream {
        key "name";
        leaf name { type string; }
        leaf description { type string; }
        leaf replay-support { type boolean; }
        list access {
          key "encoding";
          leaf encoding { type string; }
          leaf location { type string; }
        }
      }
    }
  }
}`,
  },
];

let systemSchema: SchemaContext | undefined;

/** The compiled schema of the two system modules (compiled once per process). */
export function systemDataSchema(): SchemaContext {
  systemSchema ??= compileSchema(SYSTEM_YANG);
  return systemSchema;
}

/** An event stream the server offers, as restconf-state lists it. */
export interface StreamDescription {
  readonly name: string;
  readonly description: string;
  /** Path of the stream (`/rests/streams/NETCONF`). */
  readonly location: string;
}

function moduleEntry(module: {
  name: string;
  revision?: string | undefined;
  namespace: string;
  submodules: readonly string[];
  features: readonly string[];
}): JsonObject {
  const entry: Record<string, JsonValue> = { name: module.name };
  if (module.revision !== undefined) {
    entry['revision'] = module.revision;
  }
  entry['namespace'] = module.namespace;
  if (module.submodules.length > 0) {
    entry['submodule'] = module.submodules.map((name) => ({ name }));
  }
  if (module.features.length > 0) {
    entry['feature'] = [...module.features];
  }
  return entry;
}

/** RFC 8525 yang-library content for the modules of `schema` plus the system modules. */
export function yangLibraryContent(schema: SchemaContext): JsonObject {
  const modules = [...schema.modules.values(), ...systemDataSchema().modules.values()]
    .filter((m, i, all) => all.findIndex((o) => o.name === m.name) === i)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(moduleEntry);
  const contentId = createHash('sha256').update(JSON.stringify(modules)).digest('hex').slice(0, 16);
  return {
    'module-set': [{ name: 'complete', module: modules }],
    schema: [{ name: 'complete', 'module-set': ['complete'] }],
    datastore: [
      { name: 'ietf-datastores:running', schema: 'complete' },
      { name: 'ietf-datastores:operational', schema: 'complete' },
    ],
    'content-id': contentId,
  };
}

/** RFC 8040 §9.1.1 capability URIs of what this server implements. */
export const CAPABILITIES: readonly string[] = [
  'urn:ietf:params:restconf:capability:defaults:1.0?basic-mode=explicit',
  'urn:ietf:params:restconf:capability:depth:1.0',
  'urn:ietf:params:restconf:capability:fields:1.0',
  'urn:ietf:params:restconf:capability:with-defaults:1.0',
  'urn:ietf:params:restconf:capability:yang-patch:1.0',
];

/** RFC 8040 §9 restconf-state content. */
export function restconfStateContent(streams: readonly StreamDescription[]): JsonObject {
  return {
    capabilities: { capability: [...CAPABILITIES] },
    streams: {
      stream: streams.map((s) => ({
        name: s.name,
        description: s.description,
        'replay-support': false,
        access: [{ encoding: 'json', location: s.location }],
      })),
    },
  };
}

/** The system modules' names: paths under /rests/data starting with one of them read system data. */
export function isSystemModule(module: string): boolean {
  return systemDataSchema().modules.has(module);
}

/**
 * Creates the private store of the system data for `schema` and `streams`. The returned store holds
 * `/ietf-yang-library:yang-library` and `/ietf-restconf-monitoring:restconf-state`.
 */
export async function createSystemDataStore(
  schema: SchemaContext,
  streams: readonly StreamDescription[],
): Promise<InMemoryDataStore> {
  const store = new InMemoryDataStore({ schema: systemDataSchema(), name: 'restconf-system' });
  const tx = store.newWriteOnlyTransaction();
  tx.write('/ietf-yang-library:yang-library', yangLibraryContent(schema));
  tx.write('/ietf-restconf-monitoring:restconf-state', restconfStateContent(streams));
  await tx.commit();
  return store;
}

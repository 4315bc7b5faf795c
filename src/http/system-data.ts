/**
 * The state RESTCONF itself publishes under /rests/data, computed by the server rather than stored by
 * applications: the YANG library (RFC 8525 `ietf-yang-library:yang-library`, which RFC 8040 §3.3.3 and
 * §10.1 require, and RFC 7895 `ietf-yang-library:modules-state`, which RFC 8525 keeps for older
 * clients; yang-library.ts computes both) and `ietf-restconf-monitoring:restconf-state` (RFC 8040 §9:
 * the capabilities this server implements and its event streams, including the streams sal-remote.ts
 * creates while the server runs).
 *
 * How: the two modules are described by a compact YANG text of our own (the subset of RFC 8525 and RFC
 * 8040 §9 the data needs, with plain string types where the RFCs import typedefs), compiled into a
 * schema of their own, and the computed data is written into a private in-memory store. The data
 * resource then reads, depth-limits and addresses it (`.../module-set=complete/module=toaster`) exactly
 * like application data, through the same code. The loaded schema never needs these modules; when it
 * defines a module of the same name, the computed data still wins for reads (it is state the server
 * owns), and writes to it are refused.
 *
 * URIs (schema locations, stream locations) are stored relative to the server (`/rests/...`) and made
 * absolute on each read against the base URL the request reached (`absoluteUris`): a member does not
 * know under which name its clients reach it, each request does.
 */
import type { JsonObject, JsonValue, SchemaContext } from '../yang/schema.js';
import { compileSchema, type YangSource } from '../yang/compile.js';
import { InMemoryDataStore } from '../api/in-memory-data-store.js';
import { moduleFacts, modulesStateContent, yangLibraryContent } from './yang-library.js';
import { YangSources } from './yang-sources.js';

export { YANG_LIBRARY_REVISION } from './yang-library.js';

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
          leaf-list location { type string; }
        }
        leaf-list feature { type string; }
        leaf-list deviation { type string; }
      }
      list import-only-module {
        key "name revision";
        leaf name { type string; }
        leaf revision { type string; }
        leaf namespace { type string; }
        leaf-list location { type string; }
        list submodule {
          key "name";
          leaf name { type string; }
          leaf revision { type string; }
          leaf-list location { type string; }
        }
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
  container modules-state {
    config false;
    status deprecated;
    leaf module-set-id { type string; }
    list module {
      key "name revision";
      leaf name { type string; }
      leaf revision { type string; }
      leaf schema { type string; }
      leaf namespace { type string; }
      leaf-list feature { type string; }
      list deviation {
        key "name revision";
        leaf name { type string; }
        leaf revision { type string; }
      }
      leaf conformance-type {
        type enumeration {
          enum implement;
          enum import;
        }
      }
      list submodule {
        key "name revision";
        leaf name { type string; }
        leaf revision { type string; }
        leaf schema { type string; }
      }
    }
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
  /**
   * Path of the stream below the server's base URL (`/rests/streams/NETCONF`); stored so, and made
   * absolute per request by `absoluteUris`.
   */
  readonly location: string;
}

/** RFC 8040 §9.1.1 capability URIs of what this server implements. */
export const CAPABILITIES: readonly string[] = [
  'urn:ietf:params:restconf:capability:defaults:1.0?basic-mode=explicit',
  'urn:ietf:params:restconf:capability:depth:1.0',
  'urn:ietf:params:restconf:capability:fields:1.0',
  'urn:ietf:params:restconf:capability:with-defaults:1.0',
  'urn:ietf:params:restconf:capability:yang-patch:1.0',
];

function streamEntry(stream: StreamDescription): JsonObject {
  return {
    name: stream.name,
    description: stream.description,
    'replay-support': false,
    access: [{ encoding: 'json', location: stream.location }],
  };
}

/** RFC 8040 §9 restconf-state content. */
export function restconfStateContent(streams: readonly StreamDescription[]): JsonObject {
  return {
    capabilities: { capability: [...CAPABILITIES] },
    streams: { stream: streams.map(streamEntry) },
  };
}

/** The restconf-state path of stream `name`. */
function streamPath(name: string): string {
  return `/ietf-restconf-monitoring:restconf-state/streams/stream=${encodeURIComponent(name)}`;
}

/** Lists a stream created while the server runs (sal-remote.ts) in restconf-state. */
export async function addStream(
  store: InMemoryDataStore,
  stream: StreamDescription,
): Promise<void> {
  const tx = store.newWriteOnlyTransaction();
  tx.write(streamPath(stream.name), streamEntry(stream));
  await tx.commit();
}

/** Removes a stream `addStream` listed; nothing when it is not listed. */
export async function removeStream(store: InMemoryDataStore, name: string): Promise<void> {
  const tx = store.newWriteOnlyTransaction();
  tx.delete(streamPath(name));
  await tx.commit();
}

/** Members whose server-relative string values are URIs (RFC 8525, RFC 7895, RFC 8040 §9.3). */
const URI_MEMBERS = new Set(['location', 'schema']);

/**
 * `json` (system data) with every server-relative URI (a `location` or `schema` value starting with
 * `/`) made absolute against `baseUrl` (`http://host:port`); `baseUrl` undefined leaves it as is.
 * `name` is the local name of the node `json` is the content of, when it is one such leaf itself.
 */
export function absoluteUris(
  json: JsonValue,
  baseUrl: string | undefined,
  name?: string,
): JsonValue {
  if (baseUrl === undefined) {
    return json;
  }
  return name !== undefined && URI_MEMBERS.has(name)
    ? absoluteValue(json, baseUrl)
    : absoluteMembers(json, baseUrl);
}

function absoluteMembers(json: JsonValue, baseUrl: string): JsonValue {
  if (typeof json !== 'object' || json === null) {
    return json;
  }
  if (Array.isArray(json)) {
    return (json as readonly JsonValue[]).map((v) => absoluteMembers(v, baseUrl));
  }
  const out: Record<string, JsonValue> = {};
  for (const [member, value] of Object.entries(json as JsonObject)) {
    const local = member.slice(member.indexOf(':') + 1);
    out[member] = URI_MEMBERS.has(local)
      ? absoluteValue(value, baseUrl)
      : absoluteMembers(value, baseUrl);
  }
  return out;
}

function absoluteValue(value: JsonValue, baseUrl: string): JsonValue {
  if (typeof value === 'string') {
    return value.startsWith('/') ? `${baseUrl}${value}` : value;
  }
  if (Array.isArray(value)) {
    return (value as readonly JsonValue[]).map((v) => absoluteValue(v, baseUrl));
  }
  return absoluteMembers(value, baseUrl);
}

/** The system modules' names: paths under /rests/data starting with one of them read system data. */
export function isSystemModule(module: string): boolean {
  return systemDataSchema().modules.has(module);
}

/** The server's own modules as YANG sources (served by schema download like any loaded module). */
export function systemYangSources(): readonly YangSource[] {
  return SYSTEM_YANG;
}

/**
 * Creates the private store of the system data for `schema` (compiled from `sources`, when known)
 * and `streams`. The returned store holds `/ietf-yang-library:yang-library`,
 * `/ietf-yang-library:modules-state` and `/ietf-restconf-monitoring:restconf-state`, locations as
 * server-relative paths (made absolute per request: `absoluteUris`).
 */
export async function createSystemDataStore(
  schema: SchemaContext,
  streams: readonly StreamDescription[],
  sources: YangSources = new YangSources(SYSTEM_YANG),
): Promise<InMemoryDataStore> {
  const store = new InMemoryDataStore({ schema: systemDataSchema(), name: 'restconf-system' });
  const facts = moduleFacts([schema, systemDataSchema()], sources);
  const tx = store.newWriteOnlyTransaction();
  tx.write('/ietf-yang-library:yang-library', yangLibraryContent(facts));
  tx.write('/ietf-yang-library:modules-state', modulesStateContent(facts));
  tx.write('/ietf-restconf-monitoring:restconf-state', restconfStateContent(streams));
  await tx.commit();
  return store;
}

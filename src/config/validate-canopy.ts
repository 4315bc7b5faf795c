/**
 * Validates conf/canopy.conf (already parsed, with environment and flag overrides applied): the
 * member's name, data directory, HTTP address, public URL and limits, the cluster's name, members and
 * transport settings, and the datastore settings.
 *
 * Datastore settings are resolved per datastore type the way ODL's datastore.cfg reads: a key in
 * `datastore.config { }` or `datastore.operational { }` wins for that type, else the same key in
 * `datastore { }` applies to both, else the type's default (every default is the same for both types
 * except `persistent`, false for operational). So `datastore.persistent = true` alone makes both
 * datastores persistent.
 *
 * Problems are recorded in the `ConfigReader`; the values returned replace anything invalid with a
 * default, so cross-file checks can proceed, and must not be used when there are problems. Pure.
 */
import type { KeyPath } from './errors.js';
import { ConfigReader, NAME_EXPECTED, NAME_PATTERN } from './reader.js';
import type { ConfigObject } from './reader.js';
import {
  CANOPY_DEFAULTS,
  CANOPY_KEYS,
  DATASTORE_SETTINGS,
  HTTP_SETTINGS,
  MEMBERSHIP_SETTINGS,
  RPC_SETTINGS,
  TRANSPORT_CHUNK_OVERHEAD_BYTES,
  TRANSPORT_SETTINGS,
  type HttpLimitField,
} from './settings.js';
import { DATASTORE_TYPES } from './types.js';
import type {
  ClusterMember,
  DatastoreSettings,
  DatastoreType,
  ExamplesConfig,
  HttpConfig,
  JournalConfig,
  MembershipSettings,
  RpcConfig,
  SyncedHighWaterMode,
  TransportSettings,
} from './types.js';

/** What canopy.conf says, with defaults. */
export interface CanopyConf {
  readonly memberName: string;
  readonly dataDir: string;
  readonly http: HttpConfig;
  readonly clusterName: string;
  readonly members: readonly ClusterMember[];
  readonly transport: TransportSettings;
  readonly membership: MembershipSettings;
  readonly datastore: { readonly [T in DatastoreType]: DatastoreSettings };
  readonly journal: JournalConfig;
  readonly rpc: RpcConfig;
  readonly examples: ExamplesConfig;
}

/** A host name or address: letters, digits, '.', ':', '-', '_' (IPv6 without brackets). */
const HOST_PATTERN = /^[A-Za-z0-9.:_-]{1,253}$/;
const HOST_EXPECTED = "a host name or IP address (letters, digits, '.', ':', '-', '_')";

/** Reads canopy.conf's value; problems go to `r`. */
export function readCanopyConf(value: unknown, r: ConfigReader): CanopyConf {
  const root = r.object(value, [], CANOPY_KEYS.root) ?? {};
  const memberName =
    r.string(root['member-name'], ['member-name'], NAME_PATTERN, NAME_EXPECTED) ??
    CANOPY_DEFAULTS.memberName;
  const dataDir =
    r.string(root['data-dir'], ['data-dir'], /^[^\0]+$/, 'a directory path') ??
    CANOPY_DEFAULTS.dataDir;
  const http = readHttp(root, r);
  const cluster = r.object(root['cluster'], ['cluster'], CANOPY_KEYS.cluster) ?? {};
  const clusterName =
    r.string(cluster['name'], ['cluster', 'name'], NAME_PATTERN, NAME_EXPECTED) ??
    CANOPY_DEFAULTS.clusterName;
  const members = readMembers(cluster, r);
  const transport = readTransport(cluster, r);
  const membership = readMembership(cluster, r);
  const self = members.find((m) => m.name === memberName);
  if (members.length > 0 && self === undefined) {
    const set = root['member-name'] === undefined ? ' (the default)' : '';
    r.problem(
      ['member-name'],
      `this member, "${memberName}"${set}, is not in cluster.members ` +
        `(${members.map((m) => m.name).join(', ')}); set member-name (or --member, ` +
        'CANOPY_MEMBER_NAME) to one of them, or add it to cluster.members',
    );
  }
  if (self !== undefined && self.host === http.host && self.port === http.port) {
    r.problem(
      ['http', 'port'],
      `${http.host}:${http.port} is also this member's cluster address (cluster.members); ` +
        'give HTTP and the cluster transport different ports',
    );
  }
  const datastore = readDatastore(root, r);
  return {
    memberName,
    dataDir,
    http,
    clusterName,
    members,
    transport,
    membership,
    datastore,
    journal: readJournal(root, r),
    rpc: readRpc(root, r),
    examples: readExamples(root, r),
  };
}

function readExamples(root: ConfigObject, r: ConfigReader): ExamplesConfig {
  const block = r.object(root['examples'], ['examples'], CANOPY_KEYS.examples) ?? {};
  return {
    toasterProvider: r.boolean(block['toaster-provider'], ['examples', 'toaster-provider']) ?? true,
  };
}

function readRpc(root: ConfigObject, r: ConfigReader): RpcConfig {
  const block = r.object(root['rpc'], ['rpc'], CANOPY_KEYS.rpc) ?? {};
  const values: Partial<Record<keyof RpcConfig, number>> = {};
  for (const spec of RPC_SETTINGS) {
    values[spec.field] =
      r.integer(block[spec.key], ['rpc', spec.key], spec.min, spec.max, spec.unit) ?? spec.default;
  }
  const rpc = values as RpcConfig;
  if (rpc.downMemberExpiryMs < rpc.gossipIntervalMs) {
    r.problem(
      ['rpc', 'down-member-expiry-ms'],
      `${rpc.downMemberExpiryMs} ms is shorter than rpc.gossip-interval-ms (${rpc.gossipIntervalMs} ms); ` +
        'a member must be given at least one gossip round before its routes are dropped',
    );
  }
  return rpc;
}

function readJournal(root: ConfigObject, r: ConfigReader): JournalConfig {
  const journal = r.object(root['journal'], ['journal'], CANOPY_KEYS.journal) ?? {};
  const mode = r.string(
    journal['synced-high-water'],
    ['journal', 'synced-high-water'],
    /^(strict|trailing|off)$/,
    'one of strict, trailing, off',
  );
  return {
    syncedHighWater:
      (mode as SyncedHighWaterMode | undefined) ?? CANOPY_DEFAULTS.journalSyncedHighWater,
  };
}

function readHttp(root: ConfigObject, r: ConfigReader): HttpConfig {
  const path: KeyPath = ['http'];
  const block = r.object(root['http'], path, CANOPY_KEYS.http) ?? {};
  const streams = r.object(block['streams'], [...path, 'streams'], CANOPY_KEYS.httpStreams) ?? {};
  const limits: Partial<Record<HttpLimitField, number>> = {};
  for (const spec of HTTP_SETTINGS) {
    const [first, second] = spec.key.split('.') as [string, string | undefined];
    const v = second === undefined ? block[first] : streams[second];
    limits[spec.field] =
      r.integer(v, [...path, ...spec.key.split('.')], spec.min, spec.max, spec.unit) ??
      spec.default;
  }
  return {
    host:
      r.string(block['host'], [...path, 'host'], HOST_PATTERN, HOST_EXPECTED) ??
      CANOPY_DEFAULTS.httpHost,
    port: r.integer(block['port'], [...path, 'port'], 1, 65535, '') ?? CANOPY_DEFAULTS.httpPort,
    publicUrl: readPublicUrl(block['public-url'], [...path, 'public-url'], r),
    accessLog:
      r.boolean(block['access-log'], [...path, 'access-log']) ?? CANOPY_DEFAULTS.httpAccessLog,
    ...(limits as Record<HttpLimitField, number>),
  };
}

const PUBLIC_URL_EXPECTED =
  'an http:// or https:// URL of scheme, host, optional port and optional path, like "https://canopy.example.com:8443"';

/** `http.public-url`: an absolute http(s) URL without query or fragment; trailing '/' removed. */
function readPublicUrl(v: unknown, path: KeyPath, r: ConfigReader): string | undefined {
  const text = r.string(v, path, /^https?:\/\/[^\s?#]+$/i, PUBLIC_URL_EXPECTED);
  if (text === undefined) return CANOPY_DEFAULTS.httpPublicUrl;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    r.problem(path, `expected ${PUBLIC_URL_EXPECTED}, got ${JSON.stringify(text)}`);
    return undefined;
  }
  if (url.username !== '' || url.password !== '') {
    r.problem(path, 'a public URL must not hold a user name or password');
    return undefined;
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * `cluster.transport { }`: each key in its range, and the pairs that must agree: the backoff minimum
 * at most its maximum, the heartbeat shorter than the idle timeout (or every idle link would close), a
 * chunk and its frame overhead within a frame, a whole message within a peer's send queue.
 */
function readTransport(cluster: ConfigObject, r: ConfigReader): TransportSettings {
  const path: KeyPath = ['cluster', 'transport'];
  const block = r.object(cluster['transport'], path, CANOPY_KEYS.clusterTransport) ?? {};
  const out: Partial<Record<keyof TransportSettings, number>> = {};
  const set = new Set<string>();
  for (const spec of TRANSPORT_SETTINGS) {
    const v = r.integer(block[spec.key], [...path, spec.key], spec.min, spec.max, spec.unit);
    if (v !== undefined) set.add(spec.key);
    out[spec.field] = v ?? spec.default;
  }
  const t = out as TransportSettings;
  // Name the key the user wrote (the other side of the pair may be a default).
  const at = (a: string, b: string): KeyPath => [...path, set.has(a) || !set.has(b) ? a : b];
  if (t.backoffMinMs > t.backoffMaxMs) {
    r.problem(
      at('backoff-min-ms', 'backoff-max-ms'),
      `backoff-min-ms (${t.backoffMinMs}) is above backoff-max-ms (${t.backoffMaxMs}); ` +
        'the first retry cannot wait longer than the longest',
    );
  }
  if (t.heartbeatIntervalMs >= t.idleTimeoutMs) {
    r.problem(
      at('heartbeat-interval-ms', 'idle-timeout-ms'),
      `heartbeat-interval-ms (${t.heartbeatIntervalMs}) must be shorter than idle-timeout-ms ` +
        `(${t.idleTimeoutMs}), or idle connections close between heartbeats`,
    );
  }
  if (t.chunkBytes + TRANSPORT_CHUNK_OVERHEAD_BYTES > t.frameBytesMax) {
    r.problem(
      at('chunk-bytes', 'frame-bytes-max'),
      `chunk-bytes (${t.chunkBytes}) plus ${TRANSPORT_CHUNK_OVERHEAD_BYTES} bytes of frame ` +
        `overhead must fit in frame-bytes-max (${t.frameBytesMax})`,
    );
  }
  if (t.messageBytesMax > t.sendQueueBytesMax) {
    r.problem(
      at('message-bytes-max', 'send-queue-bytes-max'),
      `message-bytes-max (${t.messageBytesMax}) is above send-queue-bytes-max ` +
        `(${t.sendQueueBytesMax}); the largest message must fit in a peer's send queue`,
    );
  }
  return t;
}

/** `cluster.membership { }`: each key in its range. */
function readMembership(cluster: ConfigObject, r: ConfigReader): MembershipSettings {
  const path: KeyPath = ['cluster', 'membership'];
  const block = r.object(cluster['membership'], path, CANOPY_KEYS.clusterMembership) ?? {};
  const out: Partial<Record<keyof MembershipSettings, number>> = {};
  for (const spec of MEMBERSHIP_SETTINGS) {
    const at = [...path, spec.key];
    const v =
      spec.kind === 'number'
        ? r.number(block[spec.key], at, spec.min, spec.max, spec.unit)
        : r.integer(block[spec.key], at, spec.min, spec.max, spec.unit);
    out[spec.field] = v ?? spec.default;
  }
  return out as MembershipSettings;
}

function readMembers(cluster: ConfigObject, r: ConfigReader): readonly ClusterMember[] {
  const path: KeyPath = ['cluster', 'members'];
  if (cluster['members'] === undefined) return CANOPY_DEFAULTS.members;
  const list = r.list(cluster['members'], path);
  if (list === undefined) return [];
  if (list.length === 0) {
    r.problem(path, 'the cluster needs at least one member; list this member at least');
    return [];
  }
  const members: ClusterMember[] = [];
  const byName = new Map<string, number>();
  const byAddress = new Map<string, number>();
  list.forEach((item, i) => {
    const at = [...path, i];
    const entry = r.object(item, at, CANOPY_KEYS.member);
    if (entry === undefined) return;
    const name = r.string(
      r.required(entry, 'name', at),
      [...at, 'name'],
      NAME_PATTERN,
      NAME_EXPECTED,
    );
    const host = r.string(
      r.required(entry, 'host', at),
      [...at, 'host'],
      HOST_PATTERN,
      HOST_EXPECTED,
    );
    const port = r.integer(r.required(entry, 'port', at), [...at, 'port'], 1, 65535, '');
    if (name === undefined) return;
    const first = byName.get(name);
    if (first !== undefined) {
      r.problem(
        [...at, 'name'],
        `the member "${name}" is listed twice (first as members[${first}])`,
      );
      return;
    }
    byName.set(name, i);
    if (host !== undefined && port !== undefined) {
      const address = `${host}:${port}`;
      const other = byAddress.get(address);
      if (other !== undefined) {
        r.problem(
          [...at, 'port'],
          `${address} is also the address of members[${other}]; each member needs its own`,
        );
      }
      byAddress.set(address, i);
    }
    members.push({ name, host: host ?? '', port: port ?? 0 });
  });
  return members;
}

function readDatastore(
  root: ConfigObject,
  r: ConfigReader,
): { readonly [T in DatastoreType]: DatastoreSettings } {
  const path: KeyPath = ['datastore'];
  const block = r.object(root['datastore'], path, CANOPY_KEYS.datastore) ?? {};
  const common = readSettings(block, path, r);
  const out: Partial<Record<DatastoreType, DatastoreSettings>> = {};
  for (const type of DATASTORE_TYPES) {
    const typePath = [...path, type];
    const typeBlock = r.object(block[type], typePath, CANOPY_KEYS.datastoreType) ?? {};
    const own = readSettings(typeBlock, typePath, r);
    const settings: Record<string, number | boolean> = {};
    for (const spec of DATASTORE_SETTINGS) {
      const v = own.get(spec.key) ?? common.get(spec.key) ?? spec.defaults[type];
      settings[spec.field] = typeof v === 'number' ? v * spec.scale : v;
    }
    out[type] = settings as unknown as DatastoreSettings;
  }
  return out as { readonly [T in DatastoreType]: DatastoreSettings };
}

/** The datastore keys set in `block` (valid ones), in the unit written. */
function readSettings(
  block: ConfigObject,
  path: KeyPath,
  r: ConfigReader,
): Map<string, number | boolean> {
  const out = new Map<string, number | boolean>();
  for (const spec of DATASTORE_SETTINGS) {
    const at = [...path, spec.key];
    const v =
      spec.kind === 'boolean'
        ? r.boolean(block[spec.key], at)
        : r.integer(block[spec.key], at, spec.min, spec.max, spec.unit);
    if (v !== undefined) out.set(spec.key, v);
  }
  return out;
}

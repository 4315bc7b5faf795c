/**
 * One canopy member in this process: what `canopy start` runs, and what tests call in-process. It wires
 * the real pieces together in order: configuration (flags > environment > file), the YANG schema of the
 * configuration's `yang/` folder plus the built-in cluster-admin and sal-remote modules, the datastores
 * (member-backend.ts), the RPC and notification services with remote RPC over the cluster transport
 * when there is one, the toaster sample provider (unless `examples.toaster-provider` is false), the
 * get-member-status and get-rpc-routes rpcs, and finally the RESTCONF server, so that a member that listens is a member
 * that serves. Its metrics (one prom-client Registry per member, src/runtime/metrics.ts) are recorded
 * by the shards, the journal and the server, and served at `/metrics`.
 *
 * Invariants: a start that fails part-way closes what it had started, in reverse order, before it
 * rethrows (the journal is never left open by a failed start); `close()` runs the shutdown in the
 * order that loses nothing: stop accepting HTTP and let requests in flight finish (bounded by the
 * server's `closeGraceMs`), withdraw the providers, then close the datastores, which flushes the
 * journal. It is idempotent.
 */
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { ClusterService } from '../cluster/cluster-service.js';
import { ShardService } from '../cluster/shard-service.js';
import { ClusterTransport } from '../cluster/transport.js';
import { loadConfig } from '../config/load-config.js';
import type { ConfigEnv, ConfigFlags } from '../config/overrides.js';
import type { Config } from '../config/types.js';
import { validateAgainstSchema, validateReplicaPlacement } from '../config/validate.js';
import {
  createRestconfServer,
  type RestconfLimits,
  type RestconfServer,
} from '../http/restconf-server.js';
import { salRemoteSources } from '../http/sal-remote.js';
import { NotificationService } from '../rpc/notification-service.js';
import { RemoteRpc } from '../rpc/remote-rpc.js';
import { RouteRegistry, fileIncarnationStore } from '../rpc/route-registry.js';
import { RpcService, type RpcRegistration } from '../rpc/rpc-service.js';
import type { Logger } from '../runtime/logger.js';
import { PrometheusMetrics } from '../runtime/metrics.js';
import { realTimers } from '../runtime/timers.js';
import { CanopyError } from '../util/errors.js';
import { SeededRng } from '../util/rng.js';
import { compileSchema, type YangSource } from '../yang/compile.js';
import { readYangSources } from '../yang/load-schema.js';
import type { SchemaContext } from '../yang/schema.js';
import { clusterAdminSource, registerMemberStatus } from './cluster-admin.js';
import { startBackend, type BackendOptions, type MemberBackend } from './member-backend.js';
import { registerRpcRoutes, rpcAdminSource } from './rpc-routes.js';
import { ToasterProvider } from './toaster-provider.js';
import { RESTCONF_ROOT } from './urls.js';

export interface RunMemberOptions {
  /** The configuration flags of `canopy start`. */
  readonly flags?: ConfigFlags | undefined;
  /** Environment variables (the CLI passes process.env). */
  readonly env?: ConfigEnv | undefined;
  readonly logger: Logger;
  /** Starts the datastores; default `startBackend`. Tests pass another to observe the shutdown. */
  readonly startBackend?: ((options: BackendOptions) => Promise<MemberBackend>) | undefined;
  /** On close, HTTP connections still open this long are dropped. Default: http.close-grace-ms. */
  readonly httpCloseGraceMs?: number | undefined;
  /** See BackendOptions.acceptDroppedWalRecords. */
  readonly acceptDroppedWalRecords?: boolean | undefined;
  /** See BackendOptions.acceptLostSyncedTail. */
  readonly acceptLostSyncedTail?: boolean | undefined;
}

/** A member that serves. */
export interface RunningMember {
  readonly config: Config;
  readonly schema: SchemaContext;
  readonly backend: MemberBackend;
  /** What `/metrics` serves. */
  readonly metrics: PrometheusMetrics;
  /**
   * The cluster's membership as this member sees it; undefined when `cluster.members` lists this
   * member alone (no transport is started then).
   */
  readonly membership: ClusterService | undefined;
  /** The RESTCONF server's base URL, `http://127.0.0.1:8181` (the port it really got). */
  readonly url: string;
  /** Stops the member losing nothing acknowledged (see the file comment); idempotent. */
  close(): Promise<void>;
}

/**
 * Loads configuration and schema, validated against each other; `sources` are the YANG texts the
 * schema was compiled from (RESTCONF serves them). Throws the config/YANG errors.
 */
export async function loadMemberConfig(
  options: Pick<RunMemberOptions, 'flags' | 'env'>,
): Promise<{ config: Config; schema: SchemaContext; sources: readonly YangSource[] }> {
  const config = await loadConfig({ env: options.env ?? {}, flags: options.flags });
  const yangDir = join(dirname(config.files.canopy), 'yang');
  const own = await readYangSources(yangDir);
  const sources = [...own, clusterAdminSource(), rpcAdminSource(), ...salRemoteSources(own)];
  const schema = compileSchema(sources);
  validateAgainstSchema(config, new Set(schema.modulesByNamespace.keys()));
  validateReplicaPlacement(config);
  return { config, schema, sources };
}

/** Starts a member; resolves once RESTCONF listens. */
export async function runMember(options: RunMemberOptions): Promise<RunningMember> {
  const logger = options.logger;
  const { config, schema, sources } = await loadMemberConfig(options);
  const startedAtMs = Date.now();
  const stack: (() => Promise<void>)[] = [];
  const unwind = async (): Promise<void> => {
    for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
      await step();
    }
  };
  try {
    logger.info(
      { member: config.memberName, dataDir: resolve(config.dataDir), conf: config.files.canopy },
      `canopy ${config.memberName} starting`,
    );
    const metrics = new PrometheusMetrics();
    // The transport and membership start before the datastores and close after them, so that
    // whatever the datastores send to peers can go out until they are closed.
    const cluster = await startMembership(config, logger, metrics, stack);
    const membership = cluster?.service;
    const backend = await (options.startBackend ?? startBackend)({
      config,
      schema,
      logger,
      acceptDroppedWalRecords: options.acceptDroppedWalRecords,
      metrics,
      acceptLostSyncedTail: options.acceptLostSyncedTail,
      transport: cluster?.transport,
      shardService: cluster?.shards,
    });
    stack.push(() => backend.close());
    metrics.watchStatus(() => backend.status());
    const rpc = new RpcService({ schema, memberName: config.memberName });
    const notifications = new NotificationService({ schema });
    const registry = startRemoteRpc({ config, cluster, rpc, notifications, logger, stack });
    await startToaster(config, logger, backend, rpc, notifications, stack);
    const routes = registerRpcRoutes(rpc, config.memberName, registry);
    stack.push(() => {
      routes.close();
      return Promise.resolve();
    });
    registerStatus({ rpc, config, startedAtMs, backend, membership, stack });
    const server: RestconfServer = createRestconfServer({
      broker: backend.broker,
      schema,
      rpc,
      notifications,
      logger,
      publicUrl: config.http.publicUrl,
      metrics,
      accessLog: config.http.accessLog,
      sources,
      limits: restconfLimits(config, options.httpCloseGraceMs),
    });
    const { url } = await server.listen(config.http.host, config.http.port).catch((e: unknown) => {
      throw listenError(`RESTCONF on ${config.http.host}:${config.http.port}`, HTTP_HINTS, e);
    });
    stack.push(() => server.close());
    logger.info(
      {
        member: config.memberName,
        url: `${url}${RESTCONF_ROOT}`,
        backend: backend.status().backend,
      },
      `canopy ${config.memberName} listening on ${url}${RESTCONF_ROOT}`,
    );
    let closing: Promise<void> | undefined;
    return {
      config,
      schema,
      backend,
      metrics,
      membership,
      url,
      close: () => {
        closing ??= unwind().then(() => {
          logger.info({ member: config.memberName }, `canopy ${config.memberName} stopped`);
        });
        return closing;
      },
    };
  } catch (error) {
    await unwind().catch((e: unknown) => {
      logger.error({ err: e }, 'canopy: cleaning up after a failed start failed too');
    });
    throw error;
  }
}

/**
 * Starts the toaster sample provider when `examples.toaster-provider` is on, and pushes its close onto
 * `stack`. Its start writes the operational toaster, which needs the toaster shard's leader: on a
 * single member that is this member once its journal loaded, so start waits for it; on a member of a
 * larger cluster the leader needs a majority of the members up, so the provider starts in the
 * background (retrying every second, its rpcs registered once its write committed) and `canopy start`
 * does not wait on the other members.
 */
async function startToaster(
  config: Config,
  logger: Logger,
  backend: MemberBackend,
  rpc: RpcService,
  notifications: NotificationService,
  stack: (() => Promise<void>)[],
): Promise<void> {
  if (!config.examples.toasterProvider) return;
  const start = (): Promise<ToasterProvider> =>
    ToasterProvider.start({ broker: backend.broker, rpc, notifications });
  if (config.cluster.members.length <= 1) {
    const toaster = await start();
    stack.push(() => toaster.close());
    return;
  }
  let closed = false;
  let toaster: ToasterProvider | undefined;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;
  const attempt = (): void => {
    start().then(
      (started) => {
        if (closed) {
          void started.close();
          return;
        }
        toaster = started;
        logger.info({ member: config.memberName }, 'the toaster sample provider started');
      },
      (e: unknown) => {
        if (closed) return;
        // Expected while the cluster forms: said once at warn, then at debug.
        const fields = { member: config.memberName, err: e };
        const message =
          'the toaster sample provider could not write its toaster yet; retrying every second';
        if (failures++ === 0) logger.warn(fields, message);
        else logger.debug(fields, message);
        retry = setTimeout(attempt, 1000);
        retry.unref();
      },
    );
  };
  attempt();
  stack.push(async () => {
    closed = true;
    if (retry !== undefined) clearTimeout(retry);
    await toaster?.close();
  });
}

/** Registers get-member-status (cluster-admin.ts) and pushes its withdrawal onto `stack`. */
function registerStatus(parts: {
  readonly rpc: RpcService;
  readonly config: Config;
  readonly startedAtMs: number;
  readonly backend: MemberBackend;
  readonly membership: ClusterService | undefined;
  readonly stack: (() => Promise<void>)[];
}): void {
  const { config, backend, membership } = parts;
  const facts = {
    memberName: config.memberName,
    dataDir: resolve(config.dataDir),
    startedAtMs: parts.startedAtMs,
    nowMs: Date.now,
    pid: process.pid,
  };
  const status: RpcRegistration = registerMemberStatus(
    parts.rpc,
    facts,
    () => backend.status(),
    () => membership?.members(),
  );
  parts.stack.push(() => {
    status.close();
    return Promise.resolve();
  });
}

/**
 * Starts the route registry and remote RPC (src/rpc/route-registry.ts, remote-rpc.ts) over the
 * cluster transport, when there is one: rpcs without a local implementation go to a member that has
 * one, notifications published here reach every member. Pushes their close onto `stack` (after the
 * providers withdraw, before the transport closes). Returns the registry, for get-rpc-routes.
 */
function startRemoteRpc(parts: {
  readonly config: Config;
  readonly cluster: { service: ClusterService; transport: ClusterTransport } | undefined;
  readonly rpc: RpcService;
  readonly notifications: NotificationService;
  readonly logger: Logger;
  readonly stack: (() => Promise<void>)[];
}): RouteRegistry | undefined {
  const { config, cluster } = parts;
  if (cluster === undefined) return undefined;
  const registry = new RouteRegistry({
    transport: cluster.transport,
    membership: cluster.service,
    settings: config.rpc,
    incarnations: fileIncarnationStore(config.dataDir),
    rng: new SeededRng(randomBytes(4).readUInt32LE(0)),
    logger: parts.logger,
  });
  parts.stack.push(() => {
    registry.close();
    return Promise.resolve();
  });
  const remote = new RemoteRpc({
    transport: cluster.transport,
    membership: cluster.service,
    registry,
    rpc: parts.rpc,
    notifications: parts.notifications,
    requestTimeoutMs: config.rpc.requestTimeoutMs,
    logger: parts.logger,
  });
  parts.stack.push(() => {
    remote.close();
    return Promise.resolve();
  });
  return registry;
}

/**
 * Starts the cluster transport and ClusterService when `cluster.members` lists other members, and
 * pushes their close onto `stack` (the service's leave notices first, then the transport). The
 * transport's per-peer counters and each member's state go to `/metrics`. The shards replicate over
 * the transport it returns, and the proxies reach replicas on other members through its shard service.
 */
async function startMembership(
  config: Config,
  logger: Logger,
  metrics: PrometheusMetrics,
  stack: (() => Promise<void>)[],
): Promise<
  { service: ClusterService; transport: ClusterTransport; shards: ShardService } | undefined
> {
  if (config.cluster.members.length < 2) return undefined;
  const self = config.cluster.members.find((m) => m.name === config.memberName)!;
  const transport = await ClusterTransport.start({
    cluster: config.cluster.name,
    self: config.memberName,
    members: config.cluster.members,
    settings: config.cluster.transport,
    rng: new SeededRng(randomBytes(4).readUInt32LE(0)),
    logger,
  }).catch((e: unknown) => {
    throw listenError(`the cluster transport on ${self.host}:${self.port}`, TRANSPORT_HINTS, e);
  });
  stack.push(() => transport.close());
  metrics.watchTransport(() => transport.stats());
  const service = ClusterService.start({
    transport,
    members: config.cluster.members.map((m) => m.name),
    settings: config.cluster.membership,
    logger,
  });
  stack.push(() => service.close());
  metrics.watchMembership(() => service.members());
  // The proxies' requests to shard replicas on other members, and the answers of this member's
  // replicas to theirs. It closes after the datastores (the stack unwinds in reverse).
  const { config: cfg, operational } = config.datastore;
  const shards = ShardService.start({
    transport,
    membership: service,
    timers: realTimers,
    abandonAfterMs: 4 * Math.max(cfg.operationTimeoutMs, operational.operationTimeoutMs),
    logger,
  });
  stack.push(() => {
    shards.close();
    return Promise.resolve();
  });
  return { service, transport, shards };
}

/** The RESTCONF server's limits from the `http` settings (closeGraceMs overridden when given). */
export function restconfLimits(config: Config, closeGraceMs: number | undefined): RestconfLimits {
  const http = config.http;
  return {
    bodyBytesMax: http.bodyBytesMax,
    requestTimeoutMs: http.requestTimeoutMs,
    keepAliveTimeoutMs: http.keepAliveTimeoutMs,
    closeGraceMs: closeGraceMs ?? http.closeGraceMs,
    streams: {
      streamsMax: http.streamsMax,
      bufferBytesMax: http.streamBufferBytesMax,
      heartbeatIntervalMs: http.streamHeartbeatIntervalMs,
    },
    salRemote: { streamsMax: http.namedStreamsMax, idleMs: http.namedStreamIdleMs },
  };
}

/** The member cannot listen where its configuration says. */
export class ListenError extends CanopyError {
  readonly code = 'listen-failed';
}

/** Where a listener's address is set, for the hints of ListenError. */
interface ListenHints {
  /** How to choose another port: `with --http-port`. */
  readonly port: string;
  /** How to fix the host. */
  readonly host: string;
  /** What to check otherwise. */
  readonly other: string;
}

const HTTP_HINTS: ListenHints = {
  port: 'with --http-port',
  host: 'fix http.host or --http-host',
  other: 'check http.host and http.port',
};

const TRANSPORT_HINTS: ListenHints = {
  port: "for this member in cluster.members (on every member's copy)",
  host: "fix this member's host in cluster.members",
  other: "check this member's host and port in cluster.members",
};

/** `what` is `RESTCONF on host:port`. */
function listenError(what: string, hints: ListenHints, e: unknown): Error {
  const code = (e as { code?: unknown }).code;
  const hint =
    code === 'EADDRINUSE'
      ? `another process holds the port; stop it or choose another ${hints.port}`
      : code === 'EACCES'
        ? `this user may not use the port; choose one above 1023 ${hints.port}`
        : code === 'EADDRNOTAVAIL'
          ? `no interface of this machine has that address; ${hints.host}`
          : hints.other;
  return new ListenError(
    `cannot listen for ${what}: ${typeof code === 'string' ? code : (e as Error).message}; ${hint}`,
    { cause: e },
  );
}

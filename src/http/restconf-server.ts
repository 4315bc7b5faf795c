/**
 * The RESTCONF server (RFC 8040) at OpenDaylight's root `/rests`, on fastify: the shell that turns HTTP
 * requests into calls of the framework-free resources (data-resource.ts, operations-resource.ts,
 * yang-patch.ts, event-streams.ts) and their results or errors into responses.
 *
 * Routes: `/.well-known/host-meta` (§3.1, XRD; and host-meta.json), `/rests` (§3.3), `/rests/data[/...]`
 * (§3.3.1, §4), `/rests/operations[/...]` (§3.3.2, §4.4.2), `/rests/yang-library-version` (§3.3.3),
 * `/rests/streams/data-change` and `/rests/streams/NETCONF` (§6, server-sent events),
 * `/rests/modules/...` (schema download, schema-resource.ts); and, given metrics, `/metrics` (the
 * Prometheus text format).
 *
 * Observation: given metrics, every answered request is counted by method, route template (never
 * the full path: the label stays bounded) and status, and timed; with `accessLog`, it is also logged
 * at info once its response is sent (ACCESS_LOG_MESSAGE: method, url, status, durationMs, bytes,
 * remote). Both run in one onResponse hook, installed only when either is on. Event streams are
 * logged when they end (event-streams.ts) and counted as open streams, not as requests.
 *
 * Invariants: every error response is an `ietf-restconf:errors` body (§7) with the status its tag
 * gets, and is logged exactly once (4xx and the deliberate 501/503 at info, other 5xx at error with
 * the cause's stack, which never goes on the wire); bodies are parsed as JSON only for the RESTCONF media types and application/json, up
 * to `bodyBytesMax` (413 beyond); a repeated member name or a member named `__proto__` is refused at
 * parse time (400, json-body.ts); `close()` ends open event streams first, so it never waits on a
 * client.
 */
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { YangSource } from '../yang/compile.js';
import type { JsonValue, SchemaContext } from '../yang/schema.js';
import type { DataBroker } from '../api/data-broker.js';
import { ACCESS_LOG_MESSAGE, silentLogger, type Logger } from '../runtime/logger.js';
import type { HttpMetrics, MetricsEndpoint } from '../runtime/metrics.js';
import type { NotificationService } from '../rpc/notification-service.js';
import type { RpcService } from '../rpc/rpc-service.js';
import { DATA_PREFIX, DataResource, type DataRequest, type HttpResponse } from './data-resource.js';
import { EventStreams, STREAMS_PREFIX, type EventStreamLimits } from './event-streams.js';
import { OPERATIONS_PREFIX, OperationsResource } from './operations-resource.js';
import {
  queryParams,
  responseMediaType,
  YANG_DATA_JSON,
  YANG_PATCH_JSON,
} from './request-params.js';
import { parseJsonBody } from './json-body.js';
import { errorsBody, RestconfError, toRestconfError } from './restconf-error.js';
import {
  createSystemDataStore,
  systemYangSources,
  YANG_LIBRARY_REVISION,
  type StreamDescription,
} from './system-data.js';
import { YangPatchResource } from './yang-patch.js';
import { requestBaseUrl } from './base-url.js';
import { SchemaResource } from './schema-resource.js';
import { MODULES_PREFIX } from './yang-library.js';
import { YangSources } from './yang-sources.js';
import {
  DEFAULT_SAL_REMOTE_LIMITS,
  JSON_STREAMS_PREFIX,
  SalRemote,
  type SalRemoteLimits,
} from './sal-remote.js';

/**
 * Limits of the RESTCONF server, with units; canopy.conf's `http` keys set them (docs/CONFIGURATION.md:
 * `body-bytes-max`, `request-timeout-ms`, `keep-alive-timeout-ms`, `close-grace-ms`, `streams.*`).
 */
export interface RestconfLimits {
  /** Largest request body accepted; 413 `too-big` beyond, naming this limit. */
  readonly bodyBytesMax: number;
  /** Longest a client may take to send a whole request (headers and body); 0 for no limit. */
  readonly requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this long. */
  readonly keepAliveTimeoutMs: number;
  /**
   * On close, connections still open this long after the streams ended are dropped; also how long an
   * ended stream's last bytes may wait for a client that does not read.
   */
  readonly closeGraceMs: number;
  readonly streams: EventStreamLimits;
  /** Named streams that sal-remote's rpcs create (sal-remote.ts). */
  readonly salRemote: SalRemoteLimits;
}

export const DEFAULT_RESTCONF_LIMITS: RestconfLimits = {
  bodyBytesMax: 8 * 1024 * 1024,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 72_000,
  closeGraceMs: 10_000,
  streams: {
    bufferBytesMax: 4 * 1024 * 1024,
    streamsMax: 256,
    heartbeatIntervalMs: 15_000,
  },
  salRemote: DEFAULT_SAL_REMOTE_LIMITS,
};

export interface RestconfServerOptions {
  /** The datastores RESTCONF reads and edits (edits go to `config`). */
  readonly broker: DataBroker;
  /** The schema of the broker's stores. */
  readonly schema: SchemaContext;
  /** The rpcs /rests/operations invokes. */
  readonly rpc: RpcService;
  /** The notifications /rests/streams/NETCONF delivers; without it that stream is 404. */
  readonly notifications?: NotificationService | undefined;
  /** Default: silent. */
  readonly logger?: Logger | undefined;
  /**
   * The URL clients reach the server at (`https://canopy.example.com`, no trailing '/'), for the
   * absolute URLs it returns (stream locations); default: each request's Host header.
   */
  readonly publicUrl?: string | undefined;
  /** Overrides of DEFAULT_RESTCONF_LIMITS (stream limits merge field by field). */
  readonly limits?:
    | (Partial<Omit<RestconfLimits, 'streams' | 'salRemote'>> & {
        readonly streams?: Partial<EventStreamLimits> | undefined;
        readonly salRemote?: Partial<SalRemoteLimits> | undefined;
      })
    | undefined;
  /** The clock of event times and Last-Modified; default the system clock. */
  readonly now?: (() => Date) | undefined;
  /**
   * Metrics: requests are recorded in `http`, and `GET /metrics` serves the scrape. Default none
   * (no /metrics route).
   */
  readonly metrics?: (MetricsEndpoint & { readonly http: HttpMetrics }) | undefined;
  /** Log one info line per request once its response is sent (`http.access-log`). Default false. */
  readonly accessLog?: boolean | undefined;
  /**
   * The YANG texts `schema` was compiled from: served at /rests/modules (schema download) and named
   * by the YANG library's schema locations. Modules without a text are listed without a location.
   */
  readonly sources?: readonly YangSource[] | undefined;
}

export interface RestconfServer {
  /** Starts listening; resolves with the base URL (`http://127.0.0.1:8181`). Port 0 picks one. */
  listen(host: string, port: number): Promise<{ readonly url: string }>;
  /** Ends event streams, stops accepting, waits for requests in flight; idempotent. */
  close(): Promise<void>;
}

const ROOT = '/rests';
const METRICS_PATH = '/metrics';
/** The route label of a request no route matched (404, 405, a malformed URL). */
const UNMATCHED_ROUTE = 'unmatched';

const HOST_META_XRD = `<?xml version="1.0" encoding="UTF-8"?>
<XRD xmlns="http://docs.oasis-open.org/ns/xri/xrd-1.0">
  <Link rel="restconf" href="${ROOT}"/>
</XRD>
`;

const STREAMS: readonly StreamDescription[] = [
  {
    name: 'NETCONF',
    description: 'YANG notifications published in this process (RFC 8040 §6.4 JSON).',
    location: `${STREAMS_PREFIX}/NETCONF`,
  },
  {
    name: 'data-change',
    description:
      'Committed changes under ?path= in ?datastore=config|operational: an initial-data event, then one data-change event per commit.',
    location: `${STREAMS_PREFIX}/data-change`,
  },
];

/** Creates the server; nothing listens until `listen`. */
export function createRestconfServer(options: RestconfServerOptions): RestconfServer {
  const limits: RestconfLimits = {
    ...DEFAULT_RESTCONF_LIMITS,
    ...options.limits,
    streams: { ...DEFAULT_RESTCONF_LIMITS.streams, ...options.limits?.streams },
    salRemote: { ...DEFAULT_RESTCONF_LIMITS.salRemote, ...options.limits?.salRemote },
  };
  const logger = options.logger ?? silentLogger();
  let app: FastifyInstance | undefined;
  let closing: Promise<void> | undefined;
  return {
    async listen(host: string, port: number): Promise<{ url: string }> {
      if (app !== undefined) {
        throw new RestconfError('operation-failed', 'the RESTCONF server is already listening');
      }
      const sources = new YangSources([...(options.sources ?? []), ...systemYangSources()]);
      const system = await createSystemDataStore(options.schema, STREAMS, sources);
      app = buildApp(options, limits, logger, system, sources);
      try {
        await app.listen({ host, port });
      } catch (e) {
        // EADDRINUSE and the like: leave the server as it was, so listen can be tried again.
        const failed = app;
        app = undefined;
        await failed.close();
        throw e;
      }
      const address = app.server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      const url = `http://${shownHost}:${address.port}`;
      logger.info({ url: `${url}${ROOT}` }, 'restconf: listening');
      return { url };
    },
    close(): Promise<void> {
      closing ??= closeApp(app, limits.closeGraceMs);
      return closing;
    },
  };
}

/**
 * Closes `app`: streams end in preClose, requests in flight finish; connections still open after
 * `graceMs` (a client that keeps an idle socket, or does not read its last bytes) are dropped.
 */
async function closeApp(app: FastifyInstance | undefined, graceMs: number): Promise<void> {
  if (app === undefined) {
    return;
  }
  const server = app.server;
  const timer = setTimeout(() => {
    server.closeAllConnections();
  }, graceMs);
  timer.unref();
  try {
    await app.close();
  } finally {
    clearTimeout(timer);
  }
}

function buildApp(
  options: RestconfServerOptions,
  limits: RestconfLimits,
  logger: Logger,
  system: Awaited<ReturnType<typeof createSystemDataStore>>,
  sources: YangSources,
): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: limits.bodyBytesMax,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    return503OnClosing: true,
    routerOptions: {
      onBadUrl: (path, req, res) => {
        const error = new RestconfError('invalid-value', `malformed URL ${JSON.stringify(path)}`);
        logger.info({ url: path, status: 400, tag: error.tag }, `restconf: ${error.message}`);
        const body = JSON.stringify(errorsBody([error]));
        res.writeHead(400, { 'Content-Type': YANG_DATA_JSON });
        res.end(body);
        // Answered before fastify saw a request, so no hook runs: counted and logged here (no
        // duration: the arrival time is not known here).
        const method = req.method ?? 'GET';
        options.metrics?.http.request(method, UNMATCHED_ROUTE, 400, 0);
        if (options.accessLog === true) {
          logger.info(
            {
              method,
              url: path,
              status: 400,
              durationMs: 0,
              bytes: Buffer.byteLength(body),
              remote: req.socket.remoteAddress,
            },
            ACCESS_LOG_MESSAGE,
          );
        }
      },
    },
  });
  const clock = options.now;
  const data = new DataResource({
    broker: options.broker,
    schema: options.schema,
    system,
    now: clock === undefined ? undefined : () => clock().getTime(),
  });
  const operations = new OperationsResource(options.rpc);
  const yangPatch = new YangPatchResource(data, options.broker, options.schema, logger);
  const events = new EventStreams({
    broker: options.broker,
    schema: options.schema,
    notifications: options.notifications,
    limits: limits.streams,
    closeGraceMs: limits.closeGraceMs,
    logger,
    now: options.now,
  });
  const salRemote = SalRemote.start({
    broker: options.broker,
    schema: options.schema,
    rpc: options.rpc,
    notifications: options.notifications,
    events,
    system,
    limits: limits.salRemote,
    logger,
    now: options.now ?? (() => new Date()),
  });

  installBodyParsers(app);
  installErrorHandling(app, options.schema, logger, limits, options.metrics !== undefined);
  installObservation(app, options, logger);
  app.addHook('preClose', (done) => {
    salRemote.close();
    events.closeAll('the server is shutting down');
    void system.close().then(() => {
      done();
    }, done);
  });

  addDiscoveryRoutes(app);
  addDataRoutes(app, data, yangPatch, options.publicUrl);
  addOperationRoutes(app, operations);
  addStreamRoutes(app, events, salRemote);
  addSchemaRoutes(app, new SchemaResource(sources));
  if (options.metrics !== undefined) addMetricsRoute(app, options.metrics, events);
  return app;
}

/**
 * The onResponse hook that counts, times and logs every answered request (see the file comment);
 * nothing when neither metrics nor the access log is on. NB: it allocates only the log line's
 * fields, and only when the access log is on; the route label is fastify's route url, mapped once
 * per route to its template.
 */
function installObservation(
  app: FastifyInstance,
  options: RestconfServerOptions,
  logger: Logger,
): void {
  const http = options.metrics?.http;
  const accessLog = options.accessLog === true;
  if (http === undefined && !accessLog) {
    return;
  }
  const templates = new Map<string, string>();
  const routeOf = (url: string | undefined): string => {
    if (url === undefined) return UNMATCHED_ROUTE;
    let template = templates.get(url);
    if (template === undefined) {
      template = url.endsWith('/*') ? url.slice(0, -2) : url;
      templates.set(url, template);
    }
    return template;
  };
  app.addHook('onResponse', (req, reply, done) => {
    const status = reply.statusCode;
    const durationMs = reply.elapsedTime;
    http?.request(req.method, routeOf(req.routeOptions.url), status, durationMs / 1000);
    if (accessLog) {
      logger.info(
        {
          method: req.method,
          url: req.url,
          status,
          durationMs: Math.round(durationMs * 1000) / 1000,
          bytes: contentLength(reply),
          remote: req.ip,
        },
        ACCESS_LOG_MESSAGE,
      );
    }
    done();
  });
}

/** The response body's size as sent in Content-Length (0 without a body). */
function contentLength(reply: FastifyReply): number {
  const header = reply.getHeader('content-length');
  const n = typeof header === 'string' ? Number(header) : typeof header === 'number' ? header : 0;
  return Number.isFinite(n) ? n : 0;
}

/** `GET /metrics`: the Prometheus text format; open event streams are read at each scrape. */
function addMetricsRoute(
  app: FastifyInstance,
  metrics: MetricsEndpoint & { readonly http: HttpMetrics },
  events: EventStreams,
): void {
  metrics.http.watchEventStreams(() => events.openCount);
  app.get(METRICS_PATH, async (_req, reply) => {
    const text = await metrics.scrape();
    void reply.header('Content-Type', metrics.contentType).send(text);
  });
}

/** host-meta (RFC 8040 §3.1), the API root (§3.3) and yang-library-version (§3.3.3). */
function addDiscoveryRoutes(app: FastifyInstance): void {
  app.get('/.well-known/host-meta', (_req, reply) => {
    void reply.header('Content-Type', 'application/xrd+xml; charset=utf-8').send(HOST_META_XRD);
  });
  app.get('/.well-known/host-meta.json', (_req, reply) => {
    // RFC 6415 §3: the JSON form of host-meta (a JRD) is application/json, whatever Accept says.
    void reply
      .header('Content-Type', 'application/json; charset=utf-8')
      .send(JSON.stringify({ links: [{ rel: 'restconf', href: ROOT }] }));
  });
  app.get(ROOT, (req, reply) => {
    queryParams(req.url, []);
    sendJson(req, reply, {
      status: 200,
      headers: {},
      body: {
        'ietf-restconf:restconf': {
          data: {},
          operations: {},
          'yang-library-version': YANG_LIBRARY_REVISION,
        },
      },
    });
  });
  app.get(`${ROOT}/yang-library-version`, (req, reply) => {
    queryParams(req.url, []);
    sendJson(req, reply, {
      status: 200,
      headers: {},
      body: { 'ietf-restconf:yang-library-version': YANG_LIBRARY_REVISION },
    });
  });
}

/** /rests/data (§3.3.1, §4) with every method. */
function addDataRoutes(
  app: FastifyInstance,
  data: DataResource,
  yangPatch: YangPatchResource,
  publicUrl: string | undefined,
): void {
  for (const url of [DATA_PREFIX, `${DATA_PREFIX}/*`]) {
    app.route({
      method: ['GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
      url,
      handler: async (req, reply) => {
        const raw = req.raw.url ?? req.url;
        const response = await dispatchData(req, raw, data, yangPatch, publicUrl);
        sendJson(req, reply, response);
      },
    });
  }
}

/** The parts of a data request DataResource reads besides URL and body. */
function dataRequest(req: FastifyRequest, publicUrl: string | undefined): DataRequest {
  const h = req.headers;
  return {
    // Only reads of the server's own state need it: worked out when asked.
    get baseUrl() {
      return requestBaseUrl(req, publicUrl);
    },
    ifMatch: h['if-match'],
    ifNoneMatch: h['if-none-match'],
    ifModifiedSince: h['if-modified-since'],
    ifUnmodifiedSince: h['if-unmodified-since'],
  };
}

/** /rests/operations (§3.3.2, §4.4.2). */
function addOperationRoutes(app: FastifyInstance, operations: OperationsResource): void {
  for (const url of [OPERATIONS_PREFIX, `${OPERATIONS_PREFIX}/*`]) {
    app.route({
      method: ['GET', 'POST', 'OPTIONS'],
      url,
      handler: async (req, reply) => {
        const raw = req.raw.url ?? req.url;
        if (req.method === 'OPTIONS') {
          sendJson(req, reply, { status: 200, headers: { Allow: 'GET, HEAD, OPTIONS, POST' } });
          return;
        }
        if (req.method === 'GET') {
          responseMediaType(req.headers.accept);
          sendJson(req, reply, operations.get(raw));
          return;
        }
        responseMediaType(req.headers.accept);
        const controller = new AbortController();
        reply.raw.on('close', () => {
          if (!reply.raw.writableFinished) {
            controller.abort();
          }
        });
        sendJson(req, reply, await operations.post(raw, req.body, controller.signal));
      },
    });
  }
}

/** The event streams (§6); parameters are checked before the response becomes a stream. */
function addStreamRoutes(app: FastifyInstance, events: EventStreams, salRemote: SalRemote): void {
  app.get(`${STREAMS_PREFIX}/data-change`, { exposeHeadRoute: false }, (req, reply) => {
    const request = events.dataChangeRequest(req.raw.url ?? req.url);
    void reply.hijack();
    events.start(request, reply.raw, { url: req.url, remote: req.ip });
  });
  app.get(`${STREAMS_PREFIX}/NETCONF`, { exposeHeadRoute: false }, (req, reply) => {
    const request = events.notificationRequest(req.raw.url ?? req.url);
    void reply.hijack();
    events.start(request, reply.raw, { url: req.url, remote: req.ip });
  });
  app.get(`${JSON_STREAMS_PREFIX}/*`, { exposeHeadRoute: false }, (req, reply) => {
    const request = salRemote.streamRequest(req.raw.url ?? req.url);
    void reply.hijack();
    events.start(request, reply.raw);
  });
  app.get(`${STREAMS_PREFIX}/xml/*`, { exposeHeadRoute: false }, () => {
    throw new RestconfError(
      'invalid-value',
      `streams are served in JSON only: open ${JSON_STREAMS_PREFIX}/{name} instead`,
      { status: 406 },
    );
  });
}

/** Schema download (schema-resource.ts). */
function addSchemaRoutes(app: FastifyInstance, schemas: SchemaResource): void {
  app.get(`${MODULES_PREFIX}/*`, (req, reply) => {
    const response = schemas.get(req.raw.url ?? req.url, req.headers.accept);
    void reply.code(response.status).headers(response.headers).send(response.text);
  });
}

function dispatchData(
  req: FastifyRequest,
  raw: string,
  data: DataResource,
  yangPatch: YangPatchResource,
  publicUrl: string | undefined,
): Promise<HttpResponse> | HttpResponse {
  switch (req.method) {
    case 'GET':
    case 'HEAD':
      responseMediaType(req.headers.accept);
      return data.get(raw, dataRequest(req, publicUrl));
    case 'PUT':
      return data.put(raw, requireBody(req), dataRequest(req, publicUrl));
    case 'POST':
      return data.post(raw, requireBody(req), dataRequest(req, publicUrl));
    case 'PATCH':
      return mediaTypeOf(req) === YANG_PATCH_JSON
        ? yangPatch.patch(raw, requireBody(req), dataRequest(req, publicUrl))
        : data.patch(raw, requireBody(req), dataRequest(req, publicUrl));
    case 'DELETE':
      return data.delete(raw, dataRequest(req, publicUrl));
    default:
      return data.options(raw);
  }
}

function mediaTypeOf(req: FastifyRequest): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function requireBody(req: FastifyRequest): unknown {
  if (req.body === undefined) {
    throw new RestconfError(
      'malformed-message',
      `${req.method} needs a body (Content-Type: ${YANG_DATA_JSON})`,
    );
  }
  return req.body;
}

/** Sends an HttpResponse; a JSON body in the media type the request's Accept prefers. */
function sendJson(req: FastifyRequest, reply: FastifyReply, response: HttpResponse): void {
  void reply.code(response.status).headers(response.headers);
  if (response.body === undefined) {
    void reply.send();
    return;
  }
  const type = safeMediaType(req.headers.accept);
  const text = response.text ?? JSON.stringify(response.body);
  void reply.header('Content-Type', `${type}; charset=utf-8`).send(text);
}

function safeMediaType(accept: string | undefined): string {
  try {
    return responseMediaType(accept);
  } catch {
    // Error bodies go out whatever the client accepts: it asked for something we cannot give, and
    // the error says so in JSON.
    return YANG_DATA_JSON;
  }
}

const JSON_TYPES = ['application/json', YANG_DATA_JSON, YANG_PATCH_JSON];

function installBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(JSON_TYPES, { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (e) {
      done(e as Error, undefined);
    }
  });
}

interface FrameworkError {
  readonly code?: unknown;
  readonly statusCode?: unknown;
  readonly message: string;
}

/** Errors fastify itself raises before a handler runs, mapped to RESTCONF ones. */
function frameworkError(e: unknown, limits: RestconfLimits): RestconfError | undefined {
  if (typeof e !== 'object' || e === null || e instanceof RestconfError) {
    return undefined;
  }
  const { code, statusCode, message } = e as FrameworkError;
  switch (code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new RestconfError(
        'invalid-value',
        `unsupported Content-Type; send ${YANG_DATA_JSON} (or ${YANG_PATCH_JSON} for a YANG Patch)`,
        { status: 415 },
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new RestconfError(
        'too-big',
        `the request body is larger than ${limits.bodyBytesMax} bytes, the most this server accepts (the limit http.body-bytes-max in canopy.conf, bodyBytesMax in the server's limits)`,
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new RestconfError('malformed-message', message);
    default:
      if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
        return new RestconfError('malformed-message', message, { status: statusCode });
      }
      return undefined;
  }
}

function installErrorHandling(
  app: FastifyInstance,
  schema: SchemaContext,
  logger: Logger,
  limits: RestconfLimits,
  metricsRoute: boolean,
): void {
  const respond = (req: FastifyRequest, reply: FastifyReply, e: unknown): void => {
    const framework = frameworkError(e, limits);
    const { error, internal } =
      framework !== undefined ? { error: framework, internal: false } : toRestconfError(schema, e);
    const fields: Record<string, unknown> = {
      method: req.method,
      url: req.raw.url ?? req.url,
      status: error.status,
      tag: error.tag,
    };
    if (internal) {
      logger.error({ ...fields, err: e }, `restconf: ${error.message}`);
    } else {
      logger.info(fields, `restconf: ${error.message}`);
    }
    const body: JsonValue = errorsBody([error]);
    void reply
      .code(error.status)
      .headers(error.headers)
      .header('Content-Type', `${YANG_DATA_JSON}; charset=utf-8`)
      .send(JSON.stringify(body));
  };
  app.setErrorHandler((e, req, reply) => {
    respond(req, reply, e);
  });
  app.setNotFoundHandler((req, reply) => {
    const url = req.raw.url ?? req.url;
    const path = url.split('?')[0] ?? url;
    const allow = allowedMethods(path, metricsRoute);
    const error =
      allow === undefined
        ? new RestconfError('invalid-value', `no resource at ${path}; RESTCONF lives at ${ROOT}`, {
            status: 404,
          })
        : new RestconfError('operation-not-supported', `${req.method} is not allowed on ${path}`, {
            headers: { Allow: allow },
          });
    respond(req, reply, error);
  });
}

/** The methods a known resource allows, for a 405; undefined for an unknown resource. */
function allowedMethods(path: string, metricsRoute: boolean): string | undefined {
  if (path === DATA_PREFIX || path.startsWith(`${DATA_PREFIX}/`)) {
    return 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT';
  }
  if (path === OPERATIONS_PREFIX || path.startsWith(`${OPERATIONS_PREFIX}/`)) {
    return 'GET, HEAD, OPTIONS, POST';
  }
  if (
    path === ROOT ||
    path === `${ROOT}/yang-library-version` ||
    (metricsRoute && path === METRICS_PATH) ||
    path.startsWith('/.well-known/host-meta')
  ) {
    return 'GET, HEAD';
  }
  if (path.startsWith(`${STREAMS_PREFIX}/`)) {
    return 'GET';
  }
  if (path.startsWith(`${MODULES_PREFIX}/`)) {
    return 'GET, HEAD';
  }
  return undefined;
}

/**
 * What the RESTCONF tests share: a real server on 127.0.0.1 with an ephemeral port, over a real
 * DataBroker pairing two InMemoryDataStores (config and operational) with the toaster + rtest schema,
 * a real RpcService and NotificationService; and `call`, one HTTP request with fetch, returning the
 * status, headers and body (parsed when JSON).
 */
import { DataBroker, InMemoryDataStore } from '../../../src/index.js';
import type { DataBrokerStores } from '../../../src/api/data-broker.js';
import {
  createRestconfServer,
  type RestconfServerOptions,
} from '../../../src/http/restconf-server.js';
import { memoryLogger } from '../../../src/runtime/logger.js';
import { NotificationService } from '../../../src/rpc/notification-service.js';
import { RpcService } from '../../../src/rpc/rpc-service.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { operationsSchema } from '../rpc/operations-schema.js';

export interface Harness {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly schema: SchemaContext;
  readonly broker: DataBroker;
  readonly rpc: RpcService;
  readonly notifications: NotificationService;
  readonly logger: ReturnType<typeof memoryLogger>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  readonly limits?: RestconfServerOptions['limits'];
  readonly publicUrl?: string | undefined;
  /** The server's clock (event times, Last-Modified); default the system clock. */
  readonly now?: (() => Date) | undefined;
  /** Makes the broker over the two stores; default `new DataBroker(stores)`. */
  readonly broker?: ((stores: DataBrokerStores) => DataBroker) | undefined;
  readonly metrics?: RestconfServerOptions['metrics'];
  readonly accessLog?: boolean | undefined;
  /** Default: toaster + rtest (operations-schema.ts). */
  readonly schema?: SchemaContext | undefined;
  /** The YANG texts of `schema`, for schema download and the YANG library's schema locations. */
  readonly sources?: RestconfServerOptions['sources'];
}

/** Starts a server over empty stores. */
export async function startRestconf(options: HarnessOptions = {}): Promise<Harness> {
  const schema = options.schema ?? operationsSchema();
  const config = new InMemoryDataStore({ schema, treeType: 'config' });
  const operational = new InMemoryDataStore({ schema });
  const broker = (options.broker ?? ((stores) => new DataBroker(stores)))({ config, operational });
  const rpc = new RpcService({ schema });
  const notifications = new NotificationService({ schema });
  const logger = memoryLogger();
  const server = createRestconfServer({
    broker,
    schema,
    rpc,
    notifications,
    logger,
    limits: options.limits,
    publicUrl: options.publicUrl,
    now: options.now,
    metrics: options.metrics,
    accessLog: options.accessLog,
    sources: options.sources,
  });
  const { url } = await server.listen('127.0.0.1', 0);
  return {
    url,
    schema,
    broker,
    rpc,
    notifications,
    logger,
    close: async () => {
      await server.close();
      await config.close();
      await operational.close();
    },
  };
}

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON, undefined when empty or not JSON. */
  readonly json: unknown;
}

/** One request: a JSON body is sent as application/yang-data+json unless headers say otherwise. */
export async function call(
  h: { readonly url: string },
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const sent = new Headers(headers);
  const init: RequestInit = { method, headers: sent };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    if (!sent.has('content-type')) {
      sent.set('content-type', 'application/yang-data+json');
    }
  }
  const res = await fetch(`${h.url}${path}`, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** The single `error` entry of an `ietf-restconf:errors` body; fails when the body is not one. */
export function restconfError(reply: Reply): Record<string, unknown> {
  const body = reply.json as { 'ietf-restconf:errors'?: { error?: Record<string, unknown>[] } };
  const errors = body?.['ietf-restconf:errors']?.error;
  if (errors === undefined || errors.length !== 1) {
    throw new Error(`expected one ietf-restconf:errors error, got ${reply.status} ${reply.text}`);
  }
  return errors[0]!;
}

/** Writes `data` at `path` of `store` through the broker and commits. */
export async function seed(
  h: Harness,
  store: 'config' | 'operational',
  path: string,
  data: unknown,
): Promise<void> {
  const tx = h.broker.newReadWriteTransaction();
  tx.write(store, path, data);
  await tx.commit();
}

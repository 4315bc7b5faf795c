/**
 * OpenDaylight's `sal-remote` rpcs, the way ODL applications open event streams over RESTCONF:
 *
 * 1. `POST /rests/operations/sal-remote:create-data-change-event-subscription` with
 *    `{"input": {"path": "/toaster:toaster", "sal-remote-augment:datastore": "OPERATIONAL"}}` (an RFC
 *    7951 instance-identifier; datastore CONFIGURATION by default) creates a named stream and answers
 *    `{"sal-remote:output": {"stream-name": "urn:uuid:..."}}`;
 *    `sal-remote:create-notification-stream` with `{"input": {"notifications": ["toaster:toasterRestocked"]}}`
 *    (`module:name`, or yangtools' `(namespace?revision=...)name`) does the same for notifications and
 *    answers `notification-stream-identifier`.
 * 2. The stream is listed in `ietf-restconf-monitoring:restconf-state/streams` with its JSON location,
 *    `/rests/streams/json/{name}` (absolute on read), where the client opens it as server-sent events.
 * 3. Each commit that changes the subtree is one event in ODL's JSON form, inside RFC 8040 §6.4's
 *    envelope: `{"ietf-restconf:notification": {"eventTime": ..., "sal-remote:data-changed-notification":
 *    {"data-change-event": [{"path": <instance-identifier>, "operation": "created"|"updated"|"deleted",
 *    "data": {"module:node": ...}}]}}}` (the outermost created, replaced or deleted nodes, as the
 *    data-change stream's edits; no data for a delete). A notification stream carries the notifications
 *    as the NETCONF stream does. There is no initial event (ODL sends none).
 *
 * Lifetime: a named stream lives while it has subscribers, and `idleMs` after the last one leaves (or
 * after its creation, if nobody subscribes), so a client can reconnect; then it is removed from
 * restconf-state and its location is 404. At most `streamsMax` exist (409 `resource-denied` beyond).
 * Stream names are random UUIDs (as ODL's), so one client cannot guess another's stream.
 *
 * Accepted but without effect (obsolete in ODL too): `scope` (a stream always covers the subtree) and
 * `notification-output-type` (the encoding is the location's; only JSON is served).
 *
 * The YANG of `sal-remote` and `sal-remote-augment` is ours (same names, namespaces and nodes as ODL's),
 * compiled with the application's modules by the member (cli/member-process.ts); a server whose
 * schema lacks them registers nothing.
 */
import { randomUUID } from 'node:crypto';
import type { YangSource } from '../yang/compile.js';
import { parseYang } from '../yang/parser.js';
import type { JsonObject, JsonValue, QName, SchemaContext } from '../yang/schema.js';
import type { DataBroker, LogicalDatastoreType } from '../api/data-broker.js';
import type { InMemoryDataStore } from '../api/in-memory-data-store.js';
import type { Logger } from '../runtime/logger.js';
import type { NotificationService } from '../rpc/notification-service.js';
import type { RpcRegistration, RpcService } from '../rpc/rpc-service.js';
import { RpcError } from '../rpc/errors.js';
import { pathCodec } from '../tree/path.js';
import { editsOf, STREAMS_PREFIX, type EventSink, type StreamRequest } from './event-streams.js';
import type { EventStreams } from './event-streams.js';
import { pathOfInstanceIdentifier } from './instance-path.js';
import { resourcePath, queryParams } from './request-params.js';
import { instanceIdentifier, RestconfError } from './restconf-error.js';
import { addStream, removeStream } from './system-data.js';

/** The rpc that opens a data-change stream. */
export const CREATE_DATA_CHANGE_SUBSCRIPTION = 'sal-remote:create-data-change-event-subscription';
/** The rpc that opens a notification stream. */
export const CREATE_NOTIFICATION_STREAM = 'sal-remote:create-notification-stream';

/** Where named streams are served as JSON server-sent events. */
export const JSON_STREAMS_PREFIX = `${STREAMS_PREFIX}/json`;

const SAL_REMOTE_YANG = `module sal-remote {
  yang-version 1;
  namespace "urn:opendaylight:params:xml:ns:yang:controller:md:sal:remote";
  prefix sal-remote;
  organization "canopy project";
  description
    "OpenDaylight's remote access rpcs, written for canopy with ODL's names: open event streams over
     RESTCONF.";

  revision 2014-01-14 {
    description "The revision OpenDaylight's clients use.";
  }

  typedef q-name {
    type string;
    description "A notification name: module:name, or (namespace?revision=date)name.";
  }

  rpc create-data-change-event-subscription {
    description "Creates a stream of the changes committed under path; answers its name.";
    input {
      leaf path {
        type instance-identifier;
        mandatory true;
        description "The subtree to watch.";
      }
    }
    output {
      leaf stream-name {
        type string;
        description "The stream's name in ietf-restconf-monitoring:restconf-state/streams.";
      }
    }
  }

  notification data-changed-notification {
    description "What one commit changed under a stream's path.";
    list data-change-event {
      key path;
      leaf path {
        type instance-identifier;
      }
      leaf store {
        type enumeration {
          enum config;
          enum operation;
        }
      }
      leaf operation {
        type enumeration {
          enum created;
          enum updated;
          enum deleted;
        }
      }
      anyxml data {
        description "The node after the change.";
      }
    }
  }

  rpc create-notification-stream {
    description "Creates a stream of the named notifications; answers its name.";
    input {
      leaf-list notifications {
        type q-name;
        min-elements 1;
      }
    }
    output {
      leaf notification-stream-identifier {
        type string;
      }
    }
  }
}
`;

const SAL_REMOTE_AUGMENT_YANG = `module sal-remote-augment {
  yang-version 1;
  namespace "urn:sal:restconf:event:subscription";
  prefix odl-sar;
  import sal-remote { prefix rmt; }
  organization "canopy project";
  description "OpenDaylight's parameters of sal-remote's stream creation, written for canopy.";

  revision 2023-11-03 {
    description "datastore defaults to CONFIGURATION; scope and notification-output-type are obsolete.";
  }
  revision 2014-07-08 {
    description "Initial revision.";
  }

  grouping notification-output-type-grouping {
    leaf notification-output-type {
      status obsolete;
      type enumeration {
        enum JSON;
        enum XML;
      }
      default XML;
      description "Ignored: the stream's location says its encoding.";
    }
  }

  augment "/rmt:create-data-change-event-subscription/rmt:input" {
    leaf datastore {
      type enumeration {
        enum OPERATIONAL;
        enum CONFIGURATION;
      }
      default CONFIGURATION;
    }
    leaf scope {
      status obsolete;
      type enumeration {
        enum BASE;
        enum ONE;
        enum SUBTREE;
      }
      description "Ignored: a stream covers the whole subtree.";
    }
    uses notification-output-type-grouping;
  }

  augment "/rmt:create-notification-stream/rmt:input" {
    uses notification-output-type-grouping;
  }
}
`;

const BUILT_IN: readonly YangSource[] = [
  { file: '<built-in>/sal-remote@2014-01-14.yang', text: SAL_REMOTE_YANG },
  { file: '<built-in>/sal-remote-augment@2023-11-03.yang', text: SAL_REMOTE_AUGMENT_YANG },
];

/** The name of the module a YANG text defines, undefined when it does not parse. */
function moduleName(source: YangSource): string | undefined {
  try {
    return parseYang(source.file, source.text).argument;
  } catch {
    // A text that does not parse will fail the compile with its own error; it defines nothing here.
    return undefined;
  }
}

/**
 * The sal-remote modules to compile beside `sources` (the application's): both, minus any module
 * `sources` already defines (an application that ships ODL's own texts keeps them).
 */
export function salRemoteSources(sources: readonly YangSource[]): YangSource[] {
  const defined = new Set(sources.map(moduleName));
  return BUILT_IN.filter((s) => !defined.has(moduleName(s)));
}

/** Limits of the named streams. */
export interface SalRemoteLimits {
  /** Most named streams at once (`http.streams.named-max`); creating more is 409 `resource-denied`. */
  readonly streamsMax: number;
  /** A named stream without subscribers is removed this long after its last one left, or its creation. */
  readonly idleMs: number;
}

export const DEFAULT_SAL_REMOTE_LIMITS: SalRemoteLimits = { streamsMax: 1024, idleMs: 300_000 };

type Source =
  | {
      readonly kind: 'data-change';
      readonly path: string;
      readonly datastore: LogicalDatastoreType;
    }
  | { readonly kind: 'notifications'; readonly filter: readonly QName[] };

interface NamedStream {
  readonly name: string;
  readonly source: Source;
  subscribers: number;
  idleTimer: ReturnType<typeof setTimeout> | undefined;
}

export interface SalRemoteOptions {
  readonly broker: DataBroker;
  readonly schema: SchemaContext;
  readonly rpc: RpcService;
  readonly notifications?: NotificationService | undefined;
  readonly events: EventStreams;
  /** The system store, whose restconf-state lists the named streams (system-data.ts). */
  readonly system: InMemoryDataStore;
  readonly limits: SalRemoteLimits;
  readonly logger: Logger;
  readonly now: () => Date;
}

const OPERATIONS = { create: 'created', replace: 'updated', delete: 'deleted' } as const;

export class SalRemote {
  private readonly options: SalRemoteOptions;
  private readonly streams = new Map<string, NamedStream>();
  private readonly registrations: RpcRegistration[] = [];
  private closed = false;

  private constructor(options: SalRemoteOptions) {
    this.options = options;
  }

  /** Registers the sal-remote rpcs the schema defines (none without sal-remote). */
  static start(options: SalRemoteOptions): SalRemote {
    const salRemote = new SalRemote(options);
    const rpcs = options.schema.rpcs;
    if (rpcs.has(CREATE_DATA_CHANGE_SUBSCRIPTION)) {
      salRemote.registrations.push(
        options.rpc.registerRpcImplementation(CREATE_DATA_CHANGE_SUBSCRIPTION, (input) =>
          salRemote.createDataChange(input),
        ),
      );
    }
    if (rpcs.has(CREATE_NOTIFICATION_STREAM) && options.notifications !== undefined) {
      salRemote.registrations.push(
        options.rpc.registerRpcImplementation(CREATE_NOTIFICATION_STREAM, (input) =>
          salRemote.createNotificationStream(input),
        ),
      );
    }
    return salRemote;
  }

  /** Withdraws the rpcs and forgets every named stream (server close; open streams end there). */
  close(): void {
    this.closed = true;
    for (const registration of this.registrations.splice(0)) {
      registration.close();
    }
    for (const stream of this.streams.values()) {
      clearTimeout(stream.idleTimer);
    }
    this.streams.clear();
  }

  /** Checks a GET of a named stream's location; 404 for an unknown name, 503 when full. */
  streamRequest(rawUrl: string): StreamRequest {
    queryParams(rawUrl, []);
    const name = decodeName(resourcePath(rawUrl, JSON_STREAMS_PREFIX).slice(1));
    const stream = this.streams.get(name);
    if (stream === undefined) {
      throw new RestconfError(
        'invalid-value',
        `no stream ${JSON.stringify(name)}: it was never created, or it had no subscriber for ${this.options.limits.idleMs} ms and was removed; create it again`,
        { status: 404 },
      );
    }
    return this.options.events.sourceRequest(name, (sink) => {
      this.attach(stream, sink);
    });
  }

  private async createDataChange(input: JsonObject): Promise<JsonObject> {
    const { schema } = this.options;
    const text = input['path'];
    if (typeof text !== 'string') {
      throw new RpcError('missing-element', 'path is required (an RFC 7951 instance-identifier)');
    }
    const path = pathCodec(schema).parse(pathOfInstanceIdentifier(schema, text)).text;
    const datastore =
      input['sal-remote-augment:datastore'] === 'OPERATIONAL' ? 'operational' : 'config';
    const name = await this.create(
      { kind: 'data-change', path, datastore },
      `Changes committed under ${path} in the ${datastore} datastore (sal-remote)`,
    );
    return { 'stream-name': name };
  }

  private async createNotificationStream(input: JsonObject): Promise<JsonObject> {
    const names = input['notifications'];
    if (!Array.isArray(names) || names.length === 0) {
      throw new RpcError('missing-element', 'notifications needs at least one notification name');
    }
    const filter = [
      ...new Set((names as readonly JsonValue[]).map((n) => this.notificationName(n))),
    ];
    const name = await this.create(
      { kind: 'notifications', filter },
      `Notifications ${filter.join(', ')} (sal-remote)`,
    );
    return { 'notification-stream-identifier': name };
  }

  /** `module:name`, from itself or from yangtools' `(namespace?revision=date)name`. */
  private notificationName(value: JsonValue): QName {
    const text = typeof value === 'string' ? value.trim() : '';
    const yangtools = /^\(([^?)]+)(?:\?revision=[0-9-]+)?\)([A-Za-z_][A-Za-z0-9_.-]*)$/.exec(text);
    const module = yangtools
      ? this.options.schema.modulesByNamespace.get(yangtools[1]!)?.name
      : undefined;
    const qname = yangtools ? `${module ?? '?'}:${yangtools[2]!}` : text;
    if (!this.options.schema.notifications.has(qname)) {
      throw new RpcError(
        'invalid-value',
        `${JSON.stringify(value)} names no notification of a loaded module (module:name, or (namespace)name)`,
      );
    }
    return qname;
  }

  private async create(source: Source, description: string): Promise<string> {
    const { limits } = this.options;
    if (this.closed) {
      throw new RpcError('resource-denied', 'the RESTCONF server is shutting down');
    }
    if (this.streams.size >= limits.streamsMax) {
      throw new RpcError(
        'resource-denied',
        `too many named streams (${limits.streamsMax}, the limit http.streams.named-max); streams without subscribers go away after ${limits.idleMs} ms (http.streams.named-idle-ms)`,
      );
    }
    const name = `urn:uuid:${randomUUID()}`;
    const stream: NamedStream = { name, source, subscribers: 0, idleTimer: undefined };
    this.streams.set(name, stream);
    this.startIdle(stream);
    try {
      await addStream(this.options.system, {
        name,
        description,
        location: `${JSON_STREAMS_PREFIX}/${name}`,
      });
    } catch (e) {
      // Not listed, so no client can find it: forget it rather than leave it to the idle timer.
      clearTimeout(stream.idleTimer);
      this.streams.delete(name);
      throw e;
    }
    this.options.logger.info({ stream: name, description }, 'restconf: named stream created');
    return name;
  }

  private startIdle(stream: NamedStream): void {
    clearTimeout(stream.idleTimer);
    stream.idleTimer = setTimeout(() => {
      this.remove(stream);
    }, this.options.limits.idleMs);
    stream.idleTimer.unref();
  }

  private remove(stream: NamedStream): void {
    if (this.streams.get(stream.name) !== stream || stream.subscribers > 0) {
      return;
    }
    this.streams.delete(stream.name);
    this.options.logger.info({ stream: stream.name }, 'restconf: idle named stream removed');
    removeStream(this.options.system, stream.name).catch((e: unknown) => {
      this.options.logger.error(
        { stream: stream.name, err: e },
        'restconf: could not remove a named stream from restconf-state',
      );
    });
  }

  private attach(stream: NamedStream, sink: EventSink): void {
    stream.subscribers++;
    clearTimeout(stream.idleTimer);
    stream.idleTimer = undefined;
    sink.onEnd(() => {
      stream.subscribers--;
      if (stream.subscribers === 0 && !this.closed) {
        this.startIdle(stream);
      }
    });
    switch (stream.source.kind) {
      case 'data-change':
        this.attachDataChange(stream.source, sink);
        break;
      case 'notifications':
        this.attachNotifications(stream.source.filter, sink);
        break;
    }
  }

  private attachDataChange(
    source: { readonly path: string; readonly datastore: LogicalDatastoreType },
    sink: EventSink,
  ): void {
    const { schema, broker } = this.options;
    const codec = pathCodec(schema);
    let initial = true;
    const registration = broker.registerTreeChangeListener(
      source.datastore,
      source.path,
      (changes) => {
        if (initial) {
          // The listener's first call is the subtree as it is: ODL's streams start with the next commit.
          initial = false;
          return;
        }
        for (const change of changes) {
          const events = editsOf(schema, change).map((edit) => {
            const event: Record<string, JsonValue> = {
              path: instanceIdentifier(codec.parse(edit.target)),
              operation: OPERATIONS[edit.operation],
            };
            if (edit.value !== undefined) {
              event['data'] = edit.value;
            }
            return event;
          });
          if (events.length > 0 && sink.isOpen) {
            sink.send(
              undefined,
              this.envelope('sal-remote:data-changed-notification', {
                'data-change-event': events,
              }),
            );
          }
        }
      },
    );
    sink.onEnd(() => {
      registration.close();
    });
  }

  private attachNotifications(filter: readonly QName[], sink: EventSink): void {
    const service = this.options.notifications;
    if (service === undefined) {
      sink.end('close', { reason: 'no notifications are published' });
      return;
    }
    const subscription = service.subscribe((event) => {
      sink.send(undefined, {
        'ietf-restconf:notification': {
          eventTime: event.eventTime,
          [event.notification]: event.content,
        },
      });
    }, filter);
    sink.onEnd(() => {
      subscription.close();
    });
  }

  private envelope(notification: QName, content: JsonObject): JsonObject {
    return {
      'ietf-restconf:notification': {
        eventTime: this.options.now().toISOString(),
        [notification]: content,
      },
    };
  }
}

function decodeName(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch (e) {
    throw new RestconfError('invalid-value', `bad percent-encoding in ${JSON.stringify(segment)}`, {
      cause: e,
    });
  }
}

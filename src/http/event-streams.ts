/**
 * Event streams over server-sent events (RFC 8040 §6, kept simple; docs/API.md "RESTCONF" has the
 * wire format):
 *
 * - `GET /rests/streams/data-change?path=/toaster:toaster&datastore=config|operational`: a data tree
 *   change listener on that subtree (DataBroker.registerTreeChangeListener). The first event,
 *   `initial-data`, holds the subtree as it is (no edits when it is absent); then one `data-change`
 *   event per commit that changed the subtree, in commit order. Each event's `edits` are the candidate
 *   reduced to the outermost nodes that were created, replaced or deleted, in YANG Patch vocabulary
 *   (RFC 8072: operation, target, value), so a client can mirror the subtree by applying them in order.
 * - `GET /rests/streams/NETCONF[?notification=module:name,...]`: the YANG notifications published to
 *   the NotificationService, as RFC 8040 §6.4 JSON (`{"ietf-restconf:notification": {"eventTime":
 *   ..., "module:name": {...}}}`).
 *
 * Backpressure: a stream's pending output is Node's socket buffer; when it holds more than
 * `bufferBytesMax` (the client reads slower than events arrive) the stream gets a final `overflow`
 * event and is closed, and its listener is removed: a slow client can cost the server at most that
 * much memory, never a stalled commit. At most `streamsMax` streams are open (503 beyond). On server
 * close each stream gets a final `close` event and ends, so shutdown never waits on a client.
 *
 * A stream is logged once, when it ends (`restconf: event stream closed`, at info): its kind and end
 * reason, and the access-log fields of its request (url, client, how long it was open, bytes sent).
 */
import type { ServerResponse } from 'node:http';
import type { JsonObject, JsonValue, SchemaContext } from '../yang/schema.js';
import type { DataBroker, LogicalDatastoreType } from '../api/data-broker.js';
import type { DataTreeCandidateNode, ListenerRegistration } from '../api/dom-store.js';
import type { Logger } from '../runtime/logger.js';
import type { NotificationEvent, NotificationService } from '../rpc/notification-service.js';
import { pathCodec } from '../tree/path.js';
import { targetOf, wrapContent } from './data-view.js';
import { queryParams } from './request-params.js';
import { RestconfError } from './restconf-error.js';

/** The URL prefix of the streams. */
export const STREAMS_PREFIX = '/rests/streams';

/** Limits of the event streams. */
export interface EventStreamLimits {
  /** Most bytes a stream may have waiting for a slow client before it is closed with `overflow`. */
  readonly bufferBytesMax: number;
  /** Most streams open at once; more are refused with 503. */
  readonly streamsMax: number;
  /** A comment line is sent this often to keep idle connections (and proxies) alive; 0 for never. */
  readonly heartbeatIntervalMs: number;
}

/** One edit of a data-change event (RFC 8072 vocabulary). */
export interface StreamEdit {
  readonly operation: 'create' | 'replace' | 'delete';
  /** RFC 8040 path of the node. */
  readonly target: string;
  /** The node after the change, under its member name; absent for `delete`. */
  readonly value?: JsonObject | undefined;
}

/**
 * What a stream source (sal-remote.ts) writes to: events, a final event, and cleanup when the stream
 * ends for any reason (client gone, overflow, server close).
 */
export interface EventSink {
  readonly isOpen: boolean;
  /** Sends one event (`event` undefined: a plain `data:` event); see SseStream.send. */
  send(event: string | undefined, data: JsonValue): void;
  /** Sends a final event and ends the stream. */
  end(event: string, data: JsonValue): void;
  /** Runs `cleanup` once when the stream ends (at once when it has ended). */
  onEnd(cleanup: () => void): void;
}

/** A server-sent event stream on one response. */
class SseStream implements EventSink {
  private readonly res: ServerResponse;
  private readonly limits: EventStreamLimits;
  private readonly closeGraceMs: number;
  private readonly cleanups: (() => void)[] = [];
  private nextId = 0;
  private open = true;
  /** Bytes written to the response (the body of the stream). */
  bytes = 0;
  /** Why the stream ended: the final event's name, or `disconnected` when the client went away. */
  endReason = 'disconnected';

  constructor(res: ServerResponse, limits: EventStreamLimits, closeGraceMs: number) {
    this.res = res;
    this.limits = limits;
    this.closeGraceMs = closeGraceMs;
    res.on('close', () => {
      this.finish();
    });
    if (limits.heartbeatIntervalMs > 0) {
      const timer = setInterval(() => {
        this.write(': heartbeat\n\n');
      }, limits.heartbeatIntervalMs);
      timer.unref();
      this.cleanups.push(() => {
        clearInterval(timer);
      });
    }
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** Runs `cleanup` when the stream ends (for any reason), once. */
  onEnd(cleanup: () => void): void {
    if (this.open) {
      this.cleanups.push(cleanup);
    } else {
      cleanup();
    }
  }

  /**
   * Sends one event, unless more than `bufferBytesMax` is still waiting for the client: then the stream
   * ends with a final `overflow` event instead. (The check is before the write, so one event larger
   * than the limit still goes to a client that keeps up; memory stays below the limit plus one event.)
   */
  send(event: string | undefined, data: JsonValue): void {
    if (!this.open) {
      return;
    }
    if (this.res.writableLength > this.limits.bufferBytesMax) {
      this.end('overflow', {
        reason: `the client read too slowly: more than ${this.limits.bufferBytesMax} bytes were waiting; reconnect and resynchronise from the initial data`,
      });
      return;
    }
    this.write(frame(event, this.nextId++, data));
  }

  /**
   * Sends a final event and ends the stream. When the client is behind, the response ends once it has
   * read what is waiting (ending earlier can lose the final bytes when the connection closes), or is
   * dropped after `closeGraceMs`; either way no further event is queued.
   */
  end(event: string, data: JsonValue): void {
    if (!this.open) {
      return;
    }
    this.endReason = event;
    this.write(frame(event, this.nextId++, data));
    const res = this.res;
    if (res.writableNeedDrain) {
      const timer = setTimeout(() => res.destroy(), this.closeGraceMs);
      timer.unref();
      res.once('drain', () => {
        clearTimeout(timer);
        res.end();
      });
      res.once('close', () => {
        clearTimeout(timer);
      });
    } else {
      res.end();
    }
    this.finish();
  }

  private write(chunk: string): void {
    if (this.open) {
      this.bytes += Buffer.byteLength(chunk);
      this.res.write(chunk);
    }
  }

  private finish(): void {
    if (!this.open) {
      return;
    }
    this.open = false;
    for (const cleanup of this.cleanups.splice(0)) {
      cleanup();
    }
  }
}

function frame(event: string | undefined, id: number, data: JsonValue): string {
  return `${event === undefined ? '' : `event: ${event}\n`}id: ${id}\ndata: ${JSON.stringify(data)}\n\n`;
}

export interface EventStreamsOptions {
  readonly broker: DataBroker;
  readonly schema: SchemaContext;
  readonly notifications?: NotificationService | undefined;
  readonly limits: EventStreamLimits;
  /**
   * How long the final bytes of an ended stream may wait for a client that does not read before its
   * connection is dropped (so an overflowed client holds memory for a bounded time).
   */
  readonly closeGraceMs: number;
  readonly logger: Logger;
  /** The clock of `eventTime`; default the system clock. */
  readonly now?: (() => Date) | undefined;
}

/** Who asked for a stream, for its log line: the request's URL and the client's address. */
export interface StreamClient {
  readonly url: string;
  readonly remote: string | undefined;
}

/** What a stream request asked for, checked before the response is committed to SSE. */
export type StreamRequest =
  | {
      readonly kind: 'data-change';
      readonly path: string;
      readonly datastore: LogicalDatastoreType;
    }
  | { readonly kind: 'notifications'; readonly filter: readonly string[] | undefined }
  | {
      readonly kind: 'source';
      /** For the log: what the stream carries. */
      readonly name: string;
      /** Starts the events on the sink; registers its cleanup with `sink.onEnd`. */
      readonly attach: (sink: EventSink) => void;
    };

export class EventStreams {
  private readonly options: EventStreamsOptions;
  private readonly streams = new Set<SseStream>();
  private readonly now: () => Date;

  constructor(options: EventStreamsOptions) {
    this.options = options;
    this.now = options.now ?? (() => new Date());
  }

  /** Open streams. */
  get openCount(): number {
    return this.streams.size;
  }

  /** Checks a data-change stream request (400 on bad parameters, 503 when full). */
  dataChangeRequest(rawUrl: string): StreamRequest {
    const params = queryParams(rawUrl, ['path', 'datastore']);
    const text = params.get('path');
    if (text === undefined) {
      throw new RestconfError(
        'missing-attribute',
        'a data-change stream needs ?path= naming the subtree to watch (RFC 8040 path, e.g. /toaster:toaster)',
      );
    }
    const datastore = params.get('datastore') ?? 'config';
    if (datastore !== 'config' && datastore !== 'operational') {
      throw new RestconfError(
        'invalid-value',
        `datastore=${datastore} is not config or operational`,
      );
    }
    const path = pathCodec(this.options.schema).parse(text).text;
    this.checkCapacity();
    return { kind: 'data-change', path, datastore };
  }

  /** Checks a notification stream request (400 for an unknown notification, 503 when full). */
  notificationRequest(rawUrl: string): StreamRequest {
    const params = queryParams(rawUrl, ['notification']);
    const service = this.options.notifications;
    if (service === undefined) {
      throw new RestconfError('invalid-value', 'this server publishes no notifications', {
        status: 404,
      });
    }
    const names = params
      .get('notification')
      ?.split(',')
      .map((s) => s.trim());
    for (const name of names ?? []) {
      if (!this.options.schema.notifications.has(name)) {
        throw new RestconfError(
          'invalid-value',
          `notification=${name}: no loaded module defines a notification of that name (module:name)`,
        );
      }
    }
    this.checkCapacity();
    return { kind: 'notifications', filter: names };
  }

  /** A stream whose events come from `attach` (a named stream, sal-remote.ts); 503 when full. */
  sourceRequest(name: string, attach: (sink: EventSink) => void): StreamRequest {
    this.checkCapacity();
    return { kind: 'source', name, attach };
  }

  /** Starts a checked stream on `res` (the caller has hijacked the response). */
  start(request: StreamRequest, res: ServerResponse, client?: StreamClient): void {
    const startMs = performance.now();
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    const stream = new SseStream(res, this.options.limits, this.options.closeGraceMs);
    this.streams.add(stream);
    stream.onEnd(() => {
      this.streams.delete(stream);
      this.options.logger.info(
        {
          stream: request.kind,
          reason: stream.endReason,
          method: 'GET',
          url: client?.url,
          status: 200,
          durationMs: Math.round(performance.now() - startMs),
          bytes: stream.bytes,
          remote: client?.remote,
        },
        'restconf: event stream closed',
      );
    });
    switch (request.kind) {
      case 'data-change':
        this.startDataChange(stream, request.path, request.datastore);
        break;
      case 'notifications':
        this.startNotifications(stream, request.filter);
        break;
      case 'source':
        request.attach(stream);
        break;
    }
  }

  /** Ends every open stream with a final `close` event (server shutdown). */
  closeAll(reason: string): void {
    for (const stream of [...this.streams]) {
      stream.end('close', { reason });
    }
  }

  private checkCapacity(): void {
    if (this.streams.size >= this.options.limits.streamsMax) {
      throw new RestconfError(
        'resource-denied',
        `too many open event streams (${this.options.limits.streamsMax}); retry later`,
        { status: 503, headers: { 'Retry-After': '1' } },
      );
    }
  }

  private startDataChange(stream: SseStream, path: string, datastore: LogicalDatastoreType): void {
    const schema = this.options.schema;
    let initial = true;
    let registration: ListenerRegistration | undefined;
    registration = this.options.broker.registerTreeChangeListener(datastore, path, (changes) => {
      if (initial) {
        initial = false;
        const edits = changes.flatMap((c) => editsOf(schema, c));
        stream.send('initial-data', this.changeEvent(datastore, path, edits));
        return;
      }
      for (const change of changes) {
        if (!stream.isOpen) {
          return;
        }
        stream.send('data-change', this.changeEvent(datastore, path, editsOf(schema, change)));
      }
    });
    stream.onEnd(() => {
      registration?.close();
      registration = undefined;
    });
    this.options.logger.debug({ path, datastore }, 'restconf: data-change stream opened');
  }

  private changeEvent(datastore: string, path: string, edits: readonly StreamEdit[]): JsonObject {
    return {
      eventTime: this.now().toISOString(),
      datastore,
      path,
      edits: edits.map((e) => ({ ...e }) as JsonObject),
    };
  }

  private startNotifications(stream: SseStream, filter: readonly string[] | undefined): void {
    const service = this.options.notifications;
    if (service === undefined) {
      stream.end('close', { reason: 'no notifications are published' });
      return;
    }
    const subscription = service.subscribe((event: NotificationEvent) => {
      stream.send(undefined, {
        'ietf-restconf:notification': {
          eventTime: event.eventTime,
          [event.notification]: event.content,
        },
      });
    }, filter);
    stream.onEnd(() => {
      subscription.close();
    });
  }
}

/**
 * The outermost created, replaced or deleted nodes of a candidate, in tree order. A `write` of a node
 * that existed is a `replace`, of one that did not a `create`; `appeared`/`disappeared` (a container or
 * list that came or went with its children) are `create`/`delete`.
 */
export function editsOf(schema: SchemaContext, node: DataTreeCandidateNode): StreamEdit[] {
  switch (node.modificationType) {
    case 'unmodified':
      return [];
    case 'subtree-modified':
      return node.children.flatMap((c) => editsOf(schema, c));
    case 'delete':
    case 'disappeared':
      return [{ operation: 'delete', target: node.path }];
    case 'write':
    case 'appeared': {
      const after = node.dataAfter;
      if (after === undefined) {
        return [{ operation: 'delete', target: node.path }];
      }
      const path = pathCodec(schema).parse(node.path);
      return [
        {
          operation:
            node.modificationType === 'write' && node.dataBefore !== undefined
              ? 'replace'
              : 'create',
          target: node.path,
          value: wrapContent(targetOf(path, schema.root), after),
        },
      ];
    }
  }
}

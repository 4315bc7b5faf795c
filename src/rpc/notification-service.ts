/**
 * The in-process notification service (MD-SAL's DOMNotificationPublishService and
 * DOMNotificationService, kept minimal): providers publish YANG notifications by QName; subscribers
 * receive them, filtered by QName, in publish order. RESTCONF's notification stream is one subscriber.
 *
 * Invariants:
 * - Only notifications a loaded module defines can be published, and their content is checked and
 *   normalised against the notification's schema (operation-codec.ts) before anyone sees it.
 * - Every subscriber sees the notifications it accepts in publish order, each with a sequence number
 *   that grows by one per publish of this service, and the event time the injected clock gave.
 * - Delivery is synchronous and never lets a subscriber stop a publish: a subscriber that throws is
 *   reported to `onSubscriberError` and the others are still called. Subscribers that do slow work
 *   queue it themselves (the SSE stream keeps a bounded queue).
 * - In a cluster, remote-rpc.ts relays each local publish (`onPublished`) to the other members, which
 *   hand it to `deliverRemote`: their subscribers see it like a local one, with the publisher's event
 *   time and member, in the publisher's order; a relayed notification is never relayed again.
 */
import type { JsonObject, NotificationSchema, QName, SchemaContext } from '../yang/schema.js';
import { UnknownOperationError } from './errors.js';
import { decodeOperationBody } from './operation-codec.js';

/** One published notification. */
export interface NotificationEvent {
  /** `module:name` of the notification. */
  readonly notification: QName;
  /** The checked content, RFC 7951 JSON without the outer member name. */
  readonly content: JsonObject;
  /** When it was published, RFC 3339 (`yang:date-and-time`). */
  readonly eventTime: string;
  /** 1 for the first notification this service delivered, then one more per delivery. */
  readonly sequence: number;
  /** The member that published it, when it came from another member (undefined: this one). */
  readonly member?: string | undefined;
}

export type NotificationListener = (event: NotificationEvent) => void;

export interface NotificationSubscription {
  /** Stops deliveries; idempotent. */
  close(): void;
}

export interface NotificationServiceOptions {
  readonly schema: SchemaContext;
  /** The clock event times come from; default the system clock. */
  readonly now?: (() => Date) | undefined;
  /** Told about a subscriber that threw; default: ignore (the subscriber's own bug). */
  readonly onSubscriberError?: ((error: unknown, event: NotificationEvent) => void) | undefined;
}

interface Subscriber {
  readonly listener: NotificationListener;
  readonly filter: ReadonlySet<QName> | undefined;
}

export class NotificationService {
  readonly schema: SchemaContext;
  private readonly now: () => Date;
  private readonly onSubscriberError: (error: unknown, event: NotificationEvent) => void;
  private readonly subscribers = new Set<Subscriber>();
  private readonly publishedListeners = new Set<NotificationListener>();
  private sequence = 0;

  constructor(options: NotificationServiceOptions) {
    this.schema = options.schema;
    this.now = options.now ?? (() => new Date());
    this.onSubscriberError = options.onSubscriberError ?? (() => undefined);
  }

  /**
   * Publishes `notification` (`module:name`) with `content` (undefined for none). Throws
   * UnknownOperationError for a name no module defines, DataValidationFailedError for bad content;
   * returns the event as subscribers saw it.
   */
  publish(notification: QName, content?: unknown): NotificationEvent {
    const schema = this.notificationSchema(notification);
    const checked = decodeOperationBody(
      { schema: this.schema, module: schema.module, path: `/${notification}` },
      schema,
      content,
    );
    const event: NotificationEvent = {
      notification,
      content: checked,
      eventTime: this.now().toISOString(),
      sequence: ++this.sequence,
    };
    this.deliver(event);
    for (const listener of [...this.publishedListeners]) {
      try {
        listener(event);
      } catch (e) {
        this.onSubscriberError(e, event);
      }
    }
    return event;
  }

  /**
   * Delivers a notification `member` published (relayed by remote-rpc.ts): checked against this
   * member's schema, then handed to subscribers with this service's next sequence number and the
   * publisher's event time. Throws like `publish`; never calls `onPublished` listeners.
   */
  deliverRemote(
    member: string,
    notification: QName,
    content: unknown,
    eventTime: string,
  ): NotificationEvent {
    const schema = this.notificationSchema(notification);
    const checked = decodeOperationBody(
      { schema: this.schema, module: schema.module, path: `/${notification}` },
      schema,
      content,
    );
    const event: NotificationEvent = {
      notification,
      content: checked,
      eventTime,
      sequence: ++this.sequence,
      member,
    };
    this.deliver(event);
    return event;
  }

  /**
   * Calls `listener` after each notification published here (not those delivered from other members),
   * after the subscribers: what relays them to the cluster. Returns the handle to stop.
   */
  onPublished(listener: NotificationListener): NotificationSubscription {
    this.publishedListeners.add(listener);
    return { close: () => this.publishedListeners.delete(listener) };
  }

  private deliver(event: NotificationEvent): void {
    for (const subscriber of [...this.subscribers]) {
      if (subscriber.filter !== undefined && !subscriber.filter.has(event.notification)) {
        continue;
      }
      try {
        subscriber.listener(event);
      } catch (e) {
        this.onSubscriberError(e, event);
      }
    }
  }

  /**
   * Subscribes `listener` to the notifications named in `filter` (every notification when undefined).
   * Throws UnknownOperationError for a filter name no module defines.
   */
  subscribe(listener: NotificationListener, filter?: readonly QName[]): NotificationSubscription {
    filter?.forEach((n) => this.notificationSchema(n));
    const subscriber: Subscriber = {
      listener,
      filter: filter === undefined ? undefined : new Set(filter),
    };
    this.subscribers.add(subscriber);
    return { close: () => this.subscribers.delete(subscriber) };
  }

  /** The schema of a top-level notification; throws UnknownOperationError. */
  notificationSchema(notification: QName): NotificationSchema {
    const schema = this.schema.notifications.get(notification);
    if (schema === undefined) {
      throw new UnknownOperationError(
        notification,
        'no loaded YANG module defines a notification of that name (module:name)',
      );
    }
    return schema;
  }
}

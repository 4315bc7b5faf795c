/**
 * Remote RPC and notifications across members (design 003, "Remote RPC"; OpenDaylight's
 * RemoteRpcProvider and remote notifications): the RemoteRpcRouter an RpcService uses for rpcs it has
 * no local implementation of, the server side that runs calls other members route here, and the relay
 * that hands every notification published here to the other members.
 *
 * Calls (subject `rpc-call`, proto/rpc.proto CallMessage): the caller picks, among the members whose
 * bucket in the route registry has the rpc, the first (sorted by name) that membership reports up,
 * and sends a request with an id unique in this life; the callee runs its local implementation only
 * (`localOnly`: a call is never forwarded twice), with input and output checked against its schema,
 * and answers with the output or the error. The caller's RpcService checks the output again.
 * - No member has a route: RpcNotFoundError. Members have one but none is up: RpcUnavailableError at
 *   once, without sending. The callee becomes unreachable, down or removed while the call is in
 *   flight: RpcUnavailableError (inFlight) at once. No answer within `rpc.request-timeout-ms`:
 *   RpcTimeoutError. Every pending call settles exactly once; its timer is cleared when it does.
 * - The callee's RpcError arrives as an RpcError with the same tag, type, app-tag, info and message;
 *   RpcNotFoundError (its implementation went away after the registry was gossiped) as itself; any
 *   other failure as RpcImplementationFailedError naming the member and the remote code.
 *
 * Notifications (subject `rpc-notify`): each local publish goes to every connected peer, in publish
 * order on the pair's single connection, with the publisher's event time and a relay sequence counted
 * from 1 per life; the receiver delivers it to its subscribers (NotificationService.deliverRemote).
 * Delivery across members is at most once, like ODL's: a peer not connected when it is published
 * misses it; a gap in a publisher's relay sequence is logged.
 */
import type { Logger } from '../runtime/logger.js';
import { silentLogger } from '../runtime/logger.js';
import { CanopyError } from '../util/errors.js';
import {
  decodeCallMessage,
  decodeNotification,
  encodeCallMessage,
  encodeNotification,
  type WireCallError,
  type WireCallMessage,
} from '../wire/rpc-codec.js';
import type { JsonObject, QName } from '../yang/schema.js';
import {
  RpcError,
  RpcImplementationFailedError,
  RpcNotFoundError,
  RpcTimeoutError,
  RpcUnavailableError,
  type ErrorTag,
  type ErrorType,
} from './errors.js';
import type { NotificationService } from './notification-service.js';
import type { RouteRegistry, RpcMembership, RpcTransport } from './route-registry.js';
import type { InvokeOptions, RemoteRpcRouter, RpcResult, RpcService } from './rpc-service.js';

/** The transport subject of calls and their answers. */
export const CALL_SUBJECT = 'rpc-call';
/** The transport subject of relayed notifications. */
export const NOTIFY_SUBJECT = 'rpc-notify';

export interface RemoteRpcOptions {
  readonly transport: RpcTransport;
  readonly membership: RpcMembership;
  readonly registry: RouteRegistry;
  readonly rpc: RpcService;
  readonly notifications: NotificationService;
  /** `rpc.request-timeout-ms`. */
  readonly requestTimeoutMs: number;
  readonly logger?: Logger | undefined;
}

interface Pending {
  readonly rpc: QName;
  readonly member: string;
  readonly resolve: (result: RpcResult) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** The remote half of RPC and notifications on one member; see the file comment. */
export class RemoteRpc implements RemoteRpcRouter {
  private readonly transport: RpcTransport;
  private readonly membership: RpcMembership;
  private readonly registry: RouteRegistry;
  private readonly rpc: RpcService;
  private readonly notifications: NotificationService;
  private readonly timeoutMs: number;
  private readonly logger: Logger;
  private readonly pending = new Map<number, Pending>();
  /** Removes the abort listener of a pending call that has one. */
  private readonly cleanups = new Map<number, () => void>();
  private readonly stops: (() => void)[] = [];
  /** Calls this member is running for others: aborted on close. */
  private readonly serving = new Set<AbortController>();
  /** Last relay sequence received per publisher. */
  private readonly lastRelayed = new Map<string, number>();
  private nextId = 1;
  private relaySequence = 0;
  private closed = false;

  constructor(options: RemoteRpcOptions) {
    this.transport = options.transport;
    this.membership = options.membership;
    this.registry = options.registry;
    this.rpc = options.rpc;
    this.notifications = options.notifications;
    this.timeoutMs = options.requestTimeoutMs;
    this.logger = (options.logger ?? silentLogger()).child({ component: 'remote-rpc' });
    const routes = this.rpc.onLocalRoutesChanged((rpcs) => {
      this.registry.setLocalRoutes(rpcs.map((rpc) => ({ rpc })));
    });
    const published = this.notifications.onPublished((event) => {
      this.relay(event.notification, event.content, event.eventTime);
    });
    this.registry.setLocalRoutes(this.rpc.localRpcs().map((rpc) => ({ rpc })));
    this.stops.push(
      () => {
        routes.close();
      },
      () => {
        published.close();
      },
      this.transport.onMessage(CALL_SUBJECT, (from, payload) => {
        this.receiveCall(from, payload);
      }),
      this.transport.onMessage(NOTIFY_SUBJECT, (from, payload) => {
        this.receiveNotification(from, payload);
      }),
      this.membership.onEvent((event) => {
        if (event.type === 'member-unreachable' || event.type === 'member-down') {
          this.failPending(event.member);
        } else if (event.type === 'member-removed') {
          this.failPending(event.member);
          this.lastRelayed.delete(event.member);
        }
      }),
    );
    this.rpc.setRemoteRouter(this);
  }

  /** Rpcs other members implement (global routes), sorted. */
  remoteRpcs(): readonly QName[] {
    const self = this.transport.self;
    return this.registry
      .routes()
      .filter((r) => r.path === undefined && r.members.some((m) => m !== self))
      .map((r) => r.rpc);
  }

  /** Sends the call to a member that implements `rpc` and is up; see the file comment for errors. */
  invoke(rpc: QName, input: JsonObject, options: InvokeOptions): Promise<RpcResult> {
    const self = this.transport.self;
    const members = this.registry.lookup(rpc).filter((m) => m !== self);
    if (members.length === 0 || this.closed) {
      return Promise.reject(
        new RpcNotFoundError(
          rpc,
          `no member of the cluster implements rpc ${rpc} (as the route registry of ${self} knows it); ` +
            'register an implementation with registerRpcImplementation on some member',
        ),
      );
    }
    const member = members.find((m) => this.membership.state(m) === 'up');
    if (member === undefined) return Promise.reject(new RpcUnavailableError(rpc, members, false));
    const id = this.nextId++;
    return new Promise<RpcResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.pending.delete(id)) reject(new RpcTimeoutError(rpc, member, this.timeoutMs));
      }, this.timeoutMs);
      this.pending.set(id, { rpc, member, resolve, reject, timer });
      const sent = this.transport.send(
        member,
        CALL_SUBJECT,
        encodeCallMessage({
          type: 'request',
          id,
          rpc,
          inputJson: JSON.stringify(input),
          timeoutMs: this.timeoutMs,
        }),
      );
      if (sent === 'queue-full') {
        this.settle(id, undefined, new RpcUnavailableError(rpc, [member], false));
      }
      // The caller gave up (an HTTP client went away): stop waiting; the callee's deadline stands.
      const signal = options.signal;
      if (signal !== undefined && this.pending.has(id)) {
        const onAbort = (): void => {
          this.settle(id, undefined, abortError(signal));
        };
        if (signal.aborted) onAbort();
        else {
          signal.addEventListener('abort', onAbort, { once: true });
          this.cleanups.set(id, () => {
            signal.removeEventListener('abort', onAbort);
          });
        }
      }
    });
  }

  /** Fails calls in flight and stops serving and relaying. Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const stop of this.stops.splice(0)) stop();
    for (const [id, p] of [...this.pending]) {
      this.settle(id, undefined, new RpcUnavailableError(p.rpc, [p.member], true));
    }
    for (const controller of this.serving) controller.abort();
  }

  // ---- caller side ----

  private settle(id: number, result: RpcResult | undefined, error: Error | undefined): void {
    const p = this.pending.get(id);
    if (p === undefined) return;
    this.pending.delete(id);
    clearTimeout(p.timer);
    this.cleanups.get(id)?.();
    this.cleanups.delete(id);
    if (error !== undefined) p.reject(error);
    else p.resolve(result!);
  }

  private failPending(member: string): void {
    for (const [id, p] of [...this.pending]) {
      if (p.member === member) {
        this.settle(id, undefined, new RpcUnavailableError(p.rpc, [member], true));
      }
    }
  }

  private receiveCall(from: string, payload: Uint8Array): void {
    if (this.closed) return;
    let message: WireCallMessage;
    try {
      message = decodeCallMessage(payload);
    } catch (error) {
      this.logger.warn(
        { peer: from, error: error instanceof Error ? error.message : String(error) },
        'remote rpc: dropped a call message that does not decode',
      );
      return;
    }
    if (message.type === 'request') {
      void this.serve(from, message.id, message.rpc, message.inputJson, message.timeoutMs);
      return;
    }
    const p = this.pending.get(message.id);
    if (p === undefined || p.member !== from) return; // timed out, or failed fast: already settled
    if (message.type === 'response') {
      let output: JsonObject | undefined;
      try {
        output = message.outputJson === '' ? undefined : parseObject(message.outputJson);
      } catch (error) {
        this.settle(
          message.id,
          undefined,
          new RpcImplementationFailedError(
            p.rpc,
            `member ${from} answered with output that is not JSON`,
            {
              cause: error,
            },
          ),
        );
        return;
      }
      this.settle(message.id, { output, member: from }, undefined);
    } else {
      this.settle(message.id, undefined, remoteError(p.rpc, from, message.error));
    }
  }

  // ---- callee side ----

  private async serve(
    from: string,
    id: number,
    rpc: string,
    inputJson: string,
    timeoutMs: number,
  ): Promise<void> {
    const controller = new AbortController();
    this.serving.add(controller);
    // The caller gives up after its timeout; so does the implementation's signal.
    const timer = setTimeout(
      () => {
        controller.abort();
      },
      Math.max(1, timeoutMs),
    );
    let answer: WireCallMessage;
    try {
      const result = await this.rpc.invokeRpc(rpc, parseObject(inputJson), {
        signal: controller.signal,
        localOnly: true,
      });
      answer = {
        type: 'response',
        id,
        outputJson: result.output === undefined ? '' : JSON.stringify(result.output),
      };
    } catch (error) {
      if (!(error instanceof CanopyError)) {
        this.logger.error({ err: error, rpc, caller: from }, `remote rpc: serving ${rpc} failed`);
      } else if (error instanceof RpcImplementationFailedError) {
        this.logger.warn({ err: error, rpc, caller: from }, `remote rpc: ${error.message}`);
      }
      answer = { type: 'error', id, error: wireError(error) };
    } finally {
      clearTimeout(timer);
      this.serving.delete(controller);
    }
    if (this.closed) return;
    this.transport.send(from, CALL_SUBJECT, encodeCallMessage(answer));
  }

  // ---- notifications ----

  private relay(notification: string, content: JsonObject, eventTime: string): void {
    if (this.closed) return;
    this.relaySequence += 1;
    const bytes = encodeNotification({
      notification,
      contentJson: JSON.stringify(content),
      eventTime,
      sequence: this.relaySequence,
    });
    for (const view of this.membership.members()) {
      if (view.self || this.transport.peerState(view.member) !== 'connected') continue;
      this.transport.send(view.member, NOTIFY_SUBJECT, bytes);
    }
  }

  private receiveNotification(from: string, payload: Uint8Array): void {
    if (this.closed) return;
    try {
      const n = decodeNotification(payload);
      const last = this.lastRelayed.get(from);
      if (last !== undefined && n.sequence > last + 1) {
        this.logger.warn(
          { publisher: from, missed: n.sequence - last - 1 },
          `remote rpc: missed ${n.sequence - last - 1} notification(s) of ${from} (not connected when published)`,
        );
      }
      this.lastRelayed.set(from, n.sequence);
      this.notifications.deliverRemote(
        from,
        n.notification,
        parseObject(n.contentJson),
        n.eventTime,
      );
    } catch (error) {
      this.logger.warn(
        { publisher: from, error: error instanceof Error ? error.message : String(error) },
        'remote rpc: dropped a notification that does not decode or validate',
      );
    }
  }
}

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error('the caller aborted the rpc call');
}

function parseObject(json: string): JsonObject {
  const value: unknown = JSON.parse(json);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('expected a JSON object');
  }
  return value as JsonObject;
}

/** What a callee answers for `error`. */
function wireError(error: unknown): WireCallError {
  if (error instanceof RpcError) {
    return {
      code: error.code,
      message: error.message,
      tag: error.tag,
      errorType: error.errorType,
      appTag: error.appTag,
      infoJson: error.info === undefined ? undefined : JSON.stringify(error.info),
    };
  }
  if (error instanceof CanopyError) return { code: error.code, message: error.message };
  return {
    code: 'internal',
    message: 'the implementation failed; the log of its member has the details',
  };
}

/** The caller's error for a callee's answer. */
function remoteError(rpc: string, member: string, e: WireCallError): Error {
  switch (e.code) {
    case 'rpc-error': {
      let info: JsonObject | undefined;
      try {
        info = e.infoJson === undefined ? undefined : parseObject(e.infoJson);
      } catch {
        info = undefined;
      }
      return new RpcError((e.tag ?? 'operation-failed') as ErrorTag, e.message, {
        errorType: (e.errorType ?? 'application') as ErrorType,
        appTag: e.appTag,
        info,
      });
    }
    case 'rpc-not-found':
      return new RpcNotFoundError(
        rpc,
        `member ${member} no longer implements rpc ${rpc}: ${e.message}`,
      );
    case 'rpc-implementation-failed': {
      const prefix = `the implementation of rpc ${rpc} failed: `;
      const reason = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
      return new RpcImplementationFailedError(rpc, `on member ${member}: ${reason}`);
    }
    default:
      return new RpcImplementationFailedError(rpc, `on member ${member} (${e.code}): ${e.message}`);
  }
}

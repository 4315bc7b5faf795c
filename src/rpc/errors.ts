/**
 * The errors of RPC invocation and notification publishing, and the NETCONF error vocabulary that an
 * RPC implementation uses to say why it refused (RFC 6241 Appendix A error-tags, which RFC 8040 §7
 * carries over to RESTCONF and maps to HTTP status codes).
 *
 * - `RpcNotFoundError`: nobody implements the rpc (here, nor on any member the route registry knows).
 * - `RpcError`: an implementation refused the call on purpose, with an error-tag (`in-use`,
 *   `resource-denied`, ...) the caller can react to; RESTCONF returns it as the error body.
 * - `RpcImplementationFailedError`: an implementation threw something that is not a `CanopyError`, or
 *   returned output that breaks its schema: a bug in the implementation, not in the request.
 * - `UnknownOperationError`: an rpc or notification name that no loaded YANG module defines.
 * - `RpcUnavailableError`: the only members that implement the rpc are unreachable (membership says so),
 *   or became unreachable while the call was in flight (its outcome is then unknown).
 * - `RpcTimeoutError`: the member running a remote call did not answer within `rpc.request-timeout-ms`.
 * An implementation's `RpcError` on another member reaches the caller as an `RpcError` with the same
 * tag, type, app-tag, info and message; any other failure there as `RpcImplementationFailedError`.
 */
import type { JsonObject } from '../yang/schema.js';
import { CanopyError } from '../util/errors.js';

/** The `error-tag` values of RFC 6241 Appendix A (the RESTCONF status of each: RFC 8040 §7). */
export type ErrorTag =
  | 'in-use'
  | 'invalid-value'
  | 'too-big'
  | 'missing-attribute'
  | 'bad-attribute'
  | 'unknown-attribute'
  | 'missing-element'
  | 'bad-element'
  | 'unknown-element'
  | 'unknown-namespace'
  | 'access-denied'
  | 'lock-denied'
  | 'resource-denied'
  | 'rollback-failed'
  | 'data-exists'
  | 'data-missing'
  | 'operation-not-supported'
  | 'operation-failed'
  | 'partial-operation'
  | 'malformed-message';

/** The `error-type` (layer) of RFC 6241 Appendix A; RFC 8040 §7.1 uses the same names. */
export type ErrorType = 'transport' | 'rpc' | 'protocol' | 'application';

/** No implementation of the rpc is registered (in this process, or in any member the router knows). */
export class RpcNotFoundError extends CanopyError {
  readonly code = 'rpc-not-found';
  /** The rpc's QName (`module:name`). */
  readonly rpc: string;
  constructor(rpc: string, message?: string) {
    super(
      message ??
        `no implementation of rpc ${rpc} is registered; register one with registerRpcImplementation before invoking it`,
    );
    this.rpc = rpc;
  }
}

/** A name that no loaded YANG module defines as an rpc (or notification, for publishing). */
export class UnknownOperationError extends CanopyError {
  readonly code = 'unknown-operation';
  /** The name as given. */
  readonly operation: string;
  constructor(operation: string, reason: string) {
    super(`${JSON.stringify(operation)}: ${reason}`);
    this.operation = operation;
  }
}

/** What an implementation may add to an `RpcError`. */
export interface RpcErrorOptions extends ErrorOptions {
  /** The layer; `application` unless the implementation says otherwise. */
  readonly errorType?: ErrorType | undefined;
  /** A data-model-specific tag (`error-app-tag`). */
  readonly appTag?: string | undefined;
  /** Extra content for `error-info`. */
  readonly info?: JsonObject | undefined;
}

/**
 * An implementation's deliberate refusal, with a NETCONF error-tag. Thrown (or rejected) by an rpc
 * implementation; passed to the caller unchanged, and by RESTCONF as an `ietf-restconf:errors` body
 * with the status RFC 8040 §7 gives the tag (`in-use` is 409, `resource-denied` 409, ...).
 */
export class RpcError extends CanopyError {
  readonly code = 'rpc-error';
  readonly tag: ErrorTag;
  readonly errorType: ErrorType;
  readonly appTag: string | undefined;
  readonly info: JsonObject | undefined;
  constructor(tag: ErrorTag, message: string, options: RpcErrorOptions = {}) {
    super(message, options);
    this.tag = tag;
    this.errorType = options.errorType ?? 'application';
    this.appTag = options.appTag;
    this.info = options.info;
  }
}

/**
 * An implementation failed without saying why in the rpc vocabulary: it threw a plain error (kept as
 * `cause`), or its output does not conform to the rpc's output schema. Callers see a server-side
 * failure; the cause is for the log, not for the remote client.
 */
export class RpcImplementationFailedError extends CanopyError {
  readonly code = 'rpc-implementation-failed';
  readonly rpc: string;
  constructor(rpc: string, reason: string, options?: ErrorOptions) {
    super(`the implementation of rpc ${rpc} failed: ${reason}`, options);
    this.rpc = rpc;
  }
}

/**
 * Every member whose bucket has a route for the rpc is unreachable as membership sees it, so the call
 * was not sent; or the member running it became unreachable before it answered (`inFlight`: the call
 * may or may not have run). Raised at once, not after the request timeout.
 */
export class RpcUnavailableError extends CanopyError {
  readonly code = 'rpc-unavailable';
  readonly rpc: string;
  /** The members that implement the rpc, as the route registry knows them. */
  readonly members: readonly string[];
  /** Whether the call had been sent (its outcome is then unknown). */
  readonly inFlight: boolean;
  constructor(rpc: string, members: readonly string[], inFlight: boolean) {
    super(
      inFlight
        ? `rpc ${rpc}: member ${members.join(', ')} became unreachable while running the call; ` +
            'whether it ran is unknown'
        : `rpc ${rpc} is implemented only on ${members.join(', ')}, which membership reports unreachable; ` +
            'retry when the member is back, or register an implementation on a reachable member',
    );
    this.rpc = rpc;
    this.members = members;
    this.inFlight = inFlight;
  }
}

/** The member running a remote call did not answer in time (`rpc.request-timeout-ms`). */
export class RpcTimeoutError extends CanopyError {
  readonly code = 'rpc-timeout';
  readonly rpc: string;
  readonly member: string;
  readonly timeoutMs: number;
  constructor(rpc: string, member: string, timeoutMs: number) {
    super(
      `rpc ${rpc} on member ${member} did not answer within ${timeoutMs} ms (rpc.request-timeout-ms); ` +
        'whether it ran is unknown',
    );
    this.rpc = rpc;
    this.member = member;
    this.timeoutMs = timeoutMs;
  }
}

/**
 * The in-process RPC service (MD-SAL's DOMRpcService and DOMRpcProviderService in one): applications
 * register implementations of YANG rpcs by QName; callers (RESTCONF, other applications) invoke them by
 * QName with RFC 7951 JSON input and get the output back, with where it ran.
 *
 * Invariants:
 * - Only rpcs defined by the schema can be registered or invoked (UnknownOperationError otherwise).
 * - An implementation never sees unchecked input: input is validated against the rpc's input schema and
 *   normalised, defaults filled in (operation-codec.ts), before the call. Its output is checked against
 *   the output schema after; a non-conforming output is the implementation's bug
 *   (RpcImplementationFailedError), not the caller's.
 * - Several registrations of one rpc may coexist; calls go to the oldest open one (a closed
 *   registration's successor takes over, so a provider can be replaced without a gap).
 * - Errors: RpcNotFoundError when nobody implements the rpc; an implementation's `CanopyError` (RpcError
 *   with an error-tag, datastore errors) passes through unchanged; anything else it throws becomes
 *   RpcImplementationFailedError with the original as `cause`.
 *
 * In a cluster (design 003, "Remote RPC"): an rpc with no local implementation goes to the optional
 * `RemoteRpcRouter` port (remote-rpc.ts, over the gossiped route registry), and every result says which
 * member ran it. `onLocalRoutesChanged` is what the registry listens to, to keep this member's bucket.
 * The router is set once, after construction (`setRemoteRouter`), since it needs the service itself.
 */
import type { JsonObject, QName, RpcSchema, SchemaContext } from '../yang/schema.js';
import { assert } from '../util/assert.js';
import { CanopyError } from '../util/errors.js';
import { DataValidationFailedError } from '../tree/errors.js';
import { RpcImplementationFailedError, RpcNotFoundError, UnknownOperationError } from './errors.js';
import { decodeOperationBody } from './operation-codec.js';

/** What an implementation learns about the call besides its input. */
export interface RpcInvocationContext {
  /** The rpc's QName. */
  readonly rpc: QName;
  /** Aborted when the caller gives up (a client disconnects); implementations may stop early. */
  readonly signal: AbortSignal;
}

/**
 * An rpc implementation. `input` is the checked content of the input (without the outer
 * `module:input` member; members of the rpc's module unqualified). Resolves with the output content, or
 * `undefined` when the rpc has no output. Reject with `RpcError` to refuse with an error-tag.
 */
export type RpcImplementation = (
  input: JsonObject,
  context: RpcInvocationContext,
) => Promise<JsonObject | undefined>;

export interface RpcRegistration {
  readonly rpc: QName;
  /** Withdraws the implementation; idempotent. Calls already running finish. */
  close(): void;
}

/** The outcome of one invocation. */
export interface RpcResult {
  /** The checked output content; undefined when the rpc has no output, or returned none. */
  readonly output: JsonObject | undefined;
  /** The member that ran the implementation (this service's `memberName` for local calls). */
  readonly member: string;
}

export interface InvokeOptions {
  /** Abort to tell the implementation the caller is gone. */
  readonly signal?: AbortSignal | undefined;
  /**
   * Run only an implementation in this process, never the remote router's: how a member serves a call
   * another member routed to it (RpcNotFoundError when its implementation is gone meanwhile).
   */
  readonly localOnly?: boolean | undefined;
}

/**
 * Where rpcs without a local implementation go: the cluster's route registry (design 003,
 * remote-rpc.ts). The service has validated `input` already, and checks the output the router
 * returns; the router picks a member and returns its result, or rejects with RpcNotFoundError when no
 * member has a route, RpcUnavailableError or RpcTimeoutError.
 */
export interface RemoteRpcRouter {
  /** Rpcs some other member implements, as the router currently knows them. */
  remoteRpcs(): readonly QName[];
  invoke(rpc: QName, input: JsonObject, options: InvokeOptions): Promise<RpcResult>;
}

export interface RpcServiceOptions {
  readonly schema: SchemaContext;
  /** This member's name in results; default `local`. */
  readonly memberName?: string | undefined;
  readonly remote?: RemoteRpcRouter | undefined;
}

interface Registered {
  readonly impl: RpcImplementation;
  open: boolean;
}

export class RpcService {
  readonly schema: SchemaContext;
  readonly memberName: string;
  private remote: RemoteRpcRouter | undefined;
  private readonly implementations = new Map<QName, Registered[]>();
  private readonly routeListeners = new Set<(rpcs: readonly QName[]) => void>();

  constructor(options: RpcServiceOptions) {
    this.schema = options.schema;
    this.memberName = options.memberName ?? 'local';
    this.remote = options.remote;
  }

  /**
   * Registers `impl` for `rpc` (`module:name`). Throws UnknownOperationError when no loaded module
   * defines that rpc. Returns the registration; close it to withdraw.
   */
  registerRpcImplementation(rpc: QName, impl: RpcImplementation): RpcRegistration {
    this.rpcSchema(rpc);
    const entry: Registered = { impl, open: true };
    const list = this.implementations.get(rpc);
    const wasImplemented = list !== undefined && list.length > 0;
    if (list === undefined) {
      this.implementations.set(rpc, [entry]);
    } else {
      list.push(entry);
    }
    if (!wasImplemented) {
      this.routesChanged();
    }
    return {
      rpc,
      close: () => {
        if (!entry.open) {
          return;
        }
        entry.open = false;
        const current = this.implementations.get(rpc) ?? [];
        const rest = current.filter((e) => e !== entry);
        if (rest.length === 0) {
          this.implementations.delete(rpc);
          this.routesChanged();
        } else {
          this.implementations.set(rpc, rest);
        }
      },
    };
  }

  /**
   * Invokes `rpc` with `input` (the content of the input; undefined or null for none). Validates the
   * input first (DataValidationFailedError, before any implementation runs), then runs the local
   * implementation, or the remote router's when there is none here. Rejects with RpcNotFoundError,
   * UnknownOperationError, the implementation's CanopyError, or RpcImplementationFailedError.
   */
  async invokeRpc(rpc: QName, input?: unknown, options: InvokeOptions = {}): Promise<RpcResult> {
    const schema = this.rpcSchema(rpc);
    const checked = decodeOperationBody(
      { schema: this.schema, module: schema.module, path: `/${rpc}/input` },
      schema.input,
      input,
    );
    const local = this.implementations.get(rpc)?.[0];
    if (local === undefined) {
      if (this.remote !== undefined && options.localOnly !== true) {
        // The callee checked its output; check it again here, against this member's schema.
        const result = await this.remote.invoke(rpc, checked, options);
        return { output: this.checkOutput(schema, result.output), member: result.member };
      }
      throw new RpcNotFoundError(rpc);
    }
    const signal = options.signal ?? new AbortController().signal;
    let output: JsonObject | undefined;
    try {
      output = await local.impl(checked, { rpc, signal });
    } catch (e) {
      if (e instanceof CanopyError) {
        throw e;
      }
      throw new RpcImplementationFailedError(rpc, e instanceof Error ? e.message : String(e), {
        cause: e,
      });
    }
    return { output: this.checkOutput(schema, output), member: this.memberName };
  }

  /** Sets the router of rpcs implemented elsewhere (once: a cluster member's remote-rpc.ts). */
  setRemoteRouter(remote: RemoteRpcRouter): void {
    assert(this.remote === undefined, () => 'rpc service: the remote router is already set');
    this.remote = remote;
  }

  /** Whether `rpc` has an implementation in this process. */
  hasLocalImplementation(rpc: QName): boolean {
    return this.implementations.has(rpc);
  }

  /** The rpcs implemented in this process, sorted. */
  localRpcs(): QName[] {
    return [...this.implementations.keys()].sort();
  }

  /** Every rpc that can be invoked through this service (local and remote), sorted. */
  availableRpcs(): QName[] {
    const all = new Set(this.implementations.keys());
    for (const rpc of this.remote?.remoteRpcs() ?? []) {
      all.add(rpc);
    }
    return [...all].sort();
  }

  /**
   * Calls `listener` with the sorted local rpcs whenever that set changes (an rpc gains its first or
   * loses its last implementation); not called on registration. Returns a handle to stop.
   */
  onLocalRoutesChanged(listener: (rpcs: readonly QName[]) => void): { close(): void } {
    this.routeListeners.add(listener);
    return { close: () => this.routeListeners.delete(listener) };
  }

  /** The schema of `rpc`; throws UnknownOperationError. */
  rpcSchema(rpc: QName): RpcSchema {
    const schema = this.schema.rpcs.get(rpc);
    if (schema === undefined) {
      const colon = rpc.indexOf(':');
      const module = colon < 0 ? '' : rpc.slice(0, colon);
      const reason =
        colon < 0
          ? 'an rpc name must be qualified as module:name'
          : !this.schema.modules.has(module)
            ? `no loaded YANG module is named "${module}"`
            : `module ${module} defines no rpc named "${rpc.slice(colon + 1)}"`;
      throw new UnknownOperationError(rpc, reason);
    }
    return schema;
  }

  private checkOutput(schema: RpcSchema, output: unknown): JsonObject | undefined {
    if (output === undefined || output === null) {
      return undefined;
    }
    try {
      const checked = decodeOperationBody(
        { schema: this.schema, module: schema.module, path: `/${schema.qname}/output` },
        schema.output,
        output,
      );
      return Object.keys(checked).length === 0 ? undefined : checked;
    } catch (e) {
      if (e instanceof DataValidationFailedError) {
        throw new RpcImplementationFailedError(
          schema.qname,
          `its output is invalid: ${e.message}`,
          {
            cause: e,
          },
        );
      }
      throw e;
    }
  }

  private routesChanged(): void {
    const rpcs = this.localRpcs();
    for (const listener of [...this.routeListeners]) {
      listener(rpcs);
    }
  }
}

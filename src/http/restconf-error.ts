/**
 * RESTCONF errors (RFC 8040 §7): the `RestconfError` a handler throws, the status code each NETCONF
 * error-tag gets (§7, the table), the `ietf-restconf:errors` body (§7.1, the `errors` yang-data of
 * §8), and the mapping from canopy's typed errors (by `code`) to that vocabulary.
 *
 * Invariants: every error response has a body of exactly that shape; a status the table does not list
 * for a tag is chosen only where the RFC says so elsewhere (§4.3: a missing data resource is 404 with
 * `invalid-value`) or is documented in docs/API.md (404 for `data-missing` on DELETE and PATCH, as the
 * issue asks); an error that is not a CanopyError is a 500 `operation-failed` whose message says only
 * to look at the server log (no stack, no internals on the wire).
 */
import type { JsonObject, JsonValue, SchemaContext } from '../yang/schema.js';
import { CanopyError } from '../util/errors.js';
import type { ErrorTag, ErrorType } from '../rpc/errors.js';
import { RpcError, RpcImplementationFailedError } from '../rpc/errors.js';
import { pathCodec, type ResolvedPath } from '../tree/path.js';
import { valueToText } from '../tree/values.js';

/** The status RFC 8040 §7 gives each error-tag (the first listed when it gives several). */
export const STATUS_OF_TAG: Readonly<Record<ErrorTag, number>> = {
  'in-use': 409,
  'invalid-value': 400,
  'too-big': 413,
  'missing-attribute': 400,
  'bad-attribute': 400,
  'unknown-attribute': 400,
  'missing-element': 400,
  'bad-element': 400,
  'unknown-element': 400,
  'unknown-namespace': 400,
  'access-denied': 403,
  'lock-denied': 409,
  'resource-denied': 409,
  'rollback-failed': 500,
  'data-exists': 409,
  'data-missing': 409,
  'operation-not-supported': 405,
  'operation-failed': 500,
  'partial-operation': 500,
  'malformed-message': 400,
};

export interface RestconfErrorOptions extends ErrorOptions {
  /** HTTP status; default the tag's (STATUS_OF_TAG). */
  readonly status?: number | undefined;
  /** Default `protocol`. */
  readonly errorType?: ErrorType | undefined;
  /** `error-path`, already in RFC 7951 instance-identifier form. */
  readonly errorPath?: string | undefined;
  readonly appTag?: string | undefined;
  readonly info?: JsonObject | undefined;
  /** Extra response headers (`Allow` for 405). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/** One RESTCONF error response: status, one `error` entry, and headers. */
export class RestconfError extends CanopyError {
  readonly code = 'restconf-error';
  readonly status: number;
  readonly tag: ErrorTag;
  readonly errorType: ErrorType;
  readonly errorPath: string | undefined;
  readonly appTag: string | undefined;
  readonly info: JsonObject | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(tag: ErrorTag, message: string, options: RestconfErrorOptions = {}) {
    super(message, options);
    this.tag = tag;
    this.status = options.status ?? STATUS_OF_TAG[tag];
    this.errorType = options.errorType ?? 'protocol';
    this.errorPath = options.errorPath;
    this.appTag = options.appTag;
    this.info = options.info;
    this.headers = options.headers ?? {};
  }

  /** The `error` list entry of §7.1. */
  toErrorEntry(): JsonObject {
    const entry: Record<string, JsonValue> = {
      'error-type': this.errorType,
      'error-tag': this.tag,
    };
    if (this.appTag !== undefined) {
      entry['error-app-tag'] = this.appTag;
    }
    if (this.errorPath !== undefined) {
      entry['error-path'] = this.errorPath;
    }
    entry['error-message'] = this.message;
    if (this.info !== undefined) {
      entry['error-info'] = this.info;
    }
    return entry;
  }
}

/** The `ietf-restconf:errors` body for `errors`. */
export function errorsBody(errors: readonly RestconfError[]): JsonObject {
  return { 'ietf-restconf:errors': { error: errors.map((e) => e.toErrorEntry()) } };
}

function quoteXPath(text: string): string {
  return text.includes("'") ? `"${text}"` : `'${text}'`;
}

/**
 * A resolved path as an RFC 7951 §6.11 instance-identifier, the form of `error-path`:
 * `/rtest:box/item[id='a']/qty`, `/rtest:box/tags[.='x']`. Names are qualified at the top and where
 * the module changes.
 */
export function instanceIdentifier(path: ResolvedPath): string {
  let out = '';
  let module = '';
  for (const step of path.steps) {
    const schema = step.schema;
    const name = schema.module === module ? schema.name : schema.qname;
    if (step.kind === 'entry' && schema.kind === 'list') {
      // Key leaves are in the list's module, so their names are never qualified here.
      out += schema.keys
        .map(
          (k, i) =>
            `[${k.slice(schema.module.length + 1)}=${quoteXPath(valueToText(step.keys[i]!))}]`,
        )
        .join('');
    } else if (step.kind === 'value') {
      out += `[.=${quoteXPath(valueToText(step.keys[0]!))}]`;
    } else {
      out += `/${name}`;
      module = schema.module;
    }
  }
  return out === '' ? '/' : out;
}

/** The error-path of a datastore error's RFC 8040 path, when it parses (some name list positions). */
function errorPathOf(schema: SchemaContext, path: string): string | undefined {
  try {
    return instanceIdentifier(pathCodec(schema).parse(path));
  } catch {
    // Validation paths may name list positions (`item[2]`) that are no RFC 8040 path: say it in the
    // message (it is there) rather than send a wrong error-path.
    return undefined;
  }
}

/** What `toRestconfError` says about a failure beyond the wire error: whether to log the stack. */
export interface MappedError {
  readonly error: RestconfError;
  /** A server-side fault (5xx that is not a deliberate refusal): log the cause with its stack. */
  readonly internal: boolean;
}

/**
 * Maps anything a handler threw to a RESTCONF error. Canopy errors map by `code` (see docs/API.md,
 * "RESTCONF errors"); anything else is an internal error with a message that leaks nothing.
 */
export function toRestconfError(schema: SchemaContext, e: unknown): MappedError {
  if (e instanceof RestconfError) {
    // A deliberate 501 (not implemented) or 503 (busy) is a refusal, not a server fault.
    return { error: e, internal: e.status >= 500 && e.status !== 501 && e.status !== 503 };
  }
  if (e instanceof RpcError) {
    const error = new RestconfError(e.tag, e.message, {
      errorType: e.errorType,
      appTag: e.appTag,
      info: e.info,
      cause: e,
    });
    return { error, internal: false };
  }
  if (e instanceof RpcImplementationFailedError) {
    const error = new RestconfError(
      'operation-failed',
      `the implementation of rpc ${e.rpc} failed; the server log has the details`,
      { errorType: 'application', cause: e },
    );
    return { error, internal: true };
  }
  if (!(e instanceof CanopyError)) {
    return { error: internalError(e), internal: true };
  }
  const path = (e as { path?: unknown }).path;
  const errorPath = typeof path === 'string' ? errorPathOf(schema, path) : undefined;
  switch (e.code) {
    case 'invalid-path':
      return {
        error: new RestconfError('invalid-value', e.message, { cause: e }),
        internal: false,
      };
    case 'data-validation-failed':
      return {
        error: new RestconfError('invalid-value', e.message, {
          errorType: 'application',
          errorPath,
          cause: e,
        }),
        internal: false,
      };
    case 'optimistic-lock-failed':
      return {
        error: new RestconfError('in-use', e.message, {
          errorType: 'application',
          errorPath,
          cause: e,
        }),
        internal: false,
      };
    case 'rpc-unavailable':
      return {
        error: new RestconfError('resource-denied', e.message, { status: 503, cause: e }),
        internal: false,
      };
    case 'rpc-timeout':
      return {
        error: new RestconfError('operation-failed', e.message, { status: 504, cause: e }),
        internal: false,
      };
    case 'shard-not-leader':
    case 'no-shard-leader':
    case 'shard-unavailable':
      // The shard cannot take the request here now (its leader is elsewhere or being elected, it
      // stopped): nothing of it happened; the message names the leader or the reason.
      return {
        error: new RestconfError('operation-failed', e.message, {
          errorType: 'application',
          status: 503,
          cause: e,
        }),
        internal: false,
      };
    case 'rpc-not-found':
    case 'unknown-operation':
      return {
        error: new RestconfError('invalid-value', e.message, { status: 404, cause: e }),
        internal: false,
      };
    default:
      return { error: internalError(e), internal: true };
  }
}

function internalError(e: unknown): RestconfError {
  return new RestconfError(
    'operation-failed',
    'the server failed to process the request; the server log has the details',
    { errorType: 'application', cause: e },
  );
}

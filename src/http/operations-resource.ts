/**
 * The RESTCONF operations resource, /rests/operations (RFC 8040 §3.3.2, §3.6, §4.4.2): the rpcs that
 * can be invoked here, and their invocation through the RpcService.
 *
 * - GET /rests/operations: `{"ietf-restconf:operations": {"toaster:make-toast": [null], ...}}`, one
 *   empty leaf per rpc with an implementation (local or, later, remote); GET of one operation resource
 *   gives that rpc's entry, 404 when nobody implements it.
 * - POST /rests/operations/{module:rpc}: the body is `{"module:input": {...}}` (or empty); the input is
 *   checked against the rpc's input schema by the RpcService before any implementation runs (400
 *   `invalid-value` naming the bad node). 200 with `{"module:output": {...}}`, or 204 when the rpc has
 *   no output. An rpc no module defines, or that nobody implements, is 404.
 * The invocation is aborted (its AbortSignal fires) when the client goes away before the answer.
 */
import type { JsonObject, JsonValue } from '../yang/schema.js';
import type { RpcService } from '../rpc/rpc-service.js';
import type { HttpResponse } from './data-resource.js';
import { queryParams, resourcePath } from './request-params.js';
import { RestconfError } from './restconf-error.js';

/** The URL prefix of the operations resource. */
export const OPERATIONS_PREFIX = '/rests/operations';

function operationName(rawUrl: string): string {
  const path = resourcePath(rawUrl, OPERATIONS_PREFIX);
  const name = path.slice(1);
  if (name === '' || name.includes('/')) {
    throw new RestconfError(
      'invalid-value',
      `an operation resource is /rests/operations/{module}:{rpc}, got ${JSON.stringify(path)}`,
      { status: 404 },
    );
  }
  try {
    return decodeURIComponent(name);
  } catch (e) {
    throw new RestconfError('invalid-value', `bad percent-encoding in ${JSON.stringify(name)}`, {
      cause: e,
    });
  }
}

function isObject(json: unknown): json is Readonly<Record<string, JsonValue>> {
  return typeof json === 'object' && json !== null && !Array.isArray(json);
}

export class OperationsResource {
  private readonly rpc: RpcService;

  constructor(rpc: RpcService) {
    this.rpc = rpc;
  }

  /** GET /rests/operations, or of one operation resource. */
  get(rawUrl: string): HttpResponse {
    queryParams(rawUrl, []);
    const available = this.rpc.availableRpcs();
    if (resourcePath(rawUrl, OPERATIONS_PREFIX) === '/') {
      const operations: Record<string, JsonValue> = {};
      for (const name of available) {
        operations[name] = [null];
      }
      return { status: 200, headers: {}, body: { 'ietf-restconf:operations': operations } };
    }
    const name = operationName(rawUrl);
    this.rpc.rpcSchema(name);
    if (!available.includes(name)) {
      throw new RestconfError('invalid-value', `no implementation of rpc ${name} is registered`, {
        status: 404,
      });
    }
    return { status: 200, headers: {}, body: { [name]: [null] } };
  }

  /** POST /rests/operations/{module:rpc}: invoke with the body's input. */
  async post(rawUrl: string, body: unknown, signal: AbortSignal): Promise<HttpResponse> {
    queryParams(rawUrl, []);
    const name = operationName(rawUrl);
    const schema = this.rpc.rpcSchema(name);
    const input = this.inputOf(schema.module, body);
    const result = await this.rpc.invokeRpc(name, input, { signal });
    if (result.output === undefined) {
      return { status: 204, headers: {} };
    }
    const out: JsonObject = { [`${schema.module}:output`]: result.output };
    return { status: 200, headers: {}, body: out };
  }

  /** The input content of a POST body: `{"module:input": {...}}`, or nothing. */
  private inputOf(module: string, body: unknown): unknown {
    if (body === undefined || body === null) {
      return undefined;
    }
    const member = `${module}:input`;
    if (!isObject(body)) {
      throw new RestconfError(
        'malformed-message',
        `an rpc body must be an object {"${member}": {...}}, or empty`,
      );
    }
    const members = Object.keys(body);
    if (members.length === 0) {
      return undefined;
    }
    if (members.length !== 1 || members[0] !== member) {
      const qualify =
        members.length === 1 && members[0] === 'input'
          ? ' (module-qualified: RFC 7951 §4 qualifies every member of a top-level JSON object)'
          : '';
      throw new RestconfError(
        'malformed-message',
        `an rpc body must have the one member "${member}"${qualify}, got ${members.map((m) => JSON.stringify(m)).join(', ')}`,
      );
    }
    return body[members[0]];
  }
}

/**
 * The client side of the `canopy` command: get, put, merge, delete and status against a running member
 * over RESTCONF (RFC 8040), with Node's fetch. Each call returns a `ClientResult` the command prints;
 * nothing here writes to the terminal or exits, so tests run it against an in-process member.
 *
 * Error mapping (the exit codes of docs/OPERATIONS.md): a RESTCONF error response becomes
 * `RestconfResponseError` with its error-tag, message and path (exit 1); no answer at all (refused,
 * reset, timed out) becomes `ConnectError` (exit 3); a body that is not JSON, or a malformed URL, is a
 * `UsageError` (exit 2). A response that is neither success nor an `ietf-restconf:errors` body is
 * reported with its status line, never swallowed.
 */
import { CanopyError } from '../util/errors.js';
import { MEMBER_STATUS_RPC } from './cluster-admin.js';
import { RESTCONF_ROOT } from './urls.js';

const YANG_DATA_JSON = 'application/yang-data+json';

/** The command line was wrong (bad flag, bad JSON, unreadable @file): exit 2. */
export class UsageError extends CanopyError {
  readonly code = 'cli-usage';
}

/** The member did not answer (not running, wrong address, timed out): exit 3. */
export class ConnectError extends CanopyError {
  readonly code = 'cli-connect';
  readonly url: string;
  constructor(url: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.url = url;
  }
}

/** One entry of an `ietf-restconf:errors` body. */
export interface RestconfErrorEntry {
  readonly errorType: string;
  readonly errorTag: string;
  readonly errorMessage: string;
  readonly errorPath: string | undefined;
  readonly errorAppTag: string | undefined;
}

/** The member answered with an error (RFC 8040 §7): exit 1. */
export class RestconfResponseError extends CanopyError {
  readonly code = 'cli-restconf-error';
  readonly status: number;
  readonly errors: readonly RestconfErrorEntry[];
  constructor(status: number, errors: readonly RestconfErrorEntry[]) {
    super(errors.map(formatErrorEntry).join('\n') || `HTTP ${status}`);
    this.status = status;
    this.errors = errors;
  }
}

/** `error-tag: message (at path)`, the line the command prints per error. */
export function formatErrorEntry(e: RestconfErrorEntry): string {
  const app = e.errorAppTag === undefined ? '' : ` [${e.errorAppTag}]`;
  const at = e.errorPath === undefined ? '' : ` (at ${e.errorPath})`;
  return `${e.errorTag}${app}: ${e.errorMessage}${at}`;
}

export interface ClientOptions {
  /** The member's base URL, `http://127.0.0.1:8181` (with or without `/rests`). */
  readonly baseUrl: string;
  /** A request that has not answered after this long fails with ConnectError. */
  readonly timeoutMs: number;
}

/** What a successful call gives the command to print: a JSON body, or nothing. */
export interface ClientResult {
  readonly status: number;
  readonly body: unknown;
}

export type DataEdit = 'put' | 'merge';

/** Builds `/rests/data/...` for an RFC 8040 path given with or without its leading slash. */
export function dataUrl(baseUrl: string, path: string): string {
  const base = restconfRoot(baseUrl);
  const trimmed = path.replace(/^\/+/, '');
  if (/\s/.test(trimmed)) {
    throw new UsageError(
      `the path ${JSON.stringify(path)} contains white space; percent-encode key values (%20)`,
    );
  }
  return trimmed === '' ? `${base}/data` : `${base}/data/${trimmed}`;
}

function restconfRoot(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch (e) {
    throw new UsageError(`--url ${JSON.stringify(baseUrl)} is not a URL (http://HOST:PORT)`, {
      cause: e,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--url ${JSON.stringify(baseUrl)}: only http: and https: are served`);
  }
  const path = url.pathname.replace(/\/+$/, '');
  const root = path.endsWith(RESTCONF_ROOT) ? path : `${path}${RESTCONF_ROOT}`;
  return `${url.origin}${root}`;
}

/** GET a data resource; `query` is passed as is (`content=config&depth=2`). */
export function getData(options: ClientOptions, path: string, query = ''): Promise<ClientResult> {
  const url = dataUrl(options.baseUrl, path) + (query === '' ? '' : `?${query}`);
  return request(options, 'GET', url, undefined);
}

/** PUT (replace or create) or PATCH (merge) a data resource with `body` (parsed JSON). */
export function editData(
  options: ClientOptions,
  edit: DataEdit,
  path: string,
  body: unknown,
): Promise<ClientResult> {
  return request(options, edit === 'put' ? 'PUT' : 'PATCH', dataUrl(options.baseUrl, path), body);
}

export function deleteData(options: ClientOptions, path: string): Promise<ClientResult> {
  return request(options, 'DELETE', dataUrl(options.baseUrl, path), undefined);
}

/** Invokes get-member-status; resolves with its output content (`canopy-cluster-admin:output`). */
export async function getMemberStatus(options: ClientOptions): Promise<unknown> {
  const url = `${restconfRoot(options.baseUrl)}/operations/${MEMBER_STATUS_RPC}`;
  const result = await request(options, 'POST', url, undefined);
  const body = result.body as Record<string, unknown> | undefined;
  return body?.['canopy-cluster-admin:output'];
}

/** Parses a command-line JSON argument; `source` names it in the message. */
export function parseJsonArgument(text: string, source: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`${source} is not JSON: ${(e as Error).message}`, { cause: e });
  }
}

async function request(
  options: ClientOptions,
  method: string,
  url: string,
  body: unknown,
): Promise<ClientResult> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        Accept: YANG_DATA_JSON,
        ...(body === undefined ? {} : { 'Content-Type': YANG_DATA_JSON }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (e) {
    throw new ConnectError(url, connectMessage(url, e, options.timeoutMs), { cause: e });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (e) {
    throw new ConnectError(url, connectMessage(url, e, options.timeoutMs), { cause: e });
  }
  const parsed = text === '' ? undefined : tryParse(text);
  if (response.ok) {
    if (text !== '' && parsed === undefined) {
      throw new RestconfResponseError(response.status, [
        unexpected(`${method} ${url} answered ${response.status} with a body that is not JSON`),
      ]);
    }
    return { status: response.status, body: parsed };
  }
  throw new RestconfResponseError(response.status, errorEntries(response, parsed, method, url));
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON: the caller reports the response by its status line instead.
    return undefined;
  }
}

function errorEntries(
  response: Response,
  parsed: unknown,
  method: string,
  url: string,
): RestconfErrorEntry[] {
  const list = (parsed as { 'ietf-restconf:errors'?: { error?: unknown } } | undefined)?.[
    'ietf-restconf:errors'
  ]?.error;
  if (!Array.isArray(list) || list.length === 0) {
    return [unexpected(`${method} ${url} answered ${response.status} ${response.statusText}`)];
  }
  return list.map((raw: unknown) => {
    const e = raw as Record<string, unknown>;
    const str = (k: string): string | undefined => (typeof e[k] === 'string' ? e[k] : undefined);
    return {
      errorType: str('error-type') ?? 'application',
      errorTag: str('error-tag') ?? 'operation-failed',
      errorMessage: str('error-message') ?? '(no message)',
      errorPath: str('error-path'),
      errorAppTag: str('error-app-tag'),
    };
  });
}

function unexpected(message: string): RestconfErrorEntry {
  return {
    errorType: 'transport',
    errorTag: 'operation-failed',
    errorMessage: message,
    errorPath: undefined,
    errorAppTag: undefined,
  };
}

function connectMessage(url: string, error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError') {
    return `no answer from ${url} within ${timeoutMs} ms (raise --timeout-ms, or check the member's log)`;
  }
  const reason = e.cause?.code ?? e.cause?.message ?? (error as Error).message;
  return `cannot connect to ${url}: ${reason}; is a member running there? (start one with canopy start, or pass --url)`;
}

/**
 * The client side of the `canopy` command: data reads and edits, YANG Patch (RFC 8072), rpc invocation
 * and the data-change event stream against a running member over RESTCONF (RFC 8040), with Node's
 * fetch. Each call returns what the command prints; nothing here writes to the terminal or exits, so
 * tests run it against an in-process member.
 *
 * Error mapping (the exit codes of docs/OPERATIONS.md): a RESTCONF error response becomes
 * `RestconfResponseError` with its error-tag, message and path (exit 1); no answer at all (refused,
 * reset, timed out), or an event stream's connection lost, becomes `ConnectError` (exit 3); a body that
 * is not JSON, or a malformed URL, is a `UsageError` (exit 2). A response that is neither success nor an
 * `ietf-restconf:errors` body is reported with its status line, never swallowed. A YANG Patch's failed
 * edit is not an error here: its status is the result (RFC 8072 §2.3).
 */
import { CanopyError } from '../util/errors.js';
import { MEMBER_STATUS_RPC } from './cluster-admin.js';
import { RESTCONF_ROOT } from './urls.js';

const YANG_DATA_JSON = 'application/yang-data+json';
const YANG_PATCH_JSON = 'application/yang-patch+json';
const YANG_PATCH_STATUS = 'ietf-yang-patch:yang-patch-status';
const EVENT_STREAM = 'text/event-stream';

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
  const trimmed = checkedPath(path);
  return trimmed === '' ? `${base}/data` : `${base}/data/${trimmed}`;
}

/** `path` without its leading slashes; white space (which a URL cannot carry) is a usage error. */
function checkedPath(path: string): string {
  const trimmed = path.replace(/^\/+/, '');
  if (/\s/.test(trimmed)) {
    throw new UsageError(
      `the path ${JSON.stringify(path)} contains white space; percent-encode key values (%20)`,
    );
  }
  return trimmed;
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

/**
 * POSTs `body` (`{"module:input": {...}}`, or undefined for none) to /rests/operations/`rpc`; the result's
 * body is `{"module:output": {...}}`, or undefined for an rpc without output (204).
 */
export function invokeRpc(
  options: ClientOptions,
  rpc: string,
  body: unknown,
): Promise<ClientResult> {
  const url = `${restconfRoot(options.baseUrl)}/operations/${rpc}`;
  return request(options, 'POST', url, body);
}

/** Invokes get-member-status; resolves with its output content (`canopy-cluster-admin:output`). */
export async function getMemberStatus(options: ClientOptions): Promise<unknown> {
  const result = await invokeRpc(options, MEMBER_STATUS_RPC, undefined);
  const body = result.body as Record<string, unknown> | undefined;
  return body?.['canopy-cluster-admin:output'];
}

/** What a YANG Patch came back with: the HTTP status and the `ietf-yang-patch:yang-patch-status` body. */
export interface YangPatchResult {
  readonly status: number;
  /** The whole response body, `{"ietf-yang-patch:yang-patch-status": {...}}`. */
  readonly body: Readonly<Record<string, unknown>>;
}

/**
 * PATCHes the YANG Patch `body` (RFC 8072, `application/yang-patch+json`) to the data resource `path`.
 * Resolves with the yang-patch-status whether the edits applied or one failed (RFC 8072 §2.3 reports an
 * edit's failure in the status, with a 4xx); a response without a status (a malformed patch, an unknown
 * path) is a RestconfResponseError, as for any other request.
 */
export async function yangPatch(
  options: ClientOptions,
  path: string,
  body: unknown,
): Promise<YangPatchResult> {
  const url = dataUrl(options.baseUrl, path);
  const response = await send(options, 'PATCH', url, body, YANG_PATCH_JSON);
  const parsed = response.parsed as Record<string, unknown> | undefined;
  const status = parsed?.[YANG_PATCH_STATUS];
  if (typeof status === 'object' && status !== null && !Array.isArray(status)) {
    return { status: response.status, body: parsed! };
  }
  if (!response.ok) {
    throw new RestconfResponseError(response.status, errorEntries(response, 'PATCH', url));
  }
  throw new RestconfResponseError(response.status, [
    unexpected(`PATCH ${url} answered ${response.status} without a ${YANG_PATCH_STATUS}`),
  ]);
}

/** Which datastore a data-change stream watches. */
export type StreamDatastore = 'config' | 'operational';

/**
 * The URL of the data-change event stream of the subtree at `path` (docs/API.md, "Event streams"): the
 * RFC 8040 path, still percent-encoded as in a data URL, travels as the `path` query value.
 */
export function dataChangeStreamUrl(
  baseUrl: string,
  path: string,
  datastore: StreamDatastore,
): string {
  const trimmed = checkedPath(path);
  const query = new URLSearchParams({ path: `/${trimmed}`, datastore });
  return `${restconfRoot(baseUrl)}/streams/data-change?${query.toString()}`;
}

/**
 * Opens a server-sent event stream and yields its text as it arrives. Resolves once the member has
 * answered with `text/event-stream`; `timeoutMs` bounds that wait only, never the stream's life. An
 * error answer is a RestconfResponseError, no answer a ConnectError. While reading, a lost connection
 * is a ConnectError; the stream's end (the member closed it) ends the iteration. Aborting `signal`
 * closes the connection and ends the iteration quietly, wherever it is.
 */
export async function openEventStream(
  options: ClientOptions,
  url: string,
  signal: AbortSignal,
): Promise<AsyncIterable<string>> {
  const controller = new AbortController();
  const stop = (): void => {
    controller.abort(signal.reason);
  };
  signal.addEventListener('abort', stop, { once: true });
  if (signal.aborted) stop();
  const timer = setTimeout(() => {
    controller.abort(new DOMException(`no answer within ${options.timeoutMs} ms`, 'TimeoutError'));
  }, options.timeoutMs);
  const close = (): void => {
    signal.removeEventListener('abort', stop);
    controller.abort();
  };
  try {
    const response = await fetch(url, {
      headers: { Accept: EVENT_STREAM },
      signal: controller.signal,
    });
    if (!response.ok || response.body === null) {
      const raw = await readRaw(response);
      throw new RestconfResponseError(response.status, errorEntries(raw, 'GET', url));
    }
    const type = response.headers.get('content-type') ?? '';
    if (!type.toLowerCase().startsWith(EVENT_STREAM)) {
      throw new RestconfResponseError(response.status, [
        unexpected(
          `GET ${url} answered ${response.status} with ${type || 'no Content-Type'}, not ${EVENT_STREAM}`,
        ),
      ]);
    }
    return textChunks(response.body, url, signal, close);
  } catch (e) {
    close();
    if (e instanceof RestconfResponseError) throw e;
    if (signal.aborted) return emptyChunks();
    throw new ConnectError(url, connectMessage(url, e, options.timeoutMs), { cause: e });
  } finally {
    clearTimeout(timer);
  }
}

async function readRaw(response: Response): Promise<RawResponse> {
  const text = await response.text();
  const { status, statusText, ok } = response;
  return { status, statusText, ok, text, parsed: text === '' ? undefined : tryParse(text) };
}

async function* emptyChunks(): AsyncGenerator<string> {
  // Stopped before the stream opened: nothing to read.
}

async function* textChunks(
  body: ReadableStream<Uint8Array>,
  url: string,
  signal: AbortSignal,
  close: () => void,
): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      let next: Awaited<ReturnType<typeof reader.read>>;
      try {
        next = await reader.read();
      } catch (e) {
        if (signal.aborted) return;
        const cause = (e as { cause?: { message?: string } }).cause?.message;
        throw new ConnectError(
          url,
          `the connection to ${url} was lost: ${cause ?? (e as Error).message}`,
          { cause: e },
        );
      }
      if (next.done) {
        const rest = decoder.decode();
        if (rest !== '') yield rest;
        return;
      }
      const text = decoder.decode(next.value, { stream: true });
      if (text !== '') yield text;
    }
  } finally {
    close();
  }
}

/** Parses a command-line JSON argument; `source` names it in the message. */
export function parseJsonArgument(text: string, source: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`${source} is not JSON: ${(e as Error).message}`, { cause: e });
  }
}

/** A response as it came: the status, and the body's text parsed as JSON when it is JSON. */
interface RawResponse {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly text: string;
  /** The parsed body; undefined when empty or not JSON. */
  readonly parsed: unknown;
}

/** Sends one request and reads the whole answer; only a missing answer throws (ConnectError). */
async function send(
  options: ClientOptions,
  method: string,
  url: string,
  body: unknown,
  contentType = YANG_DATA_JSON,
): Promise<RawResponse> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        Accept: YANG_DATA_JSON,
        ...(body === undefined ? {} : { 'Content-Type': contentType }),
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
  const { status, statusText, ok } = response;
  return { status, statusText, ok, text, parsed: text === '' ? undefined : tryParse(text) };
}

async function request(
  options: ClientOptions,
  method: string,
  url: string,
  body: unknown,
): Promise<ClientResult> {
  const response = await send(options, method, url, body);
  if (!response.ok) {
    throw new RestconfResponseError(response.status, errorEntries(response, method, url));
  }
  if (response.text !== '' && response.parsed === undefined) {
    throw new RestconfResponseError(response.status, [
      unexpected(`${method} ${url} answered ${response.status} with a body that is not JSON`),
    ]);
  }
  return { status: response.status, body: response.parsed };
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Not JSON: the caller reports the response by its status line instead.
    return undefined;
  }
}

function errorEntries(response: RawResponse, method: string, url: string): RestconfErrorEntry[] {
  const errors = (response.parsed as { 'ietf-restconf:errors'?: unknown } | undefined)?.[
    'ietf-restconf:errors'
  ];
  const list = errorList(errors);
  if (list.length === 0) {
    return [unexpected(`${method} ${url} answered ${response.status} ${response.statusText}`)];
  }
  return list;
}

/**
 * The entries of an RFC 8040 `errors` container (`{"error": [{"error-tag": ...}, ...]}`), as found in
 * `ietf-restconf:errors` and in a YANG Patch status; missing leaves get RFC 8040's defaults. Anything
 * that is not such a container gives no entries.
 */
export function errorList(errors: unknown): RestconfErrorEntry[] {
  const list = (errors as { error?: unknown } | undefined)?.error;
  if (!Array.isArray(list)) return [];
  return list.map((raw: unknown) => {
    const e = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
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

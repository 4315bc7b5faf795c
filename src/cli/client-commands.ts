/**
 * The client commands of `canopy`: get, put, merge, delete, patch, rpc and status (watch is in
 * watch-command.ts), each taking its parsed options and a `CliIo` and returning the process exit code,
 * so tests run them in-process against a real member and main.ts stays wiring only.
 *
 * Exit codes (docs/OPERATIONS.md): 0 done; 1 the member answered with a RESTCONF error (each printed
 * as `error-tag: message (at path)`) or a YANG Patch failed; 2 usage or configuration error; 3 no
 * answer from the member. Standard output gets only the result (JSON for get and rpc), so it pipes
 * into other tools; the errors go to standard error.
 * The member's URL is `--url`, else the `http` settings of the configuration (`--conf`, CANOPY_CONF,
 * CANOPY_HTTP_PORT, ... as for `canopy start`), so on the member's machine no flag is needed.
 */
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config/load-config.js';
import type { ConfigEnv } from '../config/overrides.js';
import { CanopyError } from '../util/errors.js';
import { parseDepth, parseRpcName, parseTimeoutMs, rpcBody } from './client-args.js';
import { formatPatchStatus, patchEdits } from './patch-format.js';
import {
  ConnectError,
  deleteData,
  editData,
  getData,
  getMemberStatus,
  invokeRpc,
  parseJsonArgument,
  RestconfResponseError,
  UsageError,
  yangPatch,
  type ClientOptions,
  type ClientResult,
  type DataEdit,
} from './restconf-client.js';
import { formatStatus } from './status-format.js';
import { memberBaseUrl } from './urls.js';

/** Process exit codes of the `canopy` command. */
export const EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2, connect: 3 });

/** Where a command writes and reads; the process's streams in main.ts, buffers in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The whole of standard input (for a `-` body). */
  readStdin(): Promise<string>;
  readonly env: ConfigEnv;
}

/** Options every client command takes. */
export interface ClientFlags {
  readonly url?: string | undefined;
  readonly conf?: string | undefined;
  readonly timeoutMs?: string | undefined;
}

/** The options of `canopy get`: RESTCONF's query parameters (RFC 8040 §4.8). */
export interface GetFlags extends ClientFlags {
  readonly content?: string | undefined;
  /** 1..65535 or `unbounded`; anything else is a usage error. */
  readonly depth?: string | undefined;
  /** A fields expression (§4.8.3), passed as it is: the member checks it against the schema. */
  readonly fields?: string | undefined;
}

/** `canopy get PATH`: prints the JSON body. */
export function getCommand(io: CliIo, path: string, flags: GetFlags): Promise<number> {
  return run(io, async () => {
    const query = new URLSearchParams();
    if (flags.content !== undefined) query.set('content', flags.content);
    if (flags.depth !== undefined) query.set('depth', parseDepth(flags.depth));
    if (flags.fields !== undefined) query.set('fields', flags.fields);
    const result = await getData(await clientOptions(io, flags), path, query.toString());
    io.stdout(`${JSON.stringify(result.body, null, 2)}\n`);
  });
}

/** `canopy put|merge PATH BODY`, BODY being JSON text, `@file` or `-` (standard input). */
export function editCommand(
  io: CliIo,
  edit: DataEdit,
  path: string,
  bodyArgument: string | undefined,
  flags: ClientFlags,
): Promise<number> {
  return run(io, async () => {
    const body = await readBody(io, bodyArgument);
    const result = await editData(await clientOptions(io, flags), edit, path, body);
    io.stdout(`${editOutcome(edit, result)} ${path}\n`);
  });
}

/** `canopy delete PATH`. */
export function deleteCommand(io: CliIo, path: string, flags: ClientFlags): Promise<number> {
  return run(io, async () => {
    await deleteData(await clientOptions(io, flags), path);
    io.stdout(`deleted ${path}\n`);
  });
}

/**
 * `canopy patch PATH BODY`: a YANG Patch (RFC 8072), BODY being `{"ietf-yang-patch:yang-patch": ...}`
 * as JSON text, `@file` or `-`. Prints each edit's status and exits 0 when the patch applied; when an
 * edit failed, prints each edit's status and errors on standard error and exits 1 (nothing was
 * committed). `--json` prints the member's yang-patch-status instead, on standard output either way.
 */
export function patchCommand(
  io: CliIo,
  path: string,
  bodyArgument: string | undefined,
  flags: ClientFlags & { json?: boolean | undefined },
): Promise<number> {
  return run(io, async () => {
    const body = await readBody(io, bodyArgument);
    const result = await yangPatch(await clientOptions(io, flags), path, body);
    const report = formatPatchStatus(path, patchEdits(body), result.body);
    if (flags.json === true) {
      io.stdout(`${JSON.stringify(result.body, null, 2)}\n`);
    } else if (report.ok) {
      io.stdout(report.text);
    } else {
      io.stderr(report.text);
    }
    return report.ok ? EXIT.ok : EXIT.failed;
  });
}

/**
 * `canopy rpc MODULE:NAME [INPUT]`: invokes the rpc and prints its output (`{"module:output": {...}}`),
 * or nothing for an rpc without output. INPUT (JSON text, `@file` or `-`) is the whole body
 * `{"MODULE:input": {...}}` or just the input's content, which is wrapped (client-args.ts rpcBody).
 */
export function rpcCommand(
  io: CliIo,
  rpc: string,
  inputArgument: string | undefined,
  flags: ClientFlags,
): Promise<number> {
  return run(io, async () => {
    const { module } = parseRpcName(rpc);
    const input = inputArgument === undefined ? undefined : await readBody(io, inputArgument);
    const body = rpcBody(module, input);
    const result = await invokeRpc(await clientOptions(io, flags), rpc, body);
    if (result.body !== undefined) io.stdout(`${JSON.stringify(result.body, null, 2)}\n`);
  });
}

/** `canopy status [--json]`. */
export function statusCommand(
  io: CliIo,
  flags: ClientFlags & { json?: boolean | undefined },
): Promise<number> {
  return run(io, async () => {
    const output = await getMemberStatus(await clientOptions(io, flags));
    io.stdout(flags.json === true ? `${JSON.stringify(output, null, 2)}\n` : formatStatus(output));
  });
}

function editOutcome(edit: DataEdit, result: ClientResult): string {
  if (edit === 'merge') return 'merged';
  return result.status === 201 ? 'created' : 'replaced';
}

/** Reads a body argument: JSON text, `@FILE`, or `-` for standard input; UsageError when absent. */
export async function readBody(io: CliIo, argument: string | undefined): Promise<unknown> {
  if (argument === undefined) {
    throw new UsageError('a body is needed: JSON text, @FILE, or - to read standard input');
  }
  if (argument === '-') {
    return parseJsonArgument(await io.readStdin(), 'standard input');
  }
  if (argument.startsWith('@')) {
    const file = argument.slice(1);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${(e as Error).message}`, { cause: e });
    }
    return parseJsonArgument(text, file);
  }
  return parseJsonArgument(argument, 'the body argument');
}

/** The member's URL (`--url`, else the configuration's `http`) and `--timeout-ms`. */
export async function clientOptions(io: CliIo, flags: ClientFlags): Promise<ClientOptions> {
  const timeoutMs = parseTimeoutMs(flags.timeoutMs);
  if (flags.url !== undefined) return { baseUrl: flags.url, timeoutMs };
  const config = await loadConfig({ env: io.env, flags: { conf: flags.conf } });
  return { baseUrl: memberBaseUrl(config.http), timeoutMs };
}

/**
 * Runs a command body, turning its errors into a message and an exit code: the code the body returns,
 * else 0 when it completes.
 */
export async function run(io: CliIo, body: () => Promise<number | void>): Promise<number> {
  try {
    return (await body()) ?? EXIT.ok;
  } catch (e) {
    if (e instanceof RestconfResponseError) {
      io.stderr(`${e.message}\n`);
      return EXIT.failed;
    }
    if (e instanceof ConnectError) {
      io.stderr(`canopy: ${e.message}\n`);
      return EXIT.connect;
    }
    if (e instanceof CanopyError) {
      // UsageError and the configuration errors: the message says what to fix.
      io.stderr(`canopy: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

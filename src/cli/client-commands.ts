/**
 * The client commands of `canopy`: get, put, merge, delete and status, each taking its parsed options
 * and an `CliIo` and returning the process exit code, so tests run them in-process against a real
 * member and main.ts stays wiring only.
 *
 * Exit codes (docs/OPERATIONS.md): 0 done; 1 the member answered with a RESTCONF error (each printed
 * as `error-tag: message (at path)`); 2 usage or configuration error; 3 no answer from the member.
 * The member's URL is `--url`, else the `http` settings of the configuration (`--conf`, CANOPY_CONF,
 * CANOPY_HTTP_PORT, ... as for `canopy start`), so on the member's machine no flag is needed.
 */
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config/load-config.js';
import type { ConfigEnv } from '../config/overrides.js';
import { CanopyError } from '../util/errors.js';
import {
  ConnectError,
  deleteData,
  editData,
  getData,
  getMemberStatus,
  parseJsonArgument,
  RestconfResponseError,
  UsageError,
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

const DEFAULT_TIMEOUT_MS = 30_000;

/** `canopy get PATH`: prints the JSON body. */
export function getCommand(
  io: CliIo,
  path: string,
  flags: ClientFlags & { content?: string | undefined; depth?: string | undefined },
): Promise<number> {
  return run(io, async () => {
    const query = new URLSearchParams();
    if (flags.content !== undefined) query.set('content', flags.content);
    if (flags.depth !== undefined) query.set('depth', flags.depth);
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

async function readBody(io: CliIo, argument: string | undefined): Promise<unknown> {
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

async function clientOptions(io: CliIo, flags: ClientFlags): Promise<ClientOptions> {
  const timeoutMs = parseTimeout(flags.timeoutMs);
  if (flags.url !== undefined) return { baseUrl: flags.url, timeoutMs };
  const config = await loadConfig({ env: io.env, flags: { conf: flags.conf } });
  return { baseUrl: memberBaseUrl(config.http), timeoutMs };
}

function parseTimeout(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIMEOUT_MS;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 2_147_483_647) {
    throw new UsageError(`--timeout-ms expects a whole number of milliseconds, got ${text}`);
  }
  return n;
}

/** Runs a command body, turning its errors into a message and an exit code. */
async function run(io: CliIo, body: () => Promise<void>): Promise<number> {
  try {
    await body();
    return EXIT.ok;
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

/**
 * The logger: pino behind a small interface, so cores never see it (they return what happened and the
 * shell logs it) and tests can capture lines. JSON lines to stderr by default; the `pretty` format
 * prints one human line per event for people at a terminal (`canopy start --log-format pretty`).
 *
 * Invariants: every line is written synchronously before the log call returns, in both formats, so a
 * process that exits right after logging (`process.exit` in a signal handler) loses no line. That is
 * why the pretty format runs pino-pretty's formatter in this thread on each line rather than as
 * pino-pretty's stream or a transport (both hand lines to another stage that may not have written
 * them when the process exits).
 */
import { pino } from 'pino';
import { prettyFactory } from 'pino-pretty';

/** Structured logging: `fields` first, then the message (pino's order). */
export interface Logger {
  debug(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
  /** A logger whose lines all carry `fields` (e.g. `{ shard: 'member-1-shard-default-config' }`). */
  child(fields: Record<string, unknown>): Logger;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** `json`: pino's JSON lines (the default, for machines); `pretty`: one human line per event. */
export type LogFormat = 'json' | 'pretty';

export const LOG_FORMATS: readonly LogFormat[] = ['json', 'pretty'];

/**
 * The message of an access-log line (one per HTTP request, src/http/restconf-server.ts). Its fields:
 * `method`, `url`, `status`, `durationMs`, `bytes` (response body), `remote` (the client's address).
 */
export const ACCESS_LOG_MESSAGE = 'http request';

export interface LoggerOptions {
  readonly level?: LogLevel | undefined;
  readonly name?: string | undefined;
  /** Default `json`. */
  readonly format?: LogFormat | undefined;
  /** Colours in the pretty format; default: when standard error is a terminal and NO_COLOR is unset. */
  readonly colorize?: boolean | undefined;
  /** Where lines go; default standard error (fd 2). Tests pass a collector. */
  readonly write?: ((line: string) => void) | undefined;
}

/** A pino logger writing to stderr (fd 2) at `level`, as JSON lines or pretty lines. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const settings = {
    level: options.level ?? 'info',
    name: options.name ?? 'canopy',
    base: { pid: process.pid },
  };
  const write = options.write;
  if ((options.format ?? 'json') === 'json') {
    return pino(
      settings,
      write === undefined ? pino.destination({ fd: 2, sync: true }) : { write },
    );
  }
  const colorize =
    options.colorize ?? (process.stderr.isTTY && process.env['NO_COLOR'] === undefined);
  return pino(settings, prettyStream(colorize, write ?? stderrWriter()));
}

/** Synchronous writes to fd 2 (sonic-boom retries partial writes and EAGAIN, as pino's own). */
function stderrWriter(): (line: string) => void {
  const destination = pino.destination({ fd: 2, sync: true });
  return (line) => {
    destination.write(line);
  };
}

/**
 * A pino destination that formats each JSON line with pino-pretty and writes it at once. An
 * access-log line becomes `GET /rests/data 200 1.2 ms 345 B 127.0.0.1` without its fields; any other
 * line shows its fields on the same line, and an error's stack below it.
 */
function prettyStream(
  colorize: boolean,
  write: (line: string) => void,
): { write(line: string): void } {
  const format = prettyFactory({
    colorize,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,name',
    singleLine: true,
  });
  return {
    write(line: string): void {
      write(format(prettyAccessLine(line)));
    },
  };
}

/** An access-log line as one message without its fields; any other line unchanged. */
function prettyAccessLine(line: string): Record<string, unknown> {
  const entry = JSON.parse(line) as Record<string, unknown>;
  if (entry['msg'] !== ACCESS_LOG_MESSAGE) return entry;
  const { method, url, status, durationMs, bytes, remote, ...rest } = entry;
  const f = (value: unknown): string =>
    typeof value === 'string' || typeof value === 'number' ? String(value) : '-';
  rest['msg'] =
    `${f(method)} ${f(url)} ${f(status)} ${f(durationMs)} ms ${f(bytes)} B ${f(remote)}`;
  return rest;
}

/** A logger that drops everything (tests, benchmarks). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

/** A logger that keeps lines in memory, for tests that assert on warnings. */
export function memoryLogger(): Logger & {
  readonly lines: { level: string; fields: Record<string, unknown>; message: string }[];
} {
  const lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  const make = (base: Record<string, unknown>): Logger => ({
    debug: (f, m) => lines.push({ level: 'debug', fields: { ...base, ...f }, message: m }),
    info: (f, m) => lines.push({ level: 'info', fields: { ...base, ...f }, message: m }),
    warn: (f, m) => lines.push({ level: 'warn', fields: { ...base, ...f }, message: m }),
    error: (f, m) => lines.push({ level: 'error', fields: { ...base, ...f }, message: m }),
    child: (f) => make({ ...base, ...f }),
  });
  return Object.assign(make({}), { lines });
}

/**
 * The logger: pino behind a small interface, so cores never see it (they return what happened and the
 * shell logs it) and tests can capture lines. JSON lines to stderr by default; `pretty` prints a short
 * human form for the CLI.
 */
import { pino } from 'pino';

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

/** A pino logger writing JSON lines to stderr (fd 2) at `level`. */
export function createLogger(
  options: { readonly level?: LogLevel | undefined; readonly name?: string | undefined } = {},
): Logger {
  return pino(
    { level: options.level ?? 'info', name: options.name ?? 'canopy', base: { pid: process.pid } },
    pino.destination({ fd: 2, sync: true }),
  );
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

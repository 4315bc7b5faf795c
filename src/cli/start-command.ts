/**
 * `canopy start`: runs one member in this process until a signal stops it. Logs are pino JSON lines on
 * standard error; standard output gets the few lines a person watches for (`canopy member-1 listening
 * on http://127.0.0.1:8181/rests`, `canopy member-1 stopped`).
 *
 * Start-up failures: a configuration or YANG problem prints its message (`file:line: ...`, no stack)
 * and exits 2; anything else that stops the start (a journal that refuses to recover, naming the shard
 * and entry; the port taken) is logged with its cause, printed, and exits 1.
 *
 * Shutdown (SIGTERM or SIGINT): stop accepting HTTP, let requests in flight finish, withdraw the
 * providers, close the shards (journal flushed), exit 0. It is bounded by `shutdownTimeoutMs`: past it
 * the member exits 1 saying what it was waiting for. A second signal exits at once (128 + the signal's
 * number): whatever was acknowledged is already durable, so nothing acknowledged is lost by it.
 */
import { ConfigSyntaxError, ConfigValidationError } from '../config/errors.js';
import type { ConfigFlags } from '../config/overrides.js';
import { createLogger, type Logger, type LogLevel } from '../runtime/logger.js';
import { YangSemanticError, YangSyntaxError } from '../yang/errors.js';
import { YangLoadError } from '../yang/load-schema.js';
import type { CliIo } from './client-commands.js';
import { EXIT } from './client-commands.js';
import { runMember, type RunningMember } from './member-process.js';
import { UsageError } from './restconf-client.js';

export interface StartFlags extends ConfigFlags {
  readonly logLevel?: string | undefined;
  readonly shutdownTimeoutMs?: string | undefined;
}

/** The part of `process` the command uses (signals and exit). */
export interface StartProcess {
  once(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
  exit(code: number): never;
}

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];
const DEFAULT_SHUTDOWN_TIMEOUT_MS = 60_000;
const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15 } as const;

/**
 * Starts the member. Resolves with an exit code when it could not start; otherwise resolves with
 * `undefined` once it serves, and the signal handlers exit the process later.
 */
export async function startCommand(
  io: CliIo,
  flags: StartFlags,
  proc: StartProcess,
): Promise<number | undefined> {
  let logger: Logger;
  let shutdownTimeoutMs: number;
  try {
    logger = createLogger({ level: parseLogLevel(flags.logLevel) });
    shutdownTimeoutMs = parseShutdownTimeout(flags.shutdownTimeoutMs);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`canopy: ${e.message}\n`);
    return EXIT.usage;
  }
  let member: RunningMember;
  try {
    member = await runMember({ flags, env: io.env, logger });
  } catch (e) {
    if (isConfigurationError(e)) {
      io.stderr(`canopy: the configuration is not valid:\n${(e as Error).message}\n`);
      return EXIT.usage;
    }
    logger.error({ err: e }, 'canopy: the member could not start');
    io.stderr(`canopy: the member could not start: ${describe(e)}\n`);
    return EXIT.failed;
  }
  io.stdout(`canopy ${member.config.memberName} listening on ${member.url}/rests\n`);
  installShutdown(io, member, logger, proc, shutdownTimeoutMs);
  return undefined;
}

function installShutdown(
  io: CliIo,
  member: RunningMember,
  logger: Logger,
  proc: StartProcess,
  shutdownTimeoutMs: number,
): void {
  const name = member.config.memberName;
  let stopping = false;
  const onSignal = (signal: 'SIGTERM' | 'SIGINT'): void => {
    if (stopping) {
      logger.warn({ signal }, `canopy ${name}: second ${signal}, exiting now`);
      proc.exit(128 + SIGNAL_NUMBERS[signal]);
    }
    stopping = true;
    // Listen for the second signal of either kind.
    proc.once('SIGTERM', () => {
      onSignal('SIGTERM');
    });
    proc.once('SIGINT', () => {
      onSignal('SIGINT');
    });
    logger.info({ signal }, `canopy ${name} shutting down (${signal})`);
    const timer = setTimeout(() => {
      logger.error(
        { shutdownTimeoutMs },
        `canopy ${name}: shutdown still waiting after ${shutdownTimeoutMs} ms (requests in flight or the journal flush); exiting`,
      );
      proc.exit(EXIT.failed);
    }, shutdownTimeoutMs);
    member.close().then(
      () => {
        clearTimeout(timer);
        io.stdout(`canopy ${name} stopped\n`);
        proc.exit(EXIT.ok);
      },
      (e: unknown) => {
        clearTimeout(timer);
        logger.error({ err: e }, `canopy ${name}: shutdown failed`);
        io.stderr(`canopy: shutdown failed: ${describe(e)}\n`);
        proc.exit(EXIT.failed);
      },
    );
  };
  proc.once('SIGTERM', () => {
    onSignal('SIGTERM');
  });
  proc.once('SIGINT', () => {
    onSignal('SIGINT');
  });
}

function isConfigurationError(e: unknown): boolean {
  return (
    e instanceof ConfigSyntaxError ||
    e instanceof ConfigValidationError ||
    e instanceof YangLoadError ||
    e instanceof YangSyntaxError ||
    e instanceof YangSemanticError
  );
}

function describe(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = e.cause instanceof Error ? ` (cause: ${e.cause.message})` : '';
  return `${e.message}${cause}`;
}

function parseLogLevel(text: string | undefined): LogLevel {
  if (text === undefined) return 'info';
  const level = LOG_LEVELS.find((l) => l === text);
  if (level === undefined) {
    throw new UsageError(`--log-level expects one of ${LOG_LEVELS.join(', ')}, got ${text}`);
  }
  return level;
}

function parseShutdownTimeout(text: string | undefined): number {
  if (text === undefined) return DEFAULT_SHUTDOWN_TIMEOUT_MS;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 2_147_483_647) {
    throw new UsageError(
      `--shutdown-timeout-ms expects a whole number of milliseconds, got ${text}`,
    );
  }
  return n;
}

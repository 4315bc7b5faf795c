/**
 * `canopy start`: runs one member in this process until a signal stops it. Logs are pino JSON lines on
 * standard error (`--log-format pretty`: one human line per event, for a terminal); standard output
 * gets the few lines a person watches for (`canopy member-1 listening on
 * http://127.0.0.1:8181/rests`, `canopy member-1 stopped`). Either format writes each line before the
 * log call returns, so the exits below lose no line.
 *
 * Start-up failures: a configuration or YANG problem prints its message (`file:line: ...`, no stack)
 * and exits 2; anything else that stops the start (a journal that refuses to recover, naming the shard
 * and entry; the port taken) is logged with its cause, printed, and exits 1.
 *
 * Shutdown (SIGTERM or SIGINT, from the moment the command starts; during recovery it stops once the
 * member has started): stop accepting HTTP, let requests in flight finish, withdraw the
 * providers, close the shards (journal flushed), exit 0. It is bounded by `shutdownTimeoutMs`: past it
 * the member exits 1 saying what it was waiting for. A second signal exits at once (128 + the signal's
 * number): whatever was acknowledged is already durable, so nothing acknowledged is lost by it. The
 * same signal again within `SIGNAL_ECHO_MS` of the first is not a second signal but the same request
 * arriving twice: a terminal's Ctrl-C goes to its whole foreground process group, so under `npm start`
 * the member gets it from the terminal and again from npm, which forwards SIGINT and SIGTERM to its
 * script; a process manager that signals a whole control group (systemd's default) does the same.
 */
import { ConfigSyntaxError, ConfigValidationError } from '../config/errors.js';
import type { ConfigFlags } from '../config/overrides.js';
import {
  createLogger,
  LOG_FORMATS,
  type LogFormat,
  type Logger,
  type LogLevel,
} from '../runtime/logger.js';
import { YangSemanticError, YangSyntaxError } from '../yang/errors.js';
import { YangLoadError } from '../yang/load-schema.js';
import type { CliIo } from './client-commands.js';
import { EXIT } from './client-commands.js';
import { runMember, type RunningMember } from './member-process.js';
import { UsageError } from './restconf-client.js';

export interface StartFlags extends ConfigFlags {
  readonly logLevel?: string | undefined;
  /** `json` (default) or `pretty`. */
  readonly logFormat?: string | undefined;
  readonly shutdownTimeoutMs?: string | undefined;
  readonly acceptDroppedWalRecords?: boolean | undefined;
  readonly acceptLostSyncedTail?: boolean | undefined;
}

/** The part of `process` the command uses (signals and exit). */
export interface StartProcess {
  on(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
  exit(code: number): never;
}

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];
const DEFAULT_SHUTDOWN_TIMEOUT_MS = 60_000;
const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15 } as const;

/**
 * How long after the first signal a repeat of the same signal counts as the same request (see the file
 * comment). Forwarded copies arrive within milliseconds; a person pressing Ctrl-C again to mean "now"
 * takes longer, and if not, presses once more.
 */
export const SIGNAL_ECHO_MS = 1000;

/** What a signal does: start the clean stop, nothing (a copy of the first), or exit at once. */
export type SignalAction = 'close' | 'same-request' | 'exit-now';

/**
 * Decides what `signal`, received at `nowMs`, does given the first signal (undefined when none came
 * yet). Pure; the clock is the caller's.
 */
export function signalAction(
  first: { readonly signal: 'SIGTERM' | 'SIGINT'; readonly atMs: number } | undefined,
  signal: 'SIGTERM' | 'SIGINT',
  nowMs: number,
): SignalAction {
  if (first === undefined) return 'close';
  if (signal === first.signal && nowMs - first.atMs < SIGNAL_ECHO_MS) return 'same-request';
  return 'exit-now';
}

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
    logger = createLogger({
      level: parseLogLevel(flags.logLevel),
      format: parseLogFormat(flags.logFormat),
    });
    shutdownTimeoutMs = parseShutdownTimeout(flags.shutdownTimeoutMs);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`canopy: ${e.message}\n`);
    return EXIT.usage;
  }
  // Handlers first: a signal during recovery is a clean stop too, and no window is left in which
  // SIGTERM would still have its default action (kill) after the member said it listens.
  const shutdown = new Shutdown(io, logger, proc, shutdownTimeoutMs);
  let member: RunningMember;
  try {
    member = await runMember({
      flags,
      env: io.env,
      logger,
      acceptDroppedWalRecords: flags.acceptDroppedWalRecords === true,
      acceptLostSyncedTail: flags.acceptLostSyncedTail === true,
    });
  } catch (e) {
    if (isConfigurationError(e)) {
      io.stderr(`canopy: the configuration is not valid:\n${(e as Error).message}\n`);
      return EXIT.usage;
    }
    logger.error({ err: e }, 'canopy: the member could not start');
    io.stderr(`canopy: the member could not start: ${describe(e)}\n`);
    return EXIT.failed;
  }
  if (!shutdown.requested) {
    io.stdout(`canopy ${member.config.memberName} listening on ${member.url}/rests\n`);
  }
  shutdown.serve(member);
  return undefined;
}

/** The signal handling of a running member: first signal closes, second exits at once. */
class Shutdown {
  private readonly io: CliIo;
  private readonly logger: Logger;
  private readonly proc: StartProcess;
  private readonly timeoutMs: number;
  private member: RunningMember | undefined;
  private signal: 'SIGTERM' | 'SIGINT' | undefined;
  private signalAtMs = 0;
  private closing = false;

  constructor(io: CliIo, logger: Logger, proc: StartProcess, timeoutMs: number) {
    this.io = io;
    this.logger = logger;
    this.proc = proc;
    this.timeoutMs = timeoutMs;
    proc.on('SIGTERM', () => {
      this.onSignal('SIGTERM');
    });
    proc.on('SIGINT', () => {
      this.onSignal('SIGINT');
    });
  }

  get requested(): boolean {
    return this.signal !== undefined;
  }

  /** The member started: serve until a signal, or stop now if one came during the start. */
  serve(member: RunningMember): void {
    this.member = member;
    if (this.signal !== undefined) this.close(member);
  }

  private onSignal(signal: 'SIGTERM' | 'SIGINT'): void {
    const nowMs = performance.now();
    const first =
      this.signal === undefined ? undefined : { signal: this.signal, atMs: this.signalAtMs };
    switch (signalAction(first, signal, nowMs)) {
      case 'same-request':
        this.logger.debug(
          { signal },
          `canopy: ${signal} again within ${SIGNAL_ECHO_MS} ms, taken as the same request`,
        );
        return;
      case 'exit-now':
        this.logger.warn({ signal }, `canopy: second signal (${signal}), exiting now`);
        this.proc.exit(128 + SIGNAL_NUMBERS[signal]);
        return;
      case 'close':
        break;
    }
    this.signal = signal;
    this.signalAtMs = nowMs;
    if (this.member === undefined) {
      this.logger.info({ signal }, `canopy: ${signal} while starting; stopping once started`);
      return;
    }
    this.close(this.member);
  }

  private close(member: RunningMember): void {
    if (this.closing) return;
    this.closing = true;
    const name = member.config.memberName;
    this.logger.info(
      { signal: this.signal },
      `canopy ${name} shutting down (${this.signal ?? 'signal'})`,
    );
    const timer = setTimeout(() => {
      this.logger.error(
        { shutdownTimeoutMs: this.timeoutMs },
        `canopy ${name}: shutdown still waiting after ${this.timeoutMs} ms (requests in flight or the journal flush); exiting`,
      );
      this.proc.exit(EXIT.failed);
    }, this.timeoutMs);
    member.close().then(
      () => {
        clearTimeout(timer);
        this.io.stdout(`canopy ${name} stopped\n`);
        this.proc.exit(EXIT.ok);
      },
      (e: unknown) => {
        clearTimeout(timer);
        this.logger.error({ err: e }, `canopy ${name}: shutdown failed`);
        this.io.stderr(`canopy: shutdown failed: ${describe(e)}\n`);
        this.proc.exit(EXIT.failed);
      },
    );
  }
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

function parseLogFormat(text: string | undefined): LogFormat {
  if (text === undefined) return 'json';
  const format = LOG_FORMATS.find((f) => f === text);
  if (format === undefined) {
    throw new UsageError(`--log-format expects one of ${LOG_FORMATS.join(', ')}, got ${text}`);
  }
  return format;
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

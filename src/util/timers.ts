/**
 * The time port: what a shell-independent component (the transaction proxies of src/txn) uses for
 * every decision that depends on time, so that production passes real timers (src/runtime/timers.ts)
 * and a test or the simulator passes a clock it drives. Nothing that takes a `Timers` reads
 * `Date.now`, `performance.now` or calls `setTimeout` of its own.
 */

declare const timerHandle: unique symbol;

/** An opaque handle of a scheduled callback, for `cancel`. */
export interface TimerHandle {
  readonly [timerHandle]: true;
}

/** Options of `Timers.schedule`. */
export interface ScheduleOptions {
  /**
   * A background timer (a sweeper, an expiry) does not keep a real process alive on its own; a
   * foreground one (an operation's timeout) does, like a plain `setTimeout`. Default foreground.
   */
  readonly background?: boolean | undefined;
}

/** A clock and one-shot timers. */
export interface Timers {
  /** Milliseconds on a monotonic clock; only differences mean anything. */
  now(): number;
  /**
   * Runs `fn` once, `delayMs` (>= 0) from now, never synchronously inside this call. Callbacks due at
   * the same time run in the order they were scheduled.
   */
  schedule(delayMs: number, fn: () => void, options?: ScheduleOptions): TimerHandle;
  /** Cancels a callback that has not run yet; a handle that ran or was cancelled is ignored. */
  cancel(handle: TimerHandle): void;
}

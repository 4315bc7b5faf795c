/**
 * The real `Timers` (src/util/timers.ts): `performance.now()` (monotonic: a wall-clock step never
 * fires a timeout early or late) and Node's timers. What production passes to the transaction
 * proxies; tests and the simulator pass a clock they drive instead.
 */
import type { ScheduleOptions, TimerHandle, Timers } from '../util/timers.js';

/** Node's timers and the monotonic clock. */
export const realTimers: Timers = {
  now: () => performance.now(),
  schedule: (delayMs: number, fn: () => void, options?: ScheduleOptions): TimerHandle => {
    const timer = setTimeout(fn, delayMs);
    if (options?.background === true) timer.unref();
    return timer as unknown as TimerHandle;
  },
  cancel: (handle: TimerHandle): void => {
    clearTimeout(handle as unknown as NodeJS.Timeout);
  },
};

/**
 * The Timers port (src/util/timers.ts) over the simulation's event queue: the transaction proxies of a
 * simulated member take every clock read and timer from simulated time, so one seed replays their
 * timeouts and retries exactly. As the port promises, a callback never runs inside `schedule`, and
 * callbacks due at the same time run in the order they were scheduled: the queue breaks ties between
 * events at one time at random (seeded), so all of this member's callbacks due at one time share one
 * queue event and run in order from it. A crashed member's timers never fire (`alive`).
 */
import type { ScheduleOptions, TimerHandle, Timers } from '../../../src/util/timers.js';
import type { EventQueue } from '../sim-queue.js';

interface Callback {
  cancelled: boolean;
  readonly fn: () => void;
}

export class SimTimers implements Timers {
  private readonly queue: EventQueue;
  private readonly alive: () => boolean;
  /** Callbacks by due time, in the order scheduled. */
  private readonly due = new Map<number, Callback[]>();

  constructor(queue: EventQueue, alive: () => boolean = () => true) {
    this.queue = queue;
    this.alive = alive;
  }

  now(): number {
    return this.queue.now;
  }

  schedule(delayMs: number, fn: () => void, _options?: ScheduleOptions): TimerHandle {
    const at = this.queue.now + Math.max(0, delayMs);
    const callback: Callback = { cancelled: false, fn };
    const list = this.due.get(at);
    if (list !== undefined) {
      list.push(callback);
    } else {
      this.due.set(at, [callback]);
      this.queue.at(at, () => {
        this.fire(at);
      });
    }
    return callback as unknown as TimerHandle;
  }

  cancel(handle: TimerHandle): void {
    (handle as unknown as Callback).cancelled = true;
  }

  private fire(at: number): void {
    const list = this.due.get(at) ?? [];
    this.due.delete(at);
    if (!this.alive()) return;
    for (const callback of list) {
      if (callback.cancelled) continue;
      callback.cancelled = true;
      callback.fn();
    }
  }
}

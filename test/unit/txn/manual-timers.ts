/**
 * A clock the test drives, for the Timers port of src/txn (src/util/timers.ts): `now()` moves only
 * when the test calls `advance`, which runs every callback falling due, in time order (scheduling
 * order for the same instant), letting the event loop turn between them so that real shard actors
 * and promise chains react before the next one fires. No assertion here ever waits on wall-clock time
 * for a timeout.
 */
import type { ScheduleOptions, TimerHandle, Timers } from '../../../src/util/timers.js';

interface Entry {
  readonly atMs: number;
  readonly seq: number;
  readonly fn: () => void;
  readonly background: boolean;
  cancelled: boolean;
}

/** Lets real work (actors, journals, promise chains) run: a few turns of the event loop. */
export async function turns(n = 20): Promise<void> {
  for (let i = 0; i < n; i++) {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

export class ManualTimers implements Timers {
  private nowMs = 0;
  private seq = 0;
  private entries: Entry[] = [];

  now(): number {
    return this.nowMs;
  }

  schedule(delayMs: number, fn: () => void, options?: ScheduleOptions): TimerHandle {
    const entry: Entry = {
      atMs: this.nowMs + Math.max(0, delayMs),
      seq: ++this.seq,
      fn,
      background: options?.background === true,
      cancelled: false,
    };
    this.entries.push(entry);
    return entry as unknown as TimerHandle;
  }

  cancel(handle: TimerHandle): void {
    (handle as unknown as Entry).cancelled = true;
  }

  /** Callbacks scheduled and not yet run or cancelled (background ones only if asked). */
  pending(includeBackground = false): number {
    return this.entries.filter((e) => !e.cancelled && (includeBackground || !e.background)).length;
  }

  /** When the next foreground callback is due, if any. */
  nextDueMs(): number | undefined {
    const due = this.entries.filter((e) => !e.cancelled && !e.background).map((e) => e.atMs);
    return due.length === 0 ? undefined : Math.min(...due);
  }

  /**
   * Moves the clock `ms` forward, running each callback due by then in time order, with turns of the
   * event loop before each and at the end.
   */
  async advance(ms: number): Promise<void> {
    const targetMs = this.nowMs + ms;
    for (;;) {
      await turns();
      this.entries = this.entries.filter((e) => !e.cancelled);
      let next: Entry | undefined;
      for (const e of this.entries) {
        if (e.atMs > targetMs) continue;
        if (next === undefined || e.atMs < next.atMs || (e.atMs === next.atMs && e.seq < next.seq))
          next = e;
      }
      if (next === undefined) break;
      this.entries.splice(this.entries.indexOf(next), 1);
      this.nowMs = Math.max(this.nowMs, next.atMs);
      next.fn();
    }
    this.nowMs = targetMs;
    await turns();
  }
}

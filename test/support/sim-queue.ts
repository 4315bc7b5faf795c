/**
 * The simulator's agenda: a binary min-heap of events ordered by simulated time, with ties broken by a
 * number drawn from the seeded Rng when the event is scheduled. So two events due at the same instant
 * run in an order the seed chooses (exploring interleavings, as FoundationDB's and TigerBeetle's
 * simulators do) and the same seed always chooses the same order.
 *
 * Invariants: time never goes backwards (scheduling in the past is a bug and throws); an event runs at
 * most once; cancelled events are skipped, not removed.
 */
import type { Rng } from '../../src/util/rng.js';

/** A handle to cancel a scheduled event. */
export interface Scheduled {
  cancelled: boolean;
}

interface Item extends Scheduled {
  readonly time: number;
  readonly tie: number;
  readonly seq: number;
  readonly run: () => void;
}

function before(a: Item, b: Item): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.tie !== b.tie) return a.tie < b.tie;
  return a.seq < b.seq;
}

/** Simulated time and the events waiting for it. */
export class EventQueue {
  private readonly heap: Item[] = [];
  private seq = 0;
  private current = 0;
  private readonly rngTie: Rng;

  constructor(rngTie: Rng) {
    this.rngTie = rngTie;
  }

  /** Simulated time of the event running now (ms). */
  get now(): number {
    return this.current;
  }

  get size(): number {
    return this.heap.length;
  }

  /** Runs `run` at simulated time `time` (>= now). */
  at(time: number, run: () => void): Scheduled {
    if (!(time >= this.current)) {
      throw new RangeError(`EventQueue.at(${time}) is before now (${this.current})`);
    }
    const item: Item = { time, tie: this.rngTie.next(), seq: this.seq++, run, cancelled: false };
    this.push(item);
    return item;
  }

  /** Runs `run` after `delay` ms. */
  after(delay: number, run: () => void): Scheduled {
    return this.at(this.current + delay, run);
  }

  /**
   * Runs the next live event whose time is at most `until`; false when there is none (time then
   * advances to `until`).
   */
  runNext(until: number): boolean {
    for (;;) {
      const top = this.heap[0];
      if (top === undefined || top.time > until) {
        this.current = Math.max(this.current, until);
        return false;
      }
      this.pop();
      if (top.cancelled) continue;
      this.current = top.time;
      top.run();
      return true;
    }
  }

  private push(item: Item): void {
    const heap = this.heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(item, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = item;
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let smallest = last;
      let at = -1;
      if (l < heap.length && before(heap[l]!, smallest)) {
        smallest = heap[l]!;
        at = l;
      }
      if (r < heap.length && before(heap[r]!, smallest)) {
        smallest = heap[r]!;
        at = r;
      }
      if (at < 0) break;
      heap[i] = smallest;
      i = at;
    }
    heap[i] = last;
  }
}

/**
 * Reconnect backoff: exponential from `minMs`, capped at `maxMs`, with "equal jitter" (half the delay
 * fixed, half random) so members that lost a peer at the same moment do not redial it in lockstep.
 * Pure: randomness comes from an injected Rng.
 *
 * Invariants: the n-th delay since the last reset (n from 0) lies in [d/2, d] for
 * d = min(maxMs, minMs * 2^n), and is never below 1 ms; `reset` (after a handshake succeeded) starts
 * over.
 */
import type { Rng } from '../util/rng.js';

export class Backoff {
  private readonly minMs: number;
  private readonly maxMs: number;
  private readonly rng: Rng;
  private attempt = 0;

  constructor(minMs: number, maxMs: number, rng: Rng) {
    this.minMs = minMs;
    this.maxMs = Math.max(minMs, maxMs);
    this.rng = rng;
  }

  /** Failed attempts since the last reset. */
  get attempts(): number {
    return this.attempt;
  }

  /** The wait before the next attempt, in milliseconds. */
  next(): number {
    const ceiling = Math.min(this.maxMs, this.minMs * 2 ** Math.min(this.attempt, 30));
    this.attempt += 1;
    const half = ceiling / 2;
    return Math.max(1, Math.round(half + this.rng.next() * half));
  }

  reset(): void {
    this.attempt = 0;
  }
}

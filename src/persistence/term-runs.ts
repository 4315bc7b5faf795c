/**
 * The terms of a Raft log, run-length encoded: a list of (first index, term) runs. Terms change only
 * when leadership does, so a log of millions of entries has a handful of runs, and the journal can
 * answer "the term at index i" (to decide whether a snapshot matches the log, Raft Figure 13 step 6, and
 * to check the Log Matching order on append) without reading the disk or holding every entry.
 *
 * Invariants: runs cover [base, last] with strictly increasing starts and non-decreasing terms; the
 * first run starts at `base` (the snapshot index, 0 for an empty log, term 0). Pure.
 */
import { assert } from '../util/assert.js';

export class TermRuns {
  private starts: number[];
  private terms: number[];
  private lastIndex: number;

  /** Runs holding only `base` with `term` (a snapshot point, or 0/0 for an empty log). */
  constructor(base = 0, term = 0) {
    this.starts = [base];
    this.terms = [term];
    this.lastIndex = base;
  }

  copy(): TermRuns {
    const c = new TermRuns();
    c.starts = [...this.starts];
    c.terms = [...this.terms];
    c.lastIndex = this.lastIndex;
    return c;
  }

  /** The lowest index with a known term. */
  base(): number {
    return this.starts[0]!;
  }

  /** The last index. */
  last(): number {
    return this.lastIndex;
  }

  /** The term of the last index. */
  lastTerm(): number {
    return this.terms[this.terms.length - 1]!;
  }

  /** The term at `index`, or undefined outside [base, last]. */
  termAt(index: number): number | undefined {
    if (index < this.base() || index > this.lastIndex) return undefined;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return this.terms[lo];
  }

  /** Appends the entry at last + 1 with `term` (at least the last term). */
  append(index: number, term: number): void {
    assert(index === this.lastIndex + 1, () => `TermRuns.append(${index}) after ${this.lastIndex}`);
    assert(
      term >= this.lastTerm(),
      () => `TermRuns.append: term ${term} at index ${index} below ${this.lastTerm()}`,
    );
    if (term !== this.lastTerm()) {
      this.starts.push(index);
      this.terms.push(term);
    }
    this.lastIndex = index;
  }

  /** Drops every index at or after `index` (> base): a conflicting suffix cut. */
  truncateFrom(index: number): void {
    assert(index > this.base(), () => `TermRuns.truncateFrom(${index}) at or below the base`);
    while (this.starts[this.starts.length - 1]! >= index) {
      this.starts.pop();
      this.terms.pop();
    }
    this.lastIndex = Math.min(this.lastIndex, index - 1);
  }

  /** Moves the base up to `index` (within [base, last]): the indexes before it are compacted. */
  compactTo(index: number): void {
    assert(
      index >= this.base() && index <= this.lastIndex,
      () => `TermRuns.compactTo(${index}) outside [${this.base()}, ${this.lastIndex}]`,
    );
    let keep = 0;
    while (keep + 1 < this.starts.length && this.starts[keep + 1]! <= index) keep++;
    this.starts = this.starts.slice(keep);
    this.terms = this.terms.slice(keep);
    this.starts[0] = index;
  }
}

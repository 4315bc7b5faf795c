/**
 * A journal that can stall, for the timeout tests: it wraps a replica's real journal and, while
 * stalled, holds every write (in the order they were asked for) until `release()`, as a disk whose
 * fsync does not return would. Reads and everything else pass through.
 */
import type { DurableRaftStorage, DurableState, DurableWrite } from '../../../src/raft/storage.js';

/** A disk that can stall (see the file comment). */
export class StallingStorage implements DurableRaftStorage {
  /** Writes asked for while stalled or queued behind one. */
  delayedSaves = 0;
  private readonly inner: DurableRaftStorage;
  private gate: Promise<void> | undefined;
  private open: (() => void) | undefined;
  private tail: Promise<void> = Promise.resolve();
  private queued = 0;

  constructor(inner: DurableRaftStorage) {
    this.inner = inner;
  }

  stall(): void {
    if (this.gate !== undefined) return;
    this.gate = new Promise((resolve) => {
      this.open = resolve;
    });
  }

  release(): void {
    this.open?.();
    this.gate = undefined;
    this.open = undefined;
  }

  load(): Promise<DurableState> {
    return this.inner.load();
  }

  save(write: DurableWrite, options: { readonly sync: boolean }): Promise<void> {
    if (this.gate === undefined && this.queued === 0) return this.inner.save(write, options);
    this.delayedSaves++;
    this.queued++;
    const gate = this.gate ?? Promise.resolve();
    const done = this.tail
      .then(() => gate)
      .then(() => this.inner.save(write, options))
      .finally(() => {
        this.queued--;
      });
    this.tail = done.then(
      () => undefined,
      () => undefined,
    );
    return done;
  }

  compact(index: number): Promise<void> {
    return this.inner.compact(index);
  }

  close(): Promise<void> {
    return this.tail.then(() => this.inner.close());
  }
}

/**
 * An in-memory `DurableRaftStorage` with an explicit sync point, for the simulator: it keeps what was
 * synced apart from what was only written, and `crash()` loses every write not followed by a sync, the
 * way a page cache is lost on power failure. A save with `sync: true` syncs all earlier writes too (one
 * fsync of an append-only file). Reads before a crash see everything written, as a real file would.
 *
 * Fault model, chosen by the caller of crash(): by default every unsynced write is lost. The caller
 * may keep a prefix of them (they reached the disk before the crash, in order), and may tear the next
 * one: a prefix of its entries survives but not its hard state, as with a log of per-entry records
 * whose torn tail the loader detects and cuts. A write carrying a snapshot is never torn (its entries
 * would be left without their base). Nothing here is random: the simulator decides with its own Rng.
 */
import { assert } from '../util/assert.js';
import type { DurableRaftStorage, DurableState, DurableWrite } from './storage.js';
import type { Entry, HardState, Snapshot } from './types.js';
import { pushAll } from '../util/arrays.js';

interface State {
  hardState: HardState;
  snapshot: Snapshot | undefined;
  entries: Entry[];
}

type Op =
  | { readonly kind: 'write'; readonly write: DurableWrite }
  | { readonly kind: 'compact'; readonly index: number };

/** What a crash did. */
export interface CrashReport {
  /** Unsynced operations (writes and compactions) that survived because they reached the disk. */
  readonly keptOps: number;
  /** Unsynced operations lost. */
  readonly lostOps: number;
  /** Entries of a torn write that survived (0 when no write was torn). */
  readonly tornEntriesKept: number;
}

/** Options of crash(); the default loses every unsynced operation. */
export interface CrashOptions {
  /** Keep this many of the oldest unsynced operations (clamped to how many there are). */
  readonly keepUnsynced?: number | undefined;
  /** Tear the first lost write, keeping this many of its entries (not its hard state). */
  readonly tornEntries?: number | undefined;
}

/** Runs `fn` and reports its result or its exception as a promise, as an asynchronous disk would. */
function settle<T>(fn: () => T): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function emptyState(): State {
  return { hardState: { term: 0, vote: null, commit: 0 }, snapshot: undefined, entries: [] };
}

function copyState(s: State): State {
  return { hardState: s.hardState, snapshot: s.snapshot, entries: [...s.entries] };
}

function applyWrite(state: State, write: DurableWrite): void {
  if (write.snapshot !== undefined) applySnapshot(state, write.snapshot);
  appendEntries(state, write.entries);
  if (write.hardState !== undefined) state.hardState = write.hardState;
}

function applySnapshot(state: State, snapshot: Snapshot): void {
  const { index, term } = snapshot.meta;
  const at = state.entries.find((e) => e.index === index);
  state.entries = at?.term === term ? state.entries.filter((e) => e.index > index) : [];
  state.snapshot = snapshot;
}

function appendEntries(state: State, entries: readonly Entry[]): void {
  const first = entries[0];
  if (first === undefined) return;
  const last = state.entries.at(-1)?.index ?? state.snapshot?.meta.index ?? 0;
  assert(
    first.index <= last + 1,
    () => `MemoryDurableStorage: gap, entry ${first.index} after ${last}`,
  );
  state.entries = state.entries.filter((e) => e.index < first.index);
  pushAll(state.entries, entries);
}

function applyCompact(state: State, index: number): void {
  state.entries = state.entries.filter((e) => e.index > index);
}

function applyOp(state: State, op: Op): void {
  if (op.kind === 'write') applyWrite(state, op.write);
  else applyCompact(state, op.index);
}

/** Durable Raft storage in memory, losing unsynced writes on crash(). */
export class MemoryDurableStorage implements DurableRaftStorage {
  private synced: State;
  private unsynced: Op[] = [];
  private closed = false;
  /** Number of save() calls with sync: true, for tests and the simulator's statistics. */
  syncCount = 0;

  /** Storage holding `initial` as already synced (e.g. bootstrapState()), or empty. */
  constructor(initial?: DurableState) {
    this.synced = emptyState();
    if (initial !== undefined) {
      applyWrite(this.synced, {
        snapshot: initial.snapshot,
        entries: [],
        hardState: initial.hardState,
      });
      this.synced.entries = [...initial.entries];
    }
  }

  /** Everything written so far (synced or not), as a restart would read it had no crash happened. */
  load(): Promise<DurableState> {
    return settle(() => this.view(this.written()));
  }

  save(write: DurableWrite, options: { readonly sync: boolean }): Promise<void> {
    return settle(() => {
      assert(!this.closed, () => 'MemoryDurableStorage.save after close');
      this.unsynced.push({ kind: 'write', write });
      if (options.sync) this.sync();
    });
  }

  compact(index: number): Promise<void> {
    return settle(() => {
      assert(!this.closed, () => 'MemoryDurableStorage.compact after close');
      const snapIndex = this.written().snapshot?.meta.index ?? 0;
      assert(
        index <= snapIndex,
        () => `MemoryDurableStorage.compact(${index}) beyond snapshot ${snapIndex}`,
      );
      this.unsynced.push({ kind: 'compact', index });
    });
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }

  /** Makes every write so far durable (an fsync). */
  sync(): void {
    for (const op of this.unsynced) applyOp(this.synced, op);
    this.unsynced = [];
    this.syncCount++;
  }

  /** Operations written but not yet synced. */
  unsyncedCount(): number {
    return this.unsynced.length;
  }

  /** Only what survived every sync: what a crash right now would leave with the default options. */
  durableState(): DurableState {
    return this.view(this.synced);
  }

  /**
   * Simulates power loss: unsynced operations are lost except as `options` says, and the storage can
   * be loaded again (a restart). See the file comment for the fault model.
   */
  crash(options: CrashOptions = {}): CrashReport {
    const keep = Math.max(0, Math.min(options.keepUnsynced ?? 0, this.unsynced.length));
    for (const op of this.unsynced.slice(0, keep)) applyOp(this.synced, op);
    const torn = this.unsynced[keep];
    let tornEntriesKept = 0;
    if (
      options.tornEntries !== undefined &&
      torn?.kind === 'write' &&
      torn.write.snapshot === undefined
    ) {
      tornEntriesKept = Math.min(options.tornEntries, torn.write.entries.length);
      appendEntries(this.synced, torn.write.entries.slice(0, tornEntriesKept));
    }
    const lostOps = this.unsynced.length - keep;
    this.unsynced = [];
    this.closed = false;
    return { keptOps: keep, lostOps, tornEntriesKept };
  }

  private written(): State {
    const state = copyState(this.synced);
    for (const op of this.unsynced) applyOp(state, op);
    return state;
  }

  private view(state: State): DurableState {
    const snapIndex = state.snapshot?.meta.index ?? 0;
    return {
      hardState: state.hardState,
      snapshot: state.snapshot,
      entries: state.entries.filter((e) => e.index > snapIndex),
    };
  }
}

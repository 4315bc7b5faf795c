/**
 * The durable log of one Raft group (one shard replica) inside the member's shared LevelDB journal:
 * the `DurableRaftStorage` the shard's Raft shell saves every Ready to. raft-store.ts describes the key
 * layout, the record format and the recovery rules; this file plans writes and runs recovery.
 *
 * Invariants kept in memory after `load()` (and updated when a write is queued, not when it lands, so
 * the next write is planned against the state all queued writes produce):
 * - stored entries are contiguous from `first` to `last`; entries up to the snapshot index may linger
 *   (covered, deleted in the background) and are never returned;
 * - `runs` knows the term of every index in [snapshot index, last];
 * - the stored hard state's commit never exceeds `last` (a write that would break this is a bug and
 *   throws InvariantViolation before anything is queued).
 *
 * A save is one atomic batch (snapshot, entries with the cut of a conflicting suffix, hard state, in the
 * order of `DurableWrite`); the only work not in that batch is deleting entries a snapshot covers,
 * which is safe to do later and in pieces because recovery ignores covered entries.
 */
import { assert } from '../util/assert.js';
import { crc32c } from '../util/checksum.js';
import type { DurableRaftStorage, DurableState, DurableWrite } from '../raft/storage.js';
import type { Entry, HardState, Snapshot } from '../raft/types.js';
import { WireDecodeError } from '../wire/errors.js';
import {
  decodeHardState,
  decodeSnapshotManifest,
  encodeEntry,
  encodeHardState,
  encodeSnapshotManifest,
} from '../wire/raft-codec.js';
import { JournalCorruptionError, JournalIoError, wrapLevelError } from './errors.js';
import type { BatchOp } from './group-commit.js';
import type { DamagedTailCutWarning, JournalContext } from './journal-context.js';
import { GroupKeys } from './keys.js';
import { RECORD_HEADER_BYTES, openRecord, sealRecord, sealWithKeyCrc } from './records.js';
import { type DamagedTail, EntryScanner, entryKeyCrc } from './recovery.js';
import { TermRuns } from './term-runs.js';

/** What `load()` returns: the durable state, and what recovery had to repair to produce it. */
export interface RaftLoadResult extends DurableState {
  readonly warnings: readonly DamagedTailCutWarning[];
}

const EMPTY_HARD_STATE: HardState = Object.freeze({ term: 0, vote: null, commit: 0 });
const READ_BATCH_RECORDS = 4096;
const READ_BATCH_BYTES = 4 * 1024 * 1024;

interface GroupState {
  /** Lowest stored entry index (last + 1 when none is stored). */
  first: number;
  /** Last log index: the last stored entry, or the snapshot index when none follows it. */
  last: number;
  snapshotIndex: number;
  snapshotTerm: number;
  snapshotChunks: number;
  runs: TermRuns;
  hardState: HardState;
}

function copyState(s: GroupState): GroupState {
  return { ...s, runs: s.runs.copy() };
}

/** The durable log of one Raft group. Obtain it from `RaftStore.group(name)`. */
export class RaftGroupLog implements DurableRaftStorage {
  readonly group: string;
  private readonly ctx: JournalContext;
  private readonly keys: GroupKeys;
  private readonly entryPrefixCrc: number;
  private state: GroupState | undefined;
  private closed = false;

  constructor(ctx: JournalContext, group: string) {
    this.ctx = ctx;
    this.group = group;
    this.keys = new GroupKeys(group);
    this.entryPrefixCrc = crc32c(this.keys.entryPrefix);
  }

  /**
   * Reads the group's durable state: hard state, newest snapshot, and the entries after it, every
   * record verified. A damaged tail beyond the commit index is cut (deleted with a synced write) and
   * reported in `warnings` and to the store's `onWarning`; any other damage throws
   * JournalCorruptionError and changes nothing. Waits for queued writes first.
   */
  async load(): Promise<RaftLoadResult> {
    this.checkUsable();
    await this.ctx.committer.whenIdle();
    this.checkUsable();
    const hardState = await this.readHardState();
    const stored = await this.readSnapshot();
    const snapshot = stored?.snapshot;
    const baseIndex = snapshot?.meta.index ?? 0;
    const baseTerm = snapshot?.meta.term ?? 0;
    const firstStored = await this.firstStoredIndex();
    const { entries, tail } = await this.scanEntries(baseIndex, baseTerm);
    const last = entries.length > 0 ? entries[entries.length - 1]!.index : baseIndex;
    this.checkCommit(hardState, last, tail);
    const warnings: DamagedTailCutWarning[] = [];
    if (tail !== undefined) warnings.push(await this.cutTail(tail, hardState, last));
    const runs = new TermRuns(baseIndex, baseTerm);
    for (const e of entries) runs.append(e.index, e.term);
    const leftovers = firstStored !== undefined && firstStored <= baseIndex;
    this.state = {
      first: leftovers ? baseIndex + 1 : Math.min(firstStored ?? last + 1, last + 1),
      last,
      snapshotIndex: baseIndex,
      snapshotTerm: baseTerm,
      snapshotChunks: stored?.chunkCount ?? 0,
      runs,
      hardState,
    };
    // Entries the snapshot covers that a crash left behind are deleted in the background.
    if (leftovers) this.ctx.background(this.deleteStoredBelow(baseIndex + 1));
    this.ctx.highWater.mark(this.group, { last, commit: hardState.commit });
    for (const w of warnings) this.ctx.onWarning?.(w);
    return { hardState, snapshot, entries, warnings };
  }

  /**
   * Queues `write` as one atomic batch, in the order snapshot, entries (cutting a conflicting suffix),
   * hard state; merged with concurrent writes of any group (group commit). Resolves once LevelDB has
   * written it, and synced it with `sync: true` (and, in the high-water mode `strict`, once the
   * high-water file records it). Requires `load()` first. Throws InvariantViolation for
   * a write the Raft core can never produce (a gap, a term going backwards, a commit past the log).
   */
  save(write: DurableWrite, options: { readonly sync: boolean }): Promise<void> {
    try {
      this.checkUsable();
      const st = this.loadedState('save');
      const next = copyState(st);
      const ops: BatchOp[] = [];
      let covered: readonly [number, number] | undefined;
      if (write.snapshot !== undefined) covered = this.planSnapshot(next, write.snapshot, ops);
      if (write.entries.length > 0) this.planEntries(next, write.entries, ops);
      if (write.hardState !== undefined) this.planHardState(next, write.hardState, ops);
      this.state = next;
      // Each synced batch carries a sync stamp, recorded once synced with these marks
      // (synced-high-water.ts).
      this.ctx.highWater.mark(this.group, { last: next.last, commit: next.hardState.commit });
      const done = this.ctx.committer.submit(ops, options.sync);
      if (covered !== undefined) this.ctx.background(this.deleteRange(covered[0], covered[1]));
      if (!options.sync || this.ctx.highWater.mode !== 'strict') return done;
      return done.then(() => this.ctx.highWater.recorded());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /**
   * Deletes the entries with index <= `index`, which the durable snapshot must cover (asserted).
   * Not synced: a compaction lost in a crash leaves covered entries that recovery ignores and
   * deletes again. A no-op when they are already gone (a snapshot save deletes what it covers).
   */
  compact(index: number): Promise<void> {
    try {
      this.checkUsable();
      const st = this.loadedState('compact');
      if (index < st.first) return Promise.resolve();
      assert(
        index <= st.snapshotIndex,
        () =>
          `raft journal ${this.group}: compact(${index}) beyond the snapshot at ${st.snapshotIndex}`,
      );
      const to = Math.min(index, st.last);
      const from = st.first;
      st.first = to + 1;
      return this.deleteRange(from, to);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Waits for this group's queued writes, then releases the handle (the store stays open). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.state = undefined;
    this.ctx.release(this.group);
    await this.ctx.committer.whenIdle();
  }

  // ---- write planning --------------------------------------------------------------------------

  /**
   * Plans a snapshot write; returns the stored entries it covers (deleted later, outside the batch).
   */
  private planSnapshot(
    next: GroupState,
    snapshot: Snapshot,
    ops: BatchOp[],
  ): readonly [number, number] | undefined {
    const { index, term } = snapshot.meta;
    assert(
      index >= 1 && index >= next.snapshotIndex,
      () => `raft journal ${this.group}: snapshot at ${index} older than ${next.snapshotIndex}`,
    );
    const covered = [next.first, Math.min(index, next.last)] as const;
    if (next.runs.termAt(index) === term) {
      // The log holds the snapshot's last entry: keep what follows it (Raft Figure 13, step 6).
      next.runs.compactTo(index);
    } else {
      // Otherwise the whole log goes (step 7); entries after the snapshot must go atomically with it.
      for (let i = index + 1; i <= next.last; i++) ops.push(this.del(this.keys.entry(i)));
      next.runs = new TermRuns(index, term);
      next.last = index;
    }
    if (next.snapshotChunks > 0) {
      for (let n = 0; n < next.snapshotChunks; n++) {
        ops.push(this.del(this.keys.chunk(next.snapshotIndex, n)));
      }
    }
    const chunkBytes = this.ctx.snapshotChunkBytes;
    const data = snapshot.data;
    const chunks = Math.ceil(data.length / chunkBytes);
    for (let n = 0; n < chunks; n++) {
      const key = this.keys.chunk(index, n);
      const part = data.subarray(n * chunkBytes, Math.min(data.length, (n + 1) * chunkBytes));
      ops.push({ type: 'put', key, value: sealRecord(key, part) });
    }
    const manifest = encodeSnapshotManifest({
      meta: snapshot.meta,
      dataBytes: data.length,
      chunkCount: chunks,
      dataCrc: crc32c(data),
    });
    ops.push({
      type: 'put',
      key: this.keys.manifest,
      value: sealRecord(this.keys.manifest, manifest),
    });
    next.snapshotIndex = index;
    next.snapshotTerm = term;
    next.snapshotChunks = chunks;
    next.first = index + 1;
    return covered[0] <= covered[1] ? covered : undefined;
  }

  private planEntries(next: GroupState, entries: readonly Entry[], ops: BatchOp[]): void {
    // Entries the snapshot already covers are ignored, as the in-memory log does.
    const fresh =
      entries[0]!.index > next.snapshotIndex
        ? entries
        : entries.filter((e) => e.index > next.snapshotIndex);
    const head = fresh[0];
    if (head === undefined) return;
    const from = head.index;
    assert(
      from <= next.last + 1,
      () =>
        `raft journal ${this.group}: append at ${from} leaves a gap after the last index ${next.last}`,
    );
    if (from <= next.last) next.runs.truncateFrom(from);
    for (let i = 0; i < fresh.length; i++) {
      const e = fresh[i]!;
      assert(
        e.index === from + i,
        () => `raft journal ${this.group}: appended entries not contiguous at ${e.index}`,
      );
      next.runs.append(e.index, e.term); // asserts the term order
      ops.push(this.putEntry(e));
    }
    const newLast = from + fresh.length - 1;
    // The conflicting suffix beyond the new last entry (Raft §5.3).
    for (let i = newLast + 1; i <= next.last; i++) ops.push(this.del(this.keys.entry(i)));
    next.last = newLast;
  }

  private planHardState(next: GroupState, hardState: HardState, ops: BatchOp[]): void {
    assert(
      hardState.commit <= next.last,
      () =>
        `raft journal ${this.group}: hard state commit ${hardState.commit} beyond the last index ` +
        `${next.last}`,
    );
    assert(
      hardState.term >= next.hardState.term,
      () => `raft journal ${this.group}: term ${hardState.term} below ${next.hardState.term}`,
    );
    const key = this.keys.hardState;
    ops.push({ type: 'put', key, value: sealRecord(key, encodeHardState(hardState)) });
    next.hardState = hardState;
  }

  private putEntry(entry: Entry): BatchOp {
    const key = this.keys.entry(entry.index);
    const value = encodeEntry(entry, RECORD_HEADER_BYTES);
    sealWithKeyCrc(entryKeyCrc(this.entryPrefixCrc, key, this.keys.entryPrefix.length), value);
    return { type: 'put', key, value };
  }

  private del(key: Uint8Array): BatchOp {
    return { type: 'del', key };
  }

  /** Deletes the entries [from, to] in bounded batches, lowest first (not synced). */
  private deleteRange(from: number, to: number): Promise<void> {
    const steps: Promise<void>[] = [];
    for (let lo = from; lo <= to; lo += this.ctx.deleteBatchRecordsMax) {
      const hi = Math.min(to, lo + this.ctx.deleteBatchRecordsMax - 1);
      const ops: BatchOp[] = [];
      for (let i = lo; i <= hi; i++) ops.push(this.del(this.keys.entry(i)));
      steps.push(this.ctx.committer.submit(ops, false));
    }
    return Promise.all(steps).then(() => undefined);
  }

  /** Deletes every stored entry below `end` (leftovers a snapshot covers), as found on disk. */
  private async deleteStoredBelow(end: number): Promise<void> {
    const keys = await this.read(
      () => this.ctx.db.keys({ gte: this.keys.entryPrefix, lt: this.keys.entry(end) }).all(),
      'listing covered entries',
    );
    const steps: Promise<void>[] = [];
    for (let at = 0; at < keys.length; at += this.ctx.deleteBatchRecordsMax) {
      const ops = keys.slice(at, at + this.ctx.deleteBatchRecordsMax).map((key) => this.del(key));
      steps.push(this.ctx.committer.submit(ops, false));
    }
    await Promise.all(steps);
  }

  // ---- recovery --------------------------------------------------------------------------------

  private async readHardState(): Promise<HardState> {
    const key = this.keys.hardState;
    const value = await this.read(() => this.ctx.db.get(key), 'reading the hard state');
    if (value === undefined) return EMPTY_HARD_STATE;
    const opened = openRecord(key, value);
    if (!opened.ok)
      throw this.corrupt(key, undefined, `the hard state is damaged: ${opened.problem}`);
    try {
      return decodeHardState(opened.payload);
    } catch (error) {
      throw this.undecodable(key, undefined, 'the hard state', error);
    }
  }

  private async readSnapshot(): Promise<{ snapshot: Snapshot; chunkCount: number } | undefined> {
    const key = this.keys.manifest;
    const value = await this.read(() => this.ctx.db.get(key), 'reading the snapshot manifest');
    if (value === undefined) return undefined;
    const opened = openRecord(key, value);
    if (!opened.ok)
      throw this.corrupt(key, undefined, `the snapshot manifest is damaged: ${opened.problem}`);
    let manifest;
    try {
      manifest = decodeSnapshotManifest(opened.payload);
    } catch (error) {
      throw this.undecodable(key, undefined, 'the snapshot manifest', error);
    }
    const { meta, chunkCount, dataBytes, dataCrc } = manifest;
    const chunkKeys = Array.from({ length: chunkCount }, (_, n) => this.keys.chunk(meta.index, n));
    const values = await this.read(() => this.ctx.db.getMany(chunkKeys), 'reading snapshot chunks');
    const data = new Uint8Array(dataBytes);
    let at = 0;
    for (let n = 0; n < chunkCount; n++) {
      const chunkKey = chunkKeys[n]!;
      const chunk = values[n];
      const what = `chunk ${n} of ${chunkCount} of the snapshot at index ${meta.index}`;
      if (chunk === undefined) throw this.corrupt(chunkKey, meta.index, `${what} is missing`);
      const openedChunk = openRecord(chunkKey, chunk);
      if (!openedChunk.ok)
        throw this.corrupt(chunkKey, meta.index, `${what} is damaged: ${openedChunk.problem}`);
      if (at + openedChunk.payload.length > dataBytes) {
        throw this.corrupt(
          chunkKey,
          meta.index,
          `${what} overruns the ${dataBytes} bytes of the manifest`,
        );
      }
      data.set(openedChunk.payload, at);
      at += openedChunk.payload.length;
    }
    if (at !== dataBytes || crc32c(data) !== dataCrc) {
      throw this.corrupt(
        key,
        meta.index,
        `the snapshot data (${at} of ${dataBytes} bytes) does not match the manifest's checksum`,
      );
    }
    return { snapshot: { meta, data }, chunkCount };
  }

  private async firstStoredIndex(): Promise<number | undefined> {
    const keys = await this.read(
      () =>
        this.ctx.db.keys({ gte: this.keys.entryPrefix, lt: this.keys.entryEnd(), limit: 1 }).all(),
      'finding the first entry',
    );
    const key = keys[0];
    return key === undefined ? undefined : this.keys.entryIndex(key);
  }

  private async scanEntries(
    baseIndex: number,
    baseTerm: number,
  ): Promise<{ entries: Entry[]; tail: DamagedTail | undefined }> {
    const scanner = new EntryScanner(this.keys, baseIndex, baseTerm, this.ctx.dir);
    const iterator = this.ctx.db.iterator({
      gte: this.keys.entry(baseIndex + 1),
      lt: this.keys.entryEnd(),
      highWaterMarkBytes: READ_BATCH_BYTES,
      fillCache: false, // a one-time scan: do not evict what the cache holds
    });
    try {
      for (;;) {
        const batch = await this.read(() => iterator.nextv(READ_BATCH_RECORDS), 'reading entries');
        if (batch.length === 0) break;
        for (const [key, value] of batch) scanner.feed(key, value);
      }
    } finally {
      await iterator.close();
    }
    return scanner.finish();
  }

  /** Commit must not point past the surviving log: that would lose entries known committed. */
  private checkCommit(hardState: HardState, last: number, tail: DamagedTail | undefined): void {
    if (hardState.commit <= last) return;
    if (tail !== undefined) {
      throw this.corrupt(
        tail.keys[0]!,
        tail.fromIndex,
        `the records from entry index ${tail.fromIndex} on are damaged (${tail.problem}) and the ` +
          `hard state's commit index ${hardState.commit} lies among them: cutting them would lose ` +
          'committed entries',
      );
    }
    throw this.corrupt(
      this.keys.entry(last + 1),
      last + 1,
      `the hard state's commit index is ${hardState.commit} but the log ends at ${last}: ` +
        `committed entries ${last + 1}..${hardState.commit} are missing`,
    );
  }

  private async cutTail(
    tail: DamagedTail,
    hardState: HardState,
    last: number,
  ): Promise<DamagedTailCutWarning> {
    await this.ctx.committer.submit(
      tail.keys.map((key) => this.del(key)),
      true,
    );
    return {
      type: 'damaged-tail-cut',
      group: this.group,
      fromIndex: tail.fromIndex,
      records: tail.keys.length,
      message:
        `raft journal group ${this.group}: cut ${tail.keys.length} damaged record(s) at the tail, from ` +
        `entry index ${tail.fromIndex} (key ${tail.firstKey}: ${tail.problem}); the log now ends at ` +
        `${last}, at or after the commit index ${hardState.commit}, so no committed entry was lost and ` +
        'the leader re-replicates the rest. LevelDB writes batches atomically, so a damaged record ' +
        'means an unsynced write lost in a crash or damage on the disk: check the disk.',
    };
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private async read<T>(op: () => Promise<T>, doing: string): Promise<T> {
    try {
      return await op();
    } catch (error) {
      throw wrapLevelError({ dir: this.ctx.dir, group: this.group }, doing, error);
    }
  }

  private corrupt(
    key: Uint8Array,
    index: number | undefined,
    problem: string,
  ): JournalCorruptionError {
    const where = { dir: this.ctx.dir, group: this.group, index, key: this.keys.describe(key) };
    return new JournalCorruptionError(where, problem);
  }

  private undecodable(
    key: Uint8Array,
    index: number | undefined,
    what: string,
    error: unknown,
  ): Error {
    if (!(error instanceof WireDecodeError))
      return error instanceof Error ? error : new Error(String(error));
    return new JournalCorruptionError(
      { dir: this.ctx.dir, group: this.group, index, key: this.keys.describe(key) },
      `${what} passed its checksum but does not decode (${error.message})`,
      { cause: error },
    );
  }

  private loadedState(what: string): GroupState {
    const st = this.state;
    assert(st !== undefined, () => `raft journal ${this.group}: ${what} before load()`);
    return st;
  }

  private checkUsable(): void {
    if (this.closed || this.ctx.isClosed()) {
      throw new JournalIoError(`raft journal group ${this.group}: the log is closed`);
    }
    const failure = this.ctx.committer.failed() ?? this.ctx.highWater.failed();
    if (failure !== undefined) {
      throw new JournalIoError(
        `raft journal group ${this.group}: the journal refuses use after a failed write; reopen it`,
        { cause: failure },
      );
    }
  }
}

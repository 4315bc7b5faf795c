/**
 * Goal: the in-memory storage the simulator and every unit test stand on behaves like the durable
 * contract of src/raft/storage.ts says: MemoryRaftLog cuts conflicting suffixes, keeps the term of its
 * compaction point, installs snapshots per Figure 13; MemoryDurableStorage loses exactly the writes not
 * followed by a sync when it crashes, may keep a prefix of them or tear the next, and a restart loads
 * exactly what survived. Method: direct calls, compared with expected contents.
 */
import { strict as assert } from 'node:assert';
import { MemoryDurableStorage } from '../../../src/raft/memory-durable-storage.js';
import { MemoryRaftLog, bootstrapState } from '../../../src/raft/memory-log.js';
import type { Snapshot } from '../../../src/raft/types.js';
import { InvariantViolation } from '../../../src/util/errors.js';
import { enc } from './cluster.js';
import { entriesWithTerms, logWith } from './helpers.js';

function termsOf(log: MemoryRaftLog): number[] {
  const out: number[] = [];
  for (let i = log.firstIndex(); i <= log.lastIndex(); i++) out.push(log.term(i)!);
  return out;
}

const conf = { voters: ['a'], learners: [] };

describe('raft: MemoryRaftLog', () => {
  it('appending at or below the last index cuts the stored suffix from there', () => {
    const log = logWith(['a'], [1, 1, 2, 2]);
    log.append(entriesWithTerms([3, 3], 3));
    assert.deepEqual(termsOf(log), [1, 1, 3, 3]);
    log.append(entriesWithTerms([4], 2));
    assert.deepEqual(termsOf(log), [1, 4]);
  });

  it('loads and extends a log of 300,000 entries (no limit from argument spreading)', function () {
    // About a second alone; several on a loaded 2-core machine: no timed assertion, so a long limit.
    this.timeout(120_000);
    // A shard journal that long, loaded at recovery, once overflowed the stack (push(...entries)).
    const n = 300_000;
    const terms = new Array<number>(n).fill(1);
    const log = logWith(['a'], terms);
    assert.equal(log.lastIndex(), n);
    log.append(entriesWithTerms(new Array<number>(n).fill(2), n + 1));
    assert.equal(log.lastIndex(), 2 * n);
    assert.equal(log.term(2 * n), 2);
    const storage = new MemoryDurableStorage();
    void storage.save(
      { entries: entriesWithTerms(terms), hardState: { term: 1, vote: null, commit: n } },
      { sync: true },
    );
    assert.equal(storage.durableState().entries.length, n);
  });

  it('refuses an append that would leave a gap', () => {
    const log = logWith(['a'], [1]);
    assert.throws(() => log.append(entriesWithTerms([1], 3)), InvariantViolation);
  });

  it('returns entries within maxBytes, but at least one', () => {
    const log = logWith(['a'], [1, 1, 1, 1]); // data 'e1'..'e4', 2 bytes each
    assert.equal(log.entries(1, 5, 4).length, 2);
    assert.equal(log.entries(1, 5, 1).length, 1);
    assert.equal(log.entries(2, 5, Infinity).length, 3);
  });

  it('after compaction the first index moves and the compaction point keeps its term', () => {
    const log = logWith(['a'], [1, 1, 2, 2]);
    log.createSnapshot(3, conf, enc('s'));
    log.compact(2);
    assert.deepEqual(
      [log.firstIndex(), log.lastIndex(), log.term(2), log.term(1)],
      [3, 4, 1, undefined],
    );
    assert.throws(() => log.compact(4), InvariantViolation, 'never beyond the snapshot');
  });

  it('a snapshot whose last entry the log holds keeps the entries after it', () => {
    const log = logWith(['a'], [1, 1, 2, 2]);
    const snap: Snapshot = { meta: { index: 2, term: 1, confState: conf }, data: enc('s') };
    log.applySnapshot(snap);
    assert.deepEqual([log.firstIndex(), log.lastIndex()], [3, 4]);
    assert.deepEqual(log.initialState().confState, conf);
  });

  it('a snapshot that disagrees with the log replaces all of it', () => {
    const log = logWith(['a'], [1, 1, 2, 2]);
    log.applySnapshot({ meta: { index: 3, term: 3, confState: conf }, data: enc('s') });
    assert.deepEqual([log.firstIndex(), log.lastIndex(), log.term(3)], [4, 3, 3]);
  });

  it('save applies the snapshot, then the entries, then the hard state', () => {
    const log = new MemoryRaftLog();
    log.save({
      snapshot: { meta: { index: 5, term: 2, confState: conf }, data: enc('s') },
      entries: entriesWithTerms([2, 3], 6),
      hardState: { term: 3, vote: 'a', commit: 6 },
    });
    assert.deepEqual([log.firstIndex(), log.lastIndex(), log.term(7)], [6, 7, 3]);
    assert.deepEqual(log.hardState(), { term: 3, vote: 'a', commit: 6 });
  });

  it('bootstrap state holds one committed membership entry per member', () => {
    const state = bootstrapState(['b', 'a'], ['l']);
    assert.deepEqual(
      state.entries.map((e) =>
        e.type === 'config-change' ? [e.index, e.change.type, e.change.node] : [],
      ),
      [
        [1, 'add-voter', 'a'],
        [2, 'add-voter', 'b'],
        [3, 'add-learner', 'l'],
      ],
    );
    assert.deepEqual(state.hardState, { term: 1, vote: null, commit: 3 });
  });

  it('round-trips through its durable form', () => {
    const log = logWith(['a'], [1, 1, 2], { commit: 2 });
    log.createSnapshot(1, conf, enc('s'));
    log.compact(1);
    const again = new MemoryRaftLog(log.toDurableState());
    assert.deepEqual(termsOf(again), termsOf(log));
    assert.deepEqual(again.hardState(), log.hardState());
    assert.equal(again.snapshot().meta.index, 1);
  });
});

describe('raft: MemoryDurableStorage', () => {
  const hs = (term: number, commit = 0) => ({ term, vote: null, commit });

  it('a crash loses every write after the last sync', async () => {
    const disk = new MemoryDurableStorage();
    await disk.save({ entries: entriesWithTerms([1, 1]), hardState: hs(1) }, { sync: true });
    await disk.save({ entries: entriesWithTerms([1], 3), hardState: hs(1, 2) }, { sync: false });
    assert.equal((await disk.load()).entries.length, 3, 'before the crash a read sees the write');
    const report = disk.crash();
    assert.deepEqual(report, { keptOps: 0, lostOps: 1, tornEntriesKept: 0 });
    const state = await disk.load();
    assert.deepEqual(
      state.entries.map((e) => e.index),
      [1, 2],
    );
    assert.deepEqual(state.hardState, hs(1));
  });

  it('a synced save makes the earlier unsynced writes durable too', async () => {
    const disk = new MemoryDurableStorage();
    await disk.save({ entries: entriesWithTerms([1]) }, { sync: false });
    await disk.save({ entries: entriesWithTerms([1], 2) }, { sync: true });
    disk.crash();
    assert.equal((await disk.load()).entries.length, 2);
    assert.equal(disk.syncCount, 1);
  });

  it('a crash may keep a prefix of the unsynced writes and tear the next one', async () => {
    const disk = new MemoryDurableStorage(bootstrapState(['a']));
    await disk.save({ entries: entriesWithTerms([2], 2), hardState: hs(2) }, { sync: false });
    await disk.save(
      { entries: entriesWithTerms([2, 2, 2], 3), hardState: hs(2, 3) },
      { sync: false },
    );
    const report = disk.crash({ keepUnsynced: 1, tornEntries: 2 });
    assert.deepEqual(report, { keptOps: 1, lostOps: 1, tornEntriesKept: 2 });
    const state = await disk.load();
    assert.deepEqual(
      state.entries.map((e) => e.index),
      [1, 2, 3, 4],
    );
    assert.deepEqual(state.hardState, hs(2), 'the torn write lost its hard state');
  });

  it('a write cutting a conflicting suffix replaces the stored entries from its first index', async () => {
    const disk = new MemoryDurableStorage();
    await disk.save({ entries: entriesWithTerms([1, 1, 1]) }, { sync: true });
    await disk.save({ entries: entriesWithTerms([2], 2) }, { sync: true });
    assert.deepEqual(
      (await disk.load()).entries.map((e) => e.term),
      [1, 2],
    );
  });

  it('a snapshot write drops what it covers; compaction never passes the snapshot', async () => {
    const disk = new MemoryDurableStorage();
    await disk.save({ entries: entriesWithTerms([1, 1, 1]) }, { sync: true });
    await assert.rejects(disk.compact(2), InvariantViolation);
    await disk.save(
      { entries: [], snapshot: { meta: { index: 2, term: 1, confState: conf }, data: enc('s') } },
      { sync: true },
    );
    const state = await disk.load();
    assert.equal(state.snapshot?.meta.index, 2);
    assert.deepEqual(
      state.entries.map((e) => e.index),
      [3],
    );
  });

  it('durableState shows what a crash now would leave', async () => {
    const disk = new MemoryDurableStorage();
    await disk.save({ entries: entriesWithTerms([1]) }, { sync: true });
    await disk.save({ entries: entriesWithTerms([1], 2) }, { sync: false });
    assert.equal(disk.durableState().entries.length, 1);
    assert.equal(disk.unsyncedCount(), 1);
  });
});

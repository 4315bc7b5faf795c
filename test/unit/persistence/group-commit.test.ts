/**
 * Goal: group commit shares one LevelDB batch and one fsync among concurrent saves of any groups,
 * without reordering any group's saves, and a failed batch fails every save in it and every later one.
 * Method: issue saves without awaiting them, in the same event-loop turn or while a batch is in flight
 * (setImmediate runs after the flush the first save scheduled), and count batches and syncs through
 * `store.stats()`; for failure, close the LevelDB handle under a queued batch. Real LevelDB throughout.
 */
import { strict as assert } from 'node:assert';
import { ClassicLevel } from 'classic-level';
import { JournalIoError } from '../../../src/persistence/errors.js';
import { GroupCommitter } from '../../../src/persistence/group-commit.js';
import { openRaftStore } from '../../../src/persistence/raft-store.js';
import { entries, rejectsWith, removeTempDirs, tempDir } from './helpers.js';

const sync = { sync: true } as const;

afterEach(removeTempDirs);

describe('persistence: group commit', () => {
  it('saves of many groups issued together share one batch and one fsync', async () => {
    const store = await openRaftStore(tempDir());
    const names = Array.from({ length: 50 }, (_, i) => `member-1-shard-s${i}`);
    for (const name of names) await store.group(name).load();
    const before = store.stats();
    await Promise.all(
      names.map((name) =>
        store
          .group(name)
          .save(
            { entries: entries(name, 1, 3), hardState: { term: 1, vote: null, commit: 3 } },
            sync,
          ),
      ),
    );
    const after = store.stats();
    assert.equal(after.batches - before.batches, 1);
    assert.equal(after.syncs - before.syncs, 1);
    assert.equal(after.writes - before.writes, 50);
    assert.equal(after.writesPerBatchMax, 50);
    assert.ok(after.bytes > before.bytes);
    await store.close();
  });

  it('saves issued while a batch is in flight are merged into the next batch', async () => {
    const store = await openRaftStore(tempDir());
    const names = Array.from({ length: 20 }, (_, i) => `g${i}`);
    for (const name of names) await store.group(name).load();
    const before = store.stats();
    const first = store.group('g0').save({ entries: entries('g0', 1, 1) }, sync);
    // The first save's flush was scheduled before this callback, so it is in flight when we save.
    const rest = await new Promise<Promise<void>[]>((resolve) =>
      setImmediate(() =>
        resolve(
          names
            .slice(1)
            .map((name) => store.group(name).save({ entries: entries(name, 1, 1) }, sync)),
        ),
      ),
    );
    await Promise.all([first, ...rest]);
    const after = store.stats();
    assert.equal(after.batches - before.batches, 2);
    assert.equal(after.syncs - before.syncs, 2);
    assert.equal(after.writesPerBatchMax, 19);
    await store.close();
  });

  it('one group’s unawaited saves apply in order, conflicting suffixes included', async () => {
    const dir = tempDir();
    const store = await openRaftStore(dir, { batchBytesMax: 300 });
    const log = store.group('g');
    await log.load();
    const saves = [
      log.save({ entries: entries('g', 1, 10, 1) }, sync),
      log.save({ entries: entries('g', 5, 7, 2) }, sync), // cuts 8..10
      log.save(
        { entries: entries('g', 8, 9, 2), hardState: { term: 2, vote: 'b', commit: 6 } },
        sync,
      ),
      log.save({ entries: entries('g', 9, 9, 3) }, { sync: false }),
    ];
    await Promise.all(saves);
    assert.ok(store.stats().batches > 1, 'batchBytesMax split the queue into several batches');
    await store.close();
    const reopened = await openRaftStore(dir);
    const state = await reopened.group('g').load();
    assert.deepEqual(state.entries, [
      ...entries('g', 1, 4, 1),
      ...entries('g', 5, 8, 2),
      ...entries('g', 9, 9, 3),
    ]);
    assert.deepEqual(state.hardState, { term: 2, vote: 'b', commit: 6 });
    await reopened.close();
  });

  it('a batch of unsynced saves is written without fsync; one synced save makes it synced', async () => {
    const store = await openRaftStore(tempDir());
    for (const name of ['a', 'b']) await store.group(name).load();
    const before = store.stats();
    await Promise.all([
      store.group('a').save({ entries: entries('a', 1, 1) }, { sync: false }),
      store.group('b').save({ entries: entries('b', 1, 1) }, { sync: false }),
    ]);
    const mid = store.stats();
    assert.equal(mid.batches - before.batches, 1);
    assert.equal(mid.syncs - before.syncs, 0);
    await Promise.all([
      store.group('a').save({ entries: entries('a', 2, 2) }, { sync: false }),
      store.group('b').save({ entries: entries('b', 2, 2) }, sync),
    ]);
    const after = store.stats();
    assert.equal(after.batches - mid.batches, 1);
    assert.equal(after.syncs - mid.syncs, 1);
    await store.close();
  });

  it('a failed batch fails every write merged into it and every write after it', async () => {
    const db = new ClassicLevel<Uint8Array, Uint8Array>(tempDir(), {
      keyEncoding: 'view',
      valueEncoding: 'view',
    });
    await db.open();
    const committer = new GroupCommitter(db, 1 << 20);
    const put = (k: number) => [
      { type: 'put' as const, key: Uint8Array.of(k), value: Uint8Array.of(k) },
    ];
    const a = committer.submit(put(1), true);
    const b = committer.submit(put(2), true);
    const closing = db.close(); // the queued batch reaches LevelDB after the handle started closing
    const errA = await rejectsWith(a, JournalIoError);
    const errB = await rejectsWith(b, JournalIoError);
    assert.equal(errA, errB, 'both writes share the batch and its failure');
    assert.match(errA.message, /batch of 2 writes failed/);
    const later = await rejectsWith(committer.submit(put(3), true), JournalIoError);
    assert.match(later.message, /refuses writes after an earlier write failed/);
    assert.equal(later.cause, errA);
    assert.equal(committer.stats().batches, 0);
    await closing;
  });

  it('a failed write poisons the store: later saves and loads of any group refuse', async () => {
    const store = await openRaftStore(tempDir());
    const log = store.group('g');
    await log.load();
    const other = store.group('h');
    await other.load();
    // The disk goes away under a queued save: close the store's LevelDB handle (test-only access).
    const db = (store as unknown as { db: ClassicLevel<Uint8Array, Uint8Array> }).db;
    const bad = log.save({ entries: entries('g', 1, 1) }, sync);
    const closing = db.close();
    await rejectsWith(bad, JournalIoError);
    await rejectsWith(other.save({ entries: entries('h', 1, 1) }, sync), JournalIoError);
    await rejectsWith(other.load(), JournalIoError);
    await closing;
  });
});

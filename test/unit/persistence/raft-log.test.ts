/**
 * Goal: the LevelDB journal keeps exactly what Raft saved, across restarts: entries of both kinds, the
 * cut of a conflicting suffix, hard state, snapshots (chunked), compaction, many groups side by side,
 * and it refuses writes the Raft core can never produce. Method: real LevelDB in a temp directory;
 * save through the public API, close, reopen, load, and compare with what was written; inspect the raw
 * keys where the test is about what is (not) on disk.
 */
import { strict as assert } from 'node:assert';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { GroupKeys } from '../../../src/persistence/keys.js';
import { JournalIoError, JournalVersionError } from '../../../src/persistence/errors.js';
import { openRaftStore } from '../../../src/persistence/raft-store.js';
import type { Entry, Snapshot } from '../../../src/raft/types.js';
import { InvariantViolation } from '../../../src/util/errors.js';
import { entries, rejectsWith, removeTempDirs, tempDir, withRawDb } from './helpers.js';

const G = 'member-1-shard-inventory-config';
const sync = { sync: true } as const;

function snapshot(index: number, term: number, bytes: number): Snapshot {
  const data = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i++) data[i] = (i * 31 + index) & 0xff;
  return { meta: { index, term, confState: { voters: ['member-1'], learners: [] } }, data };
}

async function reopenAndLoad(dir: string, group = G) {
  const store = await openRaftStore(dir);
  try {
    return await store.group(group).load();
  } finally {
    await store.close();
  }
}

async function storedEntryIndexes(dir: string, group = G): Promise<number[]> {
  const keys = new GroupKeys(group);
  return withRawDb(dir, async (db) => {
    const found = await db.keys({ gte: keys.entryPrefix, lt: keys.entryEnd() }).all();
    return found.map((k) => keys.entryIndex(k)!);
  });
}

afterEach(removeTempDirs);

describe('persistence: raft log', () => {
  it('a fresh group loads as empty', async () => {
    const state = await reopenAndLoad(tempDir());
    assert.deepEqual(state.hardState, { term: 0, vote: null, commit: 0 });
    assert.equal(state.snapshot, undefined);
    assert.deepEqual(state.entries, []);
    assert.deepEqual(state.warnings, []);
  });

  it('entries of both kinds and the hard state survive close and reopen exactly', async () => {
    const dir = tempDir();
    const store = await openRaftStore(dir);
    const log = store.group(G);
    await log.load();
    const written: Entry[] = [
      { type: 'config-change', term: 1, index: 1, change: { type: 'add-voter', node: 'member-1' } },
      { type: 'normal', term: 1, index: 2, data: new Uint8Array(0) },
      ...entries(G, 3, 50, 2),
      {
        type: 'config-change',
        term: 2,
        index: 51,
        change: { type: 'remove-node', node: 'member-3' },
      },
    ];
    await log.save(
      { entries: written.slice(0, 10), hardState: { term: 1, vote: null, commit: 2 } },
      sync,
    );
    await log.save(
      { entries: written.slice(10), hardState: { term: 2, vote: 'member-1', commit: 40 } },
      sync,
    );
    await store.close();
    const state = await reopenAndLoad(dir);
    assert.deepEqual(state.hardState, { term: 2, vote: 'member-1', commit: 40 });
    assert.deepEqual(state.entries, written);
  });

  it('a conflicting suffix is replaced: stored entries beyond the new last are deleted', async () => {
    const dir = tempDir();
    const store = await openRaftStore(dir);
    const log = store.group(G);
    await log.load();
    await log.save(
      { entries: entries(G, 1, 20, 1), hardState: { term: 1, vote: null, commit: 5 } },
      sync,
    );
    // A new leader in term 2 overwrites from index 8 with a shorter suffix.
    await log.save(
      { entries: entries(G, 8, 12, 2), hardState: { term: 2, vote: null, commit: 5 } },
      sync,
    );
    await store.close();
    const state = await reopenAndLoad(dir);
    assert.deepEqual(state.entries, [...entries(G, 1, 7, 1), ...entries(G, 8, 12, 2)]);
    assert.deepEqual(
      await storedEntryIndexes(dir),
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
  });

  it('an append that rewrites the last entries in place keeps the rest', async () => {
    const dir = tempDir();
    const store = await openRaftStore(dir);
    const log = store.group(G);
    await log.load();
    await log.save({ entries: entries(G, 1, 10, 1) }, sync);
    await log.save({ entries: entries(G, 10, 15, 3) }, sync);
    await store.close();
    const state = await reopenAndLoad(dir);
    assert.deepEqual(state.entries, [...entries(G, 1, 9, 1), ...entries(G, 10, 15, 3)]);
  });

  it('a snapshot is stored in chunks and loads with the entries after it', async () => {
    const dir = tempDir();
    const store = await openRaftStore(dir, { snapshotChunkBytes: 1000 });
    const log = store.group(G);
    await log.load();
    await log.save(
      { entries: entries(G, 1, 30, 1), hardState: { term: 1, vote: null, commit: 30 } },
      sync,
    );
    const snap = snapshot(20, 1, 10_500);
    await log.save({ entries: [], snapshot: snap }, sync);
    await store.close();
    const state = await reopenAndLoad(dir);
    assert.deepEqual(state.snapshot?.meta, snap.meta);
    assert.deepEqual(state.snapshot.data, snap.data);
    assert.deepEqual(state.entries, entries(G, 21, 30, 1));
    // The snapshot's last entry matched the log, so the entries after it stay; those it covers go.
    assert.deepEqual(
      await storedEntryIndexes(dir),
      Array.from({ length: 10 }, (_, i) => i + 21),
    );
  });

  it('a snapshot whose last entry conflicts with the log replaces the whole log', async () => {
    const dir = tempDir();
    const store = await openRaftStore(dir);
    const log = store.group(G);
    await log.load();
    await log.save(
      { entries: entries(G, 1, 20, 1), hardState: { term: 1, vote: null, commit: 3 } },
      sync,
    );
    const snap = snapshot(15, 2, 100);
    await log.save(
      { entries: [], snapshot: snap, hardState: { term: 2, vote: null, commit: 15 } },
      sync,
    );
    await log.save({ entries: entries(G, 16, 18, 2) }, sync);
    await store.close();
    const state = await reopenAndLoad(dir);
    assert.equal(state.snapshot?.meta.index, 15);
    assert.deepEqual(state.entries, entries(G, 16, 18, 2));
    assert.deepEqual(await storedEntryIndexes(dir), [16, 17, 18]);
  });

  it('a newer snapshot replaces the older one and its chunks', async () => {
    const dir = tempDir();
    const store = await openRaftStore(dir, { snapshotChunkBytes: 64 });
    const log = store.group(G);
    await log.load();
    await log.save(
      { entries: entries(G, 1, 40, 1), hardState: { term: 1, vote: null, commit: 40 } },
      sync,
    );
    await log.save({ entries: [], snapshot: snapshot(10, 1, 1000) }, sync);
    await log.save({ entries: [], snapshot: snapshot(30, 1, 200) }, sync);
    await store.close();
    const keys = new GroupKeys(G);
    const chunkKeys = await withRawDb(dir, (db) =>
      db.keys({ gte: keys.chunk(0, 0), lt: keys.chunk(2 ** 53 - 1, 0) }).all(),
    );
    assert.deepEqual(
      chunkKeys.map((k) => keys.describe(k)),
      [0, 1, 2, 3].map((n) => `${G}/snapshot/30/chunk/${n}`),
    );
    const state = await reopenAndLoad(dir);
    assert.deepEqual(state.snapshot, snapshot(30, 1, 200));
    assert.deepEqual(state.entries, entries(G, 31, 40, 1));
  });

  it('compact deletes nothing a snapshot does not cover, and refuses to pass the snapshot', async () => {
    const dir = tempDir();
    const store = await openRaftStore(dir);
    const log = store.group(G);
    await log.load();
    await log.save(
      { entries: entries(G, 1, 30, 1), hardState: { term: 1, vote: null, commit: 30 } },
      sync,
    );
    await rejectsWith(log.compact(5), InvariantViolation);
    await log.save({ entries: [], snapshot: snapshot(20, 1, 10) }, sync);
    await log.compact(20); // already deleted by the snapshot save: a no-op
    await rejectsWith(log.compact(25), InvariantViolation);
    await store.close();
    assert.deepEqual((await reopenAndLoad(dir)).entries, entries(G, 21, 30, 1));
  });

  it('entries a snapshot covers that a crash left behind are ignored on load and deleted', async () => {
    const dir = tempDir();
    let store = await openRaftStore(dir);
    let log = store.group(G);
    await log.load();
    await log.save(
      { entries: entries(G, 1, 30, 1), hardState: { term: 1, vote: null, commit: 30 } },
      sync,
    );
    await store.close();
    // Keep a copy of records 1..20, then snapshot at 20 (deleting them), then put them back as a
    // crash before the background deletion would leave them.
    const keys = new GroupKeys(G);
    const saved = await withRawDb(dir, (db) =>
      db.iterator({ gte: keys.entry(1), lte: keys.entry(20) }).all(),
    );
    store = await openRaftStore(dir);
    log = store.group(G);
    await log.load();
    await log.save({ entries: [], snapshot: snapshot(20, 1, 10) }, sync);
    await store.close();
    await withRawDb(dir, (db) =>
      db.batch(saved.map(([key, value]) => ({ type: 'put', key, value }))),
    );
    assert.equal((await storedEntryIndexes(dir)).length, 30);
    store = await openRaftStore(dir, { deleteBatchRecordsMax: 7 });
    const state = await store.group(G).load();
    assert.deepEqual(state.entries, entries(G, 21, 30, 1));
    await store.close(); // waits for the background deletion
    assert.deepEqual(
      await storedEntryIndexes(dir),
      Array.from({ length: 10 }, (_, i) => i + 21),
    );
  });

  it('many groups in one store are isolated, even when one name is a prefix of another', async () => {
    const dir = tempDir();
    const names = ['a', 'a-b', 'member-1-shard-default-operational', 'ü-shard'];
    const store = await openRaftStore(dir);
    for (const [i, name] of names.entries()) {
      const log = store.group(name);
      await log.load();
      await log.save(
        {
          entries: entries(name, 1, 5 + i, i + 1),
          hardState: { term: i + 1, vote: name, commit: i },
        },
        sync,
      );
    }
    await store.group('a').save({ entries: entries('a', 3, 4, 9) }, sync);
    assert.deepEqual((await store.groupNames()).sort(), [...names].sort());
    await store.close();
    for (const [i, name] of names.entries()) {
      const state = await reopenAndLoad(dir, name);
      const expected =
        name === 'a'
          ? [...entries('a', 1, 2, 1), ...entries('a', 3, 4, 9)]
          : entries(name, 1, 5 + i, i + 1);
      assert.deepEqual(state.entries, expected, name);
      assert.deepEqual(state.hardState, { term: i + 1, vote: name, commit: i });
    }
  });

  it('a write the Raft core cannot produce is refused and changes nothing', async () => {
    const dir = tempDir();
    const store = await openRaftStore(dir);
    const log = store.group(G);
    await rejectsWith(log.save({ entries: entries(G, 1, 1) }, sync), InvariantViolation); // before load
    await log.load();
    await log.save({ entries: entries(G, 1, 5) }, sync);
    await rejectsWith(log.save({ entries: entries(G, 7, 8) }, sync), InvariantViolation); // a gap
    await rejectsWith(
      log.save({ entries: [], hardState: { term: 1, vote: null, commit: 6 } }, sync),
      InvariantViolation,
    ); // commit past the log
    await rejectsWith(log.save({ entries: entries(G, 6, 6, 0) }, sync), InvariantViolation); // term down
    const scrambled = [...entries(G, 6, 7)].reverse();
    await rejectsWith(log.save({ entries: scrambled }, sync), InvariantViolation);
    await log.save(
      { entries: entries(G, 6, 6), hardState: { term: 1, vote: null, commit: 6 } },
      sync,
    );
    await store.close();
    const state = await reopenAndLoad(dir);
    assert.deepEqual(state.entries, entries(G, 1, 6));
    assert.equal(state.hardState.commit, 6);
  });

  it('a closed store or group refuses use with JournalIoError', async () => {
    const store = await openRaftStore(tempDir());
    const log = store.group(G);
    await log.load();
    await log.close();
    await rejectsWith(log.save({ entries: entries(G, 1, 1) }, sync), JournalIoError);
    await store.close();
    assert.throws(() => store.group(G), JournalIoError);
  });

  it('a directory already open in this process is refused with JournalIoError, and opens once closed', async () => {
    const dir = tempDir();
    const store = await openRaftStore(dir);
    const err = await rejectsWith(openRaftStore(dir), JournalIoError);
    assert.match(err.message, /is already open in this process/);
    assert.equal(err.path, dir);
    // Also through another path to it (LevelDB's own in-process lock goes by name).
    const link = join(tempDir(), 'link');
    symlinkSync(dir, link);
    await rejectsWith(openRaftStore(link), JournalIoError);
    await store.close();
    await (await openRaftStore(dir)).close();
  });

  it('a LevelDB directory that is not a canopy journal, or of another format, is refused', async () => {
    const foreign = tempDir();
    await withRawDb(foreign, (db) => db.put(Uint8Array.of(7), Uint8Array.of(1)));
    const notOurs = await rejectsWith(openRaftStore(foreign), JournalVersionError);
    assert.match(notOurs.message, /not a canopy raft journal/);

    const newer = tempDir();
    await (await openRaftStore(newer)).close();
    const { FORMAT_KEY } = await import('../../../src/persistence/keys.js');
    const { sealRecord } = await import('../../../src/persistence/records.js');
    await withRawDb(newer, (db) =>
      db.put(FORMAT_KEY, sealRecord(FORMAT_KEY, Uint8Array.of(0, 0, 0, 2))),
    );
    const err = await rejectsWith(openRaftStore(newer), JournalVersionError);
    assert.match(err.message, /journal format 2; this build reads format 1/);
  });
});

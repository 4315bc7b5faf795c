/**
 * Goal: a synced, acknowledged journal write that disappears while the member is stopped (LevelDB's
 * write-ahead log cut short or removed, a disk that lost confirmed writes) is found when the journal
 * opens, with the number of writes and the entries missing per group, and is never served silently;
 * while a crash at any point between LevelDB's sync and the high-water file's update, in either
 * order, never makes a healthy journal look damaged. Method: real LevelDB and the real high-water
 * file; "losses" are made by cutting the log of a closed journal, "crashes" by putting back an older
 * copy of the high-water file (what a crash before its update leaves) or tearing its newest slot.
 */
import { strict as assert } from 'node:assert';
import {
  cpSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { JournalCorruptionError } from '../../../src/persistence/errors.js';
import { HIGH_WATER_FILE } from '../../../src/persistence/journal-files.js';
import {
  type HighWaterMode,
  type JournalWarning,
  type RaftStore,
  openRaftStore,
} from '../../../src/persistence/raft-store.js';
import {
  HIGH_WATER_SLOT_BYTES,
  type HighWaterRecord,
  decodeHighWaterFile,
} from '../../../src/persistence/synced-high-water.js';
import { entries, rejectsWith, removeTempDirs, tempDir } from './helpers.js';

const A = 'member-1-shard-a-config';
const B = 'member-1-shard-b-config';
const sync = { sync: true };

function highWater(dir: string): HighWaterRecord {
  const read = decodeHighWaterFile(readFileSync(join(dir, HIGH_WATER_FILE)));
  if (typeof read === 'string') assert.fail(read);
  return read;
}

/** Saves entries [from, to] of `group` as one synced write, commit = to. */
async function save(store: RaftStore, group: string, from: number, to: number): Promise<void> {
  await store
    .group(group)
    .save(
      { entries: entries(group, from, to), hardState: { term: 1, vote: null, commit: to } },
      sync,
    );
}

/**
 * A closed journal: A holds 1..40 and B 1..12, in synced writes of 4 entries, one batch each: in
 * `strict` mode every batch is stamped, so stamps count writes (13).
 */
async function written(mode: HighWaterMode = 'strict'): Promise<string> {
  const dir = tempDir('high-water');
  const store = await openRaftStore(dir, { syncedHighWater: mode });
  await store.group(A).load();
  await store.group(B).load();
  for (let from = 1; from <= 40; from += 4) await save(store, A, from, from + 3);
  for (let from = 1; from <= 12; from += 4) await save(store, B, from, Math.min(12, from + 3));
  await store.close();
  return dir;
}

function onlyLog(dir: string): string {
  const logs = readdirSync(dir).filter((f) => f.endsWith('.log'));
  assert.equal(logs.length, 1);
  return join(dir, logs[0]!);
}

async function lastIndexes(dir: string, options = {}): Promise<[number, number]> {
  const store = await openRaftStore(dir, options);
  try {
    const a = await store.group(A).load();
    const b = await store.group(B).load();
    return [a.entries.at(-1)?.index ?? 0, b.entries.at(-1)?.index ?? 0];
  } finally {
    await store.close();
  }
}

afterEach(removeTempDirs);

describe('persistence: a lost synced tail', () => {
  it("after a clean close the high-water file records every synced write, with each group's last and commit index", async () => {
    const dir = await written();
    const read = highWater(dir);
    assert.equal(read.stamp, 13, 'ten writes of A and three of B');
    assert.deepEqual(read.groups.get(A), { last: 40, commit: 40 });
    assert.deepEqual(read.groups.get(B), { last: 12, commit: 12 });
    assert.deepEqual(await lastIndexes(dir), [40, 12], 'and the journal opens');
  });

  it('a log cut short while the journal was closed is refused with the writes and the entries missing per group', async () => {
    const dir = await written();
    const log = onlyLog(dir);
    // Cut off about the last quarter: B's writes (the last three) and some of A's.
    truncateSync(log, Math.floor(statSync(log).size * 0.7));
    const err = await rejectsWith(openRaftStore(dir), JournalCorruptionError);
    assert.equal(err.file, log.split('/').at(-1));
    const [a, b] = await lastIndexes(dir, {
      acceptLostSyncedTail: true,
      onWarning: () => undefined,
    });
    assert.ok(a < 40 && b < 12, `${a}, ${b}`);
    const writes = 13 - (Math.ceil(a / 4) + Math.ceil(b / 4));
    assert.match(
      err.message,
      new RegExp(
        `records sync stamp 13, but the newest stamp in the database is ${13 - writes}: synced`,
      ),
    );
    assert.match(
      err.message,
      new RegExp(
        `group ${A}: entries ${a + 1}\\.\\.40 \\(${40 - a}, ${40 - a} of them committed\\)`,
      ),
    );
    assert.match(err.message, new RegExp(`group ${B}: entries ${b + 1}\\.\\.12 \\(${12 - b}, `));
    assert.match(err.message, new RegExp(`${40 - a + 12 - b} log entries are missing`));
    assert.match(err.message, /--accept-lost-synced-tail/);
  });

  it('a refused open changes nothing in the directory, and refuses the same way again', async () => {
    const dir = await written();
    truncateSync(onlyLog(dir), 100);
    const before = readdirSync(dir).map((f) => `${f}:${statSync(join(dir, f)).size}`);
    const first = await rejectsWith(openRaftStore(dir), JournalCorruptionError);
    const second = await rejectsWith(openRaftStore(dir), JournalCorruptionError);
    assert.equal(second.message, first.message);
    assert.deepEqual(
      readdirSync(dir).map((f) => `${f}:${statSync(join(dir, f)).size}`),
      before,
    );
  });

  it('a log holding everything, removed: the empty database that is left is refused, not taken for a new journal', async () => {
    const dir = await written();
    rmSync(onlyLog(dir));
    const err = await rejectsWith(openRaftStore(dir), JournalCorruptionError);
    assert.match(
      err.message,
      /records sync stamp 13, but the newest stamp in the database is 0: synced, acknowledged writes are gone/,
    );
    assert.match(
      err.message,
      /the write-ahead log \d+\.log, which LevelDB's manifest names as current, is missing/,
    );
  });

  it('acceptLostSyncedTail opens with a warning, the stamp moves past the file, and later opens are normal', async () => {
    const dir = await written();
    truncateSync(onlyLog(dir), Math.floor(statSync(onlyLog(dir)).size / 2));
    const warnings: JournalWarning[] = [];
    const [a, b] = await lastIndexes(dir, {
      acceptLostSyncedTail: true,
      onWarning: (w: JournalWarning) => warnings.push(w),
    });
    assert.equal(warnings.length, 1);
    const w = warnings[0]!;
    assert.ok(w.type === 'lost-synced-tail-accepted');
    assert.equal(w.entries, 40 - a + 12 - b);
    assert.ok(w.stamps > 0);
    assert.match(w.message, /opened anyway because acceptLostSyncedTail is set/);
    assert.ok(highWater(dir).stamp > 13, 'the accepted open stamped past the old mark');
    assert.deepEqual(await lastIndexes(dir), [a, b]);
    assert.deepEqual(await lastIndexes(dir), [a, b]);
  });

  it('a crash before the high-water update (the file older than the database) opens normally, and the file catches up', async () => {
    const dir = tempDir('high-water-crash');
    let store = await openRaftStore(dir, { syncedHighWater: 'strict' });
    await store.group(A).load();
    await save(store, A, 1, 4);
    await store.close();
    const older = readFileSync(join(dir, HIGH_WATER_FILE));
    store = await openRaftStore(dir, { syncedHighWater: 'strict' });
    await store.group(A).load();
    for (let from = 5; from <= 20; from += 4) await save(store, A, from, from + 3);
    await store.close();
    // As if every update after the first write had been lost in a crash.
    writeFileSync(join(dir, HIGH_WATER_FILE), older);
    assert.deepEqual(await lastIndexes(dir), [20, 0]);
    assert.equal(highWater(dir).stamp, 5);
  });

  it('an update torn in the high-water file (its newest slot damaged) opens normally', async () => {
    const dir = await written();
    const bytes = readFileSync(join(dir, HIGH_WATER_FILE));
    const current = highWater(dir);
    const slot = (current.generation % 2) * HIGH_WATER_SLOT_BYTES;
    bytes.fill(0x33, slot + 8, slot + 40);
    writeFileSync(join(dir, HIGH_WATER_FILE), bytes);
    assert.ok(highWater(dir).stamp < current.stamp, 'the older slot is read');
    assert.deepEqual(await lastIndexes(dir), [40, 12]);
  });

  it('the high-water file removed: refused as unchecked; accepted, it is made again', async () => {
    const dir = await written();
    rmSync(join(dir, HIGH_WATER_FILE));
    const err = await rejectsWith(openRaftStore(dir), JournalCorruptionError);
    assert.match(
      err.message,
      /the high-water file is missing although the journal holds sync stamp 13/,
    );
    assert.equal(err.file, HIGH_WATER_FILE);
    assert.deepEqual(
      await lastIndexes(dir, { acceptLostSyncedTail: true, onWarning: () => undefined }),
      [40, 12],
    );
    assert.equal(highWater(dir).stamp, 13);
    assert.deepEqual(await lastIndexes(dir), [40, 12]);
  });

  it('strict: a save resolves only once the file records it', async () => {
    const dir = tempDir('high-water-strict');
    const store = await openRaftStore(dir, { syncedHighWater: 'strict' });
    await store.group(A).load();
    for (let n = 1; n <= 5; n++) {
      await save(store, A, n, n);
      const read = highWater(dir);
      assert.equal(read.stamp, n, `after save ${n}`);
      assert.deepEqual(read.groups.get(A), { last: n, commit: n });
    }
    await store.close();
  });

  it('trailing: batches are stamped at most once per interval, yet after a clean close a cut log is found', async () => {
    const dir = tempDir('high-water-trailing-close');
    const store = await openRaftStore(dir, { highWaterIntervalMs: 60_000 });
    await store.group(A).load();
    for (let from = 1; from <= 40; from += 4) await save(store, A, from, from + 3);
    // Only the first batch of the interval was stamped, so far.
    assert.equal(highWater(dir).stamp, 1);
    await store.close();
    // The close stamped one more batch, after everything: the file covers the whole log.
    assert.equal(highWater(dir).stamp, 2);
    assert.deepEqual(highWater(dir).groups.get(A), { last: 40, commit: 40 });
    truncateSync(onlyLog(dir), Math.floor(statSync(onlyLog(dir)).size * 0.8));
    const err = await rejectsWith(openRaftStore(dir), JournalCorruptionError);
    assert.match(
      err.message,
      /records sync stamp 2, but the newest stamp in the database is 1: synced, acknowledged writes are gone/,
    );
    assert.match(err.message, /group member-1-shard-a-config: entries \d+\.\.40/);
  });

  it('trailing: the file follows without the save waiting for it; unsynced writes carry no stamp', async () => {
    const dir = tempDir('high-water-trailing');
    const store = await openRaftStore(dir);
    await store.group(A).load();
    await save(store, A, 1, 1);
    await store.group(A).save({ entries: entries(A, 2, 2) }, { sync: false });
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(highWater(dir).stamp, 1);
    await store.close();
    assert.equal(highWater(dir).stamp, 1);
  });

  it('off: no file, no stamp, no check; a journal written before the high-water file opens and gets one', async () => {
    const dir = await written('off');
    assert.ok(!existsSync(join(dir, HIGH_WATER_FILE)));
    truncateSync(onlyLog(dir), 100);
    const [a] = await lastIndexes(dir, { syncedHighWater: 'off' });
    assert.ok(a < 40, 'nothing to tell the loss by');
    // Opened in the default mode: no stamp in the database, so the file starts at 0.
    await lastIndexes(dir);
    assert.equal(highWater(dir).stamp, 0);
  });

  it('the check copy of the directory is gone after every open, refused or not', async () => {
    const dir = await written();
    const copy = tempDir('high-water-copy');
    cpSync(dir, copy, { recursive: true });
    truncateSync(onlyLog(copy), 10);
    await lastIndexes(dir);
    await rejectsWith(openRaftStore(copy), JournalCorruptionError);
    for (const d of [dir, copy]) assert.ok(!readdirSync(d).includes('CANOPY-OPEN-CHECK'), d);
  });
});

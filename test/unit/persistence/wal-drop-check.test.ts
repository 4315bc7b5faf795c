/**
 * Goal: the journal never opens silently without acknowledged batches LevelDB dropped from its
 * write-ahead log. Damage to a record in the log's last 32 KiB block, with intact batches after it,
 * makes LevelDB skip the rest of the block and start with a consistent older journal, reporting it only
 * in its info log: the open must refuse with JournalCorruptionError naming the directory, the log file
 * and the bytes, leave the log in place (the check runs on a shadow copy) and keep refusing, also when
 * a bare LevelDB open already deleted that log, until the operator accepts the loss
 * (`acceptDroppedWalRecords`, a loud warning). A torn tail is no drop, and clean reopens open as before.
 *
 * Method: real LevelDB. Write synced batches through the journal until its log's last block holds
 * several, close, then change the log's bytes as a failing disk (one flipped byte in a record's data) or
 * a crash (truncation inside the last batch) would, parsing only its framing
 * (test/support/proc-leveldb-log.ts), and reopen.
 */
import { strict as assert } from 'node:assert';
import {
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { JournalCorruptionError, JournalIoError } from '../../../src/persistence/errors.js';
import { WAL_DROPS_KEY } from '../../../src/persistence/keys.js';
import {
  type JournalWarning,
  type RaftStoreOptions,
  openRaftStore,
} from '../../../src/persistence/raft-store.js';
import { sealRecord } from '../../../src/persistence/records.js';
import { LOG_BLOCK_BYTES, physicalRecords } from '../../support/proc-leveldb-log.js';
import { entries, rejectsWith, removeTempDirs, tempDir, withRawDb } from './helpers.js';

const G = 'member-1-shard-inventory-config';
const BATCH_ENTRIES = 5;
const FULL = 1;

interface Written {
  readonly dir: string;
  /** The LevelDB log file name (`000003.log`) and its path. */
  readonly logName: string;
  readonly logPath: string;
  /** The last index written, each batch synced, so acknowledged. */
  readonly last: number;
}

/** A journal whose one LevelDB log spans 3 blocks and holds at least 8 whole batches in its last. */
async function written(): Promise<Written> {
  const dir = tempDir('wal');
  // Strict: every batch stamped, so a torn last batch is a counted lost synced write.
  const store = await openRaftStore(dir, { syncedHighWater: 'strict' });
  const log = store.group(G);
  await log.load();
  const logName = readdirSync(dir).find((f) => f.endsWith('.log'))!;
  const logPath = join(dir, logName);
  let last = 0;
  for (;;) {
    const bytes = readFileSync(logPath);
    const inLast = physicalRecords(bytes).filter(
      (r) => r.type === FULL && r.offset >= 3 * LOG_BLOCK_BYTES,
    );
    if (inLast.length >= 8) break;
    const from = last + 1;
    last += BATCH_ENTRIES;
    const hardState = { term: 1, vote: null, commit: last };
    await log.save({ entries: entries(G, from, last), hardState }, { sync: true });
  }
  await store.close();
  return { dir, logName, logPath, last };
}

/** Flips a byte in the data of the third whole batch of the log's last block; five or more follow it. */
function flipInLastBlock(w: Written): void {
  const bytes = readFileSync(w.logPath);
  const lastBlock = Math.floor((bytes.length - 1) / LOG_BLOCK_BYTES);
  const inLast = physicalRecords(bytes).filter(
    (r) => r.type === FULL && Math.floor(r.offset / LOG_BLOCK_BYTES) === lastBlock,
  );
  const victim = inLast[2]!;
  assert.ok(inLast.length - 3 >= 5, 'intact batches follow the damaged one in its block');
  bytes[victim.offset + 7 + Math.floor(victim.dataBytes / 2)]! ^= 0x5a;
  writeFileSync(w.logPath, bytes);
}

async function loadAll(dir: string, options: RaftStoreOptions = {}) {
  const store = await openRaftStore(dir, options);
  try {
    return await store.group(G).load();
  } finally {
    await store.close();
  }
}

afterEach(removeTempDirs);

describe('persistence: records LevelDB drops from its write-ahead log', () => {
  it('a damaged record in the last block with intact batches after it: the open is refused naming the directory, the log file and the bytes', async () => {
    const w = await written();
    flipInLastBlock(w);
    const err = await rejectsWith(openRaftStore(w.dir), JournalCorruptionError);
    assert.equal(err.code, 'journal-corruption');
    assert.equal(err.group, undefined, 'the whole store, not one group');
    assert.match(err.message, new RegExp(`directory ${w.dir}`));
    assert.match(err.message, new RegExp(`${w.logName}: \\d+ bytes dropped \\(Corruption: `));
    assert.match(err.message, /acknowledged writes after the damaged record may be gone/);
    assert.match(err.message, /restore this member from a healthy replica/);
    assert.match(err.message, /acceptDroppedWalRecords/);
    // The acknowledged writes that went with the dropped block are counted too.
    assert.match(err.message, /synced, acknowledged writes are gone/);
    // The refusal came from a shadow copy: the damaged log is still in place, and the refusal repeats.
    assert.ok(readdirSync(w.dir).includes(w.logName), 'the refused open left the log alone');
    const again = await rejectsWith(openRaftStore(w.dir), JournalCorruptionError);
    assert.equal(again.message, err.message);
    const third = await rejectsWith(openRaftStore(w.dir), JournalCorruptionError);
    assert.equal(third.message, err.message);
  });

  it('with acceptDroppedWalRecords the open proceeds with a warning, the older journal loads, later opens are normal', async () => {
    const w = await written();
    flipInLastBlock(w);
    await rejectsWith(openRaftStore(w.dir), JournalCorruptionError);
    const warnings: JournalWarning[] = [];
    const state = await loadAll(w.dir, {
      acceptDroppedWalRecords: true,
      onWarning: (x) => warnings.push(x),
    });
    assert.deepEqual(
      warnings.map((x) => x.type),
      ['dropped-wal-records-accepted', 'lost-synced-tail-accepted'],
    );
    const lost = warnings[1]!;
    assert.ok(lost.type === 'lost-synced-tail-accepted' && lost.stamps > 0 && lost.entries > 0);
    assert.match(lost.message, /opened anyway because acceptDroppedWalRecords is set/);
    const warning = warnings[0]!;
    assert.ok(warning.type === 'dropped-wal-records-accepted');
    assert.equal(warning.dir, w.dir);
    assert.ok(warning.drops.length > 0 && warning.drops.every((d) => d.droppedBytes! > 0));
    assert.match(warning.message, new RegExp(`${w.logName}: \\d+ bytes dropped`));
    assert.match(warning.message, /opened anyway because acceptDroppedWalRecords is set/);
    // What the check exists for: the survivors are consistent, so nothing else would have noticed.
    const last = state.entries.at(-1)!.index;
    assert.ok(last < w.last - 5 * BATCH_ENTRIES, `acknowledged batches were dropped (${last})`);
    assert.deepEqual(state.entries, entries(G, 1, last));
    assert.equal(state.hardState.commit, last);
    assert.deepEqual(state.warnings, []);
    // Accepted once: later opens, without the option, are normal.
    assert.deepEqual((await loadAll(w.dir)).entries, entries(G, 1, last));
    assert.deepEqual((await loadAll(w.dir)).entries, entries(G, 1, last));
  });

  it('a process that died between LevelDB replaying the damaged log and keeping the report is refused next time', async () => {
    const w = await written();
    flipInLastBlock(w);
    // A bare LevelDB open replays (dropping), deletes the log, and reports only in LOG.
    await withRawDb(w.dir, () => Promise.resolve());
    assert.ok(!readdirSync(w.dir).includes(w.logName));
    const err = await rejectsWith(openRaftStore(w.dir), JournalCorruptionError);
    assert.match(err.message, new RegExp(`${w.logName}: \\d+ bytes dropped`));
  });

  it("a log torn inside its last batch is no drop: LevelDB opens it without a report (the lost synced batch is the high-water check's)", async () => {
    const w = await written();
    const bytes = readFileSync(w.logPath);
    const lastRecord = physicalRecords(bytes).at(-1)!;
    const end = lastRecord.offset + 7 + lastRecord.dataBytes;
    const cuts = [lastRecord.offset + 1, lastRecord.offset + 6, lastRecord.offset + 7, end - 1];
    for (const cutAt of cuts) {
      const copy = tempDir('wal-torn');
      cpSync(w.dir, copy, { recursive: true });
      truncateSync(join(copy, w.logName), cutAt);
      // The torn batch was synced and acknowledged: the high-water check refuses the copy (see
      // synced-high-water.test.ts); without it, nothing else notices.
      const refused = await rejectsWith(openRaftStore(copy), JournalCorruptionError);
      assert.match(
        refused.message,
        /records sync stamp (\d+), but the newest stamp in the database is \d+: synced/,
        `cut at ${cutAt}`,
      );
      const warnings: JournalWarning[] = [];
      const state = await loadAll(copy, {
        syncedHighWater: 'off',
        onWarning: (x) => warnings.push(x),
      });
      assert.deepEqual(warnings, [], `cut at ${cutAt}`);
      assert.deepEqual(state.entries, entries(G, 1, w.last - BATCH_ENTRIES), `cut at ${cutAt}`);
      await withRawDb(copy, async (db) => {
        assert.equal(await db.get(WAL_DROPS_KEY), undefined, 'no report was recorded');
      });
    }
  });

  it('clean reopens open, and record nothing', async () => {
    const w = await written();
    for (let n = 0; n < 3; n++) {
      assert.deepEqual((await loadAll(w.dir)).entries, entries(G, 1, w.last));
    }
    await withRawDb(w.dir, async (db) => {
      assert.equal(await db.get(WAL_DROPS_KEY), undefined);
    });
  });

  it('a damaged record of drops is corruption, never read as no drops', async () => {
    const w = await written();
    await withRawDb(w.dir, (db) =>
      db.put(WAL_DROPS_KEY, sealRecord(WAL_DROPS_KEY, Uint8Array.of(1))),
    );
    const err = await rejectsWith(openRaftStore(w.dir), JournalCorruptionError);
    assert.match(err.message, /key wal-drops\): the record of write-ahead-log drops is damaged/);
  });

  it('an info log LevelDB could not rotate (LOG is a directory) is refused before LevelDB opens, since the replay could not be checked', async () => {
    const w = await written();
    // Non-empty directories named LOG and LOG.old: LevelDB could neither rotate LOG nor write a new
    // one, and would open without an info log.
    for (const name of ['LOG', 'LOG.old']) {
      rmSync(join(w.dir, name), { force: true });
      mkdirSync(join(w.dir, name, 'x'), { recursive: true });
    }
    const err = await rejectsWith(openRaftStore(w.dir), JournalIoError);
    assert.match(err.message, /LOG is not a regular file \(a directory\)/);
    assert.equal(err.path, join(w.dir, 'LOG'));
  });
});

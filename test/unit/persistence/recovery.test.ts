/**
 * Goal: recovery never loses a committed entry and never skips damage silently. A damaged tail beyond
 * the commit index is cut with a warning and the entries before it survive; damage before the tail, a
 * gap, a record under the wrong key, a commit index past the surviving log, a damaged hard state or
 * snapshot, and LevelDB files damaged on disk are JournalCorruptionError naming the group, the index and
 * the key, and change nothing; a block of LevelDB's own log that LevelDB skipped is refused on open and,
 * once accepted, still caught as a gap. Method: write through the journal, close it, damage records
 * through a raw classic-level handle (or bytes of LevelDB's files), reopen and load.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JournalCorruptionError } from '../../../src/persistence/errors.js';
import { GroupKeys } from '../../../src/persistence/keys.js';
import { type JournalWarning, openRaftStore } from '../../../src/persistence/raft-store.js';
import { sealRecord } from '../../../src/persistence/records.js';
import { encodeEntry } from '../../../src/wire/raft-codec.js';
import { entries, payload, rejectsWith, removeTempDirs, tempDir, withRawDb } from './helpers.js';

const G = 'member-1-shard-inventory-config';
const keys = new GroupKeys(G);
const sync = { sync: true } as const;

/** A journal in a fresh directory holding entries 1..last (term 1) with the given commit index. */
async function journal(last: number, commit: number, snapshotAt?: number): Promise<string> {
  const dir = tempDir();
  const store = await openRaftStore(dir, { snapshotChunkBytes: 100 });
  const log = store.group(G);
  await log.load();
  await log.save(
    { entries: entries(G, 1, last), hardState: { term: 1, vote: null, commit } },
    sync,
  );
  if (snapshotAt !== undefined) {
    const data = new Uint8Array(1000).map((_, i) => i & 0xff);
    const confState = { voters: ['member-1'], learners: [] };
    await log.save(
      { entries: [], snapshot: { meta: { index: snapshotAt, term: 1, confState }, data } },
      sync,
    );
  }
  await store.close();
  return dir;
}

async function load(dir: string, onWarning?: (w: JournalWarning) => void) {
  const store = await openRaftStore(dir, { onWarning });
  try {
    return await store.group(G).load();
  } finally {
    await store.close();
  }
}

/** Flips one byte of the record under `key`. */
async function flipByte(dir: string, key: Uint8Array, at = 6): Promise<void> {
  await withRawDb(dir, async (db) => {
    const value = Uint8Array.from((await db.get(key))!);
    value[at % value.length]! ^= 0x40;
    await db.put(key, value);
  });
}

async function corruption(dir: string): Promise<JournalCorruptionError> {
  const err = await rejectsWith(load(dir), JournalCorruptionError);
  assert.equal(err.code, 'journal-corruption');
  return err;
}

afterEach(removeTempDirs);

describe('persistence: recovery of a damaged tail', () => {
  it('a damaged last record is cut on load and the entries before it survive', async () => {
    const dir = await journal(10, 5);
    await flipByte(dir, keys.entry(10));
    const seen: JournalWarning[] = [];
    const state = await load(dir, (w) => seen.push(w));
    assert.deepEqual(state.entries, entries(G, 1, 9));
    assert.equal(state.warnings.length, 1);
    assert.deepEqual(seen, state.warnings);
    const warning = state.warnings[0]!;
    assert.equal(warning.type, 'damaged-tail-cut');
    assert.equal(warning.group, G);
    assert.equal(warning.fromIndex, 10);
    assert.equal(warning.records, 1);
    assert.match(warning.message, new RegExp(`${G}/entry/10.*checksum mismatch`));
    // The cut is durable: the next load is clean, and the log grows again from 10.
    const again = await load(dir);
    assert.deepEqual(again.warnings, []);
    const store = await openRaftStore(dir);
    const log = store.group(G);
    await log.load();
    await log.save({ entries: entries(G, 10, 11, 2) }, sync);
    await store.close();
    assert.deepEqual((await load(dir)).entries, [...entries(G, 1, 9), ...entries(G, 10, 11, 2)]);
  });

  it('several damaged records at the tail (short, wrong key, undecodable) are all cut', async () => {
    const dir = await journal(12, 8);
    await withRawDb(dir, async (db) => {
      await db.put(keys.entry(10), Uint8Array.of(1, 2)); // shorter than its checksum
      await db.put(keys.entry(11), (await db.get(keys.entry(9)))!); // stored under another key
      await db.put(keys.entry(12), sealRecord(keys.entry(12), Uint8Array.of(0xff))); // bad protobuf
    });
    const state = await load(dir);
    assert.deepEqual(state.entries, entries(G, 1, 9));
    assert.equal(state.warnings[0]?.fromIndex, 10);
    assert.equal(state.warnings[0]?.records, 3);
  });

  it('a damaged tail holding the commit index is corruption, not a cut', async () => {
    const dir = await journal(10, 10);
    await flipByte(dir, keys.entry(10));
    const err = await corruption(dir);
    assert.equal(err.group, G);
    assert.equal(err.index, 10);
    assert.equal(err.key, `${G}/entry/10`);
    assert.match(err.message, /commit index 10 lies among them/);
    assert.match(err.message, /refuses to start/);
    // Nothing was deleted: the same error again.
    assert.equal((await corruption(dir)).index, 10);
  });
});

describe('persistence: corruption is never skipped', () => {
  it('a damaged record followed by good ones is corruption naming the group, index and key', async () => {
    const dir = await journal(10, 3);
    await flipByte(dir, keys.entry(5));
    const err = await corruption(dir);
    assert.equal(err.group, G);
    assert.equal(err.index, 5);
    assert.equal(err.key, `${G}/entry/5`);
    assert.match(err.message, /checksum mismatch.*later record survives \(entry index 6\)/);
    const stored = await withRawDb(dir, (db) =>
      db.keys({ gte: keys.entry(1), lt: keys.entryEnd() }).all(),
    );
    assert.equal(stored.length, 10, 'nothing was deleted');
  });

  it('a missing record between good ones is a gap', async () => {
    const dir = await journal(10, 3);
    await withRawDb(dir, (db) => db.del(keys.entry(5)));
    const err = await corruption(dir);
    assert.equal(err.index, 5);
    assert.match(err.message, /entries 5\.\.5 are missing/);
  });

  it('a record stored under another index is detected even with an intact payload', async () => {
    const dir = await journal(10, 3);
    await withRawDb(dir, async (db) => {
      await db.put(keys.entry(5), (await db.get(keys.entry(4)))!);
    });
    assert.equal((await corruption(dir)).index, 5);
  });

  it('a well-sealed record claiming another index than its key is detected', async () => {
    const dir = await journal(10, 3);
    const lying = encodeEntry({ type: 'normal', term: 1, index: 6, data: payload(G, 6) });
    await withRawDb(dir, (db) => db.put(keys.entry(5), sealRecord(keys.entry(5), lying)));
    const err = await corruption(dir);
    assert.equal(err.index, 5);
    assert.match(err.message, /claims index 6/);
  });

  it('a commit index past the surviving log is corruption: committed entries are missing', async () => {
    const dir = await journal(10, 10);
    await withRawDb(dir, (db) =>
      db.batch([9, 10].map((i) => ({ type: 'del', key: keys.entry(i) }))),
    );
    const err = await corruption(dir);
    assert.equal(err.index, 9);
    assert.match(
      err.message,
      /commit index is 10 but the log ends at 8: committed entries 9\.\.10/,
    );
  });

  it('terms going backwards between records are corruption', async () => {
    const dir = await journal(10, 3);
    const older = encodeEntry({ type: 'normal', term: 1, index: 6, data: payload(G, 6) });
    const store = await openRaftStore(dir);
    const log = store.group(G);
    await log.load();
    await log.save({ entries: entries(G, 5, 10, 2) }, sync);
    await store.close();
    await withRawDb(dir, (db) => db.put(keys.entry(6), sealRecord(keys.entry(6), older)));
    const err = await corruption(dir);
    assert.equal(err.index, 6);
    assert.match(err.message, /term 1 is below term 2/);
  });

  it('a damaged hard state is corruption', async () => {
    const dir = await journal(10, 3);
    await flipByte(dir, keys.hardState, 5);
    const err = await corruption(dir);
    assert.equal(err.key, `${G}/hard-state`);
    assert.match(err.message, /hard state is damaged/);
  });

  it('a damaged or missing snapshot chunk is corruption naming the snapshot', async () => {
    const dir = await journal(20, 20, 15);
    await flipByte(dir, keys.chunk(15, 4), 50);
    let err = await corruption(dir);
    assert.equal(err.index, 15);
    assert.equal(err.key, `${G}/snapshot/15/chunk/4`);
    await withRawDb(dir, (db) => db.del(keys.chunk(15, 4)));
    err = await corruption(dir);
    assert.match(err.message, /chunk 4 of 10 of the snapshot at index 15 is missing/);
  });

  it('a snapshot manifest that disagrees with its chunks is corruption', async () => {
    const dir = await journal(20, 20, 15);
    // Swap two chunks: each still passes its own checksum (bound to its key) only if moved with it,
    // so put chunk 3's payload, correctly sealed, under chunk 4's key.
    await withRawDb(dir, async (db) => {
      const chunk3 = (await db.get(keys.chunk(15, 3)))!.subarray(4);
      await db.put(keys.chunk(15, 4), sealRecord(keys.chunk(15, 4), chunk3));
    });
    const err = await corruption(dir);
    assert.match(err.message, /does not match the manifest's checksum/);
  });

  it('LevelDB table files damaged on disk are reported as JournalCorruptionError', async () => {
    const dir = tempDir();
    const store = await openRaftStore(dir);
    const log = store.group(G);
    await log.load();
    for (let from = 1; from <= 4000; from += 500) {
      const last = from + 499;
      await log.save(
        { entries: entries(G, from, last), hardState: { term: 1, vote: null, commit: last } },
        sync,
      );
    }
    await store.close();
    // Move everything into table files, then damage the middle of the largest one.
    await withRawDb(dir, (db) => db.compactRange(Uint8Array.of(0), Uint8Array.of(0xff)));
    const tables = readdirSync(dir).filter((f) => f.endsWith('.ldb'));
    assert.ok(tables.length > 0, 'compaction produced table files');
    const largest = tables
      .map((f) => join(dir, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
    const bytes = readFileSync(largest);
    for (let i = 0; i < 64; i++) bytes[Math.floor(bytes.length / 2) + i]! ^= 0x5a;
    writeFileSync(largest, bytes);
    const err = await corruption(dir);
    assert.match(err.message, /journal corruption/);
    assert.match(err.message, /refuses to start/);
  });

  it('a damaged LevelDB manifest is reported when the journal opens', async () => {
    const dir = await journal(10, 10);
    const manifest = readdirSync(dir).find((f) => f.startsWith('MANIFEST-'))!;
    const bytes = readFileSync(join(dir, manifest));
    for (let i = 10; i < 30; i++) bytes[i]! ^= 0x55;
    writeFileSync(join(dir, manifest), bytes);
    const err = await rejectsWith(openRaftStore(dir), JournalCorruptionError);
    assert.equal(err.group, undefined);
    assert.equal(err.file, manifest);
    assert.match(
      err.message,
      new RegExp(
        `directory ${dir}, file ${manifest}, all groups\\): LevelDB's manifest ${manifest}, which ` +
          'CURRENT names, is damaged: checksum mismatch in the record at byte 0',
      ),
    );
  });

  it("damage in the middle of LevelDB's own log, which LevelDB skips, is refused on open, and is still a gap once accepted", async () => {
    const dir = tempDir();
    const store = await openRaftStore(dir);
    const log = store.group(G);
    await log.load();
    for (let from = 1; from <= 2000; from += 10) {
      const last = from + 9;
      await log.save(
        { entries: entries(G, from, last), hardState: { term: 1, vote: null, commit: last } },
        sync,
      );
    }
    await store.close(); // LevelDB keeps the batches in its log file and replays it on open
    const logFile = readdirSync(dir).find((f) => f.endsWith('.log'))!;
    const bytes = readFileSync(join(dir, logFile));
    assert.ok(bytes.length > 4 * 32 * 1024, 'the log spans several 32 KiB blocks');
    for (let i = 0; i < 16; i++) bytes[Math.floor(bytes.length / 2) + i]! ^= 0xff;
    writeFileSync(join(dir, logFile), bytes);
    // LevelDB reports the block it skipped: the open refuses (wal-drops.test.ts covers this).
    const refused = await corruption(dir);
    assert.match(refused.message, new RegExp(`${logFile}: \\d+ bytes dropped`));
    // Accepting the drop does not accept the hole it left: recovery's own check still refuses.
    const accepting = await openRaftStore(dir, {
      acceptDroppedWalRecords: true,
      onWarning: () => undefined,
    });
    try {
      const err = await rejectsWith(accepting.group(G).load(), JournalCorruptionError);
      assert.match(err.message, /are missing: the log jumps to index/);
    } finally {
      await accepting.close();
    }
  });
});

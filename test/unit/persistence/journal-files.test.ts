/**
 * Goal: before LevelDB may touch a journal directory, the journal tells a new journal from an existing
 * one by LevelDB's own files, and refuses a damaged one with a typed error naming the file and what to
 * do, without writing anything (src/persistence/journal-files.ts). In particular a lost `CURRENT` is
 * never taken for a new journal (LevelDB would make an empty database over the data), and the traces
 * of a first open that never completed are. Method: real LevelDB directories, damaged with fs calls;
 * inspectJournalFiles and openRaftStore on them.
 */
import { strict as assert } from 'node:assert';
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  JournalCorruptionError,
  JournalIoError,
  JournalVersionError,
} from '../../../src/persistence/errors.js';
import { inspectJournalFiles, parseLevelFileName } from '../../../src/persistence/journal-files.js';
import { openRaftStore } from '../../../src/persistence/raft-store.js';
import { entries, rejectsWith, removeTempDirs, tempDir, withRawDb } from './helpers.js';

const G = 'member-1-shard-inventory-config';

/** A closed journal written in two sessions: a table (the first session's log, replayed) and a log. */
async function journal(): Promise<string> {
  const dir = tempDir('files');
  for (const [from, to] of [
    [1, 50],
    [51, 60],
  ] as const) {
    const store = await openRaftStore(dir);
    const log = store.group(G);
    await log.load();
    await log.save(
      { entries: entries(G, from, to), hardState: { term: 1, vote: null, commit: to } },
      { sync: true },
    );
    await store.close();
  }
  return dir;
}

function listing(dir: string): string {
  return readdirSync(dir)
    .sort()
    .map((f) => `${f}:${readFileSync(join(dir, f)).toString('base64')}`)
    .join('\n');
}

async function loadsAll(dir: string): Promise<number> {
  const store = await openRaftStore(dir);
  try {
    return (await store.group(G).load()).entries.length;
  } finally {
    await store.close();
  }
}

afterEach(removeTempDirs);

describe('persistence: the journal directory before LevelDB opens it', () => {
  it('LevelDB file names are read as filename.cc reads them', () => {
    assert.deepEqual(parseLevelFileName('MANIFEST-000012'), { type: 'manifest', number: 12 });
    assert.deepEqual(parseLevelFileName('000007.ldb'), { type: 'table', number: 7 });
    assert.deepEqual(parseLevelFileName('000007.sst'), { type: 'table', number: 7 });
    assert.deepEqual(parseLevelFileName('000009.log'), { type: 'log', number: 9 });
    assert.deepEqual(parseLevelFileName('000004.dbtmp'), { type: 'temp', number: 4 });
    assert.deepEqual(parseLevelFileName('LOG.old'), { type: 'old-info-log' });
    for (const name of ['MANIFEST-', 'MANIFEST-12x', '7.ldbx', 'notes.txt', 'CANOPY-HIGH-WATER']) {
      assert.equal(parseLevelFileName(name), undefined, name);
    }
  });

  it('absent, empty, or holding only what a first open left before CURRENT: a new journal', async () => {
    const dir = tempDir('files-new');
    assert.deepEqual(await inspectJournalFiles(join(dir, 'nothing')), { kind: 'absent' });
    assert.deepEqual(await inspectJournalFiles(dir), { kind: 'fresh' });
    // db_impl.cc NewDB writes MANIFEST-000001, then CURRENT; a crash in between leaves this.
    for (const name of ['LOCK', 'LOG', 'MANIFEST-000001', '000001.dbtmp'])
      writeFileSync(join(dir, name), '');
    mkdirSync(join(dir, 'lost+found'));
    assert.deepEqual(await inspectJournalFiles(dir), { kind: 'fresh' });
    await (await openRaftStore(dir)).close();
    assert.ok(readdirSync(dir).includes('CURRENT'));
  });

  it('CURRENT lost beside a database: refused, naming the manifest to write back, and nothing written', async () => {
    const dir = await journal();
    const manifest = readFileSync(join(dir, 'CURRENT'), 'utf8').trim();
    rmSync(join(dir, 'CURRENT'));
    const before = listing(dir);
    const err = await rejectsWith(openRaftStore(dir), JournalCorruptionError);
    assert.equal(err.file, 'CURRENT');
    assert.match(
      err.message,
      /CURRENT file is missing, but the directory holds a database \(\d+\.ldb, \d+\.log/,
    );
    assert.ok(
      err.message.includes(`printf '${manifest}\\n' > '${join(dir, 'CURRENT')}'`),
      err.message,
    );
    assert.equal(listing(dir), before, 'the refused open wrote nothing');
    writeFileSync(join(dir, 'CURRENT'), `${manifest}\n`);
    assert.equal(await loadsAll(dir), 60);
  });

  it('CURRENT naming a missing manifest: the newest manifest that reads and whose tables are present is offered, not a newer damaged one', async () => {
    const dir = await journal();
    const current = readFileSync(join(dir, 'CURRENT'), 'utf8').trim();
    const number = Number(current.slice('MANIFEST-'.length));
    // A newer manifest a crashed open left half-written.
    writeFileSync(join(dir, `MANIFEST-${String(number + 50).padStart(6, '0')}`), 'garbage');
    writeFileSync(join(dir, 'CURRENT'), 'MANIFEST-777777\n');
    const err = await rejectsWith(openRaftStore(dir), JournalCorruptionError);
    assert.match(err.message, /CURRENT names the manifest MANIFEST-777777, which is missing/);
    assert.ok(err.message.includes(`printf '${current}\\n'`), err.message);
  });

  it('a foreign name in a directory without a database: refused as not a journal', async () => {
    const dir = tempDir('files-foreign');
    writeFileSync(join(dir, 'photo.jpg'), 'x');
    const err = await rejectsWith(openRaftStore(dir), JournalVersionError);
    assert.match(err.message, /holds files that are not LevelDB's \(photo\.jpg\) and no journal/);
    assert.deepEqual(readdirSync(dir), ['photo.jpg']);
  });

  it('a foreign name beside an existing journal is left alone', async () => {
    const dir = await journal();
    writeFileSync(join(dir, 'README'), 'ours');
    assert.equal(await loadsAll(dir), 60);
  });

  it('CURRENT or the manifest not being a regular file is journal-io naming it; the directory a file is too', async () => {
    const dir = await journal();
    const manifest = readFileSync(join(dir, 'CURRENT'), 'utf8').trim();
    rmSync(join(dir, manifest));
    mkdirSync(join(dir, manifest));
    const err = await rejectsWith(openRaftStore(dir), JournalIoError);
    assert.equal(err.path, join(dir, manifest));
    assert.match(err.message, /is not a regular file \(a directory\)/);
    const file = join(tempDir('files-file'), 'journal');
    writeFileSync(file, '');
    const notDir = await rejectsWith(openRaftStore(file), JournalIoError);
    assert.match(notDir.message, /is not a directory \(a file\)/);
  });

  it('a table listed in the manifest but removed, cut short or overwritten: refused naming the table', async () => {
    const dir = await journal();
    await withRawDb(dir, (db) => db.compactRange(Uint8Array.of(0), Uint8Array.of(0xff)));
    const table = readdirSync(dir).find((f) => f.endsWith('.ldb'))!;
    const bytes = readFileSync(join(dir, table));
    writeFileSync(join(dir, table), bytes.subarray(0, bytes.length - 1));
    let err = await rejectsWith(openRaftStore(dir), JournalCorruptionError);
    assert.equal(err.file, table);
    assert.match(
      err.message,
      new RegExp(
        `the table ${table} is ${bytes.length - 1} bytes long, but the manifest MANIFEST-\\d+ records ${bytes.length}`,
      ),
    );
    const garbage = Buffer.from(bytes);
    garbage.fill(1, bytes.length - 8);
    writeFileSync(join(dir, table), garbage);
    err = await rejectsWith(openRaftStore(dir), JournalCorruptionError);
    assert.match(err.message, /does not end in the table magic number/);
    rmSync(join(dir, table));
    err = await rejectsWith(openRaftStore(dir), JournalCorruptionError);
    assert.match(
      err.message,
      new RegExp(
        `the table ${table} \\(level \\d, ${bytes.length} bytes\\), which the manifest MANIFEST-\\d+ lists, is missing`,
      ),
    );
    writeFileSync(join(dir, table), bytes);
    assert.equal(await loadsAll(dir), 60);
  });
});

describe('persistence: journal files without permission (skipped as root, whom permissions do not stop)', () => {
  it('a table, the log or CURRENT the user cannot read is journal-io naming it, with the fix', async function () {
    if (process.getuid?.() === 0) this.skip();
    const dir = await journal();
    const log = readdirSync(dir).find((f) => f.endsWith('.log'))!;
    const table = readdirSync(dir).find((f) => f.endsWith('.ldb'))!;
    for (const name of ['CURRENT', log, table]) {
      chmodSync(join(dir, name), 0o000);
      const err = await rejectsWith(openRaftStore(dir), JournalIoError);
      assert.equal(err.path, join(dir, name));
      assert.match(
        err.message,
        /cannot be read: .*EACCES.*make the journal directory and its files readable/,
      );
      chmodSync(join(dir, name), 0o644);
    }
    assert.equal(await loadsAll(dir), 60);
  });
});

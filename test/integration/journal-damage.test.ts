/**
 * Goal: what `canopy start` does with a damaged, shortened or foreign journal (issue 9, points 1 and
 * 2). For each kind of damage a disk, a file system repair or an operator can leave: the member
 * refuses with exit 1 and a typed error (its code in the log line, the file at fault named, advice on
 * what to do), and the refused start leaves the whole data directory byte for byte as it was: the
 * same paths, types, sizes and contents, and no new file. Where the advice is a repair (writing
 * `CURRENT` back) or an explicit acceptance (`--accept-lost-synced-tail`), the test follows it and
 * checks what the member then serves. A new or empty directory still starts.
 *
 * Method: one golden data directory is made once by real `canopy start` processes: a first session
 * writes node n1 and stops; a second session (whose start replays LevelDB's write-ahead log into a
 * table) writes node n2 and stops, so the journal holds a manifest, a table with n1 and a log with
 * n2. Each case damages a copy the way the named fault would, snapshots the directory (sha-256 of
 * every file), runs `canopy start`, and compares.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  cpSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { MemberProcess, removeDir, runCli, stopAll, tempDir } from '../support/proc-member.js';

const N1 = '/opendaylight-inventory:nodes/node=n1';
const N2 = '/opendaylight-inventory:nodes/node=n2';

function body(id: string): string {
  return JSON.stringify({ 'opendaylight-inventory:node': [{ id, description: `node ${id}` }] });
}

interface Refusal {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function explain(run: Refusal): string {
  return `exit ${String(run.code)}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

/** Every path under `root` with its type, size and content hash: what "byte for byte" compares. */
function snapshotTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, rel: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const key = rel === '' ? name : `${rel}/${name}`;
      const s = lstatSync(path);
      if (s.isDirectory()) {
        out[key] = 'dir';
        walk(path, key);
      } else if (s.isFile()) {
        const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
        out[key] = `file ${s.size} ${hash}`;
      } else {
        out[key] = `other ${s.mode.toString(8)}`;
      }
    }
  };
  walk(root, '');
  return out;
}

/** The error of the `could not start` log line: its class and code. */
function loggedError(stderr: string): { type?: string; code?: string } {
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    const parsed = JSON.parse(line) as { msg?: string; err?: { type?: string; code?: string } };
    if (parsed.msg === 'canopy: the member could not start') return parsed.err ?? {};
  }
  return {};
}

/** The journal's files of one kind, sorted. */
function journalFiles(journal: string, pattern: RegExp): string[] {
  return readdirSync(journal)
    .filter((f) => pattern.test(f))
    .sort();
}

async function get(url: string, path: string): Promise<number | null> {
  const run = await runCli(['get', path, '--url', url]);
  return run.code;
}

describe('cli: a damaged or shortened journal', function () {
  this.timeout(300_000);
  let golden: string;
  let work: string;
  let dataDir: string;
  let journal: string;

  before(async () => {
    golden = tempDir('journal-golden');
    const data = join(golden, 'data');
    const first = await MemberProcess.start({ dataDir: data });
    assert.equal((await runCli(['put', N1, body('n1'), '--url', first.url])).code, 0);
    assert.deepEqual(await first.stop(), { code: 0, signal: null }, first.logTail());
    const second = await MemberProcess.start({ dataDir: data });
    assert.equal((await runCli(['put', N2, body('n2'), '--url', second.url])).code, 0);
    assert.deepEqual(await second.stop(), { code: 0, signal: null }, second.logTail());
    const j = join(data, 'journal');
    assert.ok(journalFiles(j, /\.ldb$/).length > 0, 'the golden journal has a table');
    assert.ok(statSync(join(j, journalFiles(j, /\.log$/).at(-1)!)).size > 0, 'and a log in use');
  });

  after(() => {
    removeDir(golden);
  });

  beforeEach(() => {
    work = tempDir('journal-damage');
    dataDir = join(work, 'data');
    journal = join(dataDir, 'journal');
    cpSync(join(golden, 'data'), dataDir, { recursive: true });
  });

  afterEach(async () => {
    await stopAll();
    removeDir(work);
  });

  /** Starts `canopy start` on the damaged copy; asserts exit 1, the error code, an unchanged tree. */
  async function refusedStart(code: string, args: readonly string[] = []): Promise<Refusal> {
    const before = snapshotTree(dataDir);
    const run = await MemberProcess.startExpectingFailure({ dataDir, args });
    assert.equal(run.code, 1, explain(run));
    assert.match(run.stderr, /canopy: the member could not start: /, explain(run));
    assert.equal(loggedError(run.stderr).code, code, explain(run));
    assert.deepEqual(snapshotTree(dataDir), before, 'the refused start changed the data directory');
    // No stack trace on the line a person reads.
    assert.doesNotMatch(
      run.stderr
        .split('\n')
        .filter((l) => !l.startsWith('{'))
        .join('\n'),
      /^\s+at /m,
    );
    return run;
  }

  /** Starts the member, checks which of n1 and n2 it serves, stops it. */
  async function startAndRead(expect: { n1: boolean; n2: boolean }, args: readonly string[] = []) {
    const member = await MemberProcess.start({ dataDir, args });
    assert.equal(await get(member.url, N1), expect.n1 ? 0 : 1, member.logTail());
    assert.equal(await get(member.url, N2), expect.n2 ? 0 : 1, member.logTail());
    assert.deepEqual(await member.stop(), { code: 0, signal: null }, member.logTail());
    return member;
  }

  it('CURRENT removed: refused naming CURRENT and the manifest to write back; following the advice restores everything', async () => {
    const manifest = readFileSync(join(journal, 'CURRENT'), 'utf8').trim();
    rmSync(join(journal, 'CURRENT'));
    const run = await refusedStart('journal-corruption');
    assert.match(
      run.stderr,
      /file CURRENT.*CURRENT file is missing, but the directory holds a database/,
    );
    const advice = `printf '${manifest}\\n' > '${join(journal, 'CURRENT')}'`;
    assert.ok(run.stderr.includes(advice), `${advice}\n${explain(run)}`);
    assert.match(run.stderr, /the start changed nothing/);
    // The refusal is stable: a second start says the same and still changes nothing.
    const again = await refusedStart('journal-corruption');
    assert.equal(again.stderr.split('\n').at(-2), run.stderr.split('\n').at(-2));
    writeFileSync(join(journal, 'CURRENT'), `${manifest}\n`);
    await startAndRead({ n1: true, n2: true });
  });

  it('CURRENT naming a manifest that does not exist: refused, with the manifest that does', async () => {
    const manifest = readFileSync(join(journal, 'CURRENT'), 'utf8').trim();
    writeFileSync(join(journal, 'CURRENT'), 'MANIFEST-000999\n');
    const run = await refusedStart('journal-corruption');
    assert.match(run.stderr, /CURRENT names the manifest MANIFEST-000999, which is missing/);
    assert.ok(run.stderr.includes(`printf '${manifest}\\n'`), explain(run));
  });

  it('CURRENT without its new line: refused as LevelDB would, with the repair', async () => {
    const manifest = readFileSync(join(journal, 'CURRENT'), 'utf8').trim();
    writeFileSync(join(journal, 'CURRENT'), manifest);
    const run = await refusedStart('journal-corruption');
    assert.match(run.stderr, /CURRENT does not end with a new line/);
    assert.ok(run.stderr.includes(`printf '${manifest}\\n'`), explain(run));
  });

  it('the manifest CURRENT names removed: refused naming it; no other manifest to offer, so restore', async () => {
    const manifest = readFileSync(join(journal, 'CURRENT'), 'utf8').trim();
    rmSync(join(journal, manifest));
    const run = await refusedStart('journal-corruption');
    assert.ok(
      run.stderr.includes(`CURRENT names the manifest ${manifest}, which is missing`),
      explain(run),
    );
    assert.match(run.stderr, /restore this member from a healthy replica .* or from a backup/);
  });

  it('the manifest damaged: refused naming the manifest and the damaged record', async () => {
    const manifest = readFileSync(join(journal, 'CURRENT'), 'utf8').trim();
    const bytes = readFileSync(join(journal, manifest));
    bytes[bytes.length - 3]! ^= 0x40;
    writeFileSync(join(journal, manifest), bytes);
    const run = await refusedStart('journal-corruption');
    assert.ok(run.stderr.includes(`file ${manifest}`), explain(run));
    assert.match(run.stderr, /is damaged: checksum mismatch in the record at byte \d+/);
  });

  for (const [kind, damage, says] of [
    [
      'empty',
      (path: string) => truncateSync(path, 0),
      /is 0 bytes long, but the manifest MANIFEST-\d+ records \d+: it was cut short/,
    ],
    [
      'cut short',
      (path: string) => truncateSync(path, Math.floor(statSync(path).size / 2)),
      /bytes long, but the manifest .* records \d+: it was cut short/,
    ],
    [
      'overwritten with garbage of the same size',
      (path: string) => writeFileSync(path, Buffer.alloc(statSync(path).size, 0x5a)),
      /does not end in the table magic number/,
    ],
    [
      'removed',
      (path: string) => rmSync(path),
      /which the manifest MANIFEST-\d+ lists, is missing/,
    ],
  ] as const) {
    it(`a table ${kind}: refused as journal corruption naming the table`, async () => {
      const table = journalFiles(journal, /\.ldb$/)[0]!;
      damage(join(journal, table));
      const run = await refusedStart('journal-corruption');
      assert.ok(run.stderr.includes(`file ${table}`), explain(run));
      assert.match(run.stderr, says);
    });
  }

  it('a table that cannot be read (a directory in its place, which stops root too): refused as journal-io naming it', async () => {
    const table = journalFiles(journal, /\.ldb$/)[0]!;
    rmSync(join(journal, table));
    mkdirSync(join(journal, table));
    const run = await refusedStart('journal-io');
    assert.ok(
      run.stderr.includes(`${join(journal, table)} is not a regular file (a directory)`),
      explain(run),
    );
  });

  it('the write-ahead log cut short while stopped: refused as a lost synced tail with the entries missing; --accept-lost-synced-tail serves what survived', async () => {
    const log = journalFiles(journal, /\.log$/).at(-1)!;
    truncateSync(join(journal, log), Math.floor(statSync(join(journal, log)).size / 2));
    const run = await refusedStart('journal-corruption');
    assert.match(run.stderr, /synced, acknowledged writes are gone/);
    assert.match(
      run.stderr,
      /\d+ log entries are missing: group member-1-shard-[a-z]+-config: entries \d+\.\.\d+/,
    );
    assert.match(run.stderr, /--accept-lost-synced-tail/);
    const accepted = await startAndRead({ n1: true, n2: false }, ['--accept-lost-synced-tail']);
    assert.ok(
      accepted
        .logLines()
        .some(
          (l) => l.level === 40 && /opened anyway because acceptLostSyncedTail/.test(String(l.msg)),
        ),
      accepted.logTail(),
    );
    // Accepted once: the next start needs no flag.
    await startAndRead({ n1: true, n2: false });
  });

  it('the write-ahead log removed while stopped: refused as a lost synced tail, naming the missing log', async () => {
    const log = journalFiles(journal, /\.log$/).at(-1)!;
    rmSync(join(journal, log));
    const run = await refusedStart('journal-corruption');
    assert.match(run.stderr, /synced, acknowledged writes are gone/);
    assert.ok(
      run.stderr.includes(
        `the write-ahead log ${log}, which LevelDB's manifest names as current, is missing`,
      ),
      explain(run),
    );
  });

  it('the high-water file removed: refused, since a lost synced tail could no longer be ruled out', async () => {
    rmSync(join(journal, 'CANOPY-HIGH-WATER'));
    const run = await refusedStart('journal-corruption');
    assert.match(
      run.stderr,
      /the high-water file is missing although the journal holds sync stamp \d+/,
    );
    await startAndRead({ n1: true, n2: true }, ['--accept-lost-synced-tail']);
    await startAndRead({ n1: true, n2: true });
  });

  it("the journal held by another process: refused as journal-io, and the running member's files are untouched", async () => {
    const running = await MemberProcess.start({ dataDir });
    // The running member writes right after its start (Raft elections, the high-water file): wait
    // until its files stay still, so only the refused start could change them.
    let before = snapshotTree(dataDir);
    for (let settled = 0; settled < 3;) {
      await new Promise((r) => setTimeout(r, 300));
      const now = snapshotTree(dataDir);
      settled = JSON.stringify(now) === JSON.stringify(before) ? settled + 1 : 0;
      before = now;
    }
    const run = await MemberProcess.startExpectingFailure({ dataDir });
    assert.equal(run.code, 1, explain(run));
    assert.equal(loggedError(run.stderr).code, 'journal-io', explain(run));
    assert.match(run.stderr, /is locked by another process/);
    assert.deepEqual(
      snapshotTree(dataDir),
      before,
      "the refused start touched the running member's files",
    );
    assert.equal(await get(running.url, N2), 0);
    await running.stop();
  });

  it('the journal directory is a file: refused as journal-io naming it', async () => {
    rmSync(journal, { recursive: true });
    writeFileSync(journal, 'not a directory');
    const run = await refusedStart('journal-io');
    assert.ok(
      run.stderr.includes(`raft journal ${journal} is not a directory (a file)`),
      explain(run),
    );
  });

  it('LevelDB data that is not a canopy journal: refused as journal-version, the foreign database untouched', async () => {
    rmSync(journal, { recursive: true });
    const foreign = new ClassicLevel(journal);
    await foreign.put('someone', 'else');
    await foreign.close();
    const reopened = new ClassicLevel(journal); // a second session: a table and a manifest of its own
    await reopened.put('more', 'data');
    await reopened.close();
    const run = await refusedStart('journal-version');
    assert.match(run.stderr, /not a canopy raft journal/);
  });

  it("files that are not LevelDB's in the journal directory: refused as journal-version, nothing created", async () => {
    rmSync(journal, { recursive: true });
    mkdirSync(journal);
    writeFileSync(join(journal, 'notes.txt'), 'mine');
    const run = await refusedStart('journal-version');
    assert.match(run.stderr, /holds files that are not LevelDB's \(notes\.txt\)/);
  });

  it('an empty journal directory (a new mount, say) starts as a new journal', async () => {
    rmSync(journal, { recursive: true });
    mkdirSync(journal);
    await startAndRead({ n1: false, n2: false });
    assert.ok(readdirSync(journal).includes('CURRENT'));
  });

  it('a refused start leaves no check copy behind, and one a crash left is removed at the next start', async () => {
    // As a start killed during its check would leave it.
    mkdirSync(join(journal, 'CANOPY-OPEN-CHECK'));
    writeFileSync(join(journal, 'CANOPY-OPEN-CHECK', '000123.ldb'), 'left by a crash');
    await startAndRead({ n1: true, n2: true });
    assert.ok(!readdirSync(journal).includes('CANOPY-OPEN-CHECK'));
  });
});

/**
 * Goal: the journal's reading of LevelDB's manifest (src/persistence/leveldb-manifest.ts, over the
 * log reader ported from log_reader.cc) agrees with LevelDB itself: wherever LevelDB refuses to open
 * a directory for its manifest, readManifest reports a problem, and wherever LevelDB opens it,
 * readManifest reads it and lists live tables LevelDB keeps. A disagreement either way matters: a
 * problem LevelDB does not see would refuse a healthy journal at start, and a missed one would give
 * the operator LevelDB's bare message instead of the file and the fault.
 *
 * Method: real LevelDB. A database is written in several sessions with a small write buffer and long
 * keys, so its manifest holds many edits and a snapshot record spanning 32 KiB blocks (fragments).
 * Seeded damage to a copy of the manifest (a flipped byte, a cut at any offset, a zeroed range,
 * garbage appended, a record's length changed) is then given to both: readManifest, and LevelDB's open
 * of a copy of the directory (createIfMissing off).
 */
import { strict as assert } from 'node:assert';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { readManifest } from '../../../src/persistence/leveldb-manifest.js';
import { SeededRng, type Rng } from '../../../src/util/rng.js';
import { removeTempDirs, tempDir } from './helpers.js';

const SEED = Number(process.env.CANOPY_PROPERTY_SEED ?? 9_001);
const RUNS = Number(process.env.CANOPY_PROPERTY_RUNS ?? 60);

/** A closed database whose manifest has many edits and a snapshot record over two blocks. */
async function database(): Promise<string> {
  const dir = tempDir('manifest');
  for (let session = 0; session < 3; session++) {
    const db = new ClassicLevel<Uint8Array, Uint8Array>(dir, {
      keyEncoding: 'view',
      valueEncoding: 'view',
      writeBufferSize: 64 * 1024,
    });
    await db.open();
    for (let i = 0; i < 300; i++) {
      // Long keys make each table's entry in the manifest long (smallest and largest key).
      const key = new Uint8Array(1500).fill(65 + ((i * 7 + session) % 26));
      new DataView(key.buffer).setUint32(0, session * 1000 + i);
      await db.put(key, new Uint8Array(100).fill(i & 0xff));
    }
    await db.close();
  }
  return dir;
}

function currentManifest(dir: string): string {
  return readFileSync(join(dir, 'CURRENT'), 'utf8').trim();
}

type Damage = (bytes: Uint8Array, rng: Rng) => { bytes: Uint8Array; what: string };

const DAMAGES: readonly Damage[] = [
  (b, rng) => {
    const at = rng.int(b.length);
    const out = Uint8Array.from(b);
    out[at]! ^= 1 << rng.int(8);
    return { bytes: out, what: `bit flipped at ${at}` };
  },
  (b, rng) => {
    const at = rng.int(b.length + 1);
    return { bytes: b.subarray(0, at), what: `cut at ${at}` };
  },
  (b, rng) => {
    const at = rng.int(b.length);
    const n = 1 + rng.int(64);
    const out = Uint8Array.from(b);
    out.fill(0, at, Math.min(b.length, at + n));
    return { bytes: out, what: `${n} bytes zeroed at ${at}` };
  },
  (b, rng) => {
    const extra = Uint8Array.from({ length: 1 + rng.int(100) }, () => rng.int(256));
    const out = new Uint8Array(b.length + extra.length);
    out.set(b);
    out.set(extra, b.length);
    return { bytes: out, what: `${extra.length} garbage bytes appended` };
  },
  (b, rng) => {
    // A record's length field (bytes 4-5 of its header), for the first record or a random offset.
    const at = rng.chance(0.5) ? 4 : rng.int(Math.max(1, b.length - 1));
    const out = Uint8Array.from(b);
    out[at] = rng.int(256);
    return { bytes: out, what: `byte ${at} set to ${out[at]}` };
  },
];

async function levelOpens(dir: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const db = new ClassicLevel(dir, { createIfMissing: false });
  try {
    await db.open();
  } catch (error) {
    const cause = (error as { cause?: Error }).cause;
    return { ok: false, message: cause?.message ?? String(error) };
  }
  await db.close();
  return { ok: true };
}

afterEach(removeTempDirs);

describe('persistence: reading LevelDB manifests as LevelDB does', function () {
  this.timeout(120_000);

  it('an intact manifest of a database written in several sessions lists the live tables, as LevelDB keeps them', async () => {
    const dir = await database();
    const name = currentManifest(dir);
    const bytes = readFileSync(join(dir, name));
    assert.ok(bytes.length > 32 * 1024, `the manifest spans blocks (${bytes.length} bytes)`);
    const reading = readManifest(bytes);
    assert.ok(reading.ok, reading.ok ? '' : reading.problem);
    assert.ok(reading.state.edits >= 1);
    for (const [number, table] of reading.state.tables) {
      const file = join(dir, `${String(number).padStart(6, '0')}.ldb`);
      assert.equal(readFileSync(file).length, table.bytes, `${file}: the recorded size`);
    }
    // A compaction cut short by close may leave a table no manifest lists; LevelDB's next open
    // deletes it, and keeps every table the manifest lists.
    const live = [...reading.state.tables.keys()];
    await levelOpens(dir);
    const after = new Set(readdirSync(dir).filter((f) => f.endsWith('.ldb')));
    for (const number of live) assert.ok(after.has(`${String(number).padStart(6, '0')}.ldb`));
  });

  it(`${RUNS} seeded damages: readManifest reports a problem exactly when LevelDB refuses to open (seed ${SEED})`, async () => {
    const dir = await database();
    const name = currentManifest(dir);
    const original = readFileSync(join(dir, name));
    const rng = new SeededRng(SEED);
    let refused = 0;
    let opened = 0;
    for (let run = 0; run < RUNS; run++) {
      const damage = DAMAGES[run % DAMAGES.length]!;
      const { bytes, what } = damage(original, rng);
      // NB: each copy is removed at once, not with the test's temporary directories.
      const copy = mkdtempSync(join(tmpdir(), 'canopy-manifest-copy-'));
      cpSync(dir, copy, { recursive: true });
      writeFileSync(join(copy, name), bytes);
      const ours = readManifest(bytes);
      // LevelDB also needs every table the manifest lists: that is journal-files.ts's check, so only
      // manifests whose tables are all present take part.
      if (ours.ok) {
        const missing = [...ours.state.tables.keys()].filter(
          (n) => !existsSync(join(copy, `${String(n).padStart(6, '0')}.ldb`)),
        );
        if (missing.length > 0) {
          rmSync(copy, { recursive: true, force: true });
          continue;
        }
      }
      const level = await levelOpens(copy);
      rmSync(copy, { recursive: true, force: true });
      const context = `run ${run} (${what}): ours ${ours.ok ? 'ok' : ours.problem}; LevelDB ${
        level.ok ? 'ok' : level.message
      }; reproduce with CANOPY_PROPERTY_SEED=${SEED}`;
      assert.equal(ours.ok, level.ok, context);
      if (!level.ok) refused++;
      else opened++;
    }
    // The damages exercise both outcomes.
    assert.ok(refused >= RUNS / 10 && opened >= RUNS / 10, `refused ${refused}, opened ${opened}`);
  });
});

/**
 * Goal: a crash never loses an acknowledged write. Method: a child process (crash-writer.ts) appends to
 * three groups with `sync: true` through group commit, with snapshots, printing each index only after
 * its save resolved; the parent SIGKILLs it at seeded random moments (after a random number of
 * acknowledgements, or during start-up and recovery), reopens the journal, and checks that every
 * acknowledged entry and snapshot is there with its exact bytes, with nothing repaired. 20 kills; the
 * next child continues from what the last one left. A second test cuts LevelDB's own log file short at
 * many points, as a crash mid-write would leave it but after every batch was acknowledged (a lost synced
 * tail): the open refuses, counting exactly the entries missing from each group, and once accepted the
 * journal holds whole batches, never part of one.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openRaftStore } from '../../../src/persistence/raft-store.js';
import { SeededRng } from '../../../src/util/rng.js';
import { CRASH_GROUPS } from './crash-writer.js';
import { JournalCorruptionError } from '../../../src/persistence/errors.js';
import { entries, payload, rejectsWith, removeTempDirs, snapshotData, tempDir } from './helpers.js';

const SEED = Number(process.env.CANOPY_CRASH_SEED ?? 20_240_611);
const KILLS = 20;
const writer = fileURLToPath(new URL('./crash-writer.js', import.meta.url));

interface Acks {
  readonly entries: Map<string, number>;
  readonly snapshots: Map<string, number>;
  count: number;
}

type KillPlan =
  { readonly afterAcks: number; readonly delayMs: number } | { readonly atMs: number };

/** Runs the writer until it is killed as `plan` says; records every acknowledgement it printed. */
function runUntilKilled(
  dir: string,
  plan: KillPlan,
  acks: Acks,
  extraArgs: string[] = [],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir, ...extraArgs], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let seen = 0;
    let pending = '';
    let stderr = '';
    let killing = false;
    const kill = () => {
      killing = true;
      child.kill('SIGKILL');
    };
    if ('atMs' in plan) setTimeout(kill, plan.atMs);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const [kind, group, index] = line.split(' ');
        if (kind === 'ack' || kind === 'snap') {
          const map = kind === 'ack' ? acks.entries : acks.snapshots;
          map.set(group!, Math.max(map.get(group!) ?? 0, Number(index)));
          acks.count += kind === 'ack' ? 1 : 0;
          seen++;
        }
        if (kind === 'done' && !killing) kill();
        if ('afterAcks' in plan && seen === plan.afterAcks && !killing)
          setTimeout(kill, plan.delayMs);
      }
    });
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`crash-writer exited on its own (code ${code}): ${stderr}`));
    });
  });
}

/** Loads every group and checks it holds everything acknowledged, byte for byte, unrepaired. */
async function checkDurable(dir: string, acks: Acks, context: string): Promise<void> {
  const store = await openRaftStore(dir);
  try {
    for (const group of CRASH_GROUPS) {
      const state = await store.group(group).load();
      const where = `${context}, group ${group}`;
      assert.deepEqual(state.warnings, [], `${where}: recovery had to repair synced data`);
      const snapIndex = state.snapshot?.meta.index ?? 0;
      const last = state.entries.at(-1)?.index ?? snapIndex;
      assert.ok(
        last >= (acks.entries.get(group) ?? 0),
        `${where}: acknowledged entries lost (last ${last})`,
      );
      assert.ok(
        snapIndex >= (acks.snapshots.get(group) ?? 0),
        `${where}: acknowledged snapshot lost`,
      );
      if (state.snapshot !== undefined) {
        assert.deepEqual(
          state.snapshot.data,
          snapshotData(snapIndex),
          `${where}: snapshot bytes differ`,
        );
      }
      for (const e of state.entries) {
        assert.ok(e.type === 'normal', where);
        assert.deepEqual(
          e.data,
          payload(group, e.index),
          `${where}: entry ${e.index} bytes differ`,
        );
      }
      assert.ok(state.hardState.commit <= last, where);
    }
  } finally {
    await store.close();
  }
}

afterEach(removeTempDirs);

describe('persistence: crashes', () => {
  it('every acknowledged entry and snapshot survives SIGKILL at random moments (20 kills)', async function () {
    this.timeout(300_000);
    const rng = new SeededRng(SEED);
    const dir = tempDir('crash');
    const acks: Acks = { entries: new Map(), snapshots: new Map(), count: 0 };
    for (let round = 0; round < KILLS; round++) {
      const plan: KillPlan = rng.chance(0.2)
        ? { atMs: rng.int(120) }
        : { afterAcks: rng.range(1, 400), delayMs: rng.int(4) };
      await runUntilKilled(dir, plan, acks);
      await checkDurable(
        dir,
        acks,
        `seed ${SEED} (CANOPY_CRASH_SEED), kill ${round + 1} ${JSON.stringify(plan)}`,
      );
    }
    assert.ok(acks.count > 200, `the writers made progress (${acks.count} acknowledged saves)`);
    assert.ok((acks.snapshots.get(CRASH_GROUPS[0]!) ?? 0) > 0, 'snapshots were taken');
  });

  it('a LevelDB log torn by a crash loses whole batches, never part of one', async function () {
    this.timeout(60_000);
    const dir = tempDir('torn');
    const acks: Acks = { entries: new Map(), snapshots: new Map(), count: 0 };
    // `strict`: every acknowledged save is in the high-water file before it is acknowledged.
    await runUntilKilled(dir, { afterAcks: Number.POSITIVE_INFINITY, delayMs: 0 }, acks, [
      '--batches',
      '40',
      '--high-water',
      'strict',
    ]);
    const logs = readdirSync(dir).filter((f) => f.endsWith('.log'));
    assert.equal(logs.length, 1, 'all batches sit in one LevelDB log file');
    const size = statSync(join(dir, logs[0]!)).size;
    const rng = new SeededRng(SEED);
    const cuts = [
      0,
      1,
      7,
      33,
      500,
      rng.range(1, size - 1),
      rng.range(1, size - 1),
      Math.floor(size / 2),
    ];
    for (const cut of cuts) {
      const copy = tempDir('torn-copy');
      cpSync(dir, copy, { recursive: true });
      truncateSync(join(copy, logs[0]!), size - cut);
      const refusal =
        cut === 0 ? undefined : await rejectsWith(openRaftStore(copy), JournalCorruptionError);
      const store = await openRaftStore(copy, {
        acceptLostSyncedTail: true,
        onWarning: () => undefined,
      });
      let lost = 0;
      for (const group of CRASH_GROUPS) {
        const state = await store.group(group).load();
        const last = state.entries.at(-1)?.index ?? 0;
        assert.deepEqual(state.entries, entries(group, 1, last), `cut ${cut}: not a prefix`);
        // Each save wrote its hard state (commit = its last index) in the same batch as its entries.
        assert.equal(state.hardState.commit, last, `cut ${cut}: hard state and entries split`);
        const acked = acks.entries.get(group) ?? 0;
        lost += acked - last;
        // The refusal named exactly what this group lost.
        if (acked > last) {
          const missing = `group ${group}: entries ${last + 1}..${acked} (${acked - last}, ${acked - last} of them committed)`;
          assert.ok(
            refusal?.message.includes(missing),
            `cut ${cut}: ${missing} in ${refusal?.message}`,
          );
        }
      }
      await store.close();
      if (cut === 0) assert.equal(lost, 0, 'an intact log loses nothing');
      else {
        assert.ok(lost > 0, `cut ${cut}: the torn batch was dropped`);
        assert.match(refusal!.message, new RegExp(`${lost} log entries are missing`));
      }
    }
  });
});

/**
 * Goal: for any sequence of writes a Raft node can make (appends that cut conflicting suffixes, hard
 * state changes, snapshots that match the log or replace it, compactions, restarts), the journal loads
 * exactly what the in-memory model (src/raft MemoryRaftLog, etcd's MemoryStorage idea) holds after the
 * same writes. Method: fast-check picks seeds; each seed drives a SeededRng that generates Raft-valid
 * writes, applied to both the real LevelDB journal and the model, comparing after every restart.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { openRaftStore, type RaftStore } from '../../../src/persistence/raft-store.js';
import { MemoryRaftLog } from '../../../src/raft/memory-log.js';
import type { DurableWrite } from '../../../src/raft/storage.js';
import type { Entry, Snapshot } from '../../../src/raft/types.js';
import { type Rng, SeededRng } from '../../../src/util/rng.js';
import { payload, removeTempDirs, tempDir } from './helpers.js';

const G = 'member-2-shard-model';
const confState = { voters: ['member-1', 'member-2'], learners: [] };

/** The next Raft-valid write for a log in the state `model` holds, with `term` the current term. */
function nextWrite(rng: Rng, model: MemoryRaftLog, term: number): DurableWrite {
  const { commit } = model.hardState();
  const first = model.firstIndex();
  const last = model.lastIndex();
  const roll = rng.int(10);
  if (roll < 6) {
    // Append, possibly overwriting an uncommitted suffix (a new leader's entries).
    const from = rng.range(Math.max(first, commit + 1), last + 1);
    const count = rng.range(1, 6);
    const entries: Entry[] = [];
    for (let i = from; i < from + count; i++) {
      entries.push(
        rng.chance(0.1)
          ? {
              type: 'config-change',
              term,
              index: i,
              change: { type: 'add-learner', node: `m${i}` },
            }
          : { type: 'normal', term, index: i, data: payload(G, i * term) },
      );
    }
    const newCommit = rng.chance(0.5) ? rng.range(commit, from + count - 1) : commit;
    return {
      entries,
      hardState: { term, vote: rng.chance(0.5) ? 'member-1' : null, commit: newCommit },
    };
  }
  if (roll < 8 && commit > model.snapshot().meta.index) {
    // A local snapshot at an applied (committed) index: matches the log.
    const index = rng.range(model.snapshot().meta.index + 1, commit);
    const snap: Snapshot = {
      meta: { index, term: model.term(index)!, confState },
      data: payload('snap', index),
    };
    return { entries: [], snapshot: snap };
  }
  if (roll < 9) {
    // A leader's snapshot beyond (or conflicting with) this log: replaces it; entries may follow.
    const index = Math.max(1, last + rng.range(0, 20));
    const snap: Snapshot = { meta: { index, term, confState }, data: payload('leader', index) };
    const after: Entry[] = [];
    for (let i = index + 1; i <= index + rng.int(3); i++) {
      after.push({ type: 'normal', term, index: i, data: payload(G, i) });
    }
    return { entries: after, snapshot: snap, hardState: { term, vote: null, commit: index } };
  }
  return { entries: [], hardState: { term, vote: 'member-2', commit } };
}

function expected(model: MemoryRaftLog) {
  const state = model.toDurableState();
  return { hardState: state.hardState, snapshot: state.snapshot, entries: state.entries };
}

afterEach(removeTempDirs);

describe('persistence: raft log against the in-memory model', () => {
  it('any Raft-valid sequence of writes and restarts loads as the model holds it', async function () {
    this.timeout(120_000);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (seed) => {
        const rng = new SeededRng(seed);
        const dir = tempDir('model');
        const model = new MemoryRaftLog();
        let term = 1;
        let store: RaftStore = await openRaftStore(dir, {
          snapshotChunkBytes: 50,
          deleteBatchRecordsMax: 3,
        });
        let log = store.group(G);
        await log.load();
        try {
          for (let step = 0; step < 40; step++) {
            if (rng.chance(0.1)) term++;
            const write = nextWrite(rng, model, term);
            model.save(write);
            await log.save(write, { sync: rng.chance(0.3) });
            if (rng.chance(0.15) || step === 39) {
              await store.close();
              store = await openRaftStore(dir, { snapshotChunkBytes: 64 });
              log = store.group(G);
              const loaded = await log.load();
              assert.deepEqual(loaded.warnings, [], `seed ${seed} step ${step}`);
              const { warnings: _, ...state } = loaded;
              assert.deepStrictEqual(state, expected(model), `seed ${seed} step ${step}`);
            }
          }
        } finally {
          await store.close();
        }
      }),
      { numRuns: 25, seed: 424242 },
    );
  });
});

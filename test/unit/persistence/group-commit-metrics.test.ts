/**
 * Goal: the journal reports its group commit to metrics: every LevelDB batch with the number of writes
 * it merged, and every synced batch with how long its write and fsync took; an unsynced batch is not
 * timed as an fsync. Method: a real journal (openRaftStore on a temporary directory) given a recording
 * JournalMetrics; saves issued together share one batch.
 */
import { strict as assert } from 'node:assert';
import { openRaftStore } from '../../../src/persistence/raft-store.js';
import type { JournalMetrics } from '../../../src/runtime/metrics.js';
import { entries, removeTempDirs, tempDir } from './helpers.js';

afterEach(removeTempDirs);

function recorder(): JournalMetrics & {
  batches: { writes: number; synced: boolean; seconds: number }[];
} {
  const batches: { writes: number; synced: boolean; seconds: number }[] = [];
  return {
    batches,
    batchWritten: (writes, synced, seconds) => batches.push({ writes, synced, seconds }),
  };
}

describe('persistence: group commit metrics', () => {
  it('a batch reports the writes it merged and, when synced, its write-and-fsync time', async () => {
    const metrics = recorder();
    const store = await openRaftStore(tempDir(), { metrics });
    const names = Array.from({ length: 12 }, (_, i) => `member-1-shard-s${i}`);
    for (const name of names) await store.group(name).load();
    metrics.batches.length = 0;
    await Promise.all(
      names.map((name) =>
        store
          .group(name)
          .save(
            { entries: entries(name, 1, 2), hardState: { term: 1, vote: null, commit: 2 } },
            { sync: true },
          ),
      ),
    );
    assert.equal(metrics.batches.length, 1);
    const [batch] = metrics.batches;
    assert.equal(batch!.writes, 12);
    assert.equal(batch!.synced, true);
    assert.ok(batch!.seconds > 0 && batch!.seconds < 30, `${batch!.seconds} s`);

    await store
      .group(names[0]!)
      .save({ hardState: { term: 1, vote: null, commit: 2 }, entries: [] }, { sync: false });
    assert.equal(metrics.batches.length, 2);
    assert.deepEqual([metrics.batches[1]!.writes, metrics.batches[1]!.synced], [1, false]);
    await store.close();
  });
});

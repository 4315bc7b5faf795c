/**
 * Goal: each shard replica counts, as its callers see them, the transactions it committed (with how
 * long each commit took) and those it refused, by error code, so that a conflict
 * (`optimistic-lock-failed`) is told apart from a validation failure; a multi-shard transaction counts
 * once on every shard it committed on, and a failed one only on the shard that refused it; the journal
 * reports its synced batches. Method: a real DistributedDataStore (nact shards, a LevelDB journal in a
 * temporary directory) with PrometheusMetrics; transactions provoke each outcome; the counts are read
 * back by scraping and parsing the text.
 */
import { strict as assert } from 'node:assert';
import { DistributedDataStore } from '../../../src/api/distributed-data-store.js';
import { PrometheusMetrics } from '../../../src/runtime/metrics.js';
import { DataValidationFailedError, OptimisticLockFailedError } from '../../../src/tree/errors.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { parseExposition, type Exposition } from '../../support/prometheus-text.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { fixtureConfig, tempDataDir } from './store-fixture.js';

const I32 = '/conformance:types/i32';
const BOB = '/conformance:users/user=bob';

describe('shard: metrics', function () {
  this.timeout(30_000);
  let schema: SchemaContext;
  let temp: ReturnType<typeof tempDataDir>;
  let metrics: PrometheusMetrics;
  let store: DistributedDataStore;

  before(async () => {
    schema = await loadTestSchema();
  });

  beforeEach(async () => {
    temp = tempDataDir('shard-metrics');
    metrics = new PrometheusMetrics({ processMetrics: false });
    store = await DistributedDataStore.start({
      config: fixtureConfig({ dataDir: temp.dir, persistent: true }),
      schema,
      datastore: 'config',
      metrics,
    });
  });

  afterEach(async () => {
    await store.close();
    temp.remove();
  });

  async function scrape(): Promise<Exposition> {
    return parseExposition(await metrics.scrape());
  }

  const on = (shard: string): { shard: string; datastore: string } => ({
    shard,
    datastore: 'config',
  });

  it('a commit counts on its shard and is timed', async () => {
    const tx = store.newWriteOnlyTransaction();
    tx.write(I32, 7);
    await tx.commit();
    const m = await scrape();
    assert.equal(m.value('canopy_shard_commits_total', on('conformance')), 1);
    assert.equal(m.value('canopy_shard_commits_total', on('users')), 0);
    const latency = m.histogram('canopy_shard_commit_duration_seconds', on('conformance'));
    assert.equal(latency.count, 1);
    assert.ok(latency.sum > 0 && latency.sum < 30, `${latency.sum} s`);
    // The commit's journal write was synced: at least one synced batch was timed.
    assert.ok(m.histogram('canopy_journal_fsync_duration_seconds').count >= 1);
    assert.ok(m.histogram('canopy_journal_batch_writes').sum >= 1);
  });

  it('a conflict counts as an abort with code optimistic-lock-failed, not as a commit', async () => {
    const first = store.newReadWriteTransaction();
    const second = store.newReadWriteTransaction();
    await first.read(I32);
    await second.read(I32);
    first.write(I32, 1);
    second.write(I32, 2);
    await first.commit();
    await assert.rejects(second.commit(), OptimisticLockFailedError);
    const m = await scrape();
    assert.equal(m.value('canopy_shard_commits_total', on('conformance')), 1);
    assert.equal(
      m.value('canopy_shard_aborts_total', {
        ...on('conformance'),
        code: 'optimistic-lock-failed',
      }),
      1,
    );
    assert.equal(m.sum('canopy_shard_aborts_total'), 1);
  });

  it('a validation failure counts as an abort with code data-validation-failed', async () => {
    const tx = store.newWriteOnlyTransaction();
    tx.write(BOB, { name: 'bob' }); // uid is mandatory
    await assert.rejects(tx.commit(), DataValidationFailedError);
    const m = await scrape();
    assert.equal(
      m.value('canopy_shard_aborts_total', { ...on('users'), code: 'data-validation-failed' }),
      1,
    );
    assert.equal(m.sum('canopy_shard_commits_total'), 0);
  });

  it('a multi-shard transaction counts once on each shard; a failed one only where it was refused', async () => {
    const both = store.newWriteOnlyTransaction();
    both.write(I32, 3);
    both.write(BOB, { name: 'bob', uid: 1 });
    await both.commit();
    // The commit is answered at the coordinator's decision; the participant applies its part and
    // answers its own commit request right after.
    let m = await scrape();
    for (let i = 0; i < 100 && m.value('canopy_shard_commits_total', on('users')) === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      m = await scrape();
    }
    assert.equal(m.value('canopy_shard_commits_total', on('conformance')), 1);
    assert.equal(m.value('canopy_shard_commits_total', on('users')), 1);
    assert.equal(m.histogram('canopy_shard_commit_duration_seconds', on('users')).count, 1);

    const refused = store.newWriteOnlyTransaction();
    refused.write(I32, 4);
    refused.write('/conformance:users/user=eve', { name: 'eve' }); // no uid
    await assert.rejects(refused.commit(), DataValidationFailedError);
    m = await scrape();
    assert.equal(m.value('canopy_shard_commits_total', on('conformance')), 1);
    assert.equal(m.value('canopy_shard_commits_total', on('users')), 1);
    assert.equal(
      m.value('canopy_shard_aborts_total', { ...on('users'), code: 'data-validation-failed' }),
      1,
    );
    assert.equal(m.sum('canopy_shard_aborts_total', on('conformance')), 0);
  });
});

/**
 * Goal: listeners whose subtree spans shards (at `/`, or above a prefix boundary) get the same
 * contract as one-shard listeners: initial data merged from every involved shard, then each change,
 * with data before and after showing the whole subtree, in each shard's commit order; nothing for
 * changes elsewhere; replaying what they got rebuilds the data. Method: a DistributedDataStore of the
 * fixture configuration (module shards, a prefix shard below /conformance:users, the default shard);
 * the recorder of the conformance suite checks every candidate and replays them.
 */
import { strict as assert } from 'node:assert';
import type { DistributedDataStore } from '../../../src/api/distributed-data-store.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { candidateProblems, ListenerRecorder, waitUntil } from '../../support/store-candidates.js';
import { canonical } from '../../support/store-data.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { startFixtureStore } from '../shard/store-fixture.js';

const USERS = '/conformance:users';
const BOB = `${USERS}/user=bob`;
const I32 = '/conformance:types/i32';

describe('txn: listeners spanning shards', function () {
  this.timeout(20_000);
  let schema: SchemaContext;
  let store: DistributedDataStore;
  let close: () => Promise<void>;
  before(async () => {
    schema = await loadTestSchema();
  });
  beforeEach(async () => {
    const started = await startFixtureStore(schema, { persistent: false });
    store = started.store;
    close = () => started.close();
  });
  afterEach(async () => {
    await close();
  });

  async function put(path: string, data: unknown): Promise<void> {
    const tx = store.newWriteOnlyTransaction();
    tx.write(path, data);
    await tx.commit();
  }

  async function read(path: string): Promise<unknown> {
    const tx = store.newReadOnlyTransaction();
    try {
      return await tx.read(path);
    } finally {
      tx.close();
    }
  }

  /** Every candidate is consistent and the replay equals the data. */
  async function verify(recorder: ListenerRecorder, path: string): Promise<void> {
    const problems: string[] = [];
    for (const c of recorder.candidates) {
      assert.equal(c.path, path);
      problems.push(...candidateProblems(schema, c));
    }
    const view = recorder.replay(problems);
    assert.deepEqual(problems, []);
    assert.deepEqual(canonical(view), canonical((await read(path)) as never));
  }

  it('a listener above a prefix boundary sees the merged initial data and changes of both shards', async () => {
    await put(USERS, { user: [{ name: 'ann', uid: 1 }] });
    const recorder = new ListenerRecorder();
    store.registerTreeChangeListener(USERS, recorder.listener);
    await waitUntil(() => recorder.calls.length === 1, 'the initial call');
    assert.deepEqual(
      recorder.calls[0]!.map((c) => c.dataAfter),
      [{ user: [{ name: 'ann', uid: 1 }] }],
    );
    await put(BOB, { name: 'bob', uid: 2 }); // the users shard
    await put(I32, 5); // elsewhere in the parent shard: not delivered
    await put(`${BOB}/uid`, 3);
    await waitUntil(() => recorder.changesAfterInitial().length === 2, 'two changes');
    const [first] = recorder.changesAfterInitial();
    assert.deepEqual(
      canonical(first!.dataAfter),
      canonical({
        user: [
          { name: 'ann', uid: 1 },
          { name: 'bob', uid: 2 },
        ],
      }),
    );
    await verify(recorder, USERS);
  });

  it('a listener at / gets a multi-shard commit as one change, and rebuilds the data', async () => {
    const recorder = new ListenerRecorder();
    store.registerTreeChangeListener('/', recorder.listener);
    await waitUntil(() => recorder.calls.length === 1, 'the initial call');
    assert.deepEqual(recorder.calls[0], [], 'nothing there yet');
    const tx = store.newWriteOnlyTransaction();
    tx.write(I32, 1);
    tx.write(BOB, { name: 'bob', uid: 1 });
    tx.write('/toaster:toaster', { darknessFactor: 2 });
    await tx.commit();
    await put('/conformance-augment:other', { x: 'y' });
    await waitUntil(() => recorder.changesAfterInitial().length >= 2, 'two changes');
    assert.equal(recorder.changesAfterInitial().length, 2, 'one change per commit');
    assert.deepEqual(
      Object.keys(recorder.changesAfterInitial()[0]!.dataAfter as object).sort(),
      ['conformance:types', 'conformance:users', 'toaster:toaster'],
      'the three shards of the first commit in one candidate',
    );
    // NB: candidateProblems (test/support) cannot check candidates rooted at `/` (it expects child
    // paths below `//`), so the chain of data is checked here: each change starts where the last ended.
    const changes = recorder.changesAfterInitial();
    assert.equal(changes[0]!.dataBefore !== undefined, true);
    for (let i = 1; i < changes.length; i++) {
      assert.deepEqual(
        canonical(changes[i]!.dataBefore),
        canonical(changes[i - 1]!.dataAfter),
        `change ${i}`,
      );
    }
    assert.deepEqual(canonical(changes.at(-1)!.dataAfter), canonical((await read('/')) as never));
  });

  it('a listener inside the prefix shard behaves as on one store', async () => {
    const recorder = new ListenerRecorder();
    store.registerTreeChangeListener(BOB, recorder.listener);
    await waitUntil(() => recorder.calls.length === 1, 'the initial call');
    await put(BOB, { name: 'bob', uid: 1 });
    await put(USERS, {}); // deletes bob through a write above the boundary
    await waitUntil(() => recorder.changesAfterInitial().length === 2, 'write and delete');
    assert.deepEqual(
      recorder.changesAfterInitial().map((c) => c.modificationType),
      ['write', 'delete'],
    );
    await verify(recorder, BOB);
  });
});

/**
 * Goal: a multi-shard (three-phase) commit that gets no answer from one participant within
 * operation-timeout-in-seconds, before the decision, fails with ShardOperationTimeoutError naming that
 * participant and the phase, and is all or nothing: no shard ever exposes any of its data (not while
 * the participant is stuck, not once it answers, not after a restart), every shard's queue is released,
 * and the next transaction on the same shards commits.
 *
 * Method: real shards on real actors with LevelDB journals (proxy-fixture.ts), an operation timeout
 * of 500 ms, and a participant that really does not answer, in two ways the product meets: (1) its
 * queue head is held by another multi-shard transaction between preCommit and commit (ordered locking
 * makes the new one wait); (2) its journal stalls (a disk whose fsync does not return), so the prepare
 * it must make durable before answering preCommit never lands in time. Nothing of the cohort or the
 * shard is replaced: the stalled disk wraps the replica's real journal and delays its writes, in order.
 * The transaction under test, X, writes the conformance shard (the coordinator: first by name) and the
 * users prefix shard (a participant, which journals a prepare), so the timeout comes after the
 * coordinator already took its queue head, and the abort must release it.
 */
import { strict as assert } from 'node:assert';
import { ShardOperationTimeoutError } from '../../../src/shard/errors.js';
import { TransactionProxy } from '../../../src/txn/transaction-proxy.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { waitUntil } from '../../support/store-candidates.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { tempDataDir } from '../shard/store-fixture.js';
import { startProxyFixture, type ProxyFixture } from './proxy-fixture.js';
import { StallingStorage } from './stalling-storage.js';

// Short, for a fast test; not shorter: the visibility wait of the next transaction shares it, and on a
// loaded 2-core machine a participant took over 200 ms to apply its part (a flaky failure, stop 15).
const TIMEOUT_MS = 500;
const I32 = '/conformance:types/i32';
const USERS = '/conformance:users';
const ALICE = `${USERS}/user=alice`;
const BOB = `${USERS}/user=bob`;
const OTHER = '/conformance-augment:other';
const USERS_REPLICA = 'member-1-shard-users-config';

/** Commits `tx`; returns the error it failed with and how long it took. */
async function failedCommit(tx: TransactionProxy): Promise<{ error: unknown; ms: number }> {
  const start = performance.now();
  try {
    await tx.commit();
  } catch (error) {
    return { error, ms: performance.now() - start };
  }
  assert.fail(`transaction ${tx.id} committed; a timeout was expected`);
}

/** The typed timeout: the participant that did not answer, the phase, the transaction, in time. */
function assertPreCommitTimeout(failure: { error: unknown; ms: number }, txId: string): void {
  const { error, ms } = failure;
  assert.ok(error instanceof ShardOperationTimeoutError, `not a timeout: ${String(error)}`);
  assert.equal(error.code, 'shard-operation-timeout');
  assert.equal(error.shard, USERS_REPLICA);
  assert.equal(error.transaction, txId);
  assert.match(
    error.message,
    new RegExp(
      `^preCommit of transaction ${txId} on shard ${USERS_REPLICA} got no answer within ${TIMEOUT_MS} ms`,
    ),
  );
  assert.match(error.message, /did not commit/);
  // It gives up at the timeout (the abort that follows waits at most one more), not much later.
  assert.ok(ms >= TIMEOUT_MS - 5 && ms < 10 * TIMEOUT_MS, `failed after ${Math.round(ms)} ms`);
}

/**
 * None of X's data on any shard: each shard holds what it held before X (`before`: the value X
 * committed before it, or undefined), through a transaction (merged view) and in the shard's own tree.
 */
async function assertNothingOfX(
  f: ProxyFixture,
  before: number | undefined,
  context: string,
): Promise<void> {
  const alice = before === undefined ? undefined : { name: 'alice', uid: before };
  const tx = new TransactionProxy(f.ctx, false);
  try {
    assert.equal(await tx.read(I32), before, `${context}: the coordinator's part is visible`);
    assert.deepEqual(await tx.read(ALICE), alice, `${context}: the participant's part is visible`);
  } finally {
    tx.close();
  }
  assert.equal(f.manager.shard('conformance').readSnapshot()?.read(I32), before, context);
  assert.deepEqual(f.manager.shard('users').readSnapshot()?.read(ALICE), alice, context);
}

/**
 * The abort released the coordinator's queue head while the participant is still stuck: a one-shard
 * commit there goes through.
 */
async function assertCoordinatorReleased(f: ProxyFixture, value: number): Promise<void> {
  const single = new TransactionProxy(f.ctx, true);
  single.write('/conformance:types/u8', value);
  await single.commit();
}

/** Every queue released, nothing held, nothing in doubt. */
async function assertReleased(f: ProxyFixture, context: string): Promise<void> {
  await waitUntil(
    () => f.manager.status().every((s) => s.queueLength === 0 && s.readyTransactions === 0),
    `${context}: every shard's queue is released`,
  );
  for (const s of f.manager.status()) {
    assert.equal(s.inDoubt, 0, `${context}: ${s.shard} holds a transaction in doubt`);
    assert.equal(s.state, 'running', `${context}: ${s.shard} is ${s.state}`);
  }
}

/** X: one leaf in the conformance shard (coordinator), one list entry in the users shard. */
function transactionX(f: ProxyFixture, value: number): TransactionProxy {
  const tx = new TransactionProxy(f.ctx, true);
  tx.write(I32, value);
  tx.write(ALICE, { name: 'alice', uid: value });
  return tx;
}

/** The next transaction on the same two shards commits, and is seen whole. */
async function assertNextCommits(f: ProxyFixture, value: number): Promise<void> {
  await transactionX(f, value).commit();
  const tx = new TransactionProxy(f.ctx, false);
  try {
    assert.equal(await tx.read(I32), value);
    assert.deepEqual(await tx.read(ALICE), { name: 'alice', uid: value });
  } finally {
    tx.close();
  }
}

describe('txn: a multi-shard commit that times out before the decision', function () {
  this.timeout(20_000);
  let schema: SchemaContext;
  let temp: ReturnType<typeof tempDataDir>;
  let running: ProxyFixture | undefined;
  /** The users replica's journal, behind a disk that can stall. */
  let usersDisk: StallingStorage | undefined;

  before(async () => {
    schema = await loadTestSchema();
  });
  beforeEach(() => {
    temp = tempDataDir('three-phase-timeout');
    usersDisk = undefined;
  });
  afterEach(async () => {
    usersDisk?.release();
    await running?.close();
    running = undefined;
    temp.remove();
  });

  /** Starts (or restarts) the member on the test's directory; `stalling` wraps the users journal. */
  async function start(stalling: boolean): Promise<ProxyFixture> {
    running = await startProxyFixture(schema, {
      persistent: true,
      operationTimeoutMs: TIMEOUT_MS,
      dir: temp.dir,
      wrapStorage: (id, storage) => {
        if (!stalling || id !== USERS_REPLICA) return storage;
        usersDisk = new StallingStorage(storage);
        return usersDisk;
      },
    });
    return running;
  }

  /** Kills the member as a crash would (the stalled writes die with it) and starts it again. */
  async function restart(f: ProxyFixture): Promise<ProxyFixture> {
    running = undefined;
    await f.kill();
    usersDisk = undefined;
    return start(false);
  }

  it('a participant whose queue another transaction holds: preCommit times out naming it, nothing of the transaction is anywhere, and the next one commits', async () => {
    const f = await start(false);
    // H holds the heads of the augment and users shards (prepared, not committed), not conformance's.
    const holder = new TransactionProxy(f.ctx, true);
    holder.write(OTHER, { x: 'held' });
    holder.write(BOB, { name: 'bob', uid: 1 });
    const held = holder.ready();
    assert.equal(await held.canCommit(), true);
    await held.preCommit();

    const x = transactionX(f, 42);
    assertPreCommitTimeout(await failedCommit(x), x.id);
    await assertNothingOfX(f, undefined, 'while the holder still holds the users shard');
    await assertCoordinatorReleased(f, 3);

    await held.commit();
    await assertReleased(f, 'after the holder committed');
    await assertNothingOfX(f, undefined, 'after the holder committed');
    const check = new TransactionProxy(f.ctx, false);
    assert.deepEqual(await check.read(BOB), { name: 'bob', uid: 1 }, 'the holder committed');
    check.close();
    await assertNextCommits(f, 7);
  });

  it('a participant whose journal stalls: preCommit times out naming it, its prepare lands later and is aborted, nothing of the transaction is anywhere (after a restart either), and the next one commits', async () => {
    const f = await start(true);
    const disk = usersDisk!;
    await assertNextCommits(f, 1); // both shards work before the stall

    disk.stall();
    const x = transactionX(f, 42);
    const failure = await failedCommit(x);
    assert.ok(disk.delayedSaves >= 1, 'the prepare reached the stalled journal');
    assertPreCommitTimeout(failure, x.id);
    await assertNothingOfX(f, 1, 'while the journal stalls');
    await assertCoordinatorReleased(f, 3);

    // The disk comes back: the prepare lands, then its abort; nothing of X appears.
    disk.release();
    await assertReleased(f, 'after the journal came back');
    await assertNothingOfX(f, 1, 'after the journal came back');
    await assertNextCommits(f, 8);

    // A restart replays the prepare and its abort: not in doubt, nothing of X, the last commit there.
    const again = await restart(f);
    await assertReleased(again, 'after a restart');
    await assertNothingOfX(again, 8, 'after a restart');
    await assertNextCommits(again, 9);
  });

  it('a participant whose journal stalls until the member dies: after the restart nothing of the transaction is anywhere, and the next one commits', async () => {
    const f = await start(true);
    await assertNextCommits(f, 1);
    usersDisk!.stall();
    const x = transactionX(f, 42);
    assertPreCommitTimeout(await failedCommit(x), x.id);
    await assertNothingOfX(f, 1, 'while the journal stalls');
    await assertCoordinatorReleased(f, 3);
    // The member dies with the prepare (and its abort) never written.
    const again = await restart(f);
    await assertReleased(again, 'after a restart');
    await assertNothingOfX(again, 1, 'after a restart');
    await assertNextCommits(again, 9);
  });
});

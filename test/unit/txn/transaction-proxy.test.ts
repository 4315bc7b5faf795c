/**
 * Goal: the TransactionProxy and ThreePhaseCommitCohortProxy over real shards: shard views are created
 * lazily, only for the shards an operation touches; a one-shard transaction commits with one journal
 * entry on its shard only; a write above a prefix boundary is split between the parent shard and the
 * prefix shard and committed on both atomically; a read of `/` and a read above a boundary merge the
 * shards; a failure on one participant (invalid data, a conflict) leaves no trace on any; idle
 * transactions expire with TransactionIdleTimeoutError; a one-shard commit that gets no answer within
 * the operation timeout is withdrawn if it is still queued (ShardOperationTimeoutError: nothing
 * committed) and has an unknown outcome once its journal write started. Method: a ShardManager of the fixture configuration on real actors
 * (proxy-fixture.ts), transactions built on a ProxyContext whose clock the test moves.
 */
import { strict as assert } from 'node:assert';
import { DataValidationFailedError, OptimisticLockFailedError } from '../../../src/tree/errors.js';
import {
  CommitOutcomeUnknownError,
  ShardOperationTimeoutError,
  TransactionIdleTimeoutError,
} from '../../../src/shard/errors.js';
import { TransactionProxy } from '../../../src/txn/transaction-proxy.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { waitUntil } from '../../support/store-candidates.js';
import { startProxyFixture, type ProxyFixture } from './proxy-fixture.js';
import { StallingStorage } from './stalling-storage.js';

const I32 = '/conformance:types/i32';
const U8 = '/conformance:types/u8';
const USERS = '/conformance:users';
const BOB = `${USERS}/user=bob`;

function commits(f: ProxyFixture): Record<string, number> {
  return Object.fromEntries(f.manager.status().map((s) => [s.shard, s.commits]));
}

describe('txn: TransactionProxy over real shards', function () {
  this.timeout(20_000);
  let schema: SchemaContext;
  let f: ProxyFixture;
  before(async () => {
    schema = await loadTestSchema();
  });
  beforeEach(async () => {
    f = await startProxyFixture(schema);
  });
  afterEach(async () => {
    await f.close();
  });

  async function put(path: string, data: unknown): Promise<void> {
    const tx = new TransactionProxy(f.ctx, true);
    tx.write(path, data);
    await tx.commit();
  }

  it('creates a view of a shard only when an operation first touches it', async () => {
    const tx = new TransactionProxy(f.ctx, true);
    assert.deepEqual(tx.shards, []);
    tx.write(I32, 1);
    assert.deepEqual(tx.shards, ['conformance']);
    await tx.read(`${BOB}/uid`);
    assert.deepEqual(tx.shards, ['conformance', 'users']);
    tx.cancel();
  });

  it('commits a one-shard transaction on that shard only', async () => {
    const before = commits(f);
    await put(I32, 5);
    const after = commits(f);
    assert.equal(after['conformance'], before['conformance']! + 1);
    for (const s of ['augment', 'default', 'users']) assert.equal(after[s], before[s], s);
  });

  it('splits a write above a prefix boundary between both shards and reads it back merged', async () => {
    const before = commits(f);
    await put(USERS, { user: [{ name: 'bob', uid: 7 }] });
    const tx = new TransactionProxy(f.ctx, false);
    assert.deepEqual(await tx.read(USERS), { user: [{ name: 'bob', uid: 7 }] });
    const after = commits(f);
    assert.equal(after['conformance'], before['conformance']! + 1, 'the parent shard took part');
    assert.equal(after['users'], before['users']! + 1, 'the prefix shard took part');
    assert.equal(await tx.read(`${BOB}/uid`), 7);
    // The data below the prefix lives only in the prefix shard.
    const parent = f.manager.shard('conformance').readSnapshot()!;
    assert.equal(parent.read(USERS), undefined, 'the parent shard holds no entry of the list');
    const prefix = f.manager.shard('users').readSnapshot()!;
    assert.deepEqual(prefix.read(BOB), { name: 'bob', uid: 7 });
  });

  it('reads / as the union of every shard', async () => {
    await put(I32, 1);
    await put('/conformance-augment:other', { x: 'y' });
    await put('/toaster:toaster', { darknessFactor: 3 });
    await put(BOB, { name: 'bob', uid: 1 });
    const tx = new TransactionProxy(f.ctx, false);
    const root = (await tx.read('/')) as Record<string, unknown>;
    assert.deepEqual(Object.keys(root).sort(), [
      'conformance-augment:other',
      'conformance:types',
      'conformance:users',
      'toaster:toaster',
    ]);
    assert.deepEqual(root['conformance:users'], { user: [{ name: 'bob', uid: 1 }] });
    assert.deepEqual(tx.shards, ['augment', 'conformance', 'default', 'users']);
  });

  it('a write of / replaces every shard atomically', async () => {
    await put(I32, 1);
    await put(BOB, { name: 'bob', uid: 1 });
    await put('/', { 'conformance-augment:other': { x: 'only' } });
    const tx = new TransactionProxy(f.ctx, false);
    assert.deepEqual(await tx.read('/'), { 'conformance-augment:other': { x: 'only' } });
  });

  it('a multi-shard transaction whose part on one shard is invalid leaves no trace anywhere', async () => {
    const tx = new TransactionProxy(f.ctx, true);
    tx.write(I32, 9);
    tx.merge(BOB, { name: 'bob' }); // uid is mandatory: the users shard rejects it at commit
    await assert.rejects(tx.commit(), DataValidationFailedError);
    const check = new TransactionProxy(f.ctx, false);
    assert.equal(await check.read(I32), undefined, 'the other shard did not commit either');
    assert.equal(await check.read(BOB), undefined);
    for (const s of f.manager.status()) assert.equal(s.queueLength, 0, `${s.shard} queue released`);
  });

  it('a conflict on one participant aborts the whole multi-shard transaction', async () => {
    await put(BOB, { name: 'bob', uid: 1 });
    const tx = new TransactionProxy(f.ctx, true);
    tx.write(I32, 1);
    tx.write(`${BOB}/uid`, 2);
    await put(`${BOB}/uid`, 3); // commits first
    await assert.rejects(tx.commit(), OptimisticLockFailedError);
    const check = new TransactionProxy(f.ctx, false);
    assert.equal(await check.read(I32), undefined);
    assert.equal(await check.read(`${BOB}/uid`), 3);
  });

  it('driven phase by phase, a multi-shard cohort commits on every shard', async () => {
    const tx = new TransactionProxy(f.ctx, true);
    tx.write(I32, 4);
    tx.write(BOB, { name: 'bob', uid: 4 });
    const cohort = tx.ready();
    assert.equal(await cohort.canCommit(), true);
    await cohort.preCommit();
    await cohort.commit();
    const check = new TransactionProxy(f.ctx, false);
    assert.equal(await check.read(I32), 4);
    assert.equal(await check.read(`${BOB}/uid`), 4);
    await waitUntil(
      () => f.manager.shard('conformance').status().decisions === 0,
      'the coordinator forgot its decision once the participant recorded the commit',
    );
  });

  it('an open transaction idle past the idle timeout fails with TransactionIdleTimeoutError', async () => {
    const tx = new TransactionProxy(f.ctx, true);
    tx.write(I32, 1);
    f.clock += f.ctx.idle.idleMs + 1;
    f.ctx.idle.sweep();
    assert.throws(
      () => {
        tx.write(I32, 2);
      },
      (e: unknown) =>
        e instanceof TransactionIdleTimeoutError &&
        e.transaction === tx.id &&
        e.shards.includes('member-1-shard-conformance-config'),
    );
    await assert.rejects(tx.commit(), TransactionIdleTimeoutError);
  });

  it('a transaction used within the idle timeout stays open', async () => {
    const tx = new TransactionProxy(f.ctx, true);
    tx.write(I32, 1);
    f.clock += f.ctx.idle.idleMs - 1;
    tx.write(I32, 2);
    f.clock += f.ctx.idle.idleMs - 1;
    f.ctx.idle.sweep();
    await tx.commit();
  });
});

describe('txn: operation timeout', function () {
  this.timeout(20_000);
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  it('a one-shard commit still queued at the operation timeout is withdrawn: a timeout, nothing committed', async () => {
    const f = await startProxyFixture(schema, { operationTimeoutMs: 100 });
    try {
      // A multi-shard transaction holds the conformance shard's queue head after preCommit.
      const holder = new TransactionProxy(f.ctx, true);
      holder.write(I32, 1);
      holder.write(BOB, { name: 'bob', uid: 1 });
      const held = holder.ready();
      await held.preCommit().catch(() => undefined); // phases out of order are refused...
      await held.canCommit();
      await held.preCommit(); // ...now it holds the head
      const stuck = new TransactionProxy(f.ctx, true);
      stuck.write(U8, 2);
      await assert.rejects(
        stuck.commit(),
        (e: unknown) =>
          e instanceof ShardOperationTimeoutError &&
          e.transaction === stuck.id &&
          e.shard === 'member-1-shard-conformance-config' &&
          /did not commit/.test(e.message),
      );
      await held.commit();
      const after = new TransactionProxy(f.ctx, true);
      after.write(I32, 3);
      await after.commit(); // the queue moves on
      const check = new TransactionProxy(f.ctx, false);
      assert.equal(await check.read(U8), undefined, 'the withdrawn commit never applies');
      assert.equal(await check.read(I32), 3);
    } finally {
      await f.close();
    }
  });

  it('a one-shard commit whose journal write does not finish in time has an unknown outcome', async () => {
    let disk: StallingStorage | undefined;
    const f = await startProxyFixture(schema, {
      persistent: true,
      operationTimeoutMs: 100,
      wrapStorage: (replica, storage) => {
        if (replica !== 'member-1-shard-conformance-config') return storage;
        disk = new StallingStorage(storage);
        return disk;
      },
    });
    try {
      disk!.stall();
      const stuck = new TransactionProxy(f.ctx, true);
      stuck.write(U8, 2);
      await assert.rejects(
        stuck.commit(),
        (e: unknown) =>
          e instanceof CommitOutcomeUnknownError &&
          e.transaction === stuck.id &&
          /could not be withdrawn/.test(e.message),
      );
      disk!.release();
      // It was in the journal already: it commits once the write lands.
      await waitUntil(
        () => f.manager.shard('conformance').readSnapshot()?.read(U8) === 2,
        'the journaled commit applied',
      );
    } finally {
      await f.close();
    }
  });
});

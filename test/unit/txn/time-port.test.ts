/**
 * Goal: every time-dependent decision of the transaction proxies comes from the Timers port, so a
 * manual clock (and the simulator's) drives it: idle transactions expire when the clock passes the
 * idle timeout, with no sweep called by hand; a one-shard commit stuck behind a held queue head is
 * withdrawn exactly at the operation timeout of the clock, not of the wall; nothing fires early.
 * (That src/txn reads no clock of its own is enforced by eslint: see eslint.config.js.)
 *
 * Method: real shards (proxy-fixture.ts) with ManualTimers as the proxies' timers.
 */
import { strict as assert } from 'node:assert';
import {
  ShardOperationTimeoutError,
  TransactionIdleTimeoutError,
} from '../../../src/shard/errors.js';
import { TransactionProxy } from '../../../src/txn/transaction-proxy.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { ManualTimers } from './manual-timers.js';
import { startProxyFixture, type ProxyFixture } from './proxy-fixture.js';

const I32 = '/conformance:types/i32';
const U8 = '/conformance:types/u8';
const BOB = '/conformance:users/user=bob';
const TIMEOUT_MS = 60_000;

describe('txn: time from the Timers port', function () {
  this.timeout(20_000);
  let schema: SchemaContext;
  let f: ProxyFixture;
  let timers: ManualTimers;
  before(async () => {
    schema = await loadTestSchema();
  });
  beforeEach(async () => {
    timers = new ManualTimers();
    f = await startProxyFixture(schema, {
      timers,
      operationTimeoutMs: TIMEOUT_MS,
      idleTimeoutMs: 600_000,
    });
  });
  afterEach(async () => {
    await f.close();
  });

  it('an idle transaction expires when the clock passes the idle timeout, swept by the port', async () => {
    const tx = new TransactionProxy(f.ctx, true);
    tx.write(I32, 1);
    await timers.advance(600_000);
    tx.write(I32, 2); // in time: still open, and active again
    await timers.advance(600_000 - 1);
    tx.write(I32, 3);
    await timers.advance(600_000 + 150_000 + 1); // the idle timeout, and the next sweep after it
    assert.throws(() => {
      tx.write(I32, 4);
    }, TransactionIdleTimeoutError);
  });

  it('a one-shard commit stuck in the queue is withdrawn at the operation timeout of the clock', async () => {
    const holder = new TransactionProxy(f.ctx, true);
    holder.write(I32, 1);
    holder.write(BOB, { name: 'bob', uid: 1 });
    const held = holder.ready();
    await held.canCommit();
    await held.preCommit(); // holds the conformance shard's queue head
    const stuck = new TransactionProxy(f.ctx, true);
    stuck.write(U8, 2);
    const outcome: { error?: unknown } = {};
    const commit = stuck.commit().catch((error: unknown) => {
      outcome.error = error;
    });
    await timers.advance(TIMEOUT_MS - 1);
    assert.equal(outcome.error, undefined, 'nothing happens before the timeout');
    await timers.advance(1);
    await commit;
    const failure = outcome.error as unknown;
    assert.ok(failure instanceof ShardOperationTimeoutError, String(failure));
    assert.equal(failure.transaction, stuck.id);
    await held.commit();
    const check = new TransactionProxy(f.ctx, false);
    assert.equal(await check.read(U8), undefined, 'the withdrawn commit never applies');
    assert.equal(await check.read(I32), 1);
  });
});

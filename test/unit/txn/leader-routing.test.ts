/**
 * Goal: the transaction path over leaders. The proxies send each shard's work to its leader and follow
 * refusals (a replica that does not lead refuses before queuing: safe to send again), back off while no
 * leader is known, and retry transparently within the operation timeout; after it the caller gets
 * NoShardLeaderError naming the shard and the replicas asked, never a hang. A request that may have
 * taken effect (the leader lost its leadership after proposing) is CommitOutcomeUnknownError and is
 * never sent again. This holds for one-shard commits, multi-shard (three-phase) commits whose
 * participants' leaders change mid-protocol, chains, and reads (at the leader; stale reads at the local
 * replica).
 *
 * Method: real shard actors behind a router (leader-router.ts) that presents each shard as three
 * replicas and can be told who leads (or nobody), what refusals name, and to lose the leadership right
 * after a request reached the shard. Time is the manual clock: backoffs and timeouts pass when the test
 * advances it, never on wall-clock time. Every request is counted per replica, so the tests prove what
 * was sent and what was not.
 */
import { strict as assert } from 'node:assert';
import {
  CommitOutcomeUnknownError,
  NoShardLeaderError,
  ShardUnavailableError,
} from '../../../src/shard/errors.js';
import { TransactionChainProxy } from '../../../src/txn/transaction-chain-proxy.js';
import { TransactionProxy } from '../../../src/txn/transaction-proxy.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { waitUntil } from '../../support/store-candidates.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { LeaderRouter } from './leader-router.js';
import { ManualTimers, turns } from './manual-timers.js';
import { startProxyFixture, type ProxyFixture } from './proxy-fixture.js';

const I32 = '/conformance:types/i32';
const U8 = '/conformance:types/u8';
const USERS = '/conformance:users';
const ALICE = `${USERS}/user=alice`;
const TIMEOUT_MS = 2000;

/** Settles `promise` into a value or an error, without an unhandled rejection meanwhile. */
function watch<T>(promise: Promise<T>): { value?: T; error?: unknown; settled: boolean } {
  const o: { value?: T; error?: unknown; settled: boolean } = { settled: false };
  promise.then(
    (value) => {
      o.value = value;
      o.settled = true;
    },
    (error: unknown) => {
      o.error = error;
      o.settled = true;
    },
  );
  return o;
}

describe('txn: the transaction path over leaders', function () {
  this.timeout(20_000);
  let schema: SchemaContext;
  let f: ProxyFixture;
  let router: LeaderRouter;
  let timers: ManualTimers;
  before(async () => {
    schema = await loadTestSchema();
  });
  beforeEach(async () => {
    timers = new ManualTimers();
    f = await startProxyFixture(schema, {
      timers,
      operationTimeoutMs: TIMEOUT_MS,
      locator: (manager) => (router = new LeaderRouter(manager)),
    });
  });
  afterEach(async () => {
    await f.close();
  });

  /** What the shard holds at `path`, read straight from its tree. */
  function held(shard: string, path: string): unknown {
    return f.manager.shard(shard).readSnapshot()?.read(path);
  }

  async function readBack(path: string): Promise<unknown> {
    const tx = new TransactionProxy(f.ctx, false);
    try {
      return await tx.read(path);
    } finally {
      tx.close();
    }
  }

  async function assertQueuesReleased(): Promise<void> {
    await waitUntil(
      () => f.manager.status().every((s) => s.queueLength === 0 && s.readyTransactions === 0),
      'every queue released',
    );
    for (const s of f.manager.status()) assert.equal(s.inDoubt, 0, `${s.shard} in doubt`);
  }

  describe('one-shard commits', () => {
    it('a refusal naming another leader is followed at once; the commit applies once', async () => {
      // Opened while member-1 leads: the transaction's snapshot is member-1's.
      const tx = new TransactionProxy(f.ctx, true);
      tx.write(I32, 7);
      router.lead('conformance', 2);
      await tx.commit();
      assert.equal(held('conformance', I32), 7);
      assert.equal(router.replica('conformance', 1).count('submit-commit-on-ready'), 1);
      assert.equal(router.replica('conformance', 2).count('submit-commit-on-ready'), 1);
      assert.equal(timers.now(), 0, 'no wait');
      // The leader is remembered: the next commit goes straight there. Its snapshot is read at this
      // member's own replica first (the local replica no longer leads, so the transaction pinned
      // nothing of this shard; a linearizable read tries a follower read), which in this fixture
      // refuses as a follower, so the leader serves it.
      const next = new TransactionProxy(f.ctx, true);
      next.write(I32, 8);
      await next.commit();
      assert.equal(held('conformance', I32), 8);
      assert.equal(router.replica('conformance', 1).count('submit-commit-on-ready'), 1);
      assert.equal(router.replica('conformance', 1).count('read'), 1);
      assert.equal(router.replica('conformance', 2).count('read'), 1);
      assert.equal(router.replica('conformance', 2).count('submit-commit-on-ready'), 2);
    });

    it('with no leader for a while it backs off and asks again, and commits once one is elected', async () => {
      const tx = new TransactionProxy(f.ctx, true);
      tx.write(I32, 9);
      router.lead('conformance', undefined);
      const commit = watch(tx.commit());
      await timers.advance(500);
      assert.equal(commit.settled, false, 'still looking for a leader');
      assert.ok(router.sends('conformance', 'submit-commit-on-ready') > 3, 'asked again');
      assert.equal(held('conformance', I32), undefined);
      router.lead('conformance', 3);
      await timers.advance(400);
      await waitUntil(() => commit.settled, 'the commit settles');
      assert.equal(commit.error, undefined, String(commit.error));
      assert.equal(held('conformance', I32), 9);
      assert.equal(router.replica('conformance', 3).count('submit-commit-on-ready') >= 1, true);
    });

    it('with no leader until the operation timeout: NoShardLeaderError naming the shard, nothing committed', async () => {
      const tx = new TransactionProxy(f.ctx, true);
      tx.write(I32, 10);
      router.lead('conformance', undefined);
      const commit = watch(tx.commit());
      await timers.advance(TIMEOUT_MS - 1);
      assert.equal(commit.settled, false);
      await timers.advance(1);
      const error = commit.error;
      assert.ok(error instanceof NoShardLeaderError, String(error));
      assert.equal(error.code, 'no-shard-leader');
      assert.equal(error.shard, 'conformance');
      assert.equal(error.transaction, tx.id);
      assert.deepEqual(
        error.tried,
        [1, 2, 3].map((m) => router.id('conformance', m)),
      );
      assert.match(error.message, new RegExp(`within ${TIMEOUT_MS} ms`));
      const sent = router.sends('conformance', 'submit-commit-on-ready');
      await timers.advance(10 * TIMEOUT_MS);
      assert.equal(router.sends('conformance', 'submit-commit-on-ready'), sent, 'no send after');
      router.lead('conformance', 1);
      assert.equal(await readBack(I32), undefined, 'nothing committed');
    });

    it('a leader lost after the commit reached the shard: CommitOutcomeUnknownError, never sent again', async () => {
      router.loseLeaderAfter('conformance', 'submit-commit-on-ready', 2);
      const tx = new TransactionProxy(f.ctx, true);
      tx.write(I32, 11);
      const commit = watch(tx.commit());
      await timers.advance(2 * TIMEOUT_MS);
      assert.ok(commit.error instanceof CommitOutcomeUnknownError, String(commit.error));
      assert.equal(commit.error.transaction, tx.id);
      assert.equal(router.sends('conformance', 'submit-commit-on-ready'), 1, 'sent exactly once');
      // It did commit: sending it again would have applied it twice.
      assert.equal(await readBack(I32), 11);
    });
  });

  describe('multi-shard (three-phase) commits', () => {
    /** A transaction on the conformance shard (the coordinator) and the users shard. */
    function both(value: number): TransactionProxy {
      const tx = new TransactionProxy(f.ctx, true);
      tx.write(I32, value);
      tx.write(ALICE, { name: 'alice', uid: value });
      return tx;
    }

    it("a participant's leader changing before its preCommit: the part is shipped again there, and the commit is whole", async () => {
      router.before('users', 'preCommit', () => {
        router.lead('users', 2);
      });
      await both(21).commit();
      await waitUntil(() => held('users', ALICE) !== undefined, 'the participant applied');
      assert.equal(held('conformance', I32), 21);
      assert.deepEqual(held('users', ALICE), { name: 'alice', uid: 21 });
      assert.equal(router.replica('users', 1).count('submit-three-phase'), 1);
      assert.equal(router.replica('users', 2).count('submit-three-phase'), 1, 'shipped again');
      assert.equal(router.replica('users', 2).count('preCommit'), 1);
      await assertQueuesReleased();
    });

    it('phase by phase, leaders changing between the phases: every phase follows, the commit is whole', async () => {
      const cohort = both(22).ready();
      await cohort.canCommit();
      router.lead('users', 3);
      router.lead('conformance', 2);
      await cohort.preCommit();
      router.lead('users', 1); // the participant's prepare is durable: no replay needed
      await cohort.commit();
      await waitUntil(() => held('users', ALICE) !== undefined, 'the participant applied');
      assert.equal(held('conformance', I32), 22);
      assert.deepEqual(held('users', ALICE), { name: 'alice', uid: 22 });
      assert.equal(router.sends('users', 'submit-three-phase'), 2, 'shipped once per leader');
      assert.equal(router.replica('users', 3).count('canCommit'), 1, 'replayed canCommit');
      assert.equal(router.replica('users', 1).count('commit'), 1);
      await assertQueuesReleased();
    });

    it("the coordinator's leader changing between preCommit and commit: aborted everywhere, nothing committed", async () => {
      const cohort = both(23).ready();
      await cohort.canCommit();
      await cohort.preCommit();
      router.lead('conformance', 2);
      await assert.rejects(
        cohort.commit(),
        (e: unknown) =>
          e instanceof ShardUnavailableError && /nothing was committed/.test(e.message),
      );
      await assertQueuesReleased();
      assert.equal(held('conformance', I32), undefined);
      assert.equal(held('users', ALICE), undefined);
      assert.equal(router.sends('conformance', 'commit'), 1, 'the refused decision only');
    });

    it('the coordinator lost after proposing the decision: CommitOutcomeUnknownError, never sent again', async () => {
      router.loseLeaderAfter('conformance', 'commit', 3);
      const commit = watch(both(24).commit());
      await timers.advance(2 * TIMEOUT_MS);
      assert.ok(commit.error instanceof CommitOutcomeUnknownError, String(commit.error));
      assert.equal(router.sends('conformance', 'commit'), 1, 'the decision was sent once');
      // It was decided (sending it again would decide twice); the participant, told nothing by the
      // proxy, asks the coordinator itself after shard-transaction-commit-timeout.
      assert.equal(held('conformance', I32), 24);
      assert.equal(router.sends('users', 'commit'), 0);
    });

    it('no leader of a participant until the timeout: NoShardLeaderError, the others aborted', async () => {
      const tx = both(25);
      router.lead('users', undefined);
      const commit = watch(tx.commit());
      await timers.advance(TIMEOUT_MS);
      await timers.advance(TIMEOUT_MS); // the aborts' own waits
      assert.ok(commit.error instanceof NoShardLeaderError, String(commit.error));
      assert.equal(commit.error.shard, 'users');
      assert.match(commit.error.message, /^ready of transaction/);
      router.lead('users', 1);
      await assertQueuesReleased();
      assert.equal(held('conformance', I32), undefined);
      assert.equal(held('users', ALICE), undefined);
    });
  });

  describe('chains', () => {
    it('pipelined commits of a chain follow a leader change and commit in order', async () => {
      const chain = new TransactionChainProxy(f.ctx, 'chain-1');
      const commits: ReturnType<typeof watch>[] = [];
      router.before('conformance', 'submit-commit-on-ready', () => {
        router.lead('conformance', 2);
      });
      for (let i = 1; i <= 5; i++) {
        const tx = chain.newReadWriteTransaction();
        tx.write(U8, i);
        tx.write(I32, (((await tx.read(I32)) as number | undefined) ?? 0) + i);
        commits.push(watch(tx.commit()));
      }
      await turns();
      await waitUntil(() => commits.every((c) => c.settled), 'every commit settles');
      for (const c of commits) assert.equal(c.error, undefined, String(c.error));
      chain.close();
      assert.equal(held('conformance', U8), 5);
      assert.equal(held('conformance', I32), 15);
    });
  });

  describe('reads', () => {
    it('a read goes to the leader when the local replica does not lead', async () => {
      const w = new TransactionProxy(f.ctx, true);
      w.write(I32, 31);
      await w.commit();
      router.lead('conformance', 2);
      const before = router.replica('conformance', 2).count('read');
      assert.equal(await readBack(I32), 31);
      assert.equal(
        router.replica('conformance', 2).count('read'),
        before + 1,
        'read at the leader',
      );
    });

    it('a stale read takes the local replica at once, leader or not', async () => {
      const w = new TransactionProxy(f.ctx, true);
      w.write(I32, 32);
      await w.commit();
      router.lead('conformance', undefined);
      const tx = new TransactionProxy(f.ctx, false, undefined, 'local');
      assert.equal(await tx.read(I32), 32);
      tx.close();
      assert.equal(router.sends('conformance', 'read'), 0, 'no request');
    });

    it('a read with no leader until the timeout fails with NoShardLeaderError', async () => {
      router.lead('conformance', undefined);
      const tx = new TransactionProxy(f.ctx, false);
      const read = watch(tx.read(I32));
      await timers.advance(f.ctx.readableTimeoutMs - 1);
      assert.equal(read.settled, false);
      await timers.advance(1);
      assert.ok(read.error instanceof NoShardLeaderError, String(read.error));
      assert.equal(read.error.shard, 'conformance');
      assert.match(read.error.message, /^read of transaction/);
      tx.close();
    });
  });
});

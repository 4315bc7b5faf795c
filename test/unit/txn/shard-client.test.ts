/**
 * Goal: the ShardClient's rule for following a shard's leader, on its own: a refusal naming a leader
 * is followed at once and remembered; with no leader known it backs off (doubling, capped) and asks
 * the next replica; it gives up with NoShardLeaderError naming the shard and every replica asked once
 * the operation timeout passes with nobody holding the request, and never hangs; an answer that is
 * not a refusal (CommitOutcomeUnknownError above all) is passed on and never sent again; a timeout
 * while a replica holds the request is the caller's to decide.
 *
 * Method: scripted replicas (each answers from a queue, counting what it received) and the manual
 * clock: every wait is on `ManualTimers`, so no test waits on wall-clock time.
 */
import { strict as assert } from 'node:assert';
import {
  CommitOutcomeUnknownError,
  NoShardLeaderError,
  NotShardLeaderError,
  ShardOperationTimeoutError,
} from '../../../src/shard/errors.js';
import { ShardClient } from '../../../src/txn/shard-client.js';
import type { ShardLocator, ShardReplica } from '../../../src/txn/shard-locator.js';
import { ManualTimers, turns } from './manual-timers.js';

/** What a scripted replica answers: ok, a refusal naming a member (or none), an error, or silence. */
type Script = 'ok' | { leader: number | null } | Error | 'silent';

const id = (member: number): string => `member-${member}-shard-s-config`;

class ScriptedReplica {
  readonly id: string;
  readonly shard = 's';
  received = 0;
  /** When the replica received each request (the manual clock). */
  readonly at: number[] = [];
  script: Script[] = [];
  fallback: Script = 'ok';
  private readonly timers: ManualTimers;

  constructor(member: number, timers: ManualTimers) {
    this.id = id(member);
    this.timers = timers;
  }

  request(): Promise<string> {
    this.received += 1;
    this.at.push(this.timers.now());
    const answer = this.script.shift() ?? this.fallback;
    if (answer === 'ok') return Promise.resolve(this.id);
    if (answer === 'silent') return new Promise<string>(() => undefined);
    if (answer instanceof Error) return Promise.reject(answer);
    return Promise.reject(
      new NotShardLeaderError(
        this.id,
        answer.leader === null
          ? undefined
          : { replica: id(answer.leader), member: `member-${answer.leader}` },
        'scripted',
      ),
    );
  }
}

function setup(members = 3): {
  timers: ManualTimers;
  replicas: ScriptedReplica[];
  client: ShardClient;
  send: (timeoutMs?: number) => Promise<string>;
} {
  const timers = new ManualTimers();
  const replicas = Array.from({ length: members }, (_, i) => new ScriptedReplica(i + 1, timers));
  const locator: ShardLocator = {
    replicas: () => replicas as unknown as ShardReplica[],
    local: () => replicas[0] as unknown as ShardReplica,
  };
  const client = new ShardClient(locator, timers, { backoffMinMs: 10, backoffMaxMs: 80 });
  const send = (timeoutMs = 1000): Promise<string> =>
    client.request({
      shard: 's',
      txId: 'tx-1',
      operation: 'commit',
      timeoutMs,
      send: (replica) => (replica as unknown as ScriptedReplica).request(),
    });
  return { timers, replicas, client, send };
}

/** Settles `promise` into a value or an error, without an unhandled rejection meanwhile. */
function outcome<T>(promise: Promise<T>): { value?: T; error?: unknown; settled: boolean } {
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

describe('txn: shard client: following the leader', () => {
  it('a refusal naming a leader the locator does not know is passed on at once (no remote proxy to it)', async () => {
    const { timers, replicas, send } = setup(1);
    replicas[0]!.fallback = { leader: 7 };
    const o = outcome(send());
    await turns();
    assert.ok(o.settled, 'answered without waiting out the operation timeout');
    assert.ok(o.error instanceof NotShardLeaderError, String(o.error));
    assert.equal(o.error.leader?.replica, id(7));
    assert.equal(replicas[0]!.received, 1, 'not sent again');
    assert.equal(timers.now(), 0, 'no wait');
    assert.equal(timers.pending(), 0, 'no timer left behind');
  });

  it('a refusal naming the leader is followed at once, and the leader is remembered', async () => {
    const { timers, replicas, client, send } = setup();
    replicas[0]!.fallback = { leader: 2 };
    assert.equal(await send(), id(2));
    assert.deepEqual(
      replicas.map((r) => r.received),
      [1, 1, 0],
    );
    assert.equal(timers.now(), 0, 'no wait');
    assert.equal(client.leader('s').id, id(2));
    assert.equal(await send(), id(2), 'the next request goes to the leader directly');
    assert.deepEqual(
      replicas.map((r) => r.received),
      [1, 2, 0],
    );
    assert.equal(timers.pending(), 0, 'no timer left behind');
  });

  it('with no leader known it backs off, doubling up to the cap, asking the replicas in turn', async () => {
    const { timers, replicas, send } = setup();
    for (const r of replicas) r.fallback = { leader: null };
    const o = outcome(send(10_000));
    await timers.advance(400);
    assert.equal(o.settled, false);
    const asked = replicas.flatMap((r) => r.at.map((ms) => [ms, r.id] as const));
    asked.sort((a, b) => a[0] - b[0]);
    // 0, then waits of 10, 20, 40, 80, 80, 80 ms: the replicas in turn.
    assert.deepEqual(
      asked.map(([ms]) => ms),
      [0, 10, 30, 70, 150, 230, 310, 390],
    );
    assert.deepEqual(
      asked.slice(0, 4).map(([, r]) => r),
      [id(1), id(2), id(3), id(1)],
    );
    // Next: member-3 at 470 ms, member-1 at 550, member-2 at 630, which now leads.
    replicas[1]!.fallback = 'ok';
    await timers.advance(229);
    assert.equal(o.settled, false);
    await timers.advance(1);
    assert.equal(o.value, id(2));
  });

  it('replicas that name each other are not followed forever: it backs off', async () => {
    const { timers, replicas, send } = setup();
    replicas[0]!.fallback = { leader: 2 };
    replicas[1]!.fallback = { leader: 1 };
    const o = outcome(send(1000));
    await turns();
    const first = replicas[0]!.received + replicas[1]!.received;
    assert.ok(first <= 4, `${first} requests before the first wait`);
    replicas[1]!.fallback = 'ok';
    await timers.advance(10);
    assert.equal(o.value, id(2));
  });

  it('after the timeout with no leader: NoShardLeaderError naming the shard and every replica asked', async () => {
    const { timers, replicas, send } = setup();
    for (const r of replicas) r.fallback = { leader: null };
    const o = outcome(send(500));
    await timers.advance(499);
    assert.equal(o.settled, false);
    await timers.advance(1);
    assert.ok(o.error instanceof NoShardLeaderError, String(o.error));
    assert.equal(o.error.code, 'no-shard-leader');
    assert.equal(o.error.shard, 's');
    assert.equal(o.error.transaction, 'tx-1');
    assert.deepEqual(o.error.tried, [id(1), id(2), id(3)]);
    assert.match(
      o.error.message,
      /commit of transaction tx-1 found no leader of shard s within 500 ms/,
    );
    assert.match(o.error.message, /nothing of it happened/);
    assert.ok(o.error.cause instanceof NotShardLeaderError, 'the last refusal is the cause');
    const sent = replicas.reduce((n, r) => n + r.received, 0);
    await timers.advance(10_000);
    assert.equal(
      replicas.reduce((n, r) => n + r.received, 0),
      sent,
      'nothing is sent after giving up',
    );
    assert.equal(timers.pending(), 0, 'no timer left behind');
  });

  it('CommitOutcomeUnknownError is passed on and never sent again', async () => {
    const { timers, replicas, send } = setup();
    replicas[0]!.script = [new CommitOutcomeUnknownError(id(1), 'tx-1', 'leader lost')];
    const o = outcome(send());
    await timers.advance(5000);
    assert.ok(o.error instanceof CommitOutcomeUnknownError);
    assert.deepEqual(
      replicas.map((r) => r.received),
      [1, 0, 0],
    );
  });

  it("any other error is the shard's answer: passed on unchanged, not retried", async () => {
    const { replicas, send } = setup();
    const error = new Error('validation failed');
    replicas[0]!.script = [error];
    await assert.rejects(send(), (e) => e === error);
    assert.equal(replicas[0]!.received, 1);
  });

  it('a timeout while a replica holds the request is a ShardOperationTimeoutError naming it', async () => {
    const { timers, replicas, send } = setup();
    replicas[0]!.script = [{ leader: 3 }];
    replicas[2]!.fallback = 'silent';
    const o = outcome(send(300));
    await timers.advance(300);
    assert.ok(o.error instanceof ShardOperationTimeoutError, String(o.error));
    assert.equal(o.error.shard, id(3));
  });
});

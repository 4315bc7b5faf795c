/**
 * Goal: a RemoteReplica's requests end as remote-replica.ts promises: answers settle their requests
 * in arrival order; a request that could not be sent, or to a member ClusterService marks
 * unreachable, is refused as NotShardLeaderError naming no leader (safe to send elsewhere) without
 * leaving; a request whose answer can no longer come fails at once by what it was (a commit as
 * CommitOutcomeUnknownError, a read as NotShardLeaderError, an abort as done); and the server half
 * answers a replica it does not hold with NotShardLeaderError. Method: a recording channel and
 * manual timers, no transport.
 */
import { strict as assert } from 'node:assert';
import {
  CommitOutcomeUnknownError,
  NotShardLeaderError,
  ShardUnavailableError,
} from '../../../src/shard/errors.js';
import { DataTree } from '../../../src/tree/data-tree.js';
import { RemoteShards, type ShardServiceChannel } from '../../../src/txn/remote-replica.js';
import { ShardServiceServer } from '../../../src/txn/shard-service.js';
import type {
  ShardServiceRequest,
  ShardServiceResult,
} from '../../../src/txn/shard-service-types.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { ManualTimers, turns } from './manual-timers.js';

const REPLICA = 'member-2-shard-default-config';

class Channel implements ShardServiceChannel {
  readonly sent: { member: string; request: ShardServiceRequest }[] = [];
  connected = true;
  down: string | undefined;
  send(member: string, request: ShardServiceRequest): 'sent' | 'not-sent' {
    if (!this.connected) return 'not-sent';
    this.sent.push({ member, request });
    return 'sent';
  }
  unreachable(_member: string): string | undefined {
    return this.down;
  }
}

describe('txn: remote replica', () => {
  let tree: DataTree;
  before(async () => {
    tree = new DataTree(await loadTestSchema(), { treeType: 'config' });
  });

  function setup(): { channel: Channel; remote: RemoteShards; timers: ManualTimers } {
    const channel = new Channel();
    const timers = new ManualTimers();
    const remote = new RemoteShards({ channel, timers, abandonAfterMs: 60_000 });
    return { channel, remote, timers };
  }

  it('answers settle their requests in the order they arrive', async () => {
    const { channel, remote } = setup();
    const replica = remote.replica('member-2', REPLICA, 'default', tree);
    const order: string[] = [];
    const a = replica.canCommit('tx-a').then(() => order.push('a'));
    const b = replica.commit('tx-b').then(
      () => order.push('b'),
      (e: unknown) => order.push(`b:${(e as Error).name}`),
    );
    assert.equal(channel.sent.length, 2);
    const [ra, rb] = channel.sent.map((s) => s.request.requestId);
    remote.answer('member-2', { requestId: ra!, result: { type: 'ok' } });
    remote.answer('member-2', {
      requestId: rb!,
      result: { type: 'error', error: new ShardUnavailableError(REPLICA, 'closing') },
    });
    await Promise.all([a, b]);
    assert.deepEqual(order, ['a', 'b:ShardUnavailableError']);
    assert.equal(remote.inFlight, 0);
  });

  it('a request not sent, or to an unreachable member, is refused as NotShardLeaderError naming no leader', async () => {
    const { channel, remote } = setup();
    const replica = remote.replica('member-2', REPLICA, 'default', tree);
    channel.connected = false;
    await assert.rejects(
      replica.commit('tx-1'),
      (e: unknown) => e instanceof NotShardLeaderError && e.leader === undefined,
    );
    channel.connected = true;
    channel.down = 'unreachable';
    await assert.rejects(replica.read('linearizable'), NotShardLeaderError);
    assert.equal(channel.sent.length, 0, 'nothing left');
    assert.equal(replica.reachable(), false);
  });

  it('a lost member fails its requests at once: a commit as unknown, a read as not leader, an abort as done', async () => {
    const { remote } = setup();
    const replica = remote.replica('member-2', REPLICA, 'default', tree);
    const other = remote.replica('member-3', 'member-3-shard-default-config', 'default', tree);
    const commit = replica.commit('tx-1').catch((e: unknown) => e);
    const read = replica.read('linearizable').catch((e: unknown) => e);
    const abort = replica.abort('tx-2').then(() => 'done');
    const elsewhere = other.canCommit('tx-3');
    remote.memberLost('member-2', 'socket closed');
    assert.ok((await commit) instanceof CommitOutcomeUnknownError);
    assert.ok((await read) instanceof NotShardLeaderError);
    assert.equal(await abort, 'done');
    assert.equal(remote.inFlight, 1, "member-3's request is still in flight");
    remote.close();
    await assert.rejects(elsewhere, ShardUnavailableError);
  });

  it('an answer from another member than the one asked is ignored; an unanswered request is abandoned after its bound', async () => {
    const { channel, remote, timers } = setup();
    const replica = remote.replica('member-2', REPLICA, 'default', tree);
    const done = replica.preCommit('tx-1').catch((e: unknown) => e);
    const id = channel.sent[0]!.request.requestId;
    remote.answer('member-3', { requestId: id, result: { type: 'ok' } });
    await turns();
    assert.equal(remote.inFlight, 1);
    await timers.advance(60_000);
    assert.ok((await done) instanceof ShardUnavailableError);
  });

  it('the server answers a replica it does not hold with NotShardLeaderError naming no leader', () => {
    const server = new ShardServiceServer({ member: 'member-1', lookup: () => undefined });
    let result: ShardServiceResult | undefined;
    server.handle({ requestId: 1, replica: REPLICA, op: { type: 'commit', txId: 'tx' } }, (r) => {
      result = r;
    });
    assert.ok(result?.type === 'error' && result.error instanceof NotShardLeaderError);
    assert.equal(result.error.leader, undefined);
    server.handle({ requestId: 2, replica: REPLICA, op: { type: 'abort', txId: 'tx' } }, (r) => {
      result = r;
    });
    assert.deepEqual(result, { type: 'ok' }, 'an abort there is no error: nothing is held');
  });
});

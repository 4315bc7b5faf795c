/**
 * Goal: on real shard actors and a real LevelDB journal, killing the member between any two steps of a
 * multi-shard commit leaves the transaction all or nothing after the restart (committed exactly when
 * the coordinator's decision was durable), every commit acknowledged before the kill is present, and
 * the restarted shards resolve what was in doubt and accept commits again. Method: drive the shards of
 * the fixture configuration step by step through their handles (as the cohort proxy does), kill the
 * member (stop every actor at once, no shard closes: what was synced is all that survives), start it
 * again on the same data directory, and read every shard.
 */
import { strict as assert } from 'node:assert';
import { TransactionProxy } from '../../../src/txn/transaction-proxy.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { startProxyFixture, type ProxyFixture } from '../txn/proxy-fixture.js';
import { tempDataDir } from './store-fixture.js';

const I32 = '/conformance:types/i32';
const BOB = '/conformance:users/user=bob';
const PARTICIPANTS = ['conformance', 'users'];

const STEPS = [
  'ready',
  'preCommit conformance (holds the head)',
  'preCommit users (prepare durable)',
  'commit conformance (decision durable)',
  'commit users',
] as const;

async function runSteps(f: ProxyFixture, txId: string, last: number): Promise<void> {
  const c = f.manager.shard('conformance');
  const u = f.manager.shard('users');
  for (let step = 0; step <= last; step++) {
    switch (STEPS[step]!) {
      case 'ready': {
        const modC = c.readSnapshot()!.newModification();
        modC.write(I32, 7);
        modC.ready();
        const modU = u.readSnapshot()!.newModification();
        modU.write(BOB, { name: 'bob', uid: 7 });
        modU.ready();
        await c.submit({ txId, mod: modC, participants: PARTICIPANTS }, 'three-phase');
        await u.submit({ txId, mod: modU, participants: PARTICIPANTS }, 'three-phase');
        break;
      }
      case 'preCommit conformance (holds the head)':
        await c.preCommit(txId);
        break;
      case 'preCommit users (prepare durable)':
        await u.preCommit(txId);
        break;
      case 'commit conformance (decision durable)':
        await c.commit(txId);
        break;
      case 'commit users':
        await u.commit(txId);
        break;
    }
  }
}

describe('shard: killing the member during a multi-shard commit', function () {
  this.timeout(30_000);
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  for (let last = 0; last < STEPS.length; last++) {
    const committed = last >= STEPS.indexOf('commit conformance (decision durable)');
    it(`a kill after "${STEPS[last]}" leaves the transaction ${committed ? 'committed' : 'absent'} on both shards`, async () => {
      const temp = tempDataDir('crash');
      try {
        const f = await startProxyFixture(schema, { persistent: true, dir: temp.dir });
        for (let i = 0; i < 5; i++) {
          const tx = new TransactionProxy(f.ctx, true);
          tx.write(`/conformance:registry=k${i}`, { id: `k${i}` });
          await tx.commit();
        }
        await runSteps(f, 'multi', last);
        await f.kill();

        const again = await startProxyFixture(schema, { persistent: true, dir: temp.dir });
        try {
          const read = new TransactionProxy(again.ctx, false);
          assert.equal(
            ((await read.read('/conformance:registry')) as unknown[]).length,
            5,
            'acknowledged commits',
          );
          const seen = [(await read.read(I32)) !== undefined, (await read.read(BOB)) !== undefined];
          assert.deepEqual(seen, [committed, committed]);
          for (const s of again.manager.status()) {
            assert.equal(s.state, 'running', s.id);
            assert.equal(s.inDoubt, 0, `${s.id} resolved its prepared transaction`);
          }
          const after = new TransactionProxy(again.ctx, true);
          after.write(BOB, { name: 'bob', uid: 8 });
          after.write(I32, 8);
          await after.commit();
        } finally {
          await again.close();
        }
      } finally {
        temp.remove();
      }
    });
  }
});

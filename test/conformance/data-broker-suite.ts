/**
 * Conformance of the DataBroker (mdsal's DOMDataBroker) over a pair of stores: transactions name the
 * datastore of each operation ('config' or 'operational'); a commit that touches both commits both or
 * neither (a conflict or a validation failure in one store leaves no trace in the other, also when
 * the conflict is on a node verified unchanged there); each store has its own snapshot, listeners and
 * data; the configuration store refuses state (config false) data. Runs unchanged over in-memory and
 * distributed stores.
 */
import { strict as assert } from 'node:assert';
import {
  CanopyError,
  DataValidationFailedError,
  OptimisticLockFailedError,
} from '../../src/index.js';
import type { DataBroker, SchemaContext } from '../../src/index.js';
import { ListenerRecorder, waitUntil } from '../support/store-candidates.js';
import { expectFails, expectRejects, expectThrows } from './suite-context.js';

/** One broker under test (its two stores fresh and empty), with a way to stop it. */
export interface BrokerHarness {
  readonly broker: DataBroker;
  readonly schema: SchemaContext;
  close(): Promise<void>;
}

const I32 = '/conformance:types/i32';
const U8 = '/conformance:types/u8';

/** Registers the DataBroker conformance suite for one pair of store implementations. */
export function describeDataBrokerConformance(
  name: string,
  factory: () => Promise<BrokerHarness>,
): void {
  describe(`DataBroker conformance (${name})`, () => {
    let harness: BrokerHarness | undefined;
    const broker = (): DataBroker => harness!.broker;
    beforeEach(async () => {
      harness = await factory();
    });
    afterEach(async () => {
      await harness?.close();
      harness = undefined;
    });

    async function read(store: 'config' | 'operational', path: string): Promise<unknown> {
      const tx = broker().newReadOnlyTransaction();
      try {
        return await tx.read(store, path);
      } finally {
        tx.close();
      }
    }

    it('one transaction writes both datastores, and each keeps its own data', async () => {
      const tx = broker().newReadWriteTransaction();
      tx.write('config', I32, 1);
      tx.write('operational', I32, 2);
      tx.write('operational', '/conformance:status/uptime', 7);
      assert.equal(await tx.read('config', I32), 1, 'read through, config');
      assert.equal(await tx.read('operational', I32), 2, 'read through, operational');
      await tx.commit();
      assert.equal(await read('config', I32), 1);
      assert.equal(await read('operational', I32), 2);
      assert.equal(await read('operational', '/conformance:status/uptime'), 7);
      assert.equal(await read('config', '/conformance:status/uptime'), undefined);
    });

    it('a conflict in one datastore fails the commit and leaves no trace in either', async () => {
      const seed = broker().newWriteOnlyTransaction();
      seed.write('operational', I32, 0);
      await seed.commit();
      const tx = broker().newReadWriteTransaction();
      await tx.read('operational', I32);
      await tx.read('config', I32);
      tx.write('config', U8, 1);
      tx.write('operational', I32, 1);
      const other = broker().newWriteOnlyTransaction();
      other.write('operational', I32, 2);
      await other.commit();
      await expectRejects(() => tx.commit(), OptimisticLockFailedError, 'the spanning commit');
      assert.equal(await read('config', U8), undefined, 'config untouched');
      assert.equal(await read('operational', I32), 2, 'operational keeps the other commit');
    });

    it('a node verified unchanged in one datastore guards a write to the other', async () => {
      const seed = broker().newWriteOnlyTransaction();
      seed.write('operational', I32, 0);
      await seed.commit();
      const tx = broker().newReadWriteTransaction();
      assert.equal(await tx.read('operational', I32), 0);
      tx.verifyUnchanged('operational', I32);
      tx.write('config', U8, 1);
      const other = broker().newWriteOnlyTransaction();
      other.write('operational', I32, 2);
      await other.commit();
      await expectRejects(() => tx.commit(), OptimisticLockFailedError, 'the guarded commit', {
        path: I32,
      });
      assert.equal(await read('config', U8), undefined, 'config untouched');
      const again = broker().newReadWriteTransaction();
      assert.equal(await again.read('operational', I32), 2);
      again.verifyUnchanged('operational', I32);
      again.write('config', U8, 1);
      await again.commit();
      assert.equal(await read('config', U8), 1);
      assert.equal(await read('operational', I32), 2, 'the verification wrote nothing');
    });

    it('a validation failure at commit in one datastore fails both', async () => {
      const tx = broker().newWriteOnlyTransaction();
      tx.write('operational', I32, 5);
      let refusedAtCall = false;
      try {
        tx.write('config', '/conformance:users/user=alice', { name: 'alice' }); // uid is mandatory
      } catch (err) {
        assert.ok(err instanceof DataValidationFailedError, String(err));
        refusedAtCall = true;
      }
      if (!refusedAtCall) {
        await expectRejects(() => tx.commit(), DataValidationFailedError, 'commit');
        assert.equal(await read('operational', I32), undefined, 'operational untouched');
      } else {
        tx.cancel();
      }
    });

    it('the configuration datastore refuses state data at the call', () => {
      const tx = broker().newWriteOnlyTransaction();
      expectThrows(
        () => tx.write('config', '/conformance:status/uptime', 1),
        DataValidationFailedError,
        'config false data in config',
      );
      tx.write('operational', '/conformance:status/uptime', 1);
      tx.cancel();
    });

    it('a listener sees only the commits of its datastore', async () => {
      const config = new ListenerRecorder();
      const operational = new ListenerRecorder();
      broker().registerTreeChangeListener('config', I32, config.listener);
      broker().registerTreeChangeListener('operational', I32, operational.listener);
      await waitUntil(() => config.calls.length === 1 && operational.calls.length === 1, 'initial');
      const a = broker().newWriteOnlyTransaction();
      a.write('operational', I32, 1);
      await a.commit();
      const b = broker().newWriteOnlyTransaction();
      b.write('config', I32, 2);
      await b.commit();
      await waitUntil(() => config.changesAfterInitial().length === 1, 'config change');
      await waitUntil(() => operational.changesAfterInitial().length === 1, 'operational change');
      assert.deepEqual(
        config.changesAfterInitial().map((c) => c.dataAfter),
        [2],
      );
      assert.deepEqual(
        operational.changesAfterInitial().map((c) => c.dataAfter),
        [1],
      );
    });

    it('a broker chain transaction sees the previous one in both datastores before it commits', async () => {
      const chain = broker().createTransactionChain();
      const tx1 = chain.newWriteOnlyTransaction();
      tx1.write('config', I32, 1);
      tx1.write('operational', I32, 2);
      const p1 = tx1.commit();
      const tx2 = chain.newReadWriteTransaction();
      assert.equal(await tx2.read('config', I32), 1);
      assert.equal(await tx2.read('operational', I32), 2);
      tx2.write('config', U8, 3);
      await Promise.all([p1, tx2.commit()]);
      assert.equal(await read('config', U8), 3);
      chain.close();
    });

    it('a cancelled transaction leaves no trace; an unknown datastore name is refused', async () => {
      const tx = broker().newWriteOnlyTransaction();
      tx.write('config', I32, 1);
      assert.equal(tx.cancel(), true);
      assert.equal(await read('config', I32), undefined);
      const bad = broker().newReadWriteTransaction();
      await expectFails(
        () => bad.write('nosuch' as 'config', I32, 1),
        CanopyError,
        'an unknown datastore',
      );
      bad.cancel();
    });
  });
}

/**
 * Goal: the data broker pairs a configuration and an operational store, routes each operation to the
 * store it names, and commits transactions spanning both with the two cohorts' phases in step, leaving
 * no trace in either when one fails. Method: two in-memory stores behind a DataBroker, public API only.
 */
import { strict as assert } from 'node:assert';
import {
  DataBroker,
  DataValidationFailedError,
  InMemoryDataStore,
  TransactionStateError,
} from '../../../src/api/index.js';
import { confSchema } from '../tree/fixtures.js';

const TOASTER = '/toaster:toaster';

function broker(): {
  broker: DataBroker;
  config: InMemoryDataStore;
  operational: InMemoryDataStore;
} {
  const config = new InMemoryDataStore({ schema: confSchema(), treeType: 'config' });
  const operational = new InMemoryDataStore({ schema: confSchema(), treeType: 'operational' });
  return { broker: new DataBroker({ config, operational }), config, operational };
}

describe('api: data broker', () => {
  it('routes operations to the named store and commits both together', async () => {
    const { broker: b, config, operational } = broker();
    const tx = b.newReadWriteTransaction();
    tx.write('config', TOASTER, { darknessFactor: 7 });
    tx.write('operational', TOASTER, { toasterStatus: 'up', darknessFactor: 7 });
    assert.deepEqual(await tx.read('config', TOASTER), { darknessFactor: 7 });
    await tx.commit();
    assert.deepEqual(await config.newReadOnlyTransaction().read(TOASTER), { darknessFactor: 7 });
    assert.deepEqual(
      await operational.newReadOnlyTransaction().read(`${TOASTER}/toasterStatus`),
      'up',
    );
    const ro = b.newReadOnlyTransaction();
    assert.equal(await ro.exists('operational', TOASTER), true);
    assert.equal(await ro.read('config', `${TOASTER}/toasterStatus`), undefined);
    ro.close();
  });

  it('state data goes to the operational store only', () => {
    const tx = broker().broker.newWriteOnlyTransaction();
    assert.throws(
      () => tx.write('config', `${TOASTER}/toasterStatus`, 'up'),
      DataValidationFailedError,
    );
    tx.write('operational', `${TOASTER}/toasterStatus`, 'up');
    assert.throws(() => tx.write('nosuch' as 'config', TOASTER, {}), /unknown datastore "nosuch"/);
  });

  it('when one store refuses the commit, neither store changes', async () => {
    const { broker: b, config, operational } = broker();
    const other = config.newWriteOnlyTransaction();
    const tx = b.newWriteOnlyTransaction();
    tx.write('operational', TOASTER, { darknessFactor: 1 });
    tx.write('config', TOASTER, { darknessFactor: 1 });
    other.write(TOASTER, { darknessFactor: 2 });
    await other.commit();
    await assert.rejects(tx.commit());
    assert.equal(await operational.newReadOnlyTransaction().read(TOASTER), undefined);
    assert.deepEqual(await config.newReadOnlyTransaction().read(TOASTER), { darknessFactor: 2 });
    await assert.rejects(tx.commit(), TransactionStateError);
  });

  it('cancel abandons both stores; listeners register on the named store', async () => {
    const { broker: b, config } = broker();
    const seen: string[] = [];
    b.registerTreeChangeListener('config', TOASTER, (changes) => {
      for (const c of changes) seen.push(c.modificationType);
    });
    const tx = b.newWriteOnlyTransaction();
    tx.write('config', TOASTER, { darknessFactor: 3 });
    assert.equal(tx.cancel(), true);
    assert.equal(tx.cancel(), false);
    assert.equal(await config.newReadOnlyTransaction().read(TOASTER), undefined);
    const next = b.newWriteOnlyTransaction();
    next.write('config', TOASTER, { darknessFactor: 4 });
    await next.commit();
    for (let i = 0; i < 1000 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 2));
    assert.deepEqual(seen, ['write']);
  });

  it('a broker chain chains each store', async () => {
    const { broker: b, config } = broker();
    const chain = b.createTransactionChain();
    const first = chain.newWriteOnlyTransaction();
    first.write('config', TOASTER, { darknessFactor: 1 });
    const firstCommit = first.commit();
    const second = chain.newReadWriteTransaction();
    assert.deepEqual(await second.read('config', TOASTER), { darknessFactor: 1 });
    second.merge('config', TOASTER, { darknessFactor: 2 });
    await firstCommit;
    await second.commit();
    chain.close();
    assert.deepEqual(await config.newReadOnlyTransaction().read(TOASTER), { darknessFactor: 2 });
  });
});

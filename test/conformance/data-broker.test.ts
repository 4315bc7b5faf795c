/**
 * Goal: the DataBroker over two in-memory stores (a configuration and an operational one) meets the
 * DataBroker contract. Method: run data-broker-suite.ts with a fresh pair of stores per test.
 */
import { DataBroker, InMemoryDataStore } from '../../src/index.js';
import { loadTestSchema } from '../support/store-schema.js';
import { describeDataBrokerConformance } from './data-broker-suite.js';

describeDataBrokerConformance('two InMemoryDataStores', async () => {
  const schema = await loadTestSchema();
  const config = new InMemoryDataStore({ schema, treeType: 'config' });
  const operational = new InMemoryDataStore({ schema, treeType: 'operational' });
  return {
    broker: new DataBroker({ config, operational }),
    schema,
    close: async () => {
      await config.close();
      await operational.close();
    },
  };
});

/**
 * Goal: the DataBroker over a member's two distributed datastores (configuration journaled to
 * LevelDB, operational in memory: ODL's defaults) meets the DataBroker contract unchanged. Method:
 * data-broker-suite.ts with a member started by `startMember` on a fresh temporary data directory per
 * test, its data spread over module, prefix and default shards.
 */
import { startMember } from '../../src/api/distributed-data-store.js';
import { loadTestSchema } from '../support/store-schema.js';
import { fixtureConfig, tempDataDir } from '../unit/shard/store-fixture.js';
import { describeDataBrokerConformance } from './data-broker-suite.js';

describeDataBrokerConformance('a member of two DistributedDataStores', async () => {
  const schema = await loadTestSchema();
  const temp = tempDataDir('member');
  const config = fixtureConfig({ dataDir: temp.dir, persistent: true, operationalInMemory: true });
  const member = await startMember({ config, schema });
  return {
    broker: member.broker,
    schema,
    close: async () => {
      await member.close();
      temp.remove();
    },
  };
});

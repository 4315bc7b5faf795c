/**
 * Goal: a broker transaction that touches one datastore (what RESTCONF and the CLI send) commits
 * through that store's own one-step commit: over the distributed store, a one-shard transaction is
 * one message to its shard, validated once there, with nothing given up: conflicts, validation
 * failures, listener delivery, chains and the operation timeout behave as the three phases did.
 * Method: a member (startMember: a persistent config datastore on LevelDB, the fixture's module,
 * prefix and default shards, real actors) and its DataBroker; the messages a shard receives and
 * the validations of its tree are counted by wrapping the real methods (they still run).
 */
import { strict as assert } from 'node:assert';
import { startMember, type CanopyMember } from '../../../src/api/distributed-data-store.js';
import type { DataTreeCandidate } from '../../../src/api/dom-store.js';
import { ShardOperationTimeoutError } from '../../../src/shard/errors.js';
import { Shard } from '../../../src/shard/shard-actor.js';
import { DataTree } from '../../../src/tree/data-tree.js';
import {
  DataValidationFailedError,
  OptimisticLockFailedError,
  TransactionStateError,
} from '../../../src/tree/errors.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { waitUntil } from '../../support/store-candidates.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { fixtureConfig, tempDataDir } from '../shard/store-fixture.js';

const I32 = '/conformance:types/i32';
const U8 = '/conformance:types/u8';
const USERS = '/conformance:users';
const BOB = `${USERS}/user=bob`;
const EVE = `${USERS}/user=eve`;
const SHARD_CALLS = ['submit', 'canCommit', 'preCommit', 'commit', 'abort'] as const;

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Records each call of the named methods of `proto` (which still run); returns the restorer. */
function record(proto: object, names: readonly string[], calls: string[]): () => void {
  const target = proto as Record<string, Method>;
  const originals = names.map((name) => target[name]!);
  names.forEach((name, i) => {
    const original = originals[i]!;
    target[name] = function (this: unknown, ...args: unknown[]): unknown {
      calls.push(name === 'submit' ? `submit ${String(args[1])}` : name);
      return original.apply(this, args);
    };
  });
  return () => {
    names.forEach((name, i) => {
      target[name] = originals[i]!;
    });
  };
}

describe('api: a one-store broker commit over the distributed store', function () {
  this.timeout(30_000);
  let schema: SchemaContext;
  let member: CanopyMember;
  let temp: { dir: string; remove(): void };

  before(async () => {
    schema = await loadTestSchema();
  });
  beforeEach(async () => {
    temp = tempDataDir('broker-commit');
    const config = fixtureConfig({
      dataDir: temp.dir,
      persistent: true,
      operationalInMemory: true,
      settings: ['operation-timeout-in-seconds = 1'],
    });
    member = await startMember({ config, schema });
  });
  afterEach(async () => {
    await member.close();
    temp.remove();
  });

  async function put(path: string, data: unknown): Promise<void> {
    const tx = member.broker.newWriteOnlyTransaction();
    tx.write('config', path, data);
    await tx.commit();
  }

  async function read(path: string): Promise<unknown> {
    const tx = member.broker.newReadOnlyTransaction();
    try {
      return await tx.read('config', path);
    } finally {
      tx.close();
    }
  }

  it('is one message to its shard, validated once there', async () => {
    await put(I32, 1); // the shard's first commit is not the one counted
    const calls: string[] = [];
    const restore = [
      record(Shard.prototype, SHARD_CALLS, calls),
      record(DataTree.prototype, ['validate', 'prepare'], calls),
    ];
    try {
      const tx = member.broker.newReadWriteTransaction();
      assert.equal(await tx.exists('config', I32), true);
      tx.write('config', I32, 2);
      await tx.commit();
    } finally {
      for (const r of restore) r();
    }
    assert.deepEqual(calls, ['submit commit-on-ready', 'validate', 'prepare']);
    assert.equal(await read(I32), 2);
  });

  it('so is each transaction of a broker chain', async () => {
    const calls: string[] = [];
    const restore = record(Shard.prototype, SHARD_CALLS, calls);
    const chain = member.broker.createTransactionChain();
    try {
      const first = chain.newWriteOnlyTransaction();
      first.write('config', I32, 5);
      const firstDone = first.commit();
      const second = chain.newReadWriteTransaction();
      assert.equal(await second.read('config', I32), 5);
      second.write('config', U8, 6);
      await Promise.all([firstDone, second.commit()]);
    } finally {
      restore();
      chain.close();
    }
    assert.deepEqual(calls, ['submit commit-on-ready', 'submit commit-on-ready']);
    assert.equal(await read(U8), 6);
  });

  it('a transaction that touches both stores still commits in three phases across them', async () => {
    const calls: string[] = [];
    const restore = record(Shard.prototype, SHARD_CALLS, calls);
    try {
      const tx = member.broker.newWriteOnlyTransaction();
      tx.write('config', I32, 7);
      tx.write('operational', '/conformance:status', { uptime: 1 });
      await tx.commit();
    } finally {
      restore();
    }
    assert.deepEqual(calls.sort(), [
      'canCommit',
      'canCommit',
      'commit',
      'commit',
      'preCommit',
      'preCommit',
      'submit three-phase',
      'submit three-phase',
    ]);
    assert.equal(await read(I32), 7);
  });

  it('a conflicting commit fails with OptimisticLockFailedError and leaves the winner', async () => {
    await put(BOB, { name: 'bob', uid: 1 });
    const a = member.broker.newReadWriteTransaction();
    const b = member.broker.newReadWriteTransaction();
    assert.equal(await a.read('config', `${BOB}/uid`), 1);
    assert.equal(await b.read('config', `${BOB}/uid`), 1);
    a.write('config', BOB, { name: 'bob', uid: 2 });
    b.write('config', BOB, { name: 'bob', uid: 3 });
    await a.commit();
    await assert.rejects(b.commit(), OptimisticLockFailedError);
    assert.deepEqual(await read(BOB), { name: 'bob', uid: 2 });
    await assert.rejects(b.commit(), TransactionStateError);
    // A retry from a new snapshot commits.
    await put(`${BOB}/uid`, 3);
    assert.equal(await read(`${BOB}/uid`), 3);
  });

  it('a transaction that breaks a constraint of its result fails at commit and leaves no trace', async () => {
    await put(BOB, { name: 'bob', uid: 1 });
    const tx = member.broker.newWriteOnlyTransaction();
    tx.write('config', BOB, { name: 'bob', uid: 9 });
    tx.merge('config', EVE, { name: 'eve' }); // uid is mandatory: only the result shows it missing
    await assert.rejects(
      tx.commit(),
      (e: unknown) => e instanceof DataValidationFailedError && /uid/.test(e.message),
    );
    assert.deepEqual(await read(USERS), { user: [{ name: 'bob', uid: 1 }] });
  });

  it('listeners get every commit in order, and nothing of a failed one', async () => {
    const seen: unknown[] = [];
    let calls = 0;
    const registration = member.broker.registerTreeChangeListener(
      'config',
      I32,
      (changes: readonly DataTreeCandidate[]) => {
        calls++;
        for (const c of changes) seen.push(c.dataAfter);
      },
    );
    try {
      await waitUntil(() => calls === 1, 'the initial delivery (nothing there yet)');
      assert.deepEqual(seen, []);
      for (let i = 1; i <= 5; i++) await put(I32, i);
      const loser = member.broker.newReadWriteTransaction();
      await loser.read('config', I32);
      loser.write('config', I32, 99);
      await put(I32, 6);
      await assert.rejects(loser.commit(), OptimisticLockFailedError);
      await waitUntil(() => seen.length === 6, 'six deliveries');
      assert.deepEqual(seen, [1, 2, 3, 4, 5, 6]);
    } finally {
      registration.close();
    }
  });

  it('a commit still queued at the operation timeout fails with ShardOperationTimeoutError and never applies', async () => {
    // A multi-shard transaction of the config store holds the conformance shard's queue head
    // between preCommit and commit.
    const holderTx = member.config.newWriteOnlyTransaction();
    holderTx.write(I32, 1);
    holderTx.write(BOB, { name: 'bob', uid: 1 });
    const holder = holderTx.ready();
    await holder.canCommit();
    await holder.preCommit();
    const stuck = member.broker.newWriteOnlyTransaction();
    stuck.write('config', U8, 2);
    await assert.rejects(
      stuck.commit(),
      (e: unknown) =>
        e instanceof ShardOperationTimeoutError &&
        e.shard === 'member-1-shard-conformance-config' &&
        /did not commit/.test(e.message),
    );
    await holder.commit();
    await put(I32, 3);
    assert.equal(await read(U8), undefined);
    assert.equal(await read(I32), 3);
  });
});

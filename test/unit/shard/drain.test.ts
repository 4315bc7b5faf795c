/**
 * Goal: the shared drain step (src/shard/drain.ts) fixes the order of a Ready's effects and nothing
 * more: the write first (synced when the Ready must be), then the messages, then the core's advance
 * and its effects; one write outstanding, with commits arriving meanwhile joining the next one; a
 * Ready that only moves the commit index neither waits nor syncs; snapshots go to the port's own
 * save; a stopped core gets nothing more. Method: a real ShardCore over a recording port whose saves
 * complete only when the test says so.
 */
import { strict as assert } from 'node:assert';
import { MemoryDurableStorage } from '../../../src/raft/memory-durable-storage.js';
import { bootstrapState } from '../../../src/raft/memory-log.js';
import type { Ready } from '../../../src/raft/raft-core.js';
import type { DurableWrite } from '../../../src/raft/storage.js';
import { ShardDrain, type DeliveredEffect } from '../../../src/shard/drain.js';
import { ShardCore } from '../../../src/shard/shard-core.js';
import type { ShardCoreConfig } from '../../../src/shard/shard-types.js';
import { binaryTreeCodec } from '../../../src/shard/tree-codec.js';
import { SeededRng } from '../../../src/util/rng.js';
import { shardCodec } from '../../../src/wire/shard-codec.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import { loadTestSchema } from '../../support/store-schema.js';
import { coreConfig } from './core-driver.js';

const I32 = '/conformance:types/i32';

/** A port that records every call and completes saves only when told. */
class RecordingPort {
  readonly log: string[] = [];
  readonly pending: Ready[] = [];
  readonly storage: MemoryDurableStorage;
  readonly replies = new Map<number, boolean>();

  constructor(storage: MemoryDurableStorage) {
    this.storage = storage;
  }

  save(ready: Ready, write: DurableWrite, options: { readonly sync: boolean }): void {
    this.log.push(`save ${write.entries.length} entries sync=${options.sync}`);
    void this.storage.save(write, options);
    this.pending.push(ready);
  }
  saveAside(write: DurableWrite): void {
    this.log.push(`aside commit=${write.hardState?.commit}`);
    void this.storage.save(write, { sync: false });
  }
  saveSnapshot(): void {
    this.log.push('snapshot');
  }
  send(): void {
    this.log.push('send');
  }
  deliver(effects: readonly DeliveredEffect[]): void {
    for (const e of effects) {
      this.log.push(e.type);
      if (e.type === 'reply') this.replies.set(e.requestId, e.outcome.ok);
    }
  }
}

function setup(schema: SchemaContext, overrides: Partial<ShardCoreConfig> = {}) {
  const config = coreConfig(schema, 'a', overrides);
  const storage = new MemoryDurableStorage(bootstrapState([config.id]));
  const core = new ShardCore(
    config,
    storage.durableState(),
    { codec: shardCodec, treeCodec: binaryTreeCodec },
    new SeededRng(7),
  );
  const port = new RecordingPort(storage);
  const drain = new ShardDrain(core, port);
  /** Completes the outstanding save and runs on. */
  const complete = (): void => {
    const ready = port.pending.shift();
    assert.ok(ready !== undefined, 'a save is outstanding');
    drain.saved(ready);
    drain.run();
  };
  const settle = (): void => {
    drain.run();
    while (port.pending.length > 0) complete();
  };
  return { core, port, drain, complete, settle };
}

function submit(core: ShardCore, requestId: number, txId: string, value: number): void {
  const snapshot = core.readSnapshot();
  assert.ok(snapshot !== undefined, 'readable');
  const mod = snapshot.newModification();
  mod.write(I32, value);
  mod.ready();
  core.submit(requestId, { txId, mod }, 'commit-on-ready');
}

describe('shard drain step', () => {
  let schema: SchemaContext;
  before(async () => {
    schema = await loadTestSchema();
  });

  it('saves a Ready before it sends and advances, and answers only after the save completes', () => {
    const { core, port, drain, complete, settle } = setup(schema);
    settle();
    port.log.length = 0;
    submit(core, 1, 't1', 1);
    drain.run();
    assert.deepEqual(port.log, ['save 1 entries sync=true'], 'only the write has started');
    assert.equal(port.replies.get(1), undefined, 'not answered before the write is durable');
    complete();
    assert.equal(port.log[1], 'send', 'messages go out once the write is durable');
    assert.ok(port.log.indexOf('reply') > 1, port.log.join(', '));
    assert.equal(port.replies.get(1), true);
  });

  it('keeps one write outstanding: commits arriving during it share the next write', () => {
    const { core, port, drain, complete, settle } = setup(schema);
    settle();
    port.log.length = 0;
    submit(core, 1, 't1', 1);
    drain.run();
    assert.equal(port.pending.length, 1);
    // t2 and t3 queue behind t1 (validated on the tip) while t1's write is in flight.
    const snapshot = core.readSnapshot()!;
    for (const [id, txId, path, value] of [
      [2, 't2', '/conformance:types/u8', 2],
      [3, 't3', '/conformance:types/text', 'three'],
    ] as const) {
      const mod = snapshot.newModification();
      mod.write(path, value);
      mod.ready();
      core.submit(id, { txId, mod }, 'commit-on-ready');
      drain.run();
    }
    assert.equal(port.pending.length, 1, 'no second write while one is outstanding');
    complete();
    assert.equal(port.pending.length, 1, 'the next write started');
    assert.ok(port.log.includes('save 2 entries sync=true'), port.log.join(', '));
    complete();
    assert.deepEqual(
      [1, 2, 3].map((id) => port.replies.get(id)),
      [true, true, true],
    );
  });

  it('writes a commit-index-only Ready unsynced and advances it without waiting', () => {
    const { core, port, drain, settle } = setup(schema);
    settle();
    // A sole voter stores the commit index with its entries, so none is left to write aside.
    port.log.length = 0;
    submit(core, 1, 't1', 1);
    settle();
    assert.ok(
      port.log.every((l) => !l.startsWith('aside')),
      `a sole voter's commit index rides with its entries: ${port.log.join(', ')}`,
    );
    assert.equal(drain.saving, undefined);
  });

  it('hands a snapshot the core takes to the port, apart from the Ready writes', () => {
    const { core, port, settle } = setup(schema, { snapshotBatchCount: 2 });
    settle();
    for (let i = 1; i <= 3; i++) {
      submit(core, i, `t${i}`, i);
      settle();
    }
    core.tick();
    settle();
    assert.ok(port.log.includes('snapshot'), port.log.join(', '));
    assert.ok(!port.log.includes('save-snapshot'), 'not delivered as an ordinary effect');
  });

  it('does nothing more for a core that stopped while its write was in flight', () => {
    const { core, port, drain } = setup(schema);
    drain.run();
    const ready = port.pending.shift();
    assert.ok(ready !== undefined);
    core.stop(new Error('disk on fire'));
    drain.saveFailed();
    port.log.length = 0;
    drain.saved(ready);
    drain.run();
    assert.deepEqual(port.log, ['stopped'], 'its stop is told; no send, advance or save');
  });
});

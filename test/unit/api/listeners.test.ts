/**
 * Goal: data tree change listeners get the existing data first, then every committed change under
 * their path in commit order, asynchronously, each listener on its own: a throwing or slow listener
 * never blocks a commit or another listener, and close() stops deliveries. Method: register listeners
 * on an in-memory store, commit, and wait for deliveries by polling with a generous liveness bound
 * (never a timing assertion).
 */
import { strict as assert } from 'node:assert';
import { InMemoryDataStore } from '../../../src/api/index.js';
import type { DataTreeCandidate, DataTreeCandidateNode } from '../../../src/api/index.js';
import { testSchema } from '../tree/fixtures.js';

const ITEM = '/canopy-test:item';

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if (condition()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  assert.fail(`timed out waiting for: ${what}`);
}

async function put(store: InMemoryDataStore, path: string, data: unknown): Promise<void> {
  const tx = store.newWriteOnlyTransaction();
  tx.write(path, data);
  await tx.commit();
}

function shape(c: DataTreeCandidateNode): unknown {
  return {
    path: c.path,
    type: c.modificationType,
    before: c.dataBefore,
    after: c.dataAfter,
    children: c.children.map(shape),
  };
}

class Recorder {
  readonly calls: DataTreeCandidate[][] = [];
  readonly listener = (changes: readonly DataTreeCandidate[]): void => {
    this.calls.push([...changes]);
  };
}

describe('api: data tree change listeners', () => {
  it('first delivers the existing data as a write, then each change in commit order', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    await put(store, `${ITEM}=a`, { value: 1 });
    const r = new Recorder();
    store.registerTreeChangeListener(`${ITEM}=a`, r.listener);
    assert.equal(r.calls.length, 0, 'delivery is asynchronous');
    await until(() => r.calls.length === 1, 'the initial call');
    assert.deepEqual(r.calls[0]!.map(shape), [
      {
        path: `${ITEM}=a`,
        type: 'write',
        before: undefined,
        after: { name: 'a', value: 1 },
        children: [
          { path: `${ITEM}=a/name`, type: 'write', before: undefined, after: 'a', children: [] },
          { path: `${ITEM}=a/value`, type: 'write', before: undefined, after: 1, children: [] },
        ],
      },
    ]);
    await put(store, `${ITEM}=a/value`, 2);
    await put(store, `${ITEM}=b`, {});
    await put(store, `${ITEM}=a/value`, 3);
    await until(() => r.calls.length === 3, 'two more calls');
    assert.deepEqual(
      r.calls
        .slice(1)
        .map((call) => call.map((c) => [c.modificationType, c.dataBefore, c.dataAfter])),
      [
        [['subtree-modified', { name: 'a', value: 1 }, { name: 'a', value: 2 }]],
        [['subtree-modified', { name: 'a', value: 2 }, { name: 'a', value: 3 }]],
      ],
    );
  });

  it('an initial call with no candidates when nothing is at the path', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const r = new Recorder();
    store.registerTreeChangeListener(ITEM, r.listener);
    await put(store, `${ITEM}=a`, {});
    await until(() => r.calls.length === 2, 'initial and one change');
    assert.deepEqual(r.calls[0], []);
    assert.deepEqual(
      r.calls[1]!.map((c) => [c.path, c.modificationType]),
      [[ITEM, 'appeared']],
    );
  });

  it('a listener on the root sees every commit; unrelated paths see nothing', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const root = new Recorder();
    const other = new Recorder();
    store.registerTreeChangeListener('/', root.listener);
    store.registerTreeChangeListener('/canopy-test:top', other.listener);
    await put(store, `${ITEM}=a`, {});
    await until(() => root.calls.length === 2, 'root: initial and one change');
    assert.equal(root.calls[1]![0]!.path, '/');
    assert.deepEqual(root.calls[1]![0]!.dataAfter, { 'canopy-test:item': [{ name: 'a' }] });
    await until(() => other.calls.length === 1, 'the other listener: initial');
    await put(store, '/canopy-test:top/plain', 'p');
    await until(() => other.calls.length === 2, 'the other listener: its change');
    assert.deepEqual(other.calls[1]![0]!.dataAfter, { plain: 'p' });
  });

  it('nothing is delivered for failed, aborted or identical commits', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    await put(store, `${ITEM}=a`, { value: 1 });
    const r = new Recorder();
    store.registerTreeChangeListener(ITEM, r.listener);
    await until(() => r.calls.length === 1, 'initial');
    const aborted = store.newWriteOnlyTransaction();
    aborted.write(`${ITEM}=a/value`, 2);
    await aborted.ready().abort();
    const invalid = store.newWriteOnlyTransaction();
    invalid.write(`${ITEM}=a/value`, 3);
    invalid.write('/canopy-test:strict=1', {});
    await assert.rejects(invalid.commit());
    await put(store, `${ITEM}=a`, { value: 1 });
    await put(store, `${ITEM}=a/value`, 4);
    await until(() => r.calls.length === 2, 'the one real change');
    assert.deepEqual(r.calls[1]![0]!.dataAfter, [{ name: 'a', value: 4 }]);
  });

  it('nothing is delivered for a rewrite that only reorders ordered-by system entries', async () => {
    // RFC 7950 §7.7.1: the system owns that order, so the rewrite changes no data.
    const store = new InMemoryDataStore({ schema: testSchema() });
    await put(store, ITEM, [{ name: 'a', labels: ['x', 'y', 'z'] }, { name: 'b' }]);
    const r = new Recorder();
    store.registerTreeChangeListener(ITEM, r.listener);
    await until(() => r.calls.length === 1, 'initial');
    await put(store, ITEM, [{ name: 'b' }, { name: 'a', labels: ['z', 'x', 'y'] }]);
    const tx = store.newWriteOnlyTransaction();
    tx.write(`${ITEM}=a/labels`, ['x', 'z']);
    tx.merge(`${ITEM}=a/labels=y`, 'y');
    await tx.commit();
    await put(store, `${ITEM}=b/value`, 4); // the sentinel: the only change
    await until(() => r.calls.length === 2, 'the sentinel');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(r.calls.length, 2);
    assert.deepEqual(r.calls[1]![0]!.children.map(shape), [
      {
        path: `${ITEM}=b`,
        type: 'subtree-modified',
        before: { name: 'b' },
        after: { name: 'b', value: 4 },
        children: [
          {
            path: `${ITEM}=b/value`,
            type: 'write',
            before: undefined,
            after: 4,
            children: [],
          },
        ],
      },
    ]);
  });

  it('a throwing listener is reported and keeps getting deliveries; others are unaffected', async () => {
    const errors: [unknown, string][] = [];
    const store = new InMemoryDataStore({
      schema: testSchema(),
      onListenerError: (error, path) => errors.push([error, path]),
    });
    let thrown = 0;
    store.registerTreeChangeListener(ITEM, () => {
      thrown++;
      throw new Error('boom');
    });
    const r = new Recorder();
    store.registerTreeChangeListener(ITEM, r.listener);
    for (let i = 0; i < 3; i++) await put(store, `${ITEM}=k${i}`, {});
    await until(() => thrown === 4 && r.calls.length === 4, 'every delivery to both');
    assert.equal(errors.length, 4);
    assert.equal(errors[0]![1], ITEM);
    assert.match(String(errors[0]![0]), /boom/);
  });

  it('the default error handler writes one warning line', async () => {
    const lines: string[] = [];
    const store = new InMemoryDataStore({ schema: testSchema(), warn: (m) => lines.push(m) });
    store.registerTreeChangeListener(ITEM, () => {
      throw new Error('planted');
    });
    await until(() => lines.length === 1, 'the warning');
    assert.match(
      lines[0]!,
      /listener on \/canopy-test:item \(store operational\) failed: Error: planted/,
    );
  });

  it('a slow listener neither blocks commits nor other listeners, and gets the backlog in one call', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow: number[] = [];
    store.registerTreeChangeListener(ITEM, async (changes) => {
      slow.push(changes.length);
      await gate;
    });
    const fast = new Recorder();
    store.registerTreeChangeListener(ITEM, fast.listener);
    await until(() => slow.length === 1, 'the slow initial call');
    for (let i = 0; i < 5; i++) await put(store, `${ITEM}=k${i}`, {});
    await until(() => fast.calls.length === 6, 'the fast listener got every change');
    assert.deepEqual(slow, [0]);
    release();
    await until(() => slow.length === 2, 'the backlog');
    assert.deepEqual(slow, [0, 5]);
  });

  it('close() stops deliveries, including queued ones, and is idempotent', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const r = new Recorder();
    const reg = store.registerTreeChangeListener(ITEM, r.listener);
    await put(store, `${ITEM}=a`, {});
    reg.close();
    reg.close();
    await put(store, `${ITEM}=b`, {});
    const sentinel = new Recorder();
    store.registerTreeChangeListener(ITEM, sentinel.listener);
    await until(() => sentinel.calls.length === 1, 'a later listener ran');
    assert.equal(r.calls.length, 0);
  });

  it('candidate data is encoded only when read, and is plain enumerable data', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    const r = new Recorder();
    store.registerTreeChangeListener(`${ITEM}=a`, r.listener);
    await put(store, `${ITEM}=a`, { value: 1 });
    await until(() => r.calls.length === 2, 'the change');
    const c = r.calls[1]![0]!;
    assert.deepEqual(Object.keys(c), [
      'path',
      'modificationType',
      'dataBefore',
      'dataAfter',
      'children',
    ]);
    assert.deepEqual(JSON.parse(JSON.stringify(c)), {
      path: `${ITEM}=a`,
      modificationType: 'write',
      dataAfter: { name: 'a', value: 1 },
      children: [
        { path: `${ITEM}=a/name`, modificationType: 'write', dataAfter: 'a', children: [] },
        { path: `${ITEM}=a/value`, modificationType: 'write', dataAfter: 1, children: [] },
      ],
    });
    assert.equal(c.dataAfter, c.dataAfter, 'computed once');
  });

  it('listeners on one path share one read-only candidate per commit; one cannot change another', async () => {
    const store = new InMemoryDataStore({ schema: testSchema() });
    await put(store, `${ITEM}=a`, { value: 1 });
    const seen: DataTreeCandidate[] = [];
    const errors: unknown[] = [];
    const vandal = (changes: readonly DataTreeCandidate[]): void => {
      const c = changes[0];
      if (c === undefined || c.modificationType === 'unmodified') return;
      seen.push(c);
      try {
        (c.dataAfter as { value: number }).value = 99;
      } catch (e) {
        errors.push(e);
      }
      assert.throws(() => ((changes as DataTreeCandidate[])[0] = c), TypeError);
    };
    const r = new Recorder();
    store.registerTreeChangeListener(`${ITEM}=a`, vandal);
    store.registerTreeChangeListener(`${ITEM}=a`, r.listener);
    store.registerTreeChangeListener(`${ITEM}=a`, vandal);
    await until(() => seen.length === 2 && r.calls.length === 1, 'the initial calls');
    await put(store, `${ITEM}=a/value`, 2);
    await until(() => seen.length === 4 && r.calls.length === 2, 'the change');
    assert.equal(seen[2], seen[3], 'one view for the listeners on the path');
    assert.equal(seen[2], r.calls[1]![0], 'the same view for every listener');
    assert.ok(Object.isFrozen(seen[2]) && Object.isFrozen(seen[2]!.dataAfter));
    assert.equal(errors.length, 4, 'every attempt to change the data failed');
    assert.deepEqual(r.calls[1]![0]!.dataAfter, { name: 'a', value: 2 });
    assert.deepEqual(r.calls[0]![0]!.dataAfter, { name: 'a', value: 1 });
  });
});

/**
 * Conformance: data tree change listeners. A registration first delivers the existing data under its
 * path as one initial candidate (a write with no dataBefore), or an empty array when nothing is there;
 * then every committed change under the path, exactly once, in commit order; nothing for changes
 * elsewhere, nothing for aborted or failed transactions, nothing after close(). Delivery is
 * asynchronous, and a listener that throws or never finishes neither blocks commits nor starves other
 * listeners. Every delivered candidate must be internally consistent (store-candidates.ts), and
 * replaying the candidates must reproduce the store's data.
 *
 * "Nothing else arrives" is checked with a sentinel: after the change that must not be delivered, a
 * change that must be is committed; since delivery is in commit order, once the sentinel arrived,
 * anything before it would have too.
 */
import { strict as assert } from 'node:assert';
import type {
  DataTreeCandidate,
  JsonValue,
  ListenerRegistration,
  ModificationType,
} from '../../src/index.js';
import { candidateProblems, ListenerRecorder, waitUntil } from '../support/store-candidates.js';
import { show } from '../support/store-data.js';
import type { SuiteContext } from './suite-context.js';
import { assertSameData, settle } from './suite-context.js';

const TYPES = '/conformance:types';
const I32 = `${TYPES}/i32`;
const USERS = '/conformance:users';
const USER = `${USERS}/user`;

/** A recorder registered at `path`, with helpers bound to the suite's store. */
class Watch {
  readonly recorder = new ListenerRecorder();
  readonly registration: ListenerRegistration;
  readonly path: string;
  private readonly ctx: SuiteContext;

  constructor(ctx: SuiteContext, path: string) {
    this.ctx = ctx;
    this.path = path;
    this.registration = ctx.store.registerTreeChangeListener(path, this.recorder.listener);
  }

  /** Waits until the listener received `calls` calls. */
  async calls(calls: number): Promise<void> {
    await waitUntil(() => this.recorder.calls.length >= calls, `${this.path} got ${calls} calls`);
  }

  /** Waits for the initial call. */
  async initial(): Promise<readonly DataTreeCandidate[]> {
    await this.calls(1);
    return this.recorder.calls[0]!;
  }

  /** Waits for `n` changes after the initial call. */
  async changes(n: number): Promise<DataTreeCandidate[]> {
    await this.calls(1);
    await waitUntil(
      () => this.recorder.changesAfterInitial().length >= n,
      `${this.path} got ${n} changes`,
    );
    return this.recorder.changesAfterInitial();
  }

  /** Asserts every candidate is consistent and the replayed view equals the store's data. */
  async verify(): Promise<void> {
    const problems: string[] = [];
    for (const c of this.recorder.candidates) {
      assert.equal(c.path, this.path, 'a candidate is rooted at the registered path');
      problems.push(...candidateProblems(this.ctx.schema, c));
    }
    const view = this.recorder.replay(problems);
    assert.deepEqual(problems, [], problems.join('\n'));
    assertSameData(view, await this.ctx.read(this.path), `the view of ${this.path}`);
  }
}

function shape(c: DataTreeCandidate): {
  path: string;
  type: ModificationType;
  before: JsonValue | undefined;
  after: JsonValue | undefined;
} {
  return { path: c.path, type: c.modificationType, before: c.dataBefore, after: c.dataAfter };
}

export function listenerSuite(ctx: SuiteContext): void {
  describe('data tree change listeners: initial data', () => {
    it('a listener on an empty path first gets an empty array, asynchronously', async () => {
      let registering = true;
      let calledDuringRegister = false;
      const recorder = new ListenerRecorder();
      ctx.store.registerTreeChangeListener(TYPES, (changes) => {
        if (registering) calledDuringRegister = true;
        recorder.listener(changes);
      });
      registering = false;
      assert.equal(
        calledDuringRegister,
        false,
        'the listener ran inside registerTreeChangeListener',
      );
      await waitUntil(() => recorder.calls.length === 1, 'the initial call');
      assert.deepEqual(recorder.calls[0], []);
    });

    it('a listener on existing data first gets it as one write with no data before', async () => {
      await ctx.put(TYPES, { i32: 1, text: 'a' });
      const w = new Watch(ctx, TYPES);
      const initial = await w.initial();
      assert.equal(initial.length, 1);
      assert.deepEqual(shape(initial[0]!), {
        path: TYPES,
        type: 'write',
        before: undefined,
        after: { i32: 1, text: 'a' },
      });
      await w.verify();
    });

    it('a listener registered after a commit resolved sees that commit in its initial data', async () => {
      await ctx.put(I32, 1);
      await ctx.put(I32, 2);
      const w = new Watch(ctx, I32);
      const initial = await w.initial();
      assert.equal(initial[0]?.dataAfter, 2);
    });
  });

  describe('data tree change listeners: committed changes', () => {
    it('each commit under the path is delivered once, in commit order', async () => {
      const w = new Watch(ctx, I32);
      await w.initial();
      for (let i = 1; i <= 20; i++) await ctx.put(I32, i);
      const changes = await w.changes(20);
      assert.deepEqual(
        changes.map((c) => c.dataAfter),
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      assert.deepEqual(
        changes.map((c) => c.dataBefore),
        [undefined, ...Array.from({ length: 19 }, (_, i) => i + 1)],
      );
      await w.verify();
    });

    it('commits issued without waiting are still delivered in the order they committed', async () => {
      const w = new Watch(ctx, TYPES);
      await w.initial();
      const order: number[] = [];
      await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const tx = ctx.store.newWriteOnlyTransaction();
          tx.write(`${TYPES}/numbers=${i}`, i);
          await tx.commit();
          order.push(i);
        }),
      );
      const changes = await w.changes(10);
      const added = changes.map((c) => {
        const before = (c.dataBefore as { numbers?: number[] } | undefined)?.numbers ?? [];
        const after = (c.dataAfter as { numbers?: number[] }).numbers ?? [];
        return after.filter((n) => !before.includes(n));
      });
      assert.deepEqual(added.flat(), order, 'delivery order is commit-resolution order');
      await w.verify();
    });

    it('changes outside the path, aborted and failed transactions are not delivered', async () => {
      await ctx.put(I32, 0);
      const w = new Watch(ctx, I32);
      await w.initial();
      await ctx.put(`${TYPES}/u8`, 1); // a sibling
      await ctx.put('/conformance:deep/a/b/c', 'x'); // elsewhere
      const aborted = ctx.store.newWriteOnlyTransaction();
      aborted.write(I32, 100);
      const cohort = aborted.ready();
      await cohort.canCommit();
      await cohort.preCommit();
      await cohort.abort();
      const stale = ctx.store.newReadWriteTransaction();
      await stale.read(I32);
      stale.write(I32, 200);
      const cancelled = ctx.store.newWriteOnlyTransaction();
      cancelled.write(I32, 300);
      cancelled.cancel();
      await ctx.put(I32, 1); // the sentinel, which also makes `stale` conflict
      assert.equal((await settle(stale.commit())).ok, false);
      await ctx.put(I32, 2);
      const changes = await w.changes(2);
      assert.deepEqual(
        changes.map((c) => c.dataAfter),
        [1, 2],
      );
      await w.verify();
    });

    it('all changes of one transaction under the path arrive as one candidate', async () => {
      const w = new Watch(ctx, TYPES);
      await w.initial();
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.write(I32, 1);
      tx.write(`${TYPES}/u8`, 2);
      tx.merge(`${TYPES}/numbers`, [5]);
      await tx.commit();
      const [c] = await w.changes(1);
      assert.ok(c);
      assert.equal(c.modificationType, 'appeared');
      const children = new Map(c.children.map((n) => [n.path, n.modificationType]));
      assert.deepEqual(
        [...children.keys()].sort(),
        [I32, `${TYPES}/numbers`, `${TYPES}/u8`].sort(),
      );
      assert.equal(children.get(I32), 'write');
      assert.equal(children.get(`${TYPES}/u8`), 'write');
      assert.ok(['write', 'appeared'].includes(children.get(`${TYPES}/numbers`) ?? ''));
      await w.verify();
    });
  });

  describe('data tree change listeners: candidate shapes', () => {
    it('a leaf: write on create and change, delete on removal, with its data before and after', async () => {
      const w = new Watch(ctx, I32);
      await w.initial();
      await ctx.put(I32, 1);
      await ctx.put(I32, 2);
      await ctx.remove(I32);
      const changes = await w.changes(3);
      assert.deepEqual(changes.map(shape), [
        { path: I32, type: 'write', before: undefined, after: 1 },
        { path: I32, type: 'write', before: 1, after: 2 },
        { path: I32, type: 'delete', before: 2, after: undefined },
      ]);
      for (const c of changes) assert.deepEqual(c.children, [], 'a leaf has no children');
    });

    it('a non-presence container appears with its first child and disappears with its last', async () => {
      const w = new Watch(ctx, TYPES);
      await w.initial();
      await ctx.put(I32, 1);
      await ctx.put(`${TYPES}/u8`, 2);
      await ctx.remove(I32);
      await ctx.remove(`${TYPES}/u8`);
      const changes = await w.changes(4);
      assert.deepEqual(
        changes.map((c) => c.modificationType),
        ['appeared', 'subtree-modified', 'subtree-modified', 'disappeared'],
      );
      assert.deepEqual(
        changes.map((c) => c.children.map((n) => [n.path, n.modificationType])),
        [
          [[I32, 'write']],
          [[`${TYPES}/u8`, 'write']],
          [[I32, 'delete']],
          [[`${TYPES}/u8`, 'delete']],
        ],
      );
      await w.verify();
    });

    // Finding F3 (docs/TESTING.md): a delete then an edit below it that adds nothing stored the
    // deleted non-presence container empty; listeners saw it appear, and vanish at the next `{}`.
    it('a delete and an edit below it that adds nothing leave nothing for a listener to see', async () => {
      const DEEP = '/conformance:deep';
      const deep = new Watch(ctx, DEEP);
      const users = new Watch(ctx, USERS);
      await deep.initial();
      await users.initial();
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.delete(DEEP);
      tx.merge(`${DEEP}/a`, {});
      tx.write(`${DEEP}/a/b`, {});
      tx.delete(USERS); // above the users prefix shard in the distributed fixture
      tx.merge(USER, []);
      await tx.commit();
      assert.equal(await ctx.exists(DEEP), false);
      assert.equal(await ctx.exists(USERS), false);
      const empty = ctx.store.newWriteOnlyTransaction();
      empty.write(DEEP, {});
      empty.write(USERS, {});
      await empty.commit();
      // The sentinels: delivery is in commit order, so anything before them has arrived.
      await ctx.put(`${DEEP}/a/b/c`, 'x');
      await ctx.put(`${USER}=alice`, { name: 'alice', uid: 1 });
      assert.deepEqual((await deep.changes(1)).map(shape), [
        { path: DEEP, type: 'appeared', before: undefined, after: { a: { b: { c: 'x' } } } },
      ]);
      assert.deepEqual(
        (await users.changes(1)).map((c) => [c.modificationType, c.dataBefore]),
        [['appeared', undefined]],
      );
      // Over existing data the same transaction is a plain delete.
      const again = ctx.store.newWriteOnlyTransaction();
      again.delete(DEEP);
      again.merge(`${DEEP}/a`, {});
      await again.commit();
      assert.deepEqual((await deep.changes(2)).slice(1).map(shape), [
        { path: DEEP, type: 'delete', before: { a: { b: { c: 'x' } } }, after: undefined },
      ]);
      await deep.verify();
      await users.verify();
    });

    it('a presence container is written and deleted as a whole', async () => {
      const path = '/conformance:lamp';
      const w = new Watch(ctx, path);
      await w.initial();
      await ctx.put(path, {});
      await ctx.put(`${path}/label`, 'desk');
      await ctx.remove(path);
      const changes = await w.changes(3);
      assert.deepEqual(changes.map(shape), [
        { path, type: 'write', before: undefined, after: {} },
        { path, type: 'subtree-modified', before: {}, after: { label: 'desk' } },
        { path, type: 'delete', before: { label: 'desk' }, after: undefined },
      ]);
      await w.verify();
    });

    it('a list: entries appear, change and go as children of the list node', async () => {
      const w = new Watch(ctx, USER);
      await w.initial();
      await ctx.put(`${USER}=alice`, { name: 'alice', uid: 1 });
      await ctx.put(`${USER}=bob`, { name: 'bob', uid: 2 });
      await ctx.put(`${USER}=alice/uid`, 5);
      await ctx.remove(`${USER}=bob`);
      await ctx.remove(`${USER}=alice`);
      const changes = await w.changes(5);
      assert.deepEqual(
        changes.map((c) => [
          c.modificationType,
          c.children.map((n) => [n.path, n.modificationType]),
        ]),
        [
          ['appeared', [[`${USER}=alice`, 'write']]],
          ['subtree-modified', [[`${USER}=bob`, 'write']]],
          ['subtree-modified', [[`${USER}=alice`, 'subtree-modified']]],
          ['subtree-modified', [[`${USER}=bob`, 'delete']]],
          ['disappeared', [[`${USER}=alice`, 'delete']]],
        ],
      );
      const aliceChange = changes[2]!.children[0]!;
      assert.deepEqual(aliceChange.children.map(shape), [
        { path: `${USER}=alice/uid`, type: 'write', before: 1, after: 5 },
      ]);
      await w.verify();
    });

    it('a listener on a list entry sees only that entry', async () => {
      const path = `${USER}=alice`;
      const w = new Watch(ctx, path);
      await w.initial();
      await ctx.put(`${USER}=bob`, { name: 'bob', uid: 2 });
      await ctx.put(path, { name: 'alice', uid: 1 });
      await ctx.merge(USER, [
        { name: 'alice', groups: ['g'] },
        { name: 'carol', uid: 3 },
      ]);
      const changes = await w.changes(2);
      assert.deepEqual(changes.map(shape), [
        { path, type: 'write', before: undefined, after: { name: 'alice', uid: 1 } },
        {
          path,
          type: 'subtree-modified',
          before: { name: 'alice', uid: 1 },
          after: { name: 'alice', uid: 1, groups: ['g'] },
        },
      ]);
      await w.verify();
    });

    it('a write of identical data delivers nothing, or only an unmodified candidate', async () => {
      await ctx.put(TYPES, { i32: 1 });
      const w = new Watch(ctx, TYPES);
      await w.initial();
      await ctx.put(TYPES, { i32: 1 });
      await ctx.put(I32, 2); // the sentinel
      await w.changes(1);
      const delivered = w.recorder.calls.slice(1).flat();
      const beforeSentinel = delivered.slice(0, -1);
      assert.ok(
        beforeSentinel.every((c) => c.modificationType === 'unmodified'),
        `got ${show(beforeSentinel.map(shape))}`,
      );
      await w.verify();
    });
    // RFC 7950 §7.7.1: the system may order such entries as it likes, so a rewrite that only
    // reorders them changes nothing.
    it('a system-ordered leaf-list rewritten with the same values in another order delivers nothing', async () => {
      await ctx.put(`${TYPES}/numbers`, [1, 2, 3]);
      const w = new Watch(ctx, TYPES);
      await w.initial();
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.write(`${TYPES}/numbers`, [1, 3]);
      tx.merge(`${TYPES}/numbers=2`, 2);
      await tx.commit();
      await ctx.put(I32, 2); // the sentinel
      await w.changes(1);
      const beforeSentinel = w.recorder.calls.slice(1).flat().slice(0, -1);
      assert.ok(
        beforeSentinel.every((c) => c.modificationType === 'unmodified'),
        `the same set of values was reported as a change: ${show(beforeSentinel.map(shape))}`,
      );
    });
  });

  describe('data tree change listeners: isolation', () => {
    it('a listener that throws neither fails the commit nor starves other listeners', async () => {
      let thrown = 0;
      ctx.store.registerTreeChangeListener(I32, () => {
        thrown++;
        // The store reports the failure (the in-memory store as a warning on stderr): the message
        // says that it is expected.
        throw new Error(
          'expected: the conformance suite plants this failure to check that a throwing listener fails no commit',
        );
      });
      const w = new Watch(ctx, I32);
      await w.initial();
      await waitUntil(() => thrown === 1, 'the throwing listener got its initial call');
      for (let i = 1; i <= 3; i++) await ctx.put(I32, i);
      await w.changes(3);
      await waitUntil(() => thrown === 4, 'the throwing listener keeps getting deliveries');
      await w.verify();
    });

    it('a listener that has not finished neither blocks commits nor starves other listeners', async () => {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const slow: (readonly DataTreeCandidate[])[] = [];
      ctx.store.registerTreeChangeListener(I32, async (changes) => {
        slow.push(changes);
        await gate;
      });
      const w = new Watch(ctx, I32);
      await w.initial();
      await waitUntil(() => slow.length >= 1, 'the slow listener got its initial call');
      for (let i = 1; i <= 5; i++) await ctx.put(I32, i);
      await w.changes(5);
      assert.equal(slow.length, 1, 'not called again before its promise settled');
      release();
      await waitUntil(
        () => slow.flat().length >= 5,
        'the queued changes after the promise settled',
      );
      assert.deepEqual(
        slow
          .slice(1)
          .flat()
          .map((c) => c.dataAfter),
        [1, 2, 3, 4, 5],
        'the queued commits, one candidate each, in order',
      );
      await w.verify();
    });

    it('close() stops deliveries, even from inside the listener, and is idempotent', async () => {
      const recorder = new ListenerRecorder();
      const reg = ctx.store.registerTreeChangeListener(I32, recorder.listener);
      let selfClosingCalls = 0;
      const selfClosing: ListenerRegistration = ctx.store.registerTreeChangeListener(I32, () => {
        selfClosingCalls++;
        if (selfClosingCalls === 2) selfClosing.close();
      });
      const w = new Watch(ctx, I32);
      await waitUntil(() => recorder.calls.length === 1, 'initial call');
      await waitUntil(() => selfClosingCalls === 1, 'initial call of the self-closing listener');
      await w.initial();
      await ctx.put(I32, 1);
      await waitUntil(() => recorder.calls.length === 2, 'first change');
      reg.close();
      reg.close();
      await ctx.put(I32, 2);
      await ctx.put(I32, 3);
      await w.changes(3);
      assert.equal(recorder.calls.length, 2, 'no call after close');
      assert.equal(selfClosingCalls, 2, 'no call after closing from inside the listener');
      w.registration.close();
    });

    it('several listeners on overlapping paths each see exactly their subtree', async () => {
      const root = new Watch(ctx, USERS);
      const list = new Watch(ctx, USER);
      const alice = new Watch(ctx, `${USER}=alice`);
      const uid = new Watch(ctx, `${USER}=alice/uid`);
      const other = new Watch(ctx, TYPES);
      for (const w of [root, list, alice, uid, other]) await w.initial();
      await ctx.put(`${USER}=alice`, { name: 'alice', uid: 1 });
      await ctx.put(`${USER}=bob`, { name: 'bob', uid: 2 });
      await ctx.put(`${USER}=alice/uid`, 3);
      await ctx.remove(USERS);
      await ctx.put(I32, 1); // the sentinel for `other`
      await root.changes(4);
      await list.changes(4);
      await alice.changes(3);
      await uid.changes(3);
      const otherChanges = await other.changes(1);
      assert.equal(otherChanges.length, 1, 'the unrelated listener saw only the sentinel');
      for (const w of [root, list, alice, uid, other]) await w.verify();
    });
  });
}

/**
 * Conformance: reading and writing data at every structural level (root, container, leaf, list, list
 * entry, leaf-list, leaf-list entry, augmented members), the meaning of write, merge and delete, and the
 * structural rules (a non-presence container or a list exists only through its children; a presence
 * container exists by itself), paths given as hand-built identifiers, all from the contract in
 * src/api/dom-store.ts and RFC 7951/8040.
 */
import { strict as assert } from 'node:assert';
import { DataValidationFailedError, InvalidPathError } from '../../src/index.js';
import type { InstanceIdentifier, JsonValue } from '../../src/index.js';
import { ListenerRecorder, waitUntil } from '../support/store-candidates.js';
import { parsePath } from '../support/store-data.js';
import type { SuiteContext } from './suite-context.js';
import { assertSameData, expectRejects, expectThrows, settle } from './suite-context.js';

const USERS = '/conformance:users';
const USER = `${USERS}/user`;
const ALICE = `${USER}=alice`;
const TYPES = '/conformance:types';
const I32_TEXT = `${TYPES}/i32`;

const usersContent = {
  user: [
    {
      name: 'alice',
      uid: 1,
      groups: ['admin', 'dev'],
      'conformance-augment:email': 'alice@example.com',
      profile: { shell: '/bin/sh' },
    },
    { name: 'bob', uid: 2 },
  ],
};

export function readWriteSuite(ctx: SuiteContext): void {
  describe('reads at every structural level', () => {
    it('an empty store reads undefined and exists false at every level', async () => {
      const paths = [
        TYPES,
        `${TYPES}/i32`,
        `${TYPES}/numbers`,
        `${TYPES}/numbers=3`,
        USERS,
        USER,
        ALICE,
        `${ALICE}/uid`,
        `${ALICE}/groups`,
        `${ALICE}/profile`,
        `${ALICE}/conformance-augment:email`,
        '/conformance:matrix/cell=1,a',
        '/conformance:settings',
        '/conformance:registry',
        '/conformance:registry=r1',
        '/conformance-augment:other',
      ];
      for (const path of paths) {
        assert.equal(await ctx.read(path), undefined, `read ${path}`);
        assert.equal(await ctx.exists(path), false, `exists ${path}`);
      }
      const root = await ctx.read('/');
      assert.ok(
        root === undefined || (typeof root === 'object' && Object.keys(root ?? {}).length === 0),
        `the root of an empty store reads as nothing, got ${JSON.stringify(root)}`,
      );
    });

    it('committed data reads back at every level as RFC 7951 content without the outer name', async () => {
      await ctx.put(USERS, usersContent);
      const alice = usersContent.user[0]!;
      const expected: [string, JsonValue][] = [
        [USERS, usersContent],
        [USER, usersContent.user],
        [ALICE, alice],
        [`${USER}=bob`, { name: 'bob', uid: 2 }],
        [`${ALICE}/uid`, 1],
        [`${ALICE}/name`, 'alice'],
        [`${ALICE}/groups`, ['admin', 'dev']],
        [`${ALICE}/groups=dev`, 'dev'],
        [`${ALICE}/profile`, { shell: '/bin/sh' }],
        [`${ALICE}/profile/shell`, '/bin/sh'],
        [`${ALICE}/conformance-augment:email`, 'alice@example.com'],
      ];
      for (const [path, data] of expected) {
        assertSameData(await ctx.read(path), data, `read ${path}`);
        assert.equal(await ctx.exists(path), true, `exists ${path}`);
      }
      for (const absent of [`${USER}=carol`, `${ALICE}/groups=ops`, `${USER}=bob/profile`]) {
        assert.equal(await ctx.read(absent), undefined, `read ${absent}`);
        assert.equal(await ctx.exists(absent), false, `exists ${absent}`);
      }
    });

    it('the root reads as one object with a module-qualified member per top-level node', async () => {
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.write(USERS, { user: [{ name: 'bob', uid: 2 }] });
      tx.write('/conformance-augment:other', { x: 'y' });
      tx.write('/conformance:registry=r1', { id: 'r1', value: 'v' });
      await tx.commit();
      assertSameData(
        await ctx.read('/'),
        {
          'conformance:users': { user: [{ name: 'bob', uid: 2 }] },
          'conformance-augment:other': { x: 'y' },
          'conformance:registry': [{ id: 'r1', value: 'v' }],
        },
        'the root',
      );
      assert.equal(await ctx.exists('/'), true, 'exists /');
    });

    it('a write of the root replaces the data of every module', async () => {
      await ctx.put(USERS, usersContent);
      await ctx.put('/', { 'conformance-augment:other': { x: 'only' } });
      assertSameData(await ctx.read('/'), { 'conformance-augment:other': { x: 'only' } }, 'root');
      assert.equal(await ctx.read(USERS), undefined);
    });

    it('multi-key list entries are addressed by all their keys, percent-decoded', async () => {
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.write('/conformance:matrix/cell=1,a', { row: 1, col: 'a', value: 10 });
      tx.write('/conformance:matrix/cell=1,b', { row: 1, col: 'b', value: 11 });
      tx.write('/conformance:matrix/cell=2,x%2Cy%2Fz', { row: 2, col: 'x,y/z', value: 12 });
      await tx.commit();
      assert.equal(await ctx.read('/conformance:matrix/cell=1,b/value'), 11);
      assertSameData(
        await ctx.read('/conformance:matrix/cell=2,x%2Cy%2Fz'),
        { row: 2, col: 'x,y/z', value: 12 },
        'entry with a comma and a slash in a key',
      );
      assert.equal(await ctx.read('/conformance:matrix/cell=2,a'), undefined);
      assert.equal(((await ctx.read('/conformance:matrix/cell')) as JsonValue[]).length, 3);
    });

    it('augmented members are module-qualified inside the augmented node', async () => {
      await ctx.put(ALICE, {
        name: 'alice',
        uid: 1,
        'conformance-augment:extra': { note: 'n' },
      });
      assertSameData(
        await ctx.read(ALICE),
        { name: 'alice', uid: 1, 'conformance-augment:extra': { note: 'n' } },
        'entry with an augmented container',
      );
      assert.equal(await ctx.read(`${ALICE}/conformance-augment:extra/note`), 'n');
    });

    it("the shipped models accept the issue's example paths", async () => {
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.write('/toaster:toaster/darknessFactor', 1000);
      tx.write('/opendaylight-inventory:nodes/node=openflow%3A1', { id: 'openflow:1' });
      tx.write('/network-topology:network-topology/topology=t1', { 'topology-id': 't1' });
      tx.write('/network-topology:network-topology/topology=t1/node=n1', { 'node-id': 'n1' });
      await tx.commit();
      assert.equal(await ctx.read('/toaster:toaster/darknessFactor'), 1000);
      assertSameData(
        await ctx.read('/opendaylight-inventory:nodes/node=openflow%3A1'),
        { id: 'openflow:1' },
        'inventory node',
      );
      assertSameData(
        await ctx.read('/network-topology:network-topology/topology=t1/node=n1'),
        { 'node-id': 'n1' },
        'topology node',
      );
    });
  });

  describe('write, merge and delete', () => {
    it('a write replaces the node: members it does not mention are gone', async () => {
      await ctx.put(TYPES, { i32: 1, text: 'a', numbers: [1, 2] });
      await ctx.put(TYPES, { u8: 2 });
      await ctx.expectData(TYPES, { u8: 2 });
    });

    it('a write of one leaf leaves its siblings untouched', async () => {
      await ctx.put(TYPES, { i32: 1, text: 'a' });
      await ctx.put(`${TYPES}/i32`, 7);
      await ctx.expectData(TYPES, { i32: 7, text: 'a' });
    });

    it('a write of a whole list replaces all its entries', async () => {
      await ctx.put(USERS, usersContent);
      await ctx.put(USER, [{ name: 'carol', uid: 3 }]);
      await ctx.expectData(USERS, { user: [{ name: 'carol', uid: 3 }] });
    });

    it('a merge into a container adds and overwrites the members it names and keeps the rest', async () => {
      await ctx.put(TYPES, { i32: 1, text: 'a' });
      await ctx.merge(TYPES, { text: 'b', u8: 3 });
      await ctx.expectData(TYPES, { i32: 1, text: 'b', u8: 3 });
    });

    it('a merge into a list adds entries and merges into existing ones by key', async () => {
      await ctx.put(USERS, usersContent);
      await ctx.merge(USER, [
        { name: 'bob', groups: ['ops'] },
        { name: 'carol', uid: 3 },
      ]);
      await ctx.expectData(USERS, {
        user: [
          usersContent.user[0]!,
          { name: 'bob', uid: 2, groups: ['ops'] },
          { name: 'carol', uid: 3 },
        ],
      });
    });

    it('a merge of a leaf-list adds the values that are missing', async () => {
      await ctx.put(`${TYPES}/numbers`, [1, 2]);
      await ctx.merge(`${TYPES}/numbers`, [3, 2]);
      await ctx.expectData(`${TYPES}/numbers`, [1, 2, 3]);
    });

    it('a merge creates the missing non-presence ancestors of its path', async () => {
      await ctx.merge('/conformance:deep/a/b/c', 'x');
      await ctx.expectData('/conformance:deep', { a: { b: { c: 'x' } } });
    });

    it('a merge at an absent list entry creates the entry', async () => {
      await ctx.merge(`${USER}=carol`, { name: 'carol', uid: 3 });
      await ctx.expectData(USERS, { user: [{ name: 'carol', uid: 3 }] });
    });

    it('a delete removes a leaf, an entry, a leaf-list value, or a whole subtree', async () => {
      await ctx.put(USERS, usersContent);
      await ctx.remove(`${ALICE}/conformance-augment:email`);
      await ctx.remove(`${ALICE}/groups=admin`);
      await ctx.remove(`${USER}=bob`);
      await ctx.expectData(USERS, {
        user: [{ name: 'alice', uid: 1, groups: ['dev'], profile: { shell: '/bin/sh' } }],
      });
      await ctx.remove(USERS);
      assert.equal(await ctx.read(USERS), undefined);
    });

    it('a delete of something absent commits and changes nothing', async () => {
      await ctx.put(`${TYPES}/i32`, 5);
      for (const path of [
        `${USER}=nobody`,
        `${TYPES}/u8`,
        `${USER}=nobody/uid`,
        '/conformance:deep/a',
      ]) {
        await ctx.remove(path);
      }
      await ctx.expectData('/', { 'conformance:types': { i32: 5 } });
    });

    it('deleting the last entry of a list leaves neither the list nor its non-presence parent', async () => {
      await ctx.put(ALICE, { name: 'alice', uid: 1 });
      await ctx.remove(ALICE);
      assert.equal(await ctx.read(USER), undefined, 'the empty list');
      assert.equal(await ctx.read(USERS), undefined, 'the non-presence container holding it');
      assert.equal(await ctx.exists(USERS), false);
    });

    it('a non-presence container written empty does not exist', async () => {
      await ctx.put('/conformance:deep', {});
      assert.equal(await ctx.read('/conformance:deep'), undefined);
      await ctx.put('/conformance:deep', { a: { b: {} } });
      assert.equal(await ctx.exists('/conformance:deep'), false);
    });

    it('a presence container exists by itself, even empty', async () => {
      await ctx.put('/conformance:lamp', {});
      assertSameData(await ctx.read('/conformance:lamp'), {}, 'the empty presence container');
      assert.equal(await ctx.exists('/conformance:lamp'), true);
      await ctx.put('/conformance:lamp/label', 'desk');
      await ctx.remove('/conformance:lamp/label');
      assertSameData(await ctx.read('/conformance:lamp'), {}, 'after its only child went');
    });

    it('a write under an absent list entry either creates the entry with its keys or is rejected', async () => {
      const tx = ctx.store.newWriteOnlyTransaction();
      let accepted = true;
      try {
        tx.write(`${USER}=dave/uid`, 4);
      } catch (err) {
        accepted = false;
        assert.ok(err instanceof DataValidationFailedError, `unexpected ${String(err)}`);
      }
      const outcome = await settle(tx.commit());
      if (accepted && outcome.ok) {
        await ctx.expectData(`${USER}=dave`, { name: 'dave', uid: 4 });
      } else {
        if (!outcome.ok) {
          assert.ok(outcome.error instanceof DataValidationFailedError, String(outcome.error));
        }
        assert.equal(await ctx.read(USERS), undefined, 'a rejected transaction leaves no trace');
      }
    });
  });

  describe('paths given as parsed identifiers', () => {
    const i32Id: InstanceIdentifier = {
      args: [
        { kind: 'node', qname: 'conformance:types' },
        { kind: 'node', qname: 'conformance:i32' },
      ],
    };
    const cellId: InstanceIdentifier = {
      args: [
        { kind: 'node', qname: 'conformance:matrix' },
        { kind: 'entry', qname: 'conformance:cell', keys: [2, 'x,y/z'] },
      ],
    };
    const numberId: InstanceIdentifier = {
      args: [
        { kind: 'node', qname: 'conformance:types' },
        { kind: 'value', qname: 'conformance:numbers', value: 7 },
      ],
    };

    it('a hand-built identifier and its RFC 8040 text address the same node', async () => {
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.write(i32Id, 5);
      tx.write(cellId, { row: 2, col: 'x,y/z', value: 1 });
      tx.write(numberId, 7);
      await tx.commit();
      assert.equal(await ctx.read(I32_TEXT), 5);
      assertSameData(
        await ctx.read('/conformance:matrix/cell=2,x%2Cy%2Fz'),
        { row: 2, col: 'x,y/z', value: 1 },
        'entry',
      );
      assert.equal(await ctx.read('/conformance:types/numbers=7'), 7);
      assert.equal(await ctx.read(i32Id), 5);
      assert.equal(await ctx.exists(cellId), true);
      await ctx.remove(numberId);
      assert.equal(await ctx.read(numberId), undefined);
    });

    it('a listener registered with an identifier gets candidates at its RFC 8040 text', async () => {
      const recorder = new ListenerRecorder();
      ctx.store.registerTreeChangeListener(cellId, recorder.listener);
      await waitUntil(() => recorder.calls.length === 1, 'the initial call');
      await ctx.put('/conformance:matrix/cell=2,x%2Cy%2Fz', { row: 2, col: 'x,y/z' });
      await waitUntil(() => recorder.calls.length === 2, 'the change');
      const path = recorder.calls[1]![0]!.path;
      assert.deepEqual(
        parsePath(path),
        parsePath('/conformance:matrix/cell=2,x%2Cy%2Fz'),
        `candidate path ${path}`,
      );
    });

    it('an identifier naming nothing in the schema is refused with InvalidPathError', async () => {
      const bad: InstanceIdentifier = { args: [{ kind: 'node', qname: 'conformance:nosuch' }] };
      const tx = ctx.store.newReadWriteTransaction();
      expectThrows(() => tx.write(bad, 1), InvalidPathError, 'write');
      await expectRejects(() => tx.read(bad), InvalidPathError, 'read');
      tx.cancel();
    });
  });

  describe('content that does not fit its path is rejected at the call', () => {
    it("a list entry whose key leaves differ from the path's predicate", () => {
      const tx = ctx.store.newWriteOnlyTransaction();
      expectThrows(
        () => tx.write(ALICE, { name: 'bob', uid: 1 }),
        DataValidationFailedError,
        'write',
        {
          pathMatches: (p) => p.startsWith(ALICE),
        },
      );
      expectThrows(
        () => tx.merge('/conformance:matrix/cell=1,a', { row: 1, col: 'b' }),
        DataValidationFailedError,
        'merge of a multi-key entry',
        { pathMatches: (p) => p.startsWith('/conformance:matrix/cell=1,a') },
      );
      tx.cancel();
    });

    it('a write of a key leaf with another value', async () => {
      await ctx.put(ALICE, { name: 'alice', uid: 1 });
      const tx = ctx.store.newWriteOnlyTransaction();
      expectThrows(
        () => tx.write(`${ALICE}/name`, 'bob'),
        DataValidationFailedError,
        'key change',
        {
          pathMatches: (p) => p.startsWith(ALICE),
        },
      );
      tx.cancel();
    });

    it('content of the wrong JSON shape for its node', () => {
      const tx = ctx.store.newWriteOnlyTransaction();
      const cases: [string, unknown][] = [
        [TYPES, 5],
        [TYPES, [{ i32: 1 }]],
        [USER, { name: 'alice', uid: 1 }],
        [ALICE, [{ name: 'alice', uid: 1 }]],
        [`${TYPES}/numbers`, 5],
        [`${TYPES}/i32`, { value: 5 }],
        [TYPES, { nosuch: 1 }],
        [
          USER,
          [
            { name: 'a', uid: 1 },
            { name: 'a', uid: 2 },
          ],
        ],
        [`${TYPES}/numbers`, [1, 1]],
      ];
      for (const [path, data] of cases) {
        expectThrows(
          () => tx.write(path, data),
          DataValidationFailedError,
          `write ${path} ${JSON.stringify(data)}`,
        );
      }
      tx.cancel();
    });

    it('a rejected operation records nothing and leaves the transaction usable', async () => {
      const tx = ctx.store.newReadWriteTransaction();
      tx.write(`${TYPES}/i32`, 1);
      expectThrows(
        () => tx.write(`${TYPES}/i32`, 'not a number'),
        DataValidationFailedError,
        'bad value',
      );
      expectThrows(() => tx.write('/conformance:nosuch', 1), InvalidPathError, 'bad path');
      assert.equal(await tx.read(`${TYPES}/i32`), 1);
      tx.write(`${TYPES}/u8`, 2);
      await tx.commit();
      await ctx.expectData(TYPES, { i32: 1, u8: 2 });
    });
  });
}

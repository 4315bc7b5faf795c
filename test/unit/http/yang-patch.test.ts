/**
 * Goal: a YANG Patch (RFC 8072) applies all its edits in one transaction or none, answers
 * yang-patch-status with `ok` or with the failing edit's errors (and the status its error-tag gets),
 * and refuses malformed patch documents with a plain RESTCONF error.
 * Method: a real server over in-memory stores; patches sent with application/yang-patch+json; the
 * configuration checked through the broker after each patch.
 */
import { strict as assert } from 'node:assert';
import { call, restconfError, seed, startRestconf, type Harness } from './harness.js';

const PATCH_TYPE = { 'content-type': 'application/yang-patch+json' };

function patch(edits: unknown[]): unknown {
  return { 'ietf-yang-patch:yang-patch': { 'patch-id': 'p1', edit: edits } };
}

async function config(h: Harness, path: string): Promise<unknown> {
  const tx = h.broker.newReadOnlyTransaction();
  try {
    return await tx.read('config', path);
  } finally {
    tx.close();
  }
}

describe('restconf: YANG Patch', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startRestconf();
    await seed(h, 'config', '/rtest:box', { label: 'L', item: [{ id: 'a', qty: 1 }] });
  });
  afterEach(async () => {
    await h.close();
  });

  it('every edit applies, relative to the request resource, and the status is ok', async () => {
    const reply = await call(
      h,
      'PATCH',
      '/rests/data/rtest:box',
      patch([
        {
          'edit-id': 'e1',
          operation: 'create',
          target: '/item=b',
          value: { 'rtest:item': [{ id: 'b', qty: 2 }] },
        },
        {
          'edit-id': 'e2',
          operation: 'merge',
          target: '/item=a',
          value: { 'rtest:item': [{ id: 'a', note: 'n' }] },
        },
        { 'edit-id': 'e3', operation: 'replace', target: '/label', value: { 'rtest:label': 'M' } },
        { 'edit-id': 'e4', operation: 'remove', target: '/size' },
      ]),
      PATCH_TYPE,
    );
    assert.equal(reply.status, 200);
    assert.deepStrictEqual(reply.json, {
      'ietf-yang-patch:yang-patch-status': { 'patch-id': 'p1', ok: [null] },
    });
    assert.deepStrictEqual(await config(h, '/rtest:box'), {
      label: 'M',
      item: [
        { id: 'a', qty: 1, note: 'n' },
        { id: 'b', qty: 2 },
      ],
    });
  });

  it('a failing edit rolls back the whole patch and is reported with its error; earlier edits are ok', async () => {
    const reply = await call(
      h,
      'PATCH',
      '/rests/data/rtest:box',
      patch([
        { 'edit-id': 'e1', operation: 'replace', target: '/label', value: { 'rtest:label': 'X' } },
        {
          'edit-id': 'e2',
          operation: 'create',
          target: '/item=a',
          value: { 'rtest:item': [{ id: 'a' }] },
        },
        { 'edit-id': 'e3', operation: 'delete', target: '/item=zzz' },
      ]),
      PATCH_TYPE,
    );
    assert.equal(reply.status, 409);
    assert.deepStrictEqual(reply.json, {
      'ietf-yang-patch:yang-patch-status': {
        'patch-id': 'p1',
        'edit-status': {
          edit: [
            { 'edit-id': 'e1', ok: [null] },
            {
              'edit-id': 'e2',
              errors: {
                error: [
                  {
                    'error-type': 'application',
                    'error-tag': 'data-exists',
                    'error-path': "/rtest:box/item[id='a']",
                    'error-message': '/rtest:box/item=a already exists',
                  },
                ],
              },
            },
          ],
        },
      },
    });
    assert.deepStrictEqual(await config(h, '/rtest:box'), {
      label: 'L',
      item: [{ id: 'a', qty: 1 }],
    });
  });

  it('delete of an absent node is 404 data-missing in edit-status; remove of it is fine', async () => {
    const missing = await call(
      h,
      'PATCH',
      '/rests/data/rtest:box',
      patch([{ 'edit-id': 'd', operation: 'delete', target: '/item=zzz' }]),
      PATCH_TYPE,
    );
    assert.equal(missing.status, 404);
    const removed = await call(
      h,
      'PATCH',
      '/rests/data/rtest:box',
      patch([{ 'edit-id': 'r', operation: 'remove', target: '/item=zzz' }]),
      PATCH_TYPE,
    );
    assert.equal(removed.status, 200);
  });

  it('a value the schema refuses fails its edit with 400 invalid-value', async () => {
    const reply = await call(
      h,
      'PATCH',
      '/rests/data',
      patch([
        {
          'edit-id': 'v',
          operation: 'merge',
          target: '/rtest:box',
          value: { 'rtest:box': { size: 999 } },
        },
      ]),
      PATCH_TYPE,
    );
    assert.equal(reply.status, 400);
    const status = reply.json as {
      'ietf-yang-patch:yang-patch-status': {
        'edit-status': { edit: { errors: { error: { 'error-tag': string }[] } }[] };
      };
    };
    assert.equal(
      status['ietf-yang-patch:yang-patch-status']['edit-status'].edit[0]?.errors.error[0]?.[
        'error-tag'
      ],
      'invalid-value',
    );
  });

  for (const operation of ['insert', 'move']) {
    it(`${operation} is 501 operation-not-supported in edit-status, logged once at info without a stack`, async () => {
      const before = h.logger.lines.length;
      const edit: Record<string, unknown> = {
        'edit-id': 'i',
        operation,
        target: '/item=z',
        point: '/item=a',
        where: 'before',
      };
      if (operation === 'insert') {
        edit['value'] = { 'rtest:item': [{ id: 'z' }] };
      }
      const reply = await call(h, 'PATCH', '/rests/data/rtest:box', patch([edit]), PATCH_TYPE);
      assert.equal(reply.status, 501);
      const status = reply.json as {
        'ietf-yang-patch:yang-patch-status': {
          'edit-status': {
            edit: { 'edit-id': string; errors: { error: Record<string, unknown>[] } }[];
          };
        };
      };
      const failed = status['ietf-yang-patch:yang-patch-status']['edit-status'].edit[0];
      assert.equal(failed?.['edit-id'], 'i');
      assert.equal(failed.errors.error[0]?.['error-tag'], 'operation-not-supported');
      const lines = h.logger.lines.slice(before);
      assert.equal(lines.length, 1, JSON.stringify(lines));
      assert.equal(lines[0]?.level, 'info');
      assert.equal(lines[0].fields['status'], 501);
      assert.equal(lines[0].fields['edit'], 'i');
      assert.equal(lines[0].fields['err'], undefined);
      assert.match(
        lines[0].message,
        new RegExp(`YANG Patch edit "i" failed: ${operation} positions`),
      );
    });
  }

  it('point or where on another operation is 501; an edit member RFC 8072 does not define is 400', async () => {
    const withPoint = await call(
      h,
      'PATCH',
      '/rests/data/rtest:box',
      patch([{ 'edit-id': 'm', operation: 'remove', target: '/label', where: 'first' }]),
      PATCH_TYPE,
    );
    assert.equal(withPoint.status, 501);
    assert.equal(restconfError(withPoint)['error-tag'], 'operation-not-supported');
    assert.equal(h.logger.lines.at(-1)?.level, 'info');
    const misspelt = await call(
      h,
      'PATCH',
      '/rests/data/rtest:box',
      patch([{ 'edit-id': 'm', operation: 'remove', targt: '/label' }]),
      PATCH_TYPE,
    );
    assert.equal(misspelt.status, 400);
    assert.match(String(restconfError(misspelt)['error-message']), /"targt"/);
  });

  const malformed: [string, unknown][] = [
    ['a body without the yang-patch member', { patch: {} }],
    ['no patch-id', { 'ietf-yang-patch:yang-patch': { edit: [] } }],
    ['an unknown operation', patch([{ 'edit-id': 'x', operation: 'upsert', target: '/label' }])],
    ['a create without value', patch([{ 'edit-id': 'x', operation: 'create', target: '/label' }])],
    [
      'a delete with a value',
      patch([{ 'edit-id': 'x', operation: 'delete', target: '/label', value: {} }]),
    ],
    [
      'duplicate edit-ids',
      patch([
        { 'edit-id': 'x', operation: 'remove', target: '/label' },
        { 'edit-id': 'x', operation: 'remove', target: '/size' },
      ]),
    ],
  ];
  for (const [what, body] of malformed) {
    it(`a patch with ${what} is 400 malformed-message`, async () => {
      const reply = await call(h, 'PATCH', '/rests/data/rtest:box', body, PATCH_TYPE);
      assert.equal(reply.status, 400);
      assert.equal(restconfError(reply)['error-tag'], 'malformed-message');
    });
  }
});

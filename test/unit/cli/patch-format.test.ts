/**
 * Goal: `canopy patch` tells the user which edit of a YANG Patch failed and why, and never suggests
 * that part of a failed patch was committed. Method: formatPatchStatus on yang-patch-status bodies
 * shaped as the member answers (RFC 8072 §2.3 and src/http/yang-patch.ts): success, a failed edit, a
 * failed commit; patchEdits on well-formed and sloppy documents.
 */
import assert from 'node:assert/strict';
import { formatPatchStatus, patchEdits } from '../../../src/cli/patch-format.js';

const SENT = patchEdits({
  'ietf-yang-patch:yang-patch': {
    'patch-id': 'p1',
    edit: [
      { 'edit-id': 'e1', operation: 'create', target: '/node=a', value: {} },
      { 'edit-id': 'e2', operation: 'merge', target: '/node=b', value: {} },
      { 'edit-id': 'e3', operation: 'delete', target: '/node=c' },
    ],
  },
});

function status(content: Record<string, unknown>): unknown {
  return { 'ietf-yang-patch:yang-patch-status': { 'patch-id': 'p1', ...content } };
}

const DATA_EXISTS = {
  error: [
    {
      'error-type': 'application',
      'error-tag': 'data-exists',
      'error-path': "/m:nodes/node[id='b']",
      'error-message': '/m:nodes/node=b already exists',
    },
  ],
};

describe('cli: patch output', () => {
  it('reads the edits of the patch sent, naming an edit without id or target by what it has', () => {
    assert.deepEqual(SENT, [
      { id: 'e1', operation: 'create', target: '/node=a' },
      { id: 'e2', operation: 'merge', target: '/node=b' },
      { id: 'e3', operation: 'delete', target: '/node=c' },
    ]);
    assert.deepEqual(patchEdits({ 'ietf-yang-patch:yang-patch': { edit: [{}, 'x'] } }), [
      { id: '#1', operation: '?', target: '?' },
      { id: '#2', operation: '?', target: '?' },
    ]);
    assert.deepEqual(patchEdits({ other: 1 }), []);
  });

  it('an applied patch reports every edit ok, then the path and patch id', () => {
    assert.deepEqual(formatPatchStatus('/m:nodes', SENT, status({ ok: [null] })), {
      ok: true,
      text:
        'e1 create /node=a: ok\ne2 merge /node=b: ok\ne3 delete /node=c: ok\n' +
        'patched /m:nodes (patch p1)\n',
    });
  });

  it('a failed edit reports the edits before it ok, its errors, the rest not tried, and that nothing was committed', () => {
    const body = status({
      'edit-status': {
        edit: [
          { 'edit-id': 'e1', ok: [null] },
          { 'edit-id': 'e2', errors: DATA_EXISTS },
        ],
      },
    });
    assert.deepEqual(formatPatchStatus('/m:nodes', SENT, body), {
      ok: false,
      text:
        'e1 create /node=a: ok\n' +
        "e2 merge /node=b: data-exists: /m:nodes/node=b already exists (at /m:nodes/node[id='b'])\n" +
        'e3 delete /node=c: not tried\n' +
        'canopy: patch p1 failed; nothing was committed\n',
    });
  });

  it('a failed commit reports its errors without blaming an edit', () => {
    const body = status({
      errors: { error: [{ 'error-tag': 'in-use', 'error-message': 'a concurrent commit' }] },
    });
    assert.deepEqual(formatPatchStatus('/m:nodes', SENT, body), {
      ok: false,
      text: 'in-use: a concurrent commit\ncanopy: patch p1 failed; nothing was committed\n',
    });
  });

  it('a status with both ok and errors is a failure', () => {
    const body = status({ ok: [null], errors: DATA_EXISTS });
    assert.equal(formatPatchStatus('/m:nodes', SENT, body).ok, false);
  });
});

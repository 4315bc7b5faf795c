/**
 * Goal: the client commands refuse what they cannot send with a usage error naming the flag or argument
 * (exit 2), before any request, and put on the wire exactly what the user meant. Method: the pure
 * argument functions of client-args.ts on valid, boundary and invalid inputs.
 */
import assert from 'node:assert/strict';
import {
  DEFAULT_TIMEOUT_MS,
  parseDepth,
  parseRpcName,
  parseTimeoutMs,
  rpcBody,
} from '../../../src/cli/client-args.js';
import { UsageError } from '../../../src/cli/restconf-client.js';

function usageError(pattern: RegExp): (e: unknown) => boolean {
  return (e) => e instanceof UsageError && pattern.test(e.message);
}

describe('cli: client arguments', () => {
  it('--depth takes 1..65535 or unbounded and passes them on', () => {
    assert.equal(parseDepth('1'), '1');
    assert.equal(parseDepth('65535'), '65535');
    assert.equal(parseDepth('007'), '7');
    assert.equal(parseDepth('unbounded'), 'unbounded');
  });

  it('--depth 0, negatives, fractions, words and out-of-range numbers are usage errors naming --depth', () => {
    for (const bad of ['0', '-1', '1.5', '1e3', '', ' 2', 'two', 'Unbounded', '65536', '100000']) {
      assert.throws(() => parseDepth(bad), usageError(/^--depth expects .*got "/), bad);
    }
  });

  it('--timeout-ms takes whole milliseconds from 1, and defaults when absent', () => {
    assert.equal(parseTimeoutMs(undefined), DEFAULT_TIMEOUT_MS);
    assert.equal(parseTimeoutMs('1'), 1);
    assert.equal(parseTimeoutMs('2147483647'), 2_147_483_647);
    for (const bad of ['0', '-5', '1.5', '1e3', 'soon', '', '2147483648']) {
      assert.throws(() => parseTimeoutMs(bad), usageError(/^--timeout-ms expects/), bad);
    }
  });

  it('an rpc is named MODULE:NAME', () => {
    assert.deepEqual(parseRpcName('toaster:make-toast'), {
      module: 'toaster',
      name: 'make-toast',
    });
    assert.deepEqual(parseRpcName('a.b-c_1:_x.y'), { module: 'a.b-c_1', name: '_x.y' });
    for (const bad of [
      'make-toast',
      'toaster:',
      ':make-toast',
      'a:b:c',
      'toaster/make-toast',
      '1a:b',
    ]) {
      assert.throws(() => parseRpcName(bad), usageError(/is not MODULE:NAME/), bad);
    }
  });

  it('rpc input: the whole body is sent as is, the bare input is wrapped, no input sends no body', () => {
    const whole = { 'toaster:input': { toasterDoneness: 3 } };
    assert.equal(rpcBody('toaster', whole), whole);
    assert.deepEqual(rpcBody('toaster', { toasterDoneness: 3 }), whole);
    assert.deepEqual(rpcBody('toaster', {}), { 'toaster:input': {} });
    assert.equal(rpcBody('toaster', undefined), undefined);
    // Another module's input member is content, not the wrapper: the member then names the mistake.
    assert.deepEqual(rpcBody('toaster', { 'other:input': {} }), {
      'toaster:input': { 'other:input': {} },
    });
  });

  it('rpc input that is not a JSON object is a usage error', () => {
    for (const bad of [[1], 'text', 3, null, true]) {
      assert.throws(() => rpcBody('toaster', bad), usageError(/must be a JSON object/));
    }
  });
});

/**
 * Goal: the client addresses the resource the user named and refuses what it cannot send. Method:
 * dataUrl and memberBaseUrl on representative inputs (pure functions, no network).
 */
import assert from 'node:assert/strict';
import { dataUrl, UsageError } from '../../../src/cli/restconf-client.js';
import { memberBaseUrl } from '../../../src/cli/urls.js';

describe('cli: urls', () => {
  it('a data path goes under /rests/data with or without its leading slash', () => {
    assert.equal(
      dataUrl('http://h:1', '/toaster:toaster'),
      'http://h:1/rests/data/toaster:toaster',
    );
    assert.equal(dataUrl('http://h:1', 'toaster:toaster'), 'http://h:1/rests/data/toaster:toaster');
    assert.equal(dataUrl('http://h:1/', '/'), 'http://h:1/rests/data');
    assert.equal(dataUrl('http://h:1/rests', '/a:b=k%2F1'), 'http://h:1/rests/data/a:b=k%2F1');
    assert.equal(dataUrl('http://h:1/proxy/rests/', '/a:b'), 'http://h:1/proxy/rests/data/a:b');
  });

  it('refuses white space in a path and a --url that is not http', () => {
    assert.throws(() => dataUrl('http://h:1', '/a:b=x y'), UsageError);
    assert.throws(() => dataUrl('localhost:8181', '/a:b'), UsageError);
    assert.throws(() => dataUrl('not a url', '/a:b'), UsageError);
  });

  it('a wildcard listen address is reached through loopback; IPv6 is bracketed', () => {
    assert.equal(memberBaseUrl({ host: '127.0.0.1', port: 8181 }), 'http://127.0.0.1:8181');
    assert.equal(memberBaseUrl({ host: '0.0.0.0', port: 1 }), 'http://127.0.0.1:1');
    assert.equal(memberBaseUrl({ host: '::', port: 2 }), 'http://[::1]:2');
    assert.equal(memberBaseUrl({ host: 'fe80::1', port: 3 }), 'http://[fe80::1]:3');
    assert.equal(memberBaseUrl({ host: 'node-a.example', port: 4 }), 'http://node-a.example:4');
  });
});

/**
 * Goal: `canopy watch` shows a person each change on one line they can read and grep, and gives a
 * program every event whole, as the member sent it. Method: parseDataChangeEvent and the two formats
 * on events shaped as the member sends them (docs/API.md, "Event streams"), and on malformed ones.
 */
import assert from 'node:assert/strict';
import type { SseEvent } from '../../../src/cli/sse-parser.js';
import {
  formatJsonLine,
  formatReadable,
  parseDataChangeEvent,
} from '../../../src/cli/watch-format.js';

const T = '2025-06-01T10:00:00.000Z';

function sse(type: string, data: unknown): SseEvent {
  return { type, data: JSON.stringify(data), lastEventId: '0' };
}

function change(path: string, edits: unknown[], type = 'data-change'): SseEvent {
  return sse(type, { eventTime: T, datastore: 'config', path, edits });
}

describe('cli: watch output', () => {
  it('initial data prints as initial lines, an absent subtree as (absent), an empty datastore as (empty)', () => {
    const initial = change(
      '/toaster:toaster',
      [
        {
          operation: 'create',
          target: '/toaster:toaster',
          value: { 'toaster:toaster': { darknessFactor: 1000 } },
        },
      ],
      'initial-data',
    );
    assert.equal(
      formatReadable(parseDataChangeEvent(initial)),
      `${T} initial /toaster:toaster {"darknessFactor":1000}\n`,
    );
    const absent = change('/toaster:toaster', [], 'initial-data');
    assert.equal(
      formatReadable(parseDataChangeEvent(absent)),
      `${T} initial /toaster:toaster (absent)\n`,
    );
    const empty = change('/', [], 'initial-data');
    assert.equal(formatReadable(parseDataChangeEvent(empty)), `${T} initial / (empty)\n`);
  });

  it("a commit's edits print one line each, in order, values without the node's own name", () => {
    const event = change('/m:nodes', [
      {
        operation: 'create',
        target: '/m:nodes/node=a%2Fb',
        value: { 'm:node': [{ id: 'a/b', description: 'rack 4' }] },
      },
      { operation: 'replace', target: '/m:nodes/count', value: { 'm:count': 2 } },
      { operation: 'create', target: '/m:nodes/node', value: { 'm:node': [{ id: 'x' }] } },
      { operation: 'delete', target: '/m:nodes/node=c' },
    ]);
    assert.equal(
      formatReadable(parseDataChangeEvent(event)),
      `${T} create /m:nodes/node=a%2Fb {"id":"a/b","description":"rack 4"}\n` +
        `${T} replace /m:nodes/count 2\n` +
        // A whole list is shown as its entries, even when it has one.
        `${T} create /m:nodes/node [{"id":"x"}]\n` +
        `${T} delete /m:nodes/node=c\n`,
    );
  });

  it('--json prints one line per event: its name, then its data as the member sent it', () => {
    const data = {
      eventTime: T,
      datastore: 'operational',
      path: '/toaster:toaster',
      edits: [{ operation: 'delete', target: '/toaster:toaster' }],
      'future-member': 1,
    };
    const line = formatJsonLine(parseDataChangeEvent(sse('data-change', data)));
    assert.equal(line.endsWith('\n'), true);
    assert.equal(line.indexOf('\n'), line.length - 1);
    assert.deepEqual(JSON.parse(line), { event: 'data-change', ...data });
    assert.ok(line.startsWith('{"event":"data-change",'), line);
  });

  it('an event that is not JSON, or has no edits list, is refused with what is wrong', () => {
    assert.throws(
      () => parseDataChangeEvent({ type: 'data-change', data: '{', lastEventId: '' }),
      /the data-change event is not JSON/,
    );
    assert.throws(
      () => parseDataChangeEvent(sse('initial-data', { path: '/a:b' })),
      /the initial-data event has no "edits" list/,
    );
    assert.throws(() => parseDataChangeEvent(sse('close', {})), /not a data-change event/);
  });
});

/**
 * Goal: `canopy watch` reads the member's server-sent events exactly, however the network cuts the
 * bytes. Method: SseParser on streams written by hand (the HTML standard's rules: line endings,
 * comments, multi-line data, events without data) and on a member-shaped stream fed at every possible
 * split point and one character at a time, which must give the same events as feeding it whole.
 */
import assert from 'node:assert/strict';
import { SseParser, type SseEvent } from '../../../src/cli/sse-parser.js';

function parseAll(chunks: readonly string[]): SseEvent[] {
  const parser = new SseParser();
  return chunks.flatMap((c) => parser.push(c));
}

/** The text as chunks of one UTF-16 code unit each. */
function oneByOne(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => text.charAt(i));
}

const MEMBER_STREAM =
  'event: initial-data\nid: 0\ndata: {"edits":[]}\n\n' +
  ': heartbeat\n\n' +
  'event: data-change\nid: 1\ndata: {"edits":[{"operation":"create","target":"/a:b"}]}\n\n' +
  'event: close\nid: 2\ndata: {"reason":"the server is shutting down"}\n\n';

describe('cli: server-sent events parser', () => {
  it('parses the member stream into its events, in order, with their names, data and ids', () => {
    assert.deepEqual(parseAll([MEMBER_STREAM]), [
      { type: 'initial-data', data: '{"edits":[]}', lastEventId: '0' },
      {
        type: 'data-change',
        data: '{"edits":[{"operation":"create","target":"/a:b"}]}',
        lastEventId: '1',
      },
      { type: 'close', data: '{"reason":"the server is shutting down"}', lastEventId: '2' },
    ]);
  });

  it('gives the same events whatever the split: at every position, and one character at a time', () => {
    const whole = parseAll([MEMBER_STREAM]);
    for (let i = 0; i <= MEMBER_STREAM.length; i++) {
      assert.deepEqual(
        parseAll([MEMBER_STREAM.slice(0, i), MEMBER_STREAM.slice(i)]),
        whole,
        `${i}`,
      );
    }
    assert.deepEqual(parseAll(oneByOne(MEMBER_STREAM)), whole);
    const crlf = MEMBER_STREAM.replace(/\n/g, '\r\n');
    for (let i = 0; i <= crlf.length; i++) {
      assert.deepEqual(parseAll([crlf.slice(0, i), crlf.slice(i)]), whole, `CRLF at ${i}`);
    }
    assert.deepEqual(parseAll(oneByOne(MEMBER_STREAM.replace(/\n/g, '\r'))), whole);
  });

  it('joins data lines with LF, strips one space after the colon, and names an unnamed event message', () => {
    assert.deepEqual(parseAll(['data:a\ndata:  b\ndata\n\n']), [
      { type: 'message', data: 'a\n b\n', lastEventId: '' },
    ]);
  });

  it('drops comments, events without data, retry and unknown fields; skips a leading BOM', () => {
    assert.deepEqual(
      parseAll(['\uFEFF: hello\n\nevent: lonely\n\nretry: 10\nfoo: bar\nevent: x\ndata: 1\n\n']),
      [{ type: 'x', data: '1', lastEventId: '' }],
    );
  });

  it('an event not yet ended by a blank line is not dispatched', () => {
    const parser = new SseParser();
    assert.deepEqual(parser.push('event: data-change\ndata: {"edits":[]}\n'), []);
    assert.deepEqual(parser.push('\n'), [
      { type: 'data-change', data: '{"edits":[]}', lastEventId: '' },
    ]);
  });

  it('the last event id carries over to later events without an id; an id with NUL is ignored', () => {
    assert.deepEqual(parseAll(['id: 7\ndata: a\n\ndata: b\n\nid: x\0y\ndata: c\n\n']), [
      { type: 'message', data: 'a', lastEventId: '7' },
      { type: 'message', data: 'b', lastEventId: '7' },
      { type: 'message', data: 'c', lastEventId: '7' },
    ]);
  });
});

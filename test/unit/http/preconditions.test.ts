/**
 * Goal: the pure parts of conditional requests behave as RFC 9110 says: entity-tag lists (quoted,
 * weak, `*`, commas inside tags; unquoted refused), HTTP-dates in all three forms (and nothing
 * else), the §13.2.2 evaluation order and comparisons, and the Last-Modified clock: rounding up,
 * never a header ahead of the clock, a new tag is a new time, forgetting raises the watermark.
 * Method: direct calls with fixed inputs and a settable clock.
 */
import { strict as assert } from 'node:assert';
import { LastModifiedClock } from '../../../src/http/last-modified.js';
import {
  evaluatePreconditions,
  parseEntityTags,
  parseHttpDate,
  parsePreconditions,
  type CurrentState,
  type Preconditions,
} from '../../../src/http/preconditions.js';
import { RestconfError } from '../../../src/http/restconf-error.js';

const NOW = Date.UTC(2026, 4, 6, 7, 8, 9);
const now = (): number => NOW;

describe('restconf: entity-tag lists', () => {
  it('parses *, strong and weak tags, commas and spaces inside a tag', () => {
    assert.equal(parseEntityTags('If-Match', ' * '), '*');
    assert.deepStrictEqual(parseEntityTags('If-Match', '"a", W/"b" ,"c,d","e f"'), [
      { weak: false, opaque: '"a"' },
      { weak: true, opaque: '"b"' },
      { weak: false, opaque: '"c,d"' },
      { weak: false, opaque: '"e f"' },
    ]);
  });

  for (const bad of ['abc', '"a', 'W/a', '"a"b', '', ' , ', '"a" *']) {
    it(`refuses ${JSON.stringify(bad)} with 400 naming the header`, () => {
      assert.throws(
        () => parseEntityTags('If-None-Match', bad),
        (e: unknown) =>
          e instanceof RestconfError && e.status === 400 && e.message.startsWith('If-None-Match: '),
      );
    });
  }
});

describe('restconf: HTTP-dates', () => {
  const when = Date.UTC(1994, 10, 6, 8, 49, 37);
  it('reads IMF-fixdate, RFC 850 and asctime (RFC 9110 §5.6.7)', () => {
    assert.equal(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT', NOW), when);
    assert.equal(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', NOW), when);
    assert.equal(parseHttpDate('Sun Nov  6 08:49:37 1994', NOW), when);
  });

  it('an RFC 850 two-digit year more than 50 years ahead is in the past century', () => {
    assert.equal(parseHttpDate('Monday, 01-Jan-76 00:00:00 GMT', NOW), Date.UTC(2076, 0, 1));
    assert.equal(parseHttpDate('Thursday, 01-Jan-77 00:00:00 GMT', NOW), Date.UTC(1977, 0, 1));
  });

  for (const bad of [
    'yesterday',
    '1994-11-06T08:49:37Z',
    'Sun, 06 Nov 1994 08:49:37 UTC',
    'Sun, 31 Feb 1994 08:49:37 GMT',
    'Sun, 06 Foo 1994 08:49:37 GMT',
    'Sun, 06 Nov 1994 24:00:00 GMT',
  ]) {
    it(`is not an HTTP-date: ${bad}`, () => {
      assert.equal(parseHttpDate(bad, NOW), undefined);
    });
  }

  it('a malformed If-Unmodified-Since is 400; a malformed If-Modified-Since is ignored', () => {
    assert.throws(() => parsePreconditions({ ifUnmodifiedSince: 'soon' }, now), RestconfError);
    assert.deepStrictEqual(parsePreconditions({ ifModifiedSince: 'soon' }, now), {
      ifMatch: undefined,
      ifNoneMatch: undefined,
      ifModifiedSince: undefined,
      ifUnmodifiedSince: undefined,
    });
    assert.equal(parsePreconditions({}, now), undefined);
  });
});

describe('restconf: evaluating preconditions (RFC 9110 §13.2.2)', () => {
  const state = (exists: boolean, tags: string[], since = 0): CurrentState => ({
    exists,
    hasTag: (t) => tags.includes(t),
    unmodifiedSince: (d) => since <= d,
  });
  const p = (headers: Parameters<typeof parsePreconditions>[0]): Preconditions =>
    parsePreconditions(headers, now)!;
  const outcome = async (
    headers: Parameters<typeof parsePreconditions>[0],
    current: CurrentState,
    read = false,
  ): Promise<string> => {
    const o = await evaluatePreconditions(p(headers), current, read);
    return o.kind === 'failed' ? `412 ${o.header}` : o.kind;
  };

  it('If-Match is strong: a weak tag never matches; * needs the resource', async () => {
    assert.equal(await outcome({ ifMatch: '"a"' }, state(true, ['"a"'])), 'proceed');
    assert.equal(await outcome({ ifMatch: 'W/"a"' }, state(true, ['"a"'])), '412 If-Match');
    assert.equal(await outcome({ ifMatch: '*' }, state(false, [])), '412 If-Match');
    assert.equal(await outcome({ ifMatch: '"a"' }, state(false, [])), '412 If-Match');
  });

  it('If-Match decides alone: If-Unmodified-Since is then not evaluated', async () => {
    const headers = { ifMatch: '"a"', ifUnmodifiedSince: 'Thu, 01 Jan 1970 00:00:00 GMT' };
    assert.equal(await outcome(headers, state(true, ['"a"'], NOW)), 'proceed');
    const alone = { ifUnmodifiedSince: 'Thu, 01 Jan 1970 00:00:00 GMT' };
    assert.equal(await outcome(alone, state(true, ['"a"'], NOW)), '412 If-Unmodified-Since');
    assert.equal(await outcome(alone, state(false, [])), '412 If-Unmodified-Since');
  });

  it('If-None-Match is weak; false is 304 for a read and 412 for an edit', async () => {
    assert.equal(
      await outcome({ ifNoneMatch: 'W/"a"' }, state(true, ['"a"']), true),
      'not-modified',
    );
    assert.equal(
      await outcome({ ifNoneMatch: 'W/"a"' }, state(true, ['"a"'])),
      '412 If-None-Match',
    );
    assert.equal(await outcome({ ifNoneMatch: '*' }, state(false, [])), 'proceed');
    assert.equal(await outcome({ ifNoneMatch: '*' }, state(true, [])), '412 If-None-Match');
  });

  it('If-Modified-Since counts for reads only, and only without If-None-Match', async () => {
    const date = 'Wed, 06 May 2026 07:08:09 GMT';
    assert.equal(
      await outcome({ ifModifiedSince: date }, state(true, [], NOW), true),
      'not-modified',
    );
    assert.equal(
      await outcome({ ifModifiedSince: date }, state(true, [], NOW + 1000), true),
      'proceed',
    );
    assert.equal(await outcome({ ifModifiedSince: date }, state(true, [], NOW)), 'proceed');
    const both = { ifModifiedSince: date, ifNoneMatch: '"b"' };
    assert.equal(await outcome(both, state(true, ['"a"'], NOW), true), 'proceed');
  });
});

describe('restconf: the Last-Modified clock', () => {
  it('a new tag is first seen now, rounded up; the header never runs ahead of the clock', () => {
    let t = NOW + 300;
    const clock = new LastModifiedClock(() => t);
    const since = clock.observe('/a:b', 'all', '"1"');
    assert.equal(since, NOW + 1000);
    assert.equal(clock.header(since), new Date(NOW).toUTCString());
    t = NOW + 1500;
    assert.equal(clock.observe('/a:b', 'all', '"1"'), NOW + 1000);
    assert.equal(clock.header(since), new Date(NOW + 1000).toUTCString());
    assert.equal(clock.observe('/a:b', 'all', '"2"'), NOW + 2000);
    assert.equal(clock.observe('/a:b', 'config', '"2"'), NOW + 2000);
    assert.ok(clock.knows('/a:b', 'config') && !clock.knows('/a:c', 'all'));
  });

  it('forgets the oldest view first and distrusts dates up to its time', () => {
    let t = NOW;
    const clock = new LastModifiedClock(() => t, 2);
    clock.observe('/a:x', 'all', '"1"');
    t += 5000;
    clock.observe('/a:y', 'all', '"1"');
    assert.equal(clock.forgets(NOW), false);
    clock.observe('/a:z', 'all', '"1"');
    assert.equal(clock.knows('/a:x', 'all'), false);
    assert.equal(clock.forgets(NOW), true);
    assert.equal(clock.forgets(NOW + 1000), false);
    // A changed view moves to the back: /a:y is now newer than /a:z.
    t += 5000;
    clock.observe('/a:y', 'all', '"2"');
    clock.observe('/a:w', 'all', '"1"');
    assert.equal(clock.knows('/a:z', 'all'), false);
    assert.equal(clock.knows('/a:y', 'all'), true);
  });
});

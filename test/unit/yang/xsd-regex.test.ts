/**
 * Goal: YANG patterns (XSD regular expressions) behave as XML Schema says once converted to JavaScript:
 * whole-value matching, XSD's own escapes and classes, block escapes, class subtraction, and clear
 * errors for what XSD does not allow. Method: convert real patterns (the ietf-inet-types and
 * ietf-yang-types ones that real models use) and hand-written ones, then test values that must and
 * must not match; convert invalid patterns and check the message and offset.
 */
import { strict as assert } from 'node:assert';
import { xsdToRegExp } from '../../../src/yang/xsd-regex.js';

function compile(pattern: string): RegExp {
  const r = xsdToRegExp(pattern);
  if (!r.ok) assert.fail(`pattern ${pattern} did not convert: ${r.message}`);
  assert.ok(r.regex.unicode, 'the u flag is set');
  return r.regex;
}

function check(pattern: string, matching: readonly string[], notMatching: readonly string[]): void {
  const re = compile(pattern);
  for (const v of matching) assert.ok(re.test(v), `${JSON.stringify(v)} should match ${pattern}`);
  for (const v of notMatching)
    assert.ok(!re.test(v), `${JSON.stringify(v)} should not match ${pattern}`);
}

function problem(pattern: string): { message: string; offset: number } {
  const r = xsdToRegExp(pattern);
  if (r.ok) assert.fail(`pattern ${pattern} should not convert, got ${String(r.regex)}`);
  return r;
}

describe('yang patterns: real-world XSD patterns', () => {
  it('ietf-inet-types ipv4-address', () => {
    check(
      '(([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])\\.){3}' +
        '([0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])(%[\\p{N}\\p{L}]+)?',
      ['192.0.2.1', '0.0.0.0', '255.255.255.255', '10.1.2.3%eth0', '10.1.2.3%1'],
      ['256.1.1.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', ' 1.2.3.4', '1.2.3.4%', '1.2.3.4 '],
    );
  });

  it('ietf-inet-types ipv6-address (both patterns)', () => {
    const first =
      '((:|[0-9a-fA-F]{0,4}):)([0-9a-fA-F]{0,4}:){0,5}((([0-9a-fA-F]{0,4}:)?(:|[0-9a-fA-F]{0,4}))|' +
      '(((25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])))' +
      '(%[\\p{N}\\p{L}]+)?';
    const second =
      '(([^:]+:){6}(([^:]+:[^:]+)|(.*\\..*)))|((([^:]+:)*[^:]+)?::(([^:]+:)*[^:]+)?)(%.+)?';
    const good = [
      '2001:db8::1',
      '::',
      '::1',
      'fe80::1%eth0',
      '2001:db8:0:0:0:0:2:1',
      '::ffff:192.0.2.1',
    ];
    check(first, good, ['2001:db8::g', '1.2.3.4', 'hello']);
    check(second, good, ['1.2.3.4', 'abc']);
  });

  it('ietf-inet-types domain-name', () => {
    check(
      '((([a-zA-Z0-9_]([a-zA-Z0-9\\-_]){0,61})?[a-zA-Z0-9]\\.)*' +
        '([a-zA-Z0-9_]([a-zA-Z0-9\\-_]){0,61})?[a-zA-Z0-9]\\.?)|\\.',
      ['example.com', 'a.b-c.example.', '.', 'localhost', '_srv.example.org'],
      ['-bad.example', 'exa mple.com', 'example..com', ''],
    );
  });

  it('ietf-yang-types date-and-time', () => {
    check(
      '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[\\+\\-]\\d{2}:\\d{2})',
      ['2024-01-31T12:00:00Z', '2024-01-31T12:00:00.123+01:00', '1985-04-12T23:20:50.52-08:00'],
      ['2024-01-31 12:00:00Z', '2024-01-31T12:00:00', '24-01-31T12:00:00Z'],
    );
  });

  it('ietf-yang-types mac-address and uuid', () => {
    check(
      '[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}',
      ['00:1b:2C:3d:4e:5F'],
      ['00:1b:2c:3d:4e', '00-1b-2c-3d-4e-5f', '00:1b:2c:3d:4e:5f:60'],
    );
    check(
      '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
      ['123e4567-e89b-12d3-a456-426614174000'],
      ['123e4567e89b12d3a456426614174000'],
    );
  });
});

describe('yang patterns: XSD semantics', () => {
  it('a pattern matches the whole value (implicit anchoring)', () => {
    check('abc', ['abc'], ['xabc', 'abcx', 'ab']);
    check('a|bc', ['a', 'bc'], ['abc', 'ac']);
  });

  it('^ and $ are ordinary characters', () => {
    check('^a$', ['^a$'], ['a']);
    check('[$^]+', ['$^$'], ['a']);
  });

  it('. matches anything but \\n and \\r, including U+2028 and astral characters', () => {
    check('.', ['a', '\u2028', '\u{1F600}'], ['\n', '\r', '']);
  });

  it('\\d is any Unicode decimal digit; \\s only space, tab, CR, LF', () => {
    check('\\d+', ['0123', '\u0663\u0664'], ['a', '']);
    check('\\s', [' ', '\t', '\n', '\r'], ['\u00a0', '\u2003', 'a']);
    check('\\S', ['a', '\u00a0'], [' ']);
  });

  it('\\w excludes punctuation, separators and other; \\W is the rest', () => {
    // Unlike JavaScript's \\w, XSD's excludes _ (a connector punctuation) and includes é and ².
    check('\\w+', ['abc', 'A1', '\u00e9\u00b2'], ['a b', 'a-b', 'a.b', 'a_b']);
    check('\\W', ['-', ' ', '.'], ['a', '1']);
  });

  it('\\i and \\c follow XML name characters', () => {
    check('\\i\\c*', ['_a-b.c:d', 'xml', '\u00c0x'], ['1abc', '-a', 'a b']);
    check('\\I', ['1', '-'], ['a', '_']);
    check('\\C', [' ', '/'], ['a', '-', '.']);
  });

  it('category escapes \\p{..} and \\P{..}', () => {
    check('\\p{Lu}+', ['ABC', '\u00c9'], ['abc']);
    check('\\P{L}', ['1', '-'], ['a']);
    check('[\\p{N}\\p{L}]+', ['a1\u0663'], ['-']);
  });

  it('block escapes \\p{IsBasicLatin} and their complements', () => {
    check('\\p{IsBasicLatin}{0,255}', ['plain ASCII text ~'], ['caf\u00e9']);
    check('\\P{IsBasicLatin}', ['\u00e9', '\u{1F600}'], ['e']);
    check('[\\p{IsGreek}\\p{IsLatin-1Supplement}]+', ['\u03b1\u00e9'], ['a']);
  });

  it('character classes: ranges, negation, escapes inside, - at either end', () => {
    check('[a-c]+', ['abcba'], ['d']);
    check('[^a-c]', ['d', '\n'], ['a']);
    check('[-a]+', ['-a-'], ['b']);
    check('[a-]+', ['-a-'], ['b']);
    check('[\\-\\[\\]\\\\]+', ['-[]\\'], ['a']);
    check('[\\s\\d]+', [' 1\t2'], ['a']);
    check('[\\S]', ['a'], [' ']);
  });

  it('character class subtraction, nested and negated', () => {
    check('[a-z-[aeiou]]+', ['bcd', 'xyz'], ['a', 'bad']);
    check('[a-z-[b-y-[m]]]', ['a', 'm', 'z'], ['b', 'y']);
    check('[^abc-[b]]', ['x'], ['a', 'b', 'c']);
    check('[\\p{L}-[\\p{Lu}]]+', ['abc'], ['aBc']);
  });

  it('quantifiers: ?, *, +, {n}, {n,}, {n,m}', () => {
    check('a?b*c+', ['c', 'abbc', 'bccc'], ['aac', 'ab']);
    check('a{2}', ['aa'], ['a', 'aaa']);
    check('a{2,}', ['aa', 'aaaa'], ['a']);
    check('a{1,2}', ['a', 'aa'], ['', 'aaa']);
    check('(ab){0}c', ['c'], ['abc']);
  });

  it('literal syntax characters of JavaScript stay literal', () => {
    check('a/b', ['a/b'], ['ab']);
    check('\\.\\*\\+\\?\\(\\)\\{\\}\\|', ['.*+?(){}|'], ['x']);
    check('a]b}', ['a]b}'], ['ab']);
  });
});

describe('yang patterns: errors', () => {
  const cases: readonly (readonly [string, RegExp, number])[] = [
    ['(?:a)', /'\(\?' is not XSD syntax/, 1],
    ['a**', /quantifier '\*' has nothing to repeat/, 2],
    ['*a', /quantifier '\*' has nothing to repeat/, 0],
    ['a{', /expected a number after \{/, 1],
    ['a{3,1}', /maximum below its minimum/, 1],
    ['a{2', /expected '\}' to close the quantifier/, 1],
    ['{2}', /unescaped '\{'/, 0],
    ['\\b', /invalid escape '\\b'/, 0],
    ['\\1', /invalid escape '\\1'/, 0],
    ['a\\', /lone backslash/, 1],
    ['[]', /empty character class/, 1],
    ['[b-a]', /out of order/, 2],
    ['[abc', /unterminated character class/, 0],
    ['[a[b]]', /'\[' inside a class must be escaped/, 2],
    ['(ab', /expected '\)' to close the group/, 0],
    ['ab)', /unmatched '\)'/, 2],
    ['\\p{Foo}', /unknown Unicode category "Foo"/, 0],
    ['\\p{IsKlingon}', /unknown Unicode block "IsKlingon"/, 0],
    ['[a-\\d]', /must end with a single character/, 2],
  ];
  for (const [pattern, message, offset] of cases) {
    it(`${JSON.stringify(pattern)}: ${message.source}`, () => {
      const p = problem(pattern);
      assert.match(p.message, message);
      assert.equal(p.offset, offset);
    });
  }
});

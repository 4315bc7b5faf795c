/**
 * Goal: lexical values (what `default` statements write) are checked against their type exactly as
 * RFC 7950 §9 defines the value spaces and normalised to RFC 7951 JSON, and the number helpers behind
 * them handle int64/uint64/decimal64 exactly. Method: hand-built types (no compiler involved), values
 * at and beyond every boundary, and a property test that formatDecimal/parseDecimal round-trip.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  INTEGER_LIMITS,
  formatDecimal,
  parseDecimal,
  parseIntervals,
} from '../../../src/yang/numbers.js';
import type { IdentitySchema, YangType } from '../../../src/yang/schema.js';
import { parseLexicalValue } from '../../../src/yang/values.js';
import { xsdToRegExp } from '../../../src/yang/xsd-regex.js';

const identities = new Map<string, IdentitySchema>([
  [
    'm:base',
    {
      qname: 'm:base',
      module: 'm',
      name: 'base',
      bases: [],
      derived: new Set(['m:a', 'o:b']),
      source: { file: 'm', line: 1, column: 1 },
    },
  ],
  [
    'm:a',
    {
      qname: 'm:a',
      module: 'm',
      name: 'a',
      bases: ['m:base'],
      derived: new Set(),
      source: { file: 'm', line: 2, column: 1 },
    },
  ],
  [
    'o:b',
    {
      qname: 'o:b',
      module: 'o',
      name: 'b',
      bases: ['m:base'],
      derived: new Set(),
      source: { file: 'o', line: 1, column: 1 },
    },
  ],
]);
const prefixes = new Map([
  ['m', 'm'],
  ['oo', 'o'],
]);
const ctx = { identities, resolvePrefix: (p: string) => prefixes.get(p), defaultModule: 'm' };

function value(t: YangType, text: string): unknown {
  const r = parseLexicalValue(t, text, ctx);
  return r.ok ? r.value : `error: ${r.message}`;
}

const int = (base: keyof typeof INTEGER_LIMITS, ranges = [INTEGER_LIMITS[base]]): YangType => ({
  kind: 'integer',
  name: base,
  base,
  ranges,
});
const dec = (fractionDigits: number, ranges = [INTEGER_LIMITS.int64]): YangType => ({
  kind: 'decimal64',
  name: 'decimal64',
  fractionDigits,
  ranges,
});
const str = (
  patterns: readonly string[] = [],
  lengths = [] as { min: number; max: number }[],
): YangType => ({
  kind: 'string',
  name: 'string',
  lengths,
  patterns: patterns.map((p) => {
    const r = xsdToRegExp(p);
    assert.ok(r.ok);
    return { source: p, regex: r.regex, invertMatch: false };
  }),
});

describe('yang values: integers', () => {
  it('8..32-bit integers become JSON numbers; 64-bit ones strings', () => {
    assert.equal(value(int('int8'), '-128'), -128);
    assert.equal(value(int('uint32'), '+4294967295'), 4294967295);
    assert.equal(value(int('int64'), '-9223372036854775808'), '-9223372036854775808');
    assert.equal(value(int('uint64'), '18446744073709551615'), '18446744073709551615');
  });

  it('values outside the range, and non-decimal forms, are rejected', () => {
    assert.match(
      String(value(int('int8'), '128')),
      /128 is outside the range of int8 \(-128\.\.127\)/,
    );
    assert.match(String(value(int('uint64'), '18446744073709551616')), /outside the range/);
    assert.match(String(value(int('uint8'), '-1')), /outside the range/);
    assert.match(String(value(int('int32'), '0x10')), /is not an integer/);
    assert.match(String(value(int('int32'), '1.0')), /is not an integer/);
    assert.match(String(value(int('int32'), '')), /is not an integer/);
    assert.match(
      String(
        value(
          int('uint8', [
            { min: 1n, max: 5n },
            { min: 10n, max: 10n },
          ]),
          '7',
        ),
      ),
      /\(1\.\.5 \| 10\)/,
    );
  });
});

describe('yang values: decimal64', () => {
  it('normalises to canonical form and checks fraction digits and range', () => {
    assert.equal(value(dec(2), '1.50'), '1.5');
    assert.equal(value(dec(2), '1'), '1.0');
    assert.equal(value(dec(2), '-0.05'), '-0.05');
    assert.equal(value(dec(2), '+007.10'), '7.1');
    assert.match(String(value(dec(2), '1.005')), /more than 2 fraction digits/);
    assert.match(
      String(value(dec(1, [{ min: -10n, max: 10n }]), '1.1')),
      /1\.1 is outside the range of decimal64 \(-1\.0\.\.1\.0\)/,
    );
    assert.match(String(value(dec(2), '1e3')), /not a decimal number/);
  });

  it('the extremes of fraction-digits 18 survive exactly', () => {
    assert.equal(value(dec(18), '-9.223372036854775808'), '-9.223372036854775808');
    assert.match(String(value(dec(18), '9.223372036854775808')), /outside the range/);
  });

  it('formatDecimal and parseDecimal round-trip any scaled int64', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
        fc.integer({ min: 1, max: 18 }),
        (v, fd) => {
          const text = formatDecimal(v, fd);
          assert.equal(parseDecimal(text, fd), v);
          assert.match(text, /^-?(0|[1-9]\d*)\.(0|\d*[1-9])$/);
        },
      ),
    );
  });
});

describe('yang values: other built-ins', () => {
  it('boolean', () => {
    assert.equal(value({ kind: 'boolean', name: 'boolean' }, 'true'), true);
    assert.equal(value({ kind: 'boolean', name: 'boolean' }, 'false'), false);
    assert.match(String(value({ kind: 'boolean', name: 'boolean' }, 'True')), /not true or false/);
  });

  it('string length counts code points; every pattern must match', () => {
    const t = str(['[a-z\u{1F600}]+', '.*a.*'], [{ min: 2, max: 3 }]);
    assert.equal(value(t, 'ab'), 'ab');
    assert.equal(value(t, 'a\u{1F600}\u{1F600}'), 'a\u{1F600}\u{1F600}');
    assert.match(String(value(t, 'abcd')), /has length 4, outside 2\.\.3/);
    assert.match(String(value(t, 'bb')), /does not match the pattern "\.\*a\.\*"/);
  });

  it('an invert-match pattern rejects what it matches, with its error-message', () => {
    const t: YangType = {
      kind: 'string',
      name: 's',
      lengths: [],
      patterns: [
        { source: 'x.*', regex: /^(?:x.*)$/u, invertMatch: true, errorMessage: 'no x prefix' },
      ],
    };
    assert.equal(value(t, 'ax'), 'ax');
    assert.equal(value(t, 'xa'), 'error: no x prefix');
  });

  it('binary is base64 with lengths in octets', () => {
    const t: YangType = { kind: 'binary', name: 'binary', lengths: [{ min: 1, max: 2 }] };
    assert.equal(value(t, 'AAE='), 'AAE=');
    assert.equal(value(t, 'AA\n E='), 'AAE=');
    assert.match(String(value(t, 'AAEC')), /3 octets is outside 1\.\.2/);
    assert.match(String(value(t, 'A')), /not base64/);
  });

  it('enumeration and bits', () => {
    const e: YangType = {
      kind: 'enumeration',
      name: 'e',
      enums: new Map([
        ['up', 1],
        ['down', 2],
      ]),
    };
    assert.equal(value(e, 'down'), 'down');
    assert.match(String(value(e, 'sideways')), /not one of "up", "down"/);
    const b: YangType = {
      kind: 'bits',
      name: 'b',
      bits: new Map([
        ['x', 2],
        ['y', 0],
      ]),
    };
    assert.equal(value(b, '  x   y '), 'y x');
    assert.equal(value(b, ''), '');
    assert.match(String(value(b, 'x x')), /bit "x" is set twice/);
    assert.match(String(value(b, 'z')), /"z" is not a bit of b/);
  });

  it('identityref: prefixes resolve in the writing file; the result is module-qualified', () => {
    const t: YangType = { kind: 'identityref', name: 'identityref', bases: ['m:base'] };
    assert.equal(value(t, 'a'), 'm:a');
    assert.equal(value(t, 'm:a'), 'm:a');
    assert.equal(value(t, 'oo:b'), 'o:b');
    assert.match(String(value(t, 'base')), /identity m:base is not derived from m:base/);
    assert.match(String(value(t, 'x:a')), /unknown prefix "x"/);
    assert.match(String(value(t, 'c')), /identity "c" not found/);
  });

  it('instance-identifier: prefixes become module names, quoted keys untouched', () => {
    const t: YangType = { kind: 'instance-identifier', name: 'ii', requireInstance: true };
    assert.equal(value(t, "/oo:a/oo:b[oo:k='x:y']/m:c"), "/o:a/o:b[o:k='x:y']/m:c");
    assert.match(String(value(t, 'a/b')), /must start with \//);
    assert.match(String(value(t, '/zz:a')), /unknown prefix "zz"/);
  });

  it('union: the first member that accepts the value wins; all reasons when none does', () => {
    const t: YangType = {
      kind: 'union',
      name: 'u',
      types: [int('uint8'), { kind: 'boolean', name: 'boolean' }, str(['[a-z]+'])],
    };
    assert.equal(value(t, '12'), 12);
    assert.equal(value(t, 'true'), true);
    assert.equal(value(t, 'abc'), 'abc');
    assert.match(
      String(value(t, '300')),
      /matches no member of the union \(uint8: 300 is outside.*; boolean: .*; string: .*\)/,
    );
  });

  it('leafref values are checked against the target type; empty has no default', () => {
    const t: YangType = {
      kind: 'leafref',
      name: 'leafref',
      path: '../x',
      requireInstance: true,
      target: int('int8'),
    };
    assert.equal(value(t, '5'), 5);
    assert.match(String(value({ kind: 'empty', name: 'empty' }, '')), /no value to default to/);
  });
});

/** The message of a failed parseIntervals. */
function problemOf(r: ReturnType<typeof parseIntervals>): string {
  assert.equal(
    typeof r,
    'string',
    `expected an error, got ${JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`,
  );
  return r as string;
}

describe('yang numbers: range and length expressions', () => {
  const u8 = [INTEGER_LIMITS.uint8];
  it('min and max stand for the base bounds; parts are ascending and disjoint', () => {
    assert.deepEqual(parseIntervals('min..10 | 20 | 30..max', { kind: 'integer' }, u8), [
      { min: 0n, max: 10n },
      { min: 20n, max: 20n },
      { min: 30n, max: 255n },
    ]);
    assert.match(
      problemOf(parseIntervals('10..5', { kind: 'integer' }, u8)),
      /lower bound above its upper bound/,
    );
    assert.match(problemOf(parseIntervals('5 | 5', { kind: 'integer' }, u8)), /must come after/);
    assert.match(
      problemOf(parseIntervals('1..2..3', { kind: 'integer' }, u8)),
      /not a value or "lower\.\.upper"/,
    );
    assert.match(
      problemOf(parseIntervals('a..b', { kind: 'integer' }, u8)),
      /"a" is not an integer/,
    );
    assert.match(problemOf(parseIntervals('', { kind: 'integer' }, u8)), /not a value/);
  });

  it('a restriction must lie within one interval of its base', () => {
    const base = [
      { min: 1n, max: 5n },
      { min: 10n, max: 20n },
    ];
    assert.deepEqual(parseIntervals('2..3 | 10', { kind: 'integer' }, base), [
      { min: 2n, max: 3n },
      { min: 10n, max: 10n },
    ]);
    assert.match(
      problemOf(parseIntervals('4..11', { kind: 'integer' }, base)),
      /not within the 1\.\.5 \| 10\.\.20/,
    );
  });

  it('decimal bounds are scaled; lengths are non-negative', () => {
    assert.deepEqual(
      parseIntervals('-1.5..2', { kind: 'decimal', fractionDigits: 2 }, [INTEGER_LIMITS.int64]),
      [{ min: -150n, max: 200n }],
    );
    assert.match(
      problemOf(parseIntervals('-1..3', { kind: 'length' }, [{ min: 0n, max: 10n }])),
      /not a non-negative integer/,
    );
  });
});

/**
 * Goal: JSON content is checked and normalised against the schema at the call, for every YANG type and
 * every structure, and encodes back to RFC 7951 JSON with module-qualified names where the module
 * changes. Method: write values through a DataTreeModification on the test model and read them back;
 * refused values must throw DataValidationFailedError naming the data path and the reason.
 */
import { strict as assert } from 'node:assert';
import { DataTree } from '../../../src/tree/data-tree.js';
import { DataValidationFailedError } from '../../../src/tree/errors.js';
import type { DataTreeModification } from '../../../src/tree/modification.js';
import { testSchema } from './fixtures.js';

const TOP = '/canopy-test:top';

function mod(treeType: 'config' | 'operational' = 'operational'): DataTreeModification {
  return new DataTree(testSchema(), { treeType }).takeSnapshot().newModification();
}

/** Writes `value` to leaf `leaf` of top and returns what reads back. */
function roundTrip(leaf: string, value: unknown): unknown {
  const m = mod();
  m.write(`${TOP}/${leaf}`, value);
  return m.read(`${TOP}/${leaf}`);
}

function refused(leaf: string, value: unknown, reason: RegExp, path = `${TOP}/${leaf}`): void {
  assert.throws(
    () => mod().write(`${TOP}/${leaf}`, value),
    (e: unknown) =>
      e instanceof DataValidationFailedError && e.path === path && reason.test(e.reason),
    `${leaf} = ${JSON.stringify(value)}`,
  );
}

describe('tree: JSON codec, values by type', () => {
  it('string: checks length (in code points), patterns of a typedef and control characters', () => {
    assert.equal(roundTrip('str', 'abc-1'), 'abc-1');
    refused('str', '', /length 0 is outside the length 1\.\.10 of canopy-test:short-name/);
    refused('str', 'abcdefghijk', /length 11 is outside/);
    refused('str', 'Abc', /does not match the pattern "\[a-z\]\[a-z0-9-\]\*"/);
    refused('str', 5, /expected a string for canopy-test:short-name, got the number 5/);
    assert.equal(roundTrip('plain', 'tab\there, 😀'), 'tab\there, 😀');
    refused('plain', 'bell\u0007', /control characters/);
  });

  it('integers up to 32 bits are JSON numbers, checked against base and declared ranges', () => {
    assert.equal(roundTrip('i8', -128), -128);
    refused('i8', 128, /out of the int8 range -128\.\.127/);
    assert.equal(roundTrip('u8', 255), 255);
    refused('u8', -1, /out of the uint8 range/);
    refused('u8', '5', /expected a number for uint8, got the string "5"/);
    refused('u8', 1.5, /is not an integer/);
    assert.equal(roundTrip('i32', 1000), 1000);
    refused('i32', 500, /outside the range -100\.\.100 \| 1000 of int32/);
  });

  it('int64 and uint64 are canonical strings; JSON numbers are refused (RFC 7951 §6.1)', () => {
    assert.equal(roundTrip('i64', '-9223372036854775808'), '-9223372036854775808');
    assert.equal(roundTrip('i64', '+0042'), '42');
    assert.equal(roundTrip('u64', '18446744073709551615'), '18446744073709551615');
    refused('u64', '18446744073709551616', /out of the uint64 range/);
    refused(
      'i64',
      42,
      /^expected a string for int64 \(RFC 7951 §6\.1 encodes int64 as a JSON string\), got the number 42; send it as "42"$/,
    );
    refused('u64', 0, /expected a string for uint64 .*send it as "0"$/);
    refused('i64', 2 ** 60, /expected a string for int64 .*got the number 1152921504606847000$/);
    refused('i64', '1e3', /is not an integer/);
  });

  it('decimal64 is a canonical string, within its fraction digits and range; a JSON number is refused', () => {
    assert.equal(roundTrip('dec', '1.50'), '1.5');
    assert.equal(roundTrip('dec', '007'), '7.0');
    assert.equal(roundTrip('dec', '-10.50'), '-10.5');
    assert.equal(roundTrip('dec', '1.500'), '1.5');
    refused('dec', '1.234', /more than 2 fraction digits/);
    refused('dec', '-10.51', /outside the range -10\.5\.\.1000\.0/);
    refused('dec', '1.', /is not a decimal number/);
    refused('dec', true, /expected a decimal64 string/);
    refused('dec', 2.25, /expected a decimal64 string .*got the number 2\.25; send it as "2\.25"$/);
    refused('dec', 1e21, /got the number 1e\+21$/);
  });

  it('boolean, empty and binary', () => {
    assert.equal(roundTrip('flag', false), false);
    refused('flag', 'true', /expected true or false/);
    assert.deepEqual(roundTrip('marker', [null]), [null]);
    refused('marker', null, /expected \[null\] for the empty type, got null/);
    refused('marker', true, /expected \[null\]/);
    assert.equal(roundTrip('blob', 'AAEC'), 'AAEC');
    refused('blob', 'AAECAwQ=', /length in bytes 5 is outside the length 1\.\.4/);
    refused('blob', 'not base64!', /is not base64/);
  });

  it('enumeration and bits (bits normalised to position order)', () => {
    assert.equal(roundTrip('colour-name', 'green'), 'green');
    refused(
      'colour-name',
      'purple',
      /"purple" is not one of the enum values of enumeration \(red, green, blue\)/,
    );
    assert.equal(roundTrip('perms', ' exec  read '), 'read exec');
    assert.equal(roundTrip('perms', ''), '');
    refused('perms', 'read read', /bit "read" is given twice/);
    refused('perms', 'fly', /"fly" is not a bit/);
  });

  it('union: the first member type that accepts the JSON value wins', () => {
    assert.equal(roundTrip('num-or-word', 5), 5);
    assert.equal(roundTrip('num-or-word', 'five'), 'five');
    refused('num-or-word', 'Five', /matches no member type of union/);
    refused('num-or-word', 5000000000, /matches no member type/);
  });

  it('identityref: module:name, derived from the base, own module implied', () => {
    assert.equal(roundTrip('pet', 'canopy-test:cat'), 'canopy-test:cat');
    assert.equal(roundTrip('pet', 'dog'), 'canopy-test:dog');
    assert.equal(roundTrip('pet', 'canopy-test-aug:lion'), 'canopy-test-aug:lion');
    refused(
      'pet',
      'canopy-test:animal',
      /identity canopy-test:animal is not derived from canopy-test:animal/,
    );
    refused('pet', 'canopy-test:red', /is not derived from canopy-test:animal/);
    refused('pet', 'nosuch:cat', /not a known identity/);
  });

  it('leafref takes its target type; instance-identifier is checked against the schema', () => {
    assert.equal(roundTrip('str-ref', 'abc'), 'abc');
    refused('str-ref', 'ABC', /does not match the pattern/);
    assert.equal(
      roundTrip('target', "/canopy-test:item[name='a']/value"),
      "/canopy-test:item[name='a']/value",
    );
    refused('target', '/canopy-test:nosuch', /no node canopy-test:nosuch/);
    refused('target', 'canopy-test:top', /must start with '\/'/);
    refused('target', '/top', /first node must be module-qualified/);
  });

  it('anydata keeps any JSON, frozen', () => {
    const m = mod();
    m.write(`${TOP}/blob-data`, { any: [1, 'two', { three: null }] });
    const read = m.read(`${TOP}/blob-data`) as { any: unknown[] };
    assert.deepEqual(read, { any: [1, 'two', { three: null }] });
    assert.ok(Object.isFrozen(read) && Object.isFrozen(read.any));
  });
});

describe('tree: JSON codec, structures', () => {
  it('reads back containers, lists and leaf-lists as written, augmented members qualified', () => {
    const m = mod();
    const content = {
      str: 'abc',
      tags: ['x', 'y'],
      inner: { a: 'A', deeper: { b: 'B' } },
      'canopy-test-aug:extra': 'e',
      'canopy-test-aug:gadget': { power: 3 },
    };
    m.write(TOP, content);
    assert.deepEqual(m.read(TOP), content);
    m.write('/canopy-test:item', [
      { name: 'a', value: 1, 'canopy-test-aug:tag': 't' },
      { name: 'b' },
    ]);
    assert.deepEqual(m.read('/canopy-test:item'), [
      { name: 'a', value: 1, 'canopy-test-aug:tag': 't' },
      { name: 'b' },
    ]);
    assert.deepEqual(m.read('/canopy-test:item=a/canopy-test-aug:tag'), 't');
    assert.deepEqual(m.read('/'), {
      'canopy-test:top': content,
      'canopy-test:item': [{ name: 'a', value: 1, 'canopy-test-aug:tag': 't' }, { name: 'b' }],
    });
  });

  it('accepts a redundant qualification and writes the root with qualified members', () => {
    const m = mod();
    m.write('/', { 'canopy-test:top': { 'canopy-test:str': 'abc' } });
    assert.deepEqual(m.read(TOP), { str: 'abc' });
    assert.throws(() => m.write('/', { top: {} }), /top-level member "top" must be qualified/);
  });

  it('a list entry takes its keys from the path and refuses different ones', () => {
    const m = mod();
    m.write('/canopy-test:pair=a,1', { weight: 5 });
    assert.deepEqual(m.read('/canopy-test:pair=a,1'), { left: 'a', right: 1, weight: 5 });
    assert.throws(
      () => m.write('/canopy-test:pair=a,1', { left: 'b', weight: 5 }),
      (e: unknown) =>
        e instanceof DataValidationFailedError &&
        e.path === '/canopy-test:pair=a,1' &&
        /key leaf left is "b" but the path names "a"/.test(e.reason),
    );
  });

  it('refuses unknown members, wrong JSON kinds, missing keys and duplicates with exact paths', () => {
    const m = mod();
    const check = (fn: () => void, path: string, reason: RegExp): void => {
      assert.throws(
        fn,
        (e: unknown) =>
          e instanceof DataValidationFailedError && e.path === path && reason.test(e.reason),
      );
    };
    check(
      () => m.write(TOP, { nosuch: 1 }),
      TOP,
      /unknown member "nosuch"; known members: str, plain/,
    );
    check(() => m.write(TOP, { 'nosuch:x': 1 }), TOP, /unknown module "nosuch"/);
    check(
      () => m.write(TOP, { str: 'abc', 'canopy-test:str': 'abd' }),
      TOP,
      /member "canopy-test:str" is given twice \(qualified and unqualified\)/,
    );
    check(
      () => m.write(TOP, { 'canopy-test:str': 'abc', plain: 'p', str: 'abd' }),
      TOP,
      /member "str" is given twice/,
    );
    // A qualified member of the parent's own module is accepted (RFC 7951 §4 allows it).
    m.write(TOP, { 'canopy-test:str': 'abc', plain: 'p' });
    assert.deepEqual(m.read(TOP), { str: 'abc', plain: 'p' });
    check(
      () => m.write(TOP, { inner: [] }),
      `${TOP}/inner`,
      /container canopy-test:inner takes an object, got an array/,
    );
    check(
      () => m.write(TOP, { tags: 'x' }),
      `${TOP}/tags`,
      /takes an array of values, got a string/,
    );
    check(
      () => m.write(TOP, { tags: ['x', 'x'] }),
      `${TOP}/tags`,
      /value 1: duplicate leaf-list value "x"/,
    );
    check(
      () => m.write(TOP, { 'small-nums': [1, 300] }),
      `${TOP}/small-nums`,
      /value 1: 300 is out of the uint8 range/,
    );
    check(
      () => m.write('/canopy-test:item', [{ value: 1 }]),
      '/canopy-test:item',
      /entry 0: the entry lacks its key leaf name/,
    );
    check(
      () => m.write('/canopy-test:item', [{ name: 'a' }, { name: 'a' }]),
      '/canopy-test:item=a',
      /duplicate list entry: entry 1/,
    );
    check(
      () => m.write('/canopy-test:item', [{ name: 'a', sub: [{ id: 1, label: 5 }] }]),
      '/canopy-test:item=a/sub=1/label',
      /expected a string for string, got the number 5/,
    );
    check(
      () => m.write('/canopy-test:item=a', 'x'),
      '/canopy-test:item=a',
      /a list entry takes an object, got a string/,
    );
  });

  it('refuses data from two cases of one choice in one value', () => {
    assert.throws(
      () => mod().write(TOP, { 'tcp-port': 1, 'udp-port': 2 }),
      (e: unknown) =>
        e instanceof DataValidationFailedError &&
        e.path === TOP &&
        /choice transport has data from two cases: tcp \(canopy-test:tcp-port\) and udp \(canopy-test:udp-port\)/.test(
          e.reason,
        ),
    );
  });

  it('drops empty non-presence containers and lists; keeps an empty presence container', () => {
    const m = mod();
    m.write(TOP, { inner: { deeper: {} }, tags: [], str: 'a' });
    assert.deepEqual(m.read(TOP), { str: 'a' });
    m.write(TOP, {});
    assert.equal(m.read(TOP), undefined);
    m.write(`${TOP}/pres`, {});
    assert.deepEqual(m.read(`${TOP}/pres`), {});
  });

  it('a configuration tree refuses state data at the call', () => {
    const m = mod('config');
    assert.throws(
      () => m.write('/canopy-test:state', { counter: '1' }),
      (e: unknown) =>
        e instanceof DataValidationFailedError && /state data \(config false\)/.test(e.message),
    );
    assert.throws(
      () => m.write('/', { 'canopy-test:state': { counter: '1' } }),
      /state data \(config false\)/,
    );
    const op = mod('operational');
    op.write('/canopy-test:state', { counter: '1', log: [{ msg: 'a' }, { msg: 'a' }] });
    assert.deepEqual(op.read('/canopy-test:state'), {
      counter: '1',
      log: [{ msg: 'a' }, { msg: 'a' }],
    });
  });
});

/**
 * Goal: parseHocon reads the HOCON that canopy's files use (design 003's examples verbatim among them)
 * exactly as hocon-parser does, and rejects everything hocon-parser would misread or mishandle with a
 * ConfigSyntaxError naming the file, line and column. Method: small texts, one construct each, with
 * the expected value or the expected position and advice; the hazards found by trying hocon-parser
 * (eval of substitutions, prototype writes, dropped backslashes, kept spaces) each have a case.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { parseHocon } from '../../../src/config/hocon.js';
import { includesAll, syntax } from './support.js';

const F = 'conf/test.conf';

function value(text: string): unknown {
  return parseHocon(text, F).value;
}

/** Asserts that parsing `text` fails at `line` (and `column`, if given) with all `fragments`. */
function failsAt(text: string, line: number, column: number | undefined, ...fragments: string[]) {
  const e = syntax(() => parseHocon(text, F));
  assert.equal(e.location.file, F);
  assert.equal(e.location.line, line, e.message);
  if (column !== undefined) assert.equal(e.location.column, column, e.message);
  assert.ok(e.message.startsWith(`${F}:${line}:`), e.message);
  includesAll(e.message, ...fragments);
}

describe('config: HOCON reader, what it accepts', () => {
  it("reads design 003's modules.conf example verbatim", () => {
    const text = readFileSync('test/fixtures/config/seed/modules.conf', 'utf8');
    assert.deepEqual(value(text), {
      modules: [
        { name: 'inventory', namespace: 'urn:opendaylight:inventory', 'shard-strategy': 'module' },
        {
          name: 'topology',
          namespace: 'urn:TBD:params:xml:ns:yang:network-topology',
          'shard-strategy': 'module',
        },
        {
          name: 'toaster',
          namespace: 'http://netconfcentral.org/ns/toaster',
          'shard-strategy': 'module',
        },
      ],
    });
  });

  it('reads design 003\'s module-shards.conf example verbatim: replicas separated by new lines, name="x" without spaces, trailing blanks', () => {
    const text = readFileSync('test/fixtures/config/seed/module-shards.conf', 'utf8');
    const v = value(text) as { 'module-shards': { name: string; shards: unknown[] }[] };
    assert.deepEqual(
      v['module-shards'].map((m) => m.name),
      ['default', 'topology', 'inventory', 'toaster'],
    );
    assert.deepEqual(v['module-shards'][1]!.shards, [
      { name: 'topology', replicas: ['member-3', 'member-2', 'member-1'] },
    ]);
    assert.deepEqual(v['module-shards'][3]!.shards, [
      { name: 'toaster', replicas: ['member-1', 'member-2', 'member-3'] },
    ]);
  });

  it('reads comments, = and :, unquoted keys and values, dotted keys, a trailing comma and root braces', () => {
    const text = `{
      # a comment
      a = 1 // another
      b : "x y"
      c.d.e = true,
      f = member-1
      g = [1, 2.5, null, false,]
      h { i = "" }
    }`;
    assert.deepEqual(value(text), {
      a: 1,
      b: 'x y',
      c: { d: { e: true } },
      f: 'member-1',
      g: [1, 2.5, null, false],
      h: { i: '' },
    });
  });

  it('reads a negative number as the string hocon-parser makes of it, for validation to report', () => {
    assert.deepEqual(value('port = -1'), { port: '-1' });
  });

  it('merges two objects under one key, as HOCON does (a dotted key and a block combine)', () => {
    assert.deepEqual(value('datastore.persistent = false\ndatastore { operational { x = 1 } }'), {
      datastore: { persistent: false, operational: { x: 1 } },
    });
  });

  it('takes the only escape, \\", and keeps everything else in a string as written', () => {
    assert.deepEqual(value('a = "say \\"hi\\" # not a comment // nor this"'), {
      a: 'say "hi" # not a comment // nor this',
    });
  });

  it('ignores a byte-order mark and counts lines of CRLF text correctly', () => {
    assert.deepEqual(value('\uFEFFa = 1\r\nb = [\r\n"x"\r\n"y"\r\n]\r\n'), { a: 1, b: ['x', 'y'] });
    failsAt('a = 1\r\nb = 2\r\nc = x y\r\n', 3, 7);
  });

  it('returns a deeply frozen value', () => {
    const v = value('a { b = [ { c = 1 } ] }') as { a: { b: { c: number }[] } };
    assert.ok(Object.isFrozen(v) && Object.isFrozen(v.a) && Object.isFrozen(v.a.b[0]));
  });

  it('locates keys and list elements, and a missing key at its nearest ancestor', () => {
    const doc = parseHocon('a {\n  b = [\n    { c = 1 }\n    { c = 2 }\n  ]\n}\n', F);
    assert.deepEqual(doc.locate(['a', 'b']), { line: 2, column: 3 });
    assert.equal(doc.lineOf(['a', 'b', 1]), 4);
    assert.equal(doc.lineOf(['a', 'b', 1, 'c']), 4);
    assert.equal(doc.lineOf(['a', 'b', 1, 'missing']), 4);
    assert.equal(doc.locate(['a', 'missing']), undefined);
    assert.equal(doc.lineOf(['nothing']), undefined);
  });
});

describe('config: HOCON reader, what it rejects (file:line:column, and what to write)', () => {
  it('an unclosed brace names the line of the brace', () => {
    failsAt('a {\n  b = 1\n', 3, undefined, "the '{' at line 1 is never closed");
  });

  it('an unmatched closing brace or bracket is reported where it is', () => {
    failsAt('a = 1\n}\n', 2, 1, "unexpected '}'");
    failsAt('a = [1]\n]\n', 2, 1, "unexpected ']'");
    failsAt('a = [1\n}', 2, 1, "inside the list opened at line 1; close it with ']'");
  });

  it('an unclosed string names where it opened instead of swallowing the file', () => {
    failsAt('a = "abc\nb = 2\n', 1, 5, 'not closed on its line');
  });

  it('two values on a line (hocon-parser would make a key of the second) say to quote the string', () => {
    failsAt('name = hello world\n', 1, 14, 'after the value of "name"', 'double quotes');
    failsAt('a = "x" b = 2\n', 1, 9, "expected a new line or ','", "separate settings with ','");
    failsAt('a = [ "x" "y" ]\n', 1, 11, 'expected \',\' or a new line between the elements of "a"');
  });

  it('a lone / outside quotes (which hocon-parser drops) says to quote the value', () => {
    failsAt('prefix = /toaster:toaster\n', 1, 10, 'expected a value for "prefix", found \'/\'');
    failsAt('a = x/y\n', 1, 6, "found '/'");
  });

  it('a key without a value, a value on the next line, or two separators are rejected', () => {
    failsAt('a =\nb = 2\n', 1, 4, 'missing value for "a"');
    failsAt('a = = 1\n', 1, 5, 'two separators');
    failsAt('a b = 1\n', 1, 3, 'keys cannot contain spaces');
    failsAt('c [1, 2]\n', 1, 3, 'write \'=\' between the key "c" and its list');
  });

  it('a scalar set twice is an error naming both lines, not a silent override', () => {
    failsAt('a = 1\nb = 2\na = 3\n', 3, 1, '"a" is set twice (first at line 1)');
    failsAt('a { b = 1 }\na { b = 2 }\n', 2, 5, '"a.b" is set twice (first at line 1)');
    failsAt('a = 1\na { b = 2 }\n', 2, 1, '"a" is set twice');
    failsAt('a = 1\na.b = 2\n', 2, 1, 'already set to a value at line 1');
  });

  it('substitutions are rejected before hocon-parser could evaluate them with eval', () => {
    failsAt('a = 1\nb = ${a}\n', 2, 5, 'substitutions');
    failsAt('b = "${constructor.constructor(\\"return 1\\")()}"\n', 1, 6, 'substitutions');
  });

  it('keys naming Object.prototype properties are rejected and the prototype stays clean', () => {
    failsAt('a.__proto__.polluted = 1\n', 1, 1, 'the key "__proto__" is reserved');
    failsAt('a.toString.x = 1\n', 1, 1, 'the key "toString" is reserved');
    failsAt('"constructor" = 1\n', 1, 1, 'reserved');
    assert.equal((Object.prototype as Record<string, unknown>)['polluted'], undefined);
    assert.equal((Object.prototype.toString as unknown as Record<string, unknown>)['x'], undefined);
  });

  it('include, +=, single quotes, triple quotes and backslash escapes other than \\" are rejected', () => {
    failsAt('include "other.conf"\n', 1, 1, 'include is not supported');
    failsAt('a += 1\n', 1, 3, "expected '=', ':' or '{'");
    failsAt("a = 'x'\n", 1, 5, 'double quotes');
    failsAt('a = """x"""\n', 1, 5, 'triple-quoted');
    failsAt('a = "C:\\\\data"\n', 1, 8, 'the only escape');
    failsAt('a = "it\'s"\n', 1, 8, 'single quote');
  });

  it('an unquoted list element followed by spaces (hocon-parser keeps them) is rejected, except before ]', () => {
    failsAt('a = [1 , 2]\n', 1, 8, 'followed by spaces');
    failsAt('a = [\n  x \n  y\n]\n', 2, 5, 'followed by spaces');
    assert.deepEqual(value('a = [1, 2 ]\n'), { a: [1, 2] });
  });

  it('empty or doubled commas are rejected', () => {
    failsAt('a = [1,,2]\n', 1, 8, "unexpected ','");
    failsAt('a = 1,,b = 2\n', 1, 7, "unexpected ','");
  });

  it('a file that is a list, text after the closing root brace, or a quoted key with a dot are rejected', () => {
    failsAt('[1, 2]\n', 1, 1, 'not a list');
    failsAt('{ a = 1 }\nb = 2\n', 2, 1, "after the '}' that closes the file");
    failsAt('"a.b" = 1\n', 1, 1, "without '.'");
  });

  it('characters outside the subset are named by code point', () => {
    failsAt('a = 1\n\u00a0b = 2\n', 2, 1, 'U+00A0');
    failsAt('a = x@y\n', 1, 6, "'@'");
  });

  it('nesting deeper than 32 levels is rejected', () => {
    failsAt(`a = ${'['.repeat(40)}${']'.repeat(40)}\n`, 1, undefined, 'nested more than 32');
  });
});

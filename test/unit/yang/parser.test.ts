/**
 * Goal: the lexer and parser read every string form RFC 7950 §6 defines exactly as the RFC says, keep
 * extension statements, and reject malformed text with a YangSyntaxError that points at the offending
 * file, line and column and says what was expected. Method: parse small inline modules and compare the
 * statement tree and argument strings; parse broken ones and compare the error's location and message.
 */
import { strict as assert } from 'node:assert';
import { YangSyntaxError } from '../../../src/yang/errors.js';
import { parseYang } from '../../../src/yang/parser.js';
import type { Statement } from '../../../src/yang/parser.js';

const HEADER = 'module m {\n  namespace "urn:m";\n  prefix m;\n';

/** Parses a module whose body is `body` and returns the argument of its first `description`. */
function describeArg(body: string, version = '1.1'): string | undefined {
  const root = parseYang(
    'm.yang',
    `module m {\n  yang-version ${version};\n  namespace "urn:m";\n  prefix m;\n${body}\n}\n`,
  );
  return root.substatements.find((s) => s.keyword === 'description')?.argument;
}

function syntaxError(text: string, file = 'bad.yang'): YangSyntaxError {
  try {
    parseYang(file, text);
  } catch (e) {
    assert.ok(e instanceof YangSyntaxError, `expected YangSyntaxError, got ${String(e)}`);
    assert.equal(e.code, 'yang-syntax');
    return e;
  }
  assert.fail('expected a YangSyntaxError');
}

describe('yang parser: statements', () => {
  it('builds the statement tree with keywords, arguments and 1-based positions', () => {
    const root = parseYang(
      'm.yang',
      `${HEADER}  container c {\n    leaf x { type string; }\n  }\n}\n`,
    );
    assert.equal(root.keyword, 'module');
    assert.equal(root.argument, 'm');
    assert.deepEqual(root.source, { file: 'm.yang', line: 1, column: 1 });
    const c = root.substatements[2]!;
    assert.equal(c.keyword, 'container');
    assert.deepEqual(c.source, { file: 'm.yang', line: 4, column: 3 });
    const leaf = c.substatements[0]!;
    assert.equal(leaf.keyword, 'leaf');
    assert.equal(leaf.argument, 'x');
    assert.deepEqual(leaf.source, { file: 'm.yang', line: 5, column: 5 });
    assert.equal(leaf.substatements[0]!.argument, 'string');
  });

  it('statements without an argument (input, output) have argument undefined', () => {
    const root = parseYang(
      'm.yang',
      `${HEADER}  rpc r { input { leaf a { type string; } } output; }\n}`,
    );
    const rpc = root.substatements[2]!;
    assert.equal(rpc.substatements[0]!.keyword, 'input');
    assert.equal(rpc.substatements[0]!.argument, undefined);
    assert.equal(rpc.substatements[1]!.argument, undefined);
  });

  it('keeps extension statements, with arguments and bodies, anywhere', () => {
    const root = parseYang(
      'm.yang',
      `${HEADER}  ext:annotate "x" { ext:deep; anything goes; }\n  leaf l { type string; ext:flag; }\n}`,
    );
    const ext = root.substatements[2]!;
    assert.equal(ext.keyword, 'ext:annotate');
    assert.equal(ext.argument, 'x');
    assert.deepEqual(
      ext.substatements.map((s) => [s.keyword, s.argument]),
      [
        ['ext:deep', undefined],
        ['anything', 'goes'],
      ],
    );
    assert.equal(root.substatements[3]!.substatements[1]!.keyword, 'ext:flag');
  });

  it('skips // line comments and /* block */ comments, also between tokens', () => {
    const root = parseYang(
      'm.yang',
      `// leading comment\nmodule /* inline */ m { // trailing\n  namespace "urn:m"; /* multi\n line */ prefix m;\n}\n`,
    );
    assert.deepEqual(
      root.substatements.map((s) => s.keyword),
      ['namespace', 'prefix'],
    );
  });

  it('accepts a byte order mark and CR LF line ends', () => {
    const root = parseYang(
      'm.yang',
      '\uFEFFmodule m {\r\n  namespace "urn:m";\r\n  prefix m;\r\n}\r\n',
    );
    assert.equal(root.substatements[1]!.source.line, 3);
  });
});

describe('yang parser: strings', () => {
  it('an unquoted string ends at whitespace, ; { } or a comment', () => {
    const root = parseYang(
      'm.yang',
      `${HEADER}  description a-b.c/d*e+f;\n  reference x//comment\n;\n}`,
    );
    assert.equal(root.substatements[2]!.argument, 'a-b.c/d*e+f');
    assert.equal(root.substatements[3]!.argument, 'x');
  });

  it('a single-quoted string is verbatim: no escapes, no trimming', () => {
    assert.equal(describeArg(`  description 'a\\n\\tb "q"\n      c';`), 'a\\n\\tb "q"\n      c');
  });

  it('a double-quoted string processes \\n \\t \\" \\\\', () => {
    assert.equal(describeArg('  description "a\\nb\\tc\\"d\\\\e";'), 'a\nb\tc"d\\e');
  });

  it('a multi-line double-quoted string drops indentation up to the opening quote column', () => {
    const pad = (n: number): string => ' '.repeat(n);
    const text = `  description "first\n${pad(15)}line two\n${pad(17)}indented more\n${pad(3)}short";`;
    // The quote is at 0-based column 14: up to 15 leading spaces go, the 16th and 17th stay.
    assert.equal(describeArg(text), 'first\nline two\n  indented more\nshort');
  });

  it('a multi-line double-quoted string drops whitespace before each line break', () => {
    assert.equal(
      describeArg('  description "one   \n               two\t \n               three";'),
      'one\ntwo\nthree',
    );
  });

  it('a tab in the indentation counts as 8 spaces; what passes the quote column stays', () => {
    // Quote at 0-based column 14. Line 2: a tab (8) and 7 spaces cover columns 0..14: all go.
    assert.equal(describeArg('  description "a\n\t       b";'), 'a\nb');
    // Line 2: two tabs reach column 16, one past the quote column: one space is kept.
    assert.equal(describeArg('  description "a\n\t\tb";'), 'a\n b');
  });

  it('escapes do not count as line breaks for trimming', () => {
    assert.equal(describeArg('  description "a  \\n   b";'), 'a  \n   b');
  });

  it('+ joins quoted strings of either kind, across lines and comments', () => {
    assert.equal(describeArg(`  description "ab" + 'c\\d' /* x */ +\n    "e";`), 'abc\\de');
  });

  it('YANG 1.0 keeps an unknown backslash escape as written', () => {
    assert.equal(describeArg('  description "a\\d+";', '1'), 'a\\d+');
  });

  it('YANG 1.1 rejects an unknown backslash escape at its position', () => {
    const e = syntaxError(
      `module m {\n  yang-version 1.1;\n  namespace "urn:m";\n  prefix m;\n  description "x\\d";\n}`,
    );
    assert.deepEqual(e.location, { file: 'bad.yang', line: 5, column: 17 });
    assert.match(e.message, /invalid escape in a double-quoted string/);
  });
});

describe('yang parser: syntax errors name file:line:column and what was expected', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    [
      `${HEADER}  leaf x { type string }\n}`,
      'bad.yang:4:24',
      `expected ';' or '{' after argument of "type", found '}'`,
    ],
    [
      `${HEADER}  leaf x\n}`,
      'bad.yang:5:1',
      `expected ';' or '{' after argument of "leaf", found '}'`,
    ],
    [
      `${HEADER}  leaf x { type string;`,
      'bad.yang:4:24',
      'expected \'}\' to close "leaf" opened at line 4, found end of file',
    ],
    [
      `${HEADER}  "leaf" x;\n}`,
      'bad.yang:4:3',
      'expected a statement keyword, found the quoted string "leaf"',
    ],
    [`${HEADER}  description "abc;\n}`, 'bad.yang:4:15', 'unterminated double-quoted string'],
    [`${HEADER}  description 'abc;\n}`, 'bad.yang:4:15', 'unterminated single-quoted string'],
    [`${HEADER}  /* never closed\n}`, 'bad.yang:4:3', "unterminated block comment: expected '*/'"],
    [
      `${HEADER}  description "a" + b;\n}`,
      'bad.yang:4:21',
      `expected a quoted string after '+' in the argument of "description", found "b"`,
    ],
    [`${HEADER}}\n}`, 'bad.yang:5:1', `expected end of file after the closing '}' of module "m"`],
    ['', 'bad.yang:1:1', 'expected a "module" or "submodule" statement, found end of file'],
    [
      'container c;',
      'bad.yang:1:1',
      'expected a "module" or "submodule" statement, found "container"',
    ],
    [`${HEADER}  description a*/b;\n}`, 'bad.yang:4:16', "unexpected '*/' outside a comment"],
  ];
  for (const [text, where, what] of cases) {
    it(`${where}: ${what}`, () => {
      const e = syntaxError(text);
      assert.equal(`${e.location.file}:${e.location.line}:${e.location.column}`, where);
      assert.ok(e.message.startsWith(`${where}: `), e.message);
      assert.ok(e.detail.includes(what), `"${e.detail}" should include "${what}"`);
    });
  }
});

describe('yang grammar: statements checked against RFC 7950 §14', () => {
  const cases: readonly (readonly [string, string, string])[] = [
    [`${HEADER}  leaf x { typo string; }\n}`, 'bad.yang:4:12', 'unknown statement "typo"'],
    [
      `${HEADER}  leaf x { type string; leaf y; }\n}`,
      'bad.yang:4:25',
      '"leaf" is not allowed in "leaf"',
    ],
    [
      `${HEADER}  leaf x { description a; }\n}`,
      'bad.yang:4:3',
      '"leaf x" needs a "type" statement',
    ],
    [
      `${HEADER}  leaf x { type string; type int8; }\n}`,
      'bad.yang:4:25',
      '"type" may appear at most once in "leaf"',
    ],
    [
      `${HEADER}  leaf x { type string; config maybe; }\n}`,
      'bad.yang:4:25',
      'invalid argument "maybe" of "config": expected "true" or "false"',
    ],
    [
      `${HEADER}  leaf 9x { type string; }\n}`,
      'bad.yang:4:3',
      'invalid argument "9x" of "leaf": expected an identifier',
    ],
    [
      `${HEADER}  container c;\n  leaf-list l { type string; max-elements 0; }\n}`,
      'bad.yang:5:30',
      'expected a positive integer or "unbounded"',
    ],
    [`${HEADER}  revision 2023-02-30;\n}`, 'bad.yang:4:3', 'expected a date YYYY-MM-DD'],
    [
      `${HEADER}  leaf x { type decimal64 { fraction-digits 19; } }\n}`,
      'bad.yang:4:29',
      'expected an integer from 1 to 18',
    ],
    [`${HEADER}  rpc r { input "x"; }\n}`, 'bad.yang:4:11', '"input" takes no argument'],
    [
      `${HEADER}  container c { description; }\n}`,
      'bad.yang:4:17',
      '"description" needs an argument',
    ],
    ['module m { prefix m; }', 'bad.yang:1:1', '"module m" needs a "namespace" statement'],
    [`${HEADER}  yang-version 2;\n}`, 'bad.yang:4:3', 'expected "1" or "1.1"'],
  ];
  for (const [text, where, what] of cases) {
    it(`${where}: ${what}`, () => {
      const e = syntaxError(text);
      assert.equal(`${e.location.file}:${e.location.line}:${e.location.column}`, where);
      assert.ok(e.detail.includes(what), `"${e.detail}" should include "${what}"`);
    });
  }

  it('reports every grammar problem of a file, sorted by position, one per line', () => {
    const e = syntaxError(
      `${HEADER}  leaf a { typo string; }\n  leaf b { type string; config maybe; }\n` +
        `  container c { leaf d { type int8; type int16; } }\n  leaf 9e { type string; }\n}`,
    );
    assert.deepEqual(
      e.diagnostics.map((d) => `${d.location.line}:${d.location.column}`),
      ['4:12', '5:25', '6:37', '7:3'],
    );
    const lines = e.message.split('\n');
    assert.equal(lines.length, 4);
    assert.equal(lines[0], 'bad.yang:4:12: ' + e.diagnostics[0]!.message);
    assert.match(lines[1]!, /^bad\.yang:5:25: invalid argument "maybe" of "config"/);
    assert.match(lines[2]!, /^bad\.yang:6:37: "type" may appear at most once in "leaf"$/);
    assert.match(lines[3]!, /^bad\.yang:7:3: invalid argument "9e" of "leaf"/);
  });

  it('reports every invalid escape of a YANG 1.1 module with the grammar problems', () => {
    const e = syntaxError(
      `module m {\n  yang-version 1.1;\n  namespace "urn:m";\n  prefix m;\n` +
        `  description "x\\d";\n  reference "\\w";\n  leaf x { typo y; }\n}`,
    );
    assert.deepEqual(
      e.diagnostics.map((d) => `${d.location.line}:${d.location.column}`),
      ['5:17', '6:14', '7:12'],
    );
  });

  it('does not check the content of extension statements', () => {
    const root: Statement = parseYang('m.yang', `${HEADER}  x:any { leaf leaf; typo; }\n}`);
    assert.equal(root.substatements[2]!.substatements.length, 2);
  });
});

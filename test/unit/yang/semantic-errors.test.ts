/**
 * Goal: modules that parse but do not make a schema are rejected with a YangSemanticError whose
 * message names file:line:column of the offending statement and says what was expected, and several
 * problems are reported together. Method: compile small inline modules, each with one mistake on a
 * known line (the body starts at line 5), and compare the first diagnostic's location and message.
 */
import { strict as assert } from 'node:assert';
import { compileSchema } from '../../../src/yang/compile.js';
import { YangSemanticError, YangSyntaxError, formatDiagnostic } from '../../../src/yang/errors.js';
import type { YangSource } from '../../../src/yang/compile.js';

/** A YANG 1.1 module `m` (prefix m) whose body starts at line 5. */
function mod(body: string, name = 'm', header = ''): string {
  return `module ${name} {\n  yang-version 1.1;\n  namespace "urn:${name}";\n  prefix ${name};\n${header}${body}\n}\n`;
}

function diagnostics(sources: readonly YangSource[]): string[] {
  try {
    compileSchema(sources);
  } catch (e) {
    assert.ok(e instanceof YangSemanticError, `expected YangSemanticError, got ${String(e)}`);
    assert.equal(e.code, 'yang-semantic');
    return e.diagnostics.map(formatDiagnostic);
  }
  return assert.fail('expected a YangSemanticError');
}

/** A module `other` with a container `c`, importable by the test module. */
const OTHER = { file: 'other.yang', text: mod('  container c;', 'other') };

function firstError(body: string): string {
  return diagnostics([{ file: 'm.yang', text: mod(body) }, OTHER])[0]!;
}

const cases: readonly (readonly [string, string, string])[] = [
  [
    'unknown prefix',
    '  leaf x { type x:foo; }',
    'm.yang:5:12: unknown prefix "x": this file declares "m"',
  ],
  ['unknown typedef', '  leaf x { type foo; }', 'm.yang:5:12: typedef "foo" not found in scope'],
  ['unknown grouping', '  container c { uses g; }', 'm.yang:5:17: grouping "g" not found in scope'],
  [
    'unknown base identity',
    '  identity a { base b; }',
    'm.yang:5:16: base identity "b" of "m:a" not found',
  ],
  [
    'unknown identityref base',
    '  leaf x { type identityref { base nope; } }',
    'm.yang:5:31: identity "nope" not found',
  ],
  [
    'augment target not found',
    '  container c;\n  augment "/m:c/m:d" { leaf x { type string; } }',
    'm.yang:6:3: augment target "/m:c/m:d" not found: no node "m:d" in /m:c',
  ],
  [
    'duplicate sibling',
    '  container c {\n    leaf x { type string; }\n    leaf x { type int8; }\n  }',
    'm.yang:7:5: duplicate name "x" in /m:c: also defined at m.yang:6:5',
  ],
  [
    'duplicate name across a choice',
    '  container c {\n    leaf x { type string; }\n    choice ch { leaf x { type int8; } }\n  }',
    'm.yang:7:17: duplicate name "x" in /m:c',
  ],
  [
    'key leaf missing',
    '  list l {\n    key "id";\n    leaf name { type string; }\n  }',
    'm.yang:6:5: key leaf "id" not found in list /m:l (its leaves: name)',
  ],
  [
    'key leaf inside a choice',
    '  list l {\n    key "id";\n    choice c { leaf id { type string; } }\n  }',
    'm.yang:6:5: key leaf "id" of /m:l is inside a choice',
  ],
  [
    'config true list without key',
    '  list l {\n    leaf name { type string; }\n  }',
    'm.yang:5:3: list /m:l is config true and needs a "key" statement',
  ],
  [
    'default outside the range',
    '  leaf x {\n    type uint8 { range "1..10"; }\n    default 11;\n  }',
    'm.yang:7:5: invalid default "11" for /m:x: 11 is outside the range of uint8 (1..10)',
  ],
  [
    'default not matching a pattern',
    '  leaf x {\n    type string { pattern \'[a-z]+\'; }\n    default "A1";\n  }',
    'm.yang:7:5: invalid default "A1" for /m:x: "A1" does not match the pattern "[a-z]+"',
  ],
  [
    'derived range wider than its base',
    '  typedef t { type uint8 { range "1..10"; } }\n  leaf x { type t { range "5..20"; } }',
    'm.yang:6:21: invalid range "5..20": "5..20" is not within the 1..10 allowed by the base type',
  ],
  [
    'range beyond the built-in',
    '  leaf x { type int8 { range "0..200"; } }',
    'm.yang:5:24: invalid range "0..200": "0..200" is not within the -128..127',
  ],
  [
    'overlapping range parts',
    '  leaf x { type int32 { range "1..10 | 5..20"; } }',
    'm.yang:5:25: invalid range "1..10 | 5..20": "5..20" must come after and not overlap',
  ],
  [
    'invalid pattern',
    "  leaf x { type string { pattern '[a-'; } }",
    'm.yang:5:26: invalid pattern "[a-": unterminated character class',
  ],
  [
    'mandatory leaf with a default',
    '  leaf x {\n    type string;\n    mandatory true;\n    default "a";\n  }',
    'm.yang:8:5: mandatory leaf /m:x cannot have a default',
  ],
  [
    'config true under config false',
    '  container c {\n    config false;\n    leaf x { type string; config true; }\n  }',
    'm.yang:7:5: /m:c/x is config true under a config false parent',
  ],
  [
    'leafref to nothing',
    '  leaf x { type leafref { path "../y"; } }',
    'm.yang:5:27: leafref path "../y" from /m:x: no data node "y" in module "m"',
  ],
  [
    'leafref to a container',
    '  container c;\n  leaf x { type leafref { path "/c"; } }',
    'm.yang:6:27: leafref path "/c" from /m:x points to a container',
  ],
  [
    'leafref loop',
    '  leaf a { type leafref { path "../b"; } }\n  leaf b { type leafref { path "../a"; } }',
    'loops back to itself',
  ],
  [
    'config true leafref to config false data',
    '  container s { config false; leaf v { type string; } }\n  leaf x { type leafref { path "/s/v"; } }',
    'm.yang:6:27: leafref /m:x is config true but its target /m:s/v is config false',
  ],
  [
    'grouping using itself',
    '  grouping g { container c { uses g; } }\n  container top { uses g; }',
    'm.yang:5:30: grouping "g" uses itself',
  ],
  [
    'circular typedefs',
    '  typedef a { type b; }\n  typedef b { type a; }\n  leaf x { type a; }',
    'is defined in terms of itself',
  ],
  [
    'refine target not found',
    '  grouping g { leaf a { type string; } }\n  container c { uses g { refine b { default "x"; } } }',
    'm.yang:6:26: refine target "b" not found: no "b" in the grouping (it has a)',
  ],
  [
    'refine with a property the target cannot have',
    '  grouping g { leaf a { type string; } }\n  container c { uses g { refine a { presence "p"; } } }',
    'm.yang:6:26: refine "a": "presence" applies to a container, and /m:c/a is a leaf',
  ],
  [
    'choice default case missing',
    '  choice c { default z; leaf a { type string; } }',
    'm.yang:5:14: default case "z" is not a case of /m:c (cases: a)',
  ],
  [
    'choice both mandatory and defaulted',
    '  choice c { default a; mandatory true; leaf a { type string; } }',
    'm.yang:5:14: choice /m:c cannot be both mandatory and have a default',
  ],
  [
    'identityref default not derived from the base',
    '  identity a;\n  identity b;\n  leaf x { type identityref { base a; } default b; }',
    'm.yang:7:41: invalid default "b" for /m:x: identity m:b is not derived from m:a',
  ],
  [
    'duplicate enum',
    '  leaf x { type enumeration { enum a; enum a; } }',
    'm.yang:5:39: enum "a" appears twice',
  ],
  [
    'enum value reused',
    '  leaf x { type enumeration { enum a { value 1; } enum b { value 1; } } }',
    'm.yang:5:51: enum "b" reuses value 1',
  ],
  [
    'bit position reused',
    '  leaf x { type bits { bit a { position 3; } bit b { position 3; } } }',
    'm.yang:5:46: bit "b" reuses position 3',
  ],
  [
    'decimal64 without fraction-digits',
    '  leaf x { type decimal64; }',
    'm.yang:5:12: type decimal64 needs a "fraction-digits"',
  ],
  [
    'a restriction the type does not take',
    '  leaf x { type string { range "1..2"; } }',
    'm.yang:5:26: "range" does not apply to type "string" (string); it accepts length, pattern',
  ],
  [
    'a default for an empty leaf',
    '  leaf x { type empty; default ""; }',
    'm.yang:5:24: invalid default "" for /m:x: a leaf of type empty has no value to default to',
  ],
  [
    'identity cycle',
    '  identity a { base b; }\n  identity b { base a; }',
    'm.yang:5:3: identity "m:a" derives from itself',
  ],
  [
    'deviation target not found',
    '  deviation "/m:nope" { deviate not-supported; }',
    'm.yang:5:3: deviation target "/m:nope" not found: no node "m:nope" in module "m"',
  ],
  [
    'unknown feature in if-feature',
    '  leaf x { if-feature nope; type string; }',
    'm.yang:5:12: feature "nope" is not defined in module "m"',
  ],
  [
    'malformed if-feature expression',
    '  feature f;\n  leaf x { if-feature "f and"; type string; }',
    'm.yang:6:12: invalid if-feature expression "f and"',
  ],
  [
    'min-elements above max-elements',
    '  leaf-list x { type string; min-elements 3; max-elements 2; }',
    'm.yang:5:3: /m:x has min-elements 3 above max-elements 2',
  ],
  [
    'a nested typedef hiding an outer one',
    '  typedef t { type string; }\n  container c { typedef t { type int8; } }',
    'm.yang:6:17: typedef "t" hides the one defined at m.yang:5:3',
  ],
  [
    'a typedef named like a built-in',
    '  typedef string { type int8; }',
    'm.yang:5:3: typedef "string" takes the name of a built-in type',
  ],
  [
    'unique naming no leaf',
    '  list l { key k; unique "nope"; leaf k { type string; } }',
    'm.yang:5:19: unique "nope" of /m:l: no node "nope"',
  ],
  [
    'augmenting a leaf',
    '  leaf x { type string; }\n  augment "/m:x" { leaf y { type string; } }',
    'm.yang:6:3: augment target /m:x is a leaf, which cannot be augmented',
  ],
  [
    'an augment of another module adding a mandatory node without when',
    '  import other { prefix o; }\n  augment "/o:c" { container x { leaf y { type string; mandatory true; } } }',
    'm.yang:6:34: augment of /other:c (module "other") adds the mandatory node /other:c/m:x/y',
  ],
  [
    'a key leaf whose config differs from its list',
    '  list l { key k; leaf k { type string; config false; } }',
    'm.yang:5:19: key leaf /m:l/k must have the same config as its list',
  ],
  [
    'an action in a keyless list',
    '  container s { config false; list l { action a; } }',
    'm.yang:5:40: action /m:s/l/a cannot be defined in a list without a key',
  ],
  [
    'a mistake in a grouping nobody uses',
    '  grouping g { leaf x { type nope; } }',
    'm.yang:5:25: typedef "nope" not found in scope',
  ],
  [
    'a refine in a grouping nobody uses',
    '  grouping h { leaf a { type string; } }\n  grouping g { uses h { refine b; } }',
    'm.yang:6:25: refine target "b" not found',
  ],
  [
    'an invalid typedef default, even when unused',
    '  typedef t { type uint8; default 300; }',
    'm.yang:5:27: invalid default "300" of typedef "t": 300 is outside the range of m:t (0..255)',
  ],
];

describe('yang semantic errors: file:line:column and what was expected', () => {
  for (const [what, body, expected] of cases) {
    it(what, () => {
      const first = firstError(body);
      assert.ok(
        expected.startsWith('m.yang:') ? first.startsWith(expected) : first.includes(expected),
        `got:      ${first}\nexpected: ${expected}`,
      );
    });
  }
});

describe('yang semantic errors: across files', () => {
  it('an import of a module that is not loaded', () => {
    const [first] = diagnostics([
      { file: 'a.yang', text: mod('', 'a', '  import b { prefix b; }\n') },
    ]);
    assert.equal(
      first,
      'a.yang:5:3: imported module "b" not found: add b.yang to the module folder',
    );
  });

  it('an import revision-date the loaded module does not have', () => {
    const [first] = diagnostics([
      {
        file: 'a.yang',
        text: mod('', 'a', '  import b { prefix b; revision-date 2020-01-01; }\n'),
      },
      { file: 'b.yang', text: mod('  revision 2021-01-01;', 'b') },
    ]);
    assert.match(first!, /^a\.yang:5:24: "b" has no revision 2020-01-01 \(it has 2021-01-01\)/);
  });

  it('a missing included submodule', () => {
    const [first] = diagnostics([{ file: 'a.yang', text: mod('', 'a', '  include a-sub;\n') }]);
    assert.equal(
      first,
      'a.yang:5:3: included submodule "a-sub" not found: add a-sub.yang to the module folder',
    );
  });

  it('a submodule its module does not include', () => {
    const [first] = diagnostics([
      { file: 'a.yang', text: mod('', 'a') },
      { file: 'a-sub.yang', text: 'submodule a-sub {\n  belongs-to a { prefix a; }\n}\n' },
    ]);
    assert.match(
      first!,
      /^a-sub\.yang:1:1: submodule "a-sub" belongs to "a", which does not include it/,
    );
  });

  it('the same module in two files', () => {
    const [first] = diagnostics([
      { file: 'a.yang', text: mod('', 'a') },
      { file: 'a@2.yang', text: mod('', 'a') },
    ]);
    assert.equal(
      first,
      'a@2.yang:1:1: module "a" is already defined in a.yang; keep one file (one revision) per name',
    );
  });

  it('a prefix declared twice in one file', () => {
    const [first] = diagnostics([
      { file: 'a.yang', text: mod('', 'a', '  import b { prefix a; }\n') },
      { file: 'b.yang', text: mod('', 'b') },
    ]);
    assert.match(first!, /^a\.yang:5:14: prefix "a" already stands for module "a"/);
  });

  it('a grouping from another module resolves its typedefs where it was written', () => {
    const sources = [
      {
        file: 'a.yang',
        text: mod('  container c { uses b:g; }', 'a', '  import b { prefix b; }\n'),
      },
      {
        file: 'b.yang',
        text: mod('  typedef t { type int8; }\n  grouping g { leaf x { type t; } }', 'b'),
      },
    ];
    const ctx = compileSchema(sources);
    const c = ctx.root.children.get('a:c');
    assert.ok(c?.kind === 'container');
    const x = c.children.get('a:x');
    assert.ok(x?.kind === 'leaf');
    assert.equal(x.type.name, 'b:t');
  });
});

describe('yang semantic errors: collected together', () => {
  it('syntax errors of several files are reported together, each with file:line:column', () => {
    const broken = (name: string, body: string): YangSource => ({
      file: `${name}.yang`,
      text: mod(body, name),
    });
    try {
      compileSchema([
        broken('b', '  leaf x { type string }'),
        broken('a', '  leaf x { typo string; }\n  leaf y { type string; config maybe; }'),
        OTHER,
      ]);
      assert.fail('expected an error');
    } catch (e) {
      assert.ok(e instanceof YangSyntaxError, `expected YangSyntaxError, got ${String(e)}`);
      assert.deepEqual(
        e.message.split('\n').map((l) => l.replace(/: .*/, '')),
        ['a.yang:5:12', 'a.yang:6:25', 'b.yang:5:24'],
      );
      assert.deepEqual(e.location, { file: 'a.yang', line: 5, column: 12 });
      assert.equal(e.diagnostics.length, 3);
    }
  });

  it('reports every problem, sorted by position, each on its own line of the message', () => {
    const text = mod(
      '  leaf b { type nope; }\n  leaf a { type uint8; default 999; }\n  list l { leaf x { type string; } }',
    );
    try {
      compileSchema([{ file: 'm.yang', text }]);
      assert.fail('expected an error');
    } catch (e) {
      assert.ok(e instanceof YangSemanticError);
      assert.deepEqual(
        e.diagnostics.map((d) => `${d.location.line}:${d.location.column}`),
        ['5:12', '6:24', '7:3'],
      );
      assert.equal(e.location.line, 5);
      const lines = e.message.split('\n');
      assert.equal(lines.length, 3);
      assert.equal(lines[0], 'm.yang:5:12: typedef "nope" not found in scope');
      assert.match(lines[1]!, /^m\.yang:6:24: /);
      assert.match(lines[2]!, /^m\.yang:7:3: /);
      assert.doesNotMatch(e.message, /more error/);
      assert.equal(e.detail, 'typedef "nope" not found in scope');
    }
  });

  it('a problem inside a grouping used twice is reported once', () => {
    const text = mod(
      '  grouping g { leaf x { type nope; } }\n  container a { uses g; }\n  container b { uses g; }',
    );
    const list = diagnostics([{ file: 'm.yang', text }]);
    assert.deepEqual(list, ['m.yang:5:25: typedef "nope" not found in scope']);
  });
});

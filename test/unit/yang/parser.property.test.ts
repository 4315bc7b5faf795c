/**
 * Goal: whatever string a statement argument holds, writing it in any of YANG's quoting styles and
 * parsing it back gives the same string, and statement nesting survives. Method (fast-check): generate
 * trees of extension statements (whose content the grammar leaves alone) with arbitrary arguments,
 * print each argument unquoted when it may be, single-quoted, double-quoted with escapes, or as a `+`
 * concatenation of mixed pieces, parse, and compare with the generated tree. A second property checks
 * the RFC 7950 §6.1.3 trimming of multi-line double-quoted strings against a direct model.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseYang } from '../../../src/yang/parser.js';
import type { Statement } from '../../../src/yang/parser.js';

interface Tree {
  readonly keyword: string;
  readonly argument: string | undefined;
  readonly children: readonly Tree[];
}

const keyword = fc.constantFrom('x:a', 'x:b-c', 'ext:d.e', 'x:_f');
const argument = fc.option(
  fc.string({
    unit: fc.constantFrom(
      'a',
      'Z',
      '0',
      ' ',
      '\t',
      '\n',
      "'",
      '"',
      '\\',
      ';',
      '{',
      '}',
      '/',
      '*',
      '+',
      'é',
      '\u{1F600}',
    ),
    maxLength: 12,
  }),
  { nil: undefined },
);
function treeOf(depth: number): fc.Arbitrary<Tree> {
  const children = depth === 0 ? fc.constant([]) : fc.array(treeOf(depth - 1), { maxLength: 3 });
  return fc.record({ keyword, argument, children });
}
const tree = treeOf(3);

type Style = 'unquoted' | 'single' | 'double' | 'concat';

function unquotable(s: string): boolean {
  return (
    s !== '' && !/[\s'";{}]/.test(s) && !s.includes('//') && !s.includes('/*') && !s.includes('*/')
  );
}

function doubleQuoted(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}

function quote(s: string, style: Style, seed: number): string {
  if (style === 'unquoted' && unquotable(s)) return s;
  if (style === 'single' && !s.includes("'")) return `'${s}'`;
  if (style === 'concat' && s.length > 1) {
    const cut = 1 + (seed % (s.length - 1));
    const pieces = [s.slice(0, cut), s.slice(cut)];
    return pieces
      .map((p, i) => (i % 2 === 0 || p.includes("'") ? doubleQuoted(p) : `'${p}'`))
      .join(' +\n   ');
  }
  return doubleQuoted(s);
}

function print(t: Tree, styles: readonly Style[], depth: number, counter: { n: number }): string {
  const i = counter.n++;
  const style = styles[i % styles.length]!;
  const pad = '  '.repeat(depth);
  const arg = t.argument === undefined ? '' : ` ${quote(t.argument, style, i)}`;
  if (t.children.length === 0) return `${pad}${t.keyword}${arg};\n`;
  const body = t.children.map((c) => print(c, styles, depth + 1, counter)).join('');
  return `${pad}${t.keyword}${arg} {\n${body}${pad}}\n`;
}

/** The same tree made of ordinary objects (fast-check builds records without a prototype). */
function plain(t: Tree): Tree {
  return { keyword: t.keyword, argument: t.argument, children: t.children.map(plain) };
}

function strip(s: Statement): Tree {
  return { keyword: s.keyword, argument: s.argument, children: s.substatements.map(strip) };
}

describe('yang parser properties', () => {
  it('any argument, in any quoting style, parses back to itself', () => {
    fc.assert(
      fc.property(
        fc.array(tree, { maxLength: 4 }),
        fc.array(fc.constantFrom<Style>('unquoted', 'single', 'double', 'concat'), {
          minLength: 1,
          maxLength: 5,
        }),
        (trees, styles) => {
          const counter = { n: 0 };
          const body = trees.map((t) => print(t, styles, 1, counter)).join('');
          const text = `module m {\n  yang-version 1.1;\n  namespace "urn:m";\n  prefix m;\n${body}}\n`;
          const parsed = parseYang('p.yang', text).substatements.slice(3).map(strip);
          assert.deepEqual(parsed, trees.map(plain));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a multi-line double-quoted string loses exactly the indentation up to its quote column', () => {
    const line = fc
      .stringMatching(/^[a-z"\\]([a-z .]*[a-z])?$/)
      .map((s) => s.replace(/[\\"]/g, 'q'));
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 4 }),
        (lines, extra, trailing) => {
          // `  description "` puts the quote at column 14 (0-based); continuation lines are indented
          // by 15 + extra spaces and end with `trailing` blanks, which must go.
          const continuation = lines
            .slice(1)
            .map((l) => `${' '.repeat(15 + extra)}${l}${' '.repeat(trailing)}`);
          const raw = [`${lines[0]!}${' '.repeat(trailing)}`, ...continuation].join('\n');
          const text = `module m {\n  namespace "urn:m";\n  prefix m;\n  description "${raw}";\n}\n`;
          const got = parseYang('p.yang', text).substatements[2]!.argument;
          const want = [lines[0]!, ...lines.slice(1).map((l) => `${' '.repeat(extra)}${l}`)].join(
            '\n',
          );
          // Only whitespace before a line break is dropped: the last line keeps its trailing blanks.
          const expected =
            lines.length === 1
              ? `${want}${' '.repeat(trailing)}`
              : `${want}${' '.repeat(trailing)}`;
          assert.equal(got, expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

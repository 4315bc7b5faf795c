/**
 * XSD regular expressions (what a YANG `pattern` holds, RFC 7950 §9.4.5, XML Schema Part 2 Appendix F)
 * converted to JavaScript `RegExp` with the `u` flag.
 *
 * The differences that matter, and how they are bridged:
 * - an XSD pattern matches the whole value: the result is anchored `^(?:…)$`;
 * - `^` and `$` are ordinary characters in XSD: they are escaped;
 * - `.` is "anything but \n and \r" in XSD (JavaScript also excludes U+2028/2029): `[^\n\r]`;
 * - `\s` is only space, tab, CR, LF; `\d` is any Unicode decimal digit (`\p{Nd}`); `\w` is everything
 *   but punctuation, separators and "other" (`[\p{L}\p{M}\p{N}\p{S}]`, as the categories partition);
 * - `\i` and `\c` (XML name start / name characters) expand to the XML 1.0 5th-edition ranges;
 * - `\p{IsBasicLatin}`-style block escapes expand to the block's range (Unicode 3.1 blocks, as XSD 1.0
 *   names them, plus a few later names);
 * - character class subtraction `[a-z-[aeiou]]` becomes a negative lookahead `(?:(?![aeiou])[a-z])`;
 * - groups are non-capturing; XSD has no back-references, lazy quantifiers, anchors or lookaround,
 *   and their JavaScript spellings are errors here.
 * A lone `]` or `}` is taken literally (XSD wants them escaped; PCRE-based tools accept them).
 *
 * Pure. Errors are returned, not thrown, with the code point offset where they were found.
 */
import { pushAll } from '../util/arrays.js';

export type XsdRegexResult =
  | { readonly ok: true; readonly regex: RegExp }
  | { readonly ok: false; readonly message: string; readonly offset: number };

/** Converts one XSD regular expression to an anchored JavaScript RegExp (`u` flag). */
export function xsdToRegExp(pattern: string): XsdRegexResult {
  const parser = new XsdParser(pattern);
  try {
    const body = parser.parseAll();
    return { ok: true, regex: new RegExp(`^(?:${body})$`, 'u') };
  } catch (e) {
    if (e instanceof XsdPatternProblem) return { ok: false, message: e.message, offset: e.offset };
    if (e instanceof SyntaxError) {
      return {
        ok: false,
        message: `cannot be expressed as a JavaScript RegExp: ${e.message}`,
        offset: 0,
      };
    }
    throw e;
  }
}

class XsdPatternProblem extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

/** A set of code points as sorted, merged inclusive ranges, or as Unicode property escapes. */
type CharSet =
  | { readonly kind: 'ranges'; readonly ranges: readonly (readonly [number, number])[] }
  | { readonly kind: 'props'; readonly props: readonly string[] };

const MAX_CP = 0x10ffff;

const SPACE: CharSet = ranges([
  [0x9, 0xa],
  [0xd, 0xd],
  [0x20, 0x20],
]);

/** XML 1.0 (5th edition) NameStartChar. */
const NAME_START: CharSet = ranges([
  [0x3a, 0x3a],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x2ff],
  [0x370, 0x37d],
  [0x37f, 0x1fff],
  [0x200c, 0x200d],
  [0x2070, 0x218f],
  [0x2c00, 0x2fef],
  [0x3001, 0xd7ff],
  [0xf900, 0xfdcf],
  [0xfdf0, 0xfffd],
  [0x10000, 0xeffff],
]);

/** XML 1.0 (5th edition) NameChar. */
const NAME_CHAR: CharSet = ranges([
  ...(NAME_START as { ranges: readonly (readonly [number, number])[] }).ranges,
  [0x2d, 0x2e],
  [0x30, 0x39],
  [0xb7, 0xb7],
  [0x300, 0x36f],
  [0x203f, 0x2040],
]);

const CATEGORIES = new Set([
  'L',
  'Lu',
  'Ll',
  'Lt',
  'Lm',
  'Lo',
  'M',
  'Mn',
  'Mc',
  'Me',
  'N',
  'Nd',
  'Nl',
  'No',
  'P',
  'Pc',
  'Pd',
  'Ps',
  'Pe',
  'Pi',
  'Pf',
  'Po',
  'Z',
  'Zs',
  'Zl',
  'Zp',
  'S',
  'Sm',
  'Sc',
  'Sk',
  'So',
  'C',
  'Cc',
  'Cf',
  'Co',
  'Cn',
]);

/** Unicode blocks by XSD name (`Is` + the block name without spaces), inclusive ranges. */
const BLOCKS: ReadonlyMap<string, readonly (readonly [number, number])[]> = new Map<
  string,
  readonly (readonly [number, number])[]
>([
  ['BasicLatin', [[0x0000, 0x007f]]],
  ['Latin-1Supplement', [[0x0080, 0x00ff]]],
  ['LatinExtended-A', [[0x0100, 0x017f]]],
  ['LatinExtended-B', [[0x0180, 0x024f]]],
  ['IPAExtensions', [[0x0250, 0x02af]]],
  ['SpacingModifierLetters', [[0x02b0, 0x02ff]]],
  ['CombiningDiacriticalMarks', [[0x0300, 0x036f]]],
  ['Greek', [[0x0370, 0x03ff]]],
  ['GreekandCoptic', [[0x0370, 0x03ff]]],
  ['Cyrillic', [[0x0400, 0x04ff]]],
  ['CyrillicSupplement', [[0x0500, 0x052f]]],
  ['Armenian', [[0x0530, 0x058f]]],
  ['Hebrew', [[0x0590, 0x05ff]]],
  ['Arabic', [[0x0600, 0x06ff]]],
  ['Syriac', [[0x0700, 0x074f]]],
  ['Thaana', [[0x0780, 0x07bf]]],
  ['Devanagari', [[0x0900, 0x097f]]],
  ['Bengali', [[0x0980, 0x09ff]]],
  ['Gurmukhi', [[0x0a00, 0x0a7f]]],
  ['Gujarati', [[0x0a80, 0x0aff]]],
  ['Oriya', [[0x0b00, 0x0b7f]]],
  ['Tamil', [[0x0b80, 0x0bff]]],
  ['Telugu', [[0x0c00, 0x0c7f]]],
  ['Kannada', [[0x0c80, 0x0cff]]],
  ['Malayalam', [[0x0d00, 0x0d7f]]],
  ['Sinhala', [[0x0d80, 0x0dff]]],
  ['Thai', [[0x0e00, 0x0e7f]]],
  ['Lao', [[0x0e80, 0x0eff]]],
  ['Tibetan', [[0x0f00, 0x0fff]]],
  ['Myanmar', [[0x1000, 0x109f]]],
  ['Georgian', [[0x10a0, 0x10ff]]],
  ['HangulJamo', [[0x1100, 0x11ff]]],
  ['Ethiopic', [[0x1200, 0x137f]]],
  ['Cherokee', [[0x13a0, 0x13ff]]],
  ['UnifiedCanadianAboriginalSyllabics', [[0x1400, 0x167f]]],
  ['Ogham', [[0x1680, 0x169f]]],
  ['Runic', [[0x16a0, 0x16ff]]],
  ['Khmer', [[0x1780, 0x17ff]]],
  ['Mongolian', [[0x1800, 0x18af]]],
  ['LatinExtendedAdditional', [[0x1e00, 0x1eff]]],
  ['GreekExtended', [[0x1f00, 0x1fff]]],
  ['GeneralPunctuation', [[0x2000, 0x206f]]],
  ['SuperscriptsandSubscripts', [[0x2070, 0x209f]]],
  ['CurrencySymbols', [[0x20a0, 0x20cf]]],
  ['CombiningMarksforSymbols', [[0x20d0, 0x20ff]]],
  ['CombiningDiacriticalMarksforSymbols', [[0x20d0, 0x20ff]]],
  ['LetterlikeSymbols', [[0x2100, 0x214f]]],
  ['NumberForms', [[0x2150, 0x218f]]],
  ['Arrows', [[0x2190, 0x21ff]]],
  ['MathematicalOperators', [[0x2200, 0x22ff]]],
  ['MiscellaneousTechnical', [[0x2300, 0x23ff]]],
  ['ControlPictures', [[0x2400, 0x243f]]],
  ['OpticalCharacterRecognition', [[0x2440, 0x245f]]],
  ['EnclosedAlphanumerics', [[0x2460, 0x24ff]]],
  ['BoxDrawing', [[0x2500, 0x257f]]],
  ['BlockElements', [[0x2580, 0x259f]]],
  ['GeometricShapes', [[0x25a0, 0x25ff]]],
  ['MiscellaneousSymbols', [[0x2600, 0x26ff]]],
  ['Dingbats', [[0x2700, 0x27bf]]],
  ['BraillePatterns', [[0x2800, 0x28ff]]],
  ['CJKRadicalsSupplement', [[0x2e80, 0x2eff]]],
  ['KangxiRadicals', [[0x2f00, 0x2fdf]]],
  ['IdeographicDescriptionCharacters', [[0x2ff0, 0x2fff]]],
  ['CJKSymbolsandPunctuation', [[0x3000, 0x303f]]],
  ['Hiragana', [[0x3040, 0x309f]]],
  ['Katakana', [[0x30a0, 0x30ff]]],
  ['Bopomofo', [[0x3100, 0x312f]]],
  ['HangulCompatibilityJamo', [[0x3130, 0x318f]]],
  ['Kanbun', [[0x3190, 0x319f]]],
  ['BopomofoExtended', [[0x31a0, 0x31bf]]],
  ['EnclosedCJKLettersandMonths', [[0x3200, 0x32ff]]],
  ['CJKCompatibility', [[0x3300, 0x33ff]]],
  ['CJKUnifiedIdeographsExtensionA', [[0x3400, 0x4db5]]],
  ['CJKUnifiedIdeographs', [[0x4e00, 0x9fff]]],
  ['YiSyllables', [[0xa000, 0xa48f]]],
  ['YiRadicals', [[0xa490, 0xa4cf]]],
  ['HangulSyllables', [[0xac00, 0xd7a3]]],
  [
    'PrivateUse',
    [
      [0xe000, 0xf8ff],
      [0xf0000, 0xffffd],
      [0x100000, 0x10fffd],
    ],
  ],
  ['PrivateUseArea', [[0xe000, 0xf8ff]]],
  ['CJKCompatibilityIdeographs', [[0xf900, 0xfaff]]],
  ['AlphabeticPresentationForms', [[0xfb00, 0xfb4f]]],
  ['ArabicPresentationForms-A', [[0xfb50, 0xfdff]]],
  ['CombiningHalfMarks', [[0xfe20, 0xfe2f]]],
  ['CJKCompatibilityForms', [[0xfe30, 0xfe4f]]],
  ['SmallFormVariants', [[0xfe50, 0xfe6f]]],
  ['ArabicPresentationForms-B', [[0xfe70, 0xfefe]]],
  [
    'Specials',
    [
      [0xfeff, 0xfeff],
      [0xfff0, 0xfffd],
    ],
  ],
  ['HalfwidthandFullwidthForms', [[0xff00, 0xffef]]],
  ['OldItalic', [[0x10300, 0x1032f]]],
  ['Gothic', [[0x10330, 0x1034f]]],
  ['Deseret', [[0x10400, 0x1044f]]],
  ['ByzantineMusicalSymbols', [[0x1d000, 0x1d0ff]]],
  ['MusicalSymbols', [[0x1d100, 0x1d1ff]]],
  ['MathematicalAlphanumericSymbols', [[0x1d400, 0x1d7ff]]],
  ['CJKUnifiedIdeographsExtensionB', [[0x20000, 0x2a6d6]]],
  ['CJKCompatibilityIdeographsSupplement', [[0x2f800, 0x2fa1f]]],
  ['Tags', [[0xe0000, 0xe007f]]],
]);

function ranges(list: readonly (readonly [number, number])[]): CharSet {
  const sorted = [...list].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  return { kind: 'ranges', ranges: merged };
}

function complement(set: CharSet): CharSet {
  if (set.kind === 'props') {
    // Only single-property sets are ever complemented; \w's complement is spelled out by the caller.
    return {
      kind: 'props',
      props: set.props.map((p) => (p.startsWith('\\p') ? '\\P' : '\\p') + p.slice(2)),
    };
  }
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of set.ranges) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CP) out.push([next, MAX_CP]);
  return { kind: 'ranges', ranges: out };
}

function hex(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

/** A code point as it may appear inside a JavaScript character class. */
function classChar(cp: number): string {
  const ch = String.fromCodePoint(cp);
  return /^[A-Za-z0-9]$/.test(ch) ? ch : hex(cp);
}

/** A code point as a JavaScript regex atom outside a class. */
function literal(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (/^[A-Za-z0-9 _,:;'"<>=!@#%&~`-]$/.test(ch)) return ch;
  return hex(cp);
}

/** The body of a JavaScript class (`[` … `]` excluded) for a set. */
function classBody(set: CharSet): string {
  if (set.kind === 'props') return set.props.join('');
  return set.ranges
    .map(([lo, hi]) => (lo === hi ? classChar(lo) : `${classChar(lo)}-${classChar(hi)}`))
    .join('');
}

const SINGLE_ESCAPES = new Map<string, number>([
  ['n', 0x0a],
  ['r', 0x0d],
  ['t', 0x09],
]);
const META_ESCAPABLE = new Set(Array.from('\\|.-^?*+{}()[]'));

class XsdParser {
  private readonly cps: readonly string[];
  private i = 0;

  constructor(pattern: string) {
    this.cps = Array.from(pattern);
  }

  private fail(message: string, offset = this.i): never {
    throw new XsdPatternProblem(message, offset);
  }

  private peek(ahead = 0): string | undefined {
    return this.cps[this.i + ahead];
  }

  parseAll(): string {
    const out = this.parseRegExp();
    if (this.i < this.cps.length) this.fail("unmatched ')': escape it as \\) for a literal");
    return out;
  }

  private parseRegExp(): string {
    const branches = [this.parseBranch()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.parseBranch());
    }
    return branches.join('|');
  }

  private parseBranch(): string {
    let out = '';
    for (;;) {
      const c = this.peek();
      if (c === undefined || c === '|' || c === ')') return out;
      out += this.parseAtom() + this.parseQuantifier();
    }
  }

  private parseAtom(): string {
    const start = this.i;
    const c = this.cps[this.i++]!;
    switch (c) {
      case '(': {
        if (this.peek() === '?') this.fail("'(?' is not XSD syntax: XSD groups have no options");
        const inner = this.parseRegExp();
        if (this.peek() !== ')') this.fail("expected ')' to close the group", start);
        this.i++;
        return `(?:${inner})`;
      }
      case '[':
        return this.parseClassExpression(start);
      case '.':
        return '[^\\n\\r]';
      case '\\':
        return this.escapeAtom();
      case '*':
      case '+':
      case '?':
        return this.fail(`quantifier '${c}' has nothing to repeat`, start);
      case '{':
        return this.fail("unescaped '{' (write \\{ for a literal brace)", start);
      default:
        return literal(c.codePointAt(0)!);
    }
  }

  private escapeAtom(): string {
    const e = this.parseEscape();
    if (typeof e === 'number') return literal(e);
    return `[${classBody(e)}]`;
  }

  private parseQuantifier(): string {
    const c = this.peek();
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      const after = this.peek();
      if (after === '?' || after === '*' || after === '+') {
        this.fail(
          `quantifier '${after}' has nothing to repeat (XSD has no lazy or possessive quantifiers)`,
        );
      }
      return c;
    }
    if (c !== '{') return '';
    const start = this.i;
    this.i++;
    const min = this.digits();
    if (min === '') this.fail('expected a number after { in a quantifier', start);
    let out = `{${Number(min)}`;
    if (this.peek() === ',') {
      this.i++;
      const max = this.digits();
      if (max !== '' && Number(max) < Number(min)) {
        this.fail(`quantifier {${min},${max}} has its maximum below its minimum`, start);
      }
      out += `,${max === '' ? '' : Number(max)}`;
    }
    if (this.peek() !== '}') this.fail("expected '}' to close the quantifier", start);
    this.i++;
    return `${out}}`;
  }

  private digits(): string {
    let s = '';
    while (/^[0-9]$/.test(this.peek() ?? '')) s += this.cps[this.i++]!;
    return s;
  }

  /** After a backslash: a single code point, or a set for a multi-character or category escape. */
  private parseEscape(): number | CharSet {
    const start = this.i - 1;
    const e = this.cps[this.i++];
    if (e === undefined) return this.fail('pattern ends with a lone backslash', start);
    const single = SINGLE_ESCAPES.get(e);
    if (single !== undefined) return single;
    if (META_ESCAPABLE.has(e)) return e.codePointAt(0)!;
    switch (e) {
      case 's':
        return SPACE;
      case 'S':
        return complement(SPACE);
      case 'i':
        return NAME_START;
      case 'I':
        return complement(NAME_START);
      case 'c':
        return NAME_CHAR;
      case 'C':
        return complement(NAME_CHAR);
      case 'd':
        return { kind: 'props', props: ['\\p{Nd}'] };
      case 'D':
        return { kind: 'props', props: ['\\P{Nd}'] };
      case 'w':
        return { kind: 'props', props: ['\\p{L}', '\\p{M}', '\\p{N}', '\\p{S}'] };
      case 'W':
        return { kind: 'props', props: ['\\p{P}', '\\p{Z}', '\\p{C}'] };
      case 'p':
      case 'P': {
        const set = this.property(start);
        return e === 'p' ? set : complement(set);
      }
      default:
        return this.fail(
          `invalid escape '\\${e}': XSD allows \\n \\r \\t, escaped metacharacters, ` +
            '\\s \\S \\i \\I \\c \\C \\d \\D \\w \\W and \\p{…} \\P{…}',
          start,
        );
    }
  }

  private property(start: number): CharSet {
    if (this.peek() !== '{') this.fail("expected '{' after \\p or \\P", start);
    this.i++;
    let name = '';
    while (this.peek() !== undefined && this.peek() !== '}') name += this.cps[this.i++]!;
    if (this.peek() !== '}') this.fail("expected '}' to close \\p{…}", start);
    this.i++;
    if (CATEGORIES.has(name)) return { kind: 'props', props: [`\\p{${name}}`] };
    if (name.startsWith('Is')) {
      const block = BLOCKS.get(name.slice(2));
      if (block !== undefined) return ranges(block);
      return this.fail(
        `unknown Unicode block "${name}" (XSD names blocks like IsBasicLatin)`,
        start,
      );
    }
    return this.fail(
      `unknown Unicode category "${name}" (expected L, Lu, Nd, P, … or IsBlockName)`,
      start,
    );
  }

  /** After '[': a character class, possibly negated, possibly with a subtraction. */
  private parseClassExpression(start: number): string {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.i++;
    }
    const props: string[] = [];
    const codeRanges: [number, number][] = [];
    let subtraction: string | undefined;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail("unterminated character class: expected ']'", start);
      if (c === ']') {
        if (codeRanges.length === 0 && props.length === 0) this.fail('empty character class');
        this.i++;
        break;
      }
      if (c === '-' && this.peek(1) === '[') {
        if (codeRanges.length === 0 && props.length === 0)
          this.fail('empty character class before -[');
        const subStart = this.i + 1;
        this.i += 2;
        subtraction = this.parseClassExpression(subStart);
        if (this.peek() !== ']') this.fail("expected ']' right after a subtracted class", start);
        this.i++;
        break;
      }
      if (c === '[')
        this.fail("'[' inside a class must be escaped as \\[ (or start a subtraction: -[…])");
      const first = this.classAtom();
      if (typeof first !== 'number') {
        if (first.kind === 'props') pushAll(props, first.props);
        else
          pushAll(
            codeRanges,
            first.ranges.map(([lo, hi]): [number, number] => [lo, hi]),
          );
        continue;
      }
      if (
        this.peek() === '-' &&
        this.peek(1) !== ']' &&
        this.peek(1) !== '[' &&
        this.peek(1) !== undefined
      ) {
        const dash = this.i;
        this.i++;
        const last = this.classAtom();
        if (typeof last !== 'number')
          this.fail('a character range must end with a single character', dash);
        if (last < first) this.fail('character range is out of order', dash);
        codeRanges.push([first, last]);
      } else {
        codeRanges.push([first, first]);
      }
    }
    const body = classBody(ranges(codeRanges)) + props.join('');
    const cls = `[${negated ? '^' : ''}${body}]`;
    return subtraction === undefined ? cls : `(?:(?!${subtraction})${cls})`;
  }

  /** One character or escape inside a class. */
  private classAtom(): number | CharSet {
    const c = this.cps[this.i++]!;
    if (c === '\\') return this.parseEscape();
    return c.codePointAt(0)!;
  }
}

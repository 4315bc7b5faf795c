/**
 * The YANG lexer: source text to tokens (RFC 7950 §6.1). A token is a string (quoted or not) or one of
 * `;`, `{`, `}`. Comments (`//` to end of line, `/* … *\/`) and whitespace separate tokens and vanish.
 *
 * Strings, as RFC 7950 §6.1.3 defines them:
 * - single-quoted: verbatim, no escapes;
 * - double-quoted: `\n`, `\t`, `\"`, `\\` are escapes. A line break inside the string drops the
 *   whitespace before it, and the indentation after it up to and including the column of the opening
 *   quote (a tab counts as 8 spaces). Any other backslash sequence is kept as written (YANG 1.0) and
 *   its position recorded in `invalidEscapes`, so the parser can reject it in a YANG 1.1 module;
 * - unquoted: ends at whitespace, a quote, `;`, `{`, `}` or a comment start.
 * `+` concatenation of quoted strings is the parser's job: the lexer returns `+` as an unquoted string.
 *
 * Positions are 1-based lines and columns (in UTF-16 code units, as editors count). Pure: no I/O.
 */
import type { SourceLocation } from '../util/errors.js';
import { YangSyntaxError } from './errors.js';

export type Token =
  | {
      readonly kind: 'string';
      readonly text: string;
      /** True for a single- or double-quoted string; keywords and `+` must be unquoted. */
      readonly quoted: boolean;
      readonly loc: SourceLocation;
    }
  | { readonly kind: ';' | '{' | '}' | 'eof'; readonly loc: SourceLocation };

const TAB_WIDTH = 8;

/** The escapes of double-quoted strings (RFC 7950 §6.1.3). */
const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['n', '\n'],
  ['t', '\t'],
  ['"', '"'],
  ['\\', '\\'],
]);

/** Tokenizes one YANG file. `next()` returns tokens in order and then `eof` forever. */
export class Lexer {
  private readonly text: string;
  private readonly file: string;
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  /** Backslash sequences other than \n \t \" \\ found in double-quoted strings, in order. */
  readonly invalidEscapes: SourceLocation[] = [];

  constructor(file: string, text: string) {
    this.file = file;
    // A UTF-8 byte order mark is not part of the text; CR LF and lone CR are line breaks (RFC 7950 §6.1).
    const noBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
    this.text = noBom.replace(/\r\n?/g, '\n');
  }

  /** The position of the next unread character. */
  here(): SourceLocation {
    return { file: this.file, line: this.line, column: this.pos - this.lineStart + 1 };
  }

  next(): Token {
    this.skipSpaceAndComments();
    const loc = this.here();
    const c = this.text[this.pos];
    if (c === undefined) return { kind: 'eof', loc };
    if (c === ';' || c === '{' || c === '}') {
      this.pos++;
      return { kind: c, loc };
    }
    if (c === '"') return { kind: 'string', text: this.doubleQuoted(loc), quoted: true, loc };
    if (c === "'") return { kind: 'string', text: this.singleQuoted(loc), quoted: true, loc };
    return { kind: 'string', text: this.unquoted(), quoted: false, loc };
  }

  private advanceChar(): void {
    if (this.text[this.pos] === '\n') {
      this.line++;
      this.lineStart = this.pos + 1;
    }
    this.pos++;
  }

  private skipSpaceAndComments(): void {
    for (;;) {
      const c = this.text[this.pos];
      if (c === ' ' || c === '\t' || c === '\n') {
        this.advanceChar();
      } else if (c === '/' && this.text[this.pos + 1] === '/') {
        while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
      } else if (c === '/' && this.text[this.pos + 1] === '*') {
        const start = this.here();
        this.pos += 2;
        while (!(this.text[this.pos] === '*' && this.text[this.pos + 1] === '/')) {
          if (this.pos >= this.text.length) {
            throw new YangSyntaxError(start, "unterminated block comment: expected '*/'");
          }
          this.advanceChar();
        }
        this.pos += 2;
      } else {
        return;
      }
    }
  }

  private unquoted(): string {
    const start = this.pos;
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c === ' ' || c === '\t' || c === '\n') break;
      if (c === ';' || c === '{' || c === '}' || c === '"' || c === "'") break;
      if (c === '/' && (this.text[this.pos + 1] === '/' || this.text[this.pos + 1] === '*')) break;
      if (c === '*' && this.text[this.pos + 1] === '/') {
        throw new YangSyntaxError(
          this.here(),
          "unexpected '*/' outside a comment; quote the string",
        );
      }
      this.pos++;
    }
    return this.text.slice(start, this.pos);
  }

  private singleQuoted(open: SourceLocation): string {
    this.pos++;
    const start = this.pos;
    while (this.text[this.pos] !== "'") {
      if (this.pos >= this.text.length) {
        throw new YangSyntaxError(open, "unterminated single-quoted string: expected a closing '");
      }
      this.advanceChar();
    }
    const value = this.text.slice(start, this.pos);
    this.pos++;
    return value;
  }

  /** The visual column (0-based, tabs as 8 spaces) of the character at `index` on the current line. */
  private visualColumn(index: number): number {
    let col = 0;
    for (let i = this.lineStart; i < index; i++) col += this.text[i] === '\t' ? TAB_WIDTH : 1;
    return col;
  }

  private doubleQuoted(open: SourceLocation): string {
    const quoteColumn = this.visualColumn(this.pos);
    this.pos++;
    let out = '';
    // Raw spaces and tabs at the end of `out`, dropped if a line break follows (RFC 7950 §6.1.3).
    let trailingBlanks = 0;
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) {
        throw new YangSyntaxError(open, 'unterminated double-quoted string: expected a closing "');
      }
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === '\n') {
        out = out.slice(0, out.length - trailingBlanks) + '\n';
        trailingBlanks = 0;
        this.advanceChar();
        out += this.skipIndentation(quoteColumn);
        continue;
      }
      if (c === '\\') {
        out += this.escape();
        trailingBlanks = 0;
        continue;
      }
      out += c;
      trailingBlanks = c === ' ' || c === '\t' ? trailingBlanks + 1 : 0;
      this.pos++;
    }
  }

  /**
   * After a line break in a double-quoted string: skips whitespace up to and including the quote's
   * column. A tab that straddles that column leaves its remaining width as spaces.
   */
  private skipIndentation(quoteColumn: number): string {
    let col = 0;
    while (col <= quoteColumn) {
      const c = this.text[this.pos];
      if (c === ' ') {
        col++;
        this.pos++;
      } else if (c === '\t') {
        this.pos++;
        if (col + TAB_WIDTH > quoteColumn + 1) return ' '.repeat(col + TAB_WIDTH - quoteColumn - 1);
        col += TAB_WIDTH;
      } else {
        break;
      }
    }
    return '';
  }

  private escape(): string {
    const loc = this.here();
    const escaped = ESCAPES.get(this.text[this.pos + 1] ?? '');
    if (escaped !== undefined) {
      this.pos += 2;
      return escaped;
    }
    // YANG 1.0 keeps an unknown escape as written; the parser rejects it under YANG 1.1.
    this.invalidEscapes.push(loc);
    this.pos++;
    return '\\';
  }
}

/**
 * canopy's strict reader for the subset of HOCON its config files use, with positions. It exists
 * because hocon-parser (which hocon.ts wraps) reports no positions and is lax: it reads `a = hello world`
 * as two keys, keeps trailing spaces of unquoted list elements, drops backslashes, swallows an unclosed
 * string to the end of the file, evaluates `${...}` substitutions with `eval`, and lets a key named
 * `__proto__` or `toString` write into `Object.prototype`. This reader accepts only text that
 * hocon-parser reads the same way (hocon.ts checks that they agree), rejects everything else with the
 * file, line and column and what to write instead, and records where each key and list element is so
 * validation can say `conf/module-shards.conf:23: ...`.
 *
 * The subset (a superset of every example in design 003 and ODL's shipped files):
 * - a file is an object: `key = value` fields, optionally wrapped in one pair of braces;
 * - `=` or `:` separates a key from its value, on the same line; before `{` it may be left out;
 * - fields and list elements are separated by `,` or new lines; one trailing `,` is allowed;
 * - keys are unquoted (`[A-Za-z0-9_-]`, with `.` making a path: `a.b = 1` is `a { b = 1 }`) or
 *   double-quoted (no `.`, `[`, `]`, no surrounding spaces);
 * - values are objects, lists, double-quoted strings on one line (the only escape is `\"`), or one
 *   unquoted token of `[A-Za-z0-9_.-]`: digits are an integer, `digits.digits` a number,
 *   `true`/`false`/`null` themselves, anything else a string;
 * - comments start with `#` or `//` and run to the end of the line.
 * - Duplicate keys: two objects under one key merge (HOCON's rule, so `datastore.persistent = false`
 *   and a `datastore { }` block combine); a string, number or list set twice is an error naming both
 *   lines, because a later value silently winning is how a setting gets lost.
 * Not supported (each a clear error): includes, substitutions, `+=`, triple-quoted and single-quoted
 * strings, value concatenation, a key in `Object.prototype`, nesting deeper than 32 levels, files
 * over 1 MiB; and two spots where hocon-parser misreads valid HOCON: an unquoted list element
 * followed by spaces other than before `]` (it keeps them), and an unquoted value glued to a comment
 * (`a = 1# c`: it runs the value into the next line). Both were found by the property tests in
 * test/unit/config, which also check that hocon-parser agrees on everything accepted here.
 *
 * Pure: no I/O.
 */
import { ConfigSyntaxError, formatKeyPath } from './errors.js';
import type { KeyPath } from './errors.js';

/** A value as the reader produces it. Objects have no prototype. */
export type HoconValue = string | number | boolean | null | readonly HoconValue[] | HoconObject;
/** An object of the reader; keys are in the order first set. */
export interface HoconObject {
  readonly [key: string]: HoconValue;
}

/** A 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** The value of a file and where each key and list element was first set, by `formatKeyPath`. */
export interface ScanResult {
  readonly value: HoconObject;
  readonly positions: ReadonlyMap<string, Position>;
}

/** The largest config file read, in characters. */
export const HOCON_TEXT_LENGTH_MAX = 1024 * 1024;
/** The deepest nesting of objects and lists. */
export const HOCON_DEPTH_MAX = 32;

/**
 * Reads `text` (the contents of `file`, used in messages) or throws `ConfigSyntaxError` at the first
 * construct outside the subset described above.
 */
export function scanHocon(text: string, file: string): ScanResult {
  const scanner = new Scanner(text, file);
  return { value: scanner.document(), positions: scanner.positions };
}

type MutableValue = string | number | boolean | null | MutableValue[] | MutableObject;
interface MutableObject {
  [key: string]: MutableValue;
}

/** Names every JavaScript object has; hocon-parser writes through them (see the file comment). */
const RESERVED_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

const KEY_CHAR = /[A-Za-z0-9_.-]/;
const VALUE_CHAR = /[A-Za-z0-9_.-]/;
const QUOTE_HINT = '; to write a string with spaces or other characters, put it in double quotes';

function isNewline(c: string | undefined): boolean {
  return c === '\n' || c === '\r';
}

function isObject(v: MutableValue | undefined): v is MutableObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function newObject(): MutableObject {
  return Object.create(null) as MutableObject;
}

/** How a character is named in messages: printable ASCII quoted, anything else by code point. */
function describe(c: string | undefined): string {
  if (c === undefined) return 'the end of the file';
  if (isNewline(c)) return 'a new line';
  if (c === '\t') return 'a tab';
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0x21 && code < 0x7f) return `'${c}'`;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

class Scanner {
  readonly positions = new Map<string, Position>();
  private readonly text: string;
  private readonly file: string;
  private pos = 0;
  private line = 1;
  private column = 1;
  /** Whether the value just read was unquoted: advice differs for `a = x y` and `a = "x" y`. */
  private lastValueUnquoted = false;

  constructor(text: string, file: string) {
    this.text = text;
    this.file = file;
  }

  document(): MutableObject {
    if (this.text.length > HOCON_TEXT_LENGTH_MAX) {
      this.fail(
        `the file is ${this.text.length} characters long; config files are limited to ` +
          `${HOCON_TEXT_LENGTH_MAX}`,
        { line: 1, column: 1 },
      );
    }
    const root = newObject();
    this.skipBlank();
    const c = this.peek();
    if (c === '[') this.fail('a config file is an object of settings (key = value), not a list');
    if (c !== '{') {
      this.members(root, [], undefined, 0);
      return root;
    }
    const opened = this.here();
    this.advance();
    this.members(root, [], opened, 1);
    this.advance(); // the closing '}'
    this.skipBlank();
    if (this.peek() !== undefined) {
      this.fail(
        `unexpected ${describe(this.peek())} after the '}' that closes the file (opened at line ` +
          `${opened.line}); put every setting inside the braces`,
      );
    }
    return root;
  }

  // --- objects -----------------------------------------------------------------------------------

  /** Reads fields into `obj` up to the '}' matching `opened` (left unread), or to the end of file. */
  private members(obj: MutableObject, path: KeyPath, opened: Position | undefined, depth: number) {
    for (;;) {
      this.skipBlank();
      const c = this.peek();
      if (c === undefined) {
        if (opened === undefined) return;
        this.fail(`the '{' at line ${opened.line} is never closed; add a matching '}'`);
      }
      if (c === '}') {
        if (opened !== undefined) return;
        this.fail("unexpected '}' with no matching '{'");
      }
      if (c === ']') this.fail("unexpected ']' with no matching '['");
      if (c === ',') {
        this.fail("unexpected ','; separate settings with a single ',' or a new line");
      }
      const key = this.field(obj, path, depth);
      this.skipInline();
      const d = this.peek();
      if (d === ',') {
        this.advance();
        continue;
      }
      if (d === undefined || isNewline(d) || (d === '}' && opened !== undefined)) continue;
      const expected = opened === undefined ? "a new line or ','" : "a new line, ',' or '}'";
      this.fail(
        `expected ${expected} after the value of "${formatKeyPath(key)}", found ` +
          `${describe(d)}${this.separatorHint('settings')}`,
      );
    }
  }

  /** Reads one `key = value` (or `key { ... }`) into `obj`; returns the full key path. */
  private field(obj: MutableObject, path: KeyPath, depth: number): KeyPath {
    const keyAt = this.here();
    const segments = this.key();
    const shown = segments.join('.');
    this.skipSpaces();
    const sep = this.peek();
    let objectValue: boolean;
    if (sep === '=' || sep === ':') {
      this.advance();
      this.skipSpaces();
      const v = this.peek();
      if (v === undefined || isNewline(v) || v === ',' || v === '}' || this.atComment()) {
        this.fail(`missing value for "${shown}" after '${sep}'; write the value on the same line`);
      }
      if (v === '=' || v === ':') this.fail(`two separators after "${shown}"; write one '='`);
      objectValue = v === '{';
    } else if (sep === '{') {
      objectValue = true;
    } else if (sep === '[') {
      this.fail(`write '=' between the key "${shown}" and its list: ${shown} = [ ... ]`);
    } else {
      const hint =
        sep !== undefined && KEY_CHAR.test(sep)
          ? '; keys cannot contain spaces (quote the key, or use `=` before the value)'
          : '';
      this.fail(`expected '=', ':' or '{' after the key "${shown}", found ${describe(sep)}${hint}`);
    }
    let container = obj;
    let at: KeyPath = path;
    for (const segment of segments.slice(0, -1)) {
      at = [...at, segment];
      const existing = container[segment];
      if (existing === undefined) {
        const created = newObject();
        container[segment] = created;
        this.record(at, keyAt);
      } else if (!isObject(existing)) {
        this.fail(
          `"${formatKeyPath(at)}" is already set to a value at line ${this.lineOf(at)}; it cannot ` +
            'also hold settings',
          keyAt,
        );
      }
      container = container[segment] as MutableObject;
    }
    const last = segments[segments.length - 1]!;
    const full = [...at, last];
    const existing = container[last];
    if (objectValue && (existing === undefined || isObject(existing))) {
      let target = existing;
      if (target === undefined) {
        target = newObject();
        container[last] = target;
        this.record(full, keyAt);
      }
      this.object(target, full, depth + 1); // HOCON: a second object under one key merges
      return full;
    }
    if (existing !== undefined) {
      this.fail(
        `"${formatKeyPath(full)}" is set twice (first at line ${this.lineOf(full)}); canopy does ` +
          'not let a later value silently win: remove one of them',
        keyAt,
      );
    }
    this.record(full, keyAt);
    container[last] = this.value(full, depth);
    return full;
  }

  /** Reads a key: a dotted unquoted path or one quoted segment. */
  private key(): string[] {
    const at = this.here();
    if (this.peek() === '"') {
      const segment = this.quoted();
      if (segment === '' || /[.[\]]/.test(segment) || segment.trim() !== segment) {
        this.fail(
          `the quoted key "${segment}" must be non-empty, without '.', '[', ']' or spaces at either ` +
            'end (hocon-parser splits or trims those)',
          at,
        );
      }
      this.checkReserved(segment, at);
      return [segment];
    }
    let raw = '';
    while (this.peek() !== undefined && KEY_CHAR.test(this.peek()!)) raw += this.advance();
    if (raw === '') {
      const c = this.peek();
      if (c === '$') this.fail('substitutions (${...}) are not supported in canopy config files');
      if (c === '"' || c === "'") this.fail('keys are written unquoted or in double quotes');
      this.fail(`expected a key, found ${describe(c)}`);
    }
    if (raw === 'include' && (this.peek() === ' ' || this.peek() === '\t')) {
      this.skipSpaces();
      if (this.peek() === '"') {
        this.fail('include is not supported in canopy config files; copy the settings in', at);
      }
    }
    const segments = raw.split('.');
    if (segments.some((s) => s === '')) {
      this.fail(`the key "${raw}" has an empty part; write keys like a.b.c`, at);
    }
    for (const s of segments) this.checkReserved(s, at);
    return segments;
  }

  private checkReserved(segment: string, at: Position): void {
    if (RESERVED_KEYS.has(segment)) {
      this.fail(
        `the key "${segment}" is reserved: every JavaScript object has a property of that name, ` +
          'and hocon-parser writes through it; rename the key',
        at,
      );
    }
  }

  /** Reads `{ ... }` into `target`, merging with what it already holds. */
  private object(target: MutableObject, path: KeyPath, depth: number): void {
    this.checkDepth(depth);
    const opened = this.here();
    this.advance();
    this.members(target, path, opened, depth);
    this.advance(); // the closing '}'
  }

  // --- lists and values --------------------------------------------------------------------------

  private list(path: KeyPath, depth: number): MutableValue[] {
    this.checkDepth(depth);
    const opened = this.here();
    this.advance();
    const out: MutableValue[] = [];
    for (;;) {
      this.skipBlank();
      const c = this.peek();
      if (c === undefined) this.fail(`the '[' at line ${opened.line} is never closed; add ']'`);
      if (c === ']') {
        this.advance();
        return out;
      }
      if (c === ',') this.fail("unexpected ','; separate list elements with one ',' or a new line");
      if (c === '}') {
        this.fail(
          `unexpected '}' inside the list opened at line ${opened.line}; close it with ']'`,
        );
      }
      const at = [...path, out.length];
      this.record(at, this.here());
      const unquoted = VALUE_CHAR.test(c);
      const element = this.value(at, depth);
      out.push(element);
      if (unquoted && (this.peek() === ' ' || this.peek() === '\t')) {
        // NB: hocon-parser keeps the spaces after an unquoted list element, except before ']'.
        this.skipSpaces();
        if (this.peek() !== ']') {
          this.fail(
            `the unquoted list element ${JSON.stringify(element)} is followed by spaces; ` +
              "write ',' or the line end right after it, or quote it (hocon-parser keeps the spaces)",
          );
        }
      }
      this.skipInline();
      const d = this.peek();
      if (d === ',') {
        this.advance();
        continue;
      }
      if (d === undefined || isNewline(d) || d === ']') continue;
      this.fail(
        `expected ',' or a new line between the elements of "${formatKeyPath(path)}", found ` +
          `${describe(d)}${this.separatorHint('list elements')}`,
      );
    }
  }

  /** Advice after a value followed by something unexpected on its line. */
  private separatorHint(what: string): string {
    if (this.lastValueUnquoted) return QUOTE_HINT;
    return `; separate ${what} with ',' or a new line`;
  }

  private value(path: KeyPath, depth: number): MutableValue {
    const c = this.peek();
    const v = this.readValue(path, depth);
    this.lastValueUnquoted = c !== undefined && VALUE_CHAR.test(c); // after nested values are read
    return v;
  }

  private readValue(path: KeyPath, depth: number): MutableValue {
    const c = this.peek();
    if (c === '{') {
      const obj = newObject();
      this.object(obj, path, depth + 1);
      return obj;
    }
    if (c === '[') return this.list(path, depth + 1);
    if (c === '"') {
      if (this.peek(1) === '"' && this.peek(2) === '"') {
        this.fail('triple-quoted strings are not supported; write the string on one line');
      }
      return this.quoted();
    }
    if (c === "'") this.fail('strings are written in double quotes ("..."), not single quotes');
    if (c === '$') this.fail('substitutions (${...}) are not supported in canopy config files');
    if (c === '+') this.fail("'+=' is not supported; write the whole list with '='");
    if (c !== undefined && VALUE_CHAR.test(c)) {
      const token = this.unquoted();
      if (this.atComment()) {
        // NB: hocon-parser's comment swallows the line end, so the value would run on into the
        // next line.
        this.fail(
          'a comment right after an unquoted value makes hocon-parser run the value into the next ' +
            'line; put a space before the comment (in a list, put the comment on its own line)',
        );
      }
      return token;
    }
    this.fail(`expected a value for "${formatKeyPath(path)}", found ${describe(c)}${QUOTE_HINT}`);
  }

  private unquoted(): MutableValue {
    let token = '';
    while (this.peek() !== undefined && VALUE_CHAR.test(this.peek()!)) token += this.advance();
    // The same conversions as hocon-parser, so the two agree on every token.
    if (/^\d+$/.test(token)) return Number.parseInt(token, 10);
    if (/^\d+\.\d+$/.test(token)) return Number.parseFloat(token);
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (token === 'null') return null;
    return token;
  }

  /** Reads a double-quoted string on one line; the only escape is `\"`. */
  private quoted(): string {
    const opened = this.here();
    this.advance();
    let out = '';
    for (;;) {
      const c = this.peek();
      if (c === undefined || isNewline(c)) {
        this.fail(
          `the string opened at line ${opened.line}, column ${opened.column} is not closed on its ` +
            `line; add '"'`,
          opened,
        );
      }
      if (c === '"') {
        this.advance();
        return out;
      }
      if (c === '\\') {
        if (this.peek(1) !== '"') {
          this.fail(
            `the only escape in strings is \\" (hocon-parser drops other backslashes); ` +
              "write paths with '/'",
          );
        }
        this.advance();
        out += this.advance();
        continue;
      }
      if (c === "'") {
        this.fail("a single quote (') inside a string is misread by hocon-parser; leave it out");
      }
      if (c === '$' && this.peek(1) === '{') {
        this.fail('substitutions (${...}) are not supported in canopy config files');
      }
      const code = c.charCodeAt(0);
      if ((code < 0x20 && c !== '\t') || code === 0x7f) {
        this.fail(`the control character ${describe(c)} is not allowed in a string`);
      }
      out += this.advance();
    }
  }

  // --- characters --------------------------------------------------------------------------------

  private peek(offset = 0): string | undefined {
    return this.text[this.pos + offset];
  }

  private advance(): string {
    const c = this.text[this.pos]!;
    this.pos++;
    if (c === '\n' || (c === '\r' && this.text[this.pos] !== '\n')) {
      this.line++;
      this.column = 1;
    } else {
      this.column++;
    }
    return c;
  }

  private here(): Position {
    return { line: this.line, column: this.column };
  }

  private atComment(): boolean {
    const c = this.peek();
    return c === '#' || (c === '/' && this.peek(1) === '/');
  }

  private skipSpaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.advance();
  }

  /** Spaces and a comment, up to (not over) the end of the line. */
  private skipInline(): void {
    this.skipSpaces();
    if (!this.atComment()) return;
    while (this.peek() !== undefined && !isNewline(this.peek())) this.advance();
  }

  /** Spaces, comments and new lines. */
  private skipBlank(): void {
    for (;;) {
      this.skipInline();
      if (!isNewline(this.peek())) return;
      this.advance();
    }
  }

  private checkDepth(depth: number): void {
    if (depth > HOCON_DEPTH_MAX) {
      this.fail(`objects and lists are nested more than ${HOCON_DEPTH_MAX} levels deep`);
    }
  }

  private record(path: KeyPath, at: Position): void {
    this.positions.set(formatKeyPath(path), at);
  }

  private lineOf(path: KeyPath): number {
    return this.positions.get(formatKeyPath(path))?.line ?? 0;
  }

  private fail(detail: string, at: Position = this.here()): never {
    throw new ConfigSyntaxError({ file: this.file, line: at.line, column: at.column }, detail);
  }
}

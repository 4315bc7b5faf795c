/**
 * The YANG parser: tokens to a generic statement tree (RFC 7950 §6.3). Every statement is
 * `keyword [argument] (";" / "{" *statement "}")`; the parser knows nothing of what keywords mean except
 * that a file holds exactly one `module` or `submodule`. Extension statements (`prefix:keyword`) are kept
 * like any other; the compiler ignores them. After parsing, `checkGrammar` (grammar.ts) verifies every
 * core statement's argument and substatements against RFC 7950 §14.
 *
 * Quoted strings joined by `+` become one argument (RFC 7950 §6.1.3). A backslash escape other than
 * \n \t \" \\ is an error in a YANG 1.1 module and kept verbatim in YANG 1.0.
 *
 * Errors are `YangSyntaxError` at the offending token (or tokens, for grammar errors), saying what was
 * expected. Pure: no I/O.
 */
import { YangSyntaxError } from './errors.js';
import type { YangDiagnostic } from './errors.js';
import { checkGrammar } from './grammar.js';
import { Lexer } from './lexer.js';
import type { Token } from './lexer.js';

export type { Statement } from './statement.js';
import type { Statement } from './statement.js';

const KEYWORD = /^(?:[A-Za-z_][A-Za-z0-9_.-]*:)?[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * Parses one YANG file into its single top-level statement (`module` or `submodule`) and checks it
 * against the YANG grammar. Throws `YangSyntaxError` with `file:line:column`: at the first lexical or
 * parse error (nothing after it can be read reliably), else with every grammar error and invalid
 * escape of the file.
 */
export function parseYang(file: string, text: string): Statement {
  const lexer = new Lexer(file, text);
  const tokens = new TokenStream(lexer);
  const first = tokens.peek();
  if (first.kind === 'eof') {
    throw new YangSyntaxError(
      first.loc,
      'expected a "module" or "submodule" statement, found end of file',
    );
  }
  const root = parseStatement(tokens);
  if (root.keyword !== 'module' && root.keyword !== 'submodule') {
    throw new YangSyntaxError(
      root.source,
      `expected a "module" or "submodule" statement, found "${root.keyword}"`,
    );
  }
  const rest = tokens.next();
  if (rest.kind !== 'eof') {
    throw new YangSyntaxError(
      rest.loc,
      `expected end of file after the closing '}' of ${root.keyword} "${root.argument ?? ''}"`,
    );
  }
  const version = root.substatements.find((s) => s.keyword === 'yang-version')?.argument;
  const problems: YangDiagnostic[] = checkGrammar(root);
  if (version === '1.1') {
    for (const location of lexer.invalidEscapes) {
      problems.push({
        location,
        message:
          'invalid escape in a double-quoted string: YANG 1.1 allows only \\n, \\t, \\" and \\\\; ' +
          'use a single-quoted string for a pattern',
      });
    }
  }
  if (problems.length > 0) {
    throw YangSyntaxError.of(problems);
  }
  return root;
}

/** One token of lookahead over the lexer. */
class TokenStream {
  private readonly lexer: Lexer;
  private buffered: Token | undefined;

  constructor(lexer: Lexer) {
    this.lexer = lexer;
  }

  peek(): Token {
    this.buffered ??= this.lexer.next();
    return this.buffered;
  }

  next(): Token {
    const t = this.peek();
    this.buffered = undefined;
    return t;
  }
}

function describe(t: Token): string {
  switch (t.kind) {
    case 'eof':
      return 'end of file';
    case 'string':
      return t.quoted ? `the quoted string ${JSON.stringify(t.text)}` : `"${t.text}"`;
    case ';':
    case '{':
    case '}':
      return `'${t.kind}'`;
  }
}

function parseStatement(tokens: TokenStream): Statement {
  const kw = tokens.next();
  if (kw.kind !== 'string' || kw.quoted || !KEYWORD.test(kw.text)) {
    throw new YangSyntaxError(kw.loc, `expected a statement keyword, found ${describe(kw)}`);
  }
  const keyword = kw.text;
  let argument: string | undefined;
  const afterKeyword = tokens.peek();
  if (afterKeyword.kind === 'string') {
    argument = parseArgument(tokens, keyword);
  }
  const end = tokens.next();
  if (end.kind === ';') {
    return { keyword, argument, substatements: [], source: kw.loc };
  }
  if (end.kind !== '{') {
    const what = argument === undefined ? `"${keyword}"` : `argument of "${keyword}"`;
    throw new YangSyntaxError(end.loc, `expected ';' or '{' after ${what}, found ${describe(end)}`);
  }
  const substatements: Statement[] = [];
  for (;;) {
    const t = tokens.peek();
    if (t.kind === '}') {
      tokens.next();
      return { keyword, argument, substatements, source: kw.loc };
    }
    if (t.kind === 'eof') {
      throw new YangSyntaxError(
        t.loc,
        `expected '}' to close "${keyword}" opened at line ${kw.loc.line}, found end of file`,
      );
    }
    substatements.push(parseStatement(tokens));
  }
}

/** An argument: one unquoted string, or quoted strings joined with `+`. */
function parseArgument(tokens: TokenStream, keyword: string): string {
  const first = tokens.next();
  if (first.kind !== 'string') throw new YangSyntaxError(first.loc, 'expected an argument');
  if (!first.quoted) return first.text;
  let value = first.text;
  for (;;) {
    const plus = tokens.peek();
    if (plus.kind !== 'string' || plus.quoted || plus.text !== '+') return value;
    tokens.next();
    const part = tokens.next();
    if (part.kind !== 'string' || !part.quoted) {
      throw new YangSyntaxError(
        part.loc,
        `expected a quoted string after '+' in the argument of "${keyword}", found ${describe(part)}`,
      );
    }
    value += part.text;
  }
}

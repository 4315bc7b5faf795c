/**
 * The YANG grammar of core statements (RFC 7950 §14): for each keyword, whether it takes an argument,
 * what its argument must look like, and which substatements it allows how often. `checkGrammar` walks a
 * parsed statement tree and returns every statement that breaks these rules; the parser throws them
 * together as one `YangSyntaxError`, so the compiler can read statements without re-checking their
 * shape.
 *
 * Extension statements (`prefix:keyword`) and everything under them are not checked: their grammar is
 * the extension's business. Unknown unprefixed keywords are errors (RFC 7950 §6.3.1).
 * Pure: no I/O.
 */
import type { SourceLocation } from '../util/errors.js';
import type { YangDiagnostic } from './errors.js';
import type { Statement } from './statement.js';

type Cardinality = '?' | '1' | '*' | '+';

/** What a statement's argument must be. */
type ArgumentRule =
  | 'none'
  | 'string'
  | 'identifier'
  | 'prefixed-identifier'
  | 'date'
  | 'boolean'
  | 'integer'
  | 'non-negative-integer'
  | 'max-elements'
  | 'fraction-digits'
  | readonly string[];

interface Rule {
  readonly argument: ArgumentRule;
  readonly substatements: ReadonlyMap<string, Cardinality>;
}

const META = 'organization ?, contact ?, description ?, reference ?';
const BODY =
  'extension *, feature *, identity *, typedef *, grouping *, container *, leaf *, leaf-list *, ' +
  'list *, choice *, anydata *, anyxml *, uses *, augment *, rpc *, notification *, deviation *';
const DATA = 'container *, leaf *, leaf-list *, list *, choice *, anydata *, anyxml *, uses *';
const DOC = 'status ?, description ?, reference ?';
const ERR = 'error-message ?, error-app-tag ?, description ?, reference ?';

function rule(argument: ArgumentRule, subs: string): Rule {
  const substatements = new Map<string, Cardinality>();
  for (const part of subs.split(',')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const [kw, card] = trimmed.split(/\s+/);
    substatements.set(kw!, card as Cardinality);
  }
  return { argument, substatements };
}

const RULES: ReadonlyMap<string, Rule> = new Map<string, Rule>([
  [
    'module',
    rule(
      'identifier',
      `yang-version ?, namespace 1, prefix 1, import *, include *, ${META}, revision *, ${BODY}`,
    ),
  ],
  [
    'submodule',
    rule(
      'identifier',
      `yang-version ?, belongs-to 1, import *, include *, ${META}, revision *, ${BODY}`,
    ),
  ],
  ['yang-version', rule(['1', '1.1'], '')],
  ['namespace', rule('string', '')],
  ['prefix', rule('identifier', '')],
  ['import', rule('identifier', 'prefix 1, revision-date ?, description ?, reference ?')],
  ['include', rule('identifier', 'revision-date ?, description ?, reference ?')],
  ['revision-date', rule('date', '')],
  ['belongs-to', rule('identifier', 'prefix 1')],
  ['organization', rule('string', '')],
  ['contact', rule('string', '')],
  ['description', rule('string', '')],
  ['reference', rule('string', '')],
  ['units', rule('string', '')],
  ['revision', rule('date', 'description ?, reference ?')],
  ['extension', rule('identifier', `argument ?, ${DOC}`)],
  ['argument', rule('identifier', 'yin-element ?')],
  ['yin-element', rule('boolean', '')],
  ['feature', rule('identifier', `if-feature *, ${DOC}`)],
  ['if-feature', rule('string', '')],
  ['identity', rule('identifier', `if-feature *, base *, ${DOC}`)],
  ['base', rule('prefixed-identifier', '')],
  ['typedef', rule('identifier', `type 1, units ?, default ?, ${DOC}`)],
  [
    'type',
    rule(
      'prefixed-identifier',
      'fraction-digits ?, range ?, length ?, pattern *, enum *, bit *, path ?, ' +
        'require-instance ?, base *, type *',
    ),
  ],
  ['fraction-digits', rule('fraction-digits', '')],
  ['range', rule('string', ERR)],
  ['length', rule('string', ERR)],
  ['pattern', rule('string', `modifier ?, ${ERR}`)],
  ['modifier', rule(['invert-match'], '')],
  ['default', rule('string', '')],
  ['enum', rule('string', `if-feature *, value ?, ${DOC}`)],
  ['bit', rule('identifier', `if-feature *, position ?, ${DOC}`)],
  ['position', rule('non-negative-integer', '')],
  ['value', rule('integer', '')],
  ['path', rule('string', '')],
  ['require-instance', rule('boolean', '')],
  ['status', rule(['current', 'deprecated', 'obsolete'], '')],
  ['config', rule('boolean', '')],
  ['mandatory', rule('boolean', '')],
  ['presence', rule('string', '')],
  ['ordered-by', rule(['system', 'user'], '')],
  ['must', rule('string', ERR)],
  ['error-message', rule('string', '')],
  ['error-app-tag', rule('string', '')],
  ['min-elements', rule('non-negative-integer', '')],
  ['max-elements', rule('max-elements', '')],
  ['when', rule('string', 'description ?, reference ?')],
  [
    'grouping',
    rule('identifier', `${DOC}, typedef *, grouping *, ${DATA}, action *, notification *`),
  ],
  [
    'container',
    rule(
      'identifier',
      `when ?, if-feature *, must *, presence ?, config ?, ${DOC}, typedef *, grouping *, ${DATA}, ` +
        'action *, notification *',
    ),
  ],
  [
    'leaf',
    rule(
      'identifier',
      `when ?, if-feature *, type 1, units ?, must *, default ?, config ?, mandatory ?, ${DOC}`,
    ),
  ],
  [
    'leaf-list',
    rule(
      'identifier',
      `when ?, if-feature *, type 1, units ?, must *, default *, config ?, min-elements ?, ` +
        `max-elements ?, ordered-by ?, ${DOC}`,
    ),
  ],
  [
    'list',
    rule(
      'identifier',
      `when ?, if-feature *, must *, key ?, unique *, config ?, min-elements ?, max-elements ?, ` +
        `ordered-by ?, ${DOC}, typedef *, grouping *, ${DATA}, action *, notification *`,
    ),
  ],
  ['key', rule('string', '')],
  ['unique', rule('string', '')],
  [
    'choice',
    rule(
      'identifier',
      `when ?, if-feature *, default ?, config ?, mandatory ?, ${DOC}, choice *, container *, ` +
        'leaf *, leaf-list *, list *, anydata *, anyxml *, case *',
    ),
  ],
  ['case', rule('identifier', `when ?, if-feature *, ${DOC}, ${DATA}`)],
  ['anydata', rule('identifier', `when ?, if-feature *, must *, config ?, mandatory ?, ${DOC}`)],
  ['anyxml', rule('identifier', `when ?, if-feature *, must *, config ?, mandatory ?, ${DOC}`)],
  ['uses', rule('prefixed-identifier', `when ?, if-feature *, ${DOC}, refine *, augment *`)],
  [
    'refine',
    rule(
      'string',
      'if-feature *, must *, presence ?, default *, config ?, mandatory ?, min-elements ?, ' +
        'max-elements ?, description ?, reference ?',
    ),
  ],
  [
    'augment',
    rule('string', `when ?, if-feature *, ${DOC}, ${DATA}, case *, action *, notification *`),
  ],
  ['rpc', rule('identifier', `if-feature *, ${DOC}, typedef *, grouping *, input ?, output ?`)],
  ['action', rule('identifier', `if-feature *, ${DOC}, typedef *, grouping *, input ?, output ?`)],
  ['input', rule('none', `must *, typedef *, grouping *, ${DATA}`)],
  ['output', rule('none', `must *, typedef *, grouping *, ${DATA}`)],
  [
    'notification',
    rule('identifier', `if-feature *, must *, ${DOC}, typedef *, grouping *, ${DATA}`),
  ],
  ['deviation', rule('string', 'description ?, reference ?, deviate +')],
  [
    'deviate',
    rule(
      ['not-supported', 'add', 'replace', 'delete'],
      'units ?, must *, unique *, default *, config ?, mandatory ?, min-elements ?, ' +
        'max-elements ?, type ?',
    ),
  ],
]);

/** The data definition keywords (RFC 7950 `data-def-stmt`). */
export const DATA_DEFINITION_KEYWORDS: ReadonlySet<string> = new Set([
  'container',
  'leaf',
  'leaf-list',
  'list',
  'choice',
  'anydata',
  'anyxml',
  'uses',
]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const PREFIXED_IDENTIFIER = /^(?:[A-Za-z_][A-Za-z0-9_.-]*:)?[A-Za-z_][A-Za-z0-9_.-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for an extension statement (`prefix:keyword`), whose content the compiler ignores. */
export function isExtension(stmt: Statement): boolean {
  return stmt.keyword.includes(':');
}

/**
 * Checks `stmt` and its whole subtree against the core YANG grammar. Returns every problem found (an
 * unknown keyword, a missing or malformed argument, a disallowed, missing or repeated substatement),
 * in document order; empty when the tree is well formed. The subtree of an unknown or disallowed
 * statement is not checked further (its rules are unknown there), and a statement holding one is not
 * also said to miss a required substatement (the misspelt one is most likely it).
 */
export function checkGrammar(stmt: Statement): YangDiagnostic[] {
  const problems: YangDiagnostic[] = [];
  checkStatement(stmt, problems);
  return problems;
}

function checkStatement(stmt: Statement, problems: YangDiagnostic[]): void {
  if (isExtension(stmt)) return;
  const fail = (location: SourceLocation, message: string): void => {
    problems.push({ location, message });
  };
  const r = RULES.get(stmt.keyword);
  if (r === undefined) {
    fail(
      stmt.source,
      `unknown statement "${stmt.keyword}": expected a YANG keyword or an extension (prefix:keyword)`,
    );
    return;
  }
  const argumentProblem = checkArgument(stmt, r.argument);
  if (argumentProblem !== undefined) fail(stmt.source, argumentProblem);
  const counts = new Map<string, number>();
  let misplaced = false;
  for (const sub of stmt.substatements) {
    if (isExtension(sub)) continue;
    const card = r.substatements.get(sub.keyword);
    if (card === undefined) {
      misplaced = true;
      const known = RULES.has(sub.keyword);
      fail(
        sub.source,
        known
          ? `"${sub.keyword}" is not allowed in "${stmt.keyword}"`
          : `unknown statement "${sub.keyword}": expected a YANG keyword or an extension (prefix:keyword)`,
      );
      continue;
    }
    const n = (counts.get(sub.keyword) ?? 0) + 1;
    counts.set(sub.keyword, n);
    if (n > 1 && (card === '?' || card === '1')) {
      fail(sub.source, `"${sub.keyword}" may appear at most once in "${stmt.keyword}"`);
    }
    checkStatement(sub, problems);
  }
  // A misspelt or misplaced substatement is most likely the missing one: report it alone.
  if (misplaced) return;
  for (const [kw, card] of r.substatements) {
    if ((card === '1' || card === '+') && !counts.has(kw)) {
      fail(
        stmt.source,
        `"${stmt.keyword}${stmt.argument === undefined ? '' : ` ${stmt.argument}`}" needs a "${kw}" statement`,
      );
    }
  }
}

/** What is wrong with the argument of `stmt`, or undefined when it is fine. */
function checkArgument(stmt: Statement, r: ArgumentRule): string | undefined {
  const arg = stmt.argument;
  if (r === 'none') {
    return arg === undefined ? undefined : `"${stmt.keyword}" takes no argument, found "${arg}"`;
  }
  if (arg === undefined) {
    return `"${stmt.keyword}" needs an argument`;
  }
  const expected = argumentProblem(arg, r);
  return expected === undefined
    ? undefined
    : `invalid argument "${arg}" of "${stmt.keyword}": expected ${expected}`;
}

/** What the argument should have been, or undefined when it is fine. */
function argumentProblem(arg: string, r: Exclude<ArgumentRule, 'none'>): string | undefined {
  if (typeof r !== 'string') {
    return r.includes(arg) ? undefined : r.map((v) => `"${v}"`).join(' or ');
  }
  switch (r) {
    case 'string':
      return undefined;
    case 'identifier':
      return IDENTIFIER.test(arg)
        ? undefined
        : 'an identifier (a letter or _, then letters, digits, _ - .)';
    case 'prefixed-identifier':
      return PREFIXED_IDENTIFIER.test(arg)
        ? undefined
        : 'an identifier, optionally prefix:identifier';
    case 'date':
      return DATE.test(arg) && isRealDate(arg) ? undefined : 'a date YYYY-MM-DD';
    case 'boolean':
      return arg === 'true' || arg === 'false' ? undefined : '"true" or "false"';
    case 'integer':
      return /^[-+]?\d+$/.test(arg) ? undefined : 'an integer';
    case 'non-negative-integer':
      return /^\+?\d+$/.test(arg) ? undefined : 'a non-negative integer';
    case 'max-elements':
      return arg === 'unbounded' || /^\+?0*[1-9]\d*$/.test(arg)
        ? undefined
        : 'a positive integer or "unbounded"';
    case 'fraction-digits': {
      const n = /^\d+$/.test(arg) ? Number(arg) : NaN;
      return n >= 1 && n <= 18 ? undefined : 'an integer from 1 to 18';
    }
  }
}

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= days[m - 1]!;
}

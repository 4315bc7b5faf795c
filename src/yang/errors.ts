/**
 * The errors of the YANG compiler. Both name the file, line and column of the offending text and say
 * what was expected there, in the form editors and terminals link (`toaster.yang:12:5: ...`).
 *
 * - `YangSyntaxError` (`yang-syntax`): the text is not a well-formed YANG statement tree (RFC 7950 §6),
 *   or a statement appears where the grammar (RFC 7950 §14) does not allow it. The compiler parses
 *   every file before giving up: a file's first lexical or parse error (the parser cannot go on past
 *   it), and every grammar error of a file that parses.
 * - `YangSemanticError` (`yang-semantic`): the statements are well formed but do not make a schema:
 *   unknown prefix, unresolved grouping, a default outside its range, a list without its key leaf.
 *   The compiler collects several before giving up.
 *
 * Both hold every problem found in `diagnostics`, sorted by file, line and column, and their message
 * lists every one of them, one `file:line:column: what` per line, so a person fixing a schema sees all
 * of them at once (no "and 2 more").
 *
 * Pure: no I/O. The messages never include the whole source text.
 */
import { CanopyError, formatLocation } from '../util/errors.js';
import type { SourceLocation } from '../util/errors.js';

/** One problem found in a YANG source, with where it is. */
export interface YangDiagnostic {
  readonly location: SourceLocation;
  /** What is wrong and what was expected, without the location prefix. */
  readonly message: string;
}

/** Formats a diagnostic as `file:line:column: message`. */
export function formatDiagnostic(d: YangDiagnostic): string {
  return `${formatLocation(d.location)}: ${d.message}`;
}

/** Formats diagnostics one per line (`file:line:column: message`), in the order given. */
export function formatDiagnostics(list: readonly YangDiagnostic[]): string {
  return list.map((d) => formatDiagnostic(d)).join('\n');
}

/** The options of a YANG error: the usual `cause`, and the problems found besides the first. */
export interface YangErrorOptions extends ErrorOptions {
  /** Further problems, reported after the first; the error's `diagnostics` has them all. */
  readonly others?: readonly YangDiagnostic[] | undefined;
}

/**
 * The text is not well-formed YANG: a lexical or grammar error, at `location`. `diagnostics` has every
 * syntax error found (this one first when constructed with `others`; sorted when combined), and the
 * message lists them all, one per line.
 */
export class YangSyntaxError extends CanopyError {
  readonly code = 'yang-syntax';
  /** Where the first problem is. */
  readonly location: SourceLocation;
  /** The first problem's message without the location prefix. */
  readonly detail: string;
  /** Every syntax error found; never empty, the first is `location` and `detail`. */
  readonly diagnostics: readonly YangDiagnostic[];
  constructor(location: SourceLocation, detail: string, options?: YangErrorOptions) {
    const diagnostics = [{ location, message: detail }, ...(options?.others ?? [])];
    super(formatDiagnostics(diagnostics), options);
    this.location = location;
    this.detail = detail;
    this.diagnostics = diagnostics;
  }

  /** One error holding every diagnostic of `list` (non-empty), sorted by position, without repeats. */
  static of(list: readonly YangDiagnostic[], options?: ErrorOptions): YangSyntaxError {
    const [first, ...others] = dedupe([...list].sort(compareDiagnostics));
    if (first === undefined) {
      throw new TypeError('YangSyntaxError.of needs at least one diagnostic');
    }
    return new YangSyntaxError(first.location, first.message, { ...options, others });
  }

  /** One error holding every problem of `errors` (each may hold several); its cause is the first. */
  static combine(errors: readonly YangSyntaxError[]): YangSyntaxError {
    return YangSyntaxError.of(
      errors.flatMap((e) => e.diagnostics),
      { cause: errors[0] },
    );
  }
}

/**
 * The modules are well formed but do not compile into a schema. `diagnostics` is non-empty and sorted
 * by file, line and column; `location` and `detail` are those of the first. The message lists every
 * diagnostic, one per line.
 */
export class YangSemanticError extends CanopyError {
  readonly code = 'yang-semantic';
  readonly location: SourceLocation;
  readonly detail: string;
  readonly diagnostics: readonly YangDiagnostic[];
  constructor(diagnostics: readonly YangDiagnostic[], options?: ErrorOptions) {
    const first = diagnostics[0];
    if (first === undefined) {
      throw new TypeError('YangSemanticError needs at least one diagnostic');
    }
    super(formatDiagnostics(diagnostics), options);
    this.location = first.location;
    this.detail = first.message;
    this.diagnostics = diagnostics;
  }
}

/**
 * Collects semantic diagnostics while compiling, so one run reports several problems: a phase records
 * a problem with `fail`, leaves the broken part out, and carries on with the rest.
 */
export class Diagnostics {
  readonly list: YangDiagnostic[] = [];

  fail(location: SourceLocation, message: string): void {
    this.list.push({ location, message });
    return undefined;
  }

  get count(): number {
    return this.list.length;
  }

  /** Throws `YangSemanticError` with every problem recorded, sorted by position, when there is any. */
  throwIfAny(): void {
    if (this.list.length === 0) return;
    const sorted = [...this.list].sort(compareDiagnostics);
    throw new YangSemanticError(dedupe(sorted));
  }
}

function compareDiagnostics(a: YangDiagnostic, b: YangDiagnostic): number {
  const fa = a.location.file;
  const fb = b.location.file;
  if (fa !== fb) return fa < fb ? -1 : 1;
  if (a.location.line !== b.location.line) return a.location.line - b.location.line;
  return a.location.column - b.location.column;
}

/** The same problem can be found twice when a grouping is used twice; report it once. */
function dedupe(sorted: readonly YangDiagnostic[]): YangDiagnostic[] {
  const out: YangDiagnostic[] = [];
  const seen = new Set<string>();
  for (const d of sorted) {
    const key = formatDiagnostic(d);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

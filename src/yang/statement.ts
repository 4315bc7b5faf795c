/**
 * The generic YANG statement tree the parser produces (RFC 7950 §6.3: keyword, optional argument,
 * substatements), before any meaning is given to it. Its own file so the grammar tables and the
 * parser can both name it without importing each other.
 */
import type { SourceLocation } from '../util/errors.js';

/** One YANG statement as written. */
export interface Statement {
  /** The keyword: `leaf`, or `prefix:name` for an extension statement. */
  readonly keyword: string;
  /** The argument after string concatenation and escape processing; undefined when there is none. */
  readonly argument: string | undefined;
  readonly substatements: readonly Statement[];
  /** Where the keyword starts. */
  readonly source: SourceLocation;
}

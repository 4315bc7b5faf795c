/**
 * The error base classes of canopy. Every error a caller can react to is a `CanopyError` with a stable
 * kebab-case `code` (listed in docs/API.md). A broken invariant is not an error to handle: it is an
 * `InvariantViolation` (see assert.ts) and stops the component that found it.
 *
 * Rule (FoundationDB's): add a subclass only where a caller reacts differently. Messages say what was
 * wrong, where (file:line for config and YANG, the data path, the shard and entry index) and what to do.
 */

/** Base of every error canopy throws on purpose. `code` is stable across releases. */
export abstract class CanopyError extends Error {
  abstract readonly code: string;
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A checked invariant failed: a bug in canopy, never bad input. Thrown by `assert`. */
export class InvariantViolation extends CanopyError {
  readonly code = 'invariant-violation';
}

/** A position in a source file (config or YANG), 1-based line and column. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Formats a location as `file:line:column`, the form editors and terminals link. */
export function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

/**
 * The errors of the configuration layer. A member refuses to start on either of them rather than guess.
 *
 * - `ConfigSyntaxError` (`config-syntax`): a file is not HOCON that canopy reads unambiguously. It names
 *   the file, line and column (`conf/modules.conf:14:5: ...`), says what was expected there and what to
 *   write instead.
 * - `ConfigValidationError` (`config-invalid`): the files parse, but a setting is unknown, of the wrong
 *   type, out of range, or inconsistent with another file (a replica that is not a cluster member, a
 *   module-shards entry modules.conf lacks). Validation collects every problem before throwing, so one
 *   run reports them all; each names where the value came from (the file and line, or the environment
 *   variable or command-line flag that overrode it), the key path, what was expected and what to do.
 *
 * Pure: no I/O. Messages never include a whole file.
 */
import { CanopyError, formatLocation } from '../util/errors.js';
import type { SourceLocation } from '../util/errors.js';

/** A path of keys and list indices inside a config file: `['module-shards', 2, 'shards', 0, 'name']`. */
export type KeyPath = readonly (string | number)[];

/** Formats a key path the way the docs and messages write it: `module-shards[2].shards[0].name`. */
export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/**
 * Where a value came from: a line of a file (line unknown only when a whole file is meant), an
 * environment variable, or a command-line flag.
 */
export type ValueOrigin =
  | { readonly type: 'file'; readonly file: string; readonly line?: number | undefined }
  | { readonly type: 'env'; readonly name: string }
  | { readonly type: 'flag'; readonly name: string };

/** One problem found while validating, with where it is. */
export interface ConfigProblem {
  readonly origin: ValueOrigin;
  /** The key path the problem is about, as `formatKeyPath` writes it; empty for a whole file. */
  readonly key: string;
  /** What is wrong, what was expected and what to do, without the origin prefix. */
  readonly message: string;
}

/** Formats a problem as `file:line: key: message` (or `environment variable X (key): message`). */
export function formatProblem(p: ConfigProblem): string {
  const keyPart = p.key === '' ? '' : `${p.key}: `;
  switch (p.origin.type) {
    case 'file': {
      const where =
        p.origin.line === undefined ? p.origin.file : `${p.origin.file}:${p.origin.line}`;
      return `${where}: ${keyPart}${p.message}`;
    }
    case 'env':
    case 'flag': {
      const what = p.origin.type === 'env' ? 'environment variable' : 'command-line flag';
      return `${what} ${p.origin.name}${p.key === '' ? '' : ` (${p.key})`}: ${p.message}`;
    }
  }
}

/** A config file is not HOCON that canopy reads unambiguously, at `location`. */
export class ConfigSyntaxError extends CanopyError {
  readonly code = 'config-syntax';
  readonly location: SourceLocation;
  /** The message without the location prefix. */
  readonly detail: string;
  constructor(location: SourceLocation, detail: string, options?: ErrorOptions) {
    super(`${formatLocation(location)}: ${detail}`, options);
    this.location = location;
    this.detail = detail;
  }
}

/** How many problems the message lists in full; `problems` always holds them all. */
const PROBLEMS_SHOWN_MAX = 20;

/**
 * The configuration parses but is not valid. `problems` is non-empty, in the order found (file by
 * file, top to bottom); the message lists them one per line, the first on the first line.
 */
export class ConfigValidationError extends CanopyError {
  readonly code = 'config-invalid';
  readonly problems: readonly ConfigProblem[];
  constructor(problems: readonly ConfigProblem[], options?: ErrorOptions) {
    if (problems.length === 0) {
      throw new TypeError('ConfigValidationError needs at least one problem');
    }
    const shown = problems.slice(0, PROBLEMS_SHOWN_MAX).map(formatProblem);
    const hidden = problems.length - shown.length;
    if (hidden > 0) shown.push(`(and ${hidden} more problem${hidden === 1 ? '' : 's'})`);
    super(shown.join('\n'), options);
    this.problems = problems;
  }
}

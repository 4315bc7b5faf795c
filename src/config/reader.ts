/**
 * Reads typed values out of a parsed (`unknown`) config tree and records a `ConfigProblem` for each
 * thing wrong, instead of throwing at the first, so one run reports every problem. Each problem names
 * the key path and where the value came from (`originOf`: the file and line, or the environment
 * variable or flag that overrode it), what was expected and what to do.
 *
 * Conversions are HOCON's (Typesafe Config's): a string of digits is read as an integer and "true" or
 * "false" as a boolean, which is also how environment variables and flags arrive. Nothing else is
 * coerced. Pure.
 */
import { formatKeyPath } from './errors.js';
import type { ConfigProblem, KeyPath, ValueOrigin } from './errors.js';
import { didYouMean } from './suggest.js';

/** Where the value at a key path came from. */
export type OriginOf = (path: KeyPath) => ValueOrigin;

/** Letters, digits, '-' and '_', starting with a letter or digit, 1 to 64 characters. */
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
export const NAME_EXPECTED =
  "a name of letters, digits, '-' and '_' that starts with a letter or digit (at most 64)";

/** How a value is shown in messages. */
export function showValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object' && v !== null) return 'an object';
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? `${v.slice(0, 77)}...` : v);
  return JSON.stringify(v) ?? typeof v;
}

/** A plain object from the parsed tree (or an override), read-only. */
export type ConfigObject = Readonly<Record<string, unknown>>;

export class ConfigReader {
  readonly problems: ConfigProblem[];
  private readonly originOf: OriginOf;

  constructor(problems: ConfigProblem[], originOf: OriginOf) {
    this.problems = problems;
    this.originOf = originOf;
  }

  /** `line N` where `path` is in a file, else the key path: for "first at ..." in messages. */
  where(path: KeyPath): string {
    const origin = this.originOf(path);
    if (origin.type === 'file' && origin.line !== undefined) return `line ${origin.line}`;
    return formatKeyPath(path);
  }

  /** Records a problem about `path`. */
  problem(path: KeyPath, message: string): void {
    this.problems.push({ origin: this.originOf(path), key: formatKeyPath(path), message });
  }

  /**
   * `v` as an object whose keys are all in `allowed` (each unknown key is a problem with a
   * suggestion); undefined (and a problem) when it is not an object. `v === undefined` (the key is
   * absent) gives an empty object: every object in canopy's files is optional.
   */
  object(v: unknown, path: KeyPath, allowed: readonly string[]): ConfigObject | undefined {
    if (v === undefined) return {};
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      this.problem(path, `expected an object ({ ... }), got ${showValue(v)}`);
      return undefined;
    }
    const obj = v as ConfigObject;
    for (const key of Object.keys(obj)) {
      if (allowed.includes(key)) continue;
      const where = path.length === 0 ? 'at the top of the file' : `in "${formatKeyPath(path)}"`;
      const listed =
        allowed.length <= 8
          ? ` (the keys ${where}: ${allowed.join(', ')})`
          : ' (docs/CONFIGURATION.md lists every key)';
      this.problem([...path, key], `unknown key${didYouMean(key, allowed)}${listed}`);
    }
    return obj;
  }

  /** A key that must be present in `obj`; its absence is a problem reported at `obj`. */
  required(obj: ConfigObject, key: string, path: KeyPath): unknown {
    const v = obj[key];
    if (v === undefined) this.problem(path, `missing key "${key}"`);
    return v;
  }

  list(v: unknown, path: KeyPath): readonly unknown[] | undefined {
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      this.problem(path, `expected a list ([ ... ]), got ${showValue(v)}`);
      return undefined;
    }
    return v as readonly unknown[];
  }

  /** A string matching `pattern` (described as `expected` in messages). */
  string(v: unknown, path: KeyPath, pattern: RegExp, expected: string): string | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== 'string') {
      this.problem(path, `expected ${expected} in double quotes, got ${showValue(v)}`);
      return undefined;
    }
    if (!pattern.test(v)) {
      this.problem(path, `expected ${expected}, got ${showValue(v)}`);
      return undefined;
    }
    return v;
  }

  /** A whole number in `min..max` (`unit` names what it counts, for the message). */
  integer(v: unknown, path: KeyPath, min: number, max: number, unit: string): number | undefined {
    if (v === undefined) return undefined;
    const n = typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v.trim()) : v;
    const range = `a whole number from ${min} to ${max}${unit === '' ? '' : ` (${unit})`}`;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < min || n > max) {
      const hint = v === null ? '; remove the line to use the default' : '';
      this.problem(path, `expected ${range}, got ${showValue(n)}${hint}`);
      return undefined;
    }
    return n;
  }

  /** A finite number, whole or not, in `min..max` (`unit` names what it measures). */
  number(v: unknown, path: KeyPath, min: number, max: number, unit: string): number | undefined {
    if (v === undefined) return undefined;
    const n = typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v.trim()) : v;
    const range = `a number from ${min} to ${max}${unit === '' ? '' : ` (${unit})`}`;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max) {
      const hint = v === null ? '; remove the line to use the default' : '';
      this.problem(path, `expected ${range}, got ${showValue(n)}${hint}`);
      return undefined;
    }
    return n;
  }

  boolean(v: unknown, path: KeyPath): boolean | undefined {
    if (v === undefined) return undefined;
    if (typeof v === 'boolean') return v;
    if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) {
      return v.trim().toLowerCase() === 'true';
    }
    this.problem(path, `expected true or false, got ${showValue(v)}`);
    return undefined;
  }
}

/**
 * The seam around hocon-parser, the only file that imports it. hocon-parser throws bare strings with no
 * position and silently accepts malformed text (see hocon-scan.ts for the list), so every file is first
 * read by canopy's strict reader (`scanHocon`), which rejects what hocon-parser would misread, with the
 * file, line and column. Then hocon-parser reads the same text, and the two results must be equal:
 * a difference, or hocon-parser throwing on text the strict reader accepted, is a `ConfigSyntaxError`
 * too, at the line of the first differing key. The value returned is hocon-parser's, deeply frozen and
 * typed `unknown` until validate.ts has checked it.
 *
 * Invariants: hocon-parser never sees text containing `${` (it evaluates substitutions with `eval`) or
 * a key named after an `Object.prototype` property (it would write into the prototype); both are
 * rejected by the strict reader first. The only error this module throws is `ConfigSyntaxError`.
 */
import hoconParser from 'hocon-parser';
import { ConfigSyntaxError, formatKeyPath } from './errors.js';
import type { KeyPath } from './errors.js';
import { scanHocon } from './hocon-scan.js';
import type { HoconObject, HoconValue, Position } from './hocon-scan.js';

/** A parsed config file: its value and where its keys are. */
export interface HoconDocument {
  /** The file name used in messages, as given to `parseHocon`. */
  readonly file: string;
  /** The parsed value, deeply frozen; an object (a file is always an object of settings). */
  readonly value: unknown;
  /** Where `path` (a key or a list element) was first set, or undefined if it is not in the file. */
  locate(path: KeyPath): Position | undefined;
  /**
   * The line of `path`, or of its nearest ancestor in the file (so a missing key is reported at the
   * object that lacks it); undefined only when no ancestor is in the file either.
   */
  lineOf(path: KeyPath): number | undefined;
}

/**
 * Parses the HOCON `text` of `file` (`file` only names it in messages). Throws `ConfigSyntaxError` with
 * the file, line and column when the text is outside the subset canopy reads (hocon-scan.ts) or when
 * hocon-parser reads it differently from canopy's reader.
 */
export function parseHocon(text: string, file: string): HoconDocument {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text; // a byte-order mark is no key
  const scanned = scanHocon(source, file);
  const locate = (path: KeyPath): Position | undefined =>
    scanned.positions.get(formatKeyPath(path));
  const nearest = (path: KeyPath): Position | undefined => {
    for (let n = path.length; n > 0; n--) {
      const at = locate(path.slice(0, n));
      if (at !== undefined) return at;
    }
    return undefined;
  };
  let parsed: unknown;
  try {
    parsed = hoconParser(source);
  } catch (thrown) {
    throw new ConfigSyntaxError(
      { file, line: 1, column: 1 },
      `hocon-parser rejects this file (${describeThrown(thrown)}) although canopy's reader accepts ` +
        'it; simplify the file (one setting per line, strings in double quotes) and report it',
      { cause: thrown },
    );
  }
  const differs = firstDifference(scanned.value, parsed, []);
  if (differs !== undefined) {
    const at = nearest(differs.path) ?? { line: 1, column: 1 };
    throw new ConfigSyntaxError(
      { file, ...at },
      `hocon-parser reads "${formatKeyPath(differs.path)}" as ${differs.theirs} but canopy's ` +
        `reader reads ${differs.ours}; write it plainly (one setting per line, strings in double ` +
        'quotes)',
    );
  }
  return {
    file,
    value: deepFreeze(parsed),
    locate,
    lineOf: (path) => nearest(path)?.line,
  };
}

function describeThrown(thrown: unknown): string {
  if (typeof thrown === 'string') return JSON.stringify(thrown);
  if (thrown instanceof Error) return `${thrown.name}: ${thrown.message}`;
  return String(thrown);
}

interface Difference {
  readonly path: KeyPath;
  readonly ours: string;
  readonly theirs: string;
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object' && v !== null) return 'an object';
  return JSON.stringify(v);
}

/** The first place where hocon-parser's value differs from the strict reader's, if any. */
function firstDifference(ours: HoconValue, theirs: unknown, path: KeyPath): Difference | undefined {
  const here = (): Difference => ({ path, ours: show(ours), theirs: show(theirs) });
  if (Array.isArray(ours)) {
    if (!Array.isArray(theirs) || theirs.length !== ours.length) return here();
    for (let i = 0; i < ours.length; i++) {
      const d = firstDifference(ours[i] as HoconValue, theirs[i], [...path, i]);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  if (typeof ours === 'object' && ours !== null) {
    if (typeof theirs !== 'object' || theirs === null || Array.isArray(theirs)) return here();
    const ourObject = ours as HoconObject; // NB: Array.isArray does not narrow readonly arrays away
    const theirObject = theirs as Record<string, unknown>;
    for (const key of Object.keys(ourObject)) {
      if (!Object.hasOwn(theirObject, key)) {
        return { path: [...path, key], ours: show(ourObject[key]), theirs: 'nothing' };
      }
      const d = firstDifference(ourObject[key]!, theirObject[key], [...path, key]);
      if (d !== undefined) return d;
    }
    for (const key of Object.keys(theirObject)) {
      if (!Object.hasOwn(ourObject, key)) {
        return { path: [...path, key], ours: 'nothing', theirs: show(theirObject[key]) };
      }
    }
    return undefined;
  }
  return Object.is(ours, theirs) ? undefined : here();
}

function deepFreeze(v: unknown): unknown {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    for (const child of Object.values(v)) deepFreeze(child);
    Object.freeze(v);
  }
  return v;
}

/**
 * Parsing of RESTCONF request bodies (data, rpc input, YANG Patch): JSON.parse for the value, then one
 * scan of the text for what JSON.parse lets through silently: an object with two members of the same
 * name (RFC 8259 §4 leaves their meaning open; JSON.parse keeps the last, so the first would be lost
 * without a word, and RFC 7951 §4 data never repeats a member), and a member named `__proto__` (an own
 * property after JSON.parse, but a trap for any code that copies objects). Both are refused with a
 * 400 `malformed-message` that names the member, where it is (line and column) and the path of the
 * object that holds it (`/a:box/item/0`), as the config reader does for a repeated key.
 *
 * Invariants: a body this accepts parses to exactly what JSON.parse gives; names compare decoded
 * (`"a"` and `"\u0061"` are the same member). Everything here runs only on text JSON.parse accepted,
 * so it assumes valid JSON and never reports a syntax error itself. The common case costs two cheap
 * passes, counting the members of the text (its ':' outside strings, found with indexOf) and of the
 * parsed value; only a mismatch (a repeated name) or a possible `__proto__` runs the scan that keeps
 * a set of names per object and says which member it was (`npm run bench -- --filter restconf-body`
 * compares it with JSON.parse alone). Pure.
 */
import { RestconfError } from './restconf-error.js';

const QUOTE = 0x22; // "
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** An open object or array while scanning. */
interface Frame {
  readonly object: boolean;
  /** Objects: the member names seen so far; arrays: unused. */
  readonly names: Set<string> | undefined;
  /** Objects: the member being read (for paths); arrays: the index of the element being read. */
  member: string;
  index: number;
  /** Objects: whether the next string is a member name. */
  expectName: boolean;
}

/**
 * Parses a request body: empty (or blank) is `undefined`. Throws RestconfError 400 malformed-message
 * for text that is not JSON, a repeated member name, or a member named `__proto__`.
 */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') {
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    throw new RestconfError(
      'malformed-message',
      `the body is not valid JSON: ${(e as Error).message}`,
    );
  }
  // NB: only objects can repeat a name; a body without '{' (a scalar, an array of scalars) has none.
  if (typeof value !== 'object' || value === null || !text.includes('{')) {
    return value;
  }
  // Fast check: JSON.parse keeps one member per name, so a repeated name leaves the value with fewer
  // members than the text has (each ':' outside strings is one). Only a mismatch, or a text that
  // could spell `__proto__` (plainly or with `\u` escapes), pays for the scan that finds the culprit.
  if (
    countMembersInText(text) !== countMembersInValue(value) ||
    text.includes('__proto__') ||
    text.includes('\\u')
  ) {
    checkMemberNames(text);
  }
  return value;
}

/** The members of the valid JSON `text`: its ':' characters outside strings. */
function countMembersInText(text: string): number {
  let count = 0;
  let pos = 0;
  // The next ':' at or after `pos`, found once each (a long stretch without one is scanned once).
  let colon = text.indexOf(':');
  while (colon >= 0) {
    const quote = text.indexOf('"', pos);
    const end = quote < 0 ? text.length : quote;
    while (colon >= 0 && colon < end) {
      count++;
      colon = text.indexOf(':', colon + 1);
    }
    if (quote < 0) {
      break;
    }
    pos = stringEnd(text, quote) + 1;
    if (colon >= 0 && colon < pos) {
      colon = text.indexOf(':', pos);
    }
  }
  return count;
}

/** The members of every object in `value` (iteratively: JSON may nest deeper than the stack). */
function countMembersInValue(value: object): number {
  let count = 0;
  const stack: unknown[] = [value];
  for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
    if (Array.isArray(v)) {
      for (const item of v as unknown[]) {
        if (typeof item === 'object' && item !== null) {
          stack.push(item);
        }
      }
    } else if (typeof v === 'object' && v !== null) {
      const record = v as Record<string, unknown>;
      for (const key in record) {
        count++;
        const item = record[key];
        if (typeof item === 'object' && item !== null) {
          stack.push(item);
        }
      }
    }
  }
  return count;
}

/**
 * Throws RestconfError 400 for the first repeated or `__proto__` member name of `text`, which must be
 * valid JSON.
 */
export function checkMemberNames(text: string): void {
  const stack: Frame[] = [];
  let top: Frame | undefined;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (top !== undefined && top.object && top.expectName) {
        const raw = text.slice(i + 1, end);
        const name = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        checkName(text, i, stack, top, name);
        top.member = name;
        top.expectName = false;
      }
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      const object = c === OPEN_BRACE;
      top = {
        object,
        names: object ? new Set() : undefined,
        member: '',
        index: 0,
        expectName: object,
      };
      stack.push(top);
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      stack.pop();
      top = stack[stack.length - 1];
    } else if (c === COMMA && top !== undefined) {
      if (top.object) {
        top.expectName = true;
      } else {
        top.index++;
      }
    }
  }
}

/** The index of the quote that ends the string whose opening quote is at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  // A quote preceded by an odd number of backslashes is escaped: keep looking.
  while (end > 0 && text.charCodeAt(end - 1) === BACKSLASH) {
    let backslashes = 1;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) {
      backslashes++;
    }
    if (backslashes % 2 === 0) {
      break;
    }
    end = text.indexOf('"', end + 1);
  }
  return end;
}

function checkName(
  text: string,
  at: number,
  stack: readonly Frame[],
  top: Frame,
  name: string,
): void {
  if (name === '__proto__') {
    throw new RestconfError(
      'malformed-message',
      `a member named "__proto__" is refused (${position(text, at)}, in the object at ${jsonPath(stack)})`,
    );
  }
  const names = top.names!;
  if (names.has(name)) {
    throw new RestconfError(
      'malformed-message',
      `the member ${JSON.stringify(name)} is given twice in one object (the second at ${position(text, at)}, in the object at ${jsonPath(stack)}); a JSON object's member names must be unique (RFC 7951 §4)`,
    );
  }
  names.add(name);
}

/** `line L, column C` (1-based) of offset `at` in `text`. */
function position(text: string, at: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${at - lineStart + 1}`;
}

/**
 * The path of the innermost open object: member names and array indexes from the body's top, as a
 * JSON Pointer (RFC 6901: `~` and `/` escaped); `/` for the top-level object.
 */
function jsonPath(stack: readonly Frame[]): string {
  let out = '';
  for (let i = 0; i < stack.length - 1; i++) {
    const frame = stack[i]!;
    const step = frame.object ? frame.member : String(frame.index);
    out += `/${step.replaceAll('~', '~0').replaceAll('/', '~1')}`;
  }
  return out === '' ? '/' : out;
}

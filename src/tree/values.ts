/**
 * Leaf values: checking and normalising a scalar against its resolved YANG type, from RFC 7951 JSON
 * (data) or from the lexical text form (RFC 8040 path keys), and printing a value back as text.
 *
 * The normal form is RFC 7951's: integers up to 32 bits are JSON numbers; int64, uint64 and decimal64
 * are strings in canonical form (RFC 7950 §9.2.2, §9.3.2: no '+', no leading zeros, decimal64 with at
 * least one digit either side of the point and no trailing zeros); `empty` is [null]; identityref is
 * `module:name`; bits are their names in position order separated by one space. Two equal values thus
 * have equal normal forms, which is what keys, leaf-list values and "unchanged" detection rely on.
 *
 * JSON kinds follow RFC 7951 §6 strictly, as libyang does: int64, uint64 and decimal64 are JSON strings
 * only (§6.1: a JSON number cannot carry them exactly; a number is refused, saying to send the string),
 * and integers up to 32 bits are JSON numbers only (a "5" for an int32 is refused: unions depend on
 * JSON kinds). One leniency, on purpose: an identityref may omit the module when the identity is the
 * leaf's own module's.
 *
 * Nothing here throws on bad input: functions return a `Rejection` with the reason, so that union
 * members can be tried in turn; callers turn it into a typed error with the data path.
 */
import type { IntegerBase, Interval, JsonScalar, SchemaContext, YangType } from '../yang/schema.js';
import { emptyValue } from './node.js';

/** Why a value was refused; callers add the path. */
export class Rejection {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

/** What a value is checked in: identities and instance-identifiers need the schema. */
export interface ValueContext {
  readonly schema: SchemaContext;
  /** The module of the leaf being checked (the default module of an unqualified identity). */
  readonly module: string;
}

const INTEGER_BOUNDS: Record<IntegerBase, Interval<bigint>> = {
  int8: { min: -128n, max: 127n },
  int16: { min: -32768n, max: 32767n },
  int32: { min: -2147483648n, max: 2147483647n },
  int64: { min: -9223372036854775808n, max: 9223372036854775807n },
  uint8: { min: 0n, max: 255n },
  uint16: { min: 0n, max: 65535n },
  uint32: { min: 0n, max: 4294967295n },
  uint64: { min: 0n, max: 18446744073709551615n },
};

const INT64_BOUNDS = INTEGER_BOUNDS.int64;

const INTEGER_LEXICAL = /^[+-]?[0-9]+$/;
const DECIMAL_LEXICAL = /^([+-]?)([0-9]+)(?:\.([0-9]+))?$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// C0 controls other than tab, LF and CR are not YANG string characters (RFC 7950 §9.4, §6.1).
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

function describe(json: unknown): string {
  if (json === null) {
    return 'null';
  }
  if (Array.isArray(json)) {
    return 'an array';
  }
  if (typeof json === 'string') {
    return `the string ${JSON.stringify(json)}`;
  }
  if (typeof json === 'number' || typeof json === 'boolean') {
    return `the ${typeof json} ${String(json)}`;
  }
  return typeof json === 'object' ? 'an object' : typeof json;
}

function inIntervals(value: bigint, intervals: readonly Interval<bigint>[]): boolean {
  if (intervals.length === 0) {
    return true;
  }
  return intervals.some((r) => value >= r.min && value <= r.max);
}

function formatIntervals<T extends number | bigint>(intervals: readonly Interval<T>[]): string {
  return intervals.map((r) => (r.min === r.max ? `${r.min}` : `${r.min}..${r.max}`)).join(' | ');
}

function checkInteger(
  type: Extract<YangType, { kind: 'integer' }>,
  value: bigint,
  shown: string,
): JsonScalar | Rejection {
  const bounds = INTEGER_BOUNDS[type.base];
  if (value < bounds.min || value > bounds.max) {
    return new Rejection(`${shown} is out of the ${type.base} range ${bounds.min}..${bounds.max}`);
  }
  if (!inIntervals(value, type.ranges)) {
    return new Rejection(
      `${shown} is outside the range ${formatIntervals(type.ranges)} of ${type.name}`,
    );
  }
  return type.base === 'int64' || type.base === 'uint64' ? value.toString() : Number(value);
}

function integerFromText(
  type: Extract<YangType, { kind: 'integer' }>,
  text: string,
): JsonScalar | Rejection {
  if (!INTEGER_LEXICAL.test(text)) {
    return new Rejection(`${JSON.stringify(text)} is not an integer`);
  }
  return checkInteger(type, BigInt(text), text);
}

function integerFromJson(
  type: Extract<YangType, { kind: 'integer' }>,
  json: unknown,
): JsonScalar | Rejection {
  if (type.base === 'int64' || type.base === 'uint64') {
    return typeof json === 'string'
      ? integerFromText(type, json)
      : new Rejection(
          `expected a string for ${type.name} (RFC 7951 §6.1 encodes ${type.base} as a JSON string), got ${describe(json)}${suggestString(json)}`,
        );
  }
  if (typeof json === 'number') {
    if (!Number.isInteger(json)) {
      return new Rejection(`${describe(json)} is not an integer`);
    }
    return checkInteger(type, BigInt(json), String(json));
  }
  return new Rejection(`expected a number for ${type.name}, got ${describe(json)}`);
}

/**
 * For a JSON number sent where RFC 7951 wants a string: what to send instead, when the number is still
 * exact (beyond 2^53 it may already have lost digits in the sender's JSON encoder).
 */
function suggestString(json: unknown): string {
  if (typeof json !== 'number' || (Number.isInteger(json) && !Number.isSafeInteger(json))) {
    return '';
  }
  const text = String(json);
  return /^-?[0-9]+(?:\.[0-9]+)?$/.test(text) ? `; send it as ${JSON.stringify(text)}` : '';
}

function decimalFromText(
  type: Extract<YangType, { kind: 'decimal64' }>,
  text: string,
): JsonScalar | Rejection {
  const m = DECIMAL_LEXICAL.exec(text);
  if (m === null) {
    return new Rejection(`${JSON.stringify(text)} is not a decimal number`);
  }
  const fd = type.fractionDigits;
  let frac = m[3] ?? '';
  if (frac.length > fd) {
    if (/[^0]/.test(frac.slice(fd))) {
      return new Rejection(`${text} has more than ${fd} fraction digits (${type.name})`);
    }
    frac = frac.slice(0, fd);
  }
  const digits = (m[2] ?? '0') + frac.padEnd(fd, '0');
  const scaled = m[1] === '-' ? -BigInt(digits) : BigInt(digits);
  if (scaled < INT64_BOUNDS.min || scaled > INT64_BOUNDS.max) {
    return new Rejection(`${text} is out of the decimal64 range for ${fd} fraction digits`);
  }
  if (!inIntervals(scaled, type.ranges)) {
    const shown = type.ranges.map((r) => ({
      min: formatDecimal(r.min, fd),
      max: formatDecimal(r.max, fd),
    }));
    return new Rejection(
      `${text} is outside the range ${formatIntervals(shown as never)} of ${type.name}`,
    );
  }
  return formatDecimal(scaled, fd);
}

/** The canonical text of a decimal64 given as its scaled integer (RFC 7950 §9.3.2). */
export function formatDecimal(scaled: bigint, fractionDigits: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(fractionDigits + 1, '0');
  const intPart = digits.slice(0, digits.length - fractionDigits);
  let fracPart = digits.slice(digits.length - fractionDigits).replace(/0+$/, '');
  if (fracPart === '') {
    fracPart = '0';
  }
  return `${negative ? '-' : ''}${intPart}.${fracPart}`;
}

function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      n--;
    }
  }
  return n;
}

function checkLength(
  length: number,
  lengths: readonly Interval<number>[],
  what: string,
  typeName: string,
): Rejection | undefined {
  if (lengths.length === 0 || lengths.some((r) => length >= r.min && length <= r.max)) {
    return undefined;
  }
  return new Rejection(
    `${what} ${length} is outside the length ${formatIntervals(lengths)} of ${typeName}`,
  );
}

function checkString(
  type: Extract<YangType, { kind: 'string' }>,
  s: string,
): JsonScalar | Rejection {
  if (FORBIDDEN_CHARS.test(s)) {
    return new Rejection('a string may not contain control characters other than tab, CR and LF');
  }
  if (type.lengths.length > 0) {
    const bad = checkLength(codePointLength(s), type.lengths, 'length', type.name);
    if (bad !== undefined) {
      return bad;
    }
  }
  for (const p of type.patterns) {
    if (p.regex.test(s) === p.invertMatch) {
      return new Rejection(
        p.errorMessage ??
          `${JSON.stringify(s)} does not match the pattern ${JSON.stringify(p.source)}${p.invertMatch ? ' (inverted)' : ''} of ${type.name}`,
      );
    }
  }
  return s;
}

function checkBinary(
  type: Extract<YangType, { kind: 'binary' }>,
  s: string,
): JsonScalar | Rejection {
  if (!BASE64.test(s)) {
    return new Rejection(
      `${JSON.stringify(s.length > 40 ? s.slice(0, 40) + '…' : s)} is not base64`,
    );
  }
  const padding = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const bytes = (s.length / 4) * 3 - padding;
  return checkLength(bytes, type.lengths, 'length in bytes', type.name) ?? s;
}

function checkBits(type: Extract<YangType, { kind: 'bits' }>, s: string): JsonScalar | Rejection {
  const names = s.trim() === '' ? [] : s.trim().split(/[ \t\r\n]+/);
  const seen = new Set<string>();
  for (const name of names) {
    if (!type.bits.has(name)) {
      return new Rejection(
        `${JSON.stringify(name)} is not a bit of ${type.name} (${[...type.bits.keys()].join(', ')})`,
      );
    }
    if (seen.has(name)) {
      return new Rejection(`bit ${JSON.stringify(name)} is given twice`);
    }
    seen.add(name);
  }
  return names.sort((a, b) => type.bits.get(a)! - type.bits.get(b)!).join(' ');
}

function checkIdentity(
  type: Extract<YangType, { kind: 'identityref' }>,
  s: string,
  ctx: ValueContext,
): JsonScalar | Rejection {
  const qname = s.includes(':') ? s : `${ctx.module}:${s}`;
  const identity = ctx.schema.identities.get(qname);
  if (identity === undefined) {
    return new Rejection(`${JSON.stringify(s)} is not a known identity (write it as module:name)`);
  }
  for (const base of type.bases) {
    const baseIdentity = ctx.schema.identities.get(base);
    if (baseIdentity === undefined || !baseIdentity.derived.has(qname)) {
      return new Rejection(`identity ${qname} is not derived from ${base}`);
    }
  }
  return qname;
}

function checkEnum(
  type: Extract<YangType, { kind: 'enumeration' }>,
  s: string,
): JsonScalar | Rejection {
  if (type.enums.has(s)) {
    return s;
  }
  const names = [...type.enums.keys()];
  const shown = names.length > 12 ? names.slice(0, 12).join(', ') + ', …' : names.join(', ');
  return new Rejection(
    `${JSON.stringify(s)} is not one of the enum values of ${type.name} (${shown})`,
  );
}

/**
 * Checks and normalises an RFC 7951 JSON value against `type`.
 * Returns the normalised scalar, or a Rejection saying why.
 */
export function valueFromJson(
  type: YangType,
  json: unknown,
  ctx: ValueContext,
): JsonScalar | Rejection {
  switch (type.kind) {
    case 'string':
      return typeof json === 'string'
        ? checkString(type, json)
        : new Rejection(`expected a string for ${type.name}, got ${describe(json)}`);
    case 'integer':
      return integerFromJson(type, json);
    case 'decimal64':
      return typeof json === 'string'
        ? decimalFromText(type, json)
        : new Rejection(
            `expected a decimal64 string for ${type.name} (RFC 7951 §6.1 encodes decimal64 as a JSON string), got ${describe(json)}${suggestString(json)}`,
          );
    case 'boolean':
      return typeof json === 'boolean'
        ? json
        : new Rejection(`expected true or false for ${type.name}, got ${describe(json)}`);
    case 'empty':
      return Array.isArray(json) && json.length === 1 && json[0] === null
        ? emptyValue()
        : new Rejection(`expected [null] for the empty type, got ${describe(json)}`);
    case 'binary':
      return typeof json === 'string'
        ? checkBinary(type, json)
        : new Rejection(`expected a base64 string for ${type.name}, got ${describe(json)}`);
    case 'enumeration':
      return typeof json === 'string'
        ? checkEnum(type, json)
        : new Rejection(`expected an enum name for ${type.name}, got ${describe(json)}`);
    case 'bits':
      return typeof json === 'string'
        ? checkBits(type, json)
        : new Rejection(`expected a string of bit names for ${type.name}, got ${describe(json)}`);
    case 'union':
      return unionFrom(type, (member) => valueFromJson(member, json, ctx), describe(json));
    case 'identityref':
      return typeof json === 'string'
        ? checkIdentity(type, json, ctx)
        : new Rejection(`expected an identity name for ${type.name}, got ${describe(json)}`);
    case 'leafref':
      return valueFromJson(type.target, json, ctx);
    case 'instance-identifier':
      return typeof json === 'string'
        ? checkInstanceIdentifier(json, ctx)
        : new Rejection(`expected an instance-identifier string, got ${describe(json)}`);
  }
}

/**
 * Checks and normalises a value in its lexical text form (an RFC 8040 key, once percent-decoded).
 * Returns the normalised RFC 7951 scalar, or a Rejection.
 */
export function valueFromText(
  type: YangType,
  text: string,
  ctx: ValueContext,
): JsonScalar | Rejection {
  switch (type.kind) {
    case 'string':
      return checkString(type, text);
    case 'integer':
      return integerFromText(type, text);
    case 'decimal64':
      return decimalFromText(type, text);
    case 'boolean':
      return text === 'true'
        ? true
        : text === 'false'
          ? false
          : new Rejection(`${JSON.stringify(text)} is not true or false`);
    case 'empty':
      return text === ''
        ? emptyValue()
        : new Rejection(`the empty type has no value, got ${JSON.stringify(text)}`);
    case 'binary':
      return checkBinary(type, text);
    case 'enumeration':
      return checkEnum(type, text);
    case 'bits':
      return checkBits(type, text);
    case 'union':
      return unionFrom(type, (member) => valueFromText(member, text, ctx), JSON.stringify(text));
    case 'identityref':
      return checkIdentity(type, text, ctx);
    case 'leafref':
      return valueFromText(type.target, text, ctx);
    case 'instance-identifier':
      return checkInstanceIdentifier(text, ctx);
  }
}

function unionFrom(
  type: Extract<YangType, { kind: 'union' }>,
  tryMember: (member: YangType) => JsonScalar | Rejection,
  shown: string,
): JsonScalar | Rejection {
  const reasons: string[] = [];
  for (const member of type.types) {
    const r = tryMember(member);
    if (!(r instanceof Rejection)) {
      return r;
    }
    reasons.push(r.reason);
  }
  return new Rejection(`${shown} matches no member type of ${type.name} (${reasons.join('; ')})`);
}

/** The lexical text of a normalised scalar, as it appears in an RFC 8040 key (before percent-encoding). */
export function valueToText(value: JsonScalar): string {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number') {
    return String(value);
  }
  if (typeof value === 'boolean') {
    return value ? 'true' : 'false';
  }
  return '';
}

// ---- instance-identifier (RFC 7951 §6.11): `/mod:a/b[mod:k='v'][.='x'][2]`, checked against the schema.

const II_NAME = /^(?:([A-Za-z_][A-Za-z0-9_.-]*):)?([A-Za-z_][A-Za-z0-9_.-]*)/;

function checkInstanceIdentifier(text: string, ctx: ValueContext): JsonScalar | Rejection {
  if (!text.startsWith('/')) {
    return new Rejection(`instance-identifier ${JSON.stringify(text)} must start with '/'`);
  }
  let pos = 1;
  let module: string | undefined;
  let children = ctx.schema.root.children;
  for (;;) {
    const m = II_NAME.exec(text.slice(pos));
    if (m === null) {
      return new Rejection(
        `instance-identifier ${JSON.stringify(text)}: expected a node name at offset ${pos}`,
      );
    }
    const mod = m[1] ?? module;
    if (mod === undefined) {
      return new Rejection(
        `instance-identifier ${JSON.stringify(text)}: the first node must be module-qualified`,
      );
    }
    const node = children.get(`${mod}:${m[2]!}`);
    if (node === undefined) {
      return new Rejection(`instance-identifier ${JSON.stringify(text)}: no node ${mod}:${m[2]!}`);
    }
    module = mod;
    pos += m[0].length;
    const after = skipPredicates(text, pos);
    if (after instanceof Rejection) {
      return after;
    }
    pos = after;
    if (pos === text.length) {
      return text;
    }
    if (text[pos] !== '/' || (node.kind !== 'container' && node.kind !== 'list')) {
      return new Rejection(
        `instance-identifier ${JSON.stringify(text)}: unexpected text at offset ${pos}`,
      );
    }
    children = node.children;
    pos++;
  }
}

/** Skips `[...]` predicates (quoted values may contain ']'); returns the offset after them. */
function skipPredicates(text: string, start: number): number | Rejection {
  let pos = start;
  while (text[pos] === '[') {
    let quote: string | undefined;
    pos++;
    while (pos < text.length && (quote !== undefined || text[pos] !== ']')) {
      const c = text[pos]!;
      if (quote === undefined && (c === "'" || c === '"')) {
        quote = c;
      } else if (c === quote) {
        quote = undefined;
      }
      pos++;
    }
    if (pos >= text.length) {
      return new Rejection(`instance-identifier ${JSON.stringify(text)}: unterminated predicate`);
    }
    pos++;
  }
  return pos;
}

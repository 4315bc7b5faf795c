/**
 * Numbers in YANG: the value spaces of the integer built-ins, decimal64 as a scaled bigint, and the
 * `range` / `length` restriction grammar (RFC 7950 §9.2.4, §9.3.4, §9.4.4).
 *
 * Invariants: every integer and decimal64 value is a bigint (decimal64 scaled by 10^fraction-digits), so
 * int64 and uint64 compare exactly. Interval lists are sorted, disjoint and inclusive. A restriction is
 * accepted only when each of its intervals lies within one interval of the type it restricts.
 *
 * Pure. Parse functions return a message string on failure, for the caller to place in the source.
 */
import type { IntegerBase, Interval } from './schema.js';

/** The value space of each integer built-in. */
export const INTEGER_LIMITS: Readonly<Record<IntegerBase, Interval<bigint>>> = {
  int8: { min: -128n, max: 127n },
  int16: { min: -32768n, max: 32767n },
  int32: { min: -2147483648n, max: 2147483647n },
  int64: { min: -9223372036854775808n, max: 9223372036854775807n },
  uint8: { min: 0n, max: 255n },
  uint16: { min: 0n, max: 65535n },
  uint32: { min: 0n, max: 4294967295n },
  uint64: { min: 0n, max: 18446744073709551615n },
};

/** The longest length a string or binary can have when nothing restricts it. */
export const LENGTH_MAX = Number.MAX_SAFE_INTEGER;

const INTEGER = /^[-+]?[0-9]+$/;
const DECIMAL = /^([-+]?)([0-9]+)(?:\.([0-9]+))?$/;

/** Parses a YANG integer literal (optional sign, decimal digits). Undefined when malformed. */
export function parseInteger(text: string): bigint | undefined {
  if (!INTEGER.test(text)) return undefined;
  return BigInt(text.startsWith('+') ? text.slice(1) : text);
}

/**
 * Parses a decimal64 literal into its value scaled by 10^fractionDigits. Returns a message when the
 * text is not a decimal number or has more fraction digits than the type allows.
 */
export function parseDecimal(text: string, fractionDigits: number): bigint | string {
  const m = DECIMAL.exec(text);
  if (m === null) return `"${text}" is not a decimal number`;
  const sign = m[1] === '-' ? -1n : 1n;
  const fraction = m[3] ?? '';
  if (fraction.length > fractionDigits) {
    return `"${text}" has more than ${fractionDigits} fraction digit${fractionDigits === 1 ? '' : 's'}`;
  }
  return sign * BigInt(m[2]! + fraction.padEnd(fractionDigits, '0'));
}

/**
 * The canonical decimal64 text of a scaled value (RFC 7950 §9.3.2): no `+`, no leading or trailing
 * zeros except one on each side of the point (`1.0`, `0.5`, `-12.25`).
 */
export function formatDecimal(scaled: bigint, fractionDigits: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(fractionDigits + 1, '0');
  const whole = digits.slice(0, digits.length - fractionDigits);
  const fraction = digits.slice(digits.length - fractionDigits).replace(/0+$/, '') || '0';
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** How the bounds of a restriction are read. */
export type BoundKind =
  | { readonly kind: 'integer' }
  | { readonly kind: 'decimal'; readonly fractionDigits: number }
  | { readonly kind: 'length' };

/**
 * Parses a `range` or `length` argument against the intervals it restricts. `min` and `max` stand for
 * the base's lowest and highest value. Returns the new intervals, or a message saying what is wrong.
 */
export function parseIntervals(
  text: string,
  bound: BoundKind,
  base: readonly Interval<bigint>[],
): Interval<bigint>[] | string {
  const lowest = base[0]!.min;
  const highest = base[base.length - 1]!.max;
  const readBound = (raw: string): bigint | string => {
    const t = raw.trim();
    if (t === 'min') return lowest;
    if (t === 'max') return highest;
    if (bound.kind === 'decimal') return parseDecimal(t, bound.fractionDigits);
    const v = parseInteger(t);
    if (v === undefined || (bound.kind === 'length' && v < 0n)) {
      return `"${t}" is not ${bound.kind === 'length' ? 'a non-negative integer' : 'an integer'}, "min" or "max"`;
    }
    return v;
  };
  const out: Interval<bigint>[] = [];
  for (const part of text.split('|')) {
    const pieces = part.split('..');
    if (pieces.length > 2 || part.trim() === '') {
      return `"${part.trim()}" is not a value or "lower..upper"`;
    }
    const lo = readBound(pieces[0]!);
    if (typeof lo === 'string') return lo;
    const hi = pieces.length === 2 ? readBound(pieces[1]!) : lo;
    if (typeof hi === 'string') return hi;
    if (lo > hi) return `"${part.trim()}" has its lower bound above its upper bound`;
    const prev = out[out.length - 1];
    if (prev !== undefined && lo <= prev.max) {
      return `"${part.trim()}" must come after and not overlap the interval before it`;
    }
    if (!base.some((b) => lo >= b.min && hi <= b.max)) {
      return `"${part.trim()}" is not within the ${describeIntervals(base, bound)} allowed by the base type`;
    }
    out.push({ min: lo, max: hi });
  }
  return out;
}

/** Renders intervals as YANG writes them (`1..10 | 20`), decimal ones unscaled. */
export function describeIntervals(list: readonly Interval<bigint>[], bound: BoundKind): string {
  const fmt = (v: bigint): string =>
    bound.kind === 'decimal' ? formatDecimal(v, bound.fractionDigits) : v.toString();
  return list
    .map((i) => (i.min === i.max ? fmt(i.min) : `${fmt(i.min)}..${fmt(i.max)}`))
    .join(' | ');
}

/** True when `v` lies in one of the intervals. */
export function inIntervals<T extends number | bigint>(
  v: T,
  list: readonly Interval<T>[],
): boolean {
  return list.some((i) => v >= i.min && v <= i.max);
}

/**
 * Lexical values of YANG types (what a `default` writes, RFC 7950 §9), checked against a resolved
 * `YangType` and normalised to RFC 7951 JSON: int8..int32 and uint8..uint32 as numbers; int64, uint64 and decimal64 as strings (decimal64 in
 * canonical form, `1.5` not `1.50`); boolean as boolean; empty as `[null]`; bits as names in position
 * order; identityref as `module:name`; a union as its first member type that accepts the value.
 *
 * Lengths count Unicode code points (RFC 7950 §9.4.4), binary lengths count octets. A pattern with
 * `invert-match` must not match.
 *
 * Pure. Results, not exceptions: `{ ok: false, message }` says why a value does not fit.
 */
import { formatDecimal, inIntervals, parseDecimal, parseInteger } from './numbers.js';
import type { IdentitySchema, JsonScalar, QName, YangType } from './schema.js';
import { describeType } from './types.js';

export type ValueResult =
  | { readonly ok: true; readonly value: JsonScalar }
  | { readonly ok: false; readonly message: string };

/** What checking an identityref or instance-identifier value needs to know. */
export interface ValueContext {
  readonly identities: ReadonlyMap<QName, IdentitySchema>;
  /** The module a prefix names in the file the value was written in; undefined when unknown. */
  readonly resolvePrefix?: ((prefix: string) => string | undefined) | undefined;
  /** The module an unqualified identity name belongs to (the leaf's or the default's module). */
  readonly defaultModule: string;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function fail(message: string): ValueResult {
  return { ok: false, message };
}

function ok(value: JsonScalar): ValueResult {
  return { ok: true, value };
}

/** Parses a lexical value (as a YANG `default` writes it) into normalised RFC 7951 JSON. */
export function parseLexicalValue(type: YangType, text: string, ctx: ValueContext): ValueResult {
  switch (type.kind) {
    case 'integer': {
      const v = parseInteger(text);
      if (v === undefined) return fail(`"${text}" is not an integer`);
      return integerResult(type, v);
    }
    case 'decimal64': {
      const v = parseDecimal(text, type.fractionDigits);
      if (typeof v === 'string') return fail(v);
      return decimalResult(type, v);
    }
    case 'boolean':
      return text === 'true' || text === 'false'
        ? ok(text === 'true')
        : fail(`"${text}" is not true or false`);
    case 'empty':
      return fail('a leaf of type empty has no value to default to');
    case 'union':
      return unionResult(
        type,
        (member) => parseLexicalValue(member, text, ctx),
        JSON.stringify(text),
      );
    case 'leafref':
      return parseLexicalValue(type.target, text, ctx);
    case 'identityref':
      return identityResult(type, text, ctx, ctx.resolvePrefix);
    case 'instance-identifier':
      return instanceIdentifierResult(text, ctx.resolvePrefix);
    case 'string':
    case 'binary':
    case 'enumeration':
    case 'bits':
      return stringLike(type, text);
  }
}

function integerResult(type: Extract<YangType, { kind: 'integer' }>, v: bigint): ValueResult {
  if (!inIntervals(v, type.ranges))
    return fail(`${v} is outside the range of ${describeType(type)}`);
  const wide = type.base === 'int64' || type.base === 'uint64';
  return ok(wide ? v.toString() : Number(v));
}

function decimalResult(type: Extract<YangType, { kind: 'decimal64' }>, v: bigint): ValueResult {
  const text = formatDecimal(v, type.fractionDigits);
  if (!inIntervals(v, type.ranges))
    return fail(`${text} is outside the range of ${describeType(type)}`);
  return ok(text);
}

function unionResult(
  type: Extract<YangType, { kind: 'union' }>,
  tryMember: (member: YangType) => ValueResult,
  shown: string,
): ValueResult {
  const reasons: string[] = [];
  for (const member of type.types) {
    const r = tryMember(member);
    if (r.ok) return r;
    reasons.push(`${member.name}: ${r.message}`);
  }
  return fail(`${shown} matches no member of the union (${reasons.join('; ')})`);
}

function stringLike(
  type: Extract<YangType, { kind: 'string' | 'binary' | 'enumeration' | 'bits' }>,
  text: string,
): ValueResult {
  switch (type.kind) {
    case 'string': {
      const length = countCodePoints(text);
      if (type.lengths.length > 0 && !inIntervals(length, type.lengths)) {
        return fail(`"${text}" has length ${length}, outside ${lengthsText(type.lengths)}`);
      }
      for (const p of type.patterns) {
        if (p.regex.test(text) === p.invertMatch) {
          return fail(
            p.errorMessage ??
              `"${text}" ${p.invertMatch ? 'matches' : 'does not match'} the pattern ${JSON.stringify(p.source)}`,
          );
        }
      }
      return ok(text);
    }
    case 'binary': {
      const compact = text.replace(/\s+/g, '');
      if (!BASE64.test(compact)) return fail(`"${text}" is not base64`);
      const octets =
        (compact.length / 4) * 3 - (compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0);
      if (type.lengths.length > 0 && !inIntervals(octets, type.lengths)) {
        return fail(`binary value of ${octets} octets is outside ${lengthsText(type.lengths)}`);
      }
      return ok(compact);
    }
    case 'enumeration':
      return type.enums.has(text)
        ? ok(text)
        : fail(`"${text}" is not one of ${[...type.enums.keys()].map((e) => `"${e}"`).join(', ')}`);
    case 'bits': {
      const names = text.split(/\s+/).filter((s) => s !== '');
      const seen = new Set<string>();
      for (const n of names) {
        if (!type.bits.has(n)) return fail(`"${n}" is not a bit of ${type.name}`);
        if (seen.has(n)) return fail(`bit "${n}" is set twice`);
        seen.add(n);
      }
      names.sort((a, b) => type.bits.get(a)! - type.bits.get(b)!);
      return ok(names.join(' '));
    }
  }
}

function lengthsText(list: readonly { min: number; max: number }[]): string {
  return list.map((i) => (i.min === i.max ? `${i.min}` : `${i.min}..${i.max}`)).join(' | ');
}

function countCodePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function identityResult(
  type: Extract<YangType, { kind: 'identityref' }>,
  text: string,
  ctx: ValueContext,
  resolvePrefix: ((prefix: string) => string | undefined) | undefined,
): ValueResult {
  const colon = text.indexOf(':');
  let module = ctx.defaultModule;
  if (colon >= 0) {
    const prefix = text.slice(0, colon);
    const resolved = resolvePrefix?.(prefix);
    if (resolved === undefined) return fail(`unknown prefix "${prefix}" in identity "${text}"`);
    module = resolved;
  }
  const qname = `${module}:${colon >= 0 ? text.slice(colon + 1) : text}`;
  if (!ctx.identities.has(qname)) return fail(`identity "${text}" not found (looked for ${qname})`);
  for (const base of type.bases) {
    const b = ctx.identities.get(base);
    if (b === undefined || !b.derived.has(qname)) {
      return fail(`identity ${qname} is not derived from ${base}`);
    }
  }
  return ok(qname);
}

/** Rewrites `/p:a/p:b[p:k='x']` with module names for prefixes (RFC 7951 §6.11). */
function instanceIdentifierResult(
  text: string,
  resolvePrefix: ((prefix: string) => string | undefined) | undefined,
): ValueResult {
  if (!text.startsWith('/'))
    return fail(`"${text}" is not an instance identifier (it must start with /)`);
  let out = '';
  let quote: string | undefined;
  let unknown: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      out += c;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      out += c;
      continue;
    }
    const m = /^([A-Za-z_][A-Za-z0-9_.-]*):/.exec(text.slice(i));
    if (m !== null && (i === 0 || /[/[\s]/.test(text[i - 1]!))) {
      const module = resolvePrefix?.(m[1]!);
      if (module === undefined) unknown ??= m[1]!;
      out += `${module ?? m[1]!}:`;
      i += m[0].length - 1;
      continue;
    }
    out += c;
  }
  if (unknown !== undefined)
    return fail(`unknown prefix "${unknown}" in instance identifier "${text}"`);
  return ok(out);
}

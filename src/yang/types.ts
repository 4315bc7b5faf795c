/**
 * Type resolution (RFC 7950 §7.3, §9): a `type` statement, read in its scope, becomes a `YangType` with
 * its typedef chain collapsed. Each derivation step may only narrow: a range or length must lie within
 * the base's, patterns accumulate (all must match), an enumeration or bits restriction keeps a subset
 * with the base's values and positions. Built-ins that need substatements get them checked here
 * (decimal64 fraction-digits, enumeration enums, bits, union members, identityref bases, leafref path).
 *
 * leafref targets depend on where the leaf sits, so a resolved leafref carries `UNRESOLVED_TARGET` and a
 * `LeafrefOrigin` (kept by the resolver, see `leafrefOrigin`) until leafref.ts binds it for a leaf.
 *
 * Results are cached per statement: a statement always resolves in the same lexical scope, so a grouping
 * used many times resolves its types once. Pure; problems go to `Diagnostics`.
 */
import type { SourceLocation } from '../util/errors.js';
import type { Diagnostics } from './errors.js';
import type { SourceUnit } from './module-set.js';
import { argOf, subOf, subsOf } from './module-set.js';
import { INTEGER_LIMITS, LENGTH_MAX, describeIntervals, parseIntervals } from './numbers.js';
import type { BoundKind } from './numbers.js';
import type { Statement } from './parser.js';
import type { IntegerBase, Interval, PatternRestriction, QName, YangType } from './schema.js';
import { BUILTIN_TYPES } from './scope.js';
import type { Definition, Scope } from './scope.js';
import { resolvePrefixedName } from './scope.js';
import { xsdToRegExp } from './xsd-regex.js';

/** Placeholder target of a leafref not yet bound to a leaf. Never escapes the compiler. */
export const UNRESOLVED_TARGET: YangType = Object.freeze({
  kind: 'empty',
  name: '(unresolved leafref)',
});

/** Where a leafref path was written: prefixes in it resolve against `unit`. */
export interface LeafrefOrigin {
  readonly unit: SourceUnit;
  readonly source: SourceLocation;
}

/** A typedef resolved: its type, and the default and units a leaf inherits from it. */
export interface TypedefInfo {
  readonly type: YangType;
  readonly default?: LexicalDefault | undefined;
  readonly units?: string | undefined;
}

/** A default as written, with the file whose prefixes it uses (for identityref values). */
export interface LexicalDefault {
  readonly text: string;
  readonly unit: SourceUnit;
  readonly source: SourceLocation;
}

/** What the resolver needs to know about identities. */
export interface IdentityLookup {
  has(qname: QName): boolean;
}

const INTEGER_BASES: ReadonlySet<string> = new Set(Object.keys(INTEGER_LIMITS));

type Kind = YangType['kind'];

/** Which restriction substatements each kind accepts after its built-in. */
const RESTRICTIONS: Readonly<Record<Kind, readonly string[]>> = {
  string: ['length', 'pattern'],
  integer: ['range'],
  decimal64: ['range'],
  boolean: [],
  empty: [],
  binary: ['length'],
  enumeration: ['enum'],
  bits: ['bit'],
  union: [],
  identityref: [],
  leafref: ['require-instance'],
  'instance-identifier': ['require-instance'],
};

/** Resolves `type` statements and typedefs, caching by statement. */
export class TypeResolver {
  private readonly diag: Diagnostics;
  private readonly identities: IdentityLookup;
  private readonly typeCache = new Map<Statement, YangType | undefined>();
  private readonly typedefCache = new Map<Statement, TypedefInfo | undefined>();
  private readonly inProgress = new Set<Statement>();
  /** Where each unbound leafref type (and each renamed or restricted copy) was written. */
  private readonly origins = new WeakMap<YangType, LeafrefOrigin>();
  /** For each `type` statement naming a typedef, the typedef it named. */
  private readonly typedefOfStmt = new Map<Statement, Definition>();

  constructor(identities: IdentityLookup, diag: Diagnostics) {
    this.identities = identities;
    this.diag = diag;
  }

  /** Where an unbound leafref type this resolver produced was written; undefined for other types. */
  leafrefOrigin(t: YangType): LeafrefOrigin | undefined {
    return this.origins.get(t);
  }

  /** The type of a `type` statement in `scope`; undefined (after reporting) when it does not resolve. */
  resolveType(stmt: Statement, scope: Scope): YangType | undefined {
    if (this.typeCache.has(stmt)) return this.typeCache.get(stmt);
    const t = this.resolveUncached(stmt, scope);
    this.typeCache.set(stmt, t);
    return t;
  }

  /** The typedef's type, default and units; undefined when it does not resolve or is circular. */
  resolveTypedef(def: Definition): TypedefInfo | undefined {
    const stmt = def.stmt;
    if (this.typedefCache.has(stmt)) return this.typedefCache.get(stmt);
    if (this.inProgress.has(stmt)) {
      this.diag.fail(stmt.source, `typedef "${stmt.argument ?? ''}" is defined in terms of itself`);
      return;
    }
    this.inProgress.add(stmt);
    const typeStmt = subOf(stmt, 'type')!;
    const base = this.resolveType(typeStmt, def.scope);
    this.inProgress.delete(stmt);
    let info: TypedefInfo | undefined;
    if (base !== undefined) {
      const name = `${def.scope.unit.moduleName}:${stmt.argument!}`;
      const baseInfo = this.typedefOfType(typeStmt, def.scope);
      const dflt = subOf(stmt, 'default');
      const units = argOf(stmt, 'units') ?? baseInfo?.units;
      info = {
        type: this.keepOrigin(base, { ...base, name }),
        default:
          dflt === undefined
            ? baseInfo?.default
            : { text: dflt.argument!, unit: def.scope.unit, source: dflt.source },
        units,
      };
    }
    this.typedefCache.set(stmt, info);
    return info;
  }

  /** The typedef info behind a `type` statement naming a typedef (for inherited default and units). */
  typedefOfType(typeStmt: Statement, scope: Scope): TypedefInfo | undefined {
    this.resolveType(typeStmt, scope);
    const def = this.typedefOfStmt.get(typeStmt);
    return def === undefined ? undefined : this.resolveTypedef(def);
  }

  private resolveUncached(stmt: Statement, scope: Scope): YangType | undefined {
    const name = stmt.argument!;
    if (BUILTIN_TYPES.has(name)) return this.builtin(stmt, name, scope);
    const def = scope.resolve('typedef', name, stmt, this.diag);
    if (def === undefined) return undefined;
    this.typedefOfStmt.set(stmt, def);
    const info = this.resolveTypedef(def);
    if (info === undefined) return undefined;
    return this.restrict(info.type, stmt);
  }

  private builtin(stmt: Statement, name: string, scope: Scope): YangType | undefined {
    if (INTEGER_BASES.has(name)) {
      const base = name as IntegerBase;
      const t: YangType = { kind: 'integer', name, base, ranges: [INTEGER_LIMITS[base]] };
      return this.restrict(t, stmt);
    }
    switch (name) {
      case 'string':
        return this.restrict({ kind: 'string', name, lengths: [], patterns: [] }, stmt);
      case 'binary':
        return this.restrict({ kind: 'binary', name, lengths: [] }, stmt);
      case 'boolean':
      case 'empty':
        return this.restrict({ kind: name, name }, stmt);
      case 'decimal64':
        return this.decimal64(stmt);
      case 'enumeration':
        return this.checkAllowed(stmt, 'enumeration')
          ? this.enumeration(stmt, undefined)
          : undefined;
      case 'bits':
        return this.checkAllowed(stmt, 'bits') ? this.bits(stmt, undefined) : undefined;
      case 'union':
        return this.union(stmt, scope);
      case 'identityref':
        return this.identityref(stmt, scope);
      case 'leafref':
        return this.leafref(stmt, scope);
      case 'instance-identifier':
        return this.restrict({ kind: 'instance-identifier', name, requireInstance: true }, stmt);
      default: {
        this.diag.fail(stmt.source, `unhandled built-in type "${name}"`);
        return;
      }
    }
  }

  /** Checks that `stmt` holds only restrictions `kind` accepts; reports the first that it does not. */
  private checkAllowed(stmt: Statement, kind: Kind, extra: readonly string[] = []): boolean {
    const allowed = [...RESTRICTIONS[kind], ...extra];
    for (const s of stmt.substatements) {
      if (s.keyword.includes(':') || allowed.includes(s.keyword)) continue;
      this.diag.fail(
        s.source,
        `"${s.keyword}" does not apply to type "${stmt.argument ?? ''}" (${kind}); ` +
          (allowed.length === 0 ? 'it takes no restrictions' : `it accepts ${allowed.join(', ')}`),
      );
      return false;
    }
    return true;
  }

  /** Applies the restrictions written under `stmt` to `base` (a built-in or a typedef's type). */
  private restrict(base: YangType, stmt: Statement): YangType | undefined {
    if (!this.checkAllowed(stmt, base.kind)) return undefined;
    if (stmt.substatements.length === 0) return base;
    switch (base.kind) {
      case 'integer': {
        const ranges = this.intervals(stmt, 'range', { kind: 'integer' }, base.ranges);
        return ranges === undefined ? undefined : { ...base, ranges };
      }
      case 'decimal64': {
        const bound: BoundKind = { kind: 'decimal', fractionDigits: base.fractionDigits };
        const ranges = this.intervals(stmt, 'range', bound, base.ranges);
        return ranges === undefined ? undefined : { ...base, ranges };
      }
      case 'string': {
        const lengths = this.lengths(stmt, base.lengths);
        const patterns = this.patterns(stmt);
        if (lengths === undefined || patterns === undefined) return undefined;
        return { ...base, lengths, patterns: [...base.patterns, ...patterns] };
      }
      case 'binary': {
        const lengths = this.lengths(stmt, base.lengths);
        return lengths === undefined ? undefined : { ...base, lengths };
      }
      case 'enumeration':
        return this.enumeration(stmt, base);
      case 'bits':
        return this.bits(stmt, base);
      case 'leafref':
      case 'instance-identifier': {
        const ri = argOf(stmt, 'require-instance');
        if (ri === undefined) return base;
        return this.keepOrigin(base, { ...base, requireInstance: ri === 'true' });
      }
      case 'boolean':
      case 'empty':
      case 'union':
      case 'identityref':
        return base;
    }
  }

  private intervals(
    stmt: Statement,
    keyword: 'range' | 'length',
    bound: BoundKind,
    base: readonly Interval<bigint>[],
  ): Interval<bigint>[] | undefined {
    const r = subOf(stmt, keyword);
    if (r === undefined) return [...base];
    const parsed = parseIntervals(r.argument!, bound, base);
    if (typeof parsed === 'string') {
      this.diag.fail(r.source, `invalid ${keyword} "${r.argument ?? ''}": ${parsed}`);
      return;
    }
    return parsed;
  }

  private lengths(
    stmt: Statement,
    base: readonly Interval<number>[],
  ): Interval<number>[] | undefined {
    if (subOf(stmt, 'length') === undefined) return [...base];
    const asBig = (base.length === 0 ? [{ min: 0, max: LENGTH_MAX }] : base).map((i) => ({
      min: BigInt(i.min),
      max: BigInt(i.max),
    }));
    const parsed = this.intervals(stmt, 'length', { kind: 'length' }, asBig);
    if (parsed === undefined) return undefined;
    const tooLong = parsed.find((i) => i.max > BigInt(LENGTH_MAX));
    if (tooLong !== undefined) {
      this.diag.fail(subOf(stmt, 'length')!.source, `length bound ${tooLong.max} is too large`);
      return;
    }
    return parsed.map((i) => ({ min: Number(i.min), max: Number(i.max) }));
  }

  private patterns(stmt: Statement): PatternRestriction[] | undefined {
    const out: PatternRestriction[] = [];
    for (const p of subsOf(stmt, 'pattern')) {
      const converted = xsdToRegExp(p.argument!);
      if (!converted.ok) {
        this.diag.fail(
          p.source,
          `invalid pattern ${JSON.stringify(p.argument)}: ${converted.message} (at character ${converted.offset + 1})`,
        );
        return undefined;
      }
      out.push({
        source: p.argument!,
        regex: converted.regex,
        invertMatch: argOf(p, 'modifier') === 'invert-match',
        errorMessage: argOf(p, 'error-message'),
      });
    }
    return out;
  }

  private decimal64(stmt: Statement): YangType | undefined {
    if (!this.checkAllowed(stmt, 'decimal64', ['fraction-digits'])) return undefined;
    const fd = subOf(stmt, 'fraction-digits');
    if (fd === undefined) {
      this.diag.fail(stmt.source, 'type decimal64 needs a "fraction-digits" statement (1..18)');
      return;
    }
    const base: YangType = {
      kind: 'decimal64',
      name: 'decimal64',
      fractionDigits: Number(fd.argument),
      ranges: [INTEGER_LIMITS.int64],
    };
    const withoutFd = { ...stmt, substatements: stmt.substatements.filter((s) => s !== fd) };
    return this.restrict(base, withoutFd);
  }

  private enumeration(stmt: Statement, base: YangType | undefined): YangType | undefined {
    const enums = subsOf(stmt, 'enum');
    if (base === undefined && enums.length === 0) {
      this.diag.fail(stmt.source, 'type enumeration needs at least one "enum"');
      return;
    }
    if (base?.kind === 'enumeration' && enums.length === 0) return base;
    const baseEnums = base?.kind === 'enumeration' ? base.enums : undefined;
    const out = new Map<string, number>();
    const used = new Set<number>();
    let next = 0;
    for (const e of enums) {
      const name = e.argument!;
      if (name === '' || name.trim() !== name) {
        this.diag.fail(
          e.source,
          `enum name "${name}" must be non-empty with no leading or trailing space`,
        );
        continue;
      }
      if (out.has(name)) {
        this.diag.fail(e.source, `enum "${name}" appears twice`);
        continue;
      }
      const valueStmt = subOf(e, 'value');
      let value: number;
      if (baseEnums !== undefined) {
        const inherited = baseEnums.get(name);
        if (inherited === undefined) {
          this.diag.fail(
            e.source,
            `enum "${name}" is not in the base enumeration; a restriction may only drop enums`,
          );
          continue;
        }
        if (valueStmt !== undefined && Number(valueStmt.argument) !== inherited) {
          this.diag.fail(
            valueStmt.source,
            `enum "${name}" has value ${inherited} in the base type`,
          );
          continue;
        }
        value = inherited;
      } else if (valueStmt !== undefined) {
        value = Number(valueStmt.argument);
        if (!Number.isInteger(value) || value < -2147483648 || value > 2147483647) {
          this.diag.fail(
            valueStmt.source,
            `enum value ${valueStmt.argument ?? ''} is outside int32`,
          );
          continue;
        }
      } else {
        value = next;
        if (value > 2147483647) {
          this.diag.fail(
            e.source,
            `enum "${name}" would be numbered ${value}, beyond int32; give it a value`,
          );
          continue;
        }
      }
      if (used.has(value)) {
        this.diag.fail(e.source, `enum "${name}" reuses value ${value}`);
        continue;
      }
      used.add(value);
      out.set(name, value);
      next = Math.max(next, value + 1);
    }
    return { kind: 'enumeration', name: base?.name ?? 'enumeration', enums: out };
  }

  private bits(stmt: Statement, base: YangType | undefined): YangType | undefined {
    const bits = subsOf(stmt, 'bit');
    if (base === undefined && bits.length === 0) {
      this.diag.fail(stmt.source, 'type bits needs at least one "bit"');
      return;
    }
    if (base?.kind === 'bits' && bits.length === 0) return base;
    const baseBits = base?.kind === 'bits' ? base.bits : undefined;
    const out = new Map<string, number>();
    const used = new Set<number>();
    let next = 0;
    for (const b of bits) {
      const name = b.argument!;
      if (out.has(name)) {
        this.diag.fail(b.source, `bit "${name}" appears twice`);
        continue;
      }
      const posStmt = subOf(b, 'position');
      let position: number;
      if (baseBits !== undefined) {
        const inherited = baseBits.get(name);
        if (inherited === undefined) {
          this.diag.fail(
            b.source,
            `bit "${name}" is not in the base bits type; a restriction may only drop bits`,
          );
          continue;
        }
        if (posStmt !== undefined && Number(posStmt.argument) !== inherited) {
          this.diag.fail(
            posStmt.source,
            `bit "${name}" has position ${inherited} in the base type`,
          );
          continue;
        }
        position = inherited;
      } else {
        position = posStmt === undefined ? next : Number(posStmt.argument);
        if (position > 4294967295) {
          this.diag.fail(
            (posStmt ?? b).source,
            `bit "${name}" position ${position} is beyond uint32`,
          );
          continue;
        }
      }
      if (used.has(position)) {
        this.diag.fail(b.source, `bit "${name}" reuses position ${position}`);
        continue;
      }
      used.add(position);
      out.set(name, position);
      next = Math.max(next, position + 1);
    }
    return { kind: 'bits', name: base?.name ?? 'bits', bits: out };
  }

  private union(stmt: Statement, scope: Scope): YangType | undefined {
    const members = subsOf(stmt, 'type');
    if (members.length === 0) {
      this.diag.fail(stmt.source, 'type union needs at least one member "type"');
      return;
    }
    if (!this.checkAllowed(stmt, 'union', ['type'])) return undefined;
    const types: YangType[] = [];
    for (const m of members) {
      const t = this.resolveType(m, scope);
      if (t === undefined) return undefined;
      types.push(t);
    }
    return { kind: 'union', name: 'union', types };
  }

  private identityref(stmt: Statement, scope: Scope): YangType | undefined {
    if (!this.checkAllowed(stmt, 'identityref', ['base'])) return undefined;
    const bases = subsOf(stmt, 'base');
    if (bases.length === 0) {
      this.diag.fail(stmt.source, 'type identityref needs a "base" identity');
      return;
    }
    const out: QName[] = [];
    for (const b of bases) {
      const ref = resolvePrefixedName(b.argument!, scope.unit, scope.unit.moduleName, b, this.diag);
      if (ref === undefined) return undefined;
      const qname = `${ref.module}:${ref.name}`;
      if (!this.identities.has(qname)) {
        this.diag.fail(b.source, `identity "${b.argument ?? ''}" not found (looked for ${qname})`);
        return;
      }
      out.push(qname);
    }
    return { kind: 'identityref', name: 'identityref', bases: out };
  }

  /** Copies the leafref origin of `from` onto `to` (a derived copy), and returns `to`. */
  private keepOrigin(from: YangType, to: YangType): YangType {
    const origin = this.origins.get(from);
    if (origin !== undefined) this.origins.set(to, origin);
    return to;
  }

  private leafref(stmt: Statement, scope: Scope): YangType | undefined {
    if (!this.checkAllowed(stmt, 'leafref', ['path'])) return undefined;
    const path = subOf(stmt, 'path');
    if (path === undefined) {
      this.diag.fail(stmt.source, 'type leafref needs a "path"');
      return;
    }
    const t: YangType = {
      kind: 'leafref',
      name: 'leafref',
      path: path.argument!,
      requireInstance: argOf(stmt, 'require-instance') !== 'false',
      target: UNRESOLVED_TARGET,
    };
    this.origins.set(t, { unit: scope.unit, source: path.source });
    return t;
  }
}

/** Describes a type's value space for messages: `uint32 (1..10)`. */
export function describeType(t: YangType): string {
  if (t.kind === 'integer') {
    return `${t.name} (${describeIntervals(t.ranges, { kind: 'integer' })})`;
  }
  if (t.kind === 'decimal64') {
    const bound = { kind: 'decimal', fractionDigits: t.fractionDigits } as const;
    return `${t.name} (${describeIntervals(t.ranges, bound)})`;
  }
  return t.name;
}

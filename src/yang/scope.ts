/**
 * Lexical scopes for `typedef` and `grouping` (RFC 7950 §5.5, §6.2.1). A definition is visible in the
 * statement that holds it and everything below; top-level definitions of a module, including those of
 * its submodules, are visible module-wide and to importers through their prefix.
 *
 * Invariants: within a scope names are unique; a nested definition may not reuse a name visible from an
 * enclosing scope; a typedef may not take a built-in type's name. A `Definition` carries the scope it
 * was written in, so a grouping expanded elsewhere still resolves its own names (and prefixes) where it
 * was written.
 *
 * Pure. Problems go to `Diagnostics`.
 */
import type { Diagnostics } from './errors.js';
import type { SourceUnit } from './module-set.js';
import type { Statement } from './parser.js';

export type DefinitionKind = 'typedef' | 'grouping';

/** A typedef or grouping and the scope it was written in. */
export interface Definition {
  readonly stmt: Statement;
  readonly scope: Scope;
}

export const BUILTIN_TYPES: ReadonlySet<string> = new Set([
  'binary',
  'bits',
  'boolean',
  'decimal64',
  'empty',
  'enumeration',
  'identityref',
  'instance-identifier',
  'int8',
  'int16',
  'int32',
  'int64',
  'leafref',
  'string',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'union',
]);

/** Top-level typedefs and groupings of every module, by module name then local name. */
export class TopLevelDefinitions {
  private readonly byModule = new Map<string, Record<DefinitionKind, Map<string, Definition>>>();

  tableOf(moduleName: string): Record<DefinitionKind, Map<string, Definition>> {
    let t = this.byModule.get(moduleName);
    if (t === undefined) {
      t = { typedef: new Map(), grouping: new Map() };
      this.byModule.set(moduleName, t);
    }
    return t;
  }

  /** Registers the top-level definitions of one file; duplicates across a module's files are errors. */
  addUnit(unit: SourceUnit, scope: Scope, diag: Diagnostics): void {
    const table = this.tableOf(unit.moduleName);
    for (const s of unit.root.substatements) {
      if (s.keyword !== 'typedef' && s.keyword !== 'grouping') continue;
      if (!checkDefinitionName(s, diag)) continue;
      const known = table[s.keyword].get(s.argument!);
      if (known !== undefined) {
        diag.fail(
          s.source,
          `${s.keyword} "${s.argument ?? ''}" is already defined at ${where(known.stmt)}`,
        );
        continue;
      }
      table[s.keyword].set(s.argument!, { stmt: s, scope });
    }
  }
}

function where(s: Statement): string {
  return `${s.source.file}:${s.source.line}:${s.source.column}`;
}

function checkDefinitionName(s: Statement, diag: Diagnostics): boolean {
  if (s.keyword === 'typedef' && BUILTIN_TYPES.has(s.argument!)) {
    diag.fail(
      s.source,
      `typedef "${s.argument ?? ''}" takes the name of a built-in type; rename it`,
    );
    return false;
  }
  return true;
}

/** A lexical scope: the typedefs and groupings of one statement, and its enclosing scope. */
export class Scope {
  readonly unit: SourceUnit;
  readonly parent: Scope | undefined;
  private readonly top: TopLevelDefinitions;
  private readonly local: Record<DefinitionKind, Map<string, Definition>>;

  private constructor(unit: SourceUnit, parent: Scope | undefined, top: TopLevelDefinitions) {
    this.unit = unit;
    this.parent = parent;
    this.top = top;
    this.local = { typedef: new Map(), grouping: new Map() };
  }

  /** The scope of a file's top level: its module's (and submodules') top-level definitions. */
  static topOf(unit: SourceUnit, top: TopLevelDefinitions): Scope {
    return new Scope(unit, undefined, top);
  }

  /**
   * The scope inside `stmt`: this scope when `stmt` defines no typedef or grouping, otherwise a child
   * holding them. Names must be unique and must not hide a name visible here.
   */
  enter(stmt: Statement, diag: Diagnostics): Scope {
    const defs = stmt.substatements.filter(
      (s) => s.keyword === 'typedef' || s.keyword === 'grouping',
    );
    if (defs.length === 0) return this;
    const child = new Scope(this.unit, this, this.top);
    for (const s of defs) {
      const kind = s.keyword as DefinitionKind;
      if (!checkDefinitionName(s, diag)) continue;
      const name = s.argument!;
      const same = child.local[kind].get(name);
      if (same !== undefined) {
        diag.fail(s.source, `${kind} "${name}" is already defined at ${where(same.stmt)}`);
        continue;
      }
      const outer = this.lookupLexical(kind, name);
      if (outer !== undefined) {
        diag.fail(
          s.source,
          `${kind} "${name}" hides the one defined at ${where(outer.stmt)}; rename it`,
        );
        continue;
      }
      child.local[kind].set(name, { stmt: s, scope: child });
    }
    return child;
  }

  /** Every typedef defined directly in this scope (not in enclosing ones). */
  localTypedefs(): Iterable<Definition> {
    return this.local.typedef.values();
  }

  private lookupLexical(kind: DefinitionKind, name: string): Definition | undefined {
    const d = this.local[kind].get(name);
    if (d !== undefined) return d;
    if (this.parent !== undefined) return this.parent.lookupLexical(kind, name);
    return this.top.tableOf(this.unit.moduleName)[kind].get(name);
  }

  /**
   * Resolves a reference `name` or `prefix:name`. Unprefixed names and names with the file's own
   * prefix are looked up lexically; other prefixes name an imported module's top level. Reports an
   * unknown prefix or an undefined name at `stmt` and returns undefined.
   */
  resolve(
    kind: DefinitionKind,
    ref: string,
    stmt: Statement,
    diag: Diagnostics,
  ): Definition | undefined {
    const colon = ref.indexOf(':');
    const prefix = colon < 0 ? undefined : ref.slice(0, colon);
    const name = colon < 0 ? ref : ref.slice(colon + 1);
    const moduleName = prefix === undefined ? this.unit.moduleName : this.unit.prefixes.get(prefix);
    if (moduleName === undefined) {
      unknownPrefix(prefix!, this.unit, stmt, diag);
      return undefined;
    }
    const local = moduleName === this.unit.moduleName;
    const found = local
      ? this.lookupLexical(kind, name)
      : this.top.tableOf(moduleName)[kind].get(name);
    if (found === undefined) {
      diag.fail(
        stmt.source,
        local
          ? `${kind} "${ref}" not found in scope`
          : `${kind} "${name}" not found at the top level of module "${moduleName}"`,
      );
    }
    return found;
  }
}

/** Reports an unknown prefix, listing the ones the file declares. */
export function unknownPrefix(
  prefix: string,
  unit: SourceUnit,
  stmt: Statement,
  diag: Diagnostics,
): void {
  const known = [...unit.prefixes.keys()].map((p) => `"${p}"`).join(', ');
  diag.fail(
    stmt.source,
    `unknown prefix "${prefix}": this file declares ${known}; add an import for the module you mean`,
  );
}

/**
 * Splits `prefix:name` into the module it names (via `unit`'s prefixes) and the local name. Unprefixed
 * names belong to `defaultModule`. Undefined (after reporting) for an unknown prefix.
 */
export function resolvePrefixedName(
  ref: string,
  unit: SourceUnit,
  defaultModule: string,
  stmt: Statement,
  diag: Diagnostics,
): { readonly module: string; readonly name: string } | undefined {
  const colon = ref.indexOf(':');
  if (colon < 0) return { module: defaultModule, name: ref };
  const prefix = ref.slice(0, colon);
  const moduleName = unit.prefixes.get(prefix);
  if (moduleName === undefined) {
    unknownPrefix(prefix, unit, stmt, diag);
    return;
  }
  return { module: moduleName, name: ref.slice(colon + 1) };
}

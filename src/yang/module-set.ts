/**
 * Linking parsed files into modules (RFC 7950 §5.1, §7.1, §7.2): each `module` with the `submodule`s it
 * includes, imports resolved to modules of the same set, and for every file the map from the prefixes it
 * may use to module names. After linking, the rest of the compiler never sees a prefix without knowing
 * which module it means.
 *
 * Invariants of the result: every module name is unique; every import names a module of the set; every
 * submodule belongs to exactly one module of the set and is included by it; a prefix maps to one module.
 * One revision per module name: two files defining the same module are an error, since nothing here can
 * choose between revisions.
 *
 * Pure. Problems go to `Diagnostics`; a broken module is left out so later phases do not cascade.
 */
import type { SourceLocation } from '../util/errors.js';
import type { Diagnostics } from './errors.js';
import type { Statement } from './parser.js';
import { pushAll } from '../util/arrays.js';

/** One parsed file, module or submodule. */
export interface SourceUnit {
  readonly file: string;
  readonly root: Statement;
  readonly kind: 'module' | 'submodule';
  /** The module or submodule name. */
  readonly name: string;
  /** The module whose namespace the file's definitions live in (for a submodule: its belongs-to). */
  readonly moduleName: string;
  /** Prefix to module name, including the file's own prefix. */
  readonly prefixes: ReadonlyMap<string, string>;
  readonly yangVersion: '1' | '1.1';
}

/** A module with its submodules, ready to compile. */
export interface ModuleUnit {
  readonly name: string;
  readonly namespace: string;
  readonly prefix: string;
  /** Revision dates, newest first. */
  readonly revisions: readonly string[];
  readonly source: SourceLocation;
  /** The module's own file first, then its submodules in include order. */
  readonly units: readonly SourceUnit[];
  readonly submoduleNames: readonly string[];
  /** Modules imported by the module or any of its submodules, in first-seen order. */
  readonly imports: readonly string[];
}

export interface ParsedFile {
  readonly file: string;
  readonly root: Statement;
}

/** Returns the argument of the first substatement with `keyword`, if any. */
export function argOf(stmt: Statement, keyword: string): string | undefined {
  return stmt.substatements.find((s) => s.keyword === keyword)?.argument;
}

/** Returns the first substatement with `keyword`, if any. */
export function subOf(stmt: Statement, keyword: string): Statement | undefined {
  return stmt.substatements.find((s) => s.keyword === keyword);
}

/** Returns every substatement with `keyword`, in order. */
export function subsOf(stmt: Statement, keyword: string): Statement[] {
  return stmt.substatements.filter((s) => s.keyword === keyword);
}

function revisionsOf(root: Statement): string[] {
  return subsOf(root, 'revision')
    .map((r) => r.argument!)
    .sort()
    .reverse();
}

/**
 * Links parsed files into modules, keyed by module name. Reports unknown imports and includes, prefix
 * clashes, duplicate modules, and submodules nobody includes.
 */
export function linkModules(
  files: readonly ParsedFile[],
  diag: Diagnostics,
): Map<string, ModuleUnit> {
  const modules = new Map<string, ParsedFile>();
  const submodules = new Map<string, ParsedFile>();
  for (const f of files) {
    const table = f.root.keyword === 'module' ? modules : submodules;
    const name = f.root.argument!;
    const other = table.get(name) ?? (f.root.keyword === 'module' ? submodules : modules).get(name);
    if (other !== undefined) {
      diag.fail(
        f.root.source,
        `${f.root.keyword} "${name}" is already defined in ${other.file}; keep one file (one revision) per name`,
      );
      continue;
    }
    table.set(name, f);
  }

  const linked = new Map<string, ModuleUnit>();
  const includedBy = new Map<string, string>();
  for (const [name, f] of modules) {
    const unit = linkUnit(f, name, modules, submodules, diag);
    const subUnits: SourceUnit[] = [];
    const pending = [...subsOf(f.root, 'include')];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const inc = pending.shift()!;
      const subName = inc.argument!;
      if (seen.has(subName)) continue;
      seen.add(subName);
      const sub = submodules.get(subName);
      if (sub === undefined) {
        diag.fail(
          inc.source,
          `included submodule "${subName}" not found: add ${subName}.yang to the module folder`,
        );
        continue;
      }
      const belongsTo = subOf(sub.root, 'belongs-to')!;
      if (belongsTo.argument !== name) {
        diag.fail(
          inc.source,
          `submodule "${subName}" belongs to "${belongsTo.argument ?? ''}", not to "${name}"`,
        );
        continue;
      }
      checkRevisionDate(inc, revisionsOf(sub.root), subName, diag);
      includedBy.set(subName, name);
      subUnits.push(linkUnit(sub, name, modules, submodules, diag));
      pushAll(pending, subsOf(sub.root, 'include'));
    }
    const imports: string[] = [];
    for (const u of [unit, ...subUnits]) {
      for (const imp of subsOf(u.root, 'import')) {
        if (modules.has(imp.argument!) && !imports.includes(imp.argument!))
          imports.push(imp.argument!);
      }
    }
    linked.set(name, {
      name,
      namespace: argOf(f.root, 'namespace')!,
      prefix: argOf(f.root, 'prefix')!,
      revisions: revisionsOf(f.root),
      source: f.root.source,
      units: [unit, ...subUnits],
      submoduleNames: subUnits.map((u) => u.name),
      imports,
    });
  }
  for (const [name, sub] of submodules) {
    if (includedBy.has(name)) continue;
    const owner = argOf(sub.root, 'belongs-to')!;
    diag.fail(
      sub.root.source,
      modules.has(owner)
        ? `submodule "${name}" belongs to "${owner}", which does not include it: add include ${name}; to ${owner}`
        : `submodule "${name}" belongs to "${owner}", which is not in the module folder`,
    );
  }
  checkNamespaces(linked, diag);
  return linked;
}

function linkUnit(
  f: ParsedFile,
  moduleName: string,
  modules: ReadonlyMap<string, ParsedFile>,
  submodules: ReadonlyMap<string, ParsedFile>,
  diag: Diagnostics,
): SourceUnit {
  const root = f.root;
  const prefixes = new Map<string, string>();
  const ownPrefix =
    root.keyword === 'module'
      ? subOf(root, 'prefix')!
      : subOf(subOf(root, 'belongs-to')!, 'prefix')!;
  prefixes.set(ownPrefix.argument!, moduleName);
  for (const imp of subsOf(root, 'import')) {
    const target = imp.argument!;
    const prefix = subOf(imp, 'prefix')!;
    const known = prefixes.get(prefix.argument!);
    if (known !== undefined) {
      diag.fail(
        prefix.source,
        `prefix "${prefix.argument ?? ''}" already stands for module "${known}" in this file; choose another`,
      );
      continue;
    }
    const mod = modules.get(target);
    if (mod === undefined) {
      diag.fail(
        imp.source,
        submodules.has(target)
          ? `"${target}" is a submodule: include it rather than import it`
          : `imported module "${target}" not found: add ${target}.yang to the module folder`,
      );
      continue;
    }
    if (target === moduleName) {
      diag.fail(imp.source, `module "${moduleName}" imports itself`);
      continue;
    }
    checkRevisionDate(imp, revisionsOf(mod.root), target, diag);
    prefixes.set(prefix.argument!, target);
  }
  const version = argOf(root, 'yang-version') === '1.1' ? '1.1' : '1';
  return {
    file: f.file,
    root,
    kind: root.keyword === 'module' ? 'module' : 'submodule',
    name: root.argument!,
    moduleName,
    prefixes,
    yangVersion: version,
  };
}

function checkRevisionDate(
  stmt: Statement,
  revisions: readonly string[],
  target: string,
  diag: Diagnostics,
): void {
  const wanted = subOf(stmt, 'revision-date');
  if (wanted === undefined || revisions.includes(wanted.argument!)) return;
  diag.fail(
    wanted.source,
    `"${target}" has no revision ${wanted.argument ?? ''} (it has ${revisions.join(', ') || 'none'}); ` +
      'load that revision or drop revision-date',
  );
}

function checkNamespaces(linked: ReadonlyMap<string, ModuleUnit>, diag: Diagnostics): void {
  const byNamespace = new Map<string, string>();
  for (const m of linked.values()) {
    const other = byNamespace.get(m.namespace);
    if (other !== undefined) {
      diag.fail(m.source, `namespace "${m.namespace}" is already used by module "${other}"`);
    } else {
      byNamespace.set(m.namespace, m.name);
    }
  }
}

/**
 * The YANG texts the server was compiled from, indexed by module (or submodule) name and revision,
 * with what the YANG library needs and the compiled schema does not keep: which file is a submodule,
 * each unit's revision, and which modules deviate which (RFC 7895 `deviation`, RFC 8525 `deviation`).
 * Schema download (schema-resource.ts) serves the texts as they were loaded, byte for byte.
 *
 * Each text is parsed again here (the compiler keeps no source text); a text that does not parse, or
 * names no module, is left out: it cannot be part of a compiled schema, so there is nothing to serve.
 * Two texts of one name and revision: the first wins (the compiler refuses such a set anyway).
 * Pure.
 */
import type { YangSource } from '../yang/compile.js';
import { parseYang, type Statement } from '../yang/parser.js';

/** One loaded module or submodule text. */
export interface YangUnit {
  readonly kind: 'module' | 'submodule';
  readonly name: string;
  /** Newest revision date, undefined when the text has none. */
  readonly revision: string | undefined;
  /** For a submodule, the module it belongs to; for a module, its own name. */
  readonly moduleName: string;
  /** True when the text augments or deviates (top-level `augment`, `deviation`). */
  readonly augmentsOrDeviates: boolean;
  readonly text: string;
}

/** A module (by name and revision) that deviates another. */
export interface UnitRef {
  readonly name: string;
  readonly revision: string | undefined;
}

function key(name: string, revision: string | undefined): string {
  return `${name}@${revision ?? ''}`;
}

function argOf(stmt: Statement, keyword: string): string | undefined {
  return stmt.substatements.find((s) => s.keyword === keyword)?.argument;
}

function newestRevision(root: Statement): string | undefined {
  const revisions = root.substatements
    .filter((s) => s.keyword === 'revision' && s.argument !== undefined)
    .map((s) => s.argument!)
    .sort();
  return revisions[revisions.length - 1];
}

/** The prefix a schema node identifier starts with (`/p:a/p:b` → `p`), undefined for none. */
function firstPrefix(target: string): string | undefined {
  const match = /^\s*\/?\s*([A-Za-z_][A-Za-z0-9_.-]*):/.exec(target);
  return match?.[1];
}

export class YangSources {
  private readonly units = new Map<string, YangUnit>();
  private readonly byName = new Map<string, YangUnit>();
  /** Module name → the modules whose deviations target it. */
  private readonly deviators = new Map<string, UnitRef[]>();

  constructor(sources: readonly YangSource[]) {
    const deviations: { unit: YangUnit; root: Statement }[] = [];
    for (const source of sources) {
      const parsed = parseUnit(source);
      if (parsed === undefined || this.units.has(key(parsed.unit.name, parsed.unit.revision))) {
        continue;
      }
      this.units.set(key(parsed.unit.name, parsed.unit.revision), parsed.unit);
      if (!this.byName.has(parsed.unit.name)) {
        this.byName.set(parsed.unit.name, parsed.unit);
      }
      deviations.push(parsed);
    }
    for (const { unit, root } of deviations) {
      this.recordDeviations(unit, root);
    }
  }

  /** The unit of `name` at `revision`; without a revision, the one loaded under that name. */
  find(name: string, revision?: string): YangUnit | undefined {
    return revision === undefined ? this.byName.get(name) : this.units.get(key(name, revision));
  }

  /** The unit of `name` whose revision is exactly `revision` (undefined: the text has none). */
  exact(name: string, revision: string | undefined): YangUnit | undefined {
    return this.units.get(key(name, revision));
  }

  /** The modules that deviate module `name`, sorted by name. */
  deviationsOf(name: string): readonly UnitRef[] {
    return this.deviators.get(name) ?? [];
  }

  private recordDeviations(unit: YangUnit, root: Statement): void {
    const prefixes = new Map<string, string>();
    const own = unit.kind === 'module' ? argOf(root, 'prefix') : undefined;
    if (own !== undefined) {
      prefixes.set(own, unit.moduleName);
    }
    const belongsTo = root.substatements.find((s) => s.keyword === 'belongs-to');
    const ownPrefix = belongsTo === undefined ? undefined : argOf(belongsTo, 'prefix');
    if (ownPrefix !== undefined) {
      prefixes.set(ownPrefix, unit.moduleName);
    }
    for (const s of root.substatements) {
      const prefix = s.keyword === 'import' ? argOf(s, 'prefix') : undefined;
      if (prefix !== undefined && s.argument !== undefined) {
        prefixes.set(prefix, s.argument);
      }
    }
    const deviator = this.find(unit.moduleName);
    for (const s of root.substatements) {
      if (s.keyword !== 'deviation' || s.argument === undefined) {
        continue;
      }
      const prefix = firstPrefix(s.argument);
      const target = prefix === undefined ? undefined : prefixes.get(prefix);
      if (target === undefined || target === unit.moduleName) {
        continue;
      }
      const list = this.deviators.get(target) ?? [];
      if (!list.some((r) => r.name === unit.moduleName)) {
        list.push({ name: unit.moduleName, revision: deviator?.revision });
        list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      }
      this.deviators.set(target, list);
    }
  }
}

function parseUnit(source: YangSource): { unit: YangUnit; root: Statement } | undefined {
  let root: Statement;
  try {
    root = parseYang(source.file, source.text);
  } catch {
    // A text that does not parse was never part of the compiled schema: nothing to serve.
    return undefined;
  }
  const name = root.argument;
  if (name === undefined) {
    return undefined;
  }
  const kind = root.keyword === 'submodule' ? 'submodule' : 'module';
  const belongsTo = root.substatements.find((s) => s.keyword === 'belongs-to')?.argument;
  const unit: YangUnit = {
    kind,
    name,
    revision: newestRevision(root),
    moduleName: kind === 'submodule' ? (belongsTo ?? name) : name,
    augmentsOrDeviates: root.substatements.some(
      (s) => s.keyword === 'augment' || s.keyword === 'deviation',
    ),
    text: source.text,
  };
  return { unit, root };
}

/**
 * Identities (RFC 7950 §7.18) and features (§7.20.1): collected from every module before any type is
 * resolved, since identityref bases and defaults name them.
 *
 * Invariants of the result: every base is an identity of the set; no identity derives from itself,
 * directly or not; `derived` of each identity holds every identity below it, transitively.
 * Every feature counts as enabled: `if-feature` expressions are checked to parse and to name declared
 * features, and are otherwise ignored.
 *
 * Pure. Problems go to `Diagnostics`.
 */
import type { Diagnostics } from './errors.js';
import type { ModuleUnit, SourceUnit } from './module-set.js';
import { subsOf } from './module-set.js';
import type { Statement } from './parser.js';
import type { IdentitySchema, QName } from './schema.js';
import { resolvePrefixedName } from './scope.js';
import { pushAll } from '../util/arrays.js';

/** Collects every identity of every module and links bases and derived sets. */
export function compileIdentities(
  modules: ReadonlyMap<string, ModuleUnit>,
  diag: Diagnostics,
): Map<QName, IdentitySchema> {
  const drafts = new Map<QName, { stmt: Statement; unit: SourceUnit; bases: QName[] }>();
  for (const m of modules.values()) {
    for (const unit of m.units) {
      for (const stmt of subsOf(unit.root, 'identity')) {
        const qname = `${m.name}:${stmt.argument!}`;
        const known = drafts.get(qname);
        if (known !== undefined) {
          const at = known.stmt.source;
          diag.fail(
            stmt.source,
            `identity "${stmt.argument ?? ''}" is already defined at ${at.file}:${at.line}:${at.column}`,
          );
          continue;
        }
        drafts.set(qname, { stmt, unit, bases: [] });
      }
    }
  }
  for (const [qname, d] of drafts) {
    for (const b of subsOf(d.stmt, 'base')) {
      const ref = resolvePrefixedName(b.argument!, d.unit, d.unit.moduleName, b, diag);
      if (ref === undefined) continue;
      const base = `${ref.module}:${ref.name}`;
      if (!drafts.has(base)) {
        diag.fail(
          b.source,
          `base identity "${b.argument ?? ''}" of "${qname}" not found (looked for ${base})`,
        );
        continue;
      }
      d.bases.push(base);
    }
  }
  const derived = new Map<QName, Set<QName>>([...drafts.keys()].map((q) => [q, new Set<QName>()]));
  for (const [qname, d] of drafts) {
    // Walk every ancestor of `qname`; meeting `qname` again means a cycle.
    const stack = [...d.bases];
    const seen = new Set<QName>();
    while (stack.length > 0) {
      const a = stack.pop()!;
      if (a === qname) {
        diag.fail(d.stmt.source, `identity "${qname}" derives from itself`);
        break;
      }
      if (seen.has(a)) continue;
      seen.add(a);
      derived.get(a)!.add(qname);
      pushAll(stack, drafts.get(a)!.bases);
    }
  }
  const out = new Map<QName, IdentitySchema>();
  for (const [qname, d] of drafts) {
    const colon = qname.indexOf(':');
    out.set(qname, {
      qname,
      module: qname.slice(0, colon),
      name: qname.slice(colon + 1),
      bases: d.bases,
      derived: derived.get(qname)!,
      source: d.stmt.source,
    });
  }
  return out;
}

/** Declared features per module, and the checker of `if-feature` expressions. */
export class Features {
  private readonly byModule = new Map<string, Set<string>>();

  constructor(modules: ReadonlyMap<string, ModuleUnit>, diag: Diagnostics) {
    for (const m of modules.values()) {
      const names = new Set<string>();
      for (const unit of m.units) {
        for (const f of subsOf(unit.root, 'feature')) {
          if (names.has(f.argument!)) {
            diag.fail(
              f.source,
              `feature "${f.argument ?? ''}" is already defined in module "${m.name}"`,
            );
          }
          names.add(f.argument!);
        }
      }
      this.byModule.set(m.name, names);
    }
  }

  /** The features module `name` declares, in no particular order. */
  declared(moduleName: string): readonly string[] {
    return [...(this.byModule.get(moduleName) ?? [])];
  }

  /**
   * Checks every `if-feature` directly under `stmt`: the expression parses (YANG 1.1 `not`/`and`/`or`
   * and parentheses) and names declared features. All features are enabled, so nothing is pruned.
   */
  checkIfFeatures(stmt: Statement, unit: SourceUnit, diag: Diagnostics): void {
    for (const f of subsOf(stmt, 'if-feature')) {
      const tokens = f.argument!.match(/\(|\)|[^\s()]+/g) ?? [];
      let depth = 0;
      let expectOperand = true;
      let ok = tokens.length > 0;
      for (const t of tokens) {
        if (t === '(') {
          depth++;
          ok &&= expectOperand;
        } else if (t === ')') {
          depth--;
          ok &&= !expectOperand && depth >= 0;
        } else if (t === 'not') {
          ok &&= expectOperand;
        } else if (t === 'and' || t === 'or') {
          ok &&= !expectOperand;
          expectOperand = true;
        } else {
          ok &&= expectOperand;
          expectOperand = false;
          const ref = resolvePrefixedName(t, unit, unit.moduleName, f, diag);
          if (ref !== undefined && !(this.byModule.get(ref.module)?.has(ref.name) ?? false)) {
            diag.fail(f.source, `feature "${t}" is not defined in module "${ref.module}"`);
          }
        }
      }
      if (!ok || depth !== 0 || expectOperand) {
        diag.fail(f.source, `invalid if-feature expression "${f.argument ?? ''}"`);
      }
    }
  }
}

/**
 * The YANG compiler: source texts to a SchemaContext (see schema.ts for what that guarantees).
 *
 * Phases, each in its own file: parse and check the grammar (parser.ts, grammar.ts); link modules,
 * submodules and imports (module-set.ts); identities and features (identities.ts); top-level typedef
 * and grouping scopes (scope.ts); the working schema tree with groupings expanded (build.ts, types.ts);
 * top-level augments, then deviations (augment.ts); then checks, leafref binding, defaults and freezing
 * (finalize.ts, leafref.ts, values.ts). Modelled on the phases of pyang and yangtools' reactor, kept
 * much smaller: one pass per phase over an in-memory tree.
 *
 * Errors: every file is parsed; the syntax errors of all of them (a file's first lexical or parse
 * error, or all its grammar errors) are thrown together as one `YangSyntaxError`. Semantic problems
 * are collected across phases and thrown together as one `YangSemanticError`. Both list every problem
 * with its `file:line:column`, sorted by position, so fixing a module takes few round trips.
 *
 * Pure: the caller reads the files (load-schema.ts does it for a folder).
 */
import { applyAugments, applyDeviations } from './augment.js';
import type { PendingStatement } from './augment.js';
import { TreeBuilder } from './build.js';
import { Diagnostics, YangSyntaxError } from './errors.js';
import { isExtension } from './grammar.js';
import { Features, compileIdentities } from './identities.js';
import { finalize } from './finalize.js';
import { linkModules, subOf } from './module-set.js';
import type { SourceUnit } from './module-set.js';
import { parseYang } from './parser.js';
import type { Statement } from './parser.js';
import type { SchemaContext, YangType } from './schema.js';
import { MNode } from './schema-tree.js';
import { Scope, TopLevelDefinitions } from './scope.js';
import type { Definition } from './scope.js';
import { TypeResolver } from './types.js';
import type { LeafrefOrigin } from './types.js';
import { parseLexicalValue } from './values.js';
import type { IdentitySchema, QName } from './schema.js';

/** One YANG source: `file` is used in messages (`file:line:column`), `text` is the module text. */
export interface YangSource {
  readonly file: string;
  readonly text: string;
}

/**
 * Compiles a complete set of YANG modules and submodules into a SchemaContext. Every import and include
 * must be in `sources`; order does not matter. Throws `YangSyntaxError` for malformed text and
 * `YangSemanticError` for modules that do not compile, each with every problem found in `diagnostics`
 * and in its message.
 */
export function compileSchema(sources: readonly YangSource[]): SchemaContext {
  const parsed = parseAll(sources);
  const diag = new Diagnostics();
  const modules = linkModules(parsed, diag);
  const identities = compileIdentities(modules, diag);
  const features = new Features(modules, diag);
  const top = new TopLevelDefinitions();
  const scopes = new Map<SourceUnit, Scope>();
  for (const m of modules.values()) {
    for (const unit of m.units) {
      const scope = Scope.topOf(unit, top);
      top.addUnit(unit, scope, diag);
      scopes.set(unit, scope);
    }
  }
  const types = new TypeResolver({ has: (q) => identities.has(q) }, diag);
  const builder = new TreeBuilder(types, features, diag);
  const roots = new Map<string, MNode>();
  const augments: PendingStatement[] = [];
  const deviations: PendingStatement[] = [];
  for (const m of modules.values()) {
    const root = new MNode('module', m.name, m.name, m.source, m.units[0]!);
    roots.set(m.name, root);
    for (const unit of m.units) {
      const scope = scopes.get(unit)!;
      builder.buildTopLevel(unit, scope, root);
      for (const s of unit.root.substatements) {
        if (s.keyword === 'augment') augments.push({ stmt: s, unit, scope });
        if (s.keyword === 'deviation') deviations.push({ stmt: s, unit, scope });
        if (s.keyword === 'identity' || s.keyword === 'feature')
          features.checkIfFeatures(s, unit, diag);
      }
    }
  }
  const groupings = checkTypedefs(modules.values(), scopes, builder, types, identities, diag);
  applyAugments(augments, roots, builder, diag);
  for (const g of groupings) builder.checkUnusedGrouping(g);
  applyDeviations(deviations, roots, types, diag);
  const leafrefOrigin = (t: YangType): LeafrefOrigin | undefined => types.leafrefOrigin(t);
  const ctx = finalize({ modules, roots, identities, features, leafrefOrigin, diag });
  diag.throwIfAny();
  return ctx;
}

/**
 * Parses every source. A file with syntax errors does not stop the others from being read: the errors
 * of all files are thrown together as one `YangSyntaxError` (a single failing file's error as it is).
 */
function parseAll(sources: readonly YangSource[]): { file: string; root: Statement }[] {
  const parsed: { file: string; root: Statement }[] = [];
  const errors: YangSyntaxError[] = [];
  for (const s of sources) {
    try {
      parsed.push({ file: s.file, root: parseYang(s.file, s.text) });
    } catch (e) {
      if (!(e instanceof YangSyntaxError)) throw e;
      errors.push(e);
    }
  }
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw YangSyntaxError.combine(errors);
  return parsed;
}

/**
 * Resolves every typedef, used or not, wherever it is nested, so a broken one is reported even when
 * nothing uses it, and checks each typedef default against its type (leafref-based ones excepted: their
 * type is known only per leaf). Returns every grouping with the scope it is defined in, outer first.
 */
function checkTypedefs(
  modules: Iterable<{ readonly units: readonly SourceUnit[] }>,
  scopes: ReadonlyMap<SourceUnit, Scope>,
  builder: TreeBuilder,
  types: TypeResolver,
  identities: ReadonlyMap<QName, IdentitySchema>,
  diag: Diagnostics,
): Definition[] {
  const groupings: Definition[] = [];
  const visit = (stmts: readonly Statement[], scope: Scope): void => {
    for (const s of stmts) {
      if (isExtension(s)) continue;
      if (s.keyword === 'grouping') groupings.push({ stmt: s, scope });
      if (s.keyword === 'typedef') {
        const info = types.resolveTypedef({ stmt: s, scope });
        const d = info?.default;
        if (
          info !== undefined &&
          d !== undefined &&
          !hasLeafref(info.type) &&
          subOf(s, 'default') !== undefined
        ) {
          const r = parseLexicalValue(info.type, d.text, {
            identities,
            resolvePrefix: (p) => d.unit.prefixes.get(p),
            defaultModule: d.unit.moduleName,
          });
          if (!r.ok)
            diag.fail(
              d.source,
              `invalid default "${d.text}" of typedef "${s.argument ?? ''}": ${r.message}`,
            );
        }
      }
      if (s.substatements.length > 0 && s.keyword !== 'type')
        visit(s.substatements, builder.enterScope(scope, s));
    }
  };
  for (const m of modules) {
    for (const unit of m.units) visit(unit.root.substatements, scopes.get(unit)!);
  }
  return groupings;
}

function hasLeafref(t: YangType): boolean {
  return t.kind === 'leafref' || (t.kind === 'union' && t.types.some(hasLeafref));
}

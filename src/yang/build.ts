/**
 * Building the working schema tree from statements (RFC 7950 §7.5–§7.17): data definitions become
 * `MNode`s, `uses` expands its grouping in place with `refine` and uses-`augment` applied
 * (RFC 7950 §7.13), a data node written directly under a choice gets its implicit case (§7.9.2), and
 * rpc/action get input and output nodes even when the text has none.
 *
 * Invariants: nodes a grouping contributes live in the namespace of the module where the `uses` is
 * (passed down as `namespace`), while names inside the grouping (typedefs, nested groupings, prefixes)
 * resolve where the grouping was written (its `Definition.scope`). A grouping that uses itself is
 * reported, not expanded forever. Top-level augments and deviations are applied later by augment.ts,
 * with `augmentInto` from here.
 *
 * Pure. Problems go to `Diagnostics`; a node that cannot be built is left out.
 */
import type { Diagnostics } from './errors.js';
import { DATA_DEFINITION_KEYWORDS, isExtension } from './grammar.js';
import type { Features } from './identities.js';
import { argOf, subOf, subsOf } from './module-set.js';
import type { SourceUnit } from './module-set.js';
import type { Statement } from './parser.js';
import { MNode, describePath } from './schema-tree.js';
import type { NodeKind } from './schema-tree.js';
import type { Definition, Scope } from './scope.js';
import { resolvePrefixedName } from './scope.js';
import type { TypeResolver } from './types.js';
import { pushAll } from '../util/arrays.js';

/** Where statements are being built: lexical scope, target namespace, groupings being expanded. */
export interface BuildContext {
  readonly scope: Scope;
  /** The module whose namespace new nodes get. */
  readonly namespace: string;
  readonly groupings: readonly Statement[];
}

/** Data definitions that may stand directly under a choice as a shorthand case. */
const SHORTHAND_CASE = new Set([
  'container',
  'leaf',
  'leaf-list',
  'list',
  'anydata',
  'anyxml',
  'choice',
]);

/** Statements to MNodes; one builder per compilation. */
export class TreeBuilder {
  private readonly types: TypeResolver;
  private readonly features: Features;
  private readonly diag: Diagnostics;
  private readonly scopes = new Map<Statement, Scope>();
  /** Groupings expanded at least once. */
  private readonly expanded = new Set<Statement>();

  constructor(types: TypeResolver, features: Features, diag: Diagnostics) {
    this.types = types;
    this.features = features;
    this.diag = diag;
  }

  /** The scope inside `stmt`, computed once per statement (a statement's scope never changes). */
  enterScope(scope: Scope, stmt: Statement): Scope {
    let s = this.scopes.get(stmt);
    if (s === undefined) {
      s = scope.enter(stmt, this.diag);
      this.scopes.set(stmt, s);
    }
    return s;
  }

  /**
   * Builds a grouping that nothing used into a scratch node that is then dropped, so mistakes in it
   * (unknown types, groupings, refine targets) are reported although it contributes no node. Call it
   * after everything else is built, outer groupings first.
   */
  checkUnusedGrouping(def: Definition): void {
    if (this.expanded.has(def.stmt)) return;
    const moduleName = def.scope.unit.moduleName;
    const scratch = new MNode(
      'container',
      moduleName,
      def.stmt.argument!,
      def.stmt.source,
      def.scope.unit,
    );
    const ctx: BuildContext = {
      scope: this.enterScope(def.scope, def.stmt),
      namespace: moduleName,
      groupings: [def.stmt],
    };
    this.expanded.add(def.stmt);
    this.body(def.stmt.substatements, ctx, scratch);
  }

  /** Builds the top-level data nodes, rpcs and notifications of one file under the module's root. */
  buildTopLevel(unit: SourceUnit, scope: Scope, root: MNode): void {
    const ctx: BuildContext = { scope, namespace: unit.moduleName, groupings: [] };
    this.body(unit.root.substatements, ctx, root);
  }

  /** Builds each statement of `stmts` that defines schema nodes, under `parent`; returns the new nodes. */
  body(stmts: readonly Statement[], ctx: BuildContext, parent: MNode): MNode[] {
    const out: MNode[] = [];
    for (const s of stmts) {
      if (isExtension(s)) continue;
      switch (s.keyword) {
        case 'container':
        case 'list':
        case 'leaf':
        case 'leaf-list':
        case 'anydata':
        case 'anyxml':
        case 'choice':
        case 'case':
          out.push(this.dataNode(s, ctx, parent));
          break;
        case 'uses':
          pushAll(out, this.uses(s, ctx, parent));
          break;
        case 'rpc':
        case 'action':
          out.push(this.operation(s, ctx, parent));
          break;
        case 'notification':
          out.push(this.notification(s, ctx, parent));
          break;
        default:
          break;
      }
    }
    return out;
  }

  private newNode(kind: NodeKind, s: Statement, ctx: BuildContext, parent: MNode): MNode {
    const n = new MNode(kind, ctx.namespace, s.argument ?? kind, s.source, ctx.scope.unit);
    parent.add(n);
    n.description = argOf(s, 'description');
    const when = argOf(s, 'when');
    if (when !== undefined) n.when.push(when);
    for (const m of subsOf(s, 'must')) n.must.push(m.argument!);
    const config = argOf(s, 'config');
    if (config !== undefined) n.config = config === 'true';
    this.features.checkIfFeatures(s, ctx.scope.unit, this.diag);
    return n;
  }

  private dataNode(s: Statement, ctx: BuildContext, parent: MNode): MNode {
    const n = this.newNode(s.keyword as NodeKind, s, ctx, parent);
    switch (n.kind) {
      case 'container': {
        n.presence = subOf(s, 'presence') !== undefined;
        const inner = { ...ctx, scope: this.enterScope(ctx.scope, s) };
        this.body(s.substatements, inner, n);
        break;
      }
      case 'list': {
        const key = subOf(s, 'key');
        if (key !== undefined)
          n.key = { text: key.argument!, source: key.source, unit: ctx.scope.unit };
        n.unique = subsOf(s, 'unique').map((u) => ({
          text: u.argument!,
          source: u.source,
          unit: ctx.scope.unit,
        }));
        this.elementCounts(n, s);
        const inner = { ...ctx, scope: this.enterScope(ctx.scope, s) };
        this.body(s.substatements, inner, n);
        break;
      }
      case 'leaf':
      case 'leaf-list':
        this.typed(n, s, ctx);
        break;
      case 'anydata':
      case 'anyxml':
        n.mandatory = argOf(s, 'mandatory') === 'true';
        break;
      case 'choice':
        this.choice(n, s, ctx);
        break;
      case 'case':
        this.body(s.substatements, ctx, n);
        break;
      case 'module':
      case 'rpc':
      case 'action':
      case 'input':
      case 'output':
      case 'notification':
        // Built by operation() and notification(); never reached through dataNode().
        break;
    }
    return n;
  }

  private elementCounts(n: MNode, s: Statement): void {
    const min = argOf(s, 'min-elements');
    const max = argOf(s, 'max-elements');
    if (min !== undefined) n.minElements = Number(min);
    if (max !== undefined) n.maxElements = max === 'unbounded' ? Infinity : Number(max);
    if (argOf(s, 'ordered-by') === 'user') n.orderedBy = 'user';
  }

  private typed(n: MNode, s: Statement, ctx: BuildContext): void {
    const typeStmt = subOf(s, 'type')!;
    n.type = this.types.resolveType(typeStmt, ctx.scope);
    const info = this.types.typedefOfType(typeStmt, ctx.scope);
    n.typeDefault = info?.default;
    n.units = argOf(s, 'units') ?? info?.units;
    n.defaults = subsOf(s, 'default').map((d) => ({
      text: d.argument!,
      unit: ctx.scope.unit,
      source: d.source,
    }));
    if (n.kind === 'leaf') {
      n.mandatory = argOf(s, 'mandatory') === 'true';
    } else {
      this.elementCounts(n, s);
    }
  }

  private choice(n: MNode, s: Statement, ctx: BuildContext): void {
    n.mandatory = argOf(s, 'mandatory') === 'true';
    const dflt = subOf(s, 'default');
    if (dflt !== undefined) {
      n.defaults = [{ text: dflt.argument!, unit: ctx.scope.unit, source: dflt.source }];
    }
    for (const sub of s.substatements) {
      if (sub.keyword === 'case') {
        this.dataNode(sub, ctx, n);
      } else if (SHORTHAND_CASE.has(sub.keyword)) {
        this.shorthandCase(sub, ctx, n);
      }
    }
  }

  /** A data node directly under a choice: wrapped in a case of the same name (RFC 7950 §7.9.2). */
  private shorthandCase(s: Statement, ctx: BuildContext, choice: MNode): MNode {
    const c = new MNode('case', ctx.namespace, s.argument!, s.source, ctx.scope.unit);
    c.implicit = true;
    choice.add(c);
    this.dataNode(s, ctx, c);
    return c;
  }

  private operation(s: Statement, ctx: BuildContext, parent: MNode): MNode {
    const n = this.newNode(s.keyword === 'rpc' ? 'rpc' : 'action', s, ctx, parent);
    const inner = { ...ctx, scope: this.enterScope(ctx.scope, s) };
    for (const kind of ['input', 'output'] as const) {
      const io = subOf(s, kind);
      const ion = new MNode(kind, ctx.namespace, kind, (io ?? s).source, ctx.scope.unit);
      n.add(ion);
      if (io === undefined) continue;
      for (const m of subsOf(io, 'must')) ion.must.push(m.argument!);
      this.body(io.substatements, { ...inner, scope: this.enterScope(inner.scope, io) }, ion);
    }
    return n;
  }

  private notification(s: Statement, ctx: BuildContext, parent: MNode): MNode {
    const n = this.newNode('notification', s, ctx, parent);
    this.body(s.substatements, { ...ctx, scope: this.enterScope(ctx.scope, s) }, n);
    return n;
  }

  /** Expands a `uses`: the grouping's nodes in this namespace, then its refines and augments. */
  private uses(s: Statement, ctx: BuildContext, parent: MNode): MNode[] {
    this.features.checkIfFeatures(s, ctx.scope.unit, this.diag);
    const def = ctx.scope.resolve('grouping', s.argument!, s, this.diag);
    if (def === undefined) return [];
    if (ctx.groupings.includes(def.stmt)) {
      this.diag.fail(
        s.source,
        `grouping "${s.argument ?? ''}" uses itself, directly or through others`,
      );
      return [];
    }
    this.expanded.add(def.stmt);
    const gctx: BuildContext = {
      scope: this.enterScope(def.scope, def.stmt),
      namespace: ctx.namespace,
      groupings: [...ctx.groupings, def.stmt],
    };
    const nodes = this.body(def.stmt.substatements, gctx, parent);
    const when = argOf(s, 'when');
    if (when !== undefined) for (const n of nodes) n.when.push(when);
    for (const r of subsOf(s, 'refine')) {
      const target = this.descendant(nodes, r, ctx);
      if (target !== undefined) this.refine(r, target, ctx);
    }
    for (const a of subsOf(s, 'augment')) {
      const target = this.descendant(nodes, a, ctx);
      if (target !== undefined) this.augmentInto(a, ctx, target);
    }
    return nodes;
  }

  /**
   * Resolves a descendant schema node identifier (`a/b`, `p:a/p:b`) of a refine or uses-augment among
   * the nodes the uses produced. Unprefixed steps, and steps with the prefix of the grouping's own
   * module, name nodes of the using namespace.
   */
  private descendant(
    roots: readonly MNode[],
    stmt: Statement,
    ctx: BuildContext,
  ): MNode | undefined {
    const path = stmt.argument!;
    if (path.startsWith('/')) {
      this.diag.fail(
        stmt.source,
        `${stmt.keyword} target "${path}" must be relative to the uses (no leading /)`,
      );
      return;
    }
    let candidates: readonly MNode[] = roots;
    let current: MNode | undefined;
    for (const step of path.split('/')) {
      const ref = resolvePrefixedName(step.trim(), ctx.scope.unit, ctx.namespace, stmt, this.diag);
      if (ref === undefined) return undefined;
      const found = candidates.find(
        (n) =>
          n.name === ref.name &&
          (n.module === ref.module ||
            (ref.module === ctx.scope.unit.moduleName && n.module === ctx.namespace)),
      );
      if (found === undefined) {
        const under = current === undefined ? 'the grouping' : describePath(current);
        const names = candidates.map((c) => c.name).join(', ') || 'nothing';
        this.diag.fail(
          stmt.source,
          `${stmt.keyword} target "${path}" not found: no "${step.trim()}" in ${under} (it has ${names})`,
        );
        return;
      }
      current = found;
      candidates = found.children;
    }
    return current;
  }

  private refine(r: Statement, target: MNode, ctx: BuildContext): void {
    const kind = target.kind;
    const wrong = (what: string, allowed: string): void => {
      this.diag.fail(
        r.source,
        `refine "${r.argument ?? ''}": "${what}" applies to ${allowed}, and ${describePath(target)} is a ${kind}`,
      );
    };
    this.features.checkIfFeatures(r, ctx.scope.unit, this.diag);
    const defaults = subsOf(r, 'default');
    if (defaults.length > 0) {
      if (kind === 'leaf' || kind === 'leaf-list' || kind === 'choice') {
        if (kind !== 'leaf-list' && defaults.length > 1) {
          this.diag.fail(defaults[1]!.source, `a ${kind} takes one default`);
        }
        target.defaults = defaults.map((d) => ({
          text: d.argument!,
          unit: ctx.scope.unit,
          source: d.source,
        }));
      } else {
        wrong('default', 'a leaf, leaf-list or choice');
      }
    }
    for (const sub of r.substatements) {
      switch (sub.keyword) {
        case 'description':
          target.description = sub.argument;
          break;
        case 'config':
          if (kind === 'choice' || kind === 'case' || isDataKind(kind))
            target.config = sub.argument === 'true';
          else wrong('config', 'a data node');
          break;
        case 'mandatory':
          if (kind === 'leaf' || kind === 'choice' || kind === 'anydata' || kind === 'anyxml') {
            target.mandatory = sub.argument === 'true';
          } else {
            wrong('mandatory', 'a leaf, choice, anydata or anyxml');
          }
          break;
        case 'presence':
          if (kind === 'container') target.presence = true;
          else wrong('presence', 'a container');
          break;
        case 'must':
          if (isDataKind(kind)) target.must.push(sub.argument!);
          else wrong('must', 'a data node');
          break;
        case 'min-elements':
        case 'max-elements':
          if (kind === 'list' || kind === 'leaf-list') {
            if (sub.keyword === 'min-elements') target.minElements = Number(sub.argument);
            else
              target.maxElements = sub.argument === 'unbounded' ? Infinity : Number(sub.argument);
          } else {
            wrong(sub.keyword, 'a list or leaf-list');
          }
          break;
        default:
          break;
      }
    }
  }

  /**
   * Adds an augment's content to `target` (RFC 7950 §7.17): data nodes, or cases when the target is a
   * choice (a data node there becomes a shorthand case), and actions and notifications under a
   * container or list. The augment's `when` applies to every node it adds. Returns the added nodes.
   */
  augmentInto(aug: Statement, ctx: BuildContext, target: MNode): MNode[] {
    const kind = target.kind;
    if (
      !['container', 'list', 'choice', 'case', 'input', 'output', 'notification'].includes(kind)
    ) {
      const hint =
        kind === 'rpc' || kind === 'action' ? '; augment its input or output instead' : '';
      this.diag.fail(
        aug.source,
        `augment target ${describePath(target)} is a ${kind}, which cannot be augmented${hint}`,
      );
      return [];
    }
    this.features.checkIfFeatures(aug, ctx.scope.unit, this.diag);
    const added: MNode[] = [];
    for (const sub of aug.substatements) {
      if (isExtension(sub)) continue;
      const kw = sub.keyword;
      if (kind === 'choice' && SHORTHAND_CASE.has(kw)) {
        added.push(this.shorthandCase(sub, ctx, target));
      } else if (kind === 'choice' && kw === 'uses') {
        for (const n of this.uses(sub, ctx, target)) {
          target.remove(n);
          const c = new MNode('case', n.module, n.name, n.source, n.unit);
          c.implicit = true;
          target.add(c);
          c.add(n);
          added.push(c);
        }
      } else if (kw === 'case' && kind !== 'choice') {
        this.diag.fail(
          sub.source,
          `"case" can only augment a choice, and ${describePath(target)} is a ${kind}`,
        );
      } else if (
        (kw === 'action' || kw === 'notification') &&
        kind !== 'container' &&
        kind !== 'list'
      ) {
        this.diag.fail(sub.source, `"${kw}" can only augment a container or list, not a ${kind}`);
      } else if (
        DATA_DEFINITION_KEYWORDS.has(kw) ||
        kw === 'case' ||
        kw === 'action' ||
        kw === 'notification'
      ) {
        pushAll(added, this.body([sub], ctx, target));
      }
    }
    const when = argOf(aug, 'when');
    if (when !== undefined) for (const n of added) n.when.push(when);
    if (when === undefined && target.module !== ctx.namespace && kind !== 'choice') {
      // RFC 7950 §7.17: data valid before the augment must stay valid after it.
      for (const n of added) {
        const mandatory = findMandatory(n);
        if (mandatory === undefined) continue;
        this.diag.fail(
          mandatory.source,
          `augment of ${describePath(target)} (module "${target.module}") adds the mandatory node ` +
            `${describePath(mandatory)}; make it optional or add a "when" to the augment`,
        );
      }
    }
    return added;
  }
}

/**
 * A mandatory node at or below `n` (RFC 7950 §3): a mandatory leaf, choice, anydata or anyxml, a list
 * or leaf-list with min-elements above 0, or a non-presence container holding one.
 */
export function findMandatory(n: MNode): MNode | undefined {
  switch (n.kind) {
    case 'leaf':
    case 'choice':
    case 'anydata':
    case 'anyxml':
      return n.mandatory ? n : undefined;
    case 'list':
    case 'leaf-list':
      return n.minElements > 0 ? n : undefined;
    case 'container':
      if (n.presence) return undefined;
      for (const c of n.children) {
        const m = findMandatory(c);
        if (m !== undefined) return m;
      }
      return undefined;
    case 'case':
    case 'module':
    case 'rpc':
    case 'action':
    case 'input':
    case 'output':
    case 'notification':
      return undefined;
  }
}

function isDataKind(kind: NodeKind): boolean {
  return (
    kind === 'container' ||
    kind === 'list' ||
    kind === 'leaf' ||
    kind === 'leaf-list' ||
    kind === 'anydata' ||
    kind === 'anyxml'
  );
}

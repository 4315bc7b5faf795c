/**
 * The last phase of compilation: the working tree (schema-tree.ts), with groupings expanded and
 * augments and deviations applied, is checked and frozen into the SchemaContext of schema.ts.
 *
 * In order: effective `config` (inherited; false inside rpc, action and notification; `config true`
 * under `config false` is an error, RFC 7950 §7.21.1); structure (list keys are direct child leaves
 * and config true lists have one, §7.8.2; `unique` names descendant leaves; min-elements ≤
 * max-elements; a choice's default case exists and is not combined with mandatory, §7.9.3; a mandatory
 * leaf has no default, §7.6.5); leafref targets (leafref.ts); defaults parsed against their final
 * type into RFC 7951 JSON (values.ts); then the frozen objects, with `children` flattened through
 * choice and case and each node's `caseAncestry`, and one identifier namespace per data parent
 * (§6.2.1: a name may appear once under a parent, whichever choice or case holds it).
 *
 * Pure. Problems go to `Diagnostics`; the caller throws when there are any.
 */
import { InvariantViolation } from '../util/errors.js';
import type { SourceLocation } from '../util/errors.js';
import type { Diagnostics } from './errors.js';
import type { Features } from './identities.js';
import { LeafrefBinder } from './leafref.js';
import type { ModuleUnit } from './module-set.js';
import type {
  CaseSchema,
  CaseStep,
  ChoiceSchema,
  DataNodeSchema,
  DataParent,
  IdentitySchema,
  JsonScalar,
  ModuleSchema,
  NotificationSchema,
  QName,
  RpcSchema,
  SchemaContext,
  YangType,
} from './schema.js';
import { describePath, findDataNodeIn, findSchemaNodeIn, isDataNode } from './schema-tree.js';
import type { MNode } from './schema-tree.js';
import { UNRESOLVED_TARGET } from './types.js';
import type { LeafrefOrigin, LexicalDefault } from './types.js';
import { parseLexicalValue } from './values.js';

export interface FinalizeInput {
  readonly modules: ReadonlyMap<string, ModuleUnit>;
  readonly roots: ReadonlyMap<string, MNode>;
  readonly identities: ReadonlyMap<QName, IdentitySchema>;
  readonly features: Features;
  /** Where each unbound leafref type was written (TypeResolver.leafrefOrigin). */
  readonly leafrefOrigin: (t: YangType) => LeafrefOrigin | undefined;
  readonly diag: Diagnostics;
}

/** Checks the working tree and freezes it into a SchemaContext. */
export function finalize(input: FinalizeInput): SchemaContext {
  return new Finalizer(input).run();
}

/** A data parent's identifier namespace and flattened children while it is being frozen. */
interface ParentSink {
  readonly children: Map<QName, DataNodeSchema>;
  readonly names: Map<QName, MNode>;
}

const qn = (n: MNode): QName => `${n.module}:${n.name}`;

class Finalizer {
  private readonly input: FinalizeInput;
  private readonly diag: Diagnostics;
  private readonly binder: LeafrefBinder;
  private readonly keyLeaves = new Set<MNode>();
  private readonly listKeys = new Map<MNode, QName[]>();
  private readonly listUnique = new Map<MNode, string[][]>();

  constructor(input: FinalizeInput) {
    this.input = input;
    this.diag = input.diag;
    this.binder = new LeafrefBinder(input.roots, input.leafrefOrigin, input.diag);
  }

  run(): SchemaContext {
    for (const root of this.input.roots.values()) this.config(root, true, false);
    for (const root of this.input.roots.values()) this.check(root, false);
    const modules = new Map<string, ModuleSchema>();
    const rootChildren = new Map<QName, DataNodeSchema>();
    const rootChoices = new Map<QName, ChoiceSchema>();
    const rpcs = new Map<QName, RpcSchema>();
    const notifications = new Map<QName, NotificationSchema>();
    for (const m of this.input.modules.values()) {
      const root = this.input.roots.get(m.name)!;
      const frozen = this.parent(root, '', m.name);
      const ops = this.operations(root, '', m.name);
      for (const [q, c] of frozen.children) rootChildren.set(q, c);
      for (const [q, c] of frozen.choices) rootChoices.set(q, c);
      for (const [q, r] of ops.actions) rpcs.set(q, r);
      for (const [q, n] of ops.notifications) notifications.set(q, n);
      const identities = new Map([...this.input.identities].filter(([, i]) => i.module === m.name));
      modules.set(
        m.name,
        Object.freeze({
          name: m.name,
          namespace: m.namespace,
          prefix: m.prefix,
          revision: m.revisions[0],
          revisions: Object.freeze([...m.revisions]),
          source: m.source,
          submodules: Object.freeze([...m.submoduleNames]),
          imports: Object.freeze([...m.imports]),
          features: Object.freeze(this.input.features.declared(m.name)),
          dataChildren: frozen.children,
          rpcs: ops.actions,
          notifications: ops.notifications,
          identities,
        }),
      );
    }
    return Object.freeze({
      modules,
      modulesByNamespace: new Map([...modules.values()].map((m) => [m.namespace, m])),
      root: Object.freeze({ children: rootChildren, choices: rootChoices }),
      identities: this.input.identities,
      rpcs,
      notifications,
    });
  }

  // ---- effective config -------------------------------------------------------------------------

  private config(n: MNode, parentConfig: boolean, inOperation: boolean): void {
    for (const c of n.children) {
      const operation =
        inOperation || c.kind === 'rpc' || c.kind === 'action' || c.kind === 'notification';
      let cfg: boolean;
      if (operation) {
        cfg = false;
      } else if (c.config === undefined) {
        cfg = parentConfig;
      } else if (c.config && !parentConfig) {
        this.diag.fail(
          c.source,
          `${describePath(c)} is config true under a config false parent; remove "config true"`,
        );
        cfg = false;
      } else {
        cfg = c.config;
      }
      c.effectiveConfig = cfg;
      this.config(c, cfg, operation);
    }
  }

  // ---- structural checks ------------------------------------------------------------------------

  private check(n: MNode, inOperation: boolean): void {
    for (const c of n.children) {
      switch (c.kind) {
        case 'list':
          this.checkList(c);
          break;
        case 'leaf':
          if (c.mandatory && c.defaults.length > 0) {
            this.diag.fail(
              c.defaults[0]!.source,
              `mandatory leaf ${describePath(c)} cannot have a default`,
            );
          }
          break;
        case 'leaf-list':
          this.checkCounts(c);
          break;
        case 'choice':
          this.checkChoice(c);
          break;
        case 'action':
        case 'notification':
          if (c.kind === 'action' || n.kind !== 'module')
            this.checkNestedOperation(c, n, inOperation);
          break;
        case 'module':
        case 'container':
        case 'anydata':
        case 'anyxml':
        case 'case':
        case 'rpc':
        case 'input':
        case 'output':
          break;
      }
      const operation =
        inOperation || c.kind === 'rpc' || c.kind === 'action' || c.kind === 'notification';
      this.check(c, operation);
    }
  }

  private checkNestedOperation(op: MNode, parent: MNode, inOperation: boolean): void {
    if (inOperation) {
      this.diag.fail(
        op.source,
        `${op.kind} ${describePath(op)} cannot be defined inside an rpc, action or notification`,
      );
    } else if (parent.kind !== 'container' && parent.kind !== 'list') {
      this.diag.fail(
        op.source,
        `${op.kind} ${describePath(op)} must be defined in a container or list`,
      );
    } else if (parent.kind === 'list' && parent.key === undefined) {
      this.diag.fail(
        op.source,
        `${op.kind} ${describePath(op)} cannot be defined in a list without a key`,
      );
    }
  }

  private checkCounts(n: MNode): void {
    if (n.minElements > n.maxElements) {
      this.diag.fail(
        n.source,
        `${describePath(n)} has min-elements ${n.minElements} above max-elements ${n.maxElements}`,
      );
    }
  }

  private checkList(list: MNode): void {
    this.checkCounts(list);
    const keys: QName[] = [];
    if (list.key === undefined) {
      if (list.effectiveConfig) {
        this.diag.fail(
          list.source,
          `list ${describePath(list)} is config true and needs a "key" statement`,
        );
      }
    } else {
      const key = list.key;
      for (const name of key.text.trim().split(/\s+/)) {
        const leaf = this.childLeaf(list, name, key.unit, key.source, 'key');
        if (leaf === undefined) continue;
        if (this.keyLeaves.has(leaf)) {
          this.diag.fail(key.source, `key "${name}" of ${describePath(list)} is listed twice`);
          continue;
        }
        if (leaf.config !== undefined && leaf.config !== list.effectiveConfig) {
          this.diag.fail(
            leaf.source,
            `key leaf ${describePath(leaf)} must have the same config as its list`,
          );
        }
        this.keyLeaves.add(leaf);
        keys.push(qn(leaf));
      }
    }
    this.listKeys.set(list, keys);
    const unique: string[][] = [];
    for (const u of list.unique) {
      const paths: string[] = [];
      for (const path of u.text.trim().split(/\s+/)) {
        const resolved = this.descendantLeaf(list, path, u);
        if (resolved !== undefined) paths.push(resolved);
      }
      unique.push(paths);
    }
    this.listUnique.set(list, unique);
  }

  /** A key leaf: a direct child leaf of the list (not inside a choice). */
  private childLeaf(
    list: MNode,
    ref: string,
    unit: MNode['unit'],
    at: SourceLocation,
    what: string,
  ): MNode | undefined {
    const colon = ref.indexOf(':');
    const module = colon < 0 ? list.module : unit.prefixes.get(ref.slice(0, colon));
    const name = colon < 0 ? ref : ref.slice(colon + 1);
    if (module === undefined) {
      this.diag.fail(at, `unknown prefix in ${what} "${ref}"`);
      return;
    }
    const leaf = list.children.find((c) => c.name === name && c.module === module);
    if (leaf?.kind === 'leaf') return leaf;
    const leaves = list.children.filter((c) => c.kind === 'leaf').map((c) => c.name);
    const nested = findDataNodeIn(list, module, name) !== undefined;
    this.diag.fail(
      at,
      nested && leaf === undefined
        ? `${what} leaf "${ref}" of ${describePath(list)} is inside a choice; a key leaf must be a direct child`
        : `${what} leaf "${ref}" not found in list ${describePath(list)} (its leaves: ${leaves.join(', ') || 'none'})`,
    );
    return undefined;
  }

  /** A `unique` path: descendant leaf of the list, returned as QName steps joined by `/`. */
  private descendantLeaf(
    list: MNode,
    path: string,
    u: MNode['unique'][number],
  ): string | undefined {
    let current = list;
    const steps: string[] = [];
    for (const step of path.split('/')) {
      const colon = step.indexOf(':');
      const module = colon < 0 ? list.module : u.unit.prefixes.get(step.slice(0, colon));
      const name = colon < 0 ? step : step.slice(colon + 1);
      const next =
        module === undefined
          ? undefined
          : (findSchemaNodeIn(current, module, name) ?? findDataNodeIn(current, module, name));
      if (next === undefined) {
        this.diag.fail(u.source, `unique "${path}" of ${describePath(list)}: no node "${step}"`);
        return;
      }
      steps.push(qn(next));
      current = next;
    }
    if (current.kind !== 'leaf') {
      this.diag.fail(
        u.source,
        `unique "${path}" of ${describePath(list)} must name a leaf, not a ${current.kind}`,
      );
      return;
    }
    return steps.join('/');
  }

  private checkChoice(choice: MNode): void {
    const dflt = choice.defaults[0];
    if (dflt === undefined) return;
    if (choice.mandatory) {
      this.diag.fail(
        dflt.source,
        `choice ${describePath(choice)} cannot be both mandatory and have a default`,
      );
      return;
    }
    const colon = dflt.text.indexOf(':');
    const name = colon < 0 ? dflt.text : dflt.text.slice(colon + 1);
    const c = choice.children.find((k) => k.name === name);
    if (c === undefined) {
      const names = choice.children.map((k) => k.name).join(', ');
      this.diag.fail(
        dflt.source,
        `default case "${dflt.text}" is not a case of ${describePath(choice)} (cases: ${names})`,
      );
      return;
    }
    for (const x of c.children) {
      if (
        (x.kind === 'leaf' && x.mandatory) ||
        ((x.kind === 'list' || x.kind === 'leaf-list') && x.minElements > 0)
      ) {
        this.diag.fail(
          dflt.source,
          `default case "${dflt.text}" holds the mandatory node ${describePath(x)}`,
        );
      }
    }
  }

  // ---- types and defaults -----------------------------------------------------------------------

  private typeOf(n: MNode): YangType {
    return this.binder.typeOf(n) ?? UNRESOLVED_TARGET;
  }

  private parseDefault(n: MNode, type: YangType, d: LexicalDefault): JsonScalar | undefined {
    if (type === UNRESOLVED_TARGET) return undefined;
    const r = parseLexicalValue(type, d.text, {
      identities: this.input.identities,
      resolvePrefix: (p) => d.unit.prefixes.get(p),
      defaultModule: d.unit.moduleName,
    });
    if (r.ok) return r.value;
    this.diag.fail(d.source, `invalid default "${d.text}" for ${describePath(n)}: ${r.message}`);
    return undefined;
  }

  private leafDefault(n: MNode, type: YangType): JsonScalar | undefined {
    if (this.keyLeaves.has(n)) return undefined;
    const own = n.defaults[0];
    if (own !== undefined) return this.parseDefault(n, type, own);
    if (n.mandatory || n.typeDefault === undefined) return undefined;
    return this.parseDefault(n, type, n.typeDefault);
  }

  private leafListDefaults(n: MNode, type: YangType): JsonScalar[] {
    const written =
      n.defaults.length > 0
        ? n.defaults
        : n.minElements === 0 && n.typeDefault
          ? [n.typeDefault]
          : [];
    const out: JsonScalar[] = [];
    for (const d of written) {
      const v = this.parseDefault(n, type, d);
      if (v !== undefined) out.push(v);
    }
    return out;
  }

  // ---- freezing ---------------------------------------------------------------------------------

  private pathOf(n: MNode, parentPath: string, parentModule: string): string {
    const qualify = parentPath === '' || parentModule !== n.module;
    return `${parentPath}/${qualify ? qn(n) : n.name}`;
  }

  private base(n: MNode, parentPath: string, parentModule: string, ancestry: readonly CaseStep[]) {
    return {
      qname: qn(n),
      module: n.module,
      name: n.name,
      config: n.effectiveConfig,
      schemaPath: this.pathOf(n, parentPath, parentModule),
      source: n.source,
      description: n.description,
      caseAncestry: Object.freeze([...ancestry]),
      when: Object.freeze([...n.when]),
      must: Object.freeze([...n.must]),
    };
  }

  private claim(sink: ParentSink, n: MNode): boolean {
    const q = qn(n);
    const other = sink.names.get(q);
    if (other !== undefined) {
      const at = other.source;
      this.diag.fail(
        n.source,
        `duplicate name "${n.name}" in ${describePath(n.parent!)}: also defined at ${at.file}:${at.line}:${at.column}`,
      );
      return false;
    }
    sink.names.set(q, n);
    return true;
  }

  /** Freezes the data children and choices of a data parent (container, list, input, output, root…). */
  private parent(
    n: MNode,
    path: string,
    module: string,
  ): DataParent & { children: Map<QName, DataNodeSchema>; choices: Map<QName, ChoiceSchema> } {
    const sink: ParentSink = { children: new Map(), names: new Map() };
    const choices = new Map<QName, ChoiceSchema>();
    for (const c of n.children) {
      if (isDataNode(c)) {
        if (this.claim(sink, c)) sink.children.set(qn(c), this.data(c, path, module, []));
      } else if (c.kind === 'choice') {
        const ch = this.choice(c, path, module, [], sink, []);
        if (ch !== undefined) choices.set(qn(c), ch);
      } else if (c.kind === 'rpc' || c.kind === 'action' || c.kind === 'notification') {
        this.claim(sink, c);
      }
    }
    return { children: sink.children, choices };
  }

  private choice(
    c: MNode,
    path: string,
    module: string,
    ancestry: readonly CaseStep[],
    sink: ParentSink,
    caseSinks: readonly Map<QName, DataNodeSchema>[],
  ): ChoiceSchema | undefined {
    if (!this.claim(sink, c)) return undefined;
    const cases = new Map<QName, CaseSchema>();
    for (const k of c.children) {
      if (cases.has(qn(k))) {
        this.diag.fail(k.source, `duplicate case "${k.name}" in choice ${describePath(c)}`);
        continue;
      }
      const steps = [...ancestry, { choice: qn(c), case: qn(k) }];
      const children = new Map<QName, DataNodeSchema>();
      const choices = new Map<QName, ChoiceSchema>();
      for (const x of k.children) {
        if (isDataNode(x)) {
          if (!this.claim(sink, x)) continue;
          const s = this.data(x, path, module, steps);
          sink.children.set(qn(x), s);
          for (const m of caseSinks) m.set(qn(x), s);
          children.set(qn(x), s);
        } else if (x.kind === 'choice') {
          const nested = this.choice(x, path, module, steps, sink, [...caseSinks, children]);
          if (nested !== undefined) choices.set(qn(x), nested);
        }
      }
      cases.set(
        qn(k),
        Object.freeze({ kind: 'case', ...this.base(k, path, module, ancestry), children, choices }),
      );
    }
    const dflt = c.defaults[0];
    const defaultCase =
      dflt === undefined
        ? undefined
        : [...cases.values()].find((k) => k.name === dflt.text.replace(/^.*:/, ''))?.qname;
    return Object.freeze({
      kind: 'choice',
      ...this.base(c, path, module, ancestry),
      cases,
      mandatory: c.mandatory,
      defaultCase,
    });
  }

  private data(
    n: MNode,
    parentPath: string,
    parentModule: string,
    ancestry: readonly CaseStep[],
  ): DataNodeSchema {
    const b = this.base(n, parentPath, parentModule, ancestry);
    switch (n.kind) {
      case 'container':
        return Object.freeze({
          kind: 'container',
          ...b,
          presence: n.presence,
          ...this.parent(n, b.schemaPath, n.module),
          ...this.nestedOperations(n, b.schemaPath),
        });
      case 'list':
        return Object.freeze({
          kind: 'list',
          ...b,
          keys: Object.freeze(this.listKeys.get(n) ?? []),
          orderedBy: n.orderedBy,
          minElements: n.minElements,
          maxElements: n.maxElements,
          unique: Object.freeze(this.listUnique.get(n) ?? []),
          ...this.parent(n, b.schemaPath, n.module),
          ...this.nestedOperations(n, b.schemaPath),
        });
      case 'leaf': {
        const type = this.typeOf(n);
        return Object.freeze({
          kind: 'leaf',
          ...b,
          type,
          mandatory: n.mandatory,
          default: this.leafDefault(n, type),
          units: n.units,
          isKey: this.keyLeaves.has(n),
        });
      }
      case 'leaf-list': {
        const type = this.typeOf(n);
        return Object.freeze({
          kind: 'leaf-list',
          ...b,
          type,
          orderedBy: n.orderedBy,
          minElements: n.minElements,
          maxElements: n.maxElements,
          defaults: Object.freeze(this.leafListDefaults(n, type)),
        });
      }
      case 'anydata':
      case 'anyxml':
        return Object.freeze({ kind: n.kind, ...b, mandatory: n.mandatory });
      case 'module':
      case 'choice':
      case 'case':
      case 'rpc':
      case 'action':
      case 'input':
      case 'output':
      case 'notification':
        throw new InvariantViolation(`data() called on a ${n.kind}: ${describePath(n)}`);
    }
  }

  private nestedOperations(
    n: MNode,
    path: string,
  ): {
    actions?: ReadonlyMap<QName, RpcSchema>;
    notifications?: ReadonlyMap<QName, NotificationSchema>;
  } {
    const ops = this.operations(n, path, n.module);
    return {
      ...(ops.actions.size > 0 ? { actions: ops.actions } : {}),
      ...(ops.notifications.size > 0 ? { notifications: ops.notifications } : {}),
    };
  }

  /** rpcs or actions, and notifications, directly under `n`. */
  private operations(
    n: MNode,
    path: string,
    module: string,
  ): { actions: Map<QName, RpcSchema>; notifications: Map<QName, NotificationSchema> } {
    const actions = new Map<QName, RpcSchema>();
    const notifications = new Map<QName, NotificationSchema>();
    for (const c of n.children) {
      const p = this.pathOf(c, path, module);
      if (c.kind === 'rpc' || c.kind === 'action') {
        const io = (kind: 'input' | 'output'): DataParent => {
          const node = c.children.find((x) => x.kind === kind)!;
          const frozen = this.parent(node, `${p}/${kind}`, c.module);
          return Object.freeze({ children: frozen.children, choices: frozen.choices });
        };
        actions.set(
          qn(c),
          Object.freeze({
            kind: c.kind,
            qname: qn(c),
            module: c.module,
            name: c.name,
            source: c.source,
            description: c.description,
            input: io('input'),
            output: io('output'),
          }),
        );
      } else if (c.kind === 'notification') {
        const frozen = this.parent(c, p, c.module);
        notifications.set(
          qn(c),
          Object.freeze({
            kind: 'notification',
            qname: qn(c),
            module: c.module,
            name: c.name,
            source: c.source,
            description: c.description,
            children: frozen.children,
            choices: frozen.choices,
          }),
        );
      }
    }
    return { actions, notifications };
  }
}

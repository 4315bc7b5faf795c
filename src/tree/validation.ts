/**
 * Structural validation at commit (yangtools' StructuralValidation / mandatory-leaf enforcement): the
 * constraints no single value can be checked for at the call, because they depend on what the whole
 * transaction leaves behind. Run on the result of applying a modification, only where it changed:
 *
 * - mandatory leaves and anydata, lists and leaf-lists with min-elements, and non-presence containers
 *   holding such nodes, must exist below every list entry and every existing container (RFC 7950 §3
 *   "mandatory node");
 * - at the datastore root, the same for the top-level nodes of every module that has data in the
 *   tree, and only for those (libyang's validation of present modules, `yanglint --present`): an
 *   empty datastore is valid, and a commit to one module never fails for another module's top-level
 *   mandatory nodes;
 * - min-elements and max-elements of every list and leaf-list that exists;
 * - `unique` of every list that changed: no two entries with all the named leaves (or their defaults)
 *   equal (RFC 7950 §7.8.3), a pass over the list each time it changes (no index yet);
 * - a choice has data from at most one case, and a mandatory choice from exactly one; inside the chosen
 *   case, its own mandatory nodes and choices apply.
 *
 * A configuration tree holds no state data (the codec refuses `config false` nodes there), and the
 * constraints of state data hold in state data only (RFC 7950 §8.1, RFC 8342 §5.1): in a
 * configuration tree a `config false` mandatory leaf, list with min-elements or mandatory choice is
 * not required. An operational tree checks both.
 *
 * A node returned unchanged by apply (same object) was valid before and is skipped, so validation costs
 * what the modification changed, not the size of the tree. Violations are DataValidationFailedError with
 * the data path of the node whose constraint failed.
 *
 * Not checked (recorded in the schema, stated in the DOMStore contract, src/api/dom-store.ts): `must`,
 * `when`, leafref and instance-identifier `require-instance` (a later issue).
 */
import type {
  CaseSchema,
  ChoiceSchema,
  DataNodeSchema,
  DataParent,
  JsonScalar,
  LeafSchema,
  ListSchema,
  QName,
  SchemaContext,
} from '../yang/schema.js';
import { assert } from '../util/assert.js';
import { DataValidationFailedError } from './errors.js';
import {
  childCount,
  childOf,
  encodeKey,
  type Children,
  type EntryNode,
  type ListNode,
  type TreeNode,
} from './node.js';
import type { TreeType } from './json-codec.js';
import { valueToText } from './values.js';
import { localName, moduleOf, type StepKind } from './path.js';
import {
  isLeafLike,
  kindOfSchema,
  printModPath,
  type ModifiedNode,
  type NodeKind,
  type PathPart,
} from './modified-node.js';

interface CaseRule {
  readonly schema: CaseSchema;
  readonly members: readonly QName[];
  readonly required: readonly DataNodeSchema[];
  readonly choices: readonly ChoiceRule[];
}

interface ChoiceRule {
  readonly schema: ChoiceSchema;
  readonly cases: readonly CaseRule[];
}

/** What a container, entry or the root requires of its children. */
interface ParentRules {
  readonly required: readonly DataNodeSchema[];
  readonly choices: readonly ChoiceRule[];
  /** True when nothing is to be checked (no required children, no choices). */
  readonly trivial: boolean;
}

/** One leaf a `unique` statement names: the data steps from the entry to it, and its schema. */
interface UniqueLeaf {
  /** QNames of the containers between the entry and the leaf, then the leaf's. */
  readonly steps: readonly QName[];
  /** The presence containers among the steps: absent, the leaf has no value (not even a default). */
  readonly presence: readonly boolean[];
  readonly leaf: LeafSchema;
}

/** One `unique` statement of a list: the text as written, for messages, and its leaves. */
interface UniqueRule {
  readonly text: string;
  readonly leaves: readonly UniqueLeaf[];
}

/** What the root requires of one module's top-level nodes once the module has data. */
interface ModuleRules {
  readonly required: readonly DataNodeSchema[];
  readonly choices: readonly ChoiceRule[];
}

/** The root's rules: every top-level choice (exclusivity), and each module's requirements. */
interface RootRules {
  readonly choices: readonly ChoiceRule[];
  /** Modules with top-level requirements (required nodes, mandatory choices), by module name. */
  readonly modules: ReadonlyMap<string, ModuleRules>;
}

/**
 * The structural rules of one kind of tree, derived from the schema once and cached per schema node.
 * A configuration tree holds no state data (the codec refuses it), so the rules of a configuration
 * tree ignore `config false` nodes: their `mandatory` and `min-elements` constrain state data only
 * (RFC 7950 §8.1 "constraints on state data", RFC 8342 §5.1), and a config true parent does not
 * require them. An operational tree holds both and checks both.
 */
class TreeRules {
  private readonly configOnly: boolean;
  private readonly parents = new WeakMap<DataParent, ParentRules>();
  private readonly constrained = new WeakMap<DataParent, readonly DataNodeSchema[] | null>();
  private readonly roots = new WeakMap<DataParent, RootRules>();
  private readonly uniques = new WeakMap<ListSchema, readonly UniqueRule[]>();

  constructor(treeType: TreeType) {
    this.configOnly = treeType === 'config';
  }

  /** Whether `node` can exist in this tree (a configuration tree has no state data). */
  private holds(node: { readonly config: boolean }): boolean {
    return node.config || !this.configOnly;
  }

  isRequired(node: DataNodeSchema): boolean {
    if (!this.holds(node)) {
      return false;
    }
    switch (node.kind) {
      case 'leaf':
      case 'anydata':
      case 'anyxml':
        return node.mandatory;
      case 'list':
      case 'leaf-list':
        return node.minElements > 0;
      case 'container': {
        if (node.presence) {
          return false;
        }
        const rules = this.of(node);
        return rules.required.length > 0 || rules.choices.some((c) => this.isMandatory(c.schema));
      }
    }
  }

  /** A mandatory choice this tree can hold data for. */
  isMandatory(choice: ChoiceSchema): boolean {
    return choice.mandatory && this.holds(choice);
  }

  private choiceRules(choices: ReadonlyMap<QName, ChoiceSchema>): ChoiceRule[] {
    return [...choices.values()].map((choice) => ({
      schema: choice,
      cases: [...choice.cases.values()].map((c) => ({
        schema: c,
        members: [...c.children.keys()],
        required: [...c.children.values()].filter((child) => {
          const last = child.caseAncestry[child.caseAncestry.length - 1];
          return last?.choice === choice.qname && last.case === c.qname && this.isRequired(child);
        }),
        choices: this.choiceRules(c.choices),
      })),
    }));
  }

  of(parent: DataParent): ParentRules {
    let rules = this.parents.get(parent);
    if (rules === undefined) {
      const required = [...parent.children.values()].filter(
        (c) => c.caseAncestry.length === 0 && this.isRequired(c),
      );
      const choices = this.choiceRules(parent.choices);
      rules = { required, choices, trivial: required.length === 0 && choices.length === 0 };
      this.parents.set(parent, rules);
    }
    return rules;
  }

  /** The root's rules, split by module. */
  ofRoot(root: DataParent): RootRules {
    let rules = this.roots.get(root);
    if (rules === undefined) {
      const all = this.of(root);
      const modules = new Map<string, { required: DataNodeSchema[]; choices: ChoiceRule[] }>();
      const entry = (module: string): { required: DataNodeSchema[]; choices: ChoiceRule[] } => {
        let m = modules.get(module);
        if (m === undefined) {
          m = { required: [], choices: [] };
          modules.set(module, m);
        }
        return m;
      };
      for (const node of all.required) entry(node.module).required.push(node);
      for (const choice of all.choices) {
        if (this.isMandatory(choice.schema) || choice.cases.some((c) => c.required.length > 0)) {
          entry(choice.schema.module).choices.push(choice);
        }
      }
      rules = { choices: all.choices, modules };
      this.roots.set(root, rules);
    }
    return rules;
  }

  /** The `unique` statements of `list` this tree checks (none for state data in a configuration tree). */
  uniqueOf(list: ListSchema): readonly UniqueRule[] {
    let rules = this.uniques.get(list);
    if (rules === undefined) {
      rules = this.holds(list) ? list.unique.map((paths) => uniqueRule(list, paths)) : [];
      this.uniques.set(list, rules);
    }
    return rules;
  }

  /**
   * The children of `parent` below which (or at which) a structural constraint may fail, or null when
   * `parent` itself has no rules and none of its children can fail either. Leaves and anydata never
   * can (their parent's rules check that they exist); a leaf-list only through its element counts;
   * state data never in a configuration tree.
   */
  constrainedChildren(parent: DataParent): readonly DataNodeSchema[] | null {
    let out = this.constrained.get(parent);
    if (out === undefined) {
      const children = [...parent.children.values()].filter((c) => this.isConstrained(c));
      out = children.length === 0 && this.of(parent).trivial ? null : children;
      this.constrained.set(parent, out);
    }
    return out;
  }

  private isConstrained(node: DataNodeSchema): boolean {
    if (!this.holds(node)) {
      return false;
    }
    switch (node.kind) {
      case 'leaf':
      case 'anydata':
      case 'anyxml':
        return false;
      case 'leaf-list':
        return hasElementBounds(node);
      case 'list':
        return (
          hasElementBounds(node) ||
          node.unique.length > 0 ||
          this.constrainedChildren(node) !== null
        );
      case 'container':
        return this.constrainedChildren(node) !== null;
    }
  }
}

/**
 * Resolves one `unique` statement (its descendant paths as QName steps, see ListSchema.unique) to the
 * data steps of each leaf: choice and case names in a path are not data nodes and are skipped.
 */
function uniqueRule(list: ListSchema, paths: readonly string[]): UniqueRule {
  const leaves = paths.map((path): UniqueLeaf => {
    let parent: DataParent = list;
    const steps: QName[] = [];
    const presence: boolean[] = [];
    let leaf: LeafSchema | undefined;
    for (const step of path.split('/')) {
      const child = parent.children.get(step);
      if (child === undefined) continue; // a choice or case
      steps.push(step);
      if (child.kind === 'leaf') {
        leaf = child;
        break;
      }
      assert(
        child.kind === 'container',
        () => `unique ${path} of ${list.qname} crosses a ${child.kind}`,
      );
      presence.push(child.presence);
      parent = child;
    }
    assert(leaf !== undefined, () => `unique ${path} of ${list.qname} names no leaf`);
    return { steps, presence, leaf };
  });
  return { text: leaves.map((l) => l.steps.map(localName).join('/')).join(' '), leaves };
}

const TREE_RULES: Readonly<Record<TreeType, TreeRules>> = {
  config: new TreeRules('config'),
  operational: new TreeRules('operational'),
};

function hasElementBounds(node: { minElements: number; maxElements: number }): boolean {
  return node.minElements > 0 || node.maxElements !== Infinity;
}

/** What one validation walks with: the schema, and the rules of the tree's kind. */
interface Walk {
  readonly schema: SchemaContext;
  readonly rules: TreeRules;
}

/** Why a required node is needed, for the message: the first mandatory thing inside it. */
function describeRequirement(rules: TreeRules, node: DataNodeSchema): string {
  switch (node.kind) {
    case 'leaf':
    case 'anydata':
    case 'anyxml':
      return `mandatory ${node.kind} ${localName(node.qname)}`;
    case 'list':
    case 'leaf-list':
      return `${node.kind} ${localName(node.qname)} (min-elements ${node.minElements})`;
    case 'container': {
      const inner = rules.of(node);
      const first = inner.required[0];
      const why =
        first !== undefined
          ? describeRequirement(rules, first)
          : `mandatory choice ${localName(inner.choices.find((c) => rules.isMandatory(c.schema))!.schema.qname)}`;
      return `container ${localName(node.qname)} (it holds ${why})`;
    }
  }
}

function fail(parts: readonly PathPart[], reason: string): never {
  throw new DataValidationFailedError(printModPath(parts), reason);
}

function checkRequired(
  rules: TreeRules,
  children: Children,
  required: readonly DataNodeSchema[],
  parts: readonly PathPart[],
): void {
  for (const r of required) {
    if (!children.has(r.qname)) {
      fail(parts, `${describeRequirement(rules, r)} is missing`);
    }
  }
}

function checkChoices(
  rules: TreeRules,
  children: Children,
  choices: readonly ChoiceRule[],
  enforceMandatory: boolean,
  parts: readonly PathPart[],
): void {
  for (const choice of choices) {
    let chosen: CaseRule | undefined;
    for (const c of choice.cases) {
      if (!c.members.some((m) => children.has(m))) {
        continue;
      }
      if (chosen !== undefined) {
        fail(
          parts,
          `choice ${localName(choice.schema.qname)} has data from two cases, ${localName(chosen.schema.qname)} and ${localName(c.schema.qname)}; only one case may exist`,
        );
      }
      chosen = c;
    }
    if (chosen === undefined) {
      if (enforceMandatory && rules.isMandatory(choice.schema)) {
        fail(
          parts,
          `mandatory choice ${localName(choice.schema.qname)} has no data; give one of its cases (${choice.cases.map((c) => localName(c.schema.qname)).join(', ')})`,
        );
      }
      continue;
    }
    if (enforceMandatory) {
      checkRequired(rules, children, chosen.required, parts);
    }
    checkChoices(rules, children, chosen.choices, enforceMandatory, parts);
  }
}

/** Whether the datastore root `children` holds a top-level node of `module`. */
function hasModuleData(children: Children, module: string): boolean {
  for (let i = 0; i < children.size; i++) {
    if (moduleOf(children.keyAt(i)) === module) {
      return true;
    }
  }
  return false;
}

/**
 * The root's constraints: top-level choices hold data from one case at most; and each module (every
 * one, or those whose top-level nodes the root modification `modules` touched) that has data in
 * the tree has its top-level mandatory nodes, min-elements and mandatory choices (libyang's
 * validation of "present" modules, `yanglint --present`). A module without data requires nothing, so
 * an empty datastore is valid and a commit to one module never fails for another's constraints.
 */
function checkRoot(
  walk: Walk,
  node: TreeNode,
  modules: ModifiedNode | 'all',
  parts: readonly PathPart[],
): void {
  if (node.kind !== 'container') {
    return;
  }
  const rules = walk.rules.ofRoot(walk.schema.root);
  if (rules.choices.length > 0) {
    checkChoices(walk.rules, node.children, rules.choices, false, parts);
  }
  if (rules.modules.size === 0) {
    return;
  }
  for (const module of modules === 'all' ? rules.modules.keys() : touchedModules(modules)) {
    const moduleRules = rules.modules.get(module);
    if (moduleRules === undefined || !hasModuleData(node.children, module)) {
      continue;
    }
    checkRequired(walk.rules, node.children, moduleRules.required, parts);
    checkChoices(walk.rules, node.children, moduleRules.choices, true, parts);
  }
}

/**
 * The value of a `unique` leaf in one entry: the leaf's, else its default when every presence
 * container on the way exists (RFC 7950 §7.8.3 counts defaults); undefined when the leaf has neither.
 */
function uniqueValue(entry: EntryNode, u: UniqueLeaf): JsonScalar | undefined {
  let children: Children | undefined = entry.children;
  for (let i = 0; i < u.steps.length; i++) {
    const child: TreeNode | undefined = children?.get(u.steps[i]!);
    if (i === u.steps.length - 1) {
      return child?.kind === 'leaf' ? child.value : u.leaf.default;
    }
    if (child === undefined && u.presence[i] === true) return undefined;
    children = child?.kind === 'container' ? child.children : undefined;
  }
  return undefined;
}

function describeEntry(list: ListSchema, entry: EntryNode): string {
  return `${list.name}=${entry.keys.map((k) => encodeURIComponent(valueToText(k))).join(',')}`;
}

/**
 * `unique` (RFC 7950 §7.8.3): no two entries in which every named leaf has a value (or a default)
 * have the same values. Costs a pass over the whole list, each time the list changes.
 */
function checkUnique(
  rules: readonly UniqueRule[],
  list: ListSchema,
  node: ListNode,
  parts: readonly PathPart[],
): void {
  for (const rule of rules) {
    const seen = new Map<string, EntryNode>();
    node.entries.forEach((entry) => {
      const values: JsonScalar[] = [];
      for (const u of rule.leaves) {
        const value = uniqueValue(entry, u);
        if (value === undefined) return;
        values.push(value);
      }
      const key = encodeKey(values);
      const other = seen.get(key);
      if (other !== undefined) {
        fail(
          parts,
          `entries ${describeEntry(list, other)} and ${describeEntry(list, entry)} break unique "${rule.text}": both have ${values.map((v) => JSON.stringify(v)).join(', ')}`,
        );
      }
      seen.set(key, entry);
    });
  }
}

/** Checks the constraints of one existing node (not the root) on its direct children. */
function checkLocal(
  walk: Walk,
  kind: Exclude<NodeKind, 'root'>,
  schema: DataNodeSchema | undefined,
  node: TreeNode,
  parts: readonly PathPart[],
): void {
  switch (kind) {
    case 'container':
    case 'entry': {
      const rules = walk.rules.of(schema as DataParent & DataNodeSchema);
      if (rules.trivial || (node.kind !== 'container' && node.kind !== 'entry')) {
        return;
      }
      checkRequired(walk.rules, node.children, rules.required, parts);
      checkChoices(walk.rules, node.children, rules.choices, true, parts);
      return;
    }
    case 'list':
    case 'leaf-list': {
      const s = schema as { minElements: number; maxElements: number };
      const count = childCount(node);
      if (count < s.minElements) {
        fail(parts, `has ${count} element(s), fewer than min-elements ${s.minElements}`);
      }
      if (count > s.maxElements) {
        fail(parts, `has ${count} element(s), more than max-elements ${s.maxElements}`);
      }
      if (kind === 'list' && node.kind === 'list') {
        checkUnique(walk.rules.uniqueOf(schema as ListSchema), schema as ListSchema, node, parts);
      }
      return;
    }
    case 'value':
    case 'leaf':
    case 'anydata':
      return;
  }
}

/**
 * Validates a whole (new) subtree. Walks only where the schema has constraints (constrainedChildren):
 * a list of entries with no mandatory nodes, choices or element counts inside them is not visited
 * entry by entry, and the values of a leaf-list never are.
 */
function checkSubtree(
  walk: Walk,
  part: PathPart,
  node: TreeNode,
  before: TreeNode | undefined,
  parts: PathPart[],
): void {
  if (node === before || isLeafLike(part.kind)) {
    return;
  }
  if (part.kind === 'root') {
    checkRoot(walk, node, 'all', parts);
  } else {
    checkLocal(walk, part.kind, part.schema, node, parts);
  }
  switch (node.kind) {
    case 'container':
    case 'entry': {
      const children = walk.rules.constrainedChildren(
        part.kind === 'root' ? walk.schema.root : (part.schema as DataParent & DataNodeSchema),
      );
      if (children === null) {
        return;
      }
      for (const schema of children) {
        const child = node.children.get(schema.qname);
        if (child !== undefined) {
          checkChild(walk, kindOfSchema(schema), schema, child, before, schema.qname, parts);
        }
      }
      return;
    }
    case 'list':
      if (walk.rules.constrainedChildren(part.schema as ListSchema) === null) {
        return;
      }
      node.entries.forEach((entry, key) => {
        checkChild(walk, 'entry', part.schema!, entry, before, key, parts);
      });
      return;
    case 'leaf-list':
    case 'value':
    case 'leaf':
    case 'anydata':
      return;
  }
}

function checkChild(
  walk: Walk,
  kind: StepKind,
  schema: DataNodeSchema,
  child: TreeNode,
  parentBefore: TreeNode | undefined,
  key: string,
  parts: PathPart[],
): void {
  const childPart: PathPart = {
    kind,
    schema,
    keys: child.kind === 'entry' ? child.keys : child.kind === 'value' ? [child.value] : [],
  };
  parts.push(childPart);
  checkSubtree(walk, childPart, child, childOf(parentBefore, key), parts);
  parts.pop();
}

/** The modules of the top-level nodes a root modification touches. */
function touchedModules(root: ModifiedNode): Set<string> {
  const modules = new Set<string>();
  if (root.children !== undefined) {
    for (const child of root.children.values()) {
      if (child.schema !== undefined) {
        modules.add(child.schema.module);
      }
    }
  }
  return modules;
}

function visit(
  walk: Walk,
  mod: ModifiedNode,
  before: TreeNode | undefined,
  after: TreeNode | undefined,
  parts: PathPart[],
): void {
  if (after === undefined || after === before || isLeafLike(mod.kind)) {
    return;
  }
  if (mod.op === 'write') {
    checkSubtree(walk, mod, after, before, parts);
    return;
  }
  if (mod.kind === 'root') {
    checkRoot(walk, after, mod, parts);
  } else {
    checkLocal(walk, mod.kind, mod.schema, after, parts);
  }
  if (mod.children === undefined) {
    return;
  }
  for (const child of mod.children.values()) {
    parts.push(child);
    visit(walk, child, childOf(before, child.key), childOf(after, child.key), parts);
    parts.pop();
  }
}

/**
 * Validates the structural constraints of `after`, the result of applying `root` (a modification tree)
 * to `before`, as a tree of `treeType` (a configuration tree ignores the constraints of state data).
 * Throws DataValidationFailedError naming the path and the constraint.
 */
export function validateStructure(
  context: SchemaContext,
  treeType: TreeType,
  root: ModifiedNode,
  before: TreeNode,
  after: TreeNode,
): void {
  visit({ schema: context, rules: TREE_RULES[treeType] }, root, before, after, [root]);
}

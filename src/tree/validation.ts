/**
 * Structural validation at commit (yangtools' StructuralValidation / mandatory-leaf enforcement): the
 * constraints no single value can be checked for at the call, because they depend on what the whole
 * transaction leaves behind. Run on the result of applying a modification, only where it changed:
 *
 * - mandatory leaves and anydata, lists and leaf-lists with min-elements, and non-presence containers
 *   holding such nodes, must exist below every list entry and every existing container (RFC 7950 §3
 *   "mandatory node"); not at the datastore root, which would make an empty datastore invalid;
 * - min-elements and max-elements of every list and leaf-list that exists;
 * - a choice has data from at most one case, and a mandatory choice from exactly one; inside the chosen
 *   case, its own mandatory nodes and choices apply.
 *
 * A node returned unchanged by apply (same object) was valid before and is skipped, so validation costs
 * what the modification changed, not the size of the tree. Violations are DataValidationFailedError with
 * the data path of the node whose constraint failed.
 *
 * Not checked (recorded in the schema, stated in the DOMStore contract, src/api/dom-store.ts): `must`,
 * `when`, `unique`, leafref and instance-identifier `require-instance`. `unique` would cost a scan of
 * the whole list per changed entry without an index; it waits for one.
 */
import type {
  CaseSchema,
  ChoiceSchema,
  DataNodeSchema,
  DataParent,
  ListSchema,
  QName,
  SchemaContext,
} from '../yang/schema.js';
import { DataValidationFailedError } from './errors.js';
import { childCount, childOf, type Children, type TreeNode } from './node.js';
import { localName, type StepKind } from './path.js';
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

const rulesCache = new WeakMap<DataParent, ParentRules>();

function isRequired(node: DataNodeSchema): boolean {
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
      const rules = rulesOf(node);
      return rules.required.length > 0 || rules.choices.some((c) => c.schema.mandatory);
    }
  }
}

function choiceRules(parent: DataParent, choices: ReadonlyMap<QName, ChoiceSchema>): ChoiceRule[] {
  return [...choices.values()].map((choice) => ({
    schema: choice,
    cases: [...choice.cases.values()].map((c) => ({
      schema: c,
      members: [...c.children.keys()],
      required: [...c.children.values()].filter((child) => {
        const last = child.caseAncestry[child.caseAncestry.length - 1];
        return last?.choice === choice.qname && last.case === c.qname && isRequired(child);
      }),
      choices: choiceRules(parent, c.choices),
    })),
  }));
}

function rulesOf(parent: DataParent): ParentRules {
  let rules = rulesCache.get(parent);
  if (rules === undefined) {
    const required = [...parent.children.values()].filter(
      (c) => c.caseAncestry.length === 0 && isRequired(c),
    );
    const choices = choiceRules(parent, parent.choices);
    rules = { required, choices, trivial: required.length === 0 && choices.length === 0 };
    rulesCache.set(parent, rules);
  }
  return rules;
}

/** Why a required node is needed, for the message: the first mandatory thing inside it. */
function describeRequirement(node: DataNodeSchema): string {
  switch (node.kind) {
    case 'leaf':
    case 'anydata':
    case 'anyxml':
      return `mandatory ${node.kind} ${localName(node.qname)}`;
    case 'list':
    case 'leaf-list':
      return `${node.kind} ${localName(node.qname)} (min-elements ${node.minElements})`;
    case 'container': {
      const rules = rulesOf(node);
      const inner = rules.required[0];
      const why =
        inner !== undefined
          ? describeRequirement(inner)
          : `mandatory choice ${localName(rules.choices.find((c) => c.schema.mandatory)!.schema.qname)}`;
      return `container ${localName(node.qname)} (it holds ${why})`;
    }
  }
}

function fail(parts: readonly PathPart[], reason: string): never {
  throw new DataValidationFailedError(printModPath(parts), reason);
}

function checkRequired(
  children: Children,
  required: readonly DataNodeSchema[],
  parts: readonly PathPart[],
): void {
  for (const r of required) {
    if (!children.has(r.qname)) {
      fail(parts, `${describeRequirement(r)} is missing`);
    }
  }
}

function checkChoices(
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
      if (enforceMandatory && choice.schema.mandatory) {
        fail(
          parts,
          `mandatory choice ${localName(choice.schema.qname)} has no data; give one of its cases (${choice.cases.map((c) => localName(c.schema.qname)).join(', ')})`,
        );
      }
      continue;
    }
    if (enforceMandatory) {
      checkRequired(children, chosen.required, parts);
    }
    checkChoices(children, chosen.choices, enforceMandatory, parts);
  }
}

/** Checks the constraints of one existing node on its direct children. */
function checkLocal(
  context: SchemaContext,
  kind: NodeKind,
  schema: DataNodeSchema | undefined,
  node: TreeNode,
  parts: readonly PathPart[],
): void {
  switch (kind) {
    case 'root': {
      const rules = rulesOf(context.root);
      if (rules.choices.length > 0 && node.kind === 'container') {
        checkChoices(node.children, rules.choices, false, parts);
      }
      return;
    }
    case 'container':
    case 'entry': {
      const rules = rulesOf(schema as DataParent & DataNodeSchema);
      if (rules.trivial || (node.kind !== 'container' && node.kind !== 'entry')) {
        return;
      }
      checkRequired(node.children, rules.required, parts);
      checkChoices(node.children, rules.choices, true, parts);
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
      return;
    }
    case 'value':
    case 'leaf':
    case 'anydata':
      return;
  }
}

/** Whether any node of a subtree can break a constraint: per parent schema, the children that can. */
const constrainedCache = new WeakMap<DataParent, readonly DataNodeSchema[] | null>();

/**
 * The children of `parent` below which (or at which) a structural constraint may fail, or null when
 * `parent` itself has no rules and none of its children can fail either. Leaves and anydata never
 * can (their parent's rules check that they exist); a leaf-list only through its element counts.
 */
function constrainedChildren(parent: DataParent): readonly DataNodeSchema[] | null {
  let out = constrainedCache.get(parent);
  if (out === undefined) {
    const children = [...parent.children.values()].filter(isConstrained);
    out = children.length === 0 && rulesOf(parent).trivial ? null : children;
    constrainedCache.set(parent, out);
  }
  return out;
}

function hasElementBounds(node: { minElements: number; maxElements: number }): boolean {
  return node.minElements > 0 || node.maxElements !== Infinity;
}

function isConstrained(node: DataNodeSchema): boolean {
  switch (node.kind) {
    case 'leaf':
    case 'anydata':
    case 'anyxml':
      return false;
    case 'leaf-list':
      return hasElementBounds(node);
    case 'list':
      return hasElementBounds(node) || constrainedChildren(node) !== null;
    case 'container':
      return constrainedChildren(node) !== null;
  }
}

/**
 * Validates a whole (new) subtree. Walks only where the schema has constraints (constrainedChildren):
 * a list of entries with no mandatory nodes, choices or element counts inside them is not visited
 * entry by entry, and the values of a leaf-list never are.
 */
function checkSubtree(
  context: SchemaContext,
  part: PathPart,
  node: TreeNode,
  before: TreeNode | undefined,
  parts: PathPart[],
): void {
  if (node === before || isLeafLike(part.kind)) {
    return;
  }
  checkLocal(context, part.kind, part.schema, node, parts);
  switch (node.kind) {
    case 'container':
    case 'entry': {
      const children = constrainedChildren(
        part.kind === 'root' ? context.root : (part.schema as DataParent & DataNodeSchema),
      );
      if (children === null) {
        return;
      }
      for (const schema of children) {
        const child = node.children.get(schema.qname);
        if (child !== undefined) {
          checkChild(context, kindOfSchema(schema), schema, child, before, schema.qname, parts);
        }
      }
      return;
    }
    case 'list':
      if (constrainedChildren(part.schema as ListSchema) === null) {
        return;
      }
      node.entries.forEach((entry, key) => {
        checkChild(context, 'entry', part.schema!, entry, before, key, parts);
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
  context: SchemaContext,
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
  checkSubtree(context, childPart, child, childOf(parentBefore, key), parts);
  parts.pop();
}

function visit(
  context: SchemaContext,
  mod: ModifiedNode,
  before: TreeNode | undefined,
  after: TreeNode | undefined,
  parts: PathPart[],
): void {
  if (after === undefined || after === before || isLeafLike(mod.kind)) {
    return;
  }
  if (mod.op === 'write') {
    checkSubtree(context, mod, after, before, parts);
    return;
  }
  checkLocal(context, mod.kind, mod.schema, after, parts);
  if (mod.children === undefined) {
    return;
  }
  for (const child of mod.children.values()) {
    parts.push(child);
    visit(context, child, childOf(before, child.key), childOf(after, child.key), parts);
    parts.pop();
  }
}

/**
 * Validates the structural constraints of `after`, the result of applying `root` (a modification tree)
 * to `before`. Throws DataValidationFailedError naming the path and the constraint.
 */
export function validateStructure(
  context: SchemaContext,
  root: ModifiedNode,
  before: TreeNode,
  after: TreeNode,
): void {
  visit(context, root, before, after, [root]);
}

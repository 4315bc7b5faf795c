/**
 * The compiler's working schema tree: one mutable `MNode` per schema node (RFC 7950 §4.2.1 and §3's
 * "schema node"), including choice, case, rpc, action, input, output and notification, which the
 * frozen SchemaContext mostly flattens away. Groupings are already expanded into it, augments and
 * deviations are applied to it, then finalize.ts checks it and freezes it into schema.ts objects.
 *
 * Invariants: `parent` links mirror `children`; every node carries the module whose namespace it is
 * in (`module`, which for grouping content is the module of the `uses`) and the file it was written in
 * (`unit`, whose prefixes its expressions use). A module's root node has kind `module`.
 *
 * Pure: plain data and small navigation helpers.
 */
import type { SourceLocation } from '../util/errors.js';
import type { SourceUnit } from './module-set.js';
import type { YangType } from './schema.js';
import type { LexicalDefault } from './types.js';

export type NodeKind =
  | 'module'
  | 'container'
  | 'list'
  | 'leaf'
  | 'leaf-list'
  | 'anydata'
  | 'anyxml'
  | 'choice'
  | 'case'
  | 'rpc'
  | 'action'
  | 'input'
  | 'output'
  | 'notification';

/** A `key` or `unique` argument as written, with where and in which file. */
export interface WrittenArgument {
  readonly text: string;
  readonly source: SourceLocation;
  readonly unit: SourceUnit;
}

/** A schema node under construction. Fields that do not apply to a kind keep their defaults. */
export class MNode {
  readonly kind: NodeKind;
  readonly module: string;
  readonly name: string;
  readonly source: SourceLocation;
  readonly unit: SourceUnit;
  parent: MNode | undefined;
  readonly children: MNode[] = [];
  /** `config` as written (or refined/deviated); undefined means inherited. */
  config: boolean | undefined;
  description: string | undefined;
  readonly when: string[] = [];
  readonly must: string[] = [];
  presence = false;
  mandatory = false;
  key: WrittenArgument | undefined;
  unique: WrittenArgument[] = [];
  orderedBy: 'system' | 'user' = 'system';
  minElements = 0;
  maxElements = Infinity;
  type: YangType | undefined;
  /** Defaults as written: a leaf has at most one; a choice's is its default case name. */
  defaults: LexicalDefault[] = [];
  /** The default a leaf or leaf-list inherits from its typedef when it has none of its own. */
  typeDefault: LexicalDefault | undefined;
  units: string | undefined;
  /** Effective config, computed by finalize.ts (inherited; false in rpc, action and notification). */
  effectiveConfig = true;
  /** A case made implicitly for a data node written directly under a choice (RFC 7950 §7.9.2). */
  implicit = false;

  constructor(
    kind: NodeKind,
    module: string,
    name: string,
    source: SourceLocation,
    unit: SourceUnit,
  ) {
    this.kind = kind;
    this.module = module;
    this.name = name;
    this.source = source;
    this.unit = unit;
  }

  /** Adds `child` as the last child. */
  add(child: MNode): void {
    child.parent = this;
    this.children.push(child);
  }

  /** Removes `child` (deviate not-supported). */
  remove(child: MNode): void {
    const i = this.children.indexOf(child);
    if (i >= 0) this.children.splice(i, 1);
    child.parent = undefined;
  }
}

/** Kinds that are data nodes: they appear in data paths and instance data. */
export function isDataNode(n: MNode): boolean {
  return DATA_KINDS.has(n.kind);
}

const DATA_KINDS: ReadonlySet<NodeKind> = new Set([
  'container',
  'list',
  'leaf',
  'leaf-list',
  'anydata',
  'anyxml',
]);

/** Kinds a data path passes through without naming (RFC 7950 §6.5 data node identifiers). */
function isTransparent(n: MNode): boolean {
  return n.kind === 'choice' || n.kind === 'case' || n.kind === 'input' || n.kind === 'output';
}

/** The nearest ancestor a data path's `..` reaches: skips choice, case, input and output. */
export function dataParent(n: MNode): MNode | undefined {
  let p = n.parent;
  while (p !== undefined && isTransparent(p)) p = p.parent;
  return p;
}

/** Finds a data child (or rpc, action, notification) by namespace and name, looking through choices. */
export function findDataNodeIn(n: MNode, module: string, name: string): MNode | undefined {
  for (const c of n.children) {
    if (isTransparent(c)) {
      const found = findDataNodeIn(c, module, name);
      if (found !== undefined) return found;
    } else if (c.module === module && c.name === name) {
      return c;
    }
  }
  return undefined;
}

/** Finds a schema child (any kind, choice and case included) by namespace and name. */
export function findSchemaNodeIn(n: MNode, module: string, name: string): MNode | undefined {
  return n.children.find((c) => c.module === module && c.name === name);
}

/** The schema node path for messages: `/mod:a/b/mod2:c`, a module prefix wherever it changes. */
export function describePath(n: MNode): string {
  const steps: string[] = [];
  for (let c: MNode | undefined = n; c !== undefined && c.kind !== 'module'; c = c.parent) {
    const p = c.parent;
    const qualify = p === undefined || p.kind === 'module' || p.module !== c.module;
    steps.unshift(qualify ? `${c.module}:${c.name}` : c.name);
  }
  return '/' + steps.join('/');
}

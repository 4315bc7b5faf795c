/**
 * leafref paths (RFC 7950 §9.9.2): finding the leaf a `path` points to, from the leaf that holds the
 * leafref, and giving the leafref that leaf's type. Predicates (`[k = current()/../x]`) select
 * instances, not schema nodes, so they are skipped for type resolution. `deref(…)` (YANG 1.1) is
 * followed through the referenced leafref's own target.
 *
 * Name resolution, as RFC 7950 §6.4.1 says: a prefix resolves in the file the path was written in; an
 * unprefixed name is in the namespace of the leaf holding the leafref (so a grouping's leafref
 * resolves where it is used). `..` walks data nodes only: choice, case, input and output are skipped.
 *
 * Invariants: a bound leafref's `target` is never a leafref left unbound; chains (leafref to leafref)
 * bind through; a cycle is reported. Pure; problems go to `Diagnostics`.
 */
import type { Diagnostics } from './errors.js';
import type { SourceUnit } from './module-set.js';
import type { YangType } from './schema.js';
import { dataParent, describePath, findDataNodeIn } from './schema-tree.js';
import type { MNode } from './schema-tree.js';
import { UNRESOLVED_TARGET } from './types.js';
import type { LeafrefOrigin } from './types.js';

/** A leafref path split into steps, predicates dropped. */
interface ParsedPath {
  readonly absolute: boolean;
  /** For `deref(inner)/rest`: the inner path, whose target's node `rest` starts from. */
  readonly deref?: ParsedPath | undefined;
  /** `..` count before the named steps (relative paths). */
  readonly up: number;
  readonly steps: readonly string[];
}

/** Parses a leafref path, or returns what is wrong with it. */
export function parseLeafrefPath(path: string): ParsedPath | string {
  const stripped = stripPredicates(path);
  if (!stripped.ok) return stripped.message;
  const t = stripped.value.replace(/\s+/g, '');
  if (t.startsWith('deref(')) {
    let depth = 0;
    let end = -1;
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '(') depth++;
      if (t[i] === ')' && --depth === 0) {
        end = i;
        break;
      }
    }
    if (end < 0) return 'unbalanced parentheses in deref()';
    const inner = parseLeafrefPath(t.slice('deref('.length, end));
    if (typeof inner === 'string') return inner;
    const rest = t.slice(end + 1);
    if (!rest.startsWith('/')) return 'expected / after deref(…)';
    const tail = parseRelative(rest.slice(1));
    return typeof tail === 'string' ? tail : { ...tail, deref: inner };
  }
  if (t.startsWith('/')) {
    const steps = t.slice(1).split('/');
    if (steps.some((s) => !isNodeIdentifier(s))) return `"${path}" has an empty or malformed step`;
    return { absolute: true, up: 0, steps };
  }
  return parseRelative(t);
}

function parseRelative(t: string): ParsedPath | string {
  const parts = t.split('/');
  let up = 0;
  while (parts[up] === '..') up++;
  const steps = parts.slice(up);
  if (steps.length === 0) return 'a relative path must name a node after its ../ steps';
  if (steps.some((s) => !isNodeIdentifier(s))) return `"${t}" has an empty or malformed step`;
  return { absolute: false, up, steps };
}

function isNodeIdentifier(s: string): boolean {
  return /^(?:[A-Za-z_][A-Za-z0-9_.-]*:)?[A-Za-z_][A-Za-z0-9_.-]*$/.test(s);
}

/** Removes `[…]` predicates, respecting quotes inside them. */
function stripPredicates(
  path: string,
):
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string } {
  let out = '';
  let depth = 0;
  let quote: string | undefined;
  for (const c of path) {
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (depth > 0 && (c === "'" || c === '"')) {
      quote = c;
    } else if (c === '[') {
      depth++;
    } else if (c === ']') {
      depth--;
      if (depth < 0) return { ok: false, message: 'unbalanced ] in path' };
    } else if (depth === 0) {
      out += c;
    }
  }
  if (depth !== 0 || quote !== undefined)
    return { ok: false, message: 'unterminated predicate in path' };
  return { ok: true, value: out };
}

/** Binds leafref targets for concrete leaves; one binder per compilation. */
export class LeafrefBinder {
  private readonly roots: ReadonlyMap<string, MNode>;
  private readonly diag: Diagnostics;
  private readonly origins: (t: YangType) => LeafrefOrigin | undefined;
  private readonly bound = new Map<MNode, YangType | undefined>();
  private readonly inProgress = new Set<MNode>();

  /** `origins` tells where an unbound leafref type was written (TypeResolver.leafrefOrigin). */
  constructor(
    roots: ReadonlyMap<string, MNode>,
    origins: (t: YangType) => LeafrefOrigin | undefined,
    diag: Diagnostics,
  ) {
    this.roots = roots;
    this.origins = origins;
    this.diag = diag;
  }

  /** The leaf's type with every leafref (also inside unions) bound; undefined after reporting. */
  typeOf(leaf: MNode): YangType | undefined {
    if (this.bound.has(leaf)) return this.bound.get(leaf);
    if (this.inProgress.has(leaf)) {
      this.diag.fail(
        leaf.source,
        `leafref chain through ${describePath(leaf)} loops back to itself`,
      );
      return;
    }
    this.inProgress.add(leaf);
    const t = leaf.type === undefined ? undefined : this.bind(leaf.type, leaf);
    this.inProgress.delete(leaf);
    this.bound.set(leaf, t);
    return t;
  }

  private bind(t: YangType, leaf: MNode): YangType | undefined {
    if (t.kind === 'union') {
      const members: YangType[] = [];
      for (const m of t.types) {
        const b = this.bind(m, leaf);
        if (b === undefined) return undefined;
        members.push(b);
      }
      return members.every((m, i) => m === t.types[i]) ? t : { ...t, types: members };
    }
    if (t.kind !== 'leafref' || t.target !== UNRESOLVED_TARGET) return t;
    const target = this.targetNode(t, leaf);
    if (target === undefined) return undefined;
    if (leaf.effectiveConfig && !target.effectiveConfig && t.requireInstance) {
      const origin = this.origins(t);
      this.diag.fail(
        origin?.source ?? leaf.source,
        `leafref ${describePath(leaf)} is config true but its target ${describePath(target)} is config false; ` +
          'add require-instance false or make the leaf config false',
      );
      return;
    }
    const targetType = this.typeOf(target);
    return targetType === undefined ? undefined : { ...t, target: targetType };
  }

  /** The leaf or leaf-list a leafref type of `leaf` points to; undefined after reporting. */
  private targetNode(t: Extract<YangType, { kind: 'leafref' }>, leaf: MNode): MNode | undefined {
    const origin = this.origins(t);
    const at = origin?.source ?? leaf.source;
    const parsed = parseLeafrefPath(t.path);
    if (typeof parsed === 'string') {
      this.diag.fail(at, `invalid leafref path "${t.path}": ${parsed}`);
      return;
    }
    const unit = origin?.unit ?? leaf.unit;
    const found = this.walk(parsed, leaf, unit);
    if (typeof found === 'string') {
      this.diag.fail(at, `leafref path "${t.path}" from ${describePath(leaf)}: ${found}`);
      return;
    }
    if (found.kind !== 'leaf' && found.kind !== 'leaf-list') {
      this.diag.fail(
        at,
        `leafref path "${t.path}" from ${describePath(leaf)} points to a ${found.kind}, not a leaf or leaf-list`,
      );
      return;
    }
    return found;
  }

  private walk(p: ParsedPath, leaf: MNode, unit: SourceUnit): MNode | string {
    let ctx: MNode | undefined;
    if (p.deref !== undefined) {
      const via = this.walk(p.deref, leaf, unit);
      if (typeof via === 'string') return via;
      const viaType = via.type;
      if (viaType?.kind !== 'leafref')
        return `deref() must name a leafref, and ${describePath(via)} is not one`;
      const next = this.targetNode(viaType, via);
      if (next === undefined) return `the target of ${describePath(via)} does not resolve`;
      ctx = next;
    } else if (!p.absolute) {
      ctx = leaf;
    }
    for (let i = 0; i < p.up; i++) {
      if (ctx === undefined || ctx.kind === 'module')
        return 'too many ../ steps: the path leaves the data tree';
      ctx = dataParent(ctx);
    }
    for (const step of p.steps) {
      const colon = step.indexOf(':');
      const name = colon < 0 ? step : step.slice(colon + 1);
      const prefixed = colon < 0 ? undefined : unit.prefixes.get(step.slice(0, colon));
      if (colon >= 0 && prefixed === undefined) return `unknown prefix "${step.slice(0, colon)}"`;
      // The RFC 7950 reading first (unprefixed: the leaf's namespace); then the reading of YANG 1.0
      // tools, where unprefixed names and a grouping's own prefix mean the module the path is in.
      const candidates =
        prefixed === undefined
          ? [leaf.module, unit.moduleName]
          : prefixed === unit.moduleName
            ? [prefixed, leaf.module]
            : [prefixed];
      let next: MNode | undefined;
      for (const module of candidates) {
        const parent = ctx === undefined || ctx.kind === 'module' ? this.roots.get(module) : ctx;
        next = parent === undefined ? undefined : findDataNodeIn(parent, module, name);
        if (next !== undefined) break;
      }
      if (next === undefined) {
        const module = candidates[0]!;
        const where =
          ctx === undefined || ctx.kind === 'module' ? `module "${module}"` : describePath(ctx);
        return `no data node "${step}" in ${where}`;
      }
      ctx = next;
    }
    return ctx ?? 'the path names no node';
  }
}

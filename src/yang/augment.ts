/**
 * Top-level `augment` and `deviation` (RFC 7950 §7.17, §7.20.3): both name their target by an absolute
 * schema node identifier (`/p:a/p:b`, choice, case, input and output included), resolved with the
 * prefixes of the file they are written in.
 *
 * Augments may target nodes that other augments add, so they are applied in passes until none makes
 * progress; whatever is left then is reported with the step that failed. Augmented nodes keep the
 * augmenting module's namespace. Deviations run after every augment; `not-supported`, `add`,
 * `replace` and `delete` are supported for the properties this compiler models (config, default,
 * mandatory, min/max-elements, must, type, unique, units).
 *
 * Pure. Problems go to `Diagnostics`.
 */
import type { BuildContext, TreeBuilder } from './build.js';
import type { Diagnostics } from './errors.js';
import type { SourceUnit } from './module-set.js';
import { subsOf } from './module-set.js';
import type { Statement } from './parser.js';
import { describePath, findSchemaNodeIn } from './schema-tree.js';
import type { MNode } from './schema-tree.js';
import type { Scope } from './scope.js';
import type { TypeResolver } from './types.js';
import { pushAll } from '../util/arrays.js';

/** A top-level augment or deviation with the file and scope it was written in. */
export interface PendingStatement {
  readonly stmt: Statement;
  readonly unit: SourceUnit;
  readonly scope: Scope;
}

type Resolution = { readonly node: MNode } | { readonly problem: string };

/** Resolves an absolute schema node identifier against the module roots. */
export function resolveSchemaNodeId(
  path: string,
  unit: SourceUnit,
  roots: ReadonlyMap<string, MNode>,
): Resolution {
  if (!path.startsWith('/')) {
    return {
      problem: `target "${path}" must be an absolute schema node identifier starting with /`,
    };
  }
  let current: MNode | undefined;
  for (const raw of path.slice(1).split('/')) {
    const step = raw.trim();
    const ref = splitStep(step, unit);
    if (typeof ref === 'string') return { problem: ref };
    let next: MNode | undefined;
    if (current === undefined) {
      const root = roots.get(ref.module);
      if (root === undefined) return { problem: `module "${ref.module}" is not loaded` };
      next = findSchemaNodeIn(root, ref.module, ref.name);
    } else if (ref.name === 'input' || ref.name === 'output') {
      next =
        current.children.find((c) => c.kind === ref.name) ??
        findSchemaNodeIn(current, ref.module, ref.name);
    } else {
      next = findSchemaNodeIn(current, ref.module, ref.name);
    }
    if (next === undefined) {
      const where = current === undefined ? `module "${ref.module}"` : describePath(current);
      return { problem: `no node "${ref.module}:${ref.name}" in ${where}` };
    }
    current = next;
  }
  if (current === undefined) return { problem: 'empty target' };
  return { node: current };
}

function splitStep(step: string, unit: SourceUnit): { module: string; name: string } | string {
  const colon = step.indexOf(':');
  if (colon < 0) return { module: unit.moduleName, name: step };
  const prefix = step.slice(0, colon);
  const module = unit.prefixes.get(prefix);
  if (module === undefined) {
    const known = [...unit.prefixes.keys()].map((k) => `"${k}"`).join(', ');
    return `unknown prefix "${prefix}" (this file declares ${known})`;
  }
  return { module, name: step.slice(colon + 1) };
}

/** Applies every top-level augment, in passes, so augments of augmented nodes resolve. */
export function applyAugments(
  pending: readonly PendingStatement[],
  roots: ReadonlyMap<string, MNode>,
  builder: TreeBuilder,
  diag: Diagnostics,
): void {
  let left = [...pending];
  for (;;) {
    const next: PendingStatement[] = [];
    for (const p of left) {
      const r = resolveSchemaNodeId(p.stmt.argument!, p.unit, roots);
      if ('node' in r) {
        const ctx: BuildContext = { scope: p.scope, namespace: p.unit.moduleName, groupings: [] };
        builder.augmentInto(p.stmt, ctx, r.node);
      } else {
        next.push(p);
      }
    }
    if (next.length === 0) return;
    if (next.length === left.length) break;
    left = next;
  }
  for (const p of left) {
    const r = resolveSchemaNodeId(p.stmt.argument!, p.unit, roots);
    if ('problem' in r) {
      diag.fail(p.stmt.source, `augment target "${p.stmt.argument ?? ''}" not found: ${r.problem}`);
    }
  }
}

/** Applies every deviation (after all augments). */
export function applyDeviations(
  pending: readonly PendingStatement[],
  roots: ReadonlyMap<string, MNode>,
  types: TypeResolver,
  diag: Diagnostics,
): void {
  for (const p of pending) {
    const r = resolveSchemaNodeId(p.stmt.argument!, p.unit, roots);
    if ('problem' in r) {
      diag.fail(
        p.stmt.source,
        `deviation target "${p.stmt.argument ?? ''}" not found: ${r.problem}`,
      );
      continue;
    }
    const deviates = subsOf(p.stmt, 'deviate');
    for (const d of deviates) {
      if (d.argument === 'not-supported') {
        if (deviates.length > 1) {
          diag.fail(d.source, '"deviate not-supported" must be the only deviate of its deviation');
        }
        r.node.parent?.remove(r.node);
        break;
      }
      deviate(d, r.node, p, types, diag);
    }
  }
}

function deviate(
  d: Statement,
  target: MNode,
  p: PendingStatement,
  types: TypeResolver,
  diag: Diagnostics,
): void {
  const op = d.argument as 'add' | 'replace' | 'delete';
  const path = describePath(target);
  const fail = (s: Statement, what: string): void => {
    diag.fail(s.source, `deviate ${op} of ${path}: ${what}`);
  };
  const defaults = subsOf(d, 'default');
  if (defaults.length > 0) defaultEdit(target, defaults, op, p, fail);
  for (const s of d.substatements) {
    switch (s.keyword) {
      case 'units':
        if (op === 'add' && target.units !== undefined)
          fail(s, 'it already has units; use replace');
        else if (op === 'delete') target.units = undefined;
        else target.units = s.argument;
        break;
      case 'config':
      case 'mandatory': {
        if (op === 'delete') {
          fail(s, `"${s.keyword}" cannot be deleted; use replace`);
          break;
        }
        const value = s.argument === 'true';
        if (s.keyword === 'config') {
          if (op === 'add' && target.config !== undefined)
            fail(s, 'it already has config; use replace');
          else target.config = value;
        } else if (op === 'add' && target.mandatory) {
          fail(s, 'it is already mandatory; use replace');
        } else {
          target.mandatory = value;
        }
        break;
      }
      case 'min-elements':
      case 'max-elements': {
        if (op === 'delete') {
          fail(s, `"${s.keyword}" cannot be deleted; use replace`);
          break;
        }
        const v = s.argument === 'unbounded' ? Infinity : Number(s.argument);
        if (s.keyword === 'min-elements') target.minElements = v;
        else target.maxElements = v;
        break;
      }
      case 'must':
        listEdit(target.must, s.argument!, op, () => {
          fail(s, `it has no must "${s.argument ?? ''}"`);
        });
        break;
      case 'default':
        break;
      case 'unique':
        if (op === 'delete') {
          const i = target.unique.findIndex((u) => u.text === s.argument);
          if (i < 0) fail(s, `it has no unique "${s.argument ?? ''}"`);
          else target.unique.splice(i, 1);
        } else {
          target.unique.push({ text: s.argument!, source: s.source, unit: p.unit });
        }
        break;
      case 'type':
        if (op !== 'replace') {
          fail(s, 'a type can only be replaced');
        } else if (target.kind !== 'leaf' && target.kind !== 'leaf-list') {
          fail(s, `a ${target.kind} has no type`);
        } else {
          target.type = types.resolveType(s, p.scope);
          target.typeDefault = types.typedefOfType(s, p.scope)?.default;
        }
        break;
      default:
        break;
    }
  }
}

function listEdit(
  list: string[],
  value: string,
  op: 'add' | 'replace' | 'delete',
  missing: () => void,
): void {
  if (op === 'delete') {
    const i = list.indexOf(value);
    if (i < 0) missing();
    else list.splice(i, 1);
  } else {
    list.push(value);
  }
}

function defaultEdit(
  target: MNode,
  defaults: readonly Statement[],
  op: 'add' | 'replace' | 'delete',
  p: PendingStatement,
  fail: (s: Statement, what: string) => void,
): void {
  const values = defaults.map((s) => ({ text: s.argument!, unit: p.unit, source: s.source }));
  const single = target.kind !== 'leaf-list';
  if (single && defaults.length > 1) fail(defaults[1]!, `a ${target.kind} takes one default`);
  if (op === 'replace') {
    target.defaults = values;
  } else if (op === 'add') {
    if (single && target.defaults.length > 0)
      fail(defaults[0]!, 'it already has a default; use replace');
    else pushAll(target.defaults, values);
  } else {
    for (const s of defaults) {
      const i = target.defaults.findIndex((d) => d.text === s.argument);
      if (i < 0) fail(s, `it has no default "${s.argument ?? ''}"`);
      else target.defaults.splice(i, 1);
    }
  }
}

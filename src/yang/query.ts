/**
 * Small read-only helpers over a compiled SchemaContext, for the data tree, the RESTCONF layer and
 * tests: QName handling, child lookup, identity derivation, leafref unwrapping, and finding a node by
 * its schema path. None of them allocate more than the answer; none throw for a missing node (they
 * return undefined), so callers choose the error (`InvalidPathError`, a 404) themselves.
 *
 * Pure.
 */
import type {
  ChoiceSchema,
  DataNodeSchema,
  DataParent,
  QName,
  SchemaContext,
  YangType,
} from './schema.js';

/** Splits `module:name`; undefined when `qname` has no colon. */
export function splitQName(
  qname: QName,
): { readonly module: string; readonly name: string } | undefined {
  const colon = qname.indexOf(':');
  if (colon <= 0 || colon === qname.length - 1) return undefined;
  return { module: qname.slice(0, colon), name: qname.slice(colon + 1) };
}

/**
 * The QName `module:local` when `moduleName` is a module of `ctx`; undefined otherwise. Use it to turn
 * an RFC 8040 path step (`toaster:toaster`, or a bare `darknessFactor` inheriting its parent's module)
 * into a QName.
 */
export function resolveModuleQName(
  ctx: SchemaContext,
  moduleName: string,
  localName: string,
): QName | undefined {
  return ctx.modules.has(moduleName) ? `${moduleName}:${localName}` : undefined;
}

/** The data child `qname` of `parent` (flattened through choice and case), or undefined. */
export function findDataChild(parent: DataParent, qname: QName): DataNodeSchema | undefined {
  return parent.children.get(qname);
}

/** The choice `qname` anywhere under `parent` (directly, or nested in a case), or undefined. */
export function findChoice(parent: DataParent, qname: QName): ChoiceSchema | undefined {
  const direct = parent.choices.get(qname);
  if (direct !== undefined) return direct;
  for (const choice of parent.choices.values()) {
    for (const c of choice.cases.values()) {
      const nested = findChoice(c, qname);
      if (nested !== undefined) return nested;
    }
  }
  return undefined;
}

/**
 * True when `identity` derives from `base` (RFC 7950 `derived-from()`); with `orSelf`, also when they
 * are the same identity (`derived-from-or-self()`). False for unknown identities.
 */
export function isDerivedFrom(
  ctx: SchemaContext,
  identity: QName,
  base: QName,
  orSelf = false,
): boolean {
  if (orSelf && identity === base && ctx.identities.has(identity)) return true;
  return ctx.identities.get(base)?.derived.has(identity) ?? false;
}

/**
 * The type a value of `t` is checked against: a leafref's target type, followed through chains of
 * leafrefs; any other type as it is.
 */
export function valueType(t: YangType): YangType {
  let current = t;
  while (current.kind === 'leafref') current = current.target;
  return current;
}

/**
 * The data node at a schema path (`/toaster:toaster/darknessFactor`: RFC 8040 steps without keys, the
 * module prefix required on the first step and wherever the module changes). Undefined when any step
 * names nothing.
 */
export function findSchemaNode(ctx: SchemaContext, schemaPath: string): DataNodeSchema | undefined {
  if (!schemaPath.startsWith('/')) return undefined;
  const steps = schemaPath.slice(1).split('/');
  let parent: DataParent | undefined = ctx.root;
  let module: string | undefined;
  let found: DataNodeSchema | undefined;
  for (const step of steps) {
    if (parent === undefined) return undefined;
    const q = splitQName(step);
    module = q?.module ?? module;
    if (module === undefined) return undefined;
    found = parent.children.get(`${module}:${q?.name ?? step}`);
    if (found === undefined) return undefined;
    parent = found.kind === 'container' || found.kind === 'list' ? found : undefined;
  }
  return found;
}

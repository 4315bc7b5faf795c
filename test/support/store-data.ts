/**
 * Test-side helpers for RFC 8040 paths and RFC 7951 content, written independently of src/tree so that
 * the conformance suite and the property tests judge the store with their own reading of the RFCs
 * rather than with the code under test.
 *
 * - `parsePath` splits an RFC 8040 data path into segments (`module:name`, percent-decoded keys).
 * - `resolvePath` pairs each segment with its schema node (from the public SchemaContext) and says
 *   whether it names a list entry or a leaf-list entry; it is what lets the helpers find a node inside
 *   JSON content (`dataAt`).
 * - `canonical` orders the members of objects and the items of arrays so that two contents that differ
 *   only in an order the store is free to choose (system-ordered lists and leaf-lists) compare equal.
 *
 * These helpers never throw on data they cannot follow: they return undefined, and the assertion that
 * uses them reports the mismatch.
 */
import type { JsonObject, JsonValue, SchemaContext } from '../../src/index.js';

/** A node with data children, as the public SchemaContext exposes it. */
type DataParent = SchemaContext['root'];
/** A data node of the schema (container, list, leaf, leaf-list, anydata). */
export type DataNodeSchema =
  DataParent['children'] extends ReadonlyMap<string, infer N> ? N : never;

/** One segment of an RFC 8040 path, as written (module optional, keys percent-decoded). */
export interface PathSegment {
  readonly module: string | undefined;
  readonly name: string;
  /** Key values (list entry) or the value (leaf-list entry); undefined for a plain node. */
  readonly keys: readonly string[] | undefined;
}

/** Splits an RFC 8040 path; throws a plain Error on text that is not one (a test bug). */
export function parsePath(path: string): PathSegment[] {
  if (path === '/') {
    return [];
  }
  if (!path.startsWith('/')) {
    throw new Error(`test path ${path} does not start with /`);
  }
  return path
    .slice(1)
    .split('/')
    .map((text) => {
      const eq = text.indexOf('=');
      const ident = eq < 0 ? text : text.slice(0, eq);
      const keys =
        eq < 0
          ? undefined
          : text
              .slice(eq + 1)
              .split(',')
              .map(decodeURIComponent);
      const colon = ident.indexOf(':');
      return colon < 0
        ? { module: undefined, name: ident, keys }
        : { module: ident.slice(0, colon), name: ident.slice(colon + 1), keys };
    });
}

/** One resolved step: the schema node and how the step is written in JSON. */
export interface ResolvedStep {
  readonly schema: DataNodeSchema;
  /** The JSON member name under the parent: qualified at the top and where the module changes. */
  readonly member: string;
  readonly keys: readonly string[] | undefined;
}

/** Resolves a path against the schema; undefined when some segment names nothing. */
export function resolvePath(schema: SchemaContext, path: string): ResolvedStep[] | undefined {
  const steps: ResolvedStep[] = [];
  let parent: DataParent = schema.root;
  let parentModule: string | undefined;
  for (const seg of parsePath(path)) {
    const module = seg.module ?? parentModule;
    if (module === undefined) {
      return undefined;
    }
    const node = parent.children.get(`${module}:${seg.name}`);
    if (node === undefined) {
      return undefined;
    }
    const member = parentModule === node.module ? node.name : node.qname;
    steps.push({ schema: node, member, keys: seg.keys });
    parentModule = node.module;
    if (node.kind === 'container' || node.kind === 'list') {
      parent = node;
    } else {
      parent = { children: new Map(), choices: new Map() };
    }
  }
  return steps;
}

function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The text form of a scalar as it appears in a path predicate. */
export function keyText(v: JsonValue | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/**
 * The content at `steps` inside `root` (the content of the datastore root: an object of module-qualified
 * top-level members); undefined when absent.
 */
export function dataAt(
  root: JsonValue | undefined,
  steps: readonly ResolvedStep[],
): JsonValue | undefined {
  let cur: JsonValue | undefined = root;
  for (const step of steps) {
    if (!isObject(cur)) {
      return undefined;
    }
    cur = cur[step.member];
    if (step.keys !== undefined) {
      cur = entryOf(cur, step);
    }
  }
  return cur;
}

/** The entry of a list, or the value of a leaf-list, that a keyed step names. */
export function entryOf(list: JsonValue | undefined, step: ResolvedStep): JsonValue | undefined {
  if (!Array.isArray(list) || step.keys === undefined) {
    return undefined;
  }
  const keys = step.keys;
  const items = list as readonly JsonValue[];
  if (step.schema.kind === 'leaf-list') {
    return items.find((v) => keyText(v) === keys[0]);
  }
  if (step.schema.kind !== 'list') {
    return undefined;
  }
  const keyNames = step.schema.keys.map((q) => q.slice(q.indexOf(':') + 1));
  return items.find((e) => isObject(e) && keyNames.every((k, i) => keyText(e[k]) === keys[i]));
}

/**
 * A canonical copy for comparison: object members sorted by name, array items sorted by their canonical
 * text. Use it only where the order is the store's choice (system-ordered lists and leaf-lists).
 */
export function canonical(v: JsonValue | undefined): JsonValue | undefined {
  if (v === undefined || v === null || typeof v !== 'object') {
    return v;
  }
  if (Array.isArray(v)) {
    const items = (v as readonly JsonValue[]).map((x) => canonical(x) as JsonValue);
    return items
      .map((x) => [JSON.stringify(x), x] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([, x]) => x);
  }
  const out: Record<string, JsonValue> = {};
  for (const key of Object.keys(v).sort()) {
    const child = canonical((v as JsonObject)[key]);
    if (child !== undefined) {
      out[key] = child;
    }
  }
  return out;
}

/** Equality up to the order the store may choose (see `canonical`). */
export function sameData(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** A short rendering for messages. */
export function show(v: unknown): string {
  return v === undefined ? 'undefined' : JSON.stringify(v);
}

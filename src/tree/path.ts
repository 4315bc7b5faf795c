/**
 * Instance identifiers: the path of a node in the data tree, parsed from and printed to RFC 8040 §3.5.3
 * form (`/toaster:toaster/darknessFactor`, `/opendaylight-inventory:nodes/node=openflow%3A1`, multi-key
 * `list=a,b`, leaf-list `values=x`), and built with a typed builder (`path(schema).node('m:c')`).
 *
 * Parsing resolves every segment against the schema and normalises key values through the key leaf's
 * type, so two spellings of one node (`=007` and `=7` for an integer key) give one identifier with one
 * canonical text. A parsed path is a `ResolvedPath`: it implements the public `InstanceIdentifier` and
 * also carries the per-node steps the tree walks (a list entry is two tree steps: the list, then the
 * entry). Parsing is cached per schema in a bounded two-generation cache keyed by the path string,
 * which admits a path on its second parse (a stream of unique paths never enters it).
 *
 * Rules (RFC 8040 §3.5.3): the first segment names its module; later segments do when their module
 * differs from the parent's; key values are percent-encoded (`,` `/` `=` `%` and non-ASCII must be) and
 * given in the list's key order; a keyless list's entries cannot be addressed. Every violation is an
 * InvalidPathError naming the segment and what is wrong.
 */
import type { DataNodeSchema, JsonScalar, QName, SchemaContext } from '../yang/schema.js';
import { InvalidPathError } from './errors.js';
import { hashString } from './hamt.js';
import { encodeKey, encodeScalar } from './node.js';
import { Rejection, valueFromJson, valueFromText, valueToText } from './values.js';

/** One step of a path. Choice and case never appear (RFC 8040 paths skip them). */
export type PathArgument =
  | { readonly kind: 'node'; readonly qname: QName }
  | {
      readonly kind: 'entry';
      readonly qname: QName;
      /** Key leaf values in the list's key order, normalised (RFC 7951 JSON scalars). */
      readonly keys: readonly JsonScalar[];
    }
  | { readonly kind: 'value'; readonly qname: QName; readonly value: JsonScalar };

/** A parsed path. The empty path is the datastore root. */
export interface InstanceIdentifier {
  readonly args: readonly PathArgument[];
}

/** What a tree step addresses. */
export type StepKind = 'container' | 'list' | 'entry' | 'leaf-list' | 'value' | 'leaf' | 'anydata';

/**
 * One step down the tree: a path argument `list=k` is two steps (`list`, then `entry`). `key` is the
 * child's key in its parent node (QName, encoded entry key or encoded value).
 */
export interface PathStep {
  readonly kind: StepKind;
  readonly key: string;
  readonly schema: DataNodeSchema;
  /** The key values of an `entry` step, the value of a `value` step; empty otherwise. */
  readonly keys: readonly JsonScalar[];
}

/** The module part of a QName. */
export function moduleOf(qname: QName): string {
  const i = qname.indexOf(':');
  return i < 0 ? '' : qname.slice(0, i);
}

/** The local part of a QName. */
export function localName(qname: QName): string {
  return qname.slice(qname.indexOf(':') + 1);
}

function segmentText(arg: PathArgument, parentModule: string): string {
  const module = moduleOf(arg.qname);
  const name = module === parentModule ? localName(arg.qname) : arg.qname;
  switch (arg.kind) {
    case 'node':
      return name;
    case 'entry':
      return `${name}=${arg.keys.map((k) => encodeURIComponent(valueToText(k))).join(',')}`;
    case 'value':
      return `${name}=${encodeURIComponent(valueToText(arg.value))}`;
  }
}

/** The RFC 8040 text of a list of arguments (`/` for none). */
function printArgs(args: readonly PathArgument[]): string {
  let out = '';
  let module = '';
  for (const arg of args) {
    out += '/' + segmentText(arg, module);
    module = moduleOf(arg.qname);
  }
  return out === '' ? '/' : out;
}

/** Prints an identifier in RFC 8040 form (`/` for the root). */
export function printPath(id: InstanceIdentifier): string {
  if (id instanceof ResolvedPath) {
    return id.text;
  }
  return printArgs(id.args);
}

/**
 * A path resolved against a schema: the public identifier (`args`), the tree steps and the canonical
 * text. Immutable; obtain one from `parsePath`, `resolvePath` or the builder. The text of a path
 * resolved from arguments (a decoded journal operation) is printed only when someone asks for it.
 */
export class ResolvedPath implements InstanceIdentifier {
  readonly args: readonly PathArgument[];
  readonly steps: readonly PathStep[];
  readonly schema: SchemaContext;
  private printed: string | undefined;

  constructor(
    schema: SchemaContext,
    args: readonly PathArgument[],
    steps: readonly PathStep[],
    text?: string,
  ) {
    this.schema = schema;
    this.args = args;
    this.steps = steps;
    this.printed = text;
  }

  /** Canonical RFC 8040 text. */
  get text(): string {
    return (this.printed ??= printArgs(this.args));
  }

  /** The schema node of the last step, undefined for the root. */
  get target(): DataNodeSchema | undefined {
    return this.steps[this.steps.length - 1]?.schema;
  }

  /** This path extended by one resolved argument. */
  child(arg: PathArgument, steps: readonly PathStep[]): ResolvedPath {
    const args = [...this.args, arg];
    const all = [...this.steps, ...steps];
    const parent = this.printed;
    if (parent === undefined) {
      return new ResolvedPath(this.schema, args, all, undefined);
    }
    const parentModule =
      this.args.length === 0 ? '' : moduleOf(this.args[this.args.length - 1]!.qname);
    const text = (parent === '/' ? '' : parent) + '/' + segmentText(arg, parentModule);
    return new ResolvedPath(this.schema, args, all, text);
  }

  toString(): string {
    return this.text;
  }
}

/** What `parsePath` and `resolvePath` accept. */
export type PathInput = string | InstanceIdentifier;

function describeChildren(
  children: ReadonlyMap<QName, DataNodeSchema>,
  parentModule: string,
): string {
  const names = [...children.keys()].map((q) => (moduleOf(q) === parentModule ? localName(q) : q));
  if (names.length === 0) {
    return 'it has no data children';
  }
  const shown = names.length > 20 ? names.slice(0, 20).join(', ') + ', …' : names.join(', ');
  return `known children: ${shown}`;
}

function childrenOf(node: DataNodeSchema): ReadonlyMap<QName, DataNodeSchema> | undefined {
  return node.kind === 'container' || node.kind === 'list' ? node.children : undefined;
}

const plainArgs = new WeakMap<DataNodeSchema, { arg: PathArgument; steps: PathStep[] }>();

/** The argument and step of a node addressed by name alone: one shared object per schema node. */
function plainArg(node: DataNodeSchema): { arg: PathArgument; steps: PathStep[] } {
  let r = plainArgs.get(node);
  if (r === undefined) {
    const kind: StepKind = node.kind === 'anyxml' ? 'anydata' : node.kind;
    r = {
      arg: Object.freeze({ kind: 'node', qname: node.qname }),
      steps: [Object.freeze({ kind, key: node.qname, schema: node, keys: [] })],
    };
    plainArgs.set(node, r);
  }
  return r;
}

/** Resolves one argument below a parent whose children are `children`; throws InvalidPathError. */
function resolveArg(
  schema: SchemaContext,
  children: ReadonlyMap<QName, DataNodeSchema>,
  parentModule: string,
  qname: QName,
  values: readonly unknown[] | undefined,
  fromText: boolean,
  fail: (reason: string) => never,
): { arg: PathArgument; steps: PathStep[] } {
  const node = children.get(qname);
  if (node === undefined) {
    const module = moduleOf(qname);
    if (!schema.modules.has(module)) {
      fail(`unknown module "${module}"`);
    }
    fail(`"${qname}" is not a data node here; ${describeChildren(children, parentModule)}`);
  }
  const convert = (
    type: Parameters<typeof valueFromText>[0],
    v: unknown,
    what: string,
  ): JsonScalar => {
    const ctx = { schema, module: node.module };
    const r =
      fromText && typeof v === 'string' ? valueFromText(type, v, ctx) : valueFromJson(type, v, ctx);
    if (r instanceof Rejection) {
      fail(`bad ${what}: ${r.reason}`);
    }
    return r;
  };
  if (values === undefined) {
    return plainArg(node);
  }
  // From here on, the schema's own QName string (hashed once, shared by every path).
  qname = node.qname;
  if (node.kind === 'list') {
    if (node.keys.length === 0) {
      fail(`list ${qname} has no keys, so its entries cannot be addressed`);
    }
    if (values.length !== node.keys.length) {
      fail(
        `list ${qname} has ${node.keys.length} key(s) (${node.keys.map(localName).join(', ')}), got ${values.length} value(s)`,
      );
    }
    const keys = node.keys.map((keyName, i) => {
      const keyLeaf = node.children.get(keyName);
      if (keyLeaf?.kind !== 'leaf') {
        fail(`key ${keyName} of list ${qname} is not a leaf in the schema`);
      }
      return convert(keyLeaf.type, values[i], `value for key ${localName(keyName)}`);
    });
    return {
      arg: { kind: 'entry', qname, keys },
      steps: [
        { kind: 'list', key: qname, schema: node, keys: [] },
        { kind: 'entry', key: encodeKey(keys), schema: node, keys },
      ],
    };
  }
  if (node.kind === 'leaf-list') {
    if (values.length !== 1) {
      fail(`a leaf-list value takes exactly one value, got ${values.length}`);
    }
    const value = convert(node.type, values[0], 'leaf-list value');
    return {
      arg: { kind: 'value', qname, value },
      steps: [
        { kind: 'leaf-list', key: qname, schema: node, keys: [] },
        { kind: 'value', key: encodeScalar(value), schema: node, keys: [value] },
      ],
    };
  }
  return fail(`${node.kind} ${qname} takes no key values; only lists and leaf-lists do`);
}

function percentDecode(raw: string, fail: (reason: string) => never): string {
  if (!raw.includes('%')) {
    return raw;
  }
  try {
    return decodeURIComponent(raw);
  } catch {
    return fail(`bad percent-encoding in ${JSON.stringify(raw)}`);
  }
}

/** How a segment name, as written, resolves below one parent. */
interface SegmentInfo {
  readonly node: DataNodeSchema;
  /** The canonical segment name there: qualified only where the module changes. */
  readonly name: string;
  /** The shared argument and step of the node addressed by name alone. */
  readonly plain: { readonly arg: PathArgument; readonly steps: readonly PathStep[] };
}

/** Segment names by parent (its children map) and the parent's module ('' for the root). */
const segmentTables = new WeakMap<
  ReadonlyMap<QName, DataNodeSchema>,
  { readonly module: string; readonly table: Map<string, SegmentInfo> }
>();

/**
 * The segment names accepted below a parent whose children are `children` and whose module is
 * `module`: every child's QName, and (below the root) the local name of each child in the parent's
 * module. Built once per parent, so resolving a segment is one Map lookup of the written name instead
 * of building `module:name` and checking the module.
 */
function segmentTable(
  children: ReadonlyMap<QName, DataNodeSchema>,
  module: string,
): Map<string, SegmentInfo> {
  const cached = segmentTables.get(children);
  if (cached?.module === module) {
    return cached.table;
  }
  const table = new Map<string, SegmentInfo>();
  for (const node of children.values()) {
    const local = node.module === module;
    const info: SegmentInfo = { node, name: local ? node.name : node.qname, plain: plainArg(node) };
    table.set(node.qname, info);
    if (local && module !== '') {
      table.set(node.name, info);
    }
  }
  segmentTables.set(children, { module, table });
  return table;
}

/** Why a segment name resolves to nothing: always throws, through `fail`. */
function unresolvedSegment(
  schema: SchemaContext,
  children: ReadonlyMap<QName, DataNodeSchema>,
  module: string,
  namePart: string,
  fail: (reason: string) => never,
): never {
  const colon = namePart.indexOf(':');
  if (colon >= 0) {
    if (!schema.modules.has(namePart.slice(0, colon))) {
      fail(`unknown module "${namePart.slice(0, colon)}"`);
    }
    resolveArg(schema, children, module, namePart, undefined, true, fail);
  } else if (module === '') {
    fail('the first segment must name its module (module:node)');
  }
  resolveArg(schema, children, module, `${module}:${namePart}`, undefined, true, fail);
  return fail(`"${namePart}" is not a data node here`);
}

/** The canonical text of key values in a path segment (after `=`). */
function keysText(values: readonly JsonScalar[]): string {
  if (values.length === 1) {
    return encodeURIComponent(valueToText(values[0]!));
  }
  return values.map((k) => encodeURIComponent(valueToText(k))).join(',');
}

/**
 * Parses an RFC 8040 path. One pass over the text with indexOf (no split, no regular expressions):
 * each segment name is one lookup in its parent's segment table, a segment without keys reuses the
 * schema node's shared argument and step, and the canonical text is built along the way (and is the
 * input itself when that was canonical, which it nearly always is).
 */
function parseText(schema: SchemaContext, text: string): ResolvedPath {
  if (text === '') {
    throw new InvalidPathError(text, "an empty path; the datastore root is '/'");
  }
  if (text === '/') {
    return new ResolvedPath(schema, [], [], '/');
  }
  if (text.charCodeAt(0) !== 47 /* '/' */) {
    throw new InvalidPathError(
      text,
      "a path must start with '/' (RFC 8040 form: /module:node/child)",
    );
  }
  const args: PathArgument[] = [];
  const steps: PathStep[] = [];
  let children: ReadonlyMap<QName, DataNodeSchema> | undefined = schema.root.children;
  let module = '';
  let canonical = '';
  let index = 0;
  let seg = '';
  const fail = (reason: string): never => {
    throw new InvalidPathError(text, `segment ${index + 1} ${JSON.stringify(seg)}: ${reason}`);
  };
  for (let start = 1; ; index++) {
    const slash = text.indexOf('/', start);
    const end = slash < 0 ? text.length : slash;
    seg = text.slice(start, end);
    if (seg === '') {
      return fail("empty segment (a doubled or trailing '/')");
    }
    if (children === undefined) {
      const parentText = text.slice(0, start - 1);
      return fail(`${parentText} is a ${steps[steps.length - 1]!.kind} and has no children`);
    }
    const eq = seg.indexOf('=');
    const namePart = eq < 0 ? seg : seg.slice(0, eq);
    const info = segmentTable(children, module).get(namePart);
    if (info === undefined) {
      return unresolvedSegment(schema, children, module, namePart, fail);
    }
    let last: PathStep;
    if (eq < 0) {
      const plain = info.plain;
      last = plain.steps[0]!;
      args.push(plain.arg);
      steps.push(last);
      canonical += '/' + info.name;
    } else {
      const raw = seg.slice(eq + 1);
      const values =
        info.node.kind === 'leaf-list' || !raw.includes(',')
          ? [percentDecode(raw, fail)]
          : raw.split(',').map((v) => percentDecode(v, fail));
      const r = resolveArg(schema, children, module, info.node.qname, values, true, fail);
      args.push(r.arg);
      for (const step of r.steps) {
        steps.push(step);
      }
      last = r.steps[r.steps.length - 1]!;
      canonical += '/' + info.name + '=' + keysText(last.keys);
    }
    module = last.schema.module;
    if (last.kind === 'entry' || last.kind === 'container') {
      children = childrenOf(last.schema);
    } else {
      if (last.kind === 'list' && slash >= 0) {
        return fail(
          `list ${info.node.qname} needs key values (${info.node.qname}=...) before its children`,
        );
      }
      children = undefined;
    }
    if (slash < 0) {
      break;
    }
    start = slash + 1;
  }
  return new ResolvedPath(schema, args, steps, canonical === text ? text : canonical);
}

/**
 * `parent` extended by one hand-built or decoded argument, its key values normalised through their
 * types; throws InvalidPathError. The result's text is printed lazily (decoded journal operations
 * resolve millions of paths that nobody prints).
 */
export function resolveChild(parent: ResolvedPath, arg: PathArgument): ResolvedPath {
  const schema = parent.schema;
  const fail = (reason: string): never => {
    throw new InvalidPathError(printArgs([...parent.args, arg]), reason);
  };
  const last = parent.steps[parent.steps.length - 1];
  const children =
    last === undefined
      ? schema.root.children
      : last.kind === 'entry' || last.kind === 'container'
        ? childrenOf(last.schema)
        : undefined;
  if (children === undefined) {
    return fail(`${parent.text} has no children`);
  }
  const parentModule =
    parent.args.length === 0 ? '' : moduleOf(parent.args[parent.args.length - 1]!.qname);
  const values = arg.kind === 'node' ? undefined : arg.kind === 'entry' ? arg.keys : [arg.value];
  const r = resolveArg(schema, children, parentModule, arg.qname, values, false, fail);
  return new ResolvedPath(schema, [...parent.args, r.arg], [...parent.steps, ...r.steps]);
}

/** The shared step of a whole list or leaf-list (the first of the two steps of `list=k`). */
const collectionSteps = new WeakMap<DataNodeSchema, PathStep>();

function collectionStep(node: DataNodeSchema & { kind: 'list' | 'leaf-list' }): PathStep {
  let step = collectionSteps.get(node);
  if (step === undefined) {
    step = Object.freeze({ kind: node.kind, key: node.qname, schema: node, keys: [] });
    collectionSteps.set(node, step);
  }
  return step;
}

/**
 * Writes the tree steps that `arg` adds below a node whose last step is `parent` (undefined: the
 * root) into `out` from index `at`, its key values normalised through their types exactly as
 * `resolveChild` does; returns the new step count. Throws InvalidPathError where `resolveChild`
 * would. For decoding journal operations in bulk: no ResolvedPath, and nothing allocated for a node
 * addressed by name but the entry step of a list entry or leaf-list value.
 */
export function appendArgSteps(
  schema: SchemaContext,
  parent: PathStep | undefined,
  arg: PathArgument,
  out: PathStep[],
  at: number,
): number {
  const children =
    parent === undefined
      ? schema.root.children
      : parent.kind === 'entry' || parent.kind === 'container'
        ? childrenOf(parent.schema)
        : undefined;
  const node = children?.get(arg.qname);
  if (node !== undefined) {
    if (arg.kind === 'node') {
      out[at] = plainArg(node).steps[0]!;
      return at + 1;
    }
    const ctx = { schema, module: node.module };
    if (arg.kind === 'entry' && node.kind === 'list' && node.keys.length === arg.keys.length) {
      const keys = new Array<JsonScalar>(arg.keys.length);
      let valid = node.keys.length > 0;
      for (let i = 0; i < keys.length && valid; i++) {
        const leaf = node.children.get(node.keys[i]!);
        const v = leaf?.kind === 'leaf' ? valueFromJson(leaf.type, arg.keys[i], ctx) : undefined;
        valid = v !== undefined && !(v instanceof Rejection);
        keys[i] = v as JsonScalar;
      }
      if (valid) {
        out[at] = collectionStep(node);
        out[at + 1] = { kind: 'entry', key: encodeKey(keys), schema: node, keys };
        return at + 2;
      }
    } else if (arg.kind === 'value' && node.kind === 'leaf-list') {
      const value = valueFromJson(node.type, arg.value, ctx);
      if (!(value instanceof Rejection)) {
        out[at] = collectionStep(node);
        out[at + 1] = { kind: 'value', key: encodeScalar(value), schema: node, keys: [value] };
        return at + 2;
      }
    }
  }
  // Not resolvable: let the general resolver say why.
  const fail = (reason: string): never => {
    throw new InvalidPathError(printArgs([arg]), reason);
  };
  if (children === undefined) {
    return fail(`a ${parent!.kind} has no children`);
  }
  const values = arg.kind === 'node' ? undefined : arg.kind === 'entry' ? arg.keys : [arg.value];
  const parentModule = parent === undefined ? '' : parent.schema.module;
  resolveArg(schema, children, parentModule, arg.qname, values, false, fail);
  return fail('unresolvable');
}

/** The root path of `schema`. */
export function rootPath(schema: SchemaContext): ResolvedPath {
  return new ResolvedPath(schema, [], [], '/');
}

/** Resolves a hand-built identifier (keys normalised through their types). */
function resolveArgs(schema: SchemaContext, id: InstanceIdentifier): ResolvedPath {
  let current = rootPath(schema);
  for (const arg of id.args) {
    current = resolveChild(current, arg);
  }
  return current;
}

/** Default bound of each generation of the parse cache. */
export const PATH_CACHE_ENTRIES_MAX = 8192;

/** Slots of the admission filter (a power of two): paths seen once recently, by hash. */
const SEEN_ONCE_SLOTS = 4096;

/**
 * Parses and caches paths for one schema. The cache has two generations of at most `entriesMax` each:
 * hits in the old generation are promoted; when the young one fills, the old one is dropped. Bounded
 * memory, O(1) per lookup, and recently used paths survive.
 *
 * Admission: a path enters the cache on its second parse within a while (a hashed "seen once" filter,
 * TinyLFU's doorkeeper), not its first. A stream of unique paths (a new list key per write) then never
 * enters it: caching each one would only push the paths in use out of the cache and keep every parsed
 * path alive long enough to be promoted to the old heap generation, where collecting it is expensive.
 */
export class PathCodec {
  readonly schema: SchemaContext;
  private readonly entriesMax: number;
  private young = new Map<string, ResolvedPath>();
  private old = new Map<string, ResolvedPath>();
  private readonly seenOnce = new Int32Array(SEEN_ONCE_SLOTS);

  constructor(schema: SchemaContext, entriesMax = PATH_CACHE_ENTRIES_MAX) {
    this.schema = schema;
    this.entriesMax = entriesMax;
  }

  /** Resolves a string or identifier; throws InvalidPathError. */
  resolve(path: PathInput): ResolvedPath {
    if (typeof path === 'string') {
      return this.parse(path);
    }
    if (path instanceof ResolvedPath && path.schema === this.schema) {
      return path;
    }
    if (typeof path !== 'object' || !Array.isArray((path as { args?: unknown }).args)) {
      throw new InvalidPathError(
        typeof path === 'object' ? JSON.stringify(path) : String(path),
        'expected an RFC 8040 path string or an InstanceIdentifier',
      );
    }
    return resolveArgs(this.schema, path);
  }

  /** Parses an RFC 8040 string; throws InvalidPathError. */
  parse(text: string): ResolvedPath {
    let hit = this.young.get(text);
    if (hit !== undefined) {
      return hit;
    }
    hit = this.old.get(text);
    if (hit === undefined) {
      hit = parseText(this.schema, text);
      if (!this.admit(text)) {
        return hit;
      }
    }
    if (this.young.size >= this.entriesMax) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(text, hit);
    return hit;
  }

  /** True when `text` was parsed once recently (so it is worth caching); else remembers it. */
  private admit(text: string): boolean {
    const h = hashString(text) | 0;
    const slot = h & (SEEN_ONCE_SLOTS - 1);
    if (this.seenOnce[slot] === h) {
      return true;
    }
    this.seenOnce[slot] = h;
    return false;
  }
}

const codecs = new WeakMap<SchemaContext, PathCodec>();

/** The shared path codec of a schema. */
export function pathCodec(schema: SchemaContext): PathCodec {
  let codec = codecs.get(schema);
  if (codec === undefined) {
    codec = new PathCodec(schema);
    codecs.set(schema, codec);
  }
  return codec;
}

/** Parses an RFC 8040 path against `schema`; throws InvalidPathError naming the bad segment. */
export function parsePath(schema: SchemaContext, text: string): ResolvedPath {
  return pathCodec(schema).parse(text);
}

/** Resolves a string or hand-built identifier against `schema`; throws InvalidPathError. */
export function resolvePath(schema: SchemaContext, path: PathInput): ResolvedPath {
  return pathCodec(schema).resolve(path);
}

/**
 * A typed, immutable path builder: `path(schema).node('toaster:toaster').node('darknessFactor')`,
 * `.entry('node', 'openflow:1')` for a list entry (keys in key order), `.value('ll', v)` for a leaf-list
 * value. A name without a module inherits the parent's. Each step is checked at once (InvalidPathError).
 * Key values given as strings are read in their lexical form (as in a URL); other values as RFC 7951 JSON.
 */
export class PathBuilder {
  private readonly resolved: ResolvedPath;

  constructor(start: ResolvedPath) {
    this.resolved = start;
  }

  /** A container, leaf, anydata, or a whole list or leaf-list. */
  node(name: string): PathBuilder {
    return this.step(name, undefined);
  }

  /** One list entry, by its key values in key order. */
  entry(name: string, ...keys: readonly unknown[]): PathBuilder {
    return this.step(name, keys);
  }

  /** One leaf-list value. */
  value(name: string, value: unknown): PathBuilder {
    return this.step(name, [value]);
  }

  /** The identifier built so far. */
  build(): ResolvedPath {
    return this.resolved;
  }

  toString(): string {
    return this.resolved.text;
  }

  private step(name: string, values: readonly unknown[] | undefined): PathBuilder {
    const current = this.resolved;
    const schema = current.schema;
    const parentModule =
      current.args.length === 0 ? '' : moduleOf(current.args[current.args.length - 1]!.qname);
    const shown = `${current.text === '/' ? '' : current.text}/${name}`;
    const fail = (reason: string): never => {
      throw new InvalidPathError(shown, reason);
    };
    const qname = name.includes(':')
      ? name
      : parentModule === ''
        ? fail('the first node must name its module (module:node)')
        : `${parentModule}:${name}`;
    const last = current.steps[current.steps.length - 1];
    const children =
      last === undefined
        ? schema.root.children
        : last.kind === 'entry' || last.kind === 'container'
          ? childrenOf(last.schema)
          : undefined;
    if (children === undefined) {
      fail(`${current.text} (a ${last!.kind}) has no children`);
    }
    const r = resolveArg(schema, children!, parentModule, qname, values, true, fail);
    return new PathBuilder(current.child(r.arg, r.steps));
  }
}

/** Starts a path builder at the root of `schema`. */
export function path(schema: SchemaContext): PathBuilder {
  return new PathBuilder(new ResolvedPath(schema, [], [], '/'));
}

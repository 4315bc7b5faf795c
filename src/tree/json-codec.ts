/**
 * The JSON codec: RFC 7951 JSON content to draft tree nodes, with full checking against the schema, and
 * tree nodes back to JSON. Content is always "without the outer member name": a container is an object,
 * a leaf its value, a list entry an object, a whole list an array of entries (see dom-store.ts).
 *
 * Decoding rejects, with a DataValidationFailedError naming the exact data path and the reason: unknown
 * members, wrong JSON kinds, bad values (values.ts), a list entry whose keys differ from its path, a
 * missing key, duplicate entries or leaf-list values, data from two cases of one choice, and state data
 * (config false) written to a configuration tree. Decoding drops empty non-presence containers, lists and
 * leaf-lists (they are absent by definition), and returns undefined when the whole content is such.
 *
 * Member names follow RFC 7951 §4: qualified (`module:name`) at the top level and wherever the module
 * changes from the parent's (augments); an unqualified name takes its parent's module. Encoding writes
 * exactly that form; decoding accepts a redundant qualification too.
 */
import type {
  DataNodeSchema,
  DataParent,
  JsonScalar,
  JsonValue,
  LeafListSchema,
  LeafSchema,
  ListSchema,
  QName,
  SchemaContext,
} from '../yang/schema.js';
import { DataValidationFailedError } from './errors.js';
import { ChildMap } from './child-map.js';
import { PersistentMap } from './hamt.js';
import {
  anydataNode,
  containerNode,
  encodeKey,
  encodeScalar,
  entryNode,
  leafListNode,
  leafNode,
  listNode,
  orderedEntries,
  orderedValues,
  scalarEquals,
  setMember,
  valueNode,
  type Children,
  type EntryNode,
  type TreeNode,
  type ValueNode,
  type Version,
} from './node.js';
import { localName, moduleOf, type PathStep, type ResolvedPath } from './path.js';
import { Rejection, valueFromJson, valueToText } from './values.js';

/** Which datastore a tree holds: a configuration tree refuses state (config false) data. */
export type TreeType = 'config' | 'operational';

/** The settings decoding depends on. */
export interface CodecContext {
  readonly schema: SchemaContext;
  readonly treeType: TreeType;
}

/** Where in the data the decoder is, for error messages; formatted only when an error is raised. */
class DataPathTracker {
  /** The version the decoded nodes carry (the modification's). */
  readonly version: Version;
  private readonly base: string;
  /** Segments below `base`; an array of keys adds `=keys` to the segment before it. */
  private readonly segments: (string | readonly JsonScalar[])[] = [];
  /**
   * Which item of an array is being decoded, prepended to the reason of a failure (`entry 3: `); kept
   * as parts and formatted only on failure, since every entry and value passes here.
   */
  private item: 'entry' | 'value' | undefined;
  private itemIndex = 0;

  constructor(base: string, version: Version) {
    this.base = base === '/' ? '' : base;
    this.version = version;
  }

  push(segment: string): void {
    this.segments.push(segment);
  }

  /**
   * Enters a list entry: the list's segment (the last one) gets `=keys`. The keys are formatted only if
   * a failure needs the text: every entry of every list passes here.
   */
  pushKeys(keys: readonly JsonScalar[]): void {
    this.segments.push(keys);
  }

  pop(): void {
    this.segments.pop();
  }

  text(): string {
    let out = this.base;
    for (const s of this.segments) {
      out +=
        typeof s === 'string'
          ? '/' + s
          : '=' + s.map((k) => encodeURIComponent(valueToText(k))).join(',');
    }
    return out === '' ? '/' : out;
  }

  /** Marks item `index` of an array as the one being decoded (until `endItem`). */
  beginItem(what: 'entry' | 'value', index: number): void {
    this.item = what;
    this.itemIndex = index;
  }

  endItem(): void {
    this.item = undefined;
  }

  fail(reason: string): never {
    const prefix = this.item === undefined ? '' : `${this.item} ${this.itemIndex}: `;
    throw new DataValidationFailedError(this.text(), prefix + reason);
  }
}

function kindOf(json: unknown): string {
  if (json === null) {
    return 'null';
  }
  if (Array.isArray(json)) {
    return 'an array';
  }
  return typeof json === 'object' ? 'an object' : `a ${typeof json}`;
}

function isPlainObject(json: unknown): json is Readonly<Record<string, unknown>> {
  return typeof json === 'object' && json !== null && !Array.isArray(json);
}

function memberSegment(node: DataNodeSchema, parentModule: string): string {
  return node.module === parentModule ? node.name : node.qname;
}

/**
 * Decodes JSON content for the node at `path` into nodes carrying `version`; undefined when the content
 * is empty structure. Throws DataValidationFailedError naming the data path and the reason.
 */
export function decodeAt(
  ctx: CodecContext,
  path: ResolvedPath,
  json: unknown,
  version: Version,
): TreeNode | undefined {
  const tracker: DataPathTracker = new DataPathTracker(path.text, version);
  const steps = path.steps;
  const step = steps[steps.length - 1];
  if (step === undefined) {
    if (!isPlainObject(json)) {
      tracker.fail(`the datastore root takes an object, got ${kindOf(json)}`);
    }
    return decodeContainerLike(ctx, ctx.schema.root, '', json, tracker, false);
  }
  checkConfig(ctx, step.schema, tracker);
  return decodeStep(ctx, step, json, tracker);
}

function checkConfig(ctx: CodecContext, node: DataNodeSchema, tracker: DataPathTracker): void {
  if (ctx.treeType === 'config' && !node.config) {
    tracker.fail(
      `${node.qname} is state data (config false) and cannot be written to a configuration datastore; write it to the operational one`,
    );
  }
}

function decodeStep(
  ctx: CodecContext,
  step: PathStep,
  json: unknown,
  tracker: DataPathTracker,
): TreeNode | undefined {
  const schema = step.schema;
  switch (step.kind) {
    case 'container':
      return decodeMember(ctx, schema, json, tracker);
    case 'list':
      return decodeMember(ctx, schema, json, tracker);
    case 'leaf-list':
      return decodeMember(ctx, schema, json, tracker);
    case 'leaf':
      return decodeMember(ctx, schema, json, tracker);
    case 'anydata':
      return decodeMember(ctx, schema, json, tracker);
    case 'entry': {
      const list = schema as ListSchema;
      if (!isPlainObject(json)) {
        tracker.fail(`a list entry takes an object, got ${kindOf(json)}`);
      }
      return decodeEntry(ctx, list, json, tracker, 0, step.keys);
    }
    case 'value': {
      const leafList = schema as LeafListSchema;
      const value = decodeValue(ctx, leafList, json, tracker);
      if (!scalarEquals(value, step.keys[0]!)) {
        tracker.fail(
          `the value ${JSON.stringify(value)} differs from the value in the path ${JSON.stringify(step.keys[0])}`,
        );
      }
      return valueNode(step.key, value, 0, tracker.version);
    }
  }
}

/** Decodes the JSON value of a member whose schema node is `schema`. */
function decodeMember(
  ctx: CodecContext,
  schema: DataNodeSchema,
  json: unknown,
  tracker: DataPathTracker,
): TreeNode | undefined {
  switch (schema.kind) {
    case 'container': {
      if (!isPlainObject(json)) {
        tracker.fail(`container ${schema.qname} takes an object, got ${kindOf(json)}`);
      }
      return decodeContainerLike(ctx, schema, schema.module, json, tracker, schema.presence);
    }
    case 'list':
      return decodeList(ctx, schema, json, tracker);
    case 'leaf-list':
      return decodeLeafList(ctx, schema, json, tracker);
    case 'leaf':
      return leafNode(decodeLeafValue(ctx, schema, json, tracker), tracker.version);
    case 'anydata':
    case 'anyxml':
      if (json === undefined) {
        tracker.fail(`${schema.kind} ${schema.qname} needs a JSON value`);
      }
      return anydataNode(deepFreezeCopy(json, tracker), tracker.version);
  }
}

function decodeLeafValue(
  ctx: CodecContext,
  schema: LeafSchema,
  json: unknown,
  tracker: DataPathTracker,
): JsonScalar {
  const r = valueFromJson(schema.type, json, { schema: ctx.schema, module: schema.module });
  if (r instanceof Rejection) {
    tracker.fail(r.reason);
  }
  return r;
}

function decodeValue(
  ctx: CodecContext,
  schema: LeafListSchema,
  json: unknown,
  tracker: DataPathTracker,
): JsonScalar {
  const r = valueFromJson(schema.type, json, { schema: ctx.schema, module: schema.module });
  if (r instanceof Rejection) {
    tracker.fail(r.reason);
  }
  return r;
}

/** How a JSON member name resolves below one parent. */
interface MemberInfo {
  readonly schema: DataNodeSchema;
  /** The member's segment in a data path (unqualified when in the parent's module). */
  readonly segment: string;
  /** Whether the member name was written qualified (`module:name`). */
  readonly qualified: boolean;
}

/** Member name tables by parent: each name a parent accepts, qualified or not, to its schema child. */
const memberTables = new WeakMap<DataParent, { module: string; table: Map<string, MemberInfo> }>();

/**
 * The member names accepted below `parent` (whose module is `module`, '' for the root): every child's
 * QName, and the local name of children in the parent's module (RFC 7951 §4). Built once per parent,
 * so decoding a member is one Map lookup with the JSON key (an internalized string, its hash cached)
 * instead of building `module:name` and hashing it anew for every member of every entry.
 */
function memberTable(parent: DataParent, module: string): Map<string, MemberInfo> {
  const cached = memberTables.get(parent);
  if (cached?.module === module) {
    return cached.table;
  }
  const table = new Map<string, MemberInfo>();
  for (const child of parent.children.values()) {
    const segment = memberSegment(child, module);
    table.set(child.qname, { schema: child, segment, qualified: true });
    if (module !== '' && child.module === module) {
      table.set(child.name, { schema: child, segment, qualified: false });
    }
  }
  memberTables.set(parent, { module, table });
  return table;
}

/** Decodes the members of a container, list entry or the root into a child map. */
function decodeChildren(
  ctx: CodecContext,
  parent: DataParent,
  module: string,
  json: Readonly<Record<string, unknown>>,
  tracker: DataPathTracker,
): Children {
  const table = memberTable(parent, module);
  // Own members only, as JSON.stringify sees the object: for-in would also walk its prototype chain
  // (an object literal's `__proto__: {...}` makes one), reading members that are not in the data.
  const members = Object.keys(json);
  const n = members.length;
  // Keys are the schema's own QName strings: one string object per name, cheap to compare. Sized
  // exactly, as the child map keeps them (a pushed-to array keeps spare capacity).
  let names = new Array<QName>(n);
  let nodes = new Array<TreeNode>(n);
  let count = 0;
  let qualified = false;
  for (let m = 0; m < n; m++) {
    const member = members[m]!;
    const info = table.get(member);
    if (info === undefined) {
      unknownMember(ctx, parent, module, member, tracker);
    }
    qualified ||= info.qualified;
    const child = info.schema;
    tracker.push(info.segment);
    checkConfig(ctx, child, tracker);
    const node = decodeMember(ctx, child, json[member], tracker);
    tracker.pop();
    if (node !== undefined) {
      names[count] = child.qname;
      nodes[count] = node;
      count++;
    }
  }
  if (qualified && module !== '') {
    // Only a member written both qualified and unqualified can repeat a child (object keys are
    // unique), and only below the root (where every member is qualified).
    checkRepeatedMembers(table, members, tracker);
  }
  if (count < n) {
    names = names.slice(0, count);
    nodes = nodes.slice(0, count);
  }
  if (parent.choices.size > 0 && count > 1) {
    checkCaseExclusivity(parent, names, tracker);
  }
  return ChildMap.of(names, nodes);
}

function checkRepeatedMembers(
  table: ReadonlyMap<string, MemberInfo>,
  members: readonly string[],
  tracker: DataPathTracker,
): void {
  const seen = new Set<QName>();
  for (const member of members) {
    const qname = table.get(member)!.schema.qname;
    if (seen.has(qname)) {
      tracker.fail(`member ${JSON.stringify(member)} is given twice (qualified and unqualified)`);
    }
    seen.add(qname);
  }
}

function unknownMember(
  ctx: CodecContext,
  parent: DataParent,
  module: string,
  member: string,
  tracker: DataPathTracker,
): never {
  if (module === '' && !member.includes(':')) {
    tracker.fail(`top-level member ${JSON.stringify(member)} must be qualified as module:name`);
  }
  const mod = moduleOf(member.includes(':') ? member : `${module}:${member}`);
  if (!ctx.schema.modules.has(mod)) {
    tracker.fail(`member ${JSON.stringify(member)} names an unknown module "${mod}"`);
  }
  const known = [...parent.children.values()].map((c) => memberSegment(c, module));
  const shown = known.length > 20 ? known.slice(0, 20).join(', ') + ', …' : known.join(', ');
  tracker.fail(`unknown member ${JSON.stringify(member)}; known members: ${shown || '(none)'}`);
}

function isNameList(
  members: readonly QName[] | ReadonlyMap<QName, unknown>,
): members is readonly QName[] {
  return Array.isArray(members);
}

/**
 * Data from two cases of one choice may not coexist (RFC 7950 §7.9): checks the member QNames of one
 * container or entry (an array, or a map's keys) and fails through `tracker` naming both cases.
 */
export function checkCaseExclusivity(
  parent: DataParent,
  members: readonly QName[] | ReadonlyMap<QName, unknown>,
  tracker: { fail(reason: string): never },
): void {
  let chosen: Map<QName, { caseName: QName; member: QName }> | undefined;
  const names: readonly QName[] = isNameList(members) ? members : [...members.keys()];
  for (const qname of names) {
    const schema = parent.children.get(qname);
    if (schema === undefined) {
      continue;
    }
    for (const step of schema.caseAncestry) {
      chosen ??= new Map();
      const seen = chosen.get(step.choice);
      if (seen === undefined) {
        chosen.set(step.choice, { caseName: step.case, member: qname });
      } else if (seen.caseName !== step.case) {
        tracker.fail(
          `choice ${localName(step.choice)} has data from two cases: ${localName(seen.caseName)} (${seen.member}) and ${localName(step.case)} (${qname})`,
        );
      }
    }
  }
}

function decodeContainerLike(
  ctx: CodecContext,
  parent: DataParent,
  module: string,
  json: Readonly<Record<string, unknown>>,
  tracker: DataPathTracker,
  presence: boolean,
): TreeNode | undefined {
  const children = decodeChildren(ctx, parent, module, json, tracker);
  if (children.size === 0 && !presence) {
    return undefined;
  }
  return containerNode(children, tracker.version);
}

function decodeEntry(
  ctx: CodecContext,
  list: ListSchema,
  json: Readonly<Record<string, unknown>>,
  tracker: DataPathTracker,
  seq: number,
  pathKeys: readonly JsonScalar[] | undefined,
): EntryNode {
  const children = decodeChildren(ctx, list, list.module, json, tracker);
  if (list.keys.length === 0) {
    return entryNode(`\u0004${seq}`, [], seq, children, tracker.version);
  }
  const keys = new Array<JsonScalar>(list.keys.length);
  let filled = false;
  for (let i = 0; i < list.keys.length; i++) {
    const keyName = list.keys[i]!;
    const leaf = children.get(keyName);
    const fromPath = pathKeys?.[i];
    if (leaf === undefined) {
      if (fromPath === undefined) {
        tracker.fail(`list entry lacks its key leaf ${localName(keyName)}`);
      }
      keys[i] = fromPath;
      filled = true;
      continue;
    }
    const value = (leaf as { value: JsonScalar }).value;
    if (fromPath !== undefined && !scalarEquals(value, fromPath)) {
      tracker.fail(
        `key leaf ${localName(keyName)} is ${JSON.stringify(value)} but the path names ${JSON.stringify(fromPath)}; a key cannot differ from its path (write the entry at its own path)`,
      );
    }
    keys[i] = value;
  }
  if (filled) {
    // Key leaves taken from the path go first, as a reader expects them.
    const names: QName[] = [];
    const nodes: TreeNode[] = [];
    list.keys.forEach((k, i) => {
      names.push(k);
      nodes.push(children.get(k) ?? leafNode(keys[i]!, tracker.version));
    });
    children.forEach((child, k) => {
      if (!names.includes(k)) {
        names.push(k);
        nodes.push(child);
      }
    });
    return entryNode(encodeKey(keys), keys, seq, ChildMap.of(names, nodes), tracker.version);
  }
  return entryNode(encodeKey(keys), keys, seq, children, tracker.version);
}

/** Decodes the key leaves of one entry of a list array (before the entry has a path). */
function entryKeys(
  ctx: CodecContext,
  list: ListSchema,
  item: Readonly<Record<string, unknown>>,
  tracker: DataPathTracker,
): JsonScalar[] {
  return list.keys.map((keyName) => {
    const leaf = list.children.get(keyName) as LeafSchema;
    // Own members only: `item.constructor` would otherwise find Object for a key leaf so named.
    const json = Object.hasOwn(item, leaf.name)
      ? item[leaf.name]
      : Object.hasOwn(item, keyName)
        ? item[keyName]
        : undefined;
    if (json === undefined) {
      tracker.fail(`the entry lacks its key leaf ${leaf.name}`);
    }
    return decodeLeafValue(ctx, leaf, json, tracker);
  });
}

function decodeList(
  ctx: CodecContext,
  list: ListSchema,
  json: unknown,
  tracker: DataPathTracker,
): TreeNode | undefined {
  if (!Array.isArray(json)) {
    tracker.fail(`list ${list.qname} takes an array of entries, got ${kindOf(json)}`);
  }
  if (json.length === 0) {
    return undefined;
  }
  const keysOut: string[] = [];
  const entries: EntryNode[] = [];
  for (let i = 0; i < json.length; i++) {
    const item: unknown = json[i];
    tracker.beginItem('entry', i);
    if (!isPlainObject(item)) {
      tracker.fail(`a list entry takes an object, got ${kindOf(item)}`);
    }
    const keys = list.keys.length === 0 ? undefined : entryKeys(ctx, list, item, tracker);
    tracker.endItem();
    if (keys !== undefined) {
      tracker.pushKeys(keys);
    }
    const entry = decodeEntry(ctx, list, item, tracker, i, keys);
    if (keys !== undefined) {
      tracker.pop();
    }
    keysOut.push(entry.key);
    entries.push(entry);
  }
  const map = PersistentMap.fromEntries(keysOut, entries, (i) => {
    tracker.pushKeys(entries[i]!.keys);
    tracker.fail(`duplicate list entry: entry ${i} repeats the key of an earlier one`);
  });
  return listNode(map, json.length, tracker.version);
}

function decodeLeafList(
  ctx: CodecContext,
  leafList: LeafListSchema,
  json: unknown,
  tracker: DataPathTracker,
): TreeNode | undefined {
  if (!Array.isArray(json)) {
    tracker.fail(`leaf-list ${leafList.qname} takes an array of values, got ${kindOf(json)}`);
  }
  if (json.length === 0) {
    return undefined;
  }
  const keysOut: string[] = [];
  const values: ValueNode[] = [];
  for (let i = 0; i < json.length; i++) {
    tracker.beginItem('value', i);
    const value = decodeValue(ctx, leafList, json[i], tracker);
    tracker.endItem();
    const key = encodeScalar(value);
    keysOut.push(key);
    values.push(valueNode(key, value, i, tracker.version));
  }
  const map = PersistentMap.fromEntries(keysOut, values, (i) => {
    tracker.beginItem('value', i);
    tracker.fail(`duplicate leaf-list value ${JSON.stringify(values[i]!.value)}`);
  });
  return leafListNode(map, json.length, tracker.version);
}

function deepFreezeCopy(json: unknown, tracker: DataPathTracker): JsonValue {
  if (typeof json === 'string' || typeof json === 'boolean' || json === null) {
    return json;
  }
  if (typeof json === 'number') {
    return Number.isFinite(json) ? json : tracker.fail('anydata numbers must be finite');
  }
  if (typeof json !== 'object') {
    return tracker.fail(`anydata takes JSON, got ${typeof json}`);
  }
  if (Array.isArray(json)) {
    return Object.freeze(json.map((v: unknown) => deepFreezeCopy(v, tracker)));
  }
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(json)) {
    setMember(out, k, deepFreezeCopy(v, tracker));
  }
  return Object.freeze(out);
}

// ---- encoding: nodes to RFC 7951 JSON

/**
 * Encodes `node` as JSON content (without the outer member name). `module` is the module of the node
 * itself (its members in the same module stay unqualified); pass '' for the root.
 */
export function encodeNode(node: TreeNode, module: string): JsonValue {
  switch (node.kind) {
    case 'container':
    case 'entry':
      return encodeChildren(node.children, module);
    case 'list':
      return orderedEntries(node).map((e) => encodeChildren(e.children, module));
    case 'leaf-list':
      return orderedValues(node).map((v) => v.value);
    case 'value':
    case 'leaf':
    case 'anydata':
      return node.value;
  }
}

const memberNames = new Map<QName, { module: string; local: string }>();

function splitQName(qname: QName): { module: string; local: string } {
  let parts = memberNames.get(qname);
  if (parts === undefined) {
    parts = { module: moduleOf(qname), local: localName(qname) };
    // Bounded by the schema's node names; the guard only protects against unbounded garbage.
    if (memberNames.size < 100_000) {
      memberNames.set(qname, parts);
    }
  }
  return parts;
}

function encodeChildren(children: Children, module: string): JsonValue {
  const out: Record<string, JsonValue> = {};
  const n = children.size;
  for (let i = 0; i < n; i++) {
    const qname = children.keyAt(i);
    const parts = splitQName(qname);
    setMember(
      out,
      parts.module === module ? parts.local : qname,
      encodeNode(children.valueAt(i), parts.module),
    );
  }
  return out;
}

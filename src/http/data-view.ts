/**
 * What a RESTCONF data resource looks like on the wire, computed from the schema and the datastore's
 * content (RFC 7951 JSON without the outer member name, as the DOMStore returns it). Pure functions:
 *
 * - `targetOf(path)`: what kind of node a URI addresses (the datastore root, a container, a whole list,
 *   one entry, a leaf, a leaf-list or one of its values).
 * - `mergeViews`: `content=all` (RFC 8040 §4.8.1): the configuration and the operational view merged
 *   node by node: containers and list entries (matched by key) merge member-wise; for a leaf,
 *   leaf-list or anydata present in both, the configuration's value wins (a config false node can only
 *   be in the operational datastore, so for state the operational value is the only one).
 * - `limitDepth` (§4.8.2): the target is depth 1 (for the datastore resource the top-level nodes are);
 *   a child is one deeper than its parent; a list's entries are at the list's depth. Nodes deeper than
 *   the limit are left out, except that a list entry at the limit keeps its key leaves, so it stays
 *   identifiable (OpenDaylight does the same).
 * - `wrapContent` / `unwrapBody`: adding and checking the outer member name (`{"rtest:box": {...}}`; a
 *   list entry as `{"rtest:item": [{...}]}`; the datastore as `{"ietf-restconf:data": {...}}`).
 *
 * Member names are RFC 7951's: qualified at the top and where the module changes; both views come from
 * the same codec, so names compare as given; qualified spellings of same-module names are accepted.
 */
import type {
  DataNodeSchema,
  DataParent,
  JsonObject,
  JsonValue,
  ListSchema,
  QName,
} from '../yang/schema.js';
import type { ResolvedPath } from '../tree/path.js';
import { setMember } from '../rpc/operation-codec.js';
import { RestconfError } from './restconf-error.js';

/** What a data resource URI addresses. */
export type DataTarget =
  | { readonly kind: 'root'; readonly parent: DataParent }
  | {
      readonly kind: 'container' | 'list' | 'entry' | 'leaf' | 'leaf-list' | 'value' | 'anydata';
      readonly schema: DataNodeSchema;
    };

/** The member name of the datastore resource (RFC 8040 §3.3.1). */
export const DATA_MEMBER = 'ietf-restconf:data';

/** The target of a resolved path; `root` is the datastore's root data parent. */
export function targetOf(path: ResolvedPath, root: DataParent): DataTarget {
  const step = path.steps[path.steps.length - 1];
  if (step === undefined) {
    return { kind: 'root', parent: root };
  }
  return { kind: step.kind, schema: step.schema };
}

function isObject(json: unknown): json is Readonly<Record<string, JsonValue>> {
  return typeof json === 'object' && json !== null && !Array.isArray(json);
}

/** The schema of member `member` of an object whose parent is `parent` in module `module`. */
function childSchema(
  parent: DataParent,
  module: string,
  member: string,
): DataNodeSchema | undefined {
  return parent.children.get(member.includes(':') ? member : `${module}:${member}`);
}

function parentOf(target: DataTarget): { parent: DataParent; module: string } | undefined {
  if (target.kind === 'root') {
    return { parent: target.parent, module: '' };
  }
  const schema = target.schema;
  if (
    (target.kind === 'container' || target.kind === 'entry') &&
    (schema.kind === 'container' || schema.kind === 'list')
  ) {
    return { parent: schema, module: schema.module };
  }
  return undefined;
}

/** The target of a member of a container-like node: a data node as a whole. */
function memberTarget(schema: DataNodeSchema): DataTarget {
  return { kind: schema.kind === 'anyxml' ? 'anydata' : schema.kind, schema };
}

function entryKey(list: ListSchema, entry: Readonly<Record<string, JsonValue>>): string {
  return JSON.stringify(list.keys.map((k) => entry[k.slice(list.module.length + 1)] ?? null));
}

/** `content=all`: the configuration view merged with the operational view (see the file comment). */
export function mergeViews(
  target: DataTarget,
  config: JsonValue | undefined,
  operational: JsonValue | undefined,
): JsonValue | undefined {
  if (config === undefined) {
    return operational;
  }
  if (operational === undefined) {
    return config;
  }
  const container = parentOf(target);
  if (container !== undefined) {
    if (!isObject(config) || !isObject(operational)) {
      return config;
    }
    return mergeMembers(container.parent, container.module, config, operational);
  }
  if (target.kind === 'list' && target.schema.kind === 'list') {
    if (!Array.isArray(config) || !Array.isArray(operational)) {
      return config;
    }
    return mergeEntries(
      target.schema,
      config as readonly JsonValue[],
      operational as readonly JsonValue[],
    );
  }
  return config;
}

function mergeMembers(
  parent: DataParent,
  module: string,
  config: Readonly<Record<string, JsonValue>>,
  operational: Readonly<Record<string, JsonValue>>,
): JsonObject {
  const out: Record<string, JsonValue> = {};
  for (const [member, value] of Object.entries(config)) {
    const schema = childSchema(parent, module, member);
    const other = operational[member];
    const merged =
      schema === undefined || other === undefined
        ? value
        : mergeViews(memberTarget(schema), value, other);
    setMember(out, member, merged ?? value);
  }
  for (const [member, value] of Object.entries(operational)) {
    if (!Object.hasOwn(config, member)) {
      setMember(out, member, value);
    }
  }
  return out;
}

function mergeEntries(
  list: ListSchema,
  config: readonly JsonValue[],
  operational: readonly JsonValue[],
): JsonValue[] {
  if (list.keys.length === 0) {
    return [...config, ...operational];
  }
  const operationalByKey = new Map<string, Readonly<Record<string, JsonValue>>>();
  for (const entry of operational) {
    if (isObject(entry)) {
      operationalByKey.set(entryKey(list, entry), entry);
    }
  }
  const out: JsonValue[] = [];
  const used = new Set<string>();
  for (const entry of config) {
    if (!isObject(entry)) {
      out.push(entry);
      continue;
    }
    const key = entryKey(list, entry);
    const other = operationalByKey.get(key);
    used.add(key);
    out.push(other === undefined ? entry : mergeMembers(list, list.module, entry, other));
  }
  for (const [key, entry] of operationalByKey) {
    if (!used.has(key)) {
      out.push(entry);
    }
  }
  return out;
}

/** `depth=limit` applied to the target's content (see the file comment); `undefined` is unbounded. */
export function limitDepth(
  target: DataTarget,
  json: JsonValue,
  limit: number | undefined,
): JsonValue {
  if (limit === undefined) {
    return json;
  }
  if (target.kind === 'root') {
    return isObject(json) ? pruneMembers(target.parent, '', json, 1, limit) : json;
  }
  return prune(target, json, 1, limit);
}

function prune(target: DataTarget, json: JsonValue, depth: number, limit: number): JsonValue {
  if (target.kind === 'list' && target.schema.kind === 'list' && Array.isArray(json)) {
    const list = target.schema;
    return (json as readonly JsonValue[]).map((e) =>
      prune({ kind: 'entry', schema: list }, e, depth, limit),
    );
  }
  const container = parentOf(target);
  if (container === undefined || !isObject(json)) {
    return json;
  }
  if (depth >= limit) {
    return target.kind === 'entry' && target.schema.kind === 'list'
      ? keysOnly(target.schema, json)
      : {};
  }
  return pruneMembers(container.parent, container.module, json, depth + 1, limit);
}

function pruneMembers(
  parent: DataParent,
  module: string,
  json: Readonly<Record<string, JsonValue>>,
  childDepth: number,
  limit: number,
): JsonObject {
  const out: Record<string, JsonValue> = {};
  if (childDepth > limit) {
    return out;
  }
  for (const [member, value] of Object.entries(json)) {
    const schema = childSchema(parent, module, member);
    setMember(
      out,
      member,
      schema === undefined ? value : prune(memberTarget(schema), value, childDepth, limit),
    );
  }
  return out;
}

function keysOnly(list: ListSchema, entry: Readonly<Record<string, JsonValue>>): JsonObject {
  const out: Record<string, JsonValue> = {};
  for (const key of list.keys) {
    const name = key.slice(list.module.length + 1);
    const value = entry[name];
    if (value !== undefined) {
      setMember(out, name, value);
    }
  }
  return out;
}

/** The response body for `content` of `target`: the content under its outer member name. */
export function wrapContent(target: DataTarget, content: JsonValue): JsonObject {
  if (target.kind === 'root') {
    return { [DATA_MEMBER]: content };
  }
  const many = target.kind === 'entry' || target.kind === 'value';
  return { [target.schema.qname]: many ? [content] : content };
}

function malformed(message: string): RestconfError {
  return new RestconfError('malformed-message', message);
}

/**
 * The content a PUT or plain PATCH body gives for `target` (RFC 8040 §4.5, §4.6.1): the body must be
 * one member naming the target, module-qualified (`module:name`: the body is a top-level JSON object,
 * whose member names RFC 7951 §4 requires to be qualified), holding one instance
 * (a list entry or leaf-list value as a one-element array; a bare object or value is accepted too). The
 * datastore resource takes `{"ietf-restconf:data": {...}}` or the top-level members directly. Key
 * values are checked against the URI by the datastore (a mismatch is a 400 invalid-value there).
 * Throws RestconfError 400 malformed-message.
 */
export function unwrapBody(target: DataTarget, body: unknown): unknown {
  if (!isObject(body)) {
    throw malformed(
      `the body must be a JSON object naming the target resource, got ${describe(body)}`,
    );
  }
  const members = Object.keys(body);
  if (target.kind === 'root') {
    if (members.length === 1 && members[0] === DATA_MEMBER) {
      return body[DATA_MEMBER];
    }
    return body;
  }
  const schema = target.schema;
  if (members.length !== 1) {
    throw malformed(
      `the body must have exactly one member, "${schema.qname}", the target resource; it has ${members.length} (${members.join(', ') || 'none'})`,
    );
  }
  const member = members[0]!;
  if (member !== schema.qname) {
    throw malformed(
      member === schema.name
        ? `the body's member ${JSON.stringify(member)} must be module-qualified as "${schema.qname}" (RFC 7951 §4: every member of a top-level JSON object is qualified)`
        : `the body names ${JSON.stringify(member)} but the URI's target is "${schema.qname}"; a body must name the node its URI addresses`,
    );
  }
  const value = body[member];
  if (target.kind === 'entry' || target.kind === 'value') {
    return singleInstance(schema.qname, value, target.kind === 'entry');
  }
  return value;
}

/** The one instance of a list entry or leaf-list value body: `[x]`, or `x` itself. */
function singleInstance(qname: QName, value: JsonValue | undefined, entry: boolean): unknown {
  if (Array.isArray(value)) {
    if (value.length !== 1) {
      throw malformed(
        `"${qname}" must hold exactly one ${entry ? 'list entry' : 'leaf-list value'} (the one the URI names), got ${value.length}`,
      );
    }
    return value[0];
  }
  return value;
}

function describe(json: unknown): string {
  if (json === null) {
    return 'null';
  }
  if (Array.isArray(json)) {
    return 'an array';
  }
  return typeof json === 'object' ? 'an object' : `a ${typeof json}`;
}

/** One child resource a POST creates (RFC 8040 §4.4.1): its schema, content and URI segment. */
export interface PostedChild {
  readonly schema: DataNodeSchema;
  /** The content to write at the child's path. */
  readonly content: unknown;
  /** The URI segment below the target (`item=b`, `rtest:box`, `tags=x`), percent-encoded. */
  readonly segment: string;
}

/**
 * Decodes a POST body on `target`: exactly one member naming a child data node of the target,
 * module-qualified (RFC 7951 §4, as for PUT) (for a list, a one-entry array; for a leaf-list, a
 * one-value array). Throws RestconfError 400.
 */
export function postedChild(target: DataTarget, body: unknown): PostedChild {
  const container = parentOf(target);
  if (container === undefined) {
    throw new RestconfError(
      'invalid-value',
      `POST creates a child of a container, a list entry or the datastore; the target is a ${target.kind}`,
      { status: 405, headers: { Allow: 'DELETE, GET, HEAD, OPTIONS, PATCH, PUT' } },
    );
  }
  if (!isObject(body)) {
    throw malformed(
      `the body must be a JSON object naming the child to create, got ${describe(body)}`,
    );
  }
  const members = Object.keys(body);
  if (members.length !== 1) {
    throw malformed(
      `a POST body must have exactly one member, the child resource to create; it has ${members.length} (${members.join(', ') || 'none'})`,
    );
  }
  const member = members[0]!;
  if (!member.includes(':')) {
    const known = childSchema(container.parent, container.module, member);
    throw malformed(
      `the body's member ${JSON.stringify(member)} must be module-qualified${known === undefined ? ' as module:name' : ` as "${known.qname}"`} (RFC 7951 §4: every member of a top-level JSON object is qualified)`,
    );
  }
  const schema = childSchema(container.parent, container.module, member);
  if (schema === undefined) {
    throw new RestconfError(
      'unknown-element',
      `${JSON.stringify(member)} is not a child data node of the target`,
    );
  }
  const name = schema.module === container.module ? schema.name : schema.qname;
  const value = body[member];
  if (schema.kind === 'list') {
    const entry = singleInstance(schema.qname, value, true);
    if (!isObject(entry)) {
      throw malformed(
        `a list entry of "${schema.qname}" must be an object, got ${describe(entry)}`,
      );
    }
    return { schema, content: entry, segment: `${name}=${entryKeyText(schema, entry)}` };
  }
  if (schema.kind === 'leaf-list') {
    const item = singleInstance(schema.qname, value, false);
    return { schema, content: item, segment: `${name}=${encodeURIComponent(scalarText(item))}` };
  }
  return { schema, content: value, segment: name };
}

function entryKeyText(list: ListSchema, entry: Readonly<Record<string, JsonValue>>): string {
  if (list.keys.length === 0) {
    throw new RestconfError(
      'invalid-value',
      `list "${list.qname}" has no keys, so an entry cannot be created on its own (RFC 8040 §3.5.3)`,
    );
  }
  return list.keys
    .map((key) => {
      const local = key.slice(list.module.length + 1);
      const value = entry[local] ?? entry[key];
      if (value === undefined) {
        throw malformed(`the new "${list.qname}" entry lacks its key leaf ${local}`);
      }
      return encodeURIComponent(scalarText(value));
    })
    .join(',');
}

/** A scalar's lexical text for a URI key (JSON strings as is, numbers and booleans printed). */
function scalarText(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (Array.isArray(value) && value.length === 1 && value[0] === null) {
    return '';
  }
  throw malformed(`a key or leaf-list value must be a JSON scalar, got ${describe(value)}`);
}

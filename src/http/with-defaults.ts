/**
 * The `with-defaults` query parameter (RFC 8040 §4.8.9, with RFC 6243's retrieval modes): how a GET
 * reports leaves whose schema default is in use. canopy stores what clients wrote and nothing else, so
 * its basic mode is `explicit` (a leaf written with its default value is reported, an unwritten one is
 * not); the other modes are computed here from the schema, as pure functions over the JSON a read gave:
 *
 * - `report-all`: every default in use is added. A leaf's (or leaf-list's) default is in use when it
 *   is absent, its parent exists, and it is not in a case other than the choice's selected case (or
 *   the choice's default case when no case is present) (RFC 7950 §7.6.1, §7.7.2, §7.9.3). A
 *   non-presence container exists when its parent does (it has no meaning of its own), so the defaults
 *   below it are added too, with the container; a presence container or list entry must exist.
 * - `trim`: leaves (and leaf-lists) whose value equals their schema default are left out, whether a
 *   client wrote them or not; a non-presence container left empty by that is left out too.
 * - `report-all-tagged`: as `report-all`, and every leaf (or leaf-list) whose value equals its
 *   default carries RFC 7952 metadata in JSON: `"@name": {"ietf-netconf-with-defaults:default": true}`
 *   beside the leaf (for a leaf-list, an array with one such object per value).
 * - `explicit`: the data as stored.
 *
 * Under `content=config` only configuration nodes get defaults (a state leaf is no configuration).
 * `when` conditions are not evaluated (the schema records but never evaluates them), so a default
 * under a false `when` is reported as in use.
 *
 * Order on a GET: defaults are added or trimmed on the data read, then `fields` and `depth` select,
 * and tagging comes last, on the response body (tags are no data nodes, so nothing selects them).
 */
import type {
  CaseSchema,
  ChoiceSchema,
  DataNodeSchema,
  DataParent,
  JsonObject,
  JsonScalar,
  JsonValue,
  LeafListSchema,
  LeafSchema,
} from '../yang/schema.js';
import { setMember } from '../rpc/operation-codec.js';
import { DATA_MEMBER, type DataTarget } from './data-view.js';
import { RestconfError } from './restconf-error.js';

/** RFC 6243 retrieval modes, as RFC 8040 §4.8.9 spells them. */
export type WithDefaultsMode = 'report-all' | 'trim' | 'explicit' | 'report-all-tagged';

const MODES: readonly WithDefaultsMode[] = ['report-all', 'trim', 'explicit', 'report-all-tagged'];

/** The metadata annotation of a default value (RFC 6243 Appendix A, RFC 7952 §5.2). */
export const DEFAULT_ANNOTATION = 'ietf-netconf-with-defaults:default';

/**
 * The `with-defaults` parameter; undefined when absent (the basic mode, `explicit`, applies). Throws
 * RestconfError 400 invalid-value for any other value.
 */
export function withDefaultsParam(
  params: ReadonlyMap<string, string>,
): WithDefaultsMode | undefined {
  const value = params.get('with-defaults');
  if (value === undefined) {
    return undefined;
  }
  if (!(MODES as readonly string[]).includes(value)) {
    throw new RestconfError(
      'invalid-value',
      `with-defaults=${value} is not one of ${MODES.join(', ')} (RFC 8040 §4.8.9)`,
    );
  }
  return value as WithDefaultsMode;
}

/** Which nodes may get defaults: all, or only configuration nodes (`content=config`). */
export type DefaultsScope = 'all' | 'config';

function isObject(json: unknown): json is Readonly<Record<string, JsonValue>> {
  return typeof json === 'object' && json !== null && !Array.isArray(json);
}

/** The member name of `schema` inside an object of module `module` (qualified where it changes). */
function memberName(schema: DataNodeSchema, module: string): string {
  return schema.module === module ? schema.name : schema.qname;
}

/** The schema of member `member` of an object under `parent` in module `module`. */
function childSchema(
  parent: DataParent,
  module: string,
  member: string,
): DataNodeSchema | undefined {
  return parent.children.get(member.includes(':') ? member : `${module}:${member}`);
}

/** True when `value` is `schema`'s default (values are in canonical RFC 7951 form on both sides). */
export function isDefaultValue(schema: LeafSchema | LeafListSchema, value: JsonValue): boolean {
  if (schema.kind === 'leaf') {
    return schema.default !== undefined && sameScalar(schema.default, value);
  }
  return (
    schema.defaults.length > 0 &&
    Array.isArray(value) &&
    value.length === schema.defaults.length &&
    schema.defaults.every((d, i) => sameScalar(d, (value as readonly JsonValue[])[i]!))
  );
}

function sameScalar(a: JsonScalar, b: JsonValue): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `report-all` or `trim` applied to the content of `target` (RFC 7951 JSON as the store gives it,
 * without the outer member name); `explicit` and `report-all-tagged`'s tags leave it as is (tags are
 * added by `tagDefaults`). Returns undefined when trimming removes the target itself (a leaf at its
 * default, or a non-presence container with nothing else).
 */
export function applyWithDefaults(
  target: DataTarget,
  json: JsonValue,
  mode: WithDefaultsMode,
  scope: DefaultsScope,
): JsonValue | undefined {
  if (mode === 'explicit') {
    return json;
  }
  const fill = mode !== 'trim';
  const visit = new DefaultsVisitor(fill, scope);
  if (target.kind === 'root') {
    return isObject(json) ? visit.object(target.parent, '', json) : json;
  }
  return visit.node(target.schema, target.kind === 'entry' || target.kind === 'value', json);
}

/** One pass of report-all (`fill`) or trim over a subtree. */
class DefaultsVisitor {
  private readonly fill: boolean;
  private readonly scope: DefaultsScope;

  constructor(fill: boolean, scope: DefaultsScope) {
    this.fill = fill;
    this.scope = scope;
  }

  /**
   * A data node's content (`single`: one list entry or one leaf-list value), or undefined when trim
   * removes it.
   */
  node(schema: DataNodeSchema, single: boolean, json: JsonValue): JsonValue | undefined {
    switch (schema.kind) {
      case 'container': {
        if (!isObject(json)) {
          return json;
        }
        const out = this.object(schema, schema.module, json);
        const emptied = Object.keys(out).length === 0 && Object.keys(json).length > 0;
        return emptied && !schema.presence ? undefined : out;
      }
      case 'list':
        if (single) {
          return isObject(json) ? this.object(schema, schema.module, json) : json;
        }
        return Array.isArray(json)
          ? (json as readonly JsonValue[]).map((e) =>
              isObject(e) ? this.object(schema, schema.module, e) : e,
            )
          : json;
      case 'leaf':
        return !this.fill && isDefaultValue(schema, json) ? undefined : json;
      case 'leaf-list':
        return single || this.fill || !isDefaultValue(schema, json) ? json : undefined;
      case 'anydata':
      case 'anyxml':
        return json;
    }
  }

  /** The members of an existing object under `parent`, with defaults added or trimmed. */
  object(
    parent: DataParent,
    module: string,
    json: Readonly<Record<string, JsonValue>>,
  ): JsonObject {
    const out: Record<string, JsonValue> = {};
    for (const [member, value] of Object.entries(json)) {
      const schema = childSchema(parent, module, member);
      if (schema === undefined) {
        setMember(out, member, value);
        continue;
      }
      const kept = this.node(schema, false, value);
      if (kept !== undefined) {
        setMember(out, member, kept);
      }
    }
    if (this.fill) {
      this.addDefaults(parent, module, json, out);
    }
    return out;
  }

  /** Adds to `out` the defaults in use under `parent` that `json` lacks. */
  private addDefaults(
    parent: DataParent,
    module: string,
    json: Readonly<Record<string, JsonValue>>,
    out: Record<string, JsonValue>,
  ): void {
    const present = new Set<string>();
    for (const member of Object.keys(json)) {
      const schema = childSchema(parent, module, member);
      if (schema !== undefined) {
        present.add(schema.qname);
      }
    }
    const selected = selectedCases(parent, present);
    for (const [qname, schema] of parent.children) {
      if (present.has(qname) || (this.scope === 'config' && !schema.config)) {
        continue;
      }
      if (!caseInUse(parent, schema, selected)) {
        continue;
      }
      const value = this.implicit(schema);
      if (value !== undefined) {
        setMember(out, memberName(schema, module), value);
      }
    }
  }

  /** What an absent node contributes under report-all: its default, or a non-presence container's. */
  implicit(schema: DataNodeSchema): JsonValue | undefined {
    switch (schema.kind) {
      case 'leaf':
        return schema.default;
      case 'leaf-list':
        return schema.defaults.length > 0 ? [...schema.defaults] : undefined;
      case 'container': {
        if (schema.presence) {
          return undefined;
        }
        const inner = this.object(schema, schema.module, {});
        return Object.keys(inner).length > 0 ? inner : undefined;
      }
      case 'list':
      case 'anydata':
      case 'anyxml':
        return undefined;
    }
  }
}

/** For each choice (at any depth) under `parent`, the case its present children are in. */
function selectedCases(parent: DataParent, present: ReadonlySet<string>): Map<string, string> {
  const selected = new Map<string, string>();
  for (const qname of present) {
    for (const step of parent.children.get(qname)?.caseAncestry ?? []) {
      selected.set(step.choice, step.case);
    }
  }
  return selected;
}

/**
 * True when every case `schema` sits in is in use: the case its choice's present children are in, or
 * the choice's default case when none of them is present (RFC 7950 §7.9.3).
 */
function caseInUse(
  parent: DataParent,
  schema: DataNodeSchema,
  selected: ReadonlyMap<string, string>,
): boolean {
  let scope: DataParent = parent;
  for (const step of schema.caseAncestry) {
    const choice: ChoiceSchema | undefined = scope.choices.get(step.choice);
    const chosen = selected.get(step.choice) ?? choice?.defaultCase;
    if (choice === undefined || chosen !== step.case) {
      return false;
    }
    const next: CaseSchema | undefined = choice.cases.get(step.case);
    if (next === undefined) {
      return false;
    }
    scope = next;
  }
  return true;
}

/** How `impliedContent` looks at the datastore (in the GET's `content` view). */
export interface DefaultsReader {
  /** The content at an RFC 8040 path text; undefined when absent. */
  read(pathText: string): Promise<JsonValue | undefined>;
  /** Whether a node exists at an RFC 8040 path text. */
  exists(pathText: string): Promise<boolean>;
  /** The target a path text addresses. */
  target(pathText: string): DataTarget;
}

/**
 * The report-all value of a node absent from the datastore, found through its ancestors (RFC 7950
 * §7.6.1): a leaf's default (a leaf-list's defaults, a non-presence container's implied content) is
 * in use when its parent exists, or is a non-presence container implied in turn, and its case is in
 * use. Only leaves, leaf-lists and non-presence containers can be implied: for anything else, or when
 * nothing is in use, the result is undefined. The parent's content is read only when the node sits
 * in a choice (its siblings say which case is in use); otherwise existence checks suffice.
 */
export async function impliedContent(
  pathText: string,
  target: DataTarget,
  root: DataParent,
  scope: DefaultsScope,
  reader: DefaultsReader,
): Promise<JsonValue | undefined> {
  if (target.kind !== 'leaf' && target.kind !== 'leaf-list' && target.kind !== 'container') {
    return undefined;
  }
  const schema = target.schema;
  if ((schema.kind === 'container' && schema.presence) || (scope === 'config' && !schema.config)) {
    return undefined;
  }
  // NB: in canonical RFC 8040 text a '/' inside a key is percent-encoded, so the last '/' always
  // separates the last segment.
  const cut = pathText.lastIndexOf('/');
  const parentText = cut <= 0 ? '/' : pathText.slice(0, cut);
  const parent: DataTarget =
    parentText === '/' ? { kind: 'root', parent: root } : reader.target(parentText);
  const visitor = new DefaultsVisitor(true, scope);
  if (schema.caseAncestry.length === 0) {
    const parentExists =
      parent.kind === 'root' ||
      (await reader.exists(parentText)) ||
      (await impliedContent(parentText, parent, root, scope, reader)) !== undefined;
    return parentExists ? visitor.implicit(schema) : undefined;
  }
  const content =
    (await reader.read(parentText)) ??
    (parent.kind === 'root' ? {} : await impliedContent(parentText, parent, root, scope, reader));
  if (!isObject(content)) {
    return undefined;
  }
  const filled =
    parent.kind === 'root'
      ? visitor.object(root, '', content)
      : applyWithDefaults(parent, content, 'report-all', scope);
  if (!isObject(filled)) {
    return undefined;
  }
  return filled[memberName(schema, parent.kind === 'root' ? '' : parent.schema.module)];
}

/**
 * report-all-tagged's tags on a response body (`wrapContent`'s output for `target`): every leaf and
 * leaf-list whose value equals its schema default gets its `@name` annotation member.
 */
export function tagDefaults(target: DataTarget, body: JsonObject): JsonObject {
  if (target.kind === 'root') {
    const data = body[DATA_MEMBER];
    return isObject(data) ? { [DATA_MEMBER]: tagObject(target.parent, '', data) } : body;
  }
  const holder: DataParent = {
    children: new Map([[target.schema.qname, target.schema]]),
    choices: new Map(),
  };
  return tagObject(holder, '', body, target.kind === 'value');
}

function annotation(): JsonObject {
  return { [DEFAULT_ANNOTATION]: true };
}

function tagObject(
  parent: DataParent,
  module: string,
  json: Readonly<Record<string, JsonValue>>,
  oneValue = false,
): JsonObject {
  const out: Record<string, JsonValue> = {};
  for (const [member, value] of Object.entries(json)) {
    const schema = childSchema(parent, module, member);
    if (schema === undefined) {
      setMember(out, member, value);
      continue;
    }
    setMember(out, member, tagValue(schema, value));
    const tag = tagOf(schema, value, oneValue);
    if (tag !== undefined) {
      setMember(out, `@${member}`, tag);
    }
  }
  return out;
}

function tagValue(schema: DataNodeSchema, value: JsonValue): JsonValue {
  switch (schema.kind) {
    case 'container':
      return isObject(value) ? tagObject(schema, schema.module, value) : value;
    case 'list':
      return Array.isArray(value)
        ? (value as readonly JsonValue[]).map((e) =>
            isObject(e) ? tagObject(schema, schema.module, e) : e,
          )
        : value;
    case 'leaf':
    case 'leaf-list':
    case 'anydata':
    case 'anyxml':
      return value;
  }
}

/** The annotation member's value for a leaf or leaf-list at its default; undefined otherwise. */
function tagOf(schema: DataNodeSchema, value: JsonValue, oneValue: boolean): JsonValue | undefined {
  if (schema.kind === 'leaf') {
    return isDefaultValue(schema, value) ? annotation() : undefined;
  }
  if (schema.kind !== 'leaf-list' || !Array.isArray(value)) {
    return undefined;
  }
  const values = value as readonly JsonValue[];
  // One value of a leaf-list (`.../tags=x`) is default data when it is one of the defaults.
  const tagged = oneValue
    ? values.length === 1 && schema.defaults.some((d) => sameScalar(d, values[0]!))
    : isDefaultValue(schema, values);
  return tagged ? values.map(() => annotation()) : undefined;
}

/**
 * A GET's content in `mode`: `data` as read (undefined when absent) with defaults added, trimmed or
 * implied (see the file comment). Tags are added later, by `tagDefaults`.
 */
export async function withDefaultsView(
  mode: WithDefaultsMode,
  target: DataTarget,
  pathText: string,
  data: JsonValue | undefined,
  root: DataParent,
  scope: DefaultsScope,
  reader: DefaultsReader,
): Promise<JsonValue | undefined> {
  if (mode === 'explicit') {
    return data;
  }
  if (data === undefined) {
    return mode === 'trim' ? undefined : impliedContent(pathText, target, root, scope, reader);
  }
  return applyWithDefaults(target, data, mode, scope);
}

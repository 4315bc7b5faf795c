/**
 * Checking and normalising the content of an operation: rpc input and output, and notification
 * content, as RFC 7951 JSON *without* the outer member name (`{"toasterDoneness": 3}` for
 * `{"toaster:input": {"toasterDoneness": 3}}`). The data tree's codec decodes content at a data path;
 * operation content has no data path, so this walks the operation's own `DataParent` instead.
 *
 * What it guarantees of its result: every member is defined by the schema; values are in the RFC 7951
 * normal form (tree/values.ts, so `"0x10"` never reaches an implementation); list entries carry their
 * keys and are unique; no choice has data from two cases; mandatory leaves are present; leaf defaults
 * are filled in where the parent is present and the leaf is not inside a choice (RFC 7950 §7.6.1);
 * member names are qualified exactly where RFC 7951 §4 requires (where the module changes).
 *
 * Errors are `DataValidationFailedError` with a path below the operation, in RFC 8040 form
 * (`/toaster:make-toast/input/toasterDoneness`). Pure: no I/O.
 */
import type {
  DataNodeSchema,
  DataParent,
  JsonObject,
  JsonScalar,
  JsonValue,
  ListSchema,
  QName,
  SchemaContext,
} from '../yang/schema.js';
import { DataValidationFailedError } from '../tree/errors.js';
import { checkCaseExclusivity } from '../tree/json-codec.js';
import { encodeKey, encodeScalar } from '../tree/node.js';
import { localName, moduleOf } from '../tree/path.js';
import { Rejection, valueFromJson, valueToText } from '../tree/values.js';

/** Where decoding happens: the schema (identities), and the path prefix used in errors. */
export interface OperationBodyContext {
  readonly schema: SchemaContext;
  /** The module of the operation: members of this module are unqualified at the top. */
  readonly module: string;
  /** Path of the body's container in errors, e.g. `/toaster:make-toast/input`. */
  readonly path: string;
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

class Walker {
  readonly schema: SchemaContext;
  private readonly segments: string[];

  constructor(schema: SchemaContext, base: string) {
    this.schema = schema;
    this.segments = [base];
  }

  push(segment: string): void {
    this.segments.push(segment);
  }

  pop(): void {
    this.segments.pop();
  }

  fail(reason: string): never {
    throw new DataValidationFailedError(this.segments.join('/'), reason);
  }
}

/**
 * Checks `json` (the content of an input, output or notification; `undefined` and `null` mean empty)
 * against `parent`, and returns it normalised with defaults filled in. Throws DataValidationFailedError.
 */
export function decodeOperationBody(
  ctx: OperationBodyContext,
  parent: DataParent,
  json: unknown,
): JsonObject {
  const walker: Walker = new Walker(ctx.schema, ctx.path);
  if (json === undefined || json === null) {
    return decodeChildren(walker, parent, ctx.module, Object.freeze<Record<string, unknown>>({}));
  }
  if (!isPlainObject(json)) {
    walker.fail(`the body takes an object, got ${kindOf(json)}`);
  }
  return decodeChildren(walker, parent, ctx.module, json);
}

function memberName(node: DataNodeSchema, parentModule: string): string {
  return node.module === parentModule ? node.name : node.qname;
}

function decodeChildren(
  walker: Walker,
  parent: DataParent,
  module: string,
  json: Readonly<Record<string, unknown>>,
): JsonObject {
  const seen = new Map<QName, JsonValue>();
  for (const member of Object.keys(json)) {
    const qname = member.includes(':') ? member : `${module}:${member}`;
    const child = parent.children.get(qname);
    if (child === undefined) {
      const known = [...parent.children.values()].map((c) => memberName(c, module));
      walker.fail(
        `unknown member ${JSON.stringify(member)}; known members: ${known.join(', ') || '(none)'}`,
      );
    }
    if (seen.has(qname)) {
      walker.fail(`member ${JSON.stringify(member)} is given twice (qualified and unqualified)`);
    }
    walker.push(memberName(child, module));
    const value = decodeMember(walker, child, json[member]);
    walker.pop();
    if (value !== undefined) {
      seen.set(qname, value);
    }
  }
  if (parent.choices.size > 0 && seen.size > 1) {
    checkCaseExclusivity(parent, seen, walker);
  }
  for (const child of parent.children.values()) {
    if (seen.has(child.qname)) {
      continue;
    }
    const inChoice = child.caseAncestry.length > 0;
    if (child.kind === 'leaf' && child.mandatory && !inChoice) {
      walker.fail(`mandatory leaf ${memberName(child, module)} is missing`);
    }
    if (child.kind === 'leaf' && child.default !== undefined && !inChoice) {
      seen.set(child.qname, child.default);
    }
  }
  const out: Record<string, JsonValue> = {};
  for (const [qname, value] of seen) {
    setMember(out, moduleOf(qname) === module ? localName(qname) : qname, value);
  }
  return out;
}

function decodeMember(
  walker: Walker,
  schema: DataNodeSchema,
  json: unknown,
): JsonValue | undefined {
  switch (schema.kind) {
    case 'leaf':
      return decodeScalar(walker, schema, json);
    case 'leaf-list': {
      if (!Array.isArray(json)) {
        walker.fail(`leaf-list ${schema.qname} takes an array of values, got ${kindOf(json)}`);
      }
      const seen = new Set<string>();
      return json.map((v: unknown) => {
        const value = decodeScalar(walker, schema, v);
        const key = encodeScalar(value);
        if (seen.has(key)) {
          walker.fail(`duplicate leaf-list value ${JSON.stringify(value)}`);
        }
        seen.add(key);
        return value;
      });
    }
    case 'container':
      if (!isPlainObject(json)) {
        walker.fail(`container ${schema.qname} takes an object, got ${kindOf(json)}`);
      }
      return decodeChildren(walker, schema, schema.module, json);
    case 'list':
      return decodeList(walker, schema, json);
    case 'anydata':
    case 'anyxml':
      return copyJson(walker, json);
  }
}

function decodeScalar(
  walker: Walker,
  schema: Extract<DataNodeSchema, { kind: 'leaf' | 'leaf-list' }>,
  json: unknown,
): JsonScalar {
  const r = valueFromJson(schema.type, json, { schema: walker.schema, module: schema.module });
  if (r instanceof Rejection) {
    walker.fail(r.reason);
  }
  return r;
}

function decodeList(walker: Walker, list: ListSchema, json: unknown): JsonValue[] {
  if (!Array.isArray(json)) {
    walker.fail(`list ${list.qname} takes an array of entries, got ${kindOf(json)}`);
  }
  const keysSeen = new Set<string>();
  return json.map((item: unknown, i) => {
    walker.push(`${list.name}[${i}]`);
    if (!isPlainObject(item)) {
      walker.fail(`a list entry takes an object, got ${kindOf(item)}`);
    }
    const entry = decodeChildren(walker, list, list.module, item);
    walker.pop();
    if (list.keys.length > 0) {
      const keys = list.keys.map((k) => {
        const v = entry[localName(k)];
        if (v === undefined) {
          walker.fail(`list entry ${i} lacks its key leaf ${localName(k)}`);
        }
        return v as JsonScalar;
      });
      const key = encodeKey(keys);
      if (keysSeen.has(key)) {
        walker.fail(
          `duplicate list entry ${list.name}=${keys.map((k) => encodeURIComponent(valueToText(k))).join(',')}`,
        );
      }
      keysSeen.add(key);
    }
    return entry;
  });
}

function copyJson(walker: Walker, json: unknown): JsonValue {
  if (typeof json === 'string' || typeof json === 'boolean' || json === null) {
    return json;
  }
  if (typeof json === 'number') {
    return Number.isFinite(json) ? json : walker.fail('anydata numbers must be finite');
  }
  if (Array.isArray(json)) {
    return json.map((v: unknown) => copyJson(walker, v));
  }
  if (!isPlainObject(json)) {
    return walker.fail(`anydata takes JSON, got ${typeof json}`);
  }
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(json)) {
    setMember(out, k, copyJson(walker, v));
  }
  return out;
}

/** Sets a member as data: a member named `__proto__` must never become the object's prototype. */
export function setMember(out: Record<string, JsonValue>, name: string, value: JsonValue): void {
  if (name === '__proto__') {
    Object.defineProperty(out, name, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    out[name] = value;
  }
}

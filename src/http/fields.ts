/**
 * The `fields` query parameter (RFC 8040 §4.8.3): which descendants of the target a GET returns.
 * Grammar: `fields-expr = path "(" fields-expr ")" / path ";" fields-expr / path`, with
 * `path = api-identifier ["/" path]`; so `label;inner/deeper(b);item(qty)`. Names are resolved against
 * the schema as they are applied: unqualified names take the parent's module, top-level names of the
 * datastore resource must be qualified.
 *
 * Semantics: a selected node comes with its whole subtree unless a sub-expression narrows it; a list's
 * selection applies to each entry, and an entry always keeps its key leaves (as with `depth`), so it
 * stays identifiable; nodes not selected are left out; a selected node that is absent is simply absent.
 * Errors (RestconfError 400 invalid-value): a malformed expression, a name that is not a child data
 * node, a sub-expression on a leaf.
 */
import type { DataNodeSchema, DataParent, JsonValue, ListSchema } from '../yang/schema.js';
import { setMember } from '../rpc/operation-codec.js';
import type { DataTarget } from './data-view.js';
import { RestconfError } from './restconf-error.js';

/** A parsed fields expression: selected names, each with its narrowing (empty: the whole subtree). */
export type FieldSelection = ReadonlyMap<string, FieldSelection>;

function invalid(message: string): RestconfError {
  return new RestconfError('invalid-value', `fields: ${message} (RFC 8040 §4.8.3)`);
}

const IDENTIFIER = /^(?:[A-Za-z_][A-Za-z0-9_.-]*:)?[A-Za-z_][A-Za-z0-9_.-]*/;

/** The selection while it is built. */
type MutableSelection = Map<string, MutableSelection>;

/** Parses a fields expression; throws RestconfError 400. */
export function parseFields(text: string): FieldSelection {
  let pos = 0;
  const parseExpr = (): MutableSelection => {
    const out: MutableSelection = new Map();
    for (;;) {
      const names: string[] = [];
      for (;;) {
        const match = IDENTIFIER.exec(text.slice(pos));
        if (match === null) {
          throw invalid(`expected a node name at position ${pos} of ${JSON.stringify(text)}`);
        }
        names.push(match[0]);
        pos += match[0].length;
        if (text[pos] !== '/') {
          break;
        }
        pos++;
      }
      let sub: MutableSelection = new Map();
      if (text[pos] === '(') {
        pos++;
        sub = parseExpr();
        if (text[pos] !== ')') {
          throw invalid(`expected ')' at position ${pos} of ${JSON.stringify(text)}`);
        }
        pos++;
      }
      insertPath(out, names, sub);
      if (text[pos] !== ';') {
        return out;
      }
      pos++;
    }
  };
  const selection = parseExpr();
  if (pos !== text.length) {
    throw invalid(`unexpected ${JSON.stringify(text.slice(pos))} at position ${pos}`);
  }
  return selection;
}

/**
 * Adds the path `names`, narrowed to `sub` at its end (empty: the whole subtree), to `into`. Selecting
 * a node whole wins over any narrowing of it, in either order.
 */
function insertPath(into: MutableSelection, names: readonly string[], sub: MutableSelection): void {
  const [first, ...rest] = names;
  if (first === undefined) {
    return;
  }
  const existing = into.get(first);
  if (existing !== undefined && existing.size === 0) {
    return;
  }
  if (rest.length === 0 && sub.size === 0) {
    into.set(first, new Map());
    return;
  }
  const next: MutableSelection = existing ?? new Map<string, MutableSelection>();
  into.set(first, next);
  if (rest.length > 0) {
    insertPath(next, rest, sub);
    return;
  }
  for (const [name, narrower] of sub) {
    insertPath(next, [name], narrower);
  }
}

function isObject(json: unknown): json is Readonly<Record<string, JsonValue>> {
  return typeof json === 'object' && json !== null && !Array.isArray(json);
}

/** `content` of `target` reduced to `selection`. */
export function selectFields(
  target: DataTarget,
  content: JsonValue,
  selection: FieldSelection,
): JsonValue {
  if (target.kind === 'root') {
    return isObject(content)
      ? selectMembers(target.parent, '', undefined, content, selection)
      : content;
  }
  const schema = target.schema;
  if (schema.kind === 'list' && (target.kind === 'list' || target.kind === 'entry')) {
    if (target.kind === 'entry') {
      return isObject(content)
        ? selectMembers(schema, schema.module, schema, content, selection)
        : content;
    }
    return Array.isArray(content)
      ? (content as readonly JsonValue[]).map((e) =>
          isObject(e) ? selectMembers(schema, schema.module, schema, e, selection) : e,
        )
      : content;
  }
  if (schema.kind === 'container') {
    return isObject(content)
      ? selectMembers(schema, schema.module, undefined, content, selection)
      : content;
  }
  throw invalid(`the target ${schema.qname} is a ${schema.kind} and has no child nodes to select`);
}

function selectMembers(
  parent: DataParent,
  module: string,
  keysOf: ListSchema | undefined,
  json: Readonly<Record<string, JsonValue>>,
  selection: FieldSelection,
): JsonValue {
  const wanted = new Map<string, { schema: DataNodeSchema; sub: FieldSelection }>();
  for (const [name, sub] of selection) {
    if (module === '' && !name.includes(':')) {
      throw invalid(`top-level node ${JSON.stringify(name)} must be qualified as module:name`);
    }
    const schema = parent.children.get(name.includes(':') ? name : `${module}:${name}`);
    if (schema === undefined) {
      throw invalid(`${JSON.stringify(name)} is not a child data node here`);
    }
    wanted.set(schema.qname, { schema, sub });
  }
  const out: Record<string, JsonValue> = {};
  for (const [member, value] of Object.entries(json)) {
    const qname = member.includes(':') ? member : `${module}:${member}`;
    const selected = wanted.get(qname);
    if (selected !== undefined) {
      setMember(out, member, narrow(selected.schema, value, selected.sub));
    } else if (keysOf?.keys.includes(qname) === true) {
      setMember(out, member, value);
    }
  }
  return out;
}

function narrow(schema: DataNodeSchema, value: JsonValue, sub: FieldSelection): JsonValue {
  if (sub.size === 0) {
    return value;
  }
  switch (schema.kind) {
    case 'container':
      return isObject(value) ? selectMembers(schema, schema.module, undefined, value, sub) : value;
    case 'list':
      return Array.isArray(value)
        ? (value as readonly JsonValue[]).map((e) =>
            isObject(e) ? selectMembers(schema, schema.module, schema, e, sub) : e,
          )
        : value;
    case 'leaf':
    case 'leaf-list':
    case 'anydata':
    case 'anyxml':
      throw invalid(`${schema.qname} is a ${schema.kind}: it has no child nodes to select`);
  }
}

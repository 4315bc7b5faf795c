/**
 * RFC 7951 §6.11 instance-identifiers (`/toaster:toaster/darknessFactor`,
 * `/m:list[name='a'][m:id='7']/leaf-list[.='x']`), as YANG values carry them (sal-remote's `path`
 * input), turned into the RFC 8040 §3.5.3 paths the rest of the server resolves (`/m:list=a,7/...`):
 * the reverse of restconf-error.ts's `instanceIdentifier`.
 *
 * Accepted: every node name module-qualified or (after the first) unqualified meaning the parent's
 * module; key predicates in any order, each key once, with a module-qualified or plain key name;
 * values in single or double quotes (XPath literals have no escapes); `[.='v']` for a leaf-list value.
 * A list entry needs every key; a list without predicates may only be the last node (the whole list).
 * Refused, with InvalidPathError naming the text and what is wrong: positional predicates (`[2]`),
 * unknown nodes, missing or repeated keys, predicates on a node that takes none.
 */
import type { DataNodeSchema, QName, SchemaContext } from '../yang/schema.js';
import { InvalidPathError } from '../tree/errors.js';

const NAME = /^(?:([A-Za-z_][A-Za-z0-9_.-]*):)?([A-Za-z_][A-Za-z0-9_.-]*)/;

interface Predicate {
  /** Local key name, or `.` for a leaf-list value. */
  readonly name: string;
  readonly value: string;
}

function invalid(text: string, why: string): InvalidPathError {
  return new InvalidPathError(text, `as an RFC 7951 instance-identifier, ${why}`);
}

/** The predicates from `pos` on; returns them and the offset after the last. */
function readPredicates(text: string, start: number): { predicates: Predicate[]; end: number } {
  const predicates: Predicate[] = [];
  let pos = start;
  while (text[pos] === '[') {
    pos++;
    while (text[pos] === ' ') pos++;
    let name: string;
    if (text[pos] === '.') {
      name = '.';
      pos++;
    } else {
      const match = NAME.exec(text.slice(pos));
      if (match === null) {
        throw invalid(
          text,
          /^[0-9]/.test(text.slice(pos))
            ? `positional predicates are not supported (offset ${pos}); name the keys`
            : `expected a key name at offset ${pos}`,
        );
      }
      name = match[2]!;
      pos += match[0].length;
    }
    while (text[pos] === ' ') pos++;
    if (text[pos] !== '=') {
      throw invalid(text, `expected '=' at offset ${pos}`);
    }
    pos++;
    while (text[pos] === ' ') pos++;
    const quote = text[pos];
    if (quote !== "'" && quote !== '"') {
      throw invalid(text, `expected a quoted value at offset ${pos}`);
    }
    const close = text.indexOf(quote, pos + 1);
    if (close < 0) {
      throw invalid(text, `unterminated value at offset ${pos}`);
    }
    predicates.push({ name, value: text.slice(pos + 1, close) });
    pos = close + 1;
    while (text[pos] === ' ') pos++;
    if (text[pos] !== ']') {
      throw invalid(text, `expected ']' at offset ${pos}`);
    }
    pos++;
  }
  return { predicates, end: pos };
}

/** The `=...` part of a segment for `node` and its predicates ('' for none). */
function keysText(
  text: string,
  node: DataNodeSchema,
  predicates: readonly Predicate[],
  last: boolean,
): string {
  if (node.kind === 'list') {
    if (predicates.length === 0) {
      if (!last) {
        throw invalid(text, `list ${node.qname} needs its keys to be followed by more nodes`);
      }
      return '';
    }
    const byName = new Map<string, string>();
    for (const p of predicates) {
      if (byName.has(p.name)) {
        throw invalid(text, `key ${p.name} of ${node.qname} is given twice`);
      }
      byName.set(p.name, p.value);
    }
    const values = node.keys.map((key: QName) => {
      const local = key.slice(key.indexOf(':') + 1);
      const value = byName.get(local);
      if (value === undefined) {
        throw invalid(text, `list ${node.qname} needs key ${local}`);
      }
      byName.delete(local);
      return encodeURIComponent(value);
    });
    if (byName.size > 0) {
      throw invalid(text, `${[...byName.keys()].join(', ')} is not a key of ${node.qname}`);
    }
    return `=${values.join(',')}`;
  }
  if (predicates.length === 0) {
    return '';
  }
  if (node.kind === 'leaf-list' && predicates.length === 1 && predicates[0]!.name === '.') {
    return `=${encodeURIComponent(predicates[0]!.value)}`;
  }
  throw invalid(text, `${node.qname} takes no such predicate`);
}

/** The RFC 8040 path of RFC 7951 instance-identifier `text`; throws InvalidPathError. */
export function pathOfInstanceIdentifier(schema: SchemaContext, text: string): string {
  if (!text.startsWith('/')) {
    throw invalid(text, "it must start with '/'");
  }
  let out = '';
  let pos = 0;
  let module: string | undefined;
  let children = schema.root.children;
  while (pos < text.length) {
    if (text[pos] !== '/') {
      throw invalid(text, `expected '/' at offset ${pos}`);
    }
    pos++;
    const match = NAME.exec(text.slice(pos));
    if (match === null) {
      throw invalid(text, `expected a node name at offset ${pos}`);
    }
    const mod = match[1] ?? module;
    if (mod === undefined) {
      throw invalid(text, 'the first node must be module-qualified');
    }
    const node = children.get(`${mod}:${match[2]!}`);
    if (node === undefined) {
      throw invalid(text, `no data node ${mod}:${match[2]!} there`);
    }
    pos += match[0].length;
    const { predicates, end } = readPredicates(text, pos);
    pos = end;
    const name = node.module === module ? node.name : node.qname;
    out += `/${name}${keysText(text, node, predicates, pos >= text.length)}`;
    module = node.module;
    if (node.kind === 'container' || node.kind === 'list') {
      children = node.children;
    } else if (pos < text.length) {
      throw invalid(text, `${node.qname} has no children`);
    }
  }
  return out === '' ? '/' : out;
}

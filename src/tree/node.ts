/**
 * The immutable nodes of the data tree (yangtools' TreeNode over NormalizedNode, merged into one shape).
 * A tree is never changed in place: a change copies the path from the changed node up to the root and
 * shares everything else, so a snapshot is just a root reference and costs nothing to take.
 *
 * Node kinds follow the data, not the schema: `container` (a container or the datastore root), `list`
 * (all entries of a list, keyed by their encoded key), `entry` (one list entry), `leaf-list` (all values,
 * keyed by their encoded value), `value` (one leaf-list value), `leaf` and `anydata`. Choice and case
 * never appear: their children live directly in the parent (see schema.ts).
 *
 * Invariants of a committed tree:
 * - Every node carries `version` (changed when the node itself is written, replaced or created) and
 *   `subtreeVersion` (changed when the node or anything below it changes). Optimistic concurrency compares
 *   these (conflicts.ts). Versions are opaque: only equality means anything. Every modification owns
 *   a version of its own, and the nodes it builds (including those the JSON codec decodes for it)
 *   carry it from the start.
 * - Non-presence containers, lists and leaf-lists with no content are absent, never stored empty.
 * - List entries and leaf-list values carry `seq`, their position: iteration sorts by it. A list keeps
 *   `nextSeq`, above every `seq` in it, for appending.
 * - Leaf values are RFC 7951 JSON scalars already normalised by their type (values.ts).
 */
import type { JsonScalar, JsonValue } from '../yang/schema.js';
import { pushAll } from '../util/arrays.js';
import { assert } from '../util/assert.js';
import { ChildMap } from './child-map.js';
import { PersistentMap } from './hamt.js';

/** An opaque commit version; only equality is meaningful. */
export type Version = number;

interface Versioned {
  readonly version: Version;
  readonly subtreeVersion: Version;
}

/** A container, or the datastore root. Children are keyed by QName (`module:name`). */
export interface ContainerNode extends Versioned {
  readonly kind: 'container';
  readonly children: Children;
}

/** One entry of a list. `key` is the encoded key (see encodeKey), `keys` the key leaf values. */
export interface EntryNode extends Versioned {
  readonly kind: 'entry';
  readonly key: string;
  readonly keys: readonly JsonScalar[];
  readonly seq: number;
  readonly children: Children;
}

/** A whole list: its entries keyed by encoded key. */
export interface ListNode extends Versioned {
  readonly kind: 'list';
  readonly entries: PersistentMap<EntryNode>;
  readonly nextSeq: number;
}

/** A whole leaf-list: its values keyed by encoded value. */
export interface LeafListNode extends Versioned {
  readonly kind: 'leaf-list';
  readonly entries: PersistentMap<ValueNode>;
  readonly nextSeq: number;
}

/** One value of a leaf-list. */
export interface ValueNode extends Versioned {
  readonly kind: 'value';
  readonly key: string;
  readonly value: JsonScalar;
  readonly seq: number;
}

export interface LeafNode extends Versioned {
  readonly kind: 'leaf';
  readonly value: JsonScalar;
}

/** anydata/anyxml content, kept as opaque (deep-frozen) JSON. */
export interface AnydataNode extends Versioned {
  readonly kind: 'anydata';
  readonly value: JsonValue;
}

export type TreeNode =
  ContainerNode | EntryNode | ListNode | LeafListNode | ValueNode | LeafNode | AnydataNode;

/** Nodes with a child map keyed by QName. */
export type ParentNode = ContainerNode | EntryNode;

/** The children of a container or entry, by QName. */
export type Children = ChildMap<TreeNode>;

/** The shared empty child map. */
export const NO_CHILDREN: Children = ChildMap.empty<TreeNode>();

const EMPTY_LEAF_VALUE: readonly [null] = Object.freeze<[null]>([null]);

/** The RFC 7951 value of type `empty`, shared and frozen. */
export function emptyValue(): readonly [null] {
  return EMPTY_LEAF_VALUE;
}

export function containerNode(
  children: Children,
  version: Version,
  subtreeVersion: Version = version,
): ContainerNode {
  return { kind: 'container', children, version, subtreeVersion };
}

export function entryNode(
  key: string,
  keys: readonly JsonScalar[],
  seq: number,
  children: Children,
  version: Version,
  subtreeVersion: Version = version,
): EntryNode {
  return { kind: 'entry', key, keys, seq, children, version, subtreeVersion };
}

export function listNode(
  entries: PersistentMap<EntryNode>,
  nextSeq: number,
  version: Version,
  subtreeVersion: Version = version,
): ListNode {
  return { kind: 'list', entries, nextSeq, version, subtreeVersion };
}

export function leafListNode(
  entries: PersistentMap<ValueNode>,
  nextSeq: number,
  version: Version,
  subtreeVersion: Version = version,
): LeafListNode {
  return { kind: 'leaf-list', entries, nextSeq, version, subtreeVersion };
}

export function valueNode(
  key: string,
  value: JsonScalar,
  seq: number,
  version: Version,
): ValueNode {
  return { kind: 'value', key, value, seq, version, subtreeVersion: version };
}

export function leafNode(value: JsonScalar, version: Version): LeafNode {
  return { kind: 'leaf', value, version, subtreeVersion: version };
}

export function anydataNode(value: JsonValue, version: Version): AnydataNode {
  return { kind: 'anydata', value, version, subtreeVersion: version };
}

/** The child of `node` under `key` (a QName, an encoded entry key or an encoded value). */
export function childOf(node: TreeNode | undefined, key: string): TreeNode | undefined {
  if (node === undefined) {
    return undefined;
  }
  switch (node.kind) {
    case 'container':
    case 'entry':
      return node.children.get(key);
    case 'list':
    case 'leaf-list':
      return node.entries.get(key);
    case 'value':
    case 'leaf':
    case 'anydata':
      return undefined;
  }
}

/** Number of direct children (entries for lists and leaf-lists, 0 for leaves). */
export function childCount(node: TreeNode): number {
  switch (node.kind) {
    case 'container':
    case 'entry':
      return node.children.size;
    case 'list':
    case 'leaf-list':
      return node.entries.size;
    case 'value':
    case 'leaf':
    case 'anydata':
      return 0;
  }
}

function bySeq(a: { readonly seq: number }, b: { readonly seq: number }): number {
  return a.seq - b.seq;
}

/**
 * Items sorted by their (unique) `seq`, all below `nextSeq`. When the positions are dense, placing
 * each item at its position is linear; otherwise a comparison sort.
 */
function bySeqOrder<T extends { readonly seq: number }>(items: T[], nextSeq: number): T[] {
  if (nextSeq > items.length * 2 + 16) {
    return items.sort(bySeq);
  }
  const slots = new Array<T | undefined>(nextSeq).fill(undefined);
  for (const item of items) {
    assert(
      item.seq < nextSeq && slots[item.seq] === undefined,
      () => `duplicate or stray seq ${item.seq}`,
    );
    slots[item.seq] = item;
  }
  const out: T[] = [];
  for (const slot of slots) {
    if (slot !== undefined) {
      out.push(slot);
    }
  }
  return out;
}

/** The entries of a list in order. */
export function orderedEntries(list: ListNode): EntryNode[] {
  return bySeqOrder(list.entries.values(), list.nextSeq);
}

/** The values of a leaf-list in order. */
export function orderedValues(leafList: LeafListNode): ValueNode[] {
  return bySeqOrder(leafList.entries.values(), leafList.nextSeq);
}

/**
 * How many nodes lie below `node` (not counting it). Walks with an explicit stack and counts the
 * childless kinds (leaf, value, anydata) without visiting them again, since a recovered shard's
 * status counts a million-entry tree once and a callback per node cost most of a second.
 */
export function countDescendants(node: TreeNode): number {
  let count = 0;
  const stack: TreeNode[] = [node];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    switch (top.kind) {
      case 'container':
      case 'entry': {
        const children = top.children;
        const n = children.size;
        count += n;
        for (let i = 0; i < n; i++) {
          const child = children.valueAt(i);
          if (child.kind !== 'leaf' && child.kind !== 'anydata') stack.push(child);
        }
        break;
      }
      case 'list': {
        count += top.entries.size;
        pushAll(stack, top.entries.values());
        break;
      }
      case 'leaf-list':
        count += top.entries.size;
        break;
      case 'value':
      case 'leaf':
      case 'anydata':
        break;
    }
  }
  return count;
}

/** Calls `fn` for every direct child with its key (unordered for lists and leaf-lists). */
export function forEachChild(node: TreeNode, fn: (child: TreeNode, key: string) => void): void {
  switch (node.kind) {
    case 'container':
    case 'entry':
      node.children.forEach(fn);
      return;
    case 'list':
      node.entries.forEach(fn);
      return;
    case 'leaf-list':
      node.entries.forEach(fn);
      return;
    case 'value':
    case 'leaf':
    case 'anydata':
      return;
  }
}

/**
 * Encodes one key or leaf-list value as a string that is injective per value: strings stand for
 * themselves, other scalars get a prefix that no YANG string may contain (C0 controls other than tab,
 * CR and LF are not allowed in YANG strings, RFC 7950 §9.4; values.ts rejects them).
 */
export function encodeScalar(value: JsonScalar): string {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number') {
    return '\u0001' + String(value);
  }
  if (typeof value === 'boolean') {
    return value ? '\u0002t' : '\u0002f';
  }
  return '\u0003';
}

/** Encodes the key values of a list entry (in key order) as the entry's map key. */
export function encodeKey(keys: readonly JsonScalar[]): string {
  if (keys.length === 1) {
    return encodeScalar(keys[0]!);
  }
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    if (i > 0) {
      out += '\u0000';
    }
    out += encodeScalar(keys[i]!);
  }
  return out;
}

/** Equality of two normalised scalars (the `empty` value [null] equals itself). */
export function scalarEquals(a: JsonScalar, b: JsonScalar): boolean {
  if (a === b) {
    return true;
  }
  return typeof a === 'object' && typeof b === 'object';
}

/** Deep equality of JSON values (anydata). */
export function jsonEquals(a: JsonValue, b: JsonValue): boolean {
  if (a === b) {
    return true;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) {
      return false;
    }
    const bb: readonly JsonValue[] = b;
    return (a as readonly JsonValue[]).every((v, i) => jsonEquals(v, bb[i]!));
  }
  const ao = a as Readonly<Record<string, JsonValue>>;
  const bo = b as Readonly<Record<string, JsonValue>>;
  const ak = Object.keys(ao);
  if (ak.length !== Object.keys(bo).length) {
    return false;
  }
  return ak.every((k) => Object.hasOwn(bo, k) && jsonEquals(ao[k]!, bo[k]!));
}

/**
 * `out[key] = value` as data, for any key: a plain assignment to `__proto__` would call the inherited
 * setter and replace the object's prototype instead of adding a member (RFC 7951 content, and YANG
 * identifiers, may well be named so). Objects keep Object.prototype, so readers get ordinary objects.
 */
export function setMember(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(out, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    out[key] = value;
  }
}

/** The empty datastore root. */
export function emptyRoot(version: Version): ContainerNode {
  return containerNode(NO_CHILDREN, version);
}

/** An empty list (never stored: used as the starting point of building one). */
export function emptyList(version: Version): ListNode {
  return listNode(PersistentMap.empty<EntryNode>(), 0, version);
}

/** An empty leaf-list (never stored: used as the starting point of building one). */
export function emptyLeafList(version: Version): LeafListNode {
  return leafListNode(PersistentMap.empty<ValueNode>(), 0, version);
}

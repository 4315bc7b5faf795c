/**
 * The binary codec of the data tree: a compact, deterministic encoding of (a) a modification as its
 * list of operations and (b) a whole tree, for the Raft log, snapshots and the journal (design 003:
 * "a journal where each successful transaction on a given shard is logged" and periodic snapshots).
 * Pure TypeScript over Uint8Array; no schema is needed to encode, and decoding rebuilds nodes that the
 * schema already validated where they were produced (a follower applies the leader's stream as is).
 *
 * Layout (all integers are unsigned LEB128 varints unless noted):
 *
 *   file      := "CNPY" formatVersion:u8 kind:u8 body      kind 1 = modification, 2 = tree
 *   mod body  := opCount op*
 *   op        := code:u8 path [node]    code 1 write (node), 2 merge (node), 3 delete, 4 ensure
 *                                       (ensure: the node exists, as a merge of nothing would)
 *   path      := argCount arg*
 *   arg       := 0 qname | 1 qname keyCount scalar* | 2 qname scalar     (node, entry, value)
 *   tree body := node                   (the root container)
 *   node      := 1 container children | 2 list count entryBody* | 3 leaf-list count scalar*
 *              | 4 leaf scalar | 5 anydata json | 6 entryBody | 7 value scalar
 *   entryBody := keyCount scalar* children          (keyless entries: keyCount 0; a child leaf
 *                                                  equal to key i is written 8 i)
 *   children  := count (qname node)*
 *   qname     := 0 utf8 (defines the next table index) | n (the (n-1)th defined name)
 *   scalar    := 0 utf8 | 1 n (integer n) | 9 n (integer -n) | 2 f64 (8 bytes, little endian)
 *              | 3 true | 4 false | 5 [null]
 *   json      := scalar | 6 null | 7 count json* | 8 count (utf8 json)*
 *   utf8      := byteLength bytes
 *
 * A modification's verifications (`DataTreeModification.verifyUnchanged`) are not operations and are
 * never encoded: they are checked where the modification is validated (the shard, against its tip),
 * before anything is journaled, so a journal, its replay and a follower's stream are the same bytes
 * with or without them.
 *
 * Determinism: children are written in their stored order, list entries and leaf-list values in
 * their position order, QName table indices in order of first use; so equal trees with equal histories
 * encode to equal bytes, and decode(encode(x)) re-encodes to the same bytes. Versions and positions
 * (`seq`) are not encoded: decoding gives fresh ones, preserving order.
 */
import type { JsonScalar, JsonValue } from '../yang/schema.js';
import { assert } from '../util/assert.js';
import { CanopyError } from '../util/errors.js';
import type { DataTree, ReplayBatch } from './data-tree.js';
import type { DataTreeCandidate } from './candidate.js';
import { ChildMap } from './child-map.js';
import { PersistentMap } from './hamt.js';
import type { DataTreeModification, DataTreeSnapshot } from './modification.js';
import {
  anydataNode,
  scalarEquals,
  containerNode,
  emptyValue,
  encodeKey,
  encodeScalar,
  entryNode,
  leafListNode,
  leafNode,
  listNode,
  orderedEntries,
  orderedValues,
  setMember,
  valueNode,
  type Children,
  type ContainerNode,
  type EntryNode,
  type TreeNode,
  type ValueNode,
  type Version,
} from './node.js';
import type { ModifiedNode } from './modified-node.js';
import type { ReplayOpCode, ReplayOps } from './replay.js';
import {
  appendArgSteps,
  resolveChild,
  rootPath,
  type PathStep,
  type InstanceIdentifier,
  type PathArgument,
  type ResolvedPath,
} from './path.js';

/** Bytes that are not a valid encoding (truncated, corrupt, or of another format version). */
export class BinaryDecodeError extends CanopyError {
  readonly code = 'binary-decode';
  constructor(message: string) {
    super(`binary tree decoding failed: ${message}`);
  }
}

const MAGIC = [0x43, 0x4e, 0x50, 0x59]; // "CNPY"
const FORMAT_VERSION = 1;
const KIND_MODIFICATION = 1;
const KIND_TREE = 2;

const OP_WRITE = 1;
const OP_MERGE = 2;
const OP_DELETE = 3;
const OP_ENSURE = 4;

const ARG_NODE = 0;
const ARG_ENTRY = 1;
const ARG_VALUE = 2;

const NODE_CONTAINER = 1;
const NODE_LIST = 2;
const NODE_LEAF_LIST = 3;
const NODE_LEAF = 4;
const NODE_ANYDATA = 5;
const NODE_ENTRY = 6;
const NODE_VALUE = 7;
const NODE_KEY_LEAF = 8;

const S_STRING = 0;
const S_INT = 1;
const S_FLOAT = 2;
const S_TRUE = 3;
const S_FALSE = 4;
const S_EMPTY = 5;
const J_NULL = 6;
const J_ARRAY = 7;
const J_OBJECT = 8;
const S_NEG_INT = 9;

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder('utf-8', { fatal: true });

/** Bytes the shared writer keeps between encodings; a larger one (a snapshot) is dropped after. */
const SHARED_WRITER_BYTES_MAX = 64 * 1024;

class ByteWriter {
  private buf = new Uint8Array(1024);
  /** Made by the first `f64()` on a buffer: most encodings hold no floating-point number. */
  private view: DataView | undefined;
  private pos = 0;
  private readonly names = new Map<string, number>();

  /** Starts a new encoding in this writer's buffer. */
  reset(): void {
    this.pos = 0;
    this.names.clear();
    if (this.buf.length > SHARED_WRITER_BYTES_MAX) {
      this.buf = new Uint8Array(1024);
      this.view = undefined;
    }
  }

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) {
      return;
    }
    let size = this.buf.length * 2;
    while (size < this.pos + n) {
      size *= 2;
    }
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = undefined;
  }

  u8(v: number): void {
    this.ensure(1);
    this.buf[this.pos++] = v;
  }

  /** An unsigned integer up to 2^53 - 1. */
  varint(v: number): void {
    this.ensure(8);
    while (v >= 0x80) {
      this.buf[this.pos++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.pos++] = v;
  }

  f64(v: number): void {
    this.ensure(8);
    this.view ??= new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
    this.view.setFloat64(this.pos, v, true);
    this.pos += 8;
  }

  utf8(s: string): void {
    const n = s.length;
    // ASCII fast path, in one pass: one byte per character, so the length is known up front; at the
    // first other character, start again the general way.
    const start = this.pos;
    this.varint(n);
    this.ensure(n);
    const buf = this.buf;
    let at = this.pos;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c > 0x7f) {
        at = -1;
        break;
      }
      buf[at++] = c;
    }
    if (at >= 0) {
      this.pos = at;
      return;
    }
    this.pos = start;
    const bytes = textEncoder.encode(s);
    this.varint(bytes.length);
    this.ensure(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  qname(q: string): void {
    const index = this.names.get(q);
    if (index !== undefined) {
      this.varint(index + 1);
      return;
    }
    this.names.set(q, this.names.size);
    this.varint(0);
    this.utf8(q);
  }

  /** A copy of what was written: the writer's buffer is reused by the next encoding. */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

/**
 * The writer every encoding uses. NB: encoding is synchronous and never nested, so one buffer serves
 * them all and a small encoding (a commit's operations) allocates only its result, not a growing
 * buffer and a DataView of its own each time.
 */
const sharedWriter = new ByteWriter();

function newWriter(): ByteWriter {
  sharedWriter.reset();
  return sharedWriter;
}

/** Strings up to this many bytes take the short ASCII path of `ByteReader.utf8`. */
const SHORT_TEXT_MAX = 64;
/** `shortText[n]`: a reused array of n character codes (decoding is synchronous and single-threaded). */
const shortText: (number[] | undefined)[] = [];

class ByteReader {
  private readonly buf: Uint8Array;
  /** Made by the first `f64()`: most journal records hold no number, and a DataView is not free. */
  private view: DataView | undefined;
  private pos = 0;
  private readonly names: string[] = [];

  constructor(buf: Uint8Array) {
    this.buf = buf;
  }

  get done(): boolean {
    return this.pos === this.buf.length;
  }

  private need(n: number): void {
    if (this.pos + n > this.buf.length) {
      throw new BinaryDecodeError(
        `truncated at byte ${this.pos} (needs ${n} more of ${this.buf.length})`,
      );
    }
  }

  u8(): number {
    this.need(1);
    return this.buf[this.pos++]!;
  }

  varint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.u8();
      result += (b & 0x7f) * scale;
      if (b < 0x80) {
        return result;
      }
      scale *= 0x80;
    }
    throw new BinaryDecodeError(`varint too long at byte ${this.pos}`);
  }

  f64(): number {
    this.need(8);
    const buf = this.buf;
    this.view ??= new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  utf8(): string {
    const n = this.varint();
    this.need(n);
    const start = this.pos;
    this.pos += n;
    if (n <= SHORT_TEXT_MAX) {
      // Short ASCII (names, keys): copied into a reused array of that length for apply(), so that
      // nothing but the string is allocated (a subarray view costs more than a short string).
      let chars = shortText[n];
      if (chars === undefined) {
        chars = new Array<number>(n).fill(0);
        shortText[n] = chars;
      }
      let ascii = true;
      for (let i = 0; i < n; i++) {
        const b = this.buf[start + i]!;
        if (b > 0x7f) {
          ascii = false;
          break;
        }
        chars[i] = b;
      }
      if (ascii) {
        return String.fromCharCode.apply(null, chars);
      }
    }
    try {
      return textDecoder.decode(this.buf.subarray(start, start + n));
    } catch {
      throw new BinaryDecodeError(`invalid UTF-8 at byte ${start}`);
    }
  }

  qname(): string {
    const ref = this.varint();
    if (ref === 0) {
      const q = this.utf8();
      this.names.push(q);
      return q;
    }
    const q = this.names[ref - 1];
    if (q === undefined) {
      throw new BinaryDecodeError(
        `name reference ${ref} before its definition at byte ${this.pos}`,
      );
    }
    return q;
  }
}

// ---- scalars and JSON

function writeScalar(w: ByteWriter, v: JsonScalar | null): void {
  if (typeof v === 'string') {
    w.u8(S_STRING);
    w.utf8(v);
  } else if (typeof v === 'number') {
    if (Number.isSafeInteger(v) && !Object.is(v, -0)) {
      w.u8(v < 0 ? S_NEG_INT : S_INT);
      w.varint(Math.abs(v));
    } else {
      w.u8(S_FLOAT);
      w.f64(v);
    }
  } else if (typeof v === 'boolean') {
    w.u8(v ? S_TRUE : S_FALSE);
  } else if (v === null) {
    w.u8(J_NULL);
  } else {
    w.u8(S_EMPTY);
  }
}

function readScalarTagged(r: ByteReader, tag: number): JsonScalar | undefined {
  switch (tag) {
    case S_STRING:
      return r.utf8();
    case S_INT:
      return r.varint();
    case S_NEG_INT:
      return -r.varint();
    case S_FLOAT:
      return r.f64();
    case S_TRUE:
      return true;
    case S_FALSE:
      return false;
    case S_EMPTY:
      return emptyValue();
    default:
      return undefined;
  }
}

function readScalar(r: ByteReader): JsonScalar {
  const tag = r.u8();
  const v = readScalarTagged(r, tag);
  if (v === undefined) {
    throw new BinaryDecodeError(`unknown scalar tag ${tag}`);
  }
  return v;
}

function writeJson(w: ByteWriter, v: JsonValue): void {
  if (Array.isArray(v)) {
    if (v.length === 1 && v[0] === null) {
      w.u8(S_EMPTY);
      return;
    }
    w.u8(J_ARRAY);
    w.varint(v.length);
    for (const item of v as readonly JsonValue[]) {
      writeJson(w, item);
    }
    return;
  }
  if (typeof v === 'object' && v !== null) {
    const keys = Object.keys(v);
    w.u8(J_OBJECT);
    w.varint(keys.length);
    for (const k of keys) {
      w.utf8(k);
      writeJson(w, (v as Readonly<Record<string, JsonValue>>)[k]!);
    }
    return;
  }
  writeScalar(w, v);
}

function readJson(r: ByteReader): JsonValue {
  const tag = r.u8();
  switch (tag) {
    case J_NULL:
      return null;
    case J_ARRAY: {
      const n = r.varint();
      const out: JsonValue[] = [];
      for (let i = 0; i < n; i++) {
        out.push(readJson(r));
      }
      return Object.freeze(out);
    }
    case J_OBJECT: {
      const n = r.varint();
      const out: Record<string, JsonValue> = {};
      for (let i = 0; i < n; i++) {
        setMember(out, r.utf8(), readJson(r));
      }
      return Object.freeze(out);
    }
    default: {
      const v = readScalarTagged(r, tag);
      if (v === undefined) {
        throw new BinaryDecodeError(`unknown JSON tag ${tag}`);
      }
      return v;
    }
  }
}

// ---- nodes

function writeChildren(
  w: ByteWriter,
  children: Children,
  keys: readonly JsonScalar[] | undefined,
): void {
  const n = children.size;
  w.varint(n);
  for (let i = 0; i < n; i++) {
    const child = children.valueAt(i);
    w.qname(children.keyAt(i));
    if (keys !== undefined && child.kind === 'leaf') {
      // A key leaf repeats a key value: refer to it instead of writing it again.
      const index = keys.indexOf(child.value);
      if (index >= 0) {
        w.u8(NODE_KEY_LEAF);
        w.varint(index);
        continue;
      }
    }
    writeNode(w, child);
  }
}

function writeEntryBody(w: ByteWriter, entry: EntryNode): void {
  w.varint(entry.keys.length);
  for (const k of entry.keys) {
    writeScalar(w, k);
  }
  writeChildren(w, entry.children, entry.keys.length === 0 ? undefined : entry.keys);
}

function writeNode(w: ByteWriter, node: TreeNode): void {
  switch (node.kind) {
    case 'container':
      w.u8(NODE_CONTAINER);
      writeChildren(w, node.children, undefined);
      return;
    case 'list': {
      w.u8(NODE_LIST);
      w.varint(node.entries.size);
      for (const e of orderedEntries(node)) {
        writeEntryBody(w, e);
      }
      return;
    }
    case 'leaf-list': {
      w.u8(NODE_LEAF_LIST);
      w.varint(node.entries.size);
      for (const v of orderedValues(node)) {
        writeScalar(w, v.value);
      }
      return;
    }
    case 'leaf':
      w.u8(NODE_LEAF);
      writeScalar(w, node.value);
      return;
    case 'anydata':
      w.u8(NODE_ANYDATA);
      writeJson(w, node.value);
      return;
    case 'entry':
      w.u8(NODE_ENTRY);
      writeEntryBody(w, node);
      return;
    case 'value':
      w.u8(NODE_VALUE);
      writeScalar(w, node.value);
      return;
  }
}

function readChildren(
  r: ByteReader,
  version: Version,
  keys: readonly JsonScalar[] | undefined,
): Children {
  const n = r.varint();
  // Exact-size arrays: a million entries hold a million of these.
  const names = new Array<string>(n);
  const nodes = new Array<TreeNode>(n);
  for (let i = 0; i < n; i++) {
    names[i] = r.qname();
    nodes[i] = readNode(r, version, keys);
  }
  return ChildMap.of(names, nodes);
}

function readEntryBody(r: ByteReader, seq: number, version: Version): EntryNode {
  const keyCount = r.varint();
  const keys = new Array<JsonScalar>(keyCount);
  for (let i = 0; i < keyCount; i++) {
    keys[i] = readScalar(r);
  }
  const children = readChildren(r, version, keys);
  const key = keyCount === 0 ? `\u0004${seq}` : encodeKey(keys);
  return entryNode(key, keys, seq, children, version);
}

function readNode(r: ByteReader, version: Version, keys?: readonly JsonScalar[]): TreeNode {
  const tag = r.u8();
  switch (tag) {
    case NODE_CONTAINER:
      return containerNode(readChildren(r, version, undefined), version);
    case NODE_KEY_LEAF: {
      const index = r.varint();
      const value = keys?.[index];
      if (value === undefined) {
        throw new BinaryDecodeError(`key reference ${index} outside a list entry's keys`);
      }
      return leafNode(value, version);
    }
    case NODE_LIST: {
      const n = r.varint();
      const keys: string[] = [];
      const entries: EntryNode[] = [];
      for (let i = 0; i < n; i++) {
        const e = readEntryBody(r, i, version);
        keys.push(e.key);
        entries.push(e);
      }
      const map = PersistentMap.fromEntries(keys, entries, (i) => {
        throw new BinaryDecodeError(`duplicate list entry ${i}`);
      });
      return listNode(map, n, version);
    }
    case NODE_LEAF_LIST: {
      const n = r.varint();
      const keys: string[] = [];
      const values: ValueNode[] = [];
      for (let i = 0; i < n; i++) {
        const v = readScalar(r);
        const key = encodeScalar(v);
        keys.push(key);
        values.push(valueNode(key, v, i, version));
      }
      const map = PersistentMap.fromEntries(keys, values, (i) => {
        throw new BinaryDecodeError(`duplicate leaf-list value ${i}`);
      });
      return leafListNode(map, n, version);
    }
    case NODE_LEAF:
      return leafNode(readScalar(r), version);
    case NODE_ANYDATA:
      return anydataNode(readJson(r), version);
    case NODE_ENTRY:
      return readEntryBody(r, 0, version);
    case NODE_VALUE: {
      const v = readScalar(r);
      return valueNode(encodeScalar(v), v, 0, version);
    }
    default:
      throw new BinaryDecodeError(`unknown node tag ${tag}`);
  }
}

// ---- framing

function writeHeader(w: ByteWriter, kind: number): void {
  for (const b of MAGIC) {
    w.u8(b);
  }
  w.u8(FORMAT_VERSION);
  w.u8(kind);
}

function readHeader(r: ByteReader, kind: number): void {
  for (let i = 0; i < MAGIC.length; i++) {
    if (r.u8() !== MAGIC[i]) {
      throw new BinaryDecodeError('not a canopy tree encoding (bad magic)');
    }
  }
  const format = r.u8();
  if (format !== FORMAT_VERSION) {
    throw new BinaryDecodeError(
      `format version ${format} is not supported (this build reads ${FORMAT_VERSION})`,
    );
  }
  const actual = r.u8();
  if (actual !== kind) {
    throw new BinaryDecodeError(`expected kind ${kind}, got ${actual}`);
  }
}

// ---- trees

/** Encodes a whole tree (a snapshot's root). */
export function encodeTree(root: ContainerNode): Uint8Array {
  const w = newWriter();
  writeHeader(w, KIND_TREE);
  writeNode(w, root);
  return w.bytes();
}

/** Decodes a whole tree; its nodes carry `version` (take one from DataTree.nextVersion()). */
export function decodeTree(bytes: Uint8Array, version: Version): ContainerNode {
  const r = new ByteReader(bytes);
  readHeader(r, KIND_TREE);
  const root = readNode(r, version);
  if (root.kind !== 'container' || !r.done) {
    throw new BinaryDecodeError('a tree encoding must hold exactly one root container');
  }
  return root;
}

/** Replaces the content of `tree` with a decoded tree (installing a snapshot). */
export function installTree(tree: DataTree, bytes: Uint8Array): void {
  tree.resetTo(decodeTree(bytes, tree.nextVersion()));
}

// ---- modifications

/** One decoded operation. */
export type TreeOperation =
  | { readonly op: 'write' | 'merge'; readonly path: InstanceIdentifier; readonly node: TreeNode }
  | { readonly op: 'delete' | 'ensure'; readonly path: InstanceIdentifier };

function writePath(w: ByteWriter, args: readonly PathArgument[]): void {
  w.varint(args.length);
  for (const arg of args) {
    switch (arg.kind) {
      case 'node':
        w.u8(ARG_NODE);
        w.qname(arg.qname);
        break;
      case 'entry':
        w.u8(ARG_ENTRY);
        w.qname(arg.qname);
        w.varint(arg.keys.length);
        for (const k of arg.keys) {
          writeScalar(w, k);
        }
        break;
      case 'value':
        w.u8(ARG_VALUE);
        w.qname(arg.qname);
        writeScalar(w, arg.value);
        break;
    }
  }
}

function readArg(r: ByteReader): PathArgument {
  const kind = r.u8();
  const qname = r.qname();
  if (kind === ARG_NODE) {
    return { kind: 'node', qname };
  }
  if (kind === ARG_ENTRY) {
    const count = r.varint();
    const keys: JsonScalar[] = [];
    for (let k = 0; k < count; k++) {
      keys.push(readScalar(r));
    }
    return { kind: 'entry', qname, keys };
  }
  if (kind === ARG_VALUE) {
    return { kind: 'value', qname, value: readScalar(r) };
  }
  throw new BinaryDecodeError(`unknown path argument kind ${kind}`);
}

function readPath(r: ByteReader): InstanceIdentifier {
  const n = r.varint();
  const args: PathArgument[] = [];
  for (let i = 0; i < n; i++) {
    args.push(readArg(r));
  }
  return { args };
}

function sameArg(a: PathArgument, b: PathArgument): boolean {
  if (a.kind !== b.kind || a.qname !== b.qname) {
    return false;
  }
  switch (a.kind) {
    case 'node':
      return true;
    case 'entry': {
      const bk = (b as typeof a).keys;
      return a.keys.length === bk.length && a.keys.every((k, i) => scalarEquals(k, bk[i]!));
    }
    case 'value':
      return scalarEquals(a.value, (b as typeof a).value);
  }
}

/**
 * Reads the paths of consecutive operations and resolves each against the schema, reusing what the
 * previous one shares with it: the operations of a modification come parent first, so most paths
 * differ from the last one in their final argument only (`.../node=n5`, then `.../node=n5/id`).
 */
class PathResolver {
  private readonly args: PathArgument[] = [];
  /** `resolved[i]` is the path of the first i arguments of the previous operation. */
  private readonly resolved: ResolvedPath[];

  constructor(root: ResolvedPath) {
    this.resolved = [root];
  }

  read(r: ByteReader): ResolvedPath {
    const n = r.varint();
    let shared = true;
    for (let i = 0; i < n; i++) {
      const arg = readArg(r);
      const previous = this.args[i];
      if (shared && previous !== undefined && sameArg(arg, previous)) {
        continue;
      }
      shared = false;
      this.args[i] = arg;
      this.resolved[i + 1] = resolveChild(this.resolved[i]!, arg);
    }
    this.args.length = n;
    this.resolved.length = n + 1;
    return this.resolved[n]!;
  }
}

/** The path argument that addresses `mod` (entries and values replace their list's argument). */
function argOf(mod: ModifiedNode): PathArgument {
  const qname = mod.schema!.qname;
  if (mod.kind === 'entry') {
    return { kind: 'entry', qname, keys: mod.keys };
  }
  if (mod.kind === 'value') {
    return { kind: 'value', qname, value: mod.keys[0]! };
  }
  return { kind: 'node', qname };
}

/** How many operations `writeOps` writes for a modification tree. */
function countOps(mod: ModifiedNode): number {
  let n: number;
  switch (mod.op) {
    case 'none':
      return 0;
    case 'write':
    case 'delete':
      return 1;
    case 'merge':
      if (mod.value !== undefined) return 1;
      n = 1;
      break;
    case 'touch':
      n = 0;
      break;
  }
  if (mod.children !== undefined) for (const child of mod.children.values()) n += countOps(child);
  return n;
}

/**
 * Writes the operations of a modification tree, parents before children, in recorded order. `args`
 * is the path of `mod`, a stack this walk pushes to and pops from (nothing is copied per node).
 */
function writeOps(w: ByteWriter, mod: ModifiedNode, args: PathArgument[]): void {
  switch (mod.op) {
    case 'none':
      return;
    case 'write':
      w.u8(OP_WRITE);
      writePath(w, args);
      writeNode(w, mod.value!);
      return;
    case 'delete':
      w.u8(OP_DELETE);
      writePath(w, args);
      return;
    case 'merge':
      if (mod.value !== undefined) {
        w.u8(OP_MERGE);
        writePath(w, args);
        writeNode(w, mod.value);
        return;
      }
      w.u8(OP_ENSURE);
      writePath(w, args);
      break;
    case 'touch':
      break;
  }
  if (mod.children === undefined) {
    return;
  }
  for (const child of mod.children.values()) {
    if (child.kind === 'entry' || child.kind === 'value') {
      // An entry (a value) is addressed by one argument that replaces its list's (leaf-list's).
      const list = args[args.length - 1]!;
      args[args.length - 1] = argOf(child);
      writeOps(w, child, args);
      args[args.length - 1] = list;
    } else {
      args.push(argOf(child));
      writeOps(w, child, args);
      args.pop();
    }
  }
}

/** Encodes a modification as its list of operations. */
export function encodeModification(mod: DataTreeModification): Uint8Array {
  const w = newWriter();
  writeHeader(w, KIND_MODIFICATION);
  w.varint(countOps(mod.root));
  writeOps(w, mod.root, []);
  return w.bytes();
}

/**
 * Encodes a list of operations as a modification (the inverse of `decodeOperations`). The journal
 * writes `encodeModification`'s canonical lists; this writes any list, in the given order, for tools
 * and tests (decoding applies the operations in order, as a transaction would have).
 */
export function encodeOperations(ops: readonly TreeOperation[]): Uint8Array {
  const codes = { write: OP_WRITE, merge: OP_MERGE, delete: OP_DELETE, ensure: OP_ENSURE };
  const w = newWriter();
  writeHeader(w, KIND_MODIFICATION);
  w.varint(ops.length);
  for (const op of ops) {
    w.u8(codes[op.op]);
    writePath(w, op.path.args);
    if (op.op === 'write' || op.op === 'merge') {
      writeNode(w, op.node);
    }
  }
  return w.bytes();
}

/** Decodes the operations of an encoded modification; nodes carry `version`. */
export function decodeOperations(bytes: Uint8Array, version: Version): TreeOperation[] {
  const r = new ByteReader(bytes);
  readHeader(r, KIND_MODIFICATION);
  const n = r.varint();
  const ops: TreeOperation[] = [];
  for (let i = 0; i < n; i++) {
    const code = r.u8();
    const path = readPath(r);
    switch (code) {
      case OP_WRITE:
        ops.push({ op: 'write', path, node: readNode(r, version) });
        break;
      case OP_MERGE:
        ops.push({ op: 'merge', path, node: readNode(r, version) });
        break;
      case OP_DELETE:
        ops.push({ op: 'delete', path });
        break;
      case OP_ENSURE:
        ops.push({ op: 'ensure', path });
        break;
      default:
        throw new BinaryDecodeError(`unknown operation code ${code}`);
    }
  }
  if (!r.done) {
    throw new BinaryDecodeError('trailing bytes after the last operation');
  }
  return ops;
}

/**
 * Decodes an encoded modification into a new modification of `base`, ready to validate or apply.
 * Paths are resolved against the base's schema (InvalidPathError when the schema lacks them).
 */
export function decodeModification(
  bytes: Uint8Array,
  base: DataTreeSnapshot,
  beforeReady?: (mod: DataTreeModification) => void,
): DataTreeModification {
  const mod = base.newModification();
  const r = new ByteReader(bytes);
  readHeader(r, KIND_MODIFICATION);
  const paths = new PathResolver(rootPath(base.context.schema));
  const n = r.varint();
  for (let i = 0; i < n; i++) {
    const code = r.u8();
    const path = paths.read(r);
    switch (code) {
      case OP_WRITE:
        mod.writeNode(path, readNode(r, mod.version));
        break;
      case OP_MERGE:
        mod.mergeNode(path, readNode(r, mod.version));
        break;
      case OP_DELETE:
        mod.delete(path);
        break;
      case OP_ENSURE:
        mod.ensure(path);
        break;
      default:
        throw new BinaryDecodeError(`unknown operation code ${code}`);
    }
  }
  if (!r.done) {
    throw new BinaryDecodeError('trailing bytes after the last operation');
  }
  beforeReady?.(mod);
  mod.ready();
  return mod;
}

/**
 * `mod` (ready) re-recorded on `base`: the same operations, in their canonical form, and the same
 * verified paths, as a ready modification of `base`'s tree. For a transaction built on a snapshot of
 * another tree whose content at that point equals `base`'s (another replica of the same shard at the
 * same applied index): validating the result against this tree's tip then judges conflicts exactly as
 * the other tree would have.
 */
export function rebaseModification(
  mod: DataTreeModification,
  base: DataTreeSnapshot,
): DataTreeModification {
  return decodeModification(encodeModification(mod), base, (rebased) => {
    for (const path of mod.verifications) rebased.verifyUnchanged(path.text);
  });
}

/**
 * Applies an encoded modification to `tree` without conflict or structural checks and commits it: for
 * replaying a stream validated where it was produced (a Raft follower, journal recovery). Returns the
 * candidate, for listeners.
 */
export function applyEncodedModification(tree: DataTree, bytes: Uint8Array): DataTreeCandidate {
  const mod = decodeModification(bytes, tree.takeSnapshot());
  assert(mod.isReady, () => 'decodeModification returns a ready modification');
  return tree.applyCommitted(mod);
}

/**
 * Reads the paths of consecutive operations as tree steps (replay's counterpart of PathResolver):
 * the steps of the arguments a path shares with the previous one are kept, the rest resolved. Reuses
 * its arrays (and allocates no argument it can compare in place) from one operation to the next.
 */
class StepResolver {
  private readonly schema: DataTree['schema'];
  private readonly args: PathArgument[] = [];
  private argCount = 0;
  /** `ends[i]`: how many steps the first i arguments of the current path make. */
  private readonly ends: number[] = [0];
  private readonly keys: JsonScalar[] = [];
  readonly steps: PathStep[] = [];
  /** The current path's steps: `steps[0 .. stepCount)`. */
  stepCount = 0;

  constructor(schema: DataTree['schema']) {
    this.schema = schema;
  }

  /** Forgets the previous path (each modification's first path shares nothing with the last one's). */
  reset(): void {
    this.argCount = 0;
    this.stepCount = 0;
  }

  /** Reads one path into `steps[0 .. stepCount)` (valid until the next read). */
  read(r: ByteReader): void {
    const n = r.varint();
    let shared = true;
    for (let i = 0; i < n; i++) {
      const arg = this.readArg(r, shared && i < this.argCount ? this.args[i] : undefined);
      if (arg === undefined) {
        continue;
      }
      shared = false;
      this.args[i] = arg;
      const at = this.ends[i]!;
      this.ends[i + 1] = appendArgSteps(this.schema, this.steps[at - 1], arg, this.steps, at);
    }
    this.argCount = n;
    this.stepCount = this.ends[n]!;
  }

  /** The next argument, or undefined when it equals `previous` (then nothing is allocated). */
  private readArg(r: ByteReader, previous: PathArgument | undefined): PathArgument | undefined {
    const kind = r.u8();
    const qname = r.qname();
    const same = previous !== undefined && previous.qname === qname;
    if (kind === ARG_NODE) {
      return same && previous.kind === 'node' ? undefined : { kind: 'node', qname };
    }
    if (kind === ARG_ENTRY) {
      const count = r.varint();
      const keys = this.keys;
      const before =
        same && previous.kind === 'entry' && previous.keys.length === count
          ? previous.keys
          : undefined;
      let equal = before !== undefined;
      for (let k = 0; k < count; k++) {
        keys[k] = readScalar(r);
        equal &&= scalarEquals(keys[k]!, before![k]!);
      }
      return equal ? undefined : { kind: 'entry', qname, keys: keys.slice(0, count) };
    }
    if (kind === ARG_VALUE) {
      const value = readScalar(r);
      const equal = same && previous.kind === 'value' && scalarEquals(value, previous.value);
      return equal ? undefined : { kind: 'value', qname, value };
    }
    throw new BinaryDecodeError(`unknown path argument kind ${kind}`);
  }
}

/** One resolver per schema, reused by every replayed modification (decoding is synchronous). */
const resolvers = new WeakMap<DataTree['schema'], StepResolver>();

function resolverFor(schema: DataTree['schema']): StepResolver {
  let resolver = resolvers.get(schema);
  if (resolver === undefined) {
    resolver = new StepResolver(schema);
    resolvers.set(schema, resolver);
  }
  resolver.reset();
  return resolver;
}

const REPLAY_CODES: readonly (ReplayOpCode | undefined)[] = [
  undefined,
  'write',
  'merge',
  'delete',
  'ensure',
];

/**
 * Decodes the operations of an encoded modification into `ops` (nodes built at `version`). False
 * when they are not in canonical form (replay.ts) or do not decode or resolve: the caller then takes
 * the slow path, which reports the error as it always has.
 */
function readReplayOps(
  tree: DataTree,
  bytes: Uint8Array,
  version: Version,
  ops: ReplayOps,
): boolean {
  ops.reset(tree.context.treeType);
  try {
    const r = new ByteReader(bytes);
    readHeader(r, KIND_MODIFICATION);
    const paths = resolverFor(tree.schema);
    const n = r.varint();
    for (let i = 0; i < n; i++) {
      const code = REPLAY_CODES[r.u8()];
      if (code === undefined) return false;
      paths.read(r);
      const node = code === 'write' || code === 'merge' ? readNode(r, version) : undefined;
      if (!ops.add(code, node, paths.steps, paths.stepCount)) return false;
    }
    return r.done;
  } catch {
    // Bytes that do not decode, or paths the schema does not have: the slow path reports it.
    return false;
  }
}

/**
 * Journal recovery's `applyEncodedModification`: applies an encoded modification to `tree` as one of
 * a replay run (`DataTree.replayCommitted`'s contract: no candidate, and the trees between two
 * modifications of the run are not snapshots). Operations in the canonical form
 * `encodeModification` writes are applied streamed (replay.ts), without a modification tree; any
 * other input goes through `decodeModification` and `DataTree.replayCommitted`, with the same
 * result and the same errors as `applyEncodedModification`.
 */
export function replayEncodedModification(
  tree: DataTree,
  bytes: Uint8Array,
  batch: ReplayBatch,
): void {
  const version = tree.nextVersion();
  if (readReplayOps(tree, bytes, version, batch.ops)) {
    tree.replayOps(batch, version);
    return;
  }
  tree.replayCommitted(decodeModification(bytes, tree.takeSnapshot()), batch);
}

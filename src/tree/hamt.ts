/**
 * A persistent (immutable, structurally shared) hash map from strings to values: a hash array mapped
 * trie (Bagwell's HAMT, as Clojure's PersistentHashMap and yangtools' MapAdaptor use). The data tree
 * keeps list entries and leaf-list values in it, so that changing one entry of a list with a million
 * entries copies a handful of small arrays instead of the whole list.
 *
 * Invariants: a map is never mutated once returned; `set` of an identical value and `delete` of an
 * absent key return the same map (callers use identity to detect "nothing changed"). Iteration order
 * is the trie's (deterministic for a given set of keys, independent of insertion order); callers that
 * need an order keep their own (the tree orders entries by an insertion sequence number).
 *
 * Layout, chosen for memory and for few dependent loads per level (a million-entry list is mostly trie):
 * a node is one array. A bitmap node is `[bitmap, k0, v0, k1, v1, …]`, slots in bit order; a slot whose
 * key is `null` holds a subnode. A collision node (keys with equal 32-bit hashes) is
 * `[COLLISION, hash, k0, v0, …]`. A builder (`PersistentMap.builder()`) mutates the nodes it created
 * in place; `fromEntries` builds a whole map in one pass, the fast path for bulk loads.
 *
 * Transient ownership across builders (`TrieOwnership`): builders given the same ownership also
 * change in place the nodes that earlier builders of it created, so a run of edits to one map (a
 * journal replayed commit by commit) copies each trie node at most once instead of once per edit.
 * The price is the invariant above: a map built under an ownership may change until the ownership is
 * dropped, so only the last one may be kept (see `PersistentMap.builder`).
 */

const BITS = 5;
const MASK = 31;

/** Marks a collision node in slot 0 (a bitmap node has a number there). */
const COLLISION = '\u0000collision';

/** A trie node: see the layout in the file comment. */
export type TrieNode = unknown[];

/** FNV-1a over UTF-16 code units, finished with a murmur3-style mix for better low bits. */
export function hashString(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

const EMPTY_NODE: TrieNode = [0];

/** Nodes a builder created and may still change in place; undefined for persistent operations. */
type Owned = Set<TrieNode> | undefined;

/**
 * Trie nodes created under one transient ownership (see the file comment): every builder given it
 * edits them in place. Drop it (stop passing it) to make the maps built so far immutable again.
 */
export class TrieOwnership {
  /** @internal */
  readonly nodes = new Set<TrieNode>();

  /** How many trie nodes it owns. */
  get size(): number {
    return this.nodes.size;
  }
}

/** Result flag of an insert: whether the key was new. */
interface AddedBox {
  added: boolean;
}

function isCollision(node: TrieNode): boolean {
  return node[0] === COLLISION;
}

/** A copy of `node` unless `owned` says it may be changed in place. */
function editable(node: TrieNode, owned: Owned): TrieNode {
  if (owned?.has(node) === true) {
    return node;
  }
  const copy = node.slice();
  owned?.add(copy);
  return copy;
}

function fresh(node: TrieNode, owned: Owned): TrieNode {
  owned?.add(node);
  return node;
}

function mergeTwo(
  shift: number,
  k1: string,
  h1: number,
  v1: unknown,
  k2: string,
  h2: number,
  v2: unknown,
  owned: Owned,
): TrieNode {
  if (h1 === h2) {
    return fresh([COLLISION, h1, k1, v1, k2, v2], owned);
  }
  const i1 = (h1 >>> shift) & MASK;
  const i2 = (h2 >>> shift) & MASK;
  if (i1 === i2) {
    const sub = mergeTwo(shift + BITS, k1, h1, v1, k2, h2, v2, owned);
    return fresh([1 << i1, null, sub], owned);
  }
  const bitmap = (1 << i1) | (1 << i2);
  return fresh(i1 < i2 ? [bitmap, k1, v1, k2, v2] : [bitmap, k2, v2, k1, v1], owned);
}

function nodeGet(root: TrieNode, key: string, hash: number): unknown {
  let node = root;
  let shift = 0;
  for (;;) {
    const bitmap = node[0];
    if (typeof bitmap !== 'number') {
      for (let i = 2; i < node.length; i += 2) {
        if (node[i] === key) {
          return node[i + 1];
        }
      }
      return undefined;
    }
    const bit = 1 << ((hash >>> shift) & MASK);
    if ((bitmap & bit) === 0) {
      return undefined;
    }
    const at = 1 + 2 * popcount(bitmap & (bit - 1));
    const k = node[at];
    if (k === null) {
      node = node[at + 1] as TrieNode;
      shift += BITS;
      continue;
    }
    return k === key ? node[at + 1] : undefined;
  }
}

function collisionSet(
  node: TrieNode,
  shift: number,
  key: string,
  hash: number,
  val: unknown,
  owned: Owned,
  box: AddedBox,
): TrieNode {
  const nodeHash = node[1] as number;
  if (hash !== nodeHash) {
    // A collision node sits where two equal hashes first met; a key with another hash splits it:
    // wrap it in a bitmap node at this level and insert beside it.
    const wrapped = fresh([1 << ((nodeHash >>> shift) & MASK), null, node], owned);
    return nodeSet(wrapped, shift, key, hash, val, owned, box);
  }
  for (let i = 2; i < node.length; i += 2) {
    if (node[i] === key) {
      if (node[i + 1] === val) {
        return node;
      }
      const out = editable(node, owned);
      out[i + 1] = val;
      return out;
    }
  }
  const out = editable(node, owned);
  out.push(key, val);
  box.added = true;
  return out;
}

function nodeSet(
  node: TrieNode,
  shift: number,
  key: string,
  hash: number,
  val: unknown,
  owned: Owned,
  box: AddedBox,
): TrieNode {
  if (isCollision(node)) {
    return collisionSet(node, shift, key, hash, val, owned, box);
  }
  const bitmap = node[0] as number;
  const bit = 1 << ((hash >>> shift) & MASK);
  const at = 1 + 2 * popcount(bitmap & (bit - 1));
  if ((bitmap & bit) === 0) {
    const out = editable(node, owned);
    out[0] = bitmap | bit;
    out.splice(at, 0, key, val);
    box.added = true;
    return out;
  }
  const k = node[at];
  const current = node[at + 1];
  if (k === null) {
    const sub = current as TrieNode;
    const next = nodeSet(sub, shift + BITS, key, hash, val, owned, box);
    if (next === sub) {
      return node;
    }
    const out = editable(node, owned);
    out[at + 1] = next;
    return out;
  }
  if (k === key) {
    if (current === val) {
      return node;
    }
    const out = editable(node, owned);
    out[at + 1] = val;
    return out;
  }
  const existing = k as string;
  const sub = mergeTwo(
    shift + BITS,
    existing,
    hashString(existing),
    current,
    key,
    hash,
    val,
    owned,
  );
  box.added = true;
  const out = editable(node, owned);
  out[at] = null;
  out[at + 1] = sub;
  return out;
}

/** `node` without `key`; undefined when it becomes empty; `node` itself when `key` is absent. */
function nodeDelete(
  node: TrieNode,
  shift: number,
  key: string,
  hash: number,
): TrieNode | undefined {
  if (isCollision(node)) {
    for (let i = 2; i < node.length; i += 2) {
      if (node[i] === key) {
        if (node.length === 4) {
          return undefined;
        }
        const out = node.slice();
        out.splice(i, 2);
        return out;
      }
    }
    return node;
  }
  const bitmap = node[0] as number;
  const bit = 1 << ((hash >>> shift) & MASK);
  if ((bitmap & bit) === 0) {
    return node;
  }
  const at = 1 + 2 * popcount(bitmap & (bit - 1));
  const k = node[at];
  if (k === null) {
    const sub = node[at + 1] as TrieNode;
    const next = nodeDelete(sub, shift + BITS, key, hash);
    if (next === sub) {
      return node;
    }
    const out = node.slice();
    if (next === undefined) {
      out[0] = bitmap & ~bit;
      out.splice(at, 2);
      return out.length === 1 ? undefined : out;
    }
    // Pull a lone entry up so that the trie stays canonical (no single-entry subnodes).
    const lone = loneEntry(next);
    if (lone !== undefined) {
      out[at] = lone[0];
      out[at + 1] = lone[1];
    } else {
      out[at + 1] = next;
    }
    return out;
  }
  if (k !== key) {
    return node;
  }
  if (node.length === 3) {
    return undefined;
  }
  const out = node.slice();
  out[0] = bitmap & ~bit;
  out.splice(at, 2);
  return out;
}

/** The key and value of a node that holds exactly one entry (and no subnode), else undefined. */
function loneEntry(node: TrieNode): [string, unknown] | undefined {
  if (isCollision(node)) {
    return node.length === 4 ? [node[2] as string, node[3]] : undefined;
  }
  return node.length === 3 && node[1] !== null ? [node[1] as string, node[2]] : undefined;
}

function nodeForEach(node: TrieNode, fn: (value: unknown, key: string) => void): void {
  const start = isCollision(node) ? 2 : 1;
  for (let i = start; i < node.length; i += 2) {
    const k = node[i];
    if (k === null) {
      nodeForEach(node[i + 1] as TrieNode, fn);
    } else {
      fn(node[i + 1], k as string);
    }
  }
}

/**
 * The sort key that orders hashes the way the trie visits them: the 5-bit chunk used at the root
 * (the lowest bits) most significant, then the next chunk, and so on.
 */
function trieOrder(h: number): number {
  return (
    (((h & 31) << 27) |
      (((h >>> 5) & 31) << 22) |
      (((h >>> 10) & 31) << 17) |
      (((h >>> 15) & 31) << 12) |
      (((h >>> 20) & 31) << 7) |
      (((h >>> 25) & 31) << 2) |
      (h >>> 30)) >>>
    0
  );
}

/** Indices 0..n-1 stably sorted by `sortKeys` (LSD radix sort, 4 passes of 8 bits). */
function radixOrder(sortKeys: Uint32Array): Uint32Array {
  const n = sortKeys.length;
  let from = new Uint32Array(n);
  let to = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    from[i] = i;
  }
  const counts = new Uint32Array(256);
  for (let pass = 0; pass < 4; pass++) {
    const shift = pass * 8;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      counts[(sortKeys[from[i]!]! >>> shift) & 255]!++;
    }
    let sum = 0;
    for (let b = 0; b < 256; b++) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const idx = from[i]!;
      to[counts[(sortKeys[idx]! >>> shift) & 255]!++] = idx;
    }
    [from, to] = [to, from];
  }
  return from;
}

/**
 * At or below this many entries, `fromEntries` orders them with an insertion sort over plain arrays.
 * The radix sort's fixed cost (six typed arrays, four passes over 256 buckets) is some thousand steps,
 * which dwarfs the work for the few values of a leaf-list or the entries of a short list: a 2-entry
 * map took about 5 µs that way.
 */
const SMALL_BUILD_MAX = 32;

/** The input of a bulk build, in trie order. */
interface BulkBuild {
  readonly keys: readonly string[];
  readonly values: readonly unknown[];
  /** The hashes in trie order (the build scans ranges of them repeatedly, so read sequentially). */
  readonly sorted: ArrayLike<number>;
  /** `order[i]` is the input index of the i-th entry in trie order. */
  readonly order: ArrayLike<number>;
  readonly onDuplicate: (index: number) => void;
  size: number;
}

/** Hashes and input indices of `keys` in trie order, stably (insertion sort; for small inputs). */
function smallOrder(keys: readonly string[]): { sorted: number[]; order: number[] } {
  const n = keys.length;
  const sortKeys: number[] = [];
  const sorted: number[] = [];
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const h = hashString(keys[i]!);
    const sk = trieOrder(h);
    sortKeys.push(sk);
    sorted.push(h);
    order.push(i);
    let j = i;
    // Strictly greater: an equal sort key stays behind the earlier input (stable; duplicates of a key
    // are then reported at their later index).
    while (j > 0 && sortKeys[j - 1]! > sk) {
      sortKeys[j] = sortKeys[j - 1]!;
      sorted[j] = sorted[j - 1]!;
      order[j] = order[j - 1]!;
      j--;
    }
    sortKeys[j] = sk;
    sorted[j] = h;
    order[j] = i;
  }
  return { sorted, order };
}

/**
 * Builds the trie of the entries `lo..hi` (in trie order, all agreeing below `shift`), bottom-up and
 * without intermediate copies. A key that repeats an earlier one is reported and skipped.
 */
function buildRange(input: BulkBuild, lo: number, hi: number, shift: number): TrieNode {
  const { keys, values, sorted, order } = input;
  const first = sorted[lo]!;
  if (sorted[hi - 1]! === first) {
    // Every hash in the range is equal: a collision node (duplicates are dropped here).
    const out: unknown[] = [COLLISION, first];
    for (let i = lo; i < hi; i++) {
      const idx = order[i]!;
      let duplicate = false;
      for (let j = 2; j < out.length; j += 2) {
        duplicate ||= out[j] === keys[idx];
      }
      if (duplicate) {
        input.onDuplicate(idx);
        continue;
      }
      out.push(keys[idx], values[idx]);
    }
    input.size += (out.length - 2) / 2;
    return out.length === 4 ? [1 << ((first >>> shift) & MASK), out[2], out[3]] : out;
  }
  // Count the slots first, so the node is allocated at its final size.
  let slots = 0;
  for (let i = lo; i < hi;) {
    const chunk = (sorted[i]! >>> shift) & MASK;
    while (i < hi && ((sorted[i]! >>> shift) & MASK) === chunk) {
      i++;
    }
    slots++;
  }
  const node = new Array<unknown>(1 + 2 * slots);
  let bitmap = 0;
  let at = 1;
  let i = lo;
  while (i < hi) {
    const chunk = (sorted[i]! >>> shift) & MASK;
    let j = i + 1;
    while (j < hi && ((sorted[j]! >>> shift) & MASK) === chunk) {
      j++;
    }
    bitmap |= 1 << chunk;
    if (j - i === 1) {
      const idx = order[i]!;
      node[at] = keys[idx];
      node[at + 1] = values[idx];
      input.size++;
    } else {
      const sub = buildRange(input, i, j, shift + BITS);
      const lone = loneEntry(sub);
      if (lone !== undefined) {
        // Duplicates collapsed the group to one entry: keep it inline.
        node[at] = lone[0];
        node[at + 1] = lone[1];
      } else {
        node[at] = null;
        node[at + 1] = sub;
      }
    }
    at += 2;
    i = j;
  }
  node[0] = bitmap;
  return node;
}

/** An immutable string-keyed map with structural sharing. */
export class PersistentMap<V> {
  /** The number of entries. */
  readonly size: number;
  private readonly root: TrieNode;

  private constructor(root: TrieNode, size: number) {
    this.root = root;
    this.size = size;
  }

  private static readonly EMPTY = new PersistentMap<never>(EMPTY_NODE, 0);

  /** The empty map (a shared instance). */
  static empty<V>(): PersistentMap<V> {
    return PersistentMap.EMPTY;
  }

  /**
   * A builder that mutates in place until `build()`; start from `base` to extend an existing map.
   * With `ownership`, the builder also changes in place the nodes earlier builders of the same
   * ownership created, and the nodes it creates join it: maps built under it (`base` included) may
   * change until the ownership is dropped, so keep only the newest.
   */
  static builder<V>(base?: PersistentMap<V>, ownership?: TrieOwnership): PersistentMapBuilder<V> {
    return new PersistentMapBuilder<V>(base ?? PersistentMap.empty<V>(), ownership);
  }

  /**
   * Builds a map from parallel arrays in one pass (much faster than repeated `set` for bulk loads).
   * A key that repeats an earlier one is skipped and reported to `onDuplicate` with its index.
   */
  static fromEntries<V>(
    keys: readonly string[],
    values: readonly V[],
    onDuplicate: (index: number) => void = () => undefined,
  ): PersistentMap<V> {
    const n = keys.length;
    if (n === 0) {
      return PersistentMap.empty<V>();
    }
    let sorted: ArrayLike<number>;
    let order: ArrayLike<number>;
    if (n <= SMALL_BUILD_MAX) {
      ({ sorted, order } = smallOrder(keys));
    } else {
      const hashes = new Uint32Array(n);
      const sortKeys = new Uint32Array(n);
      for (let i = 0; i < n; i++) {
        const h = hashString(keys[i]!);
        hashes[i] = h;
        sortKeys[i] = trieOrder(h);
      }
      order = radixOrder(sortKeys);
      const inOrder = new Uint32Array(n);
      for (let i = 0; i < n; i++) {
        inOrder[i] = hashes[order[i]!]!;
      }
      sorted = inOrder;
    }
    const input: BulkBuild = { keys, values, sorted, order, onDuplicate, size: 0 };
    const root = buildRange(input, 0, n, 0);
    return PersistentMap.fromRoot(root, input.size);
  }

  /** @internal Used by the builder. */
  static fromRoot<V>(root: TrieNode, size: number): PersistentMap<V> {
    return size === 0 ? PersistentMap.empty<V>() : new PersistentMap(root, size);
  }

  /** @internal Used by the builder. */
  rootNode(): TrieNode {
    return this.root;
  }

  get(key: string): V | undefined {
    return nodeGet(this.root, key, hashString(key)) as V | undefined;
  }

  has(key: string): boolean {
    return nodeGet(this.root, key, hashString(key)) !== undefined;
  }

  /** A map with `key` bound to `value`; this map itself when it already was. */
  set(key: string, value: V): PersistentMap<V> {
    const box: AddedBox = { added: false };
    const root = nodeSet(this.root, 0, key, hashString(key), value, undefined, box);
    if (root === this.root) {
      return this;
    }
    return new PersistentMap(root, box.added ? this.size + 1 : this.size);
  }

  /** A map without `key`; this map itself when `key` is absent. */
  delete(key: string): PersistentMap<V> {
    const root = nodeDelete(this.root, 0, key, hashString(key));
    if (root === this.root) {
      return this;
    }
    return root === undefined ? PersistentMap.empty<V>() : new PersistentMap(root, this.size - 1);
  }

  /** Calls `fn` for every entry, in trie order. */
  forEach(fn: (value: V, key: string) => void): void {
    nodeForEach(this.root, fn as (value: unknown, key: string) => void);
  }

  /** The values, in trie order. */
  values(): V[] {
    const out = new Array<V>(this.size);
    let i = 0;
    nodeForEach(this.root, (v) => {
      out[i++] = v as V;
    });
    return out;
  }

  /** The keys, in trie order. */
  keys(): string[] {
    const out: string[] = [];
    nodeForEach(this.root, (_v, k) => out.push(k));
    return out;
  }
}

/** Bulk construction of a PersistentMap; the builder must not be used after `build()`. */
export class PersistentMapBuilder<V> {
  private root: TrieNode;
  private count: number;
  private owned: Set<TrieNode> | undefined;

  /** @internal Use `PersistentMap.builder()`. */
  constructor(base: PersistentMap<V>, ownership?: TrieOwnership) {
    this.root = base.rootNode();
    this.count = base.size;
    this.owned = ownership?.nodes ?? new Set();
  }

  get size(): number {
    return this.count;
  }

  get(key: string): V | undefined {
    return nodeGet(this.root, key, hashString(key)) as V | undefined;
  }

  set(key: string, value: V): this {
    if (this.owned === undefined) {
      throw new Error('PersistentMapBuilder used after build()');
    }
    const box: AddedBox = { added: false };
    this.root = nodeSet(this.root, 0, key, hashString(key), value, this.owned, box);
    if (box.added) {
      this.count++;
    }
    return this;
  }

  /** Removes `key` (copying the path; deletes are rare in bulk loads). */
  delete(key: string): this {
    const root = nodeDelete(this.root, 0, key, hashString(key));
    if (root !== this.root) {
      this.root = root ?? EMPTY_NODE;
      this.count--;
    }
    return this;
  }

  build(): PersistentMap<V> {
    this.owned = undefined;
    return PersistentMap.fromRoot(this.root, this.count);
  }
}

/**
 * A persistent (immutable, structurally shared) hash map from strings to values: a hash array mapped
 * trie (Bagwell's HAMT, as Clojure's PersistentHashMap and yangtools' MapAdaptor use). The data tree
 * keeps list entries and leaf-list values in it, so that changing one entry of a list with a million
 * entries copies a handful of 32-slot nodes instead of the whole list.
 *
 * Invariants: a map is never mutated once returned; `set` of an identical value and `delete` of an
 * absent key return the same map (callers use identity to detect "nothing changed"). Iteration order
 * is the trie's (deterministic for a given set of keys, independent of insertion order); callers that
 * need an order keep their own (the tree orders entries by an insertion sequence number).
 *
 * A builder (`PersistentMap.builder()`) mutates nodes it owns in place and is the fast path for bulk
 * loads (decoding a snapshot, writing a whole list); `build()` freezes it.
 */

const BITS = 5;
const MASK = 31;
/** Beyond this shift the 32-bit hash is exhausted and equal hashes go to a collision node. */
const MAX_SHIFT = 30;

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

/** An owner token: nodes whose `edit` is the builder's token may be mutated by that builder. */
export interface Edit {
  live: boolean;
}

/**
 * A trie node. Slot i holds either an entry (keys[i] is a string, vals[i] its value) or a subnode
 * (keys[i] is undefined, vals[i] the node). A collision node (`hash` set) holds entries only.
 */
export interface TrieNode<V> {
  bitmap: number;
  keys: (string | undefined)[];
  vals: (V | TrieNode<V>)[];
  /** Set for collision nodes: every key here has this hash. */
  collisionHash: number | undefined;
  edit: Edit | undefined;
}

function newNode<V>(
  bitmap: number,
  keys: (string | undefined)[],
  vals: (V | TrieNode<V>)[],
  edit: Edit | undefined,
  collisionHash?: number,
): TrieNode<V> {
  return { bitmap, keys, vals, collisionHash, edit };
}

const EMPTY_NODE: TrieNode<never> = newNode<never>(0, [], [], undefined);

/** Result flag of an insert: whether the key was new. */
interface AddedBox {
  added: boolean;
}

function mergeTwo<V>(
  shift: number,
  k1: string,
  h1: number,
  v1: V,
  k2: string,
  h2: number,
  v2: V,
  edit: Edit | undefined,
): TrieNode<V> {
  if (shift > MAX_SHIFT || h1 === h2) {
    return newNode<V>(0, [k1, k2], [v1, v2], edit, h1);
  }
  const i1 = (h1 >>> shift) & MASK;
  const i2 = (h2 >>> shift) & MASK;
  if (i1 === i2) {
    const sub = mergeTwo(shift + BITS, k1, h1, v1, k2, h2, v2, edit);
    return newNode<V>(1 << i1, [undefined], [sub], edit);
  }
  return i1 < i2
    ? newNode<V>((1 << i1) | (1 << i2), [k1, k2], [v1, v2], edit)
    : newNode<V>((1 << i1) | (1 << i2), [k2, k1], [v2, v1], edit);
}

function nodeGet<V>(node: TrieNode<V>, key: string, hash: number): V | undefined {
  let shift = 0;
  for (;;) {
    if (node.collisionHash !== undefined) {
      const i = node.keys.indexOf(key);
      return i < 0 ? undefined : (node.vals[i] as V);
    }
    const bit = 1 << ((hash >>> shift) & MASK);
    if ((node.bitmap & bit) === 0) {
      return undefined;
    }
    const idx = popcount(node.bitmap & (bit - 1));
    const k = node.keys[idx];
    if (k === undefined) {
      node = node.vals[idx] as TrieNode<V>;
      shift += BITS;
      continue;
    }
    return k === key ? (node.vals[idx] as V) : undefined;
  }
}

function editable<V>(node: TrieNode<V>, edit: Edit | undefined): TrieNode<V> {
  if (edit !== undefined && node.edit === edit) {
    return node;
  }
  return newNode(node.bitmap, node.keys.slice(), node.vals.slice(), edit, node.collisionHash);
}

function nodeSet<V>(
  node: TrieNode<V>,
  shift: number,
  key: string,
  hash: number,
  val: V,
  edit: Edit | undefined,
  box: AddedBox,
): TrieNode<V> {
  if (node.collisionHash !== undefined) {
    return collisionSet(node, shift, key, hash, val, edit, box);
  }
  const bit = 1 << ((hash >>> shift) & MASK);
  const idx = popcount(node.bitmap & (bit - 1));
  if ((node.bitmap & bit) === 0) {
    const out = editable(node, edit);
    out.bitmap |= bit;
    out.keys.splice(idx, 0, key);
    out.vals.splice(idx, 0, val);
    box.added = true;
    return out;
  }
  const k = node.keys[idx];
  const current = node.vals[idx]!;
  if (k === undefined) {
    const sub = current as TrieNode<V>;
    const next = nodeSet(sub, shift + BITS, key, hash, val, edit, box);
    if (next === sub) {
      return node;
    }
    const out = editable(node, edit);
    out.vals[idx] = next;
    return out;
  }
  if (k === key) {
    if (current === val) {
      return node;
    }
    const out = editable(node, edit);
    out.vals[idx] = val;
    return out;
  }
  const sub = mergeTwo(shift + BITS, k, hashString(k), current as V, key, hash, val, edit);
  box.added = true;
  const out = editable(node, edit);
  out.keys[idx] = undefined;
  out.vals[idx] = sub;
  return out;
}

function collisionSet<V>(
  node: TrieNode<V>,
  shift: number,
  key: string,
  hash: number,
  val: V,
  edit: Edit | undefined,
  box: AddedBox,
): TrieNode<V> {
  if (hash !== node.collisionHash) {
    // A collision node sits wherever two equal hashes first met; a key with another hash that arrives
    // here splits it: wrap the collision node in a bitmap node at this level and insert beside it.
    const wrapped = newNode<V>(
      1 << ((node.collisionHash! >>> shift) & MASK),
      [undefined],
      [node],
      edit,
    );
    return nodeSet(wrapped, shift, key, hash, val, edit, box);
  }
  const i = node.keys.indexOf(key);
  if (i >= 0) {
    if (node.vals[i] === val) {
      return node;
    }
    const out = editable(node, edit);
    out.vals[i] = val;
    return out;
  }
  const out = editable(node, edit);
  out.keys.push(key);
  out.vals.push(val);
  box.added = true;
  return out;
}

function nodeDelete<V>(
  node: TrieNode<V>,
  shift: number,
  key: string,
  hash: number,
): TrieNode<V> | undefined {
  if (node.collisionHash !== undefined) {
    const i = node.keys.indexOf(key);
    if (i < 0) {
      return node;
    }
    if (node.keys.length === 1) {
      return undefined;
    }
    const out = editable(node, undefined);
    out.keys.splice(i, 1);
    out.vals.splice(i, 1);
    return out;
  }
  const bit = 1 << ((hash >>> shift) & MASK);
  if ((node.bitmap & bit) === 0) {
    return node;
  }
  const idx = popcount(node.bitmap & (bit - 1));
  const k = node.keys[idx];
  if (k === undefined) {
    const sub = node.vals[idx] as TrieNode<V>;
    const next = nodeDelete(sub, shift + BITS, key, hash);
    if (next === sub) {
      return node;
    }
    const out = editable(node, undefined);
    if (next === undefined) {
      out.bitmap &= ~bit;
      out.keys.splice(idx, 1);
      out.vals.splice(idx, 1);
      return out.keys.length === 0 ? undefined : out;
    }
    // Pull a lone entry up so that the trie stays canonical (no single-entry subnodes).
    if (next.keys.length === 1 && next.keys[0] !== undefined) {
      out.keys[idx] = next.keys[0];
      out.vals[idx] = next.vals[0]!;
      return out;
    }
    out.vals[idx] = next;
    return out;
  }
  if (k !== key) {
    return node;
  }
  if (node.keys.length === 1) {
    return undefined;
  }
  const out = editable(node, undefined);
  out.bitmap &= ~bit;
  out.keys.splice(idx, 1);
  out.vals.splice(idx, 1);
  return out;
}

function nodeForEach<V>(node: TrieNode<V>, fn: (value: V, key: string) => void): void {
  const keys = node.keys;
  const vals = node.vals;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === undefined) {
      nodeForEach(vals[i] as TrieNode<V>, fn);
    } else {
      fn(vals[i] as V, k);
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
 * Builds a trie from entries sorted in trie order, bottom-up, without intermediate copies. Calls
 * `onDuplicate` with the (input) index of a key that repeats an earlier one and skips it.
 */
function buildSorted<V>(
  keys: readonly string[],
  values: readonly V[],
  hashes: Uint32Array,
  order: Uint32Array,
  onDuplicate: (index: number) => void,
): { root: TrieNode<V>; size: number } {
  let size = 0;
  const build = (lo: number, hi: number, shift: number): TrieNode<V> => {
    const first = hashes[order[lo]!]!;
    if (shift > MAX_SHIFT || hashes[order[hi - 1]!]! === first) {
      // Every hash in the range is equal: a collision node (duplicates are dropped here).
      const ks: string[] = [];
      const vs: V[] = [];
      for (let i = lo; i < hi; i++) {
        const idx = order[i]!;
        if (ks.includes(keys[idx]!)) {
          onDuplicate(idx);
          continue;
        }
        ks.push(keys[idx]!);
        vs.push(values[idx]!);
      }
      size += ks.length;
      return ks.length === 1
        ? newNode<V>(1 << ((first >>> shift) & MASK), ks, vs, undefined)
        : newNode<V>(0, ks, vs, undefined, first);
    }
    let bitmap = 0;
    const ks: (string | undefined)[] = [];
    const vs: (V | TrieNode<V>)[] = [];
    let i = lo;
    while (i < hi) {
      const chunk = (hashes[order[i]!]! >>> shift) & MASK;
      let j = i + 1;
      while (j < hi && ((hashes[order[j]!]! >>> shift) & MASK) === chunk) {
        j++;
      }
      bitmap |= 1 << chunk;
      if (j - i === 1) {
        const idx = order[i]!;
        ks.push(keys[idx]);
        vs.push(values[idx]!);
        size++;
      } else {
        const sub = build(i, j, shift + BITS);
        if (sub.collisionHash === undefined && sub.keys.length === 1 && sub.keys[0] !== undefined) {
          // Duplicates collapsed a group to one entry: keep it inline.
          ks.push(sub.keys[0]);
          vs.push(sub.vals[0]!);
        } else {
          ks.push(undefined);
          vs.push(sub);
        }
      }
      i = j;
    }
    // Copies trim the arrays to their length (pushing leaves spare capacity behind).
    return newNode<V>(bitmap, ks.slice(), vs.slice(), undefined);
  };
  return { root: keys.length === 0 ? EMPTY_NODE : build(0, keys.length, 0), size };
}

/** An immutable string-keyed map with structural sharing. */
export class PersistentMap<V> {
  /** The number of entries. */
  readonly size: number;
  private readonly root: TrieNode<V>;

  private constructor(root: TrieNode<V>, size: number) {
    this.root = root;
    this.size = size;
  }

  private static readonly EMPTY = new PersistentMap<never>(EMPTY_NODE, 0);

  /** The empty map (a shared instance). */
  static empty<V>(): PersistentMap<V> {
    return PersistentMap.EMPTY;
  }

  /** A builder that mutates in place until `build()`; start from `base` to extend an existing map. */
  static builder<V>(base?: PersistentMap<V>): PersistentMapBuilder<V> {
    return new PersistentMapBuilder<V>(base ?? PersistentMap.empty<V>());
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
    const hashes = new Uint32Array(n);
    const sortKeys = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const h = hashString(keys[i]!);
      hashes[i] = h;
      sortKeys[i] = trieOrder(h);
    }
    const { root, size } = buildSorted(keys, values, hashes, radixOrder(sortKeys), onDuplicate);
    return PersistentMap.fromRoot(root, size);
  }

  /** @internal Used by the builder. */
  static fromRoot<V>(root: TrieNode<V>, size: number): PersistentMap<V> {
    return size === 0 ? PersistentMap.empty<V>() : new PersistentMap(root, size);
  }

  /** @internal Used by the builder. */
  rootNode(): TrieNode<V> {
    return this.root;
  }

  get(key: string): V | undefined {
    return nodeGet(this.root, key, hashString(key));
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
    nodeForEach(this.root, fn);
  }

  /** The values, in trie order. */
  values(): V[] {
    const out: V[] = [];
    nodeForEach(this.root, (v) => out.push(v));
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
  private root: TrieNode<V>;
  private count: number;
  private readonly edit: Edit = { live: true };

  /** @internal Use `PersistentMap.builder()`. */
  constructor(base: PersistentMap<V>) {
    this.root = base.rootNode();
    this.count = base.size;
  }

  get size(): number {
    return this.count;
  }

  get(key: string): V | undefined {
    return nodeGet(this.root, key, hashString(key));
  }

  set(key: string, value: V): this {
    if (!this.edit.live) {
      throw new Error('PersistentMapBuilder used after build()');
    }
    const box: AddedBox = { added: false };
    this.root = nodeSet(this.root, 0, key, hashString(key), value, this.edit, box);
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
    this.edit.live = false;
    return PersistentMap.fromRoot(this.root, this.count);
  }
}

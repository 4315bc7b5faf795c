/**
 * The children of a container or list entry: an immutable, insertion-ordered map from QName to node,
 * kept as two parallel arrays. A list of a million entries holds a million of these, so compactness
 * matters: the key array is shared by every map with the same keys in the same order (the entries of
 * one list nearly always have the same members), so each map costs one small object and its values.
 * Lookups scan the keys (QName strings from the schema, usually the same string object, so
 * comparisons are cheap); maps with more than `INDEX_MIN` children build a Map index on first lookup.
 *
 * Invariants: keys are unique; an instance never changes after construction (editing returns a new
 * map); iteration order is insertion order, and replacing a child keeps its position.
 */
import type { QName } from '../yang/schema.js';

/** Above this many children, lookups go through a lazily built index. */
const INDEX_MIN = 12;

/** Recently seen key arrays by length: a bulk load reuses one array for all its entries. */
const recentKeys: (readonly QName[] | undefined)[] = [];
const RECENT_LENGTH_MAX = 64;

function sameKeys(a: readonly QName[], b: readonly QName[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}

/** `keys`, or an equal key array seen just before (frozen, shared). */
function shareKeys(keys: QName[]): readonly QName[] {
  const n = keys.length;
  if (n > RECENT_LENGTH_MAX) {
    return keys;
  }
  const recent = recentKeys[n];
  if (recent !== undefined && sameKeys(recent, keys)) {
    return recent;
  }
  const frozen = Object.freeze(keys);
  recentKeys[n] = frozen;
  return frozen;
}

export class ChildMap<V> {
  private readonly keyList: readonly QName[];
  private readonly valueList: readonly V[];
  private index: Map<QName, number> | undefined;

  private constructor(keys: readonly QName[], values: readonly V[]) {
    this.keyList = keys;
    this.valueList = values;
    this.index = undefined;
  }

  private static readonly EMPTY = new ChildMap<never>([], []);

  /** The empty map (shared). */
  static empty<V>(): ChildMap<V> {
    return ChildMap.EMPTY;
  }

  /**
   * A map of the given keys and values; the keys must be unique. The arrays are taken over (the key
   * array may be frozen and shared with other maps).
   */
  static of<V>(keys: QName[], values: V[]): ChildMap<V> {
    return keys.length === 0 ? ChildMap.empty<V>() : new ChildMap(shareKeys(keys), values);
  }

  /** A map with the keys of `base` (shared) and new values, position for position. */
  static sharing<V>(base: ChildMap<V>, values: V[]): ChildMap<V> {
    return new ChildMap(base.keyList, values);
  }

  get size(): number {
    return this.keyList.length;
  }

  private indexOf(key: QName): number {
    const keys = this.keyList;
    if (keys.length <= INDEX_MIN) {
      for (let i = 0; i < keys.length; i++) {
        if (keys[i] === key) {
          return i;
        }
      }
      return -1;
    }
    let index = this.index;
    if (index === undefined) {
      index = new Map();
      for (let i = 0; i < keys.length; i++) {
        index.set(keys[i]!, i);
      }
      this.index = index;
    }
    return index.get(key) ?? -1;
  }

  get(key: QName): V | undefined {
    const i = this.indexOf(key);
    return i < 0 ? undefined : this.valueList[i];
  }

  has(key: QName): boolean {
    return this.indexOf(key) >= 0;
  }

  /** The key at position `i` (0 <= i < size). */
  keyAt(i: number): QName {
    return this.keyList[i]!;
  }

  /** The value at position `i` (0 <= i < size). */
  valueAt(i: number): V {
    return this.valueList[i]!;
  }

  forEach(fn: (value: V, key: QName) => void): void {
    const keys = this.keyList;
    const values = this.valueList;
    for (let i = 0; i < keys.length; i++) {
      fn(values[i]!, keys[i]!);
    }
  }

  keys(): readonly QName[] {
    return this.keyList;
  }

  *[Symbol.iterator](): IterableIterator<[QName, V]> {
    for (let i = 0; i < this.keyList.length; i++) {
      yield [this.keyList[i]!, this.valueList[i]!];
    }
  }

  /** Starts an edit: changes are collected and applied once by `build()`. */
  edit(): ChildMapEditor<V> {
    return new ChildMapEditor(this);
  }
}

/** Collects sets and deletes against a base map; `build()` returns the new map (or the base). */
export class ChildMapEditor<V> {
  private readonly base: ChildMap<V>;
  private keys: QName[] | undefined;
  private values: V[] | undefined;

  constructor(base: ChildMap<V>) {
    this.base = base;
  }

  private keysShared = true;

  private copyValues(): V[] {
    if (this.values === undefined) {
      const n = this.base.size;
      const values = new Array<V>(n);
      for (let i = 0; i < n; i++) {
        values[i] = this.base.valueAt(i);
      }
      this.values = values;
      this.keys = this.base.keys() as QName[];
    }
    return this.values;
  }

  private copyKeys(): QName[] {
    this.copyValues();
    if (this.keysShared) {
      this.keys = this.keys!.slice();
      this.keysShared = false;
    }
    return this.keys!;
  }

  /** The value under `key` with the edits so far. */
  get(key: QName): V | undefined {
    if (this.values === undefined) {
      return this.base.get(key);
    }
    const i = this.keys!.indexOf(key);
    return i < 0 ? undefined : this.values[i];
  }

  /** The number of keys with the edits so far. */
  get size(): number {
    return this.values === undefined ? this.base.size : this.values.length;
  }

  /** Sets `key` to `value` (in place when present, appended otherwise). */
  set(key: QName, value: V): void {
    const values = this.copyValues();
    const i = this.keys!.indexOf(key);
    if (i >= 0) {
      // Replacing keeps the key array, so it stays shared.
      values[i] = value;
    } else {
      this.copyKeys().push(key);
      values.push(value);
    }
  }

  delete(key: QName): void {
    this.copyValues();
    const i = this.keys!.indexOf(key);
    if (i >= 0) {
      this.copyKeys().splice(i, 1);
      this.values!.splice(i, 1);
    }
  }

  build(): ChildMap<V> {
    if (this.values === undefined) {
      return this.base;
    }
    return this.keysShared
      ? ChildMap.sharing(this.base, this.values)
      : ChildMap.of(this.keys!, this.values);
  }
}

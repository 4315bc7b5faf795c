/**
 * Data tree change listeners of one store (mdsal's DataTreeChangeListener registry): registrations are
 * kept in a trie keyed by tree steps, so that after a commit only the registrations on modified paths
 * are visited, and none at all when there are no registrations.
 *
 * Delivery contract (dom-store.ts): each registration has its own queue, drained asynchronously (in a
 * later turn of the event loop; the registrations with work share one `setImmediate`), so a commit
 * never runs listener code and one listener never waits for another's promise.
 * A listener gets one call per commit, in commit order. A listener returning a promise is not called
 * again until the promise settles; the commits that queued up meanwhile come in one call (at most
 * `batchMax` candidates). A throw or rejection is reported through `onError` and the next delivery
 * goes ahead. `close()` drops what is queued and stops further calls, also from inside the listener.
 */
import type { CandidateNode, DataTreeCandidate } from '../tree/candidate.js';
import type { ResolvedPath } from '../tree/path.js';
import { candidateView } from './candidate-view.js';
import type {
  DataTreeCandidateNode,
  DataTreeChangeListener,
  ListenerRegistration,
} from '../api/dom-store.js';

/** What one listener call receives: frozen, and shared by the registrations on one path. */
type Batch = readonly DataTreeCandidateNode[];

const NO_CHANGES: Batch = Object.freeze([]);

/** A queued call: a batch, or the initial batch, which is never merged with others. */
type Queued = Batch | { readonly alone: Batch };

function isBatch(queued: Queued): queued is Batch {
  return Array.isArray(queued);
}

/** Called when a listener throws or its promise rejects. */
export type ListenerErrorHandler = (error: unknown, path: string) => void;

/** Listener calls made in one turn of the event loop before yielding to other work. */
const CALLS_PER_TURN_MAX = 1024;

/** Default bound on the candidates one listener call receives. */
export const LISTENER_BATCH_MAX = 1000;

/** A first-in, first-out queue with O(1) shift (Array.prototype.shift is O(n)). */
class Fifo<T> {
  private items: T[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  /** The first item; the queue must not be empty. */
  peek(): T {
    return this.items[this.head]!;
  }

  /** Removes and returns the first item; the queue must not be empty. */
  shift(): T {
    const item = this.items[this.head]!;
    this.head++;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
  }
}

interface TrieNode {
  readonly registrations: Set<Registration>;
  readonly children: Map<string, TrieNode>;
}

function newTrieNode(): TrieNode {
  return { registrations: new Set(), children: new Map() };
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

class Registration implements ListenerRegistration {
  readonly path: ResolvedPath;
  private readonly listener: DataTreeChangeListener;
  private readonly registry: ListenerRegistry;
  /**
   * Queued calls; an `alone` batch (the initial one) is never merged with others. Batches are frozen
   * and may be shared with the other registrations on the same path.
   */
  private readonly queue = new Fifo<Queued>();
  private scheduled = false;
  private busy = false;
  /** Set after an asynchronous listener settled: what queued meanwhile goes in one call. */
  private coalesceNext = false;
  private closed = false;

  constructor(registry: ListenerRegistry, path: ResolvedPath, listener: DataTreeChangeListener) {
    this.registry = registry;
    this.path = path;
    this.listener = listener;
  }

  /** Queues a delivery of `items`; `alone` ones (possibly empty) become a call of their own. */
  enqueue(items: Batch, alone: boolean): void {
    if (this.closed) {
      return;
    }
    // A shared batch is queued as is (no allocation per registration and commit); only the rare
    // `alone` batch gets a wrapper.
    this.queue.push(alone ? { alone: items } : items);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.busy || this.closed) {
      return;
    }
    this.scheduled = true;
    this.registry.schedule(this);
  }

  /**
   * The next call's candidates: the first queued batch; after the listener was busy (a promise still
   * pending), also the batches that queued up meanwhile, up to `batchMax` candidates.
   */
  private takeBatch(coalesce: boolean): Batch {
    const first = this.queue.shift();
    if (!isBatch(first)) {
      return first.alone;
    }
    if (!coalesce || this.queue.length === 0 || !isBatch(this.queue.peek())) {
      return first;
    }
    const out = first.slice();
    const max = this.registry.batchMax;
    while (this.queue.length > 0) {
      const next = this.queue.peek();
      if (!isBatch(next) || out.length + next.length > max) {
        break;
      }
      this.queue.shift();
      for (const item of next) {
        out.push(item);
      }
    }
    return Object.freeze(out);
  }

  /** @internal Runs queued calls; the registry calls it in the turn after `schedule`. */
  drain(): void {
    this.scheduled = false;
    // One call per queued commit while the listener returns at once; a few per turn of the event
    // loop, so that a listener under a stream of commits does not starve I/O.
    for (let calls = 0; calls < CALLS_PER_TURN_MAX; calls++) {
      if (this.closed || this.queue.length === 0) {
        return;
      }
      if (this.deliver(this.takeBatch(this.coalesceNext))) {
        return;
      }
    }
    this.schedule();
  }

  /** Calls the listener; true when it returned a promise (the next call waits for it). */
  private deliver(batch: Batch): boolean {
    this.coalesceNext = false;
    let result: unknown;
    try {
      result = this.listener(batch);
    } catch (e) {
      this.registry.reportError(e, this.path.text);
    }
    if (!isPromiseLike(result)) {
      return false;
    }
    this.busy = true;
    const settle = (): void => {
      this.busy = false;
      this.coalesceNext = true;
      if (this.queue.length > 0) {
        this.schedule();
      }
    };
    result.then(settle, (e: unknown) => {
      this.registry.reportError(e, this.path.text);
      settle();
    });
    return true;
  }

  close(): void {
    if (this.closed) {
      return;
    }
    this.closed = true;
    this.queue.clear();
    this.registry.remove(this);
  }
}

/** The registrations of one store. */
export class ListenerRegistry {
  readonly batchMax: number;
  private readonly root = newTrieNode();
  private count = 0;
  private readonly onError: ListenerErrorHandler;
  /** Registrations to drain in the next turn, in the order they asked. */
  private ready: Registration[] = [];

  constructor(onError: ListenerErrorHandler, batchMax = LISTENER_BATCH_MAX) {
    this.onError = onError;
    this.batchMax = batchMax;
  }

  /** True when nobody listens: commits skip all listener work. */
  get isEmpty(): boolean {
    return this.count === 0;
  }

  /**
   * Registers `listener` at `path` and queues its initial delivery: `initial` (the existing data as a
   * write candidate), or an empty array when nothing is there.
   */
  register(
    path: ResolvedPath,
    listener: DataTreeChangeListener,
    initial: CandidateNode | undefined,
  ): ListenerRegistration {
    const registration = new Registration(this, path, listener);
    let node = this.root;
    for (const step of path.steps) {
      let next = node.children.get(step.key);
      if (next === undefined) {
        next = newTrieNode();
        node.children.set(step.key, next);
      }
      node = next;
    }
    node.registrations.add(registration);
    this.count++;
    registration.enqueue(
      initial === undefined ? NO_CHANGES : Object.freeze([candidateView(initial)]),
      true,
    );
    return registration;
  }

  /** Queues the parts of a committed candidate each registration listens to. */
  notify(candidate: DataTreeCandidate): void {
    if (this.count === 0 || candidate.isEmpty) {
      return;
    }
    this.visit(this.root, candidate.root);
  }

  private visit(trie: TrieNode, node: CandidateNode): void {
    if (trie.registrations.size > 0) {
      // One view, and one batch, for every registration on this path: the candidate's data is
      // encoded once per commit and path, whatever the number of listeners (views are frozen).
      const batch: Batch = Object.freeze([candidateView(node)]);
      for (const r of trie.registrations) {
        r.enqueue(batch, false);
      }
    }
    for (const [key, childTrie] of trie.children) {
      const child = node.child(key);
      if (child !== undefined && child.before !== child.after) {
        this.visit(childTrie, child);
      }
    }
  }

  /**
   * @internal Runs `registration.drain()` in a later turn of the event loop. The registrations that
   * have work share one `setImmediate` per turn, as a plain fan-out would, instead of one each;
   * each still drains its own queue, so the delivery rules per registration are unchanged.
   */
  schedule(registration: Registration): void {
    this.ready.push(registration);
    if (this.ready.length === 1) {
      setImmediate(this.runReady);
    }
  }

  private readonly runReady = (): void => {
    const ready = this.ready;
    this.ready = [];
    for (const registration of ready) {
      registration.drain();
    }
  };

  /** @internal */
  remove(registration: Registration): void {
    let node: TrieNode | undefined = this.root;
    const trail: [TrieNode, string][] = [];
    for (const step of registration.path.steps) {
      trail.push([node, step.key]);
      node = node.children.get(step.key);
      if (node === undefined) {
        return;
      }
    }
    if (node.registrations.delete(registration)) {
      this.count--;
    }
    // Prune empty trie nodes so that notify does not walk dead branches.
    for (let i = trail.length - 1; i >= 0; i--) {
      const [parent, key] = trail[i]!;
      const child = parent.children.get(key)!;
      if (child.registrations.size > 0 || child.children.size > 0) {
        break;
      }
      parent.children.delete(key);
    }
  }

  /** @internal */
  reportError(error: unknown, path: string): void {
    try {
      this.onError(error, path);
    } catch {
      // The error handler itself failed: nothing sensible is left to report to.
      return;
    }
  }

  /** Closes every registration. */
  closeAll(): void {
    const all: Registration[] = [];
    const collect = (node: TrieNode): void => {
      node.registrations.forEach((r) => all.push(r));
      node.children.forEach(collect);
    };
    collect(this.root);
    all.forEach((r) => {
      r.close();
    });
  }
}

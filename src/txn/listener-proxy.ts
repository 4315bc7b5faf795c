/**
 * Data tree change listeners of the distributed datastore (design 003's ListenerProxy and
 * ListenerWrapper; ODL's DataTreeChangeListenerProxy). Shards hand every committed candidate over in
 * commit order (`applied`); registrations get them with the in-memory store's delivery rules
 * (src/api/listeners.ts: asynchronous, one call per commit, initial data first, a slow listener never
 * blocks a commit).
 *
 * - A registration at a path inside one shard registers with that shard's registry: it sees exactly
 *   that shard's candidates, as with the in-memory store.
 * - A registration at `/`, or above a prefix boundary, spans shards: it keeps the last committed root
 *   of each involved shard, and turns each commit into one candidate over the merged tree (the other
 *   shards' data unchanged), so `dataBefore`/`dataAfter` show the whole subtree. A multi-shard
 *   transaction arrives as one candidate once every involved shard applied its part. Order: the order
 *   in which this member's shards applied the commits (so each shard's changes in its commit order),
 *   except that a multi-shard transaction comes before everything applied after its first part, on
 *   any shard: a commit made after a multi-shard one was acknowledged is seen after it, even while a
 *   participant of that one has still to apply its part.
 *
 * Registration is atomic with the candidate stream: the initial data is read from the shards' committed
 * roots in the same turn as the registration takes effect, so nothing is missed or seen twice. While a
 * shard is not readable (recovering, a transaction in doubt) the registration waits for it.
 */
import type { SchemaContext } from '../yang/schema.js';
import { getIn } from '../tree/apply.js';
import { CandidateNode, DataTreeCandidate } from '../tree/candidate.js';
import { isLeafLike, ModifiedNode } from '../tree/modified-node.js';
import { emptyRoot, type ContainerNode } from '../tree/node.js';
import type { ResolvedPath } from '../tree/path.js';
import type { ShardRouter } from '../shard/routing.js';
import type { AppliedCommit } from '../shard/shard-types.js';
import type { DataTreeChangeListener, ListenerRegistration } from '../api/dom-store.js';
import { ListenerRegistry, type ListenerErrorHandler } from './listener-registry.js';
import type { ShardAccess } from './shard-locator.js';
import { mergeRead } from './split.js';
import type { VisibilityGate } from './visibility-gate.js';

/** The existing data at `path` of `root` as an initial write candidate, or undefined. */
export function initialCandidate(
  schema: SchemaContext,
  root: ContainerNode,
  path: ResolvedPath,
): CandidateNode | undefined {
  let node = new CandidateNode(
    schema,
    undefined,
    'root',
    undefined,
    '',
    [],
    undefined,
    undefined,
    root,
  );
  for (const step of path.steps) {
    const child = node.child(step.key);
    if (child === undefined) return undefined;
    node = child;
  }
  if (node.after === undefined || (path.steps.length === 0 && root.children.size === 0)) {
    return undefined;
  }
  return node;
}

/**
 * The modification trees of the parts of one transaction, as one: nodes both parts only pass through
 * (touch, merge of a container) merge their children; a node one of them wrote or deleted becomes a
 * write, whose candidate compares the data before and after (candidate.ts).
 */
function mergeModifications(a: ModifiedNode, b: ModifiedNode): ModifiedNode {
  if (a.op === 'none') return b;
  if (b.op === 'none') return a;
  const passes = (m: ModifiedNode): boolean =>
    m.op === 'touch' || (m.op === 'merge' && !isLeafLike(m.kind));
  const out = new ModifiedNode(a.key, a.kind, a.schema, a.keys, a.original);
  if (!passes(a) || !passes(b)) {
    out.op = 'write';
    return out;
  }
  out.op = a.op === 'merge' || b.op === 'merge' ? 'merge' : 'touch';
  const children = new Map(a.children ?? []);
  for (const [key, child] of b.children ?? []) {
    const mine = children.get(key);
    children.set(key, mine === undefined ? child : mergeModifications(mine, child));
  }
  out.children = children;
  return out;
}

/** A commit a shard applied, waiting in a spanning registration. */
interface PendingPart {
  readonly shard: string;
  readonly commit: AppliedCommit;
}

/**
 * A registration whose subtree spans shards. It keeps each involved shard's last delivered root and
 * what the shards applied since, in the order they applied it (on this member). It delivers in that
 * order; a multi-shard transaction as one candidate over the merged roots (its parts combined) once
 * every involved shard that takes part applied its part, and nothing applied after its first part
 * goes before it. So every shard's changes are delivered in its commit order, and a commit applied
 * after a multi-shard transaction was decided (and maybe acknowledged) comes after it, even on a
 * shard it does not touch. (NB: nothing can come between a transaction's parts on a shard that takes
 * part: a participant holds its queue head from its prepare to its outcome, and the coordinator
 * applies its part, the decision, before any other participant applies its own.)
 */
class SpanningRegistration {
  private readonly path: ResolvedPath;
  private readonly schema: SchemaContext;
  private readonly router: ShardRouter;
  private readonly roots = new Map<string, ContainerNode>();
  /**
   * What the involved shards applied and this registration has yet to deliver, in apply order, from
   * `head` on (a delivered part of a multi-shard transaction further on is cleared in place).
   */
  private pending: (PendingPart | undefined)[] = [];
  private head = 0;
  /** The multi-shard transaction at the head whose other parts are still to come. */
  private waitingFor: string | undefined;
  private closed = false;
  private readonly own: ListenerRegistry;
  private readonly rootPath: ResolvedPath;

  constructor(
    schema: SchemaContext,
    router: ShardRouter,
    path: ResolvedPath,
    rootPath: ResolvedPath,
    onError: ListenerErrorHandler,
    batchMax: number,
  ) {
    this.schema = schema;
    this.router = router;
    this.path = path;
    this.rootPath = rootPath;
    this.own = new ListenerRegistry(onError, batchMax);
  }

  start(shards: readonly ShardAccess[], listener: DataTreeChangeListener): void {
    for (const shard of shards) this.roots.set(shard.name, shard.readSnapshot()!.root);
    this.own.register(this.path, listener, initialCandidate(this.schema, this.merged(), this.path));
  }

  applied(shard: string, commit: AppliedCommit): void {
    if (this.closed || !this.roots.has(shard)) return;
    this.pending.push({ shard, commit });
    // Blocked behind a transaction's missing part: only that transaction's parts can unblock.
    if (this.waitingFor === undefined || this.waitingFor === commit.txId) this.drain();
  }

  close(): void {
    this.own.closeAll();
    this.closed = true;
    this.pending = [];
    this.head = 0;
  }

  /** Delivers from the front of `pending` while its head is complete (see the class comment). */
  private drain(): void {
    this.waitingFor = undefined;
    for (;;) {
      while (this.head < this.pending.length && this.pending[this.head] === undefined) this.head++;
      if (this.head === this.pending.length) {
        this.pending = [];
        this.head = 0;
        return;
      }
      const first = this.pending[this.head]!;
      const involved = (first.commit.participants ?? [first.shard]).filter((s) =>
        this.roots.has(s),
      );
      if (involved.length <= 1) {
        this.pending[this.head] = undefined;
        this.deliver([[first.shard, first.commit]]);
        continue;
      }
      const txId = first.commit.txId;
      const at = involved.map((s) => this.partAt(s, txId));
      if (at.includes(-1)) {
        this.waitingFor = txId; // a part still to come: everything after waits for it
        if (this.head >= 1024) {
          this.pending = this.pending.slice(this.head);
          this.head = 0;
        }
        return;
      }
      const parts = involved.map((s, i) => [s, this.pending[at[i]!]!.commit] as const);
      for (const i of at) this.pending[i] = undefined;
      this.deliver(parts);
    }
  }

  /** Where `shard`'s part of `txId` is in `pending`, or -1. */
  private partAt(shard: string, txId: string): number {
    for (let i = this.head; i < this.pending.length; i++) {
      const e = this.pending[i];
      if (e !== undefined && e.shard === shard && e.commit.txId === txId) return i;
    }
    return -1;
  }

  private deliver(parts: readonly (readonly [string, AppliedCommit])[]): void {
    const before = this.merged();
    for (const [shard, commit] of parts) this.roots.set(shard, commit.candidate.after);
    const touched = parts.some(
      ([, c]) => !c.candidate.isEmpty && c.candidate.nodeAt(this.path.steps) !== undefined,
    );
    if (!touched) return;
    const first = parts[0]![1].candidate;
    let mod = first.modification;
    for (let i = 1; i < parts.length; i++) {
      mod = mergeModifications(mod, parts[i]![1].candidate.modification);
    }
    this.own.notify(new DataTreeCandidate(this.schema, mod, before, this.merged(), first.version));
  }

  private merged(): ContainerNode {
    const route = this.router.route(this.rootPath);
    const root = mergeRead(this.router, route, this.rootPath, (shard, at) =>
      getIn(this.roots.get(shard), at.steps, 0),
    );
    return root?.kind === 'container' ? root : emptyRoot(0);
  }
}

/** The listeners of one datastore. */
export class ShardListeners {
  private readonly schema: SchemaContext;
  private readonly router: ShardRouter;
  private readonly onError: ListenerErrorHandler;
  private readonly batchMax: number;
  private readonly registries = new Map<string, ListenerRegistry>();
  private readonly spanning = new Set<SpanningRegistration>();
  private readonly rootPath: ResolvedPath;
  private readonly visibility: VisibilityGate;

  constructor(
    schema: SchemaContext,
    router: ShardRouter,
    rootPath: ResolvedPath,
    visibility: VisibilityGate,
    onError: ListenerErrorHandler,
    batchMax: number,
  ) {
    this.schema = schema;
    this.router = router;
    this.rootPath = rootPath;
    this.visibility = visibility;
    this.onError = onError;
    this.batchMax = batchMax;
  }

  /** A shard applied `commit` (called in the shard's turn, in its commit order). */
  applied(shard: string, commit: AppliedCommit): void {
    this.registries.get(shard)?.notify(commit.candidate);
    for (const r of this.spanning) r.applied(shard, commit);
  }

  /** Registers `listener` at `path` with the shards that hold its data (see the file comment). */
  register(
    path: ResolvedPath,
    listener: DataTreeChangeListener,
    shardFor: (name: string) => ShardAccess,
  ): ListenerRegistration {
    const route = this.router.route(path);
    const shards = route.shards.map(shardFor);
    let inner: { close(): void } | undefined;
    let closed = false;
    const single = route.owner !== undefined && route.below.length === 0;
    const attempt = (): void => {
      if (closed) return;
      const readable = shards.every((s) => s.readSnapshot() !== undefined);
      // The initial data must not miss the part of a multi-shard commit already answered elsewhere.
      if (readable && this.visibility.open) {
        inner = this.start(single, path, listener, shards);
        return;
      }
      Promise.all([...shards.map((s) => s.whenReadable()), this.visibility.whenOpen()]).then(
        attempt,
        (error: unknown) => {
          this.onError(error, path.text);
        },
      );
    };
    attempt();
    return {
      close: () => {
        closed = true;
        inner?.close();
      },
    };
  }

  /** Closes every registration (the datastore closes). */
  closeAll(): void {
    for (const registry of this.registries.values()) registry.closeAll();
    for (const r of this.spanning) r.close();
    this.spanning.clear();
  }

  private start(
    single: boolean,
    path: ResolvedPath,
    listener: DataTreeChangeListener,
    shards: readonly ShardAccess[],
  ): { close(): void } {
    if (single) {
      const shard = shards[0]!;
      let registry = this.registries.get(shard.name);
      if (registry === undefined) {
        registry = new ListenerRegistry(this.onError, this.batchMax);
        this.registries.set(shard.name, registry);
      }
      const root = shard.readSnapshot()!.root;
      return registry.register(path, listener, initialCandidate(this.schema, root, path));
    }
    const r = new SpanningRegistration(
      this.schema,
      this.router,
      path,
      this.rootPath,
      this.onError,
      this.batchMax,
    );
    r.start(shards, listener);
    this.spanning.add(r);
    return {
      close: () => {
        r.close();
        this.spanning.delete(r);
      },
    };
  }
}

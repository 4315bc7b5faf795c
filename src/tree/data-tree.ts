/**
 * The data tree (yangtools' InMemoryDataTree): the current root of one datastore, and the three steps
 * that move it forward: `validate` (optimistic concurrency against the tip), `prepare` (apply and check
 * structural constraints, giving a candidate) and `commit` (make the candidate the tip).
 *
 * Pure and synchronous: no I/O, clocks or timers; the in-memory store and the shard drive it. A commit
 * must be prepared against the current tip: when the tip moved after `prepare`, validate and prepare
 * again (the store's rebase). Followers that replay an already validated stream use `applyCommitted`;
 * journal recovery, where nobody looks at the tree until the whole journal is applied, uses
 * `replayCommitted` with one `ReplayBatch` for the run of entries (no candidates, and trie nodes an
 * earlier entry of the run created are changed in place instead of copied again).
 */
import type { SchemaContext } from '../yang/schema.js';
import { assert } from '../util/assert.js';
import { applyModification } from './apply.js';
import { TrieOwnership } from './hamt.js';
import { applyReplayOps, ReplayOps, Streamer } from './replay.js';
import { DataTreeCandidate } from './candidate.js';
import { checkApplicable, checkVerified } from './conflicts.js';
import { TransactionStateError } from './errors.js';
import type { TreeType } from './json-codec.js';
import { DataTreeModification, DataTreeSnapshot, type TreeContext } from './modification.js';
import { emptyRoot, type ContainerNode, type Version } from './node.js';
import { pathCodec } from './path.js';
import { validateStructure } from './validation.js';

export interface DataTreeOptions {
  /** `config` refuses state (config false) data; `operational` (the default) accepts both. */
  readonly treeType?: TreeType | undefined;
}

/**
 * A run of replayed modifications (see DataTree.replayCommitted). While it is in use, the roots the
 * tree had after each but the last modification of the run may still change: read the tree only
 * after the run, and start a new batch for the next run.
 */
export class ReplayBatch {
  /** @internal the trie nodes this run created, edited in place by later modifications of it. */
  readonly ownership = new TrieOwnership();
  /** @internal the decoded operations of the modification being replayed (reused). */
  readonly ops = new ReplayOps();
  /** Modifications applied in this run. */
  applied = 0;
  /** Of them, those that took the slow path (operations not in canonical form, see replay.ts). */
  slow = 0;
}

export class DataTree {
  readonly context: TreeContext;
  private settledTip: ContainerNode;
  private versionCounter = 0;
  /**
   * The replay run being streamed (replayOps): its open frames hold the tree until it is read, when
   * the nodes they edit are built once (see replay.ts).
   */
  private streaming: { batch: ReplayBatch; streamer: Streamer } | undefined;

  constructor(schema: SchemaContext, options: DataTreeOptions = {}) {
    const treeType = options.treeType ?? 'operational';
    this.context = {
      schema,
      treeType,
      codec: { schema, treeType },
      paths: pathCodec(schema),
      nextVersion: () => ++this.versionCounter,
    };
    this.settledTip = emptyRoot(this.context.nextVersion());
  }

  /** The current root; ends a streamed replay run's open frames first (see replayOps). */
  private get tip(): ContainerNode {
    if (this.streaming !== undefined) {
      this.settledTip = this.streaming.streamer.finish();
      this.streaming = undefined;
    }
    return this.settledTip;
  }

  private set tip(root: ContainerNode) {
    this.streaming = undefined;
    this.settledTip = root;
  }

  get schema(): SchemaContext {
    return this.context.schema;
  }

  /** The current root. */
  get root(): ContainerNode {
    return this.tip;
  }

  /** An immutable snapshot of the current tree. */
  takeSnapshot(): DataTreeSnapshot {
    return new DataTreeSnapshot(this.context, this.tip);
  }

  /** A snapshot of this tree at `root` (one of its own earlier roots), tagged with `appliedIndex`. */
  snapshotOf(root: ContainerNode, appliedIndex?: number): DataTreeSnapshot {
    return new DataTreeSnapshot(this.context, root, appliedIndex);
  }

  /** Whether `mod` was built on a snapshot of this tree (else validate and prepare refuse it). */
  owns(mod: DataTreeModification): boolean {
    return mod.context === this.context;
  }

  /**
   * Checks that a ready modification may be applied to the current tip. Throws
   * OptimisticLockFailedError when a transaction committed since its snapshot conflicts with it: it
   * changed a node the modification verified unchanged (checked first), or conflicts with one of
   * its operations.
   */
  validate(mod: DataTreeModification): void {
    this.checkOwned(mod);
    const tip = this.tip;
    const verifications = mod.verifications;
    if (verifications.length > 0) {
      checkVerified(verifications, mod.base.root, tip);
    }
    checkApplicable(mod.root, tip);
  }

  /**
   * Applies a ready, validated modification to the current tip and checks the structural constraints
   * of the result. Returns the candidate; throws DataValidationFailedError.
   */
  prepare(mod: DataTreeModification): DataTreeCandidate {
    this.checkOwned(mod);
    const before = this.tip;
    if (!mod.hasOperations) {
      return new DataTreeCandidate(this.context.schema, mod.root, before, before, mod.version);
    }
    // Rebased (the tip moved since the snapshot): the nodes where others' commits meet this
    // modification's get a version of their own (see applyModification).
    const rebaseVersion = before === mod.base.root ? undefined : this.context.nextVersion();
    const after = (applyModification(
      this.context.schema,
      mod.root,
      before,
      mod.version,
      undefined,
      rebaseVersion,
    ) ?? emptyRoot(mod.version)) as ContainerNode;
    validateStructure(this.context.schema, this.context.treeType, mod.root, before, after);
    return new DataTreeCandidate(this.context.schema, mod.root, before, after, mod.version);
  }

  /** True when `candidate` was prepared against the current tip (and may be committed). */
  isCurrent(candidate: DataTreeCandidate): boolean {
    return candidate.before === this.tip;
  }

  /** Makes a prepared candidate the tip. It must have been prepared against the current tip. */
  commit(candidate: DataTreeCandidate): void {
    assert(
      candidate.before === this.tip,
      () =>
        'DataTree.commit: the candidate was prepared against an older tip; validate and prepare again',
    );
    this.tip = candidate.after;
  }

  /**
   * Applies a modification without conflict or structural checks and commits it: for replaying a stream
   * that was validated where it was produced (a Raft follower, journal recovery). Returns the candidate.
   */
  applyCommitted(mod: DataTreeModification): DataTreeCandidate {
    const before = this.tip;
    const after = (applyModification(this.context.schema, mod.root, before, mod.version) ??
      emptyRoot(mod.version)) as ContainerNode;
    const candidate = new DataTreeCandidate(
      this.context.schema,
      mod.root,
      before,
      after,
      mod.version,
    );
    this.tip = after;
    return candidate;
  }

  /**
   * `applyCommitted` for journal recovery: applies a modification validated where it was produced,
   * without building a candidate, as one of a run of them (`batch`). List and leaf-list entry maps
   * built by earlier modifications of the run are edited in place, so a run of N commits to one large
   * list copies its trie nodes once, not N times. The result equals applying each modification with
   * `applyCommitted` in turn, but the roots between two modifications of the run are not snapshots:
   * they may change until the run ends. Use it only while nobody reads the tree (a recovering
   * shard), and use a new batch after reading it.
   */
  replayCommitted(mod: DataTreeModification, batch: ReplayBatch): void {
    const after = applyModification(
      this.context.schema,
      mod.root,
      this.tip,
      mod.version,
      batch.ownership,
    );
    this.tip = (after ?? emptyRoot(mod.version)) as ContainerNode;
    batch.applied++;
    batch.slow++;
  }

  /**
   * `replayCommitted` of the canonical operations in `batch.ops`, decoded with `version` (see
   * replay.ts and binary-codec's `replayEncodedModification`, its caller). Consecutive calls with the
   * same batch stream into one set of open frames; the tree is built when it is next read (`root`,
   * `takeSnapshot`, any other method).
   */
  replayOps(batch: ReplayBatch, version: Version): void {
    assert(batch.ops.isCanonical, () => 'DataTree.replayOps: operations not in canonical form');
    // Consecutive modifications of one run share the streamer: the containers and lists above the
    // entries they change stay open between them, and are built when the tree is next read.
    let streaming = this.streaming;
    if (streaming?.batch !== batch) {
      const root = this.tip;
      streaming = { batch, streamer: new Streamer(this.context.schema, root, batch.ownership) };
      this.streaming = streaming;
    }
    applyReplayOps(streaming.streamer, batch.ops, version);
    batch.applied++;
  }

  /** Replaces the whole tree (installing a snapshot); versions are fresh. */
  resetTo(root: ContainerNode): void {
    this.tip = root;
  }

  /** A fresh version (for building nodes outside a modification, e.g. decoding a snapshot). */
  nextVersion(): Version {
    return this.context.nextVersion();
  }

  private checkOwned(mod: DataTreeModification): void {
    assert(mod.context === this.context, () => 'the modification belongs to another DataTree');
    if (!mod.isReady) {
      throw new TransactionStateError(
        'the modification must be ready() before it is validated or prepared',
      );
    }
  }
}

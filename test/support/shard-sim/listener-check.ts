/**
 * What a data tree change listener registered on one replica sees, checked change by change (issue
 * 10 point 4: listeners on any replica). A listener registers once the replica is readable (its
 * `readable` effect; the registration reads the replica's committed tree as its initial data, after
 * the batch of effects that carried `readable` was delivered, as the production listener proxy does
 * on a later turn), then receives every `applied` effect of that replica in order.
 *
 * The rule it holds the replica to: the changes a listener receives chain, with neither gap nor
 * duplicate. Each change starts from the tree the previous one ended with (the initial tree for the
 * first): `candidate.before` is the previous `candidate.after`. A missed commit breaks the chain
 * (the next change starts from a tree the listener never saw), a repeated one too (it starts from
 * the tree before itself), and so does a snapshot install that replaced the tree without telling
 * (the rule is that it arrives as one change, from the tree before to the snapshot's). Indexes
 * strictly increase. At the end of a run, the last tree the listener saw is the replica's tree.
 * Which transaction sits at which index is the shard's business (the world's ShardLedger checks
 * that every replica applies one sequence); together the two say that every listener saw exactly
 * the committed sequence.
 *
 * A listener lives as long as its replica's incarnation: after a restart a new one registers.
 */
import { nodeEquals } from '../../../src/tree/apply.js';
import type { ContainerNode } from '../../../src/tree/node.js';
import type { AppliedCommit } from '../../../src/shard/shard-types.js';
import type { SchemaContext } from '../../../src/yang/schema.js';

/** One change a listener received. */
export interface SeenChange {
  readonly index: number;
  readonly txId: string;
  readonly snapshot: boolean;
}

export class ReplicaListener {
  readonly replica: string;
  private readonly schema: SchemaContext;
  /** The tree the last change ended with (the initial data before any); undefined until registered. */
  private tree: ContainerNode | undefined;
  private lastIndex = 0;
  /** The applied index of the initial data (when it registered). */
  registeredAt = 0;
  /** Changes received since registering, in order. */
  readonly seen: SeenChange[] = [];
  /** Broken rules, in the order found (empty on a healthy replica). */
  readonly violations: string[] = [];
  /** A `readable` effect arrived in the batch being delivered. */
  private readablePending = false;

  constructor(replica: string, schema: SchemaContext) {
    this.replica = replica;
    this.schema = schema;
  }

  get registered(): boolean {
    return this.tree !== undefined;
  }

  /** The replica's `readable` effect (registration follows at the end of the batch). */
  readable(): void {
    this.readablePending = true;
  }

  /**
   * The batch of effects was delivered: registers now if it carried `readable`, reading the initial
   * data from `current` (the replica's committed tree and its applied index).
   */
  endOfBatch(current: () => { root: ContainerNode; index: number } | undefined): void {
    if (!this.readablePending || this.registered) return;
    this.readablePending = false;
    const now = current();
    if (now === undefined) return; // not readable after all (stopped or recovering again)
    this.tree = now.root;
    this.lastIndex = now.index;
    this.registeredAt = now.index;
  }

  /** The replica's `applied` effect. */
  applied(commit: AppliedCommit): void {
    const tree = this.tree;
    if (tree === undefined) return; // nobody listens yet
    const what = `${commit.snapshot === true ? 'snapshot install' : commit.txId} at index ${commit.index}`;
    if (commit.index <= this.lastIndex) {
      this.violations.push(
        `${this.replica}: a listener got ${what} after index ${this.lastIndex} (duplicate or out of order)`,
      );
    }
    const before = commit.candidate.before;
    if (before !== tree && !nodeEquals(before, tree, this.schema.root)) {
      this.violations.push(
        `${this.replica}: a listener got ${what}, which starts from a tree it never saw ` +
          `(the last change it got ended at index ${this.lastIndex}: a change was missed or repeated)`,
      );
    }
    this.tree = commit.candidate.after;
    this.lastIndex = Math.max(this.lastIndex, commit.index);
    this.seen.push({
      index: commit.index,
      txId: commit.txId,
      snapshot: commit.snapshot === true,
    });
  }

  /** At the end: the last tree the listener saw is `root`, the replica's committed tree now. */
  checkCaughtUp(root: ContainerNode | undefined): void {
    const tree = this.tree;
    if (tree === undefined || root === undefined) return;
    if (tree !== root && !nodeEquals(tree, root, this.schema.root)) {
      this.violations.push(
        `${this.replica}: the replica's tree moved past the last change its listener got ` +
          `(index ${this.lastIndex}): a change was never delivered`,
      );
    }
  }
}

/**
 * A shard endpoint for the proxy tests that behaves like a shard group of three replicas while being
 * real shard actors: every shard of a real ShardManager is presented as replicas
 * `member-{1,2,3}-shard-<name>-config`, all backed by the one real shard, and the router decides which
 * of them leads. A replica that does not lead refuses every request before it reaches the shard, with
 * NotShardLeaderError naming the leader the router tells it to name (by default the real one, or none).
 * The leader forwards to the real shard. What the core does on losing leadership is reproduced: parts
 * shipped through the old leader and not yet durable there are dropped (aborted at the real shard), and
 * a request in flight through it that then fails is answered as a refusal (NotShardLeaderError).
 *
 * Faults: `loseLeaderAfter` forwards one request to the real shard (it takes effect) and then answers
 * CommitOutcomeUnknownError with the leadership moved, as a leader that lost its leadership after
 * proposing does. Every request is counted by replica and kind, so tests can prove what was (not)
 * retried.
 */
import { CommitOutcomeUnknownError, NotShardLeaderError } from '../../../src/shard/errors.js';
import type { CommitMode } from '../../../src/shard/shard-core.js';
import type { Shard } from '../../../src/shard/shard-actor.js';
import type { ShardManager } from '../../../src/shard/shard-manager.js';
import type { ReadyTransaction } from '../../../src/shard/shard-types.js';
import type { DataTreeSnapshot } from '../../../src/tree/modification.js';
import type { ReadMode, ShardLocator, ShardReplica } from '../../../src/txn/shard-locator.js';

/** The kinds of request a replica counts. */
export type RequestKind =
  | 'read'
  | 'submit-commit-on-ready'
  | 'submit-three-phase'
  | 'canCommit'
  | 'preCommit'
  | 'commit'
  | 'abort';

/** A planted loss of leadership after a request was forwarded. */
interface LossAfter {
  readonly kind: RequestKind;
  /** Who leads afterwards (a replica id), or undefined for nobody. */
  readonly next: string | undefined;
}

/** What the router knows of one shard. */
class ShardGroup {
  readonly name: string;
  readonly real: Shard;
  readonly replicas: RoutedReplica[];
  leader: string | undefined;
  /** What refusing replicas name; default the leader. `null`: they name none. */
  named: string | null | undefined;
  loss: LossAfter | undefined;
  /** One-shot actions run when a request of a kind arrives, before anything else. */
  readonly before = new Map<RequestKind, () => void>();
  /** Parts shipped through a replica, not yet durable: dropped when that replica stops leading. */
  readonly parts = new Map<string, { via: string; coordinator: boolean; multi: boolean }>();

  constructor(name: string, real: Shard) {
    this.name = name;
    this.real = real;
    this.replicas = [1, 2, 3].map(
      (n) => new RoutedReplica(this, `member-${n}-shard-${name}-config`),
    );
    this.leader = this.replicas[0]!.id;
  }

  /** Moves the leadership (undefined: an election with no winner yet), dropping volatile parts. */
  moveLeader(next: string | undefined): void {
    const previous = this.leader;
    this.leader = next;
    if (previous === next) return;
    for (const [txId, part] of [...this.parts]) {
      if (part.via !== previous) continue;
      this.parts.delete(txId);
      this.real.abort(txId).catch(() => undefined);
    }
  }
}

export class RoutedReplica implements ShardReplica {
  readonly id: string;
  readonly shard: string;
  private readonly group: ShardGroup;
  /** Requests received (refused or not), by kind. */
  readonly sends = new Map<RequestKind, number>();

  constructor(group: ShardGroup, id: string) {
    this.group = group;
    this.id = id;
    this.shard = group.name;
  }

  get leads(): boolean {
    return this.group.leader === this.id;
  }

  count(kind: RequestKind): number {
    return this.sends.get(kind) ?? 0;
  }

  /** Only member-1's replica is local: the others (remote, as it were) have nothing at hand. */
  snapshotNow(mode: ReadMode): DataTreeSnapshot | undefined {
    if (this !== this.group.replicas[0]) return undefined;
    if (mode === 'linearizable' && !this.leads) return undefined;
    return this.group.real.readSnapshot();
  }

  async read(mode: ReadMode): Promise<DataTreeSnapshot> {
    this.note('read');
    if (mode === 'linearizable' && !this.leads) throw this.refusal();
    for (;;) {
      await this.group.real.whenReadable();
      const snapshot = this.group.real.readSnapshot();
      if (snapshot !== undefined) return snapshot;
    }
  }

  submit(tx: ReadyTransaction, mode: CommitMode): Promise<void> {
    const kind = mode === 'commit-on-ready' ? 'submit-commit-on-ready' : 'submit-three-phase';
    return this.forward(
      kind,
      tx.txId,
      () => this.group.real.submit(tx, mode),
      () => {
        if (mode === 'three-phase') {
          const participants = tx.participants;
          this.group.parts.set(tx.txId, {
            via: this.id,
            coordinator: participants === undefined || participants[0] === this.shard,
            multi: participants !== undefined,
          });
        }
      },
    );
  }

  canCommit(txId: string): Promise<void> {
    return this.forward('canCommit', txId, () => this.group.real.canCommit(txId));
  }

  preCommit(txId: string): Promise<void> {
    return this.forward(
      'preCommit',
      txId,
      () => this.group.real.preCommit(txId),
      () => {
        // A participant (not the coordinator) journaled its prepare: every later leader holds it.
        const part = this.group.parts.get(txId);
        if (part !== undefined && part.multi && !part.coordinator) this.group.parts.delete(txId);
      },
    );
  }

  commit(txId: string): Promise<void> {
    return this.forward(
      'commit',
      txId,
      () => this.group.real.commit(txId),
      () => {
        this.group.parts.delete(txId);
      },
    );
  }

  abort(txId: string): Promise<void> {
    return this.forward(
      'abort',
      txId,
      () => this.group.real.abort(txId),
      () => {
        this.group.parts.delete(txId);
      },
    );
  }

  closeChain(chainId: string): void {
    this.group.real.closeChain(chainId);
  }

  private note(kind: RequestKind): void {
    this.sends.set(kind, this.count(kind) + 1);
  }

  private refusal(): NotShardLeaderError {
    const named = this.group.named;
    const leader = named === null ? undefined : (named ?? this.group.leader);
    return new NotShardLeaderError(
      this.id,
      leader === undefined ? undefined : { replica: leader, member: leader.split('-shard-')[0]! },
      'the router says so',
    );
  }

  /** Refuses unless leading; forwards; applies a planted loss; maps failures after a loss. */
  private async forward(
    kind: RequestKind,
    txId: string,
    send: () => Promise<void>,
    onOk?: () => void,
  ): Promise<void> {
    this.note(kind);
    const before = this.group.before.get(kind);
    if (before !== undefined) {
      this.group.before.delete(kind);
      before();
    }
    if (!this.leads) throw this.refusal();
    const loss = this.group.loss;
    if (loss !== undefined && loss.kind === kind) {
      this.group.loss = undefined;
      // The request reaches the shard and takes its course; the leader then loses its leadership
      // before it can answer: the outcome is unknown to the caller.
      await send().catch(() => undefined);
      this.group.moveLeader(loss.next);
      throw new CommitOutcomeUnknownError(
        this.id,
        txId,
        'the leader lost its leadership after proposing',
      );
    }
    try {
      await send();
    } catch (error) {
      // Dropped because this replica lost the leadership meanwhile: a refusal, nothing happened.
      if (!this.leads) throw this.refusal();
      throw error;
    }
    onOk?.();
  }
}

/** The locator over the routed replicas; member-1's replica is the local one. */
export class LeaderRouter implements ShardLocator {
  private readonly groups = new Map<string, ShardGroup>();
  private readonly manager: ShardManager;

  constructor(manager: ShardManager) {
    this.manager = manager;
  }

  private group(name: string): ShardGroup {
    let group = this.groups.get(name);
    if (group === undefined) {
      group = new ShardGroup(name, this.manager.shard(name));
      this.groups.set(name, group);
    }
    return group;
  }

  replicas(name: string): readonly ShardReplica[] {
    return this.group(name).replicas;
  }

  local(name: string): ShardReplica | undefined {
    return this.group(name).replicas[0];
  }

  /** The routed replica `member-<n>` of shard `name`. */
  replica(name: string, member: number): RoutedReplica {
    return this.group(name).replicas[member - 1]!;
  }

  /** Replica ids of shard `name` by member number. */
  id(name: string, member: number): string {
    return `member-${member}-shard-${name}-config`;
  }

  /** Makes member `member` (or nobody) lead shard `name`; refusals name it unless told otherwise. */
  lead(name: string, member: number | undefined): void {
    const group = this.group(name);
    group.moveLeader(member === undefined ? undefined : this.id(name, member));
    group.named = undefined;
  }

  /** What refusing replicas of `name` name as the leader: a member, or `null` for none. */
  name(name: string, member: number | null): void {
    this.group(name).named = member === null ? null : this.id(name, member);
  }

  /**
   * The next request of `kind` to the leader of `name` reaches the shard, then the leader loses its
   * leadership (to `next`, or nobody) and answers CommitOutcomeUnknownError.
   */
  loseLeaderAfter(name: string, kind: RequestKind, next: number | undefined): void {
    this.group(name).loss = { kind, next: next === undefined ? undefined : this.id(name, next) };
  }

  /** Runs `action` once, when the next request of `kind` reaches any replica of `name`. */
  before(name: string, kind: RequestKind, action: () => void): void {
    this.group(name).before.set(kind, action);
  }

  /** Requests of `kind` the replicas of `name` received, in total. */
  sends(name: string, kind: RequestKind): number {
    return this.group(name).replicas.reduce((n, r) => n + r.count(kind), 0);
  }
}

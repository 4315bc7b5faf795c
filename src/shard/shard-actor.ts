/**
 * The shell around one shard core (shard-core.ts): an actor (src/runtime/actors.ts) that loads the
 * replica's journal, feeds requests, Raft and peer messages and ticks to the core, and carries out
 * what the core hands back through the shared drain step (drain.ts: save the Ready, synced when it
 * must be -> send its messages -> advance the core -> carry out its effects), whose port it
 * implements over the replica's journal and its ShardNetwork link (shard-network.ts). It never awaits
 * inside a handler: a save runs while the actor keeps taking messages, and its completion comes back
 * as a `saved` message, so every commit that arrives during a save joins the next one (group commit).
 *
 * One code path for every group size, as the simulator's member node runs it: the replica joins the
 * network when it starts, Raft messages of a Ready leave through the link only once the drain step
 * says the Ready is durable, inbound ones arrive as `raft` messages, ticks come from the owner's real
 * timer (ShardManager, or a test's), and snapshots for lagging replicas are Raft messages like any
 * other. A sole voter (the single-member datastore) sends no Raft messages, so its network carries
 * only the peer messages between the shards of its member. A new replica's journal is bootstrapped
 * with the group's voters (`voters`, default this replica alone).
 *
 * Inbound Raft messages and reads are coalesced: the drain step after them runs from a `drain` message
 * the actor posts to itself, so every one already in the mailbox is stepped before the next Ready is
 * taken, and a burst of responses or reads shares one Ready (one commit-index broadcast, one ReadIndex
 * round). Requests, ticks and saves drain at once.
 *
 * `Shard` is the handle the ShardManager and the proxies hold: requests become messages carrying a
 * reply callback; reads (`readSnapshot`) and `status` read the core directly, since an immutable
 * snapshot reference is all they take (ODL's local shard data tree). A broken invariant or a failed
 * journal write stops the shard: the actor stays up to report why in `status` and to refuse traffic
 * with ShardUnavailableError naming the reason.
 *
 * Metrics (optional): the handle records each commit request's outcome as its caller sees it: a
 * commit (with how long the shard took to answer it) or an abort (with the error's code).
 */
import type { ActorRef, ActorSystem } from '../runtime/actors.js';
import type { Logger } from '../runtime/logger.js';
import type { ShardMetrics } from '../runtime/metrics.js';
import { CanopyError } from '../util/errors.js';
import type { Rng } from '../util/rng.js';
import type { DataTreeSnapshot } from '../tree/modification.js';
import type { Ready } from '../raft/raft-core.js';
import type { DurableRaftStorage, DurableState } from '../raft/storage.js';
import type { RaftMessage, Snapshot } from '../raft/types.js';
import { ShardUnavailableError, ShardVotersMismatchError } from './errors.js';
import { ShardDrain, type DeliveredEffect, type ShardDrainPort } from './drain.js';
import type { ShardCodec } from './payload.js';
import type { ShardLink, ShardNetwork } from './shard-network.js';
import {
  isEmptyDurableState,
  shardBootstrapState,
  ShardCore,
  unavailableAnswer,
  type CommitMode,
} from './shard-core.js';
import type {
  AppliedCommit,
  Outcome,
  ReadConsistency,
  ReadOutcome,
  ReadyTransaction,
  ShardCoreConfig,
  ShardPeerMessage,
  ShardStatus,
} from './shard-types.js';
import type { TreeCodec } from './tree-codec.js';

type Reply = (outcome: Outcome) => void;
type ReadReply = (outcome: ReadOutcome) => void;

/** The messages a shard actor takes. */
export type ShardMessage =
  | { readonly type: 'loaded'; readonly state: DurableState }
  | { readonly type: 'load-failed'; readonly error: unknown }
  | {
      readonly type: 'submit';
      readonly tx: ReadyTransaction;
      readonly mode: CommitMode;
      readonly reply: Reply;
    }
  | {
      readonly type: 'can-commit' | 'pre-commit' | 'commit' | 'abort';
      readonly txId: string;
      readonly reply: Reply;
    }
  | { readonly type: 'read'; readonly consistency: ReadConsistency; readonly reply: ReadReply }
  | { readonly type: 'close-chain'; readonly chainId: string }
  | { readonly type: 'peer'; readonly message: ShardPeerMessage }
  | { readonly type: 'raft'; readonly message: RaftMessage }
  | { readonly type: 'tick' }
  | { readonly type: 'drain' }
  | { readonly type: 'saved'; readonly ready: Ready }
  | { readonly type: 'save-failed'; readonly error: unknown }
  | { readonly type: 'snapshot-saved'; readonly snapshot: Snapshot }
  | { readonly type: 'snapshot-failed'; readonly error: unknown }
  | { readonly type: 'close'; readonly done: () => void }
  | { readonly type: 'kill'; readonly done: () => void }
  | {
      readonly type: 'deliver';
      readonly replies: readonly { readonly reply: Reply; readonly outcome: Outcome }[];
    };

/** What a shard shell needs from the world. */
export interface ShardActorOptions {
  readonly system: ActorSystem;
  readonly config: ShardCoreConfig;
  /** The replica's journal: a RaftGroupLog (persistent) or a MemoryDurableStorage. */
  readonly storage: DurableRaftStorage;
  readonly codecs: { readonly codec: ShardCodec; readonly treeCodec: TreeCodec };
  readonly rng: Rng;
  readonly logger: Logger;
  /**
   * How this replica reaches the other replicas of its shard (Raft) and the other shards of its
   * datastore (peer messages): it joins when it starts and leaves once closed.
   */
  readonly network: ShardNetwork;
  /**
   * The replica ids of the shard's voters, this one included, for the journal of a new replica (an
   * existing journal knows its group from its membership entries). Default: this replica alone.
   */
  readonly voters?: readonly string[] | undefined;
  /**
   * Called with every committed candidate, in commit order, inside the actor's turn; not for the
   * journal replayed while the shard recovers (nobody can listen before it is readable).
   */
  readonly onApplied: (commit: AppliedCommit) => void;
  /** Where commits and aborts are counted; default nowhere. */
  readonly metrics?: ShardMetrics | undefined;
}

/**
 * What a request means to the metrics: `commit` commits when it succeeds (a commit-on-ready submit,
 * the commit phase), `phase` can only fail one (a ready submit, canCommit, preCommit), `other` is
 * neither (abort).
 */
type RequestKind = 'commit' | 'phase' | 'other';

interface ShellState {
  core: ShardCore | undefined;
  /** The drain step over this shell's port, once the core exists. */
  drain: ShardDrain | undefined;
  /** Requests that arrived before the journal was loaded. */
  early: ShardMessage[];
  nextRequest: number;
  readonly replies: Map<number, Reply>;
  readonly readReplies: Map<number, ReadReply>;
  closing: (() => void)[] | undefined;
  /** Ticks since a close was asked (a replica of a group that lost its majority stops after a bound). */
  closingTicks: number;
  /** A `drain` message is in the mailbox (see ShardShell.step). */
  drainPosted: boolean;
  loadError: Error | undefined;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** The handle of a running shard actor. */
export class Shard {
  readonly id: string;
  readonly name: string;
  /** The shard's voters this replica was started with (ShardActorOptions.voters). */
  readonly voters: readonly string[];
  private readonly system: ActorSystem;
  private readonly ref: ActorRef<ShardMessage>;
  private readonly state: ShellState;
  private readonly readableWaiters: { resolve: () => void; reject: (e: Error) => void }[] = [];
  private readonly localWaiters: { resolve: () => void; reject: (e: Error) => void }[] = [];
  private loadedWaiters: (() => void)[] | undefined = [];
  private readonly metrics: ShardMetrics | undefined;
  private isDown = false;

  /** @internal use `startShard` */
  constructor(
    id: string,
    name: string,
    system: ActorSystem,
    ref: ActorRef<ShardMessage>,
    state: ShellState,
    voters: readonly string[],
    metrics?: ShardMetrics,
  ) {
    this.id = id;
    this.name = name;
    this.voters = voters;
    this.system = system;
    this.ref = ref;
    this.state = state;
    this.metrics = metrics;
  }

  /**
   * A snapshot of the committed tree, or undefined while the shard recovers or holds a transaction
   * in doubt (then `whenReadable()`). Throws ShardUnavailableError when the shard stopped.
   */
  readSnapshot(): DataTreeSnapshot | undefined {
    const core = this.state.core;
    if (core === undefined) {
      if (this.state.loadError !== undefined) throw this.unavailable();
      return undefined;
    }
    return core.readSnapshot();
  }

  /** Resolves once the shard is readable; rejects with ShardUnavailableError if it stops first. */
  whenReadable(): Promise<void> {
    try {
      if (this.readSnapshot() !== undefined) return Promise.resolve();
    } catch (error) {
      return Promise.reject(asError(error));
    }
    return new Promise((resolve, reject) => {
      this.readableWaiters.push({ resolve, reject });
    });
  }

  /**
   * This replica's committed tree as it is now, on a follower too (ShardCore.localSnapshot): what
   * listeners register on and `local` reads see; it may lag the leader. Undefined while the replica
   * recovers its journal (then `whenLocallyReadable()`). Throws ShardUnavailableError when stopped.
   */
  localSnapshot(): DataTreeSnapshot | undefined {
    const core = this.state.core;
    if (core === undefined) {
      if (this.state.loadError !== undefined) throw this.unavailable();
      return undefined;
    }
    return core.localSnapshot();
  }

  /**
   * Resolves once `localSnapshot()` has a tree (the journal is recovered; on a leader, also once it
   * caught up); rejects with ShardUnavailableError if the replica stops first.
   */
  whenLocallyReadable(): Promise<void> {
    try {
      if (this.localSnapshot() !== undefined) return Promise.resolve();
    } catch (error) {
      return Promise.reject(asError(error));
    }
    return new Promise((resolve, reject) => {
      this.localWaiters.push({ resolve, reject });
    });
  }

  /** Resolves once the journal was loaded and replayed, or loading failed (see `status`). */
  whenLoaded(): Promise<void> {
    if (this.loadedWaiters === undefined) return Promise.resolve();
    return new Promise((resolve) => this.loadedWaiters!.push(resolve));
  }

  /** Hands a ready transaction over (ODL's ReadyLocalTransaction). */
  submit(tx: ReadyTransaction, mode: CommitMode): Promise<void> {
    return this.ask(
      (reply) => ({ type: 'submit', tx, mode, reply }),
      mode === 'commit-on-ready' ? 'commit' : 'phase',
    );
  }

  canCommit(txId: string): Promise<void> {
    return this.ask((reply) => ({ type: 'can-commit', txId, reply }), 'phase');
  }

  preCommit(txId: string): Promise<void> {
    return this.ask((reply) => ({ type: 'pre-commit', txId, reply }), 'phase');
  }

  commit(txId: string): Promise<void> {
    return this.ask((reply) => ({ type: 'commit', txId, reply }), 'commit');
  }

  abort(txId: string): Promise<void> {
    return this.ask((reply) => ({ type: 'abort', txId, reply }), 'other');
  }

  closeChain(chainId: string): void {
    this.system.dispatch(this.ref, { type: 'close-chain', chainId });
  }

  /**
   * A snapshot of the committed tree for `consistency` (ShardCore.read): `linearizable` after a
   * ReadIndex round (a replica that does not lead refuses with NotShardLeaderError), `local` this
   * replica's tree as it is. Rejects with ShardUnavailableError when the shard stopped.
   */
  read(consistency: ReadConsistency): Promise<DataTreeSnapshot> {
    if (this.isDown) return Promise.reject(this.closedError());
    return new Promise((resolve, reject) => {
      this.system.dispatch(this.ref, {
        type: 'read',
        consistency,
        reply: (outcome) => {
          if (outcome.ok) resolve(outcome.snapshot);
          else reject(outcome.error);
        },
      });
    });
  }

  /**
   * Whether this replica is the only voter of its shard, as configured (`voters`): then its committed
   * tree is linearizable, and `readSnapshot` serves every read.
   */
  get soleVoter(): boolean {
    return this.voters.length === 1;
  }

  /** A message from another shard of the datastore. */
  deliver(message: ShardPeerMessage): void {
    this.system.dispatch(this.ref, { type: 'peer', message });
  }

  /** A Raft message from another replica of this shard. */
  step(message: RaftMessage): void {
    this.system.dispatch(this.ref, { type: 'raft', message });
  }

  tick(): void {
    this.system.dispatch(this.ref, { type: 'tick' });
  }

  status(): ShardStatus {
    const core = this.state.core;
    if (core !== undefined) return core.status();
    const error = this.state.loadError;
    return idleStatus(this.id, this.name, error);
  }

  /**
   * Finishes what was handed to Raft, fails the rest, and stops. A replica of a group waits for its
   * entries in flight at most two election timeouts of ticks (they need a majority that may be
   * gone); then it stops as `kill` does.
   */
  close(): Promise<void> {
    return new Promise<void>((done) => {
      this.system.dispatch(this.ref, { type: 'close', done });
    }).then(() => {
      this.isDown = true;
      this.system.stop(this.ref);
    });
  }

  /** Whether the actor was killed, or closed: it takes no request any more. */
  get down(): boolean {
    return this.isDown;
  }

  /**
   * Stops at once, as a process that dies does as far as its peers and callers can tell: everything
   * pending fails (a commit already handed to Raft with CommitOutcomeUnknownError), the replica
   * leaves the network, and its journal is closed once the writes already handed to it are done. A
   * new `startShard` on the same journal restarts it from what is durable.
   */
  kill(): Promise<void> {
    this.isDown = true;
    return new Promise<void>((done) => {
      this.system.dispatch(this.ref, { type: 'kill', done });
    }).then(() => {
      this.system.stop(this.ref);
    });
  }

  /** @internal the shell reports readiness changes. */
  notifyReadable(): void {
    settle(this.readableWaiters, () => this.readSnapshot());
    settle(this.localWaiters, () => this.localSnapshot());
  }

  /** @internal */
  notifyLoaded(): void {
    const waiters = this.loadedWaiters;
    this.loadedWaiters = undefined;
    for (const w of waiters ?? []) w();
  }

  private unavailable(): ShardUnavailableError {
    const error = this.state.loadError ?? this.state.core?.failure;
    return new ShardUnavailableError(this.id, error?.message ?? 'stopped', { cause: error });
  }

  private closedError(): ShardUnavailableError {
    return new ShardUnavailableError(this.id, 'the replica was closed');
  }

  private ask(make: (reply: Reply) => ShardMessage, kind: RequestKind): Promise<void> {
    if (this.isDown) return Promise.reject(this.closedError());
    const metrics = this.metrics;
    // NB: no clock read (and nothing else) for a shard without metrics, or a request that is no commit.
    const startMs = metrics !== undefined && kind === 'commit' ? performance.now() : 0;
    return new Promise((resolve, reject) => {
      this.system.dispatch(
        this.ref,
        make((outcome) => {
          if (outcome.ok) {
            if (kind === 'commit') metrics?.committed((performance.now() - startMs) / 1000);
            resolve();
          } else {
            if (kind !== 'other') metrics?.aborted(outcome.error);
            reject(outcome.error);
          }
        }),
      );
    });
  }
}

/** Settles `waiters` once `read` gives a tree (resolve) or throws (reject); else leaves them. */
function settle(
  waiters: { resolve: () => void; reject: (e: Error) => void }[],
  read: () => DataTreeSnapshot | undefined,
): void {
  let snapshot: DataTreeSnapshot | undefined;
  let error: Error | undefined;
  try {
    snapshot = read();
  } catch (e) {
    error = asError(e);
  }
  if (snapshot === undefined && error === undefined) return;
  for (const w of waiters.splice(0)) {
    if (error === undefined) w.resolve();
    else w.reject(error);
  }
}

function idleStatus(id: string, shard: string, error: Error | undefined): ShardStatus {
  return {
    id,
    shard,
    state: error === undefined ? 'recovering' : 'stopped',
    reason: error?.message,
    role: 'follower',
    term: 0,
    leader: null,
    commitIndex: 0,
    appliedIndex: 0,
    journalFirstIndex: 0,
    journalLastIndex: 0,
    snapshotIndex: 0,
    snapshotBytes: 0,
    journalBytesSinceSnapshot: 0,
    treeNodes: 0,
    queueLength: 0,
    readyTransactions: 0,
    inflightProposals: 0,
    inDoubt: 0,
    decisions: 0,
    commits: 0,
  };
}

/**
 * Spawns the actor of one shard replica and starts loading its journal (saving the bootstrap state of
 * a new replica first). Requests sent before it is loaded wait; reads wait for `whenReadable`.
 */
export function startShard(options: ShardActorOptions): Shard {
  const { system, config, storage, logger } = options;
  const log = logger.child({ shard: config.id });
  const state: ShellState = {
    core: undefined,
    drain: undefined,
    early: [],
    nextRequest: 1,
    replies: new Map(),
    readReplies: new Map(),
    closing: undefined,
    closingTicks: 0,
    drainPosted: false,
    loadError: undefined,
  };
  const holder: { shard?: Shard } = {};
  const shell = new ShardShell(options, state, log, () => holder.shard!);
  const ref = system.spawn<ShellState, ShardMessage>(
    config.id,
    (st, message) => {
      shell.handle(message);
      return st;
    },
    state,
    {
      onCrash: (error) => {
        log.error({ error: String(error) }, 'shard actor crashed');
      },
    },
  );
  shell.self = ref;
  const voters = options.voters ?? [config.id];
  const shard = new Shard(config.id, config.shardName, system, ref, state, voters, options.metrics);
  holder.shard = shard;
  shell.link = options.network.join({
    id: config.id,
    shard: config.shardName,
    raft: (message) => {
      system.dispatch(ref, { type: 'raft', message });
    },
    peer: (message) => {
      system.dispatch(ref, { type: 'peer', message });
    },
  });
  loadJournal(storage, voters, config.id).then(
    (loaded) => {
      system.dispatch(ref, { type: 'loaded', state: loaded });
    },
    (error: unknown) => {
      system.dispatch(ref, { type: 'load-failed', error });
    },
  );
  return shard;
}

async function loadJournal(
  storage: DurableRaftStorage,
  voters: readonly string[],
  id: string,
): Promise<DurableState> {
  const loaded = await storage.load();
  if (!isEmptyDurableState(loaded)) {
    const stored = storedVoters(loaded);
    const configured = [...voters].sort();
    if (stored.join('\n') !== configured.join('\n')) {
      throw new ShardVotersMismatchError(id, stored, configured);
    }
    return loaded;
  }
  const boot = shardBootstrapState(voters);
  await storage.save({ hardState: boot.hardState, entries: boot.entries }, { sync: true });
  return boot;
}

/**
 * The voters of the Raft group a journal belongs to (sorted): its snapshot's membership, then every
 * membership change in its log, in order (Raft uses the latest one in the log, committed or not).
 */
export function storedVoters(state: DurableState): string[] {
  const voters = new Set(state.snapshot?.meta.confState.voters ?? []);
  for (const entry of state.entries) {
    if (entry.type !== 'config-change') continue;
    const { change } = entry;
    if (change.type === 'add-voter') voters.add(change.node);
    else voters.delete(change.node);
  }
  return [...voters].sort();
}

/** The actor's behaviour, kept in a class so each step is one short method. */
class ShardShell {
  self: ActorRef<ShardMessage> | undefined;
  /** This replica's way to its peers, from joining the network until it is closed. */
  link: ShardLink | undefined;
  private readonly options: ShardActorOptions;
  private readonly state: ShellState;
  private readonly log: Logger;
  private readonly handle_: () => Shard;

  constructor(options: ShardActorOptions, state: ShellState, log: Logger, handle: () => Shard) {
    this.options = options;
    this.state = state;
    this.log = log;
    this.handle_ = handle;
  }

  handle(message: ShardMessage): void {
    try {
      this.step(message);
    } catch (error) {
      this.crash(asError(error));
    }
  }

  private step(message: ShardMessage): void {
    const st = this.state;
    switch (message.type) {
      case 'loaded':
        this.onLoaded(message.state);
        return;
      case 'load-failed':
        this.onLoadFailed(asError(message.error));
        return;
      case 'saved':
        st.drain?.saved(message.ready);
        this.afterCore();
        return;
      case 'save-failed':
        st.drain?.saveFailed();
        this.crash(asError(message.error));
        return;
      case 'snapshot-saved':
        st.drain?.snapshotSaved(message.snapshot);
        this.log.info(
          { index: message.snapshot.meta.index, bytes: message.snapshot.data.byteLength },
          'snapshot saved',
        );
        this.afterCore();
        return;
      case 'deliver':
        for (const { reply, outcome } of message.replies) reply(outcome);
        return;
      case 'drain':
        st.drainPosted = false;
        this.afterCore();
        return;
      case 'snapshot-failed':
        st.drain?.snapshotFailed();
        this.log.warn({ error: String(message.error) }, 'snapshot could not be saved; will retry');
        return;
      case 'submit':
      case 'can-commit':
      case 'pre-commit':
      case 'commit':
      case 'abort':
      case 'read':
      case 'close-chain':
      case 'peer':
      case 'raft':
      case 'tick':
      case 'close':
      case 'kill':
        break;
    }
    const core = st.core;
    if (core === undefined) {
      if (st.loadError !== undefined) this.refuse(message, st.loadError);
      else st.early.push(message);
      return;
    }
    this.request(core, message);
    if (message.type === 'raft' || message.type === 'read') {
      // Coalesced: every Raft message and read already in the mailbox is stepped before the next
      // Ready is taken, so a burst of responses or reads shares one Ready (one commit-index
      // broadcast, one ReadIndex round) instead of one each. Requests and the rest drain at once.
      if (!st.drainPosted) {
        st.drainPosted = true;
        this.options.system.dispatch(this.self!, { type: 'drain' });
      }
      return;
    }
    this.afterCore();
  }

  private request(core: ShardCore, message: ShardMessage): void {
    switch (message.type) {
      case 'submit':
        core.submit(this.register(message.reply), message.tx, message.mode);
        return;
      case 'can-commit':
        core.canCommit(this.register(message.reply), message.txId);
        return;
      case 'pre-commit':
        core.preCommit(this.register(message.reply), message.txId);
        return;
      case 'commit':
        core.commit(this.register(message.reply), message.txId);
        return;
      case 'abort':
        core.abort(this.register(message.reply), message.txId);
        return;
      case 'read':
        core.read(this.registerRead(message.reply), message.consistency);
        return;
      case 'close-chain':
        core.closeChain(message.chainId);
        return;
      case 'peer':
        core.receive(message.message);
        return;
      case 'raft':
        core.step(message.message);
        return;
      case 'tick':
        core.tick();
        if (
          this.state.closing !== undefined &&
          ++this.state.closingTicks > 2 * this.options.config.electionTicks &&
          core.currentState !== 'stopped'
        ) {
          const reason = 'closed before its entries in flight were committed (no majority)';
          core.stop(new Error(reason), true);
          this.state.drain?.effects();
        }
        return;
      case 'kill':
        (this.state.closing ??= []).push(message.done);
        // The reason only: the core wraps it into the ShardUnavailableError its callers get.
        this.crash(new Error('the replica was killed'), true);
        return;
      case 'close':
        (this.state.closing ??= []).push(message.done);
        core.close();
        return;
      case 'loaded':
      case 'load-failed':
      case 'saved':
      case 'save-failed':
      case 'snapshot-saved':
      case 'snapshot-failed':
      case 'deliver':
      case 'drain':
        return;
    }
  }

  private register(reply: Reply): number {
    const id = this.state.nextRequest++;
    this.state.replies.set(id, reply);
    return id;
  }

  private registerRead(reply: ReadReply): number {
    const id = this.state.nextRequest++;
    this.state.readReplies.set(id, reply);
    return id;
  }

  private onLoaded(loaded: DurableState): void {
    const st = this.state;
    const o = this.options;
    st.core = new ShardCore(o.config, loaded, o.codecs, o.rng);
    st.drain = new ShardDrain(st.core, this.port());
    this.log.info(
      {
        snapshotIndex: loaded.snapshot?.meta.index ?? 0,
        entries: loaded.entries.length,
        commit: loaded.hardState.commit,
      },
      'journal loaded; replaying',
    );
    const early = st.early;
    st.early = [];
    for (const message of early) this.request(st.core, message);
    this.afterCore();
    this.handle_().notifyLoaded();
  }

  private onLoadFailed(error: Error): void {
    const st = this.state;
    st.loadError = error;
    this.log.error({ error: error.message }, 'the journal cannot be loaded; the shard is stopped');
    for (const message of st.early.splice(0)) this.refuse(message, error);
    const handle = this.handle_();
    handle.notifyReadable();
    handle.notifyLoaded();
    if (st.closing !== undefined) this.link?.leave();
    for (const done of st.closing?.splice(0) ?? []) done();
  }

  private refuse(message: ShardMessage, cause: Error): void {
    const error = new ShardUnavailableError(this.options.config.id, cause.message, { cause });
    switch (message.type) {
      case 'submit':
      case 'can-commit':
      case 'pre-commit':
      case 'commit':
        message.reply({ ok: false, error });
        return;
      case 'read':
        message.reply({ ok: false, error });
        return;
      case 'abort':
        message.reply({ ok: true });
        return;
      case 'close':
      case 'kill':
        this.link?.leave();
        message.done();
        return;
      case 'peer': {
        const answer = unavailableAnswer(message.message, this.options.config.id, cause.message);
        if (answer !== undefined) this.link?.sendPeer(answer.to, answer.message);
        return;
      }
      case 'raft':
      case 'close-chain':
      case 'tick':
      case 'loaded':
      case 'load-failed':
      case 'saved':
      case 'save-failed':
      case 'snapshot-saved':
      case 'snapshot-failed':
      case 'deliver':
      case 'drain':
        return;
    }
  }

  /** After any input: carry out effects, then save the next Ready unless one is being saved. */
  private afterCore(): void {
    this.state.drain?.run();
    this.maybeFinishClose();
  }

  /** The drain step's port over this replica's journal, its peers and its callers. */
  private port(): ShardDrainPort {
    const self = this.self!;
    const { system, storage } = this.options;
    const failed = (error: unknown): void => {
      system.dispatch(self, { type: 'save-failed', error });
    };
    return {
      save: (ready, write, options) => {
        storage.save(write, options).then(() => {
          system.dispatch(self, { type: 'saved', ready });
        }, failed);
      },
      saveAside: (write) => {
        storage.save(write, { sync: false }).then(() => undefined, failed);
      },
      saveSnapshot: (snapshot) => {
        storage.save({ snapshot, entries: [] }, { sync: true }).then(
          () => {
            system.dispatch(self, { type: 'snapshot-saved', snapshot });
          },
          (error: unknown) => {
            system.dispatch(self, { type: 'snapshot-failed', error });
          },
        );
      },
      send: (messages) => {
        // A sole voter's Readies carry none.
        if (messages.length > 0) this.link?.sendRaft(messages);
      },
      deliver: (effects) => {
        this.deliver(effects);
      },
      roleChanged: (soft) => {
        // A sole voter elects itself once per start: not worth a line.
        if (this.handle_().soleVoter) return;
        const term = this.state.core?.raftStatus().term;
        this.log.info(
          { role: soft.role, leader: soft.leader, term },
          soft.role === 'leader'
            ? `shard ${this.options.config.id}: leads, term ${String(term)}`
            : `shard ${this.options.config.id}: ${soft.role}, leader ${soft.leader ?? 'unknown'}`,
        );
      },
    };
  }

  private deliver(effects: readonly DeliveredEffect[]): void {
    const st = this.state;
    const later: { reply: Reply; outcome: Outcome }[] = [];
    for (const effect of effects) {
      switch (effect.type) {
        case 'reply': {
          const reply = st.replies.get(effect.requestId);
          st.replies.delete(effect.requestId);
          if (reply === undefined) break;
          if (effect.later === true) later.push({ reply, outcome: effect.outcome });
          else reply(effect.outcome);
          break;
        }
        case 'applied':
          this.options.onApplied(effect.commit);
          break;
        case 'read': {
          // A sole voter's reads take Shard.readSnapshot directly; a replica of a group asks here.
          const reply = st.readReplies.get(effect.requestId);
          st.readReplies.delete(effect.requestId);
          reply?.(effect.outcome);
          break;
        }
        case 'send':
          this.link?.sendPeer(effect.to, effect.message);
          break;
        case 'readable':
          this.handle_().notifyReadable();
          break;
        case 'blocked':
          this.log.error({ error: effect.error.message }, 'shard cannot serve');
          this.handle_().notifyReadable();
          break;
        case 'stopped':
          // A close that was asked for is no failure.
          if (effect.requested) this.log.info({ reason: effect.error.message }, 'shard closed');
          else this.log.error({ error: effect.error.message }, 'shard stopped');
          this.handle_().notifyReadable();
          break;
      }
    }
    if (later.length > 0) {
      this.options.system.dispatch(this.self!, { type: 'deliver', replies: later });
    }
  }

  private maybeFinishClose(): void {
    const st = this.state;
    const core = st.core;
    if (st.closing === undefined || st.closing.length === 0 || core === undefined) return;
    if (st.drain?.saving !== undefined || !core.quiescent) return;
    if (core.currentState !== 'stopped') {
      core.stop(new ShardUnavailableError(core.id, 'the datastore is closed'), true);
      st.drain?.effects();
    }
    const waiters = st.closing.splice(0);
    // Closed: nothing reaches this replica any more (a restart joins again, as a new incarnation).
    this.link?.leave();
    this.options.storage.close().then(
      () => {
        for (const done of waiters) done();
      },
      (error: unknown) => {
        this.log.warn({ error: String(error) }, 'closing the journal failed');
        for (const done of waiters) done();
      },
    );
  }

  /**
   * A broken invariant, a journal that cannot be applied, or a failed write: stop the shard.
   * `requested`: a kill asked for it (no failure).
   */
  private crash(error: Error, requested = false): void {
    const core = this.state.core;
    const kind = error instanceof CanopyError ? error.code : 'error';
    if (requested) this.log.info({ reason: error.message }, 'stopping the shard');
    else this.log.error({ error: error.message, kind }, 'stopping the shard');
    if (core === undefined) {
      this.onLoadFailed(error);
      return;
    }
    try {
      core.stop(error, requested);
      this.state.drain?.effects();
    } catch (secondary) {
      this.log.error({ error: String(secondary) }, 'stopping the shard failed as well');
    }
    this.state.drain?.saveFailed();
    this.maybeFinishClose();
  }
}

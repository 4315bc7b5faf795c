/**
 * The shell around one simulated Raft member: it owns the member's disk, its Raft core, its stable-log
 * view and its key-value state machine, and does exactly what STYLE.md and `Ready` prescribe, in order:
 * write the Ready to disk and sync it, update the log view, send the messages, restore a received
 * snapshot, apply committed entries, `advance`, then answer reads whose point has been applied. An fsync
 * may take simulated time; until it returns the member neither sends nor applies (it keeps receiving).
 *
 * The planted `ack-before-sync` bug lives here, as in a real shell: the member sends and applies first,
 * and the writes reach the platter only when a background flush gets to them.
 *
 * A crash loses the core, the volatile state machine and every unsynced write (sim-disk.ts); a restart
 * builds a new core over a MemoryRaftLog rebuilt from what the disk kept, and the state machine replays
 * from the snapshot. Each restart is a new incarnation: events scheduled for an older one are ignored.
 * Every effect is reported to the SafetyChecker as it happens.
 */
import {
  RaftCore,
  type ProposeResult,
  type RaftBug,
  type RaftConfig,
  type Ready,
  type TransferResult,
} from '../../src/raft/raft-core.js';
import { MemoryRaftLog } from '../../src/raft/memory-log.js';
import type { RaftLogView } from '../../src/raft/storage.js';
import type { ConfChange, Entry, RaftMessage, Role } from '../../src/raft/types.js';
import { assert } from '../../src/util/assert.js';
import type { Rng } from '../../src/util/rng.js';
import type { SimDisk } from './sim-disk.js';
import type { SafetyChecker } from './sim-invariants.js';
import { decodeCommand, encodeCommand, KvStateMachine, type KvApplyResult } from './sim-kv.js';
import type { ClientReply, ClientRequest, SimMessage } from './sim-protocol.js';
import type { EventQueue } from './sim-queue.js';
import type { Trace } from './sim-trace.js';

/** What a member needs from the world around it. */
export interface NodeContext {
  readonly queue: EventQueue;
  readonly trace: Trace;
  readonly safety: SafetyChecker;
  readonly send: (from: string, to: string, message: SimMessage) => void;
  readonly bugs: ReadonlySet<RaftBug>;
  /** The synced log of any member (for the commit-durability check). */
  readonly durableLog: (id: string) => RaftLogView;
  /** Told when this member becomes leader (the nemesis may strike at once). */
  readonly onElected: (id: string, term: number) => void;
}

export interface NodeParams {
  readonly raft: Omit<RaftConfig, 'id' | 'bugs'>;
  /** This member's tick period in ms: the nominal period skewed by its clock drift. */
  readonly tickMs: number;
  /** Take a state-machine snapshot every this many applied entries. */
  readonly snapshotEveryEntries: number;
  /** Entries kept in the log behind a snapshot, for followers slightly behind. */
  readonly snapshotKeepEntries: number;
}

interface PendingProposal {
  readonly term: number;
  readonly request: ClientRequest;
}

interface PendingRead {
  readonly request: ClientRequest & { readonly op: { readonly f: 'read' } };
  index: number | undefined;
}

/** One simulated member. */
export class SimNode {
  readonly id: string;
  readonly disk: SimDisk;
  params: NodeParams;
  private readonly ctx: NodeContext;
  private readonly rng: Rng;
  private incarnation = 0;
  private running = false;
  private pausedUntilMs = 0;
  private inbox: { from: string; message: SimMessage }[] = [];
  private syncing = false;
  private core: RaftCore | undefined;
  private log: MemoryRaftLog | undefined;
  private kv = new KvStateMachine();
  private applied = 0;
  private lastSnapshotIndex = 0;
  private term = 0;
  private commitIndex = 0;
  private roleNow: Role = 'follower';
  private leaderNow: string | null = null;
  private proposals = new Map<number, PendingProposal[]>();
  private reads = new Map<string, PendingRead>();
  /** Called once when this member next starts a slow fsync (the nemesis crashes it mid-fsync). */
  private slowSyncHook: ((delayMs: number) => void) | undefined;

  constructor(id: string, disk: SimDisk, params: NodeParams, ctx: NodeContext, rng: Rng) {
    this.id = id;
    this.disk = disk;
    this.params = params;
    this.ctx = ctx;
    this.rng = rng;
  }

  get up(): boolean {
    return this.running;
  }

  get role(): Role {
    return this.running ? this.roleNow : 'follower';
  }

  get leader(): string | null {
    return this.leaderNow;
  }

  get currentTerm(): number {
    return this.term;
  }

  get appliedIndex(): number {
    return this.applied;
  }

  /** The core, for status and for the world's membership and transfer requests; undefined when down. */
  get raft(): RaftCore | undefined {
    return this.running ? this.core : undefined;
  }

  /** The stable log view (for scenario checks); undefined when down. */
  get stableLog(): MemoryRaftLog | undefined {
    return this.running ? this.log : undefined;
  }

  /** The state machine's value of `key` as this member has applied it. */
  readLocal(key: string): number | null {
    return this.kv.read(key);
  }

  /** Boots (or reboots) from what the disk holds. */
  start(): void {
    assert(!this.running, () => `${this.id} started twice`);
    this.incarnation++;
    this.running = true;
    this.syncing = false;
    this.pausedUntilMs = 0;
    this.inbox = [];
    const state = this.disk.durableState();
    this.log = new MemoryRaftLog(state);
    const snapshot = this.log.snapshot();
    this.kv = new KvStateMachine();
    this.kv.restore(snapshot.data);
    this.applied = snapshot.meta.index;
    this.lastSnapshotIndex = this.applied;
    if (this.applied > 0) this.ctx.safety.onRestore(this.id, this.applied, this.kv.hash());
    this.term = state.hardState.term;
    this.commitIndex = state.hardState.commit;
    this.roleNow = 'follower';
    this.leaderNow = null;
    this.core = new RaftCore(
      { ...this.params.raft, id: this.id, bugs: this.ctx.bugs },
      this.log,
      this.rng.fork(),
    );
    this.trace(
      'start',
      `term ${this.term} log ${this.log.firstIndex()}..${this.log.lastIndex()} snap ${this.applied}`,
    );
    this.scheduleTick();
    if (this.ctx.bugs.has('ack-before-sync')) this.scheduleFlush();
    this.drain();
  }

  /** Power loss: volatile state and unsynced writes are gone. */
  crash(): void {
    if (!this.running) return;
    this.running = false;
    this.incarnation++;
    this.core = undefined;
    this.proposals.clear();
    this.reads.clear();
    this.inbox = [];
    this.slowSyncHook = undefined;
    this.ctx.safety.onNotLeader(this.id);
    const report = this.disk.crash();
    this.trace(
      'crash',
      `lost ${report.lostOps} unsynced writes, kept ${report.keptOps}, torn ${report.tornEntriesKept}`,
    );
  }

  /**
   * Calls `hook` with the fsync's duration when this member next starts a slow fsync, once; a crash
   * disarms it. A crash within that window finds the write unsynced: the only moment a torn or lost
   * write of entries can happen, since every other write is synced at once.
   */
  onNextSlowSync(hook: (delayMs: number) => void): void {
    this.slowSyncHook = hook;
  }

  /** Freezes the process (a GC pause, a stopped VM) until `untilMs`: no ticks, messages wait. */
  pause(untilMs: number): void {
    if (!this.running) return;
    this.pausedUntilMs = Math.max(this.pausedUntilMs, untilMs);
    this.trace('pause', `until ${untilMs}`);
    const incarnation = this.incarnation;
    this.ctx.queue.at(this.pausedUntilMs, () => {
      if (incarnation !== this.incarnation || this.ctx.queue.now < this.pausedUntilMs) return;
      this.trace('resume', `${this.inbox.length} messages waiting`);
      const waiting = this.inbox;
      this.inbox = [];
      for (const { from, message } of waiting) this.handle(from, message);
      this.drain();
    });
  }

  private get paused(): boolean {
    return this.ctx.queue.now < this.pausedUntilMs;
  }

  /** A message arrives from the network. */
  receive(from: string, message: SimMessage): void {
    if (!this.running) return;
    if (this.paused) {
      this.inbox.push({ from, message });
      return;
    }
    this.handle(from, message);
    this.drain();
  }

  /** Asks this member (if leader) to change the membership. */
  proposeConfChange(change: ConfChange): ProposeResult | undefined {
    if (!this.running || this.paused) return undefined;
    const result = this.core!.proposeConfChange(change);
    this.trace('conf-propose', `${change.type} ${change.node}: ${describePropose(result)}`);
    this.drain();
    return result;
  }

  /** Asks this member (if leader) to hand leadership to `to`. */
  transferLeadership(to: string): TransferResult | undefined {
    if (!this.running || this.paused) return undefined;
    const result = this.core!.transferLeadership(to);
    this.trace('transfer', `to ${to}: ${result.ok ? 'started' : result.reason}`);
    this.drain();
    return result;
  }

  /** Starts an election now (scenario tests use it to fix who leads). */
  campaign(): void {
    if (!this.running || this.paused) return;
    this.trace('campaign', '');
    this.core!.campaign();
    this.drain();
  }

  private trace(event: string, detail: string): void {
    this.ctx.trace.add(this.ctx.queue.now, this.id, event, detail);
  }

  private scheduleTick(): void {
    const incarnation = this.incarnation;
    const jitter = this.rng.range(-1, 1);
    this.ctx.queue.after(Math.max(1, this.params.tickMs + jitter), () => {
      if (incarnation !== this.incarnation) return;
      this.scheduleTick();
      if (this.paused) return;
      this.core!.tick();
      this.drain();
    });
  }

  /** Under ack-before-sync, the page cache reaches the disk only now and then. */
  private scheduleFlush(): void {
    const incarnation = this.incarnation;
    this.ctx.queue.after(this.rng.range(20, 300), () => {
      if (incarnation !== this.incarnation) return;
      this.disk.sync();
      this.scheduleFlush();
    });
  }

  private handle(from: string, message: SimMessage): void {
    switch (message.kind) {
      case 'raft':
        this.trace('recv', `${from} ${describeMessage(message.message)}`);
        this.core!.step(message.message);
        return;
      case 'request':
        this.onRequest(message);
        return;
      case 'reply':
        return;
    }
  }

  private onRequest(request: ClientRequest): void {
    const op = request.op;
    const who = `c${request.client}#${request.seq}`;
    if (op.f === 'read') {
      const requestId = `${request.client}:${request.seq}`;
      if (this.reads.has(requestId)) return; // a duplicated request: the first one will answer
      this.reads.set(requestId, { request: { ...request, op }, index: undefined });
      this.trace('read', `${who} ${op.key}`);
      this.core!.readIndex(requestId);
      return;
    }
    const result = this.core!.propose(
      encodeCommand({
        client: request.client,
        seq: request.seq,
        f: op.f,
        key: op.key,
        value: op.value,
        expected: op.f === 'cas' ? op.expected : undefined,
      }),
    );
    this.trace('propose', `${who} ${describeOp(request)}: ${describePropose(result)}`);
    if (!result.ok) {
      this.reply(request, { outcome: 'fail', error: result.reason, leader: result.leader });
      return;
    }
    const list = this.proposals.get(result.index) ?? [];
    list.push({ term: result.term, request });
    this.proposals.set(result.index, list);
  }

  private reply(
    request: ClientRequest,
    fields: Omit<ClientReply, 'kind' | 'client' | 'seq'>,
  ): void {
    const reply: ClientReply = {
      kind: 'reply',
      client: request.client,
      seq: request.seq,
      ...fields,
    };
    this.ctx.send(this.id, `c${request.client}`, reply);
  }

  /** Runs Readies until the core has nothing to do or an fsync is in progress. */
  private drain(): void {
    while (this.running && !this.syncing && !this.paused) {
      const core = this.core!;
      const ready = core.ready();
      if (ready === undefined) return;
      const term = ready.softState ? core.status().term : this.term;
      if (ready.softState?.role === 'leader') this.ctx.safety.onLeader(this.id, term);
      const write = {
        hardState: ready.hardState,
        entries: ready.entries,
        snapshot: ready.snapshot,
      };
      const writes = ready.hardState !== undefined || ready.entries.length > 0 || ready.snapshot;
      if (writes) this.disk.write(write);
      if (this.ctx.bugs.has('ack-before-sync') || !ready.mustSync) {
        this.finish(ready, term);
        continue;
      }
      const delay = this.disk.syncDelayMs();
      if (delay === 0) {
        this.disk.sync();
        this.finish(ready, term);
        continue;
      }
      this.syncing = true;
      const incarnation = this.incarnation;
      this.ctx.queue.after(delay, () => {
        if (incarnation !== this.incarnation) return;
        this.disk.sync();
        this.syncing = false;
        this.finish(ready, term);
        this.drain();
      });
      const hook = this.slowSyncHook;
      this.slowSyncHook = undefined;
      hook?.(delay);
    }
  }

  /** Everything after the write is durable: log view, send, apply, advance, reads. */
  private finish(ready: Ready, term: number): void {
    const log = this.log!;
    log.save(ready);
    this.ctx.safety.onAppend(this.id, ready.entries, log);
    if (ready.softState) this.noteRole(ready.softState.role, ready.softState.leader, term);
    if (ready.hardState) {
      this.term = ready.hardState.term;
      if (this.roleNow === 'leader' && ready.hardState.commit > this.commitIndex) {
        this.noteCommit(ready.hardState.commit);
      }
      this.commitIndex = ready.hardState.commit;
    }
    for (const message of ready.messages) {
      this.ctx.send(this.id, message.to, { kind: 'raft', message });
    }
    if (ready.snapshot) this.restore(ready.snapshot.meta.index, ready.snapshot.data);
    for (const entry of ready.committed) this.apply(entry);
    this.core!.advance(ready);
    for (const rs of ready.readStates) {
      const read = this.reads.get(rs.requestId);
      if (read) read.index = rs.index;
    }
    for (const failure of ready.readFailures) {
      const read = this.reads.get(failure.requestId);
      if (!read) continue;
      this.reads.delete(failure.requestId);
      this.reply(read.request, { outcome: 'fail', error: failure.reason, leader: failure.leader });
    }
    this.serveReads();
    this.maybeSnapshot();
  }

  /** A new role, persisted: the checker and the nemesis hear of it. */
  private noteRole(role: Role, leader: string | null, term: number): void {
    this.roleNow = role;
    this.leaderNow = leader;
    this.trace('role', `${role} term ${term} leader ${leader ?? '-'}`);
    if (role === 'leader') {
      this.ctx.safety.onLeaderLog(this.id, term, this.log!);
      this.ctx.onElected(this.id, term);
    } else {
      this.ctx.safety.onNotLeader(this.id);
    }
  }

  /** This leader moved its commit index to `commit`: no electable voter may lack that entry. */
  private noteCommit(commit: number): void {
    const log = this.log!;
    this.trace('commit', `${log.term(commit) ?? '?'}/${commit}`);
    this.ctx.safety.onLeaderCommit(
      this.id,
      commit,
      log.term(commit) ?? -1,
      this.core!.status().confState.voters,
      this.ctx.durableLog,
    );
  }

  private restore(index: number, data: Uint8Array): void {
    this.kv.restore(data);
    this.applied = index;
    this.lastSnapshotIndex = index;
    this.trace('restore', `snapshot at ${index}`);
    this.ctx.safety.onRestore(this.id, index, this.kv.hash());
    // Proposals the snapshot covers: whether they committed is no longer visible here.
    for (const [at, list] of this.proposals) {
      if (at > index) continue;
      this.proposals.delete(at);
      for (const p of list)
        this.reply(p.request, { outcome: 'unknown', error: 'covered-by-snapshot' });
    }
  }

  private apply(entry: Entry): void {
    assert(
      entry.index === this.applied + 1,
      () => `${this.id} applies ${entry.index} after ${this.applied}`,
    );
    this.applied = entry.index;
    let result: KvApplyResult | undefined;
    if (entry.type === 'normal' && entry.data.byteLength > 0) {
      result = this.kv.apply(decodeCommand(entry.data));
    }
    this.ctx.safety.onApply(this.id, entry, this.term, this.kv.hash());
    const pending = this.proposals.get(entry.index);
    if (pending === undefined) return;
    this.proposals.delete(entry.index);
    for (const p of pending) {
      if (p.term !== entry.term || result === undefined) {
        // Another entry committed at this index: this proposal can never commit.
        this.reply(p.request, { outcome: 'fail', error: 'lost', leader: this.leaderNow });
      } else if (result.kind === 'ok') {
        this.ctx.safety.onAck(entry.index, entry.term, this.term, describeOp(p.request));
        this.reply(p.request, { outcome: 'ok', index: entry.index, term: entry.term });
      } else if (result.kind === 'mismatch') {
        this.reply(p.request, { outcome: 'mismatch', value: result.current });
      } else {
        this.reply(p.request, { outcome: 'fail', error: 'superseded' });
      }
    }
  }

  private serveReads(): void {
    for (const [id, read] of this.reads) {
      if (read.index === undefined || read.index > this.applied) continue;
      this.reads.delete(id);
      const value = this.kv.read(read.request.op.key);
      this.trace(
        'read-ok',
        `c${read.request.client}#${read.request.seq} ${read.request.op.key}=${value} at ${read.index}`,
      );
      this.reply(read.request, { outcome: 'ok', value });
    }
  }

  private maybeSnapshot(): void {
    if (this.applied - this.lastSnapshotIndex < this.params.snapshotEveryEntries) return;
    const log = this.log!;
    const snapshot = log.createSnapshot(
      this.applied,
      this.core!.status().confState,
      this.kv.snapshot(),
    );
    this.disk.write({ snapshot, entries: [] });
    this.disk.sync();
    this.lastSnapshotIndex = this.applied;
    const compactTo = this.applied - this.params.snapshotKeepEntries;
    if (compactTo >= log.firstIndex()) log.compact(compactTo);
    this.trace('snapshot', `at ${this.applied}, log from ${log.firstIndex()}`);
  }
}

function describeOp(request: ClientRequest): string {
  const op = request.op;
  switch (op.f) {
    case 'read':
      return `read ${op.key}`;
    case 'write':
      return `write ${op.key}=${op.value}`;
    case 'cas':
      return `cas ${op.key} ${op.expected}->${op.value}`;
  }
}

function describePropose(result: ProposeResult): string {
  return result.ok
    ? `at ${result.term}/${result.index}`
    : `${result.reason} (leader ${result.leader ?? '-'})`;
}

/** A Raft message in a few words, for the trace. */
export function describeMessage(m: RaftMessage): string {
  const t = `t${m.term}`;
  switch (m.type) {
    case 'append-entries': {
      const span = m.entries.length
        ? ` [${m.entries[0]!.index}..${m.entries[m.entries.length - 1]!.index}]`
        : '';
      return `app ${t} prev ${m.prevLogTerm}/${m.prevLogIndex}${span} commit ${m.leaderCommit}`;
    }
    case 'append-entries-response':
      return m.success
        ? `app-ok ${t} ${m.index}`
        : `app-rej ${t} ${m.index} hint ${m.rejectTerm}/${m.rejectHint}`;
    case 'request-vote':
      return `${m.preVote ? 'prevote' : 'vote'} ${t} last ${m.lastLogTerm}/${m.lastLogIndex}${m.transfer ? ' transfer' : ''}`;
    case 'request-vote-response':
      return `${m.preVote ? 'prevote' : 'vote'}-${m.granted ? 'yes' : 'no'} ${t}`;
    case 'heartbeat':
      return `hb ${t} commit ${m.commit}${m.context ? ` ctx ${m.context}` : ''}`;
    case 'heartbeat-response':
      return `hb-ok ${t}${m.context ? ` ctx ${m.context}` : ''}`;
    case 'install-snapshot':
      return `snap ${t} ${m.meta.term}/${m.meta.index} @${m.offset}+${m.chunk.byteLength}${m.done ? ' done' : ''}`;
    case 'install-snapshot-response':
      return `snap-${m.reject ? 'rej' : 'ok'} ${t} @${m.offset}${m.done ? ` done ${m.index}` : ''}`;
    case 'timeout-now':
      return `timeout-now ${t}`;
    case 'read-index':
      return `read-index ${t} ${m.requestId}`;
    case 'read-index-response':
      return `read-index-r ${t} ${m.requestId} at ${m.index}`;
  }
}
